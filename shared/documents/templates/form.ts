// Internal approval forms (审批表, reference §5.1 rows 21, 22, 28) and the file cover (row 31) are tables of
// label / value cells: two pairs a row for short facts, one pair across the row for long ones.

import type { TableBlock, TableCell } from '../model';

export type FormRow = readonly [string, string] | readonly [string, string, string, string];

const label = (text: string): TableCell => ({ text, bold: true, align: 'center' });

/** A four-column form (label, value, label, value); a two-cell row spans its value over three columns. */
export function formTable(rows: readonly FormRow[]): TableBlock {
  return {
    kind: 'table',
    columnWidths: [18, 32, 18, 32],
    fontSize: 'body',
    rows: rows.map((r) =>
      r.length === 2 ? [label(r[0]), { text: r[1], colSpan: 3 }] : [label(r[0]), r[1], label(r[2]), r[3]],
    ),
  };
}
