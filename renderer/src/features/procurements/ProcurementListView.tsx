import {
  lazy,
  Suspense,
  useCallback,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Checkbox,
  Dropdown,
  DropdownItem,
  Heading,
  LoadingSpinner,
  Paragraph,
  SearchInput,
} from 'suomifi-ui-components';
import { localIsoDate } from '../../../../shared/domain/common/isoDate';
import { prepareSearchIndex, searchIndex } from '../../../../shared/domain/procurement/listSearch';
import type {
  ProcurementStatus,
  ProcurementSummary,
} from '../../../../shared/domain/procurement/procurement';
import { useFocusOnViewChange } from '../../app/focus';
import { useNotices } from '../../app/notices';
import {
  isProcurementStatus,
  PROCUREMENT_STATUSES,
} from '../../../../shared/domain/procurement/procurementStatus';
import { useAppSettings } from '../../app/settingsContext';
import { navigate } from '../../app/routes';
import { loadAllTexts } from '../../i18n';
import { StorageProblems } from '../../components/StorageProblems';
import { DataTable } from '../../components/table/DataTable';
import { preloadActionMenu } from '../../components/table/LazyActionMenu';
import type { ListDialog } from './ListDialogs';
import { useListColumns } from './listColumns';
import { useProcurementList } from './useProcurementList';

// The dialogs (Suomi.fi Modal, react-modal, title validation) are not part of the first
// screen: their chunk loads when the list is idle, or on the first click at the latest
// (with the texts beyond the first screen's, which error messages may name fields from).
const loadDialogs = () => import('./ListDialogs');
const ListDialogs = lazy(() =>
  Promise.all([loadDialogs(), loadAllTexts()]).then(([m]) => ({ default: m.ListDialogs })),
);

const rowId = (s: ProcurementSummary) => s.id;
const openRow = (s: ProcurementSummary) =>
  navigate({ kind: 'procurement', id: s.id, phase: 'planning' });

/**
 * The procurement list: search over an index prepared once per load, status and archive
 * filters, a virtualised sortable table (value, regime, next deadline), the sample
 * procurement at any time, and per-row actions.
 */
export function ProcurementListView() {
  const { t } = useTranslation();
  const { settings } = useAppSettings();
  const language = settings.language;
  const list = useProcurementList();
  const [today] = useState(() => localIsoDate(new Date()));
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [status, setStatus] = useState<ProcurementStatus | 'all'>('all');
  const [showArchived, setShowArchived] = useState(false);
  const [dialog, setDialog] = useState<ListDialog>({ kind: 'none' });
  const close = useCallback(() => setDialog({ kind: 'none' }), []);
  const listed = list.items !== null;
  useEffect(() => {
    if (!listed) return;
    // Once the list is on screen: the dialogs and the other screens' texts, in idle time.
    const idle = window.requestIdleCallback(() => {
      void loadDialogs();
      void loadAllTexts();
      preloadActionMenu();
    });
    return () => window.cancelIdleCallback(idle);
  }, [listed]);

  // Row actions read the latest list through a ref so the columns (and rows) stay memoised.
  const listRef = useRef(list);
  useLayoutEffect(() => {
    listRef.current = list;
  });
  const exportOne = useCallback(
    (item: ProcurementSummary) => void listRef.current.exportOne(item),
    [],
  );
  const setArchived = useCallback(
    (item: ProcurementSummary, archived: boolean) =>
      void listRef.current.setArchived(item, archived),
    [],
  );
  const columns = useListColumns(language, today, { setDialog, exportOne, setArchived });

  const index = useMemo(() => prepareSearchIndex(list.items ?? []), [list.items]);
  const visible = useMemo(
    () =>
      searchIndex(index, deferredQuery)
        .map((e) => e.summary)
        .filter((p) => (showArchived || !p.archived) && (status === 'all' || p.status === status)),
    [index, deferredQuery, showArchived, status],
  );

  useFocusOnViewChange('list', [t('list.title')]);
  // Ctrl+Z undoes the latest deletion or archiving from anywhere on the list (outside text
  // fields, which keep their own undo): no need to travel to the notice (WCAG 2.1.1, 2.2.1).
  const notices = useNotices();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey) return;
      if (event.key.toLowerCase() !== 'z') return;
      const target = event.target;
      if (
        target instanceof HTMLElement &&
        (target.isContentEditable || target.matches('input, textarea, select'))
      )
        return;
      if (notices.undoLatest()) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [notices]);

  const openSample = () =>
    void list.createSample(language).then((sample) => {
      if (sample) navigate({ kind: 'procurement', id: sample.id, phase: 'planning' });
    });

  return (
    <div>
      <Heading variant="h1" mb="s">
        {t('list.title')}
      </Heading>
      <Paragraph mb="m">{t('list.intro')}</Paragraph>
      <StorageProblems problems={list.problems} onDismiss={list.dismissProblems} />
      <div className="toolbar">
        <Button onClick={() => setDialog({ kind: 'create' })} data-testid="new-procurement">
          {t('list.newProcurement')}
        </Button>
        <Button
          variant="secondary"
          onClick={() => void list.importOne()}
          data-testid="import-procurement"
        >
          {t('common.import')}
        </Button>
        <Button variant="secondary" onClick={openSample} data-testid="open-sample">
          {t('procurementList.openSample')}
        </Button>
      </div>
      <div className="toolbar">
        <div className="grow">
          <SearchInput
            labelText={t('list.searchLabel')}
            visualPlaceholder={t('list.searchPlaceholder')}
            clearButtonLabel={t('common.clear')}
            searchButtonLabel={t('common.search')}
            value={query}
            fullWidth
            onChange={(value) => setQuery(String(value))}
            onSearch={(value) => setQuery(String(value))}
            data-testid="list-search"
          />
        </div>
        <Dropdown
          labelText={t('list.statusFilter')}
          data-testid="list-status-filter"
          value={status}
          onChange={(value: string) => setStatus(isProcurementStatus(value) ? value : 'all')}
        >
          {[
            <DropdownItem key="all" value="all">
              {t('list.allStatuses')}
            </DropdownItem>,
            ...PROCUREMENT_STATUSES.map((s) => (
              <DropdownItem key={s} value={s}>
                {t(`status.${s}`)}
              </DropdownItem>
            )),
          ]}
        </Dropdown>
        <Checkbox
          checked={showArchived}
          onClick={({ checkboxState }) => setShowArchived(checkboxState)}
        >
          {t('list.showArchived')}
        </Checkbox>
      </div>
      {/* Its own polite live region: the count is said when the search or a filter changes. */}
      <p className="visually-hidden" role="status" data-testid="list-result-count">
        {list.items === null ? '' : t('procurementList.resultCount', { count: visible.length })}
      </p>
      {list.items === null ? (
        <LoadingSpinner text={t('app.loading')} />
      ) : list.items.length === 0 ? (
        <div className="panel" data-testid="empty-list">
          <Heading variant="h2" mb="xs">
            {t('list.empty')}
          </Heading>
          <Paragraph mb="s">{t('list.emptyHint')}</Paragraph>
          <Paragraph data-testid="sample-offer">{t('planning.sample.offerBody')}</Paragraph>
        </div>
      ) : visible.length === 0 ? (
        <Paragraph className="panel">{t('list.noMatches')}</Paragraph>
      ) : (
        <DataTable
          rows={visible}
          columns={columns}
          rowId={rowId}
          caption={t('list.caption', { count: visible.length })}
          initialSort={{ columnId: 'updatedAt', descending: true }}
          onRowActivate={openRow}
          keyboardHint={t('procurementList.tableHint')}
          estimateRowHeight={64}
          data-testid="procurement-table"
        />
      )}
      {dialog.kind !== 'none' && (
        <Suspense fallback={<LoadingSpinner text={t('app.loading')} />}>
          <ListDialogs dialog={dialog} list={list} close={close} />
        </Suspense>
      )}
    </div>
  );
}
