import { describe, expect, it } from 'vitest'
import { collectGarbage } from '../../src/cli/collect-garbage.ts'

describe('collectGarbage', () => {
  it('frees what nothing holds any more', () => {
    // ~80 MB of arrays, unreachable once this block ends, in the old generation (they outlive a few young collections)
    let garbage: number[][] | undefined = Array.from({ length: 200 }, () => Array.from({ length: 50_000 }, (_, i) => i + 0.5))
    expect(garbage.length).toBe(200)
    garbage = undefined
    const before = process.memoryUsage().heapUsed
    collectGarbage()
    const after = process.memoryUsage().heapUsed
    expect(before - after).toBeGreaterThan(40 * 1024 * 1024)
  })
})
