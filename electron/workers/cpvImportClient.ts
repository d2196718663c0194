import { Worker } from 'node:worker_threads';
import { ServiceError } from '../../shared/api/errors';
import type { CpvFileReader } from '../../shared/api/ports';
import { CpvReadCancelled } from '../../shared/records/cpvFile';
import type {
  CpvImportWorkerMessage,
  CpvImportWorkerRequest,
  CpvWorkerMemory,
} from './cpvImportProtocol';

/** Hard memory ceiling of the worker's heap: a hostile file cannot take more. */
export const CPV_WORKER_HEAP_MB = 256;
/** Longest a read may take before the worker is stopped. */
export const CPV_WORKER_TIMEOUT_MS = 60_000;

/** Options for {@link workerCpvReader}. */
export interface WorkerReaderOptions {
  timeoutMs?: number;
  /** Called with the worker's peak memory after each read (tests and diagnostics). */
  onMemory?: (memory: CpvWorkerMemory) => void;
}

/**
 * A CPV file reader that runs each read in a fresh worker thread (`workerFile`, the built
 * out/main/cpvImportWorker.js) with resourceLimits as a hard memory ceiling, a timeout, and
 * cancellation by terminating the worker. The main process stays responsive throughout.
 */
export function workerCpvReader(
  workerFile: string,
  options: WorkerReaderOptions = {},
): CpvFileReader {
  const timeoutMs = options.timeoutMs ?? CPV_WORKER_TIMEOUT_MS;
  return (file, control) =>
    new Promise((resolve, reject) => {
      if (control.signal?.aborted) return reject(new CpvReadCancelled());
      const worker = new Worker(workerFile, {
        resourceLimits: {
          maxOldGenerationSizeMb: CPV_WORKER_HEAP_MB,
          maxYoungGenerationSizeMb: 32,
          stackSizeMb: 4,
        },
      });
      let settled = false;
      const finish = (outcome: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        control.signal?.removeEventListener('abort', onAbort);
        void worker.terminate();
        outcome();
      };
      const onAbort = () => finish(() => reject(new CpvReadCancelled()));
      control.signal?.addEventListener('abort', onAbort);
      const timer = setTimeout(
        () =>
          finish(() =>
            reject(
              new ServiceError('invalidCpvFile', {
                reason: 'timeout',
                seconds: Math.round(timeoutMs / 1000),
              }),
            ),
          ),
        timeoutMs,
      );
      worker.on('message', (message: CpvImportWorkerMessage) => {
        switch (message.kind) {
          case 'progress':
            control.onProgress?.(message.done, message.total);
            return;
          case 'done':
            options.onMemory?.(message.memory);
            return finish(() => resolve(message.value));
          case 'failed':
            options.onMemory?.(message.memory);
            return finish(() => reject(new ServiceError(message.code, message.params)));
          case 'crashed':
            options.onMemory?.(message.memory);
            return finish(() =>
              reject(new ServiceError('invalidCpvFile', { reason: 'importFailed' })),
            );
        }
      });
      worker.on('error', (error: Error & { code?: string }) => {
        const reason = error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'outOfMemory' : 'importFailed';
        finish(() => reject(new ServiceError('invalidCpvFile', { reason })));
      });
      worker.on('exit', () =>
        finish(() => reject(new ServiceError('invalidCpvFile', { reason: 'importFailed' }))),
      );
      // A copy of the bytes is transferred, so the caller's buffer stays usable.
      const bytes = file.bytes.slice().buffer;
      const request: CpvImportWorkerRequest = { path: file.path, bytes, size: file.size };
      worker.postMessage(request, [bytes]);
    });
}
