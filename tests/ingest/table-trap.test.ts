import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { proseLength, putBack, standIns, tableAlone } from '../../src/ingest/table-trap.ts'

const body = (html: string) => parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document
const rows = (n: number, cell: (i: number) => string) => Array.from({ length: n }, (_, i) => `<tr><td>${cell(i)}</td><td>row ${i}</td></tr>`).join('')

describe('a reading that is a long table alone', () => {
  it('is one whose text lies in cells of data, with or without its <table>', () => {
    const doc = body(`<div id="r"><tbody>${rows(30, (i) => `member.number${i}.mp@parliament.uk`)}</tbody></div>`)
    expect(tableAlone(doc.getElementById('r')!)).toBe(true)
    const story = body(`<div id="r"><p>${'A sentence of the story. '.repeat(40)}</p><table>${rows(3, (i) => `cell ${i}`)}</table></div>`)
    expect(tableAlone(story.getElementById('r')!)).toBe(false)
    expect(proseLength(story.getElementById('r')!)).toBeGreaterThan(900)
  })

  it('is not a page laid out in a table, its cells holding the story\'s paragraphs (LWN\'s pages)', () => {
    const layout = body(`<div id="r"><table>${rows(25, (i) => `<h2>Story ${i}</h2><p>What the story ${i} says, at some length.</p>`)}</table></div>`)
    expect(tableAlone(layout.getElementById('r')!)).toBe(false)
    expect(standIns(layout)).toHaveLength(0)
  })

  it('stands a paragraph in for each long table of data and puts the table back where the reading kept it', () => {
    const doc = body(`<article><p>Before.</p><table id="long">${rows(25, (i) => `c${i}`)}</table><table id="short">${rows(3, (i) => `s${i}`)}</table><p>After.</p></article>`)
    const tables = standIns(doc)
    expect(tables.map((t) => t.getAttribute('id'))).toEqual(['long'])
    const article = doc.querySelector('article')!
    expect(article.querySelector('#long')).toBeNull()
    putBack(article, tables)
    expect(Array.from(article.children).map((e) => e.getAttribute('id') ?? e.textContent)).toEqual(['Before.', 'long', 'short', 'After.'])
  })
})
