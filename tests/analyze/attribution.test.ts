import { describe, expect, it } from 'vitest'
import { attributionAfter, attributionBefore, parseAppositive, plausibleName } from '../../src/analyze/attribution.ts'

describe('attributionBefore', () => {
  it('names no speaker across a sentence’s end ("… in the Netherlands. He says")', () => {
    const before = '“It has huge consequences,” says study co-author Boris Kingma, a biophysicist at a medical center in the Netherlands. He says women generally prefer warmer rooms.'
    expect(attributionBefore(before, true)?.name).not.toBe('Netherlands. He')
  })

  it('still names a speaker written with an initial or a title', () => {
    expect(attributionBefore('John F. Kennedy said ', false)?.name).toBe('John F. Kennedy')
    expect(plausibleName('Prof. Anna Berg', false)).toBe(true)
    expect(plausibleName('Netherlands. He', false)).toBe(false)
  })

  it('names the speaker of a colon with an adverb before the verb ("Robert George recently wrote:")', () => {
    expect(attributionBefore('Princeton professor Robert George recently wrote:', true)).toMatchObject({ name: 'Robert George', role: 'professor', affiliation: 'Princeton' })
  })
})

describe('attributionAfter', () => {
  it('names the speaker after a verb, an article and a role ("sagte der ägyptische Außenminister Sameh Shoukry", "Das sagte der Präsident …"), not a document that says it', () => {
    expect(attributionAfter(', sagte der ägyptische Außenminister Sameh Shoukry.')).toMatchObject({ name: 'Sameh Shoukry', role: 'ägyptische Außenminister' })
    expect(attributionAfter(' Das sagte der Präsident der Konferenz Sameh Shoukry zum Abschluss der Konferenz.')).toMatchObject({ name: 'Sameh Shoukry', role: 'Präsident der Konferenz' })
    expect(attributionAfter(' Das sagte der Präsident der Konferenz und ägyptische Außenminister Sameh Shoukry.')?.role).toBe('ägyptische Außenminister')
    expect(attributionAfter(', said the Egyptian foreign minister Sameh Shoukry.')).toMatchObject({ name: 'Sameh Shoukry', role: 'Egyptian foreign minister' })
    expect(attributionAfter(', claimed the lawsuit of Fox anchor Andrea Tantaros, who says …')?.name).not.toBe('Andrea Tantaros')
  })
})

describe('a speaker’s appositive', () => {
  it('keeps a company’s legal suffix inside it: the speaker is the person, not the company', () => {
    const sp = attributionBefore('Steve Menet, Senior Vice President of Sales for Dräger, Inc., says: ', false)
    expect(sp).toMatchObject({ name: 'Steve Menet', role: 'Senior Vice President of Sales', affiliation: 'Dräger, Inc.' })
  })

  it('reads a role written in title case, its own "of" kept before the organisation', () => {
    expect(parseAppositive('Vice President of Engineering at LinkedIn')).toEqual({ role: 'Vice President of Engineering', affiliation: 'LinkedIn' })
    expect(parseAppositive('Engineering Manager at Uber')).toEqual({ role: 'Engineering Manager', affiliation: 'Uber' })
    expect(parseAppositive('the CEO of Northgate Ferries')).toEqual({ role: 'CEO', affiliation: 'Northgate Ferries' })
    expect(parseAppositive('a professor of law at Harvard who works with Microsoft')).toEqual({ role: 'professor of law', affiliation: 'Harvard' })
  })

  it('keeps two roles joined by "and", an organisation named in lower case, and leaves a second description and the town out of the organisation', () => {
    expect(parseAppositive('CEO and founder of my6sense')).toEqual({ role: 'CEO and founder', affiliation: 'my6sense' })
    expect(parseAppositive('associate professor of physics at the University of Florida and co-author of the study')).toEqual({ role: 'associate professor of physics', affiliation: 'University of Florida' })
    expect(parseAppositive('a radioastronomer at West Virginia University in Morgantown')).toEqual({ role: 'radioastronomer', affiliation: 'West Virginia University' })
  })

  it('runs over the commas of a place and of a second description to the verb of saying', () => {
    const sp = attributionAfter(', Dylan Nelson, a postdoctoral fellow at the Max Planck Institute for Astrophysics in Munich, Germany, and co-author of the study, said in a statement.')
    expect(sp).toMatchObject({ name: 'Dylan Nelson', role: 'postdoctoral fellow', affiliation: 'Max Planck Institute for Astrophysics' })
  })
})

describe('plausibleName: pronouns', () => {
  it('takes no pronoun of any language for a name', () => {
    for (const w of ['Er', 'Sie', 'Il', 'Elle', 'Él', 'Lui', 'Ele', 'They', 'We’re']) expect(plausibleName(w, true), w).toBe(false)
    expect(plausibleName('Lindner', true)).toBe(true)
  })
})

describe('a title in capitals before the name', () => {
  it('is the speaker’s role, the name the two words after it, however long the title', () => {
    expect(attributionAfter(', explains SciSpacE Team Leader Jennifer Ngo-Anh.')).toMatchObject({ name: 'Jennifer Ngo-Anh', role: 'SciSpacE Team Leader' })
    expect(attributionAfter(', said Tom Forte.')).toMatchObject({ name: 'Tom Forte' })
  })

  it('and an office in lower case after an organisation: the name after it speaks, not the organisation', () => {
    expect(attributionAfter(', said IMF chief economist Pierre-Olivier Gourinchas. Three economies are stalling.')).toMatchObject({ name: 'Pierre-Olivier Gourinchas', role: 'chief economist', affiliation: 'IMF' })
    // (an organisation that speaks itself stays so)
    expect(attributionAfter(', said the IMF in its report.')?.name).not.toBe('Pierre-Olivier Gourinchas')
  })

  it('and an organisation with its office in lower case right before the name, after a verb or before one: the office is the role', () => {
    expect(attributionBefore('Wikileaks editor-in-chief Kristinn Hrafnsson said: ', true)).toMatchObject({ name: 'Kristinn Hrafnsson', role: 'editor-in-chief', affiliation: 'Wikileaks' })
    expect(attributionAfter(', said White House press secretary Josh Earnest.')).toMatchObject({ name: 'Josh Earnest', role: 'press secretary', affiliation: 'White House' })
    // (a member's body is their office)
    expect(attributionBefore('Council member Greg Whitfield said: ', true)).toEqual({ name: 'Greg Whitfield', at: 15, role: 'Council member' })
  })

  it('and an office with its department before the name: the person speaks, the office is the role', () => {
    expect(attributionAfter(' said Secretary of Transportation Sean P. Duffy. “Ridiculous red tape')).toEqual({ name: 'Sean P. Duffy', at: 34, role: 'Secretary of Transportation' })
    expect(attributionAfter(', said Secretary of the Interior Doug Burgum.')).toMatchObject({ name: 'Doug Burgum', role: 'Secretary of the Interior' })
    expect(attributionAfter(', said Administrator of the Environmental Protection Agency Lee Zeldin.')).toMatchObject({ name: 'Lee Zeldin', role: 'Administrator of the Environmental Protection Agency' })
    // (no person's name closes it: as before)
    expect(attributionAfter(', said Director of Engineering Acme Corp.')?.name).toBe('Director')
  })
})
