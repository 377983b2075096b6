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
 * No run-time imports: the deck folder has no node_modules of its own.
 */

/** The components' props that carry article text (components/*.vue). */
export const DATA_ATTRIBUTES = [
  'text', 'lead', 'speaker', 'role', 'affiliation', 'source', 'kind', 'lang', 'locale', 'value', 'label', 'context',
  'caption', 'caption-hidden', 'unit', 'items', 'columns', 'rows', 'note', 'title', 'page-rows', 'blocks',
] as const

const config = {
  blocklist: [new RegExp(`^\\[(?:${DATA_ATTRIBUTES.join('|')})[~^$|*]?=`)],
}

export default config
