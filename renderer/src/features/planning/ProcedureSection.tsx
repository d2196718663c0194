import { useTranslation } from 'react-i18next';
import { useAppSettings } from '../../app/settingsContext';
import { localiseCitation } from '../../../../shared/domain/common/legalSources';
import {
  Checkbox,
  Dropdown,
  DropdownItem,
  Heading,
  Paragraph,
  RadioButton,
  RadioButtonGroup,
  Textarea,
} from 'suomifi-ui-components';
import type { AuthorityType } from '../../../../shared/domain/procurement/procurementCategory';
import {
  procedureKindSchema,
  type ProcedureChoice,
} from '../../../../shared/domain/planning/procedureChoice';
import {
  PROCEDURE_GUIDE,
  procedureAvailability,
} from '../../../../shared/domain/planning/procedureGuide';
import { isTwoStage } from '../../../../shared/domain/planning/timeLimits';
import type { Procurement } from '../../../../shared/domain/procurement/procurement';
import type { ApplyEdit } from '../procurement/edit';
import type { Regime } from '../../../../shared/domain/planning/regime';

/** How many regimes there are (belowNational, national, eu, utilityBelowEu). */
const ALL_REGIMES = 4;

/** The procedure guide: every option explained, where it is allowed, and its follow-up questions. */
export function ProcedureSection(props: {
  procurement: Procurement;
  edit: ApplyEdit;
  regime: Regime | null;
  authorityType: AuthorityType;
}) {
  const { t } = useTranslation();
  const { language } = useAppSettings().settings;
  const choice = props.procurement.planning.procedure;
  const set = (change: Partial<ProcedureChoice>) =>
    props.edit((q) => {
      Object.assign(q.planning.procedure, change);
    });
  const kind = choice.kind;
  const twoStage = isTwoStage(choice);

  return (
    <section className="panel" id="planning-procedure" aria-labelledby="procedure-heading">
      <Heading variant="h2" id="procedure-heading" mb="xs">
        {t('planning.sections.procedure')}
      </Heading>
      <Paragraph mb="m">{t('planning.procedure.hint')}</Paragraph>
      <RadioButtonGroup
        labelText={t('planning.procedure.label')}
        name="procedure"
        value={kind ?? ''}
        onChange={(value) => {
          const chosen = procedureKindSchema.parse(value);
          // Refused at choice time (e.g. a small procurement in an EU procurement); the option's
          // hint says why. Not `disabled`, so the explanation keeps its full contrast.
          if (procedureAvailability(chosen, props.regime).kind !== 'refused') set({ kind: chosen });
        }}
      >
        {PROCEDURE_GUIDE.map((entry) => {
          const availability = procedureAvailability(entry.kind, props.regime);
          const hint = [
            t(`planning.procedure.kinds.${entry.kind}.explain`),
            entry.allowedIn.length === ALL_REGIMES
              ? t('planning.procedure.allowedEverywhere')
              : t('planning.procedure.allowedIn', {
                  regimes: entry.allowedIn
                    .map((r) => t(`planning.procedure.regimeNames.${r}`))
                    .join(', '),
                }),
            entry.conditionalInEu ? t('planning.procedure.conditional') : '',
            availability.kind !== 'refused'
              ? ''
              : t(
                  availability.reason === 'smallProcurementUnderAct'
                    ? 'planning.procedure.smallProcurementRefused'
                    : 'planning.procedure.notAllowed',
                  { regime: t(`planning.procedure.regimeNames.${availability.regime}`) },
                ),
            t('planning.procedure.source', { source: localiseCitation(entry.source, language) }),
          ]
            .filter(Boolean)
            .join(' ');
          return (
            <RadioButton
              key={entry.kind}
              value={entry.kind}
              hintText={hint}
              data-testid={`procedure-${entry.kind}`}
            >
              {t(`planning.procedure.kinds.${entry.kind}.name`)}
            </RadioButton>
          );
        })}
      </RadioButtonGroup>

      {kind === null && (
        <Paragraph mt="s" className="muted">
          {t('planning.procedure.notChosen')}
        </Paragraph>
      )}

      <div className="form-grid" style={{ marginTop: 24 }}>
        {kind === 'frameworkAgreement' && (
          <>
            <Dropdown
              labelText={t('planning.procedure.frameworkProcedure')}
              value={choice.frameworkProcedure}
              onChange={(value: string) =>
                set({ frameworkProcedure: value === 'restricted' ? 'restricted' : 'open' })
              }
            >
              <DropdownItem value="open">{t('planning.procedure.kinds.open.name')}</DropdownItem>
              <DropdownItem value="restricted">
                {t('planning.procedure.kinds.restricted.name')}
              </DropdownItem>
            </Dropdown>
            <Checkbox
              checked={choice.frameworkDynamicElement}
              onClick={({ checkboxState }) => set({ frameworkDynamicElement: checkboxState })}
            >
              {t('planning.procedure.frameworkDynamicElement')}
            </Checkbox>
          </>
        )}
        {kind === 'directAward' && (
          <Textarea
            className="wide"
            labelText={t('planning.procedure.directAwardJustification')}
            hintText={t('planning.procedure.directAwardJustificationHint')}
            value={choice.directAwardJustification}
            rows={3}
            fullWidth
            resize="vertical"
            status={choice.directAwardJustification.trim() === '' ? 'error' : 'default'}
            statusText={
              choice.directAwardJustification.trim() === ''
                ? t('planning.procedure.directAwardJustificationMissing')
                : undefined
            }
            onChange={(e) => set({ directAwardJustification: e.target.value })}
            data-testid="direct-award-justification"
          />
        )}
        {kind !== null && kind !== 'directAward' && kind !== 'smallProcurement' && (
          <>
            <Checkbox
              checked={choice.electronicTenders}
              onClick={({ checkboxState }) => set({ electronicTenders: checkboxState })}
              data-testid="procedure-electronic"
            >
              {t('planning.procedure.electronicTenders')}
            </Checkbox>
            <Checkbox
              checked={choice.priorInformationNotice}
              onClick={({ checkboxState }) => set({ priorInformationNotice: checkboxState })}
            >
              {t('planning.procedure.priorInformationNotice')}
            </Checkbox>
            <Checkbox
              checked={choice.urgency}
              onClick={({ checkboxState }) => set({ urgency: checkboxState })}
            >
              {t('planning.procedure.urgency')}
            </Checkbox>
            {twoStage && props.authorityType !== 'central' && (
              <Checkbox
                checked={choice.tenderDeadlineAgreed}
                onClick={({ checkboxState }) => set({ tenderDeadlineAgreed: checkboxState })}
              >
                {t('planning.procedure.tenderDeadlineAgreed')}
              </Checkbox>
            )}
          </>
        )}
        {choice.urgency &&
          kind !== null &&
          kind !== 'directAward' &&
          kind !== 'smallProcurement' && (
            <Textarea
              className="wide"
              labelText={t('planning.procedure.urgencyJustification')}
              value={choice.urgencyJustification}
              rows={2}
              fullWidth
              resize="vertical"
              status={choice.urgencyJustification.trim() === '' ? 'error' : 'default'}
              statusText={
                choice.urgencyJustification.trim() === ''
                  ? t('planning.procedure.urgencyJustificationMissing')
                  : undefined
              }
              onChange={(e) => set({ urgencyJustification: e.target.value })}
            />
          )}
      </div>
    </section>
  );
}
