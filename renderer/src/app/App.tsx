import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import {
  LanguageMenu,
  LanguageMenuItem,
  LoadingSpinner,
  RouterLink,
  SkipLink,
  SuomifiThemeProvider,
} from 'suomifi-ui-components';
import { assertNever } from '../../../shared/assertNever';
import type { UiLanguage } from '../../../shared/domain/workspace/organisationProfile';
import { ProcurementListView } from '../features/procurements/ProcurementListView';
import { loadAllTexts } from '../i18n';
import { useSuomiFiAriaPatches } from './ariaPatches';
import { useFocusGuard } from './focus';
import { NoticesOutlet } from './notices';
import { APP_THEME } from './theme';
import { useAppSettings } from './settingsContext';
import { hrefOf, useView, type View } from './routes';

/** The UI languages in the menu's order (the values of `uiLanguageSchema`, without zod). */
const LANGUAGES = ['fi', 'sv', 'en'] as const satisfies readonly UiLanguage[];
const isLanguage = (value: string): value is UiLanguage =>
  (LANGUAGES as readonly string[]).includes(value);

/** The main navigation: the screens an officer moves between. */
const NAV_ITEMS: readonly {
  view: View;
  label: 'nav.procurements' | 'nav.calendar' | 'nav.settings';
  matches: readonly View['kind'][];
}[] = [
  { view: { kind: 'list' }, label: 'nav.procurements', matches: ['list', 'procurement'] },
  { view: { kind: 'calendar' }, label: 'nav.calendar', matches: ['calendar'] },
  { view: { kind: 'settings' }, label: 'nav.settings', matches: ['settings'] },
];

// The list is the first screen and ships in the main chunk; every other screen (the
// procurement with its phases, calendar, settings) is its own chunk, loaded on first visit
// together with the texts beyond the first screen's.
const withTexts = <T,>(load: Promise<T>): Promise<T> =>
  Promise.all([load, loadAllTexts()]).then(([m]) => m);
const ProcurementView = lazy(() =>
  withTexts(import('../features/procurement/ProcurementView')).then((m) => ({
    default: m.ProcurementView,
  })),
);
const CalendarView = lazy(() =>
  withTexts(import('../features/calendar/CalendarView')).then((m) => ({
    default: m.CalendarView,
  })),
);
const SettingsView = lazy(() =>
  withTexts(import('../features/settings/SettingsView')).then((m) => ({
    default: m.SettingsView,
  })),
);

function Screen({ view }: { view: View }) {
  switch (view.kind) {
    case 'list':
      return <ProcurementListView />;
    case 'procurement':
      return <ProcurementView key={view.id} id={view.id} phase={view.phase} step={view.step} />;
    case 'calendar':
      return <CalendarView />;
    case 'settings':
      return <SettingsView />;
    default:
      return assertNever(view);
  }
}

/** The app shell: header with language menu, the main navigation bar, the current screen. */
export function App() {
  const { t, i18n } = useTranslation();
  const view = useView();
  const { setLanguage } = useAppSettings();
  const current: UiLanguage = isLanguage(i18n.language) ? i18n.language : 'fi';
  useFocusGuard();
  useSuomiFiAriaPatches();

  return (
    <SuomifiThemeProvider theme={APP_THEME}>
      <div className="app">
        <SkipLink href="#main">{t('app.skipToContent')}</SkipLink>
        <header className="app-header">
          <div className="app-brand">
            <span className="app-name">{t('app.name')}</span>
            <span className="app-tagline">{t('app.tagline')}</span>
          </div>
          <LanguageMenu
            buttonText={t(`languages.${current}`)}
            aria-label={t('accessibility.languageButton', { language: t(`languages.${current}`) })}
            data-testid="language-menu"
          >
            {LANGUAGES.map((lang) => (
              <LanguageMenuItem
                key={lang}
                lang={lang}
                selected={lang === current}
                onSelect={() => void setLanguage(lang)}
              >
                {t(`languages.${lang}`)}
              </LanguageMenuItem>
            ))}
          </LanguageMenu>
        </header>
        <nav className="app-nav" aria-label={t('app.mainNavigation')}>
          <ul>
            {NAV_ITEMS.map((item) => {
              const selected = item.matches.includes(view.kind);
              return (
                <li key={item.view.kind}>
                  <RouterLink
                    href={hrefOf(item.view)}
                    aria-current={selected ? 'page' : undefined}
                    className={selected ? 'selected' : undefined}
                  >
                    {t(item.label)}
                  </RouterLink>
                </li>
              );
            })}
          </ul>
        </nav>
        <div className="app-body">
          <NoticesOutlet />
          <main id="main" className="app-main" tabIndex={-1}>
            <Suspense fallback={<LoadingSpinner text={t('app.loading')} />}>
              <Screen view={view} />
            </Suspense>
          </main>
        </div>
        <div
          id="announcer"
          className="visually-hidden"
          role="status"
          aria-live="polite"
          data-testid="announcer"
        />
      </div>
    </SuomifiThemeProvider>
  );
}
