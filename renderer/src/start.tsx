import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Result } from '../../shared/api/errors';
import type { Settings } from '../../shared/domain/workspace/settings';
import { App } from './app/App';
import { NoticeProvider } from './app/notices';
import { SettingsProvider } from './app/settingsContext';
import { initI18n } from './i18n';

/**
 * Starts i18n with the settings' language and renders the app. `main.tsx` has already asked
 * for the settings (and the texts and the list) before this module's code was loaded.
 */
export async function start(settingsRequest: Promise<Result<Settings>>): Promise<void> {
  const loaded = await settingsRequest;
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
