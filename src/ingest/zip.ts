/**
 * Zip archives through JSZip (already what mammoth reads .docx with): telling a .docx from
 * other zip files, listing a zip's entries and reading one of them (docProps/core.xml, a
 * PowerPoint's parts). JSZip is loaded only when the bytes start like a zip.
 */
import type JSZip from 'jszip'

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]

/** The archive, or undefined when the bytes are not a readable zip. */
async function open(bytes: Uint8Array): Promise<JSZip | undefined> {
  if (!ZIP_MAGIC.every((b, i) => bytes[i] === b)) return undefined
  const { default: JSZipLib } = await import('jszip')
  try {
    return await JSZipLib.loadAsync(bytes)
  } catch {
    return undefined
  }
}

/** The names of the files in a zip (no folders); empty when the bytes are not a readable zip. */
export async function zipEntryNames(bytes: Uint8Array): Promise<string[]> {
  const zip = await open(bytes)
  return zip ? Object.values(zip.files).filter((f) => !f.dir).map((f) => f.name) : []
}

/** A Word document: a zip holding word/document.xml. */
export async function isDocx(bytes: Uint8Array): Promise<boolean> {
  return (await open(bytes))?.file('word/document.xml') != null
}

/** The bytes of one entry, or undefined when absent or unreadable. */
export async function readZipEntry(bytes: Uint8Array, name: string): Promise<Uint8Array | undefined> {
  const entry = (await open(bytes))?.file(name)
  if (!entry) return undefined
  try {
    return await entry.async('uint8array')
  } catch {
    return undefined
  }
}

interface StreamHelper {
  on(event: 'data', listener: (chunk: Uint8Array) => void): StreamHelper
  on(event: 'end', listener: () => void): StreamHelper
  on(event: 'error', listener: (e: Error) => void): StreamHelper
  pause(): StreamHelper
  resume(): StreamHelper
}

/** The entry's size as its central directory declares it (JSZip keeps it with the packed data). */
function declaredSize(file: JSZip.JSZipObject): number {
  const size = (file as unknown as { _data?: { uncompressedSize?: unknown } })._data?.uncompressedSize
  return typeof size === 'number' ? size : 0
}

/** Inflates the entry chunk by chunk, keeping nothing: its size, or Infinity past `max` (or unreadable). */
function inflatedSize(file: JSZip.JSZipObject, max: number): Promise<number> {
  return new Promise((resolve) => {
    let size = 0
    let stream: StreamHelper
    try {
      stream = (file as unknown as { internalStream(type: 'uint8array'): StreamHelper }).internalStream('uint8array')
    } catch {
      resolve(Number.POSITIVE_INFINITY)
      return
    }
    stream
      .on('data', (chunk) => {
        size += chunk.length
        if (size <= max) return
        // stop inflating here: a bomb is never unpacked further than the limit
        stream.pause()
        resolve(Number.POSITIVE_INFINITY)
      })
      .on('error', () => resolve(Number.POSITIVE_INFINITY))
      .on('end', () => resolve(size))
      .resume()
  })
}

/**
 * Whether the entries `counted` picks hold at most `limit` bytes in all once inflated: their
 * declared sizes are checked first (no inflating), then each is inflated up to the bytes left,
 * since a declared size can lie. An unreadable archive or entry counts as over the limit.
 */
export async function inflatedSizeWithin(bytes: Uint8Array, limit: number, counted: (name: string) => boolean): Promise<boolean> {
  const zip = await open(bytes)
  if (!zip) return false
  const picked = Object.values(zip.files).filter((f) => !f.dir && counted(f.name))
  if (picked.reduce((sum, f) => sum + declaredSize(f), 0) > limit) return false
  let left = limit
  for (const file of picked) {
    left -= await inflatedSize(file, left)
    if (left < 0) return false
  }
  return true
}

/** An XML part's text: UTF-16 when it starts with that byte-order mark, UTF-8 otherwise. */
function xmlText(bytes: Uint8Array): string {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined
  return new TextDecoder(utf16 ?? 'utf-8').decode(bytes)
}

/**
 * Calls `visit` with the text of each entry `picked` chooses, one entry at a time (the archive
 * opened once). Meant for entries whose unpacked size was bounded first (inflatedSizeWithin).
 */
export async function visitZipTexts(bytes: Uint8Array, picked: (name: string) => boolean, visit: (name: string, text: string) => void): Promise<void> {
  const zip = await open(bytes)
  for (const file of Object.values(zip?.files ?? {}).filter((f) => !f.dir && picked(f.name))) {
    let data: Uint8Array
    try {
      data = await file.async('uint8array')
    } catch {
      continue // an unreadable entry: mammoth reports it
    }
    visit(file.name, xmlText(data))
  }
}
