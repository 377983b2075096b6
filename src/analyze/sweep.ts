/**
 * A faster way for compromise to find which of its post-tagger's patterns match a sentence,
 * with exactly the same result: the same matches, in the same order (the order they are
 * applied in, so the same tags).
 *
 * compromise 14 (pinned in package.json) runs its post-tagger as a "sweep": for each sentence it
 * lists the patterns that may match (those hooked on a word or tag the sentence holds), drops
 * those whose needs the sentence lacks, and runs the rest. It finds the hooked patterns by
 * walking every one of its ~1,700 hook keys for every sentence and concatenating arrays, which
 * took about a third of the post-tagger's time in deckwright's analysis (docs/benchmarks.md,
 * "Analysis speed"). Here a sentence's own words and tags are looked up among the hook keys
 * instead (a sentence holds tens of them), then put back in the hook keys' order, so the list
 * of patterns comes out as compromise makes it. The rest (needs, the patterns without hooks,
 * too-short sentences, running each pattern) is compromise's own steps, unchanged.
 *
 * `installSweep` puts it in place of compromise's `bulkMatch`, the one method the sweep goes
 * through; tests/analyze/tagger.test.ts checks both give the same matches.
 */

/** A word as compromise's matcher reads it. */
interface MatchTerm {
  text: string
  normal: string
  machine?: string | null
  root?: string
  implicit?: string
  alias?: string[]
  tags: Set<string>
}

/** One step of a parsed pattern (compromise's "reg"), the fields the start checks read. */
interface Reg {
  optional?: boolean
  negative?: boolean
  anything?: boolean
  greedy?: boolean
  start?: boolean
  end?: boolean
  fuzzy?: boolean
  use?: string
  id?: unknown
  word?: string
  tag?: string
  pos?: string
  fastOr?: Set<string>
  choices?: unknown
  operator?: string
  method?: unknown
  pre?: unknown
  post?: unknown
  regex?: unknown
  chunk?: unknown
  switch?: unknown
  machine?: unknown
  sense?: unknown
}

/** A post-tagger pattern as compromise's net holds it (only what the sweep reads). */
export interface NetMatch {
  match: string
  regs?: Reg[]
  needs: string[]
  wants: string[]
  minWant: number
  minWords: number
  ifNo?: string[]
}

export interface Net {
  hooks: Record<string, NetMatch[]>
  always: NetMatch[]
}

/** A match found: the pattern, and where (sentence, start, end, ids). */
export type Found = NetMatch & { pointer: unknown[] }

interface SweepMethods {
  one: {
    cacheDoc(document: unknown[][]): Array<Set<string>>
    match(docs: unknown[][], todo: NetMatch): { ptrs: unknown[][] }
    bulkMatch: BulkMatch
  }
}

export type BulkMatch = (document: unknown[][], net: Net, methods: SweepMethods, opts?: { matchOne?: boolean }) => Found[]

/**
 * What the sweep needs of a net, worked out once: each hook key's place in `Object.keys(hooks)`
 * (the order compromise walks them in); for each pattern, its places in that walk (a key's
 * place, then the pattern's place in that key's list), ascending; and, for finding the
 * patterns that may match, each pattern under one key that must be present (one of its needs,
 * a word rather than a tag when it has one: words are rarer) or, without needs, under each of
 * its wants. `unique` is false when two patterns share a text (compromise keeps the first of
 * them met, matched or not): such a net goes the plain way.
 */
interface NetIndex {
  keys: string[]
  places: Map<NetMatch, number[]>
  triggers: Map<string, NetMatch[]>
  unique: boolean
}

const INDEXES = new WeakMap<Record<string, NetMatch[]>, NetIndex>()

/** Room for a key's list in a place number (key place × PLACE_SPAN + place in the list). */
const PLACE_SPAN = 1 << 16

function indexOf(hooks: Record<string, NetMatch[]>): NetIndex {
  let index = INDEXES.get(hooks)
  if (index) return index
  const keys = Object.keys(hooks)
  const places = new Map<NetMatch, number[]>()
  const texts = new Map<string, NetMatch>()
  let unique = true
  keys.forEach((k, at) => {
    hooks[k]!.forEach((m, j) => {
      if (j >= PLACE_SPAN || (texts.get(m.match) ?? m) !== m) unique = false
      texts.set(m.match, m)
      places.set(m, [...(places.get(m) ?? []), at * PLACE_SPAN + j])
    })
  })
  const triggers = new Map<string, NetMatch[]>()
  for (const m of places.keys()) {
    const on = m.needs.length > 0 ? [m.needs.find((n) => !n.startsWith('#')) ?? m.needs[0]!] : m.wants
    for (const key of new Set(on)) triggers.set(key, [...(triggers.get(key) ?? []), m])
  }
  index = { keys, places, triggers, unique }
  INDEXES.set(hooks, index)
  return index
}

/**
 * The patterns compromise would list for a sentence holding `have` and keep after its checks,
 * in its order: each at its first place among the keys the sentence holds.
 */
function hookedAndPossible(have: ReadonlySet<string>, index: NetIndex): NetMatch[] {
  const found = new Set<NetMatch>()
  for (const item of have) {
    for (const m of index.triggers.get(item) ?? []) if (mayMatch(m, have)) found.add(m)
  }
  const { keys, places } = index
  const ranked = [...found].map((m) => ({ m, place: places.get(m)!.find((p) => have.has(keys[Math.floor(p / PLACE_SPAN)]!))! }))
  return ranked.sort((a, b) => a.place - b.place).map((r) => r.m)
}

/** The patterns hooked on what `have` holds, in compromise's order, each pattern text once (compromise's own way, for a net whose patterns' texts repeat). */
function hooked(have: ReadonlySet<string>, hooks: Record<string, NetMatch[]>): NetMatch[] {
  const seen = new Set<string>()
  const out: NetMatch[] = []
  for (const k of Object.keys(hooks)) {
    if (!have.has(k)) continue
    for (const m of hooks[k]!) {
      if (seen.has(m.match)) continue
      seen.add(m.match)
      out.push(m)
    }
  }
  return out.filter((m) => mayMatch(m, have))
}

/** compromise's own checks of a hooked pattern against the sentence: all its needs, none of its `ifNo`, enough of its wants. */
function mayMatch(m: NetMatch, have: ReadonlySet<string>): boolean {
  if (!m.needs.every((need) => have.has(need))) return false
  if (m.ifNo !== undefined && m.ifNo.some((no) => have.has(no))) return false
  return m.wants.length === 0 || m.wants.filter((w) => have.has(w)).length >= m.minWant
}

/**
 * A step compromise's matcher takes as is, one word against one step: no optional, negative,
 * "anything", alternatives or greedy-to-the-end step, no fuzzy or field-bound word, no id.
 */
function isPlain(reg: Reg | undefined): reg is Reg {
  return !!reg && !reg.optional && !reg.negative && !reg.anything && reg.choices === undefined && !(reg.greedy && reg.end) && !reg.fuzzy && reg.use === undefined && reg.id === undefined
}

/** An alternatives step, "(a b|c)", neither optional nor negative: the matcher takes it as one of its choices matching from the word on. */
function isAlternatives(reg: Reg | undefined): reg is Reg & { choices: unknown[] } {
  return !!reg && !reg.optional && !reg.negative && !reg.anything && reg.operator === 'or' && Array.isArray(reg.choices)
}

/**
 * The test of an alternatives step's word: a choice can match from it only if the choice's
 * first step matches the word by compromise's term test (which the matcher calls on it as is:
 * its `negative` is not read there). A step of any kind not looked at here may match.
 */
function alternativesTest(reg: Reg & { choices: unknown[] }): WordTest {
  const firsts: WordTest[] = []
  for (const choice of reg.choices) {
    if (!Array.isArray(choice)) return () => true
    const first = choice[0] as Reg | undefined
    if (!first) continue
    const { anything, id, use, fuzzy } = first
    if (anything || id !== undefined || use !== undefined || fuzzy) return () => true
    firsts.push(wordTest(first))
  }
  return (t, i, n) => firsts.some((test) => test(t, i, n))
}

/** A word test that fails only where compromise's term test (`doesMatch`) is sure to fail. */
type WordTest = (t: MatchTerm, index: number, length: number) => boolean

/**
 * The test of one plain step: false only when compromise's term test is sure to fail for this
 * word at `index` of a phrase of `length` words; true when it may pass, and for any kind of step
 * not looked at here.
 */
function wordTest(reg: Reg): WordTest {
  const { start, end, word, tag, fastOr, pos } = reg
  const at = (index: number, length: number) => !(start === true && index !== 0) && !(end === true && index !== length - 1)
  if (word !== undefined) return (t, i, n) => at(i, n) && (t.machine === word || !!t.alias?.includes(word) || t.text === word || t.normal === word)
  if (tag !== undefined) return (t, i, n) => at(i, n) && t.tags.has(tag)
  const others = [reg.method, reg.pre, reg.post, reg.regex, reg.chunk, reg.switch, reg.machine, reg.sense]
  if (fastOr === undefined || others.some((x) => x !== undefined)) return (_t, i, n) => at(i, n)
  return (t, i, n) => {
    if (!at(i, n) || (pos && !t.tags.has(pos))) return false
    const form = t.root || t.implicit || t.machine || t.normal
    return fastOr.has(form) || fastOr.has(t.text)
  }
}

/** What `mayStart` reads of a pattern, worked out once per pattern. */
interface StartCheck {
  /** The tests of the pattern's first steps, as long as they are plain and none but the last greedy or alternatives. */
  steps: WordTest[]
  anchored: boolean
  /** The steps neither optional nor negative: the matcher tries no start with fewer words left. */
  required: number
}

const START_CHECKS = new WeakMap<readonly Reg[], StartCheck | null>()

function startCheck(regs: readonly Reg[]): StartCheck | null {
  let check = START_CHECKS.get(regs)
  if (check !== undefined) return check
  const steps: WordTest[] = []
  for (const reg of regs) {
    if (isAlternatives(reg)) {
      steps.push(alternativesTest(reg))
      // alternatives of one word each take that word, without skipping a contraction's
      // second half; others may take more, and the next word is not known
      if (reg.greedy || !reg.choices.every((c) => Array.isArray(c) && c.length <= 1 && !(c[0] as Reg | undefined)?.greedy)) break
      continue
    }
    if (!isPlain(reg)) break
    steps.push(wordTest(reg))
    if (reg.greedy) break
  }
  check = steps.length > 0 ? { steps, anchored: regs[0]!.start === true, required: regs.filter((r) => r.optional !== true && r.negative !== true).length } : null
  START_CHECKS.set(regs, check)
  return check
}

/**
 * Whether a pattern can match anywhere in the phrase, judged by its first steps where they
 * are plain: compromise's matcher tries each start the pattern has room for (only the first
 * when it is anchored with "^"), and from there gives up unless each plain step matches the
 * next word in turn (a step matches one word; after a greedy step, or a word that is the
 * first half of a contraction, the next word is not known, and the start may match). False
 * only when no start can pass; the matcher is then sure to find nothing, and is not run.
 */
function mayStart(terms: readonly MatchTerm[], regs: readonly Reg[] | undefined): boolean {
  const check = regs && regs.length > 0 ? startCheck(regs) : null
  if (!check) return true
  const { steps } = check
  const length = terms.length
  const last = check.anchored ? 0 : length - check.required
  for (let i = 0; i <= last; i++) {
    if (passes(terms, i, steps, length)) return true
  }
  return false
}

/** Whether the words from `i` on may pass `steps` (see `mayStart`). */
function passes(terms: readonly MatchTerm[], i: number, steps: readonly WordTest[], length: number): boolean {
  for (let k = 0; k < steps.length; k++) {
    const t = terms[i + k]
    if (!t) return true
    if (!steps[k]!(t, i + k, length)) return false
    if (t.implicit) return true
  }
  return true
}

/** compromise's `bulkMatch`, with the hooked patterns found from the sentence's side. */
export const fastBulkMatch: BulkMatch = (document, net, methods, opts = {}) => {
  const caches = methods.one.cacheDoc(document)
  const index = indexOf(net.hooks)
  const results: Found[] = []
  for (let n = 0; n < document.length; n++) {
    const have = caches[n]!
    const words = document[n]!.length
    const todo = (index.unique ? hookedAndPossible(have, index) : hooked(have, net.hooks))
      .concat(net.always)
      .filter((m) => words >= m.minWords)
    for (const m of todo) {
      if (!mayStart(document[n] as MatchTerm[], m.regs)) continue
      const res = methods.one.match([document[n]!], m)
      if (res.ptrs.length === 0) continue
      for (const ptr of res.ptrs) {
        ptr[0] = n
        results.push({ ...m, pointer: ptr })
      }
      if (opts.matchOne === true) return [results[0]!]
    }
  }
  return results
}

/** compromise's own `bulkMatch`, kept for comparison (tests). */
export let plainBulkMatch: BulkMatch | undefined

/** Puts `fastBulkMatch` in place of compromise's `bulkMatch` in `world`'s methods (once). */
export function installSweep(world: { methods: SweepMethods }): void {
  const one = world.methods.one
  if (one.bulkMatch === fastBulkMatch) return
  plainBulkMatch = one.bulkMatch
  one.bulkMatch = fastBulkMatch
}
