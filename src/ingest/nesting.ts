/**
 * Guards against pathologically nested input, checked before a parser sees it: the Markdown
 * and HTML parsers deckwright uses take time that grows with the square (or worse) of the
 * nesting depth, or overflow the stack (5,000 nested `>` ran out of stack; 100,000 nested
 * `<div>`s took minutes in the HTML parser alone). Each check is one linear pass.
 */
import { DeckwrightError } from '../errors.ts'

/** Deepest block-quote/list nesting read in Markdown; no article comes near it. */
export const MAX_MARKDOWN_DEPTH = 100
/**
 * Block-quote/list levels past the third, added up over all lines: the parser's time and memory
 * grow with them (4,000 lines 100 levels deep took 500 MB). Lines nested 3 deep or less are free.
 */
export const MAX_MARKDOWN_NESTING = 100_000
const FREE_LEVELS = 3
/** Deepest element nesting read in HTML: where browsers stop nesting (Blink's parser caps at 512). */
export const MAX_HTML_DEPTH = 512
/**
 * Emphasis, strike-through and link/image brackets (`* _ ~ [ ]`) one Markdown paragraph may hold
 * before they are read as literal characters: matching them costs the square of their number.
 */
export const MAX_INLINE_MARKS = 1000
/** Marks escaped in all, past which the input is refused (each escape is work for the parser too). */
export const MAX_ESCAPED_MARKS = 100_000

function tooDeep(origin: string, what: string, max: number): DeckwrightError {
  return new DeckwrightError('INPUT_TOO_DEEP', `${origin}: ${what} nested more than ${max} levels deep, the most deckwright reads`, {
    hint: 'This is not an article a deck can be made from; pass the article text itself (as .txt if its markup is broken).',
  })
}

const CONTAINER = /([ \t]*)(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$))[ \t]?/y

/** How deep one Markdown line can be nested: its quote and list markers, plus list indentation. */
function lineDepth(line: string): number {
  let depth = 0
  CONTAINER.lastIndex = 0
  for (let m = CONTAINER.exec(line); m && depth <= MAX_MARKDOWN_DEPTH; m = CONTAINER.exec(line)) {
    // every two columns of indentation before a marker can be one more enclosing list
    depth += 1 + Math.floor(m[1]!.replace(/\t/g, '    ').length / 2)
  }
  return depth
}

/**
 * Throws INPUT_TOO_DEEP when a line of `markdown` is nested deeper than MAX_MARKDOWN_DEPTH, or
 * its lines' nesting adds up past MAX_MARKDOWN_NESTING.
 */
export function checkMarkdownDepth(markdown: string, origin: string): void {
  let total = 0
  for (const line of markdown.split('\n')) {
    const depth = lineDepth(line)
    if (depth > MAX_MARKDOWN_DEPTH) throw tooDeep(origin, 'block quotes or lists are', MAX_MARKDOWN_DEPTH)
    total += Math.max(0, depth - FREE_LEVELS)
  }
  if (total > MAX_MARKDOWN_NESTING) {
    throw new DeckwrightError('INPUT_TOO_DEEP', `${origin}: block quotes or lists nested too deep too often (more than ${MAX_MARKDOWN_NESTING.toLocaleString('en-US')} levels past the third in all), more than deckwright reads`, {
      hint: 'This is not an article a deck can be made from; pass the article text itself (as .txt if its markup is broken).',
    })
  }
}

const INLINE_MARK = /[*_~[\]]/g
const BLOCK_START = /^[ \t]*(?:>|#{1,6}(?:[ \t]|$)|(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)|```|~~~)/

function countMarks(line: string): number {
  let n = 0
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i)
    if (c === 42 || c === 95 || c === 126 || c === 91 || c === 93) n++
  }
  return n
}

/**
 * Markdown with the inline marks of over-marked paragraphs escaped (`\*`), so they read as the
 * literal characters they are instead of costing minutes to match; more than
 * MAX_ESCAPED_MARKS of them in all is refused (INPUT_TOO_DEEP). Paragraphs are taken as runs
 * of lines between blank lines and block starts, as the parser sees them.
 */
export function escapeOvermarkedParagraphs(markdown: string, origin: string): string {
  const lines = markdown.split('\n')
  let start = 0
  let marks = 0
  let escaped = 0
  const flush = (end: number) => {
    if (marks <= MAX_INLINE_MARKS) return
    escaped += marks
    if (escaped > MAX_ESCAPED_MARKS) {
      throw new DeckwrightError('INPUT_TOO_DEEP', `${origin}: more than ${MAX_ESCAPED_MARKS.toLocaleString('en-US')} emphasis and link marks (* _ ~ [ ]) crowded into paragraphs, more than deckwright reads`, {
        hint: 'This is not an article a deck can be made from; pass the article text itself (as .txt if its markup is broken).',
      })
    }
    for (let i = start; i < end; i++) lines[i] = lines[i]!.replace(INLINE_MARK, '\\$&')
  }
  lines.forEach((line, i) => {
    if (line.trim() === '' || BLOCK_START.test(line)) {
      flush(i)
      start = i
      marks = 0
    }
    marks += countMarks(line)
  })
  flush(lines.length)
  return escaped > 0 ? lines.join('\n') : markdown
}

/** Elements closed by the parser without an end tag, or never holding anything. */
const NOT_NESTING = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen', 'frame', 'basefont', 'bgsound',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'option', 'optgroup', 'rb', 'rt', 'rp', 'colgroup', 'caption', 'html', 'head', 'body',
])
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noembed', 'noframes', 'plaintext', 'template'])
const TAG = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g

/**
 * Throws INPUT_TOO_DEEP when elements of `html` nest deeper than MAX_HTML_DEPTH, counted with
 * a light tag scan (void and self-closing elements and those whose end tag may be left out do
 * not count; an end tag closes the innermost open element of its name).
 */
export function checkHtmlDepth(html: string, origin: string): void {
  const open: string[] = []
  TAG.lastIndex = 0
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const name = m[2]?.toLowerCase()
    if (name === undefined || NOT_NESTING.has(name)) continue
    if (m[1]) {
      const at = open.lastIndexOf(name)
      if (at >= 0) open.length = at
    } else if (RAW_TEXT.has(name)) {
      // skip to the end tag: what is inside is text, not elements
      const end = new RegExp(`</${name}`, 'gi')
      end.lastIndex = TAG.lastIndex
      TAG.lastIndex = end.exec(html)?.index ?? html.length
    } else if (!m[3]?.trimEnd().endsWith('/')) {
      open.push(name)
      if (open.length > MAX_HTML_DEPTH) throw tooDeep(origin, 'HTML elements are', MAX_HTML_DEPTH)
    }
  }
}

/**
 * Deepest element nesting read in the XML parts of a .docx. Word's own structures (tables in
 * text boxes in tables…) stay far below it; mammoth reads elements recursively, and 100,000
 * nested elements take it minutes or the whole stack.
 */
export const MAX_XML_DEPTH = 512

/** Where the markup construct opening at `at` (a `<`) ends, quoted attribute values skipped. */
function tagEnd(xml: string, at: number): number {
  const next = xml[at + 1]
  const close = (end: string) => {
    const i = xml.indexOf(end, at + 2)
    return i < 0 ? xml.length : i + end.length
  }
  if (xml.startsWith('<!--', at)) return close('-->')
  if (xml.startsWith('<![CDATA[', at)) return close(']]>')
  if (next === '?') return close('?>')
  let quote = ''
  for (let i = at + 1; i < xml.length; i++) {
    const c = xml[i]!
    if (quote) {
      if (c === quote) quote = ''
    } else if (c === '"' || c === "'") quote = c
    else if (c === '>') return i + 1
  }
  return xml.length
}

/**
 * Throws INPUT_TOO_DEEP when the elements of one XML part nest deeper than MAX_XML_DEPTH: one
 * pass over start and end tags (comments, CDATA, declarations and self-closing tags do not count).
 */
export function checkXmlDepth(xml: string, origin: string, part: string): void {
  let depth = 0
  for (let at = xml.indexOf('<'); at >= 0; ) {
    const end = tagEnd(xml, at)
    const next = xml[at + 1]
    if (next === '/') depth--
    else if (next !== '!' && next !== '?' && xml[end - 2] !== '/') {
      if (++depth > MAX_XML_DEPTH) throw tooDeep(origin, `the Word document's elements (${part}) are`, MAX_XML_DEPTH)
    }
    at = xml.indexOf('<', end)
  }
}
