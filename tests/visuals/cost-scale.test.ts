import { describe, expect, it } from 'vitest'
import {
  LOG_THRESHOLD,
  MIN_BAR,
  barWidth,
  restatesAmount,
  buildCostChart,
  chooseScale,
  describeChart,
  formatAmount,
  formatCost,
  safeLocale,
  scaleNote,
  statedAmount,
} from '../../src/visuals/cost-scale.ts'

describe('formatAmount', () => {
  it('formats compact currency amounts as Intl does, without a forced decimal', () => {
    expect(formatAmount(6_000_000, 'USD', 'en')).toBe('$6M')
    expect(formatAmount(6_500_000, 'USD', 'en')).toBe('$6.5M')
    expect(formatAmount(1_200_000_000, 'USD', 'en')).toBe('$1.2B')
    expect(formatAmount(950, 'GBP', 'en')).toBe('£950')
  })

  it('follows the locale', () => {
    const fr = formatAmount(6_000_000, 'EUR', 'fr')
    expect(fr).toContain('€')
    expect(fr).toMatch(/^6\s?M/u)
    expect(formatAmount(6_000_000, 'EUR', 'fr')).toBe(
      new Intl.NumberFormat('fr', { notation: 'compact', style: 'currency', currency: 'EUR', minimumFractionDigits: 0, maximumFractionDigits: 1 }).format(6_000_000),
    )
  })

  it('formats plain numbers without a currency', () => {
    expect(formatAmount(6_000_000, undefined, 'en')).toBe('6M')
    expect(formatAmount(12_345, undefined, 'en')).toBe('12.3K')
  })

  it('falls back instead of throwing on a bad currency code or locale', () => {
    expect(formatAmount(6_000_000, 'NOTACODE', 'en')).toBe('6M NOTACODE')
    expect(formatAmount(6_000_000, 'USD', 'not a locale!')).toBe('$6M')
    expect(safeLocale('')).toBe('en')
    expect(safeLocale('de-DE')).toBe('de-DE')
  })
})

describe('formatCost', () => {
  it('puts the qualifier in words before the amount', () => {
    expect(formatCost({ label: 'x', amount: 6e6, currency: 'USD', qualifier: 'under' })).toBe('under $6M')
    expect(formatCost({ label: 'x', amount: 6e6, currency: 'USD', qualifier: 'at least' })).toBe('at least $6M')
    expect(formatCost({ label: 'x', amount: 6e6, currency: 'EUR', qualifier: 'up to' }, 'de')).toMatch(/^bis zu 6/u)
  })

  it('says "amount not stated" for null, absent and non-finite amounts', () => {
    expect(formatCost({ label: 'x', amount: null })).toBe('amount not stated')
    expect(formatCost({ label: 'x' })).toBe('amount not stated')
    expect(formatCost({ label: 'x', amount: Number.NaN })).toBe('amount not stated')
    expect(formatCost({ label: 'x' }, 'fr')).toBe('montant non précisé')
    expect(statedAmount(0)).toBe(0)
    expect(statedAmount(Infinity)).toBeNull()
  })
})

describe('chooseScale', () => {
  it('stays linear up to the threshold and switches to log above it', () => {
    expect(chooseScale([1, LOG_THRESHOLD]).scale).toBe('linear')
    expect(chooseScale([1, LOG_THRESHOLD + 0.01]).scale).toBe('log')
    expect(chooseScale([6e6, 1e9])).toEqual({ scale: 'log', ratio: 1e9 / 6e6 })
  })

  it('ignores zero, negative and non-finite amounts and needs two positive amounts', () => {
    expect(chooseScale([0, 1000])).toEqual({ scale: 'linear', ratio: null })
    expect(chooseScale([0, 5, 1000])).toEqual({ scale: 'log', ratio: 200 })
    expect(chooseScale([])).toEqual({ scale: 'linear', ratio: null })
    expect(chooseScale([-1, Number.NaN, 3, 90]).scale).toBe('log')
  })
})

describe('barWidth', () => {
  it('is proportional on a linear scale', () => {
    expect(barWidth(50, 'linear', [50, 100])).toBe(50)
    expect(barWidth(100, 'linear', [50, 100])).toBe(100)
  })

  it('on a log scale keeps order, gives the max 100% and the min a visible bar', () => {
    const amounts = [1e3, 1e5, 1e9]
    const w = amounts.map((a) => barWidth(a, 'log', amounts))
    expect(w[2]).toBe(100)
    expect(w[0]).toBeGreaterThan(MIN_BAR)
    expect(w[0]!).toBeLessThan(w[1]!)
    expect(w[1]!).toBeLessThan(w[2]!)
    // base is one decade below the min: log10(1e3/1e2) / log10(1e9/1e2) = 1/7
    expect(w[0]).toBeCloseTo(100 / 7, 0)
  })

  it('never draws a bar for zero or negative amounts, and keeps tiny ones visible', () => {
    expect(barWidth(0, 'linear', [10])).toBe(0)
    expect(barWidth(-5, 'log', [10, 1000])).toBe(0)
    expect(barWidth(1, 'linear', [1, 20])).toBe(5)
    expect(barWidth(0.01, 'linear', [0.01, 10])).toBe(MIN_BAR)
  })
})

describe('restatesAmount', () => {
  it('knows a wording that only repeats the amount shown', () => {
    expect(restatesAmount('$35-40 billion', '$35–40B')).toBe(true)
    expect(restatesAmount('$6 million', '$6M')).toBe(true)
  })

  it('keeps a wording that says more or other numbers', () => {
    expect(restatesAmount('about $6 million', 'about $6M')).toBe(false)
    expect(restatesAmount('€3 billion and €3.5 billion', '€3–3.5B')).toBe(false)
    expect(restatesAmount('$1.27 billion', '$1.3B')).toBe(false)
    expect(restatesAmount('Paragraph 4', 'under $6M')).toBe(false)
  })
})

describe('buildCostChart', () => {
  const items = [
    { label: 'Model training', amount: 6_000_000, currency: 'USD', qualifier: 'under' as const, source: 'Paragraph 4' },
    { label: 'Rivals', amount: null, note: 'considerable resources' },
    { label: 'Data centres', amount: 500_000_000_000, currency: 'USD' },
  ]

  it('builds one row per item, with no bar for the unstated amount', () => {
    const chart = buildCostChart(items, 'en')
    expect(chart.rows.map((r) => r.label)).toEqual(['Model training', 'Rivals', 'Data centres'])
    expect(chart.rows[1]).toMatchObject({ stated: false, width: null, text: 'amount not stated', note: 'considerable resources' })
    expect(chart.rows[0]).toMatchObject({ stated: true, text: 'under $6M', source: 'Paragraph 4' })
    expect(chart.rows[2]!.width).toBe(100)
  })

  it('uses a log scale for a wide spread and announces it', () => {
    const chart = buildCostChart(items, 'en')
    expect(chart.scale).toBe('log')
    expect(scaleNote(chart, 'en')).toMatch(/^log scale: the largest amount is 83,000× the smallest$/)
    expect(describeChart(chart, 'Costs', 'en')).toContain('log scale')
  })

  it('stays linear with a narrow spread and has no scale note', () => {
    const chart = buildCostChart([{ label: 'a', amount: 10 }, { label: 'b', amount: 150 }])
    expect(chart.scale).toBe('linear')
    expect(scaleNote(chart)).toBe('')
    expect(chart.rows.map((r) => r.width)).toEqual([6.7, 100])
  })

  it('shows a stated range as a range: both ends in its text, its bar on to its top, which the scale reaches', () => {
    const chart = buildCostChart([
      { label: 'Capital expenditures, 2024', amount: 35e9, high: 40e9, currency: 'USD' },
      { label: 'Prior outlook', amount: 30e9, high: 37e9, currency: 'USD' },
      { label: 'Last year', amount: 28e9, currency: 'USD' },
    ], 'en')
    expect(chart.rows.map((r) => r.text)).toEqual(['$35–40B', '$30–37B', '$28B'])
    expect(buildCostChart([{ label: 'a', amount: 3e6, high: 4.5e9, currency: 'EUR' }], 'fr').rows[0]!.text).toMatch(/^3\sM\s€\s–\s4,5\sMd\s€$/u)
    expect(chart.rows.map((r) => [r.width, r.highWidth])).toEqual([[87.5, 100], [75, 92.5], [70, undefined]])
    // a top not above its bottom is no range
    expect(buildCostChart([{ label: 'a', amount: 5, high: 5 }]).rows[0]).not.toHaveProperty('highWidth')
    expect(formatCost({ label: 'a', amount: 5e6, high: 4e6, currency: 'USD' }, 'en')).toBe('$5M')
  })

  it('flags mixed currencies', () => {
    const chart = buildCostChart([{ label: 'a', amount: 10, currency: 'USD' }, { label: 'b', amount: 12, currency: 'EUR' }])
    expect(chart.mixedCurrencies).toBe(true)
    expect(buildCostChart(items).mixedCurrencies).toBe(false)
  })

  it('copes with no items and with only unstated items', () => {
    expect(buildCostChart([]).rows).toEqual([])
    const chart = buildCostChart([{ label: 'a' }, { label: 'b', amount: null }])
    expect(chart.rows.every((r) => r.width === null)).toBe(true)
    expect(chart.scale).toBe('linear')
  })
})
