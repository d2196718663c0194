import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '../../../../shared/domain/workspace/organisationProfile';
import type { Result } from '../../../../shared/api/errors';
import type {
  Procurement,
  ProcurementSummary,
} from '../../../../shared/domain/procurement/procurement';
import type { StorageProblem } from '../../../../shared/domain/workspace/storageProblem';
import { call } from '../../api/client';
import { useNotices } from '../../app/notices';
import { arrivedList, takeList } from './listPrefetch';

/** The procurement list and every action on it, each reporting success or error to the user. */
export function useProcurementList() {
  const { t } = useTranslation();
  const notices = useNotices();
  // The list fetched at start-up, when it is already here: rows in the first render.
  const [initial] = useState(() => {
    const arrived = arrivedList();
    return arrived?.ok ? arrived.value : null;
  });
  const [items, setItems] = useState<ProcurementSummary[] | null>(initial?.items ?? null);
  const [problems, setProblems] = useState<StorageProblem[]>(initial?.problems ?? []);

  const apply = useCallback(
    (result: Awaited<ReturnType<typeof call<'procurement:list'>>>) => {
      if (!result.ok) {
        notices.error(result.error);
        setItems([]);
        return;
      }
      setItems(result.value.items);
      setProblems(result.value.problems);
    },
    [notices],
  );

  const reload = useCallback(async () => apply(await call('procurement:list', {})), [apply]);

  useEffect(() => {
    const fetched = takeList();
    if (initial) return;
    let alive = true;
    void fetched.then((result) => alive && apply(result));
    return () => {
      alive = false;
    };
  }, [apply, initial]);

  /** Runs a call that creates a procurement, reports it and refreshes the list. */
  const created = async (result: Result<Procurement>) => {
    if (!result.ok) {
      notices.error(result.error);
      return null;
    }
    notices.success(t('list.created', { title: result.value.title }));
    await reload();
    return result.value;
  };

  const create = async (title: string) => created(await call('procurement:create', { title }));

  const createSample = async (language: UiLanguage) =>
    created(await call('procurement:createSample', { language }));

  const rename = async (id: string, title: string) => {
    const result = await call('procurement:rename', { id, title });
    if (!result.ok) {
      notices.error(result.error);
      return false;
    }
    notices.success(t('list.renamed', { title: result.value.title }));
    await reload();
    return true;
  };

  const duplicate = async (id: string, title: string) => {
    const result = await call('procurement:duplicate', { id, title });
    if (!result.ok) {
      notices.error(result.error);
      return false;
    }
    notices.success(t('list.duplicated', { title: result.value.title }));
    await reload();
    return true;
  };

  const setArchived = async (item: ProcurementSummary, archived: boolean) => {
    const result = await call('procurement:setArchived', { id: item.id, archived });
    if (!result.ok) return notices.error(result.error);
    notices.success(t(archived ? 'list.archived' : 'list.unarchived', { title: item.title }), {
      label: t('common.undo'),
      keyShortcuts: 'Control+Z',
      run: () => void setArchived({ ...item, archived }, !archived),
    });
    await reload();
  };

  const remove = async (item: ProcurementSummary) => {
    const result = await call('procurement:delete', { id: item.id });
    if (!result.ok) return notices.error(result.error);
    const { trashId } = result.value;
    notices.success(t('list.deleted', { title: item.title }), {
      label: t('common.undo'),
      keyShortcuts: 'Control+Z',
      run: () =>
        void (async () => {
          const restored = await call('procurement:restoreDeleted', { trashId });
          if (!restored.ok) return notices.error(restored.error);
          notices.success(t('list.restored', { title: restored.value.title }));
          await reload();
        })(),
    });
    await reload();
  };

  const exportOne = async (item: ProcurementSummary) => {
    const result = await call('procurement:export', { id: item.id });
    if (!result.ok) return notices.error(result.error);
    if (result.value.status === 'saved')
      notices.success(t('list.exported', { path: result.value.path }));
  };

  const importOne = async () => {
    const result = await call('procurement:import', {});
    if (!result.ok) return notices.error(result.error);
    if (result.value.status === 'cancelled') return;
    const { procurement, asCopy, migratedFrom } = result.value;
    const parts = [
      asCopy
        ? t('list.importedAsCopy', { title: procurement.title })
        : t('list.imported', { title: procurement.title }),
    ];
    if (migratedFrom !== null) parts.push(t('list.importedMigrated', { version: migratedFrom }));
    notices.success(parts.join(' '));
    await reload();
  };

  return {
    items,
    problems,
    dismissProblems: () => setProblems([]),
    create,
    createSample,
    rename,
    duplicate,
    setArchived,
    remove,
    exportOne,
    importOne,
  };
}
