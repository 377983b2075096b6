/**
 * Child process of commit-outputs.test.ts: stages the "new" outputs for the deck folder given as
 * argument and commits them (DECKWRIGHT_TEST_KILL_AT_STEP may kill it on the way).
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { beginOutputs } from '../../src/export/commit-outputs.ts'

const dir = process.argv[2]!
const tx = await beginOutputs(dir)
await writeFile(tx.path('slides.md'), 'new deck')
await writeFile(tx.path('deck.pdf'), 'new pdf')
await writeFile(tx.path('deck-handout.pdf'), 'new handout')
await mkdir(tx.path('web'))
await writeFile(path.join(tx.path('web'), 'index.html'), 'new web')
await tx.commit()
