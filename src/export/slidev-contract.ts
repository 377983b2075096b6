/**
 * Every part of Slidev's inside that deckwright relies on, named once. None of it is Slidev's
 * documented interface: tests/export/slidev-contract.test.ts checks each one against the
 * installed Slidev, so an upgrade that moves one fails there, saying which.
 */

/**
 * The compile-time flag that puts the print route into a build. Slidev's own `slidev:config`
 * Vite plugin defines it (true only for `export`, or `build` with `download`); the decks'
 * vite.config.ts overrides it to true so every static build can be printed.
 */
export const PRINT_FEATURE_DEFINE = '__SLIDEV_FEATURE_PRINT__'

/**
 * Where Slidev takes its slide markdown's options from: the `slidev.markdown.markdownOptions`
 * of the deck's Vite config, spread over unplugin-vue-markdown's defaults (which turn the
 * typographer on). The decks' vite.config.ts turns the typographer off there.
 */
export const SLIDE_MARKDOWN_OPTIONS_KEY = 'slidev.markdown.markdownOptions'

/**
 * The file Vite bundles a deck's vite.config.ts into and imports before it deletes it
 * ("vite.config.ts.timestamp-1796661042767-68f8d04412c63.mjs"), beside the config when no
 * node_modules is near: a build stopped in between leaves it in the deck's folder.
 */
export const VITE_TEMP_CONFIG = /^vite\.config\.[cm]?[jt]s\.timestamp-\d+-[0-9a-f]+\.mjs$/u

/** The print route, as Slidev's client router names it, and how a built deck is sent there. */
export const PRINT_ROUTE = {
  path: '/print',
  /** With hash routing (the decks' `routerMode: hash`), relative to the deck's base URL. */
  hash: '?print=true#/print',
  /** With history routing. */
  history: 'print?print=true',
} as const

/** Selectors of the print page. */
export const PRINT_SELECTORS = {
  /** One per slide on the print page. */
  slide: '.print-slide-container',
  /** Present while a slide is still loading. */
  loading: '.slidev-slide-loading',
  /** The text that placeholder shows (an editable PowerPoint export captured too early holds it). */
  loadingText: 'Loading slide...',
  /** Hidden helpers that would print as a blank trailing page (Slidev's exporter hides them too). */
  hiddenHelpers: ['#mermaid-rendering-container', '.monaco-aria-container'],
} as const

/**
 * Slidev's own CLI chunks (in @slidev/cli/dist, hashed names found by prefix) that the worker
 * (slidev-worker.mjs) imports ahead of a command, in this order.
 */
export const WORKER_CHUNKS = {
  build: ['resolver', 'serve', 'build'],
  export: ['resolver', 'serve', 'export'],
} as const

/**
 * Modules Slidev loads on demand while it builds (measured on Slidev 52.20: most of the loading
 * left after its chunks), imported by the worker ahead of time. They resolve from this package
 * as from Slidev's, since npm hoists Slidev's dependencies.
 */
export const WORKER_ON_DEMAND = [
  'yargs',
  'open',
  'postcss-nested',
  'rolldown',
  '@vue/compiler-sfc',
  '@iconify/utils/lib/loader/node-loader',
  'lightningcss',
] as const

/**
 * Slidev reads `process.argv[1]` when its modules load, to find the node_modules it was run
 * from (local or global install): the worker sets it to Slidev's bin before importing anything.
 */
export const ARGV_BIN_FUNCTION = 'findInvocationNodeModulesPath'

/** The package Slidev's exporter imports for its browser (answered by playwright-alias.mjs). */
export const EXPORTER_BROWSER_PACKAGE = 'playwright-chromium'

/** What the worker preloads for a command, as passed to slidev-worker.mjs. */
export function workerPreload(command: keyof typeof WORKER_CHUNKS): { chunks: readonly string[]; modules: readonly string[] } {
  return { chunks: WORKER_CHUNKS[command], modules: WORKER_ON_DEMAND }
}

/**
 * Slidev turns a feature on for a whole deck when its source matches (@slidev/parser's
 * detectFeatures): with KaTeX on, the math renderer runs over slides and notes (text between
 * two "$" becomes a formula) and the web deck ships KaTeX's stylesheet and fonts. Prices are
 * not formulas: deckwright writes every "$" of article text as an entity (src/render/escape.ts
 * DOLLAR_ENTITY), so no generated deck turns it on.
 */
export const MATH_FEATURE = { flag: 'katex', stylesheet: 'katex/dist/katex.min.css' } as const

/**
 * Slidev's own UnoCSS configuration, which it merges with the deck's uno.config.ts (and icons)
 * for every build. Slidev has UnoCSS read its client's modules on every build; the decks skip
 * the tokens of those modules that make no CSS with this configuration (uno.client-tokens.json),
 * and tests/render/uno-config.test.ts checks that none of them does with the installed one.
 */
export const CLIENT_UNO_CONFIG = '@slidev/client/uno.config.ts'
