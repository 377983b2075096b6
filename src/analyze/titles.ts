/**
 * Titles built from key phrases: one per section (distinct, at most 8 words) and, for an
 * article without a title of its own, a short title from its most central subject.
 */
import type { Entity } from '../types.ts'
import nlp from 'compromise'
import { candidatePhrases, phraseKeys, rankPhrases, rankPhrasesPerText, wordWeights, type Phrase } from './keyphrases.ts'

export const MAX_TITLE_WORDS = 8

/**
 * Titles for sections: `given[i]` (the article's heading) when present, else built from the
 * section's own highest-ranked phrases, distinct from the other titles.
 */
export function sectionTitles(
  texts: readonly string[],
  given: ReadonlyArray<string | undefined>,
  lang: string,
  keySentences: ReadonlyArray<string> = [],
): string[] {
  const weights = wordWeights(texts, lang)
  const ranked = texts.map((t, i) => {
    // English: noun phrases of the section's central sentences (compromise's tagger); they make
    // better titles than raw word runs. Other languages: RAKE-style runs between stop words.
    const nps = lang === 'en' && keySentences[i] ? nounPhrases(keySentences[i]!, lang) : []
    return rankPhrases(nps.length ? nps : candidatePhrases(t, lang), weights[i]!)
  })
  const used = new Set(given.filter((g): g is string => !!g).map(normal))
  return texts.map((_, i) => {
    const own = given[i]
    if (own) return own
    const title = buildTitle(ranked[i] ?? [], used) ?? `Part ${i + 1}`
    used.add(normal(title))
    return title
  })
}

function buildTitle(phrases: readonly Phrase[], used: ReadonlySet<string>): string | undefined {
  const fresh = phrases.filter((p) => !used.has(normal(p.surface)))
  const first = fresh[0]
  if (!first) return undefined
  let title = first.surface
  if (first.keys.length === 1) {
    const second = fresh.find((p) => p !== first && !p.keys.some((k) => first.keys.includes(k)))
    if (second) title = `${first.surface} & ${second.surface}`
  }
  title = limitWords(title, MAX_TITLE_WORDS)
  if (used.has(normal(title))) return undefined
  return capitalise(title)
}

/**
 * A title for an article that has none: its most mentioned organisation or person, and the
 * article's top key phrase ("DeepSeek: AI competition").
 */
export function deriveArticleTitle(text: string, entities: readonly Entity[], lang: string): string {
  const [phrases = []] = rankPhrasesPerText([text], lang)
  const subject = [...entities]
    .filter((e) => e.kind !== 'place')
    .sort((a, b) => b.mentions.length - a.mentions.length || (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0))[0]
  const phrase = phrases.find((p) => p.keys.length >= 2 && (!subject || !p.surface.toLowerCase().includes(subject.name.toLowerCase())))
  if (subject && phrase) return limitWords(`${subject.name}: ${capitalise(phrase.surface)}`, MAX_TITLE_WORDS)
  if (phrase) return capitalise(limitWords(phrase.surface, MAX_TITLE_WORDS))
  if (subject) return subject.name
  return capitalise(limitWords(text.trim().split(/\s+/).slice(0, 6).join(' '), 6))
}

/** Adjective + noun phrases ("growing concern", "AI censorship") with their word keys. */
function nounPhrases(text: string, lang: string): Phrase[] {
  const found = new Map<string, Phrase>()
  const list = nlp(text).match('#Adjective* (#Noun|#Acronym)+').out('array') as string[]
  for (const raw of list) {
    const surface = raw.replace(/\s*[(\[][^)\]]*[)\]]?/g, '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}’']+$/gu, '').replace(/^(?:the|a|an|its|their|his|her|this|these|those|our)\s+/i, '')
    const words = surface.split(/\s+/)
    // plain words only: no clause punctuation, quotes or markup, and no dangling pronoun
    if (!surface || words.length > 5 || !/^[\p{L}\p{N}][\p{L}\p{N}\s'’\-.&]*$/u.test(surface)) continue
    if (/^(?:i|he|she|it|we|they|you|me|him|her|us|them)$/i.test(words[words.length - 1]!)) continue
    if (words.length === 1 && /^[a-z]/.test(surface) === false && surface.length < 3) continue
    const keys = phraseKeys(surface, lang)
    if (keys.length === 0) continue
    const id = keys.join(' ')
    const p = found.get(id)
    if (p) p.count++
    else found.set(id, { surface, keys, count: 1 })
  }
  return [...found.values()]
}

function limitWords(s: string, n: number): string {
  const words = s.split(/\s+/)
  return words.length <= n ? s : words.slice(0, n).join(' ')
}

function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase() + s.slice(1)
}

function normal(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim()
}
