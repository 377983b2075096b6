/**
 * Finds a Chromium-family browser to print with. Order: an explicit path (`--browser`),
 * the environment (CHROME_PATH, DECKWRIGHT_BROWSER), Playwright's own Chromium if it is
 * installed (`npx playwright install chromium`; nothing is downloaded when deckwright is
 * installed), well-known system locations of Chromium, Chrome and Edge, then a PATH lookup.
 */
import { access, constants, readdir } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { DeckwrightError } from '../errors.ts'

/** Well-known install locations, most common first. */
export const SYSTEM_BROWSER_PATHS: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/usr/bin/microsoft-edge',
  '/usr/bin/microsoft-edge-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
  'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
]

/** Executable names looked up on PATH when nothing else is found. */
export const PATH_BROWSER_NAMES: readonly string[] = [
  'chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge', 'microsoft-edge-stable',
]

export const BROWSER_HINT =
  'install one: `sudo apt-get install chromium` (Debian/Ubuntu) or Google Chrome, or `npx playwright install chromium` ' +
  '(Playwright\'s own Chromium, found by deckwright), or pass --browser PATH / set CHROME_PATH'

export interface FindBrowserOptions {
  /** Path given on the command line (`--browser PATH`); must exist when given. */
  explicit?: string
  /** Environment to read CHROME_PATH / DECKWRIGHT_BROWSER / PATH from (default: process.env). */
  env?: NodeJS.ProcessEnv
  /** System locations to try (default: SYSTEM_BROWSER_PATHS). Injectable for tests. */
  candidates?: readonly string[]
  /** Names to look up on PATH (default: PATH_BROWSER_NAMES). */
  pathNames?: readonly string[]
  /** Playwright's own Chromium path, or null when not wanted (default: asked from playwright-core). */
  playwrightPath?: string | null
  /** Whether a file is an executable browser (default: fs access check). */
  exists?: (file: string) => Promise<boolean>
}

async function isExecutable(file: string): Promise<boolean> {
  try {
    await access(file, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/**
 * Where Playwright keeps downloaded browsers (its documented defaults), or undefined when
 * PLAYWRIGHT_BROWSERS_PATH decides (then only Playwright itself can tell).
 */
export function playwrightBrowsersDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = os.homedir()): string | undefined {
  if (env.PLAYWRIGHT_BROWSERS_PATH) return undefined
  if (platform === 'win32') return path.join(env.LOCALAPPDATA || path.join(home, 'AppData', 'Local'), 'ms-playwright')
  if (platform === 'darwin') return path.join(home, 'Library', 'Caches', 'ms-playwright')
  return path.join(env.XDG_CACHE_HOME || path.join(home, '.cache'), 'ms-playwright')
}

/**
 * Playwright's downloaded Chromium, if playwright-core knows one (it may not be
 * installed). Loading Playwright takes ~0.5 s, so it is skipped when its browser folder
 * holds no Chromium.
 */
async function playwrightChromiumPath(env: NodeJS.ProcessEnv): Promise<string | null> {
  const dir = playwrightBrowsersDir(env)
  if (dir !== undefined) {
    const entries = await readdir(dir).catch(() => [] as string[])
    if (!entries.some((name) => name.startsWith('chromium'))) return null
  }
  try {
    const { chromium } = await import('playwright-core')
    const p = chromium.executablePath()
    return p || null
  } catch {
    return null
  }
}

/** Every location to try, in order (duplicates removed). Exported for diagnostics and tests. */
export async function browserCandidates(options: FindBrowserOptions = {}): Promise<string[]> {
  const env = options.env ?? process.env
  const list: string[] = []
  for (const key of ['CHROME_PATH', 'DECKWRIGHT_BROWSER']) {
    const v = env[key]?.trim()
    if (v) list.push(v)
  }
  const pw = options.playwrightPath === undefined ? await playwrightChromiumPath(env) : options.playwrightPath
  if (pw) list.push(pw)
  list.push(...(options.candidates ?? SYSTEM_BROWSER_PATHS))
  const dirs = (env.PATH ?? '').split(path.delimiter).filter(Boolean)
  for (const name of options.pathNames ?? PATH_BROWSER_NAMES) {
    for (const dir of dirs) list.push(path.join(dir, name))
  }
  return [...new Set(list)]
}

/**
 * Returns the path of a browser executable, or throws BROWSER_NOT_FOUND.
 * An explicit path that does not exist is an error (no silent fallback).
 */
export async function findBrowser(options: FindBrowserOptions = {}): Promise<string> {
  const exists = options.exists ?? isExecutable
  if (options.explicit !== undefined && options.explicit !== '') {
    const explicit = path.resolve(options.explicit)
    if (await exists(explicit)) return explicit
    throw new DeckwrightError('BROWSER_NOT_FOUND', `browser not found at ${explicit} (given with --browser)`, {
      hint: 'check the path, or leave out --browser to let deckwright search for Chromium/Chrome',
    })
  }
  const env = options.env ?? process.env
  for (const key of ['CHROME_PATH', 'DECKWRIGHT_BROWSER']) {
    const v = env[key]?.trim()
    if (v && !(await exists(v))) {
      // A wrong variable is worth a clear error rather than quietly using another browser.
      throw new DeckwrightError('BROWSER_NOT_FOUND', `${key} points to ${v}, which is not an executable`, {
        hint: `fix or unset ${key}; ${BROWSER_HINT}`,
      })
    }
  }
  // a browser named in the environment is taken without asking Playwright
  const named = ['CHROME_PATH', 'DECKWRIGHT_BROWSER'].map((key) => env[key]?.trim()).find(Boolean)
  if (named) return named
  for (const candidate of await browserCandidates(options)) {
    if (await exists(candidate)) return candidate
  }
  throw new DeckwrightError('BROWSER_NOT_FOUND', 'no Chromium or Chrome browser found to print the PDF', {
    hint: BROWSER_HINT,
  })
}
