/**
 * Geometry of BarChart.vue: a linear axis from zero (negative values extend to its left), nice
 * ticks, one row per item (its label above its bar, on the bar's side of the zero line), a
 * range drawn from its bottom to its top. The room beside the bars for the values is as wide as
 * the longest value needs (estimated from its characters), so short values ("27%") leave the
 * bars the width.
 * Pure, so it is tested without a browser.
 */

/** One bar: what it is about, its value (or range [value, high]) and the value as written. */
export interface BarItem {
  label: string
  value: number
  high?: number
  text: string
}

export interface Bar {
  label: string
  text: string
  x: number
  y: number
  w: number
  labelX: number
  labelY: number
  /** A negative bar's label ends at the zero line, above the bar; others start there (or at the left edge). */
  labelAnchor: 'start' | 'end'
  valueX: number
  valueAnchor: 'start' | 'end'
  range: boolean
  negative: boolean
}

export interface BarLayout {
  width: number
  height: number
  plotBottom: number
  zero: number
  barHeight: number
  ticks: { x: number; text: string }[]
  bars: Bar[]
}

const WIDTH = 900
/** Row pitch and bar height: a chart of many rows sets them closer, so it keeps its width on a slide. */
const ROW = { few: 64, many: 50 } as const
const BAR = { few: 26, many: 22 } as const
/** More rows than this count as many. */
const FEW_ROWS = 4
/** Room beside the bars for a value's text: at least, and at most (a long value wraps nothing: it is one line). */
const VALUE_ROOM = { min: 60, max: 340 } as const
/** A character's width at the chart's font size (18 units), about: a value's (semibold figures), a label's, and a wide one's (Chinese, Japanese, Korean, full-width forms). */
const CHAR_WIDTH = { value: 11, label: 10, wide: 18 } as const
/** Characters set a full em wide. */
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff01-\uff60]/u

/** A text's width at the chart's font size, about: `narrow` a character, a wide one more. */
function textWidth(text: string, narrow: number): number {
  let w = 0
  for (const c of text) w += WIDE.test(c) ? CHAR_WIDTH.wide : narrow
  return w
}
/** Between the zero line and the labels when bars fall on both sides of it. */
const LABEL_GAP = 6

/** A step of 1, 2 or 5 × 10^n giving about `count` intervals over `span`. */
export function niceStep(span: number, count = 5): number {
  if (!(span > 0)) return 1
  const raw = span / count
  const mag = 10 ** Math.floor(Math.log10(raw))
  const unit = raw / mag
  return (unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10) * mag
}

/**
 * How a tick's value is written: with the values' unit when it is a share ("20 %" in French) or
 * a currency ("$10B"), so the axis says what its numbers are; a plain number otherwise.
 */
export function tickFormat(locale: string, unit = ''): (v: number) => string {
  const compact = { notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 } as const
  if (unit === '%') {
    const share = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 })
    return (v) => share.format(v / 100)
  }
  if (/^[A-Z]{3}$/.test(unit)) {
    try {
      const money = new Intl.NumberFormat(locale, { style: 'currency', currency: unit, ...compact })
      return (v) => money.format(v)
    } catch {
      // not a currency Intl knows: a plain number
    }
  }
  const plain = new Intl.NumberFormat(locale, compact)
  return (v) => plain.format(v)
}

export function barLayout(items: readonly BarItem[], locale = 'en', unit = ''): BarLayout {
  const pitch = items.length > FEW_ROWS ? ROW.many : ROW.few
  const bar = items.length > FEW_ROWS ? BAR.many : BAR.few
  const lows = items.map((i) => Math.min(i.value, i.high ?? i.value))
  const highs = items.map((i) => Math.max(i.value, i.high ?? i.value))
  const step = niceStep(Math.max(0, ...highs) - Math.min(0, ...lows))
  const min = Math.floor(Math.min(0, ...lows) / step) * step
  const max = Math.ceil(Math.max(0, ...highs) / step) * step || step
  const room = (texts: readonly string[]) => Math.min(VALUE_ROOM.max, Math.max(VALUE_ROOM.min, 16 + Math.max(0, ...texts.map((t) => textWidth(t, CHAR_WIDTH.value)))))
  const left = min < 0 ? room(items.filter((i) => i.value < 0).map((i) => i.text)) : 0
  const right = WIDTH - (max > 0 ? room(items.filter((i) => i.value >= 0 || i.high !== undefined).map((i) => i.text)) : 20)
  const x = (v: number) => left + ((v - min) / (max - min)) * (right - left)
  const zero = x(0)
  const fmt = tickFormat(locale, unit)
  const ticks: BarLayout['ticks'] = []
  for (let v = min; v <= max + step / 2; v += step) ticks.push({ x: x(v), text: fmt(Math.abs(v) < step / 1e6 ? 0 : v) })
  const bars = items.map((item, i): Bar => {
    const lo = lows[i]!
    const hi = highs[i]!
    const range = item.high !== undefined
    const from = range ? x(lo) : Math.min(zero, x(item.value))
    const to = range ? x(hi) : Math.max(zero, x(item.value))
    const negative = !range && item.value < 0
    const y = i * pitch + 30
    // (a bar below zero, a range too, has its label left of zero: right of it, it read as the label of nothing;
    // one too long for the room left of zero starts at the edge)
    const below = range ? hi <= 0 : negative
    const labelLeft = below && textWidth(item.label, CHAR_WIDTH.label) <= zero - LABEL_GAP
    return {
      label: item.label,
      text: item.text,
      x: from,
      y,
      w: Math.max(2, to - from),
      labelX: labelLeft ? zero - LABEL_GAP : min < 0 && !below ? zero + LABEL_GAP : 0,
      labelY: y - 8,
      labelAnchor: labelLeft ? 'end' : 'start',
      valueX: negative ? from - 10 : to + 10,
      valueAnchor: negative ? 'end' : 'start',
      range,
      negative,
    }
  })
  const plotBottom = items.length * pitch + 8
  return { width: WIDTH, height: plotBottom + 30, plotBottom, zero, barHeight: bar, ticks, bars }
}
