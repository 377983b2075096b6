/**
 * A quote slide's title: what the quotation is about, in the article's words, when the sentence
 * right before it in its paragraph says so in a headline's length ("In an e-mail, Doudna said
 * she no longer has any involvement with Editas. “I am not part of the company’s team at this
 * point,” she said." → "Doudna no longer has any involvement with Editas"). The speaker is under
 * the quotation already; a title naming them again says nothing the slide does not. Else (no such
 * sentence, another language) the speaker's name.
 *
 * Usage: const { title, sentence } = quoteTitle(a, q)   // sentence: the title's, for the notes
 */
import { compressSentence } from '../analyze/compress.ts'
import { asHeadline, ownStatement } from '../analyze/headlines.ts'
import { MAX_TITLE_WORDS } from '../analyze/titles.ts'
import { countWords } from '../analyze/script.ts'
import { localeFor } from '../locales/index.ts'
import type { Analysis, Quote } from '../types.ts'
import { englishRemovals, tagWords } from '../analyze/constituents.ts'
import { escapeRegExp } from '../analyze/regex.ts'
import { capitalise } from './figure-labels.ts'

export interface QuoteTitle {
  title: string
  /** The sentence the title was made from (Analysis.sentences index), when one was. */
  sentence?: number
}

export function quoteTitle(a: Analysis, q: Quote): QuoteTitle {
  const context = a.lang === 'en' ? contextSentence(a, q) : undefined
  const headline = context === undefined ? undefined : contextHeadline(sentenceText(a, context), q.speaker)
  if (headline && context !== undefined) return { title: headline, sentence: context }
  if (!q.speaker) return { title: localeFor(a.lang).slide.quote }
  // (a long affiliation stays under the quotation: "Helmholtz Centre for Infection Research and Hannover Medical School in Germany")
  const credited = q.affiliation ? `${q.speaker}, ${q.affiliation}` : q.speaker
  return { title: countWords(credited) <= MAX_TITLE_WORDS ? credited : q.speaker }
}

/**
 * The sentence right before the quotation's, when it quotes no one itself: the writer's words
 * that set the quotation up. In the paragraph before only when it names the speaker ("Lourimi
 * said he did not expect …" before a paragraph opening on his “We have nothing to fear”).
 */
function contextSentence(a: Analysis, q: Quote): number | undefined {
  const i = q.sentence - 1
  const before = a.sentences[i]
  if (!before || a.sentences[q.sentence]!.paragraph - before.paragraph > 1) return undefined
  if (a.quotes.some((r) => r.sentence === i && r.kind === 'direct') || /[“”"«»„]/u.test(before.text)) return undefined
  // (nor a section's headline: the quote slide would carry the title of the slide before it)
  if (a.sections.some((s) => s.titleSentence === i)) return undefined
  const surname = q.speaker?.split(/\s+/).at(-1)
  const sameParagraph = before.paragraph === a.sentences[q.sentence]!.paragraph
  return sameParagraph || (surname !== undefined && sentenceText(a, i).includes(surname)) ? i : undefined
}

/** A sentence as its key point says it, an opening "He" named ("Lourimi said he did not expect …"), else as written. */
function sentenceText(a: Analysis, i: number): string {
  const point = a.sections.flatMap((s) => s.keyPoints).find((k) => k.sentence === i && k.named)
  return point?.text ?? a.sentences[i]!.text
}

/**
 * The sentence as a headline: a speaker's statement about themself as theirs ("Lourimi did not
 * expect …"), compressed to a title's length, less "Zhang says" when Zhang is the one quoted
 * (the slide credits the quotation to them).
 */
function contextHeadline(sentence: string, speaker: string | undefined): string | undefined {
  // (its opening first gone, so that the speaker's statement is read: "[In an e-mail, ]Doudna said she …")
  const text = withoutOpening(sentence)
  const c = compressSentence(ownStatement(text) ?? text, MAX_TITLE_WORDS)
  if (!c.complete) return undefined
  const headline = asHeadline(ownStatement(c.text) ?? withoutSpeaker(c.text, speaker))
  // (a statement, opening on its subject: not a phrase the page set as a sentence, "In regards to the revamped cooling system.")
  return headline && !tagWords(headline)[0]?.tags.some((t) => NO_SUBJECT_FIRST.includes(t)) ? headline : undefined
}

/** The sentence less its opening adverbial ("In an e-mail, "), and the comma after a speaker it leaves ("Because of …, Zhang says, the …"), if it has one. */
function withoutOpening(sentence: string): string {
  const opening = englishRemovals(sentence, tagWords(sentence)).find((r) => r.kind === 'intro' && r.spans[0]?.start === 0)
  if (!opening) return sentence
  let out = ''
  let at = 0
  for (const span of [...opening.spans].sort((x, y) => x.start - y.start)) {
    out += sentence.slice(at, span.start)
    at = span.end
  }
  return capitalise((out + sentence.slice(at)).trimStart())
}

/** Tags of a first word that opens no statement: a phrase ("In regards to …"), a connective. */
const NO_SUBJECT_FIRST = ['Preposition', 'Conjunction']

/** "Zhang says the importance of any patent isn’t entirely clear" → "the importance of …", when Zhang is `speaker`. */
function withoutSpeaker(clause: string, speaker: string | undefined): string {
  const surname = speaker?.split(/\s+/).at(-1)
  if (!surname) return clause
  const m = new RegExp(String.raw`^(?:\p{Lu}[\p{L}.'’-]*\s+)*${escapeRegExp(surname)}\s+(?:says|said|believes|thinks|argues|argued)\s+(?:that\s+)?(?=\p{Ll})`, 'u').exec(clause)
  return m ? clause.slice(m[0].length) : clause
}

