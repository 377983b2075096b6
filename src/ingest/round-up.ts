/**
 * A round-up of voices: an article that gives several people a section each, headed by the
 * person's name and a line of what they are ("Eric Lascelles" over "Chief economist, RBC Global
 * Asset Management – Toronto", then their view in the first person). The name and the line make
 * one heading ("Eric Lascelles, Chief economist, RBC Global Asset Management"; the town after the
 * last dash is where they work, no part of what they are), and the section's blocks keep who
 * speaks in them: a slide of their "I" credits them, not the journalist who gathered the views.
 *
 * Usage: const blocks = voicesUnderNames(raw) // the blocks as they are when the text is no round-up
 */
import type { RawBlock } from './blocks.ts'
import { countWords } from '../analyze/script.ts'
import { lexTags } from '../analyze/entities.ts'

/** A person's name alone: two to four capitalised words, particles between ("Ludwig van Beethoven"). */
const NAME = /^\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]+|de|van|von|der|da|di|le|la|del|dos)){1,3}$/u

/** A line of what someone is: a role and where ("Professor of economics, McGill University – Montreal"); no sentence. */
const ROLE = /^\p{Lu}[^.!?;:]*(?:,|\s[–—-]\s|\sof\s|\sat\s)[^!?;:]*$/u

/** Words of a role's line at most. */
const ROLE_WORDS = 14

/** Sections headed by a name over a role an article has at least to be a round-up. */
const MIN_VOICES = 2

/** A town after the last dash of a role's line that names the organisation after a comma: a few capitalised words, a state's abbreviation after a comma ("Valhalla, N.Y."). */
const TOWN = /\s[–—-]\s(?:\p{Lu}[\p{L}'’.-]*\s?){1,3}(?:,\s*\p{Lu}[\p{L}.]{1,5})?$/u

export function voicesUnderNames(blocks: readonly RawBlock[]): RawBlock[] {
  const heads = blocks.flatMap((b, i) => (b.kind === 'heading' && personName(b.text.trim()) && roleLine(blocks[i + 1]) ? [i] : []))
  if (heads.length < MIN_VOICES) return [...blocks]
  const out: RawBlock[] = []
  let speaker: string | undefined
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!
    if (heads.includes(i)) {
      speaker = b.text.trim()
      const line = blocks[i + 1]!.text.trim()
      // (only after the organisation's comma: "Chief economist – Capital Economics" names no town)
      const role = /,[^–—-]*\s[–—-]\s/u.test(line) ? line.replace(TOWN, '') : line
      out.push({ ...b, text: `${speaker}, ${role}` })
      i++
      continue
    }
    if (b.kind === 'heading') speaker = undefined
    out.push(speaker && !b.speaker ? { ...b, speaker } : b)
  }
  return out
}

/** A name (NAME) whose words are no words of the dictionary but names ("Carl Weinberg"; not "Key Findings", "Market Overview"). */
function personName(text: string): boolean {
  if (!NAME.test(text)) return false
  return text.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w)).every((w) => {
    const tags = lexTags(w.toLowerCase())
    return tags.length === 0 || tags.some((t) => t.endsWith('Name'))
  })
}

/** A heading or a short paragraph that says what someone is (ROLE). */
function roleLine(b: RawBlock | undefined): boolean {
  if (!b || (b.kind !== 'heading' && b.kind !== 'paragraph')) return false
  const text = b.text.trim()
  // (a state's abbreviation may close it: "… – Valhalla, N.Y.")
  const bare = text.replace(/,\s*\p{Lu}[\p{L}.]{1,5}$/u, '')
  return countWords(text) <= ROLE_WORDS && ROLE.test(bare) && !/[.!?]$/u.test(bare)
}
