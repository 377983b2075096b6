// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import DataTable from '../../components/DataTable.vue'
import { HOSTILE } from './hostile.ts'

const columns = [
  { label: '', numeric: false },
  { label: 'Q3 2024', numeric: true },
  { label: 'Q3 2023', numeric: true },
]
const rows = [
  { cells: ['Revenue', '$1,204', '$998'] },
  { cells: ['Operating expenses:', '', ''], group: true },
  { cells: ['Other (loss) income, net', '(299)', '25'] },
]

describe('DataTable.vue', () => {
  it('renders an accessible table: caption, column and row headers, numbers as written', () => {
    const w = mount(DataTable, { props: { columns, rows, caption: 'Results', note: 'In thousands' } })
    expect(w.find('caption').text()).toBe('Results')
    expect(w.findAll('thead th').map((th) => [th.text(), th.attributes('scope')])).toEqual([['', 'col'], ['Q3 2024', 'col'], ['Q3 2023', 'col']])
    expect(w.findAll('tbody th').map((th) => [th.text(), th.attributes('scope')])).toEqual([['Revenue', 'row'], ['Operating expenses:', 'row'], ['Other (loss) income, net', 'row']])
    expect(w.findAll('tbody tr')[2]!.findAll('td').map((td) => td.text())).toEqual(['(299)', '25'])
    expect(w.findAll('td.dw-table__num')).toHaveLength(4)
    // a group row spans the table and has no value cells
    expect(w.findAll('tbody tr')[1]!.find('th').attributes('colspan')).toBe('3')
    expect(w.findAll('tbody tr')[1]!.findAll('td')).toHaveLength(0)
    expect(w.find('.dw-table__note').text()).toBe('In thousands')
  })

  it('sets a long table in the smaller type, and every slide of a table continued over slides in the type of its longest', () => {
    const many = Array.from({ length: 6 }, (_, i) => ({ cells: [`Row ${i}`, '1', '2'] }))
    expect(mount(DataTable, { props: { columns, rows: many, caption: 'Results' } }).find('figure').classes()).toContain('dw-table--dense')
    expect(mount(DataTable, { props: { columns, rows, caption: 'Results' } }).find('figure').classes()).not.toContain('dw-table--dense')
    expect(mount(DataTable, { props: { columns, rows, caption: 'Results', pageRows: 6 } }).find('figure').classes()).toContain('dw-table--dense')
    // a table continued over slides is marked so (its slides grow no larger than a list's: fit-slide.ts)
    expect(mount(DataTable, { props: { columns, rows, caption: 'Results', pageRows: 6 } }).find('figure').classes()).toContain('dw-table--paged')
    expect(mount(DataTable, { props: { columns, rows, caption: 'Results' } }).find('figure').classes()).not.toContain('dw-table--paged')
  })

  it('shares the width of a table of numbers by its columns’ text, and leaves a table of text to the browser', () => {
    const w = mount(DataTable, { props: { columns, rows, caption: 'Results' } })
    const widths = w.findAll('colgroup col').map((c) => Number.parseFloat(c.attributes('style')!.replace(/^width:\s*/, '')))
    expect(widths).toHaveLength(3)
    // the row labels ("Other (loss) income, net") ask for more than "Q3 2024" over a number
    expect(widths[0]).toBeGreaterThan(widths[1]!)
    const text = [{ label: 'Release', numeric: false }, { label: 'Date', numeric: false }]
    expect(mount(DataTable, { props: { columns: text, rows: [{ cells: ['4.2.3', 'April 2014'] }], caption: 'Releases' } }).find('colgroup').exists()).toBe(false)
  })

  it('keeps a hidden caption for screen readers, and drops an empty header row', () => {
    const w = mount(DataTable, { props: { columns: columns.map((c) => ({ ...c, label: '' })), rows, caption: 'Results', captionHidden: true } })
    expect(w.find('caption').classes()).toContain('dw-sr-only')
    expect(w.find('thead').exists()).toBe(false)
  })

  it('sets the cells of a column of categories as tags, one colour per category, their words unchanged', () => {
    const status = [{ label: 'Compiler', numeric: false }, { label: 'Status', numeric: false, categories: [['Fully compatible'], ['Has a bug', 'Has bugs'], ['Incompatible']] }]
    const cells = [['Rust 1.78', 'Fully compatible'], ['Rust 1.77', 'Has a bug'], ['GCC', 'Has bugs'], ['Rust 1.70', 'Incompatible'], ['Clang', 'Unknown']]
    const w = mount(DataTable, { props: { columns: status, rows: cells.map((c) => ({ cells: c })), caption: 'Compatibility' } })
    const tags = w.findAll('td .dw-table__tag')
    expect(tags.map((t) => t.text())).toEqual(['Fully compatible', 'Has a bug', 'Has bugs', 'Incompatible'])
    expect(tags.map((t) => t.classes().find((c) => /--\d$/.test(c)))).toEqual(['dw-table__tag--0', 'dw-table__tag--1', 'dw-table__tag--1', 'dw-table__tag--2'])
    // a label of no category stays plain text, and so does every other column
    expect(w.findAll('td')[4]!.find('.dw-table__tag').exists()).toBe(false)
    expect(w.findAll('td')[4]!.text()).toBe('Unknown')
    expect(w.findAll('th .dw-table__tag')).toHaveLength(0)
  })

  it.each(HOSTILE)('renders %j literally as text', (s) => {
    const w = mount(DataTable, { props: { columns: [{ label: s }, { label: s, numeric: true }, { label: s, categories: [[s]] }], rows: [{ cells: [s, s, s] }], caption: s, note: s } })
    for (const el of w.findAll('caption, th, td, figcaption, .dw-table__tag')) expect(el.text()).toBe(s)
    expect((w.element as HTMLElement).querySelectorAll('script, img, b').length).toBe(0)
  })
})
