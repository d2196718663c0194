/**
 * The phases of one procurement, in the order the officer walks them (DOMAIN § 1: planning →
 * market dialogue → criteria → employment clause → documents → contract follow-up).
 */
export const PHASES = [
  'planning',
  'marketDialogue',
  'criteria',
  'employmentClause',
  'documents',
  'followUp',
] as const;

/** One phase. */
export type Phase = (typeof PHASES)[number];

/** True when `value` names a phase. */
export function isPhase(value: string): value is Phase {
  return (PHASES as readonly string[]).includes(value);
}

/** The phase before and after `phase`, if any. */
export function neighbourPhases(phase: Phase): { previous: Phase | null; next: Phase | null } {
  const i = PHASES.indexOf(phase);
  return { previous: PHASES[i - 1] ?? null, next: PHASES[i + 1] ?? null };
}
