import { describe, expect, it } from 'vitest'
import { attribution, paraphrasedLabel, quoteMarks, quoteTier, stripOuterQuotes } from '../../src/visuals/quote-text.ts'

describe('quoteMarks', () => {
  it('picks marks by language, with English curly quotes as the default', () => {
    expect(quoteMarks(undefined)).toEqual({ open: '“', close: '”' })
    expect(quoteMarks('en-GB')).toEqual({ open: '“', close: '”' })
    expect(quoteMarks('fr').open.startsWith('«')).toBe(true)
    expect(quoteMarks('fr-CA').close.endsWith('»')).toBe(true)
    expect(quoteMarks('de')).toEqual({ open: '„', close: '“' })
    expect(quoteMarks('ja')).toEqual({ open: '「', close: '」' })
    expect(quoteMarks('zh-Hant')).toEqual({ open: '「', close: '」' })
    expect(quoteMarks('xx')).toEqual({ open: '“', close: '”' })
  })
})

describe('stripOuterQuotes', () => {
  it('removes one pair of marks wrapping the whole text', () => {
    expect(stripOuterQuotes('“We must act.”')).toBe('We must act.')
    expect(stripOuterQuotes(' "We must act." ')).toBe('We must act.')
    expect(stripOuterQuotes('« Il faut agir. »')).toBe('Il faut agir.')
    expect(stripOuterQuotes('„Wir müssen handeln.“')).toBe('Wir müssen handeln.')
    expect(stripOuterQuotes('「行動しなければならない」')).toBe('行動しなければならない')
  })

  it('keeps marks that are not one wrapping pair', () => {
    expect(stripOuterQuotes('“a” and “b”')).toBe('“a” and “b”')
    expect(stripOuterQuotes('"a" and "b"')).toBe('"a" and "b"')
    expect(stripOuterQuotes('He called it “distillation”')).toBe('He called it “distillation”')
    expect(stripOuterQuotes('“')).toBe('“')
    expect(stripOuterQuotes('')).toBe('')
  })

  it('keeps nested pairs inside a wrapping pair', () => {
    expect(stripOuterQuotes('“It was “cheap”, he said”')).toBe('It was “cheap”, he said')
  })
})

describe('attribution', () => {
  it('joins speaker and affiliation, skipping blanks', () => {
    expect(attribution('Chris Lehane', 'OpenAI')).toBe('Chris Lehane, OpenAI')
    expect(attribution('Charitha Pattiaratchi', 'University of Western Australia', 'oceanographer')).toBe('Charitha Pattiaratchi, oceanographer, University of Western Australia')
    expect(attribution(undefined, 'OpenAI')).toBe('OpenAI')
    expect(attribution('  ', undefined)).toBe('')
  })
})

describe('quoteTier', () => {
  it('steps down at 140, 260, 400 and 600 characters', () => {
    const t = (n: number) => quoteTier('a'.repeat(n))
    expect([t(10), t(139), t(140), t(259), t(260), t(399), t(400), t(599), t(600), t(3000)]).toEqual([
      'xl', 'xl', 'lg', 'lg', 'md', 'md', 'sm', 'sm', 'xs', 'xs',
    ])
  })

  it('counts code points, and CJK characters double', () => {
    expect(quoteTier('🚀'.repeat(139))).toBe('xl')
    expect(quoteTier('字'.repeat(70))).toBe('lg')
    expect(quoteTier('字'.repeat(69))).toBe('xl')
  })
})

describe('paraphrasedLabel', () => {
  it('marks reported speech in the deck’s language, English otherwise', () => {
    expect(paraphrasedLabel('en')).toBe('paraphrased')
    expect(paraphrasedLabel('fr-CA')).toBe('propos rapportés')
    expect(paraphrasedLabel('sv')).toBe('fritt återgivet')
    expect(paraphrasedLabel('da')).toBe('paraphrased')
    expect(paraphrasedLabel(undefined)).toBe('paraphrased')
  })
})
