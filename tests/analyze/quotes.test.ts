import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { extractQuotes } from '../../src/analyze/quotes.ts'
import { extractEntities } from '../../src/analyze/entities.ts'
import type { Sentence } from '../../src/types.ts'

/** Test-only splitter: one paragraph per line, sentences at [.!?] before a capital. */
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

function run(text: string) {
  const r = extractQuotes(text, split(text))
  for (const q of r.quotes) expect(text.slice(q.span.start, q.span.end)).toBe(q.text)
  for (const t of r.terms) expect(text.slice(t.span.start, t.span.end)).toBe(t.text)
  return r
}

describe('extractQuotes on the bundled article', () => {
  const text = readFileSync(new URL('../../articles/deepseek-ai-race.txt', import.meta.url), 'utf8')
  const { quotes, terms } = run(text)

  it('finds the attributed paraphrases with speaker and affiliation', () => {
    const lehane = quotes.filter((q) => q.speaker === 'Chris Lehane')
    expect(lehane.length).toBe(2)
    expect(lehane.every((q) => q.kind === 'paraphrase' && q.affiliation === 'OpenAI')).toBe(true)
    expect(lehane[0]!.text).toMatch(/^the stark contrast between the considerable resources/)
    expect(lehane[1]!.text).toMatch(/^the dichotomy between “democratic AI”/)
    const hoffman = quotes.find((q) => q.speaker === 'Reid Hoffman')
    expect(hoffman).toMatchObject({ kind: 'paraphrase', affiliation: 'LinkedIn' })
    expect(hoffman!.text).toMatch(/^the competitive dynamic has intensified significantly, /)
    const pair = quotes.find((q) => q.speaker?.includes('Riparbelli'))
    expect(pair?.speaker).toBe('Victor Riparbelli and Meredith Whitaker')
    expect(pair?.text).toMatch(/^transitioning significant workloads/)
  })

  it('marks reported words that are only the object of the speaker’s verb, not a statement', () => {
    const lehane = quotes.filter((q) => q.speaker === 'Chris Lehane')
    expect(lehane.map((q) => q.object)).toEqual([true, true])
    expect(quotes.find((q) => q.speaker === 'Reid Hoffman')?.object).toBeUndefined()
    const said = run('Ken Adams said that prices will rise again next year.\n\nKen Adams stressed the contrast between the two plans for the harbour.\n\nKen Adams summed up the plan, noting that the harbour would open in May.')
    expect(said.quotes.map((q) => [q.text, q.object ?? false])).toEqual([
      ['prices will rise again next year', false],
      ['the contrast between the two plans for the harbour', true],
      ['the harbour would open in May', false],
    ])
  })

  it('leaves the attribution said again at the end out of a paraphrase ("He added that …, he said.")', () => {
    const text = 'Ian Michaels is a spokesman for the city. He added that stopping the water flow could freeze the private connections that branch off the mains, he said.'
    const q = run(text).quotes.find((x) => x.kind === 'paraphrase')
    expect(q?.text).toBe('stopping the water flow could freeze the private connections that branch off the mains')
  })

  it('reads another language\'s "that" after its comma ("zaznacza, że …"): the statement opens after it', () => {
    const text = 'Grzegorz Baczewski, doradca zarządu Konfederacji Lewiatan, zaznacza, że komitet powinien mieć prawdziwe kompetencje.'
    const q = run(text).quotes.find((x) => x.kind === 'paraphrase')
    expect(q?.text).toBe('komitet powinien mieć prawdziwe kompetencje')
  })

  it('treats scare quotes as terms, not quotes', () => {
    expect(terms.map((t) => t.text)).toEqual(['distillation', 'democratic AI', 'authoritarian AI'])
    expect(quotes.some((q) => q.kind === 'direct')).toBe(false)
    expect(quotes.some((q) => /^Reports|experts/i.test(q.speaker ?? ''))).toBe(false)
  })
})

describe('extractQuotes: a speaker introduced before their quotation', () => {
  it('credits no one with a quotation the writer\'s sentence runs on after ("… in the room” who shared …")', () => {
    const text = 'Jerry Jones went around the table. “Lonely is the right word,” says Jerry Jones. “I don’t think there was another soul in the room” who shared the owner’s enthusiasm for Johnny Football.'
    const speakers = run(text).quotes.filter((q) => q.kind === 'direct').map((q) => [q.text, q.speaker])
    expect(speakers.find(([t]) => t === 'Lonely is the right word')?.[1]).toMatch(/^Jerry/u)
    expect(speakers.find(([t]) => t?.startsWith('I don’t think'))?.[1]).toBeUndefined()
  })

  it('credits no one with words the clause says something is, which the speaker reports of others', () => {
    const text = 'Jeff Schlegelmilch directs the center. The immediate reaction to officials broaching the subject of nuclear preparedness, Schlegelmilch said, is, “What do you know that I don\'t know?”'
    expect(run(text).quotes.filter((q) => q.kind === 'direct').map((q) => q.speaker)).toEqual([undefined])
    const own = 'Jeff Schlegelmilch directs the center. Schlegelmilch said, “We have not planned for this in a generation.”'
    expect(run(own).quotes.filter((q) => q.kind === 'direct').map((q) => q.speaker)).toEqual(['Jeff Schlegelmilch'])
  })

  it('credits the role and affiliation the text gave with the full name, to a quotation under the surname alone', () => {
    const text = [
      'Ajmi Lourimi, a member of Ennahda’s general secretariat, thinks the attack would unite Tunisians in the face of terrorism.',
      '“There is a consensus here that this attack is alien to our culture,” Lourimi said.',
    ].join('\n')
    const q = run(text).quotes.find((x) => x.text.startsWith('There is a consensus'))
    expect(q).toMatchObject({ speaker: 'Ajmi Lourimi', role: 'member', affiliation: 'Ennahda’s general secretariat' })
  })

  it('reads a role of any trade "at the" an organisation, and one introduced by "who … as a" at the end of a sentence', () => {
    const text = [
      '"The lesson is that you need to move quickly," said Charitha Pattiaratchi, an oceanographer at the University of Western Australia, referring to the lost flight.',
      'The combination has been steady, said Tom Forte, who follows Amazon as a managing director at the D.A. Davidson brokerage.',
      '“You won’t recognize the original Whole Foods,” Forte said.',
    ].join('\n')
    const quotes = run(text).quotes
    expect(quotes.find((x) => x.text.startsWith('The lesson'))).toMatchObject({ speaker: 'Charitha Pattiaratchi', role: 'oceanographer', affiliation: 'University of Western Australia' })
    expect(quotes.find((x) => x.text.startsWith('You won’t'))).toMatchObject({ speaker: 'Tom Forte', role: 'managing director', affiliation: 'D.A. Davidson brokerage' })
  })

  it('reads a long appositive, less the relative clause or second description after the organisation, the role held now, a time before the role, and an office "in" an organisation', () => {
    const text = [
      '“The worry with that is that it puts the squeeze on the producer upstream,” said Ananth Iyer, a professor at Purdue University whose research includes sustainability in supply chains.',
      '“It is pretty complex, to put it nicely,” says Rodger Novak, a former pharmaceutical industry executive who is now CEO of CRISPR Therapeutics.',
      '“All I can say is that we did it in my lab,” says Emmanuelle Charpentier, now a professor at the Helmholtz Centre for Infection Research.',
      '“We somehow got all strangled up in that rope,” says Naseem Akbar, a former economic official in the Afghan government.',
      '“If you are a software developer, you may be essential,” said Alyssa Goodman, an astronomer at Harvard University and an expert in computing and data science.',
    ].join('\n')
    const quotes = run(text).quotes
    expect(quotes.find((x) => x.text.startsWith('The worry'))).toMatchObject({ speaker: 'Ananth Iyer', role: 'professor', affiliation: 'Purdue University' })
    expect(quotes.find((x) => x.text.startsWith('It is pretty'))).toMatchObject({ speaker: 'Rodger Novak', role: 'CEO', affiliation: 'CRISPR Therapeutics' })
    expect(quotes.find((x) => x.text.startsWith('All I can say'))).toMatchObject({ speaker: 'Emmanuelle Charpentier', role: 'professor', affiliation: 'Helmholtz Centre for Infection Research' })
    expect(quotes.find((x) => x.text.startsWith('We somehow'))).toMatchObject({ speaker: 'Naseem Akbar', role: 'former economic official', affiliation: 'Afghan government' })
    expect(quotes.find((x) => x.text.startsWith('If you are'))).toMatchObject({ speaker: 'Alyssa Goodman', role: 'astronomer', affiliation: 'Harvard University' })
  })

  it('credits a speaker’s later quotations, under a pronoun too, with who the text said they are', () => {
    const text = [
      'Ajmi Lourimi, a member of Ennahda’s general secretariat, said he believed the attack would unite Tunisians.',
      '“There is a consensus here that this attack is alien to our culture,” Lourimi said.',
      '“We have nothing to fear,” he said of himself and fellow Ennahda members.',
    ].join('\n')
    const q = run(text).quotes.find((x) => x.text.startsWith('We have nothing'))
    expect(q).toMatchObject({ speaker: 'Ajmi Lourimi', role: 'member', affiliation: 'Ennahda’s general secretariat' })
    // (with the campus after the university's comma)
    const ucsf = ['This system, says Richard Locksley, an immunologist at the University of California, San Francisco, helps direct a response.', '“Even textbooks of medicine had no idea what these cells did,” Locksley said.'].join('\n')
    expect(run(ucsf).quotes.find((x) => x.text.startsWith('Even textbooks'))).toMatchObject({ speaker: 'Richard Locksley', affiliation: 'University of California, San Francisco' })
  })
})

describe('extractQuotes: a speaker set inside the quotation (French)', () => {
  it('credits the person named before with the words an incise gives a pronoun ("…, affirme-t-elle."), or the person it names', () => {
    const text = 'Devant ses étudiants, Marie-Pierre Dausse, professeur d’histoire, défend son point de vue. « Cette loi, c’est le démantèlement des services publics, affirme-t-elle. Je crois en une université publique. »\nLe doyen était là. « Nous restons ouverts, explique Jean Dupont. Les cours continuent. »'
    const quotes = run(text).quotes
    expect(quotes.find((q) => q.text.startsWith('Cette loi'))?.speaker).toBe('Marie-Pierre Dausse')
    expect(quotes.find((q) => q.text.startsWith('Nous restons'))?.speaker).toBe('Jean Dupont')
  })
})

describe('extractQuotes: verbs of saying', () => {
  it.each(['declared', 'vowed', 'conceded', 'recalls', 'responded'])('credits a quotation "…," Name %s', (verb) => {
    const text = ['Tunisian Prime Minister Habib Essid spoke to the nation on Wednesday evening.', `“Our nation is in danger,” Essid ${verb} in a televised address.`].join('\n')
    expect(run(text).quotes.find((x) => x.text.startsWith('Our nation'))).toMatchObject({ speaker: 'Habib Essid' })
  })
})

describe('extractQuotes: an office written before the name', () => {
  it('is the speaker’s role, not part of the name', () => {
    const text = 'Whole Foods co-founder and CEO John Mackey said in a memo that the “price distinction between the two brands has become less relevant.”'
    const q = run(text).quotes.find((x) => x.text.startsWith('price distinction'))
    expect(q).toMatchObject({ speaker: 'John Mackey', role: 'CEO' })
    // one name after the office is a name written with its title, kept whole
    const president = run('“We will not stop here,” said President Biden on Monday.').quotes[0]
    expect(president?.speaker).toBe('President Biden')
    // an organisation before the office is the speaker's affiliation; "Vice" goes with the office
    const legere = run('“What is not to love about more video for free?” said T-Mobile CEO John Legere in a video.').quotes[0]
    expect(legere).toMatchObject({ speaker: 'John Legere', role: 'CEO', affiliation: 'T-Mobile' })
    const vice = run('“We will get it done before the winter comes,” said Vice President Joe Biden in Ohio.').quotes[0]
    expect(vice).toMatchObject({ speaker: 'Joe Biden', role: 'Vice President' })
  })
})

describe('extractQuotes: direct quotation forms', () => {
  const text = [
    '"We are not worried," said Sam Altman, the CEO of OpenAI. Priya Natarajan, chief economist at Globex, said: "Growth will slow down next year."',
    '“It is a big moment for the industry,” Jane Smith, the head of research at Acme, said. According to Maria Lopez, “the deal is done and dusted now.”',
    'Tom Brown told Reuters “the merger will close in June after the vote.” “We expect more,” she added. “This is only the beginning,” Lopez wrote.',
    'The plan was "a disaster," said Ann Lee. Engineers call it “vibe coding” these days.',
  ].join('\n')
  const { quotes, terms } = run(text)
  const by = (s: string) => quotes.find((q) => q.text.startsWith(s))

  it('attributes speaker, role and affiliation', () => {
    expect(by('We are not worried')).toMatchObject({ kind: 'direct', speaker: 'Sam Altman', role: 'CEO', affiliation: 'OpenAI' })
    expect(by('Growth will slow')).toMatchObject({ speaker: 'Priya Natarajan', role: 'chief economist', affiliation: 'Globex' })
    expect(by('It is a big moment')).toMatchObject({ speaker: 'Jane Smith', role: 'head of research', affiliation: 'Acme' })
    expect(by('the deal is done')?.speaker).toBe('Maria Lopez')
    expect(by('the merger will close')?.speaker).toBe('Tom Brown')
  })

  it('resolves pronouns and bare surnames', () => {
    expect(by('We expect more')?.speaker).toBe('Tom Brown')
    expect(by('This is only the beginning')?.speaker).toBe('Maria Lopez')
  })

  it('gives a pronoun the subject of the sentence before that names two people, not the one named after it', () => {
    const told = 'Stacy Sullivan ran human resources. Sullivan told Larry Page so. “You can’t just self-organize!” she said.'
    expect(run(told).quotes.find((q) => q.text.startsWith('You can'))?.speaker).toBe('Stacy Sullivan')
    const called = 'Larry Page met John Doerr. A couple of months after the deal closed, however, when there was no way the investors could back out, Page called Doerr and informed him that he and Sergey Brin had changed their minds. “We think we can run the company between the two of us,” he said.'
    expect(run(called).quotes.find((q) => q.text.startsWith('We think'))?.speaker).toBe('Larry Page')
    // (not a subject the sentence shows to be a woman, for "he")
    const recorded = 'Roger Ailes ran the network. Beginning in 2014, according to a person familiar with the lawsuit, Gretchen Carlson brought her iPhone to meetings in Ailes’s office and secretly recorded him. “I’m sure you can do sweet nothings when you want to,” he said another time.'
    expect(run(recorded).quotes.find((q) => q.text.startsWith('I’m sure'))?.speaker).toBe('Roger Ailes')
  })

  it('credits a quotation after "X agreed:" to X, not to the speaker before', () => {
    const text = '“It is a totally different muscle,” Kate York said. Caitlyn Smith, her co-writer, had written for television. Smith agreed: “It is a different job altogether.”'
    expect(run(text).quotes.find((q) => q.text.startsWith('It is a different job'))?.speaker).toBe('Caitlyn Smith')
  })

  it('never gives a pronoun the speaker named inside the quotation it attributes', () => {
    const text = 'Senator Ben Sasse said the charges against the two guards are overdue. “Heads needed to roll the day Jeffrey Epstein died,” he said.'
    expect(run(text).quotes.find((q) => q.text.startsWith('Heads'))?.speaker).toBe('Ben Sasse')
  })

  it('gives a pronoun no speaker past someone no person of the entities is, named by one word ("Al-Hams sighed")', () => {
    const text = 'Most hospitals are short on basic supplies. U.S. President Joe Biden’s administration has boasted about getting aid trucks into Gaza. Asked about the aid that entered the strip, Al-Hams sighed. “It is not enough for one day in a hospital,” he said.'
    expect(run(text).quotes.find((q) => q.text.startsWith('It is not enough'))?.speaker).toBeUndefined()
    const named = 'U.S. President Joe Biden’s administration has boasted about getting aid trucks into Gaza. Asked about the aid, the president smiled. “It is a start,” he said.'
    expect(run(named).quotes.find((q) => q.text.startsWith('It is a start'))?.speaker).toBe('Joe Biden')
  })

  it('gives a pronoun no speaker in a clause someone unnamed reports ("The staff member … recalled that he said")', () => {
    const text = 'A New York man pleaded guilty Monday to threatening to kill U.S. Rep. Ilhan Omar, D-Minn., in March, prosecutors said.\n\nDuring the call, he called Omar a terrorist, the prosecutor\'s office said. Omar is one of the first two Muslim women elected to Congress.\n\nThe staff member who reported the call recalled that he said, "I\'ll put a bullet in her skull," the U.S. attorney\'s office said.'
    expect(run(text).quotes.find((q) => q.text.startsWith('I\'ll put'))?.speaker).toBeUndefined()
    const named = 'Ilhan Omar spoke on Monday.\n\nJohn Smith, who took the call, recalled that he said, "I will not stop," on the phone.'
    expect(run(named).quotes.find((q) => q.text.startsWith('I will not'))?.speaker).toBe('John Smith')
  })

  it('gives a quotation of its own sentence that goes on after a named speaker\'s, in the same paragraph, that speaker', () => {
    const text = '“These simulations are huge datasets,” said Paul Torrey, associate professor of physics at the University of Florida. “What is new about TNG50 is the resolution within the galaxies.”\n\n“It sounds strange,” said Maire Dunleavy. “And it was loud.” The next one, “the boat was quiet,” was no one\'s.'
    const quotes = run(text).quotes
    expect(quotes.find((q) => q.text.startsWith('What is new'))).toMatchObject({ speaker: 'Paul Torrey', role: 'associate professor of physics', affiliation: 'University of Florida' })
    // (not one that leans on the one before, nor a piece of a sentence)
    expect(quotes.find((q) => q.text.startsWith('And it was'))?.speaker).toBeUndefined()
    expect(quotes.find((q) => q.text.startsWith('the boat'))?.speaker).toBeUndefined()
  })

  it('gives a bare surname the full name the text wrote, even one the tagger does not know', () => {
    const text = 'Ajmi Lourimi, a member of the party secretariat, said the attack would unite the country.\n“We want to unify against this danger,” Lourimi said.\nOn Monday Haddad spoke. “It is over,” Haddad said.'
    const { quotes } = run(text)
    expect(quotes.find((q) => q.text.startsWith('We want'))?.speaker).toBe('Ajmi Lourimi')
    // a word the lexicon knows before the surname is no first name
    expect(quotes.find((q) => q.text.startsWith('It is over'))?.speaker).toBe('Haddad')
  })

  it('gives a surname of two words the whole name of the one speaker who has it ("Abu Hatab" is "Walid Abu Hatab")', () => {
    const text = '“The situation is extremely bad for pregnant women,” said Walid Abu Hatab, an obstetrician at the hospital.\nThe ward has no power at night.\n“We deliver babies by torchlight,” Abu Hatab said.'
    const { quotes } = run(text)
    expect(quotes.find((q) => q.text.startsWith('We deliver'))?.speaker).toBe('Walid Abu Hatab')
  })

  it('gives a first name and a surname no longer name that ends with them, and a first name alone the one full name it opens', () => {
    const text = 'Stephen Jones already runs the club with his father, Jerry Jones.\n“Our stadium is halfway between Dallas and Love Field,” says Stephen, 52.\n“See the big shell out there?” says Stephen Jones.\nHis son, John Stephen Jones, plays quarterback at a high school nearby.'
    const { quotes } = run(text)
    expect(quotes.find((q) => q.text.startsWith('See the big'))?.speaker).toBe('Stephen Jones')
    expect(quotes.find((q) => q.text.startsWith('Our stadium'))?.speaker).toBe('Stephen Jones')
  })

  it('credits a surname two people share to the one the headline names', () => {
    const text = 'Stephen Jones already runs the club. His father, Jerry Jones, bought it in 1989.\n“Dak took a lot of the air out of that controversy,” notes Jones, flying west over the city.'
    const speaker = (headline: string) => extractQuotes(text, split(text), extractEntities(text, headline)).quotes[0]?.speaker
    expect(speaker('Stephen Jones following in the shadow cast by his father')).toBe('Stephen Jones')
    // (without one, the one last named in full before it)
    expect(speaker('')).toBe('Jerry Jones')
  })

  it('takes a short form for no surname ("CFPB" is not "Additional CFPB")', () => {
    const text = 'Additional CFPB actions on bank and credit card fees are coming.\n“These fees far exceed the cost of the service they cover,” CFPB said.'
    expect(run(text).quotes.find((q) => q.text.startsWith('These fees'))?.speaker).toBe('CFPB')
  })

  it('keeps attributed short quotes as quotes and trims the trailing comma', () => {
    expect(by('a disaster')).toMatchObject({ text: 'a disaster', speaker: 'Ann Lee' })
    expect(terms.map((t) => t.text)).toEqual(['vibe coding'])
  })
})

describe('extractQuotes: other languages and paraphrases', () => {
  it('reads « » and „ “ quotations', () => {
    const text = '« Nous allons gagner cette bataille », a déclaré Emmanuel Macron. Le terme « souveraineté numérique » revient.\n„Das ist ein großer Schritt“, sagte Olaf Scholz.'
    const { quotes, terms } = run(text)
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['Nous allons gagner cette bataille', 'Emmanuel Macron'],
      ['Das ist ein großer Schritt', 'Olaf Scholz'],
    ])
    expect(terms.map((t) => t.text)).toEqual(['souveraineté numérique'])
  })

  it('reads a German speaker after a verb of saying in the present, with "auch" between', () => {
    const text = '"Man muss aufpassen, dass aus dem Takt kein DB-Takt wird", sagt Fabian Stenger, der Chef von Flixbus.\n"Wettbewerb würde die Passagierzahlen verdoppeln", sagt auch Stenger.'
    const { quotes } = run(text)
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['Man muss aufpassen, dass aus dem Takt kein DB-Takt wird', 'Fabian Stenger'],
      ['Wettbewerb würde die Passagierzahlen verdoppeln', 'Fabian Stenger'],
    ])
  })

  it('finds "X argued that", pronoun paraphrases and "according to" tails, not generic subjects', () => {
    const text = 'Meredith Jones argued that open models will win in the long run. She noted that costs keep falling fast.\nReports suggest that the deal is off for now. Prices will rise again next year, according to Ken Adams.\nLee wrote a book about it.'
    const { quotes } = run(text)
    expect(quotes.map((q) => [q.kind, q.speaker, q.text])).toEqual([
      ['paraphrase', 'Meredith Jones', 'open models will win in the long run'],
      ['paraphrase', 'Meredith Jones', 'costs keep falling fast'],
      ['paraphrase', 'Ken Adams', 'Prices will rise again next year'],
    ])
  })

  it('credits no one person with what "they" said', () => {
    const text = 'Obama administration officials said that they had briefed the transition team of Donald J. Trump. They said that Sudan had a long way to go in terms of respecting human rights.'
    const { quotes } = run(text)
    expect(quotes.filter((q) => q.speaker).map((q) => q.speaker)).not.toContain('Donald J. Trump')
  })

  it('credits no statement to the source of an aside after a dash ("— it had more than 100 as of last July, according to X")', () => {
    const text = 'Amazon, too, is finding success with a growing stable of private-label brands — it had more than 100 as of last July, according to Coresight Research, double the number in 2017.'
    expect(run(text).quotes).toEqual([])
    const unspaced = 'Amazon is finding success with private-label brands—it had more than 100 as of last July, according to Coresight Research.'
    expect(run(unspaced).quotes).toEqual([])
    // a closed pair of dashes sets off an aside inside the statement, which is still credited
    const closed = 'Prices will rise again — by a tenth or more — next year, according to Ken Adams.'
    expect(run(closed).quotes.map((q) => q.speaker)).toEqual(['Ken Adams'])
  })

  it('leaves an unattributed full sentence in quotes as an unattributed direct quote', () => {
    const { quotes, terms } = run('The sign read “No entry after dark for any visitor.” Nobody obeyed it.')
    expect(quotes).toHaveLength(1)
    expect(quotes[0]!.speaker).toBeUndefined()
    expect(terms).toHaveLength(0)
  })
})

describe('extractQuotes: block quotations', () => {
  const lines = [
    'Facebook CEO Mark Zuckerberg knows a thing or two about how to seal the deal on blockbuster buys.',
    'A key Facebook approach is building a long-term relationship with your target, Zuckerberg said at the trial.',
    "I've been building relationships, at least in Instagram and the WhatsApp cases, for years with the founders.",
    'He also stressed the need to assure your target that you share a vision.',
    "If this deal is going to happen, it's not going to be because we offer a lot of money.",
    'The deal closed a year later after months of talks between the two companies.',
    'Money alone was never going to persuade the founders to sell their company.',
  ]
  const text = lines.join('\n')
  const blocks = new Set([2, 4, 6])
  const quotesOf = (isBlock: (p: number) => boolean) => {
    const r = extractQuotes(text, split(text), undefined, isBlock)
    for (const q of r.quotes) expect(text.slice(q.span.start, q.span.end)).toBe(q.text)
    return r.quotes
  }

  it('credits a passage set off as a quotation to the speaker the paragraph before names, or calls "he"', () => {
    const quotes = quotesOf((p) => blocks.has(p)).filter((q) => q.kind === 'direct')
    expect(quotes.map((q) => [q.text.slice(0, 20), q.speaker])).toEqual([
      ["I've been building r", 'Mark Zuckerberg'],
      ['If this deal is goin', 'Mark Zuckerberg'],
    ])
  })

  it('credits a pull quote to the name its next line signs with, and the organisation after it', () => {
    const pull = ['The foundation announced the grant on Friday.', "ISRG's pragmatic, public-interest approach to Internet security has fundamentally changed the web at an astonishing scale and pace.", '—Michael Brennan, Ford Foundation', 'The grant runs for two years.'].join('\n')
    const quotes = extractQuotes(pull, split(pull), undefined, (p) => p === 1 || p === 2).quotes.filter((q) => q.kind === 'direct')
    expect(quotes.map((q) => [q.text.slice(0, 20), q.speaker, q.affiliation])).toEqual([["ISRG's pragmatic, pu", 'Michael Brennan', 'Ford Foundation']])
    // (a signature of six words or more is no quotation of its own)
    const long = ['The forum turns ten this year.', 'Seth Schoen was an early contributor to the project through his work at the foundation.', "— Josh Aas, Head of Let's Encrypt", 'The forum has helped thousands of users.'].join('\n')
    const signed = extractQuotes(long, split(long), undefined, (p) => p === 1 || p === 2).quotes.filter((q) => q.kind === 'direct')
    expect(signed.map((q) => [q.text.slice(0, 20), q.speaker])).toEqual([['Seth Schoen was an e', 'Josh Aas']])
  })

  it('credits none after a paragraph that names no one speaking, nor a paragraph not set off', () => {
    const quotes = quotesOf((p) => blocks.has(p))
    expect(quotes.some((q) => q.text.startsWith('Money alone'))).toBe(false)
    expect(quotesOf(() => false).filter((q) => q.kind === 'direct')).toEqual([])
  })
})

describe('extractQuotes: words set off by dashes', () => {
  const text = [
    'Dziś w Finlandii jest kilkanaście winnic. – Stosunkowo prosta w uprawie, daje duże plony – mówi Juha Karvonen, naukowiec z Helsinek. – Z kolei winiarze uprawiają odmiany Rondo i Solaris – dodaje.',
    'Taką drogę obrał Simon McCabe, który uruchomił winiarnię Noita. McCabe sprowadza winogrona z Austrii. – Mamy tu podobny klimat jak w Vermont – mówi. Dosłownie: Najpierw robimy wino, potem piwo – mówi McCabe.',
    '– To jest moment fundamentalny. Nie ma miejsca na kłótnie – mówił w Sejmie premier Mateusz Morawiecki, przekonując do głosowania.',
  ].join('\n')

  it('credits each to the name after its closing dash, or, with no name there, to the speaker the dashes name last before it', () => {
    const quotes = run(text).quotes.map((q) => [q.text, q.speaker])
    expect(quotes).toEqual([
      ['Stosunkowo prosta w uprawie, daje duże plony', 'Juha Karvonen'],
      ['Z kolei winiarze uprawiają odmiany Rondo i Solaris', 'Juha Karvonen'],
      ['Mamy tu podobny klimat jak w Vermont', 'Simon McCabe'],
      ['Najpierw robimy wino, potem piwo', 'Simon McCabe'],
      ['To jest moment fundamentalny. Nie ma miejsca na kłótnie', 'Mateusz Morawiecki'],
    ])
  })

  it('credits no one when no speaker is named before words with no name after their dash', () => {
    expect(run('Winiarnia leży na północy. – Promujemy nasze plantacje – mówi.').quotes.map((q) => q.speaker)).toEqual([undefined])
  })

  it('gives a speaker no whole name the text writes only in other cases ("přestupu Declana Rice", "s Declanem Ricem")', () => {
    const text = 'Spekuluje se o přestupu Declana Rice za sto milionů liber. Souček s Declanem Ricem vytvořil silné partnerství. "Tohle musí být náš standard," zdůrazňuje Rice.'
    expect(run(text).quotes.map((q) => q.speaker)).toEqual(['Rice'])
    // (an English whole name still stands for its surname)
    expect(run('Tom Forte covers retail. "Amazon will keep cutting prices," Forte said.').quotes.map((q) => q.speaker)).toEqual(['Tom Forte'])
  })

  it('reads a name whose surname opens on a particle in lower case ("Laurence des Cars")', () => {
    const text = '“The work is a masterpiece of French painting,” said Laurence des Cars, the museum’s president and director.'
    expect(run(text).quotes.map((q) => [q.speaker, q.role])).toEqual([['Laurence des Cars', 'museum’s president and director']])
  })

  it('takes no word that says how the speaker was for a role ("said a skeptical Robert Wolfarth")', () => {
    const text = '“We need the answers before we vote,” said a skeptical Robert Wolfarth, the trust’s new chairman.'
    expect(run(text).quotes.map((q) => [q.speaker, q.role])).toEqual([['Robert Wolfarth', undefined]])
    // (a role stays one: "said the Egyptian foreign minister Sameh Shoukry")
    expect(run('“The talks went well,” said the Egyptian foreign minister Sameh Shoukry.').quotes.map((q) => [q.speaker, q.role])).toEqual([['Sameh Shoukry', 'Egyptian foreign minister']])
  })

  it('names the speaker after a title\'s abbreviation, not the place before it ("South Carolina Sen. Lindsey Graham")', () => {
    // (one sentence, as the splitter reads it: "Sen." ends none)
    const text = '“Trump was up 5 or 6 points,” said South Carolina Sen. Lindsey Graham, who brokered the peace.'
    expect(extractQuotes(text, [{ text, start: 0, end: text.length, paragraph: 0 }]).quotes.map((q) => q.speaker)).toEqual(['Lindsey Graham'])
  })

  it('names the speaker, not the place their office is of ("Attorney for the District of Massachusetts Joshua Levy")', () => {
    const first = 'The johns were not charged, but Acting U.S. Attorney for the District of Massachusetts Joshua Levy said the case is still open.'
    const second = '“The three individuals behind these websites facilitated a commercial sex ring,” said Levy.'
    const text = `${first} ${second}`
    const sentences = [{ text: first, start: 0, end: first.length, paragraph: 0 }, { text: second, start: first.length + 1, end: text.length, paragraph: 0 }]
    expect(extractQuotes(text, sentences).quotes.map((q) => q.speaker)).toEqual(['Joshua Levy'])
  })
})
