import { describe, expect, it } from 'vitest'
import { extractEntities } from '../../src/analyze/entities.ts'
import { introductions } from '../../src/analyze/people.ts'

const cast = (text: string) => introductions(text, extractEntities(text)).map((p) => [p.name, p.description, text.slice(p.source.start, p.source.end)])

describe('introductions', () => {
  it('takes who a person is from the appositive after their name or surname, past a bracket, with the place after a comma', () => {
    const text = [
      'Not dressing up that night was Feng Zhang (see 35 Innovators Under 35, 2013), a researcher in Cambridge at the Broad Institute.',
      'But earlier this year Zhang claimed his own reward.',
      'The biologist Jennifer Doudna received the prize with Emmanuelle Charpentier.',
      'Doudna, a structural biologist at the University of California, Berkeley, was a cofounder of Editas, too.',
    ].join(' ')
    const out = cast(text)
    expect(out).toContainEqual(['Feng Zhang', 'a researcher in Cambridge at the Broad Institute', 'a researcher in Cambridge at the Broad Institute'])
    expect(out).toContainEqual(['Jennifer Doudna', 'a structural biologist at the University of California, Berkeley', 'a structural biologist at the University of California, Berkeley'])
    // named once: no one the story turns on
    expect(out.map(([name]) => name)).not.toContain('Emmanuelle Charpentier')
    // (a place of two words after the comma too)
    const ucsf = 'This system, says Richard Locksley, an immunologist at the University of California, San Francisco, helps direct a response. Locksley had barely heard of them.'
    expect(cast(ucsf)).toContainEqual(['Richard Locksley', 'an immunologist at the University of California, San Francisco', 'an immunologist at the University of California, San Francisco'])
    // (past a title's abbreviation, and to the role an "adviser to" names)
    const sen = 'Republican pollster Paul Schumaker, an adviser to North Carolina Sen. Thom Tillis, said the vote matters. Schumaker spoke on Monday. Schumaker added more.'
    expect(cast(sen).map(([name, description]) => [name, description])).toContainEqual(['Paul Schumaker', 'an adviser to North Carolina Sen. Thom Tillis'])
  })

  it('takes a title written before the whole name, and no phrase that only ends on one', () => {
    const text = [
      'Indonesian Air Force spokesman Hadi Tjahjanto said the search would widen.',
      'Tjahjanto added that ships had found nothing.',
      'The money went to the family of former President Hamid Karzai, officials said.',
      'Karzai denied it.',
    ].join(' ')
    expect(cast(text)).toEqual([
      ['Hadi Tjahjanto', 'Indonesian Air Force spokesman', 'Indonesian Air Force spokesman'],
      ['Hamid Karzai', 'former President', 'former President'],
    ])
  })

  it('takes no phrase, clause or time before the title for its words', () => {
    const text = [
      'Democrats say the envoy was at the heart of a summertime phone call with President Donald Trump.',
      'In the call he asked Ukraine President Volodymyr Zelenskiy for a favor.',
      'Last week State Department official David Holmes revealed one of those calls.',
      'Trump denied it. Zelenskiy said nothing. Holmes testified.',
    ].join(' ')
    expect(cast(text).map(([name, description]) => [name, description])).toEqual([
      ['Donald Trump', 'President'],
      ['Volodymyr Zelenskiy', 'Ukraine President'],
      ['David Holmes', 'State Department official'],
    ])
  })

  it('takes a title before the name whole, its "&" and its number with it, and no clause\'s words', () => {
    const text = [
      'Of all the people who might have brought down Ailes, the former Fox & Friends anchor Gretchen Carlson was among the least likely.',
      'Carlson had chafed at the culture of the network.',
      'When Carlson filed her suit, 21st Century Fox executive chairman Rupert Murdoch was in Sun Valley.',
      'Murdoch was worried.',
      '(The most famous example of this is Sun editor Rebekah Brooks, whom he kept in the fold.) Brooks stayed.',
    ].join(' ')
    expect(cast(text)).toEqual([
      ['Gretchen Carlson', 'former Fox & Friends anchor', 'former Fox & Friends anchor'],
      ['Rupert Murdoch', '21st Century Fox executive chairman', '21st Century Fox executive chairman'],
      ['Rebekah Brooks', 'Sun editor', 'Sun editor'],
    ])
  })

  it('takes an appositive without an article when it names a role of an organisation, past the periods of initials', () => {
    const text = [
      '“It could hurt the economy,” said Lotfi Azzouz, Tunisia country director for Amnesty International.',
      'Azzouz said more.',
      'Amazon wants grocery to work, said Tom Forte, who follows Amazon as a managing director at the D.A. Davidson brokerage.',
      'Forte expects more.',
      'Ajmi Lourimi, bread and circuses, laughed.',
      'Lourimi left.',
    ].join(' ')
    expect(cast(text).map(([name, d]) => `${name}: ${d}`)).toEqual([
      'Lotfi Azzouz: Tunisia country director for Amnesty International',
      'Tom Forte: who follows Amazon as a managing director at the D.A. Davidson brokerage',
    ])
  })

  it('takes no one else of a list of people for the description of the name before it ("Lorenz, his secretary, …")', () => {
    const text = 'Edward Lorenz worked at MIT. Lorenz, his secretary, his programmer and his graduate students all shared the other office. Edward Lorenz later wrote the paper.'
    expect(cast(text).filter(([name]) => name === 'Edward Lorenz')).toEqual([])
    // nor a clause's opening that says when
    const when = 'Yitzhak Shamir, when Prime Minister, clashed with Washington. Yitzhak Shamir gave in.'
    expect(cast(when).filter(([name]) => name === 'Yitzhak Shamir')).toEqual([])
    const before = 'In 1991, when Prime Minister Yitzhak Shamir opposed the Madrid peace talks, President George H.W. Bush held back loan guarantees to help absorb immigrants from the former Soviet Union. Shamir gave in, but his government soon collapsed. The perceived enmity did not hurt the way it did with Shamir.'
    expect(cast(before).filter(([name]) => name === 'Yitzhak Shamir').map(([name, description]) => [name, description])).toEqual([['Yitzhak Shamir', 'Prime Minister']])
  })

  it('leaves out the verb of saying after an appositive that ends the sentence, and an appositive that says no role', () => {
    const text = [
      'Currents carry debris far, said Erik van Sebille, a physical oceanographer at the University of New South Wales told Reuters.',
      'Van Sebille expects more finds.',
      'Maria Lopez, the best thing about the town, smiled.',
      'Lopez left.',
    ].join(' ')
    const out = cast(text)
    expect(out.map(([, d]) => d)).toEqual(['a physical oceanographer at the University of New South Wales'])
  })

  it('takes no phrase of another language\'s function words for a title before a name, only the title itself', () => {
    const text = 'Outro requerimento defendido na Casa é o do senador Eduardo Girão (Podemos-CE), que pede esclarecimentos. Girão quer ouvir o ministro ainda este mês.'
    const out = introductions(text, extractEntities(text), 'pt').map((p) => [p.name, p.description])
    expect(out).toContainEqual(['Eduardo Girão', 'senador'])
  })
})
