import { describe, expect, it } from 'vitest'
import { shownCode } from '../../src/ingest/twoslash.ts'
import { parseMarkdown } from '../../src/ingest/markdown.ts'

const setUp = ['const database = {', '\tgetPost(slug: string): Promise<string> { return Promise.resolve(slug) }', '};', '// ---cut---']

describe('shownCode', () => {
  it('hides the set-up before "// ---cut---" and after "// ---cut-after---", and Twoslash\'s settings and queries', () => {
    expect(shownCode([...setUp, 'export async function load() {', '\treturn database.getPost("a")', '}'].join('\n'), 'ts')).toBe('export async function load() {\n\treturn database.getPost("a")\n}')
    expect(shownCode(['// @errors: 2322', 'let a: number = "1"', '//  ^?', '// ---cut-after---', 'export {}'].join('\n'), 'ts')).toBe('let a: number = "1"')
  })

  it('reads code whose change is marked ("---removed---", "+++added+++") as it is after the change', () => {
    const diff = ['// ---cut---', "---import type { PageServerLoadEvent } from './$types';---", 'export async function load(event---: PageServerLoadEvent---) {', '\t---return old();---', '\t+++return slug();+++', '}'].join('\n')
    expect(shownCode(diff, 'js')).toBe('export async function load(event) {\n\treturn slug();\n}')
    // (and one only removed, a whole line marked so)
    expect(shownCode("---import type { PageData } from './$types';---\nexport async function load(event---: PageData---) {}", 'ts')).toBe('export async function load(event) {}')
    // (a line of dashes in code without an added span stays)
    expect(shownCode('// ---- header ----\nconst a = 1', 'ts')).toBe('// ---- header ----\nconst a = 1')
  })

  it('leaves code without Twoslash\'s marks as it is, TypeScript\'s own "// @ts-ignore" and code of other languages', () => {
    const plain = '// @ts-ignore\nconst a = b as any'
    expect(shownCode(plain, 'ts')).toBe(plain)
    expect(shownCode('# ---cut---\necho hi', 'sh')).toBe('# ---cut---\necho hi')
    expect(shownCode('// ---cut---\nfn main() {}', 'rust')).toBe('// ---cut---\nfn main() {}')
  })
})

describe('parseMarkdown: Twoslash code', () => {
  it('reads a fenced block as the page shows it', () => {
    const md = ['# Types', '', 'You could type the event so:', '', '```ts', ...setUp, 'export const x = 1', '```', ''].join('\n')
    const a = parseMarkdown(md, 'a.md')
    const code = a.blocks.find((b) => b.kind === 'code')!
    expect(a.text.slice(code.start, code.end)).toBe('export const x = 1')
  })
})
