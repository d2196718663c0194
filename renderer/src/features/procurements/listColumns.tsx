import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterLink, StaticChip } from 'suomifi-ui-components';
import type { IsoDate } from '../../../../shared/domain/common/isoDate';
import { nextDeadline } from '../../../../shared/domain/procurement/nextDeadline';
import type {
  ProcurementSummary,
  summaryRegimeSchema,
} from '../../../../shared/domain/procurement/procurement';
import type { UiLanguage } from '../../../../shared/domain/workspace/organisationProfile';
import { formatDate, formatDateTime, formatEuro } from '../../../../shared/format';
import { hrefOf, navigate } from '../../app/routes';
import type { DataTableColumn } from '../../components/table/dataTableTypes';
import { LazyActionMenu } from '../../components/table/LazyActionMenu';
import type { ListDialog } from './ListDialogs';

/** Sort order of regimes: from the lightest rules to the heaviest (25–26 §). */
const REGIME_ORDER: Record<(typeof summaryRegimeSchema.options)[number], number> = {
  belowNational: 0,
  utilityBelowEu: 1,
  national: 2,
  eu: 3,
};

/** What the row actions call. */
export interface RowActions {
  setDialog: (dialog: ListDialog) => void;
  exportOne: (item: ProcurementSummary) => void;
  setArchived: (item: ProcurementSummary, archived: boolean) => void;
}

/**
 * The list's columns: title (link), reference, status, estimated value, regime, next
 * deadline, responsible person, last edit, actions. Stable between renders so that rows
 * re-render only when their own summary changes.
 */
export function useListColumns(
  language: UiLanguage,
  today: IsoDate,
  actions: RowActions,
): DataTableColumn<ProcurementSummary>[] {
  const { t } = useTranslation();
  const { setDialog, exportOne, setArchived } = actions;
  return useMemo(
    () => [
      {
        id: 'title',
        header: t('list.columns.title'),
        width: '22%',
        sortValue: (s) => s.title,
        cell: (s) => (
          <span className="title-cell">
            <RouterLink href={hrefOf({ kind: 'procurement', id: s.id, phase: 'planning' })}>
              {s.title}
            </RouterLink>
            {s.archived && <StaticChip ml="xs">{t('list.archivedTag')}</StaticChip>}
          </span>
        ),
      },
      {
        id: 'referenceNumber',
        header: t('list.columns.referenceNumber'),
        sortValue: (s) => s.referenceNumber || null,
        cell: (s) => s.referenceNumber,
      },
      {
        id: 'status',
        header: t('list.columns.status'),
        sortValue: (s) => t(`status.${s.status}`),
        cell: (s) => t(`status.${s.status}`),
      },
      {
        id: 'value',
        header: t('procurementList.columns.value'),
        align: 'end',
        sortValue: (s) => s.estimatedTotalCents,
        // Whole euros in the list (rounded half away from zero by Intl); cents in planning.
        cell: (s) => formatEuro(s.estimatedTotalCents, language, { wholeEuros: true }),
      },
      {
        id: 'regime',
        header: t('procurementList.columns.regime'),
        sortValue: (s) => (s.regime === null ? null : REGIME_ORDER[s.regime]),
        cell: (s) => (
          <>
            {s.regime === null
              ? t('procurementList.regime.unknown')
              : t(`procurementList.regime.${s.regime}`)}
            {s.regime !== null && !s.regimeDateIsPlannedNotice && (
              <span className="hp-cell-note">{t('procurementList.regime.withoutNoticeDate')}</span>
            )}
          </>
        ),
      },
      {
        id: 'nextDeadline',
        header: t('procurementList.columns.nextDeadline'),
        sortValue: (s) => nextDeadline(s, today)?.date ?? null,
        cell: (s) => {
          const next = nextDeadline(s, today);
          return next === null
            ? t('procurementList.noDeadline')
            : t('procurementList.nextDeadline', {
                milestone: t(`timeline.milestones.${next.milestone}`),
                date: formatDate(next.date, language),
              });
        },
      },
      {
        id: 'responsiblePerson',
        header: t('list.columns.responsiblePerson'),
        sortValue: (s) => s.responsiblePerson || null,
        cell: (s) => s.responsiblePerson,
      },
      {
        id: 'updatedAt',
        header: t('list.columns.updatedAt'),
        sortValue: (s) => s.updatedAt,
        cell: (s) => formatDateTime(s.updatedAt, language),
      },
      {
        id: 'actions',
        header: t('list.columns.actions'),
        width: '9rem',
        align: 'end',
        cell: (item) => (
          <LazyActionMenu
            buttonText={t('common.actions')}
            aria-label={t('list.actionsFor', { title: item.title })}
            data-testid={`row-actions-${item.id}`}
            // An array, not a fragment: the menu handles its items one by one.
            items={({ Item, Divider }) => [
              <Item
                key="open"
                onClick={() => navigate({ kind: 'procurement', id: item.id, phase: 'planning' })}
              >
                {t('common.open')}
              </Item>,
              <Item key="rename" onClick={() => setDialog({ kind: 'rename', item })}>
                {t('common.rename')}
              </Item>,
              <Item key="duplicate" onClick={() => setDialog({ kind: 'duplicate', item })}>
                {t('common.duplicate')}
              </Item>,
              <Item key="export" onClick={() => exportOne(item)}>
                {t('common.export')}
              </Item>,
              <Item key="archive" onClick={() => setArchived(item, !item.archived)}>
                {item.archived ? t('common.unarchive') : t('common.archive')}
              </Item>,
              <Divider key="divider" />,
              <Item key="delete" onClick={() => setDialog({ kind: 'delete', item })}>
                {t('common.delete')}
              </Item>,
            ]}
          />
        ),
      },
    ],
    [t, language, today, setDialog, exportOne, setArchived],
  );
}
