import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createRequire } from 'node:module'
import { createJiti } from 'jiti'
import { createGenerator, mergeConfigs, presetAttributify, presetIcons, presetWind3, type UserConfig } from 'unocss'
import { describe, expect, it } from 'vitest'
import unoConfig, { DATA_ATTRIBUTES } from '../../uno.config.ts'
import CLIENT_TOKENS from '../../uno.client-tokens.json' with { type: 'json' }
import { CLIENT_UNO_CONFIG } from '../../src/export/slidev-contract.ts'
import { PROJECT_ROOT } from '../fixture-articles.ts'
import { slideBody } from '../../src/render/slides.ts'
import type { Slide } from '../../src/types.ts'

const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)

/** The props of every component, read from their `defineProps<{ … }>()`. */
function componentProps(): string[] {
  const dir = join(PROJECT_ROOT, 'components')
  return readdirSync(dir).filter((f) => f.endsWith('.vue')).flatMap((f) => {
    const block = /defineProps<\{([\s\S]*?)\n\s*\}>/.exec(readFileSync(join(dir, f), 'utf8'))?.[1] ?? ''
    return [...block.matchAll(/^\s*(\w+)\??:/gm)].map((m) => kebab(m[1]!))
  })
}

/** What Slidev's UnoCSS (Wind 3 and attributify, its presets) makes of a deck's text. */
async function cssOf(text: string, withDeckConfig: boolean): Promise<string> {
  const uno = await createGenerator({ presets: [presetWind3(), presetAttributify()], ...(withDeckConfig ? unoConfig : {}) })
  return (await uno.generate(text, { preflights: false })).css
}

describe("the deck's UnoCSS configuration", () => {
  it('names every prop of every component', () => {
    const props = componentProps()
    expect(props.length).toBeGreaterThan(10)
    for (const p of props) expect(DATA_ATTRIBUTES, p).toContain(p)
  })

  it('makes no CSS of the article text passed to components (a "$166,988,956" is no broken rule)', async () => {
    const notes = [{ text: 'n' }]
    const slides: Slide[] = [
      { kind: 'cost', title: 'Cost', caption: 'c', items: [{ label: 'red center', amount: 166988956, currency: 'USD' }], notes },
      { kind: 'quote', quoteKind: 'direct', title: 'Q', text: 'We paint the barn red and center it', speaker: 'Ann', span: { start: 0, end: 1 }, notes },
    ]
    const md = [...slides.map((s) => slideBody(s, { lang: 'en' })), `<BarChart caption="c" :items='[{"label":"x","value":"$166,988,956"}]' />`].join('\n\n')
    // without it, attributify turns those words into rules, and "$166,988,956" into CSS that does not parse
    expect(await cssOf(md, false)).toMatch(/\[(?:items|text)~=/)
    expect(await cssOf(md, true)).not.toMatch(/\[(?:items|text|label|value|caption|columns|rows)~?=/)
  })
})

/** The UnoCSS configuration Slidev builds a deck with (its setupUnocss: icons, its client's config, the deck's), the list of known tokens left out. */
async function slidevConfig(): Promise<UserConfig> {
  const file = createRequire(import.meta.url).resolve(CLIENT_UNO_CONFIG)
  // (Slidev loads its TypeScript configuration with jiti too)
  const client = ((await createJiti(import.meta.url).import(file)) as { default: UserConfig }).default
  const deck = { ...unoConfig, blocklist: unoConfig.blocklist.filter((b) => typeof b !== 'function') }
  return mergeConfigs([{ presets: [presetIcons()] }, client, deck])
}

describe('the tokens of the modules every deck builds that make no CSS (uno.client-tokens.json)', () => {
  it('are many, and none of them makes CSS with the installed Slidev, the deck config and icons', async () => {
    expect(CLIENT_TOKENS.length).toBeGreaterThan(1000)
    const uno = await createGenerator(await slidevConfig())
    // a sample of what makes CSS in every deck: the config does match utilities and icons
    expect([...(await uno.generate(['flex', 'opacity-0', 'i-carbon:close', 'abs-tl'], { preflights: false, safelist: false })).matched]).toHaveLength(4)
    const { matched } = await uno.generate(CLIENT_TOKENS, { preflights: false, safelist: false })
    expect([...matched]).toEqual([])
  }, 60_000)

  it('are skipped by the deck config, and plain lower-case words (a user may name a shortcut so) are not on the list', async () => {
    const uno = await createGenerator({ presets: [presetWind3()], ...unoConfig })
    expect(CLIENT_TOKENS.some((t) => /^[a-z][a-z0-9-]*$/.test(t))).toBe(false)
    for (const t of CLIENT_TOKENS.slice(0, 50)) expect(uno.isBlocked(t), t).toBe(true)
    expect(uno.isBlocked('flex')).toBe(false)
  })
})
