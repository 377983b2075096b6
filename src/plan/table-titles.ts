/**
 * The title of a table slide: what the table shows, in the article's words. In order: its
 * caption, the heading or label line right above it (over notes and at most one paragraph of
 * prose), the sentence ending in a colon right before it (short, or the figure it names, or its
 * clause of a title's length), what its header row names ("FY26 Award Amount by State", "C
 * type, Rust equivalent, sizeof"), the heading above "at a glance" ("Compatibility at a
 * glance"), a longer list of its headers, its header row's pair ("Status by Compiler 1 and Compiler 2"), its first header
 * cell, the first sentence of the paragraph that leads into it, the section's title, the span
 * of its row labels. The first of these the deck does not already use is the title, so no two
 * slides share one (the deck's and the sections' titles count as used). Unit notes of a
 * caption ("(In millions)") go under the table; a company name before " - " is left out.
 */
import { capitalFirstLetter } from '../analyze/capital.ts'
import type { Analysis, Slide, Table, TableSlide } from '../types.ts'
import { localeFor } from '../locales/index.ts'
import { UNIT_NOTE } from '../ingest/table-normalize.ts'
import { parseCellNumber } from '../ingest/table-number.ts'
import { sectionOf } from './notes.ts'
import { compressSentence, withoutLinkLabels } from '../analyze/compress.ts'
import { headingsInTitleCase, MAX_TITLE_WORDS, namedWords, sentenceCase } from '../analyze/titles.ts'
import { refersBack } from '../analyze/stand-alone.ts'
import { wordsKey } from '../analyze/script.ts'
import { escapeRegExp } from '../analyze/regex.ts'

/** Longer than this, a candidate is no slide title. */
export const MAX_TABLE_TITLE = 60
/** Words of a label line (a bold name, "Supplemental data") above a table. */
const MAX_LABEL_WORDS = 8
/** Words of the sentence right before a table that can stand as its title. */
const MAX_SENTENCE_WORDS = 12

const FIRST_NOTE = new RegExp(`\\s${UNIT_NOTE.source}`, 'i')
const COMPANY = /\b(?:inc|corp|corporation|ltd|limited|plc|llc|co|gmbh|ag|sa|nv|se)\.?$/i
const SEPARATOR = /\s+[-–—|]\s+/

/** A title candidate and the unit notes cut from it. */
export interface TitleText {
  title: string
  notes: string[]
}


/**
 * "META PLATFORMS, INC. - CONDENSED BALANCE SHEETS (In millions)" → "Condensed balance sheets" +
 * "(In millions)"; "Condensed Balance Sheets" when `titleCase` (the article's headings are so set).
 */
export function cleanTitle(text: string, titleCase = false, named?: ReadonlyMap<string, string>): TitleText {
  // the title ends where its unit notes begin ("Segment Information (In millions) (Unaudited) Three Months Ended …")
  const at = text.search(FIRST_NOTE)
  const notes = at > 0 ? text.slice(at).trim() : ''
  let title = (at > 0 ? text.slice(0, at) : text).trim()
  const parts = title.split(SEPARATOR)
  if (parts.length > 1) {
    const kept = parts.filter((p) => !COMPANY.test(p.trim()))
    if (kept.length > 0) title = kept.join(' – ')
  }
  title = sentenceCase(title.replace(/\s*[:.]$/, '').trim(), titleCase, undefined, named)
  return { title, notes: notes ? [notes] : [] }
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length
/** A short sentence that shows the table after it: "Here are examples of …". */
const HERE_ARE = /^(?:(?:Here|Below) (?:are|is)|Here['’]s)\s+(\S+(?:\s+\S+){1,10}?)[.:]?$/
const isLabelLine = (s: string) => words(s) <= MAX_LABEL_WORDS && !/[.!?…。！？"”’]$/.test(s)

/** The heading or label line above the table: over note lines and at most one paragraph of prose. */
function lineAbove(a: Analysis, t: Table): { text: string; heading: boolean } | undefined {
  let prose = 0
  for (let i = t.block - 1; i >= 0; i--) {
    const b = a.article.blocks[i]!
    const text = a.article.text.slice(b.start, b.end)
    if (b.kind === 'heading') return { text, heading: true }
    // (over a unit note, "(Amounts in Thousands Except Per Share Amounts)", and the company's name, "THE BUCKLE, INC.")
    if (b.kind === 'paragraph' && ((UNIT_NOTE.test(text) && text.startsWith('(')) || COMPANY.test(text.trim()))) continue
    if (b.kind === 'paragraph' && isLabelLine(text)) return { text, heading: false }
    if (b.kind !== 'paragraph' || prose++ > 0) break
  }
  return undefined
}

/** Words of a heading that names a topic ("Compatibility", "Fees by industry"), not a statement. */
const MAX_TOPIC_WORDS = 4

/**
 * "Compatibility at a glance": the table right under the topic heading of its section, for when
 * the section's slide already bears that heading (the table sums the section up; its column headers alone,
 * "Status by Compiler 1 and Compiler 2", say nothing to an audience).
 */
function glanceTitle(a: Analysis, t: Table): string | undefined {
  const above = lineAbove(a, t)
  const section = a.sections[sectionOf(a, t.start)]?.title
  if (!above?.heading || words(above.text) > MAX_TOPIC_WORDS || section === undefined || key(section) !== key(above.text)) return undefined
  return localeFor(a.lang).table.glance(cleanTitle(above.text, inTitleCase(a), namedIn(a)).title)
}

/**
 * The sentence right before the table that introduces it ("Revenue by division:"); a longer one
 * as a clause of a title's length ("All other combinations have some incompatible cases, which
 * are summarized in the table below:" → "All other combinations have some incompatible cases").
 */
function introducingTitle(a: Analysis, t: Table): string | undefined {
  const before = a.sentences[sentenceRightBefore(a, t)]
  if (!before) return undefined
  const shown = hereAre(a, before.text)
  if (shown) return shown
  // (or one that names its rows: "Parquet and CSV writing are sped up tremendously this release …" over "CSV", "Parquet")
  // (its label first, when the paragraph opens on one: "Parallel Parquet/CSV Writing: Parquet and CSV writing are sped up …")
  if (!before.text.trim().endsWith(':')) return namesItsRows(a, t) ? (RUN_IN_LABEL.exec(before.text)?.[1] ?? titleClause(a, withoutLinkLabels(before.text))) : undefined
  if (words(before.text) <= MAX_SENTENCE_WORDS) return before.text
  return namedFigure(before.text) ?? titleClause(a, withoutLinkLabels(before.text))
}

/** A label of a few words run into its paragraph before a colon: "Parallel Parquet/CSV Writing: …". */
const RUN_IN_LABEL = /^(\p{Lu}[^:.!?]{2,50}?):\s+\p{Lu}/u

/**
 * The figure or table of another document a sentence names ("… for System V, Figure 3.1: Scalar
 * Types tells us …" → "Scalar Types"): the name under which its source shows the table, without
 * its number there, which says nothing to an audience that has not got that document.
 */
const NAMED_FIGURE = /\b(?:Figure|Fig\.|Table|Exhibit|Chart)\s+\d+(?:\.\d+)*[a-z]?:\s+(\p{Lu}[^,;:.()]{2,40}?)(?=\s+\p{Ll}|\s*[,;:.)]|$)/u

function namedFigure(sentence: string): string | undefined {
  return NAMED_FIGURE.exec(sentence)?.[1]
}

/** "Here are examples of app updates …" → "Examples of app updates …", "Here's a simple rule:" → "A simple rule" (English). */
export function hereAre(a: Analysis, sentence: string): string | undefined {
  const shown = a.lang === 'en' ? HERE_ARE.exec(sentence.trim()) : null
  return shown ? capitalFirstLetter(shown[1]!) : undefined
}

/** Index of the sentence that ends right before a table or a block (a space or a line break between them), else -1. */
export function sentenceRightBefore(a: Analysis, t: Pick<Table, 'start'>): number {
  for (let i = a.sentences.length - 1; i >= 0; i--) {
    const s = a.sentences[i]!
    if (s.end <= t.start) return t.start - s.end <= 2 ? i : -1
  }
  return -1
}

/**
 * The first sentence of the paragraph that leads into the table, as a clause of a title's length
 * ("Fees account for tens of billions of dollars in revenue – …. A sampling of … include:" →
 * "Fees account for tens of billions of dollars in revenue"), when the paragraph has more than
 * one sentence (one alone is the introducing sentence) and that sentence does not point back.
 */
function paragraphLead(a: Analysis, t: Table): string | undefined {
  const before = a.sentences[sentenceRightBefore(a, t)]
  if (!before) return undefined
  const lead = a.paragraphs[before.paragraph]!.sentences[0]
  const first = lead === undefined ? undefined : a.sentences[lead]
  if (!first || first === before || refersBack(first.text, a.lang)) return undefined
  return words(first.text) <= MAX_TITLE_WORDS ? first.text : titleClause(a, withoutLinkLabels(first.text))
}

/**
 * A long sentence as a clause of a title's length (English), less a last "here" that points at
 * the table ("Rust has the wrong alignment here" → "Rust has the wrong alignment"); none when
 * that clause only points at the table ("… in the table below") or back at the text before it
 * ("All other combinations have some incompatible cases": other than those the slide does not show).
 */
function titleClause(a: Analysis, sentence: string): string | undefined {
  if (a.lang !== 'en') return undefined
  const clause = compressSentence(sentence, MAX_TITLE_WORDS)
  const text = clause.text.replace(/\s+here(?=[.:]?$)/i, '')
  // ("Below are the results for compiling Cargo itself" → "The results for compiling Cargo itself")
  return clause.complete && !/\b(?:below|following|above)$/i.test(text) && !refersBack(text, a.lang) ? (hereAre(a, text) ?? text) : undefined
}

/** The table's caption ("Examples of …" for "Here are examples of …"), and when it is too long for a title, the clause it compresses to. */
function captionTitles(a: Analysis, t: Table): string[] {
  const caption = t.caption?.text
  if (!caption) return []
  const shown = hereAre(a, caption)
  if (shown) return [shown]
  if (cleanTitle(caption).title.length <= MAX_TABLE_TITLE) return [caption]
  const long = titleClause(a, caption.replace(/:\s*$/, '.')) ?? captionHead(caption, a.lang === 'en' ? CAPTION_TAIL : SHORT_WORD)
  return long ? [caption, long] : [caption]
}

/** A preposition that opens what a caption's head is of or for ("… temperatures [for the six largest cities of New Zealand]"). */
const CAPTION_TAIL = /\s(?:for|of|in|at|across|by|during|from|among|between|per)\s/giu

/**
 * A short word in lower case (a preposition or an article, in a language whose prepositions are
 * not listed): where a caption's head may end ("Classificação final da Monster Energy NASCAR Cup
 * Series [em 2019 após 36 etapas]").
 */
const SHORT_WORD = /\s(?=\p{Ll}{1,4}\s)/gu

/**
 * A caption too long for a title, as a phrase of words, cut before a preposition (`cut`: English
 * ones, else a short word) so that it fits, the longest that does: "Average daily maximum and
 * minimum temperatures for the six largest cities of New Zealand" → "Average daily maximum and
 * minimum temperatures". Not a sentence (its clause is titleClause's), nor fewer than two words.
 */
function captionHead(caption: string, cut: RegExp): string | undefined {
  if (/[.!?;:]\s*\S/u.test(caption.trim())) return undefined
  const cuts = [...caption.matchAll(cut)].map((m) => m.index).filter((i) => caption.slice(0, i).trim().split(/\s+/).length >= 2)
  const at = cuts.reverse().find((i) => cleanTitle(caption.slice(0, i)).title.length <= MAX_TABLE_TITLE)
  return at === undefined ? undefined : caption.slice(0, at).trim()
}

/** Whether a header cell holds words, not a period or a number ("March 31, 2024", "2023"). */
const wordy = (x: string | undefined) => x !== undefined && /\p{L}{2}/u.test(x) && !/\b(?:19|20)\d\d\b/.test(x) && parseCellNumber(x) === undefined

/** What the header row of a table of labels and one column of values names: "FY26 Award Amount by State". */
function valuesByTitle(a: Analysis, t: Table): string | undefined {
  const head = t.head.at(-1)?.map((c) => c.text)
  return head?.length === 2 && wordy(head[0]) && wordy(head[1]) ? localeFor(a.lang).table.by(head[1]!, head[0]!) : undefined
}

/** A table's last header row, when its first cell holds words. */
function wordyHead(t: Table): string[] | undefined {
  const head = t.head.at(-1)?.map((c) => c.text)
  return head && wordy(head[0]) ? head : undefined
}

/** Two columns of labels and one of values in words, from the header row: "Status by Compiler 1 and Compiler 2" (not one of numbers, "C type, Rust equivalent, sizeof"). */
function pairTitle(a: Analysis, t: Table): string | undefined {
  const head = wordyHead(t)
  const words = (c: number) => t.body.some((r) => (r[c]?.text ?? '') !== '' && r[c]!.number === undefined)
  if (head?.length !== 3 || !head.every(wordy) || !words(2)) return undefined
  const title = localeFor(a.lang).table.byPair(head[2]!, head[0]!, head[1]!)
  return capitalFirstLetter(title, a.lang)
}

/**
 * Headers that are all words, listed: "C type, Rust equivalent, sizeof" (two-column and pair
 * tables have their own titles); at most `most` of them (four or more, "Grantee, Proposal, Area,
 * Value", read as a list of columns, not as what the table shows).
 */
function headerList(a: Analysis, t: Table, most = Number.MAX_SAFE_INTEGER): string | undefined {
  const head = wordyHead(t)
  if (!head || head.length === 2 || head.length > most || pairTitle(a, t) || !head.every(wordy)) return undefined
  return head.join(', ').length <= MAX_TABLE_TITLE ? head.join(', ') : undefined
}

/** Headers a title lists before the topic heading above the table ("Developer grants at a glance") is taken. */
const LISTED_HEADERS = 3

/** "Revenue to Net income": the span of the table's row labels. */
function rowSpan(t: Table): string | undefined {
  const labels = t.body.map((r) => r[0]!.text.replace(/\s*:$/, '')).filter((l) => l !== '')
  if (labels.length === 0) return undefined
  return labels.length === 1 ? labels[0] : `${labels[0]} – ${labels.at(-1)}`
}

/**
 * Whether the table comes right after another (no text between) with the same column labels but
 * the first, which names its own case: the same comparison for another case ("Vite (swc) | Vite
 * 4.2 | Vite 4.3 | Improvement" under "Vite (babel) | …"). A statement's second part, its labels
 * the same and its first empty, is no twin.
 */
export function twinOfTheOneBefore(a: Analysis, t: Table): boolean {
  const before = a.article.tables.find((x) => x.block === t.block - 1)
  const [mine, theirs] = [t.head.at(-1)?.map((c) => c.text) ?? [], before?.head.at(-1)?.map((c) => c.text) ?? []]
  if (!before || before.columns !== t.columns || mine.length !== theirs.length || mine.length < 2) return false
  return wordy(mine[0]) && mine[0] !== theirs[0] && mine.slice(1).some((l) => l !== '') && mine.slice(1).every((l, c) => l === theirs[c + 1])
}

/** A twin table's own case, over its first column: "Vite (babel)", "Vite (swc)". */
function twinTitle(a: Analysis, t: Table): string | undefined {
  const next = a.article.tables.find((x) => x.block === t.block + 1)
  return twinOfTheOneBefore(a, t) || (next && twinOfTheOneBefore(a, next)) ? t.head.at(-1)![0]!.text : undefined
}

/** The second part of a table split in two (right after the first, as wide, without its own caption): "Segment information (cont.)". */
function continuation(a: Analysis, t: Table): string | undefined {
  const index = a.article.tables.indexOf(t)
  const prev = a.article.tables[index - 1]
  if (!prev || t.caption || prev.block !== t.block - 1 || prev.columns !== t.columns) return undefined
  const first = titleCandidates(a, prev, '')[0]
  return first ? `${first.title}${localeFor(a.lang).slide.continued}` : undefined
}

/**
 * Whether the sentence right before a table names its rows, two at least by their labels: "Parquet
 * and CSV writing are sped up tremendously this release …" over "CSV | 2.6s | 0.38s", "Parquet |
 * 7.5s | 1.3s". The text speaks of it, if not of its figures.
 */
export function namesItsRows(a: Analysis, t: Table): boolean {
  const before = a.sentences[sentenceRightBefore(a, t)]?.text
  if (!before) return false
  const labels = [...new Set(t.body.map((r) => r[0]?.text.trim() ?? '').filter((l) => /\p{L}{2}/u.test(l)))]
  const named = labels.filter((l) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(l)}(?![\\p{L}\\p{N}])`, 'iu').test(before))
  return labels.length >= 2 && named.length >= Math.min(2, labels.length) && named.length * 2 >= labels.length
}

/** Title candidates of a table, best first. */
export function titleCandidates(a: Analysis, t: Table, fallback: string): TitleText[] {
  const section = a.sections[sectionOf(a, t.start)]?.title
  const raw = [...captionTitles(a, t), lineAbove(a, t)?.text, twinTitle(a, t), continuation(a, t), introducingTitle(a, t), valuesByTitle(a, t), headerList(a, t, LISTED_HEADERS), glanceTitle(a, t), headerList(a, t), pairTitle(a, t), wordyHead(t)?.[0], paragraphLead(a, t), section, rowSpan(t), fallback]
  const titleCase = inTitleCase(a)
  return raw.filter((x): x is string => x !== undefined && x.trim() !== '').map((x) => cleanTitle(x, titleCase, namedIn(a))).filter((c) => c.title !== '')
}

const NAMED = new WeakMap<Analysis, ReadonlyMap<string, string>>()

/** The words the article writes with capitals inside its sentences (titles.ts `namedWords`): a title in capitals keeps them ("Reconciliation of GAAP to non-GAAP …"). */
export function namedIn(a: Analysis): ReadonlyMap<string, string> {
  let named = NAMED.get(a)
  if (!named) NAMED.set(a, (named = namedWords(a.article.text, a.lang)))
  return named
}

const TITLE_CASE = new WeakMap<Analysis, boolean>()

/** Whether the article sets its headings in title case (titles.ts `headingsInTitleCase`): a table's title in capitals is then set so too. */
export function inTitleCase(a: Analysis): boolean {
  let known = TITLE_CASE.get(a)
  if (known === undefined) {
    const headings = a.article.blocks.filter((b) => b.kind === 'heading').map((b) => a.article.text.slice(b.start, b.end))
    TITLE_CASE.set(a, (known = headingsInTitleCase(headings, a.lang)))
  }
  return known
}

/** A title's words, for comparing titles: lower case, no punctuation. */
export const key = wordsKey

/** The first candidate no other slide of the deck uses (marked used), else the first one, numbered. */
export function distinctTitle(candidates: readonly TitleText[], used: Set<string>): TitleText {
  const fit = candidates.filter((c) => c.title.length <= MAX_TABLE_TITLE)
  const pick = fit.find((c) => !used.has(key(c.title)))
  if (pick) {
    used.add(key(pick.title))
    return pick
  }
  const first = fit[0] ?? candidates[0] ?? { title: '', notes: [] }
  for (let n = 2; ; n++) {
    const title = `${first.title} (${n})`
    if (!used.has(key(title))) {
      used.add(key(title))
      return { ...first, title }
    }
  }
}

/**
 * Gives every table slide its title: the first candidate no other slide of the deck uses (the
 * deck's title counts), its continuation slide the same with "(cont.)". The unit notes cut
 * from the title go under the table; a slide without a caption, or whose caption the title was
 * made from, takes its title as caption.
 */
export function titleTableSlides(a: Analysis, slides: readonly Slide[], deckTitle: string): Slide[] {
  const used = new Set([deckTitle, ...slides.filter((s) => s.kind !== 'table').map((s) => s.title)].map(key))
  const chosen = new Map<number, TitleText>()
  const t9 = localeFor(a.lang)
  return slides.map((s) => {
    if (s.kind !== 'table') return s
    const first = !chosen.has(s.table)
    if (first) chosen.set(s.table, distinctTitle(titleCandidates(a, a.article.tables[s.table]!, t9.table.table), used))
    const c = chosen.get(s.table)!
    const notes = c.notes.filter((n) => !(s.note ?? '').includes(n))
    const note = [...notes, ...(s.note ? [s.note] : [])].join(' · ')
    // a caption the title was made from is not said twice; nor is the sentence that led into the
    // table in the article ("Looking back at the psABI, we can see that Rust has the wrong
    // alignment here", "…, which are summarized in the table below"): the title says what the
    // table shows, the notes keep that sentence. Only the table's own caption shows beside its title.
    const own = a.article.tables[s.table]!.caption !== undefined
    const caption = own && s.caption && !key(s.caption).startsWith(key(c.title)) ? s.caption : c.title
    const out: TableSlide = { ...s, title: first ? c.title : `${c.title}${t9.slide.continued}`, caption }
    if (note) out.note = note
    return out
  })
}
