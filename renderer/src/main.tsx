import '@fontsource/source-sans-3/latin-400.css';
import '@fontsource/source-sans-3/latin-ext-400.css';
import '@fontsource/source-sans-3/latin-600.css';
import '@fontsource/source-sans-3/latin-ext-600.css';
import '@fontsource/source-sans-3/latin-700.css';
import '@fontsource/source-sans-3/latin-ext-700.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { call } from './api/client';
import { App } from './app/App';
import { parseHash } from './app/routes';
import { NoticeProvider } from './app/notices';
import { SettingsProvider } from './app/settingsContext';
import { prefetchList } from './features/procurements/listPrefetch';
import { initI18n, languageHint, prefetchFirstTexts } from './i18n';

/**
 * Loads the settings (language first), starts i18n and renders the app. The settings, the
 * texts of the language used last time (Finnish on a first start) and, on the list, the
 * procurement list are fetched in parallel.
 */
async function start(): Promise<void> {
  if (parseHash(window.location.hash).kind === 'list') prefetchList();
  prefetchFirstTexts(languageHint());
  const loaded = await call('settings:get', {});
  // The defaults (and the schemas around them) load only when the settings cannot be read.
  const settings = loaded.ok
    ? loaded.value
    : (await import('../../shared/domain/workspace/settings')).defaultSettings;
  await initI18n(settings.language);
  const root = document.getElementById('root');
  if (!root) throw new Error('No #root element');
  createRoot(root).render(
    <StrictMode>
      <NoticeProvider>
        <SettingsProvider initial={settings}>
          <App />
        </SettingsProvider>
      </NoticeProvider>
    </StrictMode>,
  );
}

void start();
