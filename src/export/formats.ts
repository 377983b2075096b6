/**
 * Every output `build` can make, in one table: its name (the `--format` value and the key in
 * `--json` outputs), what it is, what makes it, what it needs, and where it lands in the deck
 * folder. The CLI's choices and help, the pipeline's split between the two producers and the
 * README's table (checked by tests/export/formats.test.ts) all come from here.
 * No heavy imports: the CLI reads this for --help.
 */
import path from 'node:path'

/**
 * How a format is made: `static-build` formats are printed from one `slidev build` in one
 * browser session (export/index.ts); `slidev-exporter` formats come from Slidev's own
 * `slidev export`, which starts its own dev server and browser (export/pptx.ts).
 */
export type Producer = 'static-build' | 'slidev-exporter'

export interface FormatSpec {
  producer: Producer
  /** What it is, for --help and the README. */
  description: string
  /** Where it lands, relative to the deck folder (`<slug>` is the deck's file name stem). */
  target: string
  /** Made when --format is not given. */
  byDefault: boolean
}

export const OUTPUT_FORMATS = {
  pdf: { producer: 'static-build', description: 'slides, one page each, with bookmarks', target: '<slug>.pdf', byDefault: true },
  handout: { producer: 'static-build', description: 'slides with their speaker notes, A4 or Letter', target: '<slug>-handout.pdf', byDefault: true },
  web: { producer: 'static-build', description: 'static web deck (index.html + assets), PDF included for download', target: 'web/', byDefault: true },
  png: { producer: 'static-build', description: 'one picture per slide (001.png …)', target: 'png/', byDefault: false },
  pptx: { producer: 'slidev-exporter', description: 'PowerPoint, one picture per slide + speaker notes', target: '<slug>.pptx', byDefault: false },
  'pptx-editable': { producer: 'slidev-exporter', description: 'PowerPoint with editable text boxes', target: '<slug>-editable.pptx', byDefault: false },
} as const satisfies Record<string, FormatSpec>

type Formats = typeof OUTPUT_FORMATS

/** Every output `build` can make. */
export type BuildFormat = keyof Formats
/** The formats printed from the static build in the browser. */
export type ExportFormat = { [K in BuildFormat]: Formats[K]['producer'] extends 'static-build' ? K : never }[BuildFormat]
/** The formats made by Slidev's exporter. */
export type PptxKind = Exclude<BuildFormat, ExportFormat>

export const FORMAT_NAMES = Object.keys(OUTPUT_FORMATS) as BuildFormat[]
export const DEFAULT_FORMATS: readonly BuildFormat[] = FORMAT_NAMES.filter((f) => OUTPUT_FORMATS[f].byDefault)

export function isExportFormat(format: BuildFormat): format is ExportFormat {
  return OUTPUT_FORMATS[format].producer === 'static-build'
}

export function isPptxKind(format: BuildFormat): format is PptxKind {
  return OUTPUT_FORMATS[format].producer === 'slidev-exporter'
}

/** The path of a format's output in the deck folder (no trailing slash for folders). */
export function outputPath(outDir: string, slug: string, format: BuildFormat): string {
  const rel = OUTPUT_FORMATS[format].target.replace('<slug>', slug).replace(/\/$/, '')
  return path.join(outDir, rel)
}

/** What a producer needs, in words (README). */
export const PRODUCER_NEEDS: Readonly<Record<Producer, string>> = {
  'static-build': 'the static build + a browser',
  'slidev-exporter': 'Slidev’s exporter (its own dev server and browser)',
}

/** The README's table of formats, as markdown. */
export function formatsTable(): string {
  const rows = FORMAT_NAMES.map((f) => {
    const s = OUTPUT_FORMATS[f]
    return `| \`${f}\` | ${s.description} | \`${s.target}\` | ${PRODUCER_NEEDS[s.producer]} | ${s.byDefault ? 'yes' : 'no'} |`
  })
  return ['| format | what it is | where it lands | made from | default |', '|---|---|---|---|---|', ...rows].join('\n')
}
