import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/analyze/index.ts'
import { parseText } from '../../src/ingest/text.ts'
import { figureMeasure, isLabel, rangeOf } from '../../src/plan/figure-labels.ts'

/** The label of the figure written `figure` in a one-paragraph article. */
function labelOf(sentence: string, figure: string, reader = figureMeasure): string | undefined {
  const a = analyze(parseText(sentence, 'a.txt'))
  const f = a.figures.find((g) => g.text === figure)
  expect(f, `${figure} is a figure of "${sentence}"`).toBeDefined()
  return reader(a, f!)
}

describe('figureMeasure', () => {
  it('says what an amount is of, from its own clause', () => {
    expect(labelOf('These fees cost consumers more than $24 billion a year combined.', '$24 billion')).toBe('Cost to consumers per year')
    expect(labelOf('Together, these actions will save consumers more than $1 billion annually.', '$1 billion')).toBe('Savings for consumers')
    expect(labelOf('The new rules will save up to $300 a year for each family.', '$300')).not.toMatch(/for up to|^Savings/)
    expect(labelOf('Yahoo’s $4.8 billion sale to Verizon is a complicated beast.', '$4.8 billion')).toBe('Yahoo’s sale to Verizon')
    expect(labelOf('The biologists showed up in black gowns to receive the $3 million Breakthrough Prize in Life Sciences.', '$3 million')).toBe('Breakthrough Prize')
    expect(labelOf('The endpoint handles 99% of the traffic to the server.', '99%')).toBe('Traffic to the server')
    expect(labelOf('In the 2019 survey, 82.8% of responders indicated they used Rust, and 7.1% had used it in the past.', '82.8%')).toBe('Responders who used Rust')
    expect(labelOf('Since 99% of all requests to crates.io are for crate downloads, the plan should test them.', '99%')).toBe('Requests to crates.io are for crate downloads')
    // a share in brackets after the words that say it ("Nearly three-quarters"): what it counts comes after the bracket, past the responders' relative clause
    const survey = 'Nearly three-quarters (74%) of respondents whose organizations use AI said they wanted to consolidate their toolchain, compared to 57% of others.'
    expect(labelOf(survey, '74%')).toBe('Respondents who wanted to consolidate their toolchain')
  })

  it('says the time a figure is per, right after its noun ("10,000 async tasks per second"): else it reads as a total', () => {
    expect(labelOf('It would need to handle 10,000 async tasks per second from the start.', '10,000')).toBe('Async tasks per second')
    expect(labelOf('Fresh halibut fillets routinely sell for $24 a pound at the store.', '$24')).toMatch(/per pound$/)
    expect(labelOf('The ferry carried 4,870 passengers in its first month.', '4,870')).not.toMatch(/\bper\b/)
    // a moment is no rate: "a year ago", "a second time", "a week before"
    expect(labelOf('The startup raised $5.6 million a year ago from three investors.', '$5.6 million')).not.toMatch(/\bper\b/)
    expect(labelOf('The company hired 300 workers a week before the launch.', '300')).not.toMatch(/\bper\b/)
    expect(labelOf('The board approved the $4.8 billion sale a second time on Monday.', '$4.8 billion')).not.toMatch(/\bper\b/)
  })

  it('names what a count counts with the verb or clause that says which', () => {
    expect(labelOf('Gunmen opened fire on Wednesday, killing at least 19 people in the museum.', '19')).toBe('People killed')
    // (not what a plan would do: none are added yet)
    expect(labelOf('Li’s team wants to boost the telescope’s performance by adding 36 dishes, each 5 metres wide.', '36')).not.toBe('Dishes added')
    expect(labelOf('For fifteen years, the 1,400 people who live on the island have relied on fishing boats.', '1,400')).toBe('People who live on the island')
    // and what was done to them, said after them in the passive (not what they were expected to do)
    expect(labelOf('The public defender’s office said another 30 people had been injured in the skirmishes.', '30')).toBe('People injured')
    expect(labelOf('Officials said 12 people were arrested after the march.', '12')).toBe('People arrested')
    expect(labelOf('Officials said 500 people were expected to attend the march.', '500')).not.toBe('People expected')
  })

  it('labels a figure opening a bracket by the words before it, unless it measures them', () => {
    expect(labelOf('Les députés ont, sans surprise, adopté à une large majorité (438 contre 86 et 42 abstentions) le projet de loi sur le renseignement.', '438')).toBe('Adopté à une large majorité')
    expect(labelOf('Each register fits a word (64 bits), and anything that does not fit goes to the stack.', '64')).not.toBe('Each register fits a word')
    // (nor a share the bracket says the measure of)
    expect(labelOf('We monitor its growth, and when the database reached roughly 51TB (90% of disk capacity) we set about adding more disks.', '90%')).toBe('Disk capacity')
  })

  it('labels a range by what is in the range', () => {
    expect(labelOf('We anticipate our full-year 2024 capital expenditures will be in the range of $35-40 billion.', '$35-40 billion', rangeOf)).toBe('Full-year 2024 capital expenditures')
  })

  it('labels figures of unseen news pages by what they count, or not at all', () => {
    // (The Guardian, The Planetary Press, Reuters: "Research", "Total 49" and "Year-history" had been key figures' labels)
    expect(labelOf('The report explores data showing that 67,000 research staff were on fixed-term contracts.', '67,000')).toBe('Research staff')
    expect(labelOf('Overall, these landscapes comprise 23 percent of the total 49.7 million square kilometer forest.', '23 percent') ?? '').not.toMatch(/\d/)
    expect(labelOf('Parasite was the first film in a foreign language to win the top prize in the 26 year-history of the SAG awards.', '26')).toBeUndefined()
  })

  it('ends a share\'s "of" phrase before a relative clause without its "that" ("of the total [they can get]")', () => {
    expect(labelOf('Small investors will be allotted the maximum 10 per cent of the total they can get, Reuters reported.', '10 per cent') ?? '').not.toMatch(/they/iu)
  })

  it('takes no clause that leads into the sentence for a label ("The story is the same in Australia: …")', () => {
    expect(labelOf('The story is the same in Australia: The top 1 percent took about 5 percent of national income in the 1970s.', '1 percent') ?? '').not.toMatch(/story/iu)
    expect(labelOf('Revenue: $36.5 billion, up 27% from a year earlier.', '$36.5 billion')).toBe('Revenue')
  })

  it('never labels a figure by a circumstance', () => {
    expect(labelOf('Updates are on average 65% smaller, and in some cases more than 90% smaller.', '90%')).toBeUndefined()
  })
})

describe('isLabel', () => {
  it('takes names of measures, not code identifiers, possessives or circumstances', () => {
    expect(isLabel('DeepSeek training cost')).toBe(true)
    expect(isLabel('All items')).toBe(true)
    expect(isLabel('Third quarter of 2014')).toBe(true)
    for (const bad of ['chrome_profiler', 'printf()', 'Amazon’s', 'Some cases', 'x', '956 Arkansas', 'You', 'He’ll', 'They’re', 'Year-old finishes', 'Kids who', 'Share of', 'It will run you 10 keys', 'Total 49', 'Year-history', 'Total', 'Majority', 'Discount to their', 'Which by 2007 was spending per year', 'Che operano nei settori della comunicazione', 'Qui travaillent à Paris', 'Unit-selling', 'Samsung’s unit-selling', 'Record-breaking']) expect(isLabel(bad), bad).toBe(false)
    // (an article before a noun is no relative pronoun: "Die Welt")
    expect(isLabel('Die Welt der Zahlen')).toBe(true)
  })
})
