/**
 * Formulas on a saved page (MathML, a wiki's rendered TeX images): a short one ("A", "Aᴴ" as
 * "A^H", "x_1") is read as its text; any other becomes FORMULA, a mark that keeps the sentence
 * around it off the slides (analyze/index.ts), since a sentence less its formula has a hole in it
 * ("If is row full-rank, then is positive definite"). A formula set apart as its own block goes.
 */

/** Stands in the text for a formula too long to write as text (U+FFFC, the object replacement character). */
export const FORMULA = '\uFFFC'

/** Characters of a formula read as text at most. */
const SHORT_FORMULA = 8

/** TeX commands that only style what they hold: "\mathsf {H}" is "H". */
const STYLE = /\\(?:mathsf|mathrm|mathbf|mathit|mathbb|mathcal|boldsymbol|text|textrm|operatorname)\s*\{([^{}]*)\}/gu

/** TeX commands written as one character. */
const SYMBOLS: Readonly<Record<string, string>> = { ast: '*', dagger: '†', prime: '′', infty: '∞', pi: 'π', alpha: 'α', beta: 'β', gamma: 'γ', lambda: 'λ', mu: 'μ', sigma: 'σ', theta: 'θ' }

/** A TeX formula as text when it is short and needs no layout ("{\displaystyle A^{\mathsf {H}}}" → "A^H"), else undefined. */
export function texAsText(tex: string): string | undefined {
  // (its braces go last: "{\displaystyle A}" is "A")
  let t = tex.replace(/\\displaystyle\s*/gu, '')
  for (let i = 0; i < 3; i++) t = t.replace(STYLE, '$1')
  t = t.replace(/\\([a-z]+)\s*/giu, (whole, name: string) => SYMBOLS[name] ?? whole)
  t = t.replace(/[{}]/gu, '').replace(/\s+/gu, '')
  return t.length > 0 && t.length <= SHORT_FORMULA && !t.includes('\\') ? t : undefined
}

/** MathML's own text when it is short and laid out in a row only ("<mi>x</mi>"), else undefined. */
function mathMlAsText(math: Element): string | undefined {
  if (math.querySelector('mfrac, msqrt, mroot, mtable, munderover, munder, mover, msubsup')) return undefined
  const text = (math.textContent ?? '').replace(/\s+/gu, '')
  return text.length > 0 && text.length <= SHORT_FORMULA ? text : undefined
}

/** The TeX a rendered formula keeps for itself: its alttext, its TeX annotation, or its image's alt. */
function texOf(el: Element): string | undefined {
  const math = el.localName === 'math' ? el : el.querySelector('math')
  const tex = math?.getAttribute('alttext') ?? math?.querySelector('annotation[encoding="application/x-tex"]')?.textContent ?? el.querySelector('img')?.getAttribute('alt') ?? (el.localName === 'img' ? el.getAttribute('alt') : null)
  return tex ?? undefined
}

/** Whether an image is a rendered formula: a wiki's math render, or an alt written in TeX. */
function formulaImage(img: Element): boolean {
  return /\/math\/render\//u.test(img.getAttribute('src') ?? '') || /^\{?\\displaystyle\b/u.test(img.getAttribute('alt') ?? '')
}

/** Each formula of the page replaced by its text, or by FORMULA; one set apart as its own block is removed. */
export function markFormulas(doc: Document): void {
  const found = [
    // (a wiki's formula: its MathML hidden beside its image; MathJax's rendering, its MathML kept for screen readers)
    ...Array.from(doc.querySelectorAll('.mwe-math-element, mjx-container')),
    ...Array.from(doc.querySelectorAll('math')).filter((m) => !m.closest('.mwe-math-element, mjx-container')),
    ...Array.from(doc.querySelectorAll('img')).filter((img) => formulaImage(img) && !img.closest('.mwe-math-element')),
  ]
  for (const el of found) {
    if (!el.isConnected) continue
    const math = el.localName === 'math' ? el : el.querySelector('math')
    if (math?.getAttribute('display') === 'block' || el.getAttribute('display') === 'true' || /mwe-math-fallback-image-display/u.test(el.innerHTML ?? '')) {
      el.remove()
      continue
    }
    const tex = texOf(el)
    const text = (tex !== undefined ? texAsText(tex) : math ? mathMlAsText(math) : undefined) ?? FORMULA
    // (apart from a word it would run into: "getting k heads", not "kheads")
    const wordAt = (t: string | null | undefined) => /[\p{L}\p{N}]/u.test(t ?? '')
    const pad = (wordAt(el.previousSibling?.textContent?.slice(-1)) ? ' ' : '') + text + (wordAt(el.nextSibling?.textContent?.[0]) ? ' ' : '')
    el.replaceWith(doc.createTextNode(pad))
  }
}

/** Whether a block's text is formulas and punctuation only: nothing to present. */
export function onlyFormulas(text: string): boolean {
  return text.includes(FORMULA) && !/[\p{L}\p{N}]/u.test(text.replaceAll(FORMULA, ''))
}
