/** Maps any thrown value to one line on stderr, a hint and an exit code; stacks only with --debug. */
import { CommanderError } from 'commander'
import { DeckwrightError } from '../errors.ts'
import { Interrupted } from './interrupt.ts'
import { safeText } from './safe-text.ts'

/**
 * Writes the error's line, hint and (with --debug) causes; every piece goes through safeText, so
 * an article's escape sequences or a URL's password never reach the terminal as they are.
 */
export function reportError(e: unknown, debug: boolean, out: (s: string) => void = (s) => process.stderr.write(s)): number {
  const write = (s: string) => out(safeText(s))
  if (e instanceof CommanderError) {
    // commander has already printed its message
    return e.exitCode === 0 ? 0 : 2
  }
  if (e instanceof Interrupted) {
    write(`deckwright: ${e.message}; the unfinished outputs were discarded and the previous ones kept\n`)
    return e.exitCode
  }
  if (e instanceof DeckwrightError) {
    write(`deckwright: ${e.message}\n`)
    if (e.hint) write(`  hint: ${e.hint}\n`)
    if (debug) write(causeChain(e))
    else if (e.exitCode === 1) write('  (run again with --debug for details)\n')
    return e.exitCode
  }
  const message = e instanceof Error ? e.message : String(e)
  write(`deckwright: unexpected error: ${message.split('\n')[0]}\n`)
  if (debug) write(causeChain(e))
  else write('  hint: run again with --debug to see the stack, and report it if it persists\n')
  return 1
}

function causeChain(e: unknown): string {
  const out: string[] = []
  let cur: unknown = e
  for (let depth = 0; cur && depth < 8; depth++) {
    out.push(cur instanceof Error ? (cur.stack ?? cur.message) : String(cur))
    cur = cur instanceof Error ? cur.cause : undefined
    if (cur) out.push('caused by:')
  }
  return `${out.join('\n')}\n`
}
