/**
 * Headings a page marks with ARIA instead of h1–h6 ("<div role="heading" aria-level="3">A
 * History of Firsts</div>", WIRED's subheads) become the h-element of their level (2 when they
 * give none), before Readability reads the page: it keeps h-elements as headings, and would read
 * a <div> as a paragraph. Only an element holding no block of its own (a heading is one line).
 * And subheadings a page runs into their paragraphs, marked by their class (markRunInHeadings),
 * or sets as paragraphs of their own a class names so (markClassedSubheadings).
 *
 * Usage: markAriaHeadings(doc); markRunInHeadings(doc); markClassedSubheadings(doc) // before new Readability(doc)
 */

/** Elements inside which an element is no one-line heading. */
const BLOCKS = 'p, div, ul, ol, table, pre, blockquote, section, article, h1, h2, h3, h4, h5, h6'

export function markAriaHeadings(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll('[role="heading"]'))) {
    if (/^h[1-6]$/i.test(el.tagName) || el.querySelector(BLOCKS) || !el.textContent?.trim()) continue
    const level = Number(el.getAttribute('aria-level'))
    const h = doc.createElement(`h${Number.isInteger(level) && level >= 1 && level <= 6 ? level : 2}`)
    while (el.firstChild) h.appendChild(el.firstChild)
    el.replaceWith(h)
  }
}

/** Class words of a subheading a page runs into its paragraph: French "intertitre", German "Zwischentitel", English "subhead", "crosshead". */
const RUN_IN_HEAD = /intertitre|zwischentitel|sub-?head|cross-?head|inline-?heading/iu
/** Words of such a subheading at most: a heading is a line, not a sentence of the paragraph. */
const RUN_IN_WORDS = 10

/**
 * A subheading a page runs into the paragraph it heads, marked by its class ("<p><span
 * class="wysiwyg_format--intertitre">Danger et risque. </span>Les effets nocifs …"), becomes a
 * heading of its own before that paragraph (less its closing stop), before Readability drops the
 * class: it heads the part of the article that follows, it is no sentence of it.
 */
export function markRunInHeadings(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll('p > span[class], p > strong[class], p > b[class]'))) {
    const p = el.parentElement!
    const text = (el.textContent ?? '').trim()
    if (!RUN_IN_HEAD.test(el.getAttribute('class') ?? '') || !text || text.split(/\s+/u).length > RUN_IN_WORDS) continue
    // (the span opens its paragraph: no text before it)
    if (p.firstChild !== el && (p.textContent ?? '').indexOf(el.textContent ?? '') > (p.textContent ?? '').search(/\S/u)) continue
    const h = doc.createElement('h3')
    h.textContent = text.replace(/[.:]\s*$/u, '')
    p.parentElement?.insertBefore(h, p)
    el.remove()
  }
}

/** The whole class of a paragraph set as a subheading: "<p class="title">Dziecko</p>", "subtitle", "intertitle", "śródtytuł". */
const SUBHEADING_CLASS = /^(?:(?:sub-?)?title|(?:sub-?)?heading|sub-?head|cross-?head|inter-?title|intertitre|zwischentitel|zwischenueberschrift|srodtytul|śródtytuł|entretitulo|intertitulo|tussenkop)$/iu
/** Words a paragraph of the story's text has at least, around such a subheading. */
const TEXT_WORDS = 12
/** Paragraphs of text its box holds at least: a story's body, not a list of other stories' titles. */
const TEXT_PARAGRAPHS = 3

/**
 * A paragraph (or a line of its own) whose class names it a subheading, a line alone in the story's body, before a
 * paragraph of text ("<p class="title">Choroba współdzielona</p>"), becomes a heading before
 * Readability drops its class: it heads the part of the article that follows.
 */
export function markClassedSubheadings(doc: Document): void {
  // (or a span or a div between the paragraphs: "<span class="cross-head">Enigma</span>")
  for (const p of Array.from(doc.querySelectorAll('p[class], span[class], div[class]'))) {
    const text = (p.textContent ?? '').trim()
    if (!SUBHEADING_CLASS.test((p.getAttribute('class') ?? '').trim()) || !text || wordsOf(p) > RUN_IN_WORDS || /[.!?,;]$/u.test(text) || p.querySelector(BLOCKS)) continue
    if (!overStoryText(p)) continue
    const h = doc.createElement('h3')
    h.textContent = text
    p.replaceWith(h)
  }
}

/** Words of an element's text. */
function wordsOf(el: Element | null): number {
  return (el?.textContent ?? '').trim().split(/\s+/u).filter(Boolean).length
}

/** Whether an element stands right before a paragraph of the story's text, in a box of several such paragraphs (a story's body, not a list of other stories' titles). */
function overStoryText(el: Element): boolean {
  const next = el.nextElementSibling
  const body = Array.from(el.parentElement?.children ?? []).filter((c) => c.localName.toLowerCase() === 'p' && wordsOf(c) >= TEXT_WORDS)
  return next?.localName.toLowerCase() === 'p' && wordsOf(next) >= TEXT_WORDS && body.length >= TEXT_PARAGRAPHS
}

/** The words of a class or id that make Readability drop an element as unlikely to be content (its REGEXPS.unlikelyCandidates), and those that keep it (okMaybeItsACandidate), in @mozilla/readability 0.6. */
export const READABILITY_UNLIKELY = /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i
export const READABILITY_MAYBE = /and|article|body|column|content|main|shadow/i

/**
 * A subheading between the story's paragraphs whose class or id Readability takes for page
 * furniture ("<h2 class="subheader" id="overcoming-nerves">Overcoming nerves</h2>": "header" is
 * one of its unlikely words) keeps its place: it loses the class and id, which say nothing of what
 * it heads. Before Readability.
 */
export function unmarkedSubheadings(doc: Document): void {
  for (const h of Array.from(doc.querySelectorAll('h2[class], h3[class], h4[class], h2[id], h3[id], h4[id]'))) {
    const marks = `${h.getAttribute('class') ?? ''} ${h.getAttribute('id') ?? ''}`
    if (!READABILITY_UNLIKELY.test(marks) || READABILITY_MAYBE.test(marks) || wordsOf(h) > RUN_IN_WORDS || !overStoryText(h)) continue
    h.removeAttribute('class')
    h.removeAttribute('id')
  }
}
