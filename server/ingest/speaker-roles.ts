import type { Speaker } from '../scoring/types.ts';
import { labelKey } from './normalize.ts';

/** Labels that name a role outright, in en/fa/ar (compared through labelKey). */
const ROLE_LABELS: Record<Speaker, string[]> = {
  agent: [
    'agent', 'operator', 'rep', 'representative', 'therapist', 'advisor', 'adviser', 'csr', 'support',
    'کارشناس', 'اپراتور', 'پشتیبان', 'پشتیبانی', 'کارشناس پشتیبانی', 'مشاور',
    'الموظف', 'موظف', 'الوكيل', 'وكيل', 'موظف خدمة العملاء', 'خدمة العملاء', 'ممثل خدمة العملاء',
  ],
  customer: [
    'customer', 'client', 'caller', 'user', 'subscriber',
    'مشتری', 'تماس‌گیرنده', 'تماس گیرنده', 'مشترک',
    'العميل', 'عميل', 'المتصل', 'متصل', 'الزبون', 'زبون',
  ],
};

const ROLE_BY_KEY = new Map<string, Speaker>(
  (Object.entries(ROLE_LABELS) as [Speaker, string[]][]).flatMap(([role, labels]) =>
    labels.map((label) => [labelKey(label), role] as const),
  ),
);

/** The role a label names outright ("AGENT", "Operator", "مشتری", "العميل"), else undefined. */
export function roleOfLabel(label: string): Speaker | undefined {
  return ROLE_BY_KEY.get(labelKey(label));
}

/** Whether a user's --agent-speaker value designates this label: "spk_1", "1" and "ch_1" match by number. */
export function labelMatches(label: string, wanted: string): boolean {
  const a = labelKey(label);
  const b = labelKey(wanted);
  if (a === b) return true;
  const numberOf = (key: string) => /^(?:spk|speaker|ch|channel)?0*(\d+)$/.exec(key)?.[1];
  const na = numberOf(a);
  return na !== undefined && na === numberOf(b);
}
