/**
 * Language detection (franc-min, offline trigram models) and the ISO 639-3 ⇄ BCP 47 mapping
 * that the stop-word lists and the deck's `lang` need.
 */
import { franc } from 'franc-min'
import { cjkCount } from './script.ts'

const ISO3_TO_BCP47: Record<string, string> = {
  eng: 'en', fra: 'fr', deu: 'de', spa: 'es', ita: 'it', por: 'pt', nld: 'nl', swe: 'sv',
  dan: 'da', nob: 'nb', fin: 'fi', pol: 'pl', ces: 'cs', slk: 'sk', hun: 'hu', ron: 'ro',
  rus: 'ru', ukr: 'uk', bul: 'bg', ell: 'el', tur: 'tr', ara: 'ar', arb: 'ar', heb: 'he',
  fas: 'fa', pes: 'fa', hin: 'hi', urd: 'ur', ben: 'bn', zho: 'zh', cmn: 'zh', jpn: 'ja',
  kor: 'ko', vie: 'vi', ind: 'id', zlm: 'ms', tha: 'th', cat: 'ca', hrv: 'hr', srp: 'sr',
}


/** A BCP 47 primary tag ("en", "fr", "zh") for the text; `declared` wins when given. */
export function detectLanguage(text: string, declared?: string): string {
  if (declared && /^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/i.test(declared.trim())) {
    return declared.trim().split('-')[0]!.toLowerCase()
  }
  const sample = text.slice(0, 20_000)
  // franc's small model does not tell Chinese from Japanese reliably on short text
  const kana = (sample.match(/[\u3040-\u30ff]/g) ?? []).length
  const cjk = cjkCount(sample)
  if (cjk > sample.length * 0.2) {
    if (kana > cjk * 0.1) return 'ja'
    if ((sample.match(/[\uac00-\ud7af]/g) ?? []).length > cjk * 0.5) return 'ko'
    return 'zh'
  }
  const code = franc(sample, { minLength: 20 })
  return ISO3_TO_BCP47[code] ?? 'en'
}

/** The ISO 639-3 code used by the `stopword` package for a BCP 47 tag (its codes come first above). */
export function iso3For(lang: string): string {
  for (const [iso3, bcp] of Object.entries(ISO3_TO_BCP47)) if (bcp === lang) return iso3
  return 'eng'
}

/** Whether the language writes without spaces between words. */
export function isCjk(lang: string): boolean {
  return lang === 'zh' || lang === 'ja' || lang === 'ko'
}
