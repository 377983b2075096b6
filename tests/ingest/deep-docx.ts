/**
 * Test helper: the fixture .docx with its document.xml holding `levels` nested elements
 * (content controls, `w:sdt` > `w:sdtContent`, around one paragraph) after its own text.
 */
import { readFileSync } from 'node:fs'
import JSZip from 'jszip'

const FIXTURE = new URL('../fixtures/docx/article.docx', import.meta.url)

export async function deepDocx(levels: number): Promise<Buffer> {
  const zip = await JSZip.loadAsync(readFileSync(FIXTURE))
  const xml = await zip.file('word/document.xml')!.async('string')
  const pairs = Math.ceil(levels / 2)
  const deep = `${'<w:sdt><w:sdtContent>'.repeat(pairs)}<w:p><w:r><w:t>deep</w:t></w:r></w:p>${'</w:sdtContent></w:sdt>'.repeat(pairs)}`
  const at = xml.lastIndexOf('<w:sectPr')
  if (at < 0) throw new Error('fixture document.xml has no w:sectPr')
  zip.file('word/document.xml', xml.slice(0, at) + deep + xml.slice(at))
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
}
