import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Paragraph, RadioButton, RadioButtonGroup } from 'suomifi-ui-components';
import {
  uiLanguageSchema,
  type UiLanguage,
} from '../../../../shared/domain/workspace/organisationProfile';
import { useFocusOnViewChange } from '../../app/focus';
import { useAppSettings } from '../../app/settingsContext';
import { BackupsPanel } from './BackupsPanel';
import { CpvCatalogPanel } from './CpvCatalogPanel';
import { LogoPanel } from './LogoPanel';
import { OrganisationForm } from './OrganisationForm';

/** Language, organisation profile, data folder and backups. */
export function SettingsView() {
  const { t } = useTranslation();
  const { settings, setLanguage } = useAppSettings();
  useFocusOnViewChange('settings', [t('settings.title')]);
  // Arrowing through the radios only chooses; the button changes the language (WCAG 3.2.2).
  // The choice is kept only while the language it was made over is still the current one (the
  // header menu may change the language meanwhile).
  const [choice, setChoice] = useState<{ over: UiLanguage; value: UiLanguage } | null>(null);
  const chosen = choice && choice.over === settings.language ? choice.value : settings.language;
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
          value={chosen}
          onChange={(value) =>
            setChoice({ over: settings.language, value: uiLanguageSchema.parse(value) })
          }
        >
          {uiLanguageSchema.options.map((lang) => (
            <RadioButton key={lang} value={lang} data-testid={`language-${lang}`}>
              <span lang={lang}>{t(`languages.${lang}`)}</span>
            </RadioButton>
          ))}
        </RadioButtonGroup>
        <Button
          className="apply-language"
          variant="secondary"
          onClick={() => void setLanguage(chosen)}
          data-testid="apply-language"
        >
          {t('accessibility.applyLanguage')}
        </Button>
      </section>
      <OrganisationForm />
      <LogoPanel />
      <CpvCatalogPanel />
      <BackupsPanel />
    </div>
  );
}
