/**
 * Bytes → string: UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, a legacy charset
 * declared by the document or its HTTP Content-Type (see charset.ts); anything binary or undecodable is refused.
 */
import { DeckwrightError } from '../errors.ts'
import { decodeLegacy, encodingName } from './charset.ts'

const MAGIC: Array<{ bytes: number[]; what: string }> = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'GIF image' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'zip archive' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], what: 'zip archive' },
  { bytes: [0x1f, 0x8b], what: 'gzip archive' },
  { bytes: [0x42, 0x5a, 0x68], what: 'bzip2 archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], what: '7z archive' },
  { bytes: [0x52, 0x61, 0x72, 0x21], what: 'RAR archive' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'executable' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'legacy Office document (.doc)' },
  { bytes: [0x4f, 0x67, 0x67, 0x53], what: 'Ogg media' },
  { bytes: [0x66, 0x4c, 0x61, 0x43], what: 'FLAC audio' },
  { bytes: [0x00, 0x00, 0x01, 0x00], what: 'icon image' },
]

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.length <= bytes.length && magic.every((b, i) => bytes[i] === b)
}

/** Names the binary format of well-known magic numbers (RIFF: WebP/WAV/AVI), else undefined. */
export function binaryKind(bytes: Uint8Array): string | undefined {
  for (const m of MAGIC) if (startsWith(bytes, m.bytes)) return m.what
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && bytes.length >= 12) return 'RIFF media (image/audio/video)'
  if (bytes.length >= 12 && bytes[4] === 0x66 && bytes[5] === 0x74 && bytes[6] === 0x79 && bytes[7] === 0x70) return 'MP4/HEIC media'
  return undefined
}

function binaryError(origin: string, why: string): DeckwrightError {
  return new DeckwrightError('INPUT_BINARY', `${origin}: not a text article (${why})`, {
    hint: 'Give a .txt, .md, .html or .docx article saved as UTF-8 (or UTF-16 with a byte order mark).',
  })
}

/** Bytes of a page read for its declared charset at most: its head, which may run past the 1,024 the HTML standard scans (rp.pl declares it at byte 2,076). */
const CHARSET_SCAN_BYTES = 16 * 1024

/** The charset a document declares in its head (<meta charset>, http-equiv, or an XML declaration). */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const start = Buffer.from(bytes.subarray(0, CHARSET_SCAN_BYTES)).toString('latin1')
  const end = start.search(/<\/head\s*>/i)
  const head = end >= 0 ? start.slice(0, end) : start
  return /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] ?? /^\s*<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head)?.[1]
}

function tryDecode(bytes: Uint8Array, label: string): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes)
  } catch {
    return undefined
  }
}

export interface DecodeOptions {
  /** Named in error messages. */
  origin?: string
  /** A charset given by the transport (HTTP Content-Type), tried when the bytes are not UTF-8. */
  charset?: string
}

/**
 * Decodes an article's bytes. Throws INPUT_EMPTY for no bytes, INPUT_BINARY for binary
 * content (magic numbers, NUL bytes, control characters) or text that is not valid UTF-8
 * and declares no other charset.
 */
export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): string {
  const origin = options.origin ?? 'input'
  if (bytes.length === 0) {
    throw new DeckwrightError('INPUT_EMPTY', `${origin}: the file is empty`, { hint: 'Pass a file that holds the article text.' })
  }
  // Byte order marks first: UTF-16 text is full of NUL bytes.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeOrThrow(bytes.subarray(2), 'utf-16le', origin)
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeOrThrow(bytes.subarray(2), 'utf-16be', origin)
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  const body = bom ? bytes.subarray(3) : bytes

  const kind = binaryKind(body)
  if (kind !== undefined) throw binaryError(origin, `looks like a ${kind}`)
  if (body.includes(0)) throw binaryError(origin, 'contains NUL bytes')

  // UTF-8 first (pages often declare a charset they are not in), except for a declared 7-bit
  // charset, whose escape sequences are valid UTF-8 too
  const label = options.charset ?? declaredCharset(body)
  const sevenBit = label !== undefined && encodingName(label) === 'iso-2022-jp'
  const utf8 = sevenBit ? undefined : tryDecode(body, 'utf-8')
  // (C1 controls in UTF-8 are Windows-1252 characters read as Latin-1 on the way: see withoutC1Controls)
  let text = utf8 === undefined ? undefined : withoutC1Controls(utf8)
  if (text === undefined && label !== undefined) text = decodeLegacy(body, label)
  if (text === undefined) throw binaryError(origin, label === undefined ? 'invalid UTF-8' : `neither UTF-8 nor the declared ${label}`)
  // Control characters other than tab/newline/CR/form feed mean binary or mojibake.
  const controls = text.match(/[\u0001-\u0008\u000b\u000e-\u001f\u007f]/g)?.length ?? 0
  if (controls > 0 && controls > text.length / 1000) throw binaryError(origin, 'contains control characters')
  return text
}

/**
 * A text whose curly quotes and dashes were written in Windows-1252 and read as Latin-1 holds C1
 * control characters where they were ("\u0093撒谎\u0094"); no text means them as controls (they
 * have no use in a document), so each is read as the character Windows-1252 gives its byte
 * (iconv-lite: Node's own "windows-1252" decoder reads those bytes as Latin-1); the five bytes it
 * leaves unassigned go.
 */
export function withoutC1Controls(text: string): string {
  if (!/[\u0080-\u009f]/u.test(text)) return text
  return text.replace(/[\u0080-\u009f]/gu, (c) => (decodeLegacy(Uint8Array.of(c.charCodeAt(0)), 'windows-1252') ?? '').replace('\ufffd', ''))
}

function decodeOrThrow(bytes: Uint8Array, label: 'utf-16le' | 'utf-16be', origin: string): string {
  if (bytes.length % 2 !== 0) throw binaryError(origin, `odd length for ${label.toUpperCase()}`)
  const text = tryDecode(bytes, label)
  if (text === undefined) throw binaryError(origin, `invalid ${label.toUpperCase()}`)
  return text
}
