import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { ServiceError } from '../../shared/api/errors';
import { readCpvFile } from '../../shared/api/service/cpvSpreadsheet';
import type { CpvImportWorkerMessage, CpvImportWorkerRequest } from './cpvImportProtocol';

/**
 * The CPV import worker thread (built by electron-vite as out/main/cpvImportWorker.js): reads
 * one CPV list file with `readCpvFile`, off the main process's event loop and under the
 * Worker's resourceLimits, posting progress, its peak memory and the result or refusal.
 */

let peakHeapBytes = 0;
let peakRssBytes = 0;
function sample(): void {
  const heap = getHeapStatistics();
  peakHeapBytes = Math.max(peakHeapBytes, heap.used_heap_size + heap.external_memory);
  peakRssBytes = Math.max(peakRssBytes, process.memoryUsage.rss());
}
const memory = () => ({ peakHeapBytes, peakRssBytes });

function post(message: CpvImportWorkerMessage): void {
  parentPort?.postMessage(message);
}

parentPort?.once('message', (request: CpvImportWorkerRequest) => {
  sample();
  readCpvFile(request.path, new Uint8Array(request.bytes), request.size, {
    onProgress: (done, total) => {
      sample();
      post({ kind: 'progress', done, total });
    },
  }).then(
    (value) => {
      sample();
      post({ kind: 'done', value, memory: memory() });
    },
    (error: unknown) => {
      sample();
      if (error instanceof ServiceError) {
        post({ kind: 'failed', code: error.code, params: error.params, memory: memory() });
      } else {
        post({ kind: 'crashed', message: String(error), memory: memory() });
      }
    },
  );
});
