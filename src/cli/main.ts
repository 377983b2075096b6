/**
 * The `deckwright` command line: build, generate, present. Library errors become one line on
 * stderr with a hint and an exit code (see README "Exit codes").
 */
import { Command, Option } from 'commander'
import { DECK_ROUTER_MODE, deckViews } from '../deck-urls.ts'
import { DEFAULT_ARTICLE, packageVersion } from '../paths.ts'
import { startSlidev, type SlidevProcess } from '../export/slidev-process.ts'
import { isExportFormat, type BuildFormat } from '../export/formats.ts'
import type { GenerateOptions } from '../pipeline.ts'
import { preparerIn, type SpawnChild } from './prepare-child.ts'
import { reportError } from './errors.ts'
import { guardInterrupts } from './interrupt.ts'
import {
  DEFAULT_FORMATS, FORMATS, parseAspect, parseBase, parseColor, parseFormats, parseMaxSlides, parsePaper, parsePort, parseTheme,
} from './options.ts'
import { createProgress, type Progress, type Verbosity } from './progress.ts'
import { collectGarbage } from './collect-garbage.ts'

interface CommonFlags {
  out?: string
  json?: boolean
  force?: boolean
  theme?: 'default' | 'seriph'
  title?: string
  subtitle?: string
  author?: string
  date?: string
  aspectRatio?: string
  maxSlides?: number
  colorSchema?: 'light' | 'dark' | 'auto'
  dark?: boolean
  quiet?: boolean
  verbose?: boolean
  debug?: boolean
}

function deckFlags(cmd: Command): Command {
  return cmd
    .option('-o, --out <dir>', 'deck folder (default: slides/<slug>/)')
    .addOption(new Option('--theme <name>', 'Slidev theme: default or seriph').argParser(parseTheme))
    .option('--title <text>', 'deck title (default: the article’s, or one derived from it)')
    .option('--subtitle <text>', 'subtitle on the title slide')
    .option('--author <name>', 'author on the title and sources slides')
    .option('--date <date>', 'date on the title and sources slides')
    .addOption(new Option('--aspect-ratio <ratio>', 'slide aspect ratio, e.g. 16/9 or 4/3').argParser(parseAspect))
    .addOption(new Option('--max-slides <n>', 'cap the number of slides').argParser(parseMaxSlides))
    .addOption(new Option('--color-schema <mode>', 'light, dark or auto').argParser(parseColor))
    .option('--dark', 'same as --color-schema dark')
    .option('--force', 'replace a hand-edited slides.md (a backup is kept)')
    .option('--json', 'print one JSON object describing the result on stdout')
    .option('-q, --quiet', 'no progress output')
    .option('-v, --verbose', 'more progress output')
    .option('--debug', 'show stacks and causes of errors')
}

/** The flags are named like the deck options; the planner picks those and ignores the rest. */
function generateOptions(flags: CommonFlags, progress: ReturnType<typeof createProgress>): GenerateOptions {
  return {
    ...flags,
    ...(flags.dark ? { colorSchema: 'dark' as const } : {}),
    onStage: (s, ms) => progress.stage(s, ms),
  }
}

function verbosity(flags: CommonFlags): Verbosity {
  return flags.quiet ? 'quiet' : flags.verbose ? 'verbose' : 'normal'
}

/** What bin/deckwright.js gives the command line: how to start the child that makes a build's deck (prepare-child.ts). */
export interface CliHost {
  prepareChild?: SpawnChild
}

export { PREPARE_COMMAND, servePrepare } from './prepare-child.ts'

export function createCli(host: CliHost = {}): Command {
  const program = new Command('deckwright')
    .description('Turn an article into a presentation: Slidev deck, PDF, handout and offline web deck.')
    .version(packageVersion())
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()

  addBuild(program, host)
  addGenerate(program)
  addPresent(program)
  return program
}

/** `deckwright build`: every output. */
function addBuild(program: Command, host: CliHost): void {
  deckFlags(
    program
      .command('build')
      .description('article → slides.md, <slug>.pdf, <slug>-handout.pdf and web/ (static web deck)')
      .argument('[article]', 'file (.txt .md .html .docx), http(s) URL, or - for stdin', DEFAULT_ARTICLE),
  )
    .addOption(new Option('--format <list>', `comma-separated outputs: ${FORMATS.join(',')} (default ${DEFAULT_FORMATS.join(',')})`).argParser(parseFormats))
    .addOption(new Option('--base <path>', 'URL path the web deck is served under, e.g. /talks/ai-race/').argParser(parseBase))
    .addOption(new Option('--paper <size>', 'handout paper: A4 or Letter').argParser(parsePaper))
    .option('--browser <path>', 'Chrome/Chromium executable (or set CHROME_PATH)')
    .action(async (article: string, flags: BuildFlags) => {
      const progress = createProgress(verbosity(flags))
      // Slidev (2–4 s to load) starts loading now, in its own process, while the article is
      // read and analysed; the web deck's build then runs in it (or it is ended unused)
      const formats = flags.format ?? [...DEFAULT_FORMATS]
      const slidev = formats.some(isExportFormat) ? startSlidev('build') : undefined
      try {
        await buildCommand(article, flags, formats, progress, slidev, host)
      } finally {
        slidev?.dispose()
      }
    })
}

/** `deckwright generate`: slides.md only. */
function addGenerate(program: Command): void {
  deckFlags(
    program
      .command('generate')
      .description('article → slides.md only (no browser; fast)')
      .argument('[article]', 'file (.txt .md .html .docx), http(s) URL, or - for stdin', DEFAULT_ARTICLE),
  ).action(async (article: string, flags: CommonFlags) => {
    const progress = createProgress(verbosity(flags))
    const { generateDeck } = await import('../pipeline.ts')
    const result = await generateDeck(article, generateOptions(flags, progress))
    for (const n of result.plan.notices) progress.info(`notice: ${n}`)
    if (result.backup) progress.info(`kept your edited deck as ${result.backup}`)
    progress.done(`wrote ${result.plan.slides.length} slides to ${result.markdownPath}`)
    if (flags.json) {
      process.stdout.write(`${JSON.stringify({ title: result.plan.title, slides: result.plan.slides.length, outputs: { markdown: result.markdownPath }, timings: result.timings })}\n`)
    }
  })
}

/** `deckwright present`: the Slidev dev server with presenter mode. */
function addPresent(program: Command): void {
  program
    .command('present')
    .description('open a deck in the Slidev dev server with presenter mode')
    .argument('[target]', 'a deck folder (or its slides.md), or an article to generate first', DEFAULT_ARTICLE)
    .option('-o, --out <dir>', 'deck folder when TARGET is an article')
    .addOption(new Option('--port <n>', 'port of the dev server (default: 3030, or the next free one)').argParser(parsePort))
    .option('--watch', 'with an article: regenerate the deck when the article changes')
    .option('--open', 'open the browser')
    .option('--debug', 'show stacks and causes of errors')
    .action(async (target: string, flags: { out?: string; port?: number; watch?: boolean; open?: boolean }) => {
      const { present } = await import('./present.ts')
      await present(target, flags)
    })
}

export async function main(argv: string[], host: CliHost = {}): Promise<number> {
  const program = createCli(host)
  const debug = argv.includes('--debug')
  try {
    await program.parseAsync(argv, { from: 'user' })
    return 0
  } catch (e) {
    return reportError(e, debug)
  }
}

type BuildFlags = CommonFlags & { format?: ReturnType<typeof parseFormats>; base?: string; paper?: 'A4' | 'Letter'; browser?: string }

async function buildCommand(article: string, flags: BuildFlags, formats: BuildFormat[], progress: Progress, slidev: SlidevProcess | undefined, host: CliHost): Promise<void> {
  // the pipeline (NLP models, Playwright) loads only when a command runs, so --help is instant
  const { buildDeck } = await import('../pipeline.ts')
  const { browserTimeout } = await import('../export/session.ts')
  const { findBrowser } = await import('../export/browser.ts')
  // no browser (or a bad DECKWRIGHT_BROWSER_TIMEOUT_MS), nothing written: check before generating
  browserTimeout(undefined)
  await findBrowser({ explicit: flags.browser })
  // Ctrl-C stops the export and cleans up; the previous outputs stay whole
  const interrupts = guardInterrupts()
  const result = await buildDeck(article, {
    ...generateOptions(flags, progress),
    formats,
    ...(flags.base ? { base: flags.base } : {}),
    ...(flags.paper ? { paper: flags.paper } : {}),
    ...(flags.browser ? { browserPath: flags.browser } : {}),
    signal: interrupts.signal,
    ...(slidev ? { slidev } : {}),
    // (Slidev's build is the run's peak of memory: this process frees what it no longer holds)
    whileBuilding: collectGarbage,
    ...(host.prepareChild ? { prepare: preparerIn(host.prepareChild, interrupts.signal) } : {}),
  }).catch((e: unknown) => {
    throw interrupts.signal.aborted ? interrupts.signal.reason : e
  }).finally(() => interrupts.dispose())
  for (const n of result.plan.notices) progress.info(`notice: ${n}`)
  for (const n of result.outputs.notices ?? []) progress.info(`notice: ${n}`)
  if (result.backup) progress.info(`kept your edited deck as ${result.backup}`)
  progress.done(`built ${result.plan.slides.length} slides into ${result.dir}`)
  if (result.outputs.web) {
    const views = deckViews(flags.base ?? '/', DECK_ROUTER_MODE)
    progress.info(`web deck: ${result.outputs.web} (to serve at ${flags.base ?? '/'})\n  slide show:     ${views.slides}\n  presenter mode: ${views.presenter}`)
  }
  if (flags.json) {
    const outputs: Record<string, string> = { markdown: result.markdownPath }
    for (const [k, v] of Object.entries(result.outputs)) if (typeof v === 'string') outputs[k] = v
    const notices = [...result.plan.notices, ...(result.outputs.notices ?? [])]
    process.stdout.write(`${JSON.stringify({ title: result.plan.title, slides: result.plan.slides.length, outputs, notices, timings: result.timings })}\n`)
  }
}
