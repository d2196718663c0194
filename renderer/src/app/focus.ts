import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The one focus-management helper of the app (WCAG 2.4.3 focus order, 2.4.2 page titled,
 * 4.1.3 status messages). The focus never drops to the page body when the focused control
 * goes away:
 * - a view change moves it to the new view's heading ({@link useFocusOnViewChange}, which also
 *   sets the window title), a step change to the step's heading ({@link useFocusOnStepChange});
 * - a removal moves it to the next item of the same list, else the previous one, else the list's
 *   fallback ({@link focusAfterRemoval}). A list's items carry `data-focus-item="<list>"` and
 *   the control to fall back to (its add button) `data-focus-fallback="<list>"`;
 *   {@link useFocusGuard} (mounted once in the app shell) applies this to every removal, so a
 *   new list needs only the attributes;
 * - an undo puts it on the restored item ({@link useFocusAfterRender} + {@link focusFirstIn}).
 * Status messages go through one polite live region ({@link announce}).
 */

const FOCUSABLE =
  'input:not([disabled]):not([type="hidden"]), textarea:not([disabled]), select:not([disabled]), button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

/** Focuses `el`, making it focusable by script (tabindex -1) when it is not already. */
export function focusElement(el: HTMLElement): void {
  if (!el.matches(FOCUSABLE) && !el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
  el.focus();
}

/** Focuses the first control inside `el` (or `el` itself when it holds none). */
export function focusFirstIn(el: HTMLElement | null | undefined): boolean {
  if (!el || !el.isConnected) return false;
  // An item that is itself focusable (a table row with a roving tabindex) takes the focus.
  const target =
    el.matches(FOCUSABLE) || el.hasAttribute('tabindex')
      ? el
      : el.querySelector<HTMLElement>(FOCUSABLE);
  focusElement(target ?? el);
  return true;
}

/**
 * Focuses the view's heading: an element marked `data-view-heading`, else the first `h1` in
 * the main area. `selector` chooses another heading (a step's). False when none is shown yet.
 */
export function focusHeading(selector?: string): boolean {
  const el =
    (selector ? document.querySelector<HTMLElement>(selector) : null) ??
    document.querySelector<HTMLElement>('main [data-view-heading]') ??
    document.querySelector<HTMLElement>('main h1');
  if (!el) return false;
  focusElement(el);
  return true;
}

/** The items of the focus list `list`, in page order. */
function itemsOf(list: string): HTMLElement[] {
  return Array.from(
    document.querySelectorAll<HTMLElement>(`[data-focus-item="${CSS.escape(list)}"]`),
  );
}

/**
 * After the item at `index` of `list` was removed: focuses the item now at `index` (the next
 * one), else the last one, else the list's `data-focus-fallback` control, else the view's
 * heading.
 */
export function focusAfterRemoval(list: string, index: number): boolean {
  const items = itemsOf(list);
  const target = items[Math.min(index, items.length - 1)];
  if (target) return focusFirstIn(target);
  const fallback = document.querySelector<HTMLElement>(
    `[data-focus-fallback="${CSS.escape(list)}"]`,
  );
  if (fallback) return focusFirstIn(fallback);
  return focusHeading();
}

/** Runs `focus` once a heading is rendered (lazy views and loading states come first). */
function whenRendered(focus: () => boolean): () => void {
  let frames = 0;
  let handle = requestAnimationFrame(function tryFocus() {
    if (focus() || ++frames > 120) return;
    handle = requestAnimationFrame(tryFocus);
  });
  return () => cancelAnimationFrame(handle);
}

/** The first view after the app starts keeps the focus at the top (skip link, menus first). */
let appStarted = false;

/**
 * Every view calls this: sets the window title (`parts – Hankintapolku`, e.g. procurement and
 * phase) and, when `key` changes (another view, another procurement, another phase), moves the
 * focus to the view's heading (not on the app's first view: the skip link comes first there).
 * `key` null = still loading (nothing to focus yet).
 */
export function useFocusOnViewChange(key: string | null, titleParts: readonly string[]): void {
  const { t } = useTranslation();
  const title = [...titleParts.filter(Boolean), t('app.name')].join(' – ');
  useEffect(() => {
    document.title = title;
  }, [title]);
  const focused = useRef<string | null>(null);
  useEffect(() => {
    if (key === null || focused.current === key) return;
    focused.current = key;
    if (!appStarted) {
      appStarted = true;
      return;
    }
    return whenRendered(() => focusHeading());
  }, [key]);
}

/**
 * For a phase's steps: when the step changes (not on the first render: the view's heading takes
 * the focus then), moves the focus to the first heading of the step's content.
 */
export function useFocusOnStepChange(step: string, contentSelector: string): void {
  const previous = useRef(step);
  useEffect(() => {
    if (previous.current === step) return;
    previous.current = step;
    return whenRendered(() => focusHeading(`${contentSelector} :is(h2, h3)`));
  }, [step, contentSelector]);
}

/**
 * Schedules a focus move for right after the component's next render (e.g. onto an item an
 * undo has just put back): `schedule(() => focusFirstIn(...))`.
 */
export function useFocusAfterRender(): (focus: () => void) => void {
  const pending = useRef<(() => void) | null>(null);
  useLayoutEffect(() => {
    const run = pending.current;
    if (!run) return;
    pending.current = null;
    run();
  });
  return useCallback((focus: () => void) => {
    pending.current = focus;
  }, []);
}

/**
 * Mounted once in the app shell: when the focused control is removed from the page (a row
 * deleted or archived, a lot removed, a dialog's opener gone) and the focus fell to the body,
 * moves it by {@link focusAfterRemoval} to the next item of the list it was in, or to the view's
 * heading.
 */
export function useFocusGuard(): void {
  useEffect(() => {
    let last: { el: HTMLElement; list: string | null; index: number } | null = null;
    const onFocusIn = (event: FocusEvent) => {
      if (!(event.target instanceof HTMLElement) || event.target === document.body) return;
      const item = event.target.closest<HTMLElement>('[data-focus-item]');
      const list = item?.dataset['focusItem'] || null;
      last = { el: event.target, list, index: list && item ? itemsOf(list).indexOf(item) : -1 };
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new MutationObserver(() => {
      if (!last || last.el.isConnected || timer) return;
      // A dialog gives the focus back to its opener itself; only what is still lost is moved.
      timer = setTimeout(() => {
        timer = undefined;
        const lost = last;
        const active = document.activeElement;
        if (!lost || lost.el.isConnected || (active && active !== document.body)) return;
        last = null;
        if (lost.list && lost.index >= 0) focusAfterRemoval(lost.list, lost.index);
        else focusHeading();
      }, 30);
    });
    document.addEventListener('focusin', onFocusIn);
    observer.observe(document.body, { childList: true, subtree: true });
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      observer.disconnect();
      clearTimeout(timer);
    };
  }, []);
}

/**
 * Says `text` in the app's one polite live region (rendered by the app shell as
 * `#announcer`): search and filter counts, the calendar year, the language switch, each save.
 */
export function announce(text: string): void {
  const region = document.getElementById('announcer');
  if (!region) return;
  // Emptied first so the same text twice in a row is said twice.
  region.textContent = '';
  setTimeout(() => {
    region.textContent = text;
  }, 50);
}
