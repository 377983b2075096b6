import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createGenerator, presetAttributify, presetWind3 } from 'unocss'
import { describe, expect, it } from 'vitest'
import unoConfig, { DATA_ATTRIBUTES } from '../../uno.config.ts'
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
