/**
 * Tests that print, open or build a deck need Chrome or Chromium. Where none is found they
 * are skipped, with the reason in their name; in CI (CI=true) they run and fail instead.
 */
import { describe } from 'vitest'
import { findBrowser } from '../src/export/browser.ts'

const found = await findBrowser({}).then(
  (path) => ({ path, reason: undefined }),
  (e: unknown) => ({ path: undefined, reason: `no browser: ${(e as Error).message.split('\n')[0]}` }),
)

/** Why the browser tests are skipped here, or undefined when they run. */
export const NO_BROWSER: string | undefined = process.env.CI === 'true' ? undefined : found.reason

/** The browser's executable; only read inside a `describeWithBrowser` suite. */
export function browserPath(): string {
  if (!found.path) throw new Error(found.reason)
  return found.path
}

if (NO_BROWSER) console.warn(`browser tests skipped: ${NO_BROWSER}`)

/** `describe`, skipped (with the reason printed once) where no browser is found. */
export const describeWithBrowser = describe.skipIf(NO_BROWSER !== undefined)
