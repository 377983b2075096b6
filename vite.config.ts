/**
 * The Vite configuration of every generated deck: deckwright copies this file into each deck
 * folder (see src/render/deck-files.ts), where Slidev loads it as the deck's own config.
 *
 * It compiles Slidev's print route (/print) into every static build, so deckwright can
 * print the PDF, handout and PNGs from the one web build instead of letting
 * `slidev build --download` start a second export of its own.
 *
 * No run-time imports (only types, which are erased): the deck folder has no node_modules
 * of its own, and the file loads wherever the folder is moved.
 */
import type { Plugin, UserConfig } from 'vite'

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

/**
 * Slidev reads its own options from the deck's Vite config (`slidev`): its slides' markdown is
 * set without markdown-it's typographer, which unplugin-vue-markdown turns on, so article text
 * shows as written ("d.remove(c)" never "d.remove©", "--force" never "–force", "don't" never
 * "don’t"). The name is src/export/slidev-contract.ts's SLIDE_MARKDOWN_OPTIONS_KEY.
 */
interface SlidevOptions {
  slidev: { markdown: { markdownOptions: { typographer: boolean } } }
}

const config: UserConfig & SlidevOptions = {
  plugins: [printRoute()],
  slidev: { markdown: { markdownOptions: { typographer: false } } },
}

export default config
