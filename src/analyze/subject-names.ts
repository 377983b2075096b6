/**
 * The person an opening "He" or "She" (or "His", "Her") means, named: "He has supplied food to
 * 180 families" → "Shadman has supplied food to 180 families", so that a headline can be made of
 * the sentence (headlines.ts), which cannot open on a pronoun. Only where the text leaves no
 * doubt: it names one person, and no other, from the start of the paragraph before up to the
 * sentence. The name is written as the text last wrote it ("Shadman"). A bullet opening on
 * "He" or "She" takes the name too (key-points.ts).
 */
import type { Entity, Sentence, Span } from '../types.ts'

/** Two capitalised words in a row: a name, perhaps of a person the tagger did not know. */
const NAME_LIKE = /\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)+/gu

/** Words that open a sentence in capitals without being a name. */
const OPENER = /^(?:The|A|An|In|On|At|Of|To|When|While|After|Before|Since|Until|But|And|So|Or|If|As|By|For|From|With|Without|His|Her|Their|Its|Our|My|This|That|These|Those|Then|Only|Some|Many|Most|Last|Next|Every|Each)\s+/u

/** Whether the text between `from` and `to` writes a name no entity holds ("Matiullah Matie met Ahmad Zahir"): the pronoun may mean that one. */
function unknownName(text: string, from: number, to: number, known: readonly Span[]): boolean {
  for (const m of text.slice(from, to).matchAll(NAME_LIKE)) {
    // ("In October", "The Marines": a capitalised word opening a sentence is no part of a name)
    const opener = OPENER.exec(m[0])?.[0].length ?? 0
    if (opener > 0 && !/\s/.test(m[0].slice(opener))) continue
    const start = from + (m.index ?? 0) + opener
    const end = from + (m.index ?? 0) + m[0].length
    if (!known.some((k) => k.start < end && k.end > start)) return true
  }
  return false
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
}

/** The sentence (by index)'s opening pronoun and its name, or undefined. */
export type SubjectNamer = (sentence: number) => NamedSubject | undefined

const OPENING_PRONOUN = /^(he|she|his|her)\s+(?=\p{L})/iu

export function subjectNamer(text: string, sentences: readonly Sentence[], entities: readonly Entity[]): SubjectNamer {
  const mentions = entities
    .filter((e) => e.kind === 'person')
    .flatMap((e) => e.mentions.map((m) => ({ ...m, who: e })))
    .sort((a, b) => a.start - b.start)
  const known = entities.flatMap((e) => e.mentions)
  return (i) => {
    const s = sentences[i]!
    const m = OPENING_PRONOUN.exec(s.text)
    if (!m) return undefined
    const from = sentences.find((x) => x.paragraph >= s.paragraph - 1)!.start
    const before = mentions.filter((x) => x.start >= from && x.end <= s.start)
    if (before.length === 0 || new Set(before.map((x) => x.who)).size > 1 || unknownName(text, from, s.start, known)) return undefined
    const last = before.at(-1)!
    const name = { start: last.start, end: last.end - (/['’]s$/u.exec(text.slice(last.start, last.end))?.[0].length ?? 0) }
    const written = text.slice(name.start, name.end)
    const possessive = /^(?:his|her)$/i.test(m[1]!)
    return { text: `${possessive ? `${written}’s` : written}${s.text.slice(m[1]!.length)}`, name, pronoun: m[1]!.length, possessive }
  }
}
