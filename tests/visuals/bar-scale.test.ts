import { describe, expect, it } from 'vitest'
import { barLayout, niceStep } from '../../src/visuals/bar-scale.ts'

describe('barLayout', () => {
  it('draws a linear axis from zero: bar widths are proportional to the values', () => {
    const l = barLayout([{ label: 'A', value: 60, text: '60%' }, { label: 'B', value: 20, text: '20%' }])
    expect(l.ticks[0]!.text).toBe('0')
    expect(l.bars[0]!.x).toBe(l.zero)
    expect(l.bars[0]!.w / l.bars[1]!.w).toBeCloseTo(3, 5)
  })

  it('extends negative values left of zero and draws a range from its bottom to its top', () => {
    const l = barLayout([{ label: 'Up', value: 27, text: '27%' }, { label: 'Down', value: -10, text: '10%' }, { label: 'Range', value: 5, high: 15, text: '5–15%' }])
    expect(l.bars[1]!.negative).toBe(true)
    expect(l.bars[1]!.x + l.bars[1]!.w).toBeCloseTo(l.zero, 5)
    expect(l.bars[1]!.valueAnchor).toBe('end')
    expect(l.bars[2]!.range).toBe(true)
    expect(l.bars[2]!.x).toBeGreaterThan(l.zero)
  })

  it('writes the unit on the axis when the values are shares or money, a plain number otherwise', () => {
    const shares = [{ label: 'Up', value: 27, text: '27%' }, { label: 'Down', value: -10, text: '−10%' }]
    expect(barLayout(shares, 'en', '%').ticks.map((t) => t.text)).toEqual(['-10%', '0%', '10%', '20%', '30%'])
    expect(barLayout(shares, 'fr', '%').ticks.at(-1)!.text).toMatch(/^30\s%$/u)
    const money = [{ label: 'A', value: 35e9, text: '$35 billion' }]
    expect(barLayout(money, 'en', 'USD').ticks.at(-1)!.text).toBe('$40B')
    expect(barLayout([{ label: 'A', value: 3997, text: '3,997 responses' }], 'en', 'responses').ticks.at(-1)!.text).toBe('4K')
  })

  it('picks 1-2-5 steps', () => {
    expect(niceStep(62)).toBe(20)
    expect(niceStep(4_500_000)).toBe(1_000_000)
  })
})

describe('bar labels and the zero line', () => {
  it('sit above their own bars: a positive bar’s right of the zero line, a negative bar’s ending at it', () => {
    const mixed = barLayout([{ label: 'Revenue', value: 27, text: '27%' }, { label: 'Headcount', value: -10, text: '−10%' }])
    const [up, down] = mixed.bars
    expect(up!.labelX).toBeGreaterThan(mixed.zero)
    expect(up!.labelAnchor).toBe('start')
    expect(down!.labelX).toBeLessThan(mixed.zero)
    expect(down!.labelAnchor).toBe('end')
    const positive = barLayout([{ label: 'Revenue', value: 27, text: '27%' }, { label: 'Costs', value: 6, text: '6%' }])
    expect(positive.bars.map((b) => b.labelX)).toEqual([0, 0])
    expect(positive.zero).toBe(0)
  })

  it('puts a range below zero’s label left of zero too', () => {
    const l = barLayout([{ label: 'Revenue', value: 27, text: '27%' }, { label: 'Loss', value: -5, high: -2, text: '−5% to −2%' }])
    expect(l.bars[1]!.labelX).toBeLessThan(l.zero)
    expect(l.bars[1]!.labelAnchor).toBe('end')
  })

  it('starts a negative bar’s label at the left edge when the room left of zero is too short for it', () => {
    const l = barLayout([{ label: 'Revenue', value: 90, text: '90%' }, { label: 'Average price per ad in the Asia-Pacific region', value: -1, text: '−1%' }])
    expect(l.bars[1]!.labelX).toBe(0)
    expect(l.bars[1]!.labelAnchor).toBe('start')
  })
})

describe('room for the values', () => {
  it('is as wide as the longest value needs: short values leave the bars more of the width', () => {
    const short = barLayout([{ label: 'A', value: 27, text: '27%' }, { label: 'B', value: 6, text: '6%' }])
    const long = barLayout([{ label: 'A', value: 3.5e9, text: '€3 billion and €3.5 billion' }, { label: 'B', value: 1e9, text: '€1 billion' }])
    const span = (l: ReturnType<typeof barLayout>) => l.bars[0]!.x + l.bars[0]!.w
    expect(span(short)).toBeGreaterThan(span(long))
    // the longest value still fits right of its bar
    expect(span(long) + 10 + '€3 billion and €3.5 billion'.length * 11).toBeLessThanOrEqual(long.width + 1)
    // a value in Chinese characters takes more room than as many Latin ones (six characters each)
    const wide = barLayout([{ label: 'A', value: 2, text: '2.1亿美元' }])
    const narrow = barLayout([{ label: 'A', value: 2, text: '2.1 bn' }])
    expect(span(wide)).toBeLessThan(span(narrow))
    // and a negative value left of its bar
    const mixed = barLayout([{ label: 'Up', value: 27, text: '27%' }, { label: 'Down', value: -10, text: '−10%' }])
    expect(mixed.bars[1]!.x - 10 - '−10%'.length * 11).toBeGreaterThanOrEqual(0)
  })
})
