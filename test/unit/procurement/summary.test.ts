import { describe, expect, it } from 'vitest';
import {
  procurementSummarySchema,
  summarizeProcurement,
  type Procurement,
} from '../../../shared/domain/procurement/procurement';
import { nextDeadline } from '../../../shared/domain/procurement/nextDeadline';
import { sampleProcurement } from '../support/procurements';

/** A services procurement of a municipality with `annualEuros` a year for 12 months. */
function services(annualEuros: number, noticeSent: string | null): Procurement {
  const p = sampleProcurement({ category: 'services', authorityType: 'subCentral' });
  p.planning.valuation.undivided = {
    basis: 'annual',
    amountCents: annualEuros * 100,
    additionalPurchasesCents: 0,
  };
  p.planning.timeline = { ...p.planning.timeline, noticeSent };
  return p;
}

describe('index summary: regime by hankintalaki 25–26 § on the planned notice date', () => {
  it('100 000 € services of a municipality: national (≥ 60 000 €, < EU 216 000 € in 2026–27)', () => {
    const s = summarizeProcurement(services(100_000, '2026-09-01'));
    expect(s.estimatedTotalCents).toBe(10_000_000);
    expect(s.regime).toBe('national');
    expect(s.regimeDateIsPlannedNotice).toBe(true);
  });

  it('216 000 € exactly reaches the EU threshold of 2026–27 (26 §: "at least")', () => {
    expect(summarizeProcurement(services(216_000, '2027-05-01')).regime).toBe('eu');
  });

  it('59 999 € stays below the national threshold', () => {
    expect(summarizeProcurement(services(59_999, '2026-09-01')).regime).toBe('belowNational');
  });

  it('a notice in 2028, after the last published table, uses the latest table (2026–27)', () => {
    // Thresholds after 31.12.2027 are not yet published: plan with the latest (DOMAIN § 2).
    expect(summarizeProcurement(services(100_000, '2028-02-01')).regime).toBe('national');
    expect(summarizeProcurement(services(216_000, '2028-02-01')).regime).toBe('eu');
  });

  it('without a notice date the day of the save decides (updatedAt 15.1.2027)', () => {
    const s = summarizeProcurement(services(300_000, null));
    expect(s.regime).toBe('eu');
    expect(s.regimeDateIsPlannedNotice).toBe(false);
  });

  it('the summary passes its own schema (the index file is validated on read)', () => {
    const s = summarizeProcurement(services(100_000, '2026-09-01'));
    expect(procurementSummarySchema.parse(s)).toEqual(s);
  });
});

describe('next deadline from the timeline', () => {
  const p = sampleProcurement();
  p.planning.timeline = {
    ...p.planning.timeline,
    noticeSent: '2027-02-01',
    tenderDeadline: '2027-03-10',
    decision: '2027-04-15',
  };
  const s = summarizeProcurement(p);

  it('keeps planned milestones raw and in timeline order', () => {
    expect(s.milestones).toEqual([
      { milestone: 'noticeSent', date: '2027-02-01' },
      { milestone: 'tenderDeadline', date: '2027-03-10' },
      { milestone: 'decision', date: '2027-04-15' },
    ]);
  });

  it('on 20.2.2027 the next is the tender deadline 10.3.2027', () => {
    expect(nextDeadline(s, '2027-02-20')).toEqual({
      milestone: 'tenderDeadline',
      date: '2027-03-10',
    });
  });

  it('a deadline that falls today is still next', () => {
    expect(nextDeadline(s, '2027-03-10')?.milestone).toBe('tenderDeadline');
  });

  it('after the last date, and with nothing planned, there is none', () => {
    expect(nextDeadline(s, '2027-04-16')).toBeNull();
    expect(nextDeadline(summarizeProcurement(sampleProcurement()), '2027-01-01')).toBeNull();
  });
});
