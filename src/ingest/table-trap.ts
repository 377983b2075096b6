/**
 * A long table inside an article can outscore the article's prose in Readability's reckoning:
 * every cell of 25 characters or more ("robin.millar.mp@parliament.uk") scores its row, the rows'
 * scores add up in their table body, and the reading comes back as that table alone, hundreds
 * of rows of a list of MPs where a 2,000-word story stood around it. Such a reading is found
 * (tableAlone), and the page is read again with each long table stood in for by a paragraph of
 * its own (standIns); the table itself goes back where its stand-in was kept (putBack).
 */

/** Rows of a table that may outscore the prose around it. */
const LONG_TABLE_ROWS = 20
/** Share of a reading's text in its tables above which the reading is a table alone. */
const TABLE_ALONE_SHARE = 0.8
/** The stand-in paragraph's text: a sentence long enough that Readability keeps it among the article's paragraphs. */
const STAND_IN_TEXT = 'Table left out of the reading, to be put back where this paragraph stands, in its own place.'
const STAND_IN_ATTRIBUTE = 'data-deckwright-table'

const textOf = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim().length

/** What a cell of a page's layout holds (the story's paragraphs, headings, lists), and a cell of data does not. */
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, ul, ol, table, blockquote, pre'

/** Text of a reading in cells of data, not of a page's layout (the reading may hold a table's body without its <table>). */
function cellText(content: Element): number {
  const cells = Array.from(content.querySelectorAll('td, th')).filter((c) => !c.parentElement?.closest('td, th') && !c.querySelector(BLOCKS))
  return cells.reduce((n, c) => n + textOf(c), 0)
}

/** A table of data of LONG_TABLE_ROWS rows or more, none of its cells holding the blocks of a page's layout. */
function longDataTable(t: Element): boolean {
  return !t.parentElement?.closest('table') && t.querySelectorAll('tr').length >= LONG_TABLE_ROWS && !Array.from(t.querySelectorAll('td, th')).some((c) => c.querySelector(BLOCKS))
}

/** Whether a reading's text lies almost all in table cells. */
export function tableAlone(content: Element): boolean {
  const total = textOf(content)
  return total > 0 && cellText(content) / total >= TABLE_ALONE_SHARE
}

/** Text of a reading outside its tables' cells: its prose. */
export function proseLength(content: Element): number {
  return textOf(content) - cellText(content)
}

/** Stands a paragraph in for each long table of data of the page (not one inside another table); the tables, by stand-in number. */
export function standIns(doc: Document): Element[] {
  const long = Array.from(doc.querySelectorAll('table')).filter(longDataTable)
  return long.map((table, i) => {
    const p = doc.createElement('p')
    p.setAttribute(STAND_IN_ATTRIBUTE, String(i))
    p.textContent = STAND_IN_TEXT
    table.replaceWith(p)
    return table
  })
}

/** Puts each table back where its stand-in paragraph is in the reading; a stand-in the reading dropped leaves its table out. */
export function putBack(content: Element, tables: readonly Element[]): void {
  for (const p of Array.from(content.querySelectorAll(`p[${STAND_IN_ATTRIBUTE}]`))) {
    const table = tables[Number(p.getAttribute(STAND_IN_ATTRIBUTE))]
    if (table) p.replaceWith(table)
    else p.remove()
  }
  // (Readability may have kept the stand-in's text but not its attribute)
  for (const p of Array.from(content.querySelectorAll('p'))) if ((p.textContent ?? '').trim() === STAND_IN_TEXT) p.remove()
}
