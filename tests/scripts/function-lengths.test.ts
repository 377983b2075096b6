/**
 * Functions in src/ fit on a screen: `npm run check:functions` passes on the sources as they
 * are (it lists every function longer than the limit and exits 1 when there is one).
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = path.resolve(import.meta.dirname, '../..')

function check(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/function-lengths.ts', ...args], { cwd: ROOT, encoding: 'utf8' })
  return { status: run.status, out: run.stdout }
}

describe('function lengths', () => {
  it('no function in src/ is over 60 lines', () => {
    const { status, out } = check()
    expect(out).toMatch(/^\d+ functions in src\/, 0 over 60 lines/m)
    expect(status).toBe(0)
  })
}, 60_000)
