/**
 * Whether the system has a font for the deck's script. Decks use system fonts (they work
 * offline), and a browser without a font for, say, Chinese prints every character as an
 * empty box. Where fontconfig answers (Linux), a missing font becomes a notice with the fix;
 * elsewhere (no fc-list) nothing is claimed.
 */
import { execFile } from 'node:child_process'

/** Languages whose script a Latin-only system lacks, with a Debian/Ubuntu package that has it. */
const SCRIPT_FONTS: Readonly<Record<string, { name: string; pkg: string }>> = {
  zh: { name: 'Chinese', pkg: 'fonts-noto-cjk' },
  ja: { name: 'Japanese', pkg: 'fonts-noto-cjk' },
  ko: { name: 'Korean', pkg: 'fonts-noto-cjk' },
  ar: { name: 'Arabic', pkg: 'fonts-noto-core' },
  fa: { name: 'Persian', pkg: 'fonts-noto-core' },
  ur: { name: 'Urdu', pkg: 'fonts-noto-core' },
  he: { name: 'Hebrew', pkg: 'fonts-noto-core' },
  hi: { name: 'Hindi', pkg: 'fonts-noto-core' },
  th: { name: 'Thai', pkg: 'fonts-noto-core' },
  el: { name: 'Greek', pkg: 'fonts-noto-core' },
  ru: { name: 'Russian', pkg: 'fonts-noto-core' },
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
  const script = base ? SCRIPT_FONTS[base] : undefined
  if (!base || !script) return undefined
  const fonts = await list(base).catch(() => undefined)
  if (fonts === undefined || fonts.trim() !== '') return undefined
  return `no ${script.name} font found on this system (fontconfig): the slides, PDF and handout show empty boxes instead of ${script.name} text; install one (Debian/Ubuntu: apt-get install ${script.pkg}) and build again`
}
