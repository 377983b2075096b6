/**
 * The Chromium flags deckwright launches with, against what the installed playwright-core
 * passes on its own: Chromium keeps only the last `--enable-features`, so deckwright's list
 * must hold Playwright's (src/export/launch.ts PLAYWRIGHT_ENABLED_FEATURES) and come after it.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { CHROMIUM_ARGS, PLAYWRIGHT_ENABLED_FEATURES } from '../../src/export/launch.ts'
import { PROJECT_ROOT } from '../fixture-articles.ts'

const require = createRequire(path.join(PROJECT_ROOT, 'package.json'))
const playwrightRoot = path.dirname(require.resolve('playwright-core/package.json'))
const version = (JSON.parse(readFileSync(path.join(playwrightRoot, 'package.json'), 'utf8')) as { version: string }).version
const bundle = readFileSync(path.join(playwrightRoot, 'lib', 'coreBundle.js'), 'utf8')

/** The feature names of Playwright's `enabledFeatures = () => [ … ]`, comments left out. */
function playwrightEnabledFeatures(): string[] {
  const start = bundle.indexOf('enabledFeatures = () => [')
  if (start < 0) throw new Error(`playwright-core ${version} has no enabledFeatures list in lib/coreBundle.js`)
  const list = bundle.slice(start, bundle.indexOf('].filter(Boolean)', start))
  const code = list.split('\n').filter((l) => !l.trim().startsWith('//')).join('\n')
  // the entry behind an environment switch (a legacy screenshot mode) is the feature itself
  return [...code.matchAll(/"([A-Za-z0-9]+)"/g)].map((m) => m[1]!)
}

describe(`Chromium's flags (playwright-core ${version})`, () => {
  it('repeat the features Playwright enables', () => {
    expect(playwrightEnabledFeatures(), `playwright-core ${version} enables other features: update PLAYWRIGHT_ENABLED_FEATURES`).toEqual([
      ...PLAYWRIGHT_ENABLED_FEATURES,
    ])
  })

  it('come after Playwright’s own, so that deckwright’s --enable-features is the one Chromium reads', () => {
    const own = bundle.indexOf('const chromeArguments = [...chromiumSwitches()];')
    expect(own, `playwright-core ${version} builds Chromium's arguments another way`).toBeGreaterThan(0)
    const users = bundle.indexOf('chromeArguments.push(...args);', own)
    expect(users, `playwright-core ${version} no longer appends the caller's arguments last`).toBeGreaterThan(own)
  })

  it('enable Playwright’s features and the in-process network service in one switch', () => {
    const switches = CHROMIUM_ARGS.filter((a) => a.startsWith('--enable-features='))
    expect(switches).toHaveLength(1)
    expect(switches[0]!.slice('--enable-features='.length).split(',')).toEqual([...PLAYWRIGHT_ENABLED_FEATURES, 'NetworkServiceInProcess2'])
  })
})
