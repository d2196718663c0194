import type { ProcurementV1 } from './v1';

/**
 * Version 2 (the planning phase) adds the contracting authority type, category, CPV codes,
 * lots and the planning data. Frozen shape of what this migration produces, written out so
 * that later schema changes cannot silently alter it.
 */
export interface ProcurementV2Additions {
  authorityType: 'subCentral';
  category: 'services';
  cpv: { main: null; additional: [] };
  lots: [];
  planning: {
    valuation: {
      undivided: { basis: 'annual'; amountCents: 0; additionalPurchasesCents: 0 };
      term: { kind: 'fixed'; baseMonths: 12; options: []; extensionMonths: 0 };
      prizesCents: 0;
      notes: '';
    };
    procedure: {
      kind: null;
      frameworkProcedure: 'open';
      frameworkDynamicElement: false;
      directAwardJustification: '';
      electronicTenders: true;
      urgency: false;
      urgencyJustification: '';
      priorInformationNotice: false;
      tenderDeadlineAgreed: false;
    };
    timeline: {
      marketDialogueStart: null;
      marketDialogueEnd: null;
      noticeSent: null;
      requestsDeadline: null;
      invitationsSent: null;
      questionsDeadline: null;
      tenderDeadline: null;
      evaluationEnd: null;
      decision: null;
      decisionDelivery: 'electronic';
      contractStart: null;
      optionDecisions: Record<string, never>;
    };
    screening: {
      labourIntensive: 'unknown';
      subcontractingPossible: 'unknown';
      apprenticeshipsPossible: 'unknown';
      notes: '';
    };
  };
}

/**
 * Migration 1 → 2: keeps every version 1 field as it was and adds empty planning data, with
 * a sub-central authority buying services as the neutral default the officer then adjusts.
 */
export function migrateV1ToV2(p: ProcurementV1): ProcurementV1 & ProcurementV2Additions {
  return {
    ...p,
    authorityType: 'subCentral',
    category: 'services',
    cpv: { main: null, additional: [] },
    lots: [],
    planning: {
      valuation: {
        undivided: { basis: 'annual', amountCents: 0, additionalPurchasesCents: 0 },
        term: { kind: 'fixed', baseMonths: 12, options: [], extensionMonths: 0 },
        prizesCents: 0,
        notes: '',
      },
      procedure: {
        kind: null,
        frameworkProcedure: 'open',
        frameworkDynamicElement: false,
        directAwardJustification: '',
        electronicTenders: true,
        urgency: false,
        urgencyJustification: '',
        priorInformationNotice: false,
        tenderDeadlineAgreed: false,
      },
      timeline: {
        marketDialogueStart: null,
        marketDialogueEnd: null,
        noticeSent: null,
        requestsDeadline: null,
        invitationsSent: null,
        questionsDeadline: null,
        tenderDeadline: null,
        evaluationEnd: null,
        decision: null,
        decisionDelivery: 'electronic',
        contractStart: null,
        optionDecisions: {},
      },
      screening: {
        labourIntensive: 'unknown',
        subcontractingPossible: 'unknown',
        apprenticeshipsPossible: 'unknown',
        notes: '',
      },
    },
  };
}
