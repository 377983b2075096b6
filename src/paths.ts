/** Where deckwright's own files are, and where decks go by default. */
import { readFileSync } from 'node:fs'
import { basename, dirname, extname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The nearest folder at or above `from` whose package.json is deckwright's. The sources run
 * from src/, from a development bundle (node_modules/.cache/deckwright/cli-<hash>/) and from the
 * package's built dist/, so the depth is not fixed.
 */
export function findPackageRoot(from: string): string | undefined {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: unknown }
      if (pkg.name === 'deckwright') return dir
    } catch {
      // no (readable) package.json here: look further up
    }
    if (dirname(dir) === dir) return undefined
  }
}

/** The deckwright package root (holds components/, visuals/, styles/: the decks' support files). */
export const PACKAGE_ROOT = findPackageRoot(dirname(fileURLToPath(import.meta.url))) ?? fileURLToPath(new URL('..', import.meta.url))

/** The bundled demo article. */
export const DEFAULT_ARTICLE = resolve(PACKAGE_ROOT, 'articles', 'deepseek-ai-race.txt')

interface PackageJson {
  version: string
  dependencies?: Record<string, string>
}

function packageJson(): PackageJson {
  return JSON.parse(readFileSync(resolve(PACKAGE_ROOT, 'package.json'), 'utf8')) as PackageJson
}

export function packageVersion(): string {
  return packageJson().version
}

/** deckwright's run-time dependencies and their versions (Slidev, its themes, Vue …). */
export function packageDependencies(): Record<string, string> {
  return packageJson().dependencies ?? {}
}

/** A file-system-safe slug: lower-case ASCII words joined by "-". */
export function slugify(text: string, fallback = 'deck'): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .split('-')
    .slice(0, 8)
    .join('-')
  return s || fallback
}

/** The deck's slug: from the file name for files, from the title for URLs and stdin. */
export function deckSlug(origin: string, title: string): string {
  if (origin === '-' || /^https?:\/\//i.test(origin)) return slugify(title)
  return slugify(basename(origin, extname(origin)), slugify(title))
}
