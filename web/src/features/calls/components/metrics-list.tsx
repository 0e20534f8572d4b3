import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../components/use-locale.ts';
import { formatNumber, formatPercent } from '../../../lib/format.ts';
import type { Scorecard } from '../../../lib/types.ts';

export function MetricsList({ metrics }: { metrics: Scorecard['metrics'] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const rows: [string, string][] = [
    ['talkShare', formatPercent(metrics.agentTalkShare, locale)],
    ['wpm', formatNumber(metrics.agentWordsPerMinute, locale)],
    ['monologue', formatNumber(metrics.longestAgentMonologueSec, locale, 1)],
    ['interruptions', formatNumber(metrics.interruptions, locale)],
    ['questions', formatNumber(metrics.questions, locale)],
    ['paraphrases', formatNumber(metrics.paraphrases, locale)],
    ['empathy', formatNumber(metrics.empathyStatements, locale)],
  ];
  return (
    <details className="metrics">
      <summary>{t('call.metrics')}</summary>
      <dl>
        {rows.map(([key, value]) => (
          <div key={key}>
            <dt>{t(`metrics.${key}`)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
