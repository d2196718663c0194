import '@fontsource/source-sans-3/latin-400.css';
import '@fontsource/source-sans-3/latin-ext-400.css';
import '@fontsource/source-sans-3/latin-600.css';
import '@fontsource/source-sans-3/latin-ext-600.css';
import '@fontsource/source-sans-3/latin-700.css';
import '@fontsource/source-sans-3/latin-ext-700.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { defaultSettings } from '../../shared/domain/workspace/settings';
import { call } from './api/client';
import { App } from './app/App';
import { NoticeProvider } from './app/notices';
import { SettingsProvider } from './app/settingsContext';
import { initI18n } from './i18n';

/** Loads the settings (language first), starts i18n and renders the app. */
async function start(): Promise<void> {
  const loaded = await call('settings:get', {});
  const settings = loaded.ok ? loaded.value : defaultSettings;
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
