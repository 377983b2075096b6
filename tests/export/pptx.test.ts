import { describe, expect, it } from 'vitest'
import { notLoaded } from '../../src/export/pptx.ts'
import { PRINT_SELECTORS } from '../../src/export/slidev-contract.ts'

const slide = (...runs: string[]): string => `<p:sld><p:cSld><p:spTree>${runs.map((r) => `<a:r><a:t>${r}</a:t></a:r>`).join('')}</p:spTree></p:cSld></p:sld>`

describe('notLoaded (an editable export taken too early)', () => {
  it('accepts slides that hold their text', () => {
    expect(notLoaded([slide('The race'), slide('Costs', '$6 million'), slide()])).toBe(false)
  })

  it("rejects a slide that shows Slidev's loading placeholder", () => {
    expect(notLoaded([slide('The race'), slide(PRINT_SELECTORS.loadingText)])).toBe(true)
  })

  it('rejects a presentation whose slides hold no text at all', () => {
    expect(notLoaded([slide(), slide(' '), slide()])).toBe(true)
  })
})
