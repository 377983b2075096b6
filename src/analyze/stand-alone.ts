/**
 * Whether a sentence stands alone on a slide: one that opens pointing back to what came before
 * ("It", "This", "However", "Elle", an aside in brackets) needs the sentence before it.
 */
import { localeFor } from '../locales/index.ts'

export function pointsBack(text: string, lang: string): boolean {
  const t = text.trimStart()
  if (/^[([{]/.test(t)) return true
  const words = localeFor(lang).speech.backReference
  if (words.length === 0) return false
  if (!/\s/.test(t.slice(0, 40))) return words.some((w) => t.startsWith(w))
  const first = (t.split(/[\s,;:—–]+/)[0] ?? '').toLocaleLowerCase().replace(/’/g, "'").replace(/[.!?"“”«»]+$/, '')
  return words.includes(first)
}
