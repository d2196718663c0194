import { memo, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Checkbox,
  Heading,
  IconPlus,
  LoadingSpinner,
  Paragraph,
} from 'suomifi-ui-components';
import { checkBusinessId } from '../../../../shared/domain/common/businessId';
import { parseMoneyInput, type NumberRefusal } from '../../../../shared/domain/common/numberInput';
import { describeNumberRefusal } from '../../components/fields/numberMessages';
import {
  compareTenders,
  presentPoints,
  type ComparisonOutcome,
  type TenderResult,
} from '../../../../shared/domain/criteria/compareTenders';
import type { CriteriaSet } from '../../../../shared/domain/criteria/criteriaPlan';
import { renderStatement } from '../../../../shared/domain/criteria/criteriaText';
import { textIn } from '../../../../shared/domain/criteria/localizedText';
import type { Traced } from '../../../../shared/domain/criteria/scoring';
import type { Tender, TenderComparison } from '../../../../shared/domain/criteria/tenderComparison';
import { MAX_LONG_TEXT } from '../../../../shared/domain/common/limits';
import { centsToInput, formatEuro } from '../../../../shared/format';
import { describeError } from '../../app/describeError';
import { useAppSettings } from '../../app/settingsContext';
import { TextAreaField, TextField } from '../../components/fields/TextFields';
import { DataTable } from '../../components/table/DataTable';
import type { DataTableColumn } from '../../components/table/dataTableTypes';
import { SaveStatus } from '../procurement/SaveStatus';
import { UndoButtons } from '../procurement/UndoButtons';
import {
  newTender,
  tracedOf,
  type FigureKey,
  parseScoreInput,
  setAnswerReason,
  setAnswerValue,
  setPrice,
  setRequirement,
  tenderIn,
} from './criteriaEdit';
import { FormulaDialog, type FormulaShown } from './FormulaDialog';
import type { ComparisonEdit, useTenderComparison } from './useTenderComparison';

/** One grid row: the tender as entered and its computed figures (null when not compared). */
export interface ComparisonRow {
  tender: Tender;
  result: TenderResult | null;
}

type Comparison = ReturnType<typeof useTenderComparison>;

/** Opens the formula of one figure of one tender (stable, so figure cells stay memoised). */
type OpenFigure = (tenderId: string, key: FigureKey, title: string, shown: string) => void;

/**
 * Step 3: the tenders of the procurement or lot, in the virtualised grid — prices and scores
 * typed in the cells, points per criterion, totals and ranking computed by compareTenders
 * (shared/domain/criteria); every figure opens its formula. The tenderer, the evaluator's
 * reasons, the minimum requirements and an exclusion are edited below the grid for the
 * chosen tender. The comparison is a record of its own, autosaved.
 */
export function ComparisonStep(props: { set: CriteriaSet; comparison: Comparison }) {
  const { t } = useTranslation();
  const { comparison } = props;
  if (comparison.load.kind === 'loading') return <LoadingSpinner text={t('app.loading')} />;
  if (comparison.load.kind === 'failed') {
    return <Paragraph>{describeError(t, comparison.load.error)}</Paragraph>;
  }
  return (
    <ComparisonEditor
      set={props.set}
      record={comparison.load.record}
      edit={comparison.edit}
      saveState={comparison.saveState}
      saveNow={comparison.saveNow}
      reload={comparison.reload}
      undo={comparison.undo}
      redo={comparison.redo}
      canUndo={comparison.canUndo}
      canRedo={comparison.canRedo}
    />
  );
}

function ComparisonEditor(props: {
  set: CriteriaSet;
  record: TenderComparison;
  edit: (change: ComparisonEdit) => void;
  saveState: Comparison['saveState'];
  saveNow: Comparison['saveNow'];
  reload: Comparison['reload'];
  undo: () => void;
  redo: () => void;
  canUndo: boolean;
  canRedo: boolean;
}) {
  const { t } = useTranslation();
  const { language } = useAppSettings().settings;
  const { set, record, edit } = props;
  const tenders = record.tenders;
  const outcome: ComparisonOutcome = useMemo(() => compareTenders(set, record), [set, record]);
  const rows = useMemo<ComparisonRow[]>(() => {
    const byId = new Map(outcome.ok ? outcome.tenders.map((r) => [r.tenderId, r]) : []);
    return tenders.map((tender) => ({ tender, result: byId.get(tender.id) ?? null }));
  }, [tenders, outcome]);
  const [selected, setSelected] = useState<string | null>(null);
  const [formula, setFormula] = useState<FormulaShown | null>(null);
  // The latest results for a clicked figure, so the figure buttons need no per-render callback.
  const results = useRef<ReadonlyMap<string, TenderResult>>(new Map());
  useEffect(() => {
    results.current = new Map(outcome.ok ? outcome.tenders.map((r) => [r.tenderId, r]) : []);
  }, [outcome]);
  const openFigure = useCallback<OpenFigure>((tenderId, key, title, shown) => {
    const result = results.current.get(tenderId);
    const traced = result ? tracedOf(result, key) : null;
    if (traced) setFormula({ title, traced, shown });
  }, []);
  const columns = useComparisonColumns(set, edit, openFigure, setSelected);
  const selectedTender = tenders.find((x) => x.id === selected) ?? null;
  const statement = (key: string, params: Record<string, string | number>) =>
    renderStatement({ key, params }, language);

  return (
    <>
      <section
        className="panel"
        aria-labelledby="comparison-heading"
        data-own-undo
        onKeyDown={(event) => {
          if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
          const key = event.key.toLowerCase();
          if (key === 'z' && !event.shiftKey) {
            event.preventDefault();
            props.undo();
          } else if (key === 'y' || (key === 'z' && event.shiftKey)) {
            event.preventDefault();
            props.redo();
          }
        }}
      >
        <div className="comparison-head">
          <Heading variant="h2" id="comparison-heading" mb="xs">
            {t('criteria.ui.comparison.heading')}
          </Heading>
          <UndoButtons
            canUndo={props.canUndo}
            canRedo={props.canRedo}
            onUndo={props.undo}
            onRedo={props.redo}
          />
          <div data-testid="comparison-save">
            <SaveStatus state={props.saveState} unsaved={[]} onSave={() => void props.saveNow()} />
          </div>
        </div>
        <Paragraph mb="s">{t('criteria.ui.comparison.intro')}</Paragraph>
        {!outcome.ok && (
          <div className="criteria-error" role="status" data-testid="comparison-issues">
            <p>{t('criteria.ui.comparison.cannotCompare')}</p>
            <ul>
              {outcome.criteriaIssues.map((i) => (
                <li key={`c${i.path}${i.code}`}>{statement(`issues.${i.code}`, i.params)}</li>
              ))}
              {outcome.tenderIssues.slice(0, 20).map((i) => (
                <li key={`t${i.path}${i.code}`}>{statement(`tenderIssues.${i.code}`, i.params)}</li>
              ))}
            </ul>
          </div>
        )}
        {outcome.ok && outcome.notes.length > 0 && (
          <ul className="comparison-notes" data-testid="comparison-notes">
            {outcome.notes.map((n) => (
              <li key={n.code}>{statement(`comparisonNotes.${n.code}`, n.params)}</li>
            ))}
          </ul>
        )}
        {outcome.ok && outcome.warnings.length > 0 && (
          <details className="comparison-warnings">
            <summary>
              {t('criteria.ui.comparison.warnings', { count: outcome.warnings.length })}
            </summary>
            <ul>
              {outcome.warnings.slice(0, 50).map((i) => (
                <li key={`${i.path}${i.code}`}>{statement(`tenderIssues.${i.code}`, i.params)}</li>
              ))}
            </ul>
          </details>
        )}
        {outcome.ok && (
          <DrawingLots
            results={outcome.tenders}
            drawingOrder={record.drawingOrder}
            names={tenders}
            canDraw={set.tieBreak.includes('drawingLots')}
            edit={edit}
          />
        )}
        {props.saveState.kind === 'conflict' && (
          <div className="conflict-notice" role="alert" data-testid="comparison-conflict">
            <Paragraph mb="s">{t('criteria.ui.comparison.conflict')}</Paragraph>
            <Button variant="secondary" onClick={() => void props.reload()}>
              {t('criteria.ui.comparison.reload')}
            </Button>
          </div>
        )}
        <DataTable
          rows={rows}
          columns={columns}
          rowId={(r) => r.tender.id}
          caption={t('criteria.ui.comparison.caption')}
          stickyFirstColumn
          estimateRowHeight={48}
          keyboardHint={t('criteria.ui.comparison.keyboardHint')}
          data-testid="comparison-grid"
        />
        <div className="row-actions criteria-gap">
          <Button
            icon={<IconPlus />}
            onClick={() => {
              const id = crypto.randomUUID();
              edit((r) => {
                r.tenders.push(
                  newTender(
                    id,
                    t('criteria.ui.comparison.newTenderer', { n: r.tenders.length + 1 }),
                  ),
                );
              });
              setSelected(id);
            }}
            data-testid="add-tender"
          >
            {t('criteria.ui.comparison.addTender')}
          </Button>
        </div>
      </section>
      {selectedTender && (
        <TenderDetails
          key={selectedTender.id}
          set={set}
          tender={selectedTender}
          edit={edit}
          onRemoved={() => setSelected(null)}
        />
      )}
      {formula && <FormulaDialog shown={formula} onClose={() => setFormula(null)} />}
    </>
  );
}

/** The grid's columns; rebuilt only when the criteria or the language change. */
function useComparisonColumns(
  set: CriteriaSet,
  edit: (change: ComparisonEdit) => void,
  openFigure: OpenFigure,
  select: (id: string) => void,
): DataTableColumn<ComparisonRow>[] {
  const { t } = useTranslation();
  const { language } = useAppSettings().settings;
  // Stable commit callbacks, so a memoised cell re-renders only when its own value changes.
  const commitScore = useCallback(
    (tenderId: string, criterionId: string, value: number | null) =>
      edit((r) => {
        const x = tenderIn(r, tenderId);
        if (x) setAnswerValue(x, criterionId, value);
      }),
    [edit],
  );
  const commitPrice = useCallback(
    (tenderId: string, itemId: string, cents: number) =>
      edit((r) => {
        const x = tenderIn(r, tenderId);
        if (x) setPrice(x, itemId, cents);
      }),
    [edit],
  );
  return useMemo(() => {
    // The set's rounding rule (presentPoints), with the language's decimal mark.
    const points = (v: number) => {
      const text = presentPoints(set, v);
      return language === 'en' ? text : text.replace('.', ',');
    };
    const name = (row: ComparisonRow) => row.tender.tenderer.name;
    const figure = (
      row: ComparisonRow,
      traced: Traced | null | undefined,
      what: string,
      format: (v: number) => string,
      testId: string,
      key: FigureKey,
    ) =>
      traced ? (
        <FigureButton
          text={format(traced.result)}
          label={t('criteria.ui.comparison.showFormula', { what, tenderer: name(row) })}
          title={`${name(row)} – ${what}`}
          testId={testId}
          tenderId={row.tender.id}
          figureKey={key}
          onOpen={openFigure}
        />
      ) : (
        <span className="muted">–</span>
      );
    const cols: DataTableColumn<ComparisonRow>[] = [
      {
        id: 'rank',
        header: t('criteria.ui.comparison.rank'),
        width: '5rem',
        sortValue: (r) => r.result?.ranking?.rank ?? null,
        cell: (r) =>
          r.result?.ranking ? (
            <span data-testid="rank">{r.result.ranking.rank}.</span>
          ) : (
            <span className="muted" data-testid="rank">
              {r.result?.status === 'excluded' || r.tender.exclusion
                ? t('criteria.ui.comparison.excluded')
                : r.tender.requirements.some((q) => !q.met)
                  ? t('criteria.ui.comparison.requirementNotMet')
                  : '–'}
            </span>
          ),
      },
      {
        id: 'tenderer',
        header: t('criteria.ui.comparison.tenderer'),
        width: '14rem',
        sortValue: (r) => r.tender.tenderer.name,
        cell: (r) => (
          <button
            type="button"
            className="link-button"
            onClick={() => select(r.tender.id)}
            data-testid="tender-open"
          >
            {r.tender.tenderer.name || t('criteria.ui.comparison.unnamed')}
          </button>
        ),
      },
      {
        id: 'total',
        header: t('criteria.ui.comparison.total'),
        width: '7rem',
        align: 'end',
        sortValue: (r) => r.result?.totalPoints?.result ?? null,
        cell: (r) =>
          figure(
            r,
            r.result?.totalPoints,
            t('criteria.ui.comparison.total'),
            points,
            'total-points',
            'totalPoints',
          ),
      },
    ];
    set.pricingItems.forEach((item, ii) => {
      const itemName =
        textIn(item.name, language) || t('criteria.ui.comparison.itemN', { n: ii + 1 });
      cols.push({
        id: `price-${item.id}`,
        header: itemName,
        width: '9rem',
        align: 'end',
        cell: () => null,
        editor: ({ row, rowIndex }) => (
          <PriceCell
            cents={row.tender.prices.find((p) => p.itemId === item.id)?.unitPriceCents ?? null}
            label={`${name(row)}: ${itemName}`}
            testId={`price-${rowIndex}-${ii}`}
            tenderId={row.tender.id}
            itemId={item.id}
            onCommit={commitPrice}
          />
        ),
      });
    });
    cols.push(
      {
        id: 'comparisonPrice',
        header: t('criteria.ui.comparison.comparisonPrice'),
        width: '9rem',
        align: 'end',
        sortValue: (r) => r.result?.comparisonPrice?.result ?? null,
        cell: (r) =>
          figure(
            r,
            r.result?.comparisonPrice,
            t('criteria.ui.comparison.comparisonPrice'),
            (v) => formatEuro(v, language),
            'comparison-price',
            'comparisonPrice',
          ),
      },
      {
        id: 'pricePoints',
        header: t('criteria.ui.comparison.pricePoints'),
        width: '7rem',
        align: 'end',
        sortValue: (r) => r.result?.pricePoints?.result ?? null,
        cell: (r) =>
          figure(
            r,
            r.result?.pricePoints,
            t('criteria.ui.comparison.pricePoints'),
            points,
            'price-points',
            'pricePoints',
          ),
      },
    );
    set.criteria.forEach((c, ci) => {
      const cname =
        textIn(c.name, language) || t('criteria.ui.comparison.criterionN', { n: ci + 1 });
      cols.push({
        id: `crit-${c.id}`,
        header: `${cname} (${c.weightPercent})`,
        width: '10rem',
        align: 'end',
        cell: () => null,
        editor: ({ row, rowIndex }) => {
          const traced = row.result?.criterionPoints.find((p) => p.criterionId === c.id)?.points;
          return (
            <div className="score-cell">
              <ScoreCell
                value={row.tender.answers.find((a) => a.criterionId === c.id)?.value ?? null}
                label={`${name(row)}: ${cname}`}
                testId={`score-${rowIndex}-${ci}`}
                tenderId={row.tender.id}
                criterionId={c.id}
                onCommit={commitScore}
              />
              {figure(row, traced, cname, points, `points-${ci}`, c.id)}
            </div>
          );
        },
      });
    });
    cols.push({
      id: 'qualityPoints',
      header: t('criteria.ui.comparison.qualityPoints'),
      width: '7rem',
      align: 'end',
      sortValue: (r) => r.result?.qualityPoints?.result ?? null,
      cell: (r) =>
        figure(
          r,
          r.result?.qualityPoints,
          t('criteria.ui.comparison.qualityPoints'),
          points,
          'quality-points',
          'qualityPoints',
        ),
    });
    return cols;
  }, [set, commitScore, commitPrice, openFigure, select, t, language]);
}

const FigureButton = memo(function FigureButton(props: {
  text: string;
  label: string;
  title: string;
  testId: string;
  tenderId: string;
  figureKey: FigureKey;
  onOpen: OpenFigure;
}) {
  const { text, title, tenderId, figureKey, onOpen } = props;
  return (
    <button
      type="button"
      className="figure-button"
      aria-label={`${text}. ${props.label}`}
      onClick={() => onOpen(tenderId, figureKey, title, text)}
      data-testid={props.testId}
    >
      {text}
    </button>
  );
});

/**
 * A cell input: shows the stored value until focused, keeps its own text while typed, and
 * commits on Enter or on leaving the cell; an unreadable text stays with the cell marked.
 */
function useCellDraft<T>(
  value: T,
  format: (v: T) => string,
  parse: (text: string) => { ok: true; value: T } | { ok: false; refusal: NumberRefusal },
  onCommit: (v: T) => void,
) {
  const [editing, setEditing] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<NumberRefusal | null>(null);
  const text = editing ?? format(value);
  const commit = (keepEditing: boolean) => {
    const read = parse(text);
    if (!read.ok) {
      setRefusal(read.refusal);
      return;
    }
    setRefusal(null);
    if (!keepEditing) setEditing(null);
    if (read.value !== value) onCommit(read.value);
  };
  return {
    refusal,
    props: {
      value: text,
      onChange: (e: { target: { value: string } }) => setEditing(e.target.value),
      onFocus: () => setEditing((current) => current ?? format(value)),
      onBlur: () => commit(false),
      onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => {
        // Undo and redo act on the comparison (the section); the cell shows the result.
        if ((e.ctrlKey || e.metaKey) && /^[zy]$/i.test(e.key)) setEditing(null);
        if (e.key === 'Enter') {
          e.preventDefault();
          commit(true);
        }
      },
    },
  };
}

const formatScore = (v: number | null) => (v === null ? '' : String(v).replace('.', ','));

/**
 * Why a cell's text was not read, in words (the same messages as the form fields), with the
 * general hint; shown as the cell's description (title) while the text stays in the cell.
 */
function useRefusalText(unit: 'cents' | 'number') {
  const { t } = useTranslation();
  const { language } = useAppSettings().settings;
  return (refusal: NumberRefusal) =>
    `${describeNumberRefusal(t, refusal, language, unit)} ${t('criteria.ui.comparison.badNumber')}`;
}

const ScoreCell = memo(function ScoreCell(props: {
  value: number | null;
  label: string;
  testId: string;
  tenderId: string;
  criterionId: string;
  onCommit: (tenderId: string, criterionId: string, value: number | null) => void;
}) {
  const refusalText = useRefusalText('number');
  const { tenderId, criterionId, onCommit } = props;
  const cell = useCellDraft(props.value, formatScore, parseScoreInput, (v) =>
    onCommit(tenderId, criterionId, v),
  );
  return (
    <input
      className={cell.refusal ? 'grid-input invalid' : 'grid-input'}
      inputMode="decimal"
      autoComplete="off"
      aria-label={props.label}
      aria-invalid={cell.refusal ? true : undefined}
      title={cell.refusal ? refusalText(cell.refusal) : undefined}
      data-testid={props.testId}
      {...cell.props}
    />
  );
});

const PriceCell = memo(function PriceCell(props: {
  cents: number | null;
  label: string;
  testId: string;
  tenderId: string;
  itemId: string;
  onCommit: (tenderId: string, itemId: string, cents: number) => void;
}) {
  const refusalText = useRefusalText('cents');
  const { language } = useAppSettings().settings;
  const format = useCallback(
    (c: number | null) => (c === null ? '' : centsToInput(c, language)),
    [language],
  );
  const parse = useCallback((text: string) => {
    const read = parseMoneyInput(text);
    return read.ok
      ? { ok: true as const, value: read.cents as number | null }
      : { ok: false as const, refusal: read.refusal };
  }, []);
  const cell = useCellDraft<number | null>(props.cents, format, parse, (v) => {
    if (v !== null) props.onCommit(props.tenderId, props.itemId, v);
  });
  return (
    <input
      className={cell.refusal ? 'grid-input invalid' : 'grid-input'}
      inputMode="decimal"
      autoComplete="off"
      aria-label={props.label}
      aria-invalid={cell.refusal ? true : undefined}
      title={cell.refusal ? refusalText(cell.refusal) : undefined}
      data-testid={props.testId}
      {...cell.props}
    />
  );
});

/** The chosen tender: tenderer, the evaluator's reasons, minimum requirements, exclusion. */
function TenderDetails(props: {
  set: CriteriaSet;
  tender: Tender;
  edit: (change: ComparisonEdit) => void;
  onRemoved: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useAppSettings().settings;
  const { set, tender, edit } = props;
  const change = (f: (x: Tender) => void) =>
    edit((r) => {
      const x = tenderIn(r, tender.id);
      if (x) f(x);
    });
  const idCheck =
    tender.tenderer.businessId.trim() === '' ? null : checkBusinessId(tender.tenderer.businessId);
  const idError =
    idCheck && !idCheck.ok
      ? idCheck.problem === 'format'
        ? t('settings.errors.businessIdFormat')
        : idCheck.problem === 'neverIssued'
          ? t('settings.errors.businessIdNeverIssued')
          : t('settings.errors.businessIdCheckDigit', {
              digits: tender.tenderer.businessId.trim().split('-')[0] ?? '',
              expected: idCheck.expectedCheckDigit ?? '',
            })
      : null;
  return (
    <section
      className="panel"
      aria-labelledby="tender-details-heading"
      data-testid="tender-details"
    >
      <Heading variant="h2" id="tender-details-heading" mb="s">
        {t('criteria.ui.tender.heading', { name: tender.tenderer.name })}
      </Heading>
      <div className="form-grid">
        <TextField
          label={t('criteria.ui.tender.name')}
          value={tender.tenderer.name}
          maxLength={200}
          onChange={(v) =>
            change((x) => {
              x.tenderer.name = v;
            })
          }
          testId="tender-name"
          fieldStatus={
            tender.tenderer.name.trim() === ''
              ? { status: 'error', statusText: t('criteria.ui.tender.nameMissing') }
              : undefined
          }
        />
        <TextField
          label={t('criteria.ui.tender.businessId')}
          hint={t('criteria.ui.tender.businessIdHint')}
          value={tender.tenderer.businessId}
          maxLength={20}
          onChange={(v) =>
            change((x) => {
              x.tenderer.businessId = v;
            })
          }
          testId="tender-business-id"
          fieldStatus={idError ? { status: 'error', statusText: idError } : undefined}
        />
      </div>
      {set.criteria.length > 0 && (
        <fieldset className="subpanel">
          <legend>{t('criteria.ui.tender.reasons')}</legend>
          {set.criteria.map((c, ci) => {
            const answer = tender.answers.find((a) => a.criterionId === c.id);
            return (
              <TextAreaField
                key={c.id}
                label={t('criteria.ui.tender.reasonFor', {
                  name:
                    textIn(c.name, language) ||
                    t('criteria.ui.comparison.criterionN', { n: ci + 1 }),
                  value:
                    answer?.value === null || answer === undefined
                      ? '–'
                      : formatScore(answer.value),
                })}
                value={answer?.reason ?? ''}
                maxLength={MAX_LONG_TEXT}
                rows={2}
                onChange={(v) => change((x) => setAnswerReason(x, c.id, v))}
                testId={`reason-${ci}`}
              />
            );
          })}
        </fieldset>
      )}
      {set.minimumRequirements.length > 0 && (
        <fieldset className="subpanel">
          <legend>{t('criteria.ui.tender.requirements')}</legend>
          {set.minimumRequirements.map((req, ri) => {
            const check = tender.requirements.find((r) => r.requirementId === req.id);
            const met = check?.met ?? true;
            return (
              <div key={req.id} className="requirement-check">
                <Checkbox
                  checked={met && check !== undefined}
                  onClick={({ checkboxState }) =>
                    change((x) => setRequirement(x, req.id, { met: checkboxState }))
                  }
                  data-testid={`requirement-met-${ri}`}
                >
                  {t('criteria.ui.tender.requirementMet', {
                    text: textIn(req.text, language) || String(ri + 1),
                  })}
                </Checkbox>
                {check && !check.met && (
                  <TextAreaField
                    label={t('criteria.ui.tender.requirementReason')}
                    value={check.reason}
                    maxLength={MAX_LONG_TEXT}
                    rows={2}
                    onChange={(v) => change((x) => setRequirement(x, req.id, { reason: v }))}
                    testId={`requirement-reason-${ri}`}
                    fieldStatus={
                      check.reason.trim() === ''
                        ? { status: 'error', statusText: t('criteria.ui.tender.reasonRequired') }
                        : undefined
                    }
                  />
                )}
              </div>
            );
          })}
        </fieldset>
      )}
      <fieldset className="subpanel">
        <legend>{t('criteria.ui.tender.exclusion')}</legend>
        <Checkbox
          checked={tender.exclusion !== null}
          onClick={({ checkboxState }) =>
            change((x) => {
              x.exclusion = checkboxState ? { reason: x.exclusion?.reason ?? '' } : null;
            })
          }
          data-testid="tender-excluded"
        >
          {t('criteria.ui.tender.excluded')}
        </Checkbox>
        {tender.exclusion && (
          <TextAreaField
            label={t('criteria.ui.tender.exclusionReason')}
            value={tender.exclusion.reason}
            maxLength={MAX_LONG_TEXT}
            rows={2}
            onChange={(v) =>
              change((x) => {
                if (x.exclusion) x.exclusion.reason = v;
              })
            }
            testId="tender-exclusion-reason"
            fieldStatus={
              tender.exclusion.reason.trim() === ''
                ? { status: 'error', statusText: t('criteria.ui.tender.reasonRequired') }
                : undefined
            }
          />
        )}
      </fieldset>
      <Button
        variant="secondary"
        onClick={() => {
          edit((r) => {
            r.tenders = r.tenders.filter((x) => x.id !== tender.id);
            r.drawingOrder = r.drawingOrder.filter((x) => x !== tender.id);
          });
          props.onRemoved();
        }}
        data-testid="tender-remove"
      >
        {t('criteria.ui.tender.remove')}
      </Button>
    </section>
  );
}

/**
 * Equal totals that the stated rules leave unresolved go to drawing lots (when that rule is
 * stated): the officer records the drawn order, best first, one tender at a time.
 */
function DrawingLots(props: {
  results: readonly TenderResult[];
  drawingOrder: readonly string[];
  names: readonly Tender[];
  canDraw: boolean;
  edit: (change: ComparisonEdit) => void;
}) {
  const { t } = useTranslation();
  const { edit } = props;
  const name = (id: string) => props.names.find((x) => x.id === id)?.tenderer.name ?? '';
  const tied = props.results.filter((r) => r.ranking?.tieUnresolved);
  if (tied.length === 0 && props.drawingOrder.length === 0) return null;
  return (
    <div className="subpanel" data-testid="drawing-lots">
      {tied.length > 0 && (
        <Paragraph mb="s">
          {props.canDraw
            ? t('criteria.ui.drawing.tied', { names: tied.map((r) => r.tendererName).join(', ') })
            : t('criteria.ui.drawing.noRule', {
                names: tied.map((r) => r.tendererName).join(', '),
              })}
        </Paragraph>
      )}
      {props.canDraw && tied.length > 0 && (
        <div className="row-actions">
          {tied.map((r) => (
            <Button
              key={r.tenderId}
              variant="secondary"
              onClick={() =>
                edit((x) => {
                  x.drawingOrder = [
                    ...x.drawingOrder.filter((id) => id !== r.tenderId),
                    r.tenderId,
                  ];
                })
              }
            >
              {t('criteria.ui.drawing.drawnNext', { name: r.tendererName })}
            </Button>
          ))}
        </div>
      )}
      {props.drawingOrder.length > 0 && (
        <>
          <Paragraph mb="xs">
            {t('criteria.ui.drawing.recorded', {
              order: props.drawingOrder.map((id) => name(id)).join(' → '),
            })}
          </Paragraph>
          <Button
            variant="secondaryNoBorder"
            onClick={() =>
              edit((x) => {
                x.drawingOrder = [];
              })
            }
          >
            {t('criteria.ui.drawing.clear')}
          </Button>
        </>
      )}
    </div>
  );
}
