/**
 * compromise's sentence splitter and part-of-speech tagger, called at the level the analysis
 * needs (through `nlp.world()`, the plugin API of compromise 14, pinned in package.json):
 * - `compromiseSentences` runs only the sentence splitter, not the word tokenizer and
 *   contraction pass that `nlp.tokenize(text).sentences()` adds on top (40× the cost).
 * - `tagEach` tags many texts in one pass of the tagger: each text's tags are those that
 *   `nlp(text)` gives (the tagger works sentence by sentence), without the fixed cost of one
 *   call per text, and without the noun/verb chunker, which sets no tag.
 * tests/analyze/tagger.test.ts checks both against the plain calls on every test article.
 */
import nlp from './nlp.ts'
import type { Span } from '../types.ts'

/** compromise's document: sentences of term objects (opaque here). */
type Document = unknown[][]

interface TermJson {
  tags: string[]
  offset: { start: number; length: number }
}

interface ViewLike {
  document: Document
  compute(hooks: readonly string[]): unknown
  json(options: object): Array<{ terms: TermJson[] }>
}

interface World {
  hooks: string[]
  methods: {
    one: {
      tokenize: {
        splitSentences(text: string, world: World): string[]
        fromString(text: string, world: World): Document
      }
    }
  }
}

const WORLD = nlp.world() as World
/** The tagger's steps, in compromise's order; the chunker ('chunks') only groups words. */
const TAG_HOOKS = WORLD.hooks.filter((h) => h !== 'chunks')
const View = (nlp('') as unknown as { constructor: new (document: Document) => ViewLike }).constructor
const JSON_OPTIONS = { offset: true, terms: { tags: true, offset: true } }

/** The sentences compromise finds in `text`, as it writes them (untrimmed). */
export function compromiseSentences(text: string): string[] {
  return WORLD.methods.one.tokenize.splitSentences(text, WORLD)
}

/** A word with compromise's tags and its offsets in the text it came from. */
export interface TaggedSpan extends Span {
  tags: string[]
}

/** compromise's tags for every word of each text, with offsets into that text. */
export function tagEach(texts: readonly string[]): TaggedSpan[][] {
  const documents = texts.map((t) => WORLD.methods.one.tokenize.fromString(t, WORLD))
  const all = new View(documents.flat())
  all.compute(TAG_HOOKS)
  let at = 0
  return documents.map((d) => {
    // a view of the text's own sentences: offsets count from its start
    const own = new View(all.document.slice(at, at + d.length))
    at += d.length
    return own.json(JSON_OPTIONS).flatMap((s) => s.terms.map((t) => ({ start: t.offset.start, end: t.offset.start + t.offset.length, tags: t.tags })))
  })
}
