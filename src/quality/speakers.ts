/**
 * A quote's speaker that is a pronoun ("we", "He", "they're", "il", "sie", "他们") names nobody:
 * it should have been resolved to the person or organisation it refers to.
 */

const PRONOUNS = new Set([
  // English
  'i', 'me', 'we', 'us', 'you', 'he', 'him', 'she', 'her', 'it', 'they', 'them', 'one', 'someone', 'somebody',
  'this', 'that', 'these', 'those', 'who', 'everyone', 'nobody', 'anyone',
  // French, German, Spanish
  'je', 'nous', 'vous', 'il', 'elle', 'ils', 'elles', 'on', 'ich', 'wir', 'ihr', 'er', 'sie', 'es', 'man',
  'yo', 'nosotros', 'nosotras', 'vosotros', 'él', 'ella', 'ellos', 'ellas', 'usted', 'ustedes',
])

const CJK_PRONOUNS = new Set(['我', '我们', '你', '你们', '他', '她', '它', '他们', '她们', '它们', '我們', '他們', '她們'])

export function isPronounSpeaker(speaker: string): boolean {
  const s = speaker.trim()
  if (CJK_PRONOUNS.has(s)) return true
  // "We're", "they’ve", "He'd": a pronoun with a contraction is still a pronoun
  const word = s.toLowerCase().replace(/[’']\w*$/, '')
  return PRONOUNS.has(word)
}
