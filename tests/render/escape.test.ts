import MarkdownExit from 'markdown-exit'
import { describe, expect, it } from 'vitest'
import { htmlAttr, jsonAttr, mdInline, mdInlineCode, mdNote, oneLine, safeUrl } from '../../src/render/escape.ts'

describe('escape helpers', () => {
  it('keeps no-break spaces and holds guillemets to their words', () => {
    expect(oneLine('Les « boîtes\nnoires » du texte')).toBe('Les «\u00a0boîtes noires\u00a0» du texte')
    expect(oneLine('10\u202f% des  députés')).toBe('10\u202f% des députés')
  })

  it('holds a colon, semicolon, question or exclamation mark set after a space to the word before it, not one inside a word', () => {
    expect(oneLine('Infox et Covid-19 : comment une rumeur se répand ?')).toBe('Infox et Covid-19\u00a0: comment une rumeur se répand\u00a0?')
    expect(oneLine('Ratio 3:2; then 10 : 30 ! Done')).toBe('Ratio 3:2; then 10\u00a0: 30\u00a0! Done')
  })

  it('holds the hyphen that opens a command-line flag to its word, not one inside a word', () => {
    expect(oneLine('Cargo will enable the -Zembed-metadata=no feature')).toBe('Cargo will enable the -\u2060Zembed-metadata=no feature')
    expect(oneLine('--allow-fs-read and --allow-worker')).toBe('--\u2060allow-fs-read and --\u2060allow-worker')
    expect(oneLine('a well-known state-of-the-art tool - or not')).toBe('a well-known state-of-the-art tool - or not')
  })

  it('oneLine collapses whitespace', () => {
    expect(oneLine('  a \n\n b\t c\u00a0 ')).toBe('a b c')
  })

  it('mdInline neutralises inline and line-start markdown', () => {
    expect(mdInline('*a* _b_ `c` [d](e) $x$ a|b ~s~ ^h^ ==m==')).toBe('\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) &#36;x&#36; a\\|b \\~s\\~ \\^h\\^ \\=\\=m\\=\\=')
    expect(mdInline('1. first')).toBe('1\\. first')
    expect(mdInline('- dash')).toBe('\\- dash')
    expect(mdInline('+ plus')).toBe('\\+ plus')
    expect(mdInline('# hash')).toBe('\\# hash')
    expect(mdInline('> quote')).toBe('&gt; quote')
    expect(mdInline('::slot::')).toBe('\\::slot::')
    expect(mdInline('a <b> & c')).toBe('a &lt;b&gt; &amp; c')
    expect(mdInline('back\\slash')).toBe('back\\\\slash')
  })

  it('mdInline keeps Vue away from interpolations', () => {
    expect(mdInline('{{ x }}')).toBe('<span v-pre>{{ x }}</span>')
    expect(mdInline('{ x }')).toBe('{ x }')
  })

  it('mdNote escapes like mdInline without v-pre (notes are not compiled by Vue)', () => {
    expect(mdNote('{{ x }} <!-- a --> b')).toBe('{{ x }} &lt;!-- a --&gt; b')
    expect(mdNote('---')).toBe('\\---')
  })

  it('htmlAttr escapes quotes and markup on one line', () => {
    expect(htmlAttr(`a "b"\n'c' <d> & e`)).toBe('a &quot;b&quot; &#39;c&#39; &lt;d&gt; &amp; e')
  })

  it('jsonAttr is valid JSON once entities are decoded', () => {
    const value = [{ label: `it's <b> & "q"`, amount: null }]
    const attr = jsonAttr(value)
    expect(attr).not.toMatch(/['<>]/)
    const decoded = attr.replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
    expect(JSON.parse(decoded)).toEqual(value)
  })

  it('safeUrl accepts only http(s)', () => {
    expect(safeUrl('https://example.org/a (b)')).toBe('https://example.org/a%20%28b%29')
    expect(safeUrl('https://example.org/a)b')).toBe('https://example.org/a%29b')
    // a "$" stays the same address (as an entity markdown-it decodes), never a raw "$" for Slidev's math to see
    expect(safeUrl('https://example.org/$id?$filter=a')).toBe('https://example.org/&#36;id?&#36;filter=a')
    expect(new MarkdownExit().render(`[a](${safeUrl('https://example.org/$id?$filter=a')})`)).toContain('href="https://example.org/$id?$filter=a"')
    expect(safeUrl('javascript:alert(1)')).toBeUndefined()
    expect(safeUrl('data:text/html,x')).toBeUndefined()
    expect(safeUrl('not a url')).toBeUndefined()
    expect(safeUrl(undefined)).toBeUndefined()
  })
})

describe('mdInlineCode', () => {
  const md = new MarkdownExit({ html: true })
  it('sets the marked words in <code>, escaped as the rest is', () => {
    const text = 'Set $HOME and *opts* with x_y'
    const code = [{ start: 4, end: 9 }, { start: 26, end: 29 }]
    expect(mdInlineCode(text, code)).toBe('Set <code>&#36;HOME</code> and \\*opts\\* with <code>x\\_y</code>')
    expect(md.renderInline(mdInlineCode(text, code))).toBe('Set <code>$HOME</code> and *opts* with <code>x_y</code>')
  })

  it('reads as mdInline does without code, or when the marked words are gone from the line', () => {
    expect(mdInlineCode('1. first {{ x }}')).toBe(mdInline('1. first {{ x }}'))
    expect(mdInlineCode('a b', [{ start: 1, end: 2 }])).toBe(mdInline('a b'))
  })

  it('keeps a line opening on code, and Vue away from an interpolation inside code', () => {
    expect(mdInlineCode('-Z flags are unstable', [{ start: 0, end: 2 }])).toBe('<code>-\u2060Z</code> flags are unstable')
    expect(mdInlineCode('Use {{ name }} in templates', [{ start: 4, end: 14 }])).toBe('<span v-pre>Use <code>{{ name }}</code> in templates</span>')
    expect(mdInlineCode('See https://example.org now', [{ start: 4, end: 23 }])).toBe('See <code>https&#58;//example.org</code> now')
  })
})
