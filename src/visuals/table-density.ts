/**
 * When a table is set in its smaller type (DataTable's dense style): many rows or many columns.
 * A table continued over slides is judged by its longest slide, so all its slides match.
 */

/** More rows than this on one slide: the smaller type. */
export const DENSE_ROWS = 5
/** More columns than this: the smaller type. */
export const DENSE_COLUMNS = 4

export function isDenseTable(rows: number, columns: number): boolean {
  return rows > DENSE_ROWS || columns > DENSE_COLUMNS
}
