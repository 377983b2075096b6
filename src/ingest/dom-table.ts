/**
 * An HTML <table> (a web page's, or mammoth's from a .docx) read as rows of cell texts: rows of
 * the table's own thead/tbody/tfoot (not of tables nested in cells), a cell spanning n columns
 * followed by n-1 empty cells (as converters write it), a cell spanning rows said again in each
 * body row it spans, header rows from <thead> or rows of
 * <th> only (else a first row whose every word is bold, as many pages and Word files write a
 * header), the caption from <caption>.
 */
import type { SourceTable } from './table-normalize.ts'

const tagOf = (el: Element) => el.localName.toLowerCase()

/** The table's own rows in the order a browser shows them: <thead>'s first, <tfoot>'s last wherever the page wrote it. */
function ownRows(table: Element): Element[] {
  const head: Element[] = []
  const body: Element[] = []
  const foot: Element[] = []
  for (const child of Array.from(table.children)) {
    const tag = tagOf(child)
    const rows = tag === 'tr' ? [child] : Array.from(child.children).filter((r) => tagOf(r) === 'tr')
    if (tag === 'thead') head.push(...rows)
    else if (tag === 'tfoot') foot.push(...rows)
    else if (tag === 'tr' || tag === 'tbody') body.push(...rows)
  }
  return [...head, ...body, ...foot]
}

/** Whether a row is a <tfoot> row that says the header again (a long table's header repeated at its foot). */
function repeatsTheHeader(tr: Element, texts: readonly string[], rows: readonly string[][]): boolean {
  return tagOf(tr.parentElement ?? tr) === 'tfoot' && rows.length > 0 && texts.join('\u0000') === rows[0]!.join('\u0000')
}

/** Spans a cell may give at most (a page's "colspan=1000" is no grid). */
const MAX_SPAN = 50

const spanOf = (c: Element, attr: string) => Math.min(MAX_SPAN, Math.max(1, Number(c.getAttribute(attr) ?? 1) || 1))

/** A cell spanning rows below its own: its text, the rows it still covers. */
interface RowSpan {
  text: string
  rows: number
}

/**
 * A row's cell texts on the table's grid: a cell spanning n columns followed by n-1 empty ones,
 * and the columns a cell of a row above spans down into given that cell's text in a body row
 * ("Harry Potter" over three rows of its uses), left empty in a header row.
 */
function rowTexts(cells: readonly Element[], cellText: (cell: Element) => string, spans: Map<number, RowSpan>, head: boolean): string[] {
  const texts: string[] = []
  const fillSpanned = () => {
    for (let down = spans.get(texts.length); down; down = spans.get(texts.length)) {
      texts.push(head ? '' : down.text)
      if (--down.rows === 0) spans.delete(texts.length - 1)
    }
  }
  for (const c of cells) {
    fillSpanned()
    const text = cellText(c)
    const rowSpan = spanOf(c, 'rowspan')
    for (let i = 0; i < spanOf(c, 'colspan'); i++) {
      if (rowSpan > 1) spans.set(texts.length, { text: i === 0 ? text : '', rows: rowSpan - 1 })
      texts.push(i === 0 ? text : '')
    }
  }
  fillSpanned()
  return texts
}

export function readDomTable(table: Element, cellText: (cell: Element) => string): SourceTable {
  const rows: string[][] = []
  let headRows = 0
  let inHead = true
  const spans = new Map<number, RowSpan>()
  for (const tr of ownRows(table)) {
    const cells = Array.from(tr.children).filter((c) => tagOf(c) === 'td' || tagOf(c) === 'th')
    const head = tagOf(tr.parentElement ?? tr) === 'thead' || (cells.length > 0 && cells.every((c) => tagOf(c) === 'th'))
    const texts = rowTexts(cells, cellText, spans, head)
    if (repeatsTheHeader(tr, texts, rows)) continue
    if (inHead && head) headRows++
    else inHead = false
    rows.push(texts)
  }
  const caption = Array.from(table.children).find((c) => tagOf(c) === 'caption')
  const out: SourceTable = { rows }
  if (headRows === 0 && boldRow(ownRows(table)[0])) headRows = 1
  if (headRows > 0 && headRows < rows.length) out.headRows = headRows
  if (caption) out.caption = cellText(caption)
  return out
}

const whole = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim()

/** A row whose cells' words are all bold (<b>, <strong>), at least one cell holding any: a header written without <th>. */
function boldRow(tr: Element | undefined): boolean {
  const cells = tr ? Array.from(tr.children).filter((c) => tagOf(c) === 'td') : []
  const texts = cells.map((c) => whole(c.textContent))
  if (!texts.some(Boolean)) return false
  return cells.every((c, i) => texts[i] === '' || whole(Array.from(c.querySelectorAll('b, strong')).map((b) => b.textContent).join(' ')) === texts[i])
}
