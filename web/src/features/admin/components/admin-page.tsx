import { useTranslation } from 'react-i18next';
import { TokensSection } from './tokens-section.tsx';
import { UsersSection } from './users-section.tsx';

export function AdminPage() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t('nav.admin')}</h1>
      <UsersSection />
      <TokensSection />
    </section>
  );
}
