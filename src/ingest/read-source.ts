/** Reading an input's bytes: a file path, "-" for standard input, or an http(s) URL. */
import { open, stat, type FileHandle } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { DeckwrightError } from '../errors.ts'

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024
export const DEFAULT_FETCH_TIMEOUT_MS = 15_000

export interface SourceBytes {
  bytes: Uint8Array
  /** The source as the user gave it (path, URL, or "-"). */
  origin: string
  /** HTTP Content-Type, for URLs. */
  contentType?: string
  /** The final URL after redirects, for URLs. */
  url?: string
}

export interface ReadOptions {
  stdin?: NodeJS.ReadableStream
  maxBytes?: number
  fetchTimeoutMs?: number
}

export function isUrl(source: string): boolean {
  return /^https?:\/\//i.test(source)
}

/** A byte count for people: "20 MiB", "1.5 MiB", "512 KiB". */
function size(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / 1024 / 1024).toFixed(1))} MiB`
  return `${Number((bytes / 1024).toFixed(1))} KiB`
}

function tooLarge(origin: string, maxBytes: number, actual?: number): DeckwrightError {
  // just over the limit rounds to the limit itself ("it has 20 MiB"): say "more than" then
  const has = actual === undefined ? '' : size(actual) === size(maxBytes) ? `, it has more than ${size(maxBytes)}` : `, it has ${size(actual)}`
  return new DeckwrightError('INPUT_TOO_LARGE', `${origin}: larger than the ${maxBytes} byte limit for an article (${size(maxBytes)})${has}`, {
    hint: 'Pass the article alone (not a whole site, book or data dump), or split a longer text into parts and make one deck of each.',
  })
}

async function readFileSource(source: string, maxBytes: number): Promise<SourceBytes> {
  const path = source.startsWith('file://') ? fileURLToPath(source) : source
  try {
    const info = await stat(path)
    if (info.isDirectory()) {
      throw new DeckwrightError('INPUT_UNREADABLE', `${source}: is a directory, not an article file`, {
        hint: 'Pass the path of the article file itself (.txt, .md, .html or .docx).',
      })
    }
    if (info.size > maxBytes) throw tooLarge(source, maxBytes, info.size)
    const handle = await open(path, 'r')
    try {
      return { bytes: await readAtMost(handle, source, maxBytes), origin: source }
    } finally {
      await handle.close()
    }
  } catch (e) {
    if (e instanceof DeckwrightError) throw e
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new DeckwrightError('INPUT_NOT_FOUND', `${source}: no such file`, {
        hint: 'Check the path (it is relative to the current directory), or pass "-" to read standard input.',
        cause: e,
      })
    }
    if (code === 'EISDIR') {
      throw new DeckwrightError('INPUT_UNREADABLE', `${source}: is a directory, not an article file`, {
        hint: 'Pass the path of the article file itself.',
        cause: e,
      })
    }
    const denied = code === 'EACCES' || code === 'EPERM'
    throw new DeckwrightError('INPUT_UNREADABLE', `${source}: cannot be read (${denied ? 'permission denied' : code ?? (e as Error).message})`, {
      hint: denied ? `Make the file readable by you (e.g. \`chmod u+r ${source}\`), or pass a copy you can read.` : 'Check that the file is a readable regular file.',
      cause: e,
    })
  }
}

/**
 * Reads a file to its end, refusing more than maxBytes as soon as it is passed: devices
 * (/dev/zero) and pipes (<(yes)) report a size of 0 and never end, so the size cannot be trusted.
 */
async function readAtMost(handle: FileHandle, origin: string, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  let total = 0
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, maxBytes + 1 - total))
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, null)
    if (bytesRead === 0) return Buffer.concat(chunks, total)
    total += bytesRead
    if (total > maxBytes) throw tooLarge(origin, maxBytes)
    chunks.push(chunk.subarray(0, bytesRead))
  }
}

/** Reads a stream to the end, refusing more than maxBytes. */
export async function readStream(stream: NodeJS.ReadableStream | AsyncIterable<unknown>, origin: string, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of stream as AsyncIterable<unknown>) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk as Uint8Array)
    size += buf.length
    if (size > maxBytes) throw tooLarge(origin, maxBytes)
    chunks.push(buf)
  }
  return Buffer.concat(chunks)
}

/**
 * fetch() refuses a URL holding a user name or password, and its message repeats the URL,
 * password and all: refuse it first, with the password masked.
 */
function refuseCredentials(url: string): void {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return // fetch reports the malformed URL
  }
  if (!parsed.username && !parsed.password) return
  if (parsed.password) parsed.password = 'xxx'
  const shown = parsed.href.replace(/:xxx@/, ':***@')
  throw new DeckwrightError('INPUT_UNREADABLE', `${shown}: a URL with a user name or password cannot be fetched`, {
    hint: 'Save the page in a browser where you are signed in, and pass the file instead.',
  })
}

async function fetchSource(url: string, maxBytes: number, timeoutMs: number): Promise<SourceBytes> {
  refuseCredentials(url)
  let response: Response
  try {
    response = await fetch(url, {
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'follow',
      headers: { accept: 'text/html,application/xhtml+xml,text/markdown,text/plain;q=0.9,*/*;q=0.5', 'user-agent': 'deckwright' },
    })
  } catch (e) {
    const timedOut = (e as Error).name === 'TimeoutError' || (e as Error).name === 'AbortError'
    throw new DeckwrightError('INPUT_UNREADABLE', `${url}: ${timedOut ? `no answer within ${timeoutMs} ms` : `could not be fetched (${(e as Error).message})`}`, {
      hint: 'Check the URL and your network connection, or save the page and pass the file instead.',
      cause: e,
    })
  }
  if (!response.ok) {
    throw new DeckwrightError('INPUT_UNREADABLE', `${url}: the server answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`, {
      hint: 'Check the URL, or save the page in a browser and pass the file instead.',
    })
  }
  const declared = Number(response.headers.get('content-length') ?? NaN)
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(url, maxBytes)
  let bytes: Uint8Array
  try {
    bytes = response.body ? await readStream(response.body as unknown as AsyncIterable<Uint8Array>, url, maxBytes) : new Uint8Array()
  } catch (e) {
    if (e instanceof DeckwrightError) throw e
    throw new DeckwrightError('INPUT_UNREADABLE', `${url}: the download failed (${(e as Error).message})`, {
      hint: 'Try again, or save the page and pass the file instead.',
      cause: e,
    })
  }
  const result: SourceBytes = { bytes, origin: url, url: response.url || url }
  const contentType = response.headers.get('content-type')
  if (contentType) result.contentType = contentType
  return result
}

export async function readSource(source: string, options: ReadOptions = {}): Promise<SourceBytes> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  if (source === '-') {
    const stream = options.stdin ?? process.stdin
    return { bytes: await readStream(stream, '-', maxBytes), origin: '-' }
  }
  if (isUrl(source)) return fetchSource(source, maxBytes, options.fetchTimeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS)
  return readFileSource(source, maxBytes)
}
