import { parentPort } from 'node:worker_threads';
import { generateDocument } from '../../shared/documents/documentPackage';
import type { DocumentsWorkerMessage, DocumentsWorkerRequest } from './documentsProtocol';

/**
 * The document worker thread (built by electron-vite as out/main/documentsWorker.js): builds
 * each chosen document of the package with `generateDocument`, off the main process's event
 * loop, and posts its files (transferred, not copied) as soon as it is done.
 */

function post(message: DocumentsWorkerMessage, transfer: ArrayBuffer[] = []): void {
  parentPort?.postMessage(message, transfer);
}

parentPort?.once('message', (request: DocumentsWorkerRequest) => {
  void (async () => {
    try {
      for (const document of request.documents) {
        const files = await generateDocument(document, request.input);
        post(
          { kind: 'document', document, files },
          files.map((f) => f.bytes.buffer as ArrayBuffer),
        );
      }
      post({ kind: 'done' });
    } catch (error) {
      post({ kind: 'crashed', message: String(error) });
    }
  })();
});
