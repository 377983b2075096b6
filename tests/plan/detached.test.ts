import { describe, expect, it } from 'vitest'
import { detached, detachedNamed, withoutAdditive, withoutConnective, withoutLeadIn } from '../../src/plan/detached.ts'

describe('withoutAdditive', () => {
  it.each([
    // an additive word that closes the point, not "too" that says "more than enough", nor one after a word set off alone
    ['Doudna, a biologist at Berkeley, was a cofounder of Editas, too', 'en', 'Doudna, a biologist at Berkeley, was a cofounder of Editas'],
    ['The ferry company cut its fares as well', 'en', 'The ferry company cut its fares'],
    ['The queue was far too long', 'en', 'The queue was far too long'],
    ['We voted against the plan, me too', 'en', 'We voted against the plan, me too'],
    ['Die Nachbarn stimmten dagegen auch', 'de', 'Die Nachbarn stimmten dagegen'],
    // the first "also" that adds the point to one the slide does not show
    ['There are also no changes to architectures other than x86-32', 'en', 'There are no changes to architectures other than x86-32'],
    ['L’utilisation des IMSI-catchers est également légalisée', 'fr', 'L’utilisation des IMSI-catchers est légalisée'],
    ['Los países serios también los reconocen', 'es', 'Los países serios los reconocen'],
    ['Das Update liefert auch weitere Verbesserungen', 'de', 'Das Update liefert weitere Verbesserungen'],
    ['The plan, also, cuts fees for small firms', 'en', 'The plan cuts fees for small firms'],
    // of several words, set off or not
    ['La durée de conservation des données collectées a par ailleurs été inscrite dans la loi', 'fr', 'La durée de conservation des données collectées a été inscrite dans la loi'],
    ['Le texte, en outre, crée un fichier', 'fr', 'Le texte crée un fichier'],
    ['El gobierno anunció además nuevas medidas', 'es', 'El gobierno anunció nuevas medidas'],
  ])('leaves out the additive word of “%s”', (text, lang, expected) => {
    expect(withoutAdditive(text, lang)).toBe(expected)
  })

  it('keeps it in a pair or a comparison, and where the language has none', () => {
    expect(withoutAdditive('Fees harm not only consumers, but also small businesses', 'en')).toBe('Fees harm not only consumers, but also small businesses')
    expect(withoutAdditive('The drug, also known as Keytruda, was approved', 'en')).toBe('The drug, also known as Keytruda, was approved')
    // a speaker's words stay as said
    expect(withoutAdditive('The attack is “also aimed at the country’s security,” Azzouz said', 'en')).toBe('The attack is “also aimed at the country’s security,” Azzouz said')
    expect(withoutAdditive('He said "we also want answers" on Monday', 'en')).toBe('He said "we also want answers" on Monday')
    expect(withoutAdditive('Le texte est aussi large que le précédent', 'fr')).toBe('Le texte est aussi large que le précédent')
    expect(withoutAdditive('Gobernar sigue siendo poblar, pero también integrar', 'es')).toBe('Gobernar sigue siendo poblar, pero también integrar')
    expect(withoutAdditive('Also, the law changes nothing', 'en')).toBe('Also, the law changes nothing')
  })
})

describe('withoutConnective', () => {
  it('leaves out a connective and its comma, in the article\'s language; not a word that only starts like one, nor when too little is left', () => {
    expect(withoutConnective('However, there is one trade off on the device', 'en')).toBe('There is one trade off on the device')
    expect(withoutConnective('Of course, it’s not just rural pollution that’s choking Delhi', 'en')).toBe('It’s not just rural pollution that’s choking Delhi')
    expect(withoutConnective('Knowing this, we can reproduce the original deflate settings', 'en')).toBe('We can reproduce the original deflate settings')
    expect(withoutConnective('In either case, shareholders get a say', 'en')).toBe('Shareholders get a say')
    expect(withoutConnective('Por ejemplo mirrord intercepta esa llamada y la envía al agente', 'es')).toBe('Mirrord intercepta esa llamada y la envía al agente')
    expect(withoutConnective('At the same time, the company claims its prices fell', 'en')).toBe('The company claims its prices fell')
    expect(withoutConnective('Par ailleurs, la loi prévoit un nouveau fichier', 'fr')).toBe('La loi prévoit un nouveau fichier')
    expect(withoutConnective('Still waters run deep in the harbour', 'en')).toBe('Still waters run deep in the harbour')
    expect(withoutConnective('Stillness, the crew said, is rare', 'en')).toBe('Stillness, the crew said, is rare')
    expect(withoutConnective('However, it failed', 'en')).toBe('However, it failed')
    expect(withoutConnective('However, npm installs the package in place', 'en')).toBe('npm installs the package in place')
  })

  it('leaves a connective of several words that a preposition or "que" makes the head of a phrase ("In addition to the case …, we made …")', () => {
    const phrase = 'In addition to the theoretical case for the grant outlined above, we made explicit predictions'
    expect(withoutConnective(phrase, 'en')).toBe(phrase)
    expect(withoutConnective('At the same time as prices fell, the company cut its staff', 'en')).toBe('At the same time as prices fell, the company cut its staff')
    expect(withoutConnective('De même que les banques, les assureurs devront déclarer leurs risques', 'fr')).toBe('De même que les banques, les assureurs devront déclarer leurs risques')
    expect(withoutConnective('In addition the company cut its staff by a tenth', 'en')).toBe('The company cut its staff by a tenth')
  })

  it('leaves out a connective set off by commas after the subject', () => {
    expect(withoutConnective('The Yahoo deal, however, is not a sale of the public company', 'en')).toBe('The Yahoo deal is not a sale of the public company')
    expect(withoutConnective('La loi, cependant, prévoit un nouveau fichier', 'fr')).toBe('La loi prévoit un nouveau fichier')
    // not a name that takes commas of its own, nor a capital after it
    expect(withoutConnective('The deal, however, Verizon said, is done', 'en')).toBe('The deal, however, Verizon said, is done')
  })
})

describe('withoutLeadIn', () => {
  it('leaves out a lead-in before a colon that points back when what follows stands alone', () => {
    expect(withoutLeadIn('We actually got to see that firsthand: the initial performance run with the manual alignment change showed nontrivial improvements', 'en')).toBe('The initial performance run with the manual alignment change showed nontrivial improvements')
    expect(withoutLeadIn('It was perhaps doomed from the start: Whole Foods doesn’t carry Rice Krispies', 'en')).toBe('Whole Foods doesn’t carry Rice Krispies')
  })

  it('keeps a lead-in that stands alone, a rest that points back or is a label’s value', () => {
    expect(withoutLeadIn('There is an additional problem: LLVM does not always do the correct thing with 128-bit integers', 'en')).toBe('There is an additional problem: LLVM does not always do the correct thing with 128-bit integers')
    expect(withoutLeadIn('Be warned, though: it is still experimental and we expect the interface to change', 'en')).toBe('Be warned, though: it is still experimental and we expect the interface to change')
    expect(withoutLeadIn('It says: yes', 'en')).toBe('It says: yes')
  })
})

describe('detached', () => {
  it('leaves out a speech\'s address to its hearers ("Mr. President, …"), not when too little is left, nor a name addressed', () => {
    expect(detached('Mr. President, Israel’s right to exist is beyond debate', 'en')).toBe('Israel’s right to exist is beyond debate')
    expect(detached('Ladies and gentlemen, the choice before us is clear', 'en')).toBe('The choice before us is clear')
    expect(detached('Mr. President, thank you', 'en')).toBe('Mr. President, thank you')
    expect(detached('Mr. Smith, the chair, opened the meeting at noon', 'en')).toBe('Mr. Smith, the chair, opened the meeting at noon')
    // (and a transcript's speaker in capitals)
    expect(detached('THE PRESIDENT: “A man,” wrote an Irish poet, “is original when he speaks the truth.”', 'en')).toBe('“A man,” wrote an Irish poet, “is original when he speaks the truth.”')
    expect(detached('NASA: the launch slipped to May', 'en')).toBe('NASA: the launch slipped to May')
  })
})

describe('detachedNamed', () => {
  it('drops a connective after the subject of a point whose opening names a person, and nothing before the name', () => {
    expect(detachedNamed('Hamilton and Gille, however, still speak of Lorenz’s humility in glowing terms', 'en')).toBe('Hamilton and Gille still speak of Lorenz’s humility in glowing terms')
    expect(detachedNamed('However, Tom Forte said the plan works well', 'en')).toBe('However, Tom Forte said the plan works well')
  })
})
