/** Schema pieces several routes share. */
import { Type } from 'typebox';
import { ITEM_IDS } from '../scoring/types.ts';
import { ROLES } from '../auth/principal.ts';

export const Strict = { additionalProperties: false } as const;
export const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 200 }) }, Strict);
export const ItemId = Type.Union(ITEM_IDS.map((id) => Type.Literal(id)));
export const ItemStatus = Type.Union([Type.Literal('pass'), Type.Literal('warn'), Type.Literal('fail'), Type.Literal('n/a')]);
export const Role = Type.Union(ROLES.map((r) => Type.Literal(r)));
export const Locale = Type.Union([Type.Literal('en'), Type.Literal('fa'), Type.Literal('ar')]);
export const Language = Locale;
/** A date (2026-11-02) or date-time. */
export const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})?)?$' });
export const Text = (max: number) => Type.String({ minLength: 1, maxLength: max });
