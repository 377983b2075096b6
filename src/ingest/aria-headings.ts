/**
 * Headings a page marks with ARIA instead of h1–h6 ("<div role="heading" aria-level="3">A
 * History of Firsts</div>", WIRED's subheads) become the h-element of their level (2 when they
 * give none), before Readability reads the page: it keeps h-elements as headings, and would read
 * a <div> as a paragraph. Only an element holding no block of its own (a heading is one line).
 *
 * Usage: markAriaHeadings(doc) // before new Readability(doc)
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
