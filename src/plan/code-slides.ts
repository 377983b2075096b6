/**
 * Code slides: a short run of the article's code blocks (a program, its output) that its prose
 * introduces with a sentence ending in a colon ("Rust had inconsistent alignment for 128-bit
 * types:"), shown as the article writes it, under that sentence as the title (its bullet form
 * when the analysis shortened it). A run too long or too wide to read from the back of a room,
 * or whose introduction cannot stand as a title (it points back, "But running with Clang 17
 * prints:", is a label, "Output:", a piece of a sentence, "for a document, or:", or speaks of
 * the text, "Below is a simple walkthrough …:", or titles a section already), is left out. In the
 * slots those leave, a run of three lines at least that no introduction can title takes its
 * section's title, once a section ("The buggy pattern: the code"); not the output of code before
 * it. The notes give the introduction (or the sentence before the code) and the
 * sentence after the code, which usually says what it shows.
 *
 * Usage: const slides = codeSlides(a); const leadIns = slides.flatMap((s) => codeLeadIn(a, s) ?? [])
 */
import type { Analysis, Block, CodeSlide, Note, Span } from '../types.ts'
import { localeFor } from '../locales/index.ts'
import { countWords } from '../analyze/script.ts'
import { refersBack } from '../analyze/stand-alone.ts'
import { guidesTheReader } from '../analyze/discourse.ts'
import { MAX_TITLE_WORDS } from '../analyze/titles.ts'
import { sentenceNote } from './notes.ts'
import { hereAre, sentenceRightBefore } from './table-titles.ts'

/** Most code slides a deck shows (the first runs their introductions title). */
export const MAX_CODE_SLIDES = 6
/** Most code slides a deck shows, with those titled by their section's title (code no sentence introduces). */
const MAX_WITH_UNINTRODUCED = 3
/** Most lines a run shows, all its blocks together. */
const MAX_LINES = 12
/** Most characters a line of it has. */
const MAX_LINE_CHARS = 72
/** Most blocks in a run (a program and its output, twice). */
const MAX_BLOCKS = 4
/** Fewest lines a run titled by its section's title shows (not a one-line command, "$ crox regex-17088"). */
const MIN_SECTION_CODE_LINES = 3
/** Fewest words an introduction has to title the slide ("Output:" is a label). */
const MIN_TITLE_WORDS = 3

export function codeSlides(a: Analysis): CodeSlide[] {
  // (a run the article prints again, the same code word for word, is shown once: "… try setting it in your own crate:" over the block shown before)
  const seen = new Set<string>()
  const runs = codeRuns(a.article.blocks).flatMap((run) => showable(a, run) ?? []).filter((r) => {
    const code = r.blocks.map((b) => b.trim()).join('\n')
    return !seen.has(code) && !!seen.add(code)
  })
  // the runs their introductions title first; then, in the slots left, runs titled by their section's title (one each)
  const own = runs.flatMap((r) => withTitle(a, r, introducedTitle(a, r))).slice(0, MAX_CODE_SLIDES)
  const titled = new Set<number>()
  const rest = own.length < MAX_WITH_UNINTRODUCED ? runs.filter((r) => !own.some((s) => s.span.start === r.span.start) && r.lines >= MIN_SECTION_CODE_LINES && !outputOfCodeBefore(a, r.run)) : []
  const more = rest.flatMap((r) => withTitle(a, r, sectionCodeTitle(a, r.span, titled)))
  return [...own, ...more.slice(0, Math.max(0, MAX_WITH_UNINTRODUCED - own.length))].sort((x, y) => x.span.start - y.span.start)
}

/** The sentence that introduces a code slide's run (the one right before it, ending in a colon). */
export function codeLeadIn(a: Analysis, slide: Pick<CodeSlide, 'span'>): number | undefined {
  const i = sentenceRightBefore(a, slide.span)
  return i >= 0 && /[:：]\s*$/u.test(a.sentences[i]!.text) ? i : undefined
}

/** A run of code small enough to read from the back of a room: its blocks' texts, its lines and its span. */
interface Run {
  run: readonly Block[]
  blocks: string[]
  lines: number
  span: Span
}

function showable(a: Analysis, run: readonly Block[]): Run | undefined {
  const blocks = run.map((b) => a.article.text.slice(b.start, b.end))
  const lines = blocks.flatMap((b) => b.split('\n'))
  if (run.length > MAX_BLOCKS || lines.length > MAX_LINES || lines.some((l) => columns(l) > MAX_LINE_CHARS)) return undefined
  return { run, blocks, lines: lines.length, span: { start: run[0]!.start, end: run.at(-1)!.end } }
}

/** The title the run's introduction makes; not the sentence a section's headline says already (the deck would bear its title twice). */
function introducedTitle(a: Analysis, r: Run): string | undefined {
  const leadIn = codeLeadIn(a, r)
  return leadIn === undefined || a.sections.some((s) => s.titleSentence === leadIn) ? undefined : titleOf(a, leadIn)
}

/** The run's slide under `title` (none without one): its notes the introduction, or the sentence right before the code, and the sentence right after it, when a paragraph follows it. */
function withTitle(a: Analysis, r: Run, title: string | undefined): CodeSlide[] {
  if (!title) return []
  const before = codeLeadIn(a, r) ?? sentenceRightBefore(a, r.span)
  const after = a.sentences.findIndex((s) => s.start >= r.span.end)
  const notes: Note[] = [...(before >= 0 ? [sentenceNote(a, before)] : []), ...(after >= 0 && a.sentences[after]!.start - r.span.end <= 2 ? [sentenceNote(a, after)] : [])]
  return [{ kind: 'code', title, blocks: r.blocks, span: r.span, notes }]
}

/** Whether a run is the output of the code before it, a label between them ("```…``` Output: ```…```"): no slide without its program. */
function outputOfCodeBefore(a: Analysis, run: readonly Block[]): boolean {
  const at = a.article.blocks.indexOf(run[0]!)
  const [label, code] = [a.article.blocks[at - 1], a.article.blocks[at - 2]]
  return code?.kind === 'code' && !!label && countWords(a.article.text.slice(label.start, label.end)) < MIN_TITLE_WORDS
}

/**
 * The title of a code slide whose introduction cannot title it ("For example:", "… is something
 * like the following:", none): its section's, with the locale's word for code ("The buggy
 * pattern: the code"), once per section, when that fits a title's length.
 */
function sectionCodeTitle(a: Analysis, span: Span, titled: Set<number>): string | undefined {
  const i = a.sections.findIndex((s) => s.start <= span.start && span.start < s.end)
  const section = a.sections[i]
  if (!section || titled.has(i)) return undefined
  const t = localeFor(a.lang).slide
  const title = `${section.title.replace(/[:.]\s*$/u, '')}${t.colon}${t.code}`
  if (countWords(title) > MAX_TITLE_WORDS) return undefined
  titled.add(i)
  return title
}

/** The introduction as a title: its bullet form when the analysis made one, without the colon; undefined when it cannot stand alone. */
function titleOf(a: Analysis, sentence: number): string | undefined {
  const text = a.sentences[sentence]!.text.trim()
  // ("Here's a simple rule:" → "A simple rule"; "Below is a simple walkthrough …" speaks of the text)
  const shown = /^here\b/iu.test(text) ? hereAre(a, text)?.replace(/\s*[:：]$/u, '') : undefined
  if (shown) return countWords(shown) <= MAX_TITLE_WORDS ? shown : undefined
  const point = a.sections.flatMap((s) => s.keyPoints).find((k) => k.sentence === sentence && k.complete)
  const title = (point?.text ?? text).trim().replace(/\s*[:：]$/u, '')
  const words = countWords(title)
  // (not a piece of a sentence, "for a document, or:", nor one about the text, "Below is a simple walkthrough …")
  // ("this code pattern", "like this" point at the code under the title, not back into the text)
  const stands = !/^\p{Ll}/u.test(title) && !(a.lang === 'en' && CONDITION_ONLY.test(title)) && !refersBack(a.lang === 'en' ? title.replace(AT_THE_CODE, ' ') : title, a.lang) && !guidesTheReader(title, a.lang)
  return stands && words >= MIN_TITLE_WORDS && words <= MAX_TITLE_WORDS ? title : undefined
}

/** An introduction that is a condition, its outcome the code ("E.g. if we try to add the incorrect rule"): no title. */
const CONDITION_ONLY = /^(?:(?:e\.g\.|for example|for instance),?\s+)?(?:if|when|whenever|once|unless)\s/iu

/** Words of an introduction that point at the code it introduces: "this code pattern", "looks like this", "as follows". */
const AT_THE_CODE = /\b(?:like|as)\s+(?:this|these|follows)$|\bthe\s+following\b|\b(?:this|these)\s+(?=(?:[\p{L}-]+\s+){0,2}(?:code|patterns?|snippets?|examples?|functions?|programs?|commands?|output|listings?|scripts?|quer(?:y|ies)|configuration|lines?|calls?|loops?|statements?)\b)/giu

/** The columns a line of code takes, a tab to the next multiple of eight as `white-space: pre` sets it. */
function columns(line: string): number {
  let n = 0
  for (const c of line) n = c === '\t' ? n + 8 - (n % 8) : n + 1
  return n
}

/** Runs of consecutive code blocks. */
function codeRuns(blocks: readonly Block[]): Block[][] {
  const runs: Block[][] = []
  blocks.forEach((b, i) => {
    if (b.kind !== 'code') return
    if (blocks[i - 1]?.kind === 'code') runs.at(-1)!.push(b)
    else runs.push([b])
  })
  return runs
}
