/** The last step shared by every format: clean, assemble, check something is left. */
import { DeckwrightError } from '../errors.ts'
import type { Article, ArticleMeta, InputFormat } from '../types.ts'
import { assemble, collapseWhitespace, type RawBlock } from './blocks.ts'
import { removeBoilerplate } from './boilerplate.ts'

/** Trims meta values and drops the empty ones, so `meta` only holds what the input carries. */
export function cleanMeta(meta: ArticleMeta): ArticleMeta {
  const out: ArticleMeta = {}
  for (const key of ['title', 'byline', 'date', 'source', 'lang', 'description', 'siteName'] as const) {
    const v = meta[key]
    if (typeof v === 'string') {
      const s = collapseWhitespace(v)
      if (s.length > 0) out[key] = s
    }
  }
  return out
}

export function finishArticle(
  raw: readonly RawBlock[],
  meta: ArticleMeta,
  format: InputFormat,
  origin: string,
  removedBefore: readonly string[] = [],
): Article {
  const cleanedMeta = cleanMeta(meta)
  const { blocks, removed, byline } = removeBoilerplate(raw, cleanedMeta)
  if (byline !== undefined && cleanedMeta.byline === undefined) cleanedMeta.byline = byline
  const { text, blocks: spans } = assemble(blocks)
  // a title and headings without any text under them: nothing to present
  const firstHeading = spans.find((b) => b.kind === 'heading')
  const title = cleanedMeta.title ?? (firstHeading ? text.slice(firstHeading.start, firstHeading.end) : undefined)
  if (title !== undefined && spans.every((b) => b.kind === 'heading')) {
    const shown = title.length > 60 ? `${title.slice(0, 57)}…` : title
    throw new DeckwrightError('INPUT_NO_ARTICLE', `${origin}: holds only a title or headings ("${shown}"), no article text`, {
      hint: 'Pass the whole article: its paragraphs of prose, not just its title.',
    })
  }
  if (spans.length === 0) {
    throw new DeckwrightError('INPUT_NO_ARTICLE', `${origin}: no article text left after cleaning`, {
      hint: 'The input holds no paragraphs of prose (only markup, metadata or page furniture). Pass the article itself, e.g. save the page as text.',
    })
  }
  return { text, blocks: spans, meta: cleanedMeta, format, origin, removed: [...removedBefore, ...removed] }
}
