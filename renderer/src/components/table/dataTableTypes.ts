import type { ReactNode } from 'react';

/** A value a column sorts by; null sorts last whichever way the column is sorted. */
export type SortValue = string | number | null;

/** What an editable cell renderer receives (the comparison grid, the ledger). */
export interface EditableCellProps<Row> {
  row: Row;
  rowId: string;
  /** 0-based index among the rows given to the table (after the caller's filtering). */
  rowIndex: number;
  columnId: string;
}

/** One column of a {@link DataTable}. */
export interface DataTableColumn<Row> {
  /** Stable id; also the sort key. */
  id: string;
  /** Visible header text (already translated). */
  header: string;
  /** Read-only content of a cell. */
  cell: (row: Row) => ReactNode;
  /**
   * Optional editor rendered instead of `cell` (an input bound to the caller's draft); the
   * caller owns the value and its parse/validation, the table only places it.
   */
  editor?: (props: EditableCellProps<Row>) => ReactNode;
  /**
   * Makes the header a sort button. Numbers compare as numbers, strings in the UI language's
   * collation (numeric aware); null sorts last in both directions.
   */
  sortValue?: (row: Row) => SortValue;
  /** CSS width of the column (`12rem`, `20%`); the rest share the remaining width. */
  width?: string;
  /** Numbers and money align to the end. */
  align?: 'start' | 'end';
}

/** The sort the table shows: one column, ascending or descending. */
export interface TableSort {
  columnId: string;
  descending: boolean;
}
