/**
 * Just enough of a zip reader to tell a .docx from other zip files and to read
 * its small XML parts (docProps/core.xml). mammoth reads the document itself.
 */
import { inflateRawSync } from 'node:zlib'

interface Entry {
  name: string
  method: number
  compressedSize: number
  localOffset: number
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}

/** Entries listed in the central directory; empty when the bytes are not a readable zip. */
function entries(bytes: Uint8Array): Entry[] {
  const dv = view(bytes)
  // End of central directory: scan back over a possible comment (max 64 KiB).
  let eocd = -1
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (dv.getUint32(i, true) === 0x06054b50) {
      eocd = i
      break
    }
  }
  if (eocd < 0) return []
  const count = dv.getUint16(eocd + 10, true)
  let p = dv.getUint32(eocd + 16, true)
  const out: Entry[] = []
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || dv.getUint32(p, true) !== 0x02014b50) return out
    const nameLen = dv.getUint16(p + 28, true)
    const extraLen = dv.getUint16(p + 30, true)
    const commentLen = dv.getUint16(p + 32, true)
    out.push({
      method: dv.getUint16(p + 10, true),
      compressedSize: dv.getUint32(p + 20, true),
      localOffset: dv.getUint32(p + 42, true),
      name: Buffer.from(bytes.subarray(p + 46, p + 46 + nameLen)).toString('utf8'),
    })
    p += 46 + nameLen + extraLen + commentLen
  }
  return out
}

export function zipEntryNames(bytes: Uint8Array): string[] {
  return entries(bytes).map((e) => e.name)
}

/** A Word document: a zip holding word/document.xml. */
export function isDocx(bytes: Uint8Array): boolean {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) return false
  return zipEntryNames(bytes).includes('word/document.xml')
}

/** The bytes of one stored or deflated entry, or undefined when absent or unreadable. */
export function readZipEntry(bytes: Uint8Array, name: string): Uint8Array | undefined {
  const entry = entries(bytes).find((e) => e.name === name)
  if (!entry) return undefined
  const dv = view(bytes)
  const p = entry.localOffset
  if (p + 30 > bytes.length || dv.getUint32(p, true) !== 0x04034b50) return undefined
  const start = p + 30 + dv.getUint16(p + 26, true) + dv.getUint16(p + 28, true)
  const data = bytes.subarray(start, start + entry.compressedSize)
  try {
    if (entry.method === 0) return data
    if (entry.method === 8) return inflateRawSync(data)
  } catch {
    return undefined
  }
  return undefined
}
