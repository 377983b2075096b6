/**
 * The person an opening "He" or "She" (or "His", "Her") means, named: "He has supplied food to
 * 180 families" → "Shadman has supplied food to 180 families", so that a headline can be made of
 * the sentence (headlines.ts), which cannot open on a pronoun. Only where the text leaves no
 * doubt: it names one person, and no other, from the start of the paragraph before up to the
 * sentence. The name is written as the text last wrote it ("Shadman"). A bullet opening on
 * "He" or "She" takes the name too (key-points.ts), and so does one opening on a surname alone,
 * whose whole name the text writes elsewhere ("Forte said …" → "Tom Forte said …").
 */
import type { Entity, Sentence, Span } from '../types.ts'
import { escapeRegExp } from './regex.ts'
import { lexTags } from './entities.ts'

/** Two capitalised words in a row: a name, perhaps of a person the tagger did not know. */
const NAME_LIKE = /\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)+/gu

/** Words that open a sentence in capitals without being a name. */
const OPENER = /^(?:The|A|An|In|On|At|Of|To|When|While|After|Before|Since|Until|But|And|So|Or|If|As|By|For|From|With|Without|His|Her|Their|Its|Our|My|This|That|These|Those|Then|Only|Some|Many|Most|Last|Next|Every|Each)\s+/u

/** Whether the text between `from` and `to` writes a name no entity holds ("Matiullah Matie met Ahmad Zahir"): the pronoun may mean that one. */
function unknownName(text: string, from: number, to: number, known: readonly Span[], names: ReadonlySet<string>): boolean {
  for (const m of text.slice(from, to).matchAll(NAME_LIKE)) {
    // ("In October", "The Marines": a capitalised word opening a sentence is no part of a name)
    const opener = OPENER.exec(m[0])?.[0].length ?? 0
    if (opener > 0 && !/\s/.test(m[0].slice(opener))) continue
    const start = from + (m.index ?? 0) + opener
    const end = from + (m.index ?? 0) + m[0].length
    // ("Mercer Island-based", "New York-born": a place made an adjective is no one; nor is an entity's name the text writes elsewhere as one)
    if (text[end] === '-' || names.has(text.slice(start, end).toLowerCase())) continue
    if (!overlapsOne(known, start, end)) return true
  }
  return false
}

/** A capitalised word doing what a person does ("Bennett declined", "Al-Hams sighed"): a person, though named by one word. */
const ONE_WORD_SUBJECT = /(?<![\p{L}'’-])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*(?:['’]\p{Ll}+)?(?=\s+(?:said|says|told|tells|asked|asks|declines|wrote|writes|argues|replied|did|does|was|is|has|had|would|will|\p{Ll}{2,}ed)\b)/gu

/**
 * Whether the text between `from` and `to` has someone no entity holds do something, named by one
 * word the lexicon knows as no common word ("Bennett declined to be interviewed"): a following
 * "She" may mean that one (the entities may know only "Debbie Meadows").
 */
export function unknownSubject(text: string, from: number, to: number, known: readonly Span[], names: ReadonlySet<string>): boolean {
  for (const m of text.slice(from, to).matchAll(ONE_WORD_SUBJECT)) {
    const start = from + (m.index ?? 0)
    const tags = lexTags(m[0])
    const aName = tags.length === 0 || tags.some((t) => /Name$/u.test(t))
    if (aName && !names.has(m[0].toLowerCase()) && !overlapsOne(known, start, start + m[0].length)) return true
  }
  return false
}

/** Whether one of `spans` (sorted by start) overlaps [start, end). */
function overlapsOne(spans: readonly Span[], start: number, end: number): boolean {
  const i = firstAtOrAfter(spans, start)
  if (i > 0 && spans[i - 1]!.end > start) return true
  return i < spans.length && spans[i]!.start < end
}

/** An opening pronoun and the name it stands for. */
export interface NamedSubject {
  /** The sentence with the pronoun replaced by the name ("Shadman’s trucks …" for "His trucks …"). */
  text: string
  /** Where the text last wrote the name (its possessive "’s" left out). */
  name: Span
  /** Length of the pronoun that opens the sentence. */
  pronoun: number
  /** "His", "Her": the name takes a possessive "’s" that is not in the text. */
  possessive: boolean
  /** A surname alone made the whole name ("Forte" → "Tom Forte"), not a pronoun named. */
  surname?: boolean
  /** Where in the sentence the named word is, when not at its start (a bullet opening after a removed opening, "[Within months of the acquisition,] Forte said, …"). */
  at?: number
}

/**
 * The sentence (by index)'s opening pronoun and its name, or undefined; with `at` > 0, the
 * surname alone that a bullet opens on there (the words before it removed) and its whole name.
 */
export type SubjectNamer = (sentence: number, at?: number) => NamedSubject | undefined

const OPENING_PRONOUN = /^(he|she|his|her)\s+(?=\p{L})/iu

/** An opening phrase up to its comma before a subject pronoun: "To deliver supplies, " of "To deliver supplies, he rented …". */
const PRONOUN_AFTER_OPENING = /^((?:to|at|in|on|after|before|during|since|by|for|with|like|as|from|within|while)\s[^,;:.!?"“”]{1,60},\s+)(?:he|she)\s+\p{Ll}/iu

/** Paragraphs back the name may be when the one right before names no one. */
const PARAGRAPHS_BACK = 2

export function subjectNamer(text: string, sentences: readonly Sentence[], entities: readonly Entity[]): SubjectNamer {
  const mentions = entities
    .filter((e) => e.kind === 'person')
    .flatMap((e) => e.mentions.map((m) => ({ ...m, who: e })))
    .sort((a, b) => a.start - b.start)
  const known = entities.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start)
  const names = new Set(entities.map((e) => e.name.toLowerCase()))
  // where each paragraph's first sentence starts, for "the paragraph before" without a scan
  const paragraphStart = new Map<number, number>()
  for (const x of sentences) if (!paragraphStart.has(x.paragraph)) paragraphStart.set(x.paragraph, x.start)
  const memo = new Map<string, NamedSubject | undefined>()
  const others = new Map<string, boolean>()
  const name = (i: number): NamedSubject | undefined => {
    const s = sentences[i]!
    // (or after an opening phrase that names no one: "To deliver supplies, he rented …")
    const opening = OPENING_PRONOUN.exec(s.text) ? 0 : (PRONOUN_AFTER_OPENING.exec(s.text)?.[1]?.length ?? -1)
    const found = opening >= 0 ? OPENING_PRONOUN.exec(s.text.slice(opening)) : null
    // (a capitalised word after "he" makes it a name: "He Jianxiong, the former executive director …", the Chinese surname He;
    // not after "his": "His Democratic rival")
    const m = found && !(/^s?he$/i.test(found[1]!) && /^\p{Lu}\p{Ll}/u.test(s.text.slice(opening + found[0].length))) ? found : null
    if (!m) return fullName(text, s, mentions, others)
    if (opening > 0 && ((mentions[firstAtOrAfter(mentions, s.start)]?.start ?? Infinity) < s.start + opening || unknownName(text, s.start, s.start + opening, known, names))) return undefined
    // (the paragraph before, or the one before it when that names no one: a news story's one-line paragraph between a quote and "He said …")
    const window = (back: number) => paragraphStart.get(s.paragraph - back) ?? paragraphStart.get(s.paragraph) ?? s.start
    const mentionedFrom = (from: number) => mentions.slice(firstAtOrAfter(mentions, from), firstAtOrAfter(mentions, s.start)).filter((x) => x.end <= s.start)
    // (and the one before that too when the pronoun opens its paragraph after a quotation's paragraph: the one quoted
    // there may be someone the story's subject cited, "“We're just waiting …,” Simon Shen … told TechCrunch" before "In
    // explaining how his algorithm works, he …", which means the researcher named before the quotation)
    const afterQuotation = paragraphStart.get(s.paragraph) === s.start && /^\s*["“„«]/u.test(text.slice(window(1), window(1) + 3))
    const from = !afterQuotation && mentionedFrom(window(1)).length > 0 ? window(1) : window(PARAGRAPHS_BACK)
    const before = mentionedFrom(from)
    if (before.length === 0 || new Set(before.map((x) => x.who)).size > 1 || unknownName(text, from, s.start, known, names) || unknownSubject(text, from, s.start, known, names)) return undefined
    const last = before.at(-1)!
    if (!agrees(m[1]!, last.who.name)) return undefined
    const span = { start: last.start, end: last.end - (/['’]s$/u.exec(text.slice(last.start, last.end))?.[0].length ?? 0) }
    const written = text.slice(span.start, span.end)
    const possessive = /^(?:his|her)$/i.test(m[1]!)
    const named = `${s.text.slice(0, opening)}${possessive ? `${written}’s` : written}${s.text.slice(opening + m[1]!.length)}`
    return { text: named, name: span, pronoun: m[1]!.length, possessive, ...(opening > 0 ? { at: opening } : {}) }
  }
  return (i, at = 0) => {
    const k = `${i}:${at}`
    // (a bullet opening at a pronoun after its removed opening: the pronoun named as there)
    if (!memo.has(k)) memo.set(k, at > 0 ? (fullName(text, sentences[i]!, mentions, others, at) ?? [name(i)].find((n) => n?.at === at)) : name(i))
    return memo.get(k)
  }
}

/**
 * A sentence opening on a person's surname alone ("Soelistyo told local television …", "Forte
 * said …") when the text writes their whole name somewhere ("Bambang Soelistyo"): the bullet
 * says the whole name, as a presenter introducing them would. The name points where the text
 * first wrote it whole. Not for a name of one word, nor one the sentence already writes whole.
 */
function fullName(text: string, s: Sentence, mentions: ReadonlyArray<Span & { who: Entity }>, others: Map<string, boolean>, at = 0): NamedSubject | undefined {
  const opening = mentions[firstAtOrAfter(mentions, s.start + at)]
  if (!opening || opening.start !== s.start + at) return undefined
  const written = text.slice(opening.start, opening.end).replace(/['’]s$/u, '')
  const whole = opening.who.name
  if (/\s/u.test(written) || !/\s/u.test(whole) || !whole.endsWith(written)) return undefined
  // (only when the text names no one else so: "Venus Williams" and "Serena Williams" leave "Williams" to the reader)
  // (a scan of the whole text: once per surname, however many sentences open on it)
  const other = others.get(written) ?? others.set(written, otherWithSurname(text, written, whole)).get(written)!
  if (other) return undefined
  const first = opening.who.mentions.find((x) => text.slice(x.start, x.end).replace(/['’]s$/u, '') === whole)
  if (!first) return undefined
  const name = { start: first.start, end: first.start + whole.length }
  const text2 = `${s.text.slice(0, at)}${whole}${s.text.slice(at + written.length)}`
  return { text: text2, name, pronoun: written.length, possessive: false, surname: true, ...(at > 0 ? { at } : {}) }
}

/** Whether the text writes a name other than `whole` that ends on `surname` ("Serena Williams" beside "Venus Williams"). */
function otherWithSurname(text: string, surname: string, whole: string): boolean {
  for (const m of text.matchAll(new RegExp(String.raw`(?:\p{Lu}[\p{L}'’.-]*\s+)+${escapeRegExp(surname)}(?![\p{L}])`, 'gu'))) {
    // (the words before it may be another's possessive, "Broad’s Zhang", or a title: those name no one else)
    const name = m[0].replace(OPENER, '').replace(/^.*['’]s\s+/u, '')
    if (/\s/u.test(name) && !whole.endsWith(name) && !name.endsWith(whole)) return true
  }
  return false
}

/** Index of the first span starting at `offset` or after it, in spans sorted by start. */
function firstAtOrAfter(spans: readonly Span[], offset: number): number {
  let lo = 0
  let hi = spans.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (spans[mid]!.start < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * Whether the pronoun can stand for the person: not "He" for a first name the lexicon knows as a
 * woman's ("Mayor Maria Lopez … He said"), nor "She" for a man's; a name it does not know may be either.
 */
function agrees(pronoun: string, person: string): boolean {
  const first = person.split(/\s+/).find((w) => lexTags(w).some((t) => t === 'FemaleName' || t === 'MaleName'))
  if (!first) return true
  const tags = lexTags(first)
  const she = /^(?:she|her)$/i.test(pronoun)
  return she ? !tags.includes('MaleName') || tags.includes('FemaleName') : !tags.includes('FemaleName') || tags.includes('MaleName')
}
