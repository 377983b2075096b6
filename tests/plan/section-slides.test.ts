import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FIXTURE_CASES, loadAnalysis, PROJECT_ROOT } from '../fixture-articles.ts'
import { countWords } from '../../src/analyze/script.ts'
import { analyze } from '../../src/analyze/index.ts'
import { ingest } from '../../src/ingest/index.ts'
import { parseText } from '../../src/ingest/text.ts'
import { parseMarkdown } from '../../src/ingest/markdown.ts'
import { parseHtml } from '../../src/ingest/html.ts'
import { localeFor } from '../../src/locales/index.ts'
import { pointsBack } from '../../src/analyze/stand-alone.ts'
import { planDeck } from '../../src/plan/index.ts'
import { answerTo, bulletBudget, keptTogether, MAX_BODY_WORDS, MAX_BULLETS, MAX_JOINED_WORDS, MIN_CONTINUED, sectionSlides } from '../../src/plan/section-slides.ts'
import type { KeyPoint, Slide } from '../../src/types.ts'
import { MAX_LIST_ITEMS } from '../../src/plan/list-pages.ts'

const load = loadAnalysis

/** The bullets of the deck's section slides, or of those whose title starts with `title`. */
function sectionBullets(slides: readonly Slide[], title = ''): string[] {
  return slides.flatMap((s) => (s.kind === 'section' && s.title.startsWith(title) ? s.bullets.map((b) => b.text) : []))
}

describe('section slides', () => {
  it('shows one bullet of two that give the same figures ("Net income … was $44.2 million, or $0.89 per share" twice), not two giving different ones', () => {
    const md = ['# Retailer reports results', '', 'The retailer sells jeans and boots in forty states across the country.', '', '## Results', '', 'The Buckle announced today that net income for the fiscal quarter ended November 2 was $44.2 million, or $0.89 per share.', '', 'Sales fell 3.2 percent to $293.6 million in the quarter as shoppers held back.', '', 'Net income for the third quarter of fiscal 2024 was $44.2 million, or $0.89 per share.', '', 'The company opened four new stores and closed two others during the quarter.', ''].join('\n')
    const bullets = planDeck(analyze(parseMarkdown(md, 'r.md'))).slides.flatMap((s) => (s.kind === 'section' ? s.bullets.map((b) => b.text) : []))
    expect(bullets.filter((b) => b.includes('$44.2 million'))).toHaveLength(1)
    expect(bullets.some((b) => b.includes('four new stores'))).toBe(true)
  })

  it('limits are the documented ones', () => {
    expect(MAX_BULLETS).toBe(6)
    expect(MAX_BODY_WORDS).toBeLessThanOrEqual(60)
  })

  it.each([...FIXTURE_CASES, 'bundled'])('%s: at most 6 bullets and ~60 words (75 rather than a short “(cont.)” slide) a section or takeaways slide, from the article’s sentences', async (name) => {
    const a = await load(name)
    const plan = planDeck(a)
    for (const slide of plan.slides) {
      if (slide.kind !== 'section' && slide.kind !== 'takeaways') continue
      // the takeaways slide holds one top point per section, at most four
      if (slide.kind === 'takeaways') expect(slide.bullets.length).toBeLessThanOrEqual(4)
      expect(slide.bullets.length).toBeGreaterThan(0)
      // (a list under its lead line shows its items, up to a dozen names)
      expect(slide.bullets.length).toBeLessThanOrEqual(slide.kind === 'section' && slide.lead ? MAX_LIST_ITEMS : MAX_BULLETS)
      const words = slide.bullets.reduce((n, b) => n + countWords(b.text), 0)
      expect(words, `“${slide.title}” holds ${words} words`).toBeLessThanOrEqual(MAX_JOINED_WORDS)
      for (const b of slide.bullets) {
        const sentence = a.sentences.find((s) => s.start === b.source.start && s.end === b.source.end)
        expect(sentence, `bullet “${b.text}” has no source sentence`).toBeDefined()
        if (slide.kind === 'section') {
          const section = a.sections[slide.section]!
          expect(section.paragraphs).toContain(sentence!.paragraph)
        }
      }
      const texts = slide.bullets.map((b) => b.text.toLowerCase())
      expect(new Set(texts).size).toBe(texts.length)
    }
  })

  it.each(['bundled', ...FIXTURE_CASES])('%s: bullets of a section are in reading order and continue on “(cont.)” slides', async (name) => {
    const a = await load(name)
    a.sections.forEach((section, i) => {
      const slides = sectionSlides(a, i)
      expect(slides.length).toBeGreaterThan(0)
      expect(slides[0]!.continued).toBe(false)
      expect(slides[0]!.title).toBe(section.title)
      slides.slice(1).forEach((s) => {
        expect(s.continued).toBe(true)
        // (a list titled by its own lead line keeps that title)
        if (!s.titleSource) expect(s.title).toBe(`${section.title}${localeFor(a.lang).slide.continued}`)
      })
      // the section's points in reading order, and each list's items (a list's slide is whole, however short)
      const own = slides.filter((s) => !s.lead)
      const starts = own.flatMap((s) => s.bullets.map((b) => b.source.start))
      expect([...starts].sort((x, y) => x - y)).toEqual(starts)
      for (const s of slides.filter((s) => s.lead)) expect(s.bullets.map((b) => b.source.start)).toEqual(s.bullets.map((b) => b.source.start).sort((x, y) => x - y))
      // no "(cont.)" slide with fewer than three bullets
      for (const s of slides.slice(1).filter((s) => !s.lead)) expect(s.bullets.length).toBeGreaterThanOrEqual(MIN_CONTINUED)
      const sentences = section.paragraphs.reduce((n, p) => n + a.paragraphs[p]!.sentences.length, 0)
      // (one more where it fills a long section's "(cont.)" slide)
      const filled = slides.length === 2 && slides[1]!.bullets.length === MIN_CONTINUED && sentences >= 12 ? 1 : 0
      expect(starts.length).toBeLessThanOrEqual(bulletBudget(sentences) + filled)
    })
  })

  it('never opens a “(cont.)” slide on a point that points back to the last bullet of the slide before', async () => {
    const a = analyze(await ingest(join(PROJECT_ROOT, 'corpus', 'txt-techreview-crispr', 'article.txt')))
    const slides = planDeck(a).slides
    const holding = (opening: string) => slides.findIndex((x) => x.kind === 'section' && x.bullets.some((b) => b.text.startsWith(opening)))
    expect(holding('Doudna, a structural biologist')).toBeGreaterThan(0)
    // the point it answers is on its slide, as a bullet or as the slide's own headline
    const slide = slides[holding('Doudna, a structural biologist')]!
    expect(slide.title === 'Editas doesn’t have CRISPR sewn up' || holding('Editas doesn’t have CRISPR sewn up') === holding('Doudna, a structural biologist')).toBe(true)
    for (const name of ['bundled', ...FIXTURE_CASES, 'crispr']) {
      const b = name === 'crispr' ? a : await load(name)
      const plan = planDeck(b).slides
      plan.forEach((x, i) => {
        const before = plan[i - 1]
        if (x.kind !== 'section' || !x.continued || before?.kind !== 'section') return
        const first = x.bullets[0]!
        const last = before.bullets.at(-1)!
        const next = (m: { start: number }) => b.sentences.findIndex((s) => s.start === m.start)
        if (next(first.source) === next(last.source) + 1) expect(pointsBack(first.text, b.lang), `${name}: ${first.text}`).toBe(false)
      })
    }
  })

  it('moves a point over with the one that points back to it, unless a “(cont.)” slide would keep too few', () => {
    const point = (sentence: number, text: string) => ({ sentence, text, pieces: [], score: 1, gist: 0, complete: true }) as KeyPoint
    const back = (k: KeyPoint) => k.text.startsWith('That')
    const p = (n: number) => point(n, `Point ${n} says one thing`)
    // the first slide gives its last point to the next
    const first = keptTogether([[p(0), p(1), p(2)], [point(3, 'That is why'), p(4), p(5)]], back)
    expect(first.map((page) => page.map((k) => k.sentence))).toEqual([[0, 1], [2, 3, 4, 5]])
    // a "(cont.)" slide of three does not: it would keep two
    const later = keptTogether([[p(0), p(1), p(2)], [p(3), p(4), p(5)], [point(6, 'That is why'), p(7), p(8)]], back)
    expect(later.map((page) => page.map((k) => k.sentence))).toEqual([[0, 1, 2], [3, 4, 5], [6, 7, 8]])
  })

  it('shows no line about the text or its readers; a section of nothing else has no slide', () => {
    const md = [
      '# How we built the task queue',
      '## Design',
      'The queue stores every task in a table with an index on its next run time. Workers poll the table every second and claim a task before they run it. A claimed task that is not finished within a minute goes back to the queue.',
      '## Conclusion',
      'We hope this post helps engineers elsewhere to build better task queues of their own. Thanks for reading!',
    ].join('\n\n')
    const slides = planDeck(analyze(parseMarkdown(md, 'queue.md'))).slides
    expect(slides.some((s) => s.kind === 'section' && s.title === 'Design')).toBe(true)
    expect(slides.some((s) => s.title === 'Conclusion')).toBe(false)
    expect(slides.flatMap((s) => (s.kind === 'section' || s.kind === 'takeaways' ? s.bullets.map((b) => b.text) : [])).join(' ')).not.toMatch(/hope this post|Thanks for reading/)
  })

  it('gives a list of facts with figures a bullet for each item, over two slides; not a list of shares', () => {
    const facts = ['Revenue was $4.12 billion, an increase of 9%', 'Ferry crossings reached 18,240 in the quarter', 'Operating costs were $2.31 billion', 'Capital expenditures were $640 million', 'Share repurchases were $310 million', 'Free cash flow was $1.02 billion', 'Headcount was 6,419 as of March 31', 'Cash and equivalents were $3.8 billion at the end of March']
    const release = (items: string[]) => `# Harbour Lines results\n\nHarbour Lines reported its results for the first quarter today.\n\n## Highlights\n\n${items.map((t) => `- ${t}.`).join('\n')}\n\n## Outlook\n\nHarbour Lines expects demand to rise through the summer season.\n`
    const bulletsOf = (md: string) => sectionBullets(planDeck(analyze(parseMarkdown(md, 'release.md'))).slides, 'Highlights')
    expect(bulletsOf(release(facts)).length).toBeGreaterThanOrEqual(7)
    const shares = ['63% use the current stable version', '30.5% use the nightly version', '2.5% use the beta release', '3.1% use a previous stable release', '0.6% use a custom fork', '12% use two versions at once', '9% use no version manager', '4% build the compiler themselves']
    expect(bulletsOf(release(shares)).length).toBeLessThanOrEqual(5)
  })

  it('keeps a point that would be alone on a “(cont.)” slide on the slide before when both fit in MAX_JOINED_WORDS, rather than dropping it', () => {
    const md = [
      '# The island ferry',
      '## The new service',
      [
        'The island cooperative bought an electric ferry last spring after the old diesel boat failed its safety inspection.',
        'The electric ferry now crosses to the mainland six times a day and carries up to forty passengers.',
        'Island residents pay a reduced fare of four euros for each crossing while visitors pay nine euros.',
        'The cooperative charges the ferry batteries overnight at a new station built beside the harbour wall.',
        'The ferry service employs three captains who live on the island and work alternate weeks.',
        'The regional council promised a public service contract for the ferry but has not signed it yet.',
        'The harbour master counted more ferry passengers in May than in any month since records began.',
        'Most ferry passengers in the summer are day visitors who come to walk the coastal path.',
      ].join(' '),
    ].join('\n\n')
    const a = analyze(parseMarkdown(md, 'ferry.md'))
    const i = a.sections.findIndex((x) => x.title === 'The new service')
    const slides = sectionSlides(a, i)
    const words = slides[0]!.bullets.reduce((n, b) => n + countWords(b.text), 0)
    expect(slides).toHaveLength(1)
    expect(words).toBeGreaterThan(MAX_BODY_WORDS)
    expect(words).toBeLessThanOrEqual(MAX_JOINED_WORDS)
    expect(slides[0]!.bullets.length).toBe(bulletBudget(8))
  })

  it('shows a point that points back after a bullet only when that bullet keeps the clause its sentence ends on', () => {
    const bulletsOf = (first: string) => {
      const md = [
        '# The outage',
        'Crate downloads failed for thirteen minutes on Thursday afternoon.',
        '## Fault',
        `${first} This led to the production code path not being tested properly. The deployment was rolled back within thirteen minutes of the first report. Downloads from the registry worked again after the rollback finished.`,
      ].join('\n\n')
      return sectionBullets(planDeck(analyze(parseMarkdown(md, 'outage.md'))).slides)
    }
    // "This" is the values the tests used, which the bullet before it leaves out
    const cut = bulletsOf('The pull request added a few tests for the previously untested code, though unfortunately they used values different from the ones the production servers read.')
    expect(cut).toContain('The pull request added a few tests for the previously untested code')
    expect(cut.join(' ')).not.toMatch(/This led to/)
    // whole, the sentence before it says what "This" is
    const whole = bulletsOf('The pull request added tests that used values different from the ones the production servers read.')
    expect(whole.indexOf('This led to the production code path not being tested properly')).toBe(whole.indexOf('The pull request added tests that used values different from the ones the production servers read') + 1)
  })

  it('shows no report of someone not answering', () => {
    const md = [
      '# Halibut on sale',
      '## Prices',
      'Fresh halibut fillets routinely sell for $24 to $28 a pound. Whole Foods offered them for $9.99 a pound to Prime members. A Whole Foods spokeswoman declined to comment on pricing. The discount is one of more than 300 such promotions planned this year.',
    ].join('\n\n')
    const bullets = sectionBullets(planDeck(analyze(parseMarkdown(md, 'halibut.md'))).slides)
    expect(bullets.length).toBeGreaterThanOrEqual(2)
    expect(bullets.join(' ')).not.toMatch(/declined to comment/)
  })

  it('fills a long section’s “(cont.)” slide with its next point rather than dropping a central one', async () => {
    const a = await load('no-headings-txt')
    const i = a.sections.findIndex((s) => s.title === 'Life on the island has already shifted in small ways')
    const sentences = a.sections[i]!.paragraphs.reduce((n, p) => n + a.paragraphs[p]!.sentences.length, 0)
    expect(sentences).toBeGreaterThanOrEqual(12)
    const slides = sectionSlides(a, i)
    expect(slides.map((s) => s.bullets.length)).toEqual([3, MIN_CONTINUED])
    expect(slides.flatMap((s) => s.bullets.map((b) => b.text))).toContain('Two families who moved away in 2015 have asked the school about places for next September')
    // a short section does not: it drops its least central points
    for (const [j, section] of a.sections.entries()) {
      const n = section.paragraphs.reduce((m, p) => m + a.paragraphs[p]!.sentences.length, 0)
      if (n < 12) expect(sectionSlides(a, j).flatMap((s) => s.bullets).length).toBeLessThanOrEqual(bulletBudget(n))
    }
  })

  it('budgets 3–5 bullets by section length, up to 8 for a long one', () => {
    expect(bulletBudget(1)).toBe(1)
    expect(bulletBudget(2)).toBe(2)
    expect(bulletBudget(4)).toBe(3)
    expect(bulletBudget(8)).toBe(4)
    expect(bulletBudget(20)).toBe(5)
    // a long section's facts take a "(cont.)" slide
    expect(bulletBudget(24)).toBe(6)
    expect(bulletBudget(40)).toBe(8)
    expect(bulletBudget(100)).toBe(8)
  })
})

describe('questions', () => {
  it('are no bullets when the section has statements enough: its answers are', () => {
    const text = [
      'The outage',
      '## Why it happened',
      'Why did the pull request not test all code paths?',
      'The code was structured in a way that made testing with different prefixes complicated.',
      'Why was the pull request not reviewed by another developer?',
      'The developer misjudged the potential impact of a bug in the pull request.',
      'The current way of working is that reviews are only requested for high-impact changes.',
      'The download endpoint was not tested on the staging environment before the release.',
    ].join('\n\n')
    const a = analyze(parseMarkdown(text, 'outage.md'))
    const bullets = sectionSlides(a, a.sections.length - 1).flatMap((slide) => slide.bullets.map((b) => b.text))
    expect(bullets.length).toBeGreaterThanOrEqual(3)
    expect(bullets.some((b) => b.endsWith('?'))).toBe(false)
  })
})

describe('a section slide and its headline title', () => {
  it.each([...FIXTURE_CASES, 'bundled'])('do not say the same sentence twice (%s)', async (name) => {
    const a = await loadAnalysis(name)
    a.sections.forEach((section, i) => {
      if (section.titleSentence === undefined) return
      const others = section.keyPoints.filter((k) => k.complete && k.sentence !== section.titleSentence)
      if (others.length < 2) return
      const own = section.keyPoints.find((k) => k.sentence === section.titleSentence)!
      // (unless the point gives figures the title left out: see below)
      if (/\d/.test(own.text.replace(section.title, ''))) return
      for (const slide of sectionSlides(a, i)) {
        expect(slide.bullets.map((b) => b.source.start), slide.title).not.toContain(a.sentences[section.titleSentence]!.start)
      }
    })
  })

  it('does not show the title’s words again from another sentence that repeats them (a pull quote)', async () => {
    const a = await loadAnalysis('no-headings-txt')
    const i = a.sections.findIndex((s) => s.titleSentence !== undefined && s.keyPoints.filter((k) => k.complete).length >= 3)
    const section = a.sections[i]!
    const own = section.keyPoints.find((k) => k.sentence === section.titleSentence)!
    // another point of the section made to say the title's sentence again
    const other = section.keyPoints.find((k) => k !== own && k.complete)!
    const keyPoints = section.keyPoints.map((k) => (k === other ? { ...k, text: own.text, score: own.score + 1 } : k))
    const sections = a.sections.map((s, j) => (j === i ? { ...s, keyPoints } : s))
    const bullets = sectionSlides({ ...a, sections }, i).flatMap((slide) => slide.bullets.map((b) => b.text.toLowerCase()))
    expect(bullets).not.toContain(own.text.toLowerCase())
  })

  it('shows the point its title was made from when the title left out its figures, not for a year alone', async () => {
    const a = await loadAnalysis('no-headings-txt')
    const i = a.sections.findIndex((s) => s.titleSentence !== undefined && s.keyPoints.filter((k) => k.complete).length >= 3)
    const section = a.sections[i]!
    const own = section.keyPoints.find((k) => k.sentence === section.titleSentence)!
    const withTitle = (title: string, text: string) => {
      const keyPoints = section.keyPoints.map((k) => (k === own ? { ...k, text } : k))
      const sections = a.sections.map((s, j) => (j === i ? { ...s, title, keyPoints } : s))
      return sectionSlides({ ...a, sections }, i).flatMap((s) => s.bullets.map((b) => b.text))
    }
    expect(withTitle('Tourism is critical to the island economy', 'Tourism is critical to the island economy, accounting for 15 percent of its output in 2013')).toContain('Tourism is critical to the island economy, accounting for 15 percent of its output in 2013')
    expect(withTitle('Voters had elected a council led by the island party', 'In 2011, voters had elected a council led by the island party')).not.toContain('In 2011, voters had elected a council led by the island party')
  })
})

describe('a bullet’s first letter', () => {
  it('is a capital when the bullet opens on an English word in lower case, not on a name or a command', () => {
    const md = ['# Notes', '', 'We made three choices about the rollout of the new service to every region:', '', '* we focused primarily on the developer experience of the new service', '* npm install runs before every build of the project on the server', '* we kept the old service running for a month after the switch'].join('\n')
    const slides = planDeck(analyze(parseMarkdown(md, 'notes.md'))).slides
    const bullets = sectionBullets(slides)
    expect(bullets).toContain('We focused primarily on the developer experience of the new service')
    expect(bullets.filter((b) => /^npm/i.test(b))).toEqual(bullets.filter((b) => /^npm/.test(b)))
  })
})

describe('a section slide in the author’s first person', () => {
  it('names the author under bullets that say “I”, and only there', async () => {
    const a = await loadAnalysis('headings-md')
    const slides = planDeck(a).slides.filter((s) => s.kind === 'section')
    const voiced = slides.filter((s) => s.kind === 'section' && s.voice)
    expect(voiced.length).toBeGreaterThan(0)
    for (const s of slides) {
      if (s.kind !== 'section') continue
      const says = s.bullets.some((b) => /\b(?:I|[Mm]y|[Mm]e)\b/.test(b.text.replace(/“[^”]*”|"[^"]*"/g, '')))
      expect(s.voice, s.title).toBe(says ? 'Priya Raman' : undefined)
    }
  })

  it('names no one under a list of other people’s words the text introduces as such ("Here are some responses …")', () => {
    const md = [
      '---', 'title: Survey results', 'author: Jane Roe', '---', '',
      '# Survey results', '',
      'We asked readers how the newsletter could improve. Here are some specific responses to the question "What could we do better?"', '',
      '* I feel too inexperienced to take part in the forum discussions',
      '* I would like more tutorials for complete beginners, with examples',
      '* I find the long articles hard to read on my phone at night',
    ].join('\n')
    const a = analyze(parseMarkdown(md, 'survey.md'))
    const slides = planDeck(a).slides.filter((s) => s.kind === 'section')
    expect(slides.some((s) => s.kind === 'section' && s.bullets.some((b) => /^I /.test(b.text)))).toBe(true)
    expect(slides.some((s) => s.kind === 'section' && s.voice)).toBe(false)
  })

  it('names the one interviewed under an interview\'s answers in the first person, not the interviewer who wrote it, whose questions are no points', () => {
    const md = [
      '---', 'title: Spotlight on the ferry cooperative', 'author: Arvind Parekh', '---', '',
      'In this spotlight we talked with Kensei Nakada, who runs the island ferry cooperative.', '',
      '## Introductions', '',
      '**Arvind:** **Hello, thank you for the time! Would you introduce yourself and your work?**', '',
      '**Kensei**: Hi, thanks for having me! I have run the ferry cooperative for more than three years. I also sail the morning route twice a week in the summer.', '',
      '**AP: That is great! What does the cooperative do for the islanders in winter?**', '',
      '**KN**: I make sure the winter timetable keeps every island connected. We added a night crossing last year after the storms cut the power lines.',
    ].join('\n')
    const slides = planDeck(analyze(parseMarkdown(md, 'interview.md'))).slides.filter((s) => s.kind === 'section')
    const answers = slides.filter((s) => s.kind === 'section' && s.bullets.some((b) => /^I /u.test(b.text)))
    expect(answers.length).toBeGreaterThan(0)
    for (const s of answers) expect(s.kind === 'section' ? [s.speaker, s.voice] : undefined).toEqual(['Kensei Nakada', undefined])
    expect(slides.flatMap((s) => (s.kind === 'section' ? s.bullets.map((b) => b.text) : [])).filter((t) => /Hello|That is great|^(?:KN|Kensei)\b/u.test(t))).toEqual([])
  })

  it('names no one when the article has no single author', async () => {
    const a = await loadAnalysis('headings-md')
    const b = { ...a, article: { ...a.article, meta: { ...a.article.meta, byline: 'Priya Raman and Tom Lee' } } }
    expect(planDeck(b).slides.some((s) => s.kind === 'section' && s.voice)).toBe(false)
    // nor a newsroom: "BBC News" (the site's own name too) is no one's "I"
    for (const [byline, siteName] of [['BBC News', 'BBC News'], ['Reuters Staff', undefined], ['The Ledger', 'The Ledger']]) {
      const c = { ...a, article: { ...a.article, meta: { ...a.article.meta, byline, ...(siteName ? { siteName } : {}) } } }
      expect(planDeck(c).slides.some((s) => s.kind === 'section' && s.voice), byline).toBe(false)
    }
  })
})

describe('which points a section slide shows', () => {
  it('shows no bullet that says its slide\'s title word for word, even when one other point is left', async () => {
    const a = analyze(await ingest(join(PROJECT_ROOT, 'corpus', 'blog-v8-standalone-wasm', 'article.html')))
    const norm = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}\s]+/gu, '').trim()
    const slides = planDeck(a).slides.flatMap((s) => (s.kind === 'section' ? [s] : []))
    expect(slides.find((s) => s.title === 'New use cases are appearing')?.bullets.length).toBeGreaterThan(0)
    expect(slides.filter((s) => s.bullets.some((b) => norm(b.text) === norm(s.title))).map((s) => s.title)).toEqual([])
  })

  it('shows no bullet that keeps who spoke and drops what they said', () => {
    const text = ['The harbour board met on Monday to decide the future of the island ferry service after a difficult winter.', 'Tom Reyes, a council member, summed up the situation, highlighting the stark contrast between the two plans for the harbour and its boats.', 'The new electric ferry cost six million euros, while the old diesel boat had cost two million euros when it was bought.', 'Ticket prices will rise in the spring, the board said after the meeting on Monday evening.'].join('\n\n')
    const a = analyze(parseText(text, 'f.txt'))
    expect(a.sections[0]!.keyPoints.map((k) => k.text)).toContain('Tom Reyes summed up the situation')
    const bullets = sectionSlides(a, 0).flatMap((s) => s.bullets.map((b) => b.text))
    expect(bullets.length).toBeGreaterThanOrEqual(2)
    expect(bullets.filter((b) => b.includes('summed up'))).toEqual([])
  })

  it('shows no scrap left where a quotation was split off ("Forte said") as the sentence a point points back to', async () => {
    const a = analyze(await ingest(join(PROJECT_ROOT, 'corpus', 'feature-seattletimes-halibut', 'article.html')))
    const bullets = sectionBullets(planDeck(a).slides)
    expect(bullets.filter((b) => countWords(b) < 4)).toEqual([])
  })

  it('shows a setup with the sentence that turns it around, or not at all', () => {
    const text = [
      'Afghan fortunes',
      'Kabul has changed in ten years. New villas line the streets of Sherpur. Traders fly to Dubai every month. Banks open new branches in every province. Mobile phone networks now reach most villages.',
      '“If you ask people on the streets whether we have a billionaire, they will shrug and say no,” says a senior official. “But I can tell you with confidence we have many.”',
    ].join('\n\n')
    const a = analyze(parseText(text, 'f.txt'))
    const bullets = sectionSlides(a, 0).flatMap((s) => s.bullets.map((b) => b.text))
    // the answer, a quotation's second sentence, is no point of its own: the setup goes too
    expect(a.sections[0]!.keyPoints.find((k) => k.text.includes('shrug and say no'))).toBeDefined()
    expect(bullets.filter((b) => b.includes('shrug and say no'))).toEqual([])
    expect(bullets.length).toBeGreaterThanOrEqual(3)
  })

  it('takes the sentence two after a setup for its answer, when the one between explains it', () => {
    const text = [
      'Junk fees',
      'Junk fees are charged by banks, airlines and hotels. In highly competitive markets where firms earn razor-thin margins, junk fees may not raise the total amount consumers pay. The reason is that firms will face competitive pressure to offset junk fee revenue with a lower upfront price. However, many markets are not highly competitive, and in these settings junk fees can cause consumers to pay more.',
    ].join('\n\n')
    const a = analyze(parseText(text, 'f.txt'))
    const s = a.sentences.findIndex((x) => x.text.startsWith('In highly competitive'))
    expect(answerTo(a, s)).toBe(s + 2)
    const bullets = sectionSlides(a, 0).flatMap((x) => x.bullets.map((b) => b.text))
    // in reading order: the setup, perhaps the reason between, then the answer (or the title says it); never the setup alone
    const setup = bullets.findIndex((b) => b.startsWith('In highly competitive'))
    const turn = bullets.findIndex((b) => b.startsWith('However, many markets'))
    expect(setup).toBeGreaterThanOrEqual(0)
    expect(turn > setup || /^Many markets are not highly competitive/.test(a.sections[0]!.title)).toBe(true)
  })

  it('shows a sentence that announces what follows with the sentence that says it, next to it, or not at all', () => {
    const text = [
      'Why not use Rust?',
      'The most common response was that the company does not use Rust, which shows that adoption is still the biggest reason. Like Rust users, most of them are programmers or software engineers. We also asked users what would lead them to use Rust more often. Most indicated they would use Rust more if their company adopted it and if the libraries they need existed. Also like Rust users, most of them build backend web applications. Many of them work in teams of fewer than ten people.',
    ].join('\n\n')
    const a = analyze(parseText(text, 'f.txt'))
    const bullets = sectionSlides(a, 0).flatMap((s) => s.bullets.map((b) => b.text))
    const asked = bullets.findIndex((b) => b.startsWith('We also asked users'))
    expect(asked).toBeGreaterThanOrEqual(0)
    expect(bullets[asked + 1]).toMatch(/^Most indicated/)
    expect(bullets.length).toBeGreaterThanOrEqual(3)
  })

  it('gives no slide to a section whose only line is set in title case, a heading the text did not mark', () => {
    const text = ['# Results', 'Revenue rose by a quarter in the first quarter. Costs rose by a tenth. The company expects more growth this year.', '## Highlights', 'First Quarter 2024 Operational and Other Financial Highlights'].join('\n\n')
    const a = analyze(parseMarkdown(text, 'r.md'))
    const bullets = sectionBullets(planDeck(a).slides)
    expect(bullets.filter((b) => b.includes('Financial Highlights'))).toEqual([])
  })

  it('gives no slide to a section whose only sentence is an aside in brackets, and no cover line from it', () => {
    const text = ['# Postmortem', '(based on https://www.atlassian.com/incident-management/postmortem/templates)', '## Summary', 'The incident was noticed by the developer who triggered the deployment. The broken deployment was rolled back within minutes. Downloads worked again after the rollback.'].join('\n\n')
    const a = analyze(parseMarkdown(text, 'f.md'))
    const slides = planDeck(a).slides
    expect(sectionBullets(slides)).not.toContainEqual(expect.stringContaining('based on'))
    const cover = slides[0]!
    expect(cover.kind === 'title' && (cover.subtitle ?? '')).not.toContain('based on')
  })

  it('shows no piece of a longer quotation for want of a complete point', () => {
    const text = ['# Diet pills', 'Eloise Parry, 21, was taken to hospital on 12 April after taking a lethal dose of highly toxic slimming tablets. Police said the tablets were believed to contain a toxic industrial chemical.', '## Fiona Parry issued a plea for people to stay away from pills containing the chemical', '“She just never really understood how dangerous the tablets that she took were,” she said. “Most of us don’t believe that a slimming tablet could possibly kill us.', '“It is not a miracle slimming pill. It is a deadly toxin.”'].join('\n\n')
    const slides = planDeck(analyze(parseMarkdown(text, 'pills.md'))).slides
    expect(sectionBullets(slides)).not.toContainEqual(expect.stringContaining('Most of us'))
  })

  // the first section of a fixture, its key points given (most central first); four bullets at most here
  async function slideOf(title: string, points: Array<[number, string] | [number, string, boolean]>, titleSentence?: number) {
    const a = await loadAnalysis('no-headings-txt')
    const keyPoints = points.map(([sentence, text, complete = true], i) => ({ sentence, text, pieces: [], score: 1 - i / 10, gist: 0, complete }))
    const paragraphs = [...new Set(a.sentences.slice(0, 8).map((s) => s.paragraph))]
    const { titleSentence: _, ...first } = a.sections[0]!
    const titled = titleSentence === undefined ? { titleFrom: 'keyphrases' as const } : { titleFrom: 'headline' as const, titleSentence }
    const section = { ...first, title, ...titled, paragraphs, keyPoints }
    const budget = bulletBudget(paragraphs.reduce((n, p) => n + a.paragraphs[p]!.sentences.length, 0))
    const slides = sectionSlides({ ...a, sections: [section] }, 0)
    const shownOn = (slide: (typeof slides)[number]) => slide.bullets.map((b) => a.sentences.findIndex((s) => s.start === b.source.start))
    return { budget, shown: shownOn(slides[0]!), pages: slides.map(shownOn), texts: slides.flatMap((s) => s.bullets.map((b) => b.text)) }
  }

  it('leaves no "(cont.)" slide of two bullets, even where joining the last two pages would make one', async () => {
    // 22, 45 and 25 words: one to a page; the last two joined would fit a "(cont.)" slide of two
    const words = (n: number, word: string) => Array.from({ length: n }, () => word).join(' ')
    const { pages } = await slideOf('Ferry service', [[1, `A ${words(21, 'ferry')}`], [4, `The ${words(44, 'fare')}`], [6, `The ${words(24, 'pier')}`]])
    expect(pages).toHaveLength(1)
    expect(pages[0]).toEqual([1, 4])
  })
  const others: Array<[number, string]> = [[1, 'A new ferry crossed'], [4, 'The fare is 4 euros'], [5, 'The crew sails daily'], [6, 'The pier was rebuilt'], [7, 'The school reopened'], [8, 'Two families came back']]

  it('leaves out a point that points back when the sentence it points to is not shown, if others can stand', async () => {
    const { budget, shown } = await slideOf('Ferry service', [[3, 'They won the vote in the end'], ...others])
    expect(shown).not.toContain(3)
    expect(shown).toHaveLength(budget)
  })

  it('shows it right after the sentence it points to', async () => {
    const { shown } = await slideOf('Ferry service', [[3, 'They won the vote in the end'], [2, 'The islanders asked for a vote'], ...others])
    expect(shown).toContain(3)
    expect(shown.indexOf(3)).toBe(shown.indexOf(2) + 1)
  })

  it('when too few points stand alone, brings the sentence it points to along, else shows it only to reach two bullets', async () => {
    // the sentence pointed to ranks below the budget's cut: it comes along with the point
    const along = await slideOf('Ferry service', [[3, 'They won the vote in the end'], [1, 'A new ferry crossed'], [2, 'The islanders asked for a vote']])
    expect(along.shown).toEqual([1, 2, 3])
    // nothing to bring along: one other point stands alone, so it is shown to make two
    expect((await slideOf('Ferry service', [[3, 'They won the vote in the end'], [1, 'A new ferry crossed']])).shown).toEqual([1, 3])
    expect((await slideOf('Ferry service', [[3, 'They won the vote in the end'], [4, 'This made it dearer'], [1, 'A new ferry crossed'], [8, 'The school reopened']])).shown).toEqual([1, 8])
  })

  it('treats a demonstrative inside a point ("the vote on this plan") as pointing back, not one inside a quotation', async () => {
    const inside = await slideOf('Ferry service', [[3, 'The islanders won the vote on this plan'], ...others])
    expect(inside.shown).not.toContain(3)
    const quoted = await slideOf('Ferry service', [[3, 'The mayor said it was “the best thing for this island”'], ...others])
    expect(quoted.shown).toContain(3)
    // with its sentence shown, it comes right after it
    const along = await slideOf('Ferry service', [[3, 'The islanders won the vote on this plan'], [2, 'The council put a plan to a vote'], ...others])
    expect(along.shown.indexOf(3)).toBe(along.shown.indexOf(2) + 1)
  })

  it('to reach two bullets, takes one whose demonstrative is inside before one that opens pointing back', async () => {
    expect((await slideOf('Ferry service', [[3, 'They won the vote in the end'], [5, 'The islanders won the vote on this plan'], [1, 'A new ferry crossed']])).shown).toEqual([1, 5])
  })

  it('shows a point that points back first under the headline made from the sentence before it', async () => {
    const points: Array<[number, string]> = [[3, 'They won the vote in the end'], ...others.filter(([i]) => i > 3)]
    // the title was made from sentence 2: "They …" is its next sentence, and the slide's first bullet
    expect((await slideOf('The islanders asked for a vote', points, 2)).shown[0]).toBe(3)
    // without that title, it waits for its sentence
    expect((await slideOf('The islanders asked for a vote', points)).shown).not.toContain(3)
    // not after other bullets, which would stand between it and the title
    const later: Array<[number, string]> = [[5, 'They won the vote in the end'], ...others.filter(([i]) => i !== 5)]
    expect((await slideOf('The islanders asked for a vote', later, 4)).shown).not.toContain(5)
  })

  it('to reach two bullets, takes first the one right after a point shown, however it opens', async () => {
    // every point points back: the first one shown is the one whose demonstrative is inside; the
    // one that follows it ("They …") points to it, and comes before another demonstrative
    const points: Array<[number, string]> = [[2, 'The council put this plan to a vote'], [5, 'The islanders won the vote on this plan'], [3, 'They won it in the end']]
    expect((await slideOf('Ferry service', points)).shown).toEqual([2, 3])
  })

  it('to reach two bullets, brings along the sentence a point points to when that one is a point too, pointing back or not', async () => {
    // every point points back; "They …" points to the sentence before it, which comes first
    const points: Array<[number, string]> = [[3, 'They won it in the end'], [2, 'In either case, the islanders get a say'], [7, 'The islanders won the vote on this plan']]
    expect((await slideOf('Ferry service', points)).shown.slice(0, 2)).toEqual([2, 3])
  })

  it('to reach two bullets, goes back along a chain of points that open pointing back to the one that opens on its own subject', async () => {
    // "The council liked this kind of plan" leans on "But it …", which leans on "The islanders …" (whose "this plan" points back too, but inside)
    const points: Array<[number, string]> = [[4, 'The council liked this kind of plan'], [2, 'The islanders put this plan to a vote'], [3, 'But it was not the only plan']]
    expect((await slideOf('Ferry service', points)).shown).toEqual([2, 3, 4])
  })

  it('leaves out a connective that tied a point to a sentence the slide does not show right before it, not one it does', async () => {
    // (a section of two points: the one that points back fills the slide to two bullets)
    const alone = await slideOf('Ferry service', [[1, 'A new ferry crossed'], [5, 'However, the crew sails daily from the new pier']])
    expect(alone.texts).toEqual(['A new ferry crossed', 'The crew sails daily from the new pier'])
    const after = await slideOf('Ferry service', [[4, 'The fare is 4 euros'], [5, 'However, the crew sails daily from the new pier']])
    expect(after.texts).toEqual(['The fare is 4 euros', 'However, the crew sails daily from the new pier'])
  })

  it('a point that goes for room takes with it the point after it that leans on it', async () => {
    const words = (n: number, word: string) => Array.from({ length: n }, () => word).join(' ')
    // 30 + 25 + 11 + 11 words make two slides, the second short, too long to join the first: the least central point (2) goes, and "They …", which leans on it
    const points: Array<[number, string]> = [[1, `A ${words(29, 'ferry')}`], [6, `The ${words(10, 'pier')}`], [3, `They ${words(10, 'won')}`], [2, `The ${words(24, 'fare')}`]]
    expect((await slideOf('Ferry service', points)).pages).toEqual([[1, 6]])
  })

  it('past two bullets, goes on with a point right after one shown while the budget allows ("Elle remplacera …", "Elle délivrera …")', async () => {
    const points: Array<[number, string]> = [[2, 'The council put this plan to a vote'], [7, 'The islanders won the vote on this plan'], [3, 'They won it in the end'], [4, 'They celebrated on the quay']]
    expect((await slideOf('Ferry service', points)).shown).toEqual([2, 3, 4])
  })

  it('brings along a sentence too long for a bullet, whole, when a point points back to it; not one past the budget', async () => {
    const long = 'The islanders, who had waited for a decade and sent three petitions to the regional council in the capital, asked for a vote on the new ferry'
    expect((await slideOf('Ferry service', [[3, 'They won the vote in the end'], [1, 'A new ferry crossed'], [2, long, false]])).shown).toEqual([1, 2, 3])
    const tooLong = `${long} ${long}`
    expect((await slideOf('Ferry service', [[3, 'They won the vote in the end'], [1, 'A new ferry crossed'], [2, tooLong, false]])).shown).toEqual([1, 3])
  })

  it('takes no point that speaks of the title over ones of far more centrality', async () => {
    const more: Array<[number, string]> = [[2, 'The harbour got new lights'], [3, 'The island school has ten pupils']]
    const { budget, shown } = await slideOf('Battery pack', [...others, ...more, [9, 'The battery pack lasts three crossings']])
    expect(budget).toBeLessThan(6)
    expect(shown).not.toContain(9)
  })

  it('takes points that speak of the title over slightly more central ones', async () => {
    const { budget, shown } = await slideOf('Battery pack', [...others.slice(0, 5), [9, 'The battery pack lasts three crossings']])
    expect(budget).toBeLessThan(6)
    expect(shown).toContain(9)
  })
})

describe('a later page of a section without a heading', () => {
  it('takes a headline of its own from one of its points, which leaves its bullets', async () => {
    const a = analyze(await ingest(join(PROJECT_ROOT, 'corpus', 'news-wapo-tunisia', 'article.html')))
    const slides = planDeck(a).slides
    const page = slides.find((s) => s.kind === 'section' && s.title === 'Tunisia was governed for decades by autocrats who imposed secularism')
    expect(page?.kind === 'section' && page.continued).toBe(true)
    const bullets = page?.kind === 'section' ? page.bullets.map((b) => b.text) : []
    expect(bullets.length).toBeGreaterThanOrEqual(2)
    expect(bullets.some((b) => b.startsWith('Tunisia was governed'))).toBe(false)
    // the page before keeps the section's title
    const first = slides[slides.indexOf(page!) - 1]
    expect(first?.kind === 'section' && first.title).toBe('Gunmen opened fire on visitors at Tunisia’s most renowned museum')
  })

  it('gives a later page of a list of facts no item of the list for a title: one item is no title over the others', () => {
    const facts = ['Revenue was $4.12 billion, an increase of 9%', 'Ferry crossings reached 18,240 in the quarter', 'Operating costs were $2.31 billion', 'Capital expenditures were $640 million', 'Share repurchases were $310 million', 'Free cash flow was $1.02 billion', 'Headcount was 6,419 as of March 31', 'Cash and equivalents were $3.8 billion at the end of March']
    const md = `Harbour Lines reported its results for the first quarter today, after a winter of storms on the bay.\n\n${facts.map((t) => `- ${t}.`).join('\n')}\n\nHarbour Lines expects demand to rise through the summer season, when visitors return to the islands.\n`
    const slides = planDeck(analyze(parseMarkdown(md, 'release.md'))).slides.filter((s) => s.kind === 'section')
    expect(slides.length).toBeGreaterThanOrEqual(2)
    // (a later page may take the headline of a sentence of prose, not of an item of the list)
    const titles = slides.slice(1).map((s) => s.title)
    expect(titles.some((t) => facts.some((f) => f.startsWith(t) || t.startsWith(f.split(',')[0]!))), titles.join(' | ')).toBe(false)
  })

  it('shows no line that the code after it completes, and keeps one whole before its listing', () => {
    const md = [
      '# Managing environments',
      '',
      'Pipenv bundles Python and strong package version control together in the style of npm for JavaScript projects.',
      'We no longer have to manage installs with pip and virtual environments separately, since pipenv takes care of both.',
      'Within the project folder, simply running',
      '',
      '```',
      'pipenv install numpy',
      '```',
      '',
      'will install the package and write it into the Pipfile. To activate the environment,',
      '',
      '```',
      'pipenv shell',
      '```',
      '',
      'launches a new shell. The lock file records the exact versions of every dependency for each project.',
      'It contains the obvious add function',
      '',
      '```',
      'func $add (param i32 i32) (result i32)',
      '```',
      '',
      'Conda installs dependencies that are not Python packages, such as compilers and system libraries.',
    ].join('\n')
    const bullets = sectionBullets(planDeck(analyze(parseMarkdown(md, 'envs.md'))).slides)
    expect(bullets.length).toBeGreaterThan(2)
    expect(bullets.filter((b) => /simply running$|^To activate the environment/.test(b))).toEqual([])
    expect(bullets).toContain('It contains the obvious add function')
  })

  it('keeps "(cont.)" under the article’s own heading', async () => {
    const a = analyze(await ingest(join(PROJECT_ROOT, 'corpus', 'md-rust-i128-layout', 'article.md')))
    expect(planDeck(a).slides.some((s) => s.kind === 'section' && s.title === 'The Calling Convention Problem (cont.)')).toBe(true)
  })

})

describe('a section under the article’s own heading', () => {
  it('shows a point that names the heading, when one of the section’s complete points does', async () => {
    const a = analyze(await ingest(join(PROJECT_ROOT, 'corpus', 'fr-lemonde-renseignement', 'article.html')))
    // the sentence that says what a « boîte noire » is had been shed for room, leaving three bullets of which none named the heading
    expect(sectionBullets(planDeck(a).slides, 'Les « boîtes noires »')).toContain('En pratique, les services de renseignement pourraient installer chez les FAI une « boîte noire » surveillant le trafic')
    const survey = analyze(await ingest(join(PROJECT_ROOT, 'corpus', 'report-rust-survey-2019', 'article.md')))
    expect(sectionBullets(planDeck(survey).slides, 'Learning Curve - a Closer Look')).toContain('Rust is well known for its significant learning curve')
  })

  it('does not take a point for a heading’s on a word of time alone ("… for years" and "last year’s tax cuts")', async () => {
    const a = analyze(await ingest(join(PROJECT_ROOT, 'corpus', 'news-nytimes-interest', 'article.html')))
    const bullets = sectionBullets(planDeck(a).slides, 'The U.S. hasn’t faced this issue for years')
    expect(bullets.some((b) => b.startsWith('Ultralow interest rates'))).toBe(true)
    expect(bullets.some((b) => b.startsWith('Republicans in the House'))).toBe(false)
  })
})


describe('a block quotation credited to its speaker', () => {
  const md = `# Zuckerberg offers a peek at his deals

Facebook CEO Mark Zuckerberg knows a thing or two about how to seal the deal on blockbuster buys. He spoke at a trial in Dallas this week about the company's largest acquisitions.

## The approach

A key Facebook approach is building a long-term relationship with your target, Zuckerberg said at the trial.

> If this deal is going to happen, it's not going to be because we offer a lot of money, although we're going to have to offer a fair price for the company that is more than what they felt like they could do on their own. But they also need to feel like this was actually going to help their mission and their users over many years to come.
`
  const plan = planDeck(analyze(parseMarkdown(md, 'deals.md')))
  const slide = plan.slides.find((s) => s.kind === 'section' && s.bullets.some((b) => /we offer a lot of money/.test(b.text)))

  it('says who "we" is on the slide that shows its words', () => {
    expect(slide).toBeDefined()
    expect(slide?.kind === 'section' ? [slide.speaker, slide.voice] : undefined).toEqual(['Mark Zuckerberg', undefined])
  })

  it('gives a passage too long for a quote slide none', () => {
    expect(plan.slides.filter((s) => s.kind === 'quote').map((s) => (s.kind === 'quote' ? s.text : ''))).not.toContainEqual(expect.stringMatching(/we offer a lot of money/))
  })
})

describe('a section whose one sentence is too long for a bullet', () => {
  it('keeps its slide, the sentence whole, rather than leave the section out of the deck', () => {
    const md = `# Il Climate Clock

Il conto alla rovescia verso il giorno zero è già iniziato e segna sette anni e un centinaio di giorni. Il team che lo ha voluto annovera anche due artisti che hanno già lavorato sul tema.

## Il conto alla rovescia nel mondo

Gli attivisti e gli scienziati del Climate Clock newyorkese hanno invitato a esportare il progetto anche in altre città per far sì che il tema dell’emergenza climatica continui a rimanere sotto i fari dell’opinione pubblica mondiale, come già accade a Oslo e a Berlino.
`
    const plan = planDeck(analyze(parseMarkdown(md, 'clock.md')))
    const slide = plan.slides.find((s) => s.title === 'Il conto alla rovescia nel mondo')
    expect(slide?.kind === 'section' ? slide.bullets.map((b) => b.text) : []).toEqual([expect.stringMatching(/^Gli attivisti e gli scienziati .* Berlino$/u)])
  })
})

describe('a mailbag: readers\' letters under their names, and the columnist\'s answers', () => {
  const html = `<html><head><title>The Funbag</title><meta name="author" content="Drew Magary"></head><body><article><h1>The Funbag</h1>
<p>Time for the weekly mailbag, where readers send their questions and the columnist answers them at length.</p>
<p>Tom:</p>
<blockquote><p>Simple question, which musical act would fetch the most money if they went on tour today? In my mind, there is only one real answer: Elvis. I have thought about it for years.</p></blockquote>
<p>I think Michael Jackson would rival Elvis in terms of what he could command from concertgoers. I would pay for that myself, and so would most of my friends.</p>
<p>Brett:</p>
<blockquote><p>Several months back I was in need of a wifi connection in a restaurant to download a work file for my job.</p></blockquote>
<p>I do get a sordid thrill out of piggybacking onto a complete stranger's wifi signal, and I admit it here.</p>
</article></body></html>`
  const a = analyze(parseHtml(html, 'funbag.html'))

  it('credits each letter to the name on the line over it', () => {
    expect(a.quotes.filter((q) => q.speaker).map((q) => [q.speaker, q.text.slice(0, 20)])).toEqual([['Tom', 'Simple question, whi'], ['Brett', 'Several months back ']])
  })

  it('says of no slide that mixes a letter\'s "I" and the columnist\'s that either speaks for both', () => {
    // (the letters unnamed: their words stay among the bullets)
    const unnamed = analyze(parseHtml(html.replace(/<p>(?:Tom|Brett):<\/p>/gu, ''), 'funbag.html'))
    const mixed = planDeck(unnamed).slides.filter((s) => s.kind === 'section' && s.bullets.some((b) => /^(?:In my mind|Several months back|I have thought)/u.test(b.text)) && s.bullets.some((b) => /^I (?:think Michael|do get|would pay)/u.test(b.text)))
    expect(mixed.length).toBeGreaterThan(0)
    for (const s of mixed) expect(s.kind === 'section' ? [s.voice, s.speaker] : [], s.title).toEqual([undefined, undefined])
    // (a letter too long for a quote slide, its writer named, beside the columnist's "I": neither)
    const long = html.replace('download a work file for my job.', 'download a work file for my job. I sat at a corner table for an hour and tried every network in range. I found one named after a slur, and I left without my file. I still think about that router every time I pass the building on my way to work.')
    const named = planDeck(analyze(parseHtml(long, 'funbag.html'))).slides.filter((s) => s.kind === 'section' && s.bullets.some((b) => /^I (?:sat at|found one|still think)/u.test(b.text)) && s.bullets.some((b) => /^I (?:think Michael|do get|would pay)/u.test(b.text)))
    expect(named.length).toBeGreaterThan(0)
    for (const s of named) expect(s.kind === 'section' ? [s.voice, s.speaker] : [], s.title).toEqual([undefined, undefined])
  })
})

describe('a block quotation credited on its last line to the work it is from', () => {
  const intro = '<p>When I was at home on my computer, I was already an avid reader of Salon.com, CNET, Wired and the BBC. But I could not easily read their content at school, where the Palm V went with me everywhere.</p>'
  const quoted = '<blockquote><p>Many in the industry see AvantGo as the first to attempt a shift to mobile. AvantGo’s software pulls content from a user-defined list of sites and loads it into the synchronization queue on a desktop computer. When the PalmPilot is synchronized with the desktop machine using 3Com’s own synchronization software, the desired content is also uploaded to the Pilot, giving users a fresh stash of data to dig through offline. The service is free for readers and paid for by the publishers who want their channels on the device.<br />\n- from <a href="http://www.wired.com/x">“The Next Browser War?”</a>, Wired, 1999\n</p></blockquote>'
  const page = `<html><head><title>Going mobile in 1998</title></head><body><article><h1>Going mobile in 1998</h1>${intro}<h2>What was AvantGo?</h2>${quoted}<h2>Smartphones</h2><p>Devices running iOS and Android are finally starting to make ubiquitous computing a reality for readers everywhere.</p></article></body></html>`
  const plan = planDeck(analyze(parseHtml(page, 'palm.html')))

  it('credits the slide of its words to the publication, and shows the credit as no bullet', () => {
    const slide = plan.slides.find((s) => s.kind === 'section' && s.bullets.some((b) => /Many in the industry see AvantGo/.test(b.text)))
    expect(slide?.kind === 'section' ? slide.speaker : undefined).toBe('Wired')
    const bullets = plan.slides.flatMap((s) => (s.kind === 'section' ? s.bullets.map((b) => b.text) : []))
    expect(bullets.filter((b) => /Next Browser War/.test(b))).toEqual([])
  })
})

describe('sectionSlides: no paragraph for a bullet', () => {
  it('shows no point longer than a slide shows whole, even where the section has no complete one', () => {
    const long = 'Depuis longtemps les économistes et les gestionnaires qui s’inspirent en cela des pratiques des communautés scientifiques des sciences dures comme celles de la physique ou de la chimie ont érigé la publication d’articles dans des revues internationales à comité de lecture comme étant le meilleur critère d’excellence avec à la clé une hiérarchisation plus ou moins explicite de ces revues entre elles.'
    const md = ['# Les listes de revues', '', '## Introduction', '', long, '', '## Méthodes', '', 'Nous avons compté les auteurs de chaque revue. Les résultats figurent dans le tableau.', '', '## Résultats', '', 'Les auteurs français sont rares. Les revues américaines dominent la liste.'].join('\n')
    const a = analyze(parseMarkdown(md, 'revues.md'))
    const intro = a.sections.findIndex((s) => s.title === 'Introduction')
    for (const s of sectionSlides(a, intro)) for (const b of s.bullets) expect(countWords(b.text)).toBeLessThanOrEqual(40)
  })
})

describe('sectionSlides: the notes of a section of several slides', () => {
  it('hold every paragraph of the section once, not only those of the bullets shown', () => {
    const towns = ['Bergen', 'Oslo', 'Tromsø', 'Bodø', 'Ålesund', 'Stavanger', 'Trondheim', 'Narvik', 'Molde', 'Kristiansand', 'Hamar', 'Lillehammer', 'Drammen', 'Arendal']
    const paragraphs = towns.map((t, i) => `The ferry company added ${i + 2} new crossings to ${t} this spring, and the harbour office in ${t} reported ${(i + 3) * 110} more passengers in April. Local traders in ${t} said the extra boats brought ${i + 4} new market days to the town.`)
    const a = analyze(parseMarkdown(['# Ferries return to the coast', '', '## The new timetable', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'), 'ferries.md'))
    const slides = a.sections.flatMap((_, i) => sectionSlides(a, i))
    const bullets = slides.reduce((n, s) => n + s.bullets.length, 0)
    expect(bullets).toBeLessThan(towns.length)
    const noted = slides.flatMap((s) => s.notes.map((n) => a.paragraphs.findIndex((p) => p.start === n.source!.start)))
    expect(noted).toEqual(towns.map((_, i) => i))
  })

  it('leave no slide without notes when its bullets come from a paragraph an earlier slide\'s bullets come from too', () => {
    const towns = ['Bergen', 'Oslo', 'Tromsø', 'Bodø', 'Ålesund', 'Stavanger', 'Trondheim', 'Narvik', 'Molde', 'Kristiansand', 'Hamar', 'Lillehammer']
    const one = towns.map((t, i) => `The ferry company added ${i + 2} new crossings to ${t} this spring after the harbour in ${t} was rebuilt.`).join(' ')
    const a = analyze(parseMarkdown(['# Ferries return to the coast', '', '## The new timetable', '', one, '', '## The old timetable', '', 'The old timetable had two crossings a week, and the boats were often late in winter.'].join('\n'), 'ferries.md'))
    const slides = sectionSlides(a, 0)
    expect(slides.length).toBeGreaterThan(1)
    for (const s of slides) expect(s.notes.length, s.title).toBeGreaterThan(0)
  })
})
