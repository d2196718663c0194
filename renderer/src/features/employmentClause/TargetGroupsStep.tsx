import { useTranslation } from 'react-i18next';
import { Checkbox, Heading, InlineAlert, Paragraph } from 'suomifi-ui-components';
import type { PersonalDataFinding } from '../../../../shared/domain/common/personalIdentityCode';
import {
  TARGET_GROUPS,
  type EmploymentClause,
} from '../../../../shared/domain/employmentClause/employmentClause';
import { TextField } from '../../components/fields/TextFields';
import { UnitNumberField } from './UnitFields';
import { personalDataStatus } from '../procurement/fieldErrors';
import type { EditClause } from './EmploymentClausePhase';

/**
 * Step 2: the target groups (any combination; the long-term unemployed with the duration the
 * buyer sets) and who confirms eligibility: the municipal employment services since
 * 1.1.2025 (the former office is never named), with the unit the supplier works with.
 */
export function TargetGroupsStep(props: {
  clause: EmploymentClause;
  personalData: readonly PersonalDataFinding[];
  editClause: EditClause;
}) {
  const { t } = useTranslation();
  const { clause, editClause, personalData } = props;
  const reserved = clause.form === 'reservedContract';
  return (
    <>
      <section className="panel" aria-labelledby="clause-step-heading">
        <Heading variant="h2" id="clause-step-heading" tabIndex={-1} mb="xs">
          {t('employmentClause.targetGroups.heading')}
        </Heading>
        <Paragraph mb="s">{t('employmentClause.targetGroups.intro')}</Paragraph>
        <fieldset className="clause-checks">
          <legend>{t('employmentClause.targetGroups.heading')}</legend>
          {TARGET_GROUPS.map((group) => (
            <Checkbox
              key={group}
              checked={clause.targetGroups.includes(group)}
              onClick={({ checkboxState }) =>
                editClause((c) => {
                  const chosen = new Set(c.targetGroups);
                  if (checkboxState) chosen.add(group);
                  else chosen.delete(group);
                  c.targetGroups = TARGET_GROUPS.filter((g) => chosen.has(g));
                })
              }
              data-testid={`clause-group-${group}`}
            >
              {t(`employmentClause.targetGroups.groups.${group}`)}
            </Checkbox>
          ))}
        </fieldset>
        {clause.targetGroups.length === 0 && !reserved && (
          <InlineAlert status="warning" className="clause-block">
            {t('employmentClause.targetGroups.noneChosen')}
          </InlineAlert>
        )}
        {clause.targetGroups.includes('longTermUnemployed') && (
          <div className="form-grid clause-block">
            <UnitNumberField
              kind="months"
              label={t('employmentClause.targetGroups.longTermMonths')}
              hint={t('employmentClause.targetGroups.longTermMonthsHint')}
              value={clause.longTermUnemployedMonths}
              min={3}
              max={60}
              onChange={(value) =>
                editClause((c) => {
                  c.longTermUnemployedMonths = value;
                })
              }
              testId="clause-longTermMonths"
            />
          </div>
        )}
      </section>
      <section className="panel" aria-labelledby="clause-confirm-heading">
        <Heading variant="h3" as="h2" id="clause-confirm-heading" mb="xs">
          {t('employmentClause.targetGroups.confirmHeading')}
        </Heading>
        <Paragraph mb="s">{t('employmentClause.targetGroups.confirmText')}</Paragraph>
        <div className="form-grid">
          <TextField
            wide
            label={t('employmentClause.targetGroups.servicesUnit')}
            hint={t('employmentClause.targetGroups.servicesUnitHint')}
            value={clause.terms.employmentServicesUnit}
            maxLength={300}
            onChange={(value) =>
              editClause((c) => {
                c.terms.employmentServicesUnit = value;
              })
            }
            testId="clause-servicesUnit"
            fieldStatus={personalDataStatus(
              t,
              personalData,
              'employmentClause.terms.employmentServicesUnit',
            )}
          />
        </div>
      </section>
    </>
  );
}
