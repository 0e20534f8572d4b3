import { createApiClient } from './api-client.ts';

export const UNAUTHORIZED_EVENT = 'attune:unauthorized';

/** The dashboard's shared client: same origin, cookie session. */
export const api = createApiClient({
  onUnauthorized: () => window.dispatchEvent(new Event(UNAUTHORIZED_EVENT)),
});
