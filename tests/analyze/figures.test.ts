import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { extractFigures } from '../../src/analyze/figures.ts'
import type { Figure, Sentence } from '../../src/types.ts'

function split(text: string): Sentence[] {
  const out: Sentence[] = []
  let para = 0
  for (const line of text.matchAll(/[^\n]+/g)) {
    for (const s of line[0].matchAll(/.+?(?:[.!?]["”»]?(?=\s+["“«„]?\p{Lu})|$)/gu)) {
      const lead = /^\s*/.exec(s[0])![0].length
      const start = line.index + s.index + lead
      const end = line.index + s.index + s[0].length
      if (end > start) out.push({ text: text.slice(start, end), start, end, paragraph: para })
    }
    para++
  }
  return out
}

function run(text: string): Figure[] {
  const sentences = split(text)
  const figs = extractFigures(text, sentences)
  for (const f of figs) {
    expect(text.slice(f.span.start, f.span.end)).toBe(f.text)
    const s = sentences[f.sentence]!
    expect(f.span.start >= s.start && f.span.end <= s.end).toBe(true)
  }
  return figs
}
const money = (text: string) => run(text).filter((f) => f.kind === 'money')

describe('extractFigures: money', () => {
  it('reads the bundled article’s training cost', () => {
    const text = readFileSync(new URL('../../articles/deepseek-ai-race.txt', import.meta.url), 'utf8')
    const figs = run(text)
    expect(figs).toHaveLength(1)
    expect(figs[0]).toMatchObject({ kind: 'money', text: '$6 million', value: 6e6, currency: 'USD', unit: 'million', qualifier: 'under', subject: 'training cost' })
  })

  it.each([
    ['It cost $6 million in total.', '$6 million', 6e6, 'USD', 'million'],
    ['They raised $5.6M last week.', '$5.6M', 5.6e6, 'USD', 'million'],
    ['Revenue hit $5.6bn last year.', '$5.6bn', 5.6e9, 'USD', 'billion'],
    ['The fund holds US$3 billion.', 'US$3 billion', 3e9, 'USD', 'billion'],
    ['Brussels approved €2 billion.', '€2 billion', 2e9, 'EUR', 'billion'],
    ['He earned £300,000 in bonuses.', '£300,000', 3e5, 'GBP', undefined],
    ['Sony booked ¥1.2 trillion.', '¥1.2 trillion', 1.2e12, 'JPY', 'trillion'],
    ['Alibaba spent ¥35 billion, paid in yuan.', '¥35 billion', 3.5e10, 'CNY', 'billion'],
    ['Baidu invested RMB 5 billion.', 'RMB 5 billion', 5e9, 'CNY', 'billion'],
    ['The state paid 5 billion yuan.', '5 billion yuan', 5e9, 'CNY', 'billion'],
    ['We lost 100 million dollars.', '100 million dollars', 1e8, 'USD', 'million'],
    ['Berlin offered 2 billion euros.', '2 billion euros', 2e9, 'EUR', 'billion'],
    ['The budget is Rs 40 crore.', 'Rs 40 crore', 4e8, 'INR', undefined],
    ['It cost six million dollars to train.', 'six million dollars', 6e6, 'USD', 'million'],
    ['Twelve billion yuan went to chips.', 'Twelve billion yuan', 1.2e10, 'CNY', 'billion'],
    ['Brussels set aside half a billion euros.', 'half a billion euros', 5e8, 'EUR', 'billion'],
    ['The prize was a million dollars.', 'a million dollars', 1e6, 'USD', 'million'],
    ['Les travaux ont coûté environ 48 millions d’euros.', '48 millions d’euros', 4.8e7, 'EUR', 'million'],
    ['Le billet ne dépassera pas 6,40 euros.', '6,40 euros', 6.4, 'EUR', undefined],
    ['Das Programm kostet 3,5 Milliarden Euro.', '3,5 Milliarden Euro', 3.5e9, 'EUR', 'billion'],
    ['La obra costó 2 mil millones de euros.', '2 mil millones de euros', 2e9, 'EUR', 'billion'],
    ['Le loyer atteint 1 200 euros.', '1 200 euros', 1200, 'EUR', undefined],
    ['A seat cost 6,400 euros.', '6,400 euros', 6400, 'EUR', undefined],
  ])('%s', (text, t, value, currency, unit) => {
    const [f, ...rest] = money(text)
    expect(rest).toHaveLength(0)
    expect(f).toMatchObject({ text: t, value, currency })
    expect(f?.kind === 'money' && f.unit).toBe(unit ?? undefined)
  })

  it.each([
    ['under $6 million', 'under'],
    ['less than $6 million', 'under'],
    ['more than $6 million', 'over'],
    ['exceeding $6 million', 'over'],
    ['roughly $6 million', 'about'],
    ['some $6 million', 'about'],
    ['up to $6 million', 'up to'],
    ['at least $6 million', 'at least'],
  ])('qualifier: %s', (phrase, q) => {
    expect(money(`The project will cost ${phrase} next year.`)[0]?.qualifier).toBe(q)
  })

  it('finds what the money is the cost of, in the sentence’s words', () => {
    expect(money('OpenAI spent more than $100 million on training GPT-4.')[0]?.subject).toBe('training GPT-4')
    expect(money('A €2 billion deal was signed.')[0]?.subject).toBe('deal')
    expect(money('The new bridge cost $40 million.')[0]?.subject).toBe('bridge')
    // a connective at the end of the look-ahead window is not part of the subject
    expect(money('The council approved $1.2 million for a small-business support fund to help shops.')[0]?.subject).toBe('a small-business support fund')
    // (nor a count the amount buys)
    expect(money('The program is projected to cost about $379 billion for 2,443 aircraft.')[0]?.subject).not.toBe('2')
    // what the amount is of, after "in": "over €200,000 in assets" (not a year, a month or a place)
    const [assets, debt] = money('As of the end of 2024, we had over €200,000 in assets and only a small debt of €2,000 for VAT charges.')
    expect([assets?.subject, debt?.subject]).toEqual(['assets', 'debt'])
    expect(money('We spent €3,000 in 2024.')[0]?.subject).toBeUndefined()
    expect(money('We spent €3,000 in the US.')[0]?.subject).toBeUndefined()
    // a name after the amount its article opens: "a $129.99 Premiere Edition"
    expect(money('There is also a $129.99 Premiere Edition available for preorder.')[0]?.subject).toBe('Premiere Edition')
  })

  it('takes a price\'s noun phrase before "was" for what the amount measures, up to when it was paid', () => {
    const [truck, sedan] = money('The average price of a new truck or SUV sold in October was $41,640 while the average price for a new sedan was $31,627.')
    expect([truck?.subject, sedan?.subject]).toEqual(['average price of a new truck or SUV', 'average price for a new sedan'])
    // not any noun phrase before "was": no price, cost or fee
    expect(money('The man in the red coat was $20 short.')[0]?.subject).toBeUndefined()
    // the measure that changed to the amount, not the period it is for
    expect(money('Online sales increased 1.1 percent to $46.6 million for the 13-week fiscal quarter ended November 2, 2024.')[0]?.subject).toBe('Online sales')
    expect(money('Net sales for the 13-week fiscal quarter ended November 2, 2024 decreased 3.2 percent to $293.6 million.')[0]?.subject).toBe('Net sales')
    expect(money('The shop took $46.1 million for the 13-week fiscal quarter ended October 28, 2023.')[0]?.subject).toBeUndefined()
    expect(money('The council paid $3 million for the prior year.')[0]?.subject).toBeUndefined()
  })

  it('reads no amount of its own in the same amount converted, in brackets after it ("1 million euros ($1.1 million)")', () => {
    const t = 'Another private company is donating 1 million euros ($1.1 million), and the patrons group will provide 500,000 euros ($535,000). The museum paid $4 million (about €3.7 million) in 2019, and $2 million ($1 million for the roof) in 2020.'
    expect(money(t).map((f) => f.text)).toEqual(['1 million euros', '500,000 euros', '$4 million', '$2 million', '$1 million'])
  })
})

it('leaves a word number alone when it is part of a longer one ("twenty-one million dollars")', () => {
  expect(money('It cost twenty-one million dollars.').map((f) => f.text)).toEqual([])
  expect(money('She had ten dollars.').map((f) => f.text)).toEqual([])
})

describe('extractFigures: percentages and counts', () => {
  it('reads percentages in several spellings', () => {
    const figs = run('Profits rose 12% and margins 12.5 per cent, about 7 percent of sales.')
    expect(figs.map((f) => [f.kind, f.text, f.value, f.qualifier])).toEqual([
      ['percent', '12%', 12, undefined],
      ['percent', '12.5 per cent', 12.5, undefined],
      ['percent', '7 percent', 7, 'about'],
    ])
  })

  it('reads counts with their noun', () => {
    const figs = run('Over 3,000 engineers and 1.2 million users joined. It ships 40 new features.')
    expect(figs.map((f) => [f.text, f.value, f.kind === 'count' ? f.noun : '', f.qualifier])).toEqual([
      ['3,000', 3000, 'engineers', 'over'],
      ['1.2 million', 1.2e6, 'users', undefined],
      ['40', 40, 'new features', undefined],
    ])
    // (a plural noun after two words that name none: "263 daily news organizations"; not a third word after a plural, "40 new features ship")
    const three = run('The chain will own 263 daily news organizations. It ships 40 new features weekly.')
    expect(three.map((f) => (f.kind === 'count' ? f.noun : ''))).toEqual(['daily news organizations', 'new features'])
    // (a word the lexicon knows as a verb names a thing before a plural noun: "1,771 pull requests")
    const compound = run('The team merged 1,771 pull requests in 2024, and 40 test cases failed.')
    expect(compound.map((f) => (f.kind === 'count' ? [f.text, f.noun] : []))).toEqual([['1,771', 'pull requests'], ['40', 'test cases']])
  })

  it('reads no count in a number said roughly ("20 something protocols", "30 odd years", "50 more")', () => {
    for (const t of ['We support 20 something protocols today.', 'He worked there for 30 odd years.', 'They hired 50 more last spring.']) expect(run(t).filter((f) => f.kind === 'count').map((f) => f.text)).toEqual([])
  })

  it('reads no count in the thousands of a number grouped with spaces ("100 000 l.")', () => {
    expect(run('Rząd wprowadził limity na produkcję wina – 100 000 l. rocznie.').filter((f) => f.kind === 'count')).toEqual([])
  })

  it('ignores years, dates, times, phone numbers, versions and durations', () => {
    const text =
      'In 2024 companies grew. Call 555-123-4567 or +1 (555) 123 4567 before March 5, 2024 at 10:30 today. GPT 4 arrived on 14 March 2023 and Windows 11 followed. It took 3 years and 2.5 weeks. See page 3 of 10 on 12/05/2023.'
    expect(run(text)).toEqual([])
  })

  it('ignores a product’s version after a name written with a stop or an inner capital, and a status code the text names so', () => {
    expect(run('Node.js 26 follows the existing schedule. Apple shipped iOS 17 devices in autumn.')).toEqual([])
    expect(run('Users saw 404 responses for hours. We believe this erroneous 404 stems from the config. The site served 404 visitors an hour.')).toEqual([])
    expect(run('The site served 404 visitors an hour.').map((f) => f.text)).toEqual(['404'])
    expect(run('Remove link to GitHub issues in 404 template (#4639).')).toEqual([])
  })

  it('ignores a version after a name that opens the sentence, not a count after the small word it opens on', () => {
    expect(run('Electron 35 upgrades Chromium and Node.').filter((f) => f.kind === 'count')).toEqual([])
    expect(run('About 35 people were evacuated. Some 40 firms signed up.').map((f) => f.text)).toEqual(['35', '40'])
  })
})
