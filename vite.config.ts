/**
 * Vite config of deckwright's Slidev addon. Every generated deck uses the project
 * root as an addon (headmatter `addons`), so Slidev loads this file for each deck.
 *
 * It compiles Slidev's print route (/print) into every static build, so deckwright can
 * print the PDF, handout and PNGs from the one web build instead of letting
 * `slidev build --download` start a second export of its own.
 */
import type { Plugin } from 'vite'
import { defineConfig } from 'vite'

function printRoute(): Plugin {
  return {
    name: 'deckwright:print-route',
    // runs after Slidev's own `slidev:config`, whose define it overrides
    enforce: 'post',
    config() {
      return { define: { __SLIDEV_FEATURE_PRINT__: 'true' } }
    },
  }
}

export default defineConfig({
  plugins: [printRoute()],
})
