import { useTranslation } from 'react-i18next';
import { Heading, Paragraph, RadioButton, RadioButtonGroup } from 'suomifi-ui-components';
import { uiLanguageSchema } from '../../../../shared/domain/workspace/organisationProfile';
import { useAppSettings } from '../../app/settingsContext';
import { BackupsPanel } from './BackupsPanel';
import { CpvCatalogPanel } from './CpvCatalogPanel';
import { OrganisationForm } from './OrganisationForm';

/** Language, organisation profile, data folder and backups. */
export function SettingsView() {
  const { t } = useTranslation();
  const { settings, setLanguage } = useAppSettings();
  return (
    <div>
      <Heading variant="h1" mb="m">
        {t('settings.title')}
      </Heading>
      <section className="panel" aria-labelledby="language-heading">
        <Heading variant="h2" id="language-heading" mb="xs">
          {t('settings.languageHeading')}
        </Heading>
        <Paragraph mb="s">{t('settings.languageHint')}</Paragraph>
        <RadioButtonGroup
          labelText={t('app.language')}
          name="language"
          value={settings.language}
          onChange={(value) => void setLanguage(uiLanguageSchema.parse(value))}
        >
          {uiLanguageSchema.options.map((lang) => (
            <RadioButton key={lang} value={lang} data-testid={`language-${lang}`}>
              <span lang={lang}>{t(`languages.${lang}`)}</span>
            </RadioButton>
          ))}
        </RadioButtonGroup>
      </section>
      <OrganisationForm />
      <CpvCatalogPanel />
      <BackupsPanel />
    </div>
  );
}
