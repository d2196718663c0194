import { useTranslation } from 'react-i18next';
import { LanguageMenu, LanguageMenuItem, RouterLink, SkipLink } from 'suomifi-ui-components';
import { assertNever } from '../../../shared/assertNever';
import {
  uiLanguageSchema,
  type UiLanguage,
} from '../../../shared/domain/workspace/organisationProfile';
import { CalendarView } from '../features/calendar/CalendarView';
import { ProcurementListView } from '../features/procurements/ProcurementListView';
import { ProcurementView } from '../features/procurement/ProcurementView';
import { SettingsView } from '../features/settings/SettingsView';
import { useAppSettings } from './settingsContext';
import { hrefOf, useView, type View } from './routes';

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
  const current = uiLanguageSchema.catch('fi').parse(i18n.language);

  return (
    <div className="app">
      <SkipLink href="#main">{t('app.skipToContent')}</SkipLink>
      <header className="app-header">
        <div className="app-brand">
          <span className="app-name">{t('app.name')}</span>
          <span className="app-tagline">{t('app.tagline')}</span>
        </div>
        <LanguageMenu
          buttonText={t(`languages.${current}`)}
          aria-label={t('app.languageMenu')}
          data-testid="language-menu"
        >
          {uiLanguageSchema.options.map((lang: UiLanguage) => (
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
        <main id="main" className="app-main" tabIndex={-1}>
          <Screen view={view} />
        </main>
      </div>
    </div>
  );
}
