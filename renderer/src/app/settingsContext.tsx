import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { UiLanguage } from '../../../shared/domain/workspace/organisationProfile';
import type { Settings } from '../../../shared/domain/workspace/settings';
import { call } from '../api/client';
import i18next from 'i18next';
import { changeLanguage } from '../i18n';
import { announce } from './focus';
import { useNotices } from './notices';

interface SettingsApi {
  settings: Settings;
  setLanguage: (language: UiLanguage) => Promise<void>;
  replace: (settings: Settings) => void;
}

const SettingsContext = createContext<SettingsApi | null>(null);

/** Holds the settings loaded at start; language changes go through the service and i18next. */
export function SettingsProvider({
  initial,
  children,
}: {
  initial: Settings;
  children: ReactNode;
}) {
  const [settings, setSettings] = useState(initial);
  const notices = useNotices();

  const setLanguage = useCallback(
    async (language: UiLanguage) => {
      const result = await call('settings:setLanguage', { language });
      if (!result.ok) {
        notices.error(result.error);
        return;
      }
      setSettings(result.value);
      await changeLanguage(language);
      announce(i18next.t('accessibility.languageChanged'));
    },
    [notices],
  );

  const api = useMemo(
    () => ({ settings, setLanguage, replace: setSettings }),
    [settings, setLanguage],
  );
  return <SettingsContext.Provider value={api}>{children}</SettingsContext.Provider>;
}

/** The app settings and the language switch. */
export function useAppSettings(): SettingsApi {
  const api = useContext(SettingsContext);
  if (!api) throw new Error('useAppSettings outside SettingsProvider');
  return api;
}
