import { describe, expect, it } from 'vitest'
import { spansInTurn, wholeAt } from '../../src/analyze/whole-at.ts'

describe('wholeAt', () => {
  it('finds a word or an identifier whole, not inside a longer word', () => {
    expect(wholeAt('uses i128 and i8 here', 'i8')).toBe(14)
    expect(wholeAt('rather than using align_of', 'align_of')).toBe(18)
    expect(wholeAt('the evolved evolve', 'evolve')).toBe(12)
    expect(wholeAt('no such word', 'wor')).toBe(-1)
    expect(wholeAt('anything', '')).toBe(-1)
  })

  it('takes code that opens or ends on punctuation wherever it stands, and starts from `from`', () => {
    expect(wholeAt('call foo() now', 'foo()')).toBe(5)
    expect(wholeAt('set :latest', ':latest')).toBe(4)
    expect(wholeAt('db-01 then db-01', 'db-01', 1)).toBe(11)
  })

  it('takes a word glued to the particles of a script that does not space its words', () => {
    expect(wholeAt('RBACを使用', 'RBAC')).toBe(0)
    expect(wholeAt('Ingress를 사용', 'Ingress')).toBe(0)
  })
})

describe('spansInTurn', () => {
  it('finds each value after the one before, whole by default, and leaves out one not found', () => {
    const text = 'x86-64 uses rdi, rsi and i8 before i128'
    expect(spansInTurn(text, ['rdi', 'missing', 'rsi', 'i8']).map((s) => text.slice(s.start, s.end))).toEqual(['rdi', 'rsi', 'i8'])
    // (in turn: a value found before the last one's place is not found again)
    expect(spansInTurn(text, ['rsi', 'rdi'])).toEqual([{ start: 17, end: 20 }])
    expect(spansInTurn('ab abc', ['bc'], (t, v, from) => t.indexOf(v, from))).toEqual([{ start: 4, end: 6 }])
  })
})

