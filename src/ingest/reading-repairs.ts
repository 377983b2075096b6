/**
 * What Readability's reading of a page loses of the story, put back from the page as it was
 * noted before Readability changed it: an opening the page set in an earlier box, a section's
 * heading taken for the headline repeated.
 */
import { collapseWhitespace } from './blocks.ts'

/** Paragraphs at most that withStoryOpening puts back before Readability's reading. */
const SPLIT_OPENING = 6

/** A paragraph of the page as it was before Readability read it: its text, its class and its box's class, and the element. */
interface PageParagraph {
  text: string
  kind: string
  el: Element
}

/** A heading of the first two levels as the page had it, with the texts of the paragraphs either side of it. */
interface PageHeading {
  text: string
  before?: string
  after?: string
}

/** The page as noted before Readability read it. */
export interface NotedPage {
  paragraphs: PageParagraph[]
  headings: PageHeading[]
}

/** The page's paragraphs and top headings in their order, noted before Readability changes the document. */
export function notePage(doc: Document): NotedPage {
  const paragraphs: PageParagraph[] = []
  const headings: PageHeading[] = []
  let last: string | undefined
  // (the headings since the last paragraph of text, waiting for the next one)
  let waiting: PageHeading[] = []
  for (const el of Array.from(doc.querySelectorAll('p, h1, h2'))) {
    const text = collapseWhitespace(el.textContent ?? '')
    if (el.localName.toLowerCase() !== 'p') {
      const heading = { text, ...(last ? { before: last } : {}) }
      headings.push(heading)
      waiting.push(heading)
      continue
    }
    paragraphs.push({ text, kind: `${el.getAttribute('class') ?? ''}|${el.parentElement?.getAttribute('class') ?? ''}`, el })
    if (!text) continue
    for (const h of waiting) h.after = text
    waiting = []
    last = text
  }
  return { paragraphs, headings }
}

/** Readability's reading (`content`) mended from the page as noted; `titles`: the page's headline, <title> and metadata's title. */
export function repairReading(content: Element, noted: NotedPage, titles: readonly string[]): void {
  withStoryOpening(content, noted.paragraphs)
  withSectionHeadings(content, noted.headings, titles.filter((t) => t.trim() !== ''))
  withoutOtherStories(content)
}

/** "By Tom Pyman for MailOnline": a story's byline line, a name of two to four words and the outlet it wrote for. */
const STORY_BYLINE = /^By\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}(?:\s+(?:for|of|at)\s+\S.{0,40})?$/u
/** Share of the reading's text a box may hold and still be a box in it, not the story itself. */
const BOX_SHARE = 0.5

/**
 * The reading less the other stories the page set in boxes inside the story: a box that opens on
 * a heading and then a byline line ("Prince Charles: One million young people need 'urgent help'
 * amid Covid crisis" / "By Tom Pyman for MailOnline" in the middle of a story on food standards).
 * Not the story's own heading and byline, which hold the reading's text.
 */
function withoutOtherStories(content: Element): void {
  const total = collapseWhitespace(content.textContent ?? '').length
  for (const h of Array.from(content.querySelectorAll('h2, h3, h4'))) {
    const box = h.parentElement
    if (!box || box === content || !content.contains(box) || box.firstElementChild !== h) continue
    if (collapseWhitespace(box.textContent ?? '').length > BOX_SHARE * total) continue
    const firstP = Array.from(box.querySelectorAll('p')).find((p) => collapseWhitespace(p.textContent ?? '') !== '')
    if (firstP && STORY_BYLINE.test(collapseWhitespace(firstP.textContent ?? ''))) box.remove()
  }
}

/**
 * Readability's reading with the story's opening put back when the page split the story into
 * boxes of one kind and Readability kept a later one (Politico's three "story-text" boxes: the
 * first three paragraphs were lost): the paragraphs before the reading's first whose class, and
 * whose box's class, are the reading's first paragraph's.
 */
function withStoryOpening(content: Element, paragraphs: readonly PageParagraph[]): void {
  const firstP = content.querySelector('p')
  const opening = collapseWhitespace(firstP?.textContent ?? '')
  if (!firstP?.parentElement || opening.length === 0) return
  const at = paragraphs.findIndex((p) => p.text === opening)
  const [cls, box] = at > 0 ? paragraphs[at]!.kind.split('|') : []
  if (!cls?.trim() || !box?.trim()) return
  const before = paragraphs.slice(0, at).filter((p) => p.kind === paragraphs[at]!.kind && p.text.length > 0)
  if (before.length === 0 || before.length > SPLIT_OPENING) return
  for (const p of before) firstP.parentElement.insertBefore(p.el.cloneNode(true), firstP)
}

/**
 * A section's heading that Readability took for the headline said again, put back where it
 * stood: Readability drops the first h1 or h2 whose words are mostly the title's, and a how-to's
 * first part, "How to Care for Hydrangeas in Vases" under "How to Care for Hydrangeas to Get the
 * Most Beautiful Blooms on the Block", was lost, its steps run into the introduction. Only a
 * heading that is not the headline itself, between two paragraphs the reading kept one after the
 * other.
 */
function withSectionHeadings(content: Element, headings: readonly PageHeading[], titles: readonly string[]): void {
  const kept = new Set(Array.from(content.querySelectorAll('h1, h2, h3, h4, h5, h6')).map((h) => collapseWhitespace(h.textContent ?? '').toLowerCase()))
  const paragraphs = Array.from(content.querySelectorAll('p'))
  const texts = paragraphs.map((p) => collapseWhitespace(p.textContent ?? ''))
  for (const h of headings) {
    if (!h.text || !h.before || !h.after || kept.has(h.text.toLowerCase()) || !titles.some((t) => likeTitle(h.text, t))) continue
    const at = texts.indexOf(h.after)
    const next = paragraphs[at]
    if (at < 1 || texts[at - 1] !== h.before || !next?.parentElement) continue
    const heading = next.ownerDocument.createElement('h2')
    heading.textContent = h.text
    next.parentElement.insertBefore(heading, next)
    kept.add(h.text.toLowerCase())
  }
}

/** Share of a heading's words (by their letters) that are the title's too, from which Readability drops it as the title repeated. */
const TITLE_LIKE = 0.75

/** Whether Readability would take `heading` for `title` said again, and it is not: its words mostly the title's, not the same line nor the title's start. */
function likeTitle(heading: string, title: string): boolean {
  const words = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}_]+/u).filter(Boolean)
  const own = words(heading)
  const theirs = new Set(words(title))
  if (own.length === 0 || theirs.size === 0) return false
  const flat = collapseWhitespace(title).toLowerCase()
  const line = collapseWhitespace(heading).toLowerCase()
  if (flat === line || flat.startsWith(line)) return false
  const other = own.filter((w) => !theirs.has(w)).join(' ').length
  return 1 - other / own.join(' ').length > TITLE_LIKE
}
