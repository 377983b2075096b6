/**
 * Personal and indefinite pronouns of the languages deckwright reads ("we", "He", "they're", "il",
 * "sie", "他们"): words that stand for someone named elsewhere, never a name. A quote's speaker
 * that is one names nobody until it is resolved to the person it refers to.
 */

const PRONOUNS = new Set([
  // English
  'i', 'me', 'we', 'us', 'you', 'he', 'him', 'she', 'her', 'it', 'they', 'them', 'one', 'someone', 'somebody',
  'this', 'that', 'these', 'those', 'who', 'everyone', 'nobody', 'anyone',
  // French, German, Spanish, Italian, Portuguese
  'je', 'nous', 'vous', 'il', 'elle', 'ils', 'elles', 'on', 'ich', 'wir', 'ihr', 'er', 'sie', 'es', 'man',
  'yo', 'nosotros', 'nosotras', 'vosotros', 'él', 'ella', 'ellos', 'ellas', 'usted', 'ustedes',
  'io', 'noi', 'voi', 'lui', 'lei', 'loro', 'egli', 'ella', 'essi', 'esse',
  'eu', 'nós', 'vocês', 'ele', 'ela', 'eles', 'elas',
  // (a demonstrative that takes up what was just said: "„…“ Das sagte der Präsident …", "Esto dijo …")
  'das', 'dies', 'dieses', 'cela', 'ceci', 'ça', 'esto', 'eso', 'questo', 'ciò', 'isto', 'isso',
])

const CJK_PRONOUNS = new Set(['我', '我们', '你', '你们', '他', '她', '它', '他们', '她们', '它们', '我們', '他們', '她們'])

/** Whether a word (or a pronoun with a contraction: "We're", "they’ve", "He'd") is a pronoun. */
export function isPronoun(word: string): boolean {
  const s = word.trim()
  if (CJK_PRONOUNS.has(s)) return true
  return PRONOUNS.has(s.toLowerCase().replace(/[’']\w*$/, ''))
}
