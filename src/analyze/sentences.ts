/**
 * Sentence splitting. Latin-script text goes through compromise, which knows abbreviations
 * ("U.S.", "Mr.", "e.g.", "Inc."), decimals ("$5.6 million"), ellipses and quotes; text in
 * Chinese or Japanese is split after 。！？ (and their closing quotes/brackets), Korean after a
 * full stop too.
 * Offsets are recovered by locating each sentence in its paragraph, so every sentence is an
 * exact slice of the article text.
 */
import type { Sentence, Span } from '../types.ts'
import { AFTER_ORDINAL, BEFORE_NAME, NEVER_LAST, NUMBERED, SENTENCE_STARTERS } from './abbreviations.ts'
import { isMostlyCjk } from './script.ts'
import { compromiseSentences } from './tagger.ts'

/** A sentence's end in Chinese or Japanese (。！？), or in Korean, which ends on a full stop after a syllable and a space ("…것이다. 또한"). */
const CJK_END = /[。！？!?]+[」』”’）)】]*|(?<=[\uac00-\ud7af][」』”’）)]*)\.(?=\s)/gu

/**
 * Splits each paragraph into sentences; `paragraph` is the index into `paragraphs`. `lang`: the
 * article's language, when known (a piece that goes on in lower case after a full stop is the
 * same sentence's, but in English).
 */
export function splitSentences(text: string, paragraphs: readonly Span[], lang?: string): Sentence[] {
  const out: Sentence[] = []
  paragraphs.forEach((p, index) => {
    for (const s of splitSpan(text, p, lang)) out.push({ ...s, text: text.slice(s.start, s.end), paragraph: index })
  })
  return out
}

function splitSpan(text: string, span: Span, lang: string | undefined): Span[] {
  const body = text.slice(span.start, span.end)
  if (!body.trim()) return []
  const pieces = isMostlyCjk(body) ? splitCjk(body) : splitLatin(body, lang)
  return pieces.map(([s, e]) => trimSpan(body, s, e)).filter((r) => r[1] > r[0]).map(([s, e]) => ({ start: span.start + s, end: span.start + e }))
}

function splitCjk(body: string): Array<[number, number]> {
  const out: Array<[number, number]> = []
  let from = 0
  for (const m of body.matchAll(CJK_END)) {
    const end = (m.index ?? 0) + m[0].length
    out.push([from, end])
    from = end
  }
  if (from < body.length) out.push([from, body.length])
  return out
}

function splitLatin(body: string, lang: string | undefined): Array<[number, number]> {
  const found = compromiseSentences(body)
  const out: Array<[number, number]> = []
  let cursor = 0
  for (const raw of found) {
    const s = raw.trim()
    if (!s) continue
    const at = body.indexOf(s, cursor)
    if (at < 0) {
      // compromise normalised something we cannot find again: keep the rest as one sentence
      break
    }
    if (at > cursor && out.length > 0) out[out.length - 1]![1] = at
    out.push([at, at + s.length])
    cursor = at + s.length
  }
  if (cursor < body.length && body.slice(cursor).trim()) out.push([cursor, body.length])
  // (the glued stops found once for the paragraph: a piece's own are those inside it)
  const glued = [...body.matchAll(GLUED_END)]
  return joinAfterAbbreviations(body, out, lang)
    .flatMap(([a, b]) => splitAfterClosingQuotes(body, a, b))
    .flatMap(([a, b]) => splitAtBoundaries(body, a, b))
    .flatMap(([a, b]) => splitGlued(glued, a, b))
}

/**
 * A full stop with no space after it, between a word in lower case and a capitalised one
 * ("… one vote each.Seven different people …", "… other than Trump.An elector …"), where a page
 * lost the breaks between its paragraphs. A sentence's end when the word after is one that starts
 * sentences, or when the paragraph has many such stops; not a name in code ("the http.Handler
 * interface", "os.Exit(1)") nor an address.
 */
const GLUED_END = /(?<=(?:^|[\s(“"])\p{L}\p{Ll}+[.!?]["”’]?)(?=(\p{Lu}\p{Ll}*)[\s,;:])/gu

/** Glued stops in a paragraph from which each is read as a sentence's end, whatever word follows. */
const GLUED_MANY = 3

function splitGlued(all: readonly RegExpMatchArray[], a: number, b: number): Array<[number, number]> {
  if (all.length === 0) return [[a, b]]
  const out: Array<[number, number]> = []
  let from = a
  for (const m of all) {
    const at = m.index ?? 0
    if (at <= from || at >= b || (all.length < GLUED_MANY && !SENTENCE_STARTERS.has(m[1]!))) continue
    out.push([from, at])
    from = at
  }
  out.push([from, b])
  return out
}

/** Last word of a piece, without its full stop, when the piece ends in "word." or in a dotted abbreviation ("m.in.", "e.g.", "z.B."). */
const ABBREVIATION_END = /(?:^|[\s(\[“"])((?:\p{L}{1,4}\.)*\p{L}{1,6})\.$/u

/**
 * compromise ends a sentence after "No." in "No. 1" or "vs." in "cats vs. dogs": a piece that
 * ends in an abbreviation written before a number (or a title before a name) is joined to the
 * next when that one begins with a digit (or a capitalised name), and any piece ending in a
 * short abbreviation is joined to a next one that begins in lower case. So is a piece ending on
 * a question or an exclamation mark before one that goes on in lower case, or on a dash ("… where
 * is Rust adding value? what works well? -- based on conversations …"): one sentence's asides.
 * A footnote's marker alone joins the sentence before it (MARKER_ONLY).
 */
function joinAfterAbbreviations(body: string, pieces: Array<[number, number]>, lang: string | undefined): Array<[number, number]> {
  const out: Array<[number, number]> = []
  // (not in English, where a tool's name may open a sentence in lower case, "crox can then …",
  // "evolve lets you …", and such a piece is kept as no point: stand-alone.ts `opensInLowerCase`)
  const stray = lang !== undefined && lang !== 'en' && capitalised(body, pieces)
  for (const piece of pieces) {
    const prev = out[out.length - 1]
    const [before, next] = prev ? [body.slice(prev[0], prev[1]), body.slice(piece[0], piece[1])] : ['', '']
    if (prev && (unended(before) || continuesAfterAbbreviation(before, next) || continuesAfterQuestion(before, next) || continuesAfterOrdinal(before, next, lang) || continuesAfterLoneStop(before, next) || (stray && continuesAfterStrayStop(before, next)) || MARKER_ONLY.test(next))) prev[1] = piece[1]
    else out.push([...piece])
  }
  return out
}

/** A piece that is a footnote's marker alone, after its sentence's full stop ("… to see if they work. [2]"): the sentence's (markers.ts leaves it off the slide). */
const MARKER_ONLY = /^\s*(?:\[(?:\d{1,3}(?:\s?[-–,]\s?\d{1,3})*|[a-z])\]\s*)+$/u

/** Whether a paragraph's writer opens sentences with capitals: all its pieces but one at most, three pieces at least. */
function capitalised(body: string, pieces: ReadonlyArray<[number, number]>): boolean {
  const openings = pieces.map(([a, b]) => /\p{L}/u.exec(body.slice(a, b))?.[0] ?? '').filter(Boolean)
  return openings.length >= 3 && openings.filter((c) => c === c.toLocaleLowerCase() && c !== c.toLocaleUpperCase()).length <= 1
}

/**
 * A full stop typed inside a sentence, or after an abbreviation of a language compromise does
 * not know, or an ordinal's (the languages that write "13." for "13th": "klesli z 13. místa na
 * 15."), in a paragraph whose sentences open with capitals: the piece after it goes on in lower
 * case, a word of letters only ("… benachteiligen, andernfalls. sind die Klauseln unwirksam", "ma
 * też m.in. przygotowywać …"), not a name written so ("iOS").
 */
function continuesAfterStrayStop(prev: string, next: string): boolean {
  return /[\p{L}\d]\.$/u.test(prev.trimEnd()) && /^\p{Ll}+[\s,;:]/u.test(next)
}

/**
 * A full stop standing alone between spaces, before words that go on with no capital: a
 * command's argument set in the prose ("that invalidates the COPY . /tmp/myapp layer", "run
 * `git add .` then commit"), not a sentence's end.
 */
function continuesAfterLoneStop(prev: string, next: string): boolean {
  return /\s\.$/u.test(prev.trimEnd()) && /^[^\p{Lu}"“‘'(\[]/u.test(next)
}

/**
 * A piece ending on "?" or "!" (a closing mark after it) before one going on in lower case, or on
 * a dash before it; or on a "!" of a word's own (a macro's name in code, "either from a panic!
 * "escaping" from a Rust function") before a quoted word in lower case.
 */
function continuesAfterQuestion(prev: string, next: string): boolean {
  const p = prev.trimEnd()
  return (/[?!]["”’)]?$/u.test(p) && /^(?:\p{Ll}|(?:--|[—–])\s*\p{Ll})/u.test(next)) || (/[\p{L}\d_]!$/u.test(p) && /^["“‘]\p{Ll}/u.test(next))
}

/**
 * A piece ending on a German ordinal ("Als am 11.") before the month or the noun it counts ("März
 * 2014 …"), or after an article or a preposition with one in it before any noun ("der 27.
 * UN-Klimakonferenz", "zum 3. Mal").
 */
function continuesAfterOrdinal(prev: string, next: string, lang: string | undefined): boolean {
  const p = prev.trimEnd()
  if (!/(?:^|[\s(])(?:[1-9]|[1-9]\d)\.$/u.test(p)) return false
  return AFTER_ORDINAL.has(next.split(/[\s,.;:]/u)[0]!) || (lang === 'de' && ORDINAL_AFTER.test(p) && /^\p{Lu}/u.test(next))
}

/** A German article or preposition before an ordinal and its full stop: "der 27.", "am 5.", "zum 3.". */
const ORDINAL_AFTER = /(?:^|\s)(?:der|die|das|den|dem|des|am|im|zum|zur|vom|beim|ihrem|ihrer|ihres|seinem|seiner|seines)\s+\d{1,2}\.$/iu

/** A piece that ends on no stop, question or exclamation mark (the splitter cut inside a sentence, "… von ca.16" before "Tonnen pro Kopf …"). */
function unended(prev: string): boolean {
  return !/[.!?…:;。！？؟۔।]["”’»)\]」』]*$/u.test(prev.trimEnd())
}

function continuesAfterAbbreviation(prev: string, next: string): boolean {
  const m = ABBREVIATION_END.exec(prev.trimEnd())
  if (!m) return false
  const word = m[1]!.toLowerCase()
  // (a dash goes on from a dateline's abbreviated state, "MONTGOMERY, Ala. -- Alabama's strict new law …": no sentence opens on one)
  if (/^\p{Lu}/u.test(m[1]!) && /^(?:--|[—–])\s/u.test(next)) return true
  // (a short form in capitals takes no full stop of its own: "… the fsspec filesystem API. fsspec allows …" ends a sentence)
  if (/^\p{Lu}{2,}$/u.test(m[1]!) && /^\p{Ll}+\s/u.test(next) && !/^(?:and|or|but|nor|then|which|who|that|to|of|in|on|for|with|as|at|by|from|than)\s/u.test(next)) return false
  if (/^\p{Ll}/u.test(next)) return true
  if (NUMBERED.has(word) && /^\p{N}/u.test(next)) return true
  // (a name or a term in quotation marks after "sog.": "in der sog. „RESCUE-Studie“")
  return (BEFORE_NAME.has(word) || NEVER_LAST.has(word)) && /^\p{Lu}|^["“„«‘]\p{Lu}/u.test(next) && !SENTENCE_STARTERS.has(next.split(/\s/)[0]!)
}

/**
 * Ends compromise keeps inside one piece: an abbreviation that can end a sentence ("U.S.",
 * "a.m.", "Inc.") or a capital letter alone ("the Xbox One S.", read as an initial) followed by a
 * word that only starts one ("The", "Then", "It", "That"), and a footnote
 * number glued after a sentence's full stop ("… fatigue.24 It recurs").
 */
const INNER_END = /(?:(?<=\.\p{L}\.)|(?<=\b(?:Inc|Corp|Ltd|Co|etc|Jr|Sr)\.)|(?<=\s\p{Lu}\.))\s+(?=(\p{Lu}\p{Ll}*)\b)|(?<=\p{Ll}[.!?]["”’)]?\d{1,3})\s+(?=\p{Lu})/gu

function splitAtBoundaries(body: string, a: number, b: number): Array<[number, number]> {
  const out: Array<[number, number]> = []
  let from = a
  for (const m of body.slice(a, b).matchAll(INNER_END)) {
    if (m[1] !== undefined && !SENTENCE_STARTERS.has(m[1])) continue
    const at = a + (m.index ?? 0)
    // (a number glued to an abbreviation written before numbers is no footnote: "von ca.16 Tonnen")
    const glued = /(?:^|[^\p{L}])(\p{L}+)\.\d{1,3}$/u.exec(body.slice(Math.max(a, at - 12), at))
    if (glued && NUMBERED.has(glued[1]!.toLowerCase())) continue
    out.push([from, at])
    from = at + m[0].length
  }
  out.push([from, b])
  return out
}

/** compromise keeps `… win.” Nobody …` together; a sentence end inside closing quotes splits too. */
const QUOTED_END = /[.!?…]["”’»)\]]+\s+(?=["“‘«(]?\p{Lu})/gu

function splitAfterClosingQuotes(body: string, a: number, b: number): Array<[number, number]> {
  const out: Array<[number, number]> = []
  let from = a
  for (const m of body.slice(a, b).matchAll(QUOTED_END)) {
    const end = a + (m.index ?? 0) + m[0].trimEnd().length
    out.push([from, end])
    from = a + (m.index ?? 0) + m[0].length
  }
  out.push([from, b])
  return out
}

function trimSpan(body: string, s: number, e: number): [number, number] {
  while (s < e && /\s/.test(body[s]!)) s++
  while (e > s && /\s/.test(body[e - 1]!)) e--
  return [s, e]
}
