/**
 * Pipe tables written as lines of text: GitHub-flavoured rows ("| a | b |"), and the ragged rows
 * of converted press releases ("Net loss | | $ | (4,687 | ) |") that Markdown parsers leave as a
 * paragraph because no delimiter row ("|---|---|") follows the first line.
 */
import type { SourceTable } from './table-normalize.ts'

const DELIMITER = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/

/** True for a line that reads as a table row: an unescaped pipe at either end, or two pipes inside. */
export function isPipeRow(line: string): boolean {
  const t = line.trim()
  const pipes = t.replace(/\\\|/g, '').split('|').length - 1
  return pipes >= 2 || (pipes === 1 && t.length > 1 && (t.startsWith('|') || t.endsWith('|')))
}

/** The cells of one row: the outer pipes dropped, "\|" kept as a pipe inside a cell. */
export function splitPipeRow(line: string): string[] {
  let t = line.trim()
  if (t.startsWith('|')) t = t.slice(1)
  if (t.endsWith('|') && !t.endsWith('\\|')) t = t.slice(0, -1)
  return t.split(/(?<!\\)\|/).map((c) => c.replace(/\\\|/g, '|').trim())
}

/** The table held by a run of lines, when every non-blank line is a pipe row (two rows at least). */
export function pipeTable(text: string): SourceTable | undefined {
  const lines = text.split('\n').filter((l) => l.trim() !== '')
  if (lines.length < 2 || !lines.every((l) => isPipeRow(l) || DELIMITER.test(l))) return undefined
  const delimiter = lines.findIndex((l) => DELIMITER.test(l) && l.includes('-'))
  const rows = lines.filter((l) => !DELIMITER.test(l)).map(splitPipeRow)
  if (rows.length < 2) return undefined
  return delimiter > 0 ? { rows, headRows: delimiter } : { rows }
}
