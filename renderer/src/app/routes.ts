import { useEffect, useState } from 'react';
import { assertNever } from '../../../shared/assertNever';
import { isPhase, type Phase } from '../../../shared/domain/procurement/phases';

/** The screens of the app, as a discriminated union so every switch must handle each. */
export type View =
  | { kind: 'list' }
  | { kind: 'procurement'; id: string; phase: Phase; step?: string }
  | { kind: 'calendar' }
  | { kind: 'settings' };

/**
 * Reads a view from the location hash (`#/procurements/<id>/planning/value`: procurement,
 * phase, and the step inside the phase, which the phase checks); unknown → list.
 */
export function parseHash(hash: string): View {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'settings') return { kind: 'settings' };
  if (parts[0] === 'calendar') return { kind: 'calendar' };
  if (parts[0] === 'procurements' && parts[1]) {
    const phase = parts[2] && isPhase(parts[2]) ? parts[2] : 'planning';
    const step = parts[2] && isPhase(parts[2]) ? parts[3] : undefined;
    return step
      ? { kind: 'procurement', id: parts[1], phase, step }
      : { kind: 'procurement', id: parts[1], phase };
  }
  return { kind: 'list' };
}

/** The hash for a view. */
export function hrefOf(view: View): string {
  switch (view.kind) {
    case 'list':
      return '#/';
    case 'calendar':
      return '#/calendar';
    case 'settings':
      return '#/settings';
    case 'procurement':
      return `#/procurements/${encodeURIComponent(view.id)}/${view.phase}${
        view.step ? `/${encodeURIComponent(view.step)}` : ''
      }`;
    default:
      return assertNever(view);
  }
}

/** Moves to a view (adds a history entry, so the mouse's back button works). */
export function navigate(view: View): void {
  window.location.hash = hrefOf(view);
}

/** The current view, following hash changes. */
export function useView(): View {
  const [view, setView] = useState<View>(() => parseHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setView(parseHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return view;
}
