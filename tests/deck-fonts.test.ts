import { describe, expect, it } from 'vitest'
import { CODE_TAG, INLINE_CODE_TAG, deckFaces, deckFontCss, deckFontFiles } from '../src/deck-fonts.ts'

const families = (lang: string, theme = 'default', text = '') => deckFaces(lang, theme, text).map((f) => f.family)

describe('deckFaces', () => {
  it('gives every deck the Latin face, and the serif only to seriph decks', () => {
    expect(families('en')).toEqual(['Inter'])
    expect(families('fr', 'seriph')).toEqual(['Inter', 'Source Serif 4'])
  })

  it('adds the face of the deck’s language', () => {
    expect(families('zh')).toEqual(['Inter', 'Noto Sans SC'])
    expect(families('ja-JP')).toEqual(['Inter', 'Noto Sans JP'])
    expect(families('ko')).toEqual(['Inter', 'Noto Sans KR'])
    expect(families('fa')).toEqual(['Inter', 'Noto Sans Arabic'])
    expect(families('he')).toEqual(['Inter', 'Noto Sans Hebrew'])
  })

  it('adds faces for scripts the text uses beyond its language', () => {
    expect(families('en', 'default', 'Mayor 李明 said ‘שלום’')).toEqual(['Inter', 'Noto Sans SC', 'Noto Sans Hebrew'])
    expect(families('ja', 'default', '東京とソウル 서울')).toEqual(['Inter', 'Noto Sans JP', 'Noto Sans KR'])
  })

  it('adds the monospaced face to a deck that shows code, and the stylesheet names it for code only', () => {
    const slides = `# Rust had inconsistent alignment\n\n${CODE_TAG}:blocks='["x"]' />\n`
    expect(families('en', 'default', slides)).toEqual(['Inter', 'JetBrains Mono'])
    // an article that writes the component's name is text, escaped: no code face
    expect(families('en', 'default', '- The &lt;CodeListing /&gt; component')).toEqual(['Inter'])
    // (so does a bullet's inline code; a "<code>" the article writes is escaped)
    expect(families('en', 'default', `- Press ${INLINE_CODE_TAG}Ctrl</code>`)).toEqual(['Inter', 'JetBrains Mono'])
    expect(families('en', 'default', '- The &lt;code&gt; element')).toEqual(['Inter'])
    const css = deckFontCss(deckFaces('en', 'seriph', slides))
    expect(css).toContain("--dw-font: 'Inter';")
    expect(css).toContain("--dw-font-display: 'Source Serif 4';")
    expect(css).toContain("--dw-font-mono: 'JetBrains Mono', monospace;")
    expect(deckFontCss(deckFaces('en', 'default'))).not.toContain('--dw-font-mono')
  })
})

describe('deck font files and stylesheet', () => {
  it('lists every unicode-range subset of the faces, and the stylesheet points at each', () => {
    const faces = deckFaces('zh', 'default')
    const files = deckFontFiles(faces)
    expect(files.length).toBeGreaterThan(100)
    const css = deckFontCss(faces)
    for (const f of files) expect(css).toContain(`url(./${f.path})`)
    expect(css).not.toContain('./files/')
    expect(css).not.toContain('.woff)')
    expect(css).toMatch(/--dw-font: 'Inter', 'Noto Sans SC';/)
    expect((css.match(/unicode-range:/g) ?? []).length).toBe(files.length)
  })
})

describe('deck support files', () => {
  it('carry the deck’s fonts and their style.css, by language and text', async () => {
    const { deckFiles } = await import('../src/render/deck-files.ts')
    const paths = (lang: string, text?: string) => deckFiles({ slug: 'x', lang, theme: 'default', versions: {}, ...(text ? { text } : {}) }).map((f) => f.path)
    expect(paths('en')).toContain('style.css')
    expect(paths('en')).toContain('fonts/inter-latin-400-normal.woff2')
    expect(paths('en').some((p) => p.startsWith('fonts/noto-sans-sc-'))).toBe(false)
    expect(paths('zh').some((p) => p.startsWith('fonts/noto-sans-sc-'))).toBe(true)
    expect(paths('en', 'Mayor 李明').some((p) => p.startsWith('fonts/noto-sans-sc-'))).toBe(true)
  })

  it('resolve every font file in its installed package', async () => {
    const { deckFileBytes } = await import('../src/write-deck-files.ts')
    const [first] = deckFontFiles(deckFaces('he', 'seriph')).filter((f) => f.path.includes('hebrew'))
    const bytes = await deckFileBytes({ kind: 'module', specifier: first!.specifier })
    expect(Buffer.from(bytes).subarray(0, 4).toString('latin1')).toBe('wOF2')
  })
})
