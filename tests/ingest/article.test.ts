import { describe, expect, it } from 'vitest'
import { withoutAddress } from '../../src/ingest/article.ts'
import { parseMarkdown } from '../../src/ingest/markdown.ts'

describe('withoutAddress', () => {
  it.each([
    ['Bradley M. Kuhn (http://ebb.org/bkuhn/)', 'Bradley M. Kuhn'],
    ['Jane Doe <jane@example.org>', 'Jane Doe'],
    ['Jane Doe (mailto:jane@example.org)', 'Jane Doe'],
    ['Jane Doe https://example.org/jane', 'Jane Doe'],
    ['Jane Doe (Reuters)', 'Jane Doe (Reuters)'],
    ['http://ebb.org/bkuhn/', 'http://ebb.org/bkuhn/'],
  ])('%j → %j', (byline, expected) => {
    expect(withoutAddress(byline)).toBe(expected)
  })

  it('is applied to the article’s byline', () => {
    const a = parseMarkdown('---\nauthor: "Bradley M. Kuhn (http://ebb.org/bkuhn/)"\n---\n\n# On events\n\nThe last weeks have been difficult for the community and for me personally.', 'a.md')
    expect(a.meta.byline).toBe('Bradley M. Kuhn')
  })
})
