import type { ProcedureKind } from './procedureChoice';
import type { Regime } from './regime';

/**
 * The procedure guide: for each option, where the Act allows it and what it requires.
 * Sources (hankintalaki 1397/2016): open 32 §, restricted 33 §, negotiated 34–35 §,
 * competitive dialogue 36–37 §, innovation partnership 38–39 §, direct award 40–41 §
 * (national procurements via 100 § 2 mom., liite E via 109 § 2 mom. and 110 §), framework
 * agreement 42–43 §, dynamic purchasing system 49–52 §. National procurements and liite E
 * services may use a procedure the authority designs itself, as long as it is described in
 * the notice and follows the principles of 3 § (100 § 1 mom., 109 § 1 mom.).
 */
export interface ProcedureGuideEntry {
  kind: ProcedureKind;
  allowedIn: readonly Regime[];
  /** In EU procurements the Act lists the situations where it may be used. */
  conditionalInEu: boolean;
  /** A written justification is required (direct award). */
  requiresJustification: boolean;
  /** Two stages: requests to participate, then tenders from the selected candidates. */
  twoStage: boolean;
  source: string;
}

const ALL: readonly Regime[] = ['belowNational', 'national', 'eu', 'utilityBelowEu'];
const UNDER_ACT_AND_BELOW: readonly Regime[] = ALL;

/** Every option of the guide, in the order it is shown. */
export const PROCEDURE_GUIDE: readonly ProcedureGuideEntry[] = [
  {
    kind: 'open',
    allowedIn: ALL,
    conditionalInEu: false,
    requiresJustification: false,
    twoStage: false,
    source: 'Hankintalaki 1397/2016 32 §',
  },
  {
    kind: 'restricted',
    allowedIn: ALL,
    conditionalInEu: false,
    requiresJustification: false,
    twoStage: true,
    source: 'Hankintalaki 1397/2016 33 §',
  },
  {
    kind: 'negotiated',
    allowedIn: ALL,
    conditionalInEu: true,
    requiresJustification: false,
    twoStage: true,
    source: 'Hankintalaki 1397/2016 34–35 §',
  },
  {
    kind: 'competitiveDialogue',
    allowedIn: ALL,
    conditionalInEu: true,
    requiresJustification: false,
    twoStage: true,
    source: 'Hankintalaki 1397/2016 36–37 §',
  },
  {
    kind: 'innovationPartnership',
    allowedIn: UNDER_ACT_AND_BELOW,
    conditionalInEu: false,
    requiresJustification: false,
    twoStage: true,
    source: 'Hankintalaki 1397/2016 38–39 §',
  },
  {
    kind: 'frameworkAgreement',
    allowedIn: ALL,
    conditionalInEu: false,
    requiresJustification: false,
    twoStage: false,
    source: 'Hankintalaki 1397/2016 42–43 §',
  },
  {
    kind: 'dynamicPurchasingSystem',
    allowedIn: UNDER_ACT_AND_BELOW,
    conditionalInEu: false,
    requiresJustification: false,
    twoStage: true,
    source: 'Hankintalaki 1397/2016 49–52 §',
  },
  {
    kind: 'directAward',
    allowedIn: ALL,
    conditionalInEu: true,
    requiresJustification: true,
    twoStage: false,
    source: 'Hankintalaki 1397/2016 40–41 §, 100 § 2 mom., 109 § 2 mom., 110 §',
  },
  {
    kind: 'smallProcurement',
    allowedIn: ['belowNational', 'utilityBelowEu'],
    conditionalInEu: false,
    requiresJustification: false,
    twoStage: false,
    source: 'Hankintalaki 1397/2016 25 § 2 mom.',
  },
];

/** The guide entry of a procedure. */
export function procedureGuide(kind: ProcedureKind): ProcedureGuideEntry {
  const entry = PROCEDURE_GUIDE.find((e) => e.kind === kind);
  if (!entry) throw new Error(`No guide entry for ${kind}`);
  return entry;
}

/** True when the procedure may be used in the regime. */
export function isProcedureAllowed(kind: ProcedureKind, regime: Regime): boolean {
  return procedureGuide(kind).allowedIn.includes(regime);
}

/**
 * The procedure whose time limits apply: a framework agreement is awarded with the open or
 * restricted procedure chosen for it.
 */
export function effectiveProcedure(
  kind: ProcedureKind,
  frameworkProcedure: 'open' | 'restricted',
): ProcedureKind {
  return kind === 'frameworkAgreement' ? frameworkProcedure : kind;
}

/** Whether a procedure can be chosen in the regime, and why not. */
export type ProcedureAvailability =
  | { kind: 'available' }
  /** The regime is not known yet (no value or no table): nothing is refused. */
  | { kind: 'regimeUnknown' }
  | {
      kind: 'refused';
      /**
       * `smallProcurementUnderAct`: a small procurement (pienhankinta) is only possible below
       * the national threshold (hankintalaki 25 § 2 mom.) or, for utilities, below the EU
       * threshold (laki 1398/2016); `notInRegime`: the guide does not list the regime.
       */
      reason: 'smallProcurementUnderAct' | 'notInRegime';
      regime: Regime;
    };

/**
 * Decides at choice time whether the procedure section offers a procedure (issue 7 § 1:
 * a small procurement is refused when the regime is EU or national, not only flagged later
 * by the timeline check). Uses the guide's `allowedIn`, so the section and the check agree.
 */
export function procedureAvailability(
  kind: ProcedureKind,
  regime: Regime | null,
): ProcedureAvailability {
  if (regime === null) return { kind: 'regimeUnknown' };
  if (isProcedureAllowed(kind, regime)) return { kind: 'available' };
  return {
    kind: 'refused',
    reason: kind === 'smallProcurement' ? 'smallProcurementUnderAct' : 'notInRegime',
    regime,
  };
}
