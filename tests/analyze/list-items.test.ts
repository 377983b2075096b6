import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/analyze/index.ts'
import { listContinuations, statItems } from '../../src/analyze/list-items.ts'
import { listsOf } from '../../src/plan/list-pages.ts'
import { parseMarkdown } from '../../src/ingest/markdown.ts'

const prose = 'Rust has long had an inconsistency with C regarding the alignment of 128-bit integers on two architectures. This problem has recently been resolved, but the fix comes with some effects.'

function continuations(md: string, name = 'x.md') {
  const a = analyze(parseMarkdown(md, name))
  return { a, texts: [...listContinuations(a.article, a.paragraphs, a.sentences, a.lang)].map((i) => a.sentences[i]!.text) }
}

describe('listContinuations', () => {
  it('finds the items that finish a lead-in stopping on its colon, and gives them no point of their own', () => {
    const md = `${prose}\n\nAs a user, you most likely do not need to worry about these changes unless you are:\n\n1. Assuming the alignment of the integers rather than using the function for it\n1. Ignoring the lints and using these types across the language boundary\n\nThere are also no changes to architectures other than these two.`
    const { a, texts } = continuations(md)
    expect(texts).toEqual(['Assuming the alignment of the integers rather than using the function for it', 'Ignoring the lints and using these types across the language boundary'])
    const points = a.sections.flatMap((s) => s.keyPoints)
    for (const k of points.filter((p) => texts.includes(a.sentences[p.sentence]!.text))) expect(k.complete).toBe(false)
  })

  it('finds the things a lead-in ending on "including:" counts, whatever their first letter, and shows them under it', () => {
    const md = `${prose}\n\nOf course, as with all 0.1 releases, there's still more to do, including:\n\n- Seamless support for the blocking APIs of the old thread pool\n- A compatibility layer for the old reading and writing traits\n- Reimplementations of APIs that were removed in the new release\n\nThe end of the post thanks the contributors who made the release possible.`
    const { a, texts } = continuations(md)
    expect(texts).toEqual(['Seamless support for the blocking APIs of the old thread pool', 'A compatibility layer for the old reading and writing traits', 'Reimplementations of APIs that were removed in the new release'])
    const lists = a.sections.flatMap((s) => listsOf(a, s, new Set()))
    expect(lists.map((l) => a.sentences[l.lead]!.text)).toEqual(["Of course, as with all 0.1 releases, there's still more to do, including:"])
  })

  it('finds the short items of a list nested under an item that ends on "including:", up to the next long item', () => {
    const md = `${prose}\n\n- Today CMS is releasing guidance on worker registries for the states that run them.\n- The convening will feature speakers including:\n    - HHS Secretary Xavier Becerra\n    - Senator Bob Casey (PA)\n    - Governor Josh Shapiro (PA)\n- New data shows how the investments are delivering stronger services for millions of seniors across the country.\n\nThe end.`
    // (the lead-in itself, a short item ending on its colon, only labels them)
    expect(continuations(md).texts).toEqual(['The convening will feature speakers including:', 'HHS Secretary Xavier Becerra', 'Senator Bob Casey (PA)', 'Governor Josh Shapiro (PA)'])
  })

  it('leaves items that are sentences of their own, and lists after a finished lead-in', () => {
    const whole = `${prose}\n\nA couple of reasons for this:\n\n- It was already possible for mods to override the generators.\n- So switching presets could change hidden variables.\n\nThe end.`
    expect(continuations(whole).texts).toEqual([])
    const finished = `${prose}\n\nThe fix has two effects:\n\n- making the types larger in memory for some programs\n- changing the calling convention for these types\n\nThe end.`
    expect(continuations(finished).texts).toEqual([])
  })

  it('finds an item of a few words that only labels the items under it, in any language', () => {
    const md = `${prose}\n\nWe laid out three themes.\n\n* Rust the global project:\n    * "How can we improve the experience of using Rust across the globe?"\n* Rust the open-source project:\n    * "How can we support volunteer maintainers?"\n\nThe end.`
    expect(continuations(md).texts).toEqual(['Rust the global project:', 'Rust the open-source project:'])
    const fr = `La loi a été adoptée mardi par une large majorité des députés présents.\n\n* Les services concernés :\n* la police et la gendarmerie nationale.\n\nLa fin du texte.`
    expect(continuations(fr, 'x.md').texts).toEqual(['Les services concernés :'])
  })
})

describe('statItems', () => {
  it('ranks the items of a list of figures first, in their order, above the section\'s sentences; not a list of names with versions', () => {
    const md = [
      '# Our year', '', '## Funding', '',
      '* $380,000 advertising (from $234,000)', '* $35,000 Gold users and donations (from $30,000)', '* 8 paid staff (from 5)', '',
      'We are excited to continue to grow our advertising business, and expand it to the larger community.',
      'We are also seeing continued growth of our paid product, which is allowing us to fund further growth of the codebase for all our users.', '',
      '## Platforms', '',
      'The validation lists a broad set of generic platforms as operating environments.', '',
      '* Linux 3.10+ on x86-64 and ARMv7/8/9', '* macOS 11–15 on Apple M processors', '* FreeBSD 12–14 on x86-64', '',
    ].join('\n')
    const a = analyze(parseMarkdown(md, 's.md'))
    const funding = a.sections.find((s) => s.title === 'Funding')!
    expect(funding.keyPoints.slice(0, 3).map((k) => k.text)).toEqual(['$380,000 advertising (from $234,000)', '$35,000 Gold users and donations (from $30,000)', '8 paid staff (from 5)'])
    const items = [...statItems(a.article, a.paragraphs, a.sentences)].map((i) => a.sentences[i]!.text)
    expect(items).toEqual(['$380,000 advertising (from $234,000)', '$35,000 Gold users and donations (from $30,000)', '8 paid staff (from 5)'])
  })
})
