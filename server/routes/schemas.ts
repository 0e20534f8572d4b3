/** Schema pieces several routes share. */
import { Type } from 'typebox';
import { ITEM_IDS } from '../scoring/types.ts';
import { ROLES } from '../auth/principal.ts';

export const Strict = { additionalProperties: false } as const;
export const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 200 }) }, Strict);
export const ItemId = Type.Enum(ITEM_IDS);
export const ItemStatus = Type.Union([Type.Literal('pass'), Type.Literal('warn'), Type.Literal('fail'), Type.Literal('n/a')]);
export const Role = Type.Enum(ROLES);
export const Locale = Type.Union([Type.Literal('en'), Type.Literal('fa'), Type.Literal('ar')]);
export const Language = Locale;
/** A date (2026-11-02) or date-time. */
export const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})?)?$' });
export const Text = (max: number) => Type.String({ minLength: 1, maxLength: max });

const Nullable = <T extends ReturnType<typeof Type.String> | ReturnType<typeof Type.Number>>(t: T) => Type.Union([t, Type.Null()]);

/** Response shapes (serialised by fast-json-stringify, so they also document the output). */
export const MeUser = Type.Object({
  id: Type.String(), email: Nullable(Type.String()), name: Type.String(), role: Role,
  agentId: Nullable(Type.String()), locale: Locale,
});
export const UserResponse = Type.Object({ user: MeUser });

export const CallSummarySchema = Type.Object({
  id: Type.String(), externalId: Nullable(Type.String()), agent: Type.Object({ id: Type.String(), name: Type.String() }),
  language: Type.String(), startedAt: Type.String(), durationSec: Nullable(Type.Number()), overall: Nullable(Type.Number()),
  items: Type.Record(Type.String(), Type.String()), reviewed: Type.Boolean(), disputed: Type.Boolean(), sourceFormat: Type.String(),
});
export const CallListResponse = Type.Object({ items: Type.Array(CallSummarySchema), nextCursor: Nullable(Type.String()), total: Type.Integer() });

export const JobResponse = Type.Object({
  id: Type.String(), kind: Type.String(), status: Type.String(), total: Type.Integer(), done: Type.Integer(), failed: Type.Integer(),
  errors: Type.Array(Type.Object({ file: Type.String(), message: Type.String() })), callIds: Type.Array(Type.String()),
  createdAt: Type.String(), finishedAt: Nullable(Type.String()),
});
