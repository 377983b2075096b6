import { describe, expect, it } from 'vitest'
import { isPronoun } from '../../src/analyze/pronouns.ts'

describe('isPronoun', () => {
  it('knows the pronouns of the languages read, with a contraction too, and no name', () => {
    for (const w of ['we', 'He', "they're", 'il', 'Er', 'sie', 'lui', 'ela', '他们', 'Das', 'Esto', 'Cela']) expect(isPronoun(w), w).toBe(true)
    for (const w of ['Lindner', 'Ella Fitzgerald', 'Erik', 'Ilse']) expect(isPronoun(w), w).toBe(false)
  })
})
