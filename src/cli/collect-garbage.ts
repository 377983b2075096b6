/**
 * A full garbage collection of this process, for the command line to run while Slidev builds
 * the web deck: that build is the peak of the whole run's memory (Slidev's process, the browser
 * started beside it, this one), and this process, waiting on it, allocates too little for V8 to
 * collect what starting up and preparing the deck left. Measured on the bundled article: this
 * process's share of the peak 106–126 MiB without, 94–112 MiB with (docs/benchmarks.md).
 *
 * V8's `gc` is reached through `--expose-gc` set at run time and a new context, as Jest's leak
 * detector does; where that fails, nothing happens. The command line's own process only: a
 * library does not set flags of the process it runs in.
 */
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

export function collectGarbage(): void {
  try {
    setFlagsFromString('--expose-gc')
    const gc = runInNewContext('gc') as unknown
    if (typeof gc === 'function') gc()
  } catch {
    // no collection: the run goes on as before
  }
}
