import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { PACKAGE_ROOT, deckSlug, findPackageRoot, packageDependencies, slugify } from '../src/paths.ts'

const made: string[] = []
afterAll(async () => {
  for (const d of made) await rm(d, { recursive: true, force: true })
})

describe('findPackageRoot', () => {
  it('finds deckwright\'s package.json at any depth, and only deckwright\'s', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'dw-root-'))
    made.push(root)
    await writeFile(path.join(root, 'package.json'), JSON.stringify({ name: 'deckwright' }))
    const deep = path.join(root, 'dist', 'cli-0123', 'chunks')
    await mkdir(path.join(deep, 'inner'), { recursive: true })
    // a nested package of another name is passed over
    await writeFile(path.join(deep, 'package.json'), JSON.stringify({ name: 'other' }))
    await writeFile(path.join(root, 'dist', 'package.json'), '{ not json')
    expect(findPackageRoot(path.join(deep, 'inner'))).toBe(root)
    expect(findPackageRoot(root)).toBe(root)
    const outside = await mkdtemp(path.join(tmpdir(), 'dw-none-'))
    made.push(outside)
    expect(findPackageRoot(outside)).toBeUndefined()
  })

  it('PACKAGE_ROOT is the project folder', () => {
    expect(findPackageRoot(PACKAGE_ROOT)).toBe(path.resolve(PACKAGE_ROOT))
  })
})

describe('slugs', () => {
  it('slugifies titles to lower-case ASCII words', () => {
    expect(slugify('DeepSeek: the AI race — 2025!')).toBe('deepseek-the-ai-race-2025')
    expect(slugify('日本語', 'deck')).toBe('deck')
    expect(deckSlug('/x/My Article.txt', 'Title')).toBe('my-article')
    expect(deckSlug('https://example.com/a', 'A Title')).toBe('a-title')
  })

})

describe('packageDependencies', () => {
  it('lists the run-time dependencies that decks name (Slidev, its themes, Vue)', () => {
    const deps = packageDependencies()
    for (const name of ['@slidev/cli', '@slidev/theme-default', '@slidev/theme-seriph', 'vue']) {
      expect(deps[name], name).toMatch(/^\d+\.\d+\.\d+$/)
    }
  })
})
