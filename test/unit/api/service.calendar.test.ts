import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { HEADER_ROW } from '../../../shared/documents/calendarWorkbook';
import { noCalendarFilters } from '../../../shared/domain/calendar/procurementCalendar';
import { removeTempDirs } from '../support/tempDir';
import { createTestService, type TestService } from '../support/testService';

afterEach(removeTempDirs);

async function withDatedProcurement(t: TestService) {
  const p = await t.ok('procurement:create', { title: 'Kotihoidon ateriapalvelut' });
  await t.ok('procurement:save', {
    procurement: {
      ...p,
      status: 'tendering',
      planning: {
        ...p.planning,
        timeline: {
          ...p.planning.timeline,
          noticeSent: '2027-03-01',
          tenderDeadline: '2027-04-05',
        },
      },
    },
  });
}

describe('exporting the calendar to Excel', () => {
  it('asks where to save, suggesting hankintakalenteri-<year>.xlsx, and writes the workbook', async () => {
    const t = await createTestService();
    await withDatedProcurement(t);
    const path = join(t.exportDirectory, 'kalenteri.xlsx');
    t.dialogs.saves.push(path);
    const result = await t.ok('calendar:exportXlsx', { year: 2027, filters: noCalendarFilters });
    expect(result).toEqual({ status: 'saved', path });
    expect(t.dialogs.saveRequests).toEqual([
      { title: 'Tallenna hankintakalenteri', defaultName: 'hankintakalenteri-2027.xlsx' },
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(path) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('Hankintakalenteri 2027');
    expect(sheet?.getCell(HEADER_ROW + 1, 1).value).toBe('Kotihoidon ateriapalvelut');
    expect(readdirSync(t.exportDirectory)).toEqual(['kalenteri.xlsx']);
  });

  it('remembers the export in the recent files as a calendar', async () => {
    const t = await createTestService();
    const path = join(t.exportDirectory, 'kalenteri.xlsx');
    t.dialogs.saves.push(path);
    await t.ok('calendar:exportXlsx', { year: 2027, filters: noCalendarFilters });
    expect((await t.ok('settings:get', {})).recentExports).toEqual([
      { path, kind: 'calendar', at: '2027-03-01T08:00:00.000Z' },
    ]);
  });

  it('names the file in the UI language', async () => {
    const t = await createTestService();
    await t.ok('settings:setLanguage', { language: 'sv' });
    await t.ok('calendar:exportXlsx', { year: 2028, filters: noCalendarFilters });
    expect(t.dialogs.saveRequests[0]?.defaultName).toBe('upphandlingskalender-2028.xlsx');
  });

  it('writes nothing and remembers nothing when the officer cancels', async () => {
    const t = await createTestService();
    await withDatedProcurement(t);
    expect(await t.ok('calendar:exportXlsx', { year: 2027, filters: noCalendarFilters })).toEqual({
      status: 'cancelled',
    });
    expect(readdirSync(t.exportDirectory)).toEqual([]);
    expect((await t.ok('settings:get', {})).recentExports).toEqual([]);
  });

  it('refuses a year outside 2000–2100', async () => {
    const t = await createTestService();
    const error = await t.fail('calendar:exportXlsx', { year: 1999, filters: noCalendarFilters });
    expect(error.code).toBe('invalidRequest');
  });
});
