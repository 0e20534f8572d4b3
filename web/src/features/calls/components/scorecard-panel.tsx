import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../components/status-badge.tsx';
import { useLocale } from '../../../components/use-locale.ts';
import { formatDateTime, formatNumber, formatTurn } from '../../../lib/format.ts';
import type { Language, Role } from '../../../lib/types.ts';
import type { EffectiveItem } from './effective-items.ts';
import { ItemActions } from './item-actions.tsx';
import { jump } from './transcript-view.tsx';

interface Props {
  callId: string;
  overall: number | null;
  language: Language;
  items: EffectiveItem[];
  role: Role;
  isOwnCall: boolean;
  onChanged: () => void;
}

export function ScorecardPanel({ callId, overall, language, items, role, isOwnCall, onChanged }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <section className="scorecard" aria-labelledby="scorecard-title">
      <div className="scorecard-head">
        <h2 id="scorecard-title">{t('call.scorecard')}</h2>
        <p className="overall">
          <span className="overall-number">{formatNumber(overall, locale)}</span>
          <span className="muted">{t('call.overallOf100')}</span>
        </p>
      </div>
      <ol className="item-list">
        {items.map((item) => (
          <ItemCard key={item.auto.id} item={item} callId={callId} language={language} role={role} isOwnCall={isOwnCall} onChanged={onChanged} />
        ))}
      </ol>
    </section>
  );
}

function ItemCard({ item, callId, language, role, isOwnCall, onChanged }: { item: EffectiveItem } & Omit<Props, 'overall' | 'items'>) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { auto, override } = item;
  const headingId = `item-${auto.id}`;
  return (
    <li className={`item-card item-${item.status === 'n/a' ? 'na' : item.status}`} aria-labelledby={headingId}>
      <div className="item-head">
        <h3 id={headingId}>{t(`items.${auto.id}.name`)}</h3>
        <StatusBadge status={item.status} />
        <span className="item-score">{formatNumber(item.score, locale)}</span>
      </div>
      <p className="muted item-what">{t(`items.${auto.id}.what`)}</p>
      {override && (
        <div className="override-note">
          <p>
            <strong>{t('review.reviewedBy', { name: override.by.name })}</strong>{' '}
            <span className="muted">{formatDateTime(override.createdAt, locale)}</span>
          </p>
          <p>{override.reason}</p>
          <p className="auto-beside">
            {t('review.autoResult')} <StatusBadge status={auto.status} /> {formatNumber(auto.score, locale)}
          </p>
        </div>
      )}
      {auto.explanation && <p className="explanation" lang={language} dir="auto">{auto.explanation}</p>}
      {auto.evidence.length > 0 && (
        <div>
          <h4 className="small-heading">{t('call.evidence')}</h4>
          <ul className="evidence-list">
            {auto.evidence.map((evidence, i) => (
              <li key={`${evidence.turn}-${i}`}>
                <a href={`#turn-${evidence.turn}`} onClick={jump(evidence.turn)}>
                  {t('call.turn', { n: formatTurn(evidence.turn, locale) })}
                </a>{' '}
                {evidence.quote && (
                  <bdi lang={language}>
                    <q>{evidence.quote}</q>
                  </bdi>
                )}{' '}
                {evidence.note && (
                  <bdi className="muted" lang={language}>
                    {evidence.note}
                  </bdi>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {auto.tip && (
        <div className="tip">
          <h4 className="small-heading">{t('call.tip')}</h4>
          <p lang={language} dir="auto">{auto.tip}</p>
        </div>
      )}
      <ItemActions item={item} callId={callId} role={role} isOwnCall={isOwnCall} onChanged={onChanged} />
    </li>
  );
}
