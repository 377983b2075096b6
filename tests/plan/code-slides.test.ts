import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/analyze/index.ts'
import { ingest } from '../../src/ingest/index.ts'
import { parseMarkdown } from '../../src/ingest/markdown.ts'
import { codeSlides } from '../../src/plan/code-slides.ts'
import { planDeck } from '../../src/plan/index.ts'
import type { CodeSlide, Slide } from '../../src/types.ts'
import { PROJECT_ROOT } from '../fixture-articles.ts'

const corpus = async (name: string, file: string) => analyze(await ingest(join(PROJECT_ROOT, 'corpus', name, file)))
const codeOf = (slides: readonly Slide[]) => slides.filter((s): s is CodeSlide => s.kind === 'code')
const post = (between: string) =>
  analyze(parseMarkdown(`# Layout\n\n## Offsets\n\nThe compiler lays out every struct with care, and the rules differ between platforms. Here is what it does.\n\n${between}\n\nThe offsets show the padding the compiler adds between the fields of the struct.\n`, 'post.md'))

describe('code slides', () => {
  it('show the code the prose introduces, as written, under the introduction', async () => {
    const a = await corpus('md-rust-i128-layout', 'article.md')
    const slides = planDeck(a).slides
    const code = codeOf(slides)
    // (not "Running the above with GCC prints the following expected output:": the program it ran is no slide;
    // nor the output of a program too long to show, under "Output:"; C's definition, introduced by no sentence that can title it, under its section's title)
    expect(code.map((s) => s.title)).toEqual(['Rust had inconsistent alignment for 128-bit types', 'The Calling Convention Problem: the code', 'Rust now produces the correct alignment'])
    const [first] = code
    // every block verbatim, and together they are the article's text from the first to the last
    expect(first!.blocks).toEqual(['println!("alignment of i128: {}", align_of::<i128>());', '// rustc 1.76.0\nalignment of i128: 8', 'printf("alignment of __int128: %zu\\n", _Alignof(__int128));', '// gcc 13.2\nalignment of __int128: 16\n// clang 17.0.1\nalignment of __int128: 16'])
    for (const b of first!.blocks) expect(a.article.text.slice(first!.span.start, first!.span.end)).toContain(b)
    // the notes: the introduction, then what the article says after the code
    expect(first!.notes.map((n) => n.text)).toEqual(['Rust had inconsistent alignment for 128-bit types:', expect.stringMatching(/Rust has\s+the wrong alignment here:$/)])
    // the introduction is the slide's title, no bullet ("Since these changes, Rust now produces …" was one)
    const bullets = slides.flatMap((s) => (s.kind === 'section' ? s.bullets.map((b) => b.text) : []))
    expect(bullets.some((b) => /produces the correct alignment|inconsistent alignment for 128-bit/.test(b))).toBe(false)
    // where the article shows it: the code before the table that follows it in the same section
    const at = (s: Slide) => slides.indexOf(s)
    const table = slides.find((s) => s.kind === 'table' && s.title === 'Rust has the wrong alignment')!
    expect(at(first!)).toBeLessThan(at(table))
  })

  it('are made in a language written without capitals, introduced with a full-width colon', () => {
    const zh = analyze(parseMarkdown('# 布局\n\n编译器在不同的平台上会用不同的规则来排列结构体的字段，这些规则由平台的二进制接口规定。\n\n编译器会打印两个字段的偏移量：\n\n```\nOffset of b in Foo: 2\nOffset of b in Bar: 8\n```\n\n这些偏移量说明编译器在字段之间加入了填充字节，以满足对齐的要求。\n', 'zh.md'))
    expect(zh.lang).toBe('zh')
    expect(codeSlides(zh).map((s) => s.title)).toEqual(['编译器会打印两个字段的偏移量'])
  })

  it('leave out code too long or too wide, code without an introduction, and introductions that cannot be titles', async () => {
    const intro = 'The compiler prints the offsets of both fields:'
    expect(codeSlides(post(`${intro}\n\n\`\`\`\nOffset of b in Foo: 2\nOffset of b in Bar: 8\n\`\`\``)).map((s) => s.title)).toEqual(['The compiler prints the offsets of both fields'])
    const lines = Array.from({ length: 13 }, (_, i) => `line ${i}`).join('\n')
    expect(codeSlides(post(`${intro}\n\n\`\`\`\n${lines}\n\`\`\``))).toEqual([])
    expect(codeSlides(post(`${intro}\n\n\`\`\`\n${'x'.repeat(73)}\n\`\`\``))).toEqual([])
    // a line as wide as its tabs set it
    expect(codeSlides(post(`${intro}\n\n\`\`\`\n\t\t\t${'x'.repeat(60)}\n\`\`\``))).toEqual([])
    // no colon: the sentence does not introduce it
    expect(codeSlides(post('The compiler prints the offsets of both fields.\n\n```\nOffset of b in Foo: 2\n```'))).toEqual([])
    // a label, a sentence that points back, one about the text
    for (const lead of ['Output:', 'But running it with Clang prints:', 'Below is a simple walkthrough of the consumer:', 'Running the above with GCC prints this:']) {
      expect(codeSlides(post(`${lead}\n\n\`\`\`\nOffset of b in Foo: 2\n\`\`\``)), lead).toEqual([])
    }
    // an introduction a section's headline is made of already: no second slide of that title
    const spec = planDeck(await corpus('report-ietf-remotestorage', 'article.html')).slides
    for (const c of codeOf(spec)) expect(spec.filter((s) => s.title === c.title), c.title).toHaveLength(1)
    // a blog post without code, and a page whose introductions speak of the text
    expect(codeOf(planDeck(await corpus('essay-rust-vision-doc-lessons', 'article.md')).slides)).toEqual([])
    expect(codeOf(planDeck(await corpus('blog-dropbox-atf', 'article.html')).slides).map((c) => c.title)).toEqual(['Store Consumer: the code', 'Each thread within an Executor process follows this simple loop'])
  })

  it('take "Here\'s a simple rule:" as "A simple rule", no condition alone as a title, and up to six introduced runs', () => {
    expect(codeSlides(post('Here\'s a simple rule:\n\n```\nadd_zero: int_add(x, 0)\n    => x\n```')).map((s) => s.title)).toEqual(['A simple rule'])
    expect(codeSlides(post('E.g. if we try to add the incorrect rule:\n\n```\nmul_is_add: int_mul(a, b)\n    => int_add(a, b)\n```'))).toEqual([])
    const leads = ['Variables in the pattern can repeat', 'Constants in the pattern match only themselves', 'A rule may compute a constant', 'A check guards a rule', 'Rules are tried in order', 'The statistics name every rule', 'The prover reports a counterexample']
    const md = leads.map((l, i) => `## Part ${i + 1}\n\nThe rules of the language are written in a file of their own and compiled to code of the optimizer. ${l}:\n\n\`\`\`\nrule_${i}: int_add(x, ${i})\n    => x\n\`\`\``).join('\n\n')
    expect(codeSlides(analyze(parseMarkdown(`# Rules\n\n${md}\n`, 'rules.md'))).map((s) => s.title)).toEqual(leads.slice(0, 6))
  })

  it('take their section\'s title where no introduction can title them, once a section, and code of three lines at least', () => {
    const program = '```\nfor x in data\n    tid = threadid()\n    states[tid] += x\nend\n```'
    const md = (lead: string) => `# Threads\n\n## The buggy pattern\n\nSome programmers have been writing incorrect parallel code that can give wrong results without warning. ${lead}\n\n${program}\n\nThe tasks may yield in the loop, and another task then writes to the same slot.\n\n${program}\n`
    for (const lead of ['For example:', 'The general template that this incorrect code follows is something like the following:', 'It looks roughly so.']) {
      expect(codeSlides(analyze(parseMarkdown(md(lead), 't.md'))).map((s) => s.title), lead).toEqual(['The buggy pattern: the code'])
    }
    const fr = analyze(parseMarkdown(md('Par exemple :').replace('Some programmers have been writing incorrect parallel code that can give wrong results without warning.', 'Certains programmeurs écrivent du code parallèle incorrect qui peut donner de mauvais résultats sans le dire.'), 't.md'))
    expect(codeSlides(fr).map((s) => s.title)).toEqual(['The buggy pattern\u202f: le code'])
    // (not a one-line command)
    expect(codeSlides(analyze(parseMarkdown(md('For example:').replaceAll(program, '```\n$ crox regex-17088\n```'), 't.md')))).toEqual([])
  })

  it('show code the article prints again word for word once', () => {
    const toml = '```toml\n[profile.dev.package.huge-dependency]\nhint-mostly-unused = true\n\n[profile.release.package.huge-dependency]\nhint-mostly-unused = true\n```'
    const md = `# Hints\n\n## Plumbing it through Cargo\n\nCargo supports a profile option that marks a crate with this hint, and builds it faster when little of it is used:\n\n${toml}\n\nThe option is still nightly-only.\n\n## How do I help?\n\nIf you build atop a crate you only use a small part of, you can try setting the profile option in your own crate:\n\n${toml}\n\nPlease report any failures you observe.\n`
    expect(codeSlides(analyze(parseMarkdown(md, 'hints.md'))).map((s) => s.title)).toHaveLength(1)
  })

  it('take an introduction whose "this" points at the code under it', () => {
    for (const lead of ['Some programs end up with code that looks like this:', 'We are all familiar with this code pattern:', 'Each worker follows this simple loop:']) {
      expect(codeSlides(post(`${lead}\n\n\`\`\`\nOffset of b in Foo: 2\n\`\`\``)).map((s) => s.title), lead).toEqual([lead.replace(/:$/u, '')])
    }
  })
})
