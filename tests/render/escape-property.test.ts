/**
 * Property-based escaping tests: article text made of markdown / HTML / Vue / Slidev syntax goes
 * through renderDeck, then through Slidev's own parser (slide split, notes), markdown-it with
 * html enabled (as Slidev renders slides and notes) and Vue's template parser (as the slide is
 * compiled). Nothing in the text may become structure, and it must read back as written.
 * A failure prints fast-check's seed and path; replay one with FC_SEED=<seed>.
 */
import { detectFeatures, parseSync } from '@slidev/parser'
import { NodeTypes, parse as parseTemplate, type AttributeNode, type DirectiveNode, type ElementNode, type TemplateChildNode } from '@vue/compiler-dom'
import fc from 'fast-check'
import { parseHTML } from 'linkedom'
import MarkdownExit from 'markdown-exit'
import { describe, expect, it } from 'vitest'
import { oneLine } from '../../src/render/escape.ts'
import { renderDeck, type RenderOptions } from '../../src/render/index.ts'
import { text } from './hostile-text.ts'
import type { CostItem, DeckPlan, Slide, Span } from '../../src/types.ts'

if (process.env.FC_SEED) fc.configureGlobal({ seed: Number(process.env.FC_SEED) })

interface Texts {
  title: string; subtitle: string; byline: string; date: string
  agenda: string[]; sectionTitle: string; bullets: string[]; notes: string[]
  quote: string; speaker: string; affiliation: string
  costLabel: string; costSource: string; costNote: string; caption: string
  figure: string; figureLabel: string; figureContext: string
  articleTitle: string; author: string
  personName: string; personDescription: string
}

/**
 * The byline is also the headmatter's `author`; Slidev cuts a headmatter at the first "---"
 * anywhere (see the headmatter property below), so the body properties keep it out of the byline.
 */
const byline = text.filter((s) => !s.includes('---'))

const texts: fc.Arbitrary<Texts> = fc.record({
  title: text, subtitle: text, byline, date: text,
  agenda: fc.array(text, { minLength: 1, maxLength: 3 }),
  sectionTitle: text,
  bullets: fc.array(text, { minLength: 1, maxLength: 4 }),
  notes: fc.array(text, { minLength: 1, maxLength: 3 }),
  quote: text, speaker: text, affiliation: text,
  costLabel: text, costSource: text, costNote: text, caption: text,
  figure: text, figureLabel: text, figureContext: text,
  articleTitle: text, author: text,
  personName: text, personDescription: text,
})

/** The middle third of a bullet's text, marked as its inline code (`Bullet.code`). */
function middleThird(text: string): Span[] {
  return text.length >= 3 ? [{ start: Math.floor(text.length / 3), end: Math.floor((2 * text.length) / 3) }] : []
}

function makePlan(t: Texts): DeckPlan {
  const notes = t.notes.map((n) => ({ text: n }))
  const span = { start: 0, end: 1 }
  const items: CostItem[] = [
    { label: t.costLabel, amount: 6e6, currency: 'USD', qualifier: 'under', source: t.costSource },
    { label: t.costNote, amount: null, note: t.costNote },
  ]
  const slides: Slide[] = [
    { kind: 'title', title: t.title, subtitle: t.subtitle, byline: t.byline, date: t.date, notes },
    { kind: 'agenda', title: 'Agenda', items: t.agenda, notes },
    { kind: 'section', section: 0, title: t.sectionTitle, bullets: t.bullets.map((b) => ({ text: b, source: span, code: middleThird(b) })), continued: false, notes },
    { kind: 'quote', quoteKind: 'direct', title: t.speaker, text: t.quote, speaker: t.speaker, affiliation: t.affiliation, span, notes },
    { kind: 'cost', title: 'What it cost', items, caption: t.caption, notes },
    { kind: 'key-figure', title: 'Key figure', value: t.figure, label: t.figureLabel, context: t.figureContext, notes },
    { kind: 'takeaways', title: 'Takeaways', bullets: t.bullets.map((b) => ({ text: b, source: span })), notes },
    { kind: 'sources', title: 'Sources', articleTitle: t.articleTitle, author: t.author, url: 'https://example.org/a?b=1&c={{d}}&$e=1', date: t.date, notes },
    { kind: 'people', title: 'Who’s who', people: [{ name: t.personName, description: t.personDescription, source: span }], notes },
    { kind: 'code', title: t.sectionTitle, blocks: [t.quote, t.caption], span, notes },
  ]
  return {
    // the deck title lands in the headmatter: exercised by its own property below
    title: 'Deck',
    lang: 'en',
    options: { theme: 'default', colorSchema: 'light', aspectRatio: '16/9' },
    slides,
    notices: [],
  }
}

const OPTIONS: RenderOptions = { pdfName: 'deck.pdf', origin: 'article.txt', version: '0.0.0-test' }

// Slidev renders slide markdown with markdown-exit (a markdown-it port): html, xhtmlOut and
// linkify on (createMarkdownPlugin); notes with html on only (notesMd)
const md = MarkdownExit({ html: true, xhtmlOut: true, linkify: true, quotes: '""\'\'' })
const notesMd = MarkdownExit({ html: true })

/** Components and attributes the renderer itself writes; anything else came from the text. */
const COMPONENT_ATTRS: Record<string, readonly string[]> = {
  Quote: ['text', 'speaker', 'affiliation', 'source', 'kind', 'lang'],
  CostComparison: ['caption', 'locale'],
  KeyFigure: ['value', 'label', 'context'],
  CodeListing: [],
  div: ['class'],
  a: ['href'],
  span: [],
}
const MARKDOWN_TAGS = new Set(['h1', 'p', 'ul', 'ol', 'li', 'strong', 'code'])

function walk(nodes: readonly TemplateChildNode[], visit: (n: TemplateChildNode) => void): void {
  for (const n of nodes) {
    visit(n)
    if (n.type === NodeTypes.ELEMENT) walk(n.children, visit)
  }
}

function textOf(node: TemplateChildNode): string {
  if (node.type === NodeTypes.TEXT) return node.content
  if (node.type === NodeTypes.ELEMENT) return node.children.map(textOf).join('')
  if (node.type === NodeTypes.INTERPOLATION) return '{{INTERPOLATION}}'
  return ''
}
const visible = (node: TemplateChildNode) => textOf(node).replace(/[ \t\r\n\f]+/g, ' ').trim()

function elements(nodes: readonly TemplateChildNode[], tag: string): ElementNode[] {
  const out: ElementNode[] = []
  walk(nodes, (n) => {
    if (n.type === NodeTypes.ELEMENT && n.tag === tag) out.push(n)
  })
  return out
}

function attr(el: ElementNode, name: string): string | undefined {
  const p = el.props.find((x): x is AttributeNode => x.type === NodeTypes.ATTRIBUTE && x.name === name)
  return p?.value?.content
}

/** Compiles one slide's markdown like Slidev and checks that the text stayed text. */
function compileSlide(content: string): TemplateChildNode[] {
  const html = md.render(content)
  const errors: string[] = []
  const root = parseTemplate(html, { onError: (e) => errors.push(e.message) })
  expect(errors, `Vue could not parse:\n${html}`).toEqual([])
  walk(root.children, (n) => {
    expect(n.type, `interpolation from the text in:\n${html}`).not.toBe(NodeTypes.INTERPOLATION)
    if (n.type !== NodeTypes.ELEMENT) return
    const allowed = COMPONENT_ATTRS[n.tag]
    expect(allowed !== undefined || MARKDOWN_TAGS.has(n.tag), `element <${n.tag}> from the text in:\n${html}`).toBe(true)
    for (const p of n.props) {
      if (p.type === NodeTypes.DIRECTIVE) {
        const d = p as DirectiveNode
        const ok = (n.tag === 'CostComparison' && d.rawName === ':items') || (n.tag === 'CodeListing' && d.rawName === ':blocks')
        expect(ok, `directive ${d.rawName} on <${n.tag}> in:\n${html}`).toBe(true)
      } else {
        expect((allowed ?? []).includes(p.name), `attribute ${p.name} on <${n.tag}> in:\n${html}`).toBe(true)
      }
    }
  })
  return root.children
}

/** The note as Slidev's presenter shows it: markdown-it → HTML (v-html, no Vue compile). */
function noteParagraphs(note: string): string[] {
  const html = notesMd.render(note)
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`)
  const children = [...document.body.children]
  for (const c of children) expect(c.tagName.toLowerCase(), `note became <${c.tagName}>:\n${html}`).toBe('p')
  expect(document.body.querySelectorAll('*').length, `elements inside a note:\n${html}`).toBe(children.length)
  return children.map((c) => (c.textContent ?? '').replace(/[ \t\r\n\f]+/g, ' ').trim())
}

const collapse = (s: string) => oneLine(s)

// thousands of renders and parses: allow for slow, busy machines
describe('renderDeck escaping (property-based)', { timeout: 180_000 }, () => {
  it('keeps the slide count, and each slide’s notes as its last comment (Slidev parser)', () => {
    fc.assert(
      fc.property(texts, (t) => {
        const plan = makePlan(t)
        const markdown = renderDeck(plan, OPTIONS)
        const deck = parseSync(markdown, '/deck/slides.md')
        expect(deck.slides.length).toBe(plan.slides.length)
        // prices are not formulas: no "$" left to turn Slidev's KaTeX on (src/export/slidev-contract.ts MATH_FEATURE)
        expect(detectFeatures(markdown).katex, 'the deck turns KaTeX on').toBe(false)
        const seen = new Set<string>()
        deck.slides.forEach((s, i) => {
          const slide = plan.slides[i]!
          expect(s.note, `slide ${i} lost its notes`).toBeDefined()
          // every slide carries the same notes here: read each distinct note once
          if (!seen.has(s.note!)) expect(noteParagraphs(s.note!)).toEqual(slide.notes.map((n) => collapse(n.text)))
          seen.add(s.note!)
          // the note was the slide's only and last comment: nothing of it is left in the content
          expect(s.content).not.toContain('<!--')
          if (i > 0) expect(String(s.frontmatter.class)).toMatch(new RegExp(`^dw-${slide.kind}\\b`))
        })
        expect(deck.slides[0]!.frontmatter.layout).toBe('cover')
      }),
      { numRuns: 900 },
    )
  })

  it('compiles to a Vue template whose text is exactly the input (markdown-it + Vue)', () => {
    fc.assert(
      fc.property(texts, (t) => {
        const plan = makePlan(t)
        const deck = parseSync(renderDeck(plan, OPTIONS), '/deck/slides.md')
        const [title, agenda, section, quote, cost, figure, takeaways, sources, people, code] = deck.slides.map((s) => compileSlide(s.content))

        const h1 = (nodes: TemplateChildNode[]) => elements(nodes, 'h1').map(visible)
        const lis = (nodes: TemplateChildNode[]) => elements(nodes, 'li').map(visible)

        expect(h1(title!)).toEqual([collapse(t.title)])
        expect(elements(title!, 'p').map(visible)).toEqual([collapse(t.subtitle), `${collapse(t.byline)} · ${collapse(t.date)}`])
        expect(lis(agenda!)).toEqual(t.agenda.map(collapse))
        expect(h1(section!)).toEqual([collapse(t.sectionTitle)])
        expect(lis(section!)).toEqual(t.bullets.map(collapse))
        // (the middle third of each bullet set as code: each <code> holds words of its bullet, and the bullet reads the same)
        for (const c of elements(section!, 'code').map(visible)) expect(t.bullets.map(collapse).some((b) => b.includes(c))).toBe(true)
        expect(lis(takeaways!)).toEqual(t.bullets.map(collapse))
        // a person's name set in bold, then who they are: both read back as written
        expect(lis(people!)).toEqual([`${collapse(t.personName)} — ${collapse(t.personDescription)}`.replace(/[ \t\r\n\f]+/g, ' ').trim()])
        expect(elements(people!, 'strong').map(visible)).toEqual([collapse(t.personName)])

        const [q] = elements(quote!, 'Quote')
        expect(q, 'no <Quote> on the quote slide').toBeDefined()
        expect([attr(q!, 'text'), attr(q!, 'speaker'), attr(q!, 'affiliation')]).toEqual([collapse(t.quote), collapse(t.speaker), collapse(t.affiliation)])

        const [c] = elements(cost!, 'CostComparison')
        expect(c, 'no <CostComparison> on the cost slide').toBeDefined()
        expect(attr(c!, 'caption')).toBe(collapse(t.caption))
        const bound = c!.props.find((p): p is DirectiveNode => p.type === NodeTypes.DIRECTIVE)
        const exp = bound?.exp
        expect(exp && exp.type === NodeTypes.SIMPLE_EXPRESSION ? JSON.parse(exp.content) : undefined).toEqual(
          (plan.slides[4] as Extract<Slide, { kind: 'cost' }>).items,
        )

        // code keeps every character, its spaces and line breaks too
        const [listing] = elements(code!, 'CodeListing')
        expect(listing, 'no <CodeListing> on the code slide').toBeDefined()
        const blocks = listing!.props.find((p): p is DirectiveNode => p.type === NodeTypes.DIRECTIVE)?.exp
        expect(blocks && blocks.type === NodeTypes.SIMPLE_EXPRESSION ? JSON.parse(blocks.content) : undefined).toEqual([t.quote, t.caption])

        const [k] = elements(figure!, 'KeyFigure')
        expect(k, 'no <KeyFigure> on the key-figure slide').toBeDefined()
        expect([attr(k!, 'value'), attr(k!, 'label'), attr(k!, 'context')]).toEqual([collapse(t.figure), collapse(t.figureLabel), collapse(t.figureContext)])

        const src = lis(sources!)
        expect(src[0]).toBe(`Article: ${collapse(t.articleTitle)}`)
        expect(src[1]).toBe(`Author: ${collapse(t.author)}`)
        expect(src[2]).toBe(`Published: ${collapse(t.date)}`)
        // the source link, and any link linkify made of a bare "www.…" in the text
        const hrefs = elements(sources!, 'a').map((a) => attr(a, 'href') ?? '')
        expect(hrefs.filter((h) => h === 'https://example.org/a?b=1&c=%7B%7Bd%7D%7D&$e=1')).toHaveLength(1)
        for (const h of hrefs) expect(h).toMatch(/^(https?:\/\/|mailto:)/)
      }),
      { numRuns: 600 },
    )
  })
})
