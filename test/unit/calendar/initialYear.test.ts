import { describe, expect, it } from 'vitest';
import { initialCalendarYear } from '../../../shared/domain/calendar/initialYear';
import {
  summarizeProcurement,
  type ProcurementSummary,
} from '../../../shared/domain/procurement/procurement';
import type { Timeline } from '../../../shared/domain/planning/timeline';
import { sampleProcurement } from '../support/procurements';

function dated(timeline: Partial<Timeline>, archived = false): ProcurementSummary {
  const p = sampleProcurement({ archived });
  p.planning.timeline = { ...p.planning.timeline, ...timeline };
  return summarizeProcurement(p);
}

describe('the year the calendar opens on (issue 7 §1)', () => {
  it('opens on the current year when something is dated in it', () => {
    const items = [dated({ noticeSent: '2026-05-04' }), dated({ noticeSent: '2028-01-10' })];
    expect(initialCalendarYear(items, 2026)).toBe(2026);
  });

  it('all procurements start next year: opens on next year', () => {
    expect(initialCalendarYear([dated({ noticeSent: '2027-03-01' })], 2026)).toBe(2027);
  });

  it('picks the nearest year, not the first: 2024 and 2029 from 2026 gives 2024', () => {
    const items = [dated({ noticeSent: '2024-06-01' }), dated({ noticeSent: '2029-06-01' })];
    expect(initialCalendarYear(items, 2026)).toBe(2024);
  });

  it('on a tie the coming year wins: 2025 and 2027 from 2026 gives 2027', () => {
    const items = [dated({ noticeSent: '2025-06-01' }), dated({ noticeSent: '2027-06-01' })];
    expect(initialCalendarYear(items, 2026)).toBe(2027);
  });

  it('archived procurements (hidden by default) do not choose the year', () => {
    const items = [dated({ noticeSent: '2027-06-01' }, true), dated({ noticeSent: '2030-01-02' })];
    expect(initialCalendarYear(items, 2026)).toBe(2030);
  });

  it('nothing dated, or no procurements: the current year', () => {
    expect(initialCalendarYear([dated({})], 2026)).toBe(2026);
    expect(initialCalendarYear([], 2026)).toBe(2026);
  });
});
