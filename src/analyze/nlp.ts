/**
 * compromise, the one copy every part of deckwright uses: its single-file build (the one its
 * package gives `require`), not its ES module sources. Both are the same version and code, but
 * the sources are 456 modules that Node resolves, reads and links one by one: loading them
 * takes about 0.15 s more CPU at every start of the command line (docs/benchmarks.md, "Analysis
 * speed").
 */
import { createRequire } from 'node:module'
import type compromise from 'compromise'

const nlp = createRequire(import.meta.url)('compromise') as typeof compromise

export default nlp
