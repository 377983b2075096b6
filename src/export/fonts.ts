/**
 * Whether the system has a font for the deck's script. Decks ship faces for Latin, Greek,
 * Cyrillic, Chinese, Japanese, Korean, Arabic and Hebrew (../deck-fonts.ts); for another
 * script (Devanagari, Thai…) the browser falls back to the system's fonts, and one without a
 * font for it prints every character as an empty box. Where fontconfig answers (Linux), a
 * missing font becomes a notice with the fix; elsewhere (no fc-list) nothing is claimed.
 */
import { execFile } from 'node:child_process'
import { coveredByBundledFaces } from '../deck-fonts.ts'

/** Languages whose script a Latin-only system lacks, with a Debian/Ubuntu package that has it. */
const SCRIPT_FONTS: Readonly<Record<string, { name: string; pkg: string }>> = {
  hi: { name: 'Hindi', pkg: 'fonts-noto-core' },
  mr: { name: 'Marathi', pkg: 'fonts-noto-core' },
  ne: { name: 'Nepali', pkg: 'fonts-noto-core' },
  bn: { name: 'Bengali', pkg: 'fonts-noto-core' },
  ta: { name: 'Tamil', pkg: 'fonts-noto-core' },
  te: { name: 'Telugu', pkg: 'fonts-noto-core' },
  th: { name: 'Thai', pkg: 'fonts-noto-core' },
  ka: { name: 'Georgian', pkg: 'fonts-noto-core' },
  hy: { name: 'Armenian', pkg: 'fonts-noto-core' },
  am: { name: 'Amharic', pkg: 'fonts-noto-core' },
}

/** Runs `fc-list :lang=<lang> family`; resolves with its output, or undefined without fontconfig. */
export type FontLister = (lang: string) => Promise<string | undefined>

const fcList: FontLister = (lang) =>
  new Promise((resolve) => {
    execFile('fc-list', [`:lang=${lang}`, 'family'], { timeout: 5000 }, (error, stdout) => {
      resolve(error ? undefined : stdout)
    })
  })

/**
 * A notice when the deck's language needs a font the system does not have (per fontconfig),
 * else undefined: for languages every system covers, when fontconfig is missing, or when it
 * lists a font for the language.
 */
export async function missingFontNotice(lang: string | undefined, list: FontLister = fcList): Promise<string | undefined> {
  const base = lang?.toLowerCase().split(/[-_]/)[0]
  const script = base && !coveredByBundledFaces(base) ? SCRIPT_FONTS[base] : undefined
  if (!base || !script) return undefined
  const fonts = await list(base).catch(() => undefined)
  if (fonts === undefined || fonts.trim() !== '') return undefined
  return `no ${script.name} font found on this system (fontconfig): the slides, PDF and handout show empty boxes instead of ${script.name} text; install one (Debian/Ubuntu: apt-get install ${script.pkg}) and build again`
}
