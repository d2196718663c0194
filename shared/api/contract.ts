import { z } from 'zod';
import { idSchema } from '../domain/common/identifier';
import { criteriaLibrarySchema } from '../domain/criteria/criteriaLibrary';
import { backupInfoSchema } from '../domain/workspace/backup';
import { cpvCatalogInfoSchema, cpvCodeSchema, cpvEntrySchema } from '../domain/cpv/cpvCode';
import { procurementCategorySchema } from '../domain/procurement/procurementCategory';
import {
  uiLanguageSchema,
  organisationProfileSchema,
} from '../domain/workspace/organisationProfile';
import {
  procurementSchema,
  procurementStatusSchema,
  procurementSummarySchema,
  titleSchema,
} from '../domain/procurement/procurement';
import { tenderComparisonSchema } from '../domain/criteria/tenderComparison';
import { settingsSchema } from '../domain/workspace/settings';
import { storageProblemSchema } from '../domain/workspace/storageProblem';
import { PACKAGE_DOCUMENTS } from '../documents/readiness';
import { PHASES } from '../domain/procurement/phases';
import type { Channel } from './channels';

const empty = z.object({});
const byId = z.object({ id: idSchema });
const cancelled = z.object({ status: z.literal('cancelled') });

/** The criteria library and the revision it was read at (a save with a stale one is refused). */
const storedCriteriaLibrarySchema = z.object({
  library: criteriaLibrarySchema,
  revision: z.number().int().min(0),
});

/** The organisation's logo as the settings view shows it: a data URL for the preview. */
const logoViewSchema = z.union([
  z.object({ present: z.literal(false) }),
  z.object({
    present: z.literal(true),
    fileName: z.string().max(260),
    type: z.enum(['png', 'jpg']),
    widthPx: z.number().int(),
    heightPx: z.number().int(),
    dataUrl: z.string().max(2_000_000),
  }),
]);

/** One document of the package (shared/documents/readiness.ts). */
const packageDocumentSchema = z.enum(PACKAGE_DOCUMENTS);
const packageDocumentsSchema = z
  .array(packageDocumentSchema)
  .min(1)
  .max(PACKAGE_DOCUMENTS.length)
  .refine((d) => new Set(d).size === d.length, { message: 'Each document once' });
/** What one document still lacks, each item with where to fix it. */
const documentReadinessSchema = z.object({
  document: packageDocumentSchema,
  missing: z.array(
    z.object({
      code: z.string(),
      at: z.union([
        z.object({ kind: z.literal('settings'), field: z.string() }),
        z.object({ kind: z.literal('phase'), phase: z.enum(PHASES), field: z.string() }),
      ]),
    }),
  ),
});

/**
 * The IPC contract: every channel's request and response schema. The main process (and the
 * end-to-end harness) parse each request with it before the service sees it; the renderer's
 * client derives its types from it. Adding a channel here without a handler fails to compile.
 */
export const contract = {
  'app:info': {
    request: empty,
    response: z.object({
      version: z.string(),
      platform: z.string(),
      dataDirectory: z.string(),
    }),
  },
  'app:openExternal': {
    request: z.object({ url: z.string().max(2000) }),
    response: z.object({ opened: z.boolean() }),
  },
  'settings:get': { request: empty, response: settingsSchema },
  'settings:setLanguage': {
    request: z.object({ language: uiLanguageSchema }),
    response: settingsSchema,
  },
  'settings:saveOrganisation': {
    request: z.object({ organisation: organisationProfileSchema }),
    response: settingsSchema,
  },
  'settings:logo': { request: empty, response: logoViewSchema },
  'settings:chooseLogo': {
    request: empty,
    response: z.union([z.object({ status: z.literal('chosen'), logo: logoViewSchema }), cancelled]),
  },
  'settings:removeLogo': { request: empty, response: logoViewSchema },
  'criteriaLibrary:get': { request: empty, response: storedCriteriaLibrarySchema },
  'criteriaLibrary:save': {
    request: storedCriteriaLibrarySchema,
    response: storedCriteriaLibrarySchema,
  },
  'procurement:list': {
    request: empty,
    response: z.object({
      items: z.array(procurementSummarySchema),
      problems: z.array(storageProblemSchema),
    }),
  },
  'procurement:get': { request: byId, response: procurementSchema },
  'procurement:create': {
    request: z.object({ title: titleSchema }),
    response: procurementSchema,
  },
  'procurement:save': {
    request: z.object({ procurement: procurementSchema }),
    response: procurementSchema,
  },
  'procurement:rename': {
    request: z.object({ id: idSchema, title: titleSchema }),
    response: procurementSchema,
  },
  'procurement:duplicate': {
    request: z.object({ id: idSchema, title: titleSchema }),
    response: procurementSchema,
  },
  'procurement:setArchived': {
    request: z.object({ id: idSchema, archived: z.boolean() }),
    response: procurementSchema,
  },
  'procurement:delete': {
    request: byId,
    response: z.object({ trashId: z.string(), title: z.string() }),
  },
  'procurement:restoreDeleted': {
    request: z.object({ trashId: z.string().regex(/^[A-Za-z0-9_-]+$/) }),
    response: procurementSchema,
  },
  'procurement:export': {
    request: byId,
    response: z.union([z.object({ status: z.literal('saved'), path: z.string() }), cancelled]),
  },
  'procurement:import': {
    request: empty,
    response: z.union([
      z.object({
        status: z.literal('imported'),
        procurement: procurementSchema,
        migratedFrom: z.number().int().nullable(),
        asCopy: z.boolean(),
      }),
      cancelled,
    ]),
  },
  'procurement:createSample': {
    request: z.object({ language: uiLanguageSchema }),
    response: procurementSchema,
  },
  'cpv:search': {
    request: z.object({ query: z.string().max(200), limit: z.number().int().min(1).max(200) }),
    response: z.object({ results: z.array(cpvEntrySchema), total: z.number().int() }),
  },
  'cpv:lookup': {
    request: z.object({ codes: z.array(cpvCodeSchema).max(100) }),
    response: z.array(cpvEntrySchema),
  },
  'cpv:catalogInfo': { request: empty, response: cpvCatalogInfoSchema },
  'cpv:import': {
    /** `jobId`: the renderer's id for polling progress and cancelling (see service/jobs.ts). */
    request: z.object({ jobId: z.uuid().optional() }),
    response: z.union([
      z.object({
        status: z.literal('imported'),
        count: z.number().int(),
        skippedRows: z.number().int(),
        languages: z.array(z.enum(['fi', 'sv', 'en'])),
        info: cpvCatalogInfoSchema,
      }),
      cancelled,
    ]),
  },
  'job:progress': {
    request: z.object({ jobId: z.uuid() }),
    response: z.object({
      state: z.enum(['running', 'done', 'failed', 'cancelled']),
      done: z.number().min(0),
      total: z.number().min(0),
      messageKey: z.string().max(100),
    }),
  },
  'job:cancel': {
    request: z.object({ jobId: z.uuid() }),
    response: z.object({ cancelled: z.boolean() }),
  },
  'calendar:exportXlsx': {
    request: z.object({
      year: z.number().int().min(2000).max(2100),
      filters: z.object({
        statuses: z.array(procurementStatusSchema),
        categories: z.array(procurementCategorySchema),
        responsiblePerson: z.string().max(200).nullable(),
        includeArchived: z.boolean(),
      }),
    }),
    response: z.union([z.object({ status: z.literal('saved'), path: z.string() }), cancelled]),
  },
  'documents:chooseFolder': {
    request: empty,
    response: z.union([z.object({ status: z.literal('chosen'), folder: z.string() }), cancelled]),
  },
  /** Shows a folder chosen in this session (where the package was written) in the file manager. */
  'documents:openFolder': {
    request: z.object({ folder: z.string().min(1).max(4096) }),
    response: z.object({ opened: z.boolean() }),
  },
  'documents:readiness': {
    request: z.object({
      procurementId: z.uuid(),
      documents: packageDocumentsSchema,
      language: uiLanguageSchema,
    }),
    response: z.object({ documents: z.array(documentReadinessSchema) }),
  },
  'documents:generate': {
    /** `jobId`: polled with `job:progress` (one step per document) and cancelled with `job:cancel`. */
    request: z.object({
      jobId: z.uuid().optional(),
      procurementId: z.uuid(),
      documents: packageDocumentsSchema,
      language: uiLanguageSchema,
      /** A folder chosen with `documents:chooseFolder` in this session. */
      folder: z.string().min(1).max(4096),
    }),
    response: z.union([
      z.object({
        status: z.literal('generated'),
        files: z.array(
          z.object({ document: packageDocumentSchema, fileName: z.string(), path: z.string() }),
        ),
      }),
      z.object({ status: z.literal('incomplete'), documents: z.array(documentReadinessSchema) }),
      cancelled,
    ]),
  },
  'documents:importPricingForm': {
    request: z.object({ procurementId: z.uuid() }),
    response: z.union([
      z.object({
        status: z.literal('imported'),
        tenderer: z.string(),
        lots: z.number().int(),
        prices: z.number().int(),
      }),
      z.object({
        status: z.literal('refused'),
        problems: z.array(
          z.object({
            code: z.string(),
            cell: z.string().nullable(),
            params: z.record(z.string(), z.union([z.string(), z.number()])),
          }),
        ),
      }),
      cancelled,
    ]),
  },
  'backup:list': { request: empty, response: z.array(backupInfoSchema) },
  'backup:create': { request: empty, response: backupInfoSchema },
  'backup:restore': {
    request: z.object({ id: backupInfoSchema.shape.id }),
    response: z.object({ restoredCount: z.number().int(), safetyBackup: backupInfoSchema }),
  },
  /**
   * The tender comparison of a procurement (lotId null) or of one lot, a record of its own;
   * an empty one (revision 0, not yet stored) when none has been saved.
   */
  'record:tenderComparison:get': {
    request: z.object({ procurementId: idSchema, lotId: idSchema.nullable() }),
    response: tenderComparisonSchema,
  },
  /** Saves at the revision the caller edited (0 = new); a stale revision is a `conflict`. */
  'record:tenderComparison:save': {
    request: z.object({ comparison: tenderComparisonSchema }),
    response: tenderComparisonSchema,
  },
  /** The organisation's criteria library (the seeded one at revision 0 until first saved). */
} as const satisfies Record<Channel, { request: z.ZodType; response: z.ZodType }>;

/** The contract type. */
export type Contract = typeof contract;
/** What a channel accepts (before parsing: what the caller sends). */
export type RequestOf<C extends Channel> = z.input<Contract[C]['request']>;
/** What a channel's handler receives (after parsing). */
export type ParsedRequestOf<C extends Channel> = z.output<Contract[C]['request']>;
/** What a channel answers. */
export type ResponseOf<C extends Channel> = z.output<Contract[C]['response']>;

/** The service: one async handler per channel. */
export type ServiceHandlers = {
  [C in Channel]: (request: ParsedRequestOf<C>) => Promise<ResponseOf<C>>;
};
