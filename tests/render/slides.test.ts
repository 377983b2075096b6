import { describe, expect, it } from 'vitest'
import { originLabel, slideBody, slideFrontmatter, sourceLabel } from '../../src/render/slides.ts'
import type { Slide } from '../../src/types.ts'

const notes = [{ text: 'First note.' }, { text: 'Second note.' }]

describe('slideFrontmatter', () => {
  it('names the slide kind (the deck styles lay out each kind; no Slidev layout needed)', () => {
    expect(slideFrontmatter({ kind: 'quote', quoteKind: 'direct', title: 'A', text: 'x', span: { start: 0, end: 1 }, notes })).toEqual({ class: 'dw-quote' })
    expect(slideFrontmatter({ kind: 'key-figure', title: 'A', value: '1', label: 'l', notes })).toEqual({ class: 'dw-key-figure' })
    expect(slideFrontmatter({ kind: 'section', section: 0, title: 'Short', bullets: [], continued: false, notes })).toEqual({ class: 'dw-section' })
  })

  it('sets long agendas in two, very long ones in three columns; titles get no class (the slide fit sizes them)', () => {
    const long = 'A title that is far too long to fit on one line of a slide'
    expect(slideFrontmatter({ kind: 'section', section: 0, title: long, bullets: [], continued: false, notes }).class).toBe('dw-section')
    const items = Array.from({ length: 22 }, (_, i) => `Part ${i + 1}`)
    expect(slideFrontmatter({ kind: 'agenda', title: 'Agenda', items: items.slice(0, 6), notes }).class).toBe('dw-agenda dw-two-columns')
    expect(slideFrontmatter({ kind: 'agenda', title: 'Agenda', items: items.slice(0, 5), notes }).class).toBe('dw-agenda')
    expect(slideFrontmatter({ kind: 'agenda', title: 'Agenda', items: items.slice(0, 18), notes }).class).toBe('dw-agenda dw-two-columns')
    expect(slideFrontmatter({ kind: 'agenda', title: 'Agenda', items, notes }).class).toBe('dw-agenda dw-three-columns')
  })

  it('sets a list of more names than one column of bullets holds in two columns, not longer bullets', () => {
    const bullets = (texts: string[]) => texts.map((text, i) => ({ text, source: { start: i * 10, end: i * 10 + 5 } }))
    const names = ['serde', 'rand', 'tokio', 'async', 'clap', 'regex', 'log', 'futures', 'hyper', 'lazy_static']
    const slide = (texts: string[]): Slide => ({ kind: 'section', section: 0, title: 'Libraries', lead: 'The top ten:', leadSource: { start: 0, end: 1 }, bullets: bullets(texts), continued: false, notes })
    expect(slideFrontmatter(slide(names)).class).toBe('dw-section dw-two-columns')
    expect(slideFrontmatter(slide(names.slice(0, 6))).class).toBe('dw-section')
    expect(slideFrontmatter(slide(names.map((n) => `the ${n} crate for small programs`))).class).toBe('dw-section')
  })
})

describe('slideBody', () => {
  const ctx = { lang: 'en' }
  it('writes a section slide as a heading, bullets and notes in one comment', () => {
    const slide: Slide = { kind: 'section', section: 0, title: 'Costs', continued: false, notes, bullets: [{ text: 'One', source: { start: 0, end: 3 } }, { text: 'Two', source: { start: 4, end: 7 } }] }
    expect(slideBody(slide, ctx)).toBe('# Costs\n\n- One\n- Two\n\n<!--\nFirst note.\n\nSecond note.\n-->')
  })

  it('numbers the agenda\'s parts, but not again parts whose titles carry their own numbers', () => {
    expect(slideBody({ kind: 'agenda', title: 'Agenda', items: ['Costs', 'Outlook'], notes }, ctx)).toContain('1. Costs\n2. Outlook')
    const own = slideBody({ kind: 'agenda', title: 'Agenda', items: ['Penny Hoarders know better', '1. Garage', '2. Backyard'], notes }, ctx)
    expect(own).toContain('- Penny Hoarders know better\n- 1\\. Garage\n- 2\\. Backyard')
  })

  it('names who speaks under the bullets: the author of an essay’s “I”, the issuer of a release’s “we”, the speaker of a block quotation', () => {
    const base: Slide = { kind: 'section', section: 0, title: 'Outlook', continued: false, notes, bullets: [{ text: 'We expect growth', source: { start: 0, end: 16 } }] }
    expect(slideBody({ ...base, voice: 'Jane Doe' }, ctx)).toContain('<div class="dw-voice">\n\n— Jane Doe, the author\n\n</div>')
    expect(slideBody({ ...base, issuer: 'Meta Platforms, Inc.' }, ctx)).toContain('<div class="dw-voice">\n\n— Meta Platforms, Inc.\n\n</div>')
    // (the speaker of a testimony the page quotes is no author)
    expect(slideBody({ ...base, speaker: 'Mark Zuckerberg' }, ctx)).toContain('<div class="dw-voice">\n\n— Mark Zuckerberg\n\n</div>')
    expect(slideBody(base, ctx)).not.toContain('dw-voice')
    const takeaways: Slide = { kind: 'takeaways', title: 'Takeaways', notes, bullets: base.bullets, issuer: 'Meta Platforms, Inc.' }
    expect(slideBody(takeaways, ctx)).toContain('<div class="dw-voice">\n\n— Meta Platforms, Inc.\n\n</div>')
  })

  it('writes the line that introduces a list above its items, as text', () => {
    const slide: Slide = { kind: 'section', section: 0, title: 'Introduction', continued: false, notes, lead: 'Worry only if you use <b>i128</b> in *FFI*:', leadSource: { start: 0, end: 40 }, bullets: [{ text: 'One', source: { start: 41, end: 44 } }] }
    const body = slideBody(slide, ctx)
    expect(body.indexOf('<div class="dw-lead">')).toBeGreaterThan(body.indexOf('# Introduction'))
    expect(body.indexOf('<div class="dw-lead">')).toBeLessThan(body.indexOf('- One'))
    expect(body).not.toContain('<b>')
    expect(body).not.toMatch(/(?<!\\)\*FFI/)
    expect(slideBody({ ...slide, lead: undefined }, ctx)).not.toContain('dw-lead')
  })

  it('writes components with escaped attributes', () => {
    const quote = slideBody({ kind: 'quote', quoteKind: 'paraphrase', title: 'Ann, Org', text: 'a "b" <c>', speaker: 'Ann', affiliation: 'Org', span: { start: 0, end: 1 }, notes }, ctx)
    expect(quote).toContain('<Quote text="a &quot;b&quot; &lt;c&gt;" speaker="Ann" affiliation="Org" kind="paraphrase" lang="en" />')
    const led = slideBody({ kind: 'quote', quoteKind: 'direct', title: 'Ann', lead: 'When it <began>,', text: 'it rained', speaker: 'Ann', span: { start: 0, end: 1 }, notes }, ctx)
    expect(led).toContain('<Quote text="it rained" lead="When it &lt;began&gt;," speaker="Ann" kind="direct" lang="en" />')
    const cost = slideBody({ kind: 'cost', title: 'What it cost', items: [{ label: "it's", amount: 5, currency: 'USD' }, { label: 'b', amount: null }], caption: 'c', notes }, ctx)
    expect(cost).toContain(`<CostComparison caption="c" locale="en" :items='[{"label":"it&#39;s","amount":5,"currency":"USD"},{"label":"b","amount":null}]' />`)
    const fig = slideBody({ kind: 'key-figure', title: 'Key figure', value: '< $6M', label: 'Cost', notes }, ctx)
    expect(fig).toContain('<KeyFigure value="&lt; &#36;6M" label="Cost" />')
  })

  it('links only http(s) sources', () => {
    const sources = (url: string): Slide => ({ kind: 'sources', title: 'Sources', articleTitle: 'T', url, notes })
    expect(slideBody(sources('https://example.org/x'), ctx)).toContain('- Source: [https&#58;//example.org/x](https://example.org/x)')
    expect(slideBody(sources('javascript:alert(1)'), ctx)).not.toContain('javascript')
  })

  it('without an address names no source (a local file’s name tells an audience nothing) and never credits the tool', () => {
    const body = slideBody({ kind: 'sources', title: 'Sources', articleTitle: 'T', notes }, ctx)
    expect(body).toContain('- Article: T')
    expect(body).not.toContain('- Source')
    expect(body).not.toMatch(/deckwright/i)
  })

  it('sets the label’s colon as the deck’s language does', () => {
    const sources: Slide = { kind: 'sources', title: 'S', articleTitle: 'T', author: 'A', notes }
    expect(slideBody(sources, { lang: 'en' })).toContain('- Author: A')
    expect(slideBody(sources, { lang: 'zh' })).toContain('- 作者：A')
    expect(slideBody(sources, { lang: 'fr' })).toContain('- Auteur\u202f: A')
  })

  it('names a press release’s issuer as such', () => {
    const sources: Slide = { kind: 'sources', title: 'S', articleTitle: 'T', issuer: 'Meta Platforms, Inc.', date: 'April 24, 2024', notes }
    expect(slideBody(sources, { lang: 'en' })).toContain('- Issued by: Meta Platforms, Inc.')
    expect(slideBody(sources, { lang: 'en' })).toContain('- Published: April 24, 2024')
  })
})

describe('the cover', () => {
  it('names a web source by its site; the sources slide keeps the whole address', () => {
    expect(sourceLabel('https://www.washingtonpost.com/world/gunmen-storm-museum/2015/03/18/story.html')).toBe('washingtonpost.com')
    expect(sourceLabel('http://example.org:8080/a?b')).toBe('example.org')
    expect(sourceLabel('The Daily Planet')).toBe('The Daily Planet')
    const cover = slideBody({ kind: 'title', title: 'T', byline: 'Ann Lee', source: 'https://www.example.org/news/2015/a-long-path.html', notes }, { lang: 'en' })
    expect(cover).toContain('Ann Lee · example.org')
    expect(cover).not.toContain('a-long-path')
  })
})

describe('originLabel', () => {
  it('shows URLs whole, stdin by name and files by their base name', () => {
    expect(originLabel('https://example.org/a')).toBe('https://example.org/a')
    expect(originLabel('-')).toBe('standard input')
    expect(originLabel('/home/me/articles/a.txt')).toBe('a.txt')
    // on POSIX a backslash is part of a file name
    expect(originLabel('/tmp/a\\b.md')).toBe('a\\b.md')
  })
})

describe('source links through markdown-it', () => {
  it('keep the whole URL as the link target, even with an unbalanced parenthesis', async () => {
    const { default: MarkdownIt } = await import('markdown-it')
    const url = 'https://example.org/wiki/a)b_(c'
    const body = slideBody({ kind: 'sources', title: 'Sources', articleTitle: 'T', url, notes }, { lang: 'en' })
    const line = body.split('\n').find((l) => l.startsWith('- Source:'))!
    const html = new MarkdownIt({ html: true }).renderInline(line.slice(2))
    expect(html).toMatch(/^Source: <a href="https:\/\/example\.org\/wiki\/a%29b_%28c">[^<]*<\/a>$/)
  })
})

describe('table and chart captions', () => {
  const table = (title: string, caption: string): Slide => ({ kind: 'table', title, caption, table: 0, notes, columns: [{ label: '', numeric: false }, { label: 'Q3', numeric: true }], rows: [{ cells: ['Revenue', '$1'] }] })
  it('keeps the caption for screen readers only when the title says it, on a continued slide too', () => {
    expect(slideBody(table('Results', 'Results'), { lang: 'en' })).toContain(' caption-hidden ')
    expect(slideBody(table('Results (cont.)', 'Results'), { lang: 'en' })).toContain(' caption-hidden ')
    expect(slideBody(table('Results (suite)', 'Results'), { lang: 'fr' })).toContain(' caption-hidden ')
    expect(slideBody(table('Segment results', 'Results'), { lang: 'en' })).not.toContain('caption-hidden')
    expect(slideBody(table('Results by quarter', 'Results'), { lang: 'en' })).not.toContain('caption-hidden')
  })
})
