/**
 * Markdown via mdast: headings, paragraphs, list items, block quotes and code become
 * blocks; links keep their text, images their alt text inside prose (image-only
 * paragraphs are dropped); raw HTML holding a <table>, a quotation or several paragraphs is read
 * as a web page's blocks, and a list of links into the page (its table of contents) is left out.
 * YAML (---) or TOML (+++) front matter and a leading H1 feed the metadata.
 * Footnotes are asides, not the article's prose: a footnote a table's cells refer to is a note
 * of that table, marked there and in the cells, the others are left out.
 */
import { countWords, wordsKey } from '../analyze/script.ts'
import type { Blockquote, List, Nodes, Paragraph, Root, RootContent, Table, TableCell } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { frontmatter } from 'micromark-extension-frontmatter'
import { gfm } from 'micromark-extension-gfm'
import { parse as parseToml } from 'smol-toml'
import { parseHTML } from 'linkedom'
import { parse as parseYaml } from 'yaml'
import { DeckwrightError } from '../errors.ts'
import type { Article, ArticleMeta } from '../types.ts'
import { finishArticle } from './article.ts'
import { BOLD_HEADING_DEPTH, codeField, collapseWhitespace, deeperItems, NOTE_BACKLINK, normalizeNewlines, readsAsHeading, readsAsItalicHeading, readsAsLabel, type RawBlock } from './blocks.ts'
import { domBlocks } from './dom-blocks.ts'
import { dateInPath, normalizeDate, personName, str } from './meta.ts'
import { checkMarkdownDepth, escapeOvermarkedParagraphs } from './nesting.ts'
import { pipeTable, widenedTables } from './pipe-table.ts'
import { withoutMdxComments } from './mdx-comments.ts'
import { withMdxModuleAsFrontMatter } from './mdx-esm.ts'
import { shownCode } from './twoslash.ts'
import { withoutJekyllMarkup } from './jekyll-markup.ts'
import { withoutCommentLines } from './html-comments.ts'
import { parseCellNumber } from './table-number.ts'
import { tableBlocks } from './table-normalize.ts'

/** Text of inline content: link text, image alt, code spans; HTML tags and footnote marks dropped. */
function inlineText(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value
    case 'image':
    case 'imageReference':
      return node.alt ?? ''
    case 'break':
      return '\n'
    case 'html':
      return htmlToText(node.value)
    case 'footnoteReference':
      return ''
    case 'paragraph':
      return withoutOpenEmphasis(joinedRuns(withoutTrailingPointer(node.children)))
    default:
      return 'children' in node ? joinedRuns(node.children as Nodes[]) : ''
  }
}

/**
 * A paragraph less the emphasis mark that opens it and that nothing closes: a page converted to
 * Markdown set in italics a passage that ran over a paragraph's end ("*New data featured as part
 * of White House convening …  ⏎ ⏎ *Nationally, …"), and the mark stayed, a literal "*" on a slide.
 */
function withoutOpenEmphasis(text: string): string {
  const mark = /^[*_](?=\p{L})/u.exec(text)?.[0]
  return mark && !text.slice(1).includes(mark) ? text.slice(1) : text
}

/** A word of three letters or more where a run ends, and where one starts, in a script that spaces its words (not "RBACを使用"). */
const WORD_AT_END = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]{3,}$/u
const WORD_AT_START = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]{3,}/u

/**
 * Inline runs as one text, a space put back between a link and a word glued to it, as a converter
 * that lost the page's spaces writes them ("Treasury[issued](…)further policy" read "Treasuryissuedfurther
 * policy"); not a letter or two ("[PR](…)s", "un[do](…)").
 */
function joinedRuns(children: readonly Nodes[]): string {
  const texts = children.map(inlineText)
  return texts.reduce((out, text, i) => {
    const linked = children[i]?.type === 'link' || children[i - 1]?.type === 'link'
    return out + (i > 0 && linked && WORD_AT_END.test(out) && WORD_AT_START.test(text) ? ' ' : '') + text
  }, '')
}

/**
 * A note a word processor exported as a paragraph that opens on a link back to its mark in the
 * text ("[[1]](#_ftnref1) The estimates of GDP …"): the article's footnote, no paragraph of it.
 */
function opensOnNoteBacklink(children: readonly Nodes[]): boolean {
  const first = children.find((c) => !(c.type === 'text' && c.value.trim() === ''))
  return first?.type === 'link' && NOTE_BACKLINK.test(first.url)
}

/** A link's label that only points to more about what the words before it say: "Better support for IPC between Node instances [docs](…)". */
const POINTER_LABEL = /^(?:docs?|documentation|link|here|source|details|more|read more|learn more|pdf|video|demo|api)$/iu

/** A paragraph's words less a link that closes them with a label of POINTER_LABEL, when words come before it. */
function withoutTrailingPointer(children: readonly Nodes[]): readonly Nodes[] {
  const solid = children.filter((c) => !(c.type === 'text' && c.value.trim() === ''))
  const last = solid.at(-1)
  if (solid.length < 2 || last?.type !== 'link' || !POINTER_LABEL.test(inlineText(last).trim())) return children
  return children.slice(0, children.lastIndexOf(last))
}

/** Raw HTML in Markdown: comments, scripts, a disclosure's label ("<summary>Math</summary>") and tags dropped, the text kept. */
function htmlToText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?(-->|$)/g, '')
    .replace(/<(script|style|summary)\b[\s\S]*?(<\/\1\s*>|$)/gi, '')
    .replace(/<\/?[a-z][^>]*>/gi, '')
  // (its character references read as an HTML parser reads them: "&mdash;Carl Lerche" is "—Carl Lerche")
  return text.includes('&') ? (parseHTML(`<!doctype html><html><body>${text.replace(/</g, '&lt;')}</body></html>`).document.body.textContent ?? text) : text
}

/** A link into the page itself, in Markdown or in HTML: "[Who did we hear from?](#demographics)", "<a href="#demographics">". */
const IN_PAGE = /^#[\w-]/u

/** Whether every item of a list (two at least) is one link into the page and nothing else: the page's table of contents. */
function linksIntoThePage(list: List): boolean {
  return list.children.length >= 2 && list.children.every((item) => {
    const para = item.children.length === 1 && item.children[0]!.type === 'paragraph' ? item.children[0] : undefined
    const solid = (para?.children ?? []).filter((c) => !(c.type === 'text' && c.value.trim() === ''))
    const [first, last] = [solid[0], solid.at(-1)]
    if (solid.length === 1 && first?.type === 'link') return IN_PAGE.test(first.url)
    // (an HTML link, its tags Markdown's raw HTML around its text)
    return first?.type === 'html' && last?.type === 'html' && /^<a\s[^>]*href=["']#[\w-]/iu.test(first.value.trim()) && /^<\/a>$/iu.test(last.value.trim())
  })
}

/** Block elements a run of raw HTML holds at least to be read as a web page's blocks, not as one paragraph of its text. */
const HTML_BLOCKS = 2

/** Blocks of raw HTML holding a table or a quotation: its tables as tables, its quotations as quotations, the rest as text, like a web page's. */
function htmlBlocks(html: string, quoted: boolean): RawBlock[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`)
  const blocks = domBlocks(document.body)
  return quoted ? blocks.map((b) => (b.kind === 'paragraph' ? { ...b, kind: 'blockquote' as const } : b)) : blocks
}

function isImageOnly(node: Nodes): boolean {
  if (!('children' in node)) return false
  const kids = (node.children as Nodes[]).filter((c) => !(c.type === 'text' && c.value.trim() === ''))
  return kids.length > 0 && kids.every((c) => c.type === 'image' || c.type === 'imageReference' || ((c.type === 'link' || c.type === 'linkReference') && isImageOnly(c)))
}

/**
 * "**Idempotence**  ⏎ A single task …" or "**Positional Joins.** While SQL …": a bold label ending
 * its line (a hard break) or closed by a full stop opens the paragraph, a heading run into its
 * text: it reads "Idempotence: A single task …".
 */
function withRunInLabel(node: Paragraph, text: string): string {
  const [first, second] = node.children
  if (first?.type !== 'strong') return text
  // (or a bold label closed by its full stop, "**Partitioned Parquet/CSV Export.** DuckDB has …": no sentence of its own)
  const stop = [/^(.*\S)\.$/su.exec(inlineText(first).trim())?.[1]].find((l) => l !== undefined && titleLike(l))
  if (second?.type !== 'break' && !(stop !== undefined && second?.type === 'text' && /^\s/u.test(second.value))) return text
  const label = stop ?? inlineText(first).trim()
  const rest = node.children.slice(second?.type === 'break' ? 2 : 1).map(inlineText).join('').trimStart()
  if (!readsAsLabel(label) || !/^[\p{Lu}\p{N}]/u.test(rest)) return text
  return `${label}: ${rest}`
}

/** Whether a label is set as a title, its longer words after the first capitalised ("Partitioned Parquet/CSV Export", "fsspec Filesystem Support"), not a sentence. */
function titleLike(label: string): boolean {
  const words = label.split(/\s+/u)
  return words.length <= 6 && words.slice(1).every((w) => !/^\p{Ll}\p{L}{3,}/u.test(w))
}

/** Whether a paragraph is bold and nothing else ("**Defining “junk” fees**"): a heading written without "#". */
function boldOnly(node: Paragraph): boolean {
  return onlyOf(node, 'strong')
}

/** Whether a paragraph is set in `mark` alone, pieces joined by dashes at most ("*Junk Fees Hit Consumers* – *and Businesses*"). */
function onlyOf(node: Paragraph, mark: 'strong' | 'emphasis'): boolean {
  const solid = node.children.filter((c) => !(c.type === 'break' || (c.type === 'text' && /^[\s–—-]*$/u.test(c.value))))
  return solid.length > 0 && solid.every((c) => c.type === mark)
}

/**
 * Whether a paragraph is one link and no words of its own, punctuation aside: an item of a list
 * of pages to read elsewhere ("- [Hacker News](…)", "> [Télécharger le communiqué …](…)"). A run of
 * them is a list of links, no text (boilerplate.ts).
 */
function linkOnly(nodes: readonly Nodes[]): boolean {
  const solid = nodes.filter((c) => !(c.type === 'break' || (c.type === 'text' && /^[\s\p{P}]*$/u.test(c.value))))
  // (links after a short label of their own: "Docs: [English](/), [简体中文](…), …")
  const labelled = solid.length > 1 && solid[0]!.type === 'text' && /^\s*[\p{L}\p{N}][\p{L}\p{N} ]{0,30}:\s*$/u.test(solid[0]!.value)
  const links = labelled ? solid.slice(1) : solid
  return links.length > 0 && links.every((c) => c.type === 'link' || ((c.type === 'strong' || c.type === 'emphasis') && linkOnly(c.children)))
}

/** The text of each footnote definition, by its identifier. */
type Footnotes = ReadonlyMap<string, string>

function footnotesOf(tree: Root): Footnotes {
  const out = new Map<string, string>()
  for (const node of tree.children) {
    if (node.type === 'footnoteDefinition') out.set(node.identifier, node.children.map((c) => inlineText(c)).join(' '))
  }
  return out
}

/** The identifiers of the footnotes `node` refers to that are defined, each once, in the order of first reference. */
function referredFootnotes(node: Nodes, footnotes: Footnotes): string[] {
  const ids: string[] = []
  const visit = (n: Nodes) => {
    if (n.type === 'footnoteReference' && footnotes.has(n.identifier) && !ids.includes(n.identifier)) ids.push(n.identifier)
    if ('children' in n) for (const c of n.children as Nodes[]) visit(c)
  }
  visit(node)
  return ids
}

/** Marks of a table's notes, in order: a cell that refers to a note carries its mark, and so does the note. */
const NOTE_MARKS = ['¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹']

/**
 * A table as rows of cell texts and its notes: the footnotes its cells refer to, each marked
 * ("Rust < 1.77¹" over "¹ Rust < 1.77 with LLVM 18 will have some degree of compatibility …"),
 * so a reader sees which rows a note is about. A number keeps no mark (it is read as a number).
 */
function tableOf(node: Table, footnotes: Footnotes): { rows: string[][]; notes: string[] } {
  const ids = referredFootnotes(node, footnotes).slice(0, NOTE_MARKS.length)
  const mark = (id: string) => NOTE_MARKS[ids.indexOf(id)] ?? ''
  const cellText = (cell: TableCell): string => {
    const plain = inlineText(cell)
    const marks = [...new Set(footnoteIds(cell))].map(mark).join('')
    return marks && parseCellNumber(plain.trim()) === undefined ? `${plain.trimEnd()}${marks}` : plain
  }
  return { rows: node.children.map((row) => row.children.map(cellText)), notes: ids.map((id) => `${mark(id)} ${footnotes.get(id)!}`) }
}

/** The identifiers of the footnotes a node refers to, in order. */
function footnoteIds(node: Nodes): string[] {
  if (node.type === 'footnoteReference') return [node.identifier]
  return 'children' in node ? (node.children as Nodes[]).flatMap(footnoteIds) : []
}

/** An attribute list closing a heading (Pandoc, Hugo, kramdown): "## Final thoughts {#final-thoughts}", "{.unnumbered}", "{: #id}", or an anchor "(#platform)". */
// (and a site's own anchor in brackets: "## Technology (#technology)")
const HEADING_ATTRIBUTES = /\s*(?:\{:?\s*(?:[#.][\w-]+|[\w-]+=(?:"[^"]*"|\S+))(?:\s+(?:[#.][\w-]+|[\w-]+=(?:"[^"]*"|\S+)))*\s*\}|\(#[\p{Ll}\p{N}][\p{Ll}\p{N}_-]*\))\s*$/u

/** Words of a leading H1 at most that may head a part rather than say the title again. */
const PART_HEADING_WORDS = 4

/** Whether an H1 says the front matter's title, whole or in part ("Evolving the Node.js Release Schedule" of "… Schedule: what changes"). */
function sameTitle(h1: string, title: string): boolean {
  const [a, b] = [wordsKey(h1), wordsKey(title)]
  return a === b || a.startsWith(b) || b.startsWith(a)
}

/** The inline code of inline content, in order ("`read_json`"), as a block's `code` field (none when there is none). */
function codeOf(nodes: readonly Nodes[]): { code?: string[] } {
  const values = (node: Nodes): string[] => (node.type === 'inlineCode' ? [node.value] : 'children' in node ? (node.children as Nodes[]).flatMap(values) : [])
  return codeField(nodes.flatMap(values))
}

/** A GitHub alert's mark on the first line of a quotation: "> [!NOTE]", "> [!WARNING]". */
const ALERT_MARK = /^\[!(note|tip|important|warning|caution)\][ \t]*(?:\n|$)/iu

/** A quotation that is a GitHub alert: its kind, and its content less the mark. */
function githubAlert(node: Blockquote): { kind: string; children: RootContent[] } | undefined {
  const [first, ...rest] = node.children
  const text = first?.type === 'paragraph' && first.children[0]?.type === 'text' ? first.children[0] : undefined
  const m = text ? ALERT_MARK.exec(text.value) : null
  if (!first || first.type !== 'paragraph' || !text || !m) return undefined
  const value = text.value.slice(m[0].length)
  const paragraph: Paragraph = { ...first, children: [...(value ? [{ ...text, value }] : []), ...first.children.slice(1)] }
  return { kind: m[1]!, children: paragraph.children.length > 0 ? [paragraph, ...rest] : rest }
}

/** A quotation's blocks; a GitHub alert is the writer's own aside, no quotation, and one that opens the text notes the document itself ("[!NOTE] This guide is under revision …"). */
function walkQuotation(node: Blockquote, out: RawBlock[], quoted: boolean, footnotes: Footnotes): void {
  const alert = githubAlert(node)
  if (alert && /^(?:note|important)$/iu.test(alert.kind) && !out.some((b) => b.kind === 'paragraph' || b.kind === 'list-item')) return
  for (const child of alert ? alert.children : node.children) walk(child, out, alert ? quoted : true, footnotes)
}

function walk(node: RootContent, out: RawBlock[], quoted: boolean, footnotes: Footnotes): void {
  switch (node.type) {
    case 'heading': {
      // an empty heading ("#" alone) is a stray mark, not a section or the title
      const text = inlineText(node).replace(HEADING_ATTRIBUTES, '')
      if (text.trim()) out.push({ kind: 'heading', depth: node.depth, text, ...codeOf([node]) })
      return
    }
    case 'paragraph': {
      if (isImageOnly(node) || opensOnNoteBacklink(node.children)) return
      const text = inlineText(node)
      const table = pipeTable(text)
      if (table) out.push(...tableBlocks(table))
      else if (!quoted && ((boldOnly(node) && readsAsHeading(text)) || (onlyOf(node, 'emphasis') && readsAsItalicHeading(text)))) out.push({ kind: 'heading', depth: BOLD_HEADING_DEPTH, text, ...codeOf([node]) })
      else out.push({ kind: quoted ? 'blockquote' : 'paragraph', text: withRunInLabel(node, text), ...(linkOnly(node.children) ? { linkOnly: true } : {}), ...codeOf([node]) })
      return
    }
    case 'blockquote':
      walkQuotation(node, out, quoted, footnotes)
      return
    case 'list':
      // (a table of contents, every item a link into the page: "- <a href="#demographics">Who did we hear from?</a>")
      if (linksIntoThePage(node)) return
      for (const item of node.children) {
        // The item's own text is its first paragraphs; nested lists follow as their own items.
        const own = item.children.filter((c) => c.type !== 'list' && c.type !== 'code')
        const text = own.map((c) => inlineText(c)).join('\n')
        const link = own.length === 1 && own[0]!.type === 'paragraph' && linkOnly(own[0]!.children)
        if (text.trim()) out.push({ kind: quoted ? 'blockquote' : 'list-item', text, ...(link ? { linkOnly: true } : {}), ...codeOf(own) })
        deeperItems(out, () => item.children.filter((c) => c.type === 'list' || c.type === 'code').forEach((c) => walk(c, out, quoted, footnotes)))
      }
      return
    case 'code':
      out.push({ kind: 'code', text: shownCode(node.value, node.lang) })
      return
    case 'html': {
      // a table or a quotation written as HTML inside Markdown (converters do this for tables Markdown cannot hold; a pull quote with its signature),
      // and paragraphs, headings and lists (a site generator's post written in HTML under its front matter): a web page's blocks, each its own
      // (and code a site generator wrote as HTML: "<pre class="highlight"><code>$ bundle exec jekyll serve …</code></pre>")
      if (/<(?:table|blockquote|pre)\b/i.test(node.value) || (node.value.match(/<(?:p|h[1-6]|ul|ol|li)\b/giu) ?? []).length >= HTML_BLOCKS) {
        out.push(...htmlBlocks(node.value, quoted))
        return
      }
      if (pictureAndCaption(node.value)) return
      const text = htmlToText(node.value)
      if (text.trim()) out.push({ kind: quoted ? 'blockquote' : 'paragraph', text })
      return
    }
    case 'table':
      out.push(...tableBlocks({ ...tableOf(node, footnotes), headRows: 1 }))
      return
    case 'footnoteDefinition':
      // an aside ("Thanks Holly! We are ever in your debt."), or a table's note (above)
      return
    default:
      return // front matter, thematic breaks, definitions
  }
}

/**
 * A picture's caption written as HTML under it (the slides show no picture, and its text is no
 * point: "Not a bike light I personally installed."), or a figure of a picture and its caption
 * written whole ("<figure><a …><img …></a><figcaption>Servo GitHub stars haven't stopped growing …").
 */
function pictureAndCaption(html: string): boolean {
  return /^\s*<figcaption\b[\s\S]*<\/figcaption>\s*(?:<\/figure>\s*)?$/iu.test(html) || (/^\s*<figure\b/iu.test(html) && /<(?:img|picture|video|iframe|svg|canvas)\b/iu.test(html))
}

/**
 * The front matter's data: YAML (---) or TOML (+++). Front matter that does not parse whole is
 * read line by line, its readable lines kept: one value the parser refuses, "rss_pubdate =
 * Date(2023, 07, 06)", lost the page's title.
 */
function frontMatterData(tree: Root): Record<string, unknown> | undefined {
  // mdast types only declare `yaml`; mdast-util-frontmatter makes `toml` nodes of the same shape.
  const nodes = tree.children as unknown as Array<{ type: string; value?: string }>
  const node = nodes.find((c) => c.type === 'yaml' || c.type === 'toml')
  if (node?.value === undefined) return undefined
  const parse = (text: string) => (node.type === 'yaml' ? parseYaml(text) : parseToml(text)) as unknown
  const record = (data: unknown) => (data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined)
  try {
    return record(parse(node.value))
  } catch {
    const lines = node.value.split('\n').map((line) => {
      try {
        return record(parse(line))
      } catch {
        return undefined
      }
    })
    return Object.assign({}, ...lines.filter((d) => d !== undefined)) as Record<string, unknown>
  }
}

/** Page variables set at the file's top, "@def title = "Why We Created Julia"" (Franklin's front matter), one to a line. */
const DEF_LINES = /^(?:@def[ \t]+[^\n]*\n)+/u

/** A file that opens on page variables as one that opens on the same lines as TOML front matter. */
function withDefinitionsAsFrontMatter(source: string): string {
  const m = DEF_LINES.exec(source)
  return m ? `+++\n${m[0].replace(/^@def[ \t]+/gmu, '')}+++\n${source.slice(m[0].length)}` : source
}

/** The text of one line of inline Markdown (code spans without their backticks, links without their targets). */
function markdownLine(value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  const text = collapseWhitespace(inlineText(fromMarkdown(value.replace(/\n/g, ' ')))).trim()
  return text || value
}

/** An address with its host: "https://…", "//host/…", or "host.tld/…". */
const ABSOLUTE_URL = /^(?:(?:https?:)?\/\/|[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+(?:[/?#]|$))/iu

/** Small words of a name written in lower case: "Jan van Dijk". */
const NAME_PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'du', 'le', 'la', 'del', 'dos', 'ten', 'ter'])

/**
 * Authors named by the keys a site generator looks them up by ("authors: [frank-niessink]", a
 * Docusaurus blog's authors.yml), as the names they stand for: "Frank Niessink". Any other value as it is.
 */
function keysAsNames(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(keysAsNames)
  if (typeof value !== 'string' || !/^[a-z]+(?:[-_][a-z]+)+$/u.test(value)) return value
  return value.split(/[-_]/u).map((w, i) => (i > 0 && NAME_PARTICLES.has(w) ? w : w[0]!.toUpperCase() + w.slice(1))).join(' ')
}

/** An element that holds others, opened or closed: "<div class="amp-wp-article-content">", "</div>". */
const CONTAINER_OPEN = /<(?:div|section|article|main)\b/giu
const CONTAINER_CLOSE = /<\/(?:div|section|article|main)\s*>/giu

/**
 * The nodes with HTML indented inside an element an HTML block opened read as HTML: a site
 * generator's post written in HTML, "<div class="amp-wp-article-content">" then its paragraphs
 * indented by tabs, which Markdown would take for code, the blank line having ended the HTML
 * block. Code with a language, or outside such an element, stays code.
 */
function htmlIndentedInHtml(nodes: readonly RootContent[]): RootContent[] {
  let open = 0
  return nodes.map((node) => {
    if (node.type === 'html') {
      open = Math.max(0, open + (node.value.match(CONTAINER_OPEN) ?? []).length - (node.value.match(CONTAINER_CLOSE) ?? []).length)
      return node
    }
    if (open > 0 && node.type === 'code' && !node.lang && /^\s*<[a-z][\w-]*[\s>]/iu.test(node.value) && /<\/[a-z][\w-]*\s*>/iu.test(node.value)) return { type: 'html', value: node.value }
    return node
  })
}

/** Words of a line over a document's H1 at most that only label it ("Shared with the CNCF community", "DRAFT"). */
const OVER_TITLE_WORDS = 6

/**
 * The blocks less the short lines over the document's first H1 ("Shared with the CNCF community"
 * over "# Software Supply Chain Best Practices"): labels of the file, no part of the article, and
 * the H1 after them opens it as its title.
 */
function withoutLabelsOverTitle(blocks: RawBlock[]): void {
  const h1 = blocks.findIndex((b) => b.kind === 'heading')
  if (h1 <= 0 || blocks[h1]!.depth !== 1) return
  const labels = blocks.slice(0, h1)
  if (labels.every((b) => b.kind === 'paragraph' && countWords(b.text) <= OVER_TITLE_WORDS && !/[.!?:;]\s*$/u.test(b.text.trim()))) blocks.splice(0, h1)
}

/** A line of a document's header of fields: "Title: Res tokens: …", "Author: George Kadianakis, Mike Perry", "Created: 11-02-2021". */
const FIELD_LINE = /^([A-Z][\w-]{1,20}):\s+(\S.*)$/u

/**
 * A document that opens on a header of fields, as a proposal or a PEP does (set as code, or as a
 * paragraph of such lines), one of them its title: its title, authors and date are the deck's,
 * and the header no slide's. The front matter's values, when there are any, come first.
 */
function takeHeaderFields(blocks: RawBlock[], meta: ArticleMeta): void {
  const first = blocks[0]
  if (!first || (first.kind !== 'code' && first.kind !== 'paragraph')) return
  const lines = first.text.split('\n').map((l) => l.trim()).filter((l) => l !== '')
  const fields = new Map<string, string>()
  for (const line of lines) {
    const m = FIELD_LINE.exec(line)
    if (!m) return
    fields.set(m[1]!.toLowerCase(), m[2]!.trim())
  }
  const title = fields.get('title')
  if (lines.length < 2 || title === undefined) return
  blocks.shift()
  meta.title ??= title
  const author = personName(fields.get('author') ?? fields.get('authors'))
  if (author !== undefined) meta.byline ??= author
  const date = normalizeDate(fields.get('date') ?? fields.get('created') ?? fields.get('published'))
  if (date !== undefined) meta.date ??= date
}

/** The longest of a page's other titles that holds its title whole, else the title. */
function fullerTitle(title: string | undefined, others: ReadonlyArray<string | undefined>): string | undefined {
  if (title === undefined) return others.find((o) => o !== undefined)
  const key = title.toLocaleLowerCase()
  return others.filter((o): o is string => o !== undefined && o.length > title.length && o.toLocaleLowerCase().includes(key)).sort((x, y) => y.length - x.length)[0] ?? title
}

/** Metadata from the front matter (the body still counts when there is none). */
function frontMatterMeta(tree: Root): ArticleMeta {
  const data = frontMatterData(tree)
  if (data === undefined) return {}
  // (Grow marks its own keys with a "$": "$title", "$date"; a key without it comes first)
  const d: Record<string, unknown> = { ...Object.fromEntries(Object.entries(data).map(([k, v]) => [k.replace(/^\$/u, ''), v])), ...data }
  const meta: ArticleMeta = {}
  const set = <K extends keyof ArticleMeta>(key: K, value: string | undefined) => {
    if (value !== undefined) meta[key] = value
  }
  // front matter strings are Markdown too ("Changes to `u128`/`i128` layout"): their text, as the body's
  // (a site's fuller title for the same page, "An Interview With cURL's Daniel Stenberg" of "Daniel Stenberg", says more)
  set('title', markdownLine(fullerTitle(str(d.title), [d.seo_title, d.seoTitle, d.headline, d.long_title, d.full_title].map(str))))
  // (Zola writes its authors among the page's taxonomies: "[taxonomies] author = […]")
  const taxonomies = (typeof d.taxonomies === 'object' && d.taxonomies !== null ? d.taxonomies : {}) as Record<string, unknown>
  set('byline', personName(keysAsNames(d.author ?? d.byline ?? d.authors ?? d.by ?? taxonomies.author ?? taxonomies.authors)))
  // (else the date the post's path gives: Zola's "path = "inside-rust/2026/08/18/…"", Jekyll's permalink)
  set('date', normalizeDate(d.date ?? d.published ?? d.datePublished) ?? dateInPath(str(d.path ?? d.permalink ?? d.url)))
  // (a site's own path, Hugo's "url: /news/press-releases/jy1043", is no address a reader can open)
  set('source', str(d.source) ?? [d.url, d.canonical, d.canonicalUrl, d.canonical_url, d.link].map(str).find((u) => u !== undefined && ABSOLUTE_URL.test(u)))
  set('lang', str(d.lang ?? d.language ?? d.locale))
  set('description', markdownLine(str(d.description ?? d.summary ?? d.subtitle ?? d.excerpt)))
  set('siteName', str(d.siteName ?? d.site_name ?? d.site ?? d.publication))
  return meta
}

export function parseMarkdown(input: string, origin: string): Article {
  // a line of no-break spaces (a converter's "&nbsp;" between paragraphs) is a blank line too
  const source = withMdxModuleAsFrontMatter(withDefinitionsAsFrontMatter(normalizeNewlines(input).replace(/^\uFEFF/, ''))).replace(/^[ \t\u00a0\u202f\u2007]*\u00a0[ \t\u00a0\u202f\u2007]*$/gmu, '')
  if (source.trim().length === 0) {
    throw new DeckwrightError('INPUT_EMPTY', `${origin}: the article is empty (only whitespace)`, {
      hint: 'Pass a file that holds the article text.',
    })
  }
  checkMarkdownDepth(source, origin)
  const tree = fromMarkdown(widenedTables(escapeOvermarkedParagraphs(withoutJekyllMarkup(withoutMdxComments(withoutCommentLines(source))), origin)), {
    extensions: [frontmatter(['yaml', 'toml']), gfm()],
    mdastExtensions: [frontmatterFromMarkdown(['yaml', 'toml']), gfmFromMarkdown()],
  })
  const meta = frontMatterMeta(tree)
  const blocks: RawBlock[] = []
  const footnotes = footnotesOf(tree)
  for (const node of htmlIndentedInHtml(tree.children)) walk(node, blocks, false, footnotes)

  takeHeaderFields(blocks, meta)
  withoutLabelsOverTitle(blocks)
  // A leading H1 is the title, not a body block; but a short one that says something else than
  // the front matter's title, over an article of parts ("# The Incident" under "title: …
  // Incident Post-mortem", "## Lessons" after it), heads the first part, a sibling of the others.
  const first = blocks[0]
  if (first?.kind === 'heading' && first.depth === 1) {
    const own = collapseWhitespace(first.text)
    const parts = blocks.slice(1).flatMap((b) => (b.kind === 'heading' && b.depth !== undefined && b.depth > 1 ? [b.depth] : []))
    // (an H1 among others, "# 0. Introduction" then "# 1. Motivation", is the first part's, under a title the header gave)
    const siblings = blocks.slice(1).some((b) => b.kind === 'heading' && b.depth === 1)
    if (meta.title === undefined || sameTitle(own, meta.title) || (parts.length === 0 && !siblings) || countWords(own) > PART_HEADING_WORDS) {
      blocks.shift()
      meta.title ??= own
    } else first.depth = siblings ? 1 : Math.min(...parts)
  }
  return finishArticle(blocks, meta, 'markdown', origin)
}
