/**
 * The UnoCSS configuration of every generated deck: deckwright copies this file into each deck
 * folder (see src/render/deck-files.ts), where Slidev merges it into its own UnoCSS setup.
 *
 * Slidev reads every attribute of slides.md as a possible utility (UnoCSS's attributify): the
 * article's own words and numbers passed to deckwright's components (`text="…"` of a quote,
 * `:items='[…"$166,988,956"…]'` of a chart) would become CSS rules — `[items~="$6"]` becomes
 * `align-items: var(--6)`, and a value with a comma is CSS that does not parse, which stops
 * `slidev export` and the dev server. Article text is data: those attributes make no CSS.
 * (Utilities written as classes, and attributify on other attributes, work as usual.)
 *
 * It also skips the tokens of the modules every deck builds (Slidev's client and theme,
 * deckwright's components) that make no CSS: uno.client-tokens.json, made by
 * scripts/uno-client-tokens.ts for the Slidev deckwright is installed with. Slidev has UnoCSS
 * read its client's source on every build, some 9,000 words and expressions of which about 650
 * are utilities, and matching the others against every rule was most of UnoCSS's time. The CSS
 * is the same with and without them. (Plain lower-case words are not on that list; if you name
 * a shortcut or rule of your own like a token on it, take the token off the list.)
 *
 * No imports from packages: the deck folder has no node_modules of its own.
 */
// (JSON: Slidev loads this file with jiti, which reads JSON as it is but compiles TypeScript)
import CLIENT_TOKENS from './uno.client-tokens.json' with { type: 'json' }

/** The components' props that carry article text (components/*.vue). */
export const DATA_ATTRIBUTES = [
  'text', 'lead', 'speaker', 'role', 'affiliation', 'source', 'kind', 'lang', 'locale', 'value', 'label', 'context',
  'caption', 'caption-hidden', 'unit', 'items', 'columns', 'rows', 'note', 'title', 'page-rows', 'blocks',
] as const

/** Tokens of the modules every deck builds that are known to make no CSS. */
const NO_CSS: ReadonlySet<string> = new Set(CLIENT_TOKENS)

const config = {
  blocklist: [
    new RegExp(`^\\[(?:${DATA_ATTRIBUTES.join('|')})[~^$|*]?=`),
    (token: string) => NO_CSS.has(token),
  ],
}

export default config
