import { describe, expect, it } from 'vitest'
import { parseHtml } from '../../src/ingest/html.ts'
import { parseMarkdown } from '../../src/ingest/markdown.ts'
import { blockTexts, expectError, expectWellFormed } from './helpers.ts'

describe('parseMarkdown', () => {
  it('maps front matter to meta and the leading H1 to the title', () => {
    const md = [
      '---',
      'title: Front Title',
      'author: [Ann Lee, Bo Chen]',
      'date: 2024-05-06',
      'url: https://example.org/post',
      'lang: de',
      'description: A summary.',
      '---',
      '',
      '# Heading Title',
      '',
      'Body paragraph.',
    ].join('\n')
    const a = parseMarkdown(md, 'post.md')
    expect(a.meta).toEqual({
      title: 'Front Title',
      byline: 'Ann Lee and Bo Chen',
      date: '2024-05-06',
      source: 'https://example.org/post',
      lang: 'de',
      description: 'A summary.',
    })
    expect(blockTexts(a)).toEqual(['Body paragraph.'])
    expect(a.format).toBe('markdown')
  })

  it('reads an italic line in title case as a heading, pieces joined by dashes; not an italic sentence or a caption', () => {
    const md = [
      'Studies show that fees inflate prices.',
      '',
      '*Junk Fees Hit Consumers* – *and Businesses* – *in the Pocketbook*  ',
      '',
      'Fees account for tens of billions of dollars in revenue.',
      '',
      '*The photo shows the harbour at dawn*',
      '',
      '*The harbour road was closed on Monday.*',
      '',
      '*Photo by John Smith on Unsplash*',
    ].join('\n')
    const a = parseMarkdown(md, 'fees.md')
    expect(a.blocks.map((b) => [b.kind, a.text.slice(b.start, b.end)])).toEqual([
      ['paragraph', 'Studies show that fees inflate prices.'],
      ['heading', 'Junk Fees Hit Consumers – and Businesses – in the Pocketbook'],
      ['paragraph', 'Fees account for tens of billions of dollars in revenue.'],
      ['paragraph', 'The photo shows the harbour at dawn'],
      ['paragraph', 'The harbour road was closed on Monday.'],
      // (and the picture's credit is no heading either: it is left off, boilerplate.ts)
    ])
  })

  it('reads a paragraph set in bold and nothing else as a heading, below every marked one; a line of no-break spaces is a blank line', () => {
    const md = [
      'The administration is taking action on junk fees.  ',
      '\u00a0\u00a0 ',
      '**<u>Defining “junk” fees</u>**  ',
      '\u00a0 ',
      'There is nothing wrong with a firm charging reasonable add-on fees.',
      '',
      '**Note:** the figures are estimates.',
      '',
      '**This paragraph is bold and says something.**',
      '',
      '> **Quoted in bold**',
      '',
      '**Idempotence**  ',
      'A single task may run more than once.',
      '',
      '**Positional Joins.** While SQL models unordered sets, order often has a meaning.',
      '',
      '**A whole sentence in bold.** Then another one.',
    ].join('\n')
    const a = parseMarkdown(md, 'fees.md')
    expectWellFormed(a)
    expect(a.blocks.map((b) => [b.kind, b.depth, a.text.slice(b.start, b.end)])).toEqual([
      ['paragraph', undefined, 'The administration is taking action on junk fees.'],
      ['heading', 6, 'Defining “junk” fees'],
      ['paragraph', undefined, 'There is nothing wrong with a firm charging reasonable add-on fees.'],
      ['paragraph', undefined, 'Note: the figures are estimates.'],
      ['paragraph', undefined, 'This paragraph is bold and says something.'],
      ['blockquote', undefined, 'Quoted in bold'],
      // a bold label ending its line runs into the paragraph
      ['paragraph', undefined, 'Idempotence: A single task may run more than once.'],
      // and so does one closed by its full stop
      ['paragraph', undefined, 'Positional Joins: While SQL models unordered sets, order often has a meaning.'],
      ['paragraph', undefined, 'A whole sentence in bold. Then another one.'],
    ])
  })

  it('reads Grow\'s "$title" and "$date", and HTML indented by tabs inside a <div> an HTML block opens as HTML, not code', () => {
    const md = ['---', '$title: "A year of open source funding"', '$date: January 9, 2019', 'author: Malte Ubl', '---', '', '<div class="amp-wp-article-content">', '', '\t\t<p>Happy new year! This is our one year funding report.</p><p>We believe volunteered free time is not a sustainable model.</p>', '', '</div>', '', '    const x = 1', ''].join('\n')
    const a = parseMarkdown(md, 'amp.md')
    expect(a.meta).toMatchObject({ title: 'A year of open source funding', date: '2019-01-09', byline: 'Malte Ubl' })
    expect(a.blocks.map((b) => [b.kind, a.text.slice(b.start, b.end)])).toEqual([
      ['paragraph', 'Happy new year! This is our one year funding report.'],
      ['paragraph', 'We believe volunteered free time is not a sustainable model.'],
      // (indented code after the element closes stays code)
      ['code', 'const x = 1'],
    ])
  })

  it('reads a header of fields a document opens on, set as code ("Title:", "Author:", "Created:"), as its title, authors and date', () => {
    const md = ['```', 'Filename: 331-res-tokens.md', 'Title: Res tokens: Anonymous Credentials for Onion Service DoS Resilience', 'Author: George Kadianakis, Mike Perry', 'Created: 2021-02-11', 'Status: Draft', '```', '', '# 0. Introduction', '', 'This proposal specifies a simple anonymous credential scheme.', '', '# 1. Motivation', '', 'Attacks on onion services have been explored.', ''].join('\n')
    const a = parseMarkdown(md, 'p.md')
    expect(a.meta).toMatchObject({ title: 'Res tokens: Anonymous Credentials for Onion Service DoS Resilience', byline: 'George Kadianakis, Mike Perry', date: '2021-02-11' })
    expect(a.blocks.map((b) => a.text.slice(b.start, b.end))).toEqual(['0. Introduction', 'This proposal specifies a simple anonymous credential scheme.', '1. Motivation', 'Attacks on onion services have been explored.'])
    // (code of other lines, or fields without a title, stay the article's)
    const code = parseMarkdown(['```', 'Status: Draft', 'Owner: ops', '```', '', 'The service runs.', ''].join('\n'), 'c.md')
    expect(code.blocks.map((b) => b.kind)).toEqual(['code', 'paragraph'])
  })

  it('takes the first H1 for the title over a short label line above it ("Shared with the CNCF community"), the label left out', () => {
    const md = ['Shared with the CNCF community', '', '# Software Supply Chain Best Practices', '', '## Metadata', '', 'Version 1.0 of the paper was approved in May.', '', '# Executive Summary', '', 'Attacks in 2020 grabbed headlines around the world.', ''].join('\n')
    const a = parseMarkdown(md, 'c.md')
    expect(a.meta.title).toBe('Software Supply Chain Best Practices')
    expect(a.text).not.toContain('Shared with the CNCF community')
    // (a sentence above it is the article's)
    const prose = parseMarkdown(['The paper was shared with the community.', '', '# Best Practices', '', 'Attacks grabbed headlines.', ''].join('\n'), 'p.md')
    expect(prose.text).toContain('The paper was shared with the community.')
  })

  it('takes the site\'s fuller title of the page when it holds the title ("seo_title: An Interview With cURL\'s Daniel Stenberg" over "title: Daniel Stenberg")', () => {
    const md = (extra: string) => ['---', 'title: "Daniel Stenberg"', extra, '---', '', 'My primary project is curl, which I have led for many years.', ''].join('\n')
    expect(parseMarkdown(md('seo_title: "An Interview With cURL\'s Daniel Stenberg"'), 'i.md').meta.title).toBe("An Interview With cURL's Daniel Stenberg")
    expect(parseMarkdown(md('seo_title: "Best curl tips"'), 'i.md').meta.title).toBe('Daniel Stenberg')
  })

  it('uses the leading H1 as title when there is no front matter', () => {
    const a = parseMarkdown('# The Title\n\nText.\n\n# Later H1\n\nMore.', 'x.md')
    expect(a.meta.title).toBe('The Title')
    expect(a.blocks.map((b) => [b.kind, b.depth])).toEqual([
      ['paragraph', undefined],
      ['heading', 1],
      ['paragraph', undefined],
    ])
  })

  it('drops a table of contents, a list of links into the page, in Markdown or in HTML', () => {
    const md = ['Text before.', '', '## Sections', '', '- [Who did we hear from?](#demographics)', '- [How do people feel about Go?](#sentiment)', '', 'More text.', '', '* <a href="#uses">What are people building?</a>', '* <a href="#devenv">What do their environments look like?</a>', '', 'Links:', '', '- [The release notes](https://example.org/notes)', '- [The changelog](https://example.org/changes)', '', 'Text after.'].join('\n')
    const texts = blockTexts(parseMarkdown(md, 'a.md'))
    for (const gone of ['Who did we hear from?', 'What are people building?']) expect(texts).not.toContain(gone)
    expect(texts).toContain('More text.')
  })

  it('drops a paragraph that is only a picture, also one linked by reference', () => {
    const md = ['Text before.', '', '[![Image of the profiler][img2]][img2]', '', '[![Inline][img2]](https://example.org/full.png)', '', 'Text after.', '', '[img2]: https://example.org/p.png'].join('\n')
    expect(blockTexts(parseMarkdown(md, 'a.md'))).toEqual(['Text before.', 'Text after.'])
  })

  it('leaves footnotes out of the prose, and makes a footnote a table refers to a note of that table, marked there and in its cells', () => {
    const md = [
      'We interviewed seventy users[^wide] about the new compiler.',
      '',
      '| Compiler | Status | Builds |',
      '| --- | --- | --- |',
      '| Rust 1.78 | Compatible | 1,204[^old] |',
      '| Rust < 1.77[^old] | Incompatible | 998 |',
      '| GCC[^old] | Compatible[^new] | 87 |',
      '',
      '[^wide]: Thanks to everyone who took part!',
      '[^old]: Some combinations',
      '    work in part.',
      '[^new]: Since 2024.',
      '',
      'The rest of the post.',
    ].join('\n')
    const article = parseMarkdown(md, 'a.md')
    expect(article.blocks.filter((b) => b.kind !== 'table').map((b) => article.text.slice(b.start, b.end))).toEqual(['We interviewed seventy users about the new compiler.', 'The rest of the post.'])
    expect(article.tables.map((t) => t.notes.map((n) => n.text))).toEqual([['¹ Some combinations work in part.', '² Since 2024.']])
    expect(article.tables[0]!.body.map((r) => r.map((c) => c.text))).toEqual([
      ['Rust 1.78', 'Compatible', '1,204'],
      ['Rust < 1.77¹', 'Incompatible', '998'],
      ['GCC¹', 'Compatible²', '87'],
    ])
    // (a number keeps no mark: it is still read as one)
    expect(article.tables[0]!.body[0]![2]!.number?.value).toBe(1204)
  })

  it('turns structure into blocks: headings, lists, quotes, code; links to text, images to alt', () => {
    const md = [
      'Intro with a [link](https://example.org) and ![a chart](c.png) inline, `code` and **bold**.',
      '',
      '![Only an image](p.png)',
      '',
      '## Section',
      '',
      '- one',
      '- two',
      '  - nested',
      '',
      '1. first',
      '',
      '> Quoted line one',
      '> continues.',
      '>',
      '> Second quoted paragraph.',
      '',
      '```js',
      'const x = 1',
      '',
      'console.log(x)',
      '```',
      '',
      '| a | b |',
      '|---|---|',
      '| 1 | 2 |',
      '',
      '<div class="note">Raw <b>html</b> text<!-- hidden --></div>',
      '',
      '---',
      '',
      'Last.',
    ].join('\n')
    const a = parseMarkdown(md, 'x.md')
    expectWellFormed(a)
    expect(a.blocks.map((b) => b.kind)).toEqual([
      'paragraph', 'heading', 'list-item', 'list-item', 'list-item', 'list-item',
      'blockquote', 'blockquote', 'code', 'table', 'paragraph', 'paragraph',
    ])
    expect(blockTexts(a)).toEqual([
      'Intro with a link and a chart inline, code and bold.',
      'Section',
      'one',
      'two',
      'nested',
      'first',
      'Quoted line one continues.',
      'Second quoted paragraph.',
      'const x = 1\nconsole.log(x)',
      'a\tb\n1\t2',
      'Raw html text',
      'Last.',
    ])
  })

  it('reads TOML (+++) front matter as metadata, not as body text', () => {
    const md = [
      '+++',
      'path = "2024/03/30/layout-update"',
      'title = "Changes to `u128` layout in 1.77"',
      'authors = ["Trevor Gross"]',
      'date = 2024-03-30',
      '',
      '[extra]',
      'team = "The Lang Team"',
      '+++',
      '',
      'Rust has long had an inconsistency with C.',
    ].join('\n')
    const a = parseMarkdown(md, 'post.md')
    // the title is Markdown like the body: its text, without the code span's backticks
    expect(a.meta).toEqual({ title: 'Changes to u128 layout in 1.77', byline: 'Trevor Gross', date: '2024-03-30' })
    expect(blockTexts(a)).toEqual(['Rust has long had an inconsistency with C.'])
  })

  it('names the person behind an author\'s handle by the name the text gives them ("ewdurbin" → "Ee Durbin"), else keeps the handle', () => {
    const post = (body: string) => parseMarkdown(['---', 'title: "Incident Report: Leaked Token"', 'authors:', '  - ewdurbin', '---', '', body].join('\n'), 'p.md').meta.byline
    expect(post('On June 28, 2024 security@pypi.org and I (Ee Durbin) were notified of a leaked token for my account, ewdurbin.')).toBe('Ee Durbin')
    expect(post('On June 28, 2024 the team was notified by Brian Moussalli of a leaked token for the account.')).toBe('ewdurbin')
  })

  it('reads the authors under "by:" and the summary under "excerpt:", three names or more as a list', () => {
    const go = parseMarkdown(['---', 'title: The FIPS 140-3 Go Cryptographic Module', 'by:', '- Filippo Valsorda (Geomys)', '- Daniel McCarney (Geomys)', '- Roland Shoemaker (Google)', '---', '', 'FIPS 140 is a standard.'].join('\n'), 'go.md')
    expect(go.meta.byline).toBe('Filippo Valsorda (Geomys), Daniel McCarney (Geomys), Roland Shoemaker (Google)')
    const le = parseMarkdown(['---', 'author: Dan Fernelius', 'title: "New Major Funding"', 'excerpt: "$1M grant supports the security mission."', '---', '', 'The grant was announced today.'].join('\n'), 'le.md')
    expect(le.meta.description).toBe('$1M grant supports the security mission.')
    // (Zola's authors among the page's taxonomies)
    const zola = parseMarkdown(['+++', 'title = "Post-mortem"', '', '[taxonomies]', 'author = ["Matthew Hodgson", "Neil Johnson", "Thib"]', '+++', '', 'The server was down for a day.'].join('\n'), 'z.md')
    expect(zola.meta.byline).toBe('Matthew Hodgson, Neil Johnson, Thib')
    // (authors named by their keys in the site's authors file, "authors: [frank-niessink]": the names they stand for)
    const keyed = (fm: string) => parseMarkdown(['---', fm, '---', '', 'Technical debt grows.'].join('\n'), 'k.md').meta.byline
    expect(keyed('authors: [frank-niessink, jan-van-dijk]')).toBe('Frank Niessink and Jan van Dijk')
    expect(keyed('author: devindra')).toBe('devindra')
    // (no date but the one its path gives: "inside-rust/2026/08/18/…"; a date given wins)
    const dated = (fm: string) => parseMarkdown(['+++', 'title = "Smaller target dirs"', fm, '+++', '', 'The target directory shrinks.'].join('\n'), 'd.md').meta.date
    expect(dated('path = "inside-rust/2026/08/18/reducing-target-dir-size-on-nightly"')).toBe('2026-08-18')
    expect(dated('path = "inside-rust/2026/08/18/x"\ndate = 2026-08-20')).toBe('2026-08-20')
    expect(dated('path = "inside-rust/2026/13/18/x"')).toBeUndefined()
  })

  it('reads a quotation written as HTML inside Markdown as a block quotation, its signature too', () => {
    const md = ['# Funding', '', '<div class="pull-quote"><blockquote><p>The approach has changed the web at an astonishing pace.</p><footer>&mdash;<cite>Michael Brennan</cite>, Ford Foundation</footer></blockquote></div>', '', 'The grant runs for two years.'].join('\n')
    const a = parseMarkdown(md, 'q.md')
    expect(a.blocks.map((b) => [b.kind, a.text.slice(b.start, b.end)])).toEqual([
      ['blockquote', 'The approach has changed the web at an astonishing pace.'],
      ['blockquote', '—Michael Brennan, Ford Foundation'],
      ['paragraph', 'The grant runs for two years.'],
    ])
  })

  it('leaves out a picture\'s caption written as HTML under it', () => {
    const md = ['# Ten years', '', 'The forum helped thousands of users.', '', '<figure>', '', '![A bicycle light](/bike.png)', '', '<figcaption>Photo by Richard Masoner. Not a bike light I personally installed.</figcaption>', '</figure>', '', 'It kept staff in touch.'].join('\n')
    const a = parseMarkdown(md, 'f.md')
    expect(a.blocks.map((b) => a.text.slice(b.start, b.end))).toEqual(['The forum helped thousands of users.', 'It kept staff in touch.'])
    // (and a figure written whole as HTML, its picture and its caption in one block)
    const whole = parseMarkdown(['# Stars', '', 'The project keeps growing.', '', '<figure><a href="https://star-history.com/"><img src="/stars.png" alt="Stars"></a>', '  <figcaption>Servo GitHub stars haven\'t stopped growing, surpassing now 25K threshold.</figcaption>', '</figure>', '', 'It kept staff in touch.'].join('\n'), 'f.md')
    expect(whole.blocks.map((b) => whole.text.slice(b.start, b.end))).toEqual(['The project keeps growing.', 'It kept staff in touch.'])
  })

  it('ignores unreadable TOML front matter but keeps the body', () => {
    const a = parseMarkdown('+++\ntitle = "unclosed\n+++\n\nBody.', 'x.md')
    expect(a.meta).toEqual({})
    expect(blockTexts(a)).toEqual(['Body.'])
  })

  it('reads the lines it can of front matter that does not parse whole ("rss_pubdate = Date(2023, 07, 06)" lost the title)', () => {
    const a = parseMarkdown(['+++', 'mintoclevel = 2', 'title = "PSA: Thread-local state is no longer recommended"', 'rss_pubdate = Date(2023, 07, 06)', 'authors = "Mason Protter"', '+++', '', 'Some Julia programmers have been writing incorrect parallel code.'].join('\n'), 't.md')
    expect(a.meta.title).toBe('PSA: Thread-local state is no longer recommended')
    expect(a.meta.byline).toBe('Mason Protter')
    expect(blockTexts(a)).toEqual(['Some Julia programmers have been writing incorrect parallel code.'])
  })

  it('reads page variables set at the file\'s top ("@def title = …") as front matter', () => {
    const a = parseMarkdown(['@def rss_pubdate = Date(2012, 2, 14)', '@def published = "14 February 2012"', '@def title = "Why We Created Julia"', '@def authors = "Jeff Bezanson, Stefan Karpinski"', '', 'In short, because we are greedy.'].join('\n'), 'j.md')
    expect(a.meta.title).toBe('Why We Created Julia')
    expect(a.meta.date).toBe('2012-02-14')
    expect(blockTexts(a)).toEqual(['In short, because we are greedy.'])
    // (not a line of the body that begins so)
    expect(parseMarkdown('Body.\n\n@def title = "x"', 'k.md').meta.title).toBeUndefined()
  })

  it('leaves out a list of links to pages elsewhere, not a list of items with words of their own', () => {
    const md = ['# Why we made it', 'We wanted a language that is fast and easy to use, and we built one.', 'Trackbacks:', '- [Reddit](https://www.reddit.com/r/programming/1)', '- [Hacker News](https://news.ycombinator.com/item?id=1)', '- *[The Endeavor (John D. Cook)](https://www.johndcook.com/blog/)*', '', '> [Download the release](https://example.org/release)', '>', '> [See the statistics](https://example.org/stats)', '', 'The crates were:', '', '- [faster_log](https://crates.io/crates/faster_log), published in May', '- [async_println](https://crates.io/crates/async_println), published in May'].join('\n')
    const texts = blockTexts(parseMarkdown(md, 'j.md'))
    expect(texts.join(' | ')).not.toMatch(/Reddit|Hacker News|Endeavor|Download the release|See the statistics/u)
    expect(texts).toContain('faster_log, published in May')
  })

  it('skips an empty heading so the first real H1 is the title', () => {
    const a = parseMarkdown('#\n\n# Real Title\n\nBody text.\n\n## Part\n\nMore.', 'x.md')
    expect(a.meta.title).toBe('Real Title')
    expect(blockTexts(a)).toEqual(['Body text.', 'Part', 'More.'])
  })

  it('ignores unreadable front matter but keeps the body', () => {
    const a = parseMarkdown('---\ntitle: [unclosed\n---\n\nBody.', 'x.md')
    expect(a.meta).toEqual({})
    expect(blockTexts(a)).toEqual(['Body.'])
  })

  it('drops a byline line under the title and records it', () => {
    const a = parseMarkdown('# Title\n\n*By Sam Roe*\n\nThe body starts here.', 'x.md')
    expect(a.meta.byline).toBe('Sam Roe')
    expect(a.removed).toEqual(['By Sam Roe'])
  })

  it('throws INPUT_NO_ARTICLE when only front matter and a title are left', async () => {
    await expectError(() => parseMarkdown('---\ntitle: T\n---\n\n# T\n', 'x.md'), 'INPUT_NO_ARTICLE', /^x\.md:/)
  })

  it('throws INPUT_EMPTY for whitespace', async () => {
    await expectError(() => parseMarkdown('\n \n', 'x.md'), 'INPUT_EMPTY')
  })
})

describe('parseMarkdown: heading attributes', () => {
  it('leaves a heading its words, not its attribute list ("{#final-thoughts}")', () => {
    const md = ['# Pitfalls', '', '## 1. Skipping resource limits {#1-skipping-resource-limits}', '', 'Set limits on every pod.', '', '## Final thoughts {#final-thoughts .unnumbered}', '', 'Keep learning.', '', '## Braces {in} a heading', '', 'They stay.'].join('\n')
    const a = parseMarkdown(md, 'p.md')
    const headings = a.blocks.filter((b) => b.kind === 'heading').map((b) => a.text.slice(b.start, b.end))
    expect(headings).toEqual(['1. Skipping resource limits', 'Final thoughts', 'Braces {in} a heading'])
  })

  it('leaves a heading its words, not the site\'s anchor in brackets ("(#platform)"), but brackets of its own words', () => {
    const md = ['# Values', '', '## Technology (#technology)', '', 'We ran a platform.', '', '### The platform (#platform)', '', 'It was ours.', '', '## Costs (in 2023)', '', 'They rose.', '', '## Hashes (#1 reason)', '', 'They matter.'].join('\n')
    const a = parseMarkdown(md, 'p.md')
    expect(a.blocks.filter((b) => b.kind === 'heading').map((b) => a.text.slice(b.start, b.end))).toEqual(['Technology', 'The platform', 'Costs (in 2023)', 'Hashes (#1 reason)'])
  })
})

describe('parseMarkdown: a leading H1 under a front matter title', () => {
  const md = (h1: string, rest: string[]) => ['---', 'title: Node.js March 17th Infrastructure Incident Post-mortem', '---', '', h1, '', 'Users saw errors for two days.', '', ...rest].join('\n')
  const headings = (text: string) => {
    const a = parseMarkdown(text, 'p.md')
    return a.blocks.filter((b) => b.kind === 'heading').map((b) => [a.text.slice(b.start, b.end), b.depth])
  }

  it('heads the first part when it says something else and parts follow, as their sibling', () => {
    expect(headings(md('# The Incident', ['## Lessons', '', 'We cache less now.']))).toEqual([['The Incident', 2], ['Lessons', 2]])
  })

  it('is the title said again when it says the title, is long, or no parts follow', () => {
    expect(headings(md('# Node.js March 17th Infrastructure Incident Post-mortem', ['## Lessons', '', 'We cache less now.']))).toEqual([['Lessons', 2]])
    expect(headings(md('# What happened to the downloads of Node.js in March', ['## Lessons', '', 'We cache less now.']))).toEqual([['Lessons', 2]])
    expect(headings(md('# The Incident', ['We cache less now.']))).toEqual([])
  })
})

describe('parseMarkdown: a front matter’s canonical address', () => {
  it('reads canonicalUrl as the source', () => {
    const a = parseMarkdown(['---', 'title: Retirement', 'canonicalUrl: https://kubernetes.io/blog/2025/11/11/ingress-nginx-retirement/', '---', '', 'Body paragraph.'].join('\n'), 'p.md')
    expect(a.meta.source).toBe('https://kubernetes.io/blog/2025/11/11/ingress-nginx-retirement/')
  })

  it('reads no source from a site\'s own path (Hugo\'s "url: /news/…"), but a later canonical address', () => {
    const page = (lines: string[]) => parseMarkdown(['---', 'title: Budget results', ...lines, '---', '', 'Body paragraph.'].join('\n'), 'p.md').meta.source
    expect(page(['url: /news/press-releases/jy1043'])).toBeUndefined()
    expect(page(['url: /news/press-releases/jy1043', 'canonical: https://home.treasury.gov/news/press-releases/jy1043'])).toBe('https://home.treasury.gov/news/press-releases/jy1043')
    expect(page(['url: home.treasury.gov/news'])).toBe('home.treasury.gov/news')
  })
})

describe('parseMarkdown: MDX comments', () => {
  it('leaves a heading its words, not its MDX anchor ("{/*routing*/}"), and keeps JSX comments in code', () => {
    const md = ['# Sunsetting a tool', '', '## Routing {/*routing*/}', '', 'Routes load data. {/* TODO: link the guide */}', '', '```jsx', 'return <div>{/* a JSX comment */}</div>', '```', '', 'Write `{/*x*/}` to comment in JSX.'].join('\n')
    const a = parseMarkdown(md, 'p.mdx')
    expect(blockTexts(a)).toEqual(['Routing', 'Routes load data.', 'return <div>{/* a JSX comment */}</div>', 'Write {/*x*/} to comment in JSX.'])
  })
})

describe('parseMarkdown: Jekyll\'s link tags and kramdown\'s attribute lists', () => {
  it('leaves out an attribute list after a link or on its own line, not one in code', () => {
    const md = ['* [CentOS 7](https://www.centos.org/){:target="_blank"}', '', 'Use my [referral code](https://example.org/r){:target="_blank"} to get $10.', '', '{: .note}', 'Write `{:toc}` for a table of contents.'].join('\n')
    expect(blockTexts(parseMarkdown(md, 'p.md'))).toEqual(['CentOS 7', 'Use my referral code to get $10.', 'Write {:toc} for a table of contents.'])
  })


  it('reads a link whose address is a link tag as a link, and keeps the tag in code', () => {
    const md = ['The [2018 state of Haskell survey][1] opened in November.', '', 'Write `{% post_url name %}` for a post.', '', '```liquid', '{% post_url 2018-11-01-survey %}', '```', '', '[1]: {% post_url 2018-11-01-2018-state-of-haskell-survey %}'].join('\n')
    expect(blockTexts(parseMarkdown(md, 'p.md'))).toEqual(['The 2018 state of Haskell survey opened in November.', 'Write {% post_url name %} for a post.', '{% post_url 2018-11-01-survey %}'])
  })
})

describe('parseMarkdown: HTML comments on lines of their own', () => {
  it('leaves out a comment line inside a paragraph, which would part it, and keeps one in code', () => {
    const md = ['To see all changes, check out our', '<!-- CHANGEME: change this whenever the full changelog is ready! -->', '[full changelog](https://example.org/CHANGELOG.md).', '', '```html', '<!-- a comment in code -->', '```'].join('\n')
    expect(blockTexts(parseMarkdown(md, 'p.md'))).toEqual(['To see all changes, check out our full changelog.', '<!-- a comment in code -->'])
  })
})

describe('parseMarkdown: MDX module statements', () => {
  const post = [
    "import { BlogPostLayout } from '@/components/BlogPostLayout'",
    "import Image from 'next/image'",
    '',
    'export const post = {',
    '  draft: false,',
    "  author: 'Arqu',",
    "  date: '2024-11-19',",
    "  title: 'Relay outage: A post-mortem',",
    "  authors: ['Ann Lee', 'Bo Chen'],",
    '}',
    '',
    'export const metadata = {',
    '  title: post.title,',
    '}',
    '',
    'export default (props) => <BlogPostLayout article={post} {...props} />',
    '',
    '## So what happened?',
    '',
    'On November 5th we had a global outage on our relay nodes.',
  ]

  it('leaves out the imports and exports, and reads the exported strings as the front matter', () => {
    const a = parseMarkdown(post.join('\n'), 'p.mdx')
    expect(blockTexts(a)).toEqual(['So what happened?', 'On November 5th we had a global outage on our relay nodes.'])
    expect(a.meta).toMatchObject({ title: 'Relay outage: A post-mortem', byline: 'Arqu', date: '2024-11-19' })
  })

  it('keeps a file\'s own front matter, and prose that speaks of importing', () => {
    const a = parseMarkdown(['---', 'title: Own title', '---', ...post].join('\n'), 'p.mdx')
    expect(a.meta.title).toBe('Own title')
    expect(blockTexts(a)[0]).toBe('So what happened?')
    const prose = parseMarkdown(['import the data first, then sort it.', '', 'Sorting takes a minute.'].join('\n'), 'p.md')
    expect(blockTexts(prose)).toEqual(['import the data first, then sort it.', 'Sorting takes a minute.'])
  })
})

describe('parseMarkdown: HTML inside Markdown', () => {
  it('reads code a site generator wrote as HTML ("<pre class="highlight"><code>") as a code block', () => {
    const md = ['Run the server on your droplet:', '', '<pre class="highlight"><code>$ bundle exec jekyll serve --host=<span style="color:red">138.68.44.75</span>', '$ sudo nginx -t</code></pre>', '', 'Then open the page.'].join('\n')
    const a = parseMarkdown(md, 'p.md')
    expect(a.blocks.map((b) => b.kind)).toEqual(['paragraph', 'code', 'paragraph'])
    expect(blockTexts(a)[1]).toBe('$ bundle exec jekyll serve --host=138.68.44.75\n$ sudo nginx -t')
  })

  it('reads its character references as characters, and a post signed on its last line after a dash as by that writer', () => {
    const md = ['# Reducing tail latencies', '', 'Tokio schedules tasks cooperatively, and that keeps latencies low for most programs.', '', '<div>Caf&eacute; owners saw prices rise &mdash; again &amp; again.</div>', '', 'The budget works per task and resets when the task yields to the scheduler.', '', '<div style="text-align:right">&mdash;Carl Lerche</div>'].join('\n')
    const a = parseMarkdown(md, 'p.md')
    expect(blockTexts(a)).toEqual(['Tokio schedules tasks cooperatively, and that keeps latencies low for most programs.', 'Café owners saw prices rise — again & again.', 'The budget works per task and resets when the task yields to the scheduler.'])
    expect(a.meta.byline).toBe('Carl Lerche')
  })

  it('leaves out a disclosure\'s label ("<summary>Math</summary>"), not the text it discloses, and so does a web page', () => {
    const md = ['# Making downloads reliable', '', 'The origin server served every download itself, and it struggled to keep up with the demand.', '', '<details>', '  <summary>Math</summary>', '2,400,000,000 requests per month / 30 days per month / 24 hours per day / 60 minutes per hour / 60 seconds per minute = ~925 requests/second.', '</details>', '', 'Caching was being used rather inefficiently as well.'].join('\n')
    expect(blockTexts(parseMarkdown(md, 'p.md')).join('\n')).not.toMatch(/\bMath\b/u)
    expect(blockTexts(parseMarkdown(md, 'p.md')).join('\n')).toMatch(/~925 requests\/second/u)
    const page = parseHtml(`<html><head><title>Downloads</title></head><body><article><h1>Downloads</h1><p>The origin server served every download itself, and it struggled to keep up with the demand of the readers.</p><details><summary>Math</summary><p>2,400,000,000 requests per month over 30 days is about 925 requests a second.</p></details><p>Caching was being used rather inefficiently as well, and the releases made it worse.</p></article></body></html>`, 'p.html')
    expect(page.text).not.toMatch(/\bMath\b/u)
    expect(page.text).toMatch(/925 requests a second/u)
  })
})

describe('parseMarkdown: a page\'s quick links', () => {
  it('leaves out a list of links, an item\'s links after a short label of their own too, and the short label over the list', () => {
    const md = ['# Vite 4.3 is out', '', 'In this minor, we focused on improving the dev server performance across the board.', '', 'Quick links:', '', '- Docs: [English](/), [简体中文](https://cn.vite.dev/), [日本語](https://ja.vite.dev/)', '- [Vite 4.3 Changelog](https://github.com/vitejs/vite/blob/main/CHANGELOG.md)', '', 'The resolve logic got streamlined, improving hot paths and caching.'].join('\n')
    expect(blockTexts(parseMarkdown(md, 'p.md'))).toEqual(['In this minor, we focused on improving the dev server performance across the board.', 'The resolve logic got streamlined, improving hot paths and caching.'])
  })
})

describe('parseMarkdown: a word processor\'s footnotes', () => {
  it('reads no paragraph that opens on a link back to its note\'s mark ("[[1]](#_ftnref1) …"), and keeps the mark\'s paragraph', () => {
    const md = ['# Budget results', '', 'The deficit fell by $1.4 trillion in the year.[[1]](#_ftn1)', '', '[[1]](#_ftnref1) The estimates of GDP reflect the revisions to historical data.', ''].join('\n')
    expect(blockTexts(parseMarkdown(md, 'p.md'))).toEqual(['The deficit fell by $1.4 trillion in the year.[1]'])
  })
})

describe('parseMarkdown: links glued to their words', () => {
  it('puts back the space a converter lost around a link ("Treasury[issued](…)further"), not inside a word or before a plural\'s "s"', () => {
    const md = ['# Rental assistance', '', 'Last month, Treasury[issued](https://example.org/a)further policy clarity, and three [PR](https://example.org/b)s were merged un[do](https://example.org/c)ne.', ''].join('\n')
    expect(blockTexts(parseMarkdown(md, 'p.md'))).toEqual(['Last month, Treasury issued further policy clarity, and three PRs were merged undone.'])
    expect(blockTexts(parseMarkdown('# RBAC\n\n[RBAC](https://example.org/rbac)を使用して、ロールと権限を定義します。\n', 'p.md'))).toEqual(['RBACを使用して、ロールと権限を定義します。'])
  })

  it('leaves out an emphasis mark that opens a paragraph and that nothing closes (italics run over a paragraph\'s end)', () => {
    const md = '# Care\n\n*New data featured as part of the convening going forward.  \n  \n*Nationally, over seven million seniors rely on care.\n\nA *real* emphasis and a_b name.\n'
    expect(blockTexts(parseMarkdown(md, 'p.md'))).toEqual(['New data featured as part of the convening going forward.', 'Nationally, over seven million seniors rely on care.', 'A real emphasis and a_b name.'])
  })
})

describe('parseMarkdown: GitHub alerts', () => {
  it('reads an alert as the writer\'s own text, no quotation, less its mark; and leaves out a note that opens the document', () => {
    const md = ['# Security Hygiene Guide', '', '> [!NOTE]', '> This guide is under revision. Its contents are accurate.', '', 'Tackling security requirements can be a daunting task for any project.', '', '> [!WARNING]', '> Never commit a secret to the repository.', '', '> A quotation stays one.'].join('\n')
    const a = parseMarkdown(md, 'guide.md')
    expect(a.blocks.map((b) => [b.kind, a.text.slice(b.start, b.end)])).toEqual([
      ['paragraph', 'Tackling security requirements can be a daunting task for any project.'],
      ['paragraph', 'Never commit a secret to the repository.'],
      ['blockquote', 'A quotation stays one.'],
    ])
  })
})

describe('parseMarkdown: nested lists', () => {
  it('keeps how deep a list\'s item is nested', () => {
    const a = parseMarkdown(['# Notes', '', 'Intro text of the notes, long enough to be prose.', '', '1. Update the following:', '   - Volar', '     - vue-tsc', '2. Ship it.'].join('\n'), 'n.md')
    expect(a.blocks.filter((b) => b.kind === 'list-item').map((b) => [a.text.slice(b.start, b.end), b.nested ?? 0])).toEqual([['Update the following:', 0], ['Volar', 1], ['vue-tsc', 2], ['Ship it.', 0]])
  })
})
