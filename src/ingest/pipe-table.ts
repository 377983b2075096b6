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

/**
 * The Markdown with each pipe table's header and delimiter rows widened to its widest row: a
 * converted release's indented table ("| 4 | | | | Private, net /2 | 955.5 | … |") writes more
 * cells in its rows than in its header, and GitHub's tables drop the cells past the header's
 * (its eight columns of figures were lost). The cells added are empty.
 */
export function widenedTables(markdown: string): string {
  const lines = markdown.split('\n')
  for (let i = 1; i < lines.length; i++) {
    if (!DELIMITER.test(lines[i]!) || !lines[i]!.includes('-') || !isPipeRow(lines[i - 1]!)) continue
    const header = splitPipeRow(lines[i - 1]!).length
    let width = header
    for (let j = i + 1; j < lines.length && isPipeRow(lines[j]!); j++) width = Math.max(width, splitPipeRow(lines[j]!).length)
    if (width === header) continue
    const more = width - header
    lines[i - 1] = `${lines[i - 1]!.trimEnd().replace(/\|?$/u, '|')}${' |'.repeat(more)}`
    lines[i] = `${lines[i]!.trimEnd().replace(/\|?$/u, '|')}${' --- |'.repeat(more)}`
  }
  return lines.join('\n')
}
