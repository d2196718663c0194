import { Worker } from 'node:worker_threads';
import { ServiceError } from '../../shared/api/errors';
import type { DocumentGenerator } from '../../shared/api/ports';
import { JobCancelled } from '../../shared/api/service/jobs';
import type { DocumentsWorkerMessage, DocumentsWorkerRequest } from './documentsProtocol';

/** Heap ceiling of the document worker. */
export const DOCUMENTS_WORKER_HEAP_MB = 512;
/** Longest a package may take before the worker is stopped. */
export const DOCUMENTS_WORKER_TIMEOUT_MS = 120_000;

/**
 * A document generator that builds the package in a fresh worker thread (`workerFile`, the
 * built out/main/documentsWorker.js) with a memory ceiling and a timeout; cancelling
 * terminates the worker. Each document's files are handed to `onDocument` in order (its
 * writes are chained, so a slow disk never reorders them) while the next one is built.
 */
export function workerDocumentGenerator(workerFile: string): DocumentGenerator {
  return (request, control) =>
    new Promise((resolve, reject) => {
      if (control.signal.aborted) return reject(new JobCancelled());
      const worker = new Worker(workerFile, {
        resourceLimits: { maxOldGenerationSizeMb: DOCUMENTS_WORKER_HEAP_MB, stackSizeMb: 4 },
      });
      let settled = false;
      // Set when the worker has posted its last document; its exit afterwards is normal.
      let built = false;
      let writes: Promise<void> = Promise.resolve();
      const finish = (outcome: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        control.signal.removeEventListener('abort', onAbort);
        void worker.terminate();
        outcome();
      };
      const fail = (error: unknown) => finish(() => reject(error));
      const onAbort = () => fail(new JobCancelled());
      control.signal.addEventListener('abort', onAbort);
      const timer = setTimeout(
        () => fail(new ServiceError('storageFailure', { reason: 'timeout' })),
        DOCUMENTS_WORKER_TIMEOUT_MS,
      );
      worker.on('message', (message: DocumentsWorkerMessage) => {
        switch (message.kind) {
          case 'document': {
            const files = message.files.map((f) => ({
              fileName: f.fileName,
              bytes: new Uint8Array(f.bytes),
            }));
            writes = writes.then(() =>
              control.signal.aborted ? undefined : control.onDocument(message.document, files),
            );
            writes.catch(fail);
            return;
          }
          case 'done':
            built = true;
            writes.then(() => finish(() => resolve()), fail);
            return;
          case 'crashed':
            return fail(new Error(`Document worker failed: ${message.message}`));
        }
      });
      worker.on('error', fail);
      worker.on('exit', () => {
        if (!built) fail(new Error('Document worker exited'));
      });
      const message: DocumentsWorkerRequest = request;
      worker.postMessage(message);
    });
}
