import { describe, expect, it } from 'vitest'
import { escapeHtml, footerTemplate, handoutHtml } from '../../src/export/handout-html.ts'

const img = 'data:image/png;base64,AAAA'

describe('handoutHtml', () => {
  it('escapes all article text so it shows literally', () => {
    const html = handoutHtml({
      title: 'Deck <b>bold</b>',
      author: 'A & B',
      slides: [{ title: 'Use {{ x }} & <script>alert(1)</script>', image: img, notes: ['Say "<img src=x onerror=alert(1)>" and {{ y }}'] }],
    })
    expect(html).not.toContain('<script>alert')
    expect(html).not.toContain('<img src=x')
    expect(html).not.toContain('<b>bold')
    expect(html).toContain('Use {{ x }} &amp; &lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('Say &quot;&lt;img src=x onerror=alert(1)&gt;&quot; and {{ y }}')
    expect(html).toContain('A &amp; B')
  })

  it('has one section per slide with its picture, numbered title and note paragraphs', () => {
    const html = handoutHtml({
      title: 'T',
      lang: 'fr',
      slides: [
        { title: 'One', image: img, notes: ['First.', 'Second.'] },
        { title: 'Two', image: img, notes: [] },
      ],
    })
    expect(html).toContain('<html lang="fr">')
    expect(html.match(/<section class="slide"/g)).toHaveLength(2)
    expect(html.match(/<img class="shot"/g)).toHaveLength(2)
    expect(html).toContain('<h2><span class="no">2</span>Two</h2>')
    expect(html.match(/<p class="note">/g)).toHaveLength(2)
  })

  it('keeps short notes with their slide and lets long notes flow', () => {
    const long = 'word '.repeat(200)
    const html = handoutHtml({ title: 'T', slides: [{ title: 'S', image: img, notes: ['Intro.', long, long] }] })
    const head = html.slice(html.indexOf('<div class="head">'), html.indexOf('</div>', html.indexOf('<div class="head">')))
    expect(head).toContain('Intro.')
    expect(head).not.toContain('word word')
    const short = handoutHtml({ title: 'T', slides: [{ title: 'S', image: img, notes: ['Intro.', 'More.'] }] })
    const shortHead = short.slice(short.indexOf('<div class="head">'), short.indexOf('</div>', short.indexOf('<div class="head">')))
    expect(shortHead).toContain('More.')
    // a long first paragraph flows from under the picture rather than being kept with it
    const longFirst = handoutHtml({ title: 'T', slides: [{ title: 'S', image: img, notes: [long] }] })
    const longHead = longFirst.slice(longFirst.indexOf('<div class="head">'), longFirst.indexOf('</div>', longFirst.indexOf('<div class="head">')))
    expect(longHead).not.toContain('word word')
    expect(longFirst).toContain('word word')
  })
})

describe('footerTemplate', () => {
  it('escapes the title and has page number placeholders', () => {
    const f = footerTemplate('<b>T</b>')
    expect(f).toContain('&lt;b&gt;T&lt;/b&gt;')
    expect(f).toContain('class="pageNumber"')
    expect(f).toContain('class="totalPages"')
  })
})

describe('escapeHtml', () => {
  it('escapes the five special characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;')
  })
})
