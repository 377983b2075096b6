/**
 * reStructuredText saved as plain text (Python's PEPs, Sphinx documents): its field list at the
 * top ("PEP: 602", "Title: …", "Author: …"), headings underlined (and overlined) with a line of
 * one punctuation character, inline roles (":pep:`101`"), literals (``code``) and links
 * ("`text <url>`__"). Read as such, it is written as the Markdown it means, for the Markdown
 * parser: the fields as front matter, the headings with "#", the rest of the markup as
 * Markdown's or as its text. Plain text that is not reStructuredText is left to the text parser.
 *
 * A mail's fields read so too ("From:", "Abstract:"), and a block set in from the margin is a
 * quotation or a literal block by what it holds.
 *
 * Usage: if (isRestructuredText(text)) article = parseMarkdown(restructuredAsMarkdown(text), origin)
 */

import { isProseLine } from './pre-prose.ts'
import { countWords } from '../analyze/script.ts'

/** A line of one punctuation character repeated, as reStructuredText underlines a heading with. */
const ADORNMENT = /^([=\-~^"'`#*+_:.])\1{2,}\s*$/u
/**
 * A field of the list that opens a document: "Title: Annual Release Cycle for Python"; also as a
 * blog engine writes it, in a comment (".. title: A DSL for …", Nikola) or as a docinfo field
 * (":date: 2010-10-03", Pelican, Sphinx).
 */
const FIELD = /^(?:([A-Z][A-Za-z-]*)|\.\.[ \t]+([a-z][a-z_-]*)|:([a-z][a-z_-]*)):(?:[ \t]+(\S.*))?$/u
/** A field's name, lower case, and value. */
function field(line: string): { name: string; value: string } | undefined {
  const m = FIELD.exec(line)
  return m ? { name: (m[1] ?? m[2] ?? m[3]!).toLowerCase(), value: (m[4] ?? '').trim() } : undefined
}
/** Headings underlined so, at least, for a text to read as reStructuredText. */
const MIN_HEADINGS = 2
/** Fields, at least, of a list that opens the document. */
const MIN_FIELDS = 3

interface Heading {
  /** Index of the title's line. */
  line: number
  /** Lines the heading takes (title and underline, an overline too). */
  span: number
  title: string
  char: string
}

/** The headings of the text: a title line with an underline at least as long, an overline maybe. */
function headings(lines: readonly string[]): Heading[] {
  const out: Heading[] = []
  for (let i = 1; i < lines.length; i++) {
    const under = ADORNMENT.exec(lines[i]!)
    const title = lines[i - 1]!.trim()
    if (!under || title === '' || ADORNMENT.test(lines[i - 1]!) || lines[i]!.trimEnd().length < title.length) continue
    if (i >= 2 && lines[i - 2]!.trim() !== '' && !ADORNMENT.test(lines[i - 2]!)) continue
    const over = i >= 2 && lines[i - 2]!.trimEnd() === lines[i]!.trimEnd()
    out.push({ line: i - 1, span: over ? 3 : 2, title, char: over ? `${under[1]}${under[1]}` : under[1]! })
  }
  return out
}

/** Whether a plain text reads as reStructuredText: two underlined headings, or a field list over one. */
export function isRestructuredText(text: string): boolean {
  const lines = text.split('\n')
  const found = headings(lines).length
  return found >= MIN_HEADINGS || (found >= 1 && fieldCount(lines) >= MIN_FIELDS)
}

/** Lines of the field list that opens the document (none when it does not open on one). */
function fieldCount(lines: readonly string[], from = 0, least = MIN_FIELDS): number {
  let n = from
  while (n < lines.length && (FIELD.test(lines[n]!) || (n > from && /^[ \t]+\S/u.test(lines[n]!)))) n++
  return lines.slice(from, n).filter((l) => FIELD.test(l)).length >= least ? n - from : 0
}

/** Fields of the document's title, at least, for a list right under it (docinfo: ":date: …", ":authors: …"). */
const MIN_DOCINFO = 2

/** The document's fields as front matter: its title, author (without an address) and date. */
function frontMatter(lines: readonly string[]): string {
  // (a field's value may go on in indented lines: "Abstract: Sometimes a branch …⏎ is later found to be faulty.")
  const fields = new Map<string, string>()
  let last: string | undefined
  for (const l of lines) {
    const f = field(l)
    if (f) fields.set((last = f.name), f.value)
    else if (last !== undefined && /^[ \t]+\S/u.test(l)) fields.set(last, `${fields.get(last)} ${l.trim()}`.trim())
  }
  const quoted = (v: string) => JSON.stringify(v)
  // (a mail's "From:" names its writers, their addresses left out: "Linus Torvalds <…>, Junio C Hamano <…>")
  const names = (fields.get('author') || fields.get('authors') || fields.get('from'))?.replace(/\s*<[^>]*>/gu, '').split(/\s*,\s*/u).filter(Boolean) ?? []
  const author = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0]
  const date = fields.get('date') ?? fields.get('created')
  const summary = fields.get('abstract') || fields.get('summary') || fields.get('description')
  const out = [fields.has('title') ? `title: ${quoted(fields.get('title')!)}` : '', author ? `author: ${quoted(author)}` : '', date ? `date: ${quoted(date)}` : '', summary ? `description: ${quoted(summary)}` : ''].filter(Boolean)
  return out.length > 0 ? `---\n${out.join('\n')}\n---\n\n` : ''
}

/** Roles that name code: their text is set as code. */
const CODE_ROLES = new Set(['func', 'meth', 'class', 'mod', 'attr', 'data', 'const', 'exc', 'obj', 'c', 'envvar', 'option', 'program', 'file'])

/** A role's text as it reads: a PEP or an RFC by its number named so, code as code, else its words. */
function roleText(role: string, raw: string): string {
  // (Sphinx's "!" and "~" before a target only say how to link it: ":mod:`!lzma`")
  const text = raw.replace(/^[!~]/u, '')
  if ((role === 'pep' || role === 'rfc') && /^\d+$/u.test(text)) return `${role.toUpperCase()} ${text}`
  return CODE_ROLES.has(role) ? `\`${text}\`` : text
}

/** Inline markup as Markdown's or as its text: roles, literals, links. */
function inline(line: string): string {
  return line
    // ":pep:`Python 3.13 <719>`" → "Python 3.13"; ":pep:`101`" → "PEP 101"; ":func:`len`" → "`len`"
    .replace(/:(\w+):`([^`<]*?)\s*(?:<[^>]*>)?`/gu, (_, role: string, text: string) => roleText(role.toLowerCase(), text))
    // "`text <url>`__" → "[text](url)"
    .replace(/`([^`<]+?)\s*<([^>`]+)>`__?/gu, (_, text: string, url: string) => `[${text.trim()}](${url.trim()})`)
    // "``code``" → "`code`"
    .replace(/``([^`]+)``/gu, '`$1`')
    // references and substitutions as their words: "Zstandard_", "`widespread adoption`_", "`knownbits`__" (anonymous), "|zstd|"
    .replace(/(?<![`\w])`([^`<]+)`__?(?!_)/gu, '$1')
    .replace(/(?<![\w`])(\p{L}[\p{L}\p{N}.-]*[\p{L}\p{N}])__?(?=[\s.,;:!?)]|$)/gu, '$1')
    .replace(/\|([^|\s][^|]*?)\|/gu, '$1')
    // (reStructuredText has no HTML: an angle bracket is text, "<insert link to leech comment here>")
    .replace(/<(?![^<>]*\]\()/gu, '&lt;')
}

/**
 * A block set in from the margin after a blank line, its lines as Markdown's: a quotation when it
 * reads as prose ("Alan said:" over his message), else a literal block, code or a diagram drawn
 * in characters ("$ git revert -m 1 M", " ---o---o---M"), fenced; after a paragraph's "::", always
 * literal. Not a list item's next paragraph. `end`: the index of the line after it.
 */
function indentedBlock(lines: readonly string[], i: number): { lines: string[]; end: number } | undefined {
  const before = lines.slice(0, i).reverse().find((l) => l.trim() !== '')
  if (!/^[ \t]+\S/u.test(lines[i]!) || (i > 0 && lines[i - 1]!.trim() !== '') || before === undefined || /^\s*(?:[-*+•]|\d+[.)])\s/u.test(before) || /^[ \t]/u.test(before)) return undefined
  let end = i
  while (end < lines.length && (/^[ \t]+\S/u.test(lines[end]!) || (lines[end]!.trim() === '' && /^[ \t]+\S/u.test(lines[end + 1] ?? '')))) end++
  const body = lines.slice(i, end)
  const margin = Math.min(...body.filter((l) => l.trim()).map((l) => /^[ \t]*/u.exec(l)![0].length))
  const text = body.map((l) => l.slice(margin).trimEnd())
  const prose = !/::\s*$/u.test(before) && text.filter(isProseLine).length > text.filter((l) => l.trim()).length / 2
  return { lines: prose ? text.map((l) => (l ? `> ${inline(l)}` : '>')) : ['```', ...text, '```'], end }
}

/** The reStructuredText written as the Markdown it means. */
export function restructuredAsMarkdown(text: string): string {
  // (a reference whose words run over a line break, "`their control⏎flow is too complex`__", as its words: the lines are read one by one after)
  const lines = text.replace(/(?<![`\w:])`([^`<>]*\n[^`<>]*)`__?(?![_\w])/gu, '$1').split('\n')
  const fields = fieldCount(lines)
  const found = headings(lines)
  const docinfo = docinfoOf(lines, found[0])
  const levels: string[] = []
  const headingAt = new Map(found.map((h) => [h.span === 3 ? h.line - 1 : h.line, h]))
  const out: string[] = []
  let skipIndented = false
  for (let i = fields; i < lines.length; i++) {
    if (docinfo && i === docinfo.start) {
      i += docinfo.count - 1
      continue
    }
    const h = headingAt.get(i)
    if (h) {
      if (!levels.includes(h.char)) levels.push(h.char)
      out.push(`${'#'.repeat(Math.min(6, levels.indexOf(h.char) + 1))} ${inline(h.title)}`)
      i += h.span - 1
      continue
    }
    const line = lines[i]!
    const code = codeDirective(lines, i)
    if (code) {
      out.push(...code.lines)
      i = code.end - 1
      continue
    }
    // (another directive or a comment, ".. note::", ".. image:: …", and its indented body: left out)
    if (/^\.\.\s/u.test(line)) {
      skipIndented = true
      continue
    }
    if (skipIndented && (line.trim() === '' || /^[ \t]+/u.test(line))) continue
    // (a blank line where the directive stood: the paragraphs on either side stay apart)
    if (skipIndented) out.push('')
    skipIndented = false
    const block = indentedBlock(lines, i)
    if (block) {
      out.push(...block.lines)
      i = block.end - 1
      continue
    }
    // (a paragraph's "::" before a literal block: its colon)
    out.push(inline(line.replace(/(\S)\s*::\s*$/u, '$1:')))
  }
  const docinfoLines = docinfo ? lines.slice(docinfo.start, docinfo.start + docinfo.count) : []
  const header = fields === 0 && !docinfo ? plainHeader(lines, found[0]) : undefined
  const body = header ? out.slice(header.lines) : out
  // (ABlog dates a post in its directive: ".. post:: Mar 21, 2022")
  const posted = lines.map((l) => /^\.\.\s+post::\s+(\S.*)$/u.exec(l)?.[1]).find((d) => d !== undefined)
  return `${frontMatter([...(posted ? [`:date: ${posted.trim()}`] : []), ...lines.slice(0, fields), ...docinfoLines, ...(header?.fields ?? [])])}${body.join('\n')}`
}

/** A writer's line: a name and a mail address in angle brackets, "Greg Kroah-Hartman <greg@kroah.com>". */
const NAME_AND_ADDRESS = /^\s*(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\s+<[^<>\s@]+@[^<>\s]+>\s*$/u

/**
 * A plain memo's header before its first heading, no fields: a short first line (its title), a
 * line in brackets under it maybe (its subtitle), and its writer's name and mail address ("The
 * Linux Kernel Driver Interface" / "(all of your questions answered and then some)" / "Greg
 * Kroah-Hartman <greg@kroah.com>"), as fields; `lines`: the lines they take, for the body to
 * leave out. Only with the writer's line: without it a first short line may be a paragraph's.
 */
function plainHeader(lines: readonly string[], first: Heading | undefined): { fields: string[]; lines: number } | undefined {
  const end = first ? first.line - (first.span === 3 ? 1 : 0) : lines.length
  const at = lines.slice(0, Math.min(end, 8)).findIndex((l) => NAME_AND_ADDRESS.test(l))
  const title = lines[0]?.trim() ?? ''
  if (at < 1 || !title || countWords(title) > 12 || /[.!?:;,]$/u.test(title)) return undefined
  const between = lines.slice(1, at).map((l) => l.trim()).filter(Boolean)
  if (between.length > 1 || (between.length === 1 && !/^\(.*\)$/u.test(between[0]!))) return undefined
  const fields = [`Title: ${title}`, `Author: ${NAME_AND_ADDRESS.exec(lines[at]!)![1]}`, ...(between[0] ? [`Summary: ${between[0].slice(1, -1)}`] : [])]
  return { fields, lines: at + 1 }
}

/** The field list right under the document's title, before any text (docinfo): where it starts and its lines. */
function docinfoOf(lines: readonly string[], title: Heading | undefined): { start: number; count: number } | undefined {
  if (!title || lines.slice(0, title.span === 3 ? title.line - 1 : title.line).some((l) => l.trim() !== '' && !FIELD.test(l) && !/^\.\.\s/u.test(l))) return undefined
  let start = title.line + title.span - (title.span === 3 ? 1 : 0)
  while (start < lines.length && lines[start]!.trim() === '') start++
  const count = fieldCount(lines, start, MIN_DOCINFO)
  return count > 0 ? { start, count } : undefined
}

/** A directive that shows code (".. code:: python", ".. code-block:: rust", ".. sourcecode::"): its body fenced, in its language; its options (":linenos:") left out. */
const CODE_DIRECTIVE = /^\.\.[ \t]+(?:code|code-block|sourcecode)::[ \t]*([\w+#.-]*)\s*$/u

function codeDirective(lines: readonly string[], i: number): { lines: string[]; end: number } | undefined {
  const m = CODE_DIRECTIVE.exec(lines[i]!)
  if (!m) return undefined
  let end = i + 1
  while (end < lines.length && (/^[ \t]+\S/u.test(lines[end]!) || (lines[end]!.trim() === '' && /^[ \t]+\S/u.test(lines[end + 1] ?? '') ))) end++
  const body = lines.slice(i + 1, end)
  let first = body.findIndex((l) => l.trim() !== '')
  while (first >= 0 && first < body.length && /^[ \t]+:[\w-]+:/u.test(body[first]!)) first++
  const code = body.slice(Math.max(0, first)).filter((_, k, all) => k < all.length - 1 || all[k]!.trim() !== '')
  const margin = Math.min(...code.filter((l) => l.trim()).map((l) => /^[ \t]*/u.exec(l)![0].length))
  const text = code.map((l) => l.slice(margin).trimEnd())
  while (text[0] === '') text.shift()
  return { lines: ['', `\`\`\`${m[1] ?? ''}`, ...text, '```', ''], end }
}
