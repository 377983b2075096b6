/**
 * .docx: mammoth turns the document into HTML (Word heading styles → h1–h6, the
 * Title style → the article title), which is then walked like any HTML article.
 * docProps/core.xml supplies title, author, description and language when set.
 */
import { decodeCharacterReferences } from './character-references.ts'
import mammoth from 'mammoth'
import { parseHTML } from 'linkedom'
import { DeckwrightError } from '../errors.ts'
import type { Article, ArticleMeta } from '../types.ts'
import { finishArticle } from './article.ts'
import { collapseWhitespace } from './blocks.ts'
import { domBlocks } from './dom-blocks.ts'
import { checkXmlDepth } from './nesting.ts'
import { inflatedSizeWithin, isDocx, readZipEntry, visitZipTexts } from './zip.ts'

const STYLE_MAP = [
  "p[style-name='Title'] => h1.doc-title:fresh",
  'p.Title => h1.doc-title:fresh',
  "p[style-name='Subtitle'] => p.doc-subtitle:fresh",
  'p.Subtitle => p.doc-subtitle:fresh',
]

/** Author names that word processors write by default, not real bylines. */
const PLACEHOLDER_AUTHOR = /^(microsoft office user|user|author|unknown|admin|python-docx|docx4j|apache poi)$/i

/** Document properties from docProps/core.xml. */
async function coreProperties(bytes: Uint8Array): Promise<ArticleMeta> {
  const xml = await readZipEntry(bytes, 'docProps/core.xml')
  if (!xml) return {}
  const text = Buffer.from(xml).toString('utf8')
  const field = (tag: string) => {
    const m = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`).exec(text)
    const v = m ? collapseWhitespace(decodeCharacterReferences(m[1] ?? '')) : ''
    return v.length > 0 ? v : undefined
  }
  const meta: ArticleMeta = {}
  const title = field('dc:title')
  const creator = field('dc:creator')
  const description = field('dc:description')
  const lang = field('dc:language')
  if (title) meta.title = title
  if (creator && !PLACEHOLDER_AUTHOR.test(creator)) meta.byline = creator
  if (description) meta.description = description
  if (lang) meta.lang = lang
  return meta
}

/**
 * The most the XML parts of a .docx (document, styles, notes, relationships…) may hold once
 * unpacked: about a million words of text, and what mammoth can turn into HTML within the
 * 384 MB heap. Pictures and other binary parts are not read, so they do not count.
 */
export const DOCX_MAX_XML_BYTES = 8 * 1024 * 1024

const XML_PART = (name: string) => /\.(xml|rels)$/i.test(name)

/** Refuses a .docx whose XML parts unpack past the limit (a zip bomb included) before mammoth reads it. */
async function checkUnpackedSize(bytes: Uint8Array, origin: string): Promise<void> {
  if (await inflatedSizeWithin(bytes, DOCX_MAX_XML_BYTES, XML_PART)) return
  throw new DeckwrightError('INPUT_TOO_LARGE', `${origin}: the Word document's text unpacks to more than the ${DOCX_MAX_XML_BYTES / 1024 / 1024} MiB limit for an article (or cannot be unpacked)`, {
    hint: 'Pass the article alone (not a whole book or report), split it into parts, or save it as plain text.',
  })
}

/** Pictures are left out of the HTML (a deck does not show them): mammoth does not read them. */
const NO_IMAGES = mammoth.images.imgElement(() => Promise.resolve({ src: '' }))

export async function parseDocx(bytes: Uint8Array, origin: string): Promise<Article> {
  if (!(await isDocx(bytes))) {
    throw new DeckwrightError('INPUT_BINARY', `${origin}: not a readable Word document (no word/document.xml inside)`, {
      hint: 'Save the document from your word processor as .docx, or export it as plain text.',
    })
  }
  await checkUnpackedSize(bytes, origin)
  // mammoth reads XML elements recursively: pathological nesting is refused before it starts
  await visitZipTexts(bytes, XML_PART, (part, xml) => checkXmlDepth(xml, origin, part))
  let html: string
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: STYLE_MAP, convertImage: NO_IMAGES })).value
  } catch (cause) {
    throw new DeckwrightError('INPUT_BINARY', `${origin}: not a readable Word document (${(cause as Error).message})`, {
      hint: 'Open and re-save the file as .docx, or export it as plain text.',
      cause,
    })
  }
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`)
  const body = (document as unknown as Document).body
  const meta = await coreProperties(bytes)

  // The Title style, or a Heading 1 opening the document, is the article's title.
  const titleEl = body.querySelector('h1.doc-title')
  const firstEl = body.firstElementChild
  const titleNode = titleEl ?? (firstEl?.localName === 'h1' && body.children.length > 1 ? firstEl : null)
  if (titleNode) {
    const title = collapseWhitespace(titleNode.textContent ?? '')
    if (title) meta.title = title
    titleNode.remove()
  }
  const subtitle = body.querySelector('p.doc-subtitle')
  if (subtitle) {
    if (meta.description === undefined) meta.description = collapseWhitespace(subtitle.textContent ?? '')
    subtitle.remove()
  }
  return finishArticle(domBlocks(body), meta, 'docx', origin)
}
