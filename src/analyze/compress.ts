/**
 * Compresses a sentence into a bullet of at most ~18 words by removing whole constituents
 * (see constituents.ts) and reference markers, never by adding words and never by cutting
 * mid-clause: each removal is kept only when what remains still reads as a clause (it has a
 * verb, balanced quotation marks and brackets, and does not end on a function word). When no
 * such form fits the budget, the result is the whole sentence with `complete: false`, so the
 * caller can choose another sentence. The kept pieces are spans into the sentence. Other
 * languages than English, given `lang`, lose their asides found by punctuation (asides.ts).
 */
import { capitalFirstLetter } from './capital.ts'
import type { Span } from '../types.ts'
import { asidesOf } from './asides.ts'
import { MONTH } from './months.ts'
import { englishRemovals, inSeries, isFiniteVerb, tagWords, tagWordsOfEach, type Removal, type TaggedWord } from './constituents.ts'
import { referenceMarkers } from './markers.ts'
import { datelineSpan } from './dateline.ts'
import { countWords, hasCjk, isMostlyCjk } from './script.ts'
import { SLIDE_BUDGET } from '../slide-budget.ts'
import { THIRD_PERSON, unbalancedBrackets } from './stand-alone.ts'

export const MAX_BULLET_WORDS: number = SLIDE_BUDGET.bulletWords

export interface Compressed {
  text: string
  /** Kept ranges, relative to the sentence. */
  pieces: Span[]
  /** False when no clause within the budget could be made: `text` is then the whole sentence. */
  complete: boolean
}

const DANGLING_EN = /\s+(?:in\s+part|at\s+(?:least|most|best)|a|an|the|of|in|on|at|to|for|from|by|with|about|and|or|but|as|that|which|its|their|his|her|this|these|those|between|among|than|under|over|because|although|though|whereas|unless|whether|able|unable|likely|unlikely|supposed|only|solely|merely|partly|largely|mainly|mostly|precisely|exactly|not|never)$/i
/** An auxiliary or a copula left without what it was saying ("It turns out this isn't"). */
const DANGLING_VERB_EN = /\s+(?:is|are|was|were|be|been|being|has|have|had|do|does|did|can|could|will|would|shall|should|may|might|must|won['’]t|can['’]t|(?:is|are|was|were|has|have|had|do|does|did|could|would|should|must)n['’]t)$/i

/** A table's unit or audit note: "(In millions)", "(Unaudited)", "(in thousands, except per share data)". */
const TABLE_NOTE = /\((?:in (?:thousands|millions|billions)\b|unaudited\b)/i

/** A sentence's words with their tags, as `compressSentence` reads them (see `tagForCompression`). */
export type SentenceTags = (sentence: string) => readonly TaggedWord[]

/** `relative`: a relative clause closing the sentence may go too (" that could give …"), a last resort: it may say which one is meant. */
export interface CompressOptions {
  relative?: boolean
}

export function compressSentence(sentence: string, maxWords = MAX_BULLET_WORDS, tags: SentenceTags = taggedOnce, lang?: string, options: CompressOptions = {}): Compressed {
  if (isMostlyCjk(sentence)) return compressCjk(sentence, maxWords)
  const { whole, bare, english, label, fits } = plainFacts(sentence, maxWords, lang)
  if (english && label && !tags(sentence).some((w) => w.tags.includes('Verb'))) return finish(sentence, bare, false)
  if (english && hangsOpen(sentence)) return finish(sentence, bare, false)
  if (fits(whole)) return finish(sentence, whole, true)
  if (!english) return lang ? withoutAsides(sentence, whole, bare, fits, lang) : finish(sentence, bare, false)
  const words = tags(sentence)
  const removals = removalsOf(sentence, words).filter((r) => r.kind !== 'relative' || options.relative)
  // an opening of time ("In April, ") goes only when the rest does not fit without it
  const dating = removals.find((r) => r.kind === 'intro' && TIME_OPENING.test(sentence.slice(r.spans[0]!.start, r.spans[0]!.end)))
  const withDate = dating && withinBudget(sentence, whole, removals.filter((r) => r !== dating), words, fits)
  // (from where the sentence's kept words begin: an opening "Then, " before the date went already)
  const date = dating && { start: Math.max(dating.spans[0]!.start, whole[0]?.start ?? 0), end: dating.spans[0]!.end }
  const done = (withDate && date && covers(withDate, date) ? withDate : undefined) ?? withinBudget(sentence, whole, removals, words, fits)
  return done ? finish(sentence, done, true) : finish(sentence, bare, false)
}

/** Whether the kept pieces hold `span` whole ("Starting earlier this year, " less its "earlier this year" is no opening). */
function covers(kept: readonly Span[], span: Span): boolean {
  return kept.some((k) => k.start <= span.start && k.end >= span.end)
}

/**
 * An opening adverbial that dates the event: a month or a year ("In April, ", "In the 2019
 * survey, "), a release's version ("Starting with Rust 1.77, "), a span of time from the event
 * ("Nine months ago, ", "Within a decade, ": without it "the president seemed like a spent force"
 * says the opposite); not "Last month", which only the article's date anchors.
 */
const TIME_OPENING = new RegExp(String.raw`\b(?:${MONTH}|\d{4})\b|\b\d+\.\d+(?:\.\d+)?\b|^(?:\p{L}+|\d+)\s+(?:years?|decades?|months?|weeks?|centur(?:y|ies))\s+(?:ago|later|earlier|on)\b|^(?:[Ww]ithin|[Ii]n)\s+(?:the\s+next\s+|the\s+coming\s+|a\s+)?(?:decade|\d+\s+years|few\s+years)\b`, 'u')

/**
 * The kept pieces within the budget: removals other than the sentence's tail while it is too
 * long, then the latest clause boundary that brings it within; the time of the event goes only
 * when no such boundary is enough. Undefined when nothing fits.
 */
function withinBudget(sentence: string, whole: readonly Span[], removals: readonly Removal[], words: readonly TaggedWord[], fits: (kept: readonly Span[]) => boolean): readonly Span[] | undefined {
  let kept: readonly Span[] = whole
  const clause = (k: readonly Span[]) => readsAsClause(sentence, k, words)
  const toEnd: Span[] = []
  const late: Span[] = []
  for (const r of removals) {
    if (r.kind === 'trailing' || r.kind === 'coordinated' || r.kind === 'relative') toEnd.push(r.spans[0]!)
    else if (r.kind === 'time') late.push(...r.spans)
    else if (!fits(kept)) {
      const next = cut(kept, r.spans)
      if (clause(next) && !orphansPronoun(sentence, kept, next, words)) kept = next
    }
  }
  // the least material first: the latest clause boundary that brings the bullet within budget
  const tail = (from: readonly Span[]) =>
    fits(from) ? from : toEnd.sort((x, y) => y.start - x.start).map((span) => ({ span, next: cut(from, [span]) })).find(({ span, next }) => fits(next) && clause(next) && !leavesStub(sentence, span, next) && !LIMITS_WHAT_WENT.test(render(sentence, next)))?.next
  const timed = late.length ? cut(kept, late) : undefined
  return tail(kept) ?? (timed && clause(timed) ? tail(timed) : undefined)
}

/** A word that limits the phrase after it, left last when that phrase went: "I created PyOxidizer partially [because of …]". */
const LIMITS_WHAT_WENT = /\s(?:partially|partly|largely|mainly|mostly|primarily|solely|only|merely|simply|just|in\s+part|even|especially|particularly|chiefly)[.!?]?$/i

/** A purpose clause at the end ("so that centralized surveillance doesn't get …"), and a short clause after "and", "or" or "but" left last. */
const PURPOSE_CUT = /^\s*,?\s*(?:so that|in order to)\b/i
const SHORT_LAST_CLAUSE = /,\s+(?:and|or|but)\s+(?:\S+\s+){0,3}\S+$/i

/**
 * Whether cutting a purpose off the end leaves a short coordinated clause that said nothing
 * without it ("…, or they scope cookies" of "… so that centralized surveillance doesn't get a
 * single view of one user"): the cut at the coordinator reads better.
 */
function leavesStub(sentence: string, span: Span, kept: readonly Span[]): boolean {
  return PURPOSE_CUT.test(sentence.slice(span.start)) && SHORT_LAST_CLAUSE.test(render(sentence, kept))
}

/**
 * Whether leaving out a part takes away the noun a pronoun after it stood for: "As we aim to take
 * Facebook to task for its breach of user trust, we need to think about what its capabilities
 * imply" less its opening leaves "its" before any noun. (A pronoun that had no noun before it in
 * the sentence, "In April, he won …", stands for an earlier sentence's either way.)
 */
const PERSONAL: ReadonlySet<string> = new Set(['he', 'his', 'him', 'she', 'her', 'hers'])
/** An "it" that opens a judgement or a state and stands for nothing: "it is imperative to", "it will be safe to", "it seems that". */
const EXPLETIVE_IT = /^it\s+(?:(?:is|was|will|would|may|might|could|can|should|has|had)\s+(?:not\s+)?(?:be|been)?\s*(?:\p{L}+ly\s+)?\p{L}+\s+(?:to|that|for)\b|(?:seems|seemed|appears|appeared|turns?\s+out|turned\s+out|takes|took)\b)/iu

function orphansPronoun(sentence: string, before: readonly Span[], after: readonly Span[], words: readonly TaggedWord[]): boolean {
  // (a person's pronoun, "he", "her", stands for a person's name or role, "the man"; "it", "their" for any noun)
  const leads = (kept: readonly Span[]) => {
    let noun = false
    let person = false
    for (const w of words) {
      if (!kept.some((k) => w.start >= k.start && w.end <= k.end)) continue
      const word = sentence.slice(w.start, w.end).toLowerCase().replace(/['’].*$/u, '')
      // ("it is imperative to …", "it will be safe to …": an "it" that stands for nothing)
      if (word === 'it' && EXPLETIVE_IT.test(sentence.slice(w.start))) continue
      if (THIRD_PERSON.has(word)) return PERSONAL.has(word) ? !person : !noun
      if (w.tags.includes('Noun') && !w.tags.some((t) => t === 'Pronoun' || t === 'Possessive' || t === 'Date')) {
        noun = true
        person ||= w.tags.includes('Person') || w.tags.includes('Actor') || w.tags.includes('ProperNoun') || (w.start > 0 && /^\p{Lu}/u.test(sentence.slice(w.start, w.end)))
      }
    }
    return false
  }
  return leads(after) && !leads(before)
}

/**
 * A sentence of a language without tagged constituents, within the budget by leaving out its
 * asides (asides.ts): those inside while it is too long, then at most one clause at its end.
 */
function withoutAsides(sentence: string, whole: readonly Span[], bare: readonly Span[], fits: (kept: readonly Span[]) => boolean, lang: string): Compressed {
  const { inner, trailing } = asidesOf(sentence, lang)
  let kept = whole
  for (const spans of inner) if (!fits(kept)) kept = cut(kept, spans)
  const done = fits(kept) ? kept : (trailing.map((span) => cut(kept, [span])).find(fits) ?? beforeSemicolon(sentence, kept, fits))
  return done ? finish(sentence, done, true) : finish(sentence, bare, false)
}

/** Words a clause before a semicolon keeps at least to stand as the sentence's bullet. */
const MIN_SEMICOLON_CLAUSE_WORDS = 6

/** The kept pieces up to the sentence's first semicolon, where a clause of its own ends ("Les mineurs pourront être inscrits …; leurs données …"), when that fits. */
function beforeSemicolon(sentence: string, kept: readonly Span[], fits: (kept: readonly Span[]) => boolean): readonly Span[] | undefined {
  const at = sentence.indexOf(';')
  // (not one between the items a colon opens: "Dos hechos quedaron en evidencia: primero, …; segundo, …")
  if (at < 0 || sentence.slice(0, at).includes(':')) return undefined
  // (nor one between the items of a series its last item closes on "or" or "and": "had either been captured, burned or skimmed; evaporated …; or dispersed …")
  if (inSeries(sentence)) return undefined
  const first = cut(kept, [{ start: at, end: sentence.length }])
  return countWords(render(sentence, first)) >= MIN_SEMICOLON_CLAUSE_WORDS && fits(first) ? first : undefined
}

/**
 * A sentence that stops without its full stop on a word that needs more ("I have been silent
 * the last month because", the list that followed it gone): no clause to show.
 */
export function hangsOpen(sentence: string): boolean {
  // (a colon announcing a list leaves the words before it as open: "will contain mainly:")
  const t = sentence.trimEnd().replace(/\s*:$/, '')
  if (/[.!?…"”’)\]]$/u.test(t)) return false
  return DANGLING_EN.test(t) || DANGLING_VERB_EN.test(t) || ASIDE_AFTER_PREPOSITION.test(t)
}

/** A preposition whose object was left out after the aside set in its way: "… for, in his eyes". */
const ASIDE_AFTER_PREPOSITION = /\s(?:for|of|to|with|by|from|in|on|at|about|against|than)\s*,\s+[^,;:]{1,40}$/i

/** What compressing a sentence starts from, whatever the budget: the whole sentence less its markers, its length in words, and the checks that need no tagger. */
interface SentenceFacts {
  whole: readonly Span[]
  /** The sentence less its dateline, reference markers and link labels: an incomplete result is the sentence as written. */
  bare: readonly Span[]
  wholeWords: number
  english: boolean
  label: boolean
}

/**
 * The characters of a sentence compromise's English tagger reads: ASCII, typographic quotes
 * and dashes, and the signs of money, degrees and dimensions ("a €2 billion scheme", "4 °C",
 * "± a factor of 6") and of marks ("Apache® Pinot™"); a letter outside ASCII makes it another language's, unless it is one of a
 * few Latin letters with their marks in names ("Māori", "Müller", "São Paulo") among English
 * words (ENGLISH_WORD).
 */
const ENGLISH_CHARACTERS = /^[\x00-\x7f’‘“”—–…€£¥°±×®™©]*$/u
/** Latin letters with marks, of names in English text: one in ten letters at most. */
const MARKED_LATIN = /[\u00c0-\u024f\u1e00-\u1eff]/gu
/** Anything else outside ASCII and the signs above: another script or sign. */
const OTHER = /[^\x00-\x7f’‘“”—–…€£¥°±×®™©\u00c0-\u024f\u1e00-\u1eff]/u
/** Words of English that another language in Latin letters rarely has (not "was", "will", "has": German's too); two of them at least. */
const ENGLISH_WORD = /\b(?:the|and|of|is|were|have|with|that|which|from|this|their|they|would)\b/gi

/** Whether a sentence reads as English to the tagger: ASCII, or English words with a few marked letters of names. */
function readsAsEnglish(text: string): boolean {
  if (ENGLISH_CHARACTERS.test(text)) return true
  if (OTHER.test(text)) return false
  const marked = (text.match(MARKED_LATIN) ?? []).length
  const letters = (text.match(/\p{L}/gu) ?? []).length
  return marked * 10 <= letters && new Set((text.match(ENGLISH_WORD) ?? []).map((w) => w.toLowerCase())).size >= 2
}

/** Facts of the sentences compressed lately: a sentence is compressed at several budgets, and checked for tags first. */
const FACTS = new Map<string, SentenceFacts>()

function factsOf(sentence: string, lang?: string): SentenceFacts {
  // (a sentence of an article in another language is no English one however it reads: "So lange dauert die …" is German, its "So" no "So,")
  const other = lang !== undefined && !/^en(?:[-_]|$)/iu.test(lang)
  const key = other ? `${lang}\u0000${sentence}` : sentence
  let facts = FACTS.get(key)
  if (facts) return facts
  const notWords = [...datelineSpan(sentence), ...referenceMarkers(sentence), ...linkLabels(sentence)]
  const english = !other && readsAsEnglish(sentence.slice(0, 300))
  const whole = cut([{ start: 0, end: sentence.length }], [...notWords, ...leadingConjunction(sentence, english), ...leadingFinding(sentence), ...leadingLabel(sentence), ...closingAddition(sentence)])
  // what a sentence that gives no clause shows: all of it but what is no word of it (dateline, markers, link labels)
  const bare = cut([{ start: 0, end: sentence.length }], notWords)
  // a label left from a list or a diagram ("Queue", "Task Store") says nothing on its own
  // nor does a table's caption or unit line ("(In millions, except percentages) (Unaudited) …")
  const label = countWords(sentence) < 4 || TABLE_NOTE.test(sentence)
  facts = { whole, bare, wholeWords: countWords(render(sentence, whole)), english, label }
  if (FACTS.size >= 4096) FACTS.clear()
  FACTS.set(key, facts)
  return facts
}

/** What compressing a sentence within `maxWords` starts from: its facts, and whether kept pieces fit the budget. */
function plainFacts(sentence: string, maxWords: number, lang?: string) {
  const { whole, bare, wholeWords, english, label } = factsOf(sentence, lang)
  const fits = (kept: readonly Span[]) => (kept === whole ? wholeWords : countWords(render(sentence, kept))) <= maxWords
  return { whole, bare, english, label, fits }
}

const LINK_LABEL = /\s*\((?:[\p{L}\p{N} .'’-]{0,30}\s)?(?:link|links|source|pdf|video|here)\)\s*/giu

/** A link's label left in brackets where the link was ("(Godbolt link)", "(PDF)", "(source)"): no words of the sentence. */
function linkLabels(sentence: string): Span[] {
  return [...sentence.matchAll(LINK_LABEL)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }))
}

/** The text without the link labels left in it ("(Godbolt link) Looking back …" → "Looking back …"). */
export function withoutLinkLabels(text: string): string {
  return text.replace(LINK_LABEL, ' ').trim()
}

/**
 * A label set before a sentence with a dash, as a release lists its highlights ("Revenue – Total
 * revenue … were $36.46 billion …"): the sentence says it again; one to four words.
 */
function leadingLabel(sentence: string): Span[] {
  const m = /^\p{Lu}[\p{L}&-]*(?:\s[\p{L}&-]+){0,3}\s[–—]\s(?=\p{Lu})/u.exec(sentence)
  return m ? [{ start: 0, end: m[0].length }] : []
}

/**
 * "But" or "And" opening a sentence ties it to the one before ("Pero", "Mais", "Aber", "Y
 * sobre…" in other languages), as "Furthermore, ", "Also, ", "Again, " or "Firstly, " add it to a list
 * (and an interjection, "Yes, ", "Ahh, ", "No, ", answers or sighs at what was said before),
 * or "Making matters still more complicated, ", "What's more, " add to a state of things told
 * before: the slide does not show it, and says the rest on its own.
 */
function leadingConjunction(sentence: string, english: boolean): Span[] {
  const m = /^(?:But|And|Pero|Mais|Et|Aber|Und),?\s+(?=[\p{Lu}\p{Ll}\p{N}])|^Y\s+(?=\p{Ll})/u.exec(sentence) ?? (english ? ENGLISH_OPENER.exec(sentence) : null)
  return m ? [{ start: 0, end: m[0].length }] : []
}

/** The English words of leadingConjunction: not another language's ("So können zwar …" is German, its "So" no "So,"). */
const ENGLISH_OPENER = /^Yet,?\s+(?!(?:another|again|more|to|still|even)\b)(?=[\p{Lu}\p{Ll}\p{N}])|^So,?\s+(?!(?:far|much|many|long|few|little|too|that|called)\b)(?=\p{Ll})|^(?:Furthermore|Moreover|Additionally|In addition|Also|Besides|Specifically|First|Second|Third|Firstly|Secondly|Thirdly|Lastly|Finally|Then|Again|Yes|No|Well|Oh|Ah+|Wow|Alas|Hmm+|(?:To make|Making) matters (?:(?:still|even|much) )?(?:worse|more \p{L}+)|(?:Worse|Better|Stranger) still|Even (?:worse|better|more \p{L}+)|What['’]s more|On top of (?:that|this|it all)),\s+(?=[\p{Lu}\p{Ll}\p{N}])/u

/**
 * ", too" or ", as well" closing a sentence adds it to one before ("Doudna was a cofounder of
 * Editas, too"): said alone on a slide, it points to what the slide does not show. Not inside
 * a quotation (its marks close the sentence then). Nor a lead-in to words that follow (CLOSING_LEAD_IN).
 */
function closingAddition(sentence: string): Span[] {
  const m = /,\s*(?:too|as well)(?=[.!?]*\s*$)/u.exec(sentence) ?? CLOSING_LEAD_IN.exec(sentence)
  return m ? [{ start: m.index, end: m.index + m[0].length }] : []
}

/**
 * ", adding with a bit of cheek" closing a sentence: the lead-in to words the sentence does not
 * hold (the next one quotes them); said alone on a slide it stops before what was added.
 */
const CLOSING_LEAD_IN = /,\s+(?:adding|noting|saying|explaining|continuing|replying|quipping|joking)(?:\s+(?:with|in|as)\s+[^\s,;:"“”‘’]+(?:\s+[^\s,;:"“”‘’]+){0,4}|\s+\p{Ll}+ly)?(?=[.!?]*\s*$)/u

/**
 * The writers saying that they see or found something ("We can see that …", "We found that …",
 * "It turns out that …", "Note that …"): a slide says what they found; and "That's because …",
 * which ties the reason to a sentence before: a slide says the reason. Only before words that
 * open a clause (a determiner, a pronoun, a preposition, a number or a name), not "that" as a
 * determiner ("We found that approach useful"). Also a pointer to the text before ("As
 * mentioned above, …"), whatever follows.
 */
const FINDING = /^(?:(?:we|i)\s+(?:can\s+|could\s+)?(?:also\s+)?(?:see|saw|found|find|noticed|notice|observed|observe|learned)|it\s+turn(?:s|ed)\s+out|note|it(?:\s+is|['’]s|\s+has\s+become)\s+(?:(?:now|becoming|increasingly|already)\s+)?clear)\s+that\s+|^(?:that|this)(?:['’]s|\s+is|\s+was)\s+because\s+/iu
const CLAUSE_OPENING = /^(?:the|a|an|this|these|those|our|their|its|his|her|my|we|they|it|he|she|there|most|many|some|all|no|none|each|every|only|more|less|fewer|in|on|at|for|within|when|if|after|before|since|while|although|because|even|despite)\b/

/**
 * "Since these changes, ", "After that, ", "At that point, ", "Because of this, ", "Around the
 * same time, ": a time or a cause told only by the sentence before; the rest says the point
 * ("Rust now produces the correct alignment"). Not a case ("In that case, ", CASE_SAID_BEFORE), whose rest holds only there.
 */
const AFTER_SAID_BEFORE = /^(?:(?:since|after|following|because\s+of|as\s+a\s+result\s+of|thanks\s+to|with|at|by|given|despite)\s+(?:(?:this|that|these|those)(?:\s+[\p{L}-]+){0,2}|then)|(?:around|at|about)\s+the\s+same\s+time)\s*,\s+(?=\p{L})/iu

/**
 * "To aid with this the Gleam language server now includes …", "To address this, we …": a purpose
 * told only by the sentence before (a problem); the rest says what was done. With its comma or
 * without, before the clause's subject.
 */
const PURPOSE_SAID_BEFORE = /^to\s+(?:aid|help|deal|cope|fix|address|solve|tackle|counter|remedy|mitigate|avoid|prevent|combat|overcome|handle|work\s+around|get\s+around|make\s+up\s+for|compensate\s+for)(?:\s+with)?\s+(?:this|that|these|those|it|them)(?:\s+(?:problem|issue|limitation|challenge|gap|need|concern|shortcoming)s?)?\s*,?\s+/iu

function purposeSaidBefore(sentence: string): RegExpExecArray | null {
  const m = PURPOSE_SAID_BEFORE.exec(sentence)
  const rest = m ? sentence.slice(m[0].length) : ''
  return m && (CLAUSE_OPENING.test(rest) || /^\p{Lu}/u.test(rest)) ? m : null
}

/** "As mentioned above, ", "As we saw earlier, ": a pointer to the text before, no part of the statement. */
const POINTER = /^as\s+(?:(?:i|we)\s+(?:have\s+)?)?(?:mentioned|noted|discussed|described|explained|saw|seen|showed|shown|stated|pointed out)(?:\s+(?:above|earlier|before|previously))?,\s+(?=\p{L})/iu

/**
 * "It turns out this isn't because of something that Rust is actively doing incorrectly: layout
 * of primitives comes from the LLVM codegen backend …": the framing before the colon points back,
 * the clause after it is what was found.
 */
const TURNS_OUT = /^it\s+turn(?:s|ed)\s+out\s+(?:that\s+)?(?:this|that|it)\b[^:;]{0,120}:\s+(?=\p{L})/iu

/**
 * "This illustrates the second problem: LLVM expects …", "We actually got to see that firsthand:
 * the initial performance run … showed …": a few words that point at the text around them and
 * announce the clause after the colon (a problem, a reason, a lesson; what was seen), which says
 * the point by itself. Not a framing that says something itself ("It was perhaps doomed from the
 * start: …") nor one a list follows ("We sourced people from a lot of places: the survey …").
 */
const FRAMING = /^(?:this|that|these|it|we|i|here)\s+(?:[^\s:;,"“”«»]+\s+){0,7}?(?:(?:problem|issue|point|reason|answer|result|lesson|idea|catch|thing|question|truth|trouble|difference|conclusion|upshot|takeaway|twist|key)s?|(?:see|saw|seen|witnessed|learned|experienced|found|noticed)\s+(?:this|that|it)(?:\s+\p{L}+)?):\s+(?=\p{L})/iu

/** The framing before a colon that goes (FRAMING), when a clause follows it ("… problem: LLVM expects …", not a list "… two things: speed and cost"). */
function framing(sentence: string): RegExpExecArray | null {
  const m = FRAMING.exec(sentence)
  const rest = m ? sentence.slice(m[0].length) : ''
  return m && (CLAUSE_OPENING.test(rest) || /^[\p{Lu}\p{N}]/u.test(rest)) ? m : null
}

/**
 * An opening before the finding ("Looking back at the psABI, we can see that …"), of a few
 * commas at most ("At the end of 2014, however, as the troop presence draws down …, it's
 * becoming clear that …"): it goes with it, unless it dates the event.
 */
const BEFORE_FINDING = /^[^;:()]{3,200}?,\s+/u

/** A noun and a relative clause about it: a subject ("people who think …"); people or a plural, not "that man who …" ("that" its determiner). */
const NOUN_AND_RELATIVE = /^(?:people|those|anyone|everyone|\p{Ll}+s)\s+(?:who|whose)\s/u

function leadingFinding(sentence: string): Span[] {
  const pointer = POINTER.exec(sentence) ?? TURNS_OUT.exec(sentence) ?? framing(sentence) ?? AFTER_SAID_BEFORE.exec(sentence) ?? purposeSaidBefore(sentence)
  if (pointer) return [{ start: 0, end: pointer[0].length }]
  const opening = openingBeforeFinding(sentence)
  const from = opening?.length ?? 0
  const m = FINDING.exec(sentence.slice(from))
  if (!m) return []
  const end = from + m[0].length
  const rest = sentence.slice(end)
  // (or a noun a relative clause tells: "It turns out that people who think Rust isn't worth using …")
  if (!CLAUSE_OPENING.test(rest) && !/^[\p{Lu}\p{N}]/u.test(rest) && !NOUN_AND_RELATIVE.test(rest)) return []
  // (an opening of one phrase that dates the finding keeps it: "In 2019, we found that …"; one of several
  // phrases goes with it: "At the end of 2014, however, as the troop presence draws down …, it's becoming clear that …")
  const dates = opening !== undefined && TIME_OPENING.test(opening) && (opening.match(/,\s/gu) ?? []).length === 1
  return dates ? [] : [{ start: 0, end }]
}

/** The opening before a finding: the words up to the comma after which the finding begins (BEFORE_FINDING's reach). */
function openingBeforeFinding(sentence: string): string | undefined {
  for (let at = sentence.indexOf(', '); at > 0 && at < 200; at = sentence.indexOf(', ', at + 1)) {
    const opening = sentence.slice(0, at + 2)
    if (BEFORE_FINDING.test(opening) && FINDING.test(sentence.slice(at + 2))) return opening
  }
  return undefined
}

/** Whether compressing `sentence` within `maxWords`, or `pointsAhead`, reads its tags (true also for any larger budget). */
function needsTags(sentence: string, maxWords: number): boolean {
  if (isMostlyCjk(sentence)) return false
  const { whole, english, label, fits } = plainFacts(sentence, maxWords)
  // a sentence ending on a colon is read for whether it announces what follows (pointsAhead)
  return (english && (label || !fits(whole))) || /:\s*$/.test(sentence)
}

/** SentenceTags that also tell which sentences they were made for (no tagger call for those). */
export interface CompressionTags extends SentenceTags {
  has(sentence: string): boolean
}

/**
 * Tags for compressing these sentences at MAX_BULLET_WORDS or more, and for every sentence of
 * `headlines` (which may be compressed further, to a headline, whose opening words are read;
 * or read whole, as a list item's label may be: key-points.ts `shortLineTexts`):
 * every sentence that needs them tagged once (a repeated sentence too), all in one tagger pass;
 * none of those `known` already has tags for (they are looked up there).
 */
export function tagForCompression(sentences: readonly string[], headlines: readonly string[] = [], known?: CompressionTags): CompressionTags {
  const always = new Set(headlines.filter((s) => !isMostlyCjk(s)))
  const wanted = [...new Set([...sentences, ...always])].filter((s) => !known?.has(s) && (always.has(s) || needsTags(s, MAX_BULLET_WORDS)))
  const tagged = wanted.length > 0 || !known ? tagWordsOfEach(wanted.map(blankMarkers)) : []
  const bySentence = new Map(wanted.map((s, i) => [s, tagged[i]!]))
  const has = (sentence: string) => bySentence.has(sentence) || !!known?.has(sentence)
  const tags = (sentence: string) => bySentence.get(sentence) ?? (known?.has(sentence) ? known(sentence) : taggedOnce(sentence))
  return Object.assign(tags, { has })
}

const SUBORDINATOR = /^(?:even (?:though|if|as|when)|just as|as(?!\s+well\s+as)|because|although|though|while|whereas|since|if|unless|when|whether|so that)\b/i

/** Whether the kept text holds a colon whose list of items parted by semicolons the sentence goes on past. */
function cutsAListItsColonOpens(sentence: string, text: string): boolean {
  const items = (t: string) => (t.includes(':') ? (t.slice(t.indexOf(':')).match(/;/gu) ?? []).length : -1)
  const all = items(sentence)
  return all > 0 && text.includes(':') && items(text) < all
}

/** The first half of a pair ("not just …, but also …"). */
export const NOT_ONLY = /\bnot\s+(?:just|only|merely|simply|solely)\b/i

/** A few words, a verb of saying, then a comma: an attribution set inside the sentence ("Con Edison officials say, they …"). */
const SAID_FIRST = /^(?:[\p{L}’'.-]+\s+){1,5}(?:say|says|said|note|notes|noted|add|adds|added|argue|argues|argued|believe|believes|think|thinks|explain|explains|explained|warn|warns|warned|insist|insists|insisted)\s*,/u

/** The last items of a list and its closing comma before the clause goes on: "hissy drum machines, and vocals that frequently bordered on atonality, coldwave …". */
const LIST_REST = /^[^,;:]{1,80},\s+and\s+[^,;:]{1,100},\s+\S/u

/** A short phrase and its comma opening a sentence ("Years later, "). */
const OPENING_PHRASE = /^[^,;:()]{1,30},\s+/u

/** After a subordinate clause, its main clause: a comma, then three words at least. */
const MAIN_AFTER = /,\s*\S+\s+\S+\s+\S+/u

/** The kept pieces read as a clause: a verb, at least four words, balanced marks, no dangling end. */
export function readsAsClause(sentence: string, kept: readonly Span[], words: readonly TaggedWord[]): boolean {
  const text = render(sentence, kept)
  const end = text.replace(/[\s,;:.]+$/, '')
  if (countWords(text) < 4 || DANGLING_EN.test(end) || DANGLING_VERB_EN.test(end) || ASIDE_AFTER_PREPOSITION.test(end)) return false
  const count = (re: RegExp) => (text.match(re) ?? []).length
  if (count(/“/g) !== count(/”/g) || count(/"/g) % 2 === 1 || unbalancedBrackets(text)) return false
  if (/^[,;:]|^(?:and|but|or|so|which|who|that|thereby)\b/i.test(text)) return false
  // (nor a list a colon opens, its items parted by semicolons, less its last items: "three main blocs: the Progressive Caucus" without "; the New Democrats …; and the Blue Dogs …")
  if (cutsAListItsColonOpens(sentence, text)) return false
  // (nor a phrase of "of" left first, the noun it hung on gone: "of 3170 W. County Road 600S, a … canine was requested")
  if (/^of\s/iu.test(text.trimStart()) && (kept[0]?.start ?? 0) > 0) return false
  // an attribution set between commas left at the front ("Con Edison officials say, they often deal …" without "For days after a storm,")
  if (SAID_FIRST.test(text) && !SAID_FIRST.test(sentence.trimStart())) return false
  // "not just into the hands of oligarchs" without its ", but also into those of teachers …"
  if (NOT_ONLY.test(text) && !/\bbut\b/i.test(text) && /\bbut\b/i.test(sentence)) return false
  // (nor "has either called the function" without its ", or will not call it …")
  if (/\b(?:either|neither)\b(?!\s+way)/i.test(text) && !/\b(?:or|nor)\b/i.test(text) && /\b(?:either|neither)\b[^]*\b(?:or|nor)\b/i.test(sentence)) return false
  // a subordinate clause left without the clause it hung on ("as integrating … could undermine …",
  // "Even though my duties are done" without ", I still think …")
  const opener = SUBORDINATOR.exec(text)?.[0]
  if (opener && (!sentence.trimStart().toLowerCase().startsWith(opener.toLowerCase()) || !MAIN_AFTER.test(text))) return false
  // (nor after a short opening phrase: "Years later, when I got a B in an English exam" without ", she made me sit …")
  const opening = OPENING_PHRASE.exec(text)?.[0] ?? ''
  if (opening && SUBORDINATOR.test(text.slice(opening.length)) && !MAIN_AFTER.test(text.slice(opening.length))) return false
  // (also after an example's connective: "For example, if <storage_root> is …, then to retrieve the folder …")
  const example = EXAMPLE_THEN_SUBORDINATE.exec(text)
  if (example && !mainClauseAfter(sentence, sentence.indexOf(example[1]!), words.filter((w) => kept.some((k) => w.start >= k.start && w.end <= k.end)))) return false
  const inside = words.filter((w) => kept.some((k) => w.start >= k.start && w.end <= k.end))
  if (cutsAdjectives(sentence, inside, words) || restOfList(sentence, text, kept) || subjectCommaVerb(sentence, kept, inside)) return false
  // a predicate without its subject ("generated 40.1% of New Zealand's gross energy supply" without "In 2015, renewable energy, …, "),
  // not a participle's opening phrase ("Surrounded by Amazon headquarters buildings, a sign advertised …")
  const head = inside[0]
  const phrase = /^\s+(?:by|in|with|at|on|from|into|over)\b/u.test(sentence.slice(head?.end ?? 0))
  if (head && head.start > 0 && head.tags.includes('PastTense') && !head.tags.includes('Copula') && !head.tags.includes('Noun') && !phrase) return false
  // a participle's phrase left without the clause it followed ("we had … to crates.io, resulting in about 3.7M failed requests"; not "Moreover, opting out …")
  const first = inside[0]
  if (first?.tags.includes('Gerund') && /,\s*$/.test(sentence.slice(0, first.start)) && words.some((w) => w.end <= first.start && isFiniteVerb(w))) return false
  // an infinitive's phrase left without its clause ("To further help us visualize how humidity, aux, tile-specific noise"; not "To reach the summit, climbers need oxygen")
  if (first && /^to$/i.test(sentence.slice(first.start, first.end)) && inside.slice(1, 3).some((w) => w.tags.includes('Infinitive')) && !mainClauseAfter(sentence, first.end, inside)) return false
  // (a verb of its own, not only a gerund inside a noun phrase, once its opening went: "the documentation hosting site for the BEAM ecosystem" is none)
  const cutFront = (kept[0]?.start ?? 0) > 0
  return inside.some((w) => w.tags.includes('Verb') && !(cutFront && w.tags.includes('Gerund'))) && !onlyNounAndRelative(sentence, inside, words)
}

/**
 * Whether a cut left the kept words going on with a noun phrase that one comma parts from its verb:
 * the closing comma of an appositive whose name went with the opening ("The mouthpiece of the
 * Communist party, warned that …" of "On Monday, the People’s Daily, the mouthpiece …, warned …").
 */
function subjectCommaVerb(sentence: string, kept: readonly Span[], inside: readonly TaggedWord[]): boolean {
  // (the piece after the first cut: "On [Monday, the People’s Daily,] the mouthpiece …, warned")
  const piece = kept.find((k, i) => k.start > (i === 0 ? 0 : kept[i - 1]!.end))
  if (!piece) return false
  const comma = sentence.indexOf(',', piece.start)
  if (comma < 0 || comma >= piece.end) return false
  const next = inside.find((w) => w.start > comma)
  return !!next && isFiniteVerb(next) && !inside.some((w) => w.end <= comma && isFiniteVerb(w))
}

/**
 * Whether the kept words open on the last items of a list that a cut opening phrase of a
 * preposition began ("hissy drum machines, and vocals that frequently bordered on atonality,
 * coldwave was …" without "With synth lines so brittle …,"), or the last names of a list the
 * cut words began ("Ericsson and Nokia to accelerate …"); not a clause of its own before
 * ", and so …" after a subordinate opening ("But as WebAssembly starts …, new use cases are appearing").
 */
function restOfList(sentence: string, text: string, kept: readonly Span[]): boolean {
  const from = kept[0]?.start ?? 0
  if (from === 0) return false
  // (or of a list of names the cut opening phrase named the first of: "… began working with T-Mobile, [Ericsson and Nokia to accelerate …]")
  const names = /\p{Lu}[\p{L}\p{N}&.-]*,\s*$/u.test(sentence.slice(0, from)) && NAMES_REST.test(text)
  return names || (LIST_OPENER.test(sentence.trimStart()) && LIST_REST.test(text))
}

/** The last names of a list: "Ericsson and Nokia …", "Japan and Indonesia are …". */
const NAMES_REST = /^\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*)*,?\s+(?:and|or)\s+\p{Lu}/u

/** A preposition whose phrase, opening a sentence, may hold a list of things: "With synth lines …, hissy drum machines, and vocals …, coldwave …". */
const LIST_OPENER = /^(?:with|without|among|from|between|beyond|besides|like|including|despite|after|before|for)\s/iu

/**
 * Whether the kept words are a noun and its relative clause, the verb they hung on gone: "Many of
 * the Cloudflare Page Rules that had been removed" of "… that had been removed as part of this fix
 * had cache TTLs for four hours". No verb before the relative pronoun, one run of verbs after it,
 * and a verb in the words the cut left out after them, with no mark at the cut.
 */
function onlyNounAndRelative(sentence: string, inside: readonly TaggedWord[], words: readonly TaggedWord[]): boolean {
  const word = (w: TaggedWord) => sentence.slice(w.start, w.end)
  const verb = (w: TaggedWord) => w.tags.includes('Verb')
  // (only where the cut ran on into the clause, no mark between, and left a verb out after them: a cut at a comma ends a clause,
  // and the whole sentence is the writer's, whatever the tagger reads)
  const end = inside.at(-1)?.end ?? 0
  // (but a list's last item after its comma, the clause's verb after it, is no end: "people who are White, Black[, or Hispanic showed little change]")
  const lastItem = /^\s*(?:\([^()]*\))?\s*,\s*(?:and|or)\s/u.test(sentence.slice(end)) && words.some((w) => w.start >= end && isFiniteVerb(w) && !/[,;:]/u.test(sentence.slice(sentence.indexOf(',', end) + 1, w.start).replace(/\([^()]*\)/gu, '')))
  if ((!lastItem && /^\s*(?:[,;:()—–-]|$)/u.test(sentence.slice(end))) || !words.some((w) => w.start >= end && isFiniteVerb(w))) return false
  const rel = inside.findIndex((w, i) => i > 0 && /^(?:that|which|who)$/i.test(word(w)) && inside[i - 1]!.tags.includes('Noun'))
  if (rel < 0 || inside.slice(0, rel).some(verb)) return false
  // (a run goes on over an adverb or a "not" inside it: "had not yet been removed")
  let runs = 0
  let inRun = false
  for (const w of inside.slice(rel + 1)) {
    if (verb(w)) runs += inRun ? 0 : 1
    if (verb(w)) inRun = true
    else if (!w.tags.includes('Adverb') && !w.tags.includes('Negative')) inRun = false
  }
  return runs === 1
}

/** Verbs after which an adjective says what something is or became. */
const LINKING = /^(?:is|are|was|were|be|been|being|become|becomes|became|seems?|seemed|remains?|remained|looks?|looked|stays?|stayed|appears?|appeared|feels?|felt|grows?|grew|gets?|got)$/i

/**
 * Whether the kept words end on the first of two adjectives set before one noun ("FAST's ability
 * to spot faint" of "… faint, polarized waves might allow it …"): a cut between them leaves an
 * adjective without its noun. Not one after a copula, which says what something is ("was long").
 */
function cutsAdjectives(sentence: string, inside: readonly TaggedWord[], words: readonly TaggedWord[]): boolean {
  const last = inside.at(-1)
  const at = last ? words.indexOf(last) : -1
  if (!last?.tags.includes('Adjective') || !/^\s*,/.test(sentence.slice(last.end))) return false
  // (the verb before it, past its adverbs: "its use is not recommended, due to …")
  let j = at - 1
  while (j > 0 && (words[j]!.tags.includes('Adverb') || words[j]!.tags.includes('Negative'))) j--
  const before = words[j]
  if (before && (before.tags.includes('Copula') || LINKING.test(sentence.slice(before.start, before.end)))) return false
  // (a participle before a common noun: "polarized waves"; not a verb of saying before a name, "said Tom Forte")
  const next = words[at + 1]
  const noun = words[at + 2]
  return !!next && (next.tags.includes('Adjective') || (next.tags.includes('PastTense') && !!noun?.tags.includes('Noun') && !noun.tags.includes('ProperNoun')))
}

/** A connective of an example, then a subordinate clause: "For example, if …". */
const EXAMPLE_THEN_SUBORDINATE = /^(?:for example|for instance|e\.g\.),?\s+((?:if|when|because|although|though|while|unless|once)\b)/i

/**
 * Whether the kept words hold a main clause after the first comma past `from`: a finite verb
 * there that is no infinitive ("to retrieve", "to further help").
 */
function mainClauseAfter(sentence: string, from: number, inside: readonly TaggedWord[]): boolean {
  const comma = sentence.indexOf(',', from)
  if (comma < 0) return false
  const toBefore = (i: number) => {
    const word = (j: number) => (j >= 0 ? sentence.slice(inside[j]!.start, inside[j]!.end).toLowerCase() : '')
    return word(i - 1) === 'to' || (word(i - 2) === 'to' && !!inside[i - 1]?.tags.includes('Adverb'))
  }
  return inside.some((w, i) => w.start > comma && isFiniteVerb(w) && !toBefore(i))
}

/**
 * `englishRemovals` of a sentence, found once for its words however many budgets it is
 * compressed at (a headline tries ever tighter ones): they depend on the sentence and its tags
 * alone, and are only read.
 */
const REMOVALS = new WeakMap<readonly TaggedWord[], Map<string, readonly Removal[]>>()

function removalsOf(sentence: string, words: readonly TaggedWord[]): readonly Removal[] {
  let bySentence = REMOVALS.get(words)
  if (!bySentence) REMOVALS.set(words, (bySentence = new Map()))
  let removals = bySentence.get(sentence)
  if (!removals) bySentence.set(sentence, (removals = englishRemovals(blankMarkers(sentence), words)))
  return removals
}

/** The last sentences tagged: a sentence is compressed at two budgets, tagged once. */
const TAGGED = new Map<string, TaggedWord[]>()

function taggedOnce(sentence: string): TaggedWord[] {
  let words = TAGGED.get(sentence)
  if (!words) {
    if (TAGGED.size >= 64) TAGGED.delete(TAGGED.keys().next().value!)
    words = tagWords(blankMarkers(sentence))
    TAGGED.set(sentence, words)
  }
  return words
}

/** Reference markers blanked out (same length, so offsets hold): "22Sometimes" is the word "Sometimes". */
function blankMarkers(sentence: string): string {
  let blanked = sentence
  for (const m of referenceMarkers(sentence)) blanked = blanked.slice(0, m.start) + ' '.repeat(m.end - m.start) + blanked.slice(m.end)
  return blanked
}

/** The text of `pieces` of the sentence, kept as a compression keeps them (a complete clause). */
export function keptClause(sentence: string, pieces: readonly Span[]): Compressed {
  return finish(sentence, pieces, true)
}

function finish(sentence: string, spans: readonly Span[], complete: boolean): Compressed {
  const kept = withoutLostQuestion(sentence, trimPieces(sentence, spans))
  let text = render(sentence, kept).replace(/[\s,;:]+$/, '')
  text = text.replace(/(?<![.][a-z]|\b(?:Inc|Corp|Ltd|Co|Jr|Sr|etc)|\.\.)\.$/i, '')
  // nor on a dash whose aside went ("… a multiple of its alignment -"), nor on the comma a quotation closed on before its clause went ("… “Rush of Blood,”")
  text = text.replace(/\s+[-–—]+$/u, '').replace(/,(["”’»])$/u, '$1')
  // (a word of lower-case letters only; a name or code written so, "i128", "iPhone", "x86-64", "pnpm", stays as written)
  if (kept[0] && kept[0].start > 0 && /^\p{Ll}[\p{Ll}'’]*(?:-\p{Ll}+)*(?=[\s,;:]|$)/u.test(text)) text = capitalFirstLetter(text)
  return { text, pieces: kept, complete }
}

/** Words a question in English opens on: its verb before its subject, or a question word. */
const ASKS = /^(?:who|whom|whose|what|which|when|where|why|how|is|are|was|were|am|do|does|did|can|could|will|would|shall|should|may|might|must|has|have|had|isn['’]t|aren['’]t|don['’]t|doesn['’]t|didn['’]t|can['’]t|won['’]t)\b/i

/**
 * The pieces without the question mark of a question that went with the clause before it
 * ("It's a Mario game you can play on your phone with just one hand[, so what's not to love]?"):
 * what is left states, unless it asks itself ("Will the council approve the plan[, given the cost]?").
 * English only: ASKS knows its word order (a French "… approuvera-t-il le plan" asks otherwise).
 */
function withoutLostQuestion(sentence: string, kept: readonly Span[]): Span[] {
  const last = kept.at(-1)
  const before = kept.at(-2)
  if (!last || !before || sentence.slice(last.start, last.end) !== '?' || !/\S/u.test(sentence.slice(before.end, last.start))) return [...kept]
  if (!factsOf(sentence).english) return [...kept]
  return ASKS.test(sentence.slice(kept[0]!.start)) ? [...kept] : kept.slice(0, -1)
}

/** Where a Chinese clause ends (not the enumeration comma 、, which parts the items of one list: "黄毓民、陈伟业和梁国雄"). */
// (not a comma or a colon between digits: "15,000-10,000년", "10:30")
const CJK_BREAK = /[，；：]|(?<!\d)[,;:]|[,;:](?!\d)/g

/** Words of a Chinese clause that leans on the one after it: "although" (虽, 虽然), "even if", "if", "because". */
const CJK_SUBORDINATE = /虽|尽管|即使|即便|如果|假如|因为|^作为/u
/** A clause that closes on a verb of saying or thinking ("…米勒-怀特认为", "…阿克拉姆指出"): what was said comes after it. */
const CJK_SAYS = /(?:表示|指出|认为|说|称|强调|介绍|透露|坦言|表明|写道|提到|说道|看来|相信|预计|估计|呼吁|建议|警告|告诉记者)$/u
/** Whether a Korean clause stops on something else than a sentence's ending ("…중단될 것이며", "…플랫폼의 일부로"): the sentence goes on after it. */
function koreanUnfinished(clause: string): boolean {
  return /[\uac00-\ud7af]$/u.test(clause) && !/(?:다|요|까|죠|음|함|임)$/u.test(clause)
}
/** A clause of time that closes on its subordinator, "after …", "when …" ("香港媒体于6月份曝光…违建部分后"): its main clause comes after it. Not a word that ends so (最后, 落后, 及时, 小时, 同时). */
const CJK_SUBORDINATE_END = /(?:(?<![最落随然前今此其之以])后|以后|之后|(?<![及小同当准临随按暂有平届那此])时|之时|的时候|之际|之前|以前|以来|期间)$/u

/**
 * Chinese/Japanese: no spaces to cut at, so the budget is counted in characters (two a word)
 * and the bullet ends on the last clause mark (，、；：) within it when there is one, after a
 * clause that leans on no later one.
 */
function compressCjk(sentence: string, maxWords: number): Compressed {
  const text = sentence.replace(/[。.]$/, '')
  if (countWords(text) <= maxWords) return { text, pieces: [{ start: 0, end: text.length }], complete: true }
  let limit = 0
  for (let cjk = 0; limit < text.length; limit++) {
    if (hasCjk(text[limit]!)) cjk++
    if (Math.ceil(cjk / 2) > maxWords) break
  }
  // (not a mark inside brackets: "《AI·未来进行式》（浙江人民出版社，2022）" is one phrase)
  const breaks = [...text.slice(0, limit).matchAll(CJK_BREAK)].map((m) => m.index ?? 0).filter((at) => bracketDepth(text.slice(0, at)) === 0)
  // (not after a clause that concedes or supposes, "我虽然从无任何存心隐瞒的意图", nor one of time, "…曝光…后": its main clause comes after it)
  const opensMain = (at: number) => {
    const clause = text.slice((breaks.filter((b) => b < at).at(-1) ?? -1) + 1, at)
    // (nor one of saying, "…佩拉夫妮表示": what was said comes after it)
    return !CJK_SUBORDINATE.test(clause) && !CJK_SUBORDINATE_END.test(clause) && !CJK_SAYS.test(clause.trimEnd()) && !koreanUnfinished(clause.trimEnd())
  }
  const cutAt = breaks.filter((b) => b >= limit / 2 && opensMain(b)).at(-1) ?? -1
  // a clause ends at a clause mark; without one inside the budget, the sentence stays whole
  if (cutAt < 0) return { text, pieces: [{ start: 0, end: text.length }], complete: false }
  return { text: text.slice(0, cutAt), pieces: [{ start: 0, end: cutAt }], complete: true }
}

/** How many brackets (CJK or Latin) are open at the end of `text`. */
function bracketDepth(text: string): number {
  return (text.match(/[（(「『《【〔]/gu) ?? []).length - (text.match(/[）)」』》】〕]/gu) ?? []).length
}

/**
 * The kept pieces joined by a space, none before a piece that opens on a stop or a comma (where a
 * removed phrase was: "X , said Y" is "X,"). The text's own spacing stays: French writes a space
 * before "!", "?" and ":", and a code span may open on a stop ("open `.gz` files", "err != nil").
 */
function render(s: string, kept: readonly Span[]): string {
  let out = ''
  for (const k of kept) {
    const piece = s.slice(k.start, k.end)
    if (out === '') out = piece
    else if (/^\s*[,.;:!?]/u.test(piece)) out = out.trimEnd() + piece.trimStart()
    else out = `${out.trimEnd()} ${piece.trimStart()}`
  }
  // (a stop the text set after a space, "FOSS .", "python-django ..": not one opening a word, ".gz")
  return out.replace(/ {2,}/g, ' ').replace(/\s+([,.]+)(?=\s|$)/gu, '$1')
}

/** Removes the `drop` ranges from the `kept` ranges. */
function cut(kept: readonly Span[], drop: readonly Span[]): Span[] {
  let out = [...kept]
  for (const d of drop) {
    const next: Span[] = []
    for (const k of out) {
      if (d.end <= k.start || d.start >= k.end) next.push(k)
      else {
        if (d.start > k.start) next.push({ start: k.start, end: d.start })
        if (d.end < k.end) next.push({ start: d.end, end: k.end })
      }
    }
    out = next
  }
  return out.filter((k) => k.end > k.start)
}

function trimPieces(s: string, kept: readonly Span[]): Span[] {
  const marks = referenceMarkers(s)
  return kept
    .map((k, i) => {
      let { start, end } = k
      while (start < end && /\s/.test(s[start]!)) start++
      // a piece cut only by a reference marker keeps its comma ("In 2019,[12] the company …")
      const bridged = marks.some((m) => m.start === k.end && kept[i + 1]?.start === m.end)
      while (end > start && (bridged ? /\s/ : /[\s,;:]/).test(s[end - 1]!)) end--
      return { start, end }
    })
    .filter((k) => k.end > k.start)
}
