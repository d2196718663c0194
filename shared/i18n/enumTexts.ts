import type { LogoRefusal } from '../domain/workspace/organisationLogo';
import { appErrorCodeSchema, STORAGE_FAILURE_REASONS } from '../api/errors';
import type { InvalidBackupParams, InvalidImportParams } from '../api/errors';
import { CPV_FILE_ERROR_REASONS, type CpvFileErrorReason } from '../api/service/cpvSpreadsheet';
import type { NumberRefusal } from '../domain/common/numberInput';
import type { FinnishHoliday } from '../domain/common/finnishHolidays';
import { validationIssueSchema } from '../domain/common/validation';
import type { ValueLineKind, ValueNotice } from '../domain/planning/estimatedValue';
import type {
  ScreeningReason,
  ScreeningRecommendation,
} from '../domain/planning/employmentScreening';
import { procedureKindSchema } from '../domain/planning/procedureChoice';
import type { NoticeKind, RedressKind, Regime } from '../domain/planning/regime';
import {
  NO_TIME_LIMIT_REASONS,
  TIME_LIMIT_NOTES,
  TIME_LIMIT_RULES,
} from '../domain/planning/timeLimits';
import { MILESTONES } from '../domain/planning/timeline';
import { TIMELINE_WARNING_CODES } from '../domain/planning/timelineWarnings';
import { PHASES } from '../domain/procurement/phases';
import { procurementStatusSchema } from '../domain/procurement/procurement';
import {
  authorityTypeSchema,
  procurementCategorySchema,
} from '../domain/procurement/procurementCategory';
import { backupReasonSchema } from '../domain/workspace/backup';
import { storageProblemSchema } from '../domain/workspace/storageProblem';

/**
 * Every code of a type that has no runtime list: the `Record<T, true>` makes the compiler
 * demand a new member here as soon as the type gains one.
 */
function allOf<T extends string>(members: Record<T, true>): readonly T[] {
  return Object.keys(members) as T[];
}

/** One enum whose every code is shown to the user: its codes and the text key of each. */
interface EnumText<C extends string, K extends string> {
  readonly codes: readonly C[];
  readonly key: (code: C) => K;
}

function enumText<C extends string, K extends string>(
  codes: readonly C[],
  key: (code: C) => K,
): EnumText<C, K> {
  return { codes, key };
}

/**
 * Typed text keys for every enum-valued text: `ENUM_TEXTS.status.key('planning')` is the
 * literal key `'status.planning'`, accepted by the typed `t` of the renderer. The unit test
 * `test/unit/i18n/enumTexts.test.ts` checks that every code of every enum has its text in
 * fi, sv and en. A new enum shown to the user is added here.
 */
export const ENUM_TEXTS = {
  status: enumText(procurementStatusSchema.options, (c) => `status.${c}` as const),
  phase: enumText(PHASES, (c) => `phases.${c}.title` as const),
  category: enumText(procurementCategorySchema.options, (c) => `planning.category.${c}` as const),
  authorityType: enumText(
    authorityTypeSchema.options,
    (c) => `planning.authorityType.${c}` as const,
  ),
  procedureKind: enumText(
    procedureKindSchema.options,
    (c) => `planning.procedure.kinds.${c}.name` as const,
  ),
  regime: enumText(
    allOf<Regime>({ belowNational: true, national: true, eu: true, utilityBelowEu: true }),
    (c) => `planning.procedure.regimeNames.${c}` as const,
  ),
  regimeOutcome: enumText(
    allOf<Regime>({ belowNational: true, national: true, eu: true, utilityBelowEu: true }),
    (c) => `planning.regime.outcome.${c}` as const,
  ),
  noticeKind: enumText(
    allOf<NoticeKind>({
      none: true,
      nationalNotice: true,
      euNotice: true,
      euAnnexENotice: true,
      concessionNotice: true,
      voluntaryTransparency: true,
    }),
    (c) => `planning.regime.notice.${c}` as const,
  ),
  redressKind: enumText(
    allOf<RedressKind>({
      procurementLaw: true,
      utilityLaw: true,
      municipalRectification: true,
      wellbeingRectification: true,
      noStatutoryRedress: true,
      ownRules: true,
    }),
    (c) => `planning.regime.redress.${c}` as const,
  ),
  valueLine: enumText(
    allOf<Exclude<ValueLineKind, 'total'>>({
      oneOff: true,
      longServiceMonthly: true,
      longServiceAnnual: true,
      baseAnnual: true,
      baseTotal: true,
      baseMonthly: true,
      optionAnnual: true,
      optionTotal: true,
      optionMonthly: true,
      extensionAnnual: true,
      extensionTotal: true,
      extensionMonthly: true,
      indefiniteMonthly: true,
      indefiniteAnnual: true,
      additionalPurchases: true,
      lotSubtotal: true,
      prizes: true,
    }),
    (c) => `planning.value.lines.${c}` as const,
  ),
  valueNotice: enumText(
    allOf<ValueNotice['kind']>({
      totalWithIndefinite: true,
      unlikelyOptionsCounted: true,
      lotsSummed: true,
      emptyLot: true,
    }),
    (c) => `planning.value.notices.${c}` as const,
  ),
  numberRefusal: enumText(
    allOf<NumberRefusal['kind']>({
      empty: true,
      negative: true,
      letterForDigit: true,
      unexpectedCharacter: true,
      exponent: true,
      severalDecimalMarks: true,
      ambiguousComma: true,
      misplacedGroup: true,
      dotWithMultiplier: true,
      tooManyDecimals: true,
      notWhole: true,
      tooLarge: true,
      belowMin: true,
      aboveMax: true,
      noDigits: true,
    }),
    (c) => `editing.number.${c}` as const,
  ),
  screeningRecommendation: enumText(
    allOf<ScreeningRecommendation>({
      recommended: true,
      consider: true,
      notRecommended: true,
      incomplete: true,
    }),
    (c) => `planning.screening.recommendation.${c}` as const,
  ),
  screeningReason: enumText(
    allOf<ScreeningReason['key']>({
      labourIntensiveYes: true,
      labourIntensiveNo: true,
      labourIntensiveUnknown: true,
      durationMet: true,
      durationShort: true,
      durationIndefinite: true,
      valueMet: true,
      valueBelow: true,
      waysAvailable: true,
      waysUnavailable: true,
    }),
    (c) => `planning.screening.reasons.${c}` as const,
  ),
  milestone: enumText(MILESTONES, (c) => `timeline.milestones.${c}` as const),
  timeLimitRule: enumText(TIME_LIMIT_RULES, (c) => `timeline.rules.${c}` as const),
  timeLimitNote: enumText(TIME_LIMIT_NOTES, (c) => `timeline.notes.${c}` as const),
  noTimeLimitReason: enumText(NO_TIME_LIMIT_REASONS, (c) => `timeline.limits.none.${c}` as const),
  timelineWarning: enumText(TIMELINE_WARNING_CODES, (c) => `timeline.warnings.${c}` as const),
  nonWorkingDay: enumText(
    allOf<'saturday' | 'sunday' | FinnishHoliday['key']>({
      saturday: true,
      sunday: true,
      newYearsDay: true,
      epiphany: true,
      goodFriday: true,
      easterSunday: true,
      easterMonday: true,
      mayDay: true,
      ascensionDay: true,
      whitSunday: true,
      midsummerEve: true,
      midsummerDay: true,
      allSaintsDay: true,
      independenceDay: true,
      christmasEve: true,
      christmasDay: true,
      boxingDay: true,
    }),
    (c) => `timeline.days.${c}` as const,
  ),
  backupReason: enumText(backupReasonSchema.options, (c) => `settings.backupReason.${c}` as const),
  storageProblem: enumText(
    storageProblemSchema.shape.kind.options,
    (c) => `problems.${c}` as const,
  ),
  issueKind: enumText(validationIssueSchema.shape.kind.options, (c) => `issues.${c}` as const),
  errorCode: enumText(
    appErrorCodeSchema.options.filter(
      (c) =>
        ![
          'invalidImport',
          'invalidBackup',
          'invalidCpvFile',
          'invalidLogo',
          'storageFailure',
        ].includes(c),
    ),
    (c) => `errors.${c}`,
  ),
  logoRefusal: enumText(
    allOf<LogoRefusal['reason']>({
      tooLarge: true,
      notAnImage: true,
      tooSmall: true,
      tooBig: true,
    }),
    (c) => `settings.logo.refused.${c}` as const,
  ),
  importProblem: enumText(
    allOf<InvalidImportParams['reason']>({
      notJson: true,
      noSchemaVersion: true,
      notAnExport: true,
      badExportDate: true,
      newerVersion: true,
      tooLarge: true,
      invalid: true,
      notAFile: true,
      otherEncoding: true,
      notUtf8: true,
      tooDeep: true,
      tooManyEntries: true,
      tooManyValues: true,
      stringTooLong: true,
      numberTooLong: true,
      forbiddenKey: true,
      duplicateKey: true,
      controlCharacter: true,
      loneSurrogate: true,
      replacementCharacter: true,
    }),
    (c) => `errors.invalidImport.${c}` as const,
  ),
  backupProblem: enumText(
    allOf<InvalidBackupParams['reason']>({
      unreadable: true,
      notABackup: true,
      invalidEntry: true,
    }),
    (c) => `errors.invalidBackup.${c}` as const,
  ),
  cpvFileProblem: enumText(
    allOf<CpvFileErrorReason>(
      Object.fromEntries(CPV_FILE_ERROR_REASONS.map((r) => [r, true])) as Record<
        CpvFileErrorReason,
        true
      >,
    ),
    (c) => `cpv.errors.${c}` as const,
  ),
  storageFailure: enumText(
    [...STORAGE_FAILURE_REASONS, 'generic'] as const,
    (c) => `errors.storageFailure.${c}` as const,
  ),
} as const;
