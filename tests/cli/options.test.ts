/**
 * Option values are checked before any work: a bad one is a usage error (exit 2) that names
 * the valid range, and nothing is written.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { InvalidArgumentError } from 'commander'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseAspect, parseMaxSlides, parsePort } from '../../src/cli/options.ts'
import { browserTimeout } from '../../src/export/session.ts'
import { DeckwrightError } from '../../src/errors.ts'
import { fixturePath } from '../fixture-articles.ts'
import { expectOneClearLine, runCli } from './run-cli.ts'

describe('parseAspect', () => {
  it.each([['16/9', '16/9'], ['4:3', '4/3'], ['1/1', '1/1'], ['9/16', '9/16'], ['21/9', '21/9'], ['4/1', '4/1'], ['1/4', '1/4']])('accepts %s', (value, expected) => {
    expect(parseAspect(value)).toBe(expected)
  })

  it.each(['16/0', '0/9', '0/0', '99/1', '1/99', '5/1', '1/5', '16', '16/9/1', '1.5/1', '-16/9', 'abc', ''])('refuses %j, naming the valid range', (value) => {
    expect(() => parseAspect(value)).toThrow(InvalidArgumentError)
    expect(() => parseAspect(value)).toThrow(/from 1 to 99 with a ratio from 1\/4 to 4\/1/)
  })
})

describe('other option values', () => {
  it('refuse what is out of range', () => {
    for (const v of ['0', '2', '501', '3.5', 'x']) expect(() => parseMaxSlides(v)).toThrow(/from 3 to 500/)
    for (const v of ['0', '65536', '80.5', '-1', 'http']) expect(() => parsePort(v)).toThrow(/from 1 to 65535/)
  })
})

describe('DECKWRIGHT_BROWSER_TIMEOUT_MS', () => {
  it('accepts 1 s to 1 hour', () => {
    expect(browserTimeout(undefined, { DECKWRIGHT_BROWSER_TIMEOUT_MS: '1000' })).toBe(1000)
    expect(browserTimeout(undefined, { DECKWRIGHT_BROWSER_TIMEOUT_MS: '3600000' })).toBe(3_600_000)
    expect(browserTimeout(undefined, {})).toBe(120_000)
  })

  it.each(['3000000000', '3600001', '999', '0', '-5000', '1e6', '12.5', 'soon', '0x1000'])('refuses %s with the range (usage error, exit 2)', (raw) => {
    let error: unknown
    try {
      browserTimeout(undefined, { DECKWRIGHT_BROWSER_TIMEOUT_MS: raw })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(DeckwrightError)
    expect((error as DeckwrightError).exitCode).toBe(2)
    expect((error as DeckwrightError).message).toMatch(/from 1000 to 3600000 milliseconds/)
  })
})

describe('the command line', { timeout: 120_000 }, () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'deckwright-options-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it.each(['generate', 'build'])('%s --aspect-ratio 16/0 exits 2 with the range and writes nothing', async (command) => {
    const out = join(dir, `deck-aspect-${command}`)
    const run = await runCli([command, fixturePath('headings-md'), '--out', out, '--aspect-ratio', '16/0'], { cwd: dir })
    expect(run.code, run.stderr).toBe(2)
    expect(run.stderr).toMatch(/--aspect-ratio.*16\/0.*from 1 to 99 with a ratio from 1\/4 to 4\/1/)
    expect(await readdir(out).catch(() => 'absent')).toBe('absent')
  })

  it('build with DECKWRIGHT_BROWSER_TIMEOUT_MS=3000000000 exits 2 before generating', async () => {
    const out = join(dir, 'deck-timeout')
    const run = await runCli(['build', fixturePath('headings-md'), '--out', out], { cwd: dir, env: { DECKWRIGHT_BROWSER_TIMEOUT_MS: '3000000000' } })
    expect(run.code, run.stderr).toBe(2)
    expectOneClearLine(run.stderr, /DECKWRIGHT_BROWSER_TIMEOUT_MS=3000000000 is not a time limit from 1000 to 3600000 milliseconds/)
    expect(await readdir(out).catch(() => 'absent')).toBe('absent')
  })
})
