// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import CostComparison from '../../components/CostComparison.vue'
import { HOSTILE } from './hostile.ts'

const deepseek = [
  { label: 'DeepSeek model training', amount: 6_000_000, currency: 'USD', qualifier: 'under', source: 'Paragraph 4' },
  { label: 'American tech companies', amount: null, note: 'considerable resources, amount not stated' },
]

const rowsOf = (w: ReturnType<typeof mount>) => w.findAll('.dw-cost__row')
const tableRows = (w: ReturnType<typeof mount>) =>
  w.findAll('table tbody tr').map((tr) => tr.findAll('th, td').map((c) => c.text()))

describe('CostComparison.vue', () => {
  it('renders title, formatted amounts with qualifier, and caption', () => {
    const w = mount(CostComparison, { props: { title: 'Training cost', items: deepseek, caption: 'As reported' } })
    expect(w.find('figcaption').text()).toBe('Training cost')
    expect(rowsOf(w)).toHaveLength(2)
    expect(rowsOf(w)[0]!.find('.dw-cost__amount').text()).toBe('under $6M')
    expect(rowsOf(w)[0]!.find('.dw-cost__sub').text()).toBe('Paragraph 4')
    expect(w.find('.dw-cost__caption').text()).toBe('As reported')
  })

  it('leaves out a wording that only repeats the amount shown, keeps one that says more', () => {
    const items = [
      { label: 'Capital expenditures', amount: 35e9, high: 40e9, currency: 'USD', source: '$35-40 billion' },
      { label: 'Training', amount: 6e6, currency: 'USD', qualifier: 'about', source: 'about $6 million' },
    ]
    const w = mount(CostComparison, { props: { items } })
    expect(rowsOf(w)[0]!.find('.dw-cost__amount').text()).toBe('$35–40B')
    expect(rowsOf(w)[0]!.find('.dw-cost__sub').exists()).toBe(false)
    expect(rowsOf(w)[1]!.find('.dw-cost__sub').text()).toBe('about $6 million')
    // the table for screen readers keeps every wording
    expect(tableRows(w)[0]).toContain('$35-40 billion')
  })

  it('shows an unstated amount honestly: no bar, a placeholder saying so, and the note', () => {
    const w = mount(CostComparison, { props: { items: deepseek } })
    const missing = rowsOf(w)[1]!
    expect(missing.classes()).toContain('dw-cost__row--missing')
    expect(missing.find('.dw-cost__bar').exists()).toBe(false)
    expect(missing.find('.dw-cost__placeholder').text()).toBe('amount not stated')
    expect(missing.find('.dw-cost__sub').text()).toBe('considerable resources, amount not stated')
    expect(w.findAll('.dw-cost__bar')).toHaveLength(1)
    // an absent amount behaves like null
    const absent = mount(CostComparison, { props: { items: [{ label: 'x' }] } })
    expect(absent.find('.dw-cost__bar').exists()).toBe(false)
    expect(absent.find('.dw-cost__placeholder').text()).toBe('amount not stated')
  })

  it('draws bars to scale on a linear scale with no scale note', () => {
    const w = mount(CostComparison, { props: { items: [{ label: 'a', amount: 5, currency: 'USD' }, { label: 'b', amount: 20, currency: 'USD' }] } })
    expect(w.attributes('data-scale')).toBe('linear')
    expect(w.find('.dw-cost__note').exists()).toBe(false)
    const widths = w.findAll('.dw-cost__bar').map((b) => b.attributes('style') ?? '')
    expect(widths[0]).toContain('* 0.25)')
    expect(widths[1]).toContain('* 1)')
  })

  it('draws a stated range from its bottom on to its top, and reads both ends', () => {
    const w = mount(CostComparison, { props: { items: [{ label: 'Outlook', amount: 35e9, high: 40e9, currency: 'USD' }, { label: 'Prior', amount: 20e9, currency: 'USD' }] } })
    const [range, single] = rowsOf(w)
    expect(range!.find('.dw-cost__amount').text()).toBe('$35–40B')
    expect(range!.find('.dw-cost__bar').attributes('style')).toContain('* 0.875)')
    expect(range!.find('.dw-cost__range').attributes('style')).toContain('* 0.125)')
    expect(single!.find('.dw-cost__range').exists()).toBe(false)
    expect(tableRows(w)[0]).toContain('$35–40B')
  })

  it('switches to a log scale above 20× and says so visibly and in the table-free label', () => {
    const items = [{ label: 'a', amount: 1_000, currency: 'USD' }, { label: 'b', amount: 21_000, currency: 'USD' }]
    const w = mount(CostComparison, { props: { items } })
    expect(w.attributes('data-scale')).toBe('log')
    expect(w.find('.dw-cost__note').text()).toBe('log scale: the largest amount is 21× the smallest')
    const at20 = mount(CostComparison, { props: { items: [items[0], { label: 'b', amount: 20_000, currency: 'USD' }] } })
    expect(at20.attributes('data-scale')).toBe('linear')
  })

  it('lists every item, including ones beyond the six drawn, in the accessible table', () => {
    const items = Array.from({ length: 8 }, (_, k) => ({ label: `Item ${k + 1}`, amount: k === 3 ? null : (k + 1) * 1000, currency: 'EUR' }))
    const w = mount(CostComparison, { props: { items, title: 'Eight' } })
    expect(rowsOf(w)).toHaveLength(6)
    expect(w.find('.dw-cost__more').text()).toBe('+2')
    const rows = tableRows(w)
    expect(rows.map((r) => r[0])).toEqual(items.map((i) => i.label))
    expect(rows[3]![1]).toBe('amount not stated')
    expect(rows[0]![1]).toBe('€1K')
    expect(w.find('table caption').text()).toBe('Eight')
    // the drawn rows are hidden from assistive tech; the table carries the content
    expect(w.find('.dw-cost__rows').attributes('aria-hidden')).toBe('true')
  })

  it('formats by locale', () => {
    const w = mount(CostComparison, { props: { locale: 'fr', items: [{ label: 'a', amount: 6e6, currency: 'EUR', qualifier: 'about' }, { label: 'b' }] } })
    expect(rowsOf(w)[0]!.find('.dw-cost__amount').text()).toMatch(/^environ 6\s?M\s?€$/u)
    expect(rowsOf(w)[1]!.find('.dw-cost__placeholder').text()).toBe('montant non précisé')
  })

  it('renders an empty list without failing', () => {
    const w = mount(CostComparison, { props: { items: [] } })
    expect(rowsOf(w)).toHaveLength(0)
    expect(tableRows(w)).toEqual([])
  })

  it.each(HOSTILE)('renders %j literally as text', (s) => {
    const items = [{ label: s, amount: 10, currency: 'USD', note: s, source: s }, { label: s, note: s }]
    const w = mount(CostComparison, { props: { items, title: s, caption: s } })
    expect(w.find('figcaption').text()).toBe(s)
    expect(w.find('.dw-cost__caption').text()).toBe(s)
    expect(rowsOf(w).map((r) => r.find('.dw-cost__name').text())).toEqual([s, s])
    expect(rowsOf(w)[0]!.find('.dw-cost__sub').text()).toBe(`${s} · ${s}`)
    expect(tableRows(w)[0]).toEqual([s, '$10', s, s])
    const el = w.element as HTMLElement
    expect(el.querySelectorAll('script, img, b').length).toBe(0)
    const plain = mount(CostComparison, { props: { items: items.map((i) => ({ ...i, label: 'a', note: 'a', source: 'a' })), title: 'a', caption: 'a' } })
    expect(el.querySelectorAll('*').length).toBe((plain.element as HTMLElement).querySelectorAll('*').length)
  })
})
