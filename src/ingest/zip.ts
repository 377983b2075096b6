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
