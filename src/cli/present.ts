/**
 * `deckwright present`: the Slidev dev server with presenter mode on a deck. With an article
 * and --watch, the deck is regenerated when the article changes and the open browser updates
 * through Slidev's hot reload.
 */
import { spawn } from 'node:child_process'
import { watch } from 'node:fs'
import { stat } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { deckRouterMode, deckUrls } from '../deck-urls.ts'
import { DeckwrightError } from '../errors.ts'
import { removeSlidevCache, slidevCacheBefore } from '../export/slidev-cache.ts'
import { slidevBin } from '../export/slidev-process.ts'
import { PACKAGE_ROOT } from '../paths.ts'
import { generateDeck } from '../pipeline.ts'
import { choosePort } from './port.ts'

export interface PresentFlags {
  out?: string
  port?: number
  watch?: boolean
  open?: boolean
}

export async function present(target: string, flags: PresentFlags): Promise<void> {
  // a busy port is refused before anything is generated
  const port = await choosePort(flags.port)
  const { entry, article } = await resolveTarget(target, flags)
  const stopWatching = flags.watch && article ? watchArticle(article, flags.out ?? join(entry, '..')) : undefined
  const args = [slidevBin(), entry, '--port', String(port), ...(flags.open ? ['--open'] : [])]
  // the dev server serves at "/"; the deck's routing mode decides where its views are
  const urls = deckUrls(`http://localhost:${port}`, '/', await deckRouterMode(entry))
  process.stderr.write(
    `presenting ${entry}\n  slide show:     ${urls.slides}   (the audience's screen)\n  presenter mode: ${urls.presenter}   (your screen: notes, next slide, timer)\n`,
  )
  const cache = await slidevCacheBefore(dirname(entry))
  const child = spawn(process.execPath, args, { cwd: PACKAGE_ROOT, stdio: 'inherit' })
  const forward = () => child.kill('SIGINT')
  process.once('SIGINT', forward)
  process.once('SIGTERM', forward)
  const code = await new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? 0)))
  stopWatching?.()
  await removeSlidevCache(cache)
  if (code !== 0) throw new DeckwrightError('BUILD_FAILED', `the Slidev dev server stopped with code ${code}`)
}

async function resolveTarget(target: string, flags: PresentFlags): Promise<{ entry: string; article?: string }> {
  const info = await stat(target).catch(() => undefined)
  if (info?.isDirectory()) return { entry: join(target, 'slides.md') }
  if (info && basename(target) === 'slides.md') return { entry: target }
  const result = await generateDeck(target, { ...(flags.out ? { out: flags.out } : {}) })
  return { entry: result.markdownPath, article: target }
}

/** Regenerates the deck on each change of the article (debounced); returns a stop function. */
function watchArticle(article: string, out: string): () => void {
  let timer: NodeJS.Timeout | undefined
  const watcher = watch(article, () => {
    clearTimeout(timer)
    timer = setTimeout(() => {
      generateDeck(article, { out })
        .then((r) => process.stderr.write(`regenerated ${r.markdownPath} (${r.plan.slides.length} slides)\n`))
        .catch((e: unknown) => process.stderr.write(`deckwright: could not regenerate: ${(e as Error).message}\n`))
    }, 150)
  })
  return () => watcher.close()
}
