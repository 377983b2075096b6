/**
 * `deckwright build` makes its deck (ingest → analyze → plan → render) in a short-lived child
 * process started from compromise's snapshot (bin/snapshot.js): compromise is loaded there
 * already, and the child and its memory are gone before Slidev's build, whose peak is the
 * whole build's. The parent sends the article and the options; the child answers with each
 * stage's time, then the deck or the error, over Node's IPC channel (structured clone).
 *
 * - No child to be had (no snapshot, or Node cannot start from it): the deck is made here.
 * - The child ignores terminal signals: the parent's interrupt handling stops it (SIGKILL),
 *   and it stops itself when the parent is gone (bin/snapshot.js `startedFromSnapshot`).
 *
 * Usage: buildDeck(article, { prepare: preparerIn(spawnChild, signal) }); in the child: await servePrepare()
 */
import type { ChildProcess } from 'node:child_process'
import { DeckwrightError, type ErrorCode } from '../errors.ts'
import { prepareHere, type BuildOptions, type DeckPreparer, type GenerateOptions, type PreparedDeck } from '../pipeline.ts'

/** The command-line argument that makes bin/deckwright.js serve one `servePrepare` request. */
export const PREPARE_COMMAND = '__prepare-deck'

/** Node's exit code when it cannot start from a snapshot (bin/snapshot.js). */
const SNAPSHOT_FAILURE = 14

interface Request {
  source: string
  options: GenerateOptions
}

interface ErrorShape {
  code?: ErrorCode
  message: string
  hint?: string
  stack?: string
}

type Reply = { stage: string; ms: number } | { deck: PreparedDeck } | { error: ErrorShape }

/** Starts the child process, or gives undefined when none can be had. */
export type SpawnChild = () => ChildProcess | undefined

/** A DeckPreparer that makes the deck in the child `spawnChild` starts; `signal` stops it. */
export function preparerIn(spawnChild: SpawnChild, signal?: AbortSignal): DeckPreparer {
  return (source, options) => {
    const child = startChild(spawnChild)
    if (!child) return prepareHere(source, options)
    return new Promise((resolve, reject) => {
      const timings: Record<string, number> = {}
      let settled = false
      const stop = () => child.kill('SIGKILL')
      const settle = (then: () => void) => {
        if (settled) return
        settled = true
        signal?.removeEventListener('abort', stop)
        then()
      }
      signal?.addEventListener('abort', stop, { once: true })
      child.on('message', (m: Reply) => {
        if ('stage' in m) {
          timings[m.stage] = m.ms
          options.onStage?.(m.stage, m.ms)
        } else if ('deck' in m) settle(() => resolve({ deck: m.deck, timings }))
        else settle(() => reject(revive(m.error)))
      })
      child.once('error', () => settle(() => resolve(prepareHere(source, options))))
      // 'close': after the process ended and its channel was read to the end
      child.once('close', (code, killed) => settle(() => {
        if (signal?.aborted) reject(signal.reason)
        else if (code === SNAPSHOT_FAILURE) resolve(prepareHere(source, options))
        else reject(new DeckwrightError('INTERNAL', `the process making the deck ended without it (${killed ?? `exit code ${code}`})`))
      }))
      child.send({ source, options: cloneable(options) } satisfies Request)
    })
  }
}

function startChild(spawnChild: SpawnChild): ChildProcess | undefined {
  try {
    return spawnChild()
  } catch {
    return undefined
  }
}

/** The options a child can be sent: no callbacks, signals, processes or streams. */
function cloneable(options: GenerateOptions): GenerateOptions {
  const { onStage: _stage, signal: _signal, slidev: _slidev, prepare: _prepare, whileBuilding: _building, ingest, ...rest } = options as BuildOptions
  const { stdin: _stdin, ...reading } = ingest ?? {}
  return { ...rest, ...(ingest ? { ingest: reading } : {}) }
}

/** The child's error as the parent throws it: a DeckwrightError keeps its code and hint. */
function revive(e: ErrorShape): Error {
  const error = e.code ? new DeckwrightError(e.code, e.message, e.hint ? { hint: e.hint } : {}) : new Error(e.message)
  if (e.stack) error.stack = e.stack
  return error
}

function shapeOf(e: unknown): ErrorShape {
  if (e instanceof DeckwrightError) return { code: e.code, message: e.message, ...(e.hint ? { hint: e.hint } : {}), ...(e.stack ? { stack: e.stack } : {}) }
  return e instanceof Error ? { message: e.message, ...(e.stack ? { stack: e.stack } : {}) } : { message: String(e) }
}

/** In the child: makes the deck of the one request the parent sends, answers, and lets go of the channel. */
export async function servePrepare(): Promise<void> {
  const send = process.send?.bind(process)
  if (!send) throw new DeckwrightError('USAGE', `${PREPARE_COMMAND} is run by deckwright build, not by hand`)
  for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(s, () => {})
  const reply = (m: Reply) => new Promise<void>((done) => send(m, undefined, {}, () => done()))
  const { source, options } = await new Promise<Request>((resolve) => process.once('message', (m) => resolve(m as Request)))
  try {
    const { deck } = await prepareHere(source, { ...options, onStage: (stage, ms) => void reply({ stage, ms }) })
    await reply({ deck })
  } catch (e) {
    await reply({ error: shapeOf(e) })
  }
  process.disconnect()
}
