/**
 * An HTML <table> (a web page's, or mammoth's from a .docx) read as rows of cell texts: rows of
 * the table's own thead/tbody/tfoot (not of tables nested in cells), a cell spanning n columns
 * followed by n-1 empty cells (as converters write it), header rows from <thead> or rows of
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

export function readDomTable(table: Element, cellText: (cell: Element) => string): SourceTable {
  const rows: string[][] = []
  let headRows = 0
  let inHead = true
  for (const tr of ownRows(table)) {
    const cells = Array.from(tr.children).filter((c) => tagOf(c) === 'td' || tagOf(c) === 'th')
    const texts: string[] = []
    for (const c of cells) {
      texts.push(cellText(c))
      const span = Math.min(50, Math.max(1, Number(c.getAttribute('colspan') ?? 1) || 1))
      for (let i = 1; i < span; i++) texts.push('')
    }
    if (repeatsTheHeader(tr, texts, rows)) continue
    const head = tagOf(tr.parentElement ?? tr) === 'thead' || (cells.length > 0 && cells.every((c) => tagOf(c) === 'th'))
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
