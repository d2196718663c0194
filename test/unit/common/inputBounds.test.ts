import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  isStoredIsoDate,
  isoDateSchema,
  plannedDateSchema,
} from '../../../shared/domain/common/calendarDate';
import { idSchema } from '../../../shared/domain/common/identifier';
import { MAX_TOTAL_TERM_MONTHS } from '../../../shared/domain/common/limits';
import { describeZodError } from '../../../shared/domain/common/validation';
import { lotSchema } from '../../../shared/domain/procurement/lot';
import { procurementSchema } from '../../../shared/domain/procurement/procurement';
import { contractTermSchema } from '../../../shared/domain/planning/valuation';
import { sampleProcurement } from '../support/procurements';

function issuesOf(
  schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } },
  value: unknown,
) {
  const parsed = schema.safeParse(value);
  if (parsed.success) return [];
  return describeZodError(parsed.error as never, value);
}

const option = (count: number, months: number, id = randomUUID()) => ({
  id,
  count,
  months,
  likely: true,
  note: '',
});

describe('stored dates stay within 1990–2150 (limits.ts)', () => {
  it('accepts the first and last day of the window', () => {
    for (const date of ['1990-01-01', '2027-06-01', '2150-12-31']) {
      expect(isoDateSchema.safeParse(date).success, date).toBe(true);
    }
  });

  it('refuses 31.12.9999, year 1 and the days just outside, naming the range', () => {
    for (const date of ['9999-12-31', '0001-01-01', '1989-12-31', '2151-01-01']) {
      expect(issuesOf(plannedDateSchema, date), date).toEqual([
        expect.objectContaining({ kind: 'dateOutOfRange', received: date, limit: '1990–2150' }),
      ]);
    }
  });

  it('tells a date field which typed dates to accept', () => {
    expect(isStoredIsoDate('2027-06-01')).toBe(true);
    expect(isStoredIsoDate('9999-12-31')).toBe(false);
    expect(isStoredIsoDate('2027-02-30')).toBe(false);
  });

  it('still refuses impossible and non-ISO dates as such', () => {
    for (const date of ['2027-02-30', '31.12.2027', '2027-1-1', '']) {
      expect(issuesOf(isoDateSchema, date)[0], date).toMatchObject({ kind: 'other' });
    }
  });

  it('names the field of a far date in a procurement', () => {
    const p = sampleProcurement();
    p.planning.timeline.contractStart = '9999-12-31';
    expect(issuesOf(procurementSchema, p)).toEqual([
      expect.objectContaining({ path: 'planning.timeline.contractStart', kind: 'dateOutOfRange' }),
    ]);
  });
});

describe('the whole contract term is at most 50 years (base + options + extension)', () => {
  it('accepts exactly 600 months: 120 base + 4 × 120 options', () => {
    const term = { kind: 'fixed', baseMonths: 120, options: [option(4, 120)], extensionMonths: 0 };
    expect(contractTermSchema.safeParse(term).success).toBe(true);
  });

  it('refuses 601 months, giving the total and the limit', () => {
    const term = { kind: 'fixed', baseMonths: 120, options: [option(4, 120)], extensionMonths: 1 };
    expect(issuesOf(contractTermSchema, term)).toEqual([
      expect.objectContaining({
        kind: 'termTooLong',
        received: '601',
        limit: MAX_TOTAL_TERM_MONTHS,
      }),
    ]);
  });

  it('refuses 20 option kinds of 50 × 120 months (120 600 months)', () => {
    const options = Array.from({ length: 20 }, () => option(50, 120));
    const term = { kind: 'fixed', baseMonths: 12, options, extensionMonths: 0 };
    expect(issuesOf(contractTermSchema, term)[0]).toMatchObject({
      kind: 'termTooLong',
      received: '120012',
    });
  });
});

describe('identifiers are lower-case UUIDs and unique within a procurement', () => {
  it('normalises an upper-case id to lower case when parsed', () => {
    const id = randomUUID();
    expect(idSchema.parse(id.toUpperCase())).toBe(id);
    const lot = lotSchema.parse({
      id: id.toUpperCase(),
      code: '1',
      name: 'Osa',
      description: '',
      value: { basis: 'annual', amountCents: 0, additionalPurchasesCents: 0 },
    });
    expect(lot.id).toBe(id);
  });

  it('refuses text that is not a UUID', () => {
    for (const id of ['../etc/passwd', '', `${randomUUID()} `, 'abc']) {
      expect(idSchema.safeParse(id).success, id).toBe(false);
    }
  });

  it('refuses two lots with the same id, also when they differ only in case', () => {
    const p = sampleProcurement();
    const id = randomUUID();
    const lot = (lotId: string) => ({
      id: lotId,
      code: '1',
      name: 'Osa',
      description: '',
      value: { basis: 'annual' as const, amountCents: 0, additionalPurchasesCents: 0 },
    });
    for (const second of [id, id.toUpperCase()]) {
      expect(issuesOf(procurementSchema, { ...p, lots: [lot(id), lot(second)] })).toEqual([
        expect.objectContaining({ path: 'lots[1].id', kind: 'duplicateId', received: id }),
      ]);
    }
  });

  it('refuses two options with the same id', () => {
    const id = randomUUID();
    const term = {
      kind: 'fixed',
      baseMonths: 12,
      options: [option(1, 12, id), option(2, 6, id)],
      extensionMonths: 0,
    };
    expect(issuesOf(contractTermSchema, term)).toEqual([
      expect.objectContaining({ path: 'options[1].id', kind: 'duplicateId' }),
    ]);
  });
});
