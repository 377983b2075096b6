import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/analyze/index.ts'
import { ingest } from '../../src/ingest/index.ts'
import { parseText } from '../../src/ingest/index.ts'
import { planDeck } from '../../src/plan/index.ts'
import { renderDeck } from '../../src/render/index.ts'
import type { Bullet, Slide } from '../../src/types.ts'
import { PROJECT_ROOT } from '../fixture-articles.ts'

const bulletsOf = (slides: readonly Slide[]): Bullet[] => slides.flatMap((s) => (s.kind === 'section' || s.kind === 'takeaways' ? s.bullets : []))
const codeWords = (b: Bullet) => (b.code ?? []).map((c) => b.text.slice(c.start, c.end))

describe('inline code on the slides', () => {
  it('marks the words a bullet’s sentence sets as code, and the deck shows them as code', async () => {
    const a = analyze(await ingest(join(PROJECT_ROOT, 'corpus', 'md-rust-i128-layout', 'article.md')))
    const plan = planDeck(a)
    const registers = bulletsOf(plan.slides).find((b) => b.text.startsWith('x86-64 uses the registers'))
    expect(registers && codeWords(registers)).toEqual(['rdi', 'rsi', 'rdx', 'rcx', 'r8', 'r9'])
    // ("i128" is code; the "128" of "128-bit" in the same bullet is not)
    const expects = bulletsOf(plan.slides).find((b) => b.text.startsWith('LLVM expects an'))
    expect(expects && codeWords(expects)).toEqual(['i128'])
    const md = renderDeck(plan, { pdfName: 'x.pdf', origin: 'x', version: '0' })
    expect(md).toContain('- x86-64 uses the registers <code>rdi</code>, <code>rsi</code>, <code>rdx</code>, <code>rcx</code>, <code>r8</code>, and <code>r9</code> to pass function arguments')
    expect(md).toContain('rather than using <code>align\\_of</code>')
  })

  it('marks nothing in an article without code', () => {
    const a = analyze(parseText('Intro.\n\nThe council voted on Tuesday to raise the tax by 2 percent. The mayor said the city needs the money for its schools.', 'x.txt'))
    expect(bulletsOf(planDeck(a).slides).filter((b) => b.code)).toEqual([])
  })
})
