/**
 * A quote's speaker that is a pronoun ("we", "He", "they're", "il", "sie", "他们") names nobody:
 * it should have been resolved to the person or organisation it refers to.
 */
import { isPronoun } from '../analyze/pronouns.ts'

export function isPronounSpeaker(speaker: string): boolean {
  return isPronoun(speaker)
}
