import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
  type RefObject,
} from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Notification, Toast } from 'suomifi-ui-components';
import type { AppError } from '../../../shared/api/errors';
import { describeError, describeIssues } from './describeError';

/**
 * A message shown to the user after an action. One with an action (undo) has no time limit
 * (WCAG 2.2.1): it stays until the next such notice replaces it or the officer closes it.
 */
export interface Notice {
  id: number;
  kind: 'success' | 'error';
  text: string;
  details?: string[];
  /** The undo; `keyShortcuts` names a shortcut the view handles (e.g. Control+Z on the list). */
  action?: { label: string; run: () => void; keyShortcuts?: string };
}

interface NoticeApi {
  success: (text: string, action?: Notice['action']) => void;
  error: (error: AppError) => void;
  dismiss: (id: number) => void;
  /** Runs the undo of the latest notice that offers one; false when there is none. */
  undoLatest: () => boolean;
}

const NoticeContext = createContext<NoticeApi | null>(null);
const NoticesRegionContext = createContext<ReactNode>(null);

const SUCCESS_MS = 6000;

/**
 * Keeps the fixed notices from covering the focused field or an open list (WCAG 2.4.11): the
 * page reserves their height at its end and as scroll padding, and a focused element they would
 * cover is scrolled above them.
 */
function useNoticesNeverCover(region: RefObject<HTMLDivElement | null>, count: number): void {
  useEffect(() => {
    const el = region.current;
    if (!el) return;
    const root = document.documentElement;
    const apply = () => {
      const height = count > 0 ? el.getBoundingClientRect().height + 32 : 0;
      root.style.setProperty('--notices-height', `${height}px`);
      const focused = document.activeElement;
      if (count === 0 || !(focused instanceof HTMLElement) || focused === document.body) return;
      const box = focused.getBoundingClientRect();
      const covered = el.getBoundingClientRect();
      if (box.bottom > covered.top && box.top < covered.bottom) {
        focused.scrollIntoView({ block: 'nearest' });
      }
    };
    apply();
    const observer = new ResizeObserver(apply);
    observer.observe(el);
    return () => observer.disconnect();
  }, [region, count]);
}

/** Provides `useNotices()` and renders the notices in a polite live region. */
export function NoticeProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [notices, setNotices] = useState<Notice[]>([]);
  const nextId = useRef(1);
  const latest = useRef<Notice[]>([]);
  useEffect(() => {
    latest.current = notices;
  }, [notices]);
  const region = useRef<HTMLDivElement>(null);
  useNoticesNeverCover(region, notices.length);

  const dismiss = useCallback((id: number) => {
    setNotices((list) => list.filter((n) => n.id !== id));
  }, []);

  const push = useCallback(
    (notice: Omit<Notice, 'id'>) => {
      const id = nextId.current++;
      // A new undo replaces the previous one; plain successes leave after a while.
      setNotices((list) => [
        ...list.filter((n) => !(notice.action && n.action)).slice(-3),
        { ...notice, id },
      ]);
      if (notice.kind === 'success' && !notice.action) setTimeout(() => dismiss(id), SUCCESS_MS);
    },
    [dismiss],
  );

  const api = useMemo<NoticeApi>(
    () => ({
      success: (text, action) =>
        push(action ? { kind: 'success', text, action } : { kind: 'success', text }),
      error: (error) =>
        push({
          kind: 'error',
          text: describeError(t, error),
          details: describeIssues(t, error.issues),
        }),
      dismiss,
      undoLatest: () => {
        const notice = [...latest.current].reverse().find((n) => n.action);
        if (!notice?.action) return false;
        dismiss(notice.id);
        notice.action.run();
        return true;
      },
    }),
    [push, dismiss, t],
  );

  return (
    <NoticeContext.Provider value={api}>
      <NoticesRegionContext.Provider
        value={
          <div className="notices" aria-live="polite" data-testid="notices" ref={region}>
            {notices.map((notice) =>
              notice.kind === 'error' ? (
                <Notification
                  key={notice.id}
                  status="error"
                  headingText={t('errors.title')}
                  closeText={t('common.close')}
                  onCloseButtonClick={() => dismiss(notice.id)}
                  data-testid="notice-error"
                >
                  {notice.text}
                  {notice.details && notice.details.length > 0 && (
                    <ul className="issue-list">
                      {notice.details.map((line) => (
                        <li key={line}>{line}</li>
                      ))}
                    </ul>
                  )}
                </Notification>
              ) : (
                <Toast key={notice.id} data-testid="notice-success">
                  <span className="toast-row">
                    <span>{notice.text}</span>
                    {notice.action && (
                      <Button
                        variant="secondary"
                        aria-keyshortcuts={notice.action.keyShortcuts}
                        onClick={() => {
                          dismiss(notice.id);
                          notice.action?.run();
                        }}
                      >
                        {notice.action.label}
                      </Button>
                    )}
                    <Button variant="secondaryNoBorder" onClick={() => dismiss(notice.id)}>
                      {t('common.close')}
                    </Button>
                  </span>
                </Toast>
              ),
            )}
          </div>
        }
      >
        {children}
      </NoticesRegionContext.Provider>
    </NoticeContext.Provider>
  );
}

/**
 * Where the app shell shows the notices: just before the main area. They are drawn fixed at the
 * bottom, but in the tab order an undo is a few steps from the view's first controls, not
 * after the whole page.
 */
export function NoticesOutlet() {
  return useContext(NoticesRegionContext);
}

/** Shows success notices (optionally with undo) and error results. */
export function useNotices(): NoticeApi {
  const api = useContext(NoticeContext);
  if (!api) throw new Error('useNotices outside NoticeProvider');
  return api;
}
