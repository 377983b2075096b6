/**
 * Launches headless Chromium through playwright-core with flags for a closed,
 * offline machine (no sandbox as root, no background traffic, every host but
 * localhost unresolvable).
 *
 * The browser runs as a Playwright browser server so that deckwright keeps a handle on
 * its process: `browser.close()` closes it gracefully within a time limit and kills it
 * (with its temporary profile folder) when it does not answer, e.g. a hung or stopped
 * browser. Playwright's own SIGINT/SIGTERM/SIGHUP handlers are off: the caller decides
 * what an interrupt does (the CLI aborts the export and cleans up).
 */
import type { Browser } from 'playwright-core'
import { DeckwrightError } from '../errors.ts'

/**
 * The features Playwright enables in every Chromium it launches (its `enabledFeatures`, checked
 * against the installed playwright-core by tests/export/launch.test.ts). Chromium reads only the
 * last `--enable-features` of its command line and Playwright writes its own first, so
 * deckwright's list repeats these.
 */
export const PLAYWRIGHT_ENABLED_FEATURES = ['CDPScreenshotNewSurface', 'SkipListAccountsWithoutGaiaCookies'] as const

/**
 * The network service runs inside the browser process instead of a process of its own: one
 * process fewer to start and to talk to while a deck's assets load from the local server
 * (measured on 2 cores: Chromium's start 1.7 → 1.45 CPU-s, the print stage about 0.1 s shorter).
 */
const ENABLED_FEATURES = [...PLAYWRIGHT_ENABLED_FEATURES, 'NetworkServiceInProcess2']

export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
  `--enable-features=${ENABLED_FEATURES.join(',')}`,
]

/** How long a graceful close may take before the browser process is killed. */
export const CLOSE_GRACE_MS = 3_000

export interface LaunchOptions {
  /** Time allowed for the browser to start (default 30 s). */
  timeoutMs?: number
}

/** Resolves with `true` when `work` settles within `ms`, `false` otherwise. */
function settlesWithin(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined
  return Promise.race([
    work.then(() => true, () => true),
    new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms))),
  ]).finally(() => clearTimeout(timer))
}

export async function launchBrowser(executablePath: string, options: LaunchOptions = {}): Promise<Browser> {
  const timeout = options.timeoutMs ?? 30_000
  try {
    const { chromium } = await import('playwright-core')
    const server = await chromium.launchServer({
      executablePath,
      headless: true,
      args: [...CHROMIUM_ARGS],
      timeout,
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    })
    let browser: Browser
    try {
      browser = await chromium.connect(server.wsEndpoint(), { timeout })
    } catch (e) {
      await server.kill()
      throw e
    }
    const disconnect = browser.close.bind(browser)
    let closing: Promise<void> | undefined
    // close = disconnect, then close the browser process; kill it if it does not answer
    browser.close = () =>
      (closing ??= (async () => {
        await settlesWithin(disconnect(), CLOSE_GRACE_MS)
        if (!(await settlesWithin(server.close(), CLOSE_GRACE_MS))) await server.kill().catch(() => undefined)
      })())
    // a browser that crashes takes its connection with it; make sure its process is gone too
    browser.on('disconnected', () => void browser.close())
    return browser
  } catch (cause) {
    const first = String(cause instanceof Error ? cause.message : cause).split('\n')[0]
    throw new DeckwrightError('BROWSER_FAILED', `could not start the browser ${executablePath}: ${first}`, {
      hint: 'check that the browser runs (`' + executablePath + ' --version`), or pass another one with --browser PATH',
      cause,
    })
  }
}
