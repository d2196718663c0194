import { CpvReadCancelled } from '../../records/cpvFile';
import type { ServiceHandlers } from '../contract';
import { ServiceError } from '../errors';

/**
 * Long work (a CPV import; later document generation and backups) as jobs whose progress the
 * renderer polls and which it may cancel.
 *
 * Design: the renderer picks the job id (a fresh UUID) and sends it with the request that
 * starts the work (`cpv:import { jobId }`); that request still answers with the work's result
 * when it ends, as before, while the renderer polls `job:progress { jobId }` and may send
 * `job:cancel { jobId }` in parallel. So no result has to be fetched separately, existing
 * callers keep working (the id is optional), and polling over the ordinary request/response
 * contract works the same over Electron IPC and over the end-to-end harness's HTTP. Until
 * the work starts (e.g. while the file dialog is open) the id is unknown: `job:progress`
 * answers `notFound`, which the renderer reads as "not started yet".
 */

/** Where a job is. */
export type JobState = 'running' | 'done' | 'failed' | 'cancelled';

/** What `job:progress` reports; `messageKey` is an i18n key describing the current step. */
export interface JobSnapshot {
  state: JobState;
  done: number;
  total: number;
  messageKey: string;
}

/** What the work sees of its job. */
export interface JobControl {
  progress(done: number, total: number, messageKey?: string): void;
  signal: AbortSignal;
}

/** Thrown (and reported as `cancelled`) when a job's work was cancelled. */
export class JobCancelled extends Error {}

/** The running and recently finished jobs of one service. */
export interface JobRegistry {
  /** Runs `work` as job `jobId` (a fresh id when none is given) and returns its result. */
  run<T>(
    jobId: string | undefined,
    messageKey: string,
    work: (control: JobControl) => Promise<T>,
  ): Promise<T>;
  snapshot(jobId: string): JobSnapshot;
  cancel(jobId: string): boolean;
}

/** Finished jobs remembered for polling; older ones are forgotten. */
const KEPT_FINISHED = 50;

/** A job registry kept in memory (jobs do not outlive the process). */
export function createJobRegistry(): JobRegistry {
  const jobs = new Map<string, { snapshot: JobSnapshot; abort: AbortController }>();
  const forgetOld = () => {
    const finished = [...jobs.entries()].filter(([, j]) => j.snapshot.state !== 'running');
    for (const [id] of finished.slice(0, Math.max(0, finished.length - KEPT_FINISHED))) {
      jobs.delete(id);
    }
  };
  return {
    async run(jobId, messageKey, work) {
      const id = jobId ?? crypto.randomUUID();
      if (jobs.has(id)) throw new ServiceError('conflict', { job: id });
      const abort = new AbortController();
      const job = {
        snapshot: { state: 'running' as JobState, done: 0, total: 0, messageKey },
        abort,
      };
      jobs.set(id, job);
      try {
        const result = await work({
          signal: abort.signal,
          progress(done, total, key) {
            if (job.snapshot.state !== 'running') return;
            job.snapshot = {
              ...job.snapshot,
              done,
              total,
              messageKey: key ?? job.snapshot.messageKey,
            };
          },
        });
        job.snapshot = {
          ...job.snapshot,
          state: abort.signal.aborted ? 'cancelled' : 'done',
          done: job.snapshot.total,
        };
        return result;
      } catch (error) {
        const cancelled =
          abort.signal.aborted ||
          error instanceof JobCancelled ||
          error instanceof CpvReadCancelled;
        job.snapshot = { ...job.snapshot, state: cancelled ? 'cancelled' : 'failed' };
        throw cancelled ? new JobCancelled() : error;
      } finally {
        forgetOld();
      }
    },
    snapshot(jobId) {
      const job = jobs.get(jobId);
      if (!job) throw new ServiceError('notFound', { job: jobId });
      return job.snapshot;
    },
    cancel(jobId) {
      const job = jobs.get(jobId);
      if (!job || job.snapshot.state !== 'running') return false;
      job.abort.abort();
      return true;
    },
  };
}

/** `job:progress` and `job:cancel` over a registry. */
export function jobHandlers(
  jobs: JobRegistry,
): Pick<ServiceHandlers, 'job:progress' | 'job:cancel'> {
  return {
    'job:progress': async ({ jobId }) => jobs.snapshot(jobId),
    'job:cancel': async ({ jobId }) => ({ cancelled: jobs.cancel(jobId) }),
  };
}
