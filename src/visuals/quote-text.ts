/**
 * Pure helpers behind Quote.vue: language-appropriate quotation marks, stripping marks the
 * text already carries, the attribution line, and the font-size tier by length.
 */

import { localeFor, type QuoteMarks } from '../locales/index.ts'

/** Opening/closing marks for a BCP 47 tag (the deck's locale); English curly quotes otherwise. */
export function quoteMarks(lang: string | undefined): QuoteMarks {
  return localeFor(lang).quote.marks
}

/** Quotation-mark pairs the text may already be wrapped in: [open, close]. */
const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['"', '"'], ["'", "'"], ['“', '”'], ['‘', '’'], ['„', '“'], ['„', '”'], ['‚', '‘'],
  ['«', '»'], ['»', '«'], ['‹', '›'], ['「', '」'], ['『', '』'], ['”', '”'],
]

/** True when `inner` never closes the pair before its end (so the outer marks belong together). */
function balanced(inner: string, open: string, close: string): boolean {
  if (open === close) return !inner.includes(open)
  let depth = 1
  for (const ch of inner) {
    if (ch === open) depth++
    else if (ch === close && --depth === 0) return false
  }
  return depth === 1
}

/**
 * Trim whitespace and one pair of quotation marks wrapping the whole text, so the component
 * does not print doubled marks. `“a” and “b”` is left alone: its marks are not one pair.
 */
export function stripOuterQuotes(text: string): string {
  const t = text.trim()
  if (t.length < 2) return t
  const first = t[0] as string
  const last = t[t.length - 1] as string
  for (const [open, close] of PAIRS) {
    if (first === open && last === close) {
      const inner = t.slice(1, -1)
      if (balanced(inner, open, close)) return inner.trim()
    }
  }
  return t
}

/** "Chris Lehane, chief global affairs officer, OpenAI" (name, role, affiliation, those given), or "" when none is. */
export function attribution(speaker?: string, affiliation?: string, role?: string): string {
  return [speaker, role, affiliation].map((s) => (s ?? '').trim()).filter(Boolean).join(', ')
}

export type QuoteTier = 'xl' | 'lg' | 'md' | 'sm' | 'xs'

/**
 * Font tier by character count (code points), tuned so the quote fits the 980×552 canvas:
 * <140 xl, <260 lg, <400 md, <600 sm, longer xs (xs also line-clamps as a last resort).
 * CJK text is counted double: each character is about twice as wide as a Latin letter.
 */
export function quoteTier(text: string): QuoteTier {
  let n = 0
  for (const ch of text) n += /[\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]/.test(ch) ? 2 : 1
  if (n < 140) return 'xl'
  if (n < 260) return 'lg'
  if (n < 400) return 'md'
  if (n < 600) return 'sm'
  return 'xs'
}

/** The caption's note that a statement is reported speech, in the deck's language. */
export function paraphrasedLabel(lang: string | undefined): string {
  return localeFor(lang).quote.paraphrased
}
