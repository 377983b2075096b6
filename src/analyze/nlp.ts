/**
 * compromise, the one copy every part of deckwright uses: its single-file build (the one its
 * package gives `require`), not its ES module sources. Both are the same version and code, but
 * the sources are 456 modules that Node resolves, reads and links one by one: loading them
 * takes about 0.15 s more CPU at every start of the command line (docs/benchmarks.md, "Analysis
 * speed").
 *
 * When the process started from bin/snapshot.js's startup snapshot, that file is already
 * loaded there (made from the same installed file, its lexicon expanded): it is taken from
 * the snapshot's global instead of being loaded a second time.
 *
 * Either way its post-tagger finds its patterns' matches through sweep.ts (the same matches,
 * found faster).
 */
import { createRequire } from 'node:module'
import type compromise from 'compromise'
import { installSweep } from './sweep.ts'

const fromSnapshot = (globalThis as { __deckwrightCompromise?: typeof compromise }).__deckwrightCompromise

const nlp = fromSnapshot ?? (createRequire(import.meta.url)('compromise') as typeof compromise)

installSweep(nlp.world() as unknown as Parameters<typeof installSweep>[0])

export default nlp
