import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Dropdown,
  DropdownItem,
  Heading,
  Paragraph,
  TextInput,
} from 'suomifi-ui-components';
import { checkBusinessId } from '../../../../shared/domain/common/businessId';
import {
  documentLanguageSchema,
  organisationProfileSchema,
  type OrganisationProfile,
} from '../../../../shared/domain/workspace/organisationProfile';
import { findPersonalData } from '../../../../shared/domain/common/personalIdentityCode';
import { authorityTypeSchema } from '../../../../shared/domain/procurement/procurementCategory';
import { IntegerField } from '../../components/fields/IntegerField';
import { MoneyField } from '../../components/fields/MoneyField';
import { call } from '../../api/client';
import { useNotices } from '../../app/notices';
import { useAppSettings } from '../../app/settingsContext';

type TextField = {
  [K in keyof OrganisationProfile]: OrganisationProfile[K] extends string
    ? K extends 'defaultDocumentLanguage' | 'defaultAuthorityType' | 'organisationKind'
      ? never
      : K
    : never;
}[keyof OrganisationProfile];
/** The organisation kinds, in the order the form offers them. */
const ORGANISATION_KINDS = [
  'municipality',
  'wellbeingServicesCounty',
  'municipalCompany',
  'other',
] as const;

const TEXT_FIELDS: readonly TextField[] = [
  'name',
  'businessId',
  'streetAddress',
  'postalCode',
  'city',
  'contactPerson',
  'contactEmail',
  'contactPhone',
];

/** The organisation profile with field-by-field validation (Y-tunnus check digit included). */
export function OrganisationForm() {
  const { t } = useTranslation();
  const { settings, replace } = useAppSettings();
  const notices = useNotices();
  const [profile, setProfile] = useState<OrganisationProfile>(settings.organisation);
  const [showErrors, setShowErrors] = useState(false);

  const fieldError = (field: TextField): string | null => {
    const value = profile[field].trim();
    if (findPersonalData(value).length > 0) {
      return t('errors.personalDataField', { masked: findPersonalData(value)[0]?.masked ?? '' });
    }
    if (field === 'businessId' && value !== '') {
      const check = checkBusinessId(value);
      if (!check.ok) {
        if (check.problem === 'format') return t('settings.errors.businessIdFormat');
        if (check.problem === 'neverIssued') return t('settings.errors.businessIdNeverIssued');
        return t('settings.errors.businessIdCheckDigit', {
          digits: value.slice(0, value.indexOf('-')),
          expected: check.expectedCheckDigit ?? '',
        });
      }
    }
    if (
      field === 'postalCode' &&
      !organisationProfileSchema.shape.postalCode.safeParse(value).success
    ) {
      return t('settings.errors.postalCode');
    }
    if (
      field === 'contactEmail' &&
      value !== '' &&
      !organisationProfileSchema.shape.contactEmail.safeParse(value).success
    ) {
      return t('settings.errors.email');
    }
    return null;
  };

  const save = async () => {
    setShowErrors(true);
    if (TEXT_FIELDS.some((f) => fieldError(f) !== null)) return;
    const result = await call('settings:saveOrganisation', { organisation: profile });
    if (!result.ok) return notices.error(result.error);
    replace(result.value);
    setProfile(result.value.organisation);
    notices.success(t('settings.organisationSaved'));
  };

  return (
    <section className="panel" aria-labelledby="organisation-heading">
      <Heading variant="h2" id="organisation-heading" mb="xs">
        {t('settings.organisationHeading')}
      </Heading>
      <Paragraph mb="m">{t('settings.organisationIntro')}</Paragraph>
      <form
        className="form-grid"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        {TEXT_FIELDS.map((field) => {
          const error = showErrors || field === 'businessId' ? fieldError(field) : null;
          const visibleError =
            field === 'businessId' && profile.businessId.length < 9 && !showErrors ? null : error;
          return (
            <TextInput
              key={field}
              labelText={t(`settings.fields.${field}`)}
              hintText={field === 'businessId' ? t('settings.fields.businessIdHint') : undefined}
              value={profile[field]}
              fullWidth
              type={field === 'contactEmail' ? 'email' : field === 'contactPhone' ? 'tel' : 'text'}
              status={visibleError ? 'error' : 'default'}
              statusText={visibleError ?? undefined}
              onChange={(value) => setProfile((p) => ({ ...p, [field]: String(value ?? '') }))}
              data-testid={`org-${field}`}
            />
          );
        })}
        <Dropdown
          labelText={t('settings.fields.defaultDocumentLanguage')}
          value={profile.defaultDocumentLanguage}
          onChange={(value: string) =>
            setProfile((p) => ({
              ...p,
              defaultDocumentLanguage: documentLanguageSchema.parse(value),
            }))
          }
        >
          {documentLanguageSchema.options.map((lang) => (
            <DropdownItem key={lang} value={lang}>
              <span lang={lang}>{t(`languages.${lang}`)}</span>
            </DropdownItem>
          ))}
        </Dropdown>
        <Heading variant="h3" className="wide" mt="m">
          {t('planning.profile.heading')}
        </Heading>
        <Dropdown
          className="wide"
          fullWidth
          labelText={t('planning.profile.defaultAuthorityType')}
          value={profile.defaultAuthorityType}
          onChange={(value: string) =>
            setProfile((p) => ({ ...p, defaultAuthorityType: authorityTypeSchema.parse(value) }))
          }
        >
          {authorityTypeSchema.options.map((a) => (
            <DropdownItem key={a} value={a}>
              {t(`planning.authorityType.${a}`)}
            </DropdownItem>
          ))}
        </Dropdown>
        <Dropdown
          className="wide"
          fullWidth
          labelText={t('planning.profile.organisationKind')}
          value={profile.organisationKind}
          onChange={(value: string) =>
            setProfile((p) => ({
              ...p,
              organisationKind: organisationProfileSchema.shape.organisationKind.parse(value),
            }))
          }
          data-testid="org-organisationKind"
        >
          {ORGANISATION_KINDS.map((k) => (
            <DropdownItem key={k} value={k}>
              {t(`planning.profile.organisationKinds.${k}`)}
            </DropdownItem>
          ))}
        </Dropdown>
        <MoneyField
          label={t('planning.profile.employmentClauseValueLimit')}
          hint={t('planning.profile.employmentClauseValueLimitHint')}
          cents={profile.employmentClauseValueLimitCents}
          onChange={(employmentClauseValueLimitCents) =>
            setProfile((p) => ({ ...p, employmentClauseValueLimitCents }))
          }
          testId="org-employmentClauseValueLimit"
        />
        <IntegerField
          label={t('planning.profile.nationalMinimumTenderDays')}
          hint={t('planning.profile.nationalMinimumTenderDaysHint')}
          value={profile.nationalMinimumTenderDays}
          min={0}
          max={365}
          onChange={(nationalMinimumTenderDays) =>
            setProfile((p) => ({ ...p, nationalMinimumTenderDays }))
          }
          testId="org-nationalMinimumTenderDays"
        />
        <div className="wide">
          <Button onClick={() => void save()} data-testid="save-organisation">
            {t('common.save')}
          </Button>
        </div>
      </form>
    </section>
  );
}
