/**
 * One locale per language (a file each, ./types.ts says what a locale holds). A language
 * without one gets English words with its own direction and quotation marks (./typography.ts).
 * No Node or DOM imports: the Vue components use this in the browser too.
 */
import { ar } from './ar.ts'
import { cs } from './cs.ts'
import { de } from './de.ts'
import { en } from './en.ts'
import { es } from './es.ts'
import { fi } from './fi.ts'
import { fr } from './fr.ts'
import { it } from './it.ts'
import { nl } from './nl.ts'
import { ja } from './ja.ts'
import { ko } from './ko.ts'
import { pl } from './pl.ts'
import { pt } from './pt.ts'
import { ru } from './ru.ts'
import { sv } from './sv.ts'
import { tr } from './tr.ts'
import { TYPOGRAPHY } from './typography.ts'
import type { Locale } from './types.ts'
import { uk } from './uk.ts'
import { vi } from './vi.ts'
import { zh } from './zh.ts'

export type * from './types.ts'

/** Every locale, English first (the order speech verbs are tried in). */
export const LOCALES: readonly Locale[] = [en, fr, de, es, it, pt, nl, sv, pl, cs, ru, uk, fi, tr, vi, zh, ja, ko, ar]

const BY_TAG = new Map<string, Locale>(LOCALES.map((l) => [l.tag, l]))

/** The primary language subtag of a BCP 47 tag, lower case: "zh-Hans-CN" → "zh". */
export function primaryTag(lang: string | undefined): string {
  return (lang ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? ''
}

/** Whether a language has a locale of its own (no tag: English's). */
export function hasOwnLocale(lang: string | undefined): boolean {
  const tag = primaryTag(lang)
  return tag === '' || BY_TAG.has(tag)
}

/** The locale for a BCP 47 tag: its own, or English with the language's direction and marks. */
export function localeFor(lang: string | undefined): Locale {
  const tag = primaryTag(lang)
  const own = BY_TAG.get(tag)
  if (own) return own
  const typo = TYPOGRAPHY[tag]
  if (!typo) return en
  return { ...en, tag, dir: typo.dir ?? en.dir, quote: { ...en.quote, marks: typo.marks ?? en.quote.marks } }
}

/** Languages written right to left: those of the locales and those of ./typography.ts. */
export function rightToLeftTags(): string[] {
  const tags = [...LOCALES.map((l) => [l.tag, l.dir] as const), ...Object.entries(TYPOGRAPHY).map(([t, v]) => [t, v.dir] as const)]
  return tags.filter(([, dir]) => dir === 'rtl').map(([t]) => t).sort()
}
