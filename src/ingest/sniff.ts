/** Which parser an input needs: from its extension, its content type, then its content. */
import type { InputFormat } from '../types.ts'
import { isDocx } from './zip.ts'

const EXTENSIONS: Record<string, InputFormat> = {
  txt: 'text', text: 'text', rst: 'text', rest: 'text',
  md: 'markdown', markdown: 'markdown', mdown: 'markdown', mkd: 'markdown', mkdn: 'markdown', mdx: 'markdown',
  html: 'html', htm: 'html', xhtml: 'html', shtml: 'html',
  docx: 'docx',
}

/** The extension of a path or of a URL's pathname, lower-cased, without the dot. */
function extensionOf(pathOrUrl: string): string | undefined {
  let path = pathOrUrl
  if (/^https?:\/\//i.test(pathOrUrl)) {
    try {
      path = new URL(pathOrUrl).pathname
    } catch {
      return undefined
    }
  }
  const base = path.split(/[\\/]/).pop() ?? ''
  const dot = base.lastIndexOf('.')
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : undefined
}

export function formatFromContentType(contentType: string | undefined): InputFormat | undefined {
  const type = contentType?.split(';')[0]?.trim().toLowerCase()
  if (!type) return undefined
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html'
  if (type === 'text/markdown' || type === 'text/x-markdown') return 'markdown'
  if (type === 'application/vnd.openxmlformats-officedocument.wordprocessingml.document') return 'docx'
  if (type === 'text/plain') return 'text'
  return undefined
}

/** Guesses the format from the first bytes of the content. */
export async function formatFromContent(bytes: Uint8Array): Promise<InputFormat> {
  if (await isDocx(bytes)) return 'docx'
  let head = new TextDecoder('utf-8').decode(bytes.subarray(0, 8192))
  if (bytes[0] === 0xff || bytes[0] === 0xfe) {
    head = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(0, 16384))
  }
  head = head.replace(/^\uFEFF/, '')
  const lead = head.trimStart().toLowerCase()
  if (lead.startsWith('<!doctype html') || lead.startsWith('<html') || /<body[\s>]/i.test(head)) return 'html'
  if (lead.startsWith('<?xml') && /<html[\s>]/i.test(head)) return 'html'
  if (/^(---|\+\+\+)\r?\n[\s\S]*?\r?\n(---|\+\+\+)\r?\n/.test(head)) return 'markdown'
  if (/^#{1,6}[ \t]+\S/m.test(head)) return 'markdown'
  if (/^```/m.test(head) && (head.match(/^```/gm)?.length ?? 0) >= 2) return 'markdown'
  // Weaker markers only count together: links, emphasis, list items, setext headings.
  let score = 0
  if (/\[[^\]\n]+\]\((https?:|\/|#)[^)\s]*\)/.test(head)) score++
  if (/\*\*[^*\n]+\*\*|__[^_\n]+__/.test(head)) score++
  if ((head.match(/^[ \t]*[-*+][ \t]+\S/gm)?.length ?? 0) >= 2) score++
  if (/^\S.*\r?\n(=+|-+)[ \t]*$/m.test(head)) score++
  return score >= 2 ? 'markdown' : 'text'
}

/**
 * The input format: the extension of the path (or URL path) when known, else the
 * HTTP content type, else a look at the content.
 */
export async function sniffFormat(pathOrUrl: string, bytes: Uint8Array, contentType?: string): Promise<InputFormat> {
  const ext = extensionOf(pathOrUrl)
  const byExt = ext === undefined ? undefined : EXTENSIONS[ext]
  if (byExt !== undefined) return byExt
  return formatFromContentType(contentType) ?? formatFromContent(bytes)
}
