import { useTranslation } from 'react-i18next';
import { Dropdown, DropdownItem, Heading, Textarea, TextInput } from 'suomifi-ui-components';
import type { PersonalDataFinding } from '../../../../shared/domain/common/personalIdentityCode';
import {
  procurementStatusSchema,
  type Procurement,
} from '../../../../shared/domain/procurement/procurement';
import {
  authorityTypeSchema,
  procurementCategorySchema,
} from '../../../../shared/domain/procurement/procurementCategory';
import type { ApplyEdit } from '../procurement/edit';
import { personalDataStatus } from '../procurement/fieldErrors';

/** Title, reference, description, responsible person, status, authority type and category. */
export function BasicsSection(props: {
  procurement: Procurement;
  personalData: readonly PersonalDataFinding[];
  edit: ApplyEdit;
}) {
  const { t } = useTranslation();
  const { procurement: p, edit, personalData } = props;
  const titleEmpty = p.title.trim() === '';
  return (
    <section className="panel" id="planning-basics" aria-labelledby="basics-heading">
      <Heading variant="h2" id="basics-heading" mb="m">
        {t('planning.sections.basics')}
      </Heading>
      <div className="form-grid">
        <TextInput
          className="wide"
          labelText={t('procurement.title')}
          value={p.title}
          fullWidth
          maxLength={200}
          {...(titleEmpty
            ? { status: 'error' as const, statusText: t('dialogs.titleRequired') }
            : personalDataStatus(t, personalData, 'title'))}
          onChange={(value) =>
            edit((q) => {
              q.title = String(value ?? '');
            })
          }
          data-testid="field-title"
        />
        <TextInput
          labelText={t('procurement.referenceNumber')}
          hintText={t('procurement.referenceNumberHint')}
          value={p.referenceNumber}
          maxLength={100}
          fullWidth
          {...personalDataStatus(t, personalData, 'referenceNumber')}
          onChange={(value) =>
            edit((q) => {
              q.referenceNumber = String(value ?? '');
            })
          }
          data-testid="field-referenceNumber"
        />
        <TextInput
          labelText={t('procurement.responsiblePerson')}
          value={p.responsiblePerson}
          maxLength={200}
          fullWidth
          {...personalDataStatus(t, personalData, 'responsiblePerson')}
          onChange={(value) =>
            edit((q) => {
              q.responsiblePerson = String(value ?? '');
            })
          }
          data-testid="field-responsiblePerson"
        />
        <Dropdown
          labelText={t('procurement.status')}
          value={p.status}
          onChange={(value: string) =>
            edit((q) => {
              q.status = procurementStatusSchema.parse(value);
            })
          }
          data-testid="field-status"
        >
          {procurementStatusSchema.options.map((s) => (
            <DropdownItem key={s} value={s}>
              {t(`status.${s}`)}
            </DropdownItem>
          ))}
        </Dropdown>
        <Dropdown
          className="wide"
          fullWidth
          labelText={t('planning.authorityType.label')}
          hintText={t('planning.authorityType.hint')}
          value={p.authorityType}
          onChange={(value: string) =>
            edit((q) => {
              q.authorityType = authorityTypeSchema.parse(value);
            })
          }
          data-testid="field-authorityType"
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
          labelText={t('planning.category.label')}
          hintText={t('planning.category.hint')}
          value={p.category}
          onChange={(value: string) =>
            edit((q) => {
              q.category = procurementCategorySchema.parse(value);
            })
          }
          data-testid="field-category"
        >
          {procurementCategorySchema.options.map((c) => (
            <DropdownItem key={c} value={c}>
              {t(`planning.category.${c}`)}
            </DropdownItem>
          ))}
        </Dropdown>
        <Textarea
          className="wide"
          labelText={t('procurement.description')}
          hintText={t('procurement.descriptionHint')}
          value={p.description}
          fullWidth
          resize="vertical"
          rows={5}
          {...personalDataStatus(t, personalData, 'description')}
          onChange={(event) =>
            edit((q) => {
              q.description = event.target.value;
            })
          }
          data-testid="field-description"
        />
      </div>
    </section>
  );
}
