import { describe, expect, it } from 'vitest'
import { familyNames, fontUse, mayChange, unicodeRanges } from '../../src/visuals/font-use.ts'

describe('familyNames', () => {
  it('reads a computed font-family list: unquoted, lower case, in order', () => {
    expect(familyNames('Inter, "Noto Sans SC", system-ui, \'Segoe UI\'')).toEqual(['inter', 'noto sans sc', 'system-ui', 'segoe ui'])
  })
  it('reads a FontFace family, quoted or not', () => {
    expect(familyNames('"Noto Sans SC"')).toEqual(['noto sans sc'])
    expect(familyNames('Inter')).toEqual(['inter'])
  })
})

describe('unicodeRanges', () => {
  it('reads single code points, ranges and wildcards', () => {
    expect(unicodeRanges('U+0-FF, U+131, U+4??')).toEqual([[0, 0xff], [0x131, 0x131], [0x400, 0x4ff]])
  })
  it('gives up on what it cannot read', () => {
    expect(unicodeRanges('latin')).toBeUndefined()
    expect(unicodeRanges('U+4?-50')).toBeUndefined()
  })
})

describe('mayChange', () => {
  const latin = { family: 'Inter', unicodeRange: 'U+0000-00FF, U+2000-206F' }
  const cjk = { family: '"Noto Sans SC"', unicodeRange: 'U+4E00-4E5F' }
  const greek = { family: 'Inter', unicodeRange: 'U+0370-03FF' }

  it('a face of a family the slide names, for characters the slide has', () => {
    expect(mayChange(fontUse(['Inter, system-ui'], 'Costs fell'), [latin])).toBe(true)
    expect(mayChange(fontUse(['Inter, "Noto Sans SC", system-ui'], '一'), [cjk])).toBe(true)
  })
  it('not a face of a family no element names', () => {
    expect(mayChange(fontUse(['Inter, system-ui'], '一 and more'), [cjk])).toBe(false)
  })
  it('not a face whose characters the slide does not have', () => {
    expect(mayChange(fontUse(['Inter, system-ui'], 'Costs fell'), [greek])).toBe(false)
    expect(mayChange(fontUse(['Inter, system-ui'], 'Costs fell by α'), [greek])).toBe(true)
  })
  it('any family of any element counts, not only the first', () => {
    expect(mayChange(fontUse(['system-ui', 'Georgia, "Noto Sans SC"'], '一'), [cjk])).toBe(true)
  })
  it('list markers count as the slide\'s characters (a bullet in a face of its own)', () => {
    expect(mayChange(fontUse(['Inter'], '一'), [{ family: 'Inter', unicodeRange: 'U+2022' }])).toBe(true)
  })
  it('a face without a readable range covers everything', () => {
    expect(mayChange(fontUse(['Inter'], 'x'), [{ family: 'Inter', unicodeRange: '' }])).toBe(true)
    expect(mayChange(fontUse(['Inter'], 'x'), [{ family: 'Inter', unicodeRange: 'odd' }])).toBe(true)
  })
  it('no faces, no change', () => {
    expect(mayChange(fontUse(['Inter'], 'x'), [])).toBe(false)
  })
})
