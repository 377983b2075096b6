/**
 * Table slides: each table the deck shows, at most MAX_ROWS rows × MAX_COLUMNS columns a slide.
 * A table a little too long continues on a second slide; a larger one shows its most
 * informative rows (totals, rows whose label or numbers the text mentions) and columns (the
 * latest period first), with the whole table in the speaker notes.
 */
import { isAllCaps } from '../ingest/blocks.ts'
import type { Analysis, Note, Table, TableCell, TableColumn, TableRow, TableSlide } from '../types.ts'
import { localeFor } from '../locales/index.ts'
import { cleanTitle, inTitleCase, namedIn, namesItsRows, sentenceRightBefore, twinOfTheOneBefore } from './table-titles.ts'
import { withoutLinkLabels } from '../analyze/compress.ts'
import { cjkCount, countWords } from '../analyze/script.ts'
import { isCjk } from '../analyze/language.ts'
import { categoriesOf } from './table-categories.ts'

export const MAX_ROWS = 7
/** A table up to this long, all its columns shown, stays whole on one slide (its type gets smaller, down to about 18 px on a 980 px slide). */
export const MAX_WHOLE_ROWS = 8
/** A table of short rows (each fits one line, ONE_LINE_CHARS) up to this long, all its columns shown, stays whole on one slide at about the type of a list. */
export const MAX_SHORT_ROWS = 12
/** Characters of a row's cells that fit one line of a table on a 980 px slide at about 17 px. */
export const ONE_LINE_CHARS = 80
/** Rows that are totals or that the text mentions: with this many, a long table shows its key rows. */
const MIN_KEY_ROWS = 3
/** A table shown by its key rows shows at least this many. */
const MIN_SHOWN_ROWS = 5
export const MAX_COLUMNS = 5
/** A table of short rows and headers (each fits one line, ONE_LINE_CHARS) shows up to this many columns, all of them: "Before" beside "After". */
export const MAX_SHORT_COLUMNS = 7
/** A table of short rows whose columns but the first all hold figures shows all of them, up to this many. */
const MAX_NUMBER_COLUMNS = 9
/** At most this many tables get slides; the rest stay in the article (a notice says so). */
export const MAX_TABLE_SLIDES = 6

/** A row that sums the others up: "Total …", "Net income", "Revenue" alone or "Sales, net of returns" (not "Sales and maturities of marketable debt securities"), "Net decrease in cash …". */
const TOTAL = /^(?:total|net (?:income|loss|revenue|sales|profit|earnings|cash)|(?:revenues?|sales)(?:\s*:?$|,\s*net\b)|operating (?:income|loss|profit)|income (?:\(loss\) )?from operations|gross (?:profit|margin)|free cash flow|(?:basic |diluted )?earnings per share|ebitda|net (?:increase|decrease|change) in cash)\b/i

/** The table's columns as one header label each: header rows joined top to bottom, a spanning label carried right. */
export function columnLabels(t: Table): string[] {
  const labels = Array.from({ length: t.columns }, () => [] as string[])
  t.head.forEach((row, r) => {
    let carried = ''
    row.forEach((cell, c) => {
      if (cell.text !== '') carried = cell.text
      // a label over empty cells spans them, when a lower header row fills them
      const below = t.head.slice(r + 1).some((lower) => lower[c]?.text !== '')
      const text = cell.text !== '' ? cell.text : c > 0 && below ? carried : ''
      if (text !== '') labels[c]!.push(text)
    })
  })
  return labels.map((parts) => parts.join(' '))
}

const hasValue = (row: readonly TableCell[]) => row.slice(1).some((c) => c.text !== '')

function isNumericColumn(t: Table, c: number): boolean {
  const cells = t.body.map((r) => r[c]!).filter((x) => x.text !== '')
  return cells.length > 0 && cells.filter((x) => x.number !== undefined || /^[-–—−]+$|^n\/?a$/i.test(x.text)).length >= cells.length * 0.6
}

/** Words a sentence leading into a table has at least to introduce it (not a label: "Assets:"). */
const MIN_INTRODUCING_WORDS = 4

/**
 * Whether a sentence of the text leads into the table ("… which are summarized in the table
 * below:"), or the paragraph right before it points to what follows ("Below are the results for
 * compiling Cargo itself …"): the writer shows it on purpose.
 */
function introduced(a: Analysis, t: Table): boolean {
  const lead = tableLeadIn(a, t)
  if (lead !== undefined && countWords(a.sentences[lead]!.text) >= MIN_INTRODUCING_WORDS) return true
  const before = a.paragraphs.find((p) => p.end <= t.start && t.start - p.end <= 2)
  return before !== undefined && pointsBelow(a.article.text.slice(before.start, before.end), a.lang)
}

/** Whether a text holds a word pointing to what follows it (locale `figures.below`), whole where words are spaced. */
function pointsBelow(text: string, lang: string): boolean {
  const lower = text.toLocaleLowerCase(lang)
  const whole = (w: string, at: number) => isCjk(lang) || (!/[\p{L}\p{N}]/u.test(lower.charAt(at - 1)) && !/[\p{L}\p{N}]/u.test(lower.charAt(at + w.length)))
  return localeFor(lang).figures.below.some((w) => {
    for (let at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + 1)) if (whole(w, at)) return true
    return false
  })
}

/** Paragraphs at most between a heading and the table it heads. */
const MAX_PARAGRAPHS_UNDER_HEADING = 2

/**
 * Whether the table is a part of the story of its own: a heading not in capitals (a statement's)
 * heads it, and the text goes on right after it, or says something between the heading and the
 * table ("## Memory Usage / Oxc uses less memory. / | oxc | 51 MB |"): a release's appended
 * statements run one into the next, heading by table. Or it is the sibling of the table right
 * before it: the same rows, other columns ("### Isolated Declarations" after "### Transform").
 */
function ownPart(a: Analysis, t: Table): boolean {
  let at = t.block - 1
  while (at >= 0 && a.article.blocks[at]!.kind === 'paragraph' && t.block - 1 - at < MAX_PARAGRAPHS_UNDER_HEADING) at--
  const heading = a.article.blocks[at]
  if (heading?.kind !== 'heading' || isAllCaps(a.article.text.slice(heading.start, heading.end))) return siblingOfTheOneBefore(a, t)
  const said = (block: number) => a.paragraphs.some((p) => p.block === block && a.article.blocks[p.block]?.kind === 'paragraph')
  return said(t.block + 1) || (at < t.block - 1 && said(t.block - 1)) || siblingOfTheOneBefore(a, t)
}

/** Whether the table before this one, only headings between them, has the same first column: its heading and its rows' labels. */
function siblingOfTheOneBefore(a: Analysis, t: Table): boolean {
  const index = a.article.tables.indexOf(t)
  const before = a.article.tables[index - 1]
  if (!before || a.article.blocks.slice(before.block + 1, t.block).some((b) => b.kind !== 'heading')) return false
  const first = (x: Table) => [x.head.at(-1)?.[0]?.text ?? '', ...x.body.map((r) => r[0]?.text ?? '')].join('\n')
  return t.body.length > 1 && first(t) === first(before)
}

/** Whether the text names one of the table's rows (by a label of 8 characters or more) or one of its figures. */
function mentioned(t: Table, prose: string): boolean {
  return t.body.some((r) => rowScore(r, prose) - (TOTAL.test(r[0]!.text) ? 3 : 0) > 0)
}

/** How much a row matters: a total, a label or a number the article's prose mentions. */
function rowScore(row: readonly TableCell[], prose: string): number {
  const label = row[0]!.text
  let score = TOTAL.test(label) ? 3 : 0
  if (label.length >= 8 && (prose.includes(label.toLowerCase()) || sentenceHoldsWords(label, prose))) score += 4
  for (const c of row.slice(1)) {
    const digits = c.text.replace(/^[$€£¥(−-]+|[)%]+$/g, '')
    if (c.number && digits.length >= 3 && (prose.includes(digits) || prose.includes(inMillions(c.number.value)))) score += 3
  }
  return score
}

/**
 * A figure of a table in thousands as the prose writes it in millions (or one in millions, in
 * billions): 293,618 → "293.6 million", 1,054 → "1.1 billion" (the prose's own rounding, one
 * decimal). A figure of fewer than four digits has no such form ("" matches nothing).
 */
function inMillions(value: number): string {
  const v = Math.abs(value)
  if (v < 1000 || !Number.isInteger(v)) return '\u0000'
  const scaled = (v / 1000).toFixed(1)
  return v >= 1e6 ? `${(v / 1e6).toFixed(1)} billion` : `${scaled} million`
}

/** Words of five letters or more a row's label has at least to be found by its words. */
const MIN_LABEL_WORDS = 3

/**
 * Whether one sentence of the prose (its sentences joined, each ending ". ") holds every word of
 * five letters or more of a label that has three different ones at least: "Share repurchases were
 * $14.64 billion of our Class A common stock" speaks of the row "Repurchases of Class A common
 * stock".
 */
function sentenceHoldsWords(label: string, prose: string): boolean {
  const words = [...new Set(label.toLowerCase().match(/\p{L}{5,}/gu) ?? [])]
  if (words.length < MIN_LABEL_WORDS) return false
  const whole = words.map((w) => new RegExp(`(?<!\\p{L})${w}(?!\\p{L})`, 'u'))
  for (let at = prose.indexOf(words[0]!); at >= 0; at = prose.indexOf(words[0]!, at + 1)) {
    const end = prose.indexOf('. ', at)
    const sentence = prose.slice(prose.lastIndexOf('. ', at) + 1, end < 0 ? undefined : end)
    if (whole.every((w) => w.test(sentence))) return true
  }
  return false
}

/** A column header that names what changed between the others ("Reduction", "Change", "% diff", "Speedup"): a benchmark's point. */
const CHANGE_COLUMN = /\b(?:reduction|change|diff(?:erence)?|delta|improvement|speed-?up|growth|savings?)\b|Δ/iu

/** Value columns to keep: the one that says what changed and those whose header names the latest year first, then the first ones. */
function pickColumns(labels: readonly string[], keep: number): number[] {
  const value = labels.map((_, i) => i).slice(1)
  if (value.length <= keep) return value
  // (columns of years in a row, "2018 … 2024": the latest years, side by side, as a trend is read)
  const years = value.map((c) => /^\s*((?:19|20)\d\d)\s*$/u.exec(labels[c]!)?.[1]).map(Number)
  if (years.every((y, i) => y > 0 && (i === 0 || Math.abs(y - years[i - 1]!) === 1))) return years[0]! < years.at(-1)! ? value.slice(-keep) : value.slice(0, keep)
  const year = (l: string) => Math.max(0, ...[...l.matchAll(/\b(?:19|20)\d\d\b/g)].map((m) => Number(m[0])))
  const latest = Math.max(...value.map((c) => year(labels[c]!)))
  const first = (c: number) => (CHANGE_COLUMN.test(labels[c]!) ? 2 : 0) + (year(labels[c]!) === latest ? 1 : 0)
  const ranked = [...value].sort((x, y) => first(y) - first(x) || x - y)
  return ranked.slice(0, keep).sort((x, y) => x - y)
}

/** The rows with the largest figures in column `c` (indices), largest first: a long list of like items (states, products). */
function largestRows(t: Table, c: number): number[] {
  return t.body
    .map((r, i) => ({ i, v: Math.abs(r[c]?.number?.value ?? Number.NEGATIVE_INFINITY) }))
    .filter((x) => Number.isFinite(x.v))
    .sort((x, y) => y.v - x.v || x.i - y.i)
    .slice(0, MAX_ROWS)
    .map((x) => x.i)
}

/** Of the columns `cols`, the one whose header names the latest year, else the first. */
function latestNumericColumn(labels: readonly string[], cols: readonly number[]): number | undefined {
  const year = (c: number) => Math.max(0, ...[...(labels[c] ?? '').matchAll(/\b(?:19|20)\d\d\b/g)].map((m) => Number(m[0])))
  return [...cols].sort((x, y) => year(y) - year(x) || x - y)[0]
}

const keyRowCount = (t: Table, prose: string) => t.body.filter((r) => hasValue(r) && rowScore(r, prose) > 0).length

/**
 * The body rows to show (indices), at most MAX_ROWS, in the table's order: key rows first (only
 * they, when there are MIN_KEY_ROWS, with the rows of the largest figures up to MIN_SHOWN_ROWS),
 * with the label rows that tell rows of the same label apart; the least of them give way while
 * those take the room.
 */
function pickRows(t: Table, prose: string): number[] {
  if (t.body.length <= MAX_ROWS) return t.body.map((_, i) => i)
  const ranked = rankedRows(t, prose)
  for (let n = ranked.length; n > 1; n--) {
    const rows = withGroupRows(t, ranked.slice(0, n))
    if (rows.length <= MAX_ROWS) return rows
  }
  return ranked.slice(0, 1)
}

/**
 * The rows with the label rows of the groups of those whose label is shown twice ("Family of
 * Apps" under "Revenue:" and again under "Income (loss) from operations:") or is a short part of
 * one ("Basic" under "Earnings per share:"): without them, such a label says nothing.
 */
function withGroupRows(t: Table, rows: readonly number[]): number[] {
  const out = new Set(rows)
  const label = (i: number) => t.body[i]![0]!.text.trim().toLocaleLowerCase()
  const twice = rows.filter((i) => rows.filter((j) => label(j) === label(i)).length > 1 || partOfGroup(t, i))
  for (const i of twice) {
    for (let j = i - 1; j >= 0; j--) {
      if (hasValue(t.body[j]!)) continue
      out.add(j)
      break
    }
  }
  return [...out].sort((x, y) => x - y)
}

/** Words of a row's label that say nothing alone under a group's label ("Basic" under "Earnings per share:"). */
const MAX_PART_LABEL_WORDS = 2

/** Whether a row is a short part of the group a label row ending on a colon opens ("Earnings per share:", then "Basic", "Diluted"), only short parts between them. */
function partOfGroup(t: Table, i: number): boolean {
  const short = (j: number) => {
    const label = t.body[j]![0]!.text.trim()
    return label !== '' && !TOTAL.test(label) && label.split(/\s+/u).length <= MAX_PART_LABEL_WORDS
  }
  // (the parts follow their group's label, each short: "Net income" after "Selling", "General and administrative" is no part)
  for (let j = i; j >= 0; j--) {
    if (!hasValue(t.body[j]!)) return j < i && /:\s*$/u.test(t.body[j]![0]!.text)
    if (!short(j)) return false
  }
  return false
}

/** The rows worth showing, best first: see pickRows. */
function rankedRows(t: Table, prose: string): number[] {
  const valued = t.body.map((r, i) => ({ i, r })).filter(({ r }) => hasValue(r))
  const scored = valued.map(({ i, r }) => ({ i, s: rowScore(r, prose) - i * 0.01 }))
  const key = scored.filter((x) => x.s > 0)
  if (key.length < MIN_KEY_ROWS) return scored.sort((x, y) => y.s - x.s).slice(0, MAX_ROWS).map((x) => x.i)
  const chosen = key.sort((x, y) => y.s - x.s).slice(0, MAX_ROWS).map((x) => x.i)
  const biggest = (i: number) => Math.max(0, ...t.body[i]!.slice(1).map((c) => Math.abs(c.number?.value ?? 0)))
  const rest = valued.map(({ i }) => i).filter((i) => !chosen.includes(i)).sort((x, y) => biggest(y) - biggest(x) || x - y)
  return [...chosen, ...rest.slice(0, Math.max(0, MIN_SHOWN_ROWS - chosen.length))]
}

/** The whole table as note lines: "Revenue — 2024: $1,204 · 2023: $998". */
export function tableNotes(t: Table): Note[] {
  const labels = columnLabels(t)
  const lines: Note[] = []
  if (t.caption) lines.push({ text: t.caption.text, source: { start: t.caption.start, end: t.caption.end } })
  for (const n of t.notes) lines.push({ text: n.text, source: { start: n.start, end: n.end } })
  for (const row of t.body) {
    const values = row.slice(1).map((c, i) => (c.text === '' ? '' : labels[i + 1] ? `${labels[i + 1]}: ${c.text}` : c.text)).filter(Boolean)
    const text = values.length ? `${row[0]!.text || '—'} — ${values.join(' · ')}` : row[0]!.text
    lines.push({ text, source: { start: row[0]!.start, end: row.at(-1)!.end } })
  }
  return lines
}

/** Words of the sentence right before a table that can stand as its caption. */
const MAX_LINE_BEFORE_WORDS = 25

/**
 * The sentence that introduces the table, ending on a colon right before it ("… we can see that
 * Rust has the wrong alignment here:"): the table's slide says it, no bullet does.
 */
export function tableLeadIn(a: Analysis, t: Table): number | undefined {
  const i = sentenceRightBefore(a, t)
  return i >= 0 && /:\s*$/.test(a.sentences[i]!.text) ? i : undefined
}

/** What the table is about, when the article says it: its caption, else the sentence right before it. */
export function tableCaption(a: Analysis, t: Table): string | undefined {
  if (t.caption) return cleanTitle(t.caption.text, inTitleCase(a), namedIn(a)).title
  const before = a.sentences[sentenceRightBefore(a, t)]
  if (before && before.text.split(/\s+/).length <= MAX_LINE_BEFORE_WORDS) return withoutLinkLabels(before.text).replace(/[:.]$/, '')
  return undefined
}

/**
 * Column labels, the missing ones recovered: a table right after another of the same width
 * (a statement split in two, its second part without the periods) takes that one's labels;
 * a column of numbers still without one says so.
 */
export function recoveredLabels(a: Analysis, index: number): string[] {
  const t = a.article.tables[index]!
  const labels = columnLabels(t)
  const prev = a.article.tables[index - 1]
  const between = prev ? a.article.blocks.slice(prev.block + 1, t.block) : []
  if (prev && prev.columns === t.columns && between.every((b) => b.kind === 'heading')) {
    const above = recoveredLabels(a, index - 1)
    labels.forEach((l, c) => {
      if (c > 0 && l === '' && above[c]) labels[c] = above[c]!
    })
  }
  const t9 = localeFor(a.lang)
  // (a column of percentages says what it holds by its sign: "%")
  return labels.map((l, c) => (c > 0 && l === '' && isNumericColumn(t, c) ? (percentColumn(t, c) ? '%' : t9.table.noHeader) : l))
}

/** Whether every filled cell of a column is a percentage ("16.6%"). */
function percentColumn(t: Table, c: number): boolean {
  const cells = t.body.map((r) => r[c]!.text.trim()).filter((x) => x !== '')
  return cells.length > 0 && cells.every((x) => /^[-+−]?\d[\d.,]*\s?%$/u.test(x))
}

/**
 * The slides of one table: one, two when it continues, or one of its chosen rows and columns.
 * Their title is the caption for now: `titleTableSlides` gives the final, distinct one.
 */
export function tableSlides(a: Analysis, index: number): TableSlide[] {
  const t = a.article.tables[index]!
  const prose = a.sentences.map((s) => s.text).join(' ').toLowerCase()
  const labels = recoveredLabels(a, index)
  // (a table of short rows shows every column: none of a pair, "Before [MiB]" and "After [MiB]", goes)
  // (nor does a table of figures a little wider, its columns narrow: "Merged PRs | 1,188 | 986 | … | 1,771" over seven years)
  const numbers = labels.slice(1).every((_, i) => isNumericColumn(t, i + 1))
  const narrow = t.columns <= (numbers ? MAX_NUMBER_COLUMNS : MAX_SHORT_COLUMNS) && t.body.every(isOneLine) && labels.join(' ').length <= ONE_LINE_CHARS
  const cols = [0, ...pickColumns(labels, narrow ? t.columns - 1 : MAX_COLUMNS - 1)]
  const columns: TableColumn[] = cols.map((c) => ({ label: labels[c] ?? '', numeric: c > 0 && isNumericColumn(t, c) }))
  markCategories(t, cols, columns)
  const t9 = localeFor(a.lang)
  const caption = tableCaption(a, t) ?? ''
  const title = caption || t9.table.table
  const row = (r: readonly TableCell[]): TableRow => (hasValue(r) ? { cells: cols.map((c) => r[c]!.text) } : { cells: cols.map((c) => r[c]!.text), group: true })
  // (the sentence that led into the table in the article first, "… which are summarized in the table below:": no bullet says it, the title is made from it or says what it showed)
  const lead = tableLeadIn(a, t)
  const leadIn = t.caption || lead === undefined ? undefined : a.sentences[lead]
  const notes = [...(leadIn ? [{ text: leadIn.text, source: { start: leadIn.start, end: leadIn.end } }] : []), ...tableNotes(t)]
  const base = { kind: 'table' as const, caption, columns, table: index, notes }
  const tableNote = t.notes.filter((n) => !/^(?:\(\w{1,3}\)|\*|†)/.test(n.text)).map((n) => n.text)
  const noteWith = (extra?: string) => [...tableNote, ...(extra ? [extra] : [])].join(' · ') || undefined
  const withNote = (slide: Omit<TableSlide, 'note'>, extra?: string): TableSlide => {
    const note = noteWith(extra)
    return note ? { ...slide, note } : slide
  }
  const dropped = cols.length < t.columns
  const part = (shown: number) => t9.table.part(shown, t.body.length, cols.length, t.columns)
  // (a table of short rows, "Rust ≥ 1.77 with LLVM < 18 | Clang ≥ 18 | Fully compatible", reads best whole: over two slides it is no larger)
  const shortRows = !dropped && t.body.length <= MAX_SHORT_ROWS && t.body.every(isOneLine)
  if (t.body.length <= MAX_ROWS || (t.body.length <= MAX_WHOLE_ROWS && !dropped)) {
    // (a whole table of sentences takes as many slides as its words need)
    const pages = (shortRows ? undefined : pagesByWords(t.body.map(row))) ?? [t.body.map(row)]
    return pages.map((rows, i) => withNote({ ...base, title: i === 0 ? title : `${title}${t9.slide.continued}`, rows, ...paged(pages) }, dropped && i === pages.length - 1 ? part(t.body.length) : undefined))
  }
  const keyRows = keyRowCount(t, prose)
  if (keyRows >= MIN_KEY_ROWS) {
    const rows = pickRows(t, prose)
    return [withNote({ ...base, title, rows: rows.map((i) => row(t.body[i]!)) }, part(rows.length))]
  }
  if (shortRows) return [withNote({ ...base, title, rows: t.body.map(row) })]
  if (t.body.length <= 2 * MAX_ROWS && !dropped) {
    const half = Math.ceil(t.body.length / 2)
    const pages = [t.body.slice(0, half).map(row), t.body.slice(half).map(row)]
    return [
      withNote({ ...base, title, rows: pages[0]!, ...paged(pages) }),
      withNote({ ...base, title: `${title}${t9.slide.continued}`, rows: pages[1]!, ...paged(pages) }),
    ]
  }
  const key = latestNumericColumn(labels, cols.filter((_, i) => i > 0 && columns[i]!.numeric))
  const largest = key === undefined || keyRows > 0 ? [] : largestRows(t, key)
  if (largest.length >= MIN_KEY_ROWS) {
    const note = t9.table.largest(largest.length, t.body.length, labels[key!] || t9.table.noHeader)
    return [withNote({ ...base, title, rows: largest.map((i) => row(t.body[i]!)) }, note)]
  }
  const rows = pickRows(t, prose)
  return [withNote({ ...base, title, rows: rows.map((i) => row(t.body[i]!)) }, part(rows.length))]
}

/** The last column shown, when it holds a few repeated labels (table-categories.ts), gets their categories. */
function markCategories(t: Table, cols: readonly number[], columns: TableColumn[]): void {
  const last = cols.length - 1
  if (last === 0 || columns[last]!.numeric) return
  const categories = categoriesOf(t.body.filter(hasValue).map((r) => r[cols[last]!]!))
  if (categories) columns[last] = { ...columns[last]!, categories }
}

/** A row whose cells, side by side, fit one line of a slide's table (a Chinese, Japanese or Korean character as wide as two). */
function isOneLine(r: readonly TableCell[]): boolean {
  return r.reduce((n, c) => n + [...c.text].length + cjkCount(c.text), 0) <= ONE_LINE_CHARS
}

/** For the slides of a table continued over several: the most rows one of them shows, so they all get one type size. */
function paged(pages: readonly (readonly TableRow[])[]): { pageRows?: number } {
  return pages.length > 1 ? { pageRows: Math.max(...pages.map((p) => p.length)) } : {}
}

/** Words a table slide holds before it continues on the next: a table of sentences ("Re-enqueue if task is claimed but …") set small enough to fit one slide is too small to read. */
export const MAX_TABLE_WORDS = 90
/** At most this many slides for a table of sentences; a longer one is shown as any long table. */
const MAX_WORD_PAGES = 3

/**
 * A table of many words cut into the fewest slides of at most MAX_TABLE_WORDS words each (one
 * when it has no more), the words as even between them as the rows allow; a slide never ends on
 * a group's label row. Undefined when it would take more than MAX_WORD_PAGES slides.
 */
export function pagesByWords(rows: readonly TableRow[]): TableRow[][] | undefined {
  const words = rows.map((r) => r.cells.reduce((n, c) => n + countWords(c), 0))
  const total = words.reduce((n, w) => n + w, 0)
  const k = Math.max(1, Math.ceil(total / MAX_TABLE_WORDS))
  if (k === 1) return [[...rows]]
  if (k > MAX_WORD_PAGES || rows.length < 2 * k) return undefined
  // the cut points (after row i) that make the largest slide smallest, by trying them all (a table of sentences has few rows)
  let best: { cuts: number[]; worst: number } | undefined
  const tryCuts = (cuts: number[], from: number) => {
    if (cuts.length === k - 1) {
      const bounds = [0, ...cuts, rows.length]
      const sizes = bounds.slice(1).map((end, i) => words.slice(bounds[i], end).reduce((n, w) => n + w, 0))
      const worst = Math.max(...sizes)
      if (!best || worst < best.worst) best = { cuts: [...cuts], worst }
      return
    }
    for (let c = from + 1; c < rows.length; c++) if (!rows[c - 1]!.group) tryCuts([...cuts, c], c)
  }
  tryCuts([], 0)
  if (!best) return undefined
  const bounds = [0, ...best.cuts, rows.length]
  return bounds.slice(1).map((end, i) => rows.slice(bounds[i], end))
}

/** How much a table is worth a slide: rows the text talks about, then its size. */
function tableWorth(a: Analysis, t: Table, prose: string): number {
  return t.body.reduce((n, r) => n + rowScore(r, prose), 0) + Math.min(t.body.length, MAX_ROWS) * 0.1 - t.start / Math.max(1, a.article.text.length)
}

/**
 * Whether a table wider than a slide's columns is a diagram drawn with cells: its columns are
 * positions numbered in order ("Slot | 0 | 1 | … | 15" over a row of keys), or have no label at
 * all. Some of its columns say nothing without the others, and all of them do not fit.
 */
function diagram(t: Table): boolean {
  if (t.columns <= MAX_SHORT_COLUMNS) return false
  // (the last header row's: a row of positions under groups of them, "Group 0" over "0 … 7")
  const labels = (t.head.at(-1) ?? []).slice(1).map((c) => c.text.trim())
  const numbered = labels.every((l, i) => i === 0 || Number(l) === Number(labels[i - 1]) + 1 || (l === '0' && labels[i - 1] !== '0')) && labels.every((l) => /^\d{1,3}$/u.test(l))
  return numbered || labels.every((l) => l === '')
}

/**
 * The indices of the tables that get slides (at most MAX_TABLE_SLIDES, in the article's order),
 * within the analysed text, none that repeats the figures of a table before it and, past the
 * first, none the text says nothing of.
 */
export function tablesToShow(a: Analysis): number[] {
  // a long article is analysed up to a point: tables after its first paragraph left out are left out too
  const analysed = new Set(a.paragraphs.map((p) => p.block))
  const firstLeftOut = a.article.blocks.findIndex((b, i) => ['paragraph', 'list-item', 'blockquote'].includes(b.kind) && !analysed.has(i))
  const prose = a.sentences.map((s) => s.text).join(' ').toLowerCase()
  // a table whose cells say nothing in words or numbers (a grid of coloured cells) has nothing to show; nor a diagram set as a table
  const candidates = a.article.tables.map((t, i) => ({ t, i })).filter(({ t }) => (firstLeftOut < 0 || t.block < firstLeftOut) && t.body.some(hasValue) && !diagram(t))
  const values = candidates.map(({ t }) => valuesOf(t))
  return candidates
    // a table that repeats the figures of one before it (the income statement after the highlights) says them again in smaller print
    .filter((_, k) => !values.slice(0, k).some((earlier) => repeats(values[k]!, earlier)))
    // past the first, a table the text says nothing of (a release's appended statements) is reference matter, not a slide;
    // not one a heading of its own in words heads ("### The Next 10 Years"), text after it: the writer made it a part of the story
    // (nor one set right after a table it is the twin of: the same comparison for another case, "Vite (swc)" under "Vite (babel)")
    .filter(({ t }, k) => k === 0 || mentioned(t, prose) || introduced(a, t) || ownPart(a, t) || twinOfTheOneBefore(a, t) || namesItsRows(a, t))
    // the first tables of a release hold its highlights: earlier tables first on equal worth
    .map(({ t, i }) => ({ i, w: tableWorth(a, t, prose) + (a.article.tables.length - i) * 0.5 }))
    .sort((x, y) => y.w - x.w)
    .slice(0, MAX_TABLE_SLIDES)
    .map((x) => x.i)
    .sort((x, y) => x - y)
}

/** Share of a table's figures found in one table before it from which it counts as a repeat. */
const REPEATED_SHARE = 0.4

function repeats(values: readonly string[], earlier: readonly string[]): boolean {
  return values.length > 0 && values.filter((v) => earlier.includes(v)).length >= REPEATED_SHARE * values.length
}

/** The figures of a table's body, as digits ("$36,455 million" → "36455"), those of three digits or more. */
function valuesOf(t: Table): string[] {
  return t.body.flatMap((r) => r.slice(1).flatMap((c) => {
    const digits = c.number ? c.text.replace(/\D/g, '') : ''
    return digits.length >= 3 ? [digits] : []
  }))
}

/** The labels a table slide shows: its columns' headings and its rows' first cells ("Revenue", "Alignment (bytes)"). */
export function shownLabels(slide: TableSlide): string[] {
  return [...slide.columns.slice(1).map((c) => c.label), ...slide.rows.map((r) => r.cells[0] ?? '')].filter((l) => l.trim() !== '')
}
