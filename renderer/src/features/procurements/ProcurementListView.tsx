import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ActionMenu,
  ActionMenuDivider,
  ActionMenuItem,
  Button,
  Checkbox,
  Dropdown,
  DropdownItem,
  Heading,
  LoadingSpinner,
  Paragraph,
  RouterLink,
  SearchInput,
  StaticChip,
  Table,
} from 'suomifi-ui-components';
import { assertNever } from '../../../../shared/assertNever';
import {
  matchesSearch,
  procurementStatusSchema,
  type ProcurementStatus,
  type ProcurementSummary,
} from '../../../../shared/domain/procurement/procurement';
import { formatDateTime } from '../../../../shared/format';
import { useAppSettings } from '../../app/settingsContext';
import { hrefOf, navigate } from '../../app/routes';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { StorageProblems } from '../../components/StorageProblems';
import { TitleDialog } from '../../components/TitleDialog';
import { useProcurementList } from './useProcurementList';

type Dialog =
  | { kind: 'none' }
  | { kind: 'create' }
  | { kind: 'rename'; item: ProcurementSummary }
  | { kind: 'duplicate'; item: ProcurementSummary }
  | { kind: 'delete'; item: ProcurementSummary };

/** The procurement list: search, filter, create, and per-row actions. */
export function ProcurementListView() {
  const { t } = useTranslation();
  const { settings } = useAppSettings();
  const language = settings.language;
  const list = useProcurementList();
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<ProcurementStatus | 'all'>('all');
  const [showArchived, setShowArchived] = useState(false);
  const [dialog, setDialog] = useState<Dialog>({ kind: 'none' });
  const close = () => setDialog({ kind: 'none' });

  const visible = useMemo(
    () =>
      (list.items ?? []).filter(
        (p) =>
          (showArchived || !p.archived) &&
          (status === 'all' || p.status === status) &&
          matchesSearch(p, query),
      ),
    [list.items, showArchived, status, query],
  );

  const columns = [
    { key: 'title', labelText: t('list.columns.title') },
    { key: 'referenceNumber', labelText: t('list.columns.referenceNumber') },
    { key: 'status', labelText: t('list.columns.status') },
    { key: 'responsiblePerson', labelText: t('list.columns.responsiblePerson') },
    { key: 'updatedAt', labelText: t('list.columns.updatedAt') },
    { key: 'actions', labelText: t('list.columns.actions'), textAlign: 'right' as const },
  ] as const;

  const rows = visible.map((item) => ({
    id: item.id,
    title: (
      <span className="title-cell">
        <RouterLink href={hrefOf({ kind: 'procurement', id: item.id, phase: 'planning' })}>
          {item.title}
        </RouterLink>
        {item.archived && <StaticChip ml="xs">{t('list.archivedTag')}</StaticChip>}
      </span>
    ),
    referenceNumber: item.referenceNumber,
    status: t(`status.${item.status}`),
    responsiblePerson: item.responsiblePerson,
    updatedAt: formatDateTime(item.updatedAt, language),
    actions: (
      <ActionMenu
        buttonText={t('common.actions')}
        aria-label={t('list.actionsFor', { title: item.title })}
        buttonVariant="secondary"
        data-testid={`row-actions-${item.id}`}
      >
        <ActionMenuItem
          onClick={() => navigate({ kind: 'procurement', id: item.id, phase: 'planning' })}
        >
          {t('common.open')}
        </ActionMenuItem>
        <ActionMenuItem onClick={() => setDialog({ kind: 'rename', item })}>
          {t('common.rename')}
        </ActionMenuItem>
        <ActionMenuItem onClick={() => setDialog({ kind: 'duplicate', item })}>
          {t('common.duplicate')}
        </ActionMenuItem>
        <ActionMenuItem onClick={() => void list.exportOne(item)}>
          {t('common.export')}
        </ActionMenuItem>
        <ActionMenuItem onClick={() => void list.setArchived(item, !item.archived)}>
          {item.archived ? t('common.unarchive') : t('common.archive')}
        </ActionMenuItem>
        <ActionMenuDivider />
        <ActionMenuItem onClick={() => setDialog({ kind: 'delete', item })}>
          {t('common.delete')}
        </ActionMenuItem>
      </ActionMenu>
    ),
  }));

  const renderDialog = () => {
    switch (dialog.kind) {
      case 'none':
        return null;
      case 'create':
        return (
          <TitleDialog
            heading={t('dialogs.createTitle')}
            hint={t('dialogs.createHint')}
            initialTitle=""
            confirmLabel={t('common.create')}
            onCancel={close}
            onConfirm={async (title) => {
              const created = await list.create(title);
              if (!created) return false;
              close();
              navigate({ kind: 'procurement', id: created.id, phase: 'planning' });
              return true;
            }}
          />
        );
      case 'rename':
        return (
          <TitleDialog
            heading={t('dialogs.renameTitle')}
            hint={dialog.item.title}
            initialTitle={dialog.item.title}
            confirmLabel={t('common.save')}
            onCancel={close}
            onConfirm={async (title) => {
              const ok = await list.rename(dialog.item.id, title);
              if (ok) close();
              return ok;
            }}
          />
        );
      case 'duplicate':
        return (
          <TitleDialog
            heading={t('dialogs.duplicateTitle')}
            hint={t('dialogs.duplicateHint')}
            initialTitle={t('dialogs.copyOf', { title: dialog.item.title }).slice(0, 200)}
            confirmLabel={t('common.duplicate')}
            onCancel={close}
            onConfirm={async (title) => {
              const ok = await list.duplicate(dialog.item.id, title);
              if (ok) close();
              return ok;
            }}
          />
        );
      case 'delete':
        return (
          <ConfirmDialog
            heading={t('dialogs.deleteTitle')}
            body={t('dialogs.deleteBody', { title: dialog.item.title })}
            confirmLabel={t('dialogs.deleteConfirm')}
            onCancel={close}
            onConfirm={() => {
              close();
              void list.remove(dialog.item);
            }}
          />
        );
      default:
        return assertNever(dialog);
    }
  };

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
            onChange={(value) => setQuery(value)}
            onSearch={(value) => setQuery(value)}
          />
        </div>
        <Dropdown
          labelText={t('list.statusFilter')}
          value={status}
          onChange={(value: string) =>
            setStatus(value === 'all' ? 'all' : procurementStatusSchema.parse(value))
          }
        >
          {[
            <DropdownItem key="all" value="all">
              {t('list.allStatuses')}
            </DropdownItem>,
            ...procurementStatusSchema.options.map((s) => (
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
      {list.items === null ? (
        <LoadingSpinner text={t('app.loading')} />
      ) : list.items.length === 0 ? (
        <>
          <div className="panel" data-testid="empty-list">
            <Heading variant="h2" mb="xs">
              {t('list.empty')}
            </Heading>
            <Paragraph>{t('list.emptyHint')}</Paragraph>
          </div>
          <div className="panel sample-offer" data-testid="sample-offer">
            <Heading variant="h2" mb="xs">
              {t('planning.sample.offerHeading')}
            </Heading>
            <Paragraph mb="m">{t('planning.sample.offerBody')}</Paragraph>
            <Button
              variant="secondary"
              onClick={() =>
                void list.createSample(language).then((sample) => {
                  if (sample) navigate({ kind: 'procurement', id: sample.id, phase: 'planning' });
                })
              }
              data-testid="open-sample"
            >
              {t('planning.sample.open')}
            </Button>
          </div>
        </>
      ) : visible.length === 0 ? (
        <Paragraph className="panel">{t('list.noMatches')}</Paragraph>
      ) : (
        <Table
          caption={t('list.caption', { count: visible.length })}
          columns={columns}
          data={rows}
          data-testid="procurement-table"
        />
      )}
      {renderDialog()}
    </div>
  );
}
