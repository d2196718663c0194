import type { AwardInput } from '../../shared/documents/awardData';
import type { GeneratedFile } from '../../shared/documents/documentPackage';
import type { PackageDocument } from '../../shared/documents/readiness';

/** What the main process sends the document worker. */
export interface DocumentsWorkerRequest {
  documents: PackageDocument[];
  input: AwardInput;
}

/** What the document worker posts back: each document's files as it is done, then the end. */
export type DocumentsWorkerMessage =
  | { kind: 'document'; document: PackageDocument; files: GeneratedFile[] }
  | { kind: 'done' }
  | { kind: 'crashed'; message: string };
