import { describe, expect, it } from 'vitest'
import { FIXTURE_CASES, loadAnalysis, PROJECT_ROOT } from '../fixture-articles.ts'
import { ingest } from '../../src/ingest/index.ts'
import { analyze } from '../../src/analyze/index.ts'
import { countWords } from '../../src/analyze/script.ts'
import { targetSectionCount } from '../../src/analyze/tiling.ts'
import { SPLIT_SECTION_WORDS } from '../../src/analyze/sections.ts'
import { agendaSlide } from '../../src/plan/frame-slides.ts'
import { planDeck } from '../../src/plan/index.ts'
import { sectionSlides } from '../../src/plan/section-slides.ts'
import { parseMarkdown as parseMarkdownArticle } from '../../src/ingest/markdown.ts'
import { MAX_TITLE_WORDS } from '../../src/analyze/titles.ts'
import { parseText } from '../../src/ingest/text.ts'
import type { Analysis } from '../../src/types.ts'

const load = loadAnalysis

function bodyWords(a: Analysis): number {
  return a.paragraphs.reduce((n, p) => n + countWords(a.article.text.slice(p.start, p.end)), 0)
}

/** A ~1,000-word article without headings: five topics of two paragraphs each. */
function syntheticArticle(): string {
  const topics = [
    ['harbour', 'ferry', 'captain', 'tide', 'pier', 'crossing', 'passengers', 'boat'],
    ['orchard', 'apples', 'blossom', 'frost', 'harvest', 'pickers', 'cider', 'trees'],
    ['library', 'books', 'readers', 'shelves', 'librarian', 'catalogue', 'loans', 'archive'],
    ['bakery', 'bread', 'ovens', 'flour', 'dough', 'bakers', 'loaves', 'yeast'],
    ['railway', 'trains', 'platform', 'signals', 'timetable', 'carriages', 'station', 'tracks'],
  ]
  const paragraphs: string[] = []
  topics.forEach((words, t) => {
    for (let p = 0; p < 2; p++) {
      const sentences: string[] = []
      for (let s = 0; s < 6; s++) {
        const w = (k: number) => words[(s * 3 + k + p * 5 + t) % words.length]!
        sentences.push(`The ${w(0)} and the ${w(1)} shaped how the town thought about its ${w(2)} during ${w(3)} season.`)
      }
      paragraphs.push(sentences.join(' '))
    }
  })
  return paragraphs.join('\n\n')
}

function expectWellFormedSections(a: Analysis): void {
  // every paragraph in exactly one section, in reading order
  expect(a.sections.flatMap((s) => s.paragraphs)).toEqual(a.paragraphs.map((_, i) => i))
  const titles = a.sections.map((s) => s.title.toLowerCase().replace(/\s+/g, ' ').trim())
  expect(new Set(titles).size).toBe(titles.length)
  for (const s of a.sections) {
    expect(s.title.trim().length).toBeGreaterThan(0)
    expect(s.title.trim().split(/\s+/).length).toBeLessThanOrEqual(MAX_TITLE_WORDS)
    expect(s.paragraphs.length).toBeGreaterThan(0)
    const first = a.paragraphs[s.paragraphs[0]!]!
    expect(s.start).toBeLessThanOrEqual(first.start)
    expect(s.end).toBeGreaterThanOrEqual(a.paragraphs[s.paragraphs.at(-1)!]!.end)
    if (s.titleFrom === 'keyphrases') {
      const lead = a.sentences[first.sentences[0]!]?.text ?? ''
      expect(lead.toLowerCase().startsWith(s.title.toLowerCase()), `title “${s.title}” is the start of “${lead}”`).toBe(false)
    }
  }
}

describe('sections', () => {
  it.each([...FIXTURE_CASES, 'bundled'])('are well formed for %s', async (name) => {
    expectWellFormedSections(await load(name))
  })

  it.each(['headings-md', 'many-figures', 'news-html', 'docx'])('follow the article’s own headings (%s)', async (name) => {
    const a = await load(name)
    const { text, blocks } = a.article
    const headings = blocks.filter((b) => b.kind === 'heading')
    expect(headings.length).toBeGreaterThan(0)
    const top = Math.min(...headings.map((h) => h.depth ?? 2))
    // (not the parts a long section's subheadings cut it into: "Soil and water" under "Building the beds")
    const fromHeadings = a.sections.filter((s) => s.titleFrom === 'heading' && !s.part)
    // every top-level heading followed by body text opens a section titled with its text
    const withBody = headings.filter((h) => h.depth === top && a.paragraphs.some((p) => p.start > h.end && !headings.some((g) => g.depth! <= top && g.start > h.end && g.start < p.start)))
    expect(fromHeadings.map((s) => s.title)).toEqual(withBody.map((h) => text.slice(h.start, h.end)))
    for (const s of fromHeadings) expect(text.slice(s.heading!.start, s.heading!.end)).toBe(s.title)
  })

  it('cuts a section of the article\'s own that runs long into its sub-topics; short ones stay whole', async () => {
    const story = (await load('no-headings-txt')).article.text
    const short = 'The council met on Tuesday to hear residents about the plan. Most of them supported it.'
    const md = `# Report\n\n## A long part\n\n${story.split('\n').slice(1).join('\n')}\n\n## A short part\n\n${short}\n`
    const a = analyze(parseMarkdownArticle(md, 'report.md'))
    expect(bodyWords(a)).toBeGreaterThan(SPLIT_SECTION_WORDS)
    const long = a.sections.filter((s) => s.title === 'A long part' || s.part)
    expect(long.length).toBeGreaterThan(1)
    expect(long[0]!.title).toBe('A long part')
    expect(long.slice(1).every((s) => s.part && !s.heading)).toBe(true)
    // the parts cover the section's paragraphs in order, each once
    expect(long.flatMap((s) => s.paragraphs)).toEqual([...long.flatMap((s) => s.paragraphs)].sort((x, y) => x - y))
    const last = a.sections.at(-1)!
    expect(last.title).toBe('A short part')
    expect(last.part).toBeUndefined()
    // the agenda names the article's parts, not the sub-topics of one
    expect(agendaSlide(a).items).toEqual(a.sections.filter((x) => !x.part).map((x) => x.title))
    expect(agendaSlide(a).items).not.toContain(long[1]!.title)
  })

  it('goes on under the article\'s heading where a part\'s topic would be two key phrases joined ("People & kinds")', async () => {
    const a = analyze(await ingest(`${PROJECT_ROOT}corpus/essay-rust-vision-doc-lessons/article.md`))
    const parts = a.sections.filter((s) => s.part)
    expect(parts.length).toBeGreaterThan(0)
    expect(parts.filter((s) => / & /u.test(s.title))).toEqual([])
    expect(parts.map((s) => s.title)).toContain('Where do we go from here? Create a user research team (cont.)')
    // (its slides say "(cont.)" once)
    const titles = planDeck(a).slides.map((s) => s.title)
    expect(titles.filter((t) => t.includes('(cont.) (cont.)'))).toEqual([])
  })

  it('goes on under the heading in a language whose key phrases may end on any word (French)', () => {
    const trains = [
      'La ligne de train entre les deux villes rouvre au printemps après trois années de travaux sur les voies et les gares.',
      'Les trains circuleront toutes les heures, avec des rames neuves plus rapides et plus confortables pour les voyageurs.',
      'La région finance la moitié des travaux, et la compagnie ferroviaire paie le reste des dépenses prévues pour la ligne.',
      'Les voyageurs réguliers attendent surtout des horaires fiables et des correspondances assurées avec les trains régionaux.',
    ]
    const schools = [
      'Les écoles du canton manquent de professeurs de mathématiques depuis plusieurs rentrées scolaires consécutives.',
      'Les directeurs recrutent des contractuels, souvent sans formation, pour remplir les classes de collège et de lycée.',
      'Les parents d’élèves réclament des postes titulaires et une meilleure rémunération pour les enseignants débutants.',
      'Le rectorat promet des concours supplémentaires, mais les candidats restent rares dans les disciplines scientifiques.',
    ]
    const para = (xs: string[]) => Array.from({ length: 4 }, (_, i) => xs.map((x) => x.replace('.', ` (${i + 1}).`)).join(' '))
    const md = ['# Le canton en chiffres', '', '## La vie du canton', '', ...para(trains).flatMap((p) => [p, '']), ...para(schools).flatMap((p) => [p, ''])].join('\n')
    const a = analyze(parseMarkdownArticle(md, 'canton.md'))
    const parts = a.sections.filter((s) => s.part)
    expect(parts.length).toBeGreaterThan(0)
    for (const part of parts) expect(part.title).toBe('La vie du canton (suite)')
  })

  it('cuts a long section found in text without headings into its sub-topics, as it does one under a heading', async () => {
    const a = analyze(await ingest(`${PROJECT_ROOT}corpus/txt-techreview-crispr/article.txt`))
    expect(a.article.blocks.some((b) => b.kind === 'heading')).toBe(false)
    const parts = a.sections.filter((s) => s.part)
    expect(parts.length).toBeGreaterThan(0)
    expect(a.sections[0]!.part).toBeUndefined()
    // a section and its parts: the passage the segmentation found, over SPLIT_SECTION_WORDS
    const words = (s: (typeof a.sections)[number]) => s.paragraphs.reduce((n, p) => n + countWords(a.article.text.slice(a.paragraphs[p]!.start, a.paragraphs[p]!.end)), 0)
    a.sections.forEach((s, i) => {
      if (s.part || !a.sections[i + 1]?.part) return
      let total = words(s)
      for (let j = i + 1; a.sections[j]?.part; j++) total += words(a.sections[j]!)
      expect(total).toBeGreaterThan(SPLIT_SECTION_WORDS)
    })
    expect(agendaSlide(a).items).toEqual(a.sections.filter((x) => !x.part).map((x) => x.title))
    expectWellFormedSections(a)
  })

  it('cuts a ~1,000-word article without headings into 4–8 sections', () => {
    const a = analyze(parseText(syntheticArticle(), 'synthetic.txt'))
    expect(bodyWords(a)).toBeGreaterThan(900)
    expect(bodyWords(a)).toBeLessThan(1100)
    expect(a.sections.length).toBeGreaterThanOrEqual(4)
    expect(a.sections.length).toBeLessThanOrEqual(8)
    expect(a.sections.every((s) => s.titleFrom !== 'heading')).toBe(true)
    expectWellFormedSections(a)
  })

  it.each(['no-headings-txt', 'bundled'])('cuts %s (no headings) into 4–8 sections', async (name) => {
    const a = await load(name)
    expect(a.article.blocks.some((b) => b.kind === 'heading')).toBe(false)
    expect(a.sections.length).toBeGreaterThanOrEqual(4)
    expect(a.sections.length).toBeLessThanOrEqual(8)
    // within the target for its length
    expect(Math.abs(a.sections.length - targetSectionCount(bodyWords(a), a.paragraphs.length))).toBeLessThanOrEqual(1)
  })

  it('targets about one section per 150 words, never more than the paragraphs', () => {
    for (const words of [700, 1000, 1200]) {
      const n = targetSectionCount(words, 30)
      expect(n).toBeGreaterThanOrEqual(4)
      expect(n).toBeLessThanOrEqual(8)
    }
    expect(targetSectionCount(5000, 3)).toBe(3)
    expect(targetSectionCount(20, 3)).toBe(1)
  })

  it('grows more slowly past 3,000 words, and keeps growing', () => {
    expect(targetSectionCount(3000, 1000)).toBe(20)
    const [a, b, c] = [10_000, 100_000, 150_000].map((w) => targetSectionCount(w, 10_000))
    expect(a).toBeGreaterThan(20)
    expect(b).toBeGreaterThan(a!)
    expect(c).toBeGreaterThan(b!)
    expect(c).toBeLessThan(100)
  })
})

describe('a long section cut at its own subheadings', () => {
  /** A paragraph of about `n` words on `topic`. */
  const para = (topic: string, n: number) => Array.from({ length: Math.ceil(n / 12) }, (_, i) => `The ${topic} crew checked gauge number ${i + 1} on the harbour ferry before dawn.`).join(' ')
  const doc = (sub: number) =>
    ['# Ferry report', '## What happened', para('engine', 120), '### Timeline', para('timeline', sub), para('radio', sub), '### Recovery', para('recovery', sub), para('pump', sub), '## Lessons learned', para('lesson', 120)].join('\n\n')

  it('heads each part with its subheading, the agenda listing the sections only', () => {
    const a = analyze(parseMarkdownArticle(doc(120), 'ferry.md'))
    expect(a.sections.map((s) => [s.title, s.part === true])).toEqual([
      ['What happened', false],
      ['Timeline', true],
      ['Recovery', true],
      ['Lessons learned', false],
    ])
    expect(agendaSlide(a).items).toEqual(['What happened', 'Lessons learned'])
  })

  it('keeps a subheading as its part\'s title in a language whose key phrases make no titles', () => {
    const phrase = (topic: string, n: number) => Array.from({ length: Math.ceil(n / 12) }, (_, i) => `L'équipe du ${topic} a vérifié la jauge numéro ${i + 1} du bac avant l'aube ce matin.`).join(' ')
    const md = ['# Rapport', '## Ce qui s’est passé', phrase('moteur', 120), '### Chronologie', phrase('calendrier', 200), '### Réparation', phrase('pompe', 200), '## Leçons', phrase('leçon', 120)].join('\n\n')
    const a = analyze(parseMarkdownArticle(md, 'bac.md'))
    expect(a.lang).toBe('fr')
    expect(a.sections.map((s) => s.title)).toEqual(['Ce qui s’est passé', 'Chronologie', 'Réparation', 'Leçons'])
  })

  it('names the subheading a section opens under on its first slide, the agenda naming the section alone', () => {
    const md = ['# Ferry report', '## What happened', para('engine', 120), '## Lessons learned', '### We need more pumps', para('pump', 240), '### Radios must be tested', para('radio', 240)].join('\n\n')
    const a = analyze(parseMarkdownArticle(md, 'ferry.md'))
    const lessons = a.sections.find((s) => s.title === 'Lessons learned')!
    expect(a.article.text.slice(lessons.subheading!.start, lessons.subheading!.end)).toBe('We need more pumps')
    expect(sectionSlides(a, a.sections.indexOf(lessons))[0]!.title).toBe('Lessons learned: We need more pumps')
    expect(a.sections.map((s) => s.title)).toEqual(['What happened', 'Lessons learned', 'Radios must be tested'])
    expect(agendaSlide(a).items).toEqual(['What happened', 'Lessons learned'])
  })

  it('puts a short part among long ones on the part before it, and drops the colon that led into a heading\'s text', () => {
    const md = ['# Ferry report', '## What happened', para('engine', 120), '## Five lessons:', '### 1. Test the pumps', para('pump', 120), '### 2. Test the radios', para('radio', 120), '### A checklist:', 'Check the valves first.', '### 3. Train the crew', para('crew', 120), '### 4. Log every check', para('log', 120)].join('\n\n')
    const a = analyze(parseMarkdownArticle(md, 'ferry.md'))
    expect(a.sections.map((s) => s.title)).toEqual(['What happened', 'Five lessons', '2. Test the radios', '3. Train the crew', '4. Log every check'])
    expect(a.sections[1]!.subheading?.title).toBe('1. Test the pumps')
    const radios = a.sections[2]!
    expect(a.article.text.slice(radios.start, radios.end)).toContain('Check the valves first.')
  })

  it('is cut at its subheadings once it holds more than a slide, and keeps them where a third of its parts have text of their own', () => {
    // (about 200 words: more than one slide's)
    const short = analyze(parseMarkdownArticle(['# Ferry report', '## What happened', para('engine', 40), '### Timeline', para('timeline', 80), '### Recovery', para('recovery', 80), '## Lessons learned', para('lesson', 120)].join('\n\n'), 'ferry.md'))
    expect(short.sections.map((s) => s.title)).toEqual(['What happened', 'Timeline', 'Recovery', 'Lessons learned'])
    // (a release's features, half of them a sentence or two under their "###")
    const release = ['# Release notes', '## What is new', para('engine', 40), '### Faster pumps', para('pump', 200), '### New radios', para('radio', 24), '### Better logs', para('log', 150), '### Other changes', para('misc', 24), '## Upgrading', para('lesson', 60)].join('\n\n')
    expect(analyze(parseMarkdownArticle(release, 'notes.md')).sections.map((s) => s.title)).toEqual(['What is new', 'Faster pumps', 'New radios', 'Better logs', 'Other changes', 'Upgrading'])
  })

  it('names a subheading the article writes under several sections with its section\'s heading', () => {
    const md = ['# Pitfalls', '## 1. Skipping limits', para('limit', 100), '### How to avoid it', para('avoid', 100), '## 2. Ignoring probes', para('probe', 100), '### How to avoid it', para('check', 100)].join('\n\n')
    expect(analyze(parseMarkdownArticle(md, 'p.md')).sections.map((s) => s.title)).toEqual(['1. Skipping limits', '1. Skipping limits: How to avoid it', '2. Ignoring probes', '2. Ignoring probes: How to avoid it'])
  })

  it('stays whole under subheadings that head a few words each', () => {
    const a = analyze(parseMarkdownArticle(['# Ferry report', '## What happened', para('engine', 500), '### Timeline', 'The crew left at six.', '### Recovery', 'The pump was fixed by noon.', '## Lessons learned', para('lesson', 120)].join('\n\n'), 'ferry.md'))
    expect(a.sections.map((s) => s.title)).not.toContain('Timeline')
  })
})
