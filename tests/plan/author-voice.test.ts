import { describe, expect, it } from 'vitest'
import { authorSignedOnce } from '../../src/plan/author-voice.ts'
import type { SectionSlide, Slide } from '../../src/types.ts'

const section = (n: number, voice?: string): SectionSlide => ({ kind: 'section', title: `Part ${n}`, section: n, bullets: [], continued: false, notes: [], ...(voice ? { voice } : {}) })
const voices = (slides: readonly Slide[]) => slides.map((s) => (s.kind === 'section' ? (s.voice ?? '-') : s.kind))

describe('authorSignedOnce', () => {
  it('signs only the first slide of an essay told in the first person throughout', () => {
    const slides = [section(0, 'James Wood'), section(1, 'James Wood'), section(2), section(3, 'James Wood'), section(4, 'James Wood')]
    expect(voices(authorSignedOnce(slides))).toEqual(['James Wood', '-', '-', '-', '-'])
  })

  it('keeps the signature where the author speaks on a few slides only', () => {
    const slides = [section(0), section(1, 'Jane Doe'), section(2), section(3, 'Jane Doe'), section(4), section(5, 'Jane Doe')]
    expect(voices(authorSignedOnce(slides))).toEqual(['-', 'Jane Doe', '-', 'Jane Doe', '-', 'Jane Doe'])
  })
})
