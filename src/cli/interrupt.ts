/**
 * Ctrl-C (SIGINT) and SIGTERM during a command: the first one aborts the running work
 * through an AbortSignal, so the export stops its Slidev build, closes its server and
 * browser and removes its temporary folders before the process exits with 128 + the
 * signal number (130, 143). A second signal, or cleanup that takes too long, exits at once.
 */

export type InterruptSignal = 'SIGINT' | 'SIGTERM'

const SIGNAL_NUMBERS: Record<InterruptSignal, number> = { SIGINT: 2, SIGTERM: 15 }

/** How long cleanup may take after the first signal before the process exits anyway. */
export const CLEANUP_GRACE_MS = 15_000

/** The reason of an abort caused by a signal. */
export class Interrupted extends Error {
  readonly signal: InterruptSignal

  constructor(signal: InterruptSignal) {
    super(`interrupted by ${signal}`)
    this.name = 'Interrupted'
    this.signal = signal
  }

  get exitCode(): number {
    return 128 + SIGNAL_NUMBERS[this.signal]
  }
}

export interface InterruptGuard {
  signal: AbortSignal
  /** Removes the handlers (call when the work is over). */
  dispose(): void
}

/** Installs the handlers; `signal` aborts with an `Interrupted` reason on the first signal. */
export function guardInterrupts(): InterruptGuard {
  const controller = new AbortController()
  const handlers = new Map<InterruptSignal, () => void>()
  for (const name of Object.keys(SIGNAL_NUMBERS) as InterruptSignal[]) {
    const handler = () => {
      const reason = new Interrupted(name)
      if (controller.signal.aborted) process.exit(reason.exitCode)
      process.stderr.write(`\n  ${name}: stopping and cleaning up (press Ctrl-C again to quit at once)\n`)
      controller.abort(reason)
      setTimeout(() => process.exit(reason.exitCode), CLEANUP_GRACE_MS).unref()
    }
    handlers.set(name, handler)
    process.on(name, handler)
  }
  return {
    signal: controller.signal,
    dispose() {
      for (const [name, handler] of handlers) process.off(name, handler)
    },
  }
}
