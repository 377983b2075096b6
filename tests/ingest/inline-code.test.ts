import { describe, expect, it } from 'vitest'
import { parseHtml } from '../../src/ingest/html.ts'
import { parseMarkdown } from '../../src/ingest/markdown.ts'
import type { Article } from '../../src/types.ts'

/** Each block's inline code, as the article's text holds it. */
const codeOf = (a: Article) => a.blocks.filter((b) => b.code).map((b) => b.code!.map((c) => a.text.slice(c.start, c.end)))

describe('inline code of blocks', () => {
  it('keeps where a Markdown post sets words as code: paragraphs, list items, headings, quotations', () => {
    const md = [
      '# Changes to i128',
      '',
      '### `defineModel` is now stable',
      '',
      'Assuming the alignment of `i128` rather than using `align_of` is wrong, as `i8` is.',
      '',
      '- Ignoring the `improper_ctypes*` lints',
      '',
      '> GCC calls it `__int128`.',
      '',
      '```rust',
      'let x: i128 = 1;',
      '```',
    ].join('\n')
    expect(codeOf(parseMarkdown(md, 'post.md'))).toEqual([['defineModel'], ['i128', 'align_of', 'i8'], ['improper_ctypes*'], ['__int128']])
  })

  it('keeps a page’s <code>, <kbd> and <samp> in paragraphs, items, headings and loose text, not in <pre>', () => {
    const html = `<html><body><article><h1>Profiling rustc</h1>
      <p>Press <kbd>Ctrl</kbd> + <kbd>Shift</kbd> + <kbd>i</kbd> to open the console, then run <code>crox <code>--minimum-duration</code></code> on the trace file you made.</p>
      <ul><li>Select the <code>chrome_profiler.json</code> file we created before.</li></ul>
      <h2>The <samp>summarize</samp> tool</h2>
      <div>It prints a table of the <code>rustc</code> queries that took the longest.</div>
      <pre><code>summarize summarize regex-17088</code></pre>
    </article></body></html>`
    expect(codeOf(parseHtml(html, 'page.html'))).toEqual([['Ctrl', 'Shift', 'i', 'crox --minimum-duration'], ['chrome_profiler.json'], ['summarize'], ['rustc']])
  })

  it('marks nothing that cleaning changed or that stands only inside a longer word', () => {
    const a = parseMarkdown('Intro text.\n\nThe `i8` type differs from i128 and `gone` is elsewhere. Both matter here for the layout.', 'x.md')
    expect(codeOf(a)).toEqual([['i8', 'gone']])
    const b = parseMarkdown('A word like int`x` glued.\n\nMore text here for the article.', 'y.md')
    expect(codeOf(b)).toEqual([])
  })
})
