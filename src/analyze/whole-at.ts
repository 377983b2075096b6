/**
 * Finding a word or an identifier whole in a text: "align_of" in "… rather than using align_of",
 * not the "i8" inside "i128". A word of a script whose particles join it ("RBACを使用", "Ingress를")
 * is no longer word.
 */

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
