import { describe, expect, it } from 'vitest'
import { boilerplate, isGenericFigureLabel } from '../../src/quality/boilerplate.ts'

describe('boilerplate', () => {
  it('finds contacts, link inserts, legal lines and calls to action', () => {
    expect(boilerplate('investor@meta.com / investor.fb.com')).toEqual(['email'])
    expect(boilerplate('Media contact: (202) 691-5902')).toEqual(['phone'])
    expect(boilerplate('[Read: Why Tunisia, Arab Spring’s sole success story, suffers]')).toEqual(['link-insert'])
    expect(boilerplate('© 2024 Meta. All rights reserved.')).toEqual(['rights'])
    expect(boilerplate('This press release contains forward-looking statements regarding Meta’s plans')).toEqual(['disclaimer'])
    expect(boilerplate('Subscribe to our newsletter')).toEqual(['call-to-action'])
    expect(boilerplate('Sign up for our free newsletter')).toEqual(['call-to-action'])
    expect(boilerplate('Sign up for the Daily Briefing newsletters')).toEqual(['call-to-action'])
  })

  it('leaves the substance of articles alone', () => {
    for (const text of [
      'Revenue rose 27% to $36.46 billion in the first quarter of 2024.',
      'The company read the report in 2019 and looked forward to the results.',
      'Readers shared the story 20,000 times [citation needed].',
      'Call 1-800 numbers were free.',
      'The attack on the museum killed at least 19 people.',
      'When you sign up for Facebook, it encourages you to upload your list of contacts.',
    ]) {
      expect(boilerplate(text), text).toEqual([])
    }
  })
})

describe('isGenericFigureLabel', () => {
  it('flags labels that do not say what is measured', () => {
    expect(isGenericFigureLabel('Amount')).toBe(true)
    expect(isGenericFigureLabel('Share')).toBe(true)
    expect(isGenericFigureLabel('Montant')).toBe(true)
    expect(isGenericFigureLabel('金额')).toBe(true)
    expect(isGenericFigureLabel('Training cost')).toBe(false)
    expect(isGenericFigureLabel('Operating cash flow, 2024')).toBe(false)
  })
})
