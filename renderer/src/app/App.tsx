import { useTranslation } from 'react-i18next';
import {
  LanguageMenu,
  LanguageMenuItem,
  RouterLink,
  SideNavigation,
  SideNavigationItem,
  SkipLink,
} from 'suomifi-ui-components';
import { assertNever } from '../../../shared/assertNever';
import { uiLanguageSchema, type UiLanguage } from '../../../shared/domain/organisationProfile';
import { ProcurementListView } from '../features/procurements/ProcurementListView';
import { ProcurementView } from '../features/procurement/ProcurementView';
import { SettingsView } from '../features/settings/SettingsView';
import { useAppSettings } from './settingsContext';
import { hrefOf, useView, type View } from './routes';

function Screen({ view }: { view: View }) {
  switch (view.kind) {
    case 'list':
      return <ProcurementListView />;
    case 'procurement':
      return <ProcurementView key={view.id} id={view.id} phase={view.phase} />;
    case 'settings':
      return <SettingsView />;
    default:
      return assertNever(view);
  }
}

/** The app shell: header with language menu, side navigation, the current screen. */
export function App() {
  const { t, i18n } = useTranslation();
  const view = useView();
  const { setLanguage } = useAppSettings();
  const current = uiLanguageSchema.catch('fi').parse(i18n.language);

  return (
    <div className="app">
      <SkipLink href="#main">{t('app.skipToContent')}</SkipLink>
      <header className="app-header">
        <div>
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
      <div className="app-body">
        <SideNavigation
          heading={t('app.mainNavigation')}
          aria-label={t('app.mainNavigation')}
          className="app-nav"
        >
          <SideNavigationItem
            subLevel={1}
            selected={view.kind === 'list' || view.kind === 'procurement'}
            content={
              <RouterLink href={hrefOf({ kind: 'list' })}>{t('nav.procurements')}</RouterLink>
            }
          />
          <SideNavigationItem
            subLevel={1}
            selected={view.kind === 'settings'}
            content={
              <RouterLink href={hrefOf({ kind: 'settings' })}>{t('nav.settings')}</RouterLink>
            }
          />
        </SideNavigation>
        <main id="main" className="app-main" tabIndex={-1}>
          <Screen view={view} />
        </main>
      </div>
    </div>
  );
}
