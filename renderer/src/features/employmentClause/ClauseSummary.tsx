import { useTranslation } from 'react-i18next';
import { Heading } from 'suomifi-ui-components';
import type { ClauseProblem } from '../../../../shared/domain/employmentClause/clauseCheck';
import type { EmploymentClause } from '../../../../shared/domain/employmentClause/employmentClause';
import type { ObligationResult } from '../../../../shared/domain/employmentClause/obligation';
import { formatNumber } from '../../../../shared/format';
import { useAppSettings } from '../../app/settingsContext';
import { tDynamic } from '../../i18n';

/** Formats an obligation amount with its unit ("12 htkk", "1,5 henkilöä"). */
export function useAmountText(): (amount: number, unit: ObligationResult['unit']) => string {
  const { t } = useTranslation();
  const { language } = useAppSettings().settings;
  return (amount, unit) =>
    tDynamic(t, `employmentClause.summary.amount_${unit}`, {
      amount: formatNumber(amount, language, Number.isInteger(amount) ? 0 : 1),
    });
}

/** The problem's text (an obligation issue uses the obligation step's message). */
export function useProblemText(): (problem: ClauseProblem) => string {
  const { t } = useTranslation();
  return (problem) =>
    problem.kind === 'obligation'
      ? tDynamic(t, `employmentClause.obligation.issues.${problem.issue.kind}`)
      : tDynamic(t, `employmentClause.summary.problems.${problem.kind}`);
}

/** The decision, form, obligation figures (from the calculator) and what is still missing. */
export function ClauseSummary(props: {
  clause: EmploymentClause;
  obligation: ObligationResult;
  problems: readonly ClauseProblem[];
}) {
  const { t } = useTranslation();
  const amount = useAmountText();
  const problemText = useProblemText();
  const { clause, obligation } = props;
  const inUse = clause.decision === 'use';
  const withObligation = inUse && clause.form !== 'reservedContract';
  const hasOptions = obligation.periods.some((p) => p.period.kind === 'option');
  const hasExtension = obligation.periods.some((p) => p.period.kind === 'extension');
  const rows: { key: string; label: string; value: number }[] = withObligation
    ? [
        {
          key: 'perFullYear',
          label: t('employmentClause.summary.perFullYear'),
          value: obligation.perFullYear,
        },
        { key: 'base', label: t('employmentClause.summary.base'), value: obligation.baseTotal },
        ...(hasOptions
          ? [
              {
                key: 'options',
                label: t('employmentClause.summary.options'),
                value: obligation.optionsTotal,
              },
            ]
          : []),
        ...(hasExtension
          ? [
              {
                key: 'extension',
                label: t('employmentClause.summary.extension'),
                value: obligation.extensionTotal,
              },
            ]
          : []),
        { key: 'total', label: t('employmentClause.summary.total'), value: obligation.total },
      ]
    : [];
  return (
    <section className="summary-block" aria-labelledby="clause-summary-heading">
      <Heading variant="h3" as="h2" id="clause-summary-heading">
        {t('employmentClause.summary.heading')}
      </Heading>
      <dl className="clause-summary-list">
        <div className="clause-summary-row">
          <dt>{t('employmentClause.summary.decision')}</dt>
          <dd data-testid="clause-summary-decision">
            {tDynamic(t, `employmentClause.decision.${clause.decision}`)}
          </dd>
        </div>
        {inUse && (
          <div className="clause-summary-row">
            <dt>{t('employmentClause.summary.form')}</dt>
            <dd data-testid="clause-summary-form">
              {tDynamic(t, `employmentClause.form.${clause.form}`)}
            </dd>
          </div>
        )}
        {rows.map((row) => (
          <div key={row.key} className="clause-summary-row">
            <dt>{row.label}</dt>
            <dd data-testid={`clause-summary-${row.key}`}>{amount(row.value, obligation.unit)}</dd>
          </div>
        ))}
      </dl>
      {props.problems.length > 0 ? (
        <>
          <Heading variant="h4" as="h3">
            {t('employmentClause.summary.problemsHeading')}
          </Heading>
          <ul className="explain-list" data-testid="clause-problems">
            {props.problems.map((problem) => (
              <li
                key={problem.kind === 'obligation' ? problem.issue.kind : problem.kind}
                data-blocking={String(problem.blocking)}
              >
                {problemText(problem)}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p data-testid="clause-ready">{t('employmentClause.summary.ready')}</p>
      )}
    </section>
  );
}
