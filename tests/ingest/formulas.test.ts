import { describe, expect, it } from 'vitest'
import { parseHTML } from 'linkedom'
import { FORMULA, markFormulas, onlyFormulas, texAsText } from '../../src/ingest/formulas.ts'
import { parseHtml } from '../../src/ingest/html.ts'
import { analyze } from '../../src/analyze/index.ts'
import { planDeck } from '../../src/plan/index.ts'

describe('texAsText', () => {
  it('writes a short formula as text, less its styling', () => {
    expect(texAsText('{\\displaystyle A}')).toBe('A')
    expect(texAsText('{\\displaystyle A^{\\mathsf {H}}}')).toBe('A^H')
    expect(texAsText('A^{\\ast }')).toBe('A^*')
    expect(texAsText('x_{1}')).toBe('x_1')
  })

  it('leaves a formula that needs layout or is long', () => {
    expect(texAsText('{\\displaystyle A{\\text{ Hermitian}}\\quad \\iff \\quad a_{ij}={\\overline {a_{ji}}}}')).toBeUndefined()
    expect(texAsText('\\frac{1}{2}')).toBeUndefined()
    expect(texAsText('a+b+c+d+e+f')).toBeUndefined()
  })
})

/** A paragraph of a wiki's page with two formulas: its MathML hidden beside its rendered image. */
const wiki = (tex: string) =>
  `<span class="mwe-math-element"><span style="display: none;"><math alttext="${tex}"><mi>x</mi></math></span><img src="https://wikimedia.org/api/rest_v1/media/math/render/svg/abc" alt="${tex}"></span>`

describe('markFormulas', () => {
  it('gives a short formula as its text, apart from the words around it, and marks a long one', () => {
    const { document } = parseHTML(`<html><body><p>If${wiki('{\\displaystyle B}')}is row full-rank, then ${wiki('{\\displaystyle A}')} is positive definite because of ${wiki('{\\displaystyle \\frac{a}{b}=c}')}.</p></body></html>`)
    markFormulas(document as unknown as Document)
    expect(document.querySelector('p')!.textContent).toBe(`If B is row full-rank, then A is positive definite because of ${FORMULA}.`)
  })

  it('reads MathML without TeX by its own text when short, and removes a formula set apart as a block', () => {
    const { document } = parseHTML('<html><body><p>Getting<math><mi>k</mi></math>heads.</p><p>It is <math><mfrac><mi>a</mi><mi>b</mi></mfrac></math>.</p><math display="block"><mi>E</mi><mo>=</mo><mi>m</mi></math></body></html>')
    markFormulas(document as unknown as Document)
    expect(Array.from(document.querySelectorAll('p')).map((p) => p.textContent)).toEqual(['Getting k heads.', `It is ${FORMULA}.`])
    expect(document.querySelectorAll('math').length).toBe(0)
  })

  it('finds a block of formulas only', () => {
    expect(onlyFormulas(`${FORMULA} , ${FORMULA}.`)).toBe(true)
    expect(onlyFormulas(`It is ${FORMULA}.`)).toBe(false)
    expect(onlyFormulas('No formula here.')).toBe(false)
  })
})

describe('a page with formulas', () => {
  it('puts no sentence with a formula it could not write on a slide', () => {
    const sentence = (i: number) => `The matrix number ${i} is Hermitian when it equals its own conjugate transpose, a fact the course uses often.`
    const body = [
      `<p>${sentence(1)} ${sentence(2)} For any vector v the product is real because of ${wiki('{\\displaystyle \\langle v, Av \\rangle = \\overline{\\langle v, Av\\rangle}}')}. ${sentence(3)}</p>`,
      `<p>${sentence(4)} If${wiki('{\\displaystyle B}')}is row full-rank, then${wiki('{\\displaystyle A}')}is positive definite. ${sentence(5)}</p>`,
      `<p>${wiki('{\\displaystyle \\sum_{i} a_{ii} \\in \\mathbb{R}}')}</p>`,
    ].join('')
    const article = parseHtml(`<html><head><title>Hermitian matrices</title></head><body><article><h1>Hermitian matrices</h1>${body}</article></body></html>`, 'page.html')
    // the formula set apart is no block of the article; the one in a sentence is marked
    expect(article.blocks.length).toBe(2)
    expect(article.text).toContain(FORMULA)
    const analysis = analyze(article)
    const points = analysis.sections.flatMap((s) => s.keyPoints.map((k) => k.text))
    expect(points).toContain('If B is row full-rank, then A is positive definite')
    expect(points.filter((p) => p.includes('product is real'))).toEqual([])
    const deck = planDeck(analysis)
    expect(JSON.stringify(deck.slides, (k, v: unknown) => (k === 'notes' ? undefined : v))).not.toContain('product is real because of')
    // the notes give the paragraph, the formula named as one
    const notes = JSON.stringify(deck.slides.flatMap((s) => s.notes))
    expect(notes).toContain('product is real because of [formula].')
    expect(JSON.stringify(deck.slides)).not.toContain(FORMULA)
  })
})
