import { useVirtualizer } from '@tanstack/react-virtual';
import {
  memo,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import type { DataTableColumn, TableSort } from './dataTableTypes';
import './dataTable.css';

/** Props of {@link DataTable}. */
export interface DataTableProps<Row> {
  /** The rows to show, already filtered by the caller. */
  rows: readonly Row[];
  columns: readonly DataTableColumn<Row>[];
  /** A stable id per row (React key, keyboard position survives re-sorting). */
  rowId: (row: Row) => string;
  /** Table caption (screen readers announce it); `captionHidden` keeps it for them only. */
  caption: string;
  captionHidden?: boolean;
  /** Sort shown first; the user changes it with the header buttons. */
  initialSort?: TableSort | null;
  /** Enter on a focused row (e.g. open the procurement). */
  onRowActivate?: (row: Row) => void;
  /** Keeps the first column in view when the table scrolls sideways (wide grids). */
  stickyFirstColumn?: boolean;
  /** Estimated row height in px before rows are measured. */
  estimateRowHeight?: number;
  /** Height of the scrolling area (CSS); the header sticks to its top. */
  height?: string;
  /** Rows rendered above and below the visible ones. */
  overscan?: number;
  /** Text under the caption telling keyboard users how to move (translated). */
  keyboardHint?: ReactNode;
  'data-testid'?: string;
}

const ASCENDING = 'ascending' as const;
const DESCENDING = 'descending' as const;

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\.\d{3}Z)?$/;

/** A row as the table shows it: the caller's row, its id, its index among the rows given. */
interface ModelRow<Row> {
  original: Row;
  id: string;
  index: number;
}

/**
 * The rows in the order of `sort`: numbers compare numerically, strings by the UI language's
 * collation (numeric aware); null sorts last in both directions; ties keep the given order.
 * (One-column sorting is all the table offers, so it sorts itself rather than loading a
 * table library into the first screen.)
 */
function sortRows<Row>(
  rows: readonly Row[],
  rowId: (row: Row) => string,
  column: DataTableColumn<Row> | undefined,
  descending: boolean,
  locale: string,
): ModelRow<Row>[] {
  const model = rows.map((original, index) => ({ original, id: rowId(original), index }));
  const sortValue = column?.sortValue;
  if (!sortValue) return model;
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const values = model.map((r) => sortValue(r.original));
  // ISO dates and UTC timestamps as toISOString writes them (fixed width) order the same by code units as by the
  // numeric-aware collation, at a fraction of its cost (the list sorts 1 000 by last edit).
  const iso = values.map((v) => typeof v === 'string' && ISO_DATE_TIME.test(v));
  const direction = descending ? -1 : 1;
  const order = model.map((_, i) => i);
  order.sort((i, j) => {
    const a = values[i] ?? null;
    const b = values[j] ?? null;
    if (a === null || b === null) return a === b ? i - j : a === null ? 1 : -1;
    const compared =
      typeof a === 'number' && typeof b === 'number'
        ? a - b
        : iso[i] && iso[j]
          ? a < b
            ? -1
            : a > b
              ? 1
              : 0
          : collator.compare(String(a), String(b));
    return compared === 0 ? i - j : compared * direction;
  });
  return order.map((i) => model[i] as ModelRow<Row>);
}

/**
 * A virtualised, accessible table styled as Suomi.fi: a real `<table>` whose header sticks
 * to the top of its scrolling area, with only the rows in view (plus `overscan`) in the DOM.
 * Screen readers still hear the whole size: `aria-rowcount` on the table and
 * `aria-rowindex` on every rendered row. Sortable headers are buttons with `aria-sort` on
 * their `<th>`. Rows are one tab stop (roving tabindex): arrows, Page Up/Down, Home and End
 * move, Enter activates. Cells can carry editors (tender comparison, ledger) — a cell that
 * holds a focusable control keeps its own keys; row keys act only when the row itself has focus.
 */
export function DataTable<Row>(props: DataTableProps<Row>) {
  const {
    rows,
    columns,
    rowId,
    caption,
    onRowActivate,
    estimateRowHeight = 52,
    height = 'min(70vh, 640px)',
    overscan = 8,
  } = props;
  const locale = typeof document === 'undefined' ? 'fi' : document.documentElement.lang || 'fi';
  const [sort, setSort] = useState<TableSort | null>(props.initialSort ?? null);
  const byId = useMemo(() => new Map(columns.map((c) => [c.id, c])), [columns]);
  const modelRows = useMemo(
    () =>
      sortRows(
        rows,
        rowId,
        sort ? byId.get(sort.columnId) : undefined,
        sort?.descending ?? false,
        locale,
      ),
    [rows, rowId, sort, byId, locale],
  );
  /** A header click: a new column sorts ascending, the sorted one flips direction. */
  const toggleSort = (columnId: string) =>
    setSort((current) =>
      current?.columnId === columnId
        ? { columnId, descending: !current.descending }
        : { columnId, descending: false },
    );

  const scrollRef = useRef<HTMLDivElement>(null);
  // TanStack Virtual returns a mutable instance (not memoisable by the React compiler); this
  // component re-renders from its own state and props, which is what the virtualizer reads.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: modelRows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimateRowHeight,
    overscan,
    getItemKey: (index) => modelRows[index]?.id ?? index,
  });

  // Roving tabindex: the focused row's id, so it survives sorting and filtering.
  const [activeId, setActiveId] = useState<string | null>(null);
  const activeIndex = Math.max(
    0,
    modelRows.findIndex((r) => r.id === activeId),
  );
  const focusPending = useRef(false);

  const moveTo = useCallback(
    (index: number) => {
      const target = modelRows[Math.min(Math.max(index, 0), modelRows.length - 1)];
      if (!target) return;
      focusPending.current = true;
      setActiveId(target.id);
      virtualizer.scrollToIndex(modelRows.indexOf(target), { align: 'auto' });
    },
    [modelRows, virtualizer],
  );

  useEffect(() => {
    if (!focusPending.current) return;
    const node = scrollRef.current?.querySelector<HTMLElement>(
      `tr[data-row-position="${activeIndex}"]`,
    );
    if (node) {
      focusPending.current = false;
      node.focus({ preventScroll: true });
    }
  });

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    if (!(event.target instanceof HTMLTableRowElement)) return;
    const page = Math.max(
      1,
      Math.floor((scrollRef.current?.clientHeight ?? 400) / estimateRowHeight) - 1,
    );
    const moves: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      PageDown: activeIndex + page,
      PageUp: activeIndex - page,
      Home: 0,
      End: modelRows.length - 1,
    };
    const next = moves[event.key];
    if (next !== undefined) {
      event.preventDefault();
      moveTo(next);
    } else if (event.key === 'Enter' && onRowActivate) {
      const row = modelRows[activeIndex];
      if (row) {
        event.preventDefault();
        onRowActivate(row.original);
      }
    }
  };

  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const columnCount = columns.length;

  return (
    <div className="hp-table" data-testid={props['data-testid']}>
      {props.keyboardHint && <p className="hp-table-hint">{props.keyboardHint}</p>}
      <div className="hp-table-scroll" ref={scrollRef} style={{ maxHeight: height }}>
        <table
          className={props.stickyFirstColumn ? 'hp-table-grid sticky-first' : 'hp-table-grid'}
          aria-rowcount={modelRows.length + 1}
        >
          <caption className={props.captionHidden ? 'visually-hidden' : undefined}>
            {caption}
          </caption>
          <colgroup>
            {columns.map((c) => (
              <col key={c.id} style={c.width ? { width: c.width } : undefined} />
            ))}
          </colgroup>
          <thead>
            <tr aria-rowindex={1}>
              {columns.map((column) => {
                const sortable = column.sortValue !== undefined;
                const sorted =
                  sort?.columnId === column.id ? (sort.descending ? 'desc' : 'asc') : false;
                const align = column.align === 'end' ? 'end' : undefined;
                return (
                  <th
                    key={column.id}
                    scope="col"
                    className={align}
                    aria-sort={
                      sortable
                        ? sorted === 'asc'
                          ? ASCENDING
                          : sorted === 'desc'
                            ? DESCENDING
                            : 'none'
                        : undefined
                    }
                  >
                    {sortable ? (
                      <button
                        type="button"
                        className="hp-sort"
                        onClick={() => toggleSort(column.id)}
                        data-testid={`sort-${column.id}`}
                      >
                        {column.header}
                        <span className="hp-sort-icon" aria-hidden="true">
                          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                        </span>
                      </button>
                    ) : (
                      column.header
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody onKeyDown={onKeyDown}>
            {before > 0 && (
              <tr aria-hidden="true" className="hp-spacer">
                <td colSpan={columnCount} style={{ height: before }} />
              </tr>
            )}
            {items.map((item) => {
              const row = modelRows[item.index];
              if (!row) return null;
              return (
                <DataTableRow
                  key={row.id}
                  row={row.original}
                  id={row.id}
                  position={item.index}
                  columns={columns}
                  tabbable={item.index === activeIndex}
                  measure={virtualizer.measureElement}
                  onFocusRow={setActiveId}
                />
              );
            })}
            {after > 0 && (
              <tr aria-hidden="true" className="hp-spacer">
                <td colSpan={columnCount} style={{ height: after }} />
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}

interface RowProps<Row> {
  row: Row;
  id: string;
  position: number;
  columns: readonly DataTableColumn<Row>[];
  tabbable: boolean;
  measure: (node: Element | null) => void;
  onFocusRow: (id: string) => void;
}

/** One rendered row; re-renders only when its row object, position or focus changes. */
function DataTableRowInner<Row>(props: RowProps<Row>) {
  const { row, id, position, columns, tabbable, measure, onFocusRow } = props;
  return (
    <tr
      ref={measure}
      data-index={position}
      data-row-position={position}
      data-row-id={id}
      data-focus-item="table-rows"
      aria-rowindex={position + 2}
      tabIndex={tabbable ? 0 : -1}
      onFocus={(event) => {
        if (event.target === event.currentTarget) onFocusRow(id);
      }}
    >
      {columns.map((c) => (
        <td key={c.id} className={c.align === 'end' ? 'end' : undefined}>
          {c.editor
            ? c.editor({ row, rowId: id, rowIndex: position, columnId: c.id })
            : c.cell(row)}
        </td>
      ))}
    </tr>
  );
}

const DataTableRow = memo(DataTableRowInner) as typeof DataTableRowInner;
