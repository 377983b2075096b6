/**
 * Writing-system facts the analysis shares: which characters are Chinese/Japanese/Korean,
 * and a word count that treats a CJK character as half a word (text without spaces).
 */

/** Kana, CJK ideographs (with extension A and compatibility forms) and Hangul syllables. */
export const CJK_CLASS = '\\u3040-\\u30ff\\u3400-\\u9fff\\uf900-\\ufaff\\uac00-\\ud7af'

const CJK_ANY = new RegExp(`[${CJK_CLASS}]`)
const CJK_ALL = new RegExp(`[${CJK_CLASS}]`, 'g')

/** The text holds at least one CJK character. */
export function hasCjk(text: string): boolean {
  return CJK_ANY.test(text)
}

export function cjkCount(text: string): number {
  return text.match(CJK_ALL)?.length ?? 0
}

/** More than 30 % of the characters are CJK. */
export function isMostlyCjk(text: string): boolean {
  return cjkCount(text) > text.length * 0.3
}

/** A text's words for comparing texts: lower case, letters and digits only, one space between. */
export function wordsKey(text: string): string {
  return text.toLocaleLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}

/** Words of Latin-like script, plus one word per two CJK characters. */
export function countWords(text: string): number {
  const cjk = cjkCount(text)
  const latin = (cjk > 0 ? text.replace(CJK_ALL, ' ') : text).match(/[\p{L}\p{N}][\p{L}\p{N}'’.\-$€£¥%]*/gu)?.length ?? 0
  return latin + Math.ceil(cjk / 2)
}
