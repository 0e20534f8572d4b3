import { useTranslation } from 'react-i18next';
import { Icon } from './icon.tsx';
import { TAGS, type Tag } from '../lib/types.ts';

export function tagClass(tag: Tag): string {
  return `tag-${tag.replace(':', '-')}`;
}

export function TagChip({ tag }: { tag: Tag }) {
  const { t } = useTranslation();
  return (
    <span className={`tag-chip ${tagClass(tag)}`}>
      <Icon name={tag} />
      {t(`tags.${tag.replace(':', '_')}`)}
    </span>
  );
}

export function TagLegend() {
  const { t } = useTranslation();
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title" className="small-heading">
        {t('call.legend')}
      </h2>
      <ul>
        {TAGS.map((tag) => (
          <li key={tag}>
            <TagChip tag={tag} />
          </li>
        ))}
      </ul>
    </section>
  );
}
