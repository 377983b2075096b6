/**
 * Titles: one per section (the article's heading, else a headline from headlines.ts, else a
 * topic built from key phrases; distinct, at most MAX_TITLE_WORDS words) and, for an article
 * without a title of its own, a short title from its most central subject.
 */
import { capitalFirstLetter } from './capital.ts'
import type { Entity } from '../types.ts'
import { tagged } from './tagger.ts'
import { lexTags } from './entities.ts'
import { candidatePhrases, phraseKeys, rankPhrases, rankPhrasesPerText, phraseWordWeights, type Phrase } from './keyphrases.ts'
import { countWords } from './script.ts'
import { MONTH } from './months.ts'
import { contentTokens } from './tokens.ts'
import { localeFor } from '../locales/index.ts'

/** Words of a section title at most (a headline or a topic); the article's own headings are kept whole. */
export const MAX_TITLE_WORDS = 10
const NP_WORD_BUDGET = 1500

/** What a made-up section title may be built from besides the section's phrases. */
export interface TitleHints {
  /** Per section, its central sentences compressed to headlines (headlines.ts), best first. */
  headlines?: ReadonlyArray<readonly string[]>
  /** Per section, the organisation, place or person it names most: the subject of a topic title. */
  subjects?: ReadonlyArray<string | undefined>
  /** The words of the names of the people the article speaks of ("tom", "forte"): a topic of names only tells who speaks, not what about. */
  personWords?: ReadonlySet<string>
  /** The deck's title: no made-up section title says it again right under the cover. */
  deckTitle?: string
  /** The speakers' organisations of the article's quotes, lower case ("purdue university"): a topic of one only tells where a speaker works. */
  affiliations?: ReadonlySet<string>
}

/**
 * Titles for sections: `given[i]` (the article's heading) when present; else the first of the
 * section's headlines not used by another section, one that does not echo another's first;
 * else, for the text before an article's first heading, "Introduction" (a topic of two phrases
 * from an introduction reads as a grab-bag: "X86-32 & changes"); else a topic from the
 * section's own highest-ranked phrases, led by the section's main subject when the phrase
 * names none ("Whole Foods: aggressive moves"). Distinct within the deck.
 */
export function sectionTitles(
  texts: readonly string[],
  given: ReadonlyArray<string | undefined>,
  lang: string,
  keySentences: ReadonlyArray<string> = [],
  hints: TitleHints = {},
): string[] {
  const candidates = texts.map((t) => candidatePhrases(t, lang))
  const weights = phraseWordWeights(candidates)
  // English: noun phrases of each section's central sentences (compromise's tagger, run once
  // over all of them); they make better titles than raw word runs, which are left for
  // sections whose central sentences hold no noun phrase. Other languages: RAKE-style runs
  // between stop words.
  const nps = lang === 'en' ? nounPhrasesPerText(keySentences, lang) : []
  const ranked = texts.map((t, i) => {
    // noun phrases first ("match days", "Asynchronous Task Framework": they name a subject);
    // then adjective + noun phrases ("ethical implications"); else word runs. Not a speaker's
    // role ("Whole Foods spokeswoman"), nor the words the section opens with (a cut sentence).
    const { described = [], plain = [] } = nps[i] ?? {}
    const notAName = (p: Phrase) => !namesOnly(p.surface, hints.personWords) && !hints.affiliations?.has(p.surface.toLocaleLowerCase())
    if (described.length + plain.length === 0) return rankPhrases(candidates[i]!.filter(notAName), weights[i]!)
    const fit = (p: Phrase) => notAName(p) && !SPEAKER_ROLE.test(p.surface) && !texts[i]!.trimStart().toLowerCase().startsWith(p.surface.toLowerCase())
    return namedFirst([...rankPhrases(plain.filter(fit), weights[i]!), ...rankPhrases(described.filter(fit), weights[i]!)])
  })
  const used = new Set([...given.filter((g): g is string => !!g), ...(hints.deckTitle ? [hints.deckTitle] : [])].map(normal))
  const taken: Array<Set<string>> = [] // the content words of the headlines taken so far
  const titleCase = headingsInTitleCase(given.filter((g): g is string => !!g), lang)
  let unnamed = 0 // the sections titled by their number so far
  return texts.map((_, i) => {
    const own = given[i]
    if (own) return headingTitle(own, titleCase, lang)
    // one that does not say again what another section's headline said, else the best unused
    // (not the section's whole text: its slide would say its title again as its one point, "Daring Fireball is written and produced by John Gruber")
    const unused = (hints.headlines?.[i] ?? []).filter((h) => !used.has(normal(h)) && normal(h).replace(/[.!?]+$/u, '') !== normal(texts[i]!).replace(/[.!?]+$/u, ''))
    const headline = unused.find((h) => !echoesATitle(keysOf(h, lang), taken)) ?? unused[0]
    // (not when a heading of the article says it already, or nearly: "Introductions")
    const introWord = normal(localeFor(lang).slide.introduction)
    const intro = i === 0 && given.some((g) => !!g) && ![...used].some((u) => u.startsWith(introWord)) ? localeFor(lang).slide.introduction : undefined
    const topic = intro ? undefined : withSubject(buildTitle(ranked[i] ?? [], used), centralSubject(hints.subjects?.[i], keySentences[i]), used)
    const title = headline ?? intro ?? (topic ? capitalise(topic) : localeFor(lang).slide.part(++unnamed))
    used.add(normal(title))
    if (headline) taken.push(keysOf(headline, lang))
    return title
  })
}

/** Whether every word of a phrase is a word of a person's name ("Forte", "Wade Bassi"). */
function namesOnly(surface: string, personWords: ReadonlySet<string> | undefined): boolean {
  if (!personWords || personWords.size === 0) return false
  const words = surface.toLocaleLowerCase().replace(/['’]s\b/gu, '').split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean)
  return words.length > 0 && words.every((w) => personWords.has(w))
}

/** Content words two headlines share at most before the second reads as the first said again. */
const ECHO_WORDS = 3

/**
 * Whether a headline says again what another section's headline said ("Gunmen in military
 * uniforms stormed Tunisia's national museum" after "Gunmen opened fire on visitors at
 * Tunisia's most renowned museum"): they share ECHO_WORDS content words, or half the words of
 * the shorter one (at least two).
 */
function echoesATitle(mine: ReadonlySet<string>, taken: ReadonlyArray<ReadonlySet<string>>): boolean {
  return taken.some((theirs) => {
    const shared = [...mine].filter((k) => theirs.has(k)).length
    return shared >= ECHO_WORDS || (shared >= 2 && shared * 2 >= Math.min(mine.size, theirs.size))
  })
}

function keysOf(text: string, lang: string): Set<string> {
  return new Set(contentTokens(text, lang).map((t) => t.key))
}

/** A phrase that names who speaks ("Whole Foods spokeswoman"), not what a section is about. */
const SPEAKER_ROLE = /\b(?:spokes(?:wo)?man|spokesperson|official|representative|executive|director|analyst)s?$/i

/** How far down the ranking a phrase that names its subject ("Bardo museum") is taken over a vaguer one ("renowned museum"). */
const NAMED_REACH = 3

/**
 * The ranking with the best phrase that names something (a capitalised word after the first, or a
 * capital inside a word) moved first, when it is near the top; not one that only ends in a name
 * ("established Western", the tagger's cut of "established Western firms").
 */
function namedFirst(phrases: readonly Phrase[]): Phrase[] {
  const named = phrases.slice(0, NAMED_REACH).find((p) => p.keys.length >= 2 && /(?:^|\s)\S*\p{Ll}\p{Lu}|\s\p{Lu}/u.test(p.surface) && !SPEAKER_ROLE.test(p.surface) && !/^\p{Ll}.*\s\p{Lu}\S*$/u.test(p.surface))
  return named ? [named, ...phrases.filter((p) => p !== named)] : [...phrases]
}

/** Words that stand for no thing in particular ("Committee & nothing"): never a title's topic. */
const INDEFINITE = /^(?:nothing|something|anything|everything|nobody|somebody|anybody|everybody|no one|someone|anyone|everyone|none|thing|things|way|ways|lot|lots|part|parts|kind|sort)$/i

function buildTitle(phrases: readonly Phrase[], used: ReadonlySet<string>): string | undefined {
  const fresh = phrases.filter((p) => !used.has(normal(p.surface)) && !INDEFINITE.test(p.surface.trim()))
  const first = fresh[0]
  if (!first) return undefined
  let title = first.surface
  // a phrase of two words or more near the top says more than two words joined ("Motorcycles & curse")
  const phrase = fresh.slice(1, NAMED_REACH).find((p) => p.keys.length >= 2)
  if (first.keys.length === 1 && phrase) title = phrase.surface
  else if (first.keys.length === 1) {
    const second = fresh.find((p) => p !== first && !p.keys.some((k) => first.keys.includes(k)))
    if (second) title = `${first.surface} & ${second.surface}`
  }
  title = limitWords(title, MAX_TITLE_WORDS)
  return used.has(normal(title)) ? undefined : title
}

/** The section's main subject when its central sentences (where its topic phrase comes from) name it. */
function centralSubject(subject: string | undefined, central: string | undefined): string | undefined {
  return subject && central?.includes(subject) ? subject : undefined
}

/** "Subject: topic" (the topic as written in the text) when the topic names nothing and the subject is not in it already. */
function withSubject(topic: string | undefined, subject: string | undefined, used: ReadonlySet<string>): string | undefined {
  // (a topic written with a capital first names something itself: "Yahoo sale")
  if (!topic || !subject || NAMED.test(topic) || /^\p{Lu}/u.test(topic) || normal(topic).includes(normal(subject))) return topic
  const title = `${subject}: ${topic}`
  return countWords(title) <= MAX_TITLE_WORDS && !used.has(normal(title)) ? title : topic
}

/** A capitalised word after the first, or a capital inside a word: a name. */
const NAMED = /(?:^|\s)\S*\p{Ll}\p{Lu}|\s\p{Lu}/u

/** Words of an amount ("million euros", "per cent"): a phrase holding one names no subject. */
const AMOUNT_WORD = /\b(?:thousands?|millions?|billions?|trillions?|percent|per cent|dollars?|euros?|pounds|yen|yuan)\b/i

/**
 * A title for an article that has none: its most mentioned organisation or person, and the
 * article's top key phrase ("DeepSeek: AI competition").
 */
export function deriveArticleTitle(text: string, entities: readonly Entity[], lang: string): string {
  const [phrases = []] = rankPhrasesPerText([text], lang)
  const subject = [...entities]
    .filter((e) => e.kind !== 'place')
    .sort((a, b) => b.mentions.length - a.mentions.length || (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0))[0]
  const phrase = phrases.find((p) => p.keys.length >= 2 && !AMOUNT_WORD.test(p.surface) && !(lang === 'en' && tagged(p.surface).has('#Verb')) && (!subject || !p.surface.toLowerCase().includes(subject.name.toLowerCase())))
  if (subject && phrase) return limitWords(`${subject.name}: ${capitalise(phrase.surface)}`, MAX_TITLE_WORDS)
  if (phrase) return capitalise(limitWords(phrase.surface, MAX_TITLE_WORDS))
  if (subject) return subject.name
  return capitalise(limitWords(text.trim().split(/\s+/).slice(0, 6).join(' '), 6))
}

interface NounPhrases {
  /** Led by an adjective: "growing concern", "new stadiums". */
  described: Phrase[]
  /** Nouns only: "match days", "AI censorship". */
  plain: Phrase[]
}

/** A negation a few words before a phrase, in its clause: "is not a …", "has never been a …", "no longer the …", "it's no Mars vs. [Venus misunderstanding]". */
const NEGATED = /(?:\b(?:not|never|no\s+longer|no)|\Bn['’]t)\b(?:\s+(?:vs\.|[^\s.,;:!?]+)){0,3}\s+$/i

/**
 * A run of nouns across a relative clause without its "that" ends before the name that opens it:
 * a plural common noun written in lower case, then a proper noun ("Prime promotions [that] Whole
 * Foods plans" is "Prime promotions"), or a singular one when a verb follows the name ("[the]
 * reason Facebook was able to …" is no "reason Facebook"); a name's own words ("Texas
 * Instruments") are no such noun. `after` is the text right after the run.
 */
function beforeRelativeName(terms: readonly TaggedTerm[], after: string): TaggedTerm[] {
  // (the name runs to the verb: "reason [Facebook] was", not "key [Facebook] approach is")
  const nameToVerb = (i: number) => AUXILIARY_AFTER.test(after) && terms.slice(i + 1).every((t) => t.tags.includes('ProperNoun'))
  const cut = terms.findIndex(
    (t, i) => (i > 0 || nameToVerb(i)) && /^\p{Ll}/u.test(t.text) && (t.tags.includes('Plural') || nameToVerb(i)) && !t.tags.includes('Adjective') && /^\p{Lu}/u.test(terms[i + 1]?.text ?? '') && !!terms[i + 1]?.tags.includes('ProperNoun'),
  )
  return cut < 0 ? [...terms] : terms.slice(0, cut + 1)
}

/** A finite verb right after a noun phrase: the phrase's last name is the subject of a clause. */
const AUXILIARY_AFTER = /^\s+(?:is|was|are|were|has|had|have|will|would|can|could|did|does|do)\b/

interface TaggedTerm {
  text: string
  tags: string[]
  offset: { start: number; length: number }
}

/** Prepositions the tagger sometimes takes for adjectives ("against football"). */
const LEADING_PREPOSITION = /^(?:against|about|above|across|after|among|around|before|behind|below|beneath|beside|between|beyond|despite|during|except|inside|into|near|onto|outside|over|since|through|toward|towards|under|until|upon|within|without)\s+/i

const RELATIVE_TIME = /^(?:last|next|past|coming|previous|this|every|early|late|recent)$/i
const TIME_NOUN = /^(?:spring|summer|autumn|fall|winter|morning|afternoon|evening|night|day|week|weekend|month|quarter|year|decade|century)s?$/i

/** Whether a phrase ends on a name of capitalised words in the possessive ("Prime Minister's"): its words before the possessive are a piece of a name. */
function namePossessive(terms: readonly TaggedTerm[]): boolean {
  const [before, last] = [terms.at(-2), terms.at(-1)]
  return !!before && !!last && last.tags.includes('Possessive') && /^\p{Lu}/u.test(last.text) && /^\p{Lu}/u.test(before.text)
}

/** Words that may not begin or end a title phrase (pronouns, determiners, possessives). */
const EDGE_TAGS = ['Pronoun', 'Determiner', 'Possessive', 'Preposition', 'Conjunction']

/**
 * Noun phrases of each text (a paragraph each), with their word keys. One tagger pass over
 * all texts: compromise's per-call cost dominates. People's names are left out: "Dorothy
 * Achebe" names a speaker, not what a section is about.
 */
function nounPhrasesPerText(texts: readonly string[], lang: string): NounPhrases[] {
  const starts: number[] = []
  let joined = ''
  let words = 0
  for (const t of texts) {
    starts.push(joined.length)
    // the tagger costs ~0.2 ms a word: past the budget, sections fall back to RAKE phrases
    words += t.split(/\s+/).length
    if (words <= NP_WORD_BUDGET) joined += `${t.replace(/\s+/g, ' ')}\n\n`
  }
  const out = texts.map(() => ({ described: new Map<string, Phrase>(), plain: new Map<string, Phrase>() }))
  // (compromise's `#Adjective*` at the start of a match requires an adjective: `{0,3}` does not)
  const matches = tagged(joined).match('#Adjective{0,3} (#Noun|#Acronym)+').json({ offset: true, terms: { tags: true, offset: true } }) as Array<{
    offset: { start: number }
    terms: TaggedTerm[]
  }>
  let owner = 0
  for (const m of matches) {
    while (owner + 1 < starts.length && m.offset.start >= starts[owner + 1]!) owner++
    let terms = m.terms
    const edge = (t: TaggedTerm | undefined) => !!t && t.tags.some((tag) => EDGE_TAGS.includes(tag))
    while (edge(terms[0])) terms = terms.slice(1)
    // (a name of several words in its possessive owns the phrase after it: "the Prime Minister's steadfast commitment" gives no "Prime")
    if (namePossessive(terms)) continue
    while (edge(terms[terms.length - 1])) terms = terms.slice(0, -1)
    const tail = terms.at(-1)?.offset
    terms = beforeRelativeName(terms, tail ? joined.slice(tail.start + tail.length, tail.start + tail.length + 12) : '')
    // a word right after a relative pronoun is the relative clause's verb ("the report, which compares data …")
    if (terms.length > 1 && /\b(?:which|that|who)\s+$/iu.test(joined.slice(Math.max(0, terms[0]!.offset.start - 8), terms[0]!.offset.start))) terms = terms.slice(1)
    // a last word the tagger took for a noun that an adverb in -ly follows is the verb ("my colleagues at Conservancy care deeply")
    if (terms.length > 1 && verbBeforeAdverb(joined, terms[terms.length - 1]!)) terms = terms.slice(0, -1)
    // and so is one an infinitive follows ("shareholders of Fox [need] to self-reflect")
    if (terms.length > 1 && verbBeforeInfinitive(joined, terms[terms.length - 1]!)) terms = terms.slice(0, -1)
    // a word in -ing after a plural is what they do, not a word of their name ("get developers [building] for the headset")
    terms = beforeGerundAfterPlural(joined, terms)
    // (what the text says something is not is no subject of it: "this is not and has never been a Free Speech issue")
    if (terms.length > 0 && NEGATED.test(joined.slice(Math.max(0, terms[0]!.offset.start - 60), terms[0]!.offset.start))) continue
    // a person's name tells who speaks, not what a section is about
    if (terms.length === 0 || terms.some((t) => t.tags.includes('Person'))) continue
    // a lone word the tagger also reads as an adjective ("bad") is not a subject
    if (terms.length === 1 && terms[0]!.tags.includes('Adjective')) continue
    // (nor a name the tagger cut before its "of": "University of Maryland School [of Medicine]")
    const end = terms.at(-1)!.offset
    if (terms.at(-1)!.tags.includes('ProperNoun') && /^\s+of\s+\p{Lu}/u.test(joined.slice(end.start + end.length, end.start + end.length + 8))) continue
    const kind = terms[0]!.tags.includes('Adjective') ? 'described' : 'plain'
    const first = terms[0]!.offset
    const last = terms[terms.length - 1]!.offset
    // (a phrase that starts inside a hyphenated word takes the whole word: "billion-dollar acquisition deal", not "dollar …")
    const from = first.start - (/[\p{L}\p{N}]+-$/u.exec(joined.slice(Math.max(0, first.start - 30), first.start))?.[0].length ?? 0)
    addNounPhrase(out[owner]![kind], joined.slice(from, last.start + last.length), lang)
  }
  return out.map((m) => ({ described: [...m.described.values()], plain: [...m.plain.values()] }))
}

/** A noun phrase's words before a word in -ing that follows a plural noun ("developers [building apps]"). */
function beforeGerundAfterPlural(text: string, terms: readonly TaggedTerm[]): TaggedTerm[] {
  const at = terms.findIndex((t, i) => i > 0 && terms[i - 1]!.tags.includes('Plural') && /\p{Ll}ing$/u.test(text.slice(t.offset.start, t.offset.start + t.offset.length)))
  return at < 0 ? [...terms] : terms.slice(0, at)
}

const NOT_ADVERB = ['Noun', 'Singular', 'Plural', 'Uncountable', 'ProperNoun', 'Adjective']

/** Whether the word after `term` in `text` is an adverb in -ly ("care deeply"): the term is a verb, not the last word of a noun phrase. */
function verbBeforeAdverb(text: string, term: TaggedTerm): boolean {
  const next = /^\s+(\p{Ll}{3,}ly)\b/u.exec(text.slice(term.offset.start + term.offset.length))?.[1]
  // (not a noun or an adjective of the lexicon in -ly: "family", "early", "daily")
  return !!next && !lexTags(next).some((t) => NOT_ADVERB.includes(t))
}

/** Verbs an infinitive completes that the tagger may take for nouns after a plural: "need", "plans". */
const TO_VERB = /^(?:need|needs|want|wants|have|has|seem|seems|tend|tends|plan|plans|hope|hopes|try|tries|intend|intends|aim|aims|refuse|refuses|fail|fails)$/iu

/** Whether a term is a verb an infinitive follows ("… of Fox need to self-reflect"). */
function verbBeforeInfinitive(text: string, term: TaggedTerm): boolean {
  const end = term.offset.start + term.offset.length
  const word = text.slice(term.offset.start, end)
  // (a word of a name set in capitals is no verb: "a Permitting Technology Action Plan to modernize …")
  return TO_VERB.test(word) && !/^\p{Lu}/u.test(word) && /^\s+to\s+\p{Ll}/u.test(text.slice(end, end + 20))
}

function addNounPhrase(found: Map<string, Phrase>, raw: string, lang: string): void {
  {
    // (an amount keeps its currency's sign: "$23-million data-processing centre")
    const surface = raw.replace(/\s*[(\[][^)\]]*[)\]]?/g, '').replace(/^(?:(?!\p{Sc}\p{N})[^\p{L}\p{N}])+|[^\p{L}\p{N}’']+$/gu, '').replace(/^(?:the|a|an|its|their|his|her|this|these|those|our|my|your|all my|all our)\s+/i, '').replace(LEADING_PREPOSITION, '')
    const words = surface.split(/\s+/)
    // plain words only: no clause punctuation, quotes or markup, and no dangling pronoun
    if (!surface || words.length > 5 || !/^\p{Sc}?[\p{L}\p{N}][\p{L}\p{N}\s'’\-.&]*$/u.test(surface)) return
    // a moment, not a subject: "last autumn", "next year"; nor a person with their age ("22-year-old Sunil Tripathi")
    if (words.length === 2 && RELATIVE_TIME.test(words[0]!) && TIME_NOUN.test(words[1]!)) return
    if (/\byears?-old\b/i.test(surface)) return
    // dots only in abbreviations ("U.S."), not in code ("constructor.constructor")
    if (/\p{Ll}\.\p{L}/u.test(surface)) return
    if (/^(?:i|he|she|it|we|they|you|me|him|her|us|them)$/i.test(words[words.length - 1]!)) return
    if (words.length === 1 && /^[a-z]/.test(surface) === false && surface.length < 3) return
    const keys = phraseKeys(surface, lang)
    if (keys.length === 0) return
    const id = keys.join(' ')
    const p = found.get(id)
    if (p) p.count++
    else found.set(id, { surface, keys, count: 1 })
  }
}

/**
 * A line set in capitals ("NO FOUL PLAY SEEN", "CONDENSED BALANCE SHEETS") in sentence case,
 * as a slide writes a title ("No foul play seen"); a word with a digit ("MH370") keeps its
 * capitals. Any other line as it is.
 */
/** A heading and the subheading under it as one title: "Lessons learned: We have a massive database" (the language's colon; none after "?" or "!"). */
export function headingWithSub(heading: string, sub: string, lang: string): string {
  return `${heading.replace(/[:.：]\s*$/u, '')}${/[?!]$/u.test(heading) ? ' ' : localeFor(lang).slide.colon}${sub}`
}

/** A heading of the article as a title: without the colon that led into its text ("Healthy Game Day Dip:", "Finanzdienstleistungen:"), set in sentence case when it was in capitals. */
export function headingTitle(heading: string, titleCase = false, lang?: string): string {
  // (nor its full stop: a heading written as a sentence, "You were seeing things that weren’t necessarily explicit.", before "(cont.)"; not an ellipsis or an abbreviation's "Inc.")
  return sentenceCase(heading.replace(/\s*[:：]\s*$/u, '').replace(/(?<=\p{Ll}{3})\.$/u, '') || heading, titleCase, lang)
}

/** `lang`: the language whose letters' cases the line is set in (Turkish "İ" is "i", "I" is "ı"). */
export function sentenceCase(s: string, titleCase = false, lang?: string, named: ReadonlyMap<string, string> = new Map()): string {
  if (!setInCapitals(s)) return s
  // an enumerator ("(V)", "IV.") and a word with a digit ("MH370") keep their capitals, and so
  // does the short form of a country or an organisation ("UK", "NATO"; "US" opening the line, "US FALLS")
  // (a short one: "FRANCE WINS" is "France wins"; "UK", "FBI" are three letters at most, an organisation's "NATO", "OPEC" five)
  const acronym = (w: string, i: number) => (i === 0 && w === 'US') || lexTags(w).some((t) => (t === 'Country' && w.length <= 3) || (t === 'Organization' && w.length <= 5))
  const kept = (w: string, i = -1) => /\p{N}/u.test(w) || /^\(?[IVXLC]{1,4}[).]$/u.test(w) || acronym(w, i)
  // (a name the text writes with its capitals inside a sentence keeps them: "THE BUCKLE, INC. REPORTS" → "The Buckle, Inc. reports")
  const asNamed = (w: string) => w.replace(/[\p{L}][\p{L}'’.-]*/u, (word) => named.get(word.toLocaleLowerCase(lang)) ?? word.toLocaleLowerCase(lang))
  const lower = s.split(/(\s+)/).map((w, i) => (kept(w, i) ? w : asNamed(w)))
  // (in title case, every word but the small ones after the first takes its capital back)
  const upper = (w: string) => w.replace(/\p{Ll}/u, (c) => c.toLocaleUpperCase(lang))
  // (a word that opens on a capital already keeps the rest as it is: "Income", not "INcome")
  const capital = (w: string) => (/^\P{L}*\p{Lu}/u.test(w) ? w : upper(w))
  if (titleCase) return lower.map((w, i) => (kept(w) || (i > 0 && MINOR_WORDS.has(w)) ? w : capital(w))).join('')
  // (a word in quotation marks is a work's title or a name: "Disappointing night for ‘Irishman’")
  // (the first word in lower case takes a capital, not one after a short form that opens the line: "US falls")
  // (nor a month beside its day or year, in English: "The employment situation - August 2026")
  const line = withMonthCapitals(lower.map((w) => (/^[‘“"'«]/u.test(w) ? upper(w) : w)).join(''), lang)
  // (nor a line that opens on a number: "402 milyon liralık …")
  return acronym(lower[0] ?? '', 0) || /^\P{L}*\p{N}/u.test(lower[0] ?? '') ? line : upper(line)
}

/** The words a text writes with a capital inside its sentences (after a word in lower case or a comma), by their lower case: "buckle" → "Buckle", "inc." → "Inc.". */
export function namedWords(text: string, lang?: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const m of text.matchAll(/(?<=[\p{Ll},]\s)\p{Lu}[\p{Ll}'’.-]*\p{Ll}\.?/gu)) out.set(m[0].toLocaleLowerCase(lang), m[0])
  // (and a short form in capitals the text writes so twice at least, alone or after a prefix: "GAAP", "non-GAAP")
  const seen = new Map<string, number>()
  for (const m of text.matchAll(/(?<=[\p{Ll},]\s)(?:\p{Ll}+-)?\p{Lu}{2,6}(?![\p{L}\p{N}])/gu)) seen.set(m[0], (seen.get(m[0]) ?? 0) + 1)
  for (const [word, n] of seen) if (n >= 2) out.set(word.toLocaleLowerCase(lang), word)
  return out
}

/** An English month's name in lower case, beside a number: its day or its year ("august 2026", "5 march"). */
const MONTH_BY_NUMBER = new RegExp(String.raw`\b(${MONTH.replace(/^\(\?:|\)$/gu, '').toLowerCase()})\b(?=\.?\s+\d)|(?<=\d(?:st|nd|rd|th)?\s+)(${MONTH.replace(/^\(\?:|\)$/gu, '').toLowerCase()})\b`, 'gu')

/** A line with its English months' names capitalised where a number says they are months. */
function withMonthCapitals(line: string, lang: string | undefined): string {
  if (lang !== undefined && lang !== 'en') return line
  return line.replace(MONTH_BY_NUMBER, (m) => m.charAt(0).toUpperCase() + m.slice(1))
}

/** A line set in capitals: two words or more, every letter a capital (one word in capitals is a name or a keyword, "DELETE", "GAAP"). */
function setInCapitals(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '')
  const words = s.split(/\s+/).filter((w) => /\p{L}{2}/u.test(w))
  // (in a script of cased letters: a Korean heading holding "NGINX" is not set in capitals)
  const cased = letters.replace(/[^\p{Lu}\p{Ll}\p{Lt}]/gu, '')
  return letters.length >= 4 && words.length >= 2 && cased.length >= letters.length * 0.8 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()
}

/** Words title case leaves in lower case after the first (English). */
const MINOR_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'and', 'or', 'nor', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'per', 'via', 'vs'])

/**
 * Whether the article sets its headings in title case ("Condensed Consolidated Statements of Cash
 * Flows"): English, and most of its headings that are not set in capitals have a capital on every
 * word of four letters or more (two such words at least). A line set in capitals then becomes
 * title case too, so the agenda's items match.
 */
export function headingsInTitleCase(headings: readonly string[], lang: string): boolean {
  if (lang !== 'en') return false
  const judged = headings.filter((h) => !setInCapitals(h)).map((h) => h.split(/\s+/).filter((w) => /^\P{L}*\p{L}{4,}/u.test(w)))
  const votes = judged.filter((long) => long.length >= 2)
  return votes.length > 0 && votes.filter((long) => long.every((w) => /^\P{L}*\p{Lu}/u.test(w))).length * 2 > votes.length
}

function limitWords(s: string, n: number): string {
  const words = s.split(/\s+/)
  return words.length <= n ? s : words.slice(0, n).join(' ')
}

function capitalise(s: string): string {
  return capitalFirstLetter(s)
}

function normal(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim()
}
