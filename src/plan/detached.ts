/**
 * A point as a slide shows it without the sentence before it: less the words that only tied it
 * to that sentence or to the room it was said in, a speech's address ("Mr. President, …") or a
 * transcript's speaker label, an opening connective ("However, …"), a lead-in before a colon
 * that points back ("We got to see that firsthand: …") and an additive adverb ("… is also
 * legalised"), which would send the audience looking for a point the slide does not show.
 */
import { capitalFirstLetter } from '../analyze/capital.ts'
import { lexTags } from '../analyze/entities.ts'
import { countWords } from '../analyze/script.ts'
import { refersBack } from '../analyze/stand-alone.ts'
import { localeFor } from '../locales/index.ts'
import { escapeRegExp } from '../analyze/regex.ts'

/** Words a point keeps at least after its connective goes. */
const MIN_DETACHED_WORDS = 4

/** A point shown without the sentence before it: less its connective or lead-in, then its additive adverb. */
export function detached(text: string, lang: string): string {
  return withoutAdditive(withoutLeadIn(withoutConnective(withoutVocative(text), lang), lang), lang)
}

/**
 * A point whose opening the deck rewrote with a name ("Hamilton and Gille, however, still speak
 * …"), shown without the sentence before it: less its connective after the subject only, which
 * leaves the name where it stands.
 */
export function detachedNamed(text: string, lang: string): string {
  return withoutInnerConnective(text, lang)
}

/** A speech's address to its hearers before a comma: "Mr. President, Israel’s right to exist is beyond debate", "Ladies and gentlemen, …". */
const VOCATIVE = /^(?:(?:Mr|Mister|Madam|Madame)\.?\s+(?:President|Vice[- ]President|Speaker|Chair(?:man|woman|person)?|Secretary[- ]General|Prime Minister)|Ladies and [Gg]entlemen|Dear (?:friends|colleagues)|(?:Your )?Excellenc(?:y|ies)),\s+(?=\p{L})/u

/** A transcript's speaker in capitals before a colon: "THE PRESIDENT: “A man,” wrote an Irish poet, …". */
const SPEAKER_LABEL = /^(?:\p{Lu}[\p{Lu}.'’-]*\s+){1,3}\p{Lu}[\p{Lu}.'’-]+:\s+/u

/**
 * A point less the address to the hearers it opens on, or a transcript's label of who speaks:
 * the slide speaks to the room, not to the chair of the meeting.
 */
function withoutVocative(text: string): string {
  const m = VOCATIVE.exec(text) ?? SPEAKER_LABEL.exec(text)
  const rest = m ? text.slice(m[0].length) : ''
  return m && countWords(rest) >= MIN_DETACHED_WORDS ? capitalFirstLetter(rest) : text
}

/** Words a clause after a colon has at least to be shown alone: a statement, not a label's value. */
const MIN_AFTER_COLON = 6

/**
 * A point less a lead-in before its colon that points back ("We actually got to see that
 * firsthand: the initial performance run … showed …" → "The initial performance run … showed
 * …"), when what follows the colon is a statement that stands alone; else the point as it is.
 */
export function withoutLeadIn(text: string, lang: string): string {
  const m = /^([^:：]{3,80})[:：]\s+(.+)$/su.exec(text)
  if (!m) return text
  const [, lead = '', rest = ''] = m
  if (!refersBack(lead, lang) || refersBack(rest, lang) || countWords(rest) < MIN_AFTER_COLON) return text
  return capitalFirstLetter(rest, lang)
}

/** A word after a connective of several words that makes it the head of a phrase or clause: "in addition to", "at the same time as", "de même que". */
const PHRASE_GOES_ON = /^\s+(?:to|as|with|of|that|than|from|que|qu['’]|de|da|do)(?![\p{L}\p{N}])/u

/**
 * A point less the connective that only tied it to the sentence before ("However, there is one
 * trade off; …" → "There is one trade off; …"), for a slide that does not show that sentence
 * right before it; the point as it is when it opens on none or too little is left.
 */
export function withoutConnective(text: string, lang: string): string {
  const opening = text.toLocaleLowerCase(lang).replace(/’/g, "'")
  // (a connective of several words may have lost its comma with an aside after it: "Por ejemplo[, cuando …,] mirrord intercepta …")
  // (not one a preposition or "que" makes the opening of a phrase: "In addition to the case …, we made …", "De même que …")
  const word = localeFor(lang).speech.detachable.find((w) => opening.startsWith(w.replace(/’/g, "'")) && (/^\s*[,，、]/u.test(opening.slice(w.length)) || (w.includes(' ') && /^\s+\S/u.test(opening.slice(w.length)) && !PHRASE_GOES_ON.test(opening.slice(w.length)))))
  if (!word) return withoutInnerConnective(text, lang)
  const rest = text.slice(word.length).replace(/^\s*[,，、]?\s*/u, '')
  if (countWords(rest) < MIN_DETACHED_WORDS) return text
  // the clause now opens the bullet: its first word takes a capital, unless it is a name written in lower case ("npm")
  // (a word with its verb run in, "it’s", is a common word too)
  const first = /^\p{Ll}+(?=(?:['’]\p{Ll}{1,2})?(?:[\s,;:]|$))/u.exec(rest)?.[0]
  return first && (lang !== 'en' || commonWord(first)) ? capitalFirstLetter(rest, lang) : rest
}

/** An English word of the dictionary, or one with a common word's ending ("shareholders"), not a name written in lower case ("npm", "rustc"). */
function commonWord(word: string): boolean {
  return lexTags(word).length > 0 || (word.length > 4 && /(?:s|ing|ion|ment|ity|ness|ers|ed|al|ic|ly)$/u.test(word))
}

/**
 * A point less a connective set off by commas after its subject ("The Yahoo deal, however, is not
 * a sale of the public company" → "The Yahoo deal is not a sale …"): it turns the point against a
 * sentence the slide does not show.
 */
function withoutInnerConnective(text: string, lang: string): string {
  const m = innerConnective(lang)?.exec(text)
  return m ? `${m[1]} ${text.slice(m[0].length)}` : text
}

const INNER_CONNECTIVES = new Map<string, RegExp | undefined>()

/** The subject, then one of the language's detachable connectives between commas, then a word in lower case; compiled once per language. */
function innerConnective(lang: string): RegExp | undefined {
  if (!INNER_CONNECTIVES.has(lang)) {
    const words = localeFor(lang).speech.detachable.map((w) => escapeRegExp(w).replace(/[’']/g, "['’]"))
    INNER_CONNECTIVES.set(lang, words.length ? new RegExp(`^([^,;:]{3,80}),\\s+(?:${words.join('|')}),\\s+(?=\\p{Ll})`, 'u') : undefined)
  }
  return INNER_CONNECTIVES.get(lang)
}

/** Whether `at` is inside a quotation: more quotation marks open before it than close. */
function insideQuotation(text: string, at: number): boolean {
  const before = text.slice(0, at)
  const count = (re: RegExp) => (before.match(re) ?? []).length
  return count(/[“«„]/gu) > count(/[”»]/gu) || count(/"/g) % 2 === 1
}

/**
 * A point less its first additive adverb inside the sentence ("There are also no changes …" →
 * "There are no changes …", "… est également légalisée" → "… est légalisée"): "also" adds to
 * a point the slide does not show. Kept beside the words that make it part of a pair or a
 * comparison ("not only … but also", "also known as", "aussi grand que").
 */
export function withoutAdditive(text: string, lang: string): string {
  const { additive, additiveHeld, additiveLast } = localeFor(lang).speech
  // (one that closes the point: "… was a cofounder of Editas, too"; not after a word set off alone, "…, me too")
  const closing = (w: string) => new RegExp(`[,\\s]\\s*${escapeRegExp(w)}[.!?]*$`, 'iu').test(text) && !new RegExp(`,\\s*[\\p{L}’']+\\s+${escapeRegExp(w)}[.!?]*$`, 'iu').test(text)
  const last = additiveLast.find(closing)
  if (last) return text.replace(new RegExp(`,?\\s*${escapeRegExp(last)}([.!?]*)$`, 'iu'), '$1')
  if (additive.length === 0) return text
  // (an additive of several words: "La durée … a par ailleurs été inscrite dans la loi")
  for (const phrase of additive.filter((w) => w.includes(' '))) {
    const m = new RegExp(`(,?)\\s+${escapeRegExp(phrase)}(,?)(?=\\s)`, 'iu').exec(text)
    if (m && m.index > 0) return text.slice(0, m.index) + (m[1] && !m[2] ? ',' : '') + text.slice(m.index + m[0].length)
  }
  const words = [...text.matchAll(/[\p{L}\p{M}’'-]+/gu)]
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!
    if (!additive.includes(w[0].toLocaleLowerCase(lang))) continue
    const near = [words[i - 1]![0], words[i + 1]?.[0] ?? '', words[i + 2]?.[0] ?? ''].map((x) => x.toLocaleLowerCase(lang))
    if (near.some((x) => additiveHeld.includes(x))) return text
    // (nor a word of a quotation: the speaker's words stay as said, "The attack is “also aimed at …”")
    if (insideQuotation(text, w.index!)) return text
    const start = w.index!
    const end = start + w[0].length
    // the word and the space before it; set off by commas, the commas too ("The plan, also, cuts …")
    const before = text.slice(0, start).replace(/\s+$/u, '')
    const after = text.slice(end)
    return before.endsWith(',') && after.startsWith(',') ? before.slice(0, -1) + after.slice(1) : before + after
  }
  return text
}
