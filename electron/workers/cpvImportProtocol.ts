import type { AppErrorCode } from '../../shared/api/errors';
import type { CpvImport } from '../../shared/domain/cpv/cpvImport';

/** What the main process sends the CPV import worker (the bytes are transferred, not copied). */
export interface CpvImportWorkerRequest {
  path: string;
  bytes: ArrayBuffer;
  size: number;
}

/** The worker's peak memory while reading (heap incl. external buffers, and process RSS). */
export interface CpvWorkerMemory {
  peakHeapBytes: number;
  peakRssBytes: number;
}

/** What the CPV import worker posts back. */
export type CpvImportWorkerMessage =
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'done'; value: CpvImport; memory: CpvWorkerMemory }
  | {
      kind: 'failed';
      code: AppErrorCode;
      params: Record<string, string | number>;
      memory: CpvWorkerMemory;
    }
  | { kind: 'crashed'; message: string; memory: CpvWorkerMemory };
