import { describe, expect, it } from 'vitest'
import { categoriesOf, MAX_CATEGORIES } from '../../src/plan/table-categories.ts'
import type { TableCell } from '../../src/types.ts'

const cells = (...texts: string[]): TableCell[] => texts.map((text, i) => ({ text, start: i, end: i + 1 }))

describe('categoriesOf', () => {
  it('groups a column of a few repeated labels, in order of first appearance, near-identical labels as one', () => {
    const status = cells('Fully compatible', 'Fully compatible', 'Storage compatible, has calling bug', 'Storage compatible, has calling bug', 'Incompatible', 'Incompatible', 'Fully compatible', 'Storage compatible with calling bug')
    expect(categoriesOf(status)).toEqual([['Fully compatible'], ['Storage compatible, has calling bug', 'Storage compatible with calling bug'], ['Incompatible']])
    expect(categoriesOf(cells('Yes', 'No', 'No', 'Yes', 'Yes'))).toEqual([['Yes'], ['No']])
  })

  it('finds no categories in a column of names, numbers, sentences, gaps or too many labels', () => {
    // too few rows to need colours; a label per row or two
    expect(categoriesOf(cells('Yes', 'No', 'Yes'))).toBeUndefined()
    expect(categoriesOf(cells('Ada', 'Grace', 'Ada', 'Linus', 'Ken'))).toBeUndefined()
    // numbers, an empty cell, a sentence
    expect(categoriesOf(cells('1', '2', '1', '2').map((c) => ({ ...c, number: { value: Number(c.text), negative: false } })))).toBeUndefined()
    expect(categoriesOf(cells('Yes', '', 'No', 'Yes', 'No'))).toBeUndefined()
    const sentence = 'Re-enqueue the task if it has been waiting for too long'
    expect(categoriesOf(cells(sentence, sentence, 'Pick it up', 'Pick it up'))).toBeUndefined()
    // one category only says nothing; more than colours can tell apart
    expect(categoriesOf(cells('Done', 'Done', 'Done', 'Done'))).toBeUndefined()
    const many = Array.from({ length: MAX_CATEGORIES + 1 }, (_, i) => `Kind ${'ABCDEFG'[i]}`)
    expect(categoriesOf(cells(...many, ...many, ...many))).toBeUndefined()
  })
})
