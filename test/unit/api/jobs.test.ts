import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createJobRegistry, JobCancelled } from '../../../shared/api/service/jobs';
import { ServiceError } from '../../../shared/api/errors';
import { removeTempDirs } from '../support/tempDir';
import { createTestService } from '../support/testService';

afterEach(removeTempDirs);

const ID = '6f1c1c8e-2b4a-4c55-9a51-0f8e2f3c9d10';

describe('the job registry', () => {
  it('reports progress while running and done with the total at the end', async () => {
    const jobs = createJobRegistry();
    let release = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const running = jobs.run(ID, 'jobs.reading', async (control) => {
      control.progress(3, 10);
      await gate;
      return 'result';
    });
    await Promise.resolve();
    expect(jobs.snapshot(ID)).toEqual({
      state: 'running',
      done: 3,
      total: 10,
      messageKey: 'jobs.reading',
    });
    release();
    expect(await running).toBe('result');
    expect(jobs.snapshot(ID)).toMatchObject({ state: 'done', done: 10, total: 10 });
  });

  it('cancels through the signal and reports cancelled', async () => {
    const jobs = createJobRegistry();
    const running = jobs.run(
      ID,
      'jobs.reading',
      (control) =>
        new Promise((_, reject) =>
          control.signal.addEventListener('abort', () => reject(new Error('stopped'))),
        ),
    );
    await Promise.resolve();
    expect(jobs.cancel(ID)).toBe(true);
    await expect(running).rejects.toBeInstanceOf(JobCancelled);
    expect(jobs.snapshot(ID).state).toBe('cancelled');
    expect(jobs.cancel(ID)).toBe(false);
  });

  it('reports a failure as failed and an unknown id as not found', async () => {
    const jobs = createJobRegistry();
    await expect(
      jobs.run(ID, 'k', async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(jobs.snapshot(ID).state).toBe('failed');
    expect(() => jobs.snapshot('00000000-0000-4000-8000-000000000000')).toThrow(ServiceError);
  });

  it('refuses a job id already in use', async () => {
    const jobs = createJobRegistry();
    await jobs.run(ID, 'k', async () => 1);
    await expect(jobs.run(ID, 'k', async () => 2)).rejects.toMatchObject({ code: 'conflict' });
  });
});

describe('cpv:import as a job', () => {
  it('answers job:progress for the id the renderer chose, done after the import', async () => {
    const t = await createTestService();
    const path = join(t.exportDirectory, 'cpv.csv');
    writeFileSync(path, 'CODE;FI\n90910000-9;Siivouspalvelut\n');
    t.dialogs.opens.push(path);
    expect(await t.fail('job:progress', { jobId: ID })).toMatchObject({ code: 'notFound' });
    expect(await t.ok('cpv:import', { jobId: ID })).toMatchObject({ status: 'imported', count: 1 });
    expect(await t.ok('job:progress', { jobId: ID })).toMatchObject({ state: 'done' });
    expect(await t.ok('job:cancel', { jobId: ID })).toEqual({ cancelled: false });
  });
});
