// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import CodeListing from '../../components/CodeListing.vue'
import { HOSTILE } from './hostile.ts'

describe('CodeListing.vue', () => {
  it('shows each block as written, line breaks and indentation kept, left to right', () => {
    const blocks = ['fn main() {\n    println!("{}", align_of::<i128>());\n}', '// rustc 1.76.0\nalignment of i128: 8']
    const w = mount(CodeListing, { props: { blocks } })
    const pres = w.findAll('pre')
    expect(pres.map((p) => p.element.textContent)).toEqual(blocks)
    for (const p of pres) {
      expect(p.attributes('dir')).toBe('ltr')
      // a fitting box: a line too wide makes the slide's type smaller
      expect(p.attributes('data-dw-fit-box')).toBeDefined()
    }
  })

  it.each(HOSTILE)('renders %j literally as text', (s) => {
    const w = mount(CodeListing, { props: { blocks: [s, s] } })
    expect(w.findAll('code').map((c) => c.element.textContent)).toEqual([s, s])
    const el = w.element as HTMLElement
    expect(el.querySelectorAll('script, img, b').length).toBe(0)
    expect(el.querySelectorAll('*').length).toBe(4)
  })
})
