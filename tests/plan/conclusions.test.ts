import { describe, expect, it } from 'vitest'
import { inFirstPerson, pointsBack } from '../../src/analyze/stand-alone.ts'
import { concludes, conclusionWeight, conclusions, saysWhatMayCome, specifies } from '../../src/plan/conclusions.ts'
import { planDeck } from '../../src/plan/index.ts'
import { analyze } from '../../src/analyze/index.ts'
import { parseMarkdown } from '../../src/ingest/markdown.ts'
import { FIXTURE_CASES, loadAnalysis } from '../fixture-articles.ts'

/** A fixture's analysis and a point of it that `concludes`, with its section and the opening paragraph. */
async function aConclusion() {
  const a = await loadAnalysis('no-headings-txt')
  const opening = a.sentences[0]!.paragraph
  const section = a.sections.find((s) => s.keyPoints.some((k) => concludes(a, k, s, opening)))!
  const k = section.keyPoints.find((p) => concludes(a, p, section, opening))!
  return { a, opening, section, k }
}

describe('takeaways are the article’s conclusions', () => {
  it.each([...FIXTURE_CASES, 'bundled'])('statements in the article’s voice, never its lede (%s)', async (name) => {
    const a = await loadAnalysis(name)
    const takeaways = planDeck(a).slides.find((s) => s.kind === 'takeaways')
    if (!takeaways || takeaways.kind !== 'takeaways') return
    const opening = a.sentences[0]!.paragraph
    for (const b of takeaways.bullets) {
      const s = a.sentences.find((x) => x.start === b.source.start)!
      expect(pointsBack(b.text, a.lang), b.text).toBe(false)
      expect(inFirstPerson(b.text, a.lang), 'the takeaways speak for the article, not as its author').toBe(false)
      expect(s.text, 'a question is no conclusion').not.toMatch(/[?？]\s*["”»’)]*\s*$/u)
      expect(s.text, 'a quotation is a voice, not a conclusion').not.toMatch(/[“«„「"][^”»」"]*\s\S+\s[^”»」"]*[”»」"]/u)
      expect(s.paragraph, 'the lede opens the body').not.toBe(opening)
    }
  })

  it('takes no sentence written from a small letter (the rest of a list, or a clause cut before it)', async () => {
    const { a, opening, section, k } = await aConclusion()
    const text = a.sentences[k.sentence]!.text
    const lowered = { ...a, sentences: a.sentences.map((s, i) => (i === k.sentence ? { ...s, text: text.charAt(0).toLowerCase() + text.slice(1) } : s)) }
    expect(concludes(lowered, k, section, opening)).toBe(false)
  })

  it('takes no point that refers back inside it, credits a pronoun, speaks to the reader, is a list’s item or a heading in title case', async () => {
    const { a, opening, section, k } = await aConclusion()
    const as = (text: string) => ({ ...k, text })
    expect(concludes(a, as('Many people do not have these privileges and are compelled to opt in'), section, opening)).toBe(false)
    expect(concludes(a, as('Many people have no privileges of that kind this year'), section, opening)).toBe(true)
    expect(concludes(a, as('Nearly every website that you visit tells Facebook about it'), section, opening)).toBe(false)
    expect(concludes(a, as('Junk Fees Hit Consumers and Businesses in the Pocketbook'), section, opening)).toBe(false)
    // someone's view whom only the sentences before name
    expect(concludes(a, as('The island, they suggest, should build a second harbour'), section, opening)).toBe(false)
    expect(concludes(a, as('The island should build a second harbour'), section, opening)).toBe(true)
    const block = a.paragraphs[a.sentences[k.sentence]!.paragraph]!.block
    const listed = { ...a, article: { ...a.article, blocks: a.article.blocks.map((b, i) => (i === block ? { ...b, kind: 'list-item' as const } : b)) } }
    expect(concludes(listed, k, section, opening)).toBe(false)
    const quotedPassage = { ...a, article: { ...a.article, blocks: a.article.blocks.map((b, i) => (i === block ? { ...b, kind: 'blockquote' as const } : b)) } }
    expect(concludes(quotedPassage, k, section, opening), 'a passage set off as a quotation').toBe(false)
  })

  it('takes no call to the reader, a verb without a subject ("Submit your feedback here", "Help shape …")', async () => {
    const { a, opening, section, k } = await aConclusion()
    const as = (text: string) => ({ ...k, text })
    for (const t of ['Submit your feedback here', 'Help shape the future of Node.js by participating', 'Check out the release notes for details'])
      expect(concludes(a, as(t), section, opening), t).toBe(false)
    expect(concludes(a, as('Privacy should not be a luxury good'), section, opening)).toBe(true)
  })

  it('takes no words of someone the article gives the floor to (a round-up\'s voices)', () => {
    const view = (name: string, role: string, claim: string) => `## ${name}\n\n${role}\n\n${claim} The markets will need months to settle, and the central banks will watch them closely all year.\n\nMy biggest worry is a default somewhere in the emerging markets, which would spread quickly.\n`
    const md = [
      '# What to watch in 2015',
      '',
      'The global economy enters 2015 with a lot on its mind. Four notable economists share their views on the key issue of the new year.',
      '',
      view('Eric Lascelles', 'Chief economist, RBC Global Asset Management – Toronto', 'Cheaper oil should help revive the moribund European and Japanese economies.'),
      view('Julian Jessop', 'Chief global economist, Capital Economics – London', 'Cheaper oil should support a rebound in the prices of industrial metals.'),
    ].join('\n')
    const a = analyze(parseMarkdown(md, 'watch.md'))
    const spoken = new Set(a.sentences.flatMap((s, i) => (a.article.blocks[a.paragraphs[s.paragraph]!.block]?.speaker ? [i] : [])))
    expect(spoken.size).toBeGreaterThan(0)
    expect(conclusions(a, new Set(), { max: 5 }).filter((k) => spoken.has(k.sentence))).toEqual([])
  })

  it('takes no sentence holding code (a call, a hexadecimal number)', async () => {
    const { a, opening, section, k } = await aConclusion()
    const as = (text: string) => ({ ...k, text })
    expect(concludes(a, as('Inline assembly is used to call foo(0xaf, val, val, val) with val as the argument'), section, opening)).toBe(false)
    expect(concludes(a, as('The register holds 0x11223344 after the call returns'), section, opening)).toBe(false)
    expect(concludes(a, as('The ferry (a former trawler) carries forty passengers on every crossing'), section, opening)).toBe(true)
  })

  it('takes no requirement of a specification, and a specification draws no takeaways', async () => {
    const { a, opening, section, k } = await aConclusion()
    const as = (text: string) => ({ ...k, text })
    expect(concludes(a, as('Servers MUST support chunked transfer coding on every request they take'), section, opening)).toBe(false)
    expect(concludes(a, as('The ferry (a former trawler) carries forty passengers on every crossing'), section, opening)).toBe(true)
    expect(specifies(a)).toBe(false)
    const rules = ['Servers MUST answer each request.', 'Clients SHOULD retry.', 'Servers MAY cache.', 'Tokens MUST NOT leak.', 'Clients SHALL wait.']
    expect(specifies({ ...a, sentences: rules.map((text, i) => ({ text, start: i, end: i + 1, paragraph: 0 })) })).toBe(true)
  })

  it('takes no sentence that opens on a quotation, however short (“Sure,” Matie says)', async () => {
    const { a, opening, section, k } = await aConclusion()
    const quoted = { ...a, sentences: a.sentences.map((s, i) => (i === k.sentence ? { ...s, text: `“Sure,” ${s.text}` } : s)) }
    expect(concludes(quoted, k, section, opening)).toBe(false)
  })

  it.each([...FIXTURE_CASES, 'bundled'])('never the sentence a key figure’s slide shows whole (%s)', async (name) => {
    const a = await loadAnalysis(name)
    const slides = planDeck(a).slides
    const figure = slides.find((s) => s.kind === 'key-figure')
    const takeaways = slides.find((s) => s.kind === 'takeaways')
    if (!figure?.notes[0]?.source || takeaways?.kind !== 'takeaways') return
    const at = figure.notes[0].source.start
    const figureSentence = a.sentences.findIndex((s) => s.start <= at && at < s.end)
    for (const b of takeaways.bullets) expect(a.sentences.findIndex((s) => s.start === b.source.start)).not.toBe(figureSentence)
  })

  it('ranks by closeness to the whole article and takes one point per section', async () => {
    const a = await loadAnalysis('bundled')
    const picked = conclusions(a, new Set())
    expect(picked.length).toBeGreaterThanOrEqual(2)
    const sections = picked.map((k) => a.sections.findIndex((s) => s.keyPoints.includes(k)))
    expect(new Set(sections).size).toBe(picked.length)
    for (let i = 1; i < picked.length; i++) expect(conclusionWeight(a, picked[i - 1]!)).toBeGreaterThanOrEqual(conclusionWeight(a, picked[i]!))
  })

  it('weighs words of judgement and a place near the end above the gist alone', async () => {
    const a = await loadAnalysis('no-headings-txt')
    const k = a.sections[0]!.keyPoints[0]!
    const early = { ...a, sentences: a.sentences.map((s, i) => (i === k.sentence ? { ...s, paragraph: 1, text: 'The ferry carries freight to the island.' } : s)) }
    const judged = { ...early, sentences: early.sentences.map((s, i) => (i === k.sentence ? { ...s, text: 'In short, the ferry must carry freight to the island.' } : s)) }
    const late = { ...early, sentences: early.sentences.map((s, i) => (i === k.sentence ? { ...s, paragraph: a.sentences.at(-1)!.paragraph } : s)) }
    expect(conclusionWeight(judged, k)).toBeCloseTo(conclusionWeight(early, k) * 3)
    expect(conclusionWeight(late, k)).toBeCloseTo(conclusionWeight(early, k) * 1.2)
  })

  it.each([
    ['speaks of the text itself', 'In this post, we will look at the tools available for profiling'],
    ['is a subordinate clause alone', 'Just as there is a coalition of people against the use of certain fonts'],
    ['is a glossary line', 'Task: Unit of execution of a lambda'],
    ['has a pronoun before any noun it could stand for', 'We need to think about what its capabilities imply for society overall'],
  ])('takes no point that %s', async (_, text) => {
    const { a, opening, section, k } = await aConclusion()
    const changed = { ...a, sentences: a.sentences.map((s, i) => (i === k.sentence ? { ...s, text } : s)) }
    expect(concludes(changed, { ...k, text }, section, opening)).toBe(false)
  })

  it('spares only sections that keep two more complete points', async () => {
    const a = await loadAnalysis('bundled')
    for (const k of conclusions(a, new Set(), { spare: true })) {
      const section = a.sections.find((s) => s.keyPoints.includes(k))!
      const rest = section.keyPoints.filter((x) => x.complete && x !== k && x.sentence !== section.titleSentence)
      expect(rest.length).toBeGreaterThanOrEqual(2)
    }
  })

  it('spares no sentence when the next point, which points back to it, would leave its section too few', async () => {
    const a = await loadAnalysis('bundled')
    const [k] = conclusions(a, new Set(), { spare: true })
    expect(k).toBeDefined()
    const section = a.sections.find((s) => s.keyPoints.includes(k!))!
    const others = section.keyPoints.filter((x) => x.complete && ![k!.sentence, k!.sentence + 1, section.titleSentence].includes(x.sentence))
    expect(others.length).toBeGreaterThanOrEqual(2)
    // the section's next sentence, made to point back to it
    const next = { ...k!, sentence: k!.sentence + 1, text: 'This raises questions about the integrity of the competitive narrative', score: 0 }
    const withPoints = (keyPoints: typeof section.keyPoints) => ({ ...a, sections: a.sections.map((s) => (s === section ? { ...s, keyPoints } : s)) })
    const spared = (keyPoints: typeof section.keyPoints) => conclusions(withPoints(keyPoints), new Set(), { spare: true }).map((x) => x.sentence)
    // with it and one other, the section would keep one point that stands alone: not spared
    expect(spared([k!, next, others[0]!])).not.toContain(k!.sentence)
    expect(conclusions(withPoints([k!, next, others[0]!]), new Set()).map((x) => x.sentence)).toContain(k!.sentence)
    // with two others, it is
    expect(spared([k!, next, others[0]!, others[1]!])).toContain(k!.sentence)
  })

  it('excludes what other slides show', async () => {
    const a = await loadAnalysis('bundled')
    const all = a.sections.flatMap((s) => s.keyPoints.map((k) => k.sentence))
    expect(conclusions(a, new Set(all))).toEqual([])
  })
})

describe('saysWhatMayCome', () => {
  it.each([
    ['The attack Wednesday could heighten tensions in a nation divided between two factions', 'en', true],
    ['Officials are worried about the number of militants who may have joined the jihadists', 'en', true],
    ['We expect second quarter revenue to be in the range of $36.5-39 billion', 'en', true],
    // what was possible then, told in the past
    ['Everyone by then realized that CRISPR might become a flexible way to rewrite DNA', 'en', false],
    // a "they" the slide before would have named
    ['Lawsuits are certain and they worry anything they say will be used against them', 'en', false],
    // nothing that may come
    ['The museum is a major tourist draw near the national parliament', 'en', false],
    // "concerned" that says what a thing was about; the fear it says otherwise
    ['A second fierce debate concerned the economic status of imperial federation', 'en', false],
    ['Officials are concerned about the number of militants in Libya', 'en', true],
    // an outlook on someone is a view of them; the outlook for something is what may come
    ['Notably, the change is not a broad indictment of Clinton, but an improved outlook on Obama', 'en', false],
    ['The outlook for exports is weaker than in the spring', 'en', true],
    ['Le Sénat pourrait examiner le texte en juin', 'fr', true],
    ['Le Sénat a examiné le texte en juin', 'fr', false],
  ])('%s (%s): %s', (text, lang, expected) => {
    expect(saysWhatMayCome(text, lang)).toBe(expected)
  })
})
