// @ts-check
/**
 * Lets Slidev's exporter load deckwright's Playwright library.
 *
 * Slidev imports it as `playwright-chromium`, a package whose install script downloads a
 * browser. deckwright depends on `playwright-core` instead: the same library, nothing
 * downloaded at install time (the browser is found on the system and passed to Slidev with
 * --executable-path). Imported in a process that runs Slidev (slidev-worker.mjs does so
 * for `export`; `node --import <this file> slidev.mjs export …` also works), this module
 * registers itself as a resolve hook that answers the bare import of `playwright-chromium`
 * with deckwright's `playwright-core`. Slidev first looks for a `playwright-chromium`
 * installed beside the deck; such a package is still the one used.
 */
import { register } from 'node:module'
import { isMainThread } from 'node:worker_threads'

/** @type {string | undefined} */
let target

// the hooks themselves run on a thread of their own, where this module is loaded again
if (isMainThread) register(import.meta.url, { data: { target: import.meta.resolve('playwright-core') } })

/** @param {{ target?: string } | undefined} data URL of deckwright's playwright-core */
export function initialize(data) {
  target = data?.target
}

/**
 * @param {string} specifier
 * @param {{ parentURL?: string }} context
 * @param {(specifier: string, context?: object) => Promise<{ url: string }>} nextResolve
 */
export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'playwright-chromium' && target) return { url: target, shortCircuit: true }
  return nextResolve(specifier, context)
}
