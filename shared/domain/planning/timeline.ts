import { z } from 'zod';
import { isoDateSchema, plannedDateSchema } from '../common/calendarDate';
import { MAX_OPTION_DECISIONS } from '../common/limits';

/**
 * The planned dates of a procurement (null = not planned yet). Dates the law derives —
 * standstill end, contract end, option periods — are computed, never stored.
 */
export const timelineSchema = z.strictObject({
  marketDialogueStart: plannedDateSchema,
  marketDialogueEnd: plannedDateSchema,
  noticeSent: plannedDateSchema,
  /** Two-stage procedures: last day for requests to participate. */
  requestsDeadline: plannedDateSchema,
  /** Two-stage procedures: invitation to tender sent to the selected candidates. */
  invitationsSent: plannedDateSchema,
  questionsDeadline: plannedDateSchema,
  tenderDeadline: plannedDateSchema,
  evaluationEnd: plannedDateSchema,
  decision: plannedDateSchema,
  /** How the decision reaches tenderers: e-mail counts on the sending day, post on the 7th (127 §). */
  decisionDelivery: z.enum(['electronic', 'post']),
  contractStart: plannedDateSchema,
  /** Planned option decisions, keyed `<optionId>#<n>` (n = 1 … count). */
  optionDecisions: z
    .record(z.string().max(60), isoDateSchema)
    .refine((decisions) => Object.keys(decisions).length <= MAX_OPTION_DECISIONS, {
      message: `At most ${MAX_OPTION_DECISIONS} option decisions`,
      params: { issueKind: 'tooLong', limit: MAX_OPTION_DECISIONS },
    }),
});
/** See {@link timelineSchema}. */
export type Timeline = z.infer<typeof timelineSchema>;

/** A timeline with nothing planned. */
export const emptyTimeline: Timeline = {
  marketDialogueStart: null,
  marketDialogueEnd: null,
  noticeSent: null,
  requestsDeadline: null,
  invitationsSent: null,
  questionsDeadline: null,
  tenderDeadline: null,
  evaluationEnd: null,
  decision: null,
  decisionDelivery: 'electronic',
  contractStart: null,
  optionDecisions: {},
};

/** The dated milestones, in procurement order (for forms, the calendar and exports). */
export const MILESTONES = [
  'marketDialogueStart',
  'marketDialogueEnd',
  'noticeSent',
  'requestsDeadline',
  'invitationsSent',
  'questionsDeadline',
  'tenderDeadline',
  'evaluationEnd',
  'decision',
  'contractStart',
] as const;
/** One dated milestone. */
export type Milestone = (typeof MILESTONES)[number];
