import { memo, useCallback, useContext, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localIsoDate, type IsoDate } from '../../../../shared/domain/common/calendarDate';
import type { PersonalDataFinding } from '../../../../shared/domain/common/personalIdentityCode';
import {
  analysePlanning,
  type PlanningAnalysis,
} from '../../../../shared/domain/planning/planningAnalysis';
import type { Procurement } from '../../../../shared/domain/procurement/procurement';
import { assertNever } from '../../../../shared/assertNever';
import { DateField } from '../../components/fields/DateField';
import { PhaseLayout } from '../../components/PhaseLayout';
import { hrefOf, navigate } from '../../app/routes';
import { useAppSettings } from '../../app/settingsContext';
import type { ApplyEdit } from '../procurement/edit';
import { PlanningAnalysisContext } from './analysisContext';
import { BasicsSection } from './BasicsSection';
import { CpvSection } from './CpvSection';
import { LotAmounts } from './LotAmounts';
import { LotsSection } from './LotsSection';
import { PlanningSummary } from './PlanningSummary';
import { PLANNING_STEPS, planningStepOf, type PlanningStep } from './planningSteps';
import { ProcedureSection } from './ProcedureSection';
import { RegimeSection } from './RegimeSection';
import { ScreeningSection } from './ScreeningSection';
import { TermSection, ValueComputation } from './TermSection';
import { TimelineSection } from './TimelineSection';

/**
 * The planning phase in nine steps (basics, lots, term, value, threshold, procedure, time
 * limits, decision and contract, employment clause screening; see planningSteps.ts) with the summary beside each. The analysis (value, regime,
 * time limits, timeline warnings, screening; shared/domain rules) is computed once per edit
 * and shared through context.
 */
export function PlanningPhase(props: {
  procurement: Procurement;
  personalData: readonly PersonalDataFinding[];
  edit: ApplyEdit;
  step: string | undefined;
}) {
  const { t } = useTranslation();
  const { settings } = useAppSettings();
  const { procurement, edit, personalData } = props;
  const step = planningStepOf(props.step);
  const today = localIsoDate(new Date());
  const analysis = useMemo(
    () => analysePlanning(procurement, settings.organisation, today),
    [procurement, settings.organisation, today],
  );
  const id = procurement.id;
  const stepHref = useCallback(
    (s: PlanningStep) => hrefOf({ kind: 'procurement', id, phase: 'planning', step: s }),
    [id],
  );
  const go = useCallback(
    (s: PlanningStep) => navigate({ kind: 'procurement', id, phase: 'planning', step: s }),
    [id],
  );
  const steps = useMemo(
    () => PLANNING_STEPS.map((s) => ({ id: s, title: t(`planning.steps.${s}`) })),
    [t],
  );

  return (
    <PlanningAnalysisContext.Provider value={analysis}>
      <div data-testid="phase-planning" data-step={step}>
        <PhaseLayout
          label={t('planning.sectionsLabel')}
          steps={steps}
          current={step}
          hrefOf={stepHref}
          onNavigate={go}
          summary={
            <PlanningSummary
              timeline={procurement.planning.timeline}
              procedure={procurement.planning.procedure}
              today={today}
            />
          }
        >
          <StepContent
            step={step}
            procurement={procurement}
            personalData={personalData}
            edit={edit}
          />
        </PhaseLayout>
      </div>
    </PlanningAnalysisContext.Provider>
  );
}

function StepContent(props: {
  step: PlanningStep;
  procurement: Procurement;
  personalData: readonly PersonalDataFinding[];
  edit: ApplyEdit;
}) {
  const { language } = useAppSettings().settings;
  const { procurement, edit, personalData } = props;
  const analysis = useContext(PlanningAnalysisContext)!;
  switch (props.step) {
    case 'basics':
      return (
        <>
          <BasicsSection procurement={procurement} personalData={personalData} edit={edit} />
          <CpvSection procurement={procurement} edit={edit} />
        </>
      );
    case 'lots':
      return (
        <LotsSection
          procurement={procurement}
          edit={edit}
          language={language}
          personalData={personalData}
          withAmounts={false}
        />
      );
    case 'term':
      return <TermSection procurement={procurement} edit={edit} language={language} />;
    case 'value':
      return (
        <>
          <NoticeDate value={procurement.planning.timeline.noticeSent} edit={edit} />
          <LotAmounts
            lots={procurement.lots}
            undivided={procurement.planning.valuation.undivided}
            indefinite={procurement.planning.valuation.term.kind === 'indefinite'}
            edit={edit}
          />
          <ValueComputation
            procurement={procurement}
            estimate={analysis.estimate}
            language={language}
          />
        </>
      );
    case 'regime':
      return <RegimeBlock analysis={analysis} />;
    case 'procedure':
      return (
        <ProcedureSection
          procurement={procurement}
          edit={edit}
          regime={analysis.regime.ok ? analysis.regime.regime : null}
          authorityType={procurement.authorityType}
        />
      );
    case 'timeline':
    case 'award':
      return (
        <TimelineSection
          procurement={procurement}
          edit={edit}
          check={analysis.timeline}
          limits={analysis.limits}
          language={language}
          part={props.step}
        />
      );
    case 'screening':
      return (
        <ScreeningSection
          procurement={procurement}
          edit={edit}
          result={analysis.screening}
          language={language}
        />
      );
    default:
      return assertNever(props.step);
  }
}

type RegimeParts = Pick<PlanningAnalysis, 'regime' | 'consequences'>;

/**
 * The regime and what follows from it. Recomputed on every edit, but the same for most
 * keystrokes: the parts are kept while their content is unchanged, so the section (many
 * Suomi.fi components) re-renders only when the regime really changes (issue 8). The minimum
 * time limits that follow are shown on the timeline step, where the dates are typed.
 */
function RegimeBlock({ analysis }: { analysis: PlanningAnalysis }) {
  const key = JSON.stringify([analysis.regime, analysis.consequences]);
  const parts = useMemo(() => {
    const [regime, consequences] = JSON.parse(key) as [
      RegimeParts['regime'],
      RegimeParts['consequences'],
    ];
    return { regime, consequences };
  }, [key]);
  return <RegimeContent {...parts} />;
}

const RegimeContent = memo(function RegimeContent(props: RegimeParts) {
  const { language } = useAppSettings().settings;
  return (
    <RegimeSection result={props.regime} consequences={props.consequences} language={language} />
  );
});

/**
 * The planned notice date, asked next to the value: it chooses the threshold table in force
 * (hankintalaki 1397/2016 25–26 §; the thresholds valid on the day the notice is sent).
 */
const NoticeDate = memo(function NoticeDate(props: { value: IsoDate | null; edit: ApplyEdit }) {
  const { t } = useTranslation();
  const { edit } = props;
  const onChange = useCallback(
    (value: IsoDate | null) =>
      edit((q) => {
        q.planning.timeline.noticeSent = value;
      }),
    [edit],
  );
  return (
    <div className="panel notice-date">
      <DateField
        label={t('timeline.milestones.noticeSent')}
        hint={`${t('timeline.milestoneHints.noticeSent')} ${t('timeline.dateHint')}`}
        value={props.value}
        onChange={onChange}
        testId="value-noticeSent"
      />
    </div>
  );
});
