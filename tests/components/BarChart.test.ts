// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import BarChart from '../../components/BarChart.vue'
import { HOSTILE } from './hostile.ts'

const items = [
  { label: 'Shortage of skilled technicians', value: 62, text: '62%' },
  { label: 'Financing', value: 21, text: '21%' },
]

describe('BarChart.vue', () => {
  it('draws one labelled bar per item and gives a text alternative', () => {
    const w = mount(BarChart, { props: { items, caption: 'Biggest constraints', unit: '%' } })
    expect(w.findAll('rect.dw-bars__bar')).toHaveLength(2)
    expect(w.findAll('text.dw-bars__label').map((t) => t.text())).toEqual(['Shortage of skilled technicians', 'Financing'])
    expect(w.findAll('text.dw-bars__value').map((t) => t.text())).toEqual(['62%', '21%'])
    expect(w.find('svg').attributes('aria-hidden')).toBe('true')
    expect(w.find('table caption').text()).toBe('Bar chart of 2 values')
    expect(w.findAll('tbody tr').map((r) => [r.find('th').text(), r.find('td').text()])).toEqual([['Shortage of skilled technicians', '62%'], ['Financing', '21%']])
    expect(w.find('figcaption').text()).toBe('Biggest constraints')
  })

  it.each(HOSTILE)('renders %j literally as text', (s) => {
    const w = mount(BarChart, { props: { items: [{ label: s, value: 1, text: s }], caption: s } })
    expect(w.find('text.dw-bars__label').text()).toBe(s)
    expect(w.find('figcaption').text()).toBe(s)
    expect((w.element as HTMLElement).querySelectorAll('script, img, b').length).toBe(0)
  })
})
