import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/analyze/index.ts'
import { parseMarkdown } from '../../src/ingest/markdown.ts'
import { parseText } from '../../src/ingest/text.ts'
import { keyFigureSlide, sameMeasure } from '../../src/plan/key-figure.ts'
import { planDeck } from '../../src/plan/index.ts'
import { join } from 'node:path'
import { readFileSync } from 'node:fs'
import { ingest } from '../../src/ingest/index.ts'
import { FIXTURE_CASES, loadAnalysis, PROJECT_ROOT } from '../fixture-articles.ts'

const ferry = analyze(parseText([
  'The harbour board met on Monday to decide the future of the island ferry service after a difficult winter.',
  '“We cannot keep cancelling crossings every time the wind rises,” said Maria Lopez, chair of the harbour board.',
  'The new electric ferry cost €6 million, while the old diesel boat had cost about €2 million when it was bought.',
  'Tom Reyes of the island council said the service would need at least 40 more passengers a day to pay its way.',
  'Ticket prices will rise by 12% in the spring, the board said after the meeting.',
].join('\n\n'), 'ferry.txt'))

describe('keyFigureSlide', () => {
  it('makes a key-figure slide from the first money figure, with its sentence as context', () => {
    const slide = keyFigureSlide(ferry)
    expect(slide!.value).toMatch(/6/)
    expect(slide!.value).toContain('€')
    expect(slide!.context).toContain('€6 million')
    expect(slide!.context).toContain('electric ferry')
  })

  it('labels a key figure by what it measures, in the deck\'s language: a cost by its verb, never by a unit', () => {
    const fr = analyze(parseText([
      'La ligne rouvre',
      '',
      'Les travaux ont duré trois ans et ont coûté environ 48 millions d’euros, financés par la région.',
      '',
      'Il a fallu remplacer 27 kilomètres de voie et rénover quatre gares.',
    ].join('\n'), 'fr.txt'))
    expect(fr.lang).toBe('fr')
    const slide = keyFigureSlide(fr)
    expect(slide?.label).toBe('Coût')
    expect(slide?.value).toContain('48')
    const en = analyze(parseText('The crossing took 14 hours in heavy seas.\n\nThe crew of 12 sailors kept the ferry on course all night.', 'en.txt'))
    expect(keyFigureSlide(en)?.label).not.toMatch(/^hours$/i)
    // (nor by the word of a hedge: "in this case around 5%")
    const hedge = analyze(parseText('The new layout shrinks the target directory of most projects.\n\nWith a warm cache, the wins are more modest (in this case around 5%).', 'en.txt'))
    expect(keyFigureSlide(hedge)?.label ?? '').not.toMatch(/^cases?$/iu)
  })

  it('shows the whole, not the part: "19 people, including 17 foreigners", with the part in its context', () => {
    const a = analyze(parseText([
      'CAIRO — Gunmen opened fire on visitors at the country’s most renowned museum on Wednesday, killing at least 19 people, including 17 foreigners, in an assault that threatened to upset the fragile stability of a country seen as the lone success of the uprisings.',
      'The prime minister said the attackers had worn military uniforms and that two of them were killed by the police.',
      'The museum sits next to the parliament, where lawmakers were debating a new law on terrorism at the time.',
    ].join('\n\n'), 'news.txt'))
    const slide = keyFigureSlide(a)
    expect(slide?.value).toBe('19+')
    expect(slide?.label).toBe('People killed')
    expect(slide?.context).toBe('Gunmen opened fire on visitors at the country’s most renowned museum on Wednesday, killing at least 19 people, including 17 foreigners')
  })

  it('cuts the context at the end of its clause, not inside a list ("30,154 new cars, trucks and SUVs")', () => {
    const a = analyze(parseText([
      'Car sales fall',
      'Local auto dealers sold 30,154 new cars, trucks and SUVs in October, the second-highest sales volume of the year thus far but still down 10 percent from a year ago, according to the TexAuto Facts report from InfoNation, a Sugar Land-based provider of automobile data.',
      'Dealers expect interest rates to remain low as automakers sweeten deals to draw buyers.',
    ].join('\n\n'), 'cars.txt'))
    expect(keyFigureSlide(a)?.context).toBe('Local auto dealers sold 30,154 new cars, trucks and SUVs in October')
  })

  it('shows the headline vote, not one party’s votes of a breakdown, in any language', () => {
    const a = analyze(parseText([
      'Les députés ont, sans surprise, adopté à une large majorité (438 contre 86 et 42 abstentions) le projet de loi sur le renseignement défendu par le gouvernement, mardi 5 mai.',
      'Ont voté contre : 10 députés socialistes (sur 288), 35 UMP (sur 198), 11 écologistes (sur 18) et 7 non-inscrits (sur 9).',
      'Le texte sera désormais examiné par le Sénat, puis par le Conseil constitutionnel.',
    ].join('\n\n'), 'vote.txt'))
    expect(a.lang).toBe('fr')
    const slide = keyFigureSlide(a)
    expect(slide?.value).toBe('438')
    expect(slide?.label).toBe('Adopté à une large majorité')
    expect(slide?.context).toContain('(438 contre 86 et 42 abstentions)')
  })

  it('shows no item of a list of three amounts whose last comes after “and”', () => {
    const a = analyze(parseText([
      'The chief executive has spent heavily on deals before.',
      'He is the man behind the company’s $19 billion acquisition of a messaging app, he personally brokered its $1 billion buyout of a photo app and closed the $3 billion deal to buy a headset maker.',
      'Analysts said the next purchase could be the largest yet for a company of its size.',
    ].join('\n\n'), 'deals.txt'))
    expect(keyFigureSlide(a)?.value ?? '').not.toMatch(/\$1B|\$3B/)
  })

  it('takes no number of a code block, nor a number that names a thing ("a 412 response code")', () => {
    const md = analyze(parseMarkdown([
      '# Alignment', '',
      'Rust had inconsistent alignment for 128-bit types:', '',
      '```', 'alignment of i128: 8', '```', '',
      '```c', 'printf("alignment of __int128: %zu\\n", _Alignof(__int128));', '```', '',
      'Looking back at the ABI, we can see that Rust has the wrong alignment here.',
    ].join('\n'), 'post.md'))
    expect(keyFigureSlide(md)).toBeUndefined()
    const spec = analyze(parseText('PUT and DELETE requests MUST fail with a 412 response code if that does not match the current version of the document.\n\nServers SHOULD answer every request within a reasonable time.', 'spec.txt'))
    expect(keyFigureSlide(spec)).toBeUndefined()
    // a figure of the page named by its number: "Figure 10 shows …"
    const figure = analyze(parseText('Figure 10 shows how Bob’s repository looks now.\n\nBob pulls the changes and evolves the troubled changesets away.', 'guide.txt'))
    expect(keyFigureSlide(figure)).toBeUndefined()
  })

  it('takes no figure of a sentence that denies what it holds', () => {
    const denied = analyze(parseText('No one I know thinks the mayor is legally responsible for the deaths of 11 people on the bridge.\n\nThe mayor said the bridge would reopen after repairs next year.', 'bridge.txt'))
    expect(keyFigureSlide(denied)).toBeUndefined()
    const stated = analyze(parseText('The collapse of the bridge caused the deaths of 11 people on the night of the storm.\n\nThe mayor said the bridge would reopen after repairs next year.', 'bridge.txt'))
    expect(keyFigureSlide(stated)?.value).toBe('11')
  })

  it('shows a measure with its unit ("16 bytes"), never as a bare number', () => {
    const a = analyze(parseText('Clang uses the correct alignment only because of a workaround, where the alignment is manually set to 16 bytes before handing the type to LLVM.\n\nThe compiler team fixed the layout in the next release.', 'p.txt'))
    expect(keyFigureSlide(a)?.value).toBe('16 bytes')
  })

  it('has no key-figure slide for an article without numbers', () => {
    expect(keyFigureSlide(analyze(parseText('The garden grew well this year.\n\nNeighbours shared the harvest every weekend.', 'g.txt')))).toBeUndefined()
  })
})

describe('a key figure only a cut of its sentence could say', () => {
  it('gets no slide: "…" shows only where the article has one', () => {
    const text = [
      "They're also tiny (the SLG46620V is a 20-pin 0.4mm pitch STQFN measuring 2x3 mm, and the lower gate count SLG46140V is a mere 1.6x2 mm) and probably the cheapest programmable logic device on the market - $0.50 in low volume and less than $0.40 in larger quantities.",
      'The chips are a joy to work with, and the documentation is complete and clear.',
    ].join('\n\n')
    const slide = keyFigureSlide(analyze(parseText(text, 'g.txt')))
    expect(slide?.context ?? '').not.toMatch(/…/)
  })
})

describe('a key figure a table of the deck shows already', () => {
  const release = (table: string) => parseMarkdown([
    '# Acme reports first quarter results',
    'Acme Corporation reported its results for the first quarter on Tuesday, with growth in every one of its markets.',
    '## Financial highlights',
    'Demand for the company’s cloud services grew faster than analysts had expected in every region.',
    'Revenue was $36.46 billion, an increase of 27% year-over-year, the company said.',
    'The company expects spending on new data centres to keep rising through the year.',
    'Its chief executive said the new products had been well received by customers in Europe and Asia.',
    table,
  ].join('\n\n'), 'release.md')

  it('is no slide of its own: the highlights table carries the revenue', () => {
    const without = planDeck(analyze(release('The board will meet again in June.')))
    expect(without.slides.find((s) => s.kind === 'key-figure')).toMatchObject({ label: 'Revenue' })
    const withTable = planDeck(analyze(release('| | Q1 2024 | Q1 2023 |\n|---|---:|---:|\n| Revenue | $36,455 | $28,645 |\n| Net income | $12,369 | $5,709 |')))
    expect(withTable.slides.some((s) => s.kind === 'table')).toBe(true)
    expect(withTable.slides.some((s) => s.kind === 'key-figure')).toBe(false)
  })

  it('knows a measure by its words, a unit in brackets or a time after a comma aside', () => {
    expect(sameMeasure('Revenue', 'Revenue', 'en')).toBe(true)
    expect(sameMeasure('Alignment', 'Alignment (bytes)', 'en')).toBe(true)
    expect(sameMeasure('Operating cash flow, 2024', 'Operating cash flow:', 'en')).toBe(true)
    expect(sameMeasure('Revenue', 'Revenue growth', 'en')).toBe(true)
    expect(sameMeasure('Cost', 'Costs and expenses', 'en')).toBe(false)
    expect(sameMeasure('Revenue', 'Total revenue', 'en')).toBe(false)
  })
})

describe('a key figure after the slide that says its sentence', () => {
  it.each(['bundled', ...FIXTURE_CASES])('never follows a bullet that says its number (%s)', async (name) => {
    const a = await loadAnalysis(name)
    const slides = planDeck(a).slides
    const sentenceOf = (at: number) => a.sentences.findIndex((s) => s.start <= at && at < s.end)
    slides.forEach((s, i) => {
      const before = slides[i - 1]
      if (s.kind !== 'key-figure' || before?.kind !== 'section' || !s.notes[0]?.source) return
      const sentence = sentenceOf(s.notes[0].source.start)
      const bullet = before.bullets.find((b) => sentenceOf(b.source.start) === sentence)
      // a bullet compressed without the figure says the rest of the sentence: under the figure, what it left out
      const number = new RegExp(`(?<!\\d)${s.value.match(/\d+/)![0]}(?!\\d)`)
      if (bullet) expect(bullet.text).not.toMatch(number)
      if (bullet && s.context) expect(s.context).toMatch(number)
      if (bullet && s.context) expect(bullet.text).not.toContain(s.context.slice(1))
      if (!bullet) expect(s.context).toBeTruthy()
      expect(s.label).not.toBe('')
    })
  })

  it('takes the bullet off the slide before when the slide keeps two without it', async () => {
    const a = await loadAnalysis('news-html')
    const slides = planDeck(a).slides
    const i = slides.findIndex((s) => s.kind === 'key-figure')
    const figure = slides[i]
    const before = slides[i - 1]
    expect(figure?.kind === 'key-figure' && figure.context).toContain('more than 8,000 signatures')
    expect(before?.kind === 'section' && before.bullets.map((b) => b.text).join(' ')).not.toContain('8,000')
    expect(before?.kind === 'section' && before.bullets.length).toBeGreaterThanOrEqual(2)
  })

  it('shows no count of a few big ("one of 5 discrete options")', () => {
    const a = analyze(parseText(['The map generator got new controls this week.', 'Previously the values were stored internally as one of 5 discrete options.', 'The new sliders change the terrain smoothly.'].join('\n\n'), 'map.txt'))
    expect(keyFigureSlide(a)).toBeUndefined()
  })

  it('takes no figure of a sentence that opens on what the one before named ("These fees cost consumers …")', () => {
    const a = analyze(parseText(['Banks charge overdraft fees, late fees and account fees.', 'These fees cost consumers more than $24 billion a year combined.', 'The bureau wrote new rules for the banks.'].join('\n\n'), 'fees.txt'))
    expect(keyFigureSlide(a)).toBeUndefined()
    // in the article's language: "Ces frais …"
    const fr = analyze(parseText(['Les banques facturent des frais de découvert et des frais de retard.', 'Ces frais coûtent plus de 24 milliards d’euros par an aux consommateurs.', 'Le régulateur a écrit de nouvelles règles pour les banques.'].join('\n\n'), 'frais.txt'))
    expect(keyFigureSlide(fr)).toBeUndefined()
  })

  it('opens the body with a key figure from the story’s first sentence: the outcome before its details', async () => {
    const a = analyze(await ingest(join(PROJECT_ROOT, 'corpus', 'fr-lemonde-renseignement', 'article.html')))
    const slides = planDeck(a).slides
    const figure = slides.findIndex((s) => s.kind === 'key-figure')
    expect(figure).toBeGreaterThan(0)
    expect(slides.findIndex((s) => s.kind === 'section')).toBeGreaterThan(figure)
    // a key figure from a later sentence stays after its section
    const later = planDeck(await loadAnalysis('news-html')).slides
    expect(later.findIndex((s) => s.kind === 'key-figure')).toBeGreaterThan(later.findIndex((s) => s.kind === 'section'))
  })

  it('leaves the key figure out when the cover’s subtitle says its number', async () => {
    const a = analyze(await ingest(join(PROJECT_ROOT, 'corpus', 'txt-reuters-airasia', 'article.txt')))
    const slides = planDeck(a).slides
    expect(slides[0]?.kind === 'title' && slides[0].subtitle).toContain('162 people')
    expect(slides.some((s) => s.kind === 'key-figure')).toBe(false)
  })

  it('keeps the lede’s key figure when the subtitle saying its number is the page’s description', async () => {
    // the description: "… in which gunmen killed at least 19 people, could heighten tensions …"
    const a = analyze(await ingest(join(PROJECT_ROOT, 'corpus', 'news-wapo-tunisia', 'article.html')))
    const slides = planDeck(a).slides
    expect(slides[0]?.kind === 'title' && slides[0].subtitle).toContain('at least 19 people')
    const figure = slides.find((s) => s.kind === 'key-figure')
    expect(figure?.kind === 'key-figure' && [figure.value, figure.label]).toEqual(['19+', 'People killed'])
  })

  it('shows under the figure only what the bullet after it left out of the sentence: the piece that gives the number', async () => {
    // "Les députés ont adopté à une large majorité le projet de loi …" opens the introduction, its "(438 contre 86 …)" gone
    const a = analyze(await ingest(join(PROJECT_ROOT, 'corpus', 'fr-lemonde-renseignement', 'article.html')))
    const slides = planDeck(a).slides
    const i = slides.findIndex((s) => s.kind === 'key-figure')
    const figure = slides[i]
    expect(figure?.kind === 'key-figure' && [figure.value, figure.label, figure.context]).toEqual(['438', 'Adopté à une large majorité', '438 contre 86 et 42 abstentions'])
    expect(figure?.notes[0]?.text).toContain('(438 contre 86 et 42 abstentions)')
    const next = slides[i + 1]
    expect(next?.kind === 'section' && next.bullets[0]?.text).toMatch(/^Les députés ont adopté à une large majorité le projet de loi/)
  })

  it('leaves the key figure out under a title made from its sentence, number and all', async () => {
    const a = analyze(await ingest(join(PROJECT_ROOT, 'corpus', 'news-nytimes-yahoo-verizon', 'article.html')))
    const slides = planDeck(a).slides
    expect(slides.some((s) => s.kind === 'section' && s.title === 'Yahoo’s $4.8 billion sale to Verizon is a complicated beast')).toBe(true)
    expect(slides.some((s) => s.kind === 'key-figure')).toBe(false)
  })

  it('leaves the key figure out when the slide before cannot spare its sentence', async () => {
    // "… to receive the $3 million Breakthrough Prize" is one of the first slide's two bullets, the other "They’d won …"
    const slides = planDeck(analyze(await ingest(join(PROJECT_ROOT, 'corpus', 'txt-techreview-crispr', 'article.txt')))).slides
    expect(slides.some((s) => s.kind === 'key-figure')).toBe(false)
    expect(slides.some((s) => s.kind === 'section' && s.bullets.some((b) => b.text.includes('$3 million Breakthrough Prize')))).toBe(true)
  })

  it('says a key figure once: not when a page before of its section shows its sentence, figure and all', async () => {
    // the halibut section's first page shows "Fresh halibut fillets routinely sell for $24 to $28 a pound", its "(cont.)" page comes between
    const cases = [
      ['feature-seattletimes-halibut', 'article.html', 'Fresh halibut fillets routinely sell for $24 to $28 a pound', '24'],
      ['release-meta-q1-2024-txt', 'article.txt', 'Total revenue and revenue on a constant currency basis were $36.46 billion', '36'],
    ] as const
    for (const [c, file, opening, number] of cases) {
      const a = analyze(await ingest(join(PROJECT_ROOT, 'corpus', c, file)))
      const s = a.sentences.find((x) => x.text.includes(opening))!
      const slides = planDeck(a).slides
      const figures = slides.filter((x) => x.kind === 'key-figure' && x.notes[0]?.source?.start === s.start).length
      const bullets = slides.flatMap((x) => (x.kind === 'section' ? x.bullets : [])).filter((b) => b.source.start === s.start && b.text.includes(number)).length
      // (said once: as the figure or as the bullet, never both, never neither)
      expect(figures + bullets, c).toBe(1)
    }
  })

  it('keeps the sentence under the figure when the bullet before left the figure out', async () => {
    // (the post without its tables, whose "Alignment (bytes)" column would show the figure already)
    const post = readFileSync(join(PROJECT_ROOT, 'corpus', 'md-rust-i128-layout', 'article.md'), 'utf8')
    const a = analyze(parseMarkdown(post.split('\n').filter((l) => !l.startsWith('|')).join('\n'), 'article.md'))
    const figure = planDeck(a).slides.find((s) => s.kind === 'key-figure')
    expect(figure?.kind === 'key-figure' && figure.value).toBe('16 bytes')
    expect(figure?.kind === 'key-figure' && figure.context).toContain('manually set to 16 bytes')
  })
})

