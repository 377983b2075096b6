/**
 * The typefaces a deck ships with. Decks do not depend on the fonts of the machine that shows
 * or prints them: each deck folder carries the woff2 files of its faces (from the @fontsource
 * packages) and a `style.css` with their @font-face rules (Slidev loads a deck's style.css),
 * so the web deck serves them from its
 * own assets (offline) and the PDF embeds the same faces everywhere. The files join the deck's
 * support files (src/render/deck-files.ts), which generate and build write beside slides.md.
 *
 * - Latin, Greek, Cyrillic: Inter (a sans drawn for screens: large x-height, open shapes that
 *   stay legible from the back of a room, tabular figures for numbers).
 * - seriph theme headings and quotes: Source Serif 4, the serif that theme asks for.
 * - Code (a deck with a CodeListing, or code inline in a bullet): JetBrains Mono, a monospaced face drawn for reading code.
 * - Chinese, Japanese, Korean, Arabic (also Persian, Urdu), Hebrew: the matching Noto Sans,
 *   only in decks whose language or text needs it. The CJK faces come cut into ~100 subsets by
 *   unicode-range, so a browser loads (and a PDF embeds) only the subsets the slides use.
 * Static weights, not the variable fonts: Chromium prints a variable font as nameless Type 3
 * glyphs, a static one as a named, subsetted TrueType font.
 */
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import path from 'node:path'

export interface FontFace {
  /** The @fontsource package. */
  pkg: string
  /** CSS family name it declares. */
  family: string
  /** The weights the deck styles use. */
  weights: readonly number[]
}

const FACES = {
  latin: { pkg: '@fontsource/inter', family: 'Inter', weights: [400, 600, 700] },
  serif: { pkg: '@fontsource/source-serif-4', family: 'Source Serif 4', weights: [400, 600] },
  mono: { pkg: '@fontsource/jetbrains-mono', family: 'JetBrains Mono', weights: [400] },
  sc: { pkg: '@fontsource/noto-sans-sc', family: 'Noto Sans SC', weights: [400, 700] },
  jp: { pkg: '@fontsource/noto-sans-jp', family: 'Noto Sans JP', weights: [400, 700] },
  kr: { pkg: '@fontsource/noto-sans-kr', family: 'Noto Sans KR', weights: [400, 700] },
  arabic: { pkg: '@fontsource/noto-sans-arabic', family: 'Noto Sans Arabic', weights: [400, 700] },
  hebrew: { pkg: '@fontsource/noto-sans-hebrew', family: 'Noto Sans Hebrew', weights: [400, 700] },
} as const satisfies Record<string, FontFace>

type FaceName = keyof typeof FACES

/** Languages whose script needs a face of its own. */
const LANG_FACES: Readonly<Record<string, FaceName>> = {
  zh: 'sc', ja: 'jp', ko: 'kr', ar: 'arabic', fa: 'arabic', ur: 'arabic', he: 'hebrew', yi: 'hebrew',
}

/** Scripts found in the text, with the face that draws them (Han goes with the deck's language). */
const SCRIPT_FACES: readonly [RegExp, FaceName][] = [
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'jp'],
  [/\p{Script=Hangul}/u, 'kr'],
  [/\p{Script=Arabic}/u, 'arabic'],
  [/\p{Script=Hebrew}/u, 'hebrew'],
]

/** The tag of the component that shows code (components/CodeListing.vue), as slides.md writes it. */
export const CODE_TAG = '<CodeListing '

/** The element that sets a bullet's inline code (src/render/escape.ts), as slides.md writes it. */
export const INLINE_CODE_TAG = '<code>'

/** Languages the bundled faces draw (their script is covered on any machine). */
export function coveredByBundledFaces(lang: string): boolean {
  return LANG_FACES[lang] !== undefined || ['el', 'ru', 'uk', 'bg', 'sr', 'mk', 'be', 'kk'].includes(lang)
}

/** The faces a deck needs, in font-family order: Latin first, then its language's, then others its text uses. */
export function deckFaces(lang: string, theme: string, text = ''): FontFace[] {
  const base = lang.toLowerCase().split(/[-_]/)[0] ?? ''
  const names: FaceName[] = ['latin']
  if (theme === 'seriph') names.push('serif')
  const own = LANG_FACES[base]
  if (own) names.push(own)
  if (!own && /\p{Script=Han}/u.test(text)) names.push('sc')
  for (const [re, face] of SCRIPT_FACES) if (!names.includes(face) && re.test(text)) names.push(face)
  // (the component's tag is the renderer's own: article text never writes a "<" unescaped)
  if (text.includes(CODE_TAG) || text.includes(INLINE_CODE_TAG)) names.push('mono')
  return names.map((n) => FACES[n])
}

const require = createRequire(import.meta.url)

function packageDir(pkg: string): string {
  return path.dirname(require.resolve(`${pkg}/package.json`))
}

/** Folder of the font files inside a deck folder, and the stylesheet Slidev loads from there. */
export const FONT_DIR = 'fonts'
export const FONT_CSS = 'style.css'

export interface DeckFontFile {
  /** Path inside the deck folder. */
  path: string
  /** Module specifier of the file in its @fontsource package. */
  specifier: string
}

/** The woff2 files a deck needs (every unicode-range subset of its faces, in the weights used). */
export function deckFontFiles(faces: readonly FontFace[]): DeckFontFile[] {
  return faces.flatMap((face) =>
    [...faceCss(face).matchAll(/url\(\.\/files\/([^)]+\.woff2)\)/g)].map((m) => ({
      path: `${FONT_DIR}/${m[1]}`,
      specifier: `${face.pkg}/files/${m[1]}`,
    })),
  )
}

/** The package's @font-face rules for the face's weights, woff2 only (every browser that runs Slidev reads it). */
function faceCss(face: FontFace): string {
  return face.weights
    .map((w) => readFileSync(path.join(packageDir(face.pkg), `${w}.css`), 'utf8'))
    .join('\n')
    .replace(/, url\([^)]+\.woff\) format\('woff'\)/g, '')
}

/**
 * The deck's style.css: the faces' @font-face rules pointing into fonts/, and the font stacks
 * the deck styles use (`--dw-font` for text, `--dw-font-display` for headings and quotes,
 * `--dw-font-mono` for code when the deck shows some).
 */
export function deckFontCss(faces: readonly FontFace[]): string {
  const families = (list: readonly FontFace[]) => list.map((f) => `'${f.family}'`).join(', ')
  const text = faces.filter((f) => f !== FACES.serif && f !== FACES.mono)
  const display = faces.includes(FACES.serif) ? [FACES.serif, ...text.filter((f) => f !== FACES.latin)] : text
  const rules = faces.map((f) => faceCss(f).replaceAll('url(./files/', `url(./${FONT_DIR}/`).trim())
  return [
    '/* Generated by deckwright: the typefaces this deck ships with (fonts/), from @fontsource. */',
    ...rules,
    `:root {\n  --dw-font: ${families(text)};\n  --dw-font-display: ${families(display)};${faces.includes(FACES.mono) ? `\n  --dw-font-mono: ${families([FACES.mono])}, monospace;` : ''}\n}`,
    '',
  ].join('\n\n')
}
