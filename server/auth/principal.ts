export const ROLES = ['admin', 'qa_lead', 'trainer', 'agent'] as const;
export type Role = (typeof ROLES)[number];
export type Locale = 'en' | 'fa' | 'ar';

/** Who is making a request: a signed-in user or an API token. */
export interface Principal {
  kind: 'user' | 'token';
  /** User id, or the token's id for a token. */
  id: string;
  /** Set for users only. */
  userId: string | null;
  name: string;
  role: Role;
  /** The agent record a user with role `agent` is linked to. */
  agentId: string | null;
}

/** Roles that see every call; agents see only their own. */
export const SEES_ALL: readonly Role[] = ['admin', 'qa_lead', 'trainer'];
export const REVIEWERS: readonly Role[] = ['admin', 'qa_lead'];
