/**
 * A list the article introduces with a line ending in a colon (or in no stop at all), whose items are phrases rather
 * than sentences ("As a user, you most likely do not need to worry about these changes unless
 * you are:" over "Assuming the alignment of i128/u128 rather than using align_of", "Ignoring the
 * improper_ctypes* lints …"; "ATF consists of the following components:" over "Frontend", "Task
 * Store", …). Its items are no bullets on their own (no clause of their own), and without them
 * the line says nothing: a slide shows the line as its lead and the items as its bullets, each
 * as the article writes it. Items of several sentences that each open on a label ("**Mandatory
 * fees that often hide the full price.** Some sellers publish …") are shown by their labels: the
 * list's overview; their sentences stay the section's points. Items whose first sentences open on a label run
 * into them ("Today: Everything that requires a response today.") are shown by those sentences,
 * their other sentences, which speak of the label ("Emails shouldn't stay here"), no points.
 *
 * Usage: const lists = listsOf(a, section, shown); // their sentences leave the section's points
 */
import { countWords } from '../analyze/script.ts'
import type { Analysis, KeyPoint, Section } from '../types.ts'
import { SLIDE_BUDGET } from '../slide-budget.ts'
import { parseCellNumber } from '../ingest/table-number.ts'

export interface ListPage {
  /** The sentence that introduces the list (it ends in a colon). */
  lead: number
  /** The list's items in the article's order: each one's sentence, or its label when it has several. */
  items: KeyPoint[]
  /** The sentences of items under run-in labels after their first: they speak of their label ("Emails shouldn't stay here"), no points of the section. */
  others?: number[]
}

/** Items a list has at least and at most to make a slide of its own. */
const MIN_ITEMS = 2
const MAX_ITEMS = 8
/** …or at most this many when each is a name of a few words ("serde", "tokio", …, "lazy_static"). */
export const MAX_LIST_ITEMS = 12

/** Words a line that stops before its list without a stop has at least ("… we needed to"; not a score, "87"). */
const MIN_UNFINISHED_WORDS = 4

/** Words of an item's label at most ("Mandatory fees that often hide the full price."): the item's sentences say the rest. */
const LABEL_WORDS = 12

/** The lists of a section to show with their lead line (see the file's comment), in reading order. */
export function listsOf(a: Analysis, section: Section, shown: ReadonlySet<number>): ListPage[] {
  const byId = new Map(section.keyPoints.map((k) => [k.sentence, k]))
  const kindOf = (p: number) => a.article.blocks[a.paragraphs[p]!.block]?.kind
  const nestedOf = (p: number) => a.article.blocks[a.paragraphs[p]!.block]?.nested ?? 0
  const out: ListPage[] = []
  const ps = section.paragraphs
  for (let i = 1; i < ps.length; i++) {
    // (or an item of a list over the list nested in it: "1. …, update the following dependencies:" over "- Volar / vue-tsc@^1.8.27 (required)", …)
    const underItem = kindOf(ps[i - 1]!) === 'list-item' && nestedOf(ps[i]!) > nestedOf(ps[i - 1]!)
    if (kindOf(ps[i]!) !== 'list-item' || (kindOf(ps[i - 1]!) === 'list-item' && !underItem)) continue
    let end = i
    while (end < ps.length && kindOf(ps[end]!) === 'list-item' && (!underItem || nestedOf(ps[end]!) >= nestedOf(ps[i]!))) end++
    const lead = a.paragraphs[ps[i - 1]!]!.sentences.at(-1)
    const items = ps.slice(i, end).map((p) => a.paragraphs[p]!.sentences)
    const page = lead === undefined ? undefined : listPage(a, lead, items, byId, shown)
    if (page) out.push(page)
    i = end
  }
  return out
}

/** A label of a few words run into an item's first sentence before a colon: "Today: Everything …", "This Month/Quarter: – …". */
const RUN_IN_LABEL = /^[^:.!?]{1,30}:\s+\S/u

/** An item of figures ("Basic: 2,545 (2024), 2,587 (2023)": numbers make a third of its words or more) or a web address: a table's line, not a name. */
function figuresOrLink(item: string): boolean {
  const words = item.split(/\s+/u).filter(Boolean)
  const numbers = words.filter((w) => parseCellNumber(w.replace(/[,;:]+$/u, '')) !== undefined).length
  return /https?:\/\/|www\./u.test(item) || (numbers > 0 && numbers * 3 >= words.length)
}

/** An item as the article writes it, less its closing stop: no clause of its own. */
function asWritten(a: Analysis, sentence: number): KeyPoint {
  const { text, start } = a.sentences[sentence]!
  const shown = text.trim().replace(/[.;,]+$/u, '')
  const at = text.indexOf(shown)
  return { sentence, text: shown, pieces: [{ start: start + at, end: start + at + shown.length }], score: 0, gist: 0, complete: false }
}

function listPage(a: Analysis, lead: number, items: ReadonlyArray<readonly number[]>, byId: ReadonlyMap<number, KeyPoint>, shown: ReadonlySet<number>): ListPage | undefined {
  const text = a.sentences[lead]!.text
  // (or a line that stops before its list without a stop: "The major differences between v0.4 and v0.6 are")
  const unfinished = /\p{Ll}$/u.test(text.trim()) && countWords(text) >= MIN_UNFINISHED_WORDS
  if (!(unfinished || /:\s*$/u.test(text)) || countWords(text) > SLIDE_BUDGET.antecedentWords || shown.has(lead)) return undefined
  // one phrase or sentence an item, each short enough for a bullet; or items that each open on a label
  // (a label of its own, "**Mandatory fees …**", or one run into the item's first sentence: "Today: Everything that requires a response today.")
  const runIn = items.every((s) => RUN_IN_LABEL.test(a.sentences[s[0]!]!.text))
  const labelled = !runIn && items.every((s) => s.length > 1)
  if (items.length < MIN_ITEMS || items.length > MAX_LIST_ITEMS || (!labelled && !runIn && items.some((s) => s.length !== 1))) return undefined
  // (an item the analysis made no point of, a name in code's letters as "lazy_static", as written; not figures or a bare link)
  const kept = items.map((s) => byId.get(s[0]!) ?? (figuresOrLink(a.sentences[s[0]!]!.text) ? undefined : asWritten(a, s[0]!)))
  if (kept.some((k) => !k || shown.has(k.sentence) || countWords(k.text) > SLIDE_BUDGET.longBulletWords)) return undefined
  const points = kept as KeyPoint[]
  if (labelled && !points.every((k) => countWords(k.text) <= LABEL_WORDS && !/:\s*$/u.test(a.sentences[k.sentence]!.text))) return undefined
  // (more items only when each is a name, or all of them together are no more words than a slide holds: "Purpose of the notification", "Summary of …", … nine of them)
  const words = points.reduce((n, k) => n + countWords(k.text), 0)
  if (points.length > MAX_ITEMS && points.some((k) => countWords(k.text) > SLIDE_BUDGET.nameWords) && words > SLIDE_BUDGET.bodyWords) return undefined
  // phrases, not sentences: most items make no bullet of their own (items under their labels make the list's overview whatever they are;
  // the items of a line their words finish are that line's, whatever they are)
  // (an item written without a closing stop is a phrase, however the compression read it: "Purpose of the notification")
  const phrase = (k: KeyPoint) => !k.complete || !/[.!?…]["”’)]?\s*$/u.test(a.sentences[k.sentence]!.text)
  if (!runIn && !unfinished && points.filter(phrase).length * 2 < points.length) return undefined
  return { lead, items: points, ...(runIn ? { others: items.flatMap((s) => s.slice(1)) } : {}) }
}
