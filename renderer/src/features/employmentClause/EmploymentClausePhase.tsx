import { current, isDraft } from 'immer';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InlineAlert } from 'suomifi-ui-components';
import { assertNever } from '../../../../shared/assertNever';
import { localIsoDate } from '../../../../shared/domain/common/calendarDate';
import type { PersonalDataFinding } from '../../../../shared/domain/common/personalIdentityCode';
import { clauseProblems } from '../../../../shared/domain/employmentClause/clauseCheck';
import {
  clauseAnnualValueCents,
  obligationInputOf,
} from '../../../../shared/domain/employmentClause/clauseInputs';
import type { EmploymentClause } from '../../../../shared/domain/employmentClause/employmentClause';
import { computeObligation } from '../../../../shared/domain/employmentClause/obligation';
import { analysePlanning } from '../../../../shared/domain/planning/planningAnalysis';
import type { Procurement } from '../../../../shared/domain/procurement/procurement';
import { catalogs } from '../../../../shared/i18n';
import { hrefOf, navigate } from '../../app/routes';
import { useAppSettings } from '../../app/settingsContext';
import { PhaseLayout } from '../../components/PhaseLayout';
import type { ApplyEdit } from '../procurement/edit';
import { syncEmploymentCriterion } from '../../../../shared/domain/employmentClause/clauseCriterion';
import { ClausePreview, type PreviewChoice } from './ClausePreview';
import { CLAUSE_STEPS, clauseStepOf, type ClauseStep } from './clauseSteps';
import { ClauseSummary } from './ClauseSummary';
import { DecisionStep } from './DecisionStep';
import { NoticeStep } from './NoticeStep';
import { ObligationStep } from './ObligationStep';
import { TargetGroupsStep } from './TargetGroupsStep';
import { TermsStep } from './TermsStep';
import './employmentClause.css';

/** Changes the clause (and, through it, the criteria plan): what the steps receive. */
export type EditClause = (recipe: (clause: EmploymentClause, p: Procurement) => void) => void;

/** The name of the employment-commitment criterion in every language (for the criteria plan). */
const CRITERION_NAME = {
  fi: catalogs.fi.employmentClause.award.criterionName,
  sv: catalogs.sv.employmentClause.award.criterionName,
  en: catalogs.en.employmentClause.award.criterionName,
};

/**
 * The employment clause phase (työllistämisehto, issue 11) in six steps: decision and form,
 * target groups, obligation, ways to fulfil and terms, clause text, notice fields. Every rule
 * is the domain's (`shared/domain/employmentClause`): the obligation calculator, the checks,
 * the clause text and the notice fields are called here, never re-implemented. The summary
 * beside the steps shows the figures, what is still missing and a live preview of the text.
 */
export function EmploymentClausePhase(props: {
  procurement: Procurement;
  personalData: readonly PersonalDataFinding[];
  edit: ApplyEdit;
  step: string | undefined;
}) {
  const { t } = useTranslation();
  const { settings } = useAppSettings();
  const { procurement: p, edit, personalData } = props;
  const step = clauseStepOf(props.step);
  const id = p.id;
  const clause = p.employmentClause;
  const today = localIsoDate(new Date());
  // The preview starts in the interface language; the officer may switch it independently.
  const [previewChoice, setPreviewChoice] = useState<PreviewChoice>(() => ({
    variant: 'callForTenders',
    language: settings.language,
  }));

  const screening = useMemo(
    () => analysePlanning(p, settings.organisation, today).screening,
    [p, settings.organisation, today],
  );
  const annualValueCents = useMemo(() => clauseAnnualValueCents(p), [p]);
  const obligation = useMemo(
    () => computeObligation(clause.obligation, clause.counting.rounding, obligationInputOf(p)),
    [clause.obligation, clause.counting.rounding, p],
  );
  const problems = useMemo(
    () =>
      clauseProblems(
        clause,
        obligation,
        p.lots.map((l) => l.id),
      ),
    [clause, obligation, p.lots],
  );

  const editClause: EditClause = useCallback(
    (recipe) =>
      edit((q) => {
        // A snapshot: the recipe may change the clause's arrays in place.
        const before = isDraft(q.employmentClause)
          ? current(q.employmentClause)
          : structuredClone(q.employmentClause);
        recipe(q.employmentClause, q);
        syncEmploymentCriterion(q, before, {
          newId: () => crypto.randomUUID(),
          name: CRITERION_NAME,
        });
      }),
    [edit],
  );

  const stepHref = useCallback(
    (s: ClauseStep) => hrefOf({ kind: 'procurement', id, phase: 'employmentClause', step: s }),
    [id],
  );
  const go = useCallback(
    (s: ClauseStep) => navigate({ kind: 'procurement', id, phase: 'employmentClause', step: s }),
    [id],
  );
  const steps = useMemo(
    () => CLAUSE_STEPS.map((s) => ({ id: s, title: t(`employmentClause.steps.${s}`) })),
    [t],
  );

  // Focus moves to the step's heading when the step changes (not on the first render).
  const shownStep = useRef(step);
  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    document.getElementById('clause-step-heading')?.focus();
  }, [step]);

  return (
    <div className="clause-phase" data-testid="phase-employmentClause" data-step={step}>
      <PhaseLayout
        label={t('employmentClause.sectionsLabel')}
        steps={steps}
        current={step}
        hrefOf={stepHref}
        onNavigate={go}
        summary={
          <>
            <ClauseSummary clause={clause} obligation={obligation} problems={problems} />
            {step !== 'text' && (
              <ClausePreview
                placement="aside"
                clause={clause}
                obligation={obligation}
                annualValueCents={annualValueCents}
                choice={previewChoice}
                onChoice={setPreviewChoice}
              />
            )}
          </>
        }
      >
        {clause.decision !== 'use' &&
          (step === 'targetGroups' || step === 'obligation' || step === 'terms') && (
            <InlineAlert className="clause-block clause-not-in-use" data-testid="clause-not-in-use">
              {clause.decision === 'notUsed'
                ? t('employmentClause.decision.inUseNotUsed')
                : t('employmentClause.decision.inUseUndecided')}
            </InlineAlert>
          )}
        {(() => {
          switch (step) {
            case 'decision':
              return (
                <DecisionStep
                  procurement={p}
                  screening={screening}
                  personalData={personalData}
                  editClause={editClause}
                />
              );
            case 'targetGroups':
              return (
                <TargetGroupsStep
                  clause={clause}
                  personalData={personalData}
                  editClause={editClause}
                />
              );
            case 'obligation':
              return (
                <ObligationStep
                  procurement={p}
                  obligation={obligation}
                  annualValueCents={annualValueCents}
                  editClause={editClause}
                />
              );
            case 'terms':
              return (
                <TermsStep clause={clause} personalData={personalData} editClause={editClause} />
              );
            case 'text':
              return (
                <ClausePreview
                  placement="main"
                  clause={clause}
                  obligation={obligation}
                  annualValueCents={annualValueCents}
                  choice={previewChoice}
                  onChoice={setPreviewChoice}
                />
              );
            case 'notice':
              return <NoticeStep procurement={p} />;
            default:
              return assertNever(step);
          }
        })()}
      </PhaseLayout>
    </div>
  );
}
