import { describe, expect, it } from 'vitest'
import { defaultWindow, pk, windowDiff } from '../../src/quality/segmentation.ts'

// six sentences, one true boundary after the third
const ref = [0, 0, 0, 1, 1, 1]

describe('pk', () => {
  it('is 0 for the reference itself', () => {
    expect(pk(ref, ref, 2)).toBe(0)
  })

  it('counts the two windows a boundary one sentence late gets wrong (hand-computed: 2 of 4)', () => {
    // i=1: ref says different (0|1), hyp says same (0,0); i=3: ref same (1,1), hyp different (0|1)
    expect(pk(ref, [0, 0, 0, 0, 1, 1], 2)).toBe(0.5)
  })

  it('counts a missed boundary (hand-computed: windows 1 and 2 of 4)', () => {
    expect(pk(ref, [0, 0, 0, 0, 0, 0], 2)).toBe(0.5)
  })

  it('does not notice a spurious boundary next to a true one (hand-computed: 1 of 4)', () => {
    expect(pk(ref, [0, 0, 1, 2, 2, 2], 2)).toBe(0.25)
  })

  it('rejects a window that does not fit and sequences of different lengths', () => {
    expect(() => pk(ref, ref, 6)).toThrow(RangeError)
    expect(() => pk(ref, ref, 0)).toThrow(RangeError)
    expect(() => pk(ref, [0, 0], 1)).toThrow(RangeError)
  })
})

describe('windowDiff', () => {
  it('is 0 for the reference itself', () => {
    expect(windowDiff(ref, ref, 2)).toBe(0)
  })

  it('matches Pk for a boundary one sentence late (hand-computed: 2 of 4)', () => {
    expect(windowDiff(ref, [0, 0, 0, 0, 1, 1], 2)).toBe(0.5)
  })

  it('penalises the spurious boundary Pk misses (hand-computed: windows 0 and 1 of 4)', () => {
    // i=0: ref 0 boundaries, hyp 1; i=1: ref 1, hyp 2; i=2: 1 and 1; i=3: 0 and 0
    expect(windowDiff(ref, [0, 0, 1, 2, 2, 2], 2)).toBe(0.5)
  })

  it('scores a segmentation with every boundary wrong as 1 when no window matches', () => {
    expect(windowDiff([0, 0, 1, 1], [0, 1, 1, 2], 1)).toBe(1)
  })
})

describe('defaultWindow', () => {
  it('is half the mean reference segment length', () => {
    expect(defaultWindow(ref)).toBe(2) // 6 sentences / (2 × 2 segments) = 1.5 → 2
    expect(defaultWindow([0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2])).toBe(2)
    expect(defaultWindow([0, 0, 0, 0, 0, 0, 0, 0, 0, 0])).toBe(5)
    expect(defaultWindow([0, 1])).toBe(1)
  })
})
