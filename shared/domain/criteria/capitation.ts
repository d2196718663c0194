import { productCents, withTotal, type FormulaLine, type FormulaView } from './formulaLine';
import { RISK_GROUPS, type CapitationModel, type RiskGroup } from './paymentModel';

/** A refusal in the capitation model; text `criteria.capitationIssues.<code>`. */
export interface CapitationIssue {
  path: string;
  code: 'clientCapExceeded' | 'priceOutsideRange' | 'groupMissing';
  params: Record<string, string | number>;
}

/** Either the result or the reasons it was refused. */
export type CapitationResult<T> = { ok: true; value: T } | { ok: false; issues: CapitationIssue[] };

/**
 * Admits one more client to a provider, refusing beyond the per-provider cap (Pohjois-Savo
 * sketch: 700 clients per provider, DOMAIN.md § 3–4). With 700 clients the 701st is refused
 * with a message naming the cap.
 */
export function admitClient(
  model: CapitationModel,
  currentClients: number,
): CapitationResult<number> {
  const next = currentClients + 1;
  if (next > model.clientCapPerProvider) {
    return {
      ok: false,
      issues: [
        {
          path: 'clients',
          code: 'clientCapExceeded',
          params: { clientNumber: next, cap: model.clientCapPerProvider },
        },
      ],
    };
  }
  return { ok: true, value: next };
}

/** The terms of one risk group (the schema keeps all three). */
function termsOf(model: CapitationModel, group: RiskGroup) {
  return model.riskGroups.find((g) => g.group === group);
}

/**
 * Monthly capitation (Pohjois-Savo sketch, DOMAIN.md § 4): for each risk group, clients ×
 * offered monthly price × capitation weight (0.9 / 1.0 / 1.2). The sketch gives the weights
 * and a buyer-set monthly price range per group without fixing how they combine; here the
 * offered monthly price per group must lie in the buyer's range and the weight multiplies it.
 * Refused when the offered price is outside the range or the clients exceed the cap.
 */
export function capitationMonth(
  model: CapitationModel,
  offeredMonthlyPriceCents: Record<RiskGroup, number>,
  clients: Record<RiskGroup, number>,
): CapitationResult<FormulaView> {
  const issues: CapitationIssue[] = [];
  const totalClients = RISK_GROUPS.reduce((s, g) => s + clients[g], 0);
  if (totalClients > model.clientCapPerProvider) {
    issues.push({
      path: 'clients',
      code: 'clientCapExceeded',
      params: { clientNumber: totalClients, cap: model.clientCapPerProvider },
    });
  }
  const lines: FormulaLine[] = [];
  for (const group of RISK_GROUPS) {
    const terms = termsOf(model, group);
    if (!terms) {
      issues.push({ path: `riskGroups.${group}`, code: 'groupMissing', params: { group } });
      continue;
    }
    const price = offeredMonthlyPriceCents[group];
    if (price < terms.monthlyPriceMinCents || price > terms.monthlyPriceMaxCents) {
      issues.push({
        path: `offeredMonthlyPriceCents.${group}`,
        code: 'priceOutsideRange',
        params: {
          group,
          priceCents: price,
          minCents: terms.monthlyPriceMinCents,
          maxCents: terms.monthlyPriceMaxCents,
        },
      });
    }
    lines.push({
      labelKey: `capitationGroup.${group}`,
      params: { clients: clients[group], monthlyPriceCents: price, weight: terms.capitationWeight },
      valueCents: productCents(clients[group], price, terms.capitationWeight),
    });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: withTotal(lines) };
}

/**
 * Result fee of one invoicing period (every 4 months in the sketch; DOMAIN.md § 4): for each
 * risk group, verified employment hours × fee per hour × result fee weight (0.4 / 0.8 / 1.5);
 * then each bonus or sanction that applies this period adds its percentage of that sum.
 */
export function resultFeeInvoice(
  model: CapitationModel,
  verifiedHours: Record<RiskGroup, number>,
  appliedBonusSanctionIds: readonly string[] = [],
): FormulaView {
  const lines: FormulaLine[] = RISK_GROUPS.map((group) => {
    const weight = termsOf(model, group)?.resultFeeWeight ?? 0;
    return {
      labelKey: `resultFeeGroup.${group}`,
      params: { hours: verifiedHours[group], feePerHourCents: model.resultFeePerHourCents, weight },
      valueCents: productCents(verifiedHours[group], model.resultFeePerHourCents, weight),
    };
  });
  const feeCents = lines.reduce((s, l) => s + l.valueCents, 0);
  for (const factor of model.bonusSanctions) {
    if (!appliedBonusSanctionIds.includes(factor.id)) continue;
    lines.push({
      labelKey: factor.factorPercent >= 0 ? 'resultFeeBonus' : 'resultFeeSanction',
      params: { name: factor.name.fi, factorPercent: factor.factorPercent, feeCents },
      valueCents: productCents(feeCents, factor.factorPercent / 100),
    });
  }
  return withTotal(lines);
}
