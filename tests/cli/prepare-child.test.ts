import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { compromiseSnapshot, spawnFromSnapshot } from '../../bin/snapshot.js'
import { PREPARE_COMMAND, preparerIn } from '../../src/cli/prepare-child.ts'
import { DeckwrightError } from '../../src/errors.ts'
import { DEFAULT_ARTICLE, PACKAGE_ROOT } from '../../src/paths.ts'
import { prepareHere, type GenerateOptions } from '../../src/pipeline.ts'

const BIN = path.join(PACKAGE_ROOT, 'bin', 'deckwright.js')
const OPTIONS: GenerateOptions = { out: path.join(PACKAGE_ROOT, '.tmp-prepare-child') }

/** Starts the child as bin/deckwright.js does for `build`; records it. */
function spawner(started: ChildProcess[]): () => ChildProcess | undefined {
  return () => {
    const blob = compromiseSnapshot()
    if (!blob) throw new Error('no snapshot could be made')
    const child = spawnFromSnapshot(blob, BIN, [PREPARE_COMMAND], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], serialization: 'advanced' })
    started.push(child)
    return child
  }
}

const ended = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise<void>((resolve) => child.once('exit', () => resolve()))

describe('preparerIn', () => {
  it('makes in the child the same deck as here, telling each stage’s time; the child ends', async () => {
    const started: ChildProcess[] = []
    const stages: string[] = []
    const there = await preparerIn(spawner(started))(DEFAULT_ARTICLE, { ...OPTIONS, onStage: (s) => stages.push(s) })
    const here = await prepareHere(DEFAULT_ARTICLE, OPTIONS)
    expect(started).toHaveLength(1)
    expect(there.deck.markdown).toBe(here.deck.markdown)
    expect(there.deck.plan).toEqual(here.deck.plan)
    expect(there.deck.files).toEqual(here.deck.files)
    expect(there.deck.dir).toBe(here.deck.dir)
    expect(stages).toEqual(['ingest', 'analyze', 'plan', 'render'])
    expect(Object.keys(there.timings)).toEqual(stages)
    await ended(started[0]!)
    expect(started[0]!.exitCode).toBe(0)
  }, 60_000)

  it('throws the child’s error with its code and hint', async () => {
    const missing = path.join(PACKAGE_ROOT, 'no-such-article.txt')
    const error = await preparerIn(spawner([]))(missing, OPTIONS).catch((e: unknown) => e)
    const local = await prepareHere(missing, OPTIONS).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DeckwrightError)
    expect(local).toBeInstanceOf(DeckwrightError)
    const { code, message, hint } = error as DeckwrightError
    expect({ code, message, hint }).toEqual({ code: (local as DeckwrightError).code, message: (local as DeckwrightError).message, hint: (local as DeckwrightError).hint })
  }, 60_000)

  it('makes the deck here when no child can be had, or when Node cannot start from the snapshot', async () => {
    const here = await prepareHere(DEFAULT_ARTICLE, OPTIONS)
    for (const spawnChild of [
      () => undefined,
      () => {
        throw new Error('cannot spawn')
      },
      // what Node does when it refuses a snapshot: exit code 14 before running anything
      () => spawn(process.execPath, ['-e', 'process.exit(14)'], { stdio: ['ignore', 'ignore', 'ignore', 'ipc'], serialization: 'advanced' }),
    ]) {
      const { deck } = await preparerIn(spawnChild)(DEFAULT_ARTICLE, OPTIONS)
      expect(deck.markdown).toBe(here.deck.markdown)
    }
  }, 60_000)

  it('fails plainly when the child ends without a deck', async () => {
    const spawnChild = () => spawn(process.execPath, ['-e', 'process.exit(3)'], { stdio: ['ignore', 'ignore', 'ignore', 'ipc'], serialization: 'advanced' })
    await expect(preparerIn(spawnChild)(DEFAULT_ARTICLE, OPTIONS)).rejects.toMatchObject({ code: 'INTERNAL', message: expect.stringContaining('exit code 3') })
  })

  it('stops the child when the build is interrupted, and throws the interruption', async () => {
    const started: ChildProcess[] = []
    const controller = new AbortController()
    const reason = new Error('interrupted by SIGINT')
    const work = preparerIn(spawner(started), controller.signal)(DEFAULT_ARTICLE, { ...OPTIONS, onStage: () => controller.abort(reason) })
    await expect(work).rejects.toBe(reason)
    await ended(started[0]!)
    expect(started[0]!.signalCode).toBe('SIGKILL')
  }, 60_000)
})
