import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import '@fontsource/vazirmatn/arabic-400.css';
import '@fontsource/vazirmatn/arabic-700.css';
import '@fontsource/noto-naskh-arabic/arabic-400.css';
import '@fontsource/noto-naskh-arabic/arabic-700.css';
import './app/styles.css';
import { AuthProvider } from './app/auth.tsx';
import { initI18n } from './app/i18n.ts';
import { AppRouter } from './app/router.tsx';

const i18n = initI18n();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <AuthProvider>
        <AppRouter />
      </AuthProvider>
    </I18nextProvider>
  </StrictMode>,
);
