/**
 * HTML: metadata from the head, page furniture stripped, the article body found by
 * @mozilla/readability on a linkedom document, then walked into blocks.
 */
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { DeckwrightError } from '../errors.ts'
import type { Article } from '../types.ts'
import { finishArticle } from './article.ts'
import { collapseWhitespace, type RawBlock } from './blocks.ts'
import { domBlocks, FOOTNOTE_CLASSES } from './dom-blocks.ts'
import { htmlMeta, pageDescriptions, withoutSiteName } from './html-meta.ts'
import { checkHtmlDepth } from './nesting.ts'
import { countWords } from '../analyze/script.ts'
import { SLIDE_BUDGET } from '../slide-budget.ts'

/** Tags that are never part of the article. */
const FURNITURE = 'script, style, noscript, template, iframe, nav, footer, form, button, dialog, [role="navigation"], [role="contentinfo"], [role="dialog"], [role="alertdialog"], [aria-modal="true"], [hidden]'

/** class/id words of widgets around articles: cookie banners, share bars, related links, comments. */
const WIDGET = /(^|[-_\s])(cookies?|consent|gdpr|share|sharing|social|related|recommended|comments?|respond|reply|newsletter|subscribe|subscription|signup|advert|ads?|adslot|promo|sponsored|breadcrumbs?|sidebar|popup|modal|paywall|outbrain|taboola)($|[-_\s\d])/i

function textLength(el: Element): number {
  return collapseWhitespace(el.textContent ?? '').length
}

/** Removes navigation, footers, forms and widgets, never an element that holds most of the page's text.
 * Returns the (shortened) text of the widgets removed, for `Article.removed`. */
function stripFurniture(doc: Document): string[] {
  const removed: string[] = []
  for (const el of Array.from(doc.querySelectorAll(FURNITURE))) el.remove()
  const body = doc.body
  if (!body) return removed
  const total = textLength(body)
  for (const el of Array.from(body.querySelectorAll('[class], [id]'))) {
    if (!el.isConnected) continue
    const tag = el.localName.toLowerCase()
    if (tag === 'article' || tag === 'main' || el.querySelector('article, main, h1')) continue
    const words = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`
    if (!WIDGET.test(words)) continue
    if (textLength(el) > total * 0.5) continue
    const text = collapseWhitespace(el.textContent ?? '')
    if (text) removed.push(text.length > 120 ? `${text.slice(0, 119)}…` : text)
    el.remove()
  }
  return removed
}

function noArticle(origin: string): DeckwrightError {
  return new DeckwrightError('INPUT_NO_ARTICLE', `${origin}: no article body found in the HTML page`, {
    hint: 'The page has no readable article (it may be an index page or need JavaScript). Save the article text as .txt or .md and pass that instead.',
  })
}

/** Characters of a description that, found at the start of the body, make it an excerpt of it. */
const EXCERPT_CHARS = 60
/** Paragraphs at the start of the body a description is looked for in (a dek or a caption may come first). */
const EXCERPT_PARAGRAPHS = 3

const sameText = (a: string, b: string) => collapseWhitespace(a).toLowerCase() === collapseWhitespace(b).toLowerCase()

export function parseHtml(html: string, origin: string, baseUrl?: string): Article {
  if (html.trim().length === 0) {
    throw new DeckwrightError('INPUT_EMPTY', `${origin}: the page is empty`, { hint: 'Pass a saved HTML page that holds the article.' })
  }
  checkHtmlDepth(html, origin)
  const { document } = parseHTML(html)
  const doc = document as unknown as Document
  const meta = htmlMeta(doc, baseUrl)
  const descriptions = pageDescriptions(doc)
  const widgets = stripFurniture(doc)
  const h1 = collapseWhitespace(doc.querySelector('h1')?.textContent ?? '')

  let result: ReturnType<Readability<Node>['parse']>
  try {
    result = new Readability<Node>(doc, { serializer: (node) => node, charThreshold: 100, classesToPreserve: FOOTNOTE_CLASSES }).parse()
  } catch (cause) {
    throw new DeckwrightError('INPUT_NO_ARTICLE', `${origin}: the HTML page could not be read as an article`, {
      hint: 'Save the article text as .txt or .md and pass that instead.',
      cause,
    })
  }
  const content = result?.content
  if (!result || !content || collapseWhitespace(result.textContent ?? '').length === 0) throw noArticle(origin)

  if (meta.byline === undefined && result.byline) meta.byline = result.byline.replace(/^by\s+/i, '')
  if (meta.lang === undefined && result.lang) meta.lang = result.lang
  if (meta.date === undefined && result.publishedTime) meta.date = result.publishedTime
  if (meta.siteName === undefined && result.siteName) meta.siteName = result.siteName

  let blocks: RawBlock[] = domBlocks(content as Element)
  const first = blocks.findIndex((b) => b.kind === 'heading')
  if (meta.title === undefined && result.title) {
    // <title> often carries the site name ("Headline | Site"): prefer the page's h1 when <title> contains it.
    meta.title = h1 && result.title.toLowerCase().includes(h1.toLowerCase()) ? h1 : withoutSiteName(result.title, meta.siteName, meta.source)
  }
  // The page title repeated as the first heading is metadata, not body.
  if (first >= 0 && first <= 1 && meta.title !== undefined && sameText(blocks[first]!.text, meta.title)) {
    blocks = blocks.filter((_, i) => i !== first)
  }
  if (blocks.length === 0) throw noArticle(origin)
  // a description that only repeats the body's opening ("I don't use Facebook. I'm not technophobic …")
  // gives way to one that sums it up ("Facebook collects data about people who have never even opted in. …"),
  // else to none (the cover takes its line from the lede)
  const openings = blocks.filter((b) => b.kind === 'paragraph').slice(0, EXCERPT_PARAGRAPHS).map((b) => collapseWhitespace(b.text).toLowerCase())
  // (a short first paragraph, whole, is the page's dek set in the body: a summary, no excerpt)
  const excerpt = (d: string) => {
    const text = collapseWhitespace(d).toLowerCase()
    const start = text.replace(/(?:…|\.\.\.)$/u, '').slice(0, EXCERPT_CHARS)
    return openings.some((o, i) => o.startsWith(start) && (i > 0 || o !== text || countWords(o) > SLIDE_BUDGET.descriptionWords))
  }
  if (meta.description !== undefined && excerpt(meta.description)) {
    // (not one that runs the page's title and site name into it: "Headline | Summary - SITE")
    const summary = descriptions.find((d) => !excerpt(d) && !(meta.title && d.toLowerCase().includes(meta.title.toLowerCase())))
    if (summary) meta.description = summary
    else delete meta.description
  }
  return finishArticle(blocks, meta, 'html', origin, widgets)
}
