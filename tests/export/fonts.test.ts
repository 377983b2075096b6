import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { missingFontNotice, type FontLister } from '../../src/export/fonts.ts'

/** A fontconfig stand-in that knows fonts for these languages only. */
const knows = (...langs: string[]): FontLister => async (lang) => (langs.includes(lang) ? 'Noto Sans Devanagari\n' : '')

describe('missingFontNotice', () => {
  it('names the script and the package to install when fontconfig lists no font for it', async () => {
    const notice = await missingFontNotice('hi', knows('en'))
    expect(notice).toMatch(/no Hindi font found/)
    expect(notice).toMatch(/empty boxes/)
    expect(notice).toMatch(/apt-get install fonts-noto-core/)
    expect(await missingFontNotice('th-TH', knows())).toMatch(/no Thai font found.*fonts-noto-core/)
  })

  it('says nothing for scripts the deck ships faces for, whatever the system has', async () => {
    for (const lang of ['zh', 'ja', 'ko', 'ar-EG', 'fa', 'he', 'el', 'ru']) {
      expect(await missingFontNotice(lang, knows())).toBeUndefined()
    }
  })

  it('says nothing when a font is there, for Latin-script languages, or without fontconfig', async () => {
    expect(await missingFontNotice('hi', knows('hi'))).toBeUndefined()
    expect(await missingFontNotice('en', knows())).toBeUndefined()
    expect(await missingFontNotice('fr', knows())).toBeUndefined()
    expect(await missingFontNotice(undefined, knows())).toBeUndefined()
    expect(await missingFontNotice('th', async () => undefined)).toBeUndefined()
    expect(await missingFontNotice('hi', async () => { throw new Error('fc-list crashed') })).toBeUndefined()
  })

  it('agrees with this machine\'s fontconfig', async () => {
    let listed: string | undefined
    try {
      listed = execFileSync('fc-list', [':lang=hi', 'family'], { encoding: 'utf8' })
    } catch {
      listed = undefined
    }
    const notice = await missingFontNotice('hi')
    expect(notice !== undefined).toBe(listed !== undefined && listed.trim() === '')
  })
})
