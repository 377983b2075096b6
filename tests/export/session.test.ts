import { expect, it } from 'vitest'
import { browserPath, describeWithBrowser, NO_BROWSER } from '../browser-available.ts'
import { withBrowser } from '../../src/export/session.ts'
import { DeckwrightError } from '../../src/errors.ts'


describeWithBrowser('withBrowser', () => {
  const executablePath = NO_BROWSER ? '' : browserPath()
  it('retries once on a fresh browser after a failure', async () => {
    const seen: unknown[] = []
    let calls = 0
    const result = await withBrowser(
      async (browser) => {
        calls++
        seen.push(browser)
        if (calls === 1) throw new Error('flaky')
        return browser.version()
      },
      { executablePath, timeoutMs: 20_000, onRetry: () => undefined },
    )
    expect(calls).toBe(2)
    expect(seen[0]).not.toBe(seen[1])
    expect(result).toMatch(/\d+\./)
    // both browsers were closed
    for (const b of seen) expect((b as { isConnected(): boolean }).isConnected()).toBe(false)
  }, 40_000)

  it('gives up after a second failure with BROWSER_FAILED', async () => {
    let calls = 0
    const err = await withBrowser(async () => {
      calls++
      throw new Error(`broken ${calls}`)
    }, { executablePath, timeoutMs: 20_000 }).catch((e: unknown) => e)
    expect(calls).toBe(2)
    expect((err as DeckwrightError).code).toBe('BROWSER_FAILED')
    expect((err as DeckwrightError).message).toContain('broken 2')
  }, 40_000)

  it('does not retry errors a retry cannot fix', async () => {
    let calls = 0
    const err = await withBrowser(async () => {
      calls++
      throw new DeckwrightError('INTERNAL', 'plan and deck disagree')
    }, { executablePath, timeoutMs: 20_000 }).catch((e: unknown) => e)
    expect(calls).toBe(1)
    expect((err as DeckwrightError).code).toBe('INTERNAL')
  }, 40_000)

  it('stops work that takes too long, closing the browser', async () => {
    const browsers: { isConnected(): boolean }[] = []
    const started = Date.now()
    const err = await withBrowser(async (browser) => {
      browsers.push(browser)
      await new Promise((r) => setTimeout(r, 60_000))
    }, { executablePath, timeoutMs: 3_000 }).catch((e: unknown) => e)
    expect((err as DeckwrightError).code).toBe('BROWSER_FAILED')
    expect((err as DeckwrightError).message).toMatch(/longer than 3 s/)
    expect(Date.now() - started).toBeLessThan(20_000)
    expect(browsers.every((b) => !b.isConnected())).toBe(true)
  }, 40_000)
})
