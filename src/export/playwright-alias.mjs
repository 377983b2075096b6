// @ts-check
/**
 * Module resolve hook for Slidev's exporter (registered by slidev-worker.mjs for `export`).
 *
 * Slidev imports the Playwright library as `playwright-chromium`, a package whose install
 * script downloads a browser. deckwright depends on `playwright-core` instead: the same
 * library, nothing downloaded at install time (the browser is found on the system and
 * passed to Slidev with --executable-path). This hook answers Slidev's bare import of
 * `playwright-chromium` with deckwright's `playwright-core`. Slidev first looks for a
 * `playwright-chromium` installed beside the deck itself; such a package is still used.
 */

/** @type {string | undefined} */
let target

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
