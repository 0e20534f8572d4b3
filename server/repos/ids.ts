import { randomBytes } from 'node:crypto';

/** A short random id, URL-safe. */
export const newId = (): string => randomBytes(12).toString('base64url');

export const nowIso = (): string => new Date().toISOString();
