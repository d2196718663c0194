import { assertNever } from '../../assertNever';
import { formatEuro } from '../../format';
import { translate } from '../../i18n';
import type { UiLanguage } from '../workspace/organisationProfile';
import {
  criteriaForLot,
  type CriteriaPlan,
  type CriteriaSet,
  type ScoredCriterion,
} from './criteriaPlan';
import type { FormulaLine } from './formulaLine';
import { textIn } from './localizedText';
import type { Traced } from './scoring';

/** A text of the criteria catalog (`criteria.<key>`) with its values. */
export interface CriteriaStatement {
  key: string;
  params: Record<string, string | number>;
}

/**
 * Number shown in a text: at most two decimals (the rounding rule of the documents), with
 * the language's decimal mark; a parameter whose name ends in `Cents` is shown in euros.
 */
export function localizeParams(
  params: Record<string, string | number>,
  language: UiLanguage,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value !== 'number') out[name] = value;
    else if (name.endsWith('Cents')) out[name] = formatEuro(value, language);
    else {
      const rounded = Math.round(value * 100) / 100;
      const text = String(rounded);
      out[name] = language === 'en' ? text : text.replace('.', ',');
    }
  }
  return out;
}

/** One statement in words, in fi, sv or en. */
export function renderStatement(statement: CriteriaStatement, language: UiLanguage): string {
  return translate(
    language,
    `criteria.${statement.key}`,
    localizeParams(statement.params, language),
  );
}

/** How a traced number was computed, in words (click a number, see how). */
export function describeTraced(traced: Traced, language: UiLanguage): string {
  return renderStatement({ key: `formulas.${traced.formula}`, params: traced.inputs }, language);
}

/** One line of a payment model's formula view, in words with its amount. */
export function describeFormulaLine(line: FormulaLine, language: UiLanguage): string {
  const text = renderStatement(
    { key: `formulaLines.${line.labelKey}`, params: line.params },
    language,
  );
  return `${text} = ${formatEuro(line.valueCents, language)}`;
}

function criterionStatements(c: ScoredCriterion, language: UiLanguage): CriteriaStatement[] {
  const points = c.weightPercent;
  const out: CriteriaStatement[] = [
    { key: 'describe.criterion', params: { name: textIn(c.name, language), points } },
  ];
  if (c.kind === 'employmentCommitment') {
    out.push(
      c.params === null
        ? { key: 'describe.employmentCommitmentOpen', params: {} }
        : {
            key: 'describe.employmentCommitment',
            params: {
              baseline: c.params.baselinePersonMonths,
              cap: c.params.capPersonMonths,
              points,
            },
          },
    );
    return out;
  }
  const scoring = c.scoring;
  switch (scoring.kind) {
    case 'yesNo':
      out.push({ key: 'describe.yesNo', params: { points } });
      break;
    case 'scale':
      out.push({ key: 'describe.scale', params: { maxLevel: scoring.maxLevel } });
      for (const level of [...scoring.levels].sort((a, b) => a.level - b.level)) {
        out.push({
          key: 'describe.scaleLevel',
          params: { level: level.level, description: textIn(level.description, language) },
        });
      }
      break;
    case 'measured':
      out.push({
        key:
          scoring.direction === 'higherIsBetter'
            ? 'describe.measuredHigher'
            : 'describe.measuredLower',
        params: { unit: textIn(scoring.unit, language), points },
      });
      break;
    default:
      assertNever(scoring);
  }
  return out;
}

/**
 * Every choice of a criteria set as statements for the invitation to tender and the
 * evaluation report (hankintalaki 94 §: criteria and weighting stated; DOMAIN.md § 4: the
 * quality scaling and tie-break stated in advance), in the order the documents print them.
 */
export function describeCriteria(set: CriteriaSet, language: UiLanguage): CriteriaStatement[] {
  const out: CriteriaStatement[] = [{ key: `describe.basis.${set.awardBasis}`, params: {} }];
  const quality = set.criteria.reduce((s, c) => s + c.weightPercent, 0);
  if (set.awardBasis === 'bestPriceQuality') {
    out.push({ key: 'describe.weights', params: { price: set.priceWeightPercent, quality } });
  }
  out.push({ key: 'describe.comparisonPrice', params: {} });
  out.push({
    key: set.priceFormula === 'linear' ? 'describe.priceLinear' : 'describe.priceRatioToLowest',
    params: { points: set.priceWeightPercent },
  });
  if (set.criteria.length > 0) {
    out.push({
      key: set.qualityScaling === 'toBest' ? 'describe.qualityToBest' : 'describe.qualityToMaximum',
      params: {},
    });
    for (const c of set.criteria) out.push(...criterionStatements(c, language));
  }
  if (set.minimumRequirements.length > 0) {
    out.push({ key: 'describe.minimumRequirements', params: {} });
    for (const r of set.minimumRequirements) {
      out.push({ key: 'describe.minimumRequirement', params: { text: textIn(r.text, language) } });
    }
  }
  if (set.tieBreak.length === 0) out.push({ key: 'describe.tieBreakMissing', params: {} });
  else {
    const rules = set.tieBreak
      .map((rule, i) => `${i + 1}) ${translate(language, `criteria.tieBreakRule.${rule}`)}`)
      .join(', ');
    out.push({ key: 'describe.tieBreak', params: { rules } });
  }
  out.push({
    key:
      set.rounding.stage === 'presentationOnly'
        ? 'describe.roundingPresentationOnly'
        : 'describe.roundingPerCriterion',
    params: { decimals: set.rounding.decimals },
  });
  const model = set.paymentModel;
  if (model !== null) {
    switch (model.kind) {
      case 'unitPrice':
        out.push({
          key: 'describe.paymentUnitPrice',
          params: { unit: translate(language, `criteria.priceUnit.${model.unit}`) },
        });
        break;
      case 'fixedPrice':
        out.push({ key: 'describe.paymentFixedPrice', params: {} });
        break;
      case 'impactBased':
        out.push({
          key: 'describe.paymentImpactBased',
          params: {
            share: model.baseSharePercent,
            delay: model.verificationDelayMonths,
            ...model.outcomeMultiples,
          },
        });
        break;
      case 'capitation': {
        const g = (group: string) => model.riskGroups.find((r) => r.group === group);
        out.push({
          key: 'describe.paymentCapitation',
          params: {
            capEasy: g('easy')?.capitationWeight ?? 0,
            capAverage: g('average')?.capitationWeight ?? 0,
            capHard: g('hard')?.capitationWeight ?? 0,
            feeEasy: g('easy')?.resultFeeWeight ?? 0,
            feeAverage: g('average')?.resultFeeWeight ?? 0,
            feeHard: g('hard')?.resultFeeWeight ?? 0,
            feePerHourCents: model.resultFeePerHourCents,
            interval: model.invoicingIntervalMonths,
            cap: model.clientCapPerProvider,
          },
        });
        break;
      }
      default:
        assertNever(model);
    }
  }
  return out;
}

/** The criteria set as plain-words paragraphs in one language (documents and preview). */
export function describeCriteriaText(set: CriteriaSet, language: UiLanguage): string[] {
  return describeCriteria(set, language).map((s) => renderStatement(s, language));
}

/** The criteria of one section of the documents: the whole procurement (`lotId` null) or a lot. */
export interface CriteriaSection {
  lotId: string | null;
  statements: CriteriaStatement[];
}

/**
 * The plan in plain words: one section for the common criteria, and one for each lot whose
 * criteria differ (lots following the common criteria are covered by the first section).
 */
export function describeCriteriaPlan(plan: CriteriaPlan, language: UiLanguage): CriteriaSection[] {
  return [
    { lotId: null, statements: describeCriteria(plan.common, language) },
    ...plan.lotOverrides.map((o) => ({
      lotId: o.lotId,
      statements: describeCriteria(criteriaForLot(plan, o.lotId), language),
    })),
  ];
}
