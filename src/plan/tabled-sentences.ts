/**
 * Sentences that only say again what a table slide shows: every amount and share they give is
 * a number on the slide, in a row whose label the sentence names ("Total costs and expenses
 * were $22.64 billion, an increase of 6% year-over-year" beside the highlights table's row
 * "Costs and expenses | $22,637 million | … | 6%"). Their bullets would repeat the table, as a
 * chart's own sentences would repeat the chart (chart-slides.ts `chartedSentences`). Not a
 * sentence that says more of the row than its number ("Siobhan is single and employed as a shop
 * assistant, earning €24,960 per annum" beside the row "Gross income"), nor a range or an
 * approximate amount (an outlook, not the table's figure).
 */
import type { Analysis, CellNumber, Figure, TableSlide } from '../types.ts'
import { numberOutside } from './chart-slides.ts'

/** A table's scale note: "(In millions)", "(in thousands, except per share data)". */
const SCALE = /\bin (thousands|millions|billions)\b/i
const SCALES: Record<string, number> = { thousands: 1e3, millions: 1e6, billions: 1e9 }

/** The sentences whose figures are all on the table slides (`shown`: each table's index and its slides). */
export function tabledSentences(a: Analysis, shown: ReadonlyArray<{ i: number; slides: readonly TableSlide[] }>): number[] {
  const cells = shown.flatMap(({ i, slides }) => shownNumbers(a, i, slides))
  if (cells.length === 0) return []
  const bySentence = new Map<number, Figure[]>()
  for (const f of a.figures) {
    const own = bySentence.get(f.sentence)
    if (own) own.push(f)
    else bySentence.set(f.sentence, [f])
  }
  const out: number[] = []
  bySentence.forEach((figures, id) => {
    const s = a.sentences[id]!
    if (figures.some((f) => f.kind === 'count' || f.high !== undefined || f.qualifier !== undefined)) return
    if (numberOutside(s, figures.map((f) => f.span))) return
    const text = s.text.toLocaleLowerCase()
    if (figures.every((f) => cells.some((c) => sameNumber(f, c.n) && c.label.every((w) => text.includes(w))))) out.push(id)
  })
  return out.sort((x, y) => x - y)
}

/** A shown cell's number and the content words of its row's label ("costs", "expenses"). */
interface ShownCell {
  n: CellNumber
  label: string[]
}

/** The numbers of a table's cells that its slides show, each scaled by the table's note ("(In millions)": 22,637 → 22,637,000,000). */
function shownNumbers(a: Analysis, i: number, slides: readonly TableSlide[]): ShownCell[] {
  const t = a.article.tables[i]!
  const visible = new Set(slides.flatMap((s) => s.rows.flatMap((r) => r.cells)))
  const note = [t.caption?.text ?? '', ...t.notes.map((n) => n.text)].join(' ')
  const scale = SCALES[SCALE.exec(note)?.[1]?.toLowerCase() ?? ''] ?? 1
  return t.body.flatMap((row) => {
    const label = (row[0]?.text ?? '').toLocaleLowerCase().match(/\p{L}{3,}/gu)?.filter((w) => !LABEL_FILLER.has(w)) ?? []
    if (label.length === 0) return []
    return row.slice(1).flatMap((c) => (c.number && visible.has(c.text) ? [{ n: c.number.percent ? c.number : { ...c.number, value: c.number.value * scale }, label }] : []))
  })
}

/** Words of a row's label a sentence need not repeat. */
const LABEL_FILLER = new Set(['and', 'the', 'for', 'of', 'total', 'net'])

/** A figure and a cell's number are the same as written: the cell's value rounds to the figure's ("$22,637 million" is "$22.64 billion"). */
function sameNumber(f: Figure, n: CellNumber): boolean {
  if (f.kind === 'percent' ? !n.percent : n.percent) return false
  if (f.kind === 'money' && n.currency !== undefined && n.currency !== f.currency) return false
  return Math.abs(Math.abs(n.value) - Math.abs(f.value)) <= roundingOf(f) + 1e-9 * Math.abs(f.value)
}

/** Half the last written digit of a figure, in its value's units: "$22.64 billion" → 5 million. */
function roundingOf(f: Figure): number {
  const m = /(\d[\d,]*)(?:\.(\d+))?/u.exec(f.text)
  if (!m) return 0
  const written = Number(`${m[1]!.replace(/,/g, '')}.${m[2] ?? '0'}`)
  const unit = written > 0 ? Math.abs(f.value) / written : 1
  return 0.5 * 10 ** -(m[2]?.length ?? 0) * unit
}
