/**
 * ingest: an article file, URL or standard input → Article (cleaned text + blocks + meta).
 * The parse functions are pure (string/bytes in, Article out); only `ingest` touches disk or network.
 * The parsers of .docx, HTML and Markdown (and their libraries) load only when such an input comes.
 */
import { DeckwrightError } from '../errors.ts'
import type { Article, InputFormat } from '../types.ts'
import { decodeText } from './decode.ts'
import { readSource } from './read-source.ts'
import { sniffFormat } from './sniff.ts'
import { parseText } from './text.ts'
import { isRestructuredText, restructuredAsMarkdown } from './restructured.ts'

export { decodeText, type DecodeOptions } from './decode.ts'
export { parseText } from './text.ts'
export { sniffFormat } from './sniff.ts'
export { isBoilerplateLine, removeBoilerplate } from './boilerplate.ts'
export { DEFAULT_MAX_BYTES, DEFAULT_FETCH_TIMEOUT_MS } from './read-source.ts'

export interface IngestOptions {
  /** Skip detection and parse as this format. */
  format?: InputFormat
  /** Stream read when source is "-" (default: process.stdin). */
  stdin?: NodeJS.ReadableStream
  /** Refuse inputs larger than this (default 20 MiB). */
  maxBytes?: number
  /** Give up on a URL after this long (default 15 s). */
  fetchTimeoutMs?: number
}

/** A YAML front matter opening a file: "---", its lines, "---". */
const FRONT_MATTER = /^\uFEFF?---\r?\n[\s\S]*?\r?\n---\r?\n/u

/** Reads and parses an article from a file path, "-" (standard input) or an http(s) URL. */
export async function ingest(source: string, options: IngestOptions = {}): Promise<Article> {
  const { bytes, origin, contentType, url } = await readSource(source, options)
  if (bytes.length === 0) {
    throw new DeckwrightError('INPUT_EMPTY', `${origin}: the input is empty`, {
      hint: origin === '-' ? 'Pipe the article text into standard input.' : 'Pass a file that holds the article text.',
    })
  }
  const format = options.format ?? await sniffFormat(url ?? origin, bytes, contentType)
  if (format === 'docx') return (await import('./docx.ts')).parseDocx(bytes, origin)
  const charset = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1]
  const text = decodeText(bytes, charset === undefined ? { origin } : { origin, charset })
  if (text.trim().length === 0) {
    throw new DeckwrightError('INPUT_EMPTY', `${origin}: the input holds only whitespace`, {
      hint: 'Pass a file that holds the article text.',
    })
  }
  switch (format) {
    case 'html':
      // (a site generator's page source, front matter over HTML: Markdown reads both)
      if (FRONT_MATTER.test(text)) return (await import('./markdown.ts')).parseMarkdown(text, origin)
      return (await import('./html.ts')).parseHtml(text, origin, url)
    case 'markdown':
      return (await import('./markdown.ts')).parseMarkdown(text, origin)
    case 'text':
      // (reStructuredText saved as text: read as the Markdown it means)
      if (isRestructuredText(text)) return (await import('./markdown.ts')).parseMarkdown(restructuredAsMarkdown(text), origin)
      return parseText(text, origin)
  }
}
