/**
 * Launches headless Chromium through playwright-chromium with flags for a closed,
 * offline machine (no sandbox as root, no background traffic, every host but
 * localhost unresolvable).
 */
import type { Browser } from 'playwright-chromium'
import { DeckwrightError } from '../errors.ts'

export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
]

export interface LaunchOptions {
  /** Time allowed for the browser to start (default 30 s). */
  timeoutMs?: number
}

export async function launchBrowser(executablePath: string, options: LaunchOptions = {}): Promise<Browser> {
  try {
    const { chromium } = await import('playwright-chromium')
    return await chromium.launch({
      executablePath,
      headless: true,
      args: [...CHROMIUM_ARGS],
      timeout: options.timeoutMs ?? 30_000,
    })
  } catch (cause) {
    const first = String(cause instanceof Error ? cause.message : cause).split('\n')[0]
    throw new DeckwrightError('BROWSER_FAILED', `could not start the browser ${executablePath}: ${first}`, {
      hint: 'check that the browser runs (`' + executablePath + ' --version`), or pass another one with --browser PATH',
      cause,
    })
  }
}
