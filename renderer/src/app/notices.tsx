import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Notification, Toast } from 'suomifi-ui-components';
import type { AppError } from '../../../shared/api/errors';
import { describeError, describeIssues } from './describeError';

/** A message shown to the user after an action; an undo action makes it stay longer. */
export interface Notice {
  id: number;
  kind: 'success' | 'error';
  text: string;
  details?: string[];
  action?: { label: string; run: () => void };
}

interface NoticeApi {
  success: (text: string, action?: Notice['action']) => void;
  error: (error: AppError) => void;
  dismiss: (id: number) => void;
}

const NoticeContext = createContext<NoticeApi | null>(null);

const SUCCESS_MS = 6000;
const UNDO_MS = 15000;

/** Provides `useNotices()` and renders the notices in a polite live region. */
export function NoticeProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [notices, setNotices] = useState<Notice[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => {
    setNotices((list) => list.filter((n) => n.id !== id));
  }, []);

  const push = useCallback(
    (notice: Omit<Notice, 'id'>) => {
      const id = nextId.current++;
      setNotices((list) => [...list.slice(-3), { ...notice, id }]);
      if (notice.kind === 'success') {
        setTimeout(() => dismiss(id), notice.action ? UNDO_MS : SUCCESS_MS);
      }
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
    }),
    [push, dismiss, t],
  );

  return (
    <NoticeContext.Provider value={api}>
      {children}
      <div className="notices" aria-live="polite" data-testid="notices">
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
    </NoticeContext.Provider>
  );
}

/** Shows success notices (optionally with undo) and error results. */
export function useNotices(): NoticeApi {
  const api = useContext(NoticeContext);
  if (!api) throw new Error('useNotices outside NoticeProvider');
  return api;
}
