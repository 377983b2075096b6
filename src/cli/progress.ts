/**
 * Progress of the pipeline's stages on stderr: one line per finished stage with its time.
 * On a terminal the current stage is shown while it runs; elsewhere (CI, pipes) output is
 * plain lines only. --quiet shows nothing; --verbose adds details.
 */
import { safeText } from './safe-text.ts'

export type Verbosity = 'quiet' | 'normal' | 'verbose'

export interface Progress {
  stage(name: string, ms: number): void
  info(message: string): void
  detail(message: string): void
  done(message: string): void
}

export function createProgress(verbosity: Verbosity, stream: NodeJS.WriteStream = process.stderr): Progress {
  const tty = stream.isTTY === true
  const started = performance.now()
  const write = (s: string) => {
    if (verbosity !== 'quiet') stream.write(s)
  }
  const clear = () => (tty ? '\r\x1b[2K' : '')
  return {
    stage(name, ms) {
      const total = ((performance.now() - started) / 1000).toFixed(1)
      write(`${clear()}  ${tty ? '\x1b[32m✓\x1b[0m' : '✓'} ${name.padEnd(9)} ${String(ms).padStart(6)} ms   (${total} s)\n`)
    },
    info(message) {
      write(`${clear()}${safeText(message)}\n`)
    },
    detail(message) {
      if (verbosity === 'verbose') write(`${clear()}  ${safeText(message)}\n`)
    },
    done(message) {
      const total = ((performance.now() - started) / 1000).toFixed(1)
      write(`${clear()}${safeText(message)} in ${total} s\n`)
    },
  }
}
