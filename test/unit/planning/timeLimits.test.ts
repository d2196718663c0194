import { describe, expect, it } from 'vitest';
import {
  defaultProcedureChoice,
  type ProcedureChoice,
} from '../../../shared/domain/planning/procedureChoice';
import type {
  AuthorityType,
  ProcurementCategory,
} from '../../../shared/domain/procurement/procurementCategory';
import type { Regime } from '../../../shared/domain/planning/regime';
import {
  isTwoStage,
  minimumTimeLimits,
  type MinimumTimeLimits,
} from '../../../shared/domain/planning/timeLimits';

function limitsFor(
  procedure: Partial<ProcedureChoice>,
  options: {
    regime?: Regime;
    authorityType?: AuthorityType;
    category?: ProcurementCategory;
    ownDays?: number;
  } = {},
): MinimumTimeLimits {
  return minimumTimeLimits({
    regime: options.regime ?? 'eu',
    authorityType: options.authorityType ?? 'subCentral',
    category: options.category ?? 'services',
    procedure: { ...defaultProcedureChoice, ...procedure },
    nationalMinimumTenderDays: options.ownDays ?? 14,
  });
}

/** The limits of a case that must have them. */
function applied(limits: MinimumTimeLimits) {
  if (limits.kind !== 'limits') throw new Error(`expected limits, got ${limits.kind}`);
  return limits;
}

const paper = { electronicTenders: false };

describe('EU open procedure (hankintalaki 56–57 §)', () => {
  it('EU open procedure: 35 days from sending the notice without electronic tenders (hankintalaki 56 § 2 mom.)', () => {
    const l = applied(limitsFor({ kind: 'open', ...paper }));
    expect(l.tenders).toEqual({
      days: 35,
      from: 'noticeSent',
      statutory: true,
      rule: 'euOpen',
      source: 'Hankintalaki 1397/2016 56 § 2 mom.',
    });
    expect(l.requests).toBeNull();
  });

  it('EU open procedure: 30 days from sending with electronic tenders (hankintalaki 56 § 2–3 mom.)', () => {
    const l = applied(limitsFor({ kind: 'open', electronicTenders: true }));
    expect(l.tenders).toMatchObject({ days: 30, from: 'noticeSent', rule: 'euOpenElectronic' });
    expect(l.tenders?.source).toBe('Hankintalaki 1397/2016 56 § 2–3 mom.');
  });

  it('EU open procedure: 15 days in substantiated urgency (hankintalaki 57 § 1 mom.)', () => {
    const l = applied(limitsFor({ kind: 'open', urgency: true, ...paper }));
    expect(l.tenders).toMatchObject({ days: 15, rule: 'euOpenUrgency' });
  });

  it('EU open procedure: 15 days after a prior information notice (hankintalaki 57 § 2 mom.)', () => {
    const l = applied(limitsFor({ kind: 'open', priorInformationNotice: true, ...paper }));
    expect(l.tenders).toMatchObject({ days: 15, rule: 'euOpenPin' });
    expect(l.notes.map((n) => n.key)).toContain('pinConditions');
  });

  it('does not take 5 more days off the urgency limit for electronic tenders (hankintalaki 56 § 3 mom. applies to 56 § 2 mom. only)', () => {
    const l = applied(limitsFor({ kind: 'open', urgency: true, electronicTenders: true }));
    expect(l.tenders?.days).toBe(15);
    expect(l.notes.map((n) => n.key)).toContain('electronicNotStacked');
  });

  it('requires additional information 6 days before the deadline, 4 in urgency (hankintalaki 56 § 5 mom.)', () => {
    expect(applied(limitsFor({ kind: 'open' })).additionalInformation).toEqual({
      daysBefore: 6,
      source: 'Hankintalaki 1397/2016 56 § 5 mom.',
    });
    expect(
      applied(limitsFor({ kind: 'open', urgency: true })).additionalInformation?.daysBefore,
    ).toBe(4);
  });

  it('reminds that site visits call for longer periods (hankintalaki 56 § 1 mom.)', () => {
    expect(applied(limitsFor({ kind: 'open' })).notes).toContainEqual({
      key: 'siteVisits',
      source: 'Hankintalaki 1397/2016 56 § 1 mom.',
    });
  });
});

describe('EU restricted procedure (hankintalaki 56 § 2–4 mom., 57 §)', () => {
  const central = { authorityType: 'central' as const };

  it('EU restricted procedure: 30 days for requests from the notice and 30 for tenders from the invitation (hankintalaki 56 § 2 mom.)', () => {
    const l = applied(limitsFor({ kind: 'restricted', ...paper }, central));
    expect(l.requests).toMatchObject({ days: 30, from: 'noticeSent', rule: 'euRequests' });
    expect(l.tenders).toMatchObject({ days: 30, from: 'invitationsSent', rule: 'euTenders' });
  });

  it('EU restricted procedure: tenders 25 days with electronic tenders (hankintalaki 56 § 2–3 mom.)', () => {
    const l = applied(limitsFor({ kind: 'restricted', electronicTenders: true }, central));
    expect(l.tenders).toMatchObject({ days: 25, rule: 'euTendersElectronic' });
    expect(l.requests?.days).toBe(30);
  });

  it('EU restricted procedure: tenders 10 days after a prior information notice (hankintalaki 57 § 2 mom.)', () => {
    const l = applied(limitsFor({ kind: 'restricted', priorInformationNotice: true }, central));
    expect(l.tenders).toMatchObject({ days: 10, rule: 'euTendersPin' });
    expect(l.requests?.days).toBe(30);
  });

  it('EU restricted procedure in urgency: requests 15 and tenders 10 days (hankintalaki 57 § 1 mom.)', () => {
    const l = applied(limitsFor({ kind: 'restricted', urgency: true }, central));
    expect(l.requests).toMatchObject({ days: 15, rule: 'euRequestsUrgency' });
    expect(l.tenders).toMatchObject({ days: 10, rule: 'euTendersUrgency' });
  });

  it('sub-central restricted procedure with an agreed tender deadline has no minimum, the same for all (hankintalaki 56 § 4 mom.)', () => {
    const l = applied(limitsFor({ kind: 'restricted', tenderDeadlineAgreed: true }));
    expect(l.tenders).toBeNull();
    expect(l.requests?.days).toBe(30);
    expect(l.notes).toContainEqual({
      key: 'tenderDeadlineAgreed',
      source: 'Hankintalaki 1397/2016 56 § 4 mom.',
    });
  });

  it('sub-central restricted procedure without agreement: at least 10 days from the invitation (hankintalaki 56 § 4 mom.)', () => {
    const l = applied(limitsFor({ kind: 'restricted', tenderDeadlineAgreed: false }));
    expect(l.tenders).toEqual({
      days: 10,
      from: 'invitationsSent',
      statutory: true,
      rule: 'euSubCentralNoAgreement',
      source: 'Hankintalaki 1397/2016 56 § 4 mom.',
    });
  });

  it('central government cannot agree the deadline: the flag is ignored (hankintalaki 56 § 4 mom.)', () => {
    const l = applied(limitsFor({ kind: 'restricted', tenderDeadlineAgreed: true }, central));
    expect(l.tenders?.days).toBe(25);
  });
});

describe('other EU procedures (hankintalaki 56–57 §)', () => {
  it('negotiated procedure: requests 30, initial tenders 25 electronically (hankintalaki 56 § 2–3 mom.)', () => {
    const l = applied(limitsFor({ kind: 'negotiated' }));
    expect(l.requests?.days).toBe(30);
    expect(l.tenders).toMatchObject({ days: 25, from: 'invitationsSent' });
  });

  it('negotiated procedure in urgency: requests 15, tenders 10 (hankintalaki 57 § 1 mom.)', () => {
    const l = applied(limitsFor({ kind: 'negotiated', urgency: true }));
    expect(l.requests?.days).toBe(15);
    expect(l.tenders?.days).toBe(10);
  });

  it('innovation partnership: requests 30, initial tenders 30 or 25 electronically; no urgency (hankintalaki 56 § 2–3 mom., 57 § 1 mom.)', () => {
    expect(applied(limitsFor({ kind: 'innovationPartnership', ...paper })).tenders?.days).toBe(30);
    const urgent = applied(limitsFor({ kind: 'innovationPartnership', urgency: true }));
    expect(urgent.requests?.days).toBe(30);
    expect(urgent.tenders?.days).toBe(25);
    expect(urgent.notes.map((n) => n.key)).toContain('urgencyNotApplicable');
  });

  it('competitive dialogue: requests 30, no statutory minimum for tenders (hankintalaki 56 § 2 mom.)', () => {
    const l = applied(limitsFor({ kind: 'competitiveDialogue' }));
    expect(l.requests?.days).toBe(30);
    expect(l.tenders).toBeNull();
    expect(l.notes.map((n) => n.key)).toContain('noStatutoryTenderMinimum');
  });

  it('dynamic purchasing system: requests 30, tenders 10 from the invitation (hankintalaki 56 § 2 mom.)', () => {
    const l = applied(limitsFor({ kind: 'dynamicPurchasingSystem' }));
    expect(l.requests?.days).toBe(30);
    expect(l.tenders).toMatchObject({ days: 10, from: 'invitationsSent', rule: 'euDpsTenders' });
  });

  it('framework agreement uses the limits of its award procedure (hankintalaki 42 §, 56 §)', () => {
    const open = applied(limitsFor({ kind: 'frameworkAgreement', frameworkProcedure: 'open' }));
    expect(open.tenders).toMatchObject({ days: 30, from: 'noticeSent' });
    expect(open.requests).toBeNull();
    expect(open.notes.map((n) => n.key)).toContain('frameworkCallOffs');
    const restricted = applied(
      limitsFor(
        { kind: 'frameworkAgreement', frameworkProcedure: 'restricted' },
        { authorityType: 'central' },
      ),
    );
    expect(restricted.requests?.days).toBe(30);
    expect(restricted.tenders).toMatchObject({ days: 25, from: 'invitationsSent' });
  });

  it('direct award and small procurement have no time limits (hankintalaki 40 §, 25 § 2 mom.)', () => {
    expect(limitsFor({ kind: 'directAward' })).toMatchObject({
      kind: 'none',
      reason: 'directAward',
    });
    expect(limitsFor({ kind: 'smallProcurement' }, { regime: 'belowNational' })).toMatchObject({
      kind: 'none',
      reason: 'belowNational',
    });
    expect(limitsFor({ kind: 'smallProcurement' })).toMatchObject({
      kind: 'none',
      reason: 'smallProcurement',
    });
  });

  it('gives no limits until a procedure is chosen (hankintalaki 32–52 §)', () => {
    expect(limitsFor({ kind: null })).toMatchObject({ kind: 'none', reason: 'procedureNotChosen' });
  });
});

describe('concessions (hankintalaki 121 §)', () => {
  const concession = { category: 'serviceConcession' as const, regime: 'national' as const };

  it('single-stage concession: 30 days from sending the notice, 25 electronically (hankintalaki 121 § 1–2 mom.)', () => {
    expect(applied(limitsFor({ kind: 'open', ...paper }, concession)).tenders).toMatchObject({
      days: 30,
      from: 'noticeSent',
      rule: 'concessionSingleStage',
    });
    expect(applied(limitsFor({ kind: 'open' }, concession)).tenders?.days).toBe(25);
  });

  it('two-stage concession: requests 30 days, tenders 22 days from the invitation (hankintalaki 121 § 1 mom.)', () => {
    const l = applied(limitsFor({ kind: 'restricted', ...paper }, concession));
    expect(l.frame).toBe('concession');
    expect(l.requests).toMatchObject({ days: 30, from: 'noticeSent', rule: 'concessionRequests' });
    expect(l.tenders).toMatchObject({
      days: 22,
      from: 'invitationsSent',
      rule: 'concessionTenders',
    });
  });

  it('two-stage concession: tenders 17 days with electronic tenders (hankintalaki 121 § 2 mom.)', () => {
    const l = applied(
      limitsFor({ kind: 'negotiated' }, { ...concession, category: 'worksConcession' }),
    );
    expect(l.tenders).toMatchObject({ days: 17, rule: 'concessionTendersElectronic' });
    expect(l.requests?.days).toBe(30);
  });

  it('applies the same rules above the EU threshold and has no urgency reduction (hankintalaki 116 §, 121 §)', () => {
    const l = applied(limitsFor({ kind: 'open', urgency: true }, { ...concession, regime: 'eu' }));
    expect(l.tenders?.days).toBe(25);
    expect(l.additionalInformation).toBeNull();
    expect(l.notes.map((n) => n.key)).toContain('urgencyNotApplicable');
  });
});

describe('national procurements and liite E services (hankintalaki 102 § 1 mom. 10 k., 12 luku)', () => {
  it('national procurement: the organisation’s own minimum, not statutory (hankintalaki 102 § 1 mom. 10 k.)', () => {
    const l = applied(limitsFor({ kind: 'open' }, { regime: 'national', ownDays: 14 }));
    expect(l.frame).toBe('national');
    expect(l.tenders).toMatchObject({
      days: 14,
      from: 'noticeSent',
      statutory: false,
      rule: 'nationalOwnMinimum',
    });
    expect(l.additionalInformation).toBeNull();
    expect(l.notes.map((n) => n.key)).toContain('reasonableTimeLimit');
  });

  it('national two-stage procedure counts the own minimum from the invitation (hankintalaki 102 § 1 mom. 10 k.)', () => {
    const l = applied(limitsFor({ kind: 'restricted' }, { regime: 'national', ownDays: 21 }));
    expect(l.tenders).toMatchObject({ days: 21, from: 'invitationsSent', statutory: false });
    expect(l.requests).toBeNull();
  });

  it('national procurement without an own minimum notes that none is set (hankintalaki 102 § 1 mom. 10 k.)', () => {
    const l = applied(limitsFor({ kind: 'open' }, { regime: 'national', ownDays: 0 }));
    expect(l.tenders).toBeNull();
    expect(l.notes.map((n) => n.key)).toContain('ownMinimumNotSet');
  });

  it('liite E services at EU level have no statutory minimum either (hankintalaki 109 § 1 mom., 3 §)', () => {
    const l = applied(
      limitsFor({ kind: 'open' }, { regime: 'eu', category: 'socialHealthServices' }),
    );
    expect(l.frame).toBe('annexE');
    expect(l.tenders).toMatchObject({ days: 14, statutory: false, rule: 'annexEOwnMinimum' });
    expect(l.additionalInformation).toBeNull();
  });

  it('liite E services at national level use the own minimum (hankintalaki 109 § 1 mom.)', () => {
    const l = applied(
      limitsFor({ kind: 'open' }, { regime: 'national', category: 'otherSpecificServices' }),
    );
    expect(l.frame).toBe('annexE');
    expect(l.notes.map((n) => n.key)).toContain('annexEReasonable');
  });

  it('below the national threshold there are no time limits (hankintalaki 25 § 2 mom.)', () => {
    expect(limitsFor({ kind: 'open' }, { regime: 'belowNational' })).toEqual({
      kind: 'none',
      reason: 'belowNational',
      source: 'Hankintalaki 1397/2016 25 § 2 mom.',
    });
  });
});

describe('utilities (laki 1398/2016)', () => {
  it('utilities above the EU threshold: time limits not computed (laki 1398/2016)', () => {
    expect(limitsFor({ kind: 'open' }, { authorityType: 'utility', regime: 'eu' })).toEqual({
      kind: 'notComputed',
      reason: 'utilities',
      source: 'Erityisalojen hankintalaki 1398/2016',
    });
  });

  it('utilities below the EU threshold: the act does not apply, so no limits (laki 1398/2016)', () => {
    expect(
      limitsFor({ kind: 'open' }, { authorityType: 'utility', regime: 'utilityBelowEu' }),
    ).toMatchObject({ kind: 'none', reason: 'utilityBelowEu' });
  });
});

describe('two-stage procedures (hankintalaki 33–39 §, 49–52 §)', () => {
  it('knows which procedures have requests to participate before tenders', () => {
    const two = (p: Partial<ProcedureChoice>) => isTwoStage({ ...defaultProcedureChoice, ...p });
    expect(two({ kind: 'open' })).toBe(false);
    expect(two({ kind: 'restricted' })).toBe(true);
    expect(two({ kind: 'competitiveDialogue' })).toBe(true);
    expect(two({ kind: 'dynamicPurchasingSystem' })).toBe(true);
    expect(two({ kind: 'frameworkAgreement', frameworkProcedure: 'open' })).toBe(false);
    expect(two({ kind: 'frameworkAgreement', frameworkProcedure: 'restricted' })).toBe(true);
    expect(two({ kind: null })).toBe(false);
  });
});
