import { beforeAll, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { FIXTURE_CASES, fixturePath, loadAnalysis, PROJECT_ROOT } from '../fixture-articles.ts'
import { analyze } from '../../src/analyze/index.ts'
import { ingest } from '../../src/ingest/index.ts'
import { capSlides, DEFAULT_MAX_SLIDES, endsOnConclusions, noContinuedFirst, planDeck } from '../../src/plan/index.ts'
import { parseMarkdown } from '../../src/ingest/markdown.ts'
import { parseText } from '../../src/ingest/text.ts'
import type { Analysis, DeckPlan, Slide } from '../../src/types.ts'

const load = loadAnalysis

const kinds = (p: DeckPlan) => p.slides.map((s) => s.kind)
const count = (p: DeckPlan, kind: Slide['kind']) => p.slides.filter((s) => s.kind === kind).length

describe('planDeck on the bundled article', () => {
  let a: Analysis
  let plan: DeckPlan
  beforeAll(async () => {
    a = await load('bundled')
    plan = planDeck(a)
  })

  it('has every kind of slide the article supports', () => {
    for (const kind of ['title', 'section', 'cost', 'key-figure'] as const) {
      expect(kinds(plan), kind).toContain(kind)
    }
    expect(count(plan, 'quote')).toBeGreaterThanOrEqual(2)
  })

  it('opens with the title and closes on its last section (a news analysis judges too little for takeaways); no agenda of made-up headlines, no sources slide that would only say its title again', () => {
    expect(a.sections.some((s) => s.titleFrom === 'heading')).toBe(false)
    expect(kinds(plan).slice(0, 2)).toEqual(['title', 'section'])
    expect(kinds(plan)).not.toContain('agenda')
    expect(kinds(plan)).not.toContain('takeaways')
    expect(kinds(plan)).not.toContain('sources')
    expect(kinds(planDeck(a, { author: 'A. Writer' })).at(-1)).toBe('sources')
    expect(plan.notices).toEqual([])
  })

  it('puts each fact slide after the section it comes from', () => {
    let section = -1
    for (const s of plan.slides) {
      if (s.kind === 'section') section = s.section
      if (s.kind === 'quote') {
        const at = a.sections.findIndex((x) => s.span.start >= x.start && s.span.start < x.end)
        expect(at).toBe(section)
      }
    }
  })

  it('is deterministic', async () => {
    // from a fresh ingest and analysis, not the cached one
    expect(planDeck(analyze(await ingest(fixturePath('bundled'))))).toEqual(plan)
    expect(planDeck(a)).toEqual(plan)
  })

  it('caps the slides with --max-slides, keeping title and sources and saying so', () => {
    // (with an author given, the deck has a sources slide)
    const full = planDeck(a, { author: 'A. Writer' })
    for (const max of [3, 5, 8, full.slides.length - 1]) {
      const capped = planDeck(a, { maxSlides: max, author: 'A. Writer' })
      expect(capped.slides.length).toBe(max)
      expect(capped.slides[0]!.kind).toBe('title')
      expect(capped.slides.at(-1)!.kind).toBe('sources')
      expect(capped.notices).toHaveLength(1)
      expect(capped.notices[0]).toMatch(new RegExp(`--max-slides ${max}\\b`))
      expect(capped.notices[0]).toContain(String(full.slides.length))
      // what is kept stays in reading order
      const positions = capped.slides.map((s) => full.slides.findIndex((p) => JSON.stringify(p) === JSON.stringify(s)))
      expect(positions.every((p) => p >= 0)).toBe(true)
      expect([...positions].sort((x, y) => x - y)).toEqual(positions)
    }
  })

  it('keeps the frame (takeaways), then sections, before fact slides when capping', async () => {
    // a blog post that judges, with a table slide
    const essay = analyze(await ingest(join(PROJECT_ROOT, 'corpus', 'blog-android-app-updates', 'article.html')))
    const plan = planDeck(essay)
    const firstPages = plan.slides.filter((s) => s.kind === 'section' && !s.continued).length
    const max = firstPages + 4 // title, agenda, sources, takeaways and each section's first slide
    expect(kinds(plan)).toContain('takeaways')
    expect(plan.slides.length).toBeGreaterThan(max)
    const capped = planDeck(essay, { maxSlides: max })
    expect(kinds(capped)).toContain('takeaways')
    expect(capped.slides.filter((s) => s.kind === 'section' && !s.continued).length).toBe(firstPages)
  })

  it('opens an article with headings with its agenda, kept when capping', async () => {
    const headed = await load('many-figures')
    const full = planDeck(headed)
    expect(kinds(full).slice(0, 2)).toEqual(['title', 'agenda'])
    const firstPages = full.slides.filter((s) => s.kind === 'section' && !s.continued).length
    const capped = planDeck(headed, { maxSlides: firstPages + 4 })
    expect(capped.slides.length).toBeLessThan(full.slides.length)
    expect(kinds(capped)).toContain('agenda')
  })

  it('caps a very long deck by default and says how to change it', async () => {
    // a report with 120 headed sections: one slide each would make 124 slides
    const report = Array.from({ length: 120 }, (_, i) =>
      `## Chapter ${i + 1}\n\nChapter ${i + 1} discusses budgets, harbours and schools in plain words. It adds a second sentence on ferries and timetables.`,
    ).join('\n\n')
    const capped = planDeck(analyze(parseMarkdown(report, 'report.md')))
    expect(capped.slides.length).toBe(DEFAULT_MAX_SLIDES)
    expect(capped.notices.join(' ')).toMatch(/--max-slides/)
  })

  it('does not report a cap that removed nothing', () => {
    const same = planDeck(a, { maxSlides: plan.slides.length + 5 })
    expect(same.slides).toEqual(plan.slides)
    expect(same.notices).toEqual([])
  })

  it('takes no subtitle from a description the site cut short', () => {
    const article = parseText('Sea levels rose faster than expected this decade, the agency said on Monday.\n\nCoastal towns are planning new defences.', 'sea.txt')
    const cut = { ...article, meta: { ...article.meta, description: 'In defense of the coast and why you should stop building on the dunes, lest they fig…' } }
    expect(planDeck(analyze(cut)).slides[0]).not.toHaveProperty('subtitle', cut.meta.description)
    const whole = { ...article, meta: { ...article.meta, description: 'Why the coast needs new defences.' } }
    expect(planDeck(analyze(whole)).slides[0]).toHaveProperty('subtitle', 'Why the coast needs new defences.')
  })

  it('applies title, subtitle, author and date options', () => {
    const p = planDeck(a, { title: 'My Talk', subtitle: 'A sub', author: 'Ann Author', date: '2025-01-02' })
    expect(p.title).toBe('My Talk')
    const t = p.slides[0]!
    expect(t).toMatchObject({ kind: 'title', title: 'My Talk', subtitle: 'A sub', byline: 'Ann Author', date: '2025-01-02' })
    expect(p.slides.at(-1)).toMatchObject({ kind: 'sources', articleTitle: 'My Talk', author: 'Ann Author', date: '2025-01-02' })
  })
})

describe('planDeck on every fixture', () => {
  it.each([...FIXTURE_CASES, 'bundled'])('%s: frame, notes and determinism', async (name) => {
    const a = await load(name)
    const plan = planDeck(a)
    expect(plan.slides[0]!.kind).toBe('title')
    // a sources slide closes the deck when the article names its author, date or address (else it would only say the title again)
    const { byline, date, source } = a.article.meta
    if (byline || date || source) expect(plan.slides.at(-1)!.kind).toBe('sources')
    else expect(plan.slides.map((s) => s.kind)).not.toContain('sources')
    expect(plan.lang).toBe(a.lang)
    for (const s of plan.slides) {
      expect(s.title.trim().length, `${s.kind} slide without a title`).toBeGreaterThan(0)
      expect(s.notes.length, `${s.kind} “${s.title}” has no notes`).toBeGreaterThan(0)
      expect(s.notes.some((n) => n.text.trim().length > 0)).toBe(true)
      for (const n of s.notes) if (n.source) expect(a.article.text.slice(n.source.start, n.source.end)).toBe(n.text)
    }
    // every section appears, in order
    const sections = plan.slides.filter((s) => s.kind === 'section').map((s) => (s.kind === 'section' ? s.section : -1))
    expect([...new Set(sections)]).toEqual(a.sections.map((_, i) => i))
    expect(planDeck(analyze(await ingest(fixturePath(name))))).toEqual(plan)
  })
})

describe('capSlides', () => {
  it('returns a copy when nothing needs dropping', () => {
    const slides: Slide[] = [
      { kind: 'title', title: 't', notes: [{ text: 'n' }] },
      { kind: 'sources', title: 's', articleTitle: 't', notes: [{ text: 'n' }] },
    ]
    const out = capSlides(slides, 5)
    expect(out).toEqual(slides)
    expect(out).not.toBe(slides)
  })
})

describe('planDeck says nothing twice', () => {
  const sentenceOf = (a: Analysis, offset: number) => a.sentences.findIndex((s) => s.start <= offset && offset < s.end)
  it.each([...FIXTURE_CASES, 'bundled'])('no sentence is a bullet, a quote and a takeaway at once (%s)', async (name) => {
    const a = await load(name)
    const plan = planDeck(a)
    const said: number[] = []
    for (const s of plan.slides) {
      if (s.kind === 'section' || s.kind === 'takeaways') said.push(...s.bullets.map((b) => sentenceOf(a, b.source.start)))
      if (s.kind === 'quote') said.push(sentenceOf(a, s.span.start))
    }
    expect(said.filter((x, i) => said.indexOf(x) !== i)).toEqual([])
    // a deck of several sections still closes with its conclusions
    if (a.sections.length > 1 && plan.slides.some((s) => s.kind === 'takeaways')) {
      expect(plan.slides.filter((s) => s.kind !== 'sources').at(-1)!.kind).toBe('takeaways')
    }
  })

  it('has no cover line that a bullet says again (a first section that cannot spare its lede shows it)', async () => {
    const plan = planDeck(analyze(await ingest(join(PROJECT_ROOT, 'corpus', 'txt-techreview-crispr', 'article.txt'))))
    const cover = plan.slides[0]!
    const bullets = plan.slides.flatMap((s) => (s.kind === 'section' ? s.bullets.map((b) => b.text) : []))
    expect(bullets.some((b) => b.startsWith('Biologists Jennifer Doudna and Emmanuelle Charpentier showed up'))).toBe(true)
    expect(cover.kind === 'title' && cover.subtitle !== undefined && bullets.includes(cover.subtitle)).toBe(false)
  })

  it('has no cover line that the first section\'s title, a headline made of it, says again', async () => {
    const plan = planDeck(analyze(await ingest(join(PROJECT_ROOT, 'corpus', 'release-whitehouse-rural-health', 'article.md'))))
    const first = plan.slides.find((s) => s.kind === 'section')!
    expect(first.title).toBe('Today marks an extraordinary milestone for rural health care')
    expect(plan.slides[0]).not.toHaveProperty('subtitle', 'Today marks an extraordinary milestone for rural health care in America')
  })

  it('shows no quote of the sentence the key figure\'s slide shows whole', () => {
    const text = ['The American government plans to lift trade sanctions on Sudan after nearly 20 years of hostile relations, officials said on Thursday.', 'Eric Reeves, a senior fellow at Harvard University, said he was appalled that the government was lifting sanctions. He said that the military government continued to commit grave abuses, and he noted that just last week security services killed more than 10 civilians in Darfur.', 'Officials said the embargo could be reinstated if Sudan fails to live up to its commitments. The administration will announce a new strategy on Friday.'].join('\n\n')
    const slides = planDeck(analyze(parseText(text, 'sudan.txt'))).slides
    expect(slides.some((s) => s.kind === 'key-figure')).toBe(true)
    expect(slides.filter((s) => s.kind === 'quote' && s.text.includes('10 civilians'))).toEqual([])
  })

  it('closes with takeaways only where the article judges: an essay does, a news story of events does not', async () => {
    const takeaways = async (...path: string[]) => planDeck(analyze(await ingest(join(PROJECT_ROOT, ...path)))).slides.find((s) => s.kind === 'takeaways')
    const essay = await takeaways('corpus', 'essay-aclu-facebook-tracking', 'article.html')
    expect(essay?.kind === 'takeaways' && essay.bullets.map((b) => b.text)).toContain('Privacy should not be a luxury good')
    expect(essay?.title).toBe('Takeaways')
    // a section without a judgement gives no takeaway that says less of the gist than the judging ones: no aside, no scene
    const ebb = await takeaways('corpus', 'essay-ebb-controversial-events', 'article.html')
    const said = ebb?.kind === 'takeaways' ? ebb.bullets.map((b) => b.text) : []
    expect(said).toContain('In short, the radical message of software freedom became overshadowed by RMS\' radical views about sexual morality')
    expect(said).not.toContain('#MeToo is not a “frenzy”')
    const tapes = await takeaways('corpus', 'txt-businessweek-taliban-tapes', 'article.txt')
    expect(tapes?.kind === 'takeaways' && tapes.bullets.map((b) => b.text)).not.toContain('Shadman, 29, likes flowers')
    expect(await takeaways('corpus', 'txt-reuters-airasia', 'article.txt')).toBeUndefined()
  })

  it('closes a story without headings on what it says may come, from the sections that can spare it, when it says so at least twice', async () => {
    const a = analyze(await ingest(join(PROJECT_ROOT, 'corpus', 'news-wapo-tunisia', 'article.html')))
    const slides = planDeck(a).slides
    const ahead = slides.find((s) => s.kind === 'takeaways')
    expect(ahead?.title).toBe('Looking ahead')
    const said = ahead?.kind === 'takeaways' ? ahead.bullets.map((b) => b.text) : []
    expect(said).toContain('Officials are worried about the number of Tunisian militants who may have joined the jihadists in Libya')
    expect(said.length).toBeGreaterThanOrEqual(2)
    // in reading order, each from its own section, none said again on a section's slide
    const sections = ahead?.kind === 'takeaways' ? ahead.bullets.map((b) => a.sections.findIndex((s) => b.source.start >= s.start && b.source.end <= s.end)) : []
    expect(new Set(sections).size).toBe(sections.length)
    expect([...sections].sort((x, y) => x - y)).toEqual(sections)
    const bullets = slides.flatMap((s) => (s.kind === 'section' ? s.bullets.map((b) => b.text) : []))
    expect(said.filter((t) => bullets.includes(t))).toEqual([])
    expect(slides.filter((s) => s.kind !== 'sources').at(-1)).toBe(ahead)
  })

  it('closes on two sentences of one section when only that section says what may come', async () => {
    const a = analyze(await ingest(join(PROJECT_ROOT, 'corpus', 'txt-techreview-crispr', 'article.txt')))
    const slides = planDeck(a).slides
    const ahead = slides.find((s) => s.kind === 'takeaways')
    expect(ahead?.title).toBe('Looking ahead')
    const said = ahead?.kind === 'takeaways' ? ahead.bullets.map((b) => b.text) : []
    expect(said).toEqual(['If CRISPR turns out to be as important as scientists hope, commercial control over the underlying technology could be worth billions', 'Companies expect that clinical trials could begin in as little as three years'])
    // none said again on a section's slide
    const bullets = slides.flatMap((s) => (s.kind === 'section' ? s.bullets.map((b) => b.text) : []))
    expect(said.filter((t) => bullets.includes(t))).toEqual([])
  })
})

describe('a deck that ends on the article’s own conclusions', () => {
  it('has no takeaways slide when one of the last sections is headed as conclusions, and keeps their points on the sections\' slides', async () => {
    const a = analyze(await ingest(join(PROJECT_ROOT, 'corpus', 'report-crates-io-postmortem', 'article.md')))
    expect(endsOnConclusions(a)).toBe(true)
    const slides = planDeck(a).slides
    expect(slides.some((s) => s.kind === 'takeaways')).toBe(false)
    expect(slides.filter((s) => s.kind === 'section').at(-1)?.title).toBe('Corrective actions')
    // (the summary's first point is the cover's line, its others the sections')
    expect(slides[0]?.kind === 'title' && slides[0].subtitle).toContain('all crate downloads from crates.io were broken')
    expect(slides.some((s) => s.kind === 'section' && s.bullets.some((b) => b.text.includes('the broken deployment was rolled back')))).toBe(true)
  })

  it('reads a concluding heading by its start before a question mark or colon, in other languages too, and not elsewhere', async () => {
    const md = (headings: string[]) => analyze(parseMarkdown(headings.map((h, i) => `## ${h}\n\nThe team measured the cache in week ${i + 1}. The results were stable across runs. Nobody expected the numbers to hold.`).join('\n\n'), 'f.md'))
    expect(endsOnConclusions(md(['Setup', 'Results', 'Where do we go from here? A research team']))).toBe(true)
    expect(endsOnConclusions(md(['Conclusions', 'Setup', 'Results', 'Methods']))).toBe(false)
    expect(endsOnConclusions(md(['Setup', 'Results', 'Conclusion drawn from a bad cache']))).toBe(false)
  })
})

describe('endsOnConclusions: numbered headings', () => {
  it('reads "IV. Conclusion" and "5. Lessons learned" as concluding headings', () => {
    const md = (last: string) => analyze(parseMarkdown(['Setup', 'Results', 'Costs', last].map((h, i) => `## ${h}\n\nThe team measured the cache in week ${i + 1}. The results were stable across runs. Nobody expected the numbers to hold.`).join('\n\n'), 'f.md'))
    expect(endsOnConclusions(md('IV. Conclusion'))).toBe(true)
    expect(endsOnConclusions(md('5. Lessons learned'))).toBe(true)
  })
})

describe('a quote that opens its section', () => {
  const lede = ['# Halibut prices fall', 'Fishermen in Seattle say the price of halibut has fallen this spring, and grocers are selling fillets for less than ever.']
  const squeeze = ['## The squeeze', '“The worry with that is that it puts the squeeze on the producer upstream,” said Ananth Iyer, a professor at Purdue University.', 'If producers are squeezed too much, he noted, they may start to cut corners.', 'So far, there is no evidence this is happening in halibut, where the fishery has been carefully managed for years.', 'Whole Foods does not yet have the scale as a buyer to dictate prices the way a larger chain does.']
  const boats = ['## The boats', 'The day after Easter, the crew loaded up the Polaris, one of four wooden schooners still chasing halibut out of Seattle.', 'Fishermen are typically paid between $5 and $6 a pound for halibut, a price that has held for a decade.', '“It is Seattle old school meets Seattle new school,” said Bob Alverson, head of the Fishing Vessel Owners Association.', 'The fishery in the North Pacific is capped at 29.4 million pounds a year.']
  const order = (parts: string[][]) => planDeck(analyze(parseMarkdown(parts.flat().join('\n\n'), 'h.md'))).slides.map((s) => s.title)

  it('comes before the section’s slide, whose bullets go on from it ("If producers are squeezed too much, he noted, …")', () => {
    const titles = order([lede, squeeze, boats])
    expect(titles.indexOf('Ananth Iyer, Purdue University')).toBe(titles.indexOf('The squeeze') - 1)
    // (a quote after the section's first bullets stays after its slide)
    expect(titles.indexOf('Bob Alverson, Fishing Vessel Owners Association')).toBeGreaterThan(titles.indexOf('The boats'))
  })

  it('stays after the section’s slide when a quote ends the section before: no two quotes in a row', () => {
    const titles = order([lede, boats, squeeze])
    expect(titles.indexOf('Ananth Iyer, Purdue University')).toBeGreaterThan(titles.indexOf('The squeeze'))
  })
})


describe('a section before a table', () => {
  it('keeps its slide of points that lean on each other; only a lone line leading into the table gives way to it', () => {
    const md = (red: string) =>
      [
        '# Three ferries compared',
        'The bay has three ferries, and each crosses it in its own way. The harbour board compared them over a whole summer of crossings.',
        '## The Blue Boat',
        'The Blue Boat is the oldest ferry on the bay and sails every hour. It carries cars on its lower deck and people above.',
        '## The Red Boat',
        red,
        '## Summary',
        '| | Blue | Red |\n|---|---|---|\n| Cars | 20 | 40 |\n| Passengers | 100 | 300 |',
      ].join('\n\n')
    const titles = (text: string) => planDeck(analyze(parseMarkdown(md(text), 'ferries.md'))).slides.map((s) => ('title' in s ? s.title : ''))
    const leaning = 'For example, when the tide turns, the Red Boat waits at the pier before it sails to the island. This method lets the Red Boat carry every passenger and every car across the bay in one trip.'
    expect(titles(leaning)).toContain('The Red Boat')
    expect(titles('The figures for both boats are in the table below:')).not.toContain('The Red Boat')
  })
})

describe('endsOnConclusions and a last section cut at its subheadings', () => {
  it('counts a section with its parts as one of the last sections', () => {
    const para = (topic: string, n: number) => Array.from({ length: Math.ceil(n / 12) }, (_, i) => `The ${topic} crew checked gauge number ${i + 1} on the harbour ferry before dawn.`).join(' ')
    const md = ['# Ferry report', '## Background', para('engine', 150), '## Conclusion', para('summary', 60), ...['Crews', 'Engines', 'Pumps', 'Radios'].flatMap((h) => [`### ${h}`, para(h.toLowerCase(), 120)])].join('\n\n')
    const a = analyze(parseMarkdown(md, 'ferry.md'))
    expect(a.sections.filter((s) => s.part).length).toBe(4)
    expect(endsOnConclusions(a)).toBe(true)
  })
})

describe('noContinuedFirst', () => {
  const slide = (title: string, continued: boolean) => ({ kind: 'section' as const, section: 0, title, continued, bullets: [], notes: [] })
  it('opens a part with its own title when the slide it goes on from is not there', () => {
    const out = noContinuedFirst([slide('Introduction (suite)', true), slide('Introduction (suite)', true), slide('Méthodes', false)], 'fr')
    expect(out.map((s) => [s.title, s.kind === 'section' && s.continued])).toEqual([['Introduction', false], ['Introduction (suite)', true], ['Méthodes', false]])
    const kept = [slide('Results', false), slide('Results (cont.)', true)]
    expect(noContinuedFirst(kept, 'en')).toEqual(kept)
  })
})
