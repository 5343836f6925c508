/**
 * The one table of the admin lists. Every cell carries its column's label
 * (`data-label`), so on a phone the stylesheet turns each row into a card
 * of label–value lines and nothing scrolls sideways; wider screens see an
 * ordinary table.
 */
import type { ComponentChildren, JSX } from "preact";

export interface Column<Row> {
  /** The column's header, and each of its cells' label on a phone. */
  label: string;
  cell: (row: Row) => ComponentChildren;
  /** Figures, aligned right. */
  numeric?: boolean;
  /** Kept on one line (dates, numbers, row buttons). */
  nowrap?: boolean;
  /** More classes on its cells, e.g. a hook for tests or styles. */
  class?: string;
  /** A row's buttons: the header only for screen readers, no label on a phone. */
  action?: boolean;
}

/** What a row's `<tr>` carries besides its cells, e.g. a `data-*` hook. */
type RowAttributes =
  & JSX.HTMLAttributes<HTMLTableRowElement>
  & Record<`data-${string}`, string>;

function cellClass(
  column: { numeric?: boolean; nowrap?: boolean; class?: string },
) {
  const classes = [
    column.numeric && "numeric",
    column.nowrap && "nowrap",
    column.class,
  ].filter(Boolean).join(" ");
  return classes || undefined;
}

/**
 * Rows under their columns' headers. `rowHeader`, when given, opens each
 * row with a header cell (`<th scope="row">`), the card's title on a phone.
 */
export function DataTable<Row>(
  { columns, rows, rowHeader, rowAttributes, caption, class: extra }: {
    columns: Column<Row>[];
    rows: Row[];
    rowHeader?: { label: string; cell: (row: Row) => ComponentChildren };
    rowAttributes?: (row: Row) => RowAttributes;
    /** Names the table for screen readers (shown only to them). */
    caption?: string;
    class?: string;
  },
) {
  return (
    <table class={extra ? `stack-table ${extra}` : "stack-table"}>
      {caption && <caption class="visually-hidden">{caption}</caption>}
      <thead>
        <tr>
          {rowHeader && <th scope="col">{rowHeader.label}</th>}
          {columns.map((column) => (
            <th scope="col" class={column.numeric ? "numeric" : undefined}>
              {column.action
                ? <span class="visually-hidden">{column.label}</span>
                : column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr {...rowAttributes?.(row)}>
            {rowHeader && <th scope="row">{rowHeader.cell(row)}</th>}
            {columns.map((column) => (
              <td
                data-label={column.action ? undefined : column.label}
                class={cellClass(column)}
              >
                {column.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
