/**
 * Each Slidev internal deckwright relies on (src/export/slidev-contract.ts), checked against
 * the installed Slidev: a Slidev upgrade that moves one fails here, naming it. The built-deck
 * side (selectors and the print route in a static build) is checked in tests/export/index.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { detectFeatures } from '@slidev/parser'
import {
  ARGV_BIN_FUNCTION, EXPORTER_BROWSER_PACKAGE, MATH_FEATURE, PRINT_FEATURE_DEFINE, PRINT_ROUTE, PRINT_SELECTORS, SLIDE_MARKDOWN_OPTIONS_KEY, VITE_TEMP_CONFIG, WORKER_CHUNKS, WORKER_ON_DEMAND,
} from '../../src/export/slidev-contract.ts'
import { PROJECT_ROOT } from '../fixture-articles.ts'

const require = createRequire(path.join(PROJECT_ROOT, 'package.json'))
const cliRoot = path.dirname(require.resolve('@slidev/cli/package.json'))
const clientRoot = path.dirname(require.resolve('@slidev/client/package.json'))
const version = (JSON.parse(readFileSync(path.join(cliRoot, 'package.json'), 'utf8')) as { version: string }).version
const dist = path.join(cliRoot, 'dist')
const distFiles = readdirSync(dist)

/** The text of one of Slidev's CLI chunks, found by its name prefix. */
function chunk(prefix: string): string {
  const file = distFiles.find((f) => f.startsWith(`${prefix}-`) && f.endsWith('.mjs'))
  if (!file) throw new Error(`@slidev/cli ${version} has no chunk named ${prefix}-*.mjs in dist/`)
  return readFileSync(path.join(dist, file), 'utf8')
}

/** Every .vue and .ts file of @slidev/client, concatenated. */
function clientSources(): string {
  const out: string[] = []
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.name === 'node_modules') continue
      const p = path.join(dir, e.name)
      if (e.isDirectory()) walk(p)
      else if (/\.(?:vue|ts)$/.test(e.name)) out.push(readFileSync(p, 'utf8'))
    }
  }
  walk(clientRoot)
  return out.join('\n')
}

const why = (what: string) => `Slidev ${version}: ${what} (src/export/slidev-contract.ts)`

describe(`the Slidev internals deckwright relies on (@slidev/cli ${version})`, () => {
  it(`${PRINT_FEATURE_DEFINE} is still the flag that compiles the print route in, and the decks' vite.config.ts sets it`, () => {
    expect(chunk('serve'), why(`Slidev's Vite config no longer defines ${PRINT_FEATURE_DEFINE}`)).toContain(`${PRINT_FEATURE_DEFINE}:`)
    const routes = readFileSync(path.join(clientRoot, 'setup', 'routes.ts'), 'utf8')
    const guarded = routes.slice(routes.indexOf(`if (${PRINT_FEATURE_DEFINE})`))
    expect(routes, why(`the client's routes are no longer guarded by ${PRINT_FEATURE_DEFINE}`)).toContain(`if (${PRINT_FEATURE_DEFINE})`)
    expect(guarded, why(`the print route is no longer at ${PRINT_ROUTE.path}`)).toContain(`path: '${PRINT_ROUTE.path}'`)
    expect(readFileSync(path.join(PROJECT_ROOT, 'vite.config.ts'), 'utf8')).toContain(`${PRINT_FEATURE_DEFINE}: 'true'`)
  })

  it(`the slides' markdown options still come from the deck's Vite config (${SLIDE_MARKDOWN_OPTIONS_KEY}), and the decks turn the typographer off`, () => {
    const serve = chunk('serve')
    expect(serve, why('the Vite config\'s `slidev` options no longer reach Slidev\'s plugins')).toContain('ViteSlidevPlugin(options, baseConfig.slidev')
    expect(serve, why('the markdown plugin no longer takes its options from `markdown`')).toContain('createMarkdownPlugin(options, { markdown: mdOptions })')
    expect(serve, why('the deck\'s markdownOptions no longer come after Slidev\'s own')).toMatch(/markdownOptions: \{[^}]*\.\.\.mdOptions\?\.markdownOptions\s*\}/u)
    expect(readFileSync(path.join(PROJECT_ROOT, 'vite.config.ts'), 'utf8')).toContain('slidev: { markdown: { markdownOptions: { typographer: false } } }')
  })

  it('Vite still bundles a config into "<config>.timestamp-<time>-<hex>.mjs" beside it, the name VITE_TEMP_CONFIG knows', () => {
    const vite = path.dirname(createRequire(path.join(cliRoot, 'package.json')).resolve('vite/package.json'))
    const chunks = readdirSync(path.join(vite, 'dist', 'node', 'chunks')).map((f) => readFileSync(path.join(vite, 'dist', 'node', 'chunks', f), 'utf8'))
    const loader = chunks.find((c) => c.includes('async function loadConfigFromBundledFile'))
    expect(loader, why('Vite no longer loads its config from a bundled file')).toBeDefined()
    expect(loader, why('Vite names its bundled config otherwise')).toContain('const hash = `timestamp-${Date.now()}-${Math.random().toString(16).slice(2)}`;')
    expect(loader).toContain('`${fileName}.${hash}.mjs`')
    expect(VITE_TEMP_CONFIG.test(`vite.config.ts.timestamp-${Date.now()}-${Math.random().toString(16).slice(2)}.mjs`)).toBe(true)
  })

  it('the print query and route are what deckwright opens', () => {
    expect(PRINT_ROUTE.hash).toBe(`?print=true#${PRINT_ROUTE.path}`)
    expect(PRINT_ROUTE.history).toBe(`${PRINT_ROUTE.path.slice(1)}?print=true`)
    expect(clientSources().includes(`query.value.has('print')`), why('print mode is no longer read from the "print" query parameter')).toBe(true)
  })

  it('the print page still uses the selectors deckwright waits for', () => {
    const client = clientSources()
    for (const sel of [PRINT_SELECTORS.slide, PRINT_SELECTORS.loading]) {
      expect(client.includes(sel.slice(1)), why(`no ${sel} in @slidev/client`)).toBe(true)
    }
    expect(client.includes(`>${PRINT_SELECTORS.loadingText}<`), why('the loading placeholder no longer says "Loading slide..."')).toBe(true)
  })

  it('Slidev’s own exporter hides the same helpers before printing', () => {
    const exporter = chunk('export')
    for (const sel of PRINT_SELECTORS.hiddenHelpers) {
      expect(exporter.includes(`"${sel}"`), why(`the exporter no longer hides ${sel}`)).toBe(true)
    }
  })

  it.each(Object.entries(WORKER_CHUNKS))('the chunks the worker preloads for %s exist', (_command, prefixes) => {
    for (const prefix of prefixes) {
      const found = distFiles.filter((f) => f.startsWith(`${prefix}-`) && f.endsWith('.mjs'))
      expect(found, why(`the worker preloads dist/${prefix}-*.mjs, which is gone or ambiguous`)).toHaveLength(1)
    }
  })

  it.each(WORKER_ON_DEMAND)('%s, preloaded by the worker, resolves from deckwright as from Slidev', (specifier) => {
    const fromUs = require.resolve(specifier)
    const fromSlidev = createRequire(path.join(cliRoot, 'package.json')).resolve(specifier)
    expect(fromUs, why(`${specifier} resolves to another copy than Slidev's`)).toBe(fromSlidev)
  })

  it('Slidev still reads process.argv[1] to find its install, as the worker arranges', () => {
    const resolver = chunk('resolver')
    expect(resolver, why(`${ARGV_BIN_FUNCTION} is gone from the resolver chunk`)).toContain(`function ${ARGV_BIN_FUNCTION}(`)
    expect(resolver).toMatch(/process\.argv\[1\]/)
  })

  it(`Slidev's exporter still imports ${EXPORTER_BROWSER_PACKAGE}`, () => {
    expect(chunk('export'), why(`the exporter no longer imports ${EXPORTER_BROWSER_PACKAGE}`)).toContain(`"${EXPORTER_BROWSER_PACKAGE}"`)
  })

  it(`Slidev still turns ${MATH_FEATURE.flag} on from two "$" on a line, and not from their entities`, () => {
    const on = (source: string): unknown => detectFeatures(source)[MATH_FEATURE.flag]
    expect(on('It cost $6 million, not $100 million.'), why('a deck with prices no longer turns KaTeX on')).toBe(true)
    expect(on('It cost &#36;6 million, not &#36;100 million.')).toBe(false)
    expect(chunk('serve'), why(`KaTeX's stylesheet is no longer imported only when ${MATH_FEATURE.flag} is on`)).toMatch(
      new RegExp(`features\\.${MATH_FEATURE.flag}\\) imports\\.push\\([^\\n]*${MATH_FEATURE.stylesheet.replaceAll('.', '\\.')}`),
    )
  })
})
