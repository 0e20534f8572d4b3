import { createHash, randomBytes } from 'node:crypto';

/** Session cookie values and API tokens are random; only their SHA-256 is stored. */
export const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');
export const newSessionSecret = (): string => randomBytes(32).toString('base64url');
export const newApiToken = (): string => `att_${randomBytes(30).toString('base64url')}`;
