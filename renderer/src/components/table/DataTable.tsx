import {
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type SortingState,
} from '@tanstack/react-table';
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
import type { DataTableColumn, SortValue, TableSort } from './dataTableTypes';
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

/** Compares two sort values; numbers numerically, strings by `collator`. */
function makeSortingFn(collator: Intl.Collator) {
  return (a: SortValue, b: SortValue): number =>
    typeof a === 'number' && typeof b === 'number'
      ? a - b
      : collator.compare(String(a ?? ''), String(b ?? ''));
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
  const [sorting, setSorting] = useState<SortingState>(() =>
    props.initialSort
      ? [{ id: props.initialSort.columnId, desc: props.initialSort.descending }]
      : [],
  );

  const columnDefs = useMemo<ColumnDef<Row, SortValue>[]>(() => {
    const sortingFn = makeSortingFn(
      new Intl.Collator(locale, { numeric: true, sensitivity: 'base' }),
    );
    return columns.map((c) => ({
      id: c.id,
      header: c.header,
      enableSorting: c.sortValue !== undefined,
      accessorFn: (row: Row) => c.sortValue?.(row) ?? undefined,
      sortUndefined: 'last' as const,
      sortDescFirst: false,
      sortingFn: (a, b, id) => sortingFn(a.getValue<SortValue>(id), b.getValue<SortValue>(id)),
    }));
  }, [columns, locale]);

  // TanStack Table returns a mutable instance (not memoisable by the React compiler); this
  // component re-renders from its own sorting state and props, which is what the table reads.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable<Row>({
    data: rows as Row[],
    columns: columnDefs,
    state: { sorting },
    onSortingChange: setSorting,
    getRowId: (row) => rowId(row),
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    enableMultiSort: false,
    enableSortingRemoval: false,
  });
  const modelRows = table.getRowModel().rows;

  const scrollRef = useRef<HTMLDivElement>(null);
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
      virtualizer.scrollToIndex(target.index, { align: 'auto' });
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
  const headerGroup = table.getHeaderGroups()[0];
  const byId = useMemo(() => new Map(columns.map((c) => [c.id, c])), [columns]);
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
              {headerGroup?.headers.map((header) => {
                const column = byId.get(header.id);
                const sorted = header.column.getIsSorted();
                const align = column?.align === 'end' ? 'end' : undefined;
                return (
                  <th
                    key={header.id}
                    scope="col"
                    className={align}
                    aria-sort={
                      header.column.getCanSort()
                        ? sorted === 'asc'
                          ? ASCENDING
                          : sorted === 'desc'
                            ? DESCENDING
                            : 'none'
                        : undefined
                    }
                  >
                    {header.column.getCanSort() ? (
                      <button
                        type="button"
                        className="hp-sort"
                        onClick={header.column.getToggleSortingHandler()}
                        data-testid={`sort-${header.id}`}
                      >
                        {flexRender(header.column.columnDef.header, header.getContext())}
                        <span className="hp-sort-icon" aria-hidden="true">
                          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                        </span>
                      </button>
                    ) : (
                      flexRender(header.column.columnDef.header, header.getContext())
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
