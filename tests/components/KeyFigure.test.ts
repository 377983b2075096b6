// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import KeyFigure from '../../components/KeyFigure.vue'
import { HOSTILE } from './hostile.ts'

describe('KeyFigure.vue', () => {
  it('renders value, label and context', () => {
    const w = mount(KeyFigure, { props: { value: '$6M', label: 'DeepSeek training cost', context: 'under $6 million, per the article' } })
    expect(w.find('.dw-key__value').text()).toBe('$6M')
    expect(w.find('.dw-key__label').text()).toBe('DeepSeek training cost')
    expect(w.find('.dw-key__context').text()).toBe('under $6 million, per the article')
    expect(w.find('.dw-key__value').classes()).toContain('dw-key__value--xl')
  })

  it('omits the context when absent', () => {
    const w = mount(KeyFigure, { props: { value: '42%', label: 'share' } })
    expect(w.find('.dw-key__context').exists()).toBe(false)
  })

  it('shrinks long values', () => {
    const size = (v: string) => mount(KeyFigure, { props: { value: v, label: 'l' } }).find('.dw-key__value').classes()
    expect(size('$6M')).toContain('dw-key__value--xl')
    expect(size('$600,000')).toContain('dw-key__value--lg')
    expect(size('$600,000,000,000')).toContain('dw-key__value--md')
    expect(size('about 600 billion dollars a year')).toContain('dw-key__value--sm')
  })

  it.each(HOSTILE)('renders %j literally as text', (s) => {
    const w = mount(KeyFigure, { props: { value: s, label: s, context: s } })
    expect(w.find('.dw-key__value').text()).toBe(s)
    expect(w.find('.dw-key__label').text()).toBe(s)
    expect(w.find('.dw-key__context').text()).toBe(s)
    const el = w.element as HTMLElement
    expect(el.querySelectorAll('script, img, b').length).toBe(0)
    expect(el.querySelectorAll('*').length).toBe(4)
  })
})
