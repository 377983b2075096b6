/**
 * Quotations set off by dashes, as Polish, Russian, Spanish and other languages write a
 * speaker's words: a dash opens them (at a line's or a sentence's start, or a capital after a
 * colon) and a dash closes them right before a verb of saying.
 *
 * - "… zmienić. – Klimat w Finlandii ocieplił się … – mówi Karvonen." (Polish)
 * - "— Это серьёзная проблема, — сказал министр." (Russian: a comma before the closing dash)
 * - "—Es un problema —dijo el ministro—." (Spanish: no space after the dashes)
 *
 * A dash with no verb of saying after it closes nothing ("… ostatniej dekady – o 0,4 st. C."):
 * the words run on to the next one that has. The speaker may go unnamed ("– mówi.", "— сказал
 * он."): SPEAKER_UNNAMED says so, and the quotation is the last person's named before it.
 */
import { attributionAfter, SPEECH_VERB, type Speaker } from './attribution.ts'

export interface DashSpan {
  /** The words, trimmed of spaces and of the comma before the closing dash. */
  start: number
  end: number
  /** Offsets of the opening mark (a dash or a colon) and of the closing dash. */
  open: number
  close: number
}

/** A closing dash: maybe a comma, a space, the dash, then a verb of saying. */
// (not a verb in the passive the writer's own dashes set off: "The deal – said to be worth $5bn – …")
const CLOSER = new RegExp(String.raw`,?\s[–—]\s?(?=(?:${SPEECH_VERB})(?![\p{L}\p{N}])(?!\s+(?:to|by)\s))`, 'gu')

/** An opening dash at a line's or a sentence's start, before a capital (or "¿", "¡", a quotation mark). */
const DASH_OPENER = /(?:^|[.!?…]["”»]?[ \t]+)([–—])[ \t]?(?=[\p{Lu}¿¡„“«"])/gmu

/** A colon before a capital, when no dash opens the words: "Dosłownie: Najpierw robimy wino, … – mówi McCabe." */
const COLON_OPENER = /:[ \t]+(?=\p{Lu})/gu

/** Characters at most from the opening mark to the closing dash. */
const MAX_QUOTE = 1500

/** The quotations set off by dashes in `text`, in order. */
export function dashQuotationSpans(text: string): DashSpan[] {
  const out: DashSpan[] = []
  let floor = 0
  for (const m of text.matchAll(CLOSER)) {
    const close = m.index + m[0].indexOf(m[0].includes('—') ? '—' : '–')
    const lineStart = text.lastIndexOf('\n', m.index) + 1
    const from = Math.max(floor, lineStart, m.index - MAX_QUOTE)
    floor = close + 1
    const open = opener(text.slice(from, m.index))
    if (!open) continue
    let start = from + open.after
    let end = m.index
    while (start < end && /\s/u.test(text[start]!)) start++
    while (end > start && /[\s,]/u.test(text[end - 1]!)) end--
    if (end > start) out.push({ start, end, open: from + open.at, close })
  }
  return out
}

/** The last opening dash in `before`, or else its last colon before a capital: where the mark is and where the words start. */
function opener(before: string): { at: number; after: number } | undefined {
  let found: { at: number; after: number } | undefined
  for (const m of before.matchAll(DASH_OPENER)) {
    const at = m.index + m[0].indexOf(m[1]!)
    found = { at, after: m.index + m[0].length }
  }
  if (found) return found
  for (const m of before.matchAll(COLON_OPENER)) found = { at: m.index, after: m.index + m[0].length }
  return found
}

/** After a closing dash, a verb of saying with no name: "– mówi.", "– dodaje.", "— сказал он." */
const SPEAKER_UNNAMED = new RegExp(
  String.raw`^\s?(?:${SPEECH_VERB})(?:\s+(?:он|она|on|ona|él|ella|ele|ela|lui|lei))?(?=\s*(?:[.,;:!?]|$)|\s+(?:i|a|и|а|y|e|et|und|and)\s)`,
  'u',
)

/** A first name and a surname at the end of the verb's clause, a few words after it: "– mówił w Sejmie premier Mateusz Morawiecki, …". */
const SPEAKER_LAST = new RegExp(
  String.raw`^\s?(?:${SPEECH_VERB})(?:\s+[\p{L}\p{N}.-]+){0,6}?\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?=\s*(?:[,.;:]|$))`,
  'u',
)

/**
 * Who the words before a closing dash are credited to, from the text after it (`after` starts
 * right after the dash): the name after the verb, or the first name and surname that end its
 * clause, or no name at all (`name` is "", a pronoun to resolve).
 */
export function dashAttribution(after: string): Speaker | undefined {
  const named = attributionAfter(after)
  if (named) return named
  const last = SPEAKER_LAST.exec(after)
  if (last) return { name: last[1]!, at: last[0].length - last[1]!.length }
  return SPEAKER_UNNAMED.test(after) ? { name: '', at: 1, pronoun: true } : undefined
}
