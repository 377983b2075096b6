/**
 * Walks an HTML DOM (Readability's article, or mammoth's .docx HTML) into raw blocks:
 * h1–h6 → heading, p → paragraph, li → list-item, blockquote → blockquote, pre → code
 * (or, when it holds prose, the headings and paragraphs of a plain-text document).
 * Loose text inside containers becomes a paragraph; a data table becomes a table block, a layout
 * table (one column, prose in its cells) is walked like any container.
 */
import { lexTags } from '../analyze/entities.ts'
import { countWords } from '../analyze/script.ts'
import type { BlockKind } from '../types.ts'
import { BOLD_HEADING_DEPTH, NOTE_BACKLINK, codeField, collapseWhitespace, deeperItems, isAllCaps, readsAsHeading, readsAsItalicHeading, readsAsLabel, tableBlock, type RawBlock } from './blocks.ts'
import { readDomTable } from './dom-table.ts'
import { isProsePre, proseBlocks } from './pre-prose.ts'
import { letterhead, normalizeTable } from './table-normalize.ts'

/** Never article text. */
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'button', 'input', 'select', 'textarea', 'option',
  'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'img', 'picture', 'source', 'head', 'meta', 'link',
  'nav', 'form', 'figcaption', 'aside', 'dialog', 'summary',
])
/** Elements whose content flows inline; everything else starts a new block. */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd', 'mark',
  'q', 'rp', 'rt', 'ruby', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr', 'label',
])

/**
 * Block elements that can end up inside a <p>: Readability turns a <div> holding only an
 * <h2> into a <p> (its div-to-p rule does not count headings as blocks), and a page whose
 * <p> was never closed before its <main> leaves the whole article inside one <p> (linkedom
 * does not close it as a browser would). Such a <p> is walked as a container so its headings
 * and paragraphs stay theirs.
 */
const BLOCK_INSIDE_P = 'h1, h2, h3, h4, h5, h6, ul, ol, pre, table, blockquote, p, div, main, article, section'

/** Elements that set a word as code inline: "<code>read_json</code>", a key, a program's output. */
const INLINE_CODE = 'code, kbd, samp, tt'

/** The inline code of nodes, in order, outermost only, none inside a <pre>; as a block's `code` field (none when there is none). */
function codeIn(nodes: readonly Node[]): { code?: string[] } {
  const code = nodes.flatMap((n) => {
    if (n.nodeType !== 1) return []
    const el = n as Element
    const all = [...(el.matches(INLINE_CODE) ? [el] : []), ...Array.from(el.querySelectorAll(INLINE_CODE))]
    return all.filter((c) => !c.closest('pre') && !c.parentElement?.closest(INLINE_CODE)).map((c) => c.textContent ?? '')
  })
  return codeField(code)
}

function tagOf(el: Element): string {
  return el.localName.toLowerCase()
}

/** Whether the page hides an element from its readers by an attribute or its style ("hidden", "aria-hidden", "display: none"). */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style') ?? '')
}

/**
 * Class names of a page's footnotes or references (kramdown, Hugo and Pandoc write
 * `class="footnotes"`, MediaWiki `class="references"` / `"reflist"`, WordPress's "footnotes" plugin
 * a tooltip inside the sentence and a table of the notes at the end): Readability keeps them
 * (html.ts), it drops every other class.
 */
export const FOOTNOTE_CLASSES = ['footnotes', 'footnote', 'endnotes', 'references', 'reflist', 'footnote_tooltip', 'footnotes_reference_container']

/**
 * A page's footnotes or references: asides, not the article's prose (as in Markdown). Marked by
 * their DPUB-ARIA role ("doc-endnotes", "doc-footnote"), HTMLBook's `data-type` ("footnotes",
 * "footnote"), one of FOOTNOTE_CLASSES, or the ids of a Word document's notes (isNoteList).
 */
function isFootnotes(el: Element): boolean {
  const role = el.getAttribute('role') ?? ''
  const type = el.getAttribute('data-type') ?? ''
  return ['doc-endnotes', 'doc-footnote'].includes(role) || ['footnotes', 'footnote'].includes(type) || Array.from(el.classList).some((c) => FOOTNOTE_CLASSES.includes(c)) || isNoteList(el) || opensOnNoteBacklink(el)
}

/** A paragraph that opens on a link back to its note's mark in the text: a word processor's footnote ("<p><a href="#_ftnref1">[1]</a> The estimates …</p>"). */
function opensOnNoteBacklink(el: Element): boolean {
  if (tagOf(el) !== 'p') return false
  const first = Array.from(el.childNodes).find((c) => !(c.nodeType === 3 && !(c.textContent ?? '').trim()))
  const link = first?.nodeType === 1 ? ((first as Element).closest?.('a') ?? (first as Element).querySelector('a')) : null
  return !!link && (first as Element).textContent?.trim() === link.textContent?.trim() && NOTE_BACKLINK.test(link.getAttribute('href') ?? '')
}

/** A list of notes as mammoth writes a Word document's footnotes and endnotes: every item's id "footnote-1", "endnote-2". */
function isNoteList(el: Element): boolean {
  const items = Array.from(el.children)
  return tagOf(el) === 'ol' && items.length > 0 && items.every((li) => tagOf(li) === 'li' && /^(?:footnote|endnote)-\d+$/u.test(li.id))
}

/**
 * A footnote's or a reference's mark: a <sup> holding only a number or a letter, bare or in
 * brackets, that links into the page ("<sup><a href="#fn22">22</a></sup>", Wikipedia's
 * "<sup class="reference"><a href="#cite_note-3">[3]</a></sup>", mammoth's "[1]"). Not a word
 * of the sentence; an exponent ("m<sup>2</sup>") links nowhere and stays.
 */
function isReferenceMark(el: Element): boolean {
  // (and the pages of the reference it follows: Wikipedia's "<sup>:<span>p. 7</span></sup>")
  if (CITED_PAGES.test(el.textContent ?? '')) return true
  if (!/^\s*\[?\s*(?:\d{1,3}|[a-z])\s*\]?\s*$/u.test(el.textContent ?? '')) return false
  return /^\s*\[/.test(el.textContent ?? '') || Array.from(el.querySelectorAll('a[href]')).some((a) => a.getAttribute('href')!.includes('#'))
}

/** A reference's pages in a superscript: ":p. 7", ": pp. 12–14", ":ix". */
const CITED_PAGES = /^\s*:\s*(?:pp?\.\s*)?[\divxlc]+(?:\s*[–-]\s*[\divxlc]+)?\s*$/iu

/** What a page writes inside a link for screen readers: "Opens a new window", "(opens in a new tab)", "external link". */
const LINK_NOTE = /^\s*\(?\s*(?:(?:this\s+link\s+)?opens?\s+(?:in\s+)?(?:a\s+)?new\s+(?:window|tab)|external\s+link)\s*\)?\s*$/iu

/** An element inside a link that holds only a note for screen readers ("said<span>Opens a new window</span>"): no word of the sentence. */
function isLinkNote(el: Element): boolean {
  return tagOf(el) !== 'a' && !!el.parentElement?.closest('a') && LINK_NOTE.test(el.textContent ?? '')
}

/** Text of an element's inline content (line breaks kept as "\n", skipped elements left out). */
export function inlineText(node: Node): string {
  if (node.nodeType === 3) return node.textContent ?? ''
  if (node.nodeType !== 1) return ''
  const el = node as Element
  const tag = tagOf(el)
  if (tag === 'br') return '\n'
  if (SKIP.has(tag) || isHidden(el) || isFootnotes(el) || (tag === 'sup' && isReferenceMark(el)) || isLinkNote(el)) return ''
  let s = ''
  for (const child of Array.from(el.childNodes)) s += inlineText(child)
  if (tag === 'sup' || tag === 'sub') return raised(s, tag)
  return INLINE.has(tag) ? s : `\n${s}\n`
}

const SUPERSCRIPT: Readonly<Record<string, string>> = { 0: '⁰', 1: '¹', 2: '²', 3: '³', 4: '⁴', 5: '⁵', 6: '⁶', 7: '⁷', 8: '⁸', 9: '⁹', '+': '⁺', '-': '⁻', '−': '⁻', '=': '⁼', '(': '⁽', ')': '⁾', n: 'ⁿ', i: 'ⁱ' }
const SUBSCRIPT: Readonly<Record<string, string>> = { 0: '₀', 1: '₁', 2: '₂', 3: '₃', 4: '₄', 5: '₅', 6: '₆', 7: '₇', 8: '₈', 9: '₉', '+': '₊', '-': '₋', '−': '₋', '=': '₌', '(': '₍', ')': '₎' }

/**
 * An exponent or an index as the characters Unicode has for it ("m<sup>2</sup>" → "m²",
 * "10<sup>9</sup>" → "10⁹", "H<sub>2</sub>O" → "H₂O"): run into the line, "m2" and "109" would
 * read as other words and numbers. Other raised text stays as it is ("1<sup>st</sup>").
 */
function raised(text: string, tag: 'sup' | 'sub'): string {
  const chars = tag === 'sup' ? SUPERSCRIPT : SUBSCRIPT
  const t = text.trim()
  return t.length > 0 && t.length <= 4 && [...t].every((c) => c in chars) ? [...t].map((c) => chars[c]).join('') : text
}

/**
 * A table cell's text; the items of a list in it one after the other with a comma ("CLI,
 * Extensión de Docker Desktop"), not run together (an item that ends a sentence is followed by a
 * space only). Other lines stay lines: a cell may stack a column's values (table-stacked.ts).
 */
function cellText(cell: Element): string {
  if (!cell.querySelector('li')) return inlineText(cell)
  const items = Array.from(cell.childNodes).flatMap((c) => (c.nodeType === 1 && ['ul', 'ol'].includes(tagOf(c as Element)) ? Array.from((c as Element).children).map(inlineText) : [inlineText(c)]))
  const lines = items.map((l) => l.replace(/\s+/gu, ' ').trim()).filter(Boolean)
  return lines.reduce((all, l) => (all === '' ? l : `${all}${/[.!?:;,。！？：；，]$/u.test(all) ? ' ' : ', '}${l}`), '')
}

const bare = (s: string) => s.replace(/[\s\p{P}\p{S}]+/gu, '')

/** A block whose whole text is the text of its one link (an item's nested lists aside). */
export function isLinkOnly(el: Element): boolean {
  const own = Array.from(el.childNodes).filter((c) => !(c.nodeType === 1 && ['ul', 'ol'].includes(tagOf(c as Element))))
  const links = own.flatMap((c) => {
    if (c.nodeType !== 1) return []
    const child = c as Element
    return [...(child.matches('a[href]') ? [child] : []), ...Array.from(child.querySelectorAll('a[href]'))]
  })
  if (links.length !== 1) return false
  const text = bare(own.map(inlineText).join(''))
  return text.length > 0 && text === bare(inlineText(links[0]!))
}

/** A paragraph whose every letter is inside <code>, <kbd> or <samp>: code, not prose. */
function allCode(el: Element): boolean {
  const letters = (t: string | null) => (t ?? '').replace(/[^\p{L}\p{N}]+/gu, '')
  const all = letters(el.textContent)
  const code = Array.from(el.querySelectorAll('code, kbd, samp')).filter((c) => !c.parentElement?.closest('code, kbd, samp'))
  return all.length > 0 && code.map((c) => letters(c.textContent)).join('') === all
}

/**
 * A <p> holding no block: lines of code set in <code> (a page's "#include <std/disclaimer.h>"
 * footer), a heading set in bold, or a paragraph (`kind`: paragraph, or blockquote inside one).
 */
/** Lines of a paragraph at least that make it a list when each opens on a bullet's mark. */
const MIN_MARKED_LINES = 3
/** A list's mark typed before an item's text: a hyphen or a bullet, then a space and a letter; or a bullet the page lost to a "?" before a capital ("? Na ochronę zdrowia …"). */
const ITEM_MARK = /^\s*(?:[-•]\s+(?=\p{L})|\?\s+(?=\p{Lu}))/u
/** A bullet's mark typed at a line's start: "+ Added Slime Block", "* Tweaked the F3 debug screen", "• …", "- …". */
const LINE_MARK = /^[+*•·–-]\s+(?=\S)/u

/**
 * A paragraph whose lines (<br>) each open on a bullet's mark ("+ Added Slime Block<br>+ Added
 * Iron Trapdoor<br>* Villager trading has been rebalanced"): a list typed by hand, its items
 * without their marks; undefined for any other paragraph.
 */
function markedLines(text: string): string[] | undefined {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean)
  if (lines.length < MIN_MARKED_LINES || !lines.every((l) => LINE_MARK.test(l))) return undefined
  return lines.map((l) => l.replace(LINE_MARK, ''))
}

/** Words of a line of a list of amounts at most, and of the label over it. */
const AMOUNT_LINE_WORDS = 20
const AMOUNT_LABEL_WORDS = 3

/**
 * A paragraph whose lines (<br>) are a list without marks, most of them opening on an amount: a
 * recipe's ingredients ("1 cup (227 grams) plain, full-fat yogurt<br>1 garlic clove, peeled<br>…"),
 * under a label of a few words maybe ("Assembly"): the label, then the lines as items; undefined
 * for any other paragraph (a poem's lines, an address).
 */
function amountLines(text: string): { label?: string; items: string[] } | undefined {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean)
  const label = lines[0] && !/\d/u.test(lines[0]) && countWords(lines[0]) <= AMOUNT_LABEL_WORDS ? lines[0] : undefined
  const items = label ? lines.slice(1) : lines
  if (items.length < MIN_MARKED_LINES || items.some((l) => countWords(l) > AMOUNT_LINE_WORDS || /[.!?]["”’)]?$/u.test(l))) return undefined
  const counted = items.filter((l) => /^(?:\d|[½¼¾⅓⅔]|one|two|three|a\s)/iu.test(l)).length
  return counted * 2 > items.length ? { ...(label ? { label } : {}), items } : undefined
}

/**
 * A wire story's subhead, a short line in capitals: "DISAPPOINTING NIGHT FOR ‘IRISHMAN’", or of
 * two words when one is a common word ("FRANCE WINS"; not two short forms, a credit: "NASA ESA").
 */
function capitalsHeading(text: string): boolean {
  const words = collapseWhitespace(text).split(' ')
  // (a word the lexicon does not hold is common when it ends as a verb or a plural does: "CRUISES")
  const common = (w: string) => {
    const tags = lexTags(w)
    return tags.some((t) => !/Name|Organization|Country|Place|City|Acronym|ProperNoun/u.test(t)) || (tags.length === 0 && /^\p{L}{2,}(?:S|ES|ED|ING)$/iu.test(w))
  }
  return readsAsHeading(text) && (words.length >= 3 || (words.length === 2 && words.some(common))) && isAllCaps(text)
}

function paragraphBlock(el: Element, kind: BlockKind): RawBlock {
  if (allCode(el)) return { kind: 'code', text: el.textContent ?? '' }
  const text = setApartFirstLetter(el) ? withoutDropCapGap(inlineText(el)) : withoutLetterWordGap(inlineText(el))
  if (kind === 'paragraph' && ((boldOnly(el) && readsAsHeading(text)) || (setIn(el, ITALIC) && readsAsItalicHeading(text)) || capitalsHeading(text))) return { kind: 'heading', depth: BOLD_HEADING_DEPTH, text }
  // (a paragraph that opens on a list's mark typed by hand, "- A full list of permissions", is an item of a list)
  if (kind === 'paragraph' && ITEM_MARK.test(text)) return { kind: 'list-item', text: text.replace(ITEM_MARK, '') }
  const bold = leadingBoldLine(el)
  const labelled = withRunInLabel(el, text, bold)
  // (an interviewer's question may be set in italics on its line: "<em>Was hat Sie dazu bewegt?</em><br>Die Frage …")
  const asked = bold ?? leadingBoldLine(el, ['em', 'i'])
  return { kind, text: labelled, ...(bold && labelled !== text ? { runInLabel: bold } : {}), ...(isLinkOnly(el) || labelledHeadline(el, text) || headlineEndingOnLink(el, text) ? { linkOnly: true } : {}), ...(captionsAPicture(el) ? { pictureCaption: true } : {}), ...boldLeadOf(asked, text, bold === undefined) }
}

/** The sentence set in bold on a line of its own (`lead`) before a paragraph's text (no label: "<b>You've called it a learning experience.</b><br>The lesson was …"), or a question in italics so. */
function boldLeadOf(lead: string | undefined, text: string, italic = false): { boldLead?: string } {
  if (!lead || readsAsLabel(lead) || !text.trimStart().startsWith(lead) || text.trimStart().slice(lead.length).trim() === '') return {}
  // (one in italics only when it asks: an italic line opens many a paragraph)
  if (italic && !/[?？]["”»]?$/u.test(lead)) return {}
  return { boldLead: lead }
}

/** Words at most of another story's headline after a label. */
const LABELLED_HEADLINE_WORDS = 20

/**
 * Another story's headline behind a label in bold, the page's link to it lost or never made:
 * "<p><strong>Internal memo: </strong>Federal prison guards falsified records of cell checks,
 * inmate counts</p>". A label of a few words and a colon, then a headline: no full stop at its
 * end. It reads as a link to another story (boilerplate.ts `storyLink`).
 */
function labelledHeadline(el: Element, text: string): boolean {
  const first = Array.from(el.childNodes).find((c) => !(c.nodeType === 3 && !(c.textContent ?? '').trim()))
  if (!first || first.nodeType !== 1 || !BOLD.includes(tagOf(first as Element))) return false
  const label = (first.textContent ?? '').trim()
  const at = text.indexOf(label)
  if (at < 0) return false
  const rest = text.slice(at + label.length).trim()
  const words = rest.split(/\s+/u).filter(Boolean).length
  return /^[\p{L}\p{N}][\p{L}\p{N} '’&-]{1,30}:$/u.test(label) && words >= 3 && words <= LABELLED_HEADLINE_WORDS && /^\p{Lu}/u.test(rest) && !/[.!?…:;]["”’»)]?$/u.test(rest)
}

/**
 * Another story's headline whose last words are the link to it, after a label or the headline's
 * own first part and a colon: "<p><em>Były dowódca wojsk USA w Europie: <a href=…>Rosja jest
 * groźna</a></em></p>". No full stop at its end; it reads as a link to another story.
 */
function headlineEndingOnLink(el: Element, text: string): boolean {
  const links = Array.from(el.querySelectorAll('a[href]'))
  if (links.length !== 1) return false
  const link = collapseWhitespace(inlineText(links[0]!))
  const flat = collapseWhitespace(text)
  const before = flat.slice(0, flat.length - link.length).trim()
  const words = flat.split(' ').length
  return link.length > 0 && flat.endsWith(link) && /^\p{Lu}[^.!?]*:$/u.test(before) && words <= LABELLED_HEADLINE_WORDS && !/[.!?…:;]["”’»)]?$/u.test(flat)
}

/**
 * A paragraph's first letter set apart as a drop cap, the page's markup leaving a space after it
 * ("<span class="drop">T</span> <span>he Smithsonian’s …</span>" reads "T he Smithsonian’s"): the
 * word whole again. "A", "I" and "O", words of one letter, only before what is no word alone
 * ("I t’s been a rough year", "A nd", "O ne").
 */
function withoutDropCapGap(text: string): string {
  return withoutLetterWordGap(text.replace(/^(\s*[“"‘]?)([B-HJ-NP-Z])\s+(?=\p{Ll}{2})/u, '$1$2'))
}

/** A paragraph opening on "A", "I" or "O" spaced from what is no word alone, whatever the markup ("I t’s been a rough year", "A nd", "O ne"): one word. */
function withoutLetterWordGap(text: string): string {
  return text.replace(/^(\s*[“"‘]?)([AIO])\s+(?=(?:t['’]s|nd|fter|lso|ne|nce|nly|ver|ther|ften)\s)/u, '$1$2')
}

/** Whether the markup sets the paragraph's first letter apart: its first text is one letter (not a word of one letter in the text, Czech "S blížícím se …"). */
function setApartFirstLetter(el: Element): boolean {
  let node: ChildNode | null = el.firstChild
  while (node && !(node.nodeType === 3 && (node.textContent ?? '').trim())) node = node.firstChild ?? nextInOrder(node, el)
  return !!node && /^\s*[“"‘]?\p{Lu}\s*$/u.test(node.textContent ?? '')
}

/** The node after `node` in document order within `root`, its children not counted. */
function nextInOrder(node: ChildNode, root: Element): ChildNode | null {
  let n: ChildNode | null = node
  while (n && n !== root) {
    if (n.nextSibling) return n.nextSibling
    n = n.parentNode as ChildNode | null
  }
  return null
}

/**
 * A paragraph holding a picture and, beside it, only text set in italics or small type
 * ("<img …><br><i>New preview UI showing the effects of enemy base controls. …</i>"): the
 * picture's caption. The slide has no picture for it.
 */
function captionsAPicture(el: Element): boolean {
  // (the picture beside the text, not one inside it: an emoji's <img> in an italic update is no picture)
  const picture = (c: Element) => ['img', 'picture'].includes(tagOf(c)) || (tagOf(c) === 'a' && !(c.textContent ?? '').trim() && !!c.querySelector('img, picture'))
  if (!Array.from(el.children).some(picture)) return false
  const text = Array.from(el.childNodes).filter((c) => !(c.nodeType === 1 && picture(c as Element)))
  const wrapper = el.ownerDocument.createElement('span')
  for (const c of text) wrapper.appendChild(c.cloneNode(true))
  return setIn(wrapper, [...ITALIC, 'small'])
}

/**
 * A <pre>'s text with its line breaks, written as <br> too (a highlighter's "<span>int</span>
 * x<br />"; Readability turns two of them into a <p>, a blank line).
 */
function preText(el: Element): string {
  if (!el.querySelector('br, p, div')) return el.textContent ?? ''
  let text = ''
  const walk = (node: Node): void => {
    if (node.nodeType === 3) text += node.textContent ?? ''
    else if (node.nodeType === 1 && tagOf(node as Element) === 'br') text += '\n'
    else if (node.nodeType === 1 && ['p', 'div'].includes(tagOf(node as Element))) {
      text += text === '' || text.endsWith('\n\n') ? '' : text.endsWith('\n') ? '\n' : '\n\n'
      for (const child of Array.from(node.childNodes)) walk(child)
      if (!text.endsWith('\n')) text += '\n'
    } else for (const child of Array.from(node.childNodes)) walk(child)
  }
  walk(el)
  return text
}

/** A heading's permalink mark or edit link after its words ("Using standalone mode #", "Results ¶", "Examples[edit]"): the page's, not the title's. */
/** A link within the page whose text is a mark alone: a heading's anchor ("#", "¶", "🔗") or its way back up ("^", "↑"). */
const ANCHOR_MARK = /^\s*[#^¶§🔗↑⇧⬆↩]\uFE0F?\s*$/u

/**
 * A heading less the in-page links set in it as marks ("<a href='#question-001'>#</a> Submission
 * date <a href='#'>^</a>"), anywhere in it; the heading itself when it holds none.
 */
function withoutAnchorMarks(el: Element): Element {
  const marks = Array.from(el.querySelectorAll('a[href^="#"]')).filter((a) => ANCHOR_MARK.test(a.textContent ?? ''))
  if (marks.length === 0) return el
  const copy = el.cloneNode(true) as Element
  for (const a of Array.from(copy.querySelectorAll('a[href^="#"]'))) if (ANCHOR_MARK.test(a.textContent ?? '')) a.remove()
  return copy
}

export function withoutPermalink(text: string): string {
  return text.replace(/(?:\s+#|\s*[¶§🔗]|\s*\[edit\])\s*$/u, '')
}

/** A paragraph set in bold and nothing else (inside inline wrappers): "<p><strong>Why it matters</strong></p>". */
function boldOnly(el: Element): boolean {
  return setIn(el, BOLD)
}

const BOLD = ['b', 'strong']
const ITALIC = ['i', 'em']

/** A paragraph set in one of `tags` and nothing else, inside inline wrappers, pieces joined by dashes at most. */
function setIn(el: Element, tags: readonly string[]): boolean {
  const solid = Array.from(el.childNodes).filter((c) => !(c.nodeType === 3 && /^[\s–—-]*$/u.test(c.textContent ?? '')) && !(c.nodeType === 1 && tagOf(c as Element) === 'br'))
  if (solid.length === 0 || solid.some((c) => c.nodeType !== 1)) return false
  return solid.every((c) => {
    const tag = tagOf(c as Element)
    return tags.includes(tag) || (tag === 'span' && setIn(c as Element, tags))
  })
}

/**
 * "<b>Idempotence</b><br>A single task …": a bold label on a line of its own opens the
 * paragraph (or item), a heading run into its text. It reads "Idempotence: A single task …",
 * not "Idempotence A single task …" (the line break would otherwise become a space).
 */
function withRunInLabel(el: Element, text: string, label = leadingBoldLine(el)): string {
  if (!label || !readsAsLabel(label)) return text
  const at = text.indexOf(label)
  if (at < 0 || text.slice(0, at).trim() !== '') return text
  const rest = text.slice(at + label.length)
  const gap = /^\s*\n\s*(?=[\p{Lu}\p{N}])/u.exec(rest)
  return gap ? `${text.slice(0, at + label.length)}: ${rest.slice(gap[0].length)}` : text
}

/**
 * A list item that opens on a heading of its own, its text after it ("<li><h2>Page Inspector</h2>
 * <p>Examine the HTML …</p>"): the heading reads as the item's label, "Page Inspector: Examine
 * the HTML …", not "Page Inspector Examine the HTML …".
 */
function headedItem(own: readonly ChildNode[]): string | undefined {
  // (a picture or an empty link before the heading says nothing)
  const solid = own.filter((c) => inlineText(c).trim() !== '')
  const first = solid[0]
  if (!first || first.nodeType !== 1 || !/^h[1-6]$/.test(tagOf(first as Element))) return undefined
  const label = inlineText(first).trim()
  const rest = solid.slice(1).map(inlineText).join(' ').trim()
  if (!rest || !readsAsLabel(label)) return undefined
  return /[.:!?]$/u.test(label) ? `${label} ${rest}` : `${label}: ${rest}`
}

/** The text of a <b> or <strong> that opens `el` (inside inline wrappers) and ends its line with a <br>. */
function leadingBoldLine(el: Element, tags: readonly string[] = ['b', 'strong']): string | undefined {
  let node: Element | undefined = el
  while (node) {
    const first: ChildNode | undefined = Array.from(node.childNodes).find((c) => !(c.nodeType === 3 && !(c.textContent ?? '').trim()))
    if (!first || first.nodeType !== 1) return undefined
    const child = first as Element
    const tag = tagOf(child)
    if (tags.includes(tag)) {
      // the break after it ("<b>Label</b><br>") or closing it ("<b>Label<br></b>")
      const isBreak = (n: ChildNode | null | undefined) => n?.nodeType === 1 && tagOf(n as Element) === 'br'
      const solid = (n: ChildNode) => !(n.nodeType === 3 && !(n.textContent ?? '').trim())
      let next = child.nextSibling
      while (next && !solid(next)) next = next.nextSibling
      return isBreak(next) || isBreak(Array.from(child.childNodes).filter(solid).at(-1)) ? (child.textContent ?? '').trim() : undefined
    }
    node = tag === 'span' ? child : undefined
  }
  return undefined
}

/** A short line opening on a dash: a quotation's credit ("— Josh Aas, Let's Encrypt", "- from “The Next Browser War?”, Wired, 1999"). */
const QUOTE_CREDIT = /^[—–-]\s*\S[^\n]{1,120}$/u

/** A quotation's paragraph whose last line, after a break, is its credit (QUOTE_CREDIT): the paragraph, then the credit as a line of its own, as a credit set in a paragraph of its own is. */
function withCredit(block: RawBlock): RawBlock[] {
  if (block.kind !== 'blockquote') return [block]
  const m = /\n\s*([—–-][^\n]*\S)\s*$/u.exec(block.text)
  if (!m || !QUOTE_CREDIT.test(m[1]!) || !block.text.slice(0, m.index).trim()) return [block]
  return [{ ...block, text: block.text.slice(0, m.index) }, { kind: 'blockquote', text: m[1]! }]
}

/** A <p>'s blocks: the items of a list its lines make (marked by hand, or of amounts under their label), else the paragraph (and its credit). */
function paragraphBlocks(el: Element, kind: BlockKind): RawBlock[] {
  const text = kind === 'paragraph' ? inlineText(el) : ''
  const items = kind === 'paragraph' ? markedLines(text) : undefined
  if (items) return items.map((t): RawBlock => ({ kind: 'list-item', text: t }))
  const amounts = kind === 'paragraph' ? amountLines(text) : undefined
  if (amounts) return [...(amounts.label ? [{ kind: 'paragraph' as const, text: amounts.label }] : []), ...amounts.items.map((t): RawBlock => ({ kind: 'list-item', text: t }))]
  return withCredit(paragraphBlock(el, kind)).map((b) => (b.kind === 'code' ? b : { ...b, ...codeIn([el]) }))
}

/** A <table>'s block when it holds data, none for a letterhead set in a table (table-normalize.ts), undefined for a layout table. */
function dataTable(el: Element): RawBlock[] | undefined {
  const source = readDomTable(el, cellText)
  if (letterhead(source)) return []
  const grid = normalizeTable(source)
  return grid ? [tableBlock(grid)] : undefined
}

export function domBlocks(root: Element): RawBlock[] {
  const out: RawBlock[] = []
  const pres = new Set<number>()
  // (loose text, and the inline code in it)
  let pending = { text: '', code: [] as string[] }

  const flush = (kind: BlockKind) => {
    if (pending.text.trim()) out.push({ kind, text: pending.text, ...codeField(pending.code) })
    pending = { text: '', code: [] }
  }

  const visit = (node: Node, quoted: boolean): void => {
    if (node.nodeType === 3) {
      pending.text += node.textContent ?? ''
      return
    }
    if (node.nodeType !== 1) return
    const el = node as Element
    const tag = tagOf(el)
    if (SKIP.has(tag) || isHidden(el) || isFootnotes(el)) return
    if (tag === 'br') {
      pending.text += '\n'
      return
    }
    if (INLINE.has(tag)) {
      if (el.matches(INLINE_CODE) && !el.parentElement?.closest(INLINE_CODE)) pending.code.push(el.textContent ?? '')
      for (const child of Array.from(el.childNodes)) visit(child, quoted)
      return
    }
    const loose: BlockKind = quoted ? 'blockquote' : 'paragraph'
    flush(loose)
    const heading = /^h([1-6])$/.exec(tag)
    if (heading) {
      out.push({ kind: 'heading', depth: Number(heading[1]), text: withoutPermalink(inlineText(withoutAnchorMarks(el))), ...codeIn([el]) })
    } else if (tag === 'p' && !el.querySelector(BLOCK_INSIDE_P)) {
      out.push(...paragraphBlocks(el, loose))
    } else if (tag === 'pre') {
      // adjacent <pre> holding prose (a plain-text document, often one <pre> per page) are read as text below
      pres.add(out.push({ kind: 'code', text: preText(el) }) - 1)
    } else if (tag === 'li') {
      // The item's own text, then its nested lists as items of their own.
      const own = Array.from(el.childNodes).filter((c) => !(c.nodeType === 1 && ['ul', 'ol'].includes(tagOf(c as Element))))
      const text = headedItem(own) ?? withRunInLabel(el, own.map(inlineText).join(''))
      out.push({ kind: quoted ? 'blockquote' : 'list-item', text, ...(isLinkOnly(el) ? { linkOnly: true } : {}), ...codeIn(own) })
      deeperItems(out, () => Array.from(el.childNodes).filter((c) => !own.includes(c)).forEach((c) => visit(c, quoted)))
    } else if (tag === 'table' && !el.querySelector('table')) {
      const table = dataTable(el)
      if (table) out.push(...table)
      else for (const child of Array.from(el.childNodes)) visit(child, quoted)
    } else {
      const q = quoted || tag === 'blockquote'
      for (const child of Array.from(el.childNodes)) visit(child, q)
      flush(q ? 'blockquote' : 'paragraph')
    }
  }

  for (const child of Array.from(root.childNodes)) visit(child, false)
  flush('paragraph')
  return withItemsRunOn(pres.size === 0 ? out : readProsePre(out, pres))
}

/**
 * An item of a list left open (no closing mark) whose words run on into the paragraph after it,
 * in lower case, as one item: "• Dużymi projektami są rozwój sieci 5G (1,4 mld zł)" over "i sieci
 * szerokopasmowego internetu (1,1 mld euro)." (a page that set each line apart).
 */
function withItemsRunOn(blocks: readonly RawBlock[]): RawBlock[] {
  const out: RawBlock[] = []
  for (const b of blocks) {
    const prev = out.at(-1)
    if (prev?.kind === 'list-item' && b.kind === 'paragraph' && /^\p{Ll}/u.test(b.text.trimStart()) && !/[.!?:;…]["”’)]?\s*$/u.test(prev.text)) {
      out[out.length - 1] = { ...prev, text: `${prev.text.trimEnd()} ${b.text.trimStart()}` }
    } else out.push(b)
  }
  return out
}

/** Replaces each run of adjacent <pre> blocks that holds prose with the blocks of their joined text. */
function readProsePre(blocks: readonly RawBlock[], pres: ReadonlySet<number>): RawBlock[] {
  const out: RawBlock[] = []
  for (let i = 0; i < blocks.length; i++) {
    if (!pres.has(i)) {
      out.push(blocks[i]!)
      continue
    }
    let j = i
    while (pres.has(j + 1)) j++
    const run = blocks.slice(i, j + 1)
    const text = run.map((b) => b.text).join('\n\n')
    out.push(...(isProsePre(text) ? proseBlocks(text) : run))
    i = j
  }
  return out
}
