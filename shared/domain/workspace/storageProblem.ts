import { z } from 'zod';
import { validationIssueSchema } from '../common/validation';

/**
 * Something the storage layer found and handled without losing data, reported to the user:
 * a file that failed validation and was moved aside, a file from a newer app version left
 * untouched, an index rebuilt from the files, settings fields reset to defaults.
 */
export const storageProblemSchema = z.object({
  kind: z.enum([
    'invalidFile',
    'newerVersion',
    'indexRebuilt',
    'settingsReset',
    'settingsUnreadable',
    /** Something in the workspace that is not a readable file of its kind, moved aside. */
    'entrySetAside',
    /** Something that could not even be moved aside; skipped on this start. */
    'entrySkipped',
  ]),
  /** The file concerned, relative to the workspace folder. */
  file: z.string(),
  /** Where the file was moved, relative to the workspace folder. */
  movedTo: z.string().optional(),
  version: z.number().int().optional(),
  issues: z.array(validationIssueSchema).optional(),
  detail: z.string().optional(),
});
/** See {@link storageProblemSchema}. */
export type StorageProblem = z.infer<typeof storageProblemSchema>;
