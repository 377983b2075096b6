/**
 * Putting a build's outputs in place all together, or not at all, whatever instant a kill lands.
 *
 * The outputs (slides.md, PDFs, web/, png/, .pptx) are staged under their final names in a
 * hidden folder of the deck folder, `.deckwright-commit-<pid>-<hex>/new/`. `commit` then writes
 * a journal naming them and swaps each in: the previous output is moved to `old/` and the new
 * one renamed into place (two renames on one file system). When every swap is done the journal
 * is removed and the folder deleted. A build that fails before `commit` changes nothing.
 *
 * A process killed during the swaps leaves its journal behind: the next run into that folder
 * (`recoverOutputs`) puts the previous outputs back from `old/`, so the folder holds the outputs
 * of one build, never a mix, and nothing of the old is deleted before the swap is whole.
 */
import { randomBytes } from 'node:crypto'
import { lstat, mkdir, readdir, readFile, rename, rm, unlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { DeckwrightError } from '../errors.ts'
import { writeFileAtomic } from '../fs-atomic.ts'
import { outputPath } from './formats.ts'

const JOURNAL = 'journal.json'
const TX_NAME = /^\.deckwright-commit-(\d+)-[0-9a-f]{8}$/

export interface OutputsTransaction {
  /** The deck folder the outputs go to. */
  readonly dir: string
  /** Where output `name` (a file or folder name in the deck folder) is staged. */
  path(name: string): string
  /** Puts every staged output in place at once; the previous ones are removed after. */
  commit(): Promise<void>
  /** Forgets the staged outputs (a no-op after `commit`). */
  discard(): Promise<void>
}

async function exists(p: string): Promise<boolean> {
  return lstat(p).then(() => true, () => false)
}

/**
 * Test hook: DECKWRIGHT_TEST_KILL_AT_STEP=N kills this process (SIGKILL, as `kill -9` would) just
 * before the Nth file-system step of a commit, so tests can check every state a kill can leave.
 */
function killPoint(): () => void {
  const at = Number(process.env.DECKWRIGHT_TEST_KILL_AT_STEP)
  let step = 0
  return () => {
    if (++step === at) process.kill(process.pid, 'SIGKILL')
  }
}

/** Starts staging outputs for the deck folder `dir`. */
export async function beginOutputs(dir: string): Promise<OutputsTransaction> {
  const tx = path.join(dir, `.deckwright-commit-${process.pid}-${randomBytes(4).toString('hex')}`)
  await mkdir(path.join(tx, 'new'), { recursive: true })
  await mkdir(path.join(tx, 'old'))
  let done = false
  return {
    dir,
    path: (name) => path.join(tx, 'new', name),
    async commit() {
      try {
        await swapIn(dir, tx, killPoint())
        done = true
      } catch (cause) {
        await rollBack(dir, tx).catch(() => undefined)
        throw new DeckwrightError('OUTPUT_UNWRITABLE', `cannot put the outputs in place in ${dir}: ${String((cause as Error)?.message ?? cause)}`, {
          hint: 'check that the deck folder and its outputs can be written by you, or choose another one with --out DIR',
          cause,
        })
      }
      await rm(tx, { recursive: true, force: true })
    },
    async discard() {
      if (!done) await rm(tx, { recursive: true, force: true })
    },
  }
}

async function swapIn(dir: string, tx: string, step: () => void): Promise<void> {
  const names = (await readdir(path.join(tx, 'new'))).sort()
  step()
  await writeFileAtomic(path.join(tx, JOURNAL), JSON.stringify({ names }))
  for (const name of names) {
    step()
    if (await exists(path.join(dir, name))) await rename(path.join(dir, name), path.join(tx, 'old', name))
    step()
    await rename(path.join(tx, 'new', name), path.join(dir, name))
  }
  step()
  // the swap is whole once the journal is gone; old/ goes with the folder after
  await unlink(path.join(tx, JOURNAL))
  step()
}

/**
 * Puts back the outputs a swap had replaced, from the journal's list. Every step can be
 * repeated after a kill: an output still in new/ was not swapped, one in old/ is put back.
 */
async function rollBack(dir: string, tx: string): Promise<void> {
  const journal = path.join(tx, JOURNAL)
  const { names } = JSON.parse(await readFile(journal, 'utf8')) as { names: string[] }
  for (const name of names) {
    const staged = await exists(path.join(tx, 'new', name))
    const old = await exists(path.join(tx, 'old', name))
    if (staged && !old) continue // not swapped yet: the target is the previous output
    if (!staged) await rm(path.join(dir, name), { recursive: true, force: true }) // the new output
    if (old) await rename(path.join(tx, 'old', name), path.join(dir, name))
  }
  await unlink(journal)
}

function processGone(pid: number): boolean {
  if (pid === process.pid) return false
  try {
    process.kill(pid, 0)
    return false
  } catch (e) {
    return (e as NodeJS.ErrnoException).code !== 'EPERM'
  }
}

/**
 * Finishes the swaps that processes killed in `dir` left half done, by putting the previous
 * outputs back, and removes their staging folders. Returns the folders handled. Swaps of
 * running processes are left alone.
 */
export async function recoverOutputs(dir: string): Promise<string[]> {
  const handled: string[] = []
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const pid = Number(TX_NAME.exec(name)?.[1])
    if (!Number.isInteger(pid) || !processGone(pid)) continue
    const tx = path.join(dir, name)
    if (await exists(path.join(tx, JOURNAL))) await rollBack(dir, tx)
    await rm(tx, { recursive: true, force: true })
    handled.push(name)
  }
  return handled
}

/** Whether `folder` holds an unfinished swap (never to be removed as a mere leftover). */
export async function holdsJournal(folder: string): Promise<boolean> {
  return exists(path.join(folder, JOURNAL))
}

export interface BrowserOutputs {
  slug: string
  formats: ReadonlySet<string>
  pdf: Uint8Array
  handout?: Uint8Array | undefined
  /** The built web deck, moved into place with the slides PDF in it. */
  webDir: string
  /** The PNG folder, moved into place. */
  pngDir: string
}

/**
 * Stages the outputs of a browser export in `target` (a transaction the caller commits), or, given
 * the deck folder, stages and commits them at once. Returns their final paths.
 */
export async function placeOutputs(target: OutputsTransaction | string, o: BrowserOutputs): Promise<{ pdf?: string; handout?: string; web?: string; png?: string }> {
  const tx = typeof target === 'string' ? await beginOutputs(target) : target
  const placed: { pdf?: string; handout?: string; web?: string; png?: string } = {}
  const stageFile = async (name: string, data: Uint8Array) => {
    await writeFile(tx.path(name), data)
    return path.join(tx.dir, name)
  }
  try {
    if (o.formats.has('web')) {
      // the web deck's download button links to ./<slug>.pdf
      await writeFile(path.join(o.webDir, `${o.slug}.pdf`), o.pdf)
      await rename(o.webDir, tx.path('web'))
      placed.web = path.join(tx.dir, 'web')
    }
    if (o.formats.has('pdf')) placed.pdf = await stageFile(path.basename(outputPath(tx.dir, o.slug, 'pdf')), o.pdf)
    if (o.handout) placed.handout = await stageFile(path.basename(outputPath(tx.dir, o.slug, 'handout')), o.handout)
    if (o.formats.has('png')) {
      await rename(o.pngDir, tx.path('png'))
      placed.png = path.join(tx.dir, 'png')
    }
    if (typeof target === 'string') await tx.commit()
  } finally {
    if (typeof target === 'string') await tx.discard()
  }
  return placed
}
