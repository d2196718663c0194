import { describe, expect, it } from 'vitest';
import {
  clauseAnnualValueCents,
  obligationInputOf,
} from '../../../shared/domain/employmentClause/clauseInputs';
import { clauseProblems } from '../../../shared/domain/employmentClause/clauseCheck';
import {
  employmentClauseText,
  type ClauseVariant,
} from '../../../shared/domain/employmentClause/clauseText';
import {
  CLAUSE_FORMS,
  emptyEmploymentClause,
  type EmploymentClause,
} from '../../../shared/domain/employmentClause/employmentClause';
import {
  employmentTargetOf,
  employmentTargetSchema,
} from '../../../shared/domain/employmentClause/employmentTarget';
import { noticeFieldsOf } from '../../../shared/domain/employmentClause/noticeFields';
import { computeObligation } from '../../../shared/domain/employmentClause/obligation';
import { newProcurement, type Procurement } from '../../../shared/domain/procurement/procurement';
import type { UiLanguage } from '../../../shared/domain/workspace/organisationProfile';

const LANGUAGES: UiLanguage[] = ['fi', 'sv', 'en'];
const VARIANTS: ClauseVariant[] = ['callForTenders', 'contract'];

/** A services procurement: 1 000 000 € a year, 2 years + a 1-year option. */
function procurement(change: (c: EmploymentClause) => void = () => undefined): Procurement {
  const p = newProcurement({
    id: '11111111-1111-4111-8111-111111111111',
    title: 'Siivous',
    now: '2026-12-01T10:00:00.000Z',
  });
  p.planning.valuation.undivided = {
    basis: 'annual',
    amountCents: 100_000_000,
    additionalPurchasesCents: 0,
  };
  p.planning.valuation.term = {
    kind: 'fixed',
    baseMonths: 24,
    options: [
      { id: '22222222-2222-4222-8222-222222222222', count: 1, months: 12, likely: true, note: '' },
    ],
    extensionMonths: 0,
  };
  const clause = emptyEmploymentClause();
  clause.decision = 'use';
  clause.obligation = {
    method: 'shareOfAnnualValue',
    sharePercent: 5,
    monthlyLabourCostCents: 350_000,
    employerCostsIncluded: true,
  };
  clause.terms.reportingCadence = 'halfYearly';
  clause.terms.penalty = {
    kind: 'perMissingPersonMonth',
    amountCents: 150_000,
    capPercentOfAnnualValue: 10,
  };
  clause.terms.employmentServicesUnit = 'Tampereen seudun työllisyysalue';
  change(clause);
  p.employmentClause = clause;
  return p;
}

function text(p: Procurement, variant: ClauseVariant, language: UiLanguage): string {
  const clause = p.employmentClause;
  const obligation = computeObligation(
    clause.obligation,
    clause.counting.rounding,
    obligationInputOf(p),
  );
  return employmentClauseText({
    clause,
    obligation,
    annualValueCents: clauseAnnualValueCents(p),
    variant,
    language,
  })
    .paragraphs.map((para) => para.text)
    .join('\n')
    .replace(/[\u00a0\u202f]/g, ' '); // Intl's no-break spaces, as Word shows them
}

describe('clause text carries the calculator’s numbers in all three languages', () => {
  // 5 % of 1 000 000 € = 50 000 € ÷ 3 500 € = 14,29 → 14 a year; 28 + 14 = 42 with the option
  it.each(LANGUAGES)(
    '%s: per-year and total obligation, share, value and labour cost',
    (language) => {
      const t = text(procurement(), 'contract', language);
      expect(t).toMatch(/\b14 (henkilötyökuukautta|personmånader|person-months)/);
      expect(t).toMatch(/\b42\b/);
      expect(t).toMatch(/\b28\b/);
      expect(t).toContain(language === 'en' ? '€1,000,000' : '1 000 000 €');
      expect(t).toContain(language === 'en' ? '€3,500' : '3 500 €');
    },
  );

  it.each(LANGUAGES)(
    '%s: target groups, cadence and penalty appear and follow the choices',
    (language) => {
      const base = text(procurement(), 'contract', language);
      const words = {
        fi: {
          group: 'pitkäaikaistyöttömät (työttömänä vähintään 12 kuukautta)',
          cadence: 'puolivuosittain',
          penalty: '1 500 €',
          cap: '10 prosenttia',
        },
        sv: {
          group: 'långtidsarbetslösa (arbetslösa i minst 12 månader)',
          cadence: 'halvårsvis',
          penalty: '1 500 €',
          cap: '10 procent',
        },
        en: {
          group: 'long-term unemployed people (unemployed for at least 12 months)',
          cadence: 'every six months',
          penalty: '€1,500',
          cap: '10 per cent',
        },
      }[language];
      for (const w of Object.values(words)) expect(base).toContain(w);

      const changed = text(
        procurement((c) => {
          c.targetGroups = ['partiallyAbleToWork'];
          c.terms.reportingCadence = 'yearly';
          c.terms.penalty = { kind: 'none' };
          c.longTermUnemployedMonths = 24;
        }),
        'contract',
        language,
      );
      expect(changed).not.toContain(words.group);
      expect(changed).not.toContain(words.cadence);
      expect(changed).not.toContain(words.penalty);
      expect(changed).toContain(
        { fi: 'osatyökykyiset', sv: 'partiellt arbetsföra', en: 'people partially able to work' }[
          language
        ],
      );
      expect(changed).toContain({ fi: 'vuosittain', sv: 'årligen', en: 'yearly' }[language]);
    },
  );

  it('changes the numbers when the share changes (10 % → 28 a year)', () => {
    const t = text(
      procurement((c) => {
        c.obligation = {
          method: 'shareOfAnnualValue',
          sharePercent: 10,
          monthlyLabourCostCents: 350_000,
          employerCostsIncluded: true,
        };
      }),
      'callForTenders',
      'fi',
    );
    expect(t).toContain('28 henkilötyökuukautta kutakin täyttä sopimusvuotta');
    expect(t).toContain('10 prosenttia');
  });

  it('describes the award-criterion variant with its cap and points', () => {
    const t = text(
      procurement((c) => (c.form = 'awardCriterion')),
      'callForTenders',
      'fi',
    );
    expect(t).toContain('÷ 6 × 10');
    expect(t).toContain('enintään 10 pistettä');
  });

  it('writes the reserved contract with the 30 % staff condition (hankintalaki 18 §)', () => {
    for (const language of LANGUAGES) {
      const t = text(
        procurement((c) => (c.form = 'reservedContract')),
        'callForTenders',
        language,
      );
      expect(t).toContain('30');
      expect(t).toMatch(/18 (§|section)|section 18/);
    }
  });

  it('never names the former TE office, and names the municipal employment services, in any form, variant or language', () => {
    for (const form of CLAUSE_FORMS) {
      for (const variant of VARIANTS) {
        for (const language of LANGUAGES) {
          const t = text(
            procurement((c) => (c.form = form)),
            variant,
            language,
          );
          expect(t).not.toMatch(
            /\bTE[- ]?(toimisto|palvelu|byrå|office|services?)|työ- ja elinkeinotoimisto|arbets- och näringsbyrå/i,
          );
          if (form !== 'reservedContract') {
            expect(t).toMatch(
              /kunnan työllisyyspalvelu|kommunens sysselsättningstjänster|municipal employment services/,
            );
          }
        }
      }
    }
  });

  it('asks for pseudonymous references only, never names or identity codes', () => {
    expect(text(procurement(), 'contract', 'fi')).toContain(
      'eikä luovuta tilaajalle työllistettyjen nimiä, henkilötunnuksia',
    );
    expect(text(procurement(), 'contract', 'sv')).toContain('personbeteckningar');
  });
});

describe('what is still missing', () => {
  it('requires a reason when the clause is not used', () => {
    const p = procurement((c) => {
      c.decision = 'notUsed';
      c.notUsedReason = '';
    });
    const r = computeObligation(p.employmentClause.obligation, 'down', obligationInputOf(p));
    expect(clauseProblems(p.employmentClause, r)).toEqual([
      { kind: 'reasonMissing', blocking: true },
    ]);
  });

  it('requires target groups, a way to fulfil and a penalty amount', () => {
    const p = procurement((c) => {
      c.targetGroups = [];
      for (const w of Object.values(c.fulfilment)) w.allowed = false;
      c.terms.penalty = {
        kind: 'perMissingPersonMonth',
        amountCents: 0,
        capPercentOfAnnualValue: 10,
      };
    });
    const r = computeObligation(p.employmentClause.obligation, 'down', obligationInputOf(p));
    expect(clauseProblems(p.employmentClause, r).map((x) => x.kind)).toEqual([
      'noTargetGroups',
      'noFulfilmentWay',
      'penaltyAmountMissing',
    ]);
  });
});

describe('ready for the notice and for follow-up', () => {
  it('gives BT-06 soc-obj, BT-775 opp with the official eForms labels and a BT-777 text in fi and sv', () => {
    const n = noticeFieldsOf(procurement())!;
    expect(n.strategicProcurement.code).toBe('soc-obj');
    expect(n.socialProcurement.code).toBe('opp');
    expect(n.socialProcurement.label.fi).toBe(
      'Pitkäaikaistyöttömien, heikossa asemassa olevien ja/tai vammaisten henkilöiden työllistymismahdollisuudet',
    );
    expect(n.socialProcurement.label.sv).toContain('långtidsarbetslösa');
    expect(n.description.text.fi).toContain('14 henkilötyökuukautta');
    expect(n.description.text.sv).toContain('14 personmånader');
    expect(noticeFieldsOf(procurement((c) => (c.decision = 'notUsed')))).toBeNull();
  });

  it('keeps the obligation per year, per period and in total for follow-up, valid against its schema', () => {
    const target = employmentTargetOf(procurement())!;
    expect(employmentTargetSchema.parse(target)).toEqual(target);
    expect(target.years.map((y) => y.amount)).toEqual([14, 14, 14]);
    expect([target.baseTotal, target.optionsTotal, target.total]).toEqual([28, 14, 42]);
    expect(target.reportingCadence).toBe('halfYearly');
  });

  it('measures the clause against the lots it covers only', () => {
    const p = procurement();
    p.lots = [
      {
        id: '33333333-3333-4333-8333-333333333331',
        code: '1',
        name: 'A',
        description: '',
        value: { basis: 'annual', amountCents: 40_000_000, additionalPurchasesCents: 0 },
      },
      {
        id: '33333333-3333-4333-8333-333333333332',
        code: '2',
        name: 'B',
        description: '',
        value: { basis: 'monthly', amountCents: 5_000_000, additionalPurchasesCents: 0 },
      },
    ];
    expect(clauseAnnualValueCents(p)).toBe(100_000_000); // 400 000 € + 50 000 € × 12
    p.employmentClause.lotIds = ['33333333-3333-4333-8333-333333333332'];
    expect(clauseAnnualValueCents(p)).toBe(60_000_000);
  });
});
