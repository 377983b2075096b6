import { describe, expect, it } from 'vitest'
import { largestFittingSteps, runInLockstep, runSteps, type FitSteps } from '../../src/visuals/fit-search.ts'

/** A stand-in for a slide: a size set by a write, a probe that fits up to `limit`, and a log of writes and reads. */
function slide(limit: number, log: string[], name: string) {
  let size = 0
  const apply = (v: number) => {
    size = v
    log.push(`w${name}`)
  }
  const ok = () => {
    log.push(`r${name}`)
    return size <= limit
  }
  return { apply, ok, steps: (): FitSteps<number> => largestFittingSteps(0.5, 1.6, 0.02, apply, ok) }
}

describe('largestFittingSteps', () => {
  it('finds the largest size that fits, to the step, or the lower bound', () => {
    for (const limit of [0.2, 0.5, 0.73, 1.0, 1.31, 1.59, 1.6, 2]) {
      const log: string[] = []
      const found = runSteps(slide(limit, log, 'a').steps())
      if (limit >= 1.6) expect(found).toBe(1.6)
      else if (limit < 0.5) expect(found).toBe(0.5)
      else {
        expect(found).toBeLessThanOrEqual(limit)
        expect(limit - found).toBeLessThanOrEqual(0.02)
      }
    }
  })
})

describe('runInLockstep', () => {
  const limits = [0.2, 0.66, 1.0, 1.45, 3]

  it('gives each fit the result it gets alone', () => {
    const alone = limits.map((l) => runSteps(slide(l, [], 'x').steps()))
    const together = runInLockstep(limits.map((l, i) => slide(l, [], String(i)).steps()))
    expect(together).toEqual(alone)
  })

  it('reads only after every running fit has written: one run of reads per round', () => {
    const log: string[] = []
    runInLockstep(limits.map((l, i) => slide(l, log, String(i)).steps()))
    // rounds: a block of writes, then a block of reads
    const blocks = log.map((e) => e[0]).join('').replace(/w+/g, 'W').replace(/r+/g, 'R')
    // the longest single search (several reads) takes as many rounds as the lockstep has blocks of reads
    const reads = limits.map((l) => { const one: string[] = []; runSteps(slide(l, one, 'a').steps()); return one.filter((e) => e[0] === 'r').length })
    expect(Math.max(...reads)).toBeGreaterThan(1)
    expect(blocks.startsWith('WR')).toBe(true)
    expect(blocks.match(/R/g)!.length).toBe(Math.max(...reads))
  })

  it('returns at once for fits that need no probe', () => {
    // eslint-disable-next-line require-yield
    function* none(): FitSteps<number> {
      return 7
    }
    expect(runInLockstep([none(), none()])).toEqual([7, 7])
  })
})
