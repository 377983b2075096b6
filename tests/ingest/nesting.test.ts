import { describe, expect, it } from 'vitest'
import { parseHtml } from '../../src/ingest/html.ts'
import { parseMarkdown } from '../../src/ingest/markdown.ts'
import { parseDocx } from '../../src/ingest/docx.ts'
import { checkHtmlDepth, checkMarkdownDepth, checkXmlDepth, escapeOvermarkedParagraphs, MAX_HTML_DEPTH, MAX_INLINE_MARKS, MAX_XML_DEPTH } from '../../src/ingest/nesting.ts'
import { deepDocx } from './deep-docx.ts'
import { expectError } from './helpers.ts'

const body = 'The council voted on Tuesday to rebuild the garden beds before spring. '.repeat(4)

describe('Markdown nesting', () => {
  it('refuses 5,000 nested block quotes, 100,000 nested quotes and 3,000 nested lists', async () => {
    await expectError(() => parseMarkdown(`${'>'.repeat(5000)} deep\n\n${body}\n`, 'q.md'), 'INPUT_TOO_DEEP', /^q\.md: block quotes or lists are nested more than 100 levels deep/)
    await expectError(() => parseMarkdown(`${'> '.repeat(100_000)}deep\n\n${body}\n`, 'q.md'), 'INPUT_TOO_DEEP')
    await expectError(() => parseMarkdown(`${'- '.repeat(3000)}item\n\n${body}\n`, 'l.md'), 'INPUT_TOO_DEEP')
    const indented = Array.from({ length: 3000 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n')
    await expectError(() => parseMarkdown(`${indented}\n\n${body}\n`, 'l.md'), 'INPUT_TOO_DEEP')
  })

  it('refuses many lines nested deep, whose depths add up past the limit', async () => {
    await expectError(() => checkMarkdownDepth(`${'>'.repeat(100)} line\n`.repeat(4000), 'q.md'), 'INPUT_TOO_DEEP', /too deep too often/)
  })

  it('reads ordinary nesting: quotes in lists in quotes, indented lists, thematic breaks', () => {
    const md = `# Title\n\n${body}\n\n> - quoted item\n>   > nested quote\n\n- a\n  - b\n    - c\n      1. d\n\n* * *\n\n${body}\n`
    expect(() => checkMarkdownDepth(md, 'ok.md')).not.toThrow()
    expect(parseMarkdown(md, 'ok.md').text).toContain('nested quote')
  })

  it('reads the marks of an over-marked paragraph as literal characters, and leaves others alone', () => {
    const crowded = `${'*a '.repeat(MAX_INLINE_MARKS)}x${' b*'.repeat(10)}`
    const md = `Some *emphasis* here.\n\n${crowded}\n\nAnd _more_ [link](u).\n`
    const escaped = escapeOvermarkedParagraphs(md, 'x.md')
    expect(escaped.split('\n\n')[0]).toBe('Some *emphasis* here.')
    expect(escaped.split('\n\n')[2]).toBe('And _more_ [link](u).\n')
    expect(escaped.split('\n\n')[1]).toMatch(/^\\\*a \\\*a /)
    const article = parseMarkdown(`${body}\n\n${crowded}\n`, 'x.md')
    expect(article.text).toContain('*a *a *a')
  })

  it('refuses more crowded marks in all than it escapes', async () => {
    await expectError(() => escapeOvermarkedParagraphs(`${'*'.repeat(200_000)}\n`, 's.md'), 'INPUT_TOO_DEEP', /emphasis and link marks/)
  })
})

describe('HTML nesting', () => {
  it('refuses 100,000 nested <div>s before parsing them', async () => {
    const html = `<html><body>${'<div>'.repeat(100_000)}<p>${body}</p>${'</div>'.repeat(100_000)}</body></html>`
    await expectError(() => parseHtml(html, 'd.html'), 'INPUT_TOO_DEEP', /^d\.html: HTML elements are nested more than 512 levels deep/)
  })

  it('counts what a parser nests: not void, self-closing, implied-end or raw-text elements', () => {
    const many = (s: string) => s.repeat(MAX_HTML_DEPTH * 2)
    const html = `<html><body><article>${many('<p>text<br><img src=x><li>item')}<svg>${many('<path d="M0"/>')}</svg><script>${many('<div>')}</script>${many('<span>x</span>')}</article></body></html>`
    expect(() => checkHtmlDepth(html, 'ok.html')).not.toThrow()
    expect(() => checkHtmlDepth(`${'<div>'.repeat(MAX_HTML_DEPTH)}x`, 'ok.html')).not.toThrow()
    expect(() => checkHtmlDepth(`${'<div>'.repeat(MAX_HTML_DEPTH + 1)}x`, 'deep.html')).toThrow(/nested more than 512/)
  })
})

describe('XML nesting in a .docx', () => {
  it('refuses 100,000 nested elements in document.xml before mammoth reads them', async () => {
    const started = Date.now()
    await expectError(async () => parseDocx(await deepDocx(100_000), 'deep.docx'), 'INPUT_TOO_DEEP', /^deep\.docx: the Word document's elements \(word\/document\.xml\) are nested more than 512 levels deep/)
    expect(Date.now() - started).toBeLessThan(10_000)
  })

  it('reads a document nested as deep as the limit', async () => {
    const a = await parseDocx(await deepDocx(MAX_XML_DEPTH - 10), 'ok.docx')
    expect(a.text).toContain('deep')
  })

  it('counts start tags only: not end, self-closing, comment, CDATA, declaration or quoted ">"', () => {
    const many = (s: string) => s.repeat(MAX_XML_DEPTH * 2)
    const xml = `<?xml version="1.0"?><!DOCTYPE d><d>${many('<a x="1>2" y=\'<b>\'/>')}${many('<!-- <c> -->')}${many('<![CDATA[<e>]]>')}${many('<f>t</f>')}</d>`
    expect(() => checkXmlDepth(xml, 'ok.docx', 'p.xml')).not.toThrow()
    expect(() => checkXmlDepth(`${'<a>'.repeat(MAX_XML_DEPTH)}x`, 'ok.docx', 'p.xml')).not.toThrow()
    expect(() => checkXmlDepth(`${'<a >'.repeat(MAX_XML_DEPTH + 1)}x`, 'deep.docx', 'p.xml')).toThrow(/\(p\.xml\) are nested more than 512/)
  })
})
