/**
 * Whether a slide title says something on its own: it has a verb ("Uber charged a $100 minimum
 * fare") or names its subject ("Nvidia's $600 billion market loss"). A title with neither —
 * "Significant chunk", "Civic manner", "Chief market strategist" — means nothing without the
 * article. English only (compromise's tagger).
 */
import nlp from '../analyze/nlp.ts'
import { speaksOf } from '../analyze/tokens.ts'

/** A capital inside a word (DeepSeek), an all-capitals acronym (GAAP), or a capital after the first word. */
function capitalisedName(title: string): boolean {
  const words = title.split(/\s+/).filter(Boolean)
  return words.some((w, i) => /\p{Ll}\p{Lu}/u.test(w) || /^\p{Lu}{2,}\b/u.test(w) || (i > 0 && /^\p{Lu}/u.test(w)))
}

export function titleHasVerb(title: string): boolean {
  return nlp(title).has('#Verb')
}

export function titleHasNamedSubject(title: string): boolean {
  return nlp(title).has('(#ProperNoun|#Person|#Organization|#Place|#Acronym)') || capitalisedName(title)
}

/** True for a title with neither a verb nor a named subject. */
export function isVagueTitle(title: string): boolean {
  return !titleHasVerb(title) && !titleHasNamedSubject(title)
}

/**
 * Whether a title stands apart from the bullets under it: it shares a content word (stemmed)
 * with fewer than half of them ("Voters had elected a government led by Ennahda" over a
 * minister's warnings). A reader takes a title for what the slide is about.
 */
export function titleApart(title: string, bullets: readonly string[], lang: string): boolean {
  const sharing = bullets.filter(speaksOf(title, lang)).length
  return sharing * 2 < bullets.length
}
