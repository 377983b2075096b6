/**
 * The people of a story and who the text says they are where it introduces them: an
 * appositive after the name ("Feng Zhang (…), a researcher in Cambridge at the MIT-Harvard Broad
 * Institute", "Doudna, a structural biologist at the University of California, Berkeley,") or a
 * title written before it ("Tunisian Prime Minister Habib Essid", "LLVM contributor Harald van
 * Dijk"). Only people the text names in full and speaks of more than once; the description is
 * the text's own words, with a pointer to them.
 *
 * Usage: const cast = introductions(text, entities, lang)
 */
import type { Entity, Span } from '../types.ts'
import { isRole, parseAppositive } from './attribution.ts'
import { stopwords } from './tokens.ts'

export interface Introduction {
  /** The whole name, as the text writes it. */
  name: string
  /** Who the text says the person is, in its words ("a researcher in Cambridge at the MIT-Harvard Broad Institute"). */
  description: string
  /** Where those words are. */
  source: Span
  /** How often the text names the person (whole name or surname). */
  mentions: number
}

/** Fewest times a person is named to be one of the story's people. */
const MIN_MENTIONS = 2
/** Most words of a description. */
const MAX_WORDS = 16

/** The story's people with their descriptions, most named first. */
export function introductions(text: string, entities: readonly Entity[], lang = 'en'): Introduction[] {
  const out: Introduction[] = []
  for (const e of entities) {
    // (an entity's mentions count its surname alone too: "Zhang claimed his own reward")
    if (e.kind !== 'person' || !/\s/u.test(e.name) || e.mentions.length < MIN_MENTIONS) continue
    const found = appositiveAfter(text, e.mentions) ?? titleBefore(text, e, lang)
    if (found) out.push({ name: e.name, ...found, mentions: e.mentions.length })
  }
  return out.sort((x, y) => y.mentions - x.mentions || x.source.start - y.source.start)
}

/** After a name, a bracket perhaps, then the appositive ("Name (…), a researcher at X,"), up to a comma, a sentence's end (not a title's stop, "an adviser to North Carolina Sen. Thom Tillis") or a dash; a place of a few capitalised words after a comma is the appositive's ("the University of California, San Francisco,"). */
const APPOSITIVE = /(?:\s*\([^()]{0,80}\))?,\s((?:(?:now|also|then|formerly|currently|still)\s)?(?:(?:a|an|the)\s)?[^,;:"“”«»„()]{3,120}?(?:,\s\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+){0,2}(?=[,.]))?)(?=,|(?<=\p{Ll}{2})(?<!\b(?:Sen|Rep|Gov|Gen|Col|Capt|Sgt|Maj|Adm|Supt|Det|Insp|Hon|Rev|Pres|Prof|Dr|Mr|Mrs|Ms|St|Jr|Sr|Lt))\.(?:\s|$)|\s[—–]\s)/uy

/** The first appositive after a mention of the person that says a role or an affiliation. */
function appositiveAfter(text: string, mentions: readonly Span[]): { description: string; source: Span } | undefined {
  for (const at of mentions) {
    APPOSITIVE.lastIndex = at.end
    const m = APPOSITIVE.exec(text)
    if (!m) continue
    // (not the verb of saying after it: "… at the University of New South Wales in Sydney told Reuters")
    const description = m[1]!.replace(/\s+(?:told|said|says|added|wrote)\b.*$/u, '')
    // (one of a list of people, "Lorenz, his secretary, his programmer and his graduate students": someone else, his)
    // (nor a clause's opening: "Yitzhak Shamir, when Prime Minister, …" says when, not who)
    if (/^(?:his|her|their|its|our|my|your|when|while|whilst|as|after|before|then|since|if|once|until)\s/iu.test(description)) continue
    // (without an article, it names a role of an organisation: "Tunisia country director for Amnesty International")
    if (!(/^(?:\S+\s)?(?:a|an|the)\s/u.test(description) ? describesSomeone(description) : parseAppositive(description).role)) continue
    if (description.split(/\s+/).length > MAX_WORDS) continue
    const start = m.index + m[0].length - m[1]!.length
    return { description, source: { start, end: start + description.length } }
  }
  return undefined
}

/** Whether an appositive says a role or where someone works: parsed so (attribution.ts), or its head noun is a trade ("a specialist in genomics technology"). */
function describesSomeone(description: string): boolean {
  const parsed = parseAppositive(description)
  if (parsed.role || parsed.affiliation) return true
  const head = description.split(/\s(?:of|at|in|for|with|on|to)\s/u)[0]!.split(/\s+/).at(-1)!
  return isRole(head.toLowerCase())
}

/** Words no title holds: function words, pronouns, verbs of saying and asking, and times ("Last week State Department official"). */
const NOT_IN_A_TITLE = /^(?:of|the|and|or|to|by|for|with|in|at|on|from|into|about|against|when|while|after|before|since|if|once|until|because|where|this|that|these|those|is|was|are|were|i|you|he|she|it|we|they|him|her|his|its|our|their|them|my|your|said|says|told|asked|asks|called|calls|met|meets|spoke|speaks|last|next|week|month|year|today|yesterday|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i

/** A title written right before the whole name ("Tunisian Prime Minister Habib Essid", "LLVM contributor Harald van Dijk"). */
function titleBefore(text: string, e: Entity, lang: string): { description: string; source: Span } | undefined {
  // (in another language, its function words: "Casa é o do senador" of "… defendido na Casa é o do senador Eduardo Girão")
  const stop = lang === 'en' ? undefined : stopwords(lang)
  for (const at of e.mentions) {
    if (text.slice(at.start, at.end) !== e.name) continue
    const from = Math.max(0, at.start - 80)
    // (a name's "&" and a number are words of it: "Fox & Friends anchor", "21st Century Fox executive chairman")
    const before = /(?:[\p{L}\p{N}’'&-]+\s){1,5}$/u.exec(text.slice(from, at.start))
    if (!before) continue
    const words = [...before[0].matchAll(/[\p{L}\p{N}’'&-]+/gu)].map((w) => ({ text: w[0], start: from + before.index + w.index }))
    // from the words right before the name, the longest run that ends on a role and opens on no function word
    for (let i = 0; i < words.length; i++) {
      const run = words.slice(i).map((w) => w.text)
      // (one title, no phrase: "family of former President" is not Karzai's)
      // (nor a clause's opening: "when Prime Minister Yitzhak Shamir opposed …" says when, not who)
      // (nor a phrase or a clause around it: "a summertime phone call with President", "he asked Ukraine President", "Last week State Department official")
      if (run.some((w) => NOT_IN_A_TITLE.test(w) || stop?.has(w.toLowerCase()))) continue
      // (nor the end of a name cut before it: "Fox & Friends anchor", "21st Century Fox executive chairman")
      // (its shorter runs are pieces of it too: "anchor" of "Fox & Friends anchor" says less than the article)
      if (/(?:&|\p{N}\p{L}*|[\p{Lu}][\p{L}’'-]*)\s+$/u.test(text.slice(Math.max(0, words[i]!.start - 24), words[i]!.start)) && /^\p{Lu}/u.test(run[0]!)) break
      if (/^(?:a|an|in|at|on|with|said|says|told|that|as|from|family|wife|husband|son|daughter)$/i.test(run[0]!)) continue
      if (!isRole(run.at(-1)!.toLowerCase())) continue
      const start = words[i]!.start
      const end = words.at(-1)!.start + words.at(-1)!.text.length
      return { description: text.slice(start, end), source: { start, end } }
    }
  }
  return undefined
}
