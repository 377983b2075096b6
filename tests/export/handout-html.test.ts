import { describe, expect, it } from 'vitest'
import { escapeHtml, footerTemplate, handoutHtml, slideAnchor, textDirection } from '../../src/export/handout-html.ts'

/** The `.shot` CSS rule of a handout document. */
function shotRule(html: string): string {
  return /\.shot \{[^}]*\}/.exec(html)?.[0] ?? ''
}

describe('handoutHtml', () => {
  it('escapes all article text so it shows literally', () => {
    const html = handoutHtml({
      title: 'Deck <b>bold</b>',
      author: 'A & B',
      slides: [{ title: 'Use {{ x }} & <script>alert(1)</script> "q"', notes: ['Say "<img src=x onerror=alert(1)>" and {{ y }}'] }],
    })
    expect(html).not.toContain('<script>alert')
    expect(html).not.toContain('<img src=x')
    expect(html).not.toContain('<b>bold')
    expect(html).toContain('Use {{ x }} &amp; &lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('Say &quot;&lt;img src=x onerror=alert(1)&gt;&quot; and {{ y }}')
    expect(html).toContain('A &amp; B')
    // the frame's accessible name is escaped too (it is an attribute)
    expect(html).toContain('aria-label="Slide 1 of 1: Use {{ x }} &amp; &lt;script&gt;alert(1)&lt;/script&gt; &quot;q&quot;"')
  })

  it('has one section per slide with a frame linking to it, numbered title and note paragraphs', () => {
    const html = handoutHtml({
      title: 'T',
      lang: 'fr',
      slides: [
        { title: 'One', notes: ['First.', 'Second.'] },
        { title: 'Two', notes: [] },
      ],
    })
    expect(html).toContain('<html lang="fr">')
    expect(html.match(/<section class="slide"/g)).toHaveLength(2)
    expect(html).not.toContain('<img')
    // each frame is an empty self-link to its own section, described as an image
    for (const n of [1, 2]) {
      expect(html).toContain(`<section class="slide" id="${slideAnchor(n)}">`)
      expect(html).toContain(`<a class="shot" href="#${slideAnchor(n)}" role="img" aria-label="Diapositive ${n} sur 2 : ${n === 1 ? 'One' : 'Two'}"></a>`)
    }
    expect(html.match(/<a class="shot"/g)).toHaveLength(2)
    expect(html).toContain('<h2><span class="no">2</span>Two</h2>')
    expect(html.match(/<p class="note">/g)).toHaveLength(2)
  })

  it('gives the frames the slide aspect ratio, inside the border, never taller than a page allows', () => {
    const wide = shotRule(handoutHtml({ title: 'T', slides: [{ title: 'S', notes: [] }] }))
    expect(wide).toContain('aspect-ratio: 980 / 552')
    expect(wide).toContain('box-sizing: content-box')
    expect(wide).toContain('break-inside: avoid')
    const square = shotRule(handoutHtml({ title: 'T', slideSize: { width: 720, height: 540 }, slides: [{ title: 'S', notes: [] }] }))
    expect(square).toContain('aspect-ratio: 720 / 540')
    // a portrait slide gets narrower so that its frame fits on one page with its title
    const portrait = shotRule(handoutHtml({ title: 'T', slideSize: { width: 980, height: 1743 }, slides: [{ title: 'S', notes: [] }] }))
    const mm = Number(/width: min\([^,]+, ([\d.]+)mm\)/.exec(portrait)?.[1])
    expect(mm * (1743 / 980)).toBeLessThan(200)
    // a nonsense size falls back to 16:9
    expect(shotRule(handoutHtml({ title: 'T', slideSize: { width: 0, height: 0 }, slides: [] }))).toContain('aspect-ratio: 980 / 552')
  })

  it('reads right to left for right-to-left languages', () => {
    expect(handoutHtml({ title: 'T', lang: 'ar', slides: [] })).toContain('<html lang="ar" dir="rtl">')
    expect(handoutHtml({ title: 'T', lang: 'he-IL', slides: [] })).toContain('dir="rtl"')
    expect(handoutHtml({ title: 'T', lang: 'en', slides: [] })).not.toContain('dir=')
    expect(textDirection('fa')).toBe('rtl')
    expect(textDirection('ur-PK')).toBe('rtl')
    expect(textDirection('fr')).toBe('ltr')
    expect(textDirection('arn')).toBe('ltr') // Mapudungun, not Arabic
    expect(textDirection(undefined)).toBe('ltr')
  })

  it('keeps short notes with their slide and lets long notes flow', () => {
    const long = 'word '.repeat(200)
    const html = handoutHtml({ title: 'T', slides: [{ title: 'S', notes: ['Intro.', long, long] }] })
    const head = html.slice(html.indexOf('<div class="head">'), html.indexOf('</div>', html.indexOf('<div class="head">')))
    expect(head).toContain('class="shot"')
    expect(head).toContain('Intro.')
    expect(head).not.toContain('word word')
    const short = handoutHtml({ title: 'T', slides: [{ title: 'S', notes: ['Intro.', 'More.'] }] })
    const shortHead = short.slice(short.indexOf('<div class="head">'), short.indexOf('</div>', short.indexOf('<div class="head">')))
    expect(shortHead).toContain('More.')
    // a long first paragraph flows from under the picture rather than being kept with it
    const longFirst = handoutHtml({ title: 'T', slides: [{ title: 'S', notes: [long] }] })
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
    expect(f).toContain('Page <span class="pageNumber"></span> of <span class="totalPages"></span>')
  })

  it('counts pages in the deck’s language', () => {
    expect(footerTemplate('T', 'de')).toContain('Seite <span class="pageNumber"></span> von <span class="totalPages"></span>')
    expect(footerTemplate('T', 'zh-CN')).toContain('第 <span class="pageNumber"></span> 页，共 <span class="totalPages"></span> 页')
  })
})

describe('escapeHtml', () => {
  it('escapes the five special characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;')
  })
})
