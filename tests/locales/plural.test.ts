import { describe, expect, it } from 'vitest'
import { threeForms } from '../../src/locales/plural.ts'
import { ru } from '../../src/locales/ru.ts'
import { uk } from '../../src/locales/uk.ts'

describe('threeForms', () => {
  it('gives Russian and Ukrainian nouns their form after a number (1, 21; 2–4, 22; 5–20, 25, 111)', () => {
    const ruPlural = threeForms('ru')
    expect([1, 21, 2, 4, 22, 5, 11, 12, 14, 20, 25, 111].map((n) => ruPlural(n, 'часть', 'части', 'частей'))).toEqual(['часть', 'часть', 'части', 'части', 'части', 'частей', 'частей', 'частей', 'частей', 'частей', 'частей', 'частей'])
    expect(ru.notes.agenda(3, 'A; B; C')).toContain('3 части')
    expect(uk.notes.agenda(5, 'A; B; C; D; E')).toContain('5 частин')
    expect(uk.notes.agenda(21, 'A')).toContain('21 частина')
  })
})
