import { memo, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../components/use-locale.ts';
import { formatDuration, formatList, formatNumber, isRtl, formatTurn } from '../../../lib/format.ts';
import type { ItemId, Language, Scorecard } from '../../../lib/types.ts';
import { focusTurn } from './focus-turn.ts';
import { TagChip, tagClass } from '../../../components/tag-chip.tsx';

type ScoredTurn = Scorecard['turns'][number];

interface Props {
  turns: ScoredTurn[];
  language: Language;
  evidence: Map<number, ItemId[]>;
}

/**
 * The whole transcript as one list. Long calls stay smooth because each turn
 * uses `content-visibility: auto` (see styles.css): off-screen turns are not
 * laid out, yet every turn stays in the DOM so `#turn-N` links always work.
 */
export const TranscriptView = memo(function TranscriptView({ turns, language, evidence }: Props) {
  const { t } = useTranslation();
  if (turns.length === 0) return <p className="muted">{t('call.noTurns')}</p>;
  return (
    <ol className="transcript" lang={language} dir={language === 'en' ? 'ltr' : 'rtl'} aria-label={t('call.transcript')}>
      {turns.map((turn) => (
        <TurnRow key={turn.index} turn={turn} evidenceFor={evidence.get(turn.index)} />
      ))}
    </ol>
  );
});

/** Turns are numbered by their scorecard index (from 0), as the scorer’s notes and `#turn-N` links are. */
function TurnRow({ turn, evidenceFor }: { turn: ScoredTurn; evidenceFor?: ItemId[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const tagged = turn.tags.length > 0;
  const classes = [
    'turn',
    `turn-${turn.speaker}`,
    tagged ? `tagged ${tagClass(turn.tags[0])}` : '',
    evidenceFor ? 'evidence-turn' : '',
  ].join(' ');
  return (
    <li id={`turn-${turn.index}`} className={classes} tabIndex={-1}>
      <div className="turn-meta" lang={locale} dir={isRtl(locale) ? 'rtl' : 'ltr'}>
        <span className="turn-number">{t('call.turn', { n: formatTurn(turn.index, locale) })}</span>
        <span className="turn-speaker">{t(`speakers.${turn.speaker}`)}</span>
        {turn.start !== undefined && <span className="muted">{formatDuration(turn.start, locale)}</span>}
        {turn.refersTo !== undefined && (
          <a href={`#turn-${turn.refersTo}`} onClick={jump(turn.refersTo)} className="muted">
            {t('call.refersTo', { n: formatTurn(turn.refersTo, locale) })}
          </a>
        )}
      </div>
      <p className="turn-text">{turn.text}</p>
      {(tagged || evidenceFor) && (
        <div className="turn-tags" lang={locale} dir={isRtl(locale) ? 'rtl' : 'ltr'}>
          {turn.tags.map((tag) => (
            <TagChip key={tag} tag={tag} />
          ))}
          {evidenceFor && (
            <span className="evidence-for">
              {t('call.evidenceFor', { items: formatList(evidenceFor.map((id) => t(`items.${id}.name`)), locale) })}
            </span>
          )}
        </div>
      )}
    </li>
  );
}

export function jump(index: number) {
  return (event: MouseEvent) => {
    event.preventDefault();
    focusTurn(index);
  };
}
