/**
 * The people of a story and who the text says they are where it introduces them: an
 * appositive after the name ("Feng Zhang (…), a researcher in Cambridge at the MIT-Harvard Broad
 * Institute", "Doudna, a structural biologist at the University of California, Berkeley,") or a
 * title written before it ("Tunisian Prime Minister Habib Essid", "LLVM contributor Harald van
 * Dijk"). Only people the text names in full and speaks of more than once; the description is
 * the text's own words, with a pointer to them.
 *
 * Usage: const cast = introductions(text, entities)
 */
import type { Entity, Span } from '../types.ts'
import { isRole, parseAppositive } from './attribution.ts'
import { escapeRegExp } from './regex.ts'

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
export function introductions(text: string, entities: readonly Entity[]): Introduction[] {
  const out: Introduction[] = []
  for (const e of entities) {
    if (e.kind !== 'person' || !/\s/u.test(e.name)) continue
    const surname = e.name.split(/\s+/).at(-1)!
    const mentions = count(text, surname)
    if (mentions < MIN_MENTIONS) continue
    const found = appositiveAfter(text, [e.name, surname]) ?? titleBefore(text, e.name)
    if (found) out.push({ name: e.name, ...found, mentions })
  }
  return out.sort((x, y) => y.mentions - x.mentions || x.source.start - y.source.start)
}

/** How many times `word` stands as a word in `text`. */
function count(text: string, word: string): number {
  return text.match(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'gu'))?.length ?? 0
}

/** The first appositive after one of `names` ("Name (…), a researcher at X,") that says a role or an affiliation. */
function appositiveAfter(text: string, names: readonly string[]): { description: string; source: Span } | undefined {
  const alternation = names.map(escapeRegExp).join('|')
  const re = new RegExp(`(?<![\\p{L}’'-])(?:${alternation})(?:\\s*\\([^()]{0,80}\\))?,\\s((?:(?:now|also|then|formerly|currently|still)\\s)?(?:(?:a|an|the)\\s)?[^,;:"“”«»„()]{3,120}?(?:,\\s\\p{Lu}[\\p{L}-]+(?=[,.]))?)(?=,|(?<=\\p{Ll}{2})\\.(?:\\s|$)|\\s[—–]\\s)`, 'gu')
  for (const m of text.matchAll(re)) {
    // (not the verb of saying after it: "… at the University of New South Wales in Sydney told Reuters")
    const description = m[1]!.replace(/\s+(?:told|said|says|added|wrote)\b.*$/u, '')
    // (without an article, it names a role of an organisation: "Tunisia country director for Amnesty International")
    if (!(/^(?:\S+\s)?(?:a|an|the)\s/u.test(description) ? describesSomeone(description) : parseAppositive(description).role)) continue
    if (description.split(/\s+/).length > MAX_WORDS) continue
    const start = m.index! + m[0].length - description.length
    return { description, source: { start, end: start + description.length } }
  }
  return undefined
}

/** Whether an appositive says a role or where someone works: parsed so (attribution.ts), or its head noun is a trade ("a specialist in genomics technology"). */
function describesSomeone(description: string): boolean {
  const parsed = parseAppositive(description)
  if (parsed.role || parsed.affiliation) return true
  const head = description.split(/\s(?:of|at|in|for|with|on)\s/u)[0]!.split(/\s+/).at(-1)!
  return isRole(head.toLowerCase())
}

/** A title written right before the whole name ("Tunisian Prime Minister Habib Essid", "LLVM contributor Harald van Dijk"). */
function titleBefore(text: string, name: string): { description: string; source: Span } | undefined {
  const re = new RegExp(`((?:[\\p{L}’'-]+\\s){1,4})${escapeRegExp(name)}(?![\\p{L}])`, 'gu')
  for (const m of text.matchAll(re)) {
    const words = m[1]!.trim().split(/\s+/)
    // from the words right before the name, the longest run that ends on a role and opens on no function word
    for (let i = 0; i < words.length; i++) {
      const run = words.slice(i)
      // (one title, no phrase: "family of former President" is not Karzai's)
      if (run.some((w) => /^(?:of|the|and|or|to|by|for)$/i.test(w))) continue
      if (/^(?:the|a|an|and|or|of|by|to|in|at|on|for|with|said|says|told|that|as|from|family|wife|husband|son|daughter)$/i.test(run[0]!)) continue
      const description = run.join(' ')
      if (!isRole(run.at(-1)!.toLowerCase())) continue
      const start = m.index! + m[1]!.indexOf(description, m[1]!.length - description.length - 1)
      return { description, source: { start, end: start + description.length } }
    }
  }
  return undefined
}
