/**
 * Finding a word or an identifier whole in a text: "align_of" in "… rather than using align_of",
 * not the "i8" inside "i128". A word of a script whose particles join it ("RBACを使用", "Ingress를")
 * is no longer word.
 */
import type { Span } from '../types.ts'

const WORD_CHAR = /(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])[\p{L}\p{N}_]/u

/** The first place from `from` where `value` stands in `text` not glued to a longer word, or -1. */
export function wholeAt(text: string, value: string, from = 0): number {
  if (!value) return -1
  const opensOnWord = WORD_CHAR.test(value[0]!)
  const endsOnWord = WORD_CHAR.test(value.at(-1)!)
  for (let at = text.indexOf(value, from); at >= 0; at = text.indexOf(value, at + 1)) {
    const glued = (opensOnWord && WORD_CHAR.test(text[at - 1] ?? '')) || (endsOnWord && WORD_CHAR.test(text[at + value.length] ?? ''))
    if (!glued) return at
  }
  return -1
}

/**
 * Where each of `values` stands in `text`, each found after the one before it (by `find`:
 * whole, or anywhere); a value not found is left out.
 */
export function spansInTurn(text: string, values: readonly string[], find: (text: string, value: string, from: number) => number = wholeAt): Span[] {
  const out: Span[] = []
  let from = 0
  for (const value of values) {
    const at = value ? find(text, value, from) : -1
    if (at < 0) continue
    out.push({ start: at, end: at + value.length })
    from = at + value.length
  }
  return out
}
