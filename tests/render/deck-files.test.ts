import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { PACKAGE_ROOT } from '../../src/paths.ts'
import { PACKAGE_DECK_FILES, deckFiles, deckPackageJson, type DeckFilesOptions } from '../../src/render/deck-files.ts'

const OPTIONS: DeckFilesOptions = {
  slug: 'my-talk',
  lang: 'en',
  theme: 'seriph',
  versions: { '@slidev/cli': '52.20.1', '@slidev/theme-seriph': '0.25.0', '@slidev/theme-default': '0.25.0', vue: '3.5.45', yaml: '2.9.1' },
}

describe('deckFiles', () => {
  it('lists every component and every file they import, relative imports followed to the end', () => {
    const listed = new Set(PACKAGE_DECK_FILES)
    for (const name of readdirSync(path.join(PACKAGE_ROOT, 'components'))) expect(listed, `components/${name}`).toContain(`components/${name}`)
    for (const file of ['styles/index.css', 'vite.config.ts']) expect(listed).toContain(file)
    for (const file of PACKAGE_DECK_FILES) {
      const text = readFileSync(path.join(PACKAGE_ROOT, file), 'utf8')
      for (const [, spec] of text.matchAll(/(?:from|import)\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
        const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec!))
        expect(listed, `${file} imports ${spec}, which is not in PACKAGE_DECK_FILES`).toContain(target)
      }
    }
  })

  it('puts each package file at its own relative path, plus a package.json, sorted', () => {
    const files = deckFiles(OPTIONS)
    const paths = files.map((f) => f.path)
    expect(paths).toEqual([...paths].sort())
    expect(new Set(paths).size).toBe(paths.length)
    expect(files.find((f) => f.path === 'components/Quote.vue')?.source).toEqual({ kind: 'package', path: 'components/Quote.vue' })
    expect(files.find((f) => f.path === 'package.json')?.source).toEqual({ kind: 'text', text: deckPackageJson(OPTIONS) })
  })

  it('is the same for the same options', () => {
    expect(deckFiles(OPTIONS)).toEqual(deckFiles({ ...OPTIONS }))
  })
})

describe('deckPackageJson', () => {
  it('makes a private ES-module Slidev project with the pinned Slidev, the theme and Vue', () => {
    const pkg = JSON.parse(deckPackageJson(OPTIONS)) as Record<string, unknown>
    expect(pkg).toMatchObject({ name: 'my-talk', private: true, type: 'module' })
    expect(pkg.dependencies).toEqual({ '@slidev/cli': '52.20.1', '@slidev/theme-seriph': '0.25.0', vue: '3.5.45' })
    expect(pkg.scripts).toMatchObject({ build: 'slidev build', export: 'slidev export' })
  })

  it('names the default theme for a default-theme deck', () => {
    const pkg = JSON.parse(deckPackageJson({ ...OPTIONS, theme: 'default' })) as { dependencies: Record<string, string> }
    expect(Object.keys(pkg.dependencies)).toEqual(['@slidev/cli', '@slidev/theme-default', 'vue'])
  })
})
