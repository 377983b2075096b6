import { describe, expect, it } from 'vitest'
import { BROWSER_HINT, browserCandidates, findBrowser, playwrightBrowsersDir } from '../../src/export/browser.ts'
import { DeckwrightError } from '../../src/errors.ts'

/** An `exists` that knows only the given files. */
const only = (...files: string[]) => async (f: string) => files.includes(f)

const base = { candidates: ['/sys/a', '/sys/b'], pathNames: ['chromium'], playwrightPath: '/pw/chrome' as string | null }

describe('findBrowser', () => {
  it('prefers an explicit path over everything else', async () => {
    const env = { CHROME_PATH: '/env/chrome', PATH: '/bin1' }
    const found = await findBrowser({ ...base, explicit: '/opt/my/chrome', env, exists: only('/opt/my/chrome', '/env/chrome', '/sys/a') })
    expect(found).toBe('/opt/my/chrome')
  })

  it('fails on an explicit path that does not exist, without falling back', async () => {
    const err = await findBrowser({ ...base, explicit: '/nope/chrome', env: {}, exists: only('/sys/a') }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(DeckwrightError)
    expect((err as DeckwrightError).code).toBe('BROWSER_NOT_FOUND')
    expect((err as DeckwrightError).message).toContain('/nope/chrome')
  })

  it('uses CHROME_PATH, then DECKWRIGHT_BROWSER, before Playwright and system paths', async () => {
    const exists = only('/env/chrome', '/env/dw', '/pw/chrome', '/sys/a')
    expect(await findBrowser({ ...base, env: { CHROME_PATH: '/env/chrome', DECKWRIGHT_BROWSER: '/env/dw' }, exists })).toBe('/env/chrome')
    expect(await findBrowser({ ...base, env: { DECKWRIGHT_BROWSER: '/env/dw' }, exists })).toBe('/env/dw')
  })

  it('rejects an environment variable that points nowhere', async () => {
    const err = await findBrowser({ ...base, env: { CHROME_PATH: '/gone' }, exists: only('/sys/a') }).catch((e: unknown) => e)
    expect((err as DeckwrightError).code).toBe('BROWSER_NOT_FOUND')
    expect((err as DeckwrightError).message).toContain('CHROME_PATH')
  })

  it("uses Playwright's Chromium before system locations, only if the file exists", async () => {
    expect(await findBrowser({ ...base, env: {}, exists: only('/pw/chrome', '/sys/a') })).toBe('/pw/chrome')
    expect(await findBrowser({ ...base, env: {}, exists: only('/sys/b', '/sys/a') })).toBe('/sys/a')
    expect(await findBrowser({ ...base, env: {}, exists: only('/sys/b') })).toBe('/sys/b')
  })

  it('falls back to a PATH lookup', async () => {
    const env = { PATH: ['/p1', '/p2'].join(':') }
    expect(await findBrowser({ ...base, env, exists: only('/p2/chromium') })).toBe('/p2/chromium')
    expect(await browserCandidates({ ...base, env })).toEqual(['/pw/chrome', '/sys/a', '/sys/b', '/p1/chromium', '/p2/chromium'])
  })

  it('throws BROWSER_NOT_FOUND with an install hint when nothing is found', async () => {
    const err = await findBrowser({ ...base, env: { PATH: '/p1' }, exists: only() }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(DeckwrightError)
    expect((err as DeckwrightError).code).toBe('BROWSER_NOT_FOUND')
    expect((err as DeckwrightError).hint).toBe(BROWSER_HINT)
    expect(BROWSER_HINT).toContain('apt-get install chromium')
    expect(BROWSER_HINT).toContain('--browser PATH')
  })

  it('finds a real browser on this machine with the default search', async () => {
    const found = await findBrowser({ env: { PATH: process.env.PATH } })
    expect(found).toMatch(/chrom/i)
  })
})

describe('playwrightBrowsersDir', () => {
  it('is Playwright\'s default cache folder per platform, or undefined when PLAYWRIGHT_BROWSERS_PATH decides', () => {
    expect(playwrightBrowsersDir({}, 'linux', '/home/u')).toBe('/home/u/.cache/ms-playwright')
    expect(playwrightBrowsersDir({ XDG_CACHE_HOME: '/xdg' }, 'linux', '/home/u')).toBe('/xdg/ms-playwright')
    expect(playwrightBrowsersDir({}, 'darwin', '/Users/u')).toBe('/Users/u/Library/Caches/ms-playwright')
    expect(playwrightBrowsersDir({ LOCALAPPDATA: '/appdata' }, 'win32', '/u')).toMatch(/appdata[\\/]ms-playwright$/)
    expect(playwrightBrowsersDir({ PLAYWRIGHT_BROWSERS_PATH: '0' }, 'linux', '/home/u')).toBeUndefined()
  })

  it('finds a system browser without loading Playwright when its folder holds no Chromium', async () => {
    const env = { XDG_CACHE_HOME: '/nonexistent-cache', PATH: '' }
    const found = await findBrowser({ env, candidates: ['/sys/a'], pathNames: [], exists: only('/sys/a') })
    expect(found).toBe('/sys/a')
    expect(await browserCandidates({ env, candidates: [], pathNames: [] })).toEqual([])
  })
})
