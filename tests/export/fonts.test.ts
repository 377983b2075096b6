import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { missingFontNotice, type FontLister } from '../../src/export/fonts.ts'

/** A fontconfig stand-in that knows fonts for these languages only. */
const knows = (...langs: string[]): FontLister => async (lang) => (langs.includes(lang) ? 'Noto Sans CJK SC\n' : '')

describe('missingFontNotice', () => {
  it('names the script and the package to install when fontconfig lists no font for it', async () => {
    const notice = await missingFontNotice('zh', knows('en'))
    expect(notice).toMatch(/no Chinese font found/)
    expect(notice).toMatch(/empty boxes/)
    expect(notice).toMatch(/apt-get install fonts-noto-cjk/)
    expect(await missingFontNotice('ar-EG', knows())).toMatch(/no Arabic font found.*fonts-noto-core/)
  })

  it('says nothing when a font is there, for Latin-script languages, or without fontconfig', async () => {
    expect(await missingFontNotice('zh', knows('zh'))).toBeUndefined()
    expect(await missingFontNotice('en', knows())).toBeUndefined()
    expect(await missingFontNotice('fr', knows())).toBeUndefined()
    expect(await missingFontNotice(undefined, knows())).toBeUndefined()
    expect(await missingFontNotice('ja', async () => undefined)).toBeUndefined()
    expect(await missingFontNotice('ko', async () => { throw new Error('fc-list crashed') })).toBeUndefined()
  })

  it('agrees with this machine\'s fontconfig', async () => {
    let listed: string | undefined
    try {
      listed = execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' })
    } catch {
      listed = undefined
    }
    const notice = await missingFontNotice('zh')
    expect(notice !== undefined).toBe(listed !== undefined && listed.trim() === '')
  })
})
