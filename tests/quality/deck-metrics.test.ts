import { describe, expect, it } from 'vitest'
import { planDeck } from '../../src/plan/index.ts'
import { danglingBullets, deckMetrics, isTraceable } from '../../src/quality/deck-metrics.ts'
import type { Analysis, DeckPlan, SectionSlide, Slide } from '../../src/types.ts'
import { FIXTURE_CASES, loadAnalysis } from '../fixture-articles.ts'

describe('deckMetrics', () => {
  it('counts the bullets, words and slides of a generated deck', async () => {
    const a = await loadAnalysis('headings-md')
    const plan = planDeck(a)
    const m = deckMetrics(a, plan)
    const sections = plan.slides.filter((s): s is SectionSlide => s.kind === 'section')
    const bullets = plan.slides.reduce((n, s) => n + (s.kind === 'section' || s.kind === 'takeaways' ? s.bullets.length : 0), 0)
    expect(m.slides).toBe(plan.slides.length)
    expect(m.sectionSlides).toBe(sections.length)
    expect(m.bullets).toBe(bullets)
    expect(m.continuedSlides).toBe(sections.filter((s) => s.continued).length)
    expect(m.traceableBullets).toBe(m.bullets)
    expect(m.maxWordsPerSlide).toBeGreaterThanOrEqual(m.wordsPerSlide)
  })

  it.each(['bundled', ...FIXTURE_CASES])('finds every bullet of the %s deck traceable to its article', async (name) => {
    // (a surname said again for a name a pronoun stood for, "Dunleavy points out …" of "She points out …", points where the text wrote it)
    const a = await loadAnalysis(name)
    const m = deckMetrics(a, planDeck(a))
    expect(m.traceableBullets).toBe(m.bullets)
  })

  it('finds cut bullets, one-bullet and thin continued slides, pronoun speakers and table residue', async () => {
    const a = await loadAnalysis('headings-md')
    const base = planDeck(a)
    const sentence = a.sentences[0]!
    const source = { start: sentence.start, end: sentence.end }
    const cut = sentence.text.split(/\s+/).slice(0, 4).join(' ') + '…'
    const extra: Slide[] = [
      { kind: 'section', section: 0, title: 'Part 3', continued: false, notes: [], bullets: [{ text: cut, source }] },
      { kind: 'section', section: 0, title: 'Part 3 (cont.)', continued: true, notes: [], bullets: [{ text: 'Revenue | $ | 36,455 |', source }, { text: sentence.text, source }] },
      { kind: 'quote', quoteKind: 'paraphrase', title: 'Quote', notes: [], text: 'prices will fall', speaker: "We're", span: source },
    ]
    const plan: DeckPlan = { ...base, slides: [...base.slides, ...extra] }
    const before = deckMetrics(a, base)
    const after = deckMetrics(a, plan)
    expect(after.cutBullets - before.cutBullets).toBe(1)
    expect(after.oneBulletSlides - before.oneBulletSlides).toBe(1)
    expect(after.thinContinued - before.thinContinued).toBe(1)
    expect(after.pronounSpeakers - before.pronounSpeakers).toBe(1)
    expect(after.residueSlides - before.residueSlides).toBe(2) // "Part 3" title, and the pipe row
    expect(after.traceableBullets - before.traceableBullets).toBe(2) // the cut bullet and the whole sentence
  })
})

describe('isTraceable', () => {
  it('reads a name in place of the sentence’s opening pronoun where Bullet.named points, and nowhere else', async () => {
    const a = await loadAnalysis('headings-md')
    const s = a.sentences[1]!
    const source = { start: s.start, end: s.end }
    const name = { start: a.sentences[0]!.start, end: a.sentences[0]!.start + a.sentences[0]!.text.split(' ')[0]!.length }
    const rest = s.text.split(/\s+/).slice(1).join(' ')
    const written = a.article.text.slice(name.start, name.end)
    expect(isTraceable(a, { text: `${written} ${rest}`, source, named: name })).toBe(true)
    expect(isTraceable(a, { text: `Somebody ${rest}`, source, named: name })).toBe(false)
    expect(isTraceable(a, { text: `${written} ${rest}`, source })).toBe(s.text.toLowerCase().includes(written.toLowerCase()))
    // a name in place of a word further on (Bullet.namedAt): the words around it are the sentence's
    const [first, ...others] = s.text.split(/\s+/)
    const inside = `${first} ${written} ${others.slice(1).join(' ')}`
    expect(isTraceable(a, { text: inside, source, named: name, namedAt: first!.length + 1 })).toBe(true)
    expect(isTraceable(a, { text: inside, source, named: name, namedAt: 0 })).toBe(false)
  })
})

describe('repeated table titles', () => {
  it('counts table slides titled like the deck or another slide, not distinct ones', async () => {
    const a = await loadAnalysis('headings-md')
    const base = planDeck(a)
    const table = (title: string): Slide => ({ kind: 'table', title, caption: title, columns: [{ label: '', numeric: false }], rows: [{ cells: ['Revenue'] }], table: 0, notes: [] })
    const plan = (titles: string[]): DeckPlan => ({ ...base, slides: [...base.slides, ...titles.map(table)] })
    expect(deckMetrics(a, plan(['Segment information', 'Balance sheet'])).repeatedTableTitles).toBe(0)
    expect(deckMetrics(a, plan([base.title, 'Balance sheet', 'Balance sheet'])).repeatedTableTitles).toBe(3)
  })
})

describe('charts mixing units', () => {
  it('counts a chart whose bars are figures of different kinds or currencies, not one of a single unit', async () => {
    const a = await loadAnalysis('many-figures')
    const base = planDeck(a)
    const byKind = (k: string) => a.figures.filter((f) => f.kind === k)
    const [p1, p2] = byKind('percent')
    const [m1] = byKind('money')
    expect(p1 && p2 && m1).toBeTruthy()
    const chart = (items: { text: string; value: number }[]): Slide => ({ kind: 'chart', title: 'Chart', caption: 'Chart', unit: '%', notes: [], items: items.map((i, n) => ({ label: `Item ${n}`, ...i })) })
    const mixed = chart([p1!, p2!, m1!].map((f) => ({ text: f.text, value: f.value })))
    const single = chart([p1!, p2!].map((f) => ({ text: f.text, value: f.value })))
    const before = deckMetrics(a, base).chartsMixingUnits
    expect(deckMetrics(a, { ...base, slides: [...base.slides, mixed] }).chartsMixingUnits - before).toBe(1)
    expect(deckMetrics(a, { ...base, slides: [...base.slides, single] }).chartsMixingUnits - before).toBe(0)
    expect(before).toBe(0)
    // a fall's bar shows the sign its words left out: still the article's figure
    const falling = chart([{ text: p1!.text, value: p1!.value }, { text: `−${p2!.text}`, value: -Math.abs(p2!.value) }])
    expect(deckMetrics(a, { ...base, slides: [...base.slides, falling] }).chartsMixingUnits - before).toBe(0)
  })
})

describe('danglingBullets', () => {
  const texts = ['The islanders asked for a vote.', 'They won it in the end.', 'The ferry sails daily.', 'It carries forty passengers.', 'The crew rebuilt the pier.', 'The cooperative paid for this work.']
  const sentences = texts.map((text, i) => ({ text, start: i * 100, end: i * 100 + text.length, paragraph: 0 }))
  const a = { lang: 'en', sentences, sections: [] } as unknown as Analysis
  const slide = (ids: number[]): SectionSlide => ({ kind: 'section', section: 0, title: 'Ferry', continued: false, notes: [], bullets: ids.map((i) => ({ text: texts[i]!, source: { start: sentences[i]!.start, end: sentences[i]!.end } })) })
  it('counts bullets that point back without the sentence before them just above', () => {
    expect(danglingBullets(a, slide([0, 1, 2]))).toBe(0)
    expect(danglingBullets(a, slide([1, 2, 3]))).toBe(1)
    expect(danglingBullets(a, slide([1, 3]))).toBe(2)
    expect(danglingBullets(a, slide([0, 3]))).toBe(1)
  })

  it('counts a demonstrative inside a bullet too ("paid for this work")', () => {
    expect(danglingBullets(a, slide([4, 5]))).toBe(0)
    expect(danglingBullets(a, slide([2, 5]))).toBe(1)
  })

  it('counts no first bullet right after the sentence its slide’s headline was made from', () => {
    const titled = (titleFrom: 'headline' | 'keyphrases') => ({ ...a, sections: [{ titleFrom, titleSentence: 0 }] }) as unknown as Analysis
    expect(danglingBullets(titled('headline'), slide([1, 2]))).toBe(0)
    expect(danglingBullets(titled('keyphrases'), slide([1, 2]))).toBe(1)
    // not below another bullet, nor on the "(cont.)" slide
    expect(danglingBullets(titled('headline'), slide([2, 1]))).toBe(1)
    expect(danglingBullets(titled('headline'), { ...slide([1, 2]), continued: true })).toBe(1)
    // a later page under a headline of its own, made from the sentence before its first bullet
    expect(danglingBullets(titled('headline'), { ...slide([3, 4]), continued: true, titleSource: { start: sentences[2]!.start, end: sentences[2]!.end } })).toBe(0)
  })
})

describe('later pages under a headline of their own', () => {
  it('are slides of their own, not "(cont.)" ones, and their titles are made-up titles', () => {
    const texts = ['The islanders asked for a vote.', 'They won it in the end.', 'The ferry sails daily.', 'It carries forty passengers.', 'The crew rebuilt the pier.']
    const sentences = texts.map((text, i) => ({ text, start: i * 100, end: i * 100 + text.length, paragraph: 0 }))
    const a = { lang: 'en', sentences, sections: [{ titleFrom: 'headline', titleSentence: 0, title: 'The islanders asked for a vote', keyPoints: [], paragraphs: [0] }], paragraphs: [], figures: [], quotes: [], article: { blocks: [], tables: [], text: '', meta: {} } } as unknown as Analysis
    const page = (ids: number[], extra: Partial<SectionSlide>): SectionSlide => ({ kind: 'section', section: 0, title: 'Ferry', continued: true, notes: [], bullets: ids.map((i) => ({ text: texts[i]!, source: { start: sentences[i]!.start, end: sentences[i]!.end } })), ...extra })
    const plan = (p: SectionSlide): DeckPlan => ({ title: 'Ferry', lang: 'en', slides: [{ kind: 'section', section: 0, title: 'The islanders asked for a vote', continued: false, notes: [], bullets: [{ text: texts[1]!, source: { start: 100, end: 123 } }] }, p] }) as unknown as DeckPlan
    const headed = deckMetrics(a, plan(page([3, 4], { title: 'The ferry sails daily', titleSource: { start: 200, end: 222 } })))
    const continued = deckMetrics(a, plan(page([3, 4], { title: 'The islanders asked for a vote (cont.)' })))
    expect([headed.continuedSlides, headed.thinContinued]).toEqual([0, 0])
    expect([continued.continuedSlides, continued.thinContinued]).toEqual([1, 1])
    expect(headed.derivedTitles).toBe(2)
    // a list under its lead line is whole on its "(cont.)" page, however short
    const list = deckMetrics(a, plan(page([3, 4], { title: 'The islanders asked for a vote (cont.)', lead: 'The ferry has two decks:', leadSource: { start: 150, end: 174 } })))
    expect([list.continuedSlides, list.thinContinued]).toEqual([1, 0])
  })
})
