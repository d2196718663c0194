import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/api/errors';
import type {
  CriteriaLibrary,
  LibraryChange,
} from '../../../../shared/domain/criteria/criteriaLibrary';
import { call } from '../../api/client';
import { useNotices } from '../../app/notices';

type State =
  | { kind: 'loading' }
  | { kind: 'failed'; error: AppError }
  | { kind: 'ready'; revision: number; library: CriteriaLibrary };

/**
 * The organisation's criteria library over `criteriaLibrary:get` / `:save`: every change
 * (a shared-library rule from criteriaLibrary.ts) is saved at once at the revision read; a
 * refused change or a conflict (saved in another window) is said, and the library reloaded.
 */
export function useCriteriaLibrary() {
  const { t } = useTranslation();
  const notices = useNotices();
  const [state, setState] = useState<State>({ kind: 'loading' });

  const load = useCallback(async () => {
    const result = await call('criteriaLibrary:get', {});
    setState(
      result.ok ? { kind: 'ready', ...result.value } : { kind: 'failed', error: result.error },
    );
  }, []);

  useEffect(() => {
    let alive = true;
    void call('criteriaLibrary:get', {}).then((result) => {
      if (!alive) return;
      setState(
        result.ok ? { kind: 'ready', ...result.value } : { kind: 'failed', error: result.error },
      );
    });
    return () => {
      alive = false;
    };
  }, []);

  const change = useCallback(
    async (f: (library: CriteriaLibrary) => LibraryChange, done: string) => {
      if (state.kind !== 'ready') return;
      const next = f(state.library);
      if (!next.ok) {
        notices.success(t(`criteria.libraryIssues.${next.problem}`));
        return;
      }
      const result = await call('criteriaLibrary:save', {
        revision: state.revision,
        library: next.library,
      });
      if (!result.ok) {
        notices.error(result.error);
        await load();
        return;
      }
      setState({ kind: 'ready', ...result.value });
      notices.success(done);
    },
    [state, notices, t, load],
  );

  return { state, change };
}
