/**
 * The key points the cover's subtitle already tells, found before the section slides are filled:
 * they are left out of the sections, and their places go to the next points (a slide that drops
 * a bullet after it is packed shows one point fewer than its section earned).
 */
import type { Analysis } from '../types.ts'
import { countWords } from '../analyze/script.ts'
import { contentTokens, cosine, termFrequencies } from '../analyze/tokens.ts'
import { key } from './table-titles.ts'

/** Words of a point at least for the subtitle's holding it to count as saying it again. */
const SAID_WORDS = 5
/** The cosine of a point's content words with the subtitle's at which it tells the cover's news again. */
const LEDE_AGAIN = 0.45
/** Content words a point shares with the subtitle at least to tell it again (a short subtitle, "I don’t use Facebook", shares its two with many). */
const LEDE_WORDS = 4
/** Complete points a section keeps at least for one that the cover tells to leave it (counted before quotes and table lead-ins take theirs). */
const MIN_SPARED = 2

/** The numbers a text writes ("19", "7–2", "3.4"). */
const numbersOf = (text: string) => text.match(/\d[\d.,–-]*\d|\d/gu) ?? []

/**
 * Sentences whose key points the subtitle tells: in the first section with points, one the
 * subtitle says word for word ("Android users are downloading tens of billions of apps …" twice
 * in a row; a subtitle of two sentences says each); in any section, one that tells the lede again
 * in other words, with the same figure ("Gunmen in military uniforms stormed Tunisia’s national
 * museum, killing at least 19 people, …" under "The assault on Tunisia’s most renowned museum, in
 * which gunmen killed at least 19 people, …"). A section keeps MIN_SPARED complete points at least
 * (before quotes and table lead-ins take theirs: a section left with none has no slide).
 */
export function toldOnCover(a: Analysis, subtitle: string | undefined): Set<number> {
  const out = new Set<number>()
  if (!subtitle) return out
  const says = saysWordForWord(subtitle)
  const again = tellsAgain(subtitle, a.lang)
  const first = a.sections.findIndex((s) => s.keyPoints.length > 0)
  a.sections.forEach((section, i) => {
    const complete = section.keyPoints.filter((k) => k.complete)
    const told = complete.filter((k) => (i === first && says(k.text)) || again(k.text))
    if (told.length > 0 && complete.length - told.length >= MIN_SPARED) for (const k of told) out.add(k.sentence)
  })
  return out
}

function saysWordForWord(subtitle: string): (text: string) => boolean {
  const said = ` ${key(subtitle)} `
  return (text) => key(text) === key(subtitle) || (said.includes(` ${key(text)} `) && countWords(text) >= SAID_WORDS)
}

/** A restated lede shares the subtitle's words and repeats its numbers, where a point of its own adds to it. */
function tellsAgain(subtitle: string, lang: string): (text: string) => boolean {
  const vector = (text: string) => termFrequencies(contentTokens(text, lang))
  const cover = vector(subtitle)
  const figures = new Set(numbersOf(subtitle))
  return (text) => {
    const v = vector(text)
    return cosine(v, cover) >= LEDE_AGAIN && [...v.keys()].filter((k) => cover.has(k)).length >= LEDE_WORDS && numbersOf(text).some((n) => figures.has(n))
  }
}
