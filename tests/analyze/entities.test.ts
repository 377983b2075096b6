import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { extractEntities } from '../../src/analyze/entities.ts'
import type { Entity } from '../../src/types.ts'

function run(text: string): Entity[] {
  const out = extractEntities(text)
  for (const e of out) {
    expect(e.mentions.length).toBeGreaterThan(0)
    for (const m of e.mentions) expect(text.slice(m.start, m.end).length).toBeGreaterThan(0)
  }
  // first-mention order
  const firsts = out.map((e) => e.mentions[0]!.start)
  expect([...firsts].sort((a, b) => a - b)).toEqual(firsts)
  return out
}
const find = (es: Entity[], name: string) => es.find((e) => e.name === name)

describe('extractEntities', () => {
  it('finds people, organisations and places in the bundled article', () => {
    const text = readFileSync(new URL('../../articles/deepseek-ai-race.txt', import.meta.url), 'utf8')
    const es = run(text)
    for (const n of ['Chris Lehane', 'Reid Hoffman', 'Victor Riparbelli', 'Meredith Whitaker']) expect(find(es, n)?.kind).toBe('person')
    for (const n of ['OpenAI', 'LinkedIn', 'DeepSeek', 'Anthropic', 'Chinese Communist Party']) expect(find(es, n)?.kind).toBe('organization')
    for (const n of ['China', 'France', 'Tiananmen Square']) expect(find(es, n)?.kind).toBe('place')
    // "Lehane" alone is a mention of Chris Lehane, spans point at the surname
    const lehane = find(es, 'Chris Lehane')!
    expect(lehane.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Chris Lehane', 'Lehane'])
    // possessives are stripped: "DeepSeek’s" is a mention of DeepSeek
    expect(find(es, 'DeepSeek')!.mentions.every((m) => text.slice(m.start, m.end) === 'DeepSeek')).toBe(true)
    expect(es.some((e) => /^(?:Traditional|Reports|Observations|Figures|Despite|AI)\b/.test(e.name))).toBe(false)
  })

  it('takes a given name joined of two it knows for a given name ("Marie-Pierre Dausse"), not a company joined so', () => {
    const found = extractEntities('Devant ses étudiants dans le bâtiment B2, Marie-Pierre Dausse, professeur d’histoire, défend son point de vue. The Coca-Cola Company said so.')
    expect(found.map((e) => `${e.kind}:${e.name}`)).toEqual(['person:Marie-Pierre Dausse', 'organization:Coca-Cola Company'])
  })

  it('takes the pronoun "I", alone or after a connective ("And I"), for no one, wherever it stands; not a king\'s numeral', () => {
    const text = '\tJoe, you are my brother.  And I’m grateful every day that you’ve got such a big heart.  I couldn’t admire you more.\n\tI got to know Joe’s mom, Catherine Eugenia Finnegan Biden, before she passed away.  And I know she told Joe once that something good will come.  And I suppose she was channeling the Irish poet Patrick Kavanagh, when he wrote, “And I said, let grief be a fallen leaf.”  Queen Elizabeth I ruled England.'
    const names = run(text).map((e) => e.name)
    expect(names).not.toContain('And I')
    expect(names).not.toContain('I')
    expect(names).toContain('Elizabeth I')
  })

  it('takes the name after an office written in capitals, not the office with it', () => {
    const text = 'Tunisian Prime Minister Habib Essid said the attackers wore uniforms. “Our nation is in danger,” Essid declared. The money went to former President Hamid Karzai.'
    const es = run(text)
    expect(find(es, 'Habib Essid')?.kind).toBe('person')
    expect(find(es, 'Habib Essid')!.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Habib Essid', 'Essid'])
    expect(find(es, 'Hamid Karzai')?.kind).toBe('person')
    expect(es.some((e) => /Minister|Tunisian Prime/.test(e.name))).toBe(false)
    // (and an office named for two, in the plural: "Senators Patty Murray and Maria Cantwell")
    const two = 'Today, Senators Patty Murray and Maria Cantwell applauded the provision. Sen. Murray’s bill would help every school.'
    expect(run(two).filter((e) => e.kind === 'person').map((e) => e.name)).toContain('Patty Murray')
    expect(run(two).some((e) => /Senators/.test(e.name))).toBe(false)
  })

  it('takes an office opening a run for no part of the name ("Assemblyman Sheldon Silver"), and the surname alone opening a sentence for the person, a common word though it is', () => {
    const text = 'She worked closely with officials in Albany, notably Assemblyman Sheldon Silver, who was a strong ally. The plan grew. Silver, who is the speaker of the State Assembly, notes that it works.'
    const silver = find(run(text), 'Sheldon Silver')
    expect(silver?.kind).toBe('person')
    expect(silver!.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Sheldon Silver', 'Silver'])
    // (but a word the text also writes in lower case is no surname there)
    const metal = 'Assemblyman Sheldon Silver voted. Silver, gold and copper rose. The price of silver fell.'
    expect(find(run(metal), 'Sheldon Silver')!.mentions).toHaveLength(1)
  })

  it('takes a full name whose surname speaks alone for a person, and a title before an organisation for none', () => {
    const text = 'Hikmatullah Shadman works in Kabul. “Flowers make me happy,” Shadman says. Most recently, Shadman launched a Mr. Facebook contest in Kandahar.'
    const es = run(text)
    expect(find(es, 'Hikmatullah Shadman')?.kind).toBe('person')
    expect(es.some((e) => e.kind === 'person' && e.name === 'Facebook')).toBe(false)
  })

  it('takes a surname the lexicon knows for a town for the person named in full before it, not where the text says where', () => {
    const text = 'The witnesses were former astronaut Tom Stafford and a retired engineer. Stafford, earlier in the hearing, was adamant about a big booster. The plant in Stafford closed last year.'
    const es = extractEntities(text)
    const tom = es.find((e) => e.name === 'Tom Stafford')!
    expect(tom.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Tom Stafford', 'Stafford'])
    expect(es.find((e) => e.kind === 'place' && e.name === 'Stafford')?.mentions).toHaveLength(1)
  })

  it('takes a Gaelic surname the tagger reads as camel case for the person named in full before it, not a brand', () => {
    const text = 'Maura McLaughlin, a radioastronomer at West Virginia University, is excited. FAST will help, says McLaughlin. McDonald sells burgers and MacBook sales rose.'
    const es = extractEntities(text)
    expect(es.find((e) => e.name === 'Maura McLaughlin')!.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Maura McLaughlin', 'McLaughlin'])
    expect(es.find((e) => e.name === 'MacBook')?.kind).toBe('organization')
  })

  it('takes a first name alone for the one person named in full with it, not for a name whose last word is a common word', () => {
    const text = 'Stephen Jones runs the club with his father. Stephen’s MBA plans were put on hold. Fans queued for Super Mario Run. Mario is a plumber in the game.'
    const es = extractEntities(text)
    expect(es.find((e) => e.name === 'Stephen Jones')!.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Stephen Jones', 'Stephen'])
    expect(es.find((e) => e.name === 'Mario Run')?.mentions.length ?? 1).toBe(1)
  })

  it('reads a middle initial inside a name, and a month before its day as no part of one', () => {
    const es = run('“We exported a financial crisis,” said William G. Gale, a senior fellow. By Jonathan Corbet March 25, 2015. The release was unveiled on March 2.')
    expect(find(es, 'William G. Gale')?.kind).toBe('person')
    expect(es.some((e) => /March/.test(e.name))).toBe(false)
    // an initial that ends a sentence still ends the name
    expect(run('They fought in World War I. Then they came home to Paris.').some((e) => /I Then/.test(e.name))).toBe(false)
  })

  it('takes a name the lexicon does not know for a person when its surname speaks after a quotation, and a shared surname for the one last named in full', () => {
    const text = 'Whale whisperer Hori Parata was seven when he saw his first stranding. “Man’s greed is hurting the whales,” says Parata, an elder of the tribe. Later his son, Kauri Parata, came to help. “We listen,” says Parata.'
    const es = run(text)
    expect(find(es, 'Hori Parata')?.kind).toBe('person')
    const first = text.indexOf('says Parata') + 5
    expect(find(es, 'Hori Parata')?.mentions.some((m) => m.start === first)).toBe(true)
  })

  it('handles honorifics, appositives, "of" names and coordination', () => {
    const text =
      'Satya Nadella, the CEO of Microsoft, said the deal was good. Nadella added more. Ms. Jane Doe of Acme Corp. spoke in Paris. Google, Meta and Zorblax were named. The Bank of America raised rates in the United States. Charles de Gaulle visited New York.'
    const es = run(text)
    expect(es.map((e) => [e.kind, e.name, e.mentions.length])).toEqual([
      ['person', 'Satya Nadella', 2],
      ['organization', 'Microsoft', 1],
      ['person', 'Jane Doe', 1],
      ['organization', 'Acme Corp.', 1],
      ['place', 'Paris', 1],
      ['organization', 'Google', 1],
      ['organization', 'Meta', 1],
      ['organization', 'Zorblax', 1],
      ['organization', 'Bank of America', 1],
      ['place', 'United States', 1],
      ['person', 'Charles de Gaulle', 1],
      ['place', 'New York', 1],
    ])
  })

  it('is deterministic and finds nothing in lower-case text', () => {
    const text = 'Reid Hoffman met Sam Altman in London. Altman spoke first.'
    expect(run(text)).toEqual(run(text))
    expect(run('there are no names in this sentence at all.')).toEqual([])
  })
})

describe('extractEntities: a name’s particle', () => {
  it('joins a particle before a surname, not a noun and a whole name after a preposition', () => {
    const es = run('Die Pflanzen erregten die Aufmerksamkeit von Jeanmaire Molina in Brooklyn. Molina war überrascht. Vincent van Gogh malte, und Kris de Decker schrieb.')
    expect(es.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(['Jeanmaire Molina', 'Vincent van Gogh', 'Kris de Decker'])
  })
})

describe('extractEntities: a royal’s title', () => {
  it('reads a name a royal title opens as a person’s, and the name alone as a mention', () => {
    const es = run('The real Prince Andrew was busy. Andrew said he remembers the night. The crowd waited for Queen Elizabeth II at noon. King Street was closed.')
    expect(es.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(['Prince Andrew', 'Queen Elizabeth II'])
    expect(find(es, 'Prince Andrew')!.mentions).toHaveLength(2)
    expect(find(es, 'King Street')?.kind).not.toBe('person')
  })
})
