/**
 * The section a deck closes on when it would otherwise end on raw figures. A results release
 * gives its outlook under a heading of its own ("CFO Outlook Commentary") and then its
 * statements (balance sheets, cash flows, segment tables); a presenter closes on the outlook
 * and shows the statements before it. A section under the article's own heading that concludes
 * or looks ahead (locale `sections.concluding`, as words of the heading: "Outlook", "Next
 * steps", "Lessons") moves after the others, with its sub-topics, when the deck's last section
 * ends on a table or a chart (the statements may follow in that very section, under headings
 * over tables only, which make no sections of their own).
 */
import type { Analysis, Slide } from '../types.ts'
import { localeFor } from '../locales/index.ts'

/** Slides that show figures without a sentence of the article's own: a deck should not end on one. */
const FIGURES_ONLY: ReadonlySet<Slide['kind']> = new Set(['table', 'chart'])

/** The deck's body closing on a concluding section, and that section's indices (with its sub-topics). */
export interface ClosingOrder<T> {
  body: T[]
  closing: number[]
}

/**
 * The body with the slides of the section that concludes or looks ahead (and of its sub-topics)
 * after the others, given each section's slides in article order; the tables and charts that
 * follow its words (statements printed after the outlook) stay where they were. Undefined when
 * the deck ends on words already, no section under a heading concludes before its end, or the
 * move would still end the deck on figures.
 */
export function closingOrder(a: Analysis, bySection: ReadonlyArray<readonly Slide[]>): ClosingOrder<Slide> | undefined {
  const last = lastIndex(bySection, (slides) => slides.length > 0)
  if (last < 0 || !endsOnFigures(bySection[last]!)) return undefined
  const concluding = localeFor(a.lang).sections.concluding.map((c) => wordsIn(c))
  const at = lastIndex(bySection, (slides, i) => {
    const s = a.sections[i]!
    return i <= last && !s.part && s.titleFrom === 'heading' && slides.some((x) => x.kind === 'section') && concluding.some((c) => c.test(s.title))
  })
  if (at < 0) return undefined
  const closing = [at]
  // (its sub-topics go with it)
  for (let i = at + 1; i < a.sections.length && a.sections[i]!.part; i++) closing.push(i)
  const words = (slides: readonly Slide[]) => slides.slice(0, lastIndex(slides, (x) => !FIGURES_ONLY.has(x.kind)) + 1)
  const body = bySection.flatMap((slides, i) => (closing.includes(i) ? slides.slice(words(slides).length) : slides))
  const end = closing.flatMap((i) => words(bySection[i]!))
  return endsOnFigures(end) ? undefined : { body: [...body, ...end], closing }
}

function endsOnFigures(slides: readonly Slide[]): boolean {
  const end = slides.at(-1)
  return !end || FIGURES_ONLY.has(end.kind)
}

function lastIndex<T>(items: readonly T[], test: (item: T, i: number) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!, i)) return i
  return -1
}

/** A phrase as whole words of a heading, in any case. */
function wordsIn(phrase: string): RegExp {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])${escaped}(?:$|[^\\p{L}\\p{N}])`, 'iu')
}
