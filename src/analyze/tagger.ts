/**
 * compromise's sentence splitter and part-of-speech tagger, called at the level the analysis
 * needs (through `nlp.world()`, the plugin API of compromise 14, pinned in package.json):
 * - `compromiseSentences` runs only the sentence splitter, not the word tokenizer and
 *   contraction pass that `nlp.tokenize(text).sentences()` adds on top (40× the cost).
 * - `tagEach` tags many texts in one pass of the tagger: each text's tags are those that
 *   `nlp(text)` gives (the tagger works sentence by sentence), without the fixed cost of one
 *   call per text, and without the noun/verb chunker, which sets no tag.
 * - `tagged` is `nlp(text)` without the chunker, for matching tags (`.has`, `.match`).
 * tests/analyze/tagger.test.ts checks both against the plain calls on every test article.
 */
import nlp from './nlp.ts'
import type { Span } from '../types.ts'

/** A word as compromise holds it: its text, what precedes and follows it, its tags. */
interface Term {
  text: string
  pre: string
  post: string
  tags: Set<string>
}

/** compromise's document: sentences of terms. */
type Document = Term[][]

interface ViewLike {
  document: Document
  compute(hooks: readonly string[]): unknown
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

/** The sentences compromise finds in `text`, as it writes them (untrimmed). */
export function compromiseSentences(text: string): string[] {
  return WORLD.methods.one.tokenize.splitSentences(text, WORLD)
}

/** A word with compromise's tags and its offsets in the text it came from. */
export interface TaggedSpan extends Span {
  tags: string[]
}

/** `nlp(text)` less the chunker: the same tags, for `.has()` and `.match()` on tags (not `.nouns()`, which reads chunks). */
export function tagged(text: string): ReturnType<typeof nlp> {
  const view = new View(WORLD.methods.one.tokenize.fromString(text, WORLD))
  view.compute(TAG_HOOKS)
  return view as unknown as ReturnType<typeof nlp>
}

/** compromise's tags for every word of each text, with offsets into that text. */
export function tagEach(texts: readonly string[]): TaggedSpan[][] {
  const documents = texts.map((t) => WORLD.methods.one.tokenize.fromString(t, WORLD))
  const all = new View(documents.flat())
  all.compute(TAG_HOOKS)
  let at = 0
  return documents.map((d) => {
    const own = all.document.slice(at, at + d.length)
    at += d.length
    return wordsOf(own)
  })
}

/** The words of a text's sentences, with offsets counted as compromise's `offset` step counts them. */
function wordsOf(sentences: Document): TaggedSpan[] {
  const out: TaggedSpan[] = []
  let elapsed = 0
  for (const terms of sentences) {
    for (const t of terms) {
      const start = elapsed + t.pre.length
      out.push({ start, end: start + t.text.length, tags: Array.from(t.tags) })
      elapsed += t.pre.length + t.text.length + t.post.length
    }
  }
  return out
}
