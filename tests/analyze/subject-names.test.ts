import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/analyze/index.ts'
import { parseText } from '../../src/ingest/index.ts'
import { subjectNamer } from '../../src/analyze/subject-names.ts'

const namerOf = (text: string) => {
  const a = analyze(parseText(text, 'names.txt'))
  const named = subjectNamer(a.article.text, a.sentences, a.entities)
  return (opening: string) => named(a.sentences.findIndex((s) => s.text.startsWith(opening)))?.text
}

describe('subjectNamer', () => {
  it('names the one person the text has just named for an opening "He" or "His"', () => {
    const named = namerOf(
      'Hikmatullah Shadman was a teenager when the war began. Shadman says he learned English from soldiers.\n\nHe has supplied food to 180 families in a village. His trucks carried fuel to the bases.',
    )
    expect(named('He has supplied')).toBe('Shadman has supplied food to 180 families in a village.')
    expect(named('His trucks')).toBe('Shadman’s trucks carried fuel to the bases.')
    // a capitalised word opening a sentence is no other name ("In October", "The Marines")
    const dated = namerOf('Hikmatullah Shadman says he denies the charges. In October 2012, the Marines raided his house. The Marines left. He insists he is not afraid of litigation.')
    expect(dated('He insists')).toBe('Hikmatullah Shadman insists he is not afraid of litigation.')
  })

  it('looks one paragraph further back when the one before names no one; a place made an adjective and an entity named elsewhere are no other names', () => {
    const named = namerOf([
      '“I was shocked to see that level,” said Tyler Besecker, president of the Mercer Island-based Besecker Company. (Besecker does not currently supply Whole Foods.)',
      'Fresh halibut fillets routinely sell for $24 to $28 a pound, and often more.',
      'He said there is little if any room for a profit at the promotional price.',
      '“We are proud of our prices,” Whole Foods said in a statement.',
    ].join('\n\n'))
    expect(named('He said there is')).toBe('Besecker said there is little if any room for a profit at the promotional price.')
    // (two paragraphs that name no one: the name is too far back)
    const far = namerOf(['Tyler Besecker buys halibut for a living.', 'Fillets sell for $24 a pound.', 'Prices rose in the spring.', 'He said there is little room for a profit.'].join('\n\n'))
    expect(far('He said there is')).toBeUndefined()
  })

  it('names nobody where the text named two people before the pronoun, or none', () => {
    const two = namerOf('Matiullah Matie met Ahmad Zahir in Kabul in 2009. He asked for five days to get things going.')
    expect(two('He asked')).toBeUndefined()
    // nor a woman's first name for "He"
    const lopez = namerOf('Mayor Maria Lopez signed the contract on Monday. Lopez said the council agreed.\n\nHe said the repairs would take at least a year.')
    expect(lopez('He said the repairs')).toBeUndefined()
    const none = namerOf('The district was quiet in the winter of 2009. He asked for five days to get things going.')
    expect(none('He asked')).toBeUndefined()
    // a sentence opening on no pronoun is left as it is
    expect(namerOf('Matiullah Matie asked for five days. The work began.')('The work')).toBeUndefined()
    // nor one person named whole when another, named by one word, does something ("Bennett declined"): "She" may mean either
    const one = namerOf('Debbie Meadows was slated to introduce the candidate on Saturday.\n\nReached last week in a brief phone call, Bennett declined to be interviewed. She did not respond to the email containing the questions.')
    expect(one('She did not respond')).toBeUndefined()
    expect(namerOf('Debbie Meadows was slated to introduce the candidate on Saturday.\n\nReached last week in a brief phone call, the candidate declined to be interviewed. She did not respond to the email.')('She did not respond')).toBe('Debbie Meadows did not respond to the email.')
  })

  it('names nobody for a pronoun opening a paragraph after a quotation\'s paragraph when the paragraph before that names someone else', () => {
    const text = [
      'Okwudire cited statements made last year by one 3-D printing company executive about the issues holding the industry back.',
      '“We’re just waiting for the next evolution of the technology,” Simon Shen, CEO of XYZPrinting, told TechCrunch last year.',
      'In explaining how his algorithm works, he uses the example of someone trying to deliver a speech in a large hall.',
    ].join('\n\n')
    expect(namerOf(text)('In explaining')).toBeUndefined()
    // (with only the one quoted before, it is that one)
    expect(namerOf(['The printers are slow.', text.split('\n\n').slice(1).join('\n\n')].join('\n\n'))('In explaining')).toBe('In explaining how his algorithm works, Simon Shen uses the example of someone trying to deliver a speech in a large hall.')
  })

  it('takes no "He" before a capitalised word for a pronoun: the Chinese surname He', () => {
    const named = namerOf('Donald Trump canceled an increase in tariffs.\n\nHe Jianxiong, the former executive director for China at the IMF, said the deal lacked incentives.')
    expect(named('He Jianxiong')).toBeUndefined()
    expect(namerOf('Donald Trump canceled an increase in tariffs.\n\nHis Chinese counterpart said nothing.')('His Chinese')).toBe('Donald Trump’s Chinese counterpart said nothing.')
  })
})

describe('a bullet opening on "He" or "She"', () => {
  it('names the person, its pieces the sentence’s words after the pronoun', () => {
    const a = analyze(parseText('Hikmatullah Shadman was a teenager when the war began. Shadman says he learned English from soldiers.\n\nHe is planning to build a pomegranate juice factory in Kandahar. His trucks carried fuel to the bases.', 'names.txt'))
    const points = a.sections.flatMap((s) => s.keyPoints)
    const juice = points.find((k) => k.text.includes('pomegranate'))!
    expect(juice.text).toBe('Shadman is planning to build a pomegranate juice factory in Kandahar')
    expect(a.article.text.slice(juice.named!.start, juice.named!.end)).toBe('Shadman')
    expect(a.article.text.slice(juice.pieces[0]!.start, juice.pieces[0]!.end)).toMatch(/^is planning/)
    // the pronoun alone kept before a removal: the pieces go on from the name
    const b = analyze(parseText('Councillor Tom Whitfield says the vote was close. Whitfield says he was tired.\n\nHe on Tuesday stepped down from the council after a long and bitter dispute with investors over the harbour plan.', 'w.txt'))
    const down = b.sections.flatMap((s) => s.keyPoints).find((k) => k.text.includes('stepped down'))!
    expect(down.text).toMatch(/^Whitfield stepped down/)
    expect(down.pieces.every((p) => p.end > p.start)).toBe(true)
    // a possessive is left as it is: the name would need an "’s" the text does not write there
    expect(points.find((k) => k.text.includes('trucks'))!.text).toMatch(/^His trucks/)
  })
})

describe('a pronoun after an opening phrase', () => {
  it('is named in the bullet, its pieces the sentence\'s words around the pronoun; not when the opening names someone', () => {
    const a = analyze(parseText('Hikmatullah Shadman was a teenager when the war began. Shadman says he learned English from soldiers.\n\nTo deliver supplies, he rented a Mazda dump truck for $600 from a dealer in Kandahar.', 'names.txt'))
    const truck = a.sections.flatMap((s) => s.keyPoints).find((k) => k.text.includes('dump truck'))!
    expect(truck.text).toBe('To deliver supplies, Shadman rented a Mazda dump truck for $600 from a dealer in Kandahar')
    expect(a.article.text.slice(truck.named!.start, truck.named!.end)).toBe('Shadman')
    expect(truck.pieces.map((p) => a.article.text.slice(p.start, p.end)).join('|')).toMatch(/^To deliver supplies, \|rented a Mazda/)
    const named = namerOf('Hikmatullah Shadman was a teenager when the war began. Shadman says he learned English from soldiers.\n\nAfter meeting Tom Reyes, he rented a Mazda dump truck for $600.')
    expect(named('After meeting')).toBeUndefined()
  })
})

describe('a bullet opening on a surname alone', () => {
  it('says the whole name the text wrote elsewhere, pointing where it first did', () => {
    const text = 'Search head Bambang Soelistyo spoke on Monday about the plane and the weather in the area.\n\nThe weather was poor all week over the sea.\n\nSoelistyo told local television the search area would be expanded to the north.'
    const a = analyze(parseText(text, 'names.txt'))
    const named = subjectNamer(a.article.text, a.sentences, a.entities)
    const i = a.sentences.findIndex((s) => s.text.startsWith('Soelistyo told'))
    expect(named(i)).toMatchObject({ text: 'Bambang Soelistyo told local television the search area would be expanded to the north.', surname: true })
    expect(a.article.text.slice(named(i)!.name.start, named(i)!.name.end)).toBe('Bambang Soelistyo')
    const point = a.sections.flatMap((s) => s.keyPoints).find((k) => k.sentence === i)!
    expect(point.text).toMatch(/^Bambang Soelistyo told local television/)
    // the sentence that writes the whole name is left as it is, and so is a name of one word
    expect(named(0)).toBeUndefined()
  })

  it('says the whole name of a surname a bullet opens on after a removed opening ("[Within months …,] Forte said, …")', () => {
    const text = 'The combination of the two has been steady, said Tom Forte, who follows Amazon for a brokerage.\n\nWithin months of the acquisition, Forte said, Whole Foods was selling cheaper cage-free eggs and organic ground beef, prices it said were a result of the deal.'
    const a = analyze(parseText(text, 'names.txt'))
    const named = subjectNamer(a.article.text, a.sentences, a.entities)
    const i = a.sentences.findIndex((s) => s.text.startsWith('Within months'))
    const at = a.sentences[i]!.text.indexOf('Forte')
    expect(named(i, at)).toMatchObject({ surname: true, at })
    expect(a.article.text.slice(named(i, at)!.name.start, named(i, at)!.name.end)).toBe('Tom Forte')
    // (the sentence's own opening names nobody)
    expect(named(i)).toBeUndefined()
    const point = a.sections.flatMap((s) => s.keyPoints).find((k) => k.sentence === i)!
    expect(point.text).toBe('Tom Forte said Whole Foods was selling cheaper cage-free eggs and organic ground beef, prices it said were a result of the deal')
    // its pieces are the sentence's words from the surname on
    expect(point.pieces.map((p) => a.article.text.slice(p.start, p.end)).join(' ')).toMatch(/^said/)
  })

  it('says no whole name when the text names two people of that surname', () => {
    const a = analyze(parseText('Venus Williams won the first set in under half an hour on Monday.\n\nWilliams said the crowd had carried her through the second set.\n\nSerena Williams has won the title seven times.', 'names.txt'))
    const named = subjectNamer(a.article.text, a.sentences, a.entities)
    expect(named(a.sentences.findIndex((s) => s.text.startsWith('Williams said')))).toBeUndefined()
  })

  it('keeps a scrap of a surname and a verb ("Forte said") a scrap, counted as written', () => {
    const a = analyze(parseText('Analyst Tom Forte follows the grocery business closely for investors.\n\n“You won’t recognize the store,” Forte said.\n\nForte said.', 'forte.txt'))
    const scrap = a.sections.flatMap((s) => s.keyPoints).find((k) => /Forte said$/.test(k.text) && !k.text.includes('recognize'))
    expect(scrap).toBeDefined()
    expect(scrap!.complete).toBe(false)
  })
})
