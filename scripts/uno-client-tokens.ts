/**
 * Writes uno.client-tokens.json: the tokens UnoCSS reads out of the modules every deck builds
 * (Slidev's client, the theme, deckwright's components) that make no CSS in a deckwright deck,
 * so that the decks' UnoCSS configuration (uno.config.ts) can skip them instead of matching each
 * against every rule on every build.
 *
 * Slidev scans its client's modules for utilities on every build (Slidev 52 hands UnoCSS its
 * list of the client's tokens as a module object, which UnoCSS does not read as a safelist):
 * some 9,000 words and expressions of its source (`!_unref(canClear)`, `presenterLayout.value`),
 * of which about 650 make CSS. Matching the others is most of UnoCSS's time in a build.
 *
 * How: a few decks of different features (plain text, Markdown with code, a results release
 * with tables) are generated and built with plain `slidev build`, with a Vite plugin that reads
 * UnoCSS's context at the end of the build: the tokens of every module but the slides,
 * and which of them UnoCSS matched. The deck's uno.config.ts is built without the list, so a
 * token that makes CSS with the installed Slidev never stays on it. Plain lower-case words
 * ("card", "active") are left off even when they make no CSS: a user's own shortcut may be
 * named so. tests/render/uno-config.test.ts checks, against the installed Slidev's UnoCSS
 * configuration, that no token of the list makes CSS.
 *
 *   npx tsx scripts/uno-client-tokens.ts          (after upgrading Slidev or its theme)
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PROJECT_ROOT } from '../tests/fixture-articles.ts'

/** Decks of different kinds: plain text with a cost and a quote, Markdown with code, a results release with tables and charts. */
const ARTICLES = ['articles/deepseek-ai-race.txt', 'tests/fixtures/headings-md/article.md', 'corpus/release-meta-q1-2024-md/article.md']

const OUT = join(PROJECT_ROOT, 'uno.client-tokens.json')

/** A Vite plugin (written into the deck's vite.config.ts) that saves UnoCSS's tokens by module and what matched. */
const CAPTURE = `
import { writeFileSync } from 'node:fs'
import base from './vite.base.ts'
const deckDir = process.cwd()
function capture() {
  let api
  return {
    name: 'deckwright:capture-uno-tokens',
    enforce: 'post',
    configResolved(c) { api = c.plugins.find((p) => p.name === 'unocss:api')?.api },
    async generateBundle() {
      const ctx = api.getContext()
      const fixed = new Set()
      for (const [id, code] of ctx.modules.map((code, id) => [id, code])) {
        // the article's own words (slides.md, and the page that names the deck) vary from deck to deck
        if (id.startsWith(deckDir) && /slides\.md|index\.html/.test(id.slice(deckDir.length))) continue
        const found = new Set()
        await ctx.uno.applyExtractors(code, id, found)
        for (const t of found) fixed.add(t)
      }
      const { matched } = await ctx.uno.generate(ctx.tokens, { preflights: false, safelist: false })
      writeFileSync(process.env.CAPTURE_OUT, JSON.stringify({ fixed: [...fixed], matched: [...matched] }))
    },
  }
}
export default { ...base, plugins: [...(base.plugins ?? []), capture()] }
`

function captureDeck(article: string, work: string, n: number): { fixed: string[]; matched: string[] } {
  const deck = join(work, `deck-${n}`)
  const node = process.execPath
  execFileSync(node, [join(PROJECT_ROOT, 'bin/deckwright.js'), 'generate', join(PROJECT_ROOT, article), '--out', deck, '--quiet'], { stdio: 'inherit' })
  // built without the list: a token that makes CSS now is found, whatever the list said before
  writeFileSync(join(deck, 'uno.client-tokens.json'), '[]\n')
  writeFileSync(join(deck, 'vite.base.ts'), readFileSync(join(deck, 'vite.config.ts')))
  writeFileSync(join(deck, 'vite.config.ts'), CAPTURE)
  const out = join(work, `tokens-${n}.json`)
  const slidev = join(PROJECT_ROOT, 'node_modules/@slidev/cli/bin/slidev.mjs')
  execFileSync(node, [slidev, 'build', 'slides.md', '--out', join(deck, 'dist')], { cwd: deck, env: { ...process.env, CAPTURE_OUT: out }, stdio: 'ignore' })
  return JSON.parse(readFileSync(out, 'utf8')) as { fixed: string[]; matched: string[] }
}

const work = mkdtempSync(join(tmpdir(), 'deckwright-uno-'))
try {
  const fixed = new Set<string>()
  const matched = new Set<string>()
  ARTICLES.forEach((article, n) => {
    const found = captureDeck(article, work, n)
    found.fixed.forEach((t) => fixed.add(t))
    found.matched.forEach((t) => matched.add(t))
  })
  const list = [...fixed].filter((t) => !matched.has(t) && !/^[a-z][a-z0-9-]*$/.test(t)).sort()
  // one token a line, so that an upgrade's changes read as a diff
  writeFileSync(OUT, `[\n${list.map((t) => JSON.stringify(t)).join(',\n')}\n]\n`)
  console.log(`${OUT}: ${list.length} tokens (${fixed.size} read from the modules every deck builds, ${matched.size} matched in the decks)`)
} finally {
  rmSync(work, { recursive: true, force: true })
}
