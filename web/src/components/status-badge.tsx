import { useTranslation } from 'react-i18next';
import type { ItemStatus } from '../lib/types.ts';
import { Icon } from './icon.tsx';

const ICON = { pass: 'pass', warn: 'warn', fail: 'fail', 'n/a': 'na' } as const;

/** The i18n key of a status's word ("n/a" is stored under "na"). */
export function statusKey(status: ItemStatus): string {
  return `status.${ICON[status]}`;
}

/** An item's status as icon + word, coloured as a third cue only. */
export function StatusBadge({ status, compact = false }: { status: ItemStatus; compact?: boolean }) {
  const { t } = useTranslation();
  const label = t(statusKey(status));
  return (
    <span className={`badge badge-${ICON[status]}${compact ? ' badge-compact' : ''}`} title={compact ? label : undefined}>
      <Icon name={ICON[status]} />
      {compact ? <span className="visually-hidden">{label}</span> : <span>{label}</span>}
    </span>
  );
}
