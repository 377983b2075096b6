/** Parsing and validation of the CLI's option values (each bad value is a USAGE error). */
import { InvalidArgumentError } from 'commander'
import type { Paper } from '../export/index.ts'
import { DEFAULT_FORMATS, FORMAT_NAMES, type BuildFormat } from '../export/formats.ts'
import type { DeckOptions } from '../types.ts'

/** The `--format` choices: every format of the registry (export/formats.ts). */
export const FORMATS: readonly BuildFormat[] = FORMAT_NAMES
export { DEFAULT_FORMATS }

export function parseFormats(value: string): BuildFormat[] {
  const list = value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean)
  const bad = list.filter((f) => !(FORMATS as readonly string[]).includes(f))
  if (bad.length || list.length === 0) {
    throw new InvalidArgumentError(`unknown format ${bad.join(', ') || '(none)'}; choose from ${FORMATS.join(', ')}`)
  }
  return [...new Set(list)] as BuildFormat[]
}

export function parseBase(value: string): string {
  if (!/^\/(?:[A-Za-z0-9._~-]+\/)*$/.test(value)) {
    throw new InvalidArgumentError('must be a URL path that starts and ends with "/", e.g. /talks/ai-race/')
  }
  return value
}

export function parseTheme(value: string): DeckOptions['theme'] {
  if (value !== 'default' && value !== 'seriph') throw new InvalidArgumentError('choose default or seriph')
  return value
}

export function parsePaper(value: string): Paper {
  const v = value.toLowerCase()
  if (v === 'a4') return 'A4'
  if (v === 'letter') return 'Letter'
  throw new InvalidArgumentError('choose A4 or Letter')
}

/** Slide shapes from tall 1/4 to wide 4/1: the canvas is 980 px wide, so 1/4 is 3920 px tall. */
export const ASPECT_RANGE = { min: 1 / 4, max: 4 } as const

export function parseAspect(value: string): string {
  const m = /^(\d{1,2})[/:](\d{1,2})$/.exec(value.trim())
  const [w, h] = m ? [Number(m[1]), Number(m[2])] : [0, 0]
  if (!m || w < 1 || h < 1 || w / h < ASPECT_RANGE.min || w / h > ASPECT_RANGE.max) {
    throw new InvalidArgumentError('use WIDTH/HEIGHT, whole numbers from 1 to 99 with a ratio from 1/4 to 4/1, e.g. 16/9 or 4/3')
  }
  return `${w}/${h}`
}

export function parseMaxSlides(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 3 || n > 500) throw new InvalidArgumentError('a whole number from 3 to 500')
  return n
}

export function parseColor(value: string): DeckOptions['colorSchema'] {
  if (value !== 'light' && value !== 'dark' && value !== 'auto') throw new InvalidArgumentError('choose light, dark or auto')
  return value
}

export function parsePort(value: string): number {
  const n = Number(value)
  if (!/^\d+$/.test(value.trim()) || !Number.isInteger(n) || n < 1 || n > 65535) {
    throw new InvalidArgumentError('a port number from 1 to 65535')
  }
  return n
}
