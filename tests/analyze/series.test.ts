import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/analyze/index.ts'
import { periodOf } from '../../src/analyze/series.ts'
import { ingest } from '../../src/ingest/index.ts'
import { parseText } from '../../src/ingest/text.ts'
import { parseMarkdown } from '../../src/ingest/markdown.ts'
import { fixturePath, PROJECT_ROOT } from '../fixture-articles.ts'
import type { Analysis } from '../../src/types.ts'

const series = (a: Analysis) => a.series.map((s) => ({ unit: s.unit, items: s.items.map((i) => [i.label, a.figures[i.figure]!.text, i.value]) }))
const story = (body: string) => analyze(parseText(`A headline for the story\n\n${body}`, 'x.txt'))

describe('number series', () => {
  it('sets percentages of one survey side by side, labelled by what each is about, largest first', async () => {
    const a = analyze(await ingest(fixturePath('many-figures')))
    expect(series(a)).toEqual([{ unit: '%', items: [['Shortage of skilled technicians', '62%', 62], ['Financing', '21%', 21], ['Permitting', '17%', 17]] }])
  })

  it('reads year-over-year changes of a results release, a decrease as negative', async () => {
    const a = analyze(await ingest(`${PROJECT_ROOT}corpus/release-meta-q1-2024-md/article.md`))
    const changes = series(a).find((s) => s.unit === '%')
    expect(changes?.items).toEqual([
      ['Revenue', '27%', 27],
      ['Ad impressions', '20%', 20],
      ['Family daily active people (DAP)', '7%', 7],
      ['Average price per ad', '6%', 6],
      ['Costs and expenses', '6%', 6],
      ['Headcount', '10%', -10],
    ])
  })

  it('labels the shares of a survey’s answers by the answer: quoted as written, or a choice written from a capital', () => {
    const a = analyze(parseMarkdown([
      '# Survey results', '', 'We ran our yearly survey of the community and received many responses from users around the world.', '',
      'We also asked how many dependencies users were using were 1.0 or above.', '', '* 0.8% indicated "All"', '* 6.7% indicated "Most"', '* 65.9% indicated "Some"', '* 21.4% indicated "I don\'t know"', '',
      'We also asked what IDE setups users used:', '', '* 43.3% indicated RLS', '* 21.7% indicated Intellij', '* 12.4% indicated No (or CTAGS)', '* 4.2% indicated Only Racer', '',
    ].join('\n'), 'survey.md'))
    expect(series(a).map((x) => x.items.map((i) => i[0]))).toEqual([['Some', 'I don\'t know', 'Most', 'All'], ['RLS', 'Intellij', 'No (or CTAGS)', 'Only Racer']])
    // (an unquoted clause after "said" is no answer's label)
    const b = story('In the poll, 45% said they would vote. Another 30% said they would stay home. And 25% said they had not decided yet.')
    expect(series(b).flatMap((x) => x.items.map((i) => i[0]))).not.toContain('They would vote')
  })

  it('never mixes a monthly price with a market value, nor money with counts', () => {
    const a = story('The app costs $20 a month. The company is worth $600 billion, up from $500 billion last year. It has 3,000 engineers and 200 designers.')
    for (const s of a.series) expect(new Set(s.items.map((i) => a.figures[i.figure]!.kind)).size).toBe(1)
    expect(a.series.flatMap((s) => s.items.map((i) => a.figures[i.figure]!.text))).not.toContain('$20')
  })

  it('sets no counts side by side whose labels are the counted noun or a conjunction ("2 femmine con tre piccoli, 3 femmine con 2 e 4 femmine con uno solo")', () => {
    const text = 'Orso marsicano: un anno da record\n\nIl risultato è molto positivo: questo è il quarto anno consecutivo in cui si osservano da 10 a 16 nuovi nati nella popolazione. In ben 125 occasioni nel 2019 sono state osservate femmine con cuccioli, corrispondenti a 2 femmine con tre piccoli, 3 femmine con 2 e 4 femmine con uno solo. Accanto a questi dati bisogna segnalare l\'inseguimento con l\'auto di una femmina con tre cuccioli.'
    expect(analyze(parseText(text, 'x.txt')).series).toEqual([])
  })

  it('sets no change ("will deteriorate by over 2%") beside levels ("about 140% of GDP", "more than 5% of GDP")', () => {
    const a = story("After a decade of huge deficit spending, the public sector debt is already about 140% of the country's gross domestic product. The IMF predicts that the cost of running the welfare state will double to more than 5% of GDP, while current account balances will deteriorate by over 2%.")
    expect(a.series).toEqual([])
  })

  it('reads no figures, quotes or names out of a code block: a program\'s output is no series of the prose', () => {
    const md = '# Statistics\n\nThe optimizer counts how often each of its rules fires in a program, and prints the counts at the end of the run. The output of that will look something like this:\n\n```\nint_mul\n    mul_zero 0\n    mul_one 110\n    mul_minus_one 0\n    mul_pow2_const 1456\nprint("Guido said hello")\n```\n\nThe counts show which rules matter in real programs.\n'
    const a = analyze(parseMarkdown(md, 'stats.md'))
    expect(a.series).toEqual([])
    expect(a.figures.map((f) => f.text)).toEqual([])
    expect(a.quotes).toEqual([])
  })

  it('reads a range as one figure', () => {
    const a = story('Building the plant will cost between $3 million and $4.5 million, and the outlook is $36.5-39 billion in revenue.')
    expect(a.figures.map((f) => [f.text, f.value, f.high])).toEqual([
      ['between $3 million and $4.5 million', 3_000_000, 4_500_000],
      ['$36.5-39 billion', 36_500_000_000, 39_000_000_000],
    ])
  })

  it('labels no figure by the connective of its clause ("or opting" of "…, or opting for the $279 Xbox One S")', () => {
    const a = story('It has been a year since the PS4 Pro launched, and the One X costs $500, while Sony\'s console launched at $400. Everyone else might be better off waiting, or opting for the $279 Xbox One S.')
    expect(a.series.flatMap((s) => s.items.map((i) => i.label))).not.toContain('Or opting')
  })

  it('gives a figure no period that it is only measured against ("… next year — the first time … since 2012")', () => {
    const a = story('The deficit is expected to total nearly $1 trillion next year — the first time it has been that big since 2012, when the economy was still weak. Revenue rose to $3 trillion in 2018.')
    const [deficit, revenue] = a.figures
    expect(periodOf(a.article.text, a.sentences[deficit!.sentence]!, deficit!, 0)).toBeUndefined()
    expect(periodOf(a.article.text, a.sentences[revenue!.sentence]!, revenue!, a.sentences[revenue!.sentence]!.start)).toBe('2018')
  })

  it('reads the level a change reached as a level, and a figure it is up from as the other period\'s ("falling to 4.5 percent" is no −4.5)', () => {
    const a = story('The economy is projected to grow 2.1 percent in 2017, up from a previous forecast of 2.0 percent. It sees unemployment falling to 4.5 percent next year. Inflation is expected to rise 1.9 percent.')
    const items = a.series.flatMap((s) => s.items.map((i) => [i.label, i.value]))
    expect(items.some(([, v]) => (v as number) < 0)).toBe(false)
    expect(items.map(([l]) => l)).not.toContain('Previous forecast')
    expect(items.map(([l]) => l)).not.toContain('Unemployment')
  })

  it('reads an amount a holding changed by as a change, a decrease as negative, and sets no clause or period as a thing\'s label', () => {
    const tic = story('Foreign residents increased their holdings of U.S. Treasury bills by $25.0 billion in August but decreased their holdings by $22.0 billion in September. Foreign resident holdings of all dollar-denominated short-term U.S. securities and other custody liabilities increased by $12.1 billion in August but decreased by $8.3 billion in September.')
    expect(tic.series).toEqual([])
    const results = story('Revenue increased by $4 million in the quarter. Operating costs decreased by $9 million. Net income rose by $6 million.')
    expect(series(results).flatMap((x) => x.items.map((i) => i[2]))).toEqual([6e6, 4e6, -9e6])
  })

  it('finds no series for a figure without peers', () => {
    const a = story('The town spent $6 million on its new library, which opened on Monday after two years of work.')
    expect(a.series).toEqual([])
  })
})
