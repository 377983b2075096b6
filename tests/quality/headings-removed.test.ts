import { describe, expect, it } from 'vitest'
import { sentenceLabels } from '../../src/quality/headings-removed.ts'
import type { Analysis } from '../../src/types.ts'

describe('sentenceLabels', () => {
  it('counts a section’s parts (the sub-topics of a long one) as that section, as the agenda does', () => {
    const sentence = (paragraph: number) => ({ text: 'A sentence.', start: paragraph * 10, end: paragraph * 10 + 9, paragraph })
    const a = {
      sentences: [0, 1, 2, 3].map(sentence),
      paragraphs: [0, 1, 2, 3].map((block) => ({ start: block * 10, end: block * 10 + 9, block, sentences: [block] })),
      sections: [
        { paragraphs: [0] },
        { paragraphs: [1], part: true },
        { paragraphs: [2] },
        { paragraphs: [3], part: true },
      ],
    } as unknown as Analysis
    expect(sentenceLabels(a, [0, 0, 1, 1])).toEqual({ reference: [0, 0, 1, 1], hypothesis: [0, 0, 1, 1] })
  })
})
