/**
 * Runs the browser part of an export under a time limit, with one retry on a fresh
 * browser. The browser is closed on every path, including a timeout and an abort
 * (`signal`, e.g. Ctrl-C): a browser that does not close in time is killed.
 */
import type { Browser } from 'playwright-core'
import { DeckwrightError } from '../errors.ts'
import { launchBrowser } from './launch.ts'

export interface SessionOptions {
  executablePath: string
  /** Time limit of one attempt (ms), launch included. */
  timeoutMs: number
  /** A browser already being launched for the first attempt (started early to overlap other work). */
  prelaunched?: Promise<Browser>
  signal?: AbortSignal
  /** Called with the launch time of each attempt. */
  onLaunch?: (ms: number) => void
  /** Called before a retry, e.g. to clear partial output. */
  onRetry?: (error: unknown) => Promise<void> | void
}

/** Errors that a second attempt cannot fix. */
function isFinal(e: unknown): boolean {
  return e instanceof DeckwrightError && ['BROWSER_NOT_FOUND', 'INTERNAL', 'OUTPUT_UNWRITABLE', 'INPUT_NOT_FOUND'].includes(e.code)
}

function asBrowserFailed(e: unknown): DeckwrightError {
  if (e instanceof DeckwrightError) return e
  const first = String((e as Error)?.message ?? e).split('\n')[0]
  return new DeckwrightError('BROWSER_FAILED', `printing failed: ${first}`, {
    hint: 'try again; if it persists, try another browser with --browser PATH',
    cause: e,
  })
}

/** The error of the second attempt, saying that it was the second. */
export function retried(e: DeckwrightError): DeckwrightError {
  return new DeckwrightError(e.code, `${e.message} (on the second try, too)`, { ...(e.hint ? { hint: e.hint } : {}), cause: e })
}

async function attempt<T>(browserPromise: Promise<Browser>, work: (b: Browser) => Promise<T>, o: SessionOptions): Promise<T> {
  let browser: Browser | undefined
  let timer: NodeJS.Timeout | undefined
  let timedOut = false
  let onAbort: (() => void) | undefined
  const run = (async () => {
    const t = Date.now()
    browser = await browserPromise
    o.onLaunch?.(Date.now() - t)
    if (timedOut) throw new DeckwrightError('BROWSER_FAILED', 'timed out')
    return work(browser)
  })()
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      timedOut = true
      reject(new DeckwrightError('BROWSER_FAILED', `printing took longer than ${Math.round(o.timeoutMs / 1000)} s`, {
        hint: 'the browser may hang, the machine be overloaded or a slide never finish loading; try again, ' +
          'raise the limit with DECKWRIGHT_BROWSER_TIMEOUT_MS=<ms>, or pass another browser with --browser PATH',
      }))
      // closing the browser makes the pending work fail fast
      void browser?.close().catch(() => undefined)
    }, o.timeoutMs)
  })
  // an abort (Ctrl-C) stops the attempt at once; the browser is closed below
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(abortReason(o.signal))
    if (o.signal?.aborted) onAbort()
    else o.signal?.addEventListener('abort', onAbort, { once: true })
  })
  try {
    return await Promise.race([run, limit, aborted])
  } finally {
    clearTimeout(timer)
    if (onAbort) o.signal?.removeEventListener('abort', onAbort)
    aborted.catch(() => undefined)
    run.catch(() => undefined)
    // the launch may still be pending after a timeout: close it whenever it arrives
    await browserPromise.then((b) => b.close(), () => undefined).catch(() => undefined)
  }
}

/** The error an aborted signal carries (an AbortError unless a reason was given). */
export function abortReason(signal: AbortSignal | undefined): unknown {
  return signal?.reason ?? new DOMException('the export was aborted', 'AbortError')
}

export async function withBrowser<T>(work: (browser: Browser) => Promise<T>, o: SessionOptions): Promise<T> {
  for (let n = 1; ; n++) {
    if (o.signal?.aborted) throw abortReason(o.signal)
    const launching = n === 1 && o.prelaunched ? o.prelaunched : launchBrowser(o.executablePath, { timeoutMs: o.timeoutMs })
    try {
      return await attempt(launching, work, o)
    } catch (e) {
      if (o.signal?.aborted) throw abortReason(o.signal)
      if (isFinal(e)) throw asBrowserFailed(e)
      if (n >= 2) throw retried(asBrowserFailed(e))
      await o.onRetry?.(e)
    }
  }
}

export const DEFAULT_BROWSER_TIMEOUT_MS = 120_000
export const MIN_BROWSER_TIMEOUT_MS = 1_000
/** One hour; beyond 2^31-1 ms a Node timer fires at once, so a limit must stay well below. */
export const MAX_BROWSER_TIMEOUT_MS = 3_600_000

/** The browser time limit: the option, else DECKWRIGHT_BROWSER_TIMEOUT_MS, else 120 s. */
export function browserTimeout(option: number | undefined, env: NodeJS.ProcessEnv = process.env): number {
  if (option !== undefined) return option
  const raw = env.DECKWRIGHT_BROWSER_TIMEOUT_MS?.trim()
  if (!raw) return DEFAULT_BROWSER_TIMEOUT_MS
  const ms = Number(raw)
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(ms) || ms < MIN_BROWSER_TIMEOUT_MS || ms > MAX_BROWSER_TIMEOUT_MS) {
    throw new DeckwrightError('USAGE', `DECKWRIGHT_BROWSER_TIMEOUT_MS=${raw} is not a time limit from ${MIN_BROWSER_TIMEOUT_MS} to ${MAX_BROWSER_TIMEOUT_MS} milliseconds`, {
      hint: 'set it to a whole number of milliseconds from 1000 (1 s) to 3600000 (1 hour), e.g. 300000 for 5 minutes, or unset it',
    })
  }
  return ms
}
