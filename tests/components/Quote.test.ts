// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import Quote from '../../components/Quote.vue'
import { HOSTILE } from './hostile.ts'

describe('Quote.vue', () => {
  it('renders the text in curly quotes with the attribution and source', () => {
    const w = mount(Quote, { props: { text: 'We must act.', speaker: 'Chris Lehane', affiliation: 'OpenAI', source: 'Paragraph 2' } })
    expect(w.find('blockquote').text()).toBe('“We must act.”')
    expect(w.find('.dw-quote__by').text()).toBe('— Chris Lehane, OpenAI')
    expect(w.find('.dw-quote__source').text()).toBe('Paragraph 2')
    expect(w.classes()).toContain('dw-quote--xl')
  })

  it('does not double marks the text already has and follows the language', () => {
    const w = mount(Quote, { props: { text: '« Il faut agir. »', lang: 'fr' } })
    const q = w.find('blockquote')
    expect(q.text()).toBe('«\u202FIl faut agir.\u202F»')
    expect(q.attributes('lang')).toBe('fr')
  })

  it("shows the writer's lead-in before the quotation, outside its marks, as text", () => {
    const w = mount(Quote, { props: { lead: 'When the country emerged from Taliban rule at the end of 2001,', text: 'it’s like we were stuck in a dark well', speaker: 'Naseem Akbar' } })
    expect(w.find('.dw-quote__lead').text()).toBe('When the country emerged from Taliban rule at the end of 2001,')
    expect(w.find('blockquote').text()).toBe('“it’s like we were stuck in a dark well”')
    expect(w.find('.dw-quote__lead + blockquote').exists()).toBe(true)
    expect(mount(Quote, { props: { text: 'Alone.' } }).find('.dw-quote__lead').exists()).toBe(false)
    for (const h of HOSTILE) expect(mount(Quote, { props: { lead: h, text: 'x' } }).find('.dw-quote__lead').text()).toBe(h)
  })

  it('omits the caption without speaker, affiliation or source', () => {
    const w = mount(Quote, { props: { text: 'Alone.' } })
    expect(w.find('figcaption').exists()).toBe(false)
    expect(w.find('blockquote').attributes('lang')).toBeUndefined()
  })

  it('shows only the affiliation when there is no speaker', () => {
    const w = mount(Quote, { props: { text: 'x', affiliation: 'OpenAI' } })
    expect(w.find('.dw-quote__by').text()).toBe('— OpenAI')
  })

  it('shrinks long quotes by tier', () => {
    const tierOf = (n: number) => mount(Quote, { props: { text: 'word '.repeat(n / 5) } }).classes().find((c) => c.startsWith('dw-quote--'))
    expect([tierOf(100), tierOf(200), tierOf(300), tierOf(500), tierOf(900)]).toEqual([
      'dw-quote--xl', 'dw-quote--lg', 'dw-quote--md', 'dw-quote--sm', 'dw-quote--xs',
    ])
  })

  it.each(HOSTILE)('renders %j literally as text in every prop', (s) => {
    const w = mount(Quote, { props: { text: s, speaker: s, affiliation: s, source: s } })
    const el = w.element as HTMLElement
    expect(w.find('blockquote').text()).toBe(`“${s.trim()}”`)
    expect(w.find('.dw-quote__by').text()).toBe(`— ${s}, ${s}`)
    expect(w.find('.dw-quote__source').text()).toBe(s)
    expect(el.querySelectorAll('script, img, b').length).toBe(0)
    // the same elements as with plain text: nothing was injected
    const plain = mount(Quote, { props: { text: 'a', speaker: 'a', affiliation: 'a', source: 'a' } })
    expect(el.querySelectorAll('*').length).toBe((plain.element as HTMLElement).querySelectorAll('*').length)
    expect(w.html()).not.toContain('<script')
  })
})
