/**
 * A model of how Slidev 52.20 puts a deck's headmatter and slide titles into its own UI, read
 * from @slidev/cli's source (dist/serve-*.mjs) and @slidev/client:
 *
 * - goto dialog (`g`) and table of contents: the virtual module /@slidev/title-renderer.md holds
 *   every slide's `title` (slide 1: the headmatter's `title`, others: their first heading) as
 *   `<template v-if="no === N">\n\n{title}\n\n</template>`; it goes through Slidev's markdown-it
 *   (markdown-exit: html, xhtmlOut, linkify), unplugin-vue-markdown (which hoists
 *   `<script setup>` blocks out of the HTML) and Vue's SFC compiler.
 * - "Show info" dialog: `info` is rendered by markdown-exit (html on) and shown with v-html.
 * - page title (window, presenter "Presenter - …", overview): the text tokens of the title
 *   parsed as inline markdown (getSlideTitle / stringifyMarkdownTokens).
 * - overview page and presenter's printed notes: `slide.title` as Vue text (`{{ }}`).
 *
 * The checks fail a test (vitest expect) when text from the deck turns into structure.
 */
import { parseSync } from '@slidev/parser'
import { parse as parseSfc } from '@vue/compiler-sfc'
import { compile, NodeTypes, parse as parseTemplate, type AttributeNode, type ElementNode, type TemplateChildNode } from '@vue/compiler-dom'
import { parseHTML } from 'linkedom'
import MarkdownExit from 'markdown-exit'
import { expect } from 'vitest'

/** Slidev's slide markdown-it options (createMarkdownPlugin). */
const slideMd = MarkdownExit({ html: true, xhtmlOut: true, linkify: true, quotes: '""\'\'' })
/** Slidev's sharedMd, used for `info` and the page title. */
const sharedMd = MarkdownExit({ html: true })

export interface SlidevUi {
  /** What the goto dialog shows for each slide, as visible text. */
  gotoTitles: string[]
  /** Text of the "Show info" dialog's content. */
  infoText: string | undefined
  /** The page title's text (before Slidev's " - Slidev" suffix). */
  pageTitle: string
  /** slide.title, as the overview page shows it. */
  overviewTitles: string[]
}

/** Parses the deck with Slidev's parser and renders the parts of Slidev's UI listed above. */
export function slidevUi(deckMarkdown: string): SlidevUi {
  const deck = parseSync(deckMarkdown, '/deck/slides.md')
  const head = deck.slides[0]!.frontmatter
  const titles = deck.slides.map((s) => String(s.title ?? ''))
  const info = typeof head.info === 'string' ? head.info : undefined
  return {
    gotoTitles: gotoDialog(titles),
    infoText: info === undefined ? undefined : infoDialog(info),
    pageTitle: pageTitle(String(head.title ?? titles[0] ?? '')),
    overviewTitles: titles,
  }
}

/** The title-renderer module, compiled; returns each template's visible text. */
function gotoDialog(titles: string[]): string[] {
  const source = titles.map((t, i) => `<template ${i === 0 ? 'v-if' : 'v-else-if'}="no === ${i + 1}">\n\n${t}\n\n</template>`).join('\n')
  const html = slideMd.render(source)
  // unplugin-vue-markdown cuts `<script … setup …>…</script>` out of the HTML with a regex, and
  // the SFC compiler takes any top-level <script>/<style>: neither may come from a title
  expect(html, `a script or style element from a title:\n${html}`).not.toMatch(/<\s*(script|style)\b/i)
  const sfc = parseSfc(`<template><div>${html}</div></template>`)
  expect(sfc.errors.map(String), `the SFC compiler refused:\n${html}`).toEqual([])
  expect(sfc.descriptor.script ?? sfc.descriptor.scriptSetup ?? sfc.descriptor.styles[0], html).toBeFalsy()
  const errors: string[] = []
  compile(html, { onError: (e) => errors.push(e.message) })
  expect(errors, `Vue could not compile:\n${html}`).toEqual([])
  const root = parseTemplate(html)
  const templates = root.children.filter((n): n is ElementNode => n.type === NodeTypes.ELEMENT && n.tag === 'template')
  expect(templates.length, `one <template> per slide:\n${html}`).toBe(titles.length)
  for (const t of templates) checkTitleNodes(t.children, html, false)
  return templates.map((t) => visible(t.children))
}

const TITLE_TAGS = new Set(['p', 'span', 'a'])

/** Only paragraphs, linkify's links and `<span v-pre>`; no interpolation outside v-pre. */
function checkTitleNodes(nodes: readonly TemplateChildNode[], html: string, inVPre: boolean): void {
  for (const n of nodes) {
    expect(n.type, `interpolation from a title in:\n${html}`).not.toBe(NodeTypes.INTERPOLATION)
    if (n.type !== NodeTypes.ELEMENT) continue
    expect(TITLE_TAGS.has(n.tag), `element <${n.tag}> from a title in:\n${html}`).toBe(true)
    const names = n.props.map((p) => (p.type === NodeTypes.DIRECTIVE ? p.rawName ?? p.name : p.name))
    const allowed = n.tag === 'span' ? ['v-pre'] : n.tag === 'a' ? ['href'] : []
    for (const name of names) expect(allowed.includes(name!), `attribute ${name} on <${n.tag}> in:\n${html}`).toBe(true)
    const href = n.props.find((p): p is AttributeNode => p.type === NodeTypes.ATTRIBUTE && p.name === 'href')
    if (n.tag === 'a') expect(href?.value?.content ?? '').toMatch(/^(https?:|mailto:)/)
    checkTitleNodes(n.children, html, inVPre || names.includes('v-pre'))
  }
}

function textOf(node: TemplateChildNode): string {
  if (node.type === NodeTypes.TEXT) return node.content
  if (node.type === NodeTypes.ELEMENT) return node.children.map(textOf).join('')
  return ''
}

const visible = (nodes: readonly TemplateChildNode[]) => nodes.map(textOf).join('').replace(/[ \t\r\n\f]+/g, ' ').trim()

/** The info dialog: markdown → HTML shown with v-html; only paragraphs, no other element. */
function infoDialog(info: string): string {
  const html = sharedMd.render(info)
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`)
  const all = [...document.body.querySelectorAll('*')]
  for (const el of all) expect(el.tagName.toLowerCase(), `info became <${el.tagName}>:\n${html}`).toBe('p')
  return (document.body.textContent ?? '').replace(/[ \t\r\n\f]+/g, ' ').trim()
}

/** Slidev's getSlideTitle without the template: the text tokens of the inline markdown. */
function pageTitle(title: string): string {
  const tokens = sharedMd.parseInline(title, {})
  return tokens
    .map((t) => (t.children ?? []).filter((c) => ['text', 'code_inline'].includes(c.type) && !/^\s*$/.test(c.content)).map((c) => c.content.trim()).join(' '))
    .filter(Boolean)
    .join(' ')
}
