/**
 * A zip writer for tests that need archives a zip library would refuse to make: parts whose
 * declared sizes lie, and parts deflated from a stream too large to hold in memory.
 */
import { crc32, createDeflateRaw } from 'node:zlib'

export interface ZipPart {
  name: string
  /** The deflated bytes. */
  deflated: Buffer
  /** The size written into the headers (the truth, or not). */
  size: number
  crc: number
}

/** Deflates `chunk` repeated `times` times, never holding the whole in memory. */
export async function deflatedRepeat(name: string, chunk: string, times: number): Promise<ZipPart> {
  const raw = Buffer.from(chunk, 'utf8')
  const perBlock = Math.max(1, Math.floor((1024 * 1024) / raw.length))
  const block = Buffer.from(chunk.repeat(Math.min(perBlock, times)), 'utf8')
  const deflate = createDeflateRaw()
  const out: Buffer[] = []
  deflate.on('data', (d: Buffer) => out.push(d))
  const done = new Promise((resolve) => deflate.on('end', resolve))
  let crc = 0
  for (let left = times; left > 0; left -= perBlock) {
    const piece = left >= perBlock ? block : raw.length * left === block.length ? block : Buffer.from(chunk.repeat(left), 'utf8')
    crc = crc32(piece, crc)
    if (!deflate.write(piece)) await new Promise((resolve) => deflate.once('drain', resolve))
  }
  deflate.end()
  await done
  return { name, deflated: Buffer.concat(out), size: raw.length * times, crc }
}

export async function deflated(name: string, text: string): Promise<ZipPart> {
  return deflatedRepeat(name, text, 1)
}

/** A zip archive of deflated parts. */
export function zipOf(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8')
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(8, 8)
    local.writeUInt32LE(part.crc >>> 0, 14)
    local.writeUInt32LE(part.deflated.length, 18)
    local.writeUInt32LE(Math.min(part.size, 0xffffffff), 22)
    local.writeUInt16LE(name.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(8, 10)
    central.writeUInt32LE(part.crc >>> 0, 16)
    central.writeUInt32LE(part.deflated.length, 20)
    central.writeUInt32LE(Math.min(part.size, 0xffffffff), 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, part.deflated)
    centrals.push(central, name)
    offset += 30 + name.length + part.deflated.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(parts.length, 8)
  end.writeUInt16LE(parts.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}
