/**
 * Addresses of a deck's views (slide show, presenter) under its routing mode and base path,
 * as Slidev routes them: hash routing puts the route after "#" ("/talks/x/#/presenter/1"),
 * history routing in the path ("/talks/x/presenter/1"). Used for every address deckwright
 * prints, so what it prints opens the view it names.
 */
import { readFile } from 'node:fs/promises'
import { parse as parseYaml } from 'yaml'

export type RouterMode = 'hash' | 'history'

/** The routing mode of the decks deckwright writes: works from any static host and sub-path. */
export const DECK_ROUTER_MODE: RouterMode = 'hash'

export interface DeckViews {
  /** The slide show, on slide 1. */
  slides: string
  /** Presenter mode on slide 1: notes, next slide, timer. */
  presenter: string
}

/** Paths of the views under `base` (which starts and ends with "/"). */
export function deckViews(base: string, mode: RouterMode): DeckViews {
  const route = (path: string) => (mode === 'hash' ? `${base}#/${path}` : `${base}${path}`)
  return { slides: route('1'), presenter: route('presenter/1') }
}

/** The same views as absolute URLs on `origin` (e.g. "http://localhost:3030"). */
export function deckUrls(origin: string, base: string, mode: RouterMode): DeckViews {
  const views = deckViews(base, mode)
  return { slides: `${origin}${views.slides}`, presenter: `${origin}${views.presenter}` }
}

/**
 * The routing mode a deck's headmatter asks for: `routerMode: hash`, or Slidev's default,
 * history. A deck without a readable headmatter is taken as Slidev's default.
 */
export async function deckRouterMode(slidesMd: string): Promise<RouterMode> {
  const text = await readFile(slidesMd, 'utf8').catch(() => '')
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?$/m.exec(text)
  if (!m || m.index !== 0) return 'history'
  try {
    const head = parseYaml(m[1]!) as { routerMode?: unknown } | null
    return head?.routerMode === 'hash' ? 'hash' : 'history'
  } catch {
    return 'history'
  }
}
