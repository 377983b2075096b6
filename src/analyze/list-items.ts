/**
 * Items of a list that finish the sentence before the list ("As a user, you most likely do not
 * need to worry about these changes unless you are:" → "1. Assuming the alignment of i128 …"):
 * on a slide of their own they read as fragments. Only items that start no sentence of their own
 * (from a small letter, or on a gerund): "A couple of reasons for this:" may be followed by whole
 * sentences. English, where the lead-in can be read. In any language, an item of a few words that
 * ends on a colon before more items ("Rust the global project:") only labels the items under it.
 */
import type { Article, Paragraph, Sentence } from '../types.ts'
import { hangsOpen } from './compress.ts'
import { countWords } from './script.ts'

/** Indices of the sentences of list items whose lead-in stops on its colon without finishing its clause. */
export function listContinuations(article: Article, paragraphs: readonly Paragraph[], sentences: readonly Sentence[], lang: string): Set<number> {
  const out = new Set<number>()
  const isItem = (p: Paragraph | undefined) => article.blocks[p?.block ?? -1]?.kind === 'list-item'
  paragraphs.forEach((p, i) => {
    if (isItem(p) && isItem(paragraphs[i + 1]) && labelsItems(p, sentences)) p.sentences.forEach((s) => out.add(s))
  })
  if (lang !== 'en') return out
  let continues = false
  let examples = false
  // (an item that leads to examples, "The convening will feature speakers including:", leads to the short items of the list
  // under it: "HHS Secretary Xavier Becerra", "Senator Bob Casey (PA)", …, to the next item of its own list, a longer one)
  let nested = false
  paragraphs.forEach((p, i) => {
    if (!isItem(p)) {
      continues = false
      return
    }
    const prev = paragraphs[i - 1]
    if (!isItem(prev)) {
      examples = !!prev && leadsToExamples(prev, sentences)
      continues = examples || leadInHangs(prev, sentences)
      nested = false
    } else if (leadsToExamples(prev!, sentences)) [examples, continues, nested] = [true, true, true]
    else if (nested && countWords(p.sentences.map((k) => sentences[k]!.text).join(' ')) > NESTED_ITEM_WORDS) [examples, continues, nested] = [false, false, false]
    if (!continues) return
    for (const s of p.sentences) if (FRAGMENT_START.test(sentences[s]!.text)) out.add(s)
    // (after "including:", an item's first sentence is one of the things the lead-in counts, whatever its first letter:
    // "there's still more to do, including:" over "Seamless support for …", "A compatibility layer for …")
    if (examples && p.sentences[0] !== undefined) out.add(p.sentences[0])
  })
  return out
}

/** A lead-in that ends on the word that brings in its examples: "…, including:", "such as:", "namely:". */
function leadsToExamples(lead: Paragraph, sentences: readonly Sentence[]): boolean {
  const last = sentences[lead.sentences.at(-1) ?? -1]
  return !!last && /\b(?:including|such as|namely|notably|especially|particularly)\s*:\s*$/iu.test(last.text)
}

/** The most words of an item of a list nested under an item that leads to it: a name, a term. */
const NESTED_ITEM_WORDS = 8

/** The most words of an item that labels the items under it. */
const LABEL_WORDS = 6

/** An item of one short sentence ending on its colon. */
function labelsItems(p: Paragraph, sentences: readonly Sentence[]): boolean {
  const text = p.sentences.length === 1 ? sentences[p.sentences[0]!]!.text : ''
  return /[:：]\s*$/u.test(text) && countWords(text) <= LABEL_WORDS
}

/** An item that does not start a sentence of its own: from a small letter, or on a gerund ("Assuming …", "Ignoring …"). */
const FRAGMENT_START = /^\s*(?:\p{Ll}|\p{Lu}\p{Ll}+ing\b)/u

/** The paragraph before a list ends on a colon after words that need more ("unless you are:"). */
function leadInHangs(lead: Paragraph | undefined, sentences: readonly Sentence[]): boolean {
  const last = lead ? sentences[lead.sentences.at(-1) ?? -1] : undefined
  return !!last && /:\s*$/.test(last.text) && hangsOpen(last.text.replace(/:\s*$/, ''))
}

/** Words of a list's item at most that can be a line of figures ("$380,000 advertising (from $234,000)"). */
const STAT_ITEM_WORDS = 12
/** A line that opens on its figure: an amount, a share or a count ("$380,000 advertising", "24% develop on Windows", "8 paid staff"), not a version after a name ("Linux 3.10+ on x86-64"). */
const FIGURE = /^[~≈<>]?\s?[$€£¥]?\s?\p{N}[\p{N},.]*\s?(?:%|\p{L})/u

/**
 * The items of a list of figures, one sentence each and opening on its figure: "700 million page views (from 580 million)",
 * "$380,000 advertising (from $234,000)", "8 paid staff (from 5)" — two of them at least, and
 * two thirds of the list's items such lines. A list of stats is what its section exists to show.
 */
export function statItems(article: Article, paragraphs: readonly Paragraph[], sentences: readonly Sentence[]): Set<number> {
  const out = new Set<number>()
  const isItem = (p: Paragraph | undefined) => article.blocks[p?.block ?? -1]?.kind === 'list-item'
  const stat = (p: Paragraph) => p.sentences.length === 1 && FIGURE.test(sentences[p.sentences[0]!]!.text) && countWords(sentences[p.sentences[0]!]!.text) <= STAT_ITEM_WORDS
  for (let i = 0; i < paragraphs.length; ) {
    let end = i
    while (isItem(paragraphs[end])) end++
    const list = paragraphs.slice(i, end)
    const stats = list.filter(stat)
    if (stats.length >= 2 && stats.length * 3 >= list.length * 2) for (const p of stats) out.add(p.sentences[0]!)
    i = Math.max(end, i + 1)
  }
  return out
}

