/**
 * Inline code kept on the slides: the words a bullet's sentence sets as code in the article
 * ("`read_json_auto` infers the schema") are marked on the bullet (`Bullet.code`), and the
 * render shows them as code, the rest as text.
 */
import { spansInTurn } from '../analyze/whole-at.ts'
import type { Analysis, Bullet, Slide, Span } from '../types.ts'

/** The slides with each bullet's inline code marked. */
export function withInlineCode(a: Analysis, slides: readonly Slide[]): Slide[] {
  const code = a.article.blocks.flatMap((b) => b.code ?? [])
  if (code.length === 0) return [...slides]
  const mark = (b: Bullet): Bullet => {
    const marks = codeMarks(a.article.text, b, code)
    return marks.length > 0 ? { ...b, code: marks } : b
  }
  return slides.map((s) => (s.kind === 'section' || s.kind === 'takeaways' ? { ...s, bullets: s.bullets.map(mark) } : s))
}

/** Where the inline code of a bullet's sentence stands in the bullet's text, each found in turn. */
function codeMarks(text: string, b: Bullet, code: readonly Span[]): Span[] {
  const own = code.filter((c) => c.start >= b.source.start && c.end <= b.source.end)
  return spansInTurn(b.text, own.map((c) => text.slice(c.start, c.end)))
}
