/**
 * Headlines for sections without a heading: a section's most central sentences, compressed
 * (compress.ts: whole constituents removed, never a cut mid-clause) to a clause of at most
 * MAX_TITLE_WORDS words that a reader understands without the article — it does not open on a
 * pronoun or connective that points back into the text, speaks of no "I" or "you" (a "we" only
 * when nothing else does), and quotes
 * nobody. In other languages, a central sentence short enough whole or without its asides (asides.ts).
 */
import { capitalFirstLetter } from './capital.ts'
import type { KeyPoint, Sentence, Span } from '../types.ts'
import { FINITE_TAGS, isFiniteVerb, type TaggedWord } from './constituents.ts'
import { compressSentence, hangsOpen, keptClause, NOT_ONLY, readsAsClause, type Compressed, type SentenceTags } from './compress.ts'
import { countWords } from './script.ts'
import { localeFor } from '../locales/index.ts'
import { MAX_TITLE_WORDS } from './titles.ts'
import type { SubjectNamer } from './subject-names.ts'
import { COUNTED_BACK, QUESTION_MARK, withoutLaterTime, inFirstPerson, inFirstPersonPlural, pointsBack, refersBack, toTheReader } from './stand-alone.ts'
import { reportsNoAnswer } from './discourse.ts'
import { speaksOf } from './tokens.ts'

/** Fewer words than this make a label, not a headline. */
const MIN_HEADLINE_WORDS = 4
/** How many of a section's most central sentences are tried. */
const TRIED = 10
/** Whole sentences (other languages) are tried among fewer: a short sentence is not always a central one. */
const TRIED_WHOLE = 4

export interface Headline {
  text: string
  /** Index into Analysis.sentences: the sentence it was compressed from. */
  sentence: number
}

/** Openings that point back into the text ("It", "This", "But", "Such a move"). */
const BACK_REFERENCE = /^(?:it|its|it's|they|their|them|he|his|him|she|her|this|that|these|those|there|here|such|both|another|other|others|one|but|and|or|so|also|however|then|thus|yet|still|instead|meanwhile|now|even|which|who|what|where|when|while|if|as|because|since)\b/i
/** Persons only the article can tell: the writer, the reader. */
const FIRST_SECOND_PERSON = /\b(?:i|i'm|i've|me|my|mine|you|you're|your|yours|let's)\b/i
/** An attribution left in the clause, or a quotation in single marks (double ones: quotesMoreThanATerm). */
const SPEECH = /\b(?:said|say|says|told|tells|according)\b|(?<!\p{L})[‘’']|[‘’'](?!\p{L})/iu

/** The key points (English) whose sentences `headlineCandidates` tries: the most central complete ones. */
export function headlineTried(points: readonly KeyPoint[]): KeyPoint[] {
  return points.filter((k) => k.complete).slice(0, TRIED)
}

/** The headline form of each of the section's most central sentences that makes one. */
export function headlineCandidates(points: readonly KeyPoint[], sentences: readonly Sentence[], lang: string, tags: SentenceTags, named?: SubjectNamer): Headline[] {
  if (lang !== 'en') return shortSentences(points, sentences, lang)
  const out = compressedHeadlines(headlineTried(points), points, sentences, tags, named)
  // (none among the most central: a less central sentence's headline says more than two key words joined, "Motorcycles & curse")
  if (out.length === 0) out.push(...compressedHeadlines(points.filter((k) => k.complete).slice(TRIED), points, sentences, tags, named))
  // one in the writers' "we" last ("We recompress the new file": a headline when nothing better is);
  // before it, one that half the slide's points speak of before one they do not ("Tourism is
  // critical to Tunisia’s economy" over the more central "White House press secretary Josh Earnest
  // condemned the attack" above points on Islamists, tourism and the museum's mosaics; "Roof's
  // defense attorneys did not call any witnesses" over "The Post and Courier newspaper reported on
  // Bruck's closing argument"); then the article's specifics: a headline naming someone or
  // something, or giving a number; else the most central first
  const ours = (x: { h: Headline }) => (inFirstPersonPlural(x.h.text) ? 1 : 0)
  const apart = (x: { cover: number }) => (x.cover < HALF ? 1 : 0)
  const specific = (x: { h: Headline }) => (SPECIFIC.test(x.h.text) ? 0 : 1)
  // (one that left a closing phrase out only where no sentence makes a headline whole: it says less than its sentence)
  const whole = out.filter((x) => !x.trimmed)
  return (whole.length > 0 ? whole : out).sort((x, y) => ours(x) - ours(y) || apart(x) - apart(y) || specific(x) - specific(y)).map((x) => x.h)
}

interface Drafted {
  h: Headline
  /** The share of the slide's other points that speak of it. */
  cover: number
  /** Its sentence's closing phrase was left out. */
  trimmed: boolean
}

/**
 * The headline each of `tried` compresses to, when it makes one; where none of them does, the
 * headline a later clause of theirs makes (laterClauses).
 */
function compressedHeadlines(tried: readonly KeyPoint[], points: readonly KeyPoint[], sentences: readonly Sentence[], tags: SentenceTags, named?: SubjectNamer): Drafted[] {
  const sources = tried.map((p) => ({ p, sentence: headlineSource(p.sentence, sentences, named) }))
  const drafted = (p: KeyPoint, sentence: string, d: DraftedText | undefined): Drafted[] => (d ? [{ h: { text: d.text, sentence: p.sentence }, cover: coverage(d.text, p.sentence, points), trimmed: d.trimmed || !sentence.startsWith(d.from) }] : [])
  const whole = sources.flatMap(({ p, sentence }) => drafted(p, sentence, draftHeadline(sentence, tags)))
  if (whole.length > 0) return whole
  // (a later clause's words as the sentence's tagging read them, from the clause's start: no tagger pass of its own)
  const clauseTags = (c: LaterClause): SentenceTags => (text) => (text === c.text ? c.words : tags(text))
  return sources.flatMap(({ p, sentence }) => drafted(p, sentence, laterClauses(sentence, tags(sentence)).map((c) => draftHeadline(c.text, clauseTags(c))).find((d) => !!d)))
}

interface DraftedText {
  text: string
  trimmed: boolean
  /** The sentence or clause it was compressed from. */
  from: string
}

/** The headline a sentence (or a clause of one) compresses to, and whether its closing phrase went. */
function draftHeadline(sentence: string, tags: SentenceTags): DraftedText | undefined {
  if (WHERE_PUBLISHED.test(sentence)) return undefined
  const whole = withoutCommas(sentence, tags, MAX_TITLE_WORDS)
  const c = whole.complete ? whole : withoutClosingPhrase(sentence, withoutCommas(sentence, tags, MAX_TITLE_WORDS + CLOSING_PHRASE_ROOM), tags(sentence))
  if (!c?.complete || !opensAClause(sentence, c.pieces, tags(sentence))) return undefined
  const text = asHeadline(c.text)
  return text ? { text, trimmed: c !== whole, from: sentence } : undefined
}

/** Where a study's findings appeared ("The findings were published in the journal Current Biology"): no point of the story, no title. */
const WHERE_PUBLISHED = /\b(?:published|appears?|appeared|reported|described)\s+(?:online\s+)?(?:this\s+\w+\s+|on\s+\w+\s+)?in\s+(?:the\s+)?(?:(?:peer-reviewed|scientific|medical|online)\s+)?(?:journal|proceedings|magazine)\b/iu

/** A comma and a conjunction between two clauses. */
const CLAUSE_JOINT = /,\s+(?:but|and|yet)\s+/giu
/** Words of a clause that stand for something the clause before it said: "that estimate", "the same way". */
const SAID_BEFORE = /\b(?:this|that|these|those|such)\s+(?!is\b|was\b)\p{L}|\bthe\s+same\b/iu
/** Words that open a clause inside the clause: its finite verb after one is that clause's. */
const SUBORDINATE = /^(?:that|which|who|whom|whose|when|where|while|if|because|although|though|since|as|until|unless|whether)$/iu

/**
 * The clauses a sentence joins to one before it, each opening on its own subject (a name, a noun
 * or a determiner) and with its own finite verb: "Taking on Ailes was dangerous, but [Carlson was
 * determined to fight back]". A headline when the whole sentence makes none: it is one of the
 * sentence's clauses, whole. Not one opening on a pronoun or a verb (its subject is the clause
 * before's), nor one speaking of what that clause said ("that estimate").
 */
function laterClauses(sentence: string, words: readonly TaggedWord[]): LaterClause[] {
  const out: LaterClause[] = []
  for (const m of sentence.matchAll(CLAUSE_JOINT)) {
    const at = m.index + m[0].length
    const after = words.filter((w) => w.start >= at)
    const first = after[0]
    const text = sentence.slice(at)
    if (!first || first.start !== at || !opensOnASubject(first, sentence) || SAID_BEFORE.test(text) || inFirstPersonPlural(text)) continue
    const verb = after.findIndex(isFiniteVerb)
    const inner = after.findIndex((w) => SUBORDINATE.test(sentence.slice(w.start, w.end)))
    if (!words.some((w) => w.end <= m.index && isFiniteVerb(w)) || verb < 1 || (inner >= 0 && inner < verb)) continue
    out.push({ text: capitalFirstLetter(text), words: after.map((w) => ({ ...w, start: w.start - at, end: w.end - at })) })
  }
  return out
}

/** A clause of a sentence, from a capital, and its words as the sentence's tagging read them. */
interface LaterClause {
  text: string
  words: readonly TaggedWord[]
}

/** A first word that can be a clause's subject or open it: a name, a noun, a number or an article; no pronoun or verb. */
function opensOnASubject(w: TaggedWord, sentence: string): boolean {
  if (w.tags.some((t) => t === 'Pronoun' || t === 'Verb' || t === 'Adverb' || t === 'Preposition' || t === 'Conjunction')) return false
  return w.tags.some((t) => t === 'Noun' || t === 'ProperNoun' || t === 'Value') || /^(?:the|a|an)$/iu.test(sentence.slice(w.start, w.end))
}

/** The sentence a headline is compressed from: its opening pronoun named (subject-names.ts), a speaker's statement about itself as the speaker's. */
export function headlineSource(sentence: number, sentences: readonly Sentence[], named?: SubjectNamer): string {
  // (a surname alone stays so in a headline: the whole name is the bullets' to say, a title is short)
  const subject = named?.(sentence)
  const text = subject && !subject.surname ? subject.text : sentences[sentence]!.text
  return ownStatement(text) ?? text
}

/**
 * A named speaker's statement about itself, with the pronoun given the speaker's name: "Whole
 * Foods said it has lowered prices on hundreds of items" → "Whole Foods has lowered prices on
 * hundreds of items", "Forte said he expects Amazon to …" → "Forte expects Amazon to …". Both
 * pieces are the sentence's own words. Undefined for any other sentence.
 */
export function ownStatement(sentence: string): string | undefined {
  const m = SAID_OF_ITSELF.exec(sentence)
  const rest = m ? sentence.slice(m[0].length) : ''
  // (not "it was time to act", which the name cannot take, nor "it would …", a plan made a guess)
  if (!m || BACK_REFERENCE.test(m[1]!) || NOT_THE_SPEAKERS.test(rest)) return undefined
  return `${m[1]} ${rest}`
}

/** Verbs after the pronoun with which the speaker's name would say something else. */
const NOT_THE_SPEAKERS = /^(?:is|was|were|are|would|could|might|may)\b/i

/** A name of one to four capitalised words, a verb of saying, then "he", "she" or "it" and a verb in lower case. */
const SAID_OF_ITSELF = /^((?:\p{Lu}[\p{L}’'.&-]*\s+){0,3}\p{Lu}[\p{L}’'.&-]*)\s+(?:said|says|added|adds|noted|notes|told\s+\p{Ll}+)\s+(?:that\s+)?(?:he|she|it)\s+(?=\p{Ll})/u

/** Below this share of the slide's points speaking of it, a headline reads as another slide's title. */
const HALF = 0.5

/** How many of a section's points a slide shows besides its title's own (SLIDE_BUDGET's bullets, about). */
const SHOWN_POINTS = 5

/**
 * The share of the section's other most central complete points (those its slide will show)
 * that speak of the headline (tokens.ts `speaksOf`, word families too: "Tourism …" and "…
 * popular with tourists"): a title the bullets under it do not speak of reads as another
 * slide's. 1 when the section has no other point.
 */
function coverage(headline: string, own: number, points: readonly KeyPoint[]): number {
  const others = points.filter((k) => k.complete && k.sentence !== own).slice(0, SHOWN_POINTS)
  const ofHeadline = speaksOf(headline, 'en', true)
  return others.length === 0 ? 1 : others.filter((k) => ofHeadline(k.text)).length / others.length
}

/**
 * Other languages (no constituents to remove): the section's central sentences that are short
 * enough whole ("La protesta social es indisociable de la democracia"), stand alone and quote
 * nobody; most central first. Not for scripts written without spaces, whose words are not counted so.
 */
function shortSentences(points: readonly KeyPoint[], sentences: readonly Sentence[], lang: string): Headline[] {
  const out: Headline[] = []
  for (const p of points.filter((k) => k.complete).slice(0, TRIED_WHOLE)) {
    const sentence = sentences[p.sentence]!.text
    const c = compressSentence(sentence, MAX_TITLE_WORDS, undefined, lang)
    const whole = c.text.trim().replace(/[.;!]+$/, '')
    // shortened, it must still name its subject
    const shortened = whole !== sentence.trim().replace(/[.;!]+$/, '')
    if (!c.complete || (shortened && !namesItsSubject(whole, lang))) continue
    if (!/\s/.test(whole) || reportsNoAnswer(whole, lang) || pointsBack(whole, lang) || QUESTION_MARK.test(whole) || inFirstPerson(whole, lang) || toTheReader(whole, lang)) continue
    const text = asHeadline(whole)
    if (text) out.push({ text, sentence: p.sentence })
  }
  return out
}

/** Words in quotation marks that name a term ("la “cuestión mapuche”"), not someone's words. */
const TERM_WORDS = 3

/**
 * Whether a clause holds quotation marks other than around one term of a few words in its middle,
 * without punctuation: a quotation's words make no headline ("Note the example stops with
 * “literally cried.”"), nor do names quoted from code; a term the writer sets in quotation marks
 * does ("La "cuestión mapuche" es social antes que policial").
 */
function quotesMoreThanATerm(clause: string): boolean {
  const marks = (clause.match(/["“”«»„]/gu) ?? []).length
  if (marks === 0) return false
  const term = /(?<=\S\s+)(?:"[\p{L}\p{N}\s'’-]+"|“[\p{L}\p{N}\s'’-]+”|«\s?[\p{L}\p{N}\s'’-]+\s?»|„[\p{L}\p{N}\s'’-]+[“”])(?=\s+\S)/u.exec(clause)
  return marks !== 2 || !term || term[0].trim().split(/\s+/).length > TERM_WORDS
}

/**
 * Whether a clause opens on an article ("La asociación con el movimiento kurdo asoma …"): its
 * subject is written out. A clause left by removing asides in a language that may drop its
 * subject ("Arrastraba un pedido de captura de Turquía") needs the sentence before it.
 */
function namesItsSubject(clause: string, lang: string): boolean {
  const first = clause.split(/\s+/)[0]!.toLocaleLowerCase()
  return localeFor(lang).speech.articles.some((a) => (/['’]$/.test(a) ? first.startsWith(a) : first === a))
}

/**
 * The sentence compressed within MAX_TITLE_WORDS, and tighter while a comma is left in it: a
 * headline is one clause ("First, Deflate has …" → "Deflate has a number of settings …").
 */
function withoutCommas(sentence: string, tags: SentenceTags, maxWords: number) {
  let c = compressSentence(sentence, maxWords, tags)
  for (let budget = countWords(c.text) - 1; c.complete && c.text.includes(',') && budget >= MIN_HEADLINE_WORDS; budget--) {
    const tighter = compressSentence(sentence, budget, tags)
    if (!tighter.complete) break
    c = tighter
  }
  return c
}

/** Words a clause may run past MAX_TITLE_WORDS when a phrase closing it can go (withoutClosingPhrase). */
const CLOSING_PHRASE_ROOM = 5
/** Fewest words a clause keeps when its closing phrase goes. */
const MIN_TRIMMED_WORDS = 5
/**
 * Prepositions whose phrase, closing a clause right after a noun, says where, when, from whom or
 * for what: the clause says its point without it. Not "of", "than" or "between", whose phrase
 * says which one or completes a comparison ("the transfer of any assets"), nor "to", which says
 * where a thing goes ("moved its whole catalogue to a new online system").
 */
const ADJUNCT_PREPOSITION = /^(?:in|on|at|for|from|under|across|during|within|throughout|after|before|since|near|among|amid)$/i
/** Verbs whose object goes somewhere: the phrase after it says where ("put controls [in the map generator GUI]"), and stays. */
const PLACING = /^(?:put|puts|putting|place[sd]?|placing|set|sets|setting|move[sd]?|moving|send|sends|sent|sending|bring|brings|brought|bringing|turn(?:s|ed)?|insert(?:s|ed)?|add(?:s|ed)?)$/i

/**
 * A compressed clause too long for a headline less the phrase that closes it, when that brings it
 * within MAX_TITLE_WORDS: a preposition after a noun, then words without a verb, a comma, a quotation
 * or brackets up to the end ("Yahoo is likely to have a tax bill [on the sale]", "Investment
 * companies are subject to special regulation [under the Investment Company Act of 1940]").
 * The latest such phrase that is enough goes; undefined when none is.
 */
function withoutClosingPhrase(sentence: string, c: Compressed, words: readonly TaggedWord[]): Compressed | undefined {
  // (the closing stop, kept as a piece of its own after a removal, is no phrase)
  const pieces = c.pieces.filter((p) => /[\p{L}\p{N}]/u.test(sentence.slice(p.start, p.end)))
  const last = pieces.at(-1)
  if (!c.complete || !last) return undefined
  const inLast = words.filter((w) => w.start >= last.start && w.end <= last.end)
  for (let i = inLast.length - 1; i > 0; i--) {
    const [before, at] = [inLast[i - 1]!, inLast[i]!]
    if (inLast.slice(i + 1).some((w) => w.tags.includes('Verb')) || /[,;:()[\]"“”]/u.test(sentence.slice(at.start, last.end))) return undefined
    if (!ADJUNCT_PREPOSITION.test(sentence.slice(at.start, at.end)) || !before.tags.includes('Noun') || before.tags.includes('Pronoun')) continue
    // (a word right after "that" or "who" is a verb the tagger read as a noun: "genes that encode [for olfactory receptors]" needs its phrase)
    const beforeThat = inLast[i - 2] ?? words.filter((w) => w.end <= before.start).at(-1)
    if (beforeThat && /^(?:that|which|who)$/iu.test(sentence.slice(beforeThat.start, beforeThat.end))) continue
    if (PLACING.test(lastVerb(sentence, words, at.start))) return undefined
    const trimmed = keptClause(sentence, [...pieces.slice(0, -1), { start: last.start, end: before.end }])
    const n = countWords(trimmed.text)
    if (n <= MAX_TITLE_WORDS && n >= MIN_TRIMMED_WORDS && readsAsClause(sentence, trimmed.pieces, words)) return trimmed
  }
  return undefined
}

/** The last verb before `at` in the sentence, lower case ("" when none). */
function lastVerb(sentence: string, words: readonly TaggedWord[], at: number): string {
  const verb = words.filter((w) => w.end <= at && w.tags.includes('Verb')).at(-1)
  return verb ? sentence.slice(verb.start, verb.end).toLowerCase() : ''
}

/** A name after the first word, a capital inside a word, or a number. */
const SPECIFIC = /\s\p{Lu}|\p{Ll}\p{Lu}|\p{N}/u
/**
 * Words that point back into the text: an ending "the situation", "that early"; an object
 * pronoun ("described it as …"); "not only" or "not just" without its "but".
 */
const POINTS_BACK = [
  /\b(?:the|this|that|these|those)\s+(?:situation|matter|issue|issues|move|case|development|developments|change|changes|decision|news|question|problem|idea|approach|point|trend|effort|step)$/i,
  /\b(?:this|that|these|those)(?:\s+(?:\p{L}+ly|early|again|too|now|then))?$/iu,
  // things counted or named before: "The combination of the two", "the latter"
  COUNTED_BACK,
  /\b(?:it|them)\b/i,
  // "him" with no name before it in the headline, which could stand for it ("Ailes was furious with Kelly for not defending him publicly" may stay)
  /^(?:\S+(?:\s+(?!\p{Lu})\S+)*\s+)?him\b/u,
  // a quantity standing for people or things named before: "Some had not visited", "Neither of those"
  /^(?:some|many|most|several|all|none|neither|either|each|few)\s+(?:of|had|have|has|are|were|was|is|did|do|does|say|said|would|will|could)\b/i,
  // the matter the text spoke of before, as the subject: "The situation was further complicated"; "Not everyone is convinced"
  /^the\s+(?:situation|matter|issue|issues|move|case|development|developments|decision|news|question|problem|idea|approach|trend|effort|percentage|number|figure|share|rate|amount|total)\s+(?!of\b)/i,
  // a question whose words the text gave before: "Experts have argued over why"
  /\b(?:why|how|what|where|when|whether|which|who)$/i,
  // a place told before: "The percentage has been stuck there" (not "there is", "there are")
  /\s+there\b(?!\s+(?:is|are|was|were|has|have|had|will|would|may|might|could|can|must|should|seems?|seemed|appears?|appeared|remains?|remained|exists?|existed|be|being)\b)/i,
  /^not\s+(?:everyone|everybody|all|every)\b/i,
  // people in general, and little more: "Folks have been emailing" (not "People recognize Matie immediately")
  /^(?:[Ff]olks|[Pp]eople|[Ee]veryone|[Ee]verybody|[Ss]omeone|[Ss]omebody|[Oo]thers)\s+(?![^]*(?:\s\p{Lu}|\p{N}))(?:\S+\s+){0,3}\S+$/u,
]

/** "had" and a past participle ("had elected", "had already started"): a past told from another moment of the story. */
const PAST_PERFECT = /\b(?:had|hadn['’]t|had\s+not)\s+(?:(?:\p{L}+ly|already|just|long|also|still|never|once)\s+)?(?:been|\p{L}+ed|\p{L}+en|begun|built|done|found|gone|grown|held|known|left|lost|made|met|paid|run|sent|set|spent|taken|told|won|written)\b/iu

/** A modal and "have" with a past participle: what could, would, might or should have been, not what was. */
const UNREAL_PAST = /\b(?:could|would|might|should)(?:n['’]t|\s+not)?\s+have\s+(?:\p{L}+ly\s+)?\p{L}+(?:ed|en|wn|ne|un|ght)\b/iu

/** Tags of a first word that cannot open a headline ("Thereby enabling …", "Occupying …", "Under …"). */
const NO_OPENING = ['Gerund', 'Adverb', 'Preposition', 'Conjunction', 'Pronoun']

/** A relative pronoun: a finite verb after it is the relative clause's, not the headline's. */
const RELATIVE = /^(?:that|which|who|whom|whose)$/i

/**
 * Whether the kept words start like a statement and hold a finite verb of their own: not only
 * one inside a relative clause ("Surprise fees that consumers learn about").
 */
function opensAClause(sentence: string, pieces: readonly Span[], words: readonly TaggedWord[]): boolean {
  const kept = words.filter((w) => pieces.some((k) => w.start >= k.start && w.end <= k.end))
  const first = kept[0]
  if (!first || first.tags.some((t) => NO_OPENING.includes(t))) return false
  for (const w of kept) {
    if (RELATIVE.test(sentence.slice(w.start, w.end))) return false
    if (w.tags.some((t) => FINITE_TAGS.includes(t))) return true
  }
  return false
}

/** The clause as a headline (no closing stop, a capital first), or undefined when it cannot stand alone. */
/** "also" inside a clause, or "either", "too", "as well" closing it ("Matie also helped …", "… in programming either"). */
const LIKENESS = /\s+also(?=\s)(?!\s+known\b)|,?\s+(?:either|too|as\s+well|likewise)$/giu

/**
 * A headline less its words of likeness to something told before: "Matie [also] helped deliver
 * USAID cash …", "Hamilton had no prior training in programming [either]". The slide stands on
 * its own; the bullets do the same (plan/detached.ts `withoutAdditive`).
 */
function withoutLikeness(clause: string): string {
  return clause.replace(LIKENESS, '')
}

export function asHeadline(clause: string): string | undefined {
  // (a time told from a moment the slide does not give goes: "Doudna published her own results [a few weeks later]")
  // (not when its "less than" or "of" is left open: "Ailes left NBC less than [three months later]")
  const whole = withoutLikeness(clause.trim().replace(/[.;,!]+$/, ''))
  const shorter = withoutLaterTime(whole)
  const text = hangsOpen(shorter) ? whole : shorter
  const words = countWords(text)
  if (words < MIN_HEADLINE_WORDS || words > MAX_TITLE_WORDS) return undefined
  if (POINTS_BACK.some((re) => re.test(text)) || (NOT_ONLY.test(text) && !/\bbut\b/i.test(text))) return undefined
  // (and no demonstrative standing for what the text shows next or showed before: "… follows this simple loop"; "this year" stays)
  if (BACK_REFERENCE.test(text) || FIRST_SECOND_PERSON.test(text) || SPEECH.test(text) || quotesMoreThanATerm(text) || refersBack(text, 'en')) return undefined
  // (nor someone's not answering: "A Whole Foods spokeswoman declined to comment on pricing" is no section's point)
  // (nor a past before the story's, told in the past perfect: "Voters had elected a government …" needs the "In 2011" a title has no room for)
  // (nor what could have been, a case the article may go on to refute: "Voters could have shown they were tired of …", then "Instead, …")
  if (reportsNoAnswer(text, 'en') || PAST_PERFECT.test(text) || UNREAL_PAST.test(text)) return undefined
  // one clause, not a list (nor a list's number: "1. is how …"), a definition, a table row or a legal line: a letter or digit first;
  // no comma, colon, brackets, dash, line break or trademark sign, no word twice in a row ("Isolation Isolation of …"), no two numbers in a row
  if (!/^[\p{L}\p{N}]/u.test(text) || /^\p{N}+[.)]\s/u.test(text) || /[,:()[\]{}\n—–℠™®©]|\s-\s/u.test(text) || /\b(\p{L}+)\s+\1\b/iu.test(text) || /\d\S*\s+\S?\d/u.test(text)) return undefined
  // (a name written in lower case stays so: "db-02 was still restoring …", "x86 chips …", "pnpm 12 is …")
  return capitalFirstLetter(text)
}
