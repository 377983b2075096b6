/**
 * Whole constituents of an English sentence that a bullet can do without, as spans into the
 * sentence, in the order a presenter would drop them: asides in brackets or dashes, the
 * attribution (", said X", ", according to X"), appositives (", the CEO of Y,"),
 * non-restrictive phrases (", which …,"), an introductory adverbial ("In 2024, "), what
 * follows a semicolon, a trailing participle, relative or subordinate clause, a trailing
 * coordinated clause (", and …"), and last a relative clause closing the sentence without a
 * comma (" that could give …"). Each step is a list of spans removed together.
 */
import type { Span } from '../types.ts'
import { SPEECH_VERB } from './attribution.ts'
import { tagEach } from './tagger.ts'
import { CASE_SAID_BEFORE, unbalancedBrackets } from './stand-alone.ts'
import { MONTH } from './months.ts'

/** A word of the sentence with compromise's tags (one tagger pass per sentence). */
export interface TaggedWord extends Span {
  tags: string[]
}

/** compromise's tags for every word of `s`, with offsets into it. */
export function tagWords(s: string): TaggedWord[] {
  return tagEach([s])[0]!
}

/** `tagWords` of each text, in one tagger pass. */
export function tagWordsOfEach(texts: readonly string[]): TaggedWord[][] {
  return tagEach(texts)
}

/** The words inside [start, end). */
export function wordsIn(words: readonly TaggedWord[], start: number, end: number): TaggedWord[] {
  return words.filter((w) => w.start >= start && w.end <= end)
}

export interface Removal {
  /** What kind of constituent: for tests and debugging. */
  kind: string
  spans: Span[]
}

// (not brackets that are code: a type, "the inner []byte", "a map[string]int")
const ASIDE = /\s+\([^()]{0,200}\)|\s+\[[^\]]{1,200}\](?![\p{L}\p{N}_])/gu
/**
 * An aside between dashes, spaced ("the firm — a unit of X — said") or set close as US print
 * sets them ("A man—whom Shadman calls mama—is thumbing …"), or a dashed tail.
 */
const DASHED = /(?:\s+[—–]\s?|(?<=[\p{L}\p{N}])[—–]\s)[^—–]{1,160}\s?[—–](?=\s)|(?<=[\p{L}\p{N}])—(?=[\p{L}\p{N}“"])[^—–]{1,160}?(?<=[\p{L}\p{N}.’”)])—(?=[\p{L}\p{N}“"])|(?:\s+|(?<=[\p{L}\p{N}]))[—–]\s[^—–]{1,160}$|\s+--\s[^-]{1,160}\s--(?=\s)/gu
const NAME = String.raw`\p{Lu}[\p{L}’'.\-]*(?:\s+(?:de|des|du|del|della|di|dos|das|van|von|der|den|ter|ten|da|al|bin|le|la|\p{Lu}[\p{L}’'.\-]*)){0,4}`
/** Those who speak for a body, named by it or not: "Obama administration officials", "company executives", "police". */
const SPOKESPEOPLE = String.raw`(?:${NAME}\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,2}(?:officials|spokes(?:man|woman|person)|executives|sources|analysts|researchers|scientists|experts|authorities|police|investigators|economists)`
/** ", said X, the CEO of Y." / ", X said on Tuesday." / ", according to X." at the end. */
const ATTRIBUTION_END = new RegExp(
  String.raw`,\s+(?:(?:${SPEECH_VERB})\s+(?:${NAME}|the\s[^,.]{1,60})(?:,\s[^,]{1,90})?|(?:${NAME}|he|she|they|(?:the|an?)\s\p{Ll}[\p{L}\s]{1,40}|${SPOKESPEOPLE})\s+(?:${SPEECH_VERB})(?:\s[^,.]{1,40})?|according\sto\s[^,]{1,90}(?:,\s[^,]{1,90})?)[.!?]?\s*$`,
  'u',
)
const ACCORDING_START = /^According to [^,]{1,90},\s+/
/**
 * A person's age between commas after their name: "Parata, 75, has now overseen …". (As in
 * APPOSITIVE, the comma comes first and the name is looked for behind it.)
 */
const AGE = /,(?<=\p{Lu}[\p{L}’'.\-]*,)\s\d{1,3},(?=\s\p{Ll})/gu
/**
 * ", the CEO of Y," right after a capitalised name; checked for a verb by the caller. The
 * comma comes first and the name is looked for behind it (the same matches as with the name's
 * lookbehind first, without running that lookbehind at every letter of the sentence).
 * (A comma between digits, "4,300", is a number's, not a clause's: the patterns below read through it.)
 */
const APPOSITIVE = /,(?<=\p{Lu}[\p{L}’'.\-]*,)\s+(?:the|a|an|its|his|her|their|who|which|also|now|then|formerly|\p{L}+(?:ly)?)\b(?:[^,;:()"“”]|(?<=\d),(?=\d{3}\b)){1,90},(?=\s)/gu
/**
 * An appositive that lists what its name is, after the name (or its short form in brackets) and
 * before the clause's verb: "The Apache Software Foundation (ASF)[, the all-volunteer developers,
 * stewards, and incubators of more than 350 Open Source projects and initiatives,] announced …";
 * no verb of its own inside it (a list of clauses is no appositive).
 */
const LIST_APPOSITIVE = /,(?<=(?:\p{Lu}[\p{L}’'.\-]*|\)),)\s+(?:the|a|an)\s+[^,;:()"“”]{1,60},\s+[^,;:()"“”]{1,40},?\s+(?:and|or)\s+[^,;:()"“”]{1,90},(?=\s)/gu

/**
 * The LIST_APPOSITIVE spans of a sentence that a finite verb follows and none holds: a past
 * tense, a copula or a modal tells a clause (the tagger reads a plural noun of the list as a
 * verb, "projects").
 */
function listAppositives(s: string, words: readonly TaggedWord[]): Span[] {
  const clause = (w: TaggedWord) => w.tags.some((t) => t === 'PastTense' || t === 'Copula' || t === 'Modal' || t === 'Auxiliary')
  return spansOf(s, LIST_APPOSITIVE).filter((r) => {
    const next = words.find((w) => w.start >= r.end)
    return !!next && isFiniteVerb(next) && !wordsIn(words, r.start, r.end).some(clause)
  })
}

/**
 * A phrase set off by commas inside the clause, its verb after it (verbFollows): an example, a relative clause, a
 * participle, or a partner or channel between the subject and its verb ("The Council on Environmental Quality, in
 * consultation with the National Energy Dominance Council and relevant agencies, issued …", "The company, in a statement, said …").
 */
const INNER = /,\s+(?:such as|including|which|who|whose|especially|particularly|notably|[a-z]+ed|[a-z]+en|in (?:consultation|partnership|collaboration|coordination|cooperation|conjunction) with|in an? (?:statement|letter|report|filing|interview|post|memo)|on behalf of|with the (?:help|support) of)\b(?:[^,;]|(?<=\d),(?=\d{3}\b)){0,140},(?=\s)/gu
/** Words that open an introductory adverbial ("In 2024, ", "While …, ", "However, ", "To mitigate the chance of problems …, "). */
const INTRO_WORD = String.raw`(?:In|At|As|On|By|To|During|While|Although|Though|Despite|With|For|After|Before|Since|Because|When|Whereas|If|Unlike|Like|Beyond|Amid|Under|Over|Following|Given|Last|Next|Earlier|Later|According to|However|Moreover|Meanwhile|Furthermore|Instead|Overall|Ultimately|Indeed|Still|Yet|Thus|Therefore|Now|Today|Yesterday|In addition|For example|For instance|On the other hand|Once|Even so|By contrast|In contrast|Back then|(?:This|Every|Each)\s+(?:week|month|year|morning|afternoon|evening|night|day|spring|summer|fall|autumn|winter|season|quarter|time)|(?:A|An|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|Many|A few|\d{1,3})\s+(?:years?|decades?|months?|weeks?|days?|hours?|centuries)\s+(?:later|earlier|ago|on)|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?(?=,))`
/** INTRO_WORD after a conjunction, its first letter in either case ("But while …"). */
const INTRO_WORD_AFTER = INTRO_WORD.replace(/(?<![\\\p{L}])(\p{Lu})/gu, (c) => `[${c}${c.toLowerCase()}]`)
/**
 * The adverbial up to its comma; it never runs across a dash ("While … — …— Bassi, 43 …, keeps").
 * A conjunction before it goes with it ("But while I've never “opted in” …, Facebook still has …"):
 * without the adverbial it joins nothing. Words in quotation marks of either kind are the adverbial's,
 * and so is a whole aside in brackets; a comma inside one is not its end ("But to shed light on
 * specific questions (e.g., …) will really require …" has no adverbial).
 */
const INTRO = new RegExp(String.raw`^(?:(?:(?:And|But|Yet|So|Then,?)\s+${INTRO_WORD_AFTER}|${INTRO_WORD})\b(?!['’])(?:[^,;:"“”—–()]|“[^“”,;:]{1,60}”|"[^",;:]{1,60}"|\([^()]{1,80}\)){0,160}|[A-Z][a-z]+ly|And|But|So|Also),\s+`)
/** An adverbial closed by an aside in dashes: "While he doesn’t buy it — he’s got a freezer full — ". */
const INTRO_DASHED = new RegExp(String.raw`^${INTRO_WORD}\b(?!['’])[^,;:"“”—–]{0,160}\s[—–]\s?[^—–]{1,160}\s?[—–]\s+`)
/**
 * What may close a sentence after a comma and go with all after it: a relative or participle
 * clause, a reason, an example, a hedge (", possibly a substantial one"); a reason without a
 * comma takes the word that qualifies it ("… for years often because …": not "for years often"); not
 * a reason that is the point ("… expand his empire only because he bribed …").
 */
const TRAILING =
  /,\s+(?:which|who|whose|highlighting|prompting|given|as|while|such as|including|especially|particularly|leading|making|signalling|signaling|suggesting|raising|adding|citing|despite|although|though|because|since|so that|thereby|where|when|with|after|before|until|even as|even though|even before|even after|even when|even while|bringing|putting|sending|forcing|allowing|causing|giving|meaning|compared with|compared to|up from|down from|a move|an increase|a decrease|a rise|a drop|(?:many|most|some|several|half|none) of (?:them|whom|which)|albeit|(?:possibly|probably|perhaps|maybe)(?!,))\b|(?<!\bso\s+(?:much|many|far)|\b(?:only|just|simply|solely|purely|precisely))\s+(?:(?:often|mainly|mostly|largely|partly|in part|probably|perhaps|possibly|especially|particularly)\s+)?(?:because|although|though|whereas|unless|even though|even as|even if|so that|due to|as part of)\s/g
const DAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`
/**
 * A time adjunct that closes the clause: " on Wednesday", " Wednesday evening", " last month",
 * " in 2013", " in March 2024", " on July 17", before a comma or the sentence's end.
 */
const WHEN_CORE = String.raw`\s+(?:(?:(?:late|early)\s+)?(?:on|by|until|since)\s+${DAY}(?:\s+(?:morning|afternoon|evening|night))?|(?:(?:late|early)\s+)?${DAY}(?:\s+(?:morning|afternoon|evening|night))?|(?:last|this|next|earlier this|later this)\s+(?:week|month|year|weekend|spring|summer|fall|autumn|winter|${DAY}|${MONTH})|in\s+(?:(?:early|mid|late)[\s-])?(?:${MONTH}(?:\s+\d{4})?|\d{4})|(?:on\s+)?${MONTH}\s+\d{1,2}(?:,\s+\d{4})?)`
/** Words that take the date after them as theirs: "the year ending March 31", "from June 2". */
const TAKES_DATE = String.raw`(?<!\b(?:ending|ended|ends|beginning|began|begins|starting|started|through|until|till|from|to|of|since|between|and|as of|dated))`
const WHEN = new RegExp(String.raw`${TAKES_DATE}${WHEN_CORE}(?=[,;]\s|[.!?]?["”’]?\s*$)`, 'gu')
/** The same adjunct between a subject and its verb, as news writes it: "Countries around Asia on Tuesday stepped up …" (the caller checks the verb). */
const WHEN_BEFORE_VERB = new RegExp(String.raw`${TAKES_DATE}${WHEN_CORE}(?=\s+\p{Ll})`, 'gu')
/**
 * ", a glitzy award put on by …" closing the sentence after a noun: what the noun is (no list:
 * the caller checks, and that the word before is a name or a noun). A name set between commas
 * inside it stays in it ("…, a former typist who started an affair as his first wife, Sally, was
 * dying"). Comma first, as APPOSITIVE.
 */
const FINAL_APPOSITIVE = /,\s+(?:a|an|the)\s(?:[^,;:()"“”]|,\s+\p{Lu}[\p{L}’'.\-]*(?:\s+\p{Lu}[\p{L}’'.\-]*){0,2},(?=\s))+$/u
/** Characters of a closing appositive at most. */
const FINAL_APPOSITIVE_LENGTH = 160
/** ", its largest acquisition and an aggressive move into …" closing the sentence: what the clause's thing or deed is to its doer (the caller checks there is no verb). */
const FINAL_POSSESSED = /,\s+(?:its|his|her|their)\s[^,;:()"“”]{3,140}$/u
/** ", killing …": a participle clause at the end; the caller checks the word is a gerund. */
const TRAILING_PARTICIPLE = /,\s+\p{Ll}+ing\b/gu
/**
 * Where a reduced relative clause closes the sentence after a noun: "…, the leading Māori whale
 * expert, called on by tribes around the country …" (a verb of a clause inside it, "as marine
 * strandings become …", is that clause's); after the main clause's own verb.
 */
function passiveStarts(s: string, words: readonly TaggedWord[], end: number): number[] {
  // (not a change of a figure, ", increased from our prior range of $30-37 billion": the comparison is the figure's point)
  return [...s.matchAll(TRAILING_PASSIVE)].filter((m) => !CHANGED.test(m[0])).flatMap((m) => {
    const own = wordsIn(words, m.index + m[0].length, end)
    const sub = own.findIndex((w) => /^(?:as|when|while|because|since|that|which|who|where|if|after|before|until)$/i.test(s.slice(w.start, w.end)))
    const head = own.slice(0, sub < 0 ? own.length : sub)
    return words.some((w) => w.end <= m.index && isFiniteVerb(w)) && !head.some((w, i) => isFiniteVerb(w) && !nounOfACompound(s, head, i)) ? [m.index] : []
  })
}

/**
 * Whether the `i`th word, read as a verb in "-s", is more likely the plural noun closing a
 * compound: after a noun, before a relative word or the phrase's end ("tax cuts and steadily
 * rising interest [rates] that will make …").
 */
function nounOfACompound(s: string, words: readonly TaggedWord[], i: number): boolean {
  const w = words[i]!
  const before = words[i - 1]
  const text = s.slice(w.start, w.end)
  return w.tags.includes('PresentTense') && /\p{Ll}s$/u.test(text) && !!before?.tags.includes('Noun') && !before.tags.includes('Pronoun') && i === words.length - 1
}

/** Participles of a change or a comparison: what follows them is the figure's measure. */
const CHANGED = /^,\s+(?:increased|decreased|raised|lowered|reduced|cut|updated|revised|adjusted|compared|narrowed|widened|extended|shortened)\s/i

/** ", called on by", ", based in", ", known as": a past participle and its preposition after a comma. */
const TRAILING_PASSIVE = /,\s+(?:[\p{Ll}-]+(?:ed|en)|known|built|held|led|made|run|set|sold|taken|seen|told|born|found|brought|paid)\s+(?:on\s+)?(?:by|in|as|for|from|at|with|to|across|around)\s/gu
/**
 * ", to" and a verb: a purpose after the clause ("… into an editing machine, to cut any strand"),
 * or one of help to a good without a comma ("… is recommended to be signed to help ensure the
 * integrity …"; not "in order to", whose purpose is often the point); the caller checks the verb.
 */
const TRAILING_PURPOSE = /,\s+(?:in\s+order\s+)?to\s+(?=\p{Ll})|\s+to\s+help(?=\s+(?:ensure|protect|prevent|keep|reduce|improve|avoid|establish|guarantee)\b)\s+(?=\p{Ll})/gu
/** Words an infinitive after them completes: "enough detail, … to give", "too late, to …", "able to". */
// (and "make it possible for X, many of which …, to access …": the infinitive says what is possible)
const NEEDS_ITS_INFINITIVE = /\b(?:enough|too|sufficient|sufficiently|able|unable|so as|in order|(?:possible|impossible|easier|easy|harder|hard|difficult|necessary|simpler|cheaper|safer|faster)\s+for)\b/i
/** A verb whose participle after it says what the time or money went on ("spent years building …"). */
const SPENT_ON = /\b(?:spen[dt]s?|spending|wast(?:e|es|ed|ing))\b/i
/** " that could give …": a relative clause without a comma, up to the sentence's end; the caller checks the words around it. */
const RELATIVE_END = /\s+(?:that|who)\s+(?=\S)/g
/** Words of a head a relative clause restricts to say which one: "the first person that", "the only company that", "those at the FSF who", "something that". */
const RESTRICTED_HEAD = /\b(?:only|first|last|same|next|one|ones|kind|type|sort|way|thing|things|something|anything|everything|nothing|someone|anyone|everyone|somebody|anybody|those|people|many|few|all|any|every|each|most)\b/i
/** Nouns whose "that" clause says what they hold, not which one they are: "reports that …", "the fear that …". */
const CONTENT_NOUN = /^(?:reports?|news|fact|claims?|evidence|idea|beliefs?|fears?|hopes?|concerns?|signs?|word|assurances?|allegations?|rumou?rs?|suggestions?|notion|views?|warnings?|announcement|indications?|proof|possibility|chance|risk|hint|promise|expectations?|assumption|conclusion|findings?|statement)$/iu

/** A number and the noun it counts ("162 people"). */
const COUNTED = /\b\d[\d,.]*\s+\p{L}+/gu
/** Where the clause holding a relative pronoun opens: a comma, a semicolon or a subordinating word. */
const CLAUSE_START = /[,;:]|\b(?:when|whenever|if|because|while|although|though|as|since|after|before|until|unless|whether|whereas|that|which|who|where)\b/gi
/**
 * Where a coordinated clause may be cut off the end. Not at ", but" or ", yet": the clause after
 * them turns the first around and is most often the point ("Describing the differences between
 * the original content is easy, but describing … the compressed content is so hard …", "A
 * wildcard origin MAY be returned, but for PUT and DELETE requests, the response MUST echo …").
 */
/** Words after a semicolon, without a verb, that name what the clause before it announced. */
const MAX_NAMED_WORDS = 6
const COORDINATED = /,\s+(?:and|so(?!\s+(?:far|much|many|long|that)\b)|or|while|whereas)\s+(?=\S)|;\s+/g

/** A second predicate of saying after "and", without a comma: "Earnest condemned the attack and said the U.S. government …". */
const AND_SAID = new RegExp(String.raw`\s+and\s+(?:${SPEECH_VERB})\s`, 'gu')

/** Tags of a finite verb: a participle clause closes a clause that has one. */
/** Tags of a finite verb: a clause of its own, not a participle's or an infinitive's phrase. */
export const FINITE_TAGS: readonly string[] = ['PastTense', 'PresentTense', 'Copula', 'Modal', 'Auxiliary']

/** A finite verb: one of FINITE_TAGS and no present participle (compromise tags "resulting" PresentTense too). */
export function isFiniteVerb(w: TaggedWord): boolean {
  return !w.tags.includes('Gerund') && w.tags.some((t) => FINITE_TAGS.includes(t))
}

/** ", opting out …," after "Moreover" is no appositive: a connective is no name to describe. */
function afterConnective(r: Span, words: readonly TaggedWord[]): boolean {
  const before = words.filter((w) => w.end <= r.start).at(-1)
  // (an adjective alone is no name to describe either: "Overall, these landscapes, which …" opens on a connective)
  return !!before && (before.tags.some((t) => t === 'Adverb' || t === 'Conjunction' || t === 'Preposition') || (before.tags.includes('Adjective') && !before.tags.includes('Noun')))
}

/**
 * ", the CEO of Y," describes the name before it. Not after a connective, nor when it opens
 * on a pronoun, a conjunction ("not just the FSF, but the Free Software community as a whole,") or a finite verb: a clause of its own ("There, they take on ice and bait,
 * herring …"), a verb phrase ("The new president, Ashraf Ghani, is promising …, but …").
 */
function isAppositive(s: string, r: Span, words: readonly TaggedWord[]): boolean {
  // (nor the words after an opening adverbial of one word: "Tuesday, prosecutors asserted that …, and …")
  if (/^\p{L}+$/u.test(s.slice(0, r.start)) && INTRO.exec(s)?.[0].trimEnd().length === r.start + 1) return false
  const first = words.find((w) => w.start > r.start)
  if (first && /^(?:I|we|you|he|she|it|they|and|but|or|nor)$/i.test(s.slice(first.start, first.end))) return false
  // ", is promising to bring order …," after the subject is the clause's own verb phrase
  if (first && isFiniteVerb(first)) return false
  // (nor an item of a list of names: "the Supreme Court, Court of Appeal, the High Court, and subordinate courts",
  // "murder, attempted murder, damage to religious property, obstruction of religious belief and weapons charges")
  if (/^[^,;]{1,40},\s+(?:and|or)\s/u.test(s.slice(r.end)) && !wordsIn(words, r.end, s.indexOf(',', r.end)).some(isFiniteVerb)) return false
  if (itemsAfter(s, r)) return false
  // (nor a name among names, another after it before the next comma or the list's "and": "like Datadog, New Relic, Dynatrace, Elastic APM, and
  // OpenTelemetry", "Harris, Oubre Jr., Covington and Batum all gave …")
  if (/^,\s+(?:\p{Lu}[\p{L}\p{N}.&'’-]*\s*)+,$/u.test(s.slice(r.start, r.end)) && /^\s*(?:(?:and|or)\s+\p{Lu}|\p{Lu}[^,;]{0,40},|\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*)*\s+(?:and|or)\s+\p{Lu})/u.test(s.slice(r.end))) return false
  // (nor a list's last items after its earlier ones: "with Canada, Australia, New Zealand and the US—…—for decades,")
  if (/,\s+[^\s,;:]+(?:\s+[^\s,;:]+){0,3}$/u.test(s.slice(0, r.start)) && /^,\s+(?:[^\s,;:]+\s+){0,3}?(?:and|or)\s/u.test(s.slice(r.start, r.end))) return false
  // (nor an item of a list that closes the sentence, no verb after it: "stands for Light, Encrypted, Ad choice supported, Non-invasive ads",
  // "executives from News Corporation and Fairfax, representatives of the TV networks, the ABC top brass and a group from …")
  const listGoesOn = s.slice(0, r.start).includes(',') || /\s(?:and|or)\s/u.test(s.slice(r.end))
  if (listGoesOn && !wordsIn(words, r.end, s.length).some((w) => w.tags.includes('Verb') && !w.tags.includes('Gerund'))) return false
  // (nor a name and its verb: "…in Akaroa, Hobson declared British sovereignty over …, even though …" is the clause's subject and predicate)
  const second = first ? words[words.indexOf(first) + 1] : undefined
  if (first?.tags.includes('ProperNoun') && second && second.tags.includes('PastTense') && !second.tags.includes('Participle') && wordsIn(words, r.start, r.end).length > 2) return false
  // and ", wartime contracting is often associated with …," a clause of its own: a copula, an auxiliary or a modal not in a relative clause,
  // or a verb after its subject (", President Biden called on all agencies to …,")
  if (ownVerb(s, r, words) || ownClause(s, r, words)) return false
  // ("Con Edison, which maintains … City, records about 500 leaks …, but many more": "records" is the clause's verb, read as a noun)
  if (!mainVerbBeside(s, r, words)) return false
  return !afterConnective(r, words)
}

/**
 * Whether items of a list closing the sentence follow the span, the last after "and" or "or"
 * without a comma: "…, attempted murder, damage to religious property, obstruction of religious
 * belief and weapons charges." (the tagger may read "damage" or "charges" as verbs).
 */
function itemsAfter(s: string, r: Span): boolean {
  // (with its serial comma too: "…, ransacked every webOS village, threatened the mighty tower of Mordor iOS, and thoroughly resisted …")
  return /^[^,;]{1,60},\s+(?:[^,;]{1,60}\s)?(?:and|or)\s[^,;]{1,80}[.!?]?$/u.test(s.slice(r.end))
}

/** Whether the sentence keeps a verb outside `r` and outside its relative clauses (", which … ,"): the span leaves the main clause whole. */
function mainVerbBeside(s: string, r: Span, words: readonly TaggedWord[]): boolean {
  const relative = [...s.matchAll(/,\s+(?:which|who|whom|whose)\b[^,;:]*/giu)].map((m) => ({ start: m.index, end: m.index + m[0].length }))
  // (any verb but a gerund: the tagger reads some finite verbs as imperatives, "Tom Reyes, a council member, summed up …")
  const verb = (w: TaggedWord) => isFiniteVerb(w) || (w.tags.includes('Verb') && !w.tags.includes('Gerund'))
  return words.some((w) => (w.end <= r.start || w.start >= r.end) && verb(w) && !relative.some((x) => w.start >= x.start && w.end <= x.end))
}

/** Whether a span holds a finite verb after its subject, not in a relative clause: "President Biden called on …". */
function ownClause(s: string, r: Span, words: readonly TaggedWord[]): boolean {
  const inside = wordsIn(words, r.start, r.end)
  return inside.some((w, i) => i > 0 && isFiniteVerb(w) && hasSubject(inside, i) && !RELATIVE_WORD.test(s.slice(r.start, w.start)))
}

/**
 * Whether a span holds a copula, an auxiliary or a modal before any relative pronoun ("who was
 * entangled …" is the relative clause's; "might be more compelling" is the span's own), not one
 * the tagger reads into a contraction, written as no word ("on the city's east side" as "city is").
 */
function ownVerb(s: string, r: Span, words: readonly TaggedWord[]): boolean {
  const inside = wordsIn(words, r.start, r.end)
  for (const [i, w] of inside.entries()) {
    const word = s.slice(w.start, w.end)
    // ("that" before a noun points at it, no relative clause: ", that quasi-dome was doomed,")
    const pointing = /^that$/i.test(word) && !!inside[i + 1]?.tags.includes('Noun') && !inside[i + 1]?.tags.includes('Pronoun')
    if (/^(?:who|whom|whose|which|that|where|when)$/i.test(word) && !pointing) return false
    if (['Copula', 'Auxiliary', 'Modal'].some((t) => w.tags.includes(t)) && word !== '') return true
  }
  return false
}

/**
 * An opening that says when the rest holds: "If the deal fails, …", "But if …", "Unless …", "In highly
 * competitive markets where firms earn razor-thin margins, junk fees may not raise …". Without
 * it the clause says something else.
 */
function conditional(s: string): boolean {
  return /^(?:(?:and|but|yet|so)\s+)?(?:if|unless|only if|only when|provided that|as long as)\b/i.test(s) || /^(?:in|for|under|with)\b[^,;:]{0,120}\b(?:where|in which|whose)\b[^,;:]*,/i.test(s) || CASE_SAID_BEFORE.test(s)
}

/**
 * "When GOOS=js, a Root references …", "When an application makes a cross-origin request, the
 * browser will make a preflight request first": an opening of "when", "whenever" or "once" that
 * states a condition the rest holds under (without it the clause says something false): it has
 * no verb, or none in the past and the clause after it a modal ("will", "can", "may"). Not a
 * moment of the story ("When the company launched in 2010, …", "When we drive into the bazaar,
 * people recognize Matie").
 */
function standingCondition(s: string, words: readonly TaggedWord[]): boolean {
  const m = /^(?:(?:and|but|yet|so)\s+)?(?:when|whenever|once)\b[^,;:]{1,120},/iu.exec(s)
  // ("Once again, …", "Once more, …" say it happened before: a connective, no condition)
  if (!m || /^(?:(?:and|but|yet|so)\s+)?once\s+(?:again|more)\s*,/iu.test(s)) return false
  const inside = wordsIn(words, 0, m[0].length)
  if (!inside.slice(1).some((w) => w.tags.includes('Verb'))) return true
  // (a participle after a verb in the present is no past: "Once the file is written, …")
  const present = inside.some((w) => /^(?:is|are|am|has|have|does|do)$/iu.test(s.slice(w.start, w.end)))
  const past = !present && inside.some((w) => w.tags.includes('PastTense'))
  const modal = wordsIn(words, m[0].length, m[0].length + CONDITION_REACH).some((w) => w.tags.includes('Modal') || /^will$/iu.test(s.slice(w.start, w.end)))
  return !past && modal
}

/** Characters after a condition's comma its clause's modal is looked for in. */
const CONDITION_REACH = 60

/**
 * "For Reality Labs, we expect losses to grow": an opener of "For", "As for" or "Regarding"
 * with a name in it is the clause's topic, not an aside; without it the bullet loses whom it
 * speaks of.
 */
function namesTopic(s: string, end: number, words: readonly TaggedWord[]): boolean {
  return /^(?:For|As for|Regarding|Concerning)\s/.test(s) && wordsIn(words, 0, end).slice(1).some((w) => w.tags.includes('ProperNoun'))
}

/**
 * "In debug mode, the compiler could insert code …", "On Windows, longjmp is implemented …",
 * "Under the current proposal, this type of unwind is permitted", "In some cases, …": an opening
 * phrase that says where, under what or for whom the clause holds, a hedge or what the clause
 * compares with. Without it the bullet says something the article does not. Not a time ("In
 * 2024", "At the time"), a frame ("In a statement", "In this post") nor a connective ("In
 * addition", "For example", "On the other hand").
 */
function limitsTheClaim(opening: string): boolean {
  return HEDGE_OR_REFERENCE.test(opening) || (SCOPE_OPENING.test(opening) && (LIMITING.test(opening) || PLATFORM.test(opening)) && !SCOPE_EXCEPT.test(opening))
}

/**
 * An opening that is a hedge alone ("Ideally, Vernon would come back …", "In theory, …",
 * "Usually, …"; not "Perhaps as an escape, …", whose hedge is on its own phrase) or names what
 * the clause compares with ("Compared to the new Sir Francis Bacon, the Outline has slightly
 * less taper"): without it, a wish reads as a fact, "less" than nothing.
 */
const HEDGE_OR_REFERENCE = /^(?:(?:but|and|yet|so)\s+)?(?:(?:ideally|hopefully|theoretically|in theory|supposedly|allegedly|reportedly|possibly|probably|apparently|presumably|seemingly|arguably|potentially|perhaps|maybe|usually|generally|typically|normally|ordinarily|often|sometimes|occasionally|rarely),\s*$|(?:compared (?:to|with)|relative to|in comparison (?:to|with)|as opposed to)\s)/iu

const SCOPE_OPENING = /^(?:(?:But|And|Yet|So)\s+)?(?:[Ii]n|[Oo]n|[Uu]nder|[Ff]or|[Ww]ithin|[Ww]ithout)\s/u
/** Words that make an opening phrase a condition: a share of cases or users, a mode, a plan or rule the clause holds under, or the group it holds for ("For black women, …"). */
const LIMITING = /^[^,]*\b(?:some|most|many|certain|few|rare|several|other|mode|cases|circumstances|conditions|proposal|plan|rules?|law|configuration|settings?|scenario|regime|policy|terms|environments?|builds?)\b|^(?:(?:but|and|yet|so)\s+)?for\s+(?:[\p{L}-]+\s+){0,3}(?:women|men|workers|families|households|students|children|kids|users|patients|voters|customers|employees|immigrants|borrowers|renters|homeowners|residents|seniors|teenagers|teens|adults|girls|boys|graduates|retirees|taxpayers|consumers|farmers|drivers|developers)\s*,\s*$/iu
/** An operating system a clause may hold on alone: "On Windows, longjmp is implemented …". */
const PLATFORM = /^\S+\s+(?:Windows|Linux|macOS|Android|iOS|Unix|FreeBSD)\b/u
/** Words of such an opening phrase that make it a time, a frame or a connective instead ("In some ways", "In other words", "For some time"). */
const SCOPE_EXCEPT = /\b(?:times?|years?|months?|weeks?|days?|ways?|words|respects?|sense|hand|reasons?)\b/iu

/**
 * "With $43 million from Third Rock Ventures, Polaris Partners, and Flagship Ventures, Editas
 * looked like…": an opener whose comma falls inside a list runs on to the list's last item
 * (verbless pieces up to one opening on or holding "and" or "or"), so the subject after it stays whole.
 */
function throughIntroList(s: string, end: number, words: readonly TaggedWord[]): number {
  let at = end
  for (let guard = 0; guard < 6; guard++) {
    // an item may close on an aside in brackets: "and all my FSF volunteer roles (which ends my … affiliation),"
    const next = /^((?:and|or)\s+)?([^,;:()]{1,60})(\s*\([^()]{1,160}\))?,\s+/u.exec(s.slice(at))
    // (a contraction's implied verb has no letters: "FSF's Voting Membership" holds an "is" by the tagger's reading)
    const item = next ? at + (next[1]?.length ?? 0) + next[2]!.length : at
    // (the last item, a few words after "and", whatever the tagger reads in them: ", and even color, stores are …")
    const last = !!next?.[1] && shortAsAnItem(next[2]!)
    if (!next || (!last && wordsIn(words, at, item).some((w) => w.end > w.start && w.tags.includes('Verb') && !w.tags.includes('Gerund')))) return end
    at += next[0].length
    // the list's last item: opening on "and" (", and Flagship Ventures,") or holding it ("traffic studies and one long meeting,")
    if (next[1] || /\s(?:and|or)\s/u.test(next[2]!)) return at
  }
  return end
}

/** Words at most of a list's item between commas ("commerce", "kauri gum"). */
const LIST_ITEM_WORDS = 3

/** Whether a piece is no longer than a list's item (LIST_ITEM_WORDS). */
function shortAsAnItem(piece: string): boolean {
  return piece.trim().split(/\s+/).length <= LIST_ITEM_WORDS
}

/**
 * ", and later chum salmon, codfish or octopus" after "bait, herring for the black cod, " is the
 * last item of a list, not a clause: no verb after the conjunction, and a comma before it
 * inside the clause. Cutting it would leave the list unfinished.
 */
function lastOfList(s: string, at: number, end: number, words: readonly TaggedWord[]): boolean {
  const item = /^,\s+(?:and|or)\s+(\p{L}+)/u.exec(s.slice(at))
  if (!item) return false
  // items alike in their first word: "what the problem was, what changed to fix it, and what to expect"
  const before = s.slice(0, at)
  const previous = /,\s+(\p{L}+)[^,]*$/u.exec(before)
  if (previous && previous[1]!.toLocaleLowerCase() === item[1]!.toLocaleLowerCase()) return true
  // or both participles: "strengthening the workforce, modernizing facilities, and deploying new models"
  const gerund = (from: number) => wordsIn(words, from, end)[0]?.tags.includes('Gerund') === true
  if (previous && gerund(previous.index + previous[0].indexOf(previous[1]!)) && gerund(at + item[0].indexOf(item[1]!))) return true
  // or both verbs' phrases of one subject: "to uncompress the data, apply a patch, and then recompress the data …"
  const verb = (from: number) => {
    const w = wordsIn(words, from, end)[0]
    return !!w && w.tags.includes('Verb') && !w.tags.includes('Gerund')
  }
  const next = /^,\s+(?:and|or)\s+(?:then\s+)?(\p{L}+)/u.exec(s.slice(at))
  if (previous && next && verb(previous.index + previous[0].indexOf(previous[1]!)) && verb(at + next[0].lastIndexOf(next[1]!))) return true
  // an item of a few words closed by a comma: "A, B, and Flagship Ventures, Editas looked …"
  if (/^,\s+(?:and|or)\s+[^,;:()]{1,40},\s/u.test(s.slice(at)) && !wordsIn(words, at, at + s.slice(at).indexOf(',', 1)).some(isFiniteVerb) && s.slice(0, at).includes(',')) return true
  // or after the serial comma, an item of a few words without a verb before it: "content, commerce, and technology get out of balance", "users of Pro, Teams, and Business plans"
  const middle = /,\s+([^,;:()]+)$/u.exec(before)
  // (not a phrase of a preposition or an adverb: "…, among other languages, and it has …")
  const opening = middle ? wordsIn(words, middle.index, at)[0] : undefined
  const phrase = !!opening && (opening.tags.includes('Preposition') || opening.tags.includes('Adverb'))
  // (a verb the tagger reads in an item of examples is a noun's: "barriers such as video production, screen recording, and easy sharing had …")
  const examples = /\b(?:such as|including)\s[^,;:]*,\s+[^,;:()]+$/iu.test(before)
  if (middle && !phrase && shortAsAnItem(middle[1]!) && (examples || !wordsIn(words, middle.index, at).some(isFiniteVerb))) return true
  // (a verb of a relative clause on the last item is the item's: ", and drivers who tapped into …")
  const relative = /\s(?:who|whom|whose|which|that)\s/u.exec(s.slice(at, end))
  const verbAfter = wordsIn(words, at, relative ? at + relative.index : end).some((w) => w.tags.includes('Verb') && !w.tags.includes('Gerund'))
  return !verbAfter && s.slice(0, at).includes(',')
}

/**
 * ", and downright problematic," in "After years of … views were a distraction, an indulgence,
 * and downright problematic, his general response was …": the last item of a list inside the
 * opening (it closes before the opening's end), no clause of the sentence's own.
 */
function inOpeningList(s: string, match: string, at: number, intro: number): boolean {
  const close = s.indexOf(',', at + 1)
  return at < intro && /^,\s+(?:and|or)\s/.test(match) && close > 0 && close < intro
}

/**
 * "said thunderstorms, and requests to gain altitude to avoid them, were not unusual": a second
 * subject set off by commas, the verb both share right after it; no clause of its own (a clause
 * puts no comma between its subject and its verb).
 */
function sharedVerb(s: string, at: number, end: number, words: readonly TaggedWord[]): boolean {
  const comma = s.indexOf(',', at + 1)
  if (comma < 0 || comma >= end) return false
  const next = words.find((w) => w.start > comma)
  // (not after an aside of the second clause's subject: ", and the company, which …, said")
  // (a participle is no shared verb: ", and Ennahda stepped down, replaced by …")
  const verb = !!next && next.tags.some((t) => t === 'Copula' || t === 'Auxiliary' || t === 'Modal' || t === 'PresentTense') && isFiniteVerb(next)
  return verb && !/\s(?:who|which|whose)\s/.test(s.slice(at, comma))
}

/** "to identify, and then carve up, the DNA": the verb before the comma shares the object after the second one. */
function sharesObject(s: string, at: number, words: readonly TaggedWord[]): boolean {
  const before = words.filter((w) => w.end <= at).at(-1)
  return !!before?.tags.includes('Verb') && /^,\s+(?:and|or)\s+[^,]{1,40},\s/u.test(s.slice(at))
}

function spansOf(s: string, re: RegExp, shift = 0): Span[] {
  return [...s.matchAll(re)].map((m) => ({ start: (m.index ?? 0) + shift, end: (m.index ?? 0) + m[0].length }))
}

/** Tags of the first word of an adverbial opener: "Sometimes known as …,", "Speaking at …,", "Founded in 1990,". */
const OPENER_TAGS = ['Adverb', 'Preposition', 'Gerund', 'PastTense', 'Participle']

/** "Around 30", "About half", "Nearly 200", "Over 30", "More than 1,000": a rounded count opening the subject (not a span of time or way: "About 11 minutes after the deployment, ", "About half an hour …", "Nearly 200 miles from …"). */
const APPROXIMATE = /^(?:around|about|nearly|almost|roughly|approximately|some|over|under|more than|fewer than|less than|up to|at least)\s+(?:\p{N}|half|a (?:third|quarter|dozen|hundred|thousand|million))(?!\S*\s+(?:an?\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|miles?|kilometres?|kilometers?|km|metres?|meters?|feet|yards?)\b)/iu

/** Length of an opening phrase up to its comma that has no finite verb of its own, or 0. */
function leadingAdverbial(s: string, words: readonly TaggedWord[]): number {
  const comma = s.search(/,\s/)
  if (comma < 0 || comma > 120) return 0
  const terms = wordsIn(words, 0, comma + 1)
  if (terms.length < 2 || !terms[0]!.tags.some((t) => OPENER_TAGS.includes(t))) return 0
  // "Sometimes known as toil" yes; "When they left" is a clause of its own: a pronoun subject
  // ("From the deck of his schooner" yes: a possessive is no subject)
  if (terms.slice(1).some((t) => t.tags.includes('Pronoun') && !t.tags.includes('Possessive'))) return 0
  // nor one that holds a modal, an auxiliary or a copula: "All successful requests MUST return an 'ETag' header with, …",
  // "Among Ghani's first appointments was Hazrat Omar Zakhilwal, …" are the main clause
  if (terms.some((t) => ['Modal', 'Auxiliary', 'Copula'].some((tag) => t.tags.includes(tag)))) return 0
  // (nor a noun and its verb: "More far-reaching proposals dreamt of formal unification, up to …" is the main clause)
  if (terms.some((t, i) => i > 0 && isFiniteVerb(t) && terms[i - 1]!.tags.includes('Noun') && !terms[i - 1]!.tags.includes('Pronoun') && /^\p{Ll}/u.test(s.slice(t.start, t.end)))) return 0
  return comma + 1 + (s.slice(comma + 1).length - s.slice(comma + 1).trimStart().length)
}

/**
 * Whether the opening's comma falls inside a list of its verbs that runs on after it: the rest opens
 * on a verb in lower case and has a comma of its own ("When politicians demonize outsiders, [remove
 * social inhibitions … and dehumanize enemies, the hate-mongers …]"): the opening ends later.
 */
function listRunsOn(s: string, intro: number, words: readonly TaggedWord[]): boolean {
  const next = words.find((w) => w.start >= intro)
  if (!next || !/^\p{Ll}/u.test(s.slice(next.start)) || !s.slice(next.end).includes(',')) return false
  const verb = (w: TaggedWord) => w.tags.includes('Verb') && !w.tags.some((t) => ['Gerund', 'Preposition', 'Adverb', 'Participle'].includes(t))
  // (the opening a clause with a verb of its own, "When politicians demonize outsiders"; not "Unfortunately, like last year, …")
  return verb(next) && words.some((w) => w.end <= intro && verb(w))
}

/**
 * Whether the opening's comma falls inside a list of nouns that runs on after it: the rest opens
 * on a noun in lower case and no verb up to its own comma ("Apparently their supposedly superior
 * ancestries, [pedigrees, and education should …]", "… attacked Trump's wife, [children, family,
 * …]"). The opening is then the subject or holds the list: without it the list loses its head.
 */
function nounListRunsOn(s: string, intro: number, words: readonly TaggedWord[]): boolean {
  const piece = /^\p{Ll}[^,;:()]{0,40}(?=,\s)/u.exec(s.slice(intro))
  if (!piece) return false
  const inside = wordsIn(words, intro, intro + piece[0].length)
  return !!inside[0]?.tags.includes('Noun') && !inside[0].tags.includes('Pronoun') && !inside.some(isFiniteVerb)
}

/** An infinitive of saying or thinking opening a sentence: its subject ("To say that … is …"), no opening of purpose ("To deliver supplies, …"). */
const SAYING_SUBJECT = /^\s*to\s+(?:say|claim|argue|suggest|believe|think|pretend|insist|assume|deny|imply|suppose)\b/iu

/**
 * An opening that says whose view the clause gives ("From this perspective, …", "In their view, …",
 * "To critics, …", "By this logic, …"): without it, a view reads as a fact.
 */
const VIEW_OPENING = /^\s*(?:from\s+(?:this|that|their|his|her|its|our|my|a|an|the|such\s+a)\s+(?:[\p{L}-]+\s+)?(?:perspective|point of view|standpoint|viewpoint|vantage point)|in\s+(?:their|his|her|its|our|my|some|many|this|that)\s+(?:[\p{L}-]+\s+)?(?:view|eyes|opinion|mind|telling|reading)|to\s+(?:critics|supporters|skeptics|sceptics|opponents|detractors|fans|many|some|others|them|him|her)|for\s+(?:critics|supporters|skeptics|sceptics|opponents|detractors)|by\s+(?:this|that|their|his|her|its|such)\s+(?:logic|reasoning|account|reckoning))\s*,/iu

/** A phrase of place or time opening a clause, maybe after its conjunction: "but on the ground in Afghanistan". */
const OPENING_PHRASE = /^(?:(?:but|and|yet|or|so)\s+)?(?:in|on|at|for|after|before|during|with|by|from|under|over|across|throughout|within|inside|outside|among|between)\s/iu

/**
 * Whether the comma at `at` closes a phrase that opens a clause ("…, but on the ground in
 * Afghanistan, the Pentagon depended on a small army of locals"): what follows it is that
 * clause, not a description of the name before the comma.
 */
function closesAnOpening(s: string, at: number, words: readonly TaggedWord[]): boolean {
  const boundary = Math.max(s.lastIndexOf(', ', at - 1), s.lastIndexOf('; ', at - 1))
  const from = boundary < 0 ? 0 : boundary + 2
  return OPENING_PHRASE.test(s.slice(from, at)) && !wordsIn(words, from, at).some(isFiniteVerb)
}

/** A few words closing the sentence after an appositive's comma that add to what it lists, with no verb: "…, among other controversies." (not "…, in 2019.", "…, on Friday.": the main clause's) */
const SHORT_TAIL = /^\s*(?:among|amid|including)\s+[^,;:]{1,40}?[.!?]?["”’]?\s*$/iu

/**
 * An appositive that a short phrase without a verb closes the sentence after ("Zakhilwal, a
 * finance minister … entangled in the country's biggest banking scandal, among other
 * controversies."): the phrase says more of what the appositive says and goes with it; left
 * alone it would hang on the name ("Zakhilwal among other controversies").
 */
function throughTail(s: string, r: Span, words: readonly TaggedWord[]): Span {
  const rest = s.slice(r.end)
  if (!SHORT_TAIL.test(rest) || wordsIn(words, r.end, s.length).some((w) => w.tags.includes('Verb'))) return r
  const end = r.end + rest.replace(/[.!?]?["”’]?\s*$/u, '').length
  return { start: r.start, end }
}

/**
 * ", including engineers, technicians and apprentices," is one phrase: a list-introducing
 * removal runs on past commas while what follows is more of the list (no verb of its own).
 */
function throughList(s: string, r: Span, words: readonly TaggedWord[]): Span {
  if (!/^,\s+(?:such as|including|especially|particularly|notably)\b/.test(s.slice(r.start))) return r
  let end = r.end
  for (let guard = 0; guard < 6; guard++) {
    const next = /^\s+([^,;]{1,60}),(?=\s)/.exec(s.slice(end))
    // (the last item, a few words after "and" whatever their tags: ", saws, and drills, and it …")
    const lastItem = !!next && /^(?:and|or)\s+\S+(?:\s+\S+){0,2}$/u.test(next[1]!)
    if (!next || (!lastItem && wordsIn(words, end, end + next[0].length).some((w) => w.tags.includes('Verb')))) break
    end += next[0].length
    if (lastItem) return { start: r.start, end }
  }
  // the list's last item closing the sentence goes with it: ", including … one freshwater fish, and one bat.",
  // and so do its last two: ", such as GCC, .NET or Cranelift."
  const last = /^\s+(?:[^,;\s][^,;]{0,40}?\s)?(?:and|or)\s[^,;]{1,60}?(?=[.!?]?["”’]?\s*$)/u.exec(s.slice(end))
  if (last && !wordsIn(words, end, end + last[0].length).some((w) => w.tags.includes('Verb') && !w.tags.includes('Gerund'))) end += last[0].length
  return { start: r.start, end }
}

/** An opening phrase of a preposition and no more before an aside: "Since 1989", "In the spring of 2020". */
const PHRASE_ALONE = /^(?:since|in|on|at|after|before|during|for|by|from|until|under|over|through|throughout)\s[^,;:]{1,60}$/iu

/**
 * A participle or relative phrase between commas is an aside only when the clause goes on
 * after it with its verb ("The council, which met on Tuesday, approved …") or a conjunction;
 * in "The attackers, clad in uniforms, stormed the museum, seizing …" the phrase
 * ", stormed the museum," is the main clause's predicate and stays.
 */
function verbFollows(s: string, r: Span, words: readonly TaggedWord[]): boolean {
  // a relative clause after it speaks of the aside's last noun (", particularly as … retail sales, which totaled $726 billion")
  if (/^\s*(?:which|who|whom|whose|where)\b/i.test(s.slice(r.end))) return false
  const next = words.find((w) => w.start >= r.end)
  // (examples set off end where the clause goes on, not before the next item of its list: "powers, such as …, and in rare situations, the reserve powers")
  if (/^,\s+(?:such as|including|especially|particularly|notably)\b/.test(s.slice(r.start))) return !next?.tags.includes('Determiner')
  if (!next) return false
  const t = next.tags
  // (a second verb after a conjunction is the subject's only when a subject comes before the aside: after
  // an opening phrase alone, "Since 1989, when it crushed the protests, and witnessed …", it is the aside's own)
  const secondVerb = /^(?:and|but|or)$/i.test(s.slice(next.start, next.end)) && verbAfter(words, next) && !PHRASE_ALONE.test(s.slice(0, r.start))
  return (t.includes('Verb') && !t.includes('Gerund')) || t.includes('Adverb') || t.includes('Preposition') || secondVerb
}

/**
 * Whether a verb comes right after a conjunction (an adverb between them at most): the subject's
 * second verb (", which …, and then rose"), not the aside's own words going on ("…, which do the
 * same thing, but in a hopefully more obvious way").
 */
function verbAfter(words: readonly TaggedWord[], conjunction: TaggedWord): boolean {
  const at = words.indexOf(conjunction)
  const [a, b] = [words[at + 1], words[at + 2]]
  const verb = (w: TaggedWord | undefined) => !!w && w.tags.includes('Verb') && !w.tags.includes('Gerund')
  return verb(a) || (!!a?.tags.includes('Adverb') && verb(b))
}

/**
 * ", whose engines were made by CFM International, co-owned by General Electric and Safran," :
 * a passive participle's phrase right after an aside describes the aside's last noun, and goes with it
 * ("The plane co-owned by General Electric …" says another thing), when the clause's verb follows.
 */
function throughParticiple(s: string, r: Span, words: readonly TaggedWord[]): Span {
  // (a passive one, "co-owned by": a verb in the past of the clause itself, "trundled up to", is no such phrase)
  const next = /^\s+[\p{Ll}-]+(?:ed|en)\s+by\s[^,;]{1,140},(?=\s)/u.exec(s.slice(r.end))
  if (!next) return r
  const longer = { start: r.start, end: r.end + next[0].length }
  return verbFollows(s, longer, words) ? longer : r
}

/** An aside's last word that wants the verb after it: "…, shifted his account to say Sondland did, in fact, discuss …" is no aside. */
const WANTS_ITS_VERB = /\s(?:do|does|did|will|would|can|could|should|may|might|must|shall|to|not)\s*,$/iu

/** Whether a dash stands between two numbers, a range ("2 – 500 employees", "28% – 33%"), not an aside's opening. */
function opensARange(s: string, dash: Span): boolean {
  return /[\p{N}%]$/u.test(s.slice(0, dash.start).trimEnd()) && /^\s*[—–]\s*[$€£¥]?\p{N}/u.test(s.slice(dash.start))
}

/** Candidate removals, mildest first. `to end` removals run from their match to the end of the sentence. */
export function englishRemovals(s: string, words: readonly TaggedWord[]): Removal[] {
  const quoted = quotations(s)
  // words inside quotation marks are the speaker's: a removal never starts or ends inside them
  const outside = (r: Span) => !quoted.some((q) => (r.start > q.start && r.start < q.end) || (r.end > q.start && r.end < q.end))
  return candidates(s, words)
    .map((r) => ({ ...r, spans: r.spans.filter(outside) }))
    .filter((r) => r.spans.length > 0)
}

/** Spans of quotations, quotation marks included. */
function quotations(s: string): Span[] {
  return spansOf(s, /“[^”]*”?|"[^"]*"?|«[^»]*»?/g)
}

/** A preposition that opens a clause's first phrase ("In addition to …", "that after …"), up to the dash. */
const PHRASE_BEFORE_CLAUSE = /(?:^|\bthat\s+|,\s+)(?:in addition to|apart from|besides|after|before|despite|unlike|like|beyond|among|with|without|for|in|on|at|by|during|since|from|of)\s[^,;:—–]{1,160}$/iu

/** Words of an opening phrase from which it wants its comma ("In Helmand province the U.S. military …" reads without one). */
const LONG_PHRASE_WORDS = 5

/**
 * Whether a dashed aside in the middle closes a long phrase that opens a clause: its dashes
 * stand for the phrase's comma ("in addition to the slain foreigners — from Italy, … — a local
 * museum worker … were killed"; without them the phrase runs into the clause's subject).
 */
function closesAnOpeningPhrase(s: string, dash: Span): boolean {
  const phrase = dash.end < s.length - 1 ? PHRASE_BEFORE_CLAUSE.exec(s.slice(0, dash.start)) : null
  return !!phrase && phrase[0].replace(/^(?:,|\bthat)?\s*/u, '').split(/\s+/).length >= LONG_PHRASE_WORDS
}

/**
 * Whether a dash that runs to the sentence's end opens its main clause: the words before it open
 * on a preposition, and their last stretch after a comma has no subject and verb of its own ("In
 * light of COVID-19 and the changes in the way we work, live, and buy – videos are no longer …";
 * not "… and in 2023 it took the top spot — not surprising …").
 */
function mainClauseAfterDash(s: string, dash: Span, end: number, words: readonly TaggedWord[]): boolean {
  if (dash.end < end || !wordsIn(words, 0, dash.start)[0]?.tags.includes('Preposition')) return false
  const comma = s.lastIndexOf(',', dash.start)
  const last = wordsIn(words, comma + 1, dash.start)
  const subject = (w: TaggedWord) => w.tags.some((t) => t === 'Noun' || t === 'Pronoun' || t === 'ProperNoun')
  return !last.some((w, i) => isFiniteVerb(w) && last.slice(Math.max(0, i - 3), i).some(subject))
}

/**
 * Whether a dashed tail corrects the negated clause before it with a clause of its own ("Trump did
 * not win in spite of it — he won because of it"): without the tail the sentence says the opposite.
 */
function correctsANegation(s: string, dash: Span, end: number, words: readonly TaggedWord[]): boolean {
  if (dash.end < end || !/\b(?:not|never|no longer)\b|n[’']t\b/iu.test(s.slice(0, dash.start))) return false
  if (/^\s*[—–-]+\s*(?:but|rather|instead)\b/iu.test(s.slice(dash.start))) return true
  // a pronoun of its own right before the verb, taking up the subject ("he won"; not "— the monitor is …", which tells more, nor "— a decision analysts called …")
  const [subject, verb] = wordsIn(words, dash.start, end).filter((w) => /\p{L}/u.test(s.slice(w.start, w.end)))
  return !!subject?.tags.includes('Pronoun') && !!verb && isFiniteVerb(verb)
}

/** Whether words hold a verb of a clause: a verb but a gerund, not one that qualifies a noun after its article ("the deserted stretch of sand"). */
function clauseIn(inside: readonly TaggedWord[]): boolean {
  return inside.some((w, i) => w.tags.includes('Verb') && !w.tags.includes('Gerund') && !inside[i - 1]?.tags.some((t) => t === 'Determiner' || t === 'Possessive' || t === 'Adjective'))
}

/** ", the source, who said he had spoken to people inside," or ", Jim Cantrell, Vector Space Systems CEO," before a closing ", told Reuters": the speaker of that attribution. */
const SPEAKER_BEFORE = /,\s+(?:(?:the|a|an)\s[^,;:]{1,60}(?:,\s+(?:who|which)\b[^,;:]{1,140})?|(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]+(?:,\s+[^,;:]{1,100})?)$/u

/** Where an attribution closing the sentence starts: at its speaker, when the speaker comes before a verb-first attribution ("…, the source, …, told Reuters"). */
function speakerBefore(s: string, at: number): number {
  // (only "told X": the one told comes after the verb, its speaker before; ", said Smith" names the speaker after it)
  if (!/^,\s+(?:told|tells)\s/u.test(s.slice(at))) return at
  return SPEAKER_BEFORE.exec(s.slice(0, at))?.index ?? at
}

/**
 * Whether a time phrase is all a participle that qualifies a noun has after it, past a verb of
 * the clause ("… than the estimate in the 2023 Budget published [in May]"): without it the
 * participle hangs ("the Budget published"). Not a verb of the clause itself ("The company
 * announced in May that …").
 */
function closesReducedRelative(r: Span, words: readonly TaggedWord[]): boolean {
  const before = wordsIn(words, 0, r.start)
  const participle = before.at(-1)
  const noun = before.at(-2)
  if (!participle || !noun || !participle.tags.includes('PastTense') || participle.tags.includes('Passive')) return false
  return noun.tags.includes('Noun') && before.slice(0, -2).some(isFiniteVerb)
}

/** A verb that cannot open a clause of its own: one that wants a subject before it ("was left …", "has been …"), not an imperative. */
const VERB_WITHOUT_SUBJECT = /^(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|does|did)\b/iu

/** Words in quotation marks, four or more: someone's words, which a bullet shows with their speaker. */
const QUOTED_WORDS = /[“"](?:[^“”"]*?\s){3,}[^“”"]*?[”"]/u

function candidates(s: string, words: readonly TaggedWord[]): Removal[] {
  const out: Removal[] = []
  const end = s.replace(/[.!?]+["”’]?\s*$/, '').length
  out.push({ kind: 'aside', spans: spansOf(s, ASIDE) })
  const introDashed = INTRO_DASHED.exec(s)?.[0].length ?? 0
  // the dashes that close an opening adverbial go with it, never alone ("While … much Bassi, …"); nor those closing an opening phrase
  // (nor a dash whose span runs out of a bracket: "(and I do mean quickly — navigating … intuitive) place each window …")
  const dashes = spansOf(s, DASHED).filter((d) => d.start >= introDashed && !closesAnOpeningPhrase(s, d) && !unbalancedBrackets(s.slice(d.start, d.end)) && !mainClauseAfterDash(s, d, end, words) && !correctsANegation(s, d, end, words) && !opensARange(s, d))
  out.push({ kind: 'dash', spans: dashes.map((d) => ({ start: d.start, end: Math.min(d.end, end) })) })
  const attr = ATTRIBUTION_END.exec(s)
  // (not from words it quotes: "“We expect Iran to meet all of its obligations” by the IAEA, Crowley said" says whose words they are)
  if (attr && !QUOTED_WORDS.test(s.slice(0, attr.index))) out.push({ kind: 'attribution', spans: [{ start: speakerBefore(s, attr.index), end }] })
  const according = ACCORDING_START.exec(s)
  if (according) out.push({ kind: 'attribution', spans: [{ start: 0, end: according[0].length }] })
  // the closing comma goes too: "Cox, chief strategist at X, noted" → "Cox noted"; and a person's age, "Parata, 75, has …"
  out.push({ kind: 'appositive', spans: [...spansOf(s, APPOSITIVE).filter((r) => isAppositive(s, r, words)).map((r) => throughTail(s, r, words)), ...listAppositives(s, words), ...spansOf(s, AGE)] })
  const inner = spansOf(s, INNER).map((r) => throughParticiple(s, throughList(s, r, words), words)).filter((r) => verbFollows(s, r, words) && !itemsAfter(s, r) && !WANTS_ITS_VERB.test(s.slice(r.start, r.end)))
  out.push({ kind: 'inner', spans: inner })
  // ("Over 30 ships and 21 aircraft from …," opens the subject, as "Around 30 …" does)
  const found = conditional(s) || standingCondition(s, words) || APPROXIMATE.test(s) ? 0 : introDashed || (INTRO.exec(s)?.[0].length ?? leadingAdverbial(s, words))
  const opener = found && (holdsAClause(s, found, words) || connectiveBeforeClause(s, found, words)) ? 0 : found
  // (not "To say he bears no responsibility when …, take him seriously, … is willful blindness": an infinitive of saying is the sentence's subject)
  const widened = opener && !namesTopic(s, opener, words) && !limitsTheClaim(s.slice(0, opener)) && !SAYING_SUBJECT.test(s) && !VIEW_OPENING.test(s) ? wholeOpening(s, throughParticipleAfter(s, throughIntroList(s, opener, words), words), words) : 0
  // (not so wide that it takes the subject with it, the verb left first: "Though Durr knew …, the rest of New York, and even some in the military, was left …")
  const intro = widened > opener && VERB_WITHOUT_SUBJECT.test(s.slice(widened)) ? opener : widened
  // (not when the clause after it opens on a pronoun, which may stand for a name in the opening:
  // "When you sign up for Facebook, it encourages you …" without its opening says "It encourages you …")
  // ("It is imperative that …", "It's clear that …" stand for nothing: they may go)
  // (nor a connective of a word or two, "However, they …": no name in it)
  const named = s.slice(0, intro).trim().split(/\s+/).length > 2
  const pronounNext = named && /^(?:it|its|he|his|she|her|they|their|them)\b/i.test(s.slice(intro)) && !/^it(?:\s+(?:is|was|will be|would be|has been|seems|remains)|['’]s)\s/i.test(s.slice(intro))
  // (nor one that opens a bracket it does not close: "(In theory the IPVS mode also has …, like …" is an aside in brackets whole)
  // (nor one before a verb that wants a subject)
  if (intro && !pronounNext && !VERB_WITHOUT_SUBJECT.test(s.slice(intro)) && !unbalancedBrackets(s.slice(0, intro)) && !listRunsOn(s, intro, words) && !nounListRunsOn(s, intro, words)) out.push({ kind: 'intro', spans: [{ start: 0, end: intro }, ...commaAfterSpeaker(s, intro)] })
  const when = [...spansOf(s, WHEN), ...spansOf(s, WHEN_BEFORE_VERB).filter((r) => beforeItsVerb(r, words))]
    .map((r) => ({ start: r.start, end: Math.min(r.end, end) }))
    .filter((r) => r.end > r.start && !closesReducedRelative(r, words))
  if (when.length) out.push({ kind: 'time', spans: when })
  for (const at of trailingParticiples(s, end, words)) out.push({ kind: 'trailing', spans: [{ start: at, end }] })
  const described = finalAppositive(s, end, words)
  // (not a clause of its own: "If you're looking to upgrade …, the One X might be more compelling")
  if (described && !/\s(?:and|or)\s/.test(described[0]) && !closesAnOpening(s, described.index, words) && !ownVerb(s, { start: described.index, end }, words)) out.push({ kind: 'trailing', spans: [{ start: described.index, end }] })
  const possessed = FINAL_POSSESSED.exec(s.slice(0, end))
  if (possessed && !clauseIn(wordsIn(words, possessed.index, end)) && !closesAnOpening(s, possessed.index, words)) out.push({ kind: 'trailing', spans: [{ start: possessed.index, end }] })
  for (const at of trailingStarts(s, end, words)) out.push({ kind: 'trailing', spans: [{ start: at, end }] })
  for (const at of [...purposeStarts(s, words), ...passiveStarts(s, words, end)]) out.push({ kind: 'trailing', spans: [{ start: at, end }] })
  const listed = closingList(s, end, words)
  if (listed !== undefined) out.push({ kind: 'trailing', spans: [{ start: listed, end }] })
  for (const r of relativeEnds(s, words)) out.push({ kind: 'relative', spans: [{ start: r, end }] })
  out.push(...coordinated(s, words, intro, end))
  for (const m of s.matchAll(AND_SAID)) {
    const at = m.index ?? 0
    if (verbBefore(s, intro, at, words)) out.push({ kind: 'coordinated', spans: [{ start: at, end }] })
  }
  return out.filter((r) => r.spans.length > 0)
}

/** The first comma from `at`, and the word right after it when that comma comes before `end`. */
function nextComma(s: string, at: number, end: number, words: readonly TaggedWord[]): { comma: number; next?: TaggedWord } {
  const comma = s.indexOf(',', at)
  const next = comma >= 0 && comma < end ? words.find((w) => w.start > comma) : undefined
  return next ? { comma, next } : { comma }
}

/**
 * Whether `next`, the word after the comma that closes a phrase, is the clause's verb: the phrase
 * is an aside between the subject and its predicate ("the economy of the 19 countries that share
 * the euro, reeling from high energy prices, will grow just 0.5%"), not the sentence's tail.
 */
function beforePredicate(next: TaggedWord | undefined): boolean {
  // (not a word the tagger may read as a verb or a noun or an order, an item of a list: "including project activity, code quality, …")
  return !!next && isFiniteVerb(next) && !['Noun', 'Infinitive', 'Imperative'].some((t) => next.tags.includes(t))
}

/**
 * Whether examples are set off inside the clause, which goes on after their closing comma with
 * `next`, no item of theirs but an adverb or an adjective ("makes imports …, including oil, more
 * expensive and …"): an aside, not the sentence's tail.
 */
function examplesInside(next: TaggedWord | undefined): boolean {
  return !!next && ['Adverb', 'Adjective'].some((t) => next.tags.includes(t)) && !next.tags.includes('Noun')
}

/** A conjunction that opens a subordinate clause, at the start of the words between two commas. */
const SUBORDINATOR = /^(?:as|if|when|whenever|while|because|since|although|though|after|before|unless|once|until|whereas)\s/iu

/**
 * Whether the word at `at` stands in a subordinate clause set off by commas ("For example, as
 * Herbert notes, being able to …": "notes" is no verb of the main clause, and the participle
 * after it opens the main clause's subject, no trailing phrase).
 */
function inSubordinate(s: string, at: number): boolean {
  const from = Math.max(s.lastIndexOf(',', at), s.lastIndexOf(';', at)) + 1
  return SUBORDINATOR.test(s.slice(from).trimStart())
}

/** Where a closing participle phrase starts: ", killing …" after a clause with its verb, not an item of a list nor an aside before the predicate. */
function trailingParticiples(s: string, end: number, words: readonly TaggedWord[]): number[] {
  const out: number[] = []
  for (const m of s.matchAll(TRAILING_PARTICIPLE)) {
    const { next: closing } = nextComma(s, (m.index ?? 0) + m[0].length, end, words)
    if (/^,\s+including$/u.test(m[0]) && (examplesInside(closing) || VAGUE_BEFORE_EXAMPLES.test(s.slice(0, m.index ?? 0)))) continue
    const next = words.find((w) => w.start > (m.index ?? 0))
    const main = words.some((w) => w.end <= (m.index ?? 0) && w.tags.some((t) => FINITE_TAGS.includes(t)) && !inSubordinate(s, w.start))
    // ("I've spent the last 22 years, without a break, dedicating …": what the time went on is the clause's point)
    // (nor an item of a list: a word alone before its comma, "on sealing, whaling, flax, gold, and native timber", or a participle
    // between two others, "was pausing, stammering and charming his way …"; not "on Wednesday afternoon, seizing and gunning down …"
    // nor "is coming, exposing the United States …")
    const before = words.filter((w) => w.end <= (m.index ?? 0)).at(-1)
    const after = s.slice((m.index ?? 0) + m[0].length)
    const item = /^\s*,/u.test(after) || (!!before?.tags.includes('Gerund') && /^\s+(?:and|or)\s+\p{Ll}+ing\b/u.test(after))
    if (main && !item && next?.tags.includes('Gerund') && !SPENT_ON.test(s.slice(0, m.index ?? 0)) && !beforePredicate(closing)) out.push(m.index ?? 0)
  }
  return out
}

/** A count closing the words before a comma: "tens of thousands", "hundreds", "40 percent". */
const QUANTITY_BEFORE = /(?:\b(?:tens|hundreds|thousands|millions|billions|dozens|scores|percent)|\d%?)$/u

/** A closing appositive (FINAL_APPOSITIVE) after a name or a noun ("…, the former British colony, a regional breadbasket reduced to …"), if any. */
function finalAppositive(s: string, end: number, words: readonly TaggedWord[]): RegExpExecArray | null {
  const m = FINAL_APPOSITIVE.exec(s.slice(0, end))
  if (!m || m[0].length > FINAL_APPOSITIVE_LENGTH) return null
  const clause = wordsIn(words, 0, m.index)
  const before = clause.at(-1)
  // (the clause before it has its verb: "Near the end of the evening, a teenager … took the microphone" is the clause itself)
  const name = /\p{Lu}[\p{L}’'.\-]*$/u.test(s.slice(0, m.index))
  const noun = !!before && before.tags.includes('Noun') && !before.tags.includes('Pronoun') && !before.tags.includes('Adjective')
  return (name || noun) && clause.some(isFiniteVerb) && !clauseOfItsOwn(s, wordsIn(words, m.index, end)) ? m : null
}

/**
 * Whether words after a comma hold a clause of their own, not a noun phrase with a participle
 * or a relative clause: a finite verb, before any relative word, that no preposition follows
 * ("a teenager in a scarf [took] the microphone", not "a breadbasket [reduced] to destitution").
 */
function clauseOfItsOwn(s: string, own: readonly TaggedWord[]): boolean {
  for (let i = 0; i < own.length; i++) {
    const word = s.slice(own[i]!.start, own[i]!.end)
    if (/^(?:who|whom|whose|which|that|where|when)$/i.test(word)) return false
    // (not a verb the tagger reads into a contraction, written as no word: "the city's east side" as "city is")
    if (!isFiniteVerb(own[i]!) || own[i]!.tags.includes('Participle') || word === '') continue
    const next = own[i + 1]
    // (a participle and its preposition open a phrase of the noun, which holds the rest)
    return !next || !/^(?:by|to|in|as|from|with|for|at|on|into|across|around|over)$/i.test(s.slice(next.start, next.end))
  }
  return false
}

/** Where a tail of TRAILING starts that may go to the sentence's end (`end`). */
function trailingStarts(s: string, end: number, words: readonly TaggedWord[]): number[] {
  const out: number[] = []
  for (const m of s.matchAll(TRAILING)) {
    // (never one set between commas before the clause's verb: "Writing a big article, as good as it is, will not get you …",
    // "…peaks, such as the Southern Alps, owe much to …", "the mind, as well as the brain, do work unconsciously")
    const { comma, next } = nextComma(s, (m.index ?? 0) + m[0].length, end, words)
    const listGoesOn = /^,\s+[^,;]{1,40},\s+(?:and|or)\s/u.test(s.slice(comma))
    if (next?.tags.includes('Verb') && !next.tags.includes('Gerund') && !next.tags.includes('Noun') && !listGoesOn) continue
    // (nor one inside an opening subordinate clause, whose main clause comes after its comma: "…, and since we can't get privacy[ unless we all do], we're going to write it")
    if (comma >= 0 && comma < end && SUBORDINATOR.test(s.slice(s.lastIndexOf(',', m.index ?? 0) + 1, m.index ?? 0).trim().replace(/^(?:and|but|or|so)\s+/iu, ''))) continue
    // (nor a hedge on a count, which the words after it complete: "tens of thousands, possibly even hundreds of thousands—…—of nuclear fallout shelters")
    if (/^,\s+(?:possibly|probably|perhaps|maybe)/u.test(m[0]) && QUANTITY_BEFORE.test(s.slice(0, m.index ?? 0))) continue
    // a relative clause closed by a comma is an aside, not the sentence's tail: "accuse X, who …, of …"
    if (/^,\s+(?:which|who|whose|where|when|(?:many|most|some|several|half|none) of (?:them|whom|which))\b/.test(m[0]) && s.slice((m.index ?? 0) + m[0].length, end).includes(',')) continue
    // (what the time went on, "spent two decades at the studio, making films …", as below)
    if (/^,\s+\p{Ll}+ing$/u.test(m[0]) && SPENT_ON.test(s.slice(0, m.index ?? 0))) continue
    // (nor a tail that takes the sentence's turn with it: "…, since it'll supersample …, but it's simply not worth the upgrade")
    if (/,\s+(?:but|yet)\s/iu.test(s.slice((m.index ?? 0) + m[0].length, end))) continue
    // (nor one that takes a clause of its own with it, after a comma: "She no longer did YouTube[ as part of her life, she did her life for YouTube]")
    if (clauseAfterComma(s, (m.index ?? 0) + m[0].length, end, words)) continue
    // (nor a phrase set between commas before what the verb says: "… said[, after the 2008 crash, that Labour’s planned cuts …]")
    if (/^,\s+that\s/iu.test(s.slice(comma))) continue
    // (nor a phrase of a noun that the clause's verb comes after: "sacrificing individual rights[ because of these risks] is an unacceptable proposition")
    if (predicateAfterPhrase(s, m, end, words)) continue
    if (/^,\s+(?:such as|including|especially|particularly|notably)\b/u.test(m[0]) && examplesInside(next)) continue
    // (nor the examples that are all a vague clause says: "There are several changes[, including immigration enforcement …]")
    if (/^,\s+(?:such as|including)\b/u.test(m[0]) && VAGUE_BEFORE_EXAMPLES.test(s.slice(0, m.index ?? 0))) continue
    out.push(m.index ?? 0)
  }
  return out
}

/** Whether, between `from` and `end` (before any colon, semicolon or dash), a comma comes before a pronoun and its finite verb: a clause of its own ("…, she did her life for YouTube"). */
function clauseAfterComma(s: string, from: number, end: number, words: readonly TaggedWord[]): boolean {
  // (not past a colon, a semicolon or a dash: what follows one goes with it, "… because of how it works: Once …, it's passed along …")
  const stop = s.slice(from, end).search(/[:;—–]/u)
  const until = stop < 0 ? end : from + stop
  for (let at = s.indexOf(',', from); at >= 0 && at < until; at = s.indexOf(',', at + 1)) {
    const [subject, verb] = wordsIn(words, at + 1, end)
    if (subject?.tags.includes('Pronoun') && !/^(?:which|who|whom|whose|that|what)$/iu.test(s.slice(subject.start, subject.end)) && verb && isFiniteVerb(verb)) return true
  }
  return false
}

/**
 * Whether a phrase that takes a noun ("because of", "due to", "as part of") is followed, before
 * any comma, by a finite verb that no relative word of its own opens: the verb of the clause the
 * phrase sits in, which the phrase's removal would take with it.
 */
function predicateAfterPhrase(s: string, m: RegExpExecArray, end: number, words: readonly TaggedWord[]): boolean {
  const phrase = /^\s+(?:because of|due to|as part of)\s/u.exec(s.slice(m.index ?? 0))
  if (!phrase) return false
  const from = (m.index ?? 0) + phrase[0].length
  const comma = s.indexOf(',', from)
  const to = comma < 0 || comma > end ? end : comma
  const inside = wordsIn(words, from, to)
  // (a verb of being, having or a modal: the tagger reads many nouns as verbs, "weak demand", "a jobs program")
  const verb = inside.find((w) => CLAUSE_VERB.test(s.slice(w.start, w.end)))
  return verb !== undefined && !RELATIVE_WORD.test(s.slice(from, verb.start))
}

/** A clause's finite verb of being or having, or a modal: what a phrase of a noun cannot hold. */
const CLAUSE_VERB = /^(?:is|are|was|were|has|have|had|will|would|can|could|may|might|shall|should|must|does|did|remains|remained|seems|seemed)$/iu

/** A short clause that only counts what its examples name: "There are several changes", "It has many reasons", "Some things changed". */
const VAGUE_BEFORE_EXAMPLES = /^(?:(?:but|and|yet|so|still|also)\s+)?(?:there\s+(?:are|were|is|was|will be|have been)|(?:it|they|this|we)\s+(?:has|have|had|includes?|included))\s+(?:(?:several|many|various|numerous|some|a few|a number of|other|two|three|four|five|more)\s+)?(?:\p{Ll}+\s+){0,2}\p{Ll}+s$/iu

/** A colon after a noun, then three items or more (or two and "etc."), none with a verb of its own, to the sentence's end. */
const CLOSING_LIST = /:\s+(?=[^:;]*,[^:;]*(?:,|\betc\b)[^:;]*$)/u

/** Examples of a noun closing the sentence, the list said to go on: "… projects involving roads, bridges, mines, factories, power plants and more". */
const CLOSING_EXAMPLES = /\s(?:involving|including|such as|like|covering)\s(?=[^,;:]+(?:,\s*[^,;:]+)+,?\s+(?:and|or)\s+(?:more|others|many (?:more|others)|so on)\s*$)/u

/**
 * Where a list closing the sentence after a colon starts ("… that lists the people who have all
 * invited me to join Facebook[: my aunt, an old co-worker, a friend from elementary school,
 * etc.]"): the clause says what the items are without them. Undefined when there is none, or
 * the word before the colon is no noun ("The winners were: …" says nothing without them).
 */
function closingList(s: string, end: number, words: readonly TaggedWord[]): number | undefined {
  const listed = CLOSING_LIST.exec(s.slice(0, end))
  const m = listed ?? CLOSING_EXAMPLES.exec(s.slice(0, end))
  if (!m) return undefined
  const before = wordsIn(words, 0, m.index).at(-1)
  // (nor after "the following …", which says nothing but that the items follow)
  if (!before?.tags.includes('Noun') || before.tags.includes('Pronoun') || /\bfollowing\s+(?:\S+\s+){0,2}\S+$/iu.test(s.slice(0, m.index))) return undefined
  // (examples said to go on are nouns, whatever the tagger reads "mines" or "power" as)
  return listed && wordsIn(words, m.index, end).some(isFiniteVerb) ? undefined : m.index
}

/** Whether the sentence opens on a verb in its base form, with no subject before it: an order ("Add a little salt, and …"). */
export function opensOnImperative(s: string, words: readonly TaggedWord[] = tagWords(s)): boolean {
  const first = words[0]
  // (a word in capitals names a thing: "GET requests MAY have …")
  return !!first && /^\p{Lu}\p{Ll}/u.test(s.slice(first.start, first.end)) && first.tags.includes('Verb') && (first.tags.includes('Imperative') || first.tags.includes('Infinitive')) && !first.tags.includes('Gerund')
}

/** The last item of a series parted by semicolons: "; or dissolved …", "; and the Blue Dogs …", "; et …", "; oder …". */
const SERIES_END = /^\s*(?:and|or|nor|et|ou|und|oder|y|o|e|lub|oraz|или|и)\s/iu

/**
 * Whether text's semicolons part a series of three items at least, its last closing on "or" or
 * "and" ("captured …; evaporated …; or dispersed …"); not two clauses joined by "; and".
 */
export function inSeries(text: string): boolean {
  const parts = text.split(';')
  return parts.length >= 3 && SERIES_END.test(parts.at(-1)!)
}

/** Clauses of their own after ", and", ", so", "; " … to the sentence's end ("…; the workers went home"), as removals. */
function coordinated(s: string, words: readonly TaggedWord[], intro: number, end: number): Removal[] {
  const out: Removal[] = []
  const imperative = opensOnImperative(s, words)
  for (const m of s.matchAll(COORDINATED)) {
    const at = m.index ?? 0
    // (nor one that runs out of an aside between dashes: "… - or when the "tip of the iceberg" pierces …, and the unconscious becomes conscious - has been …")
    if (inOpeningList(s, m[0], at, intro) || ((s.slice(0, at).match(/\s[-–—]\s/gu) ?? []).length % 2 === 1 && /\s[-–—]\s/u.test(s.slice(at, end)))) continue
    // (after an order, ", and …" or ", or …" is what follows from it: "Throw in all of the tax issues …, and it is likely that the lawyers … will have nightmares")
    if (imperative && /^,\s+(?:and|or)\s/.test(m[0])) continue
    // (nor the second half of a relative clause the first ends in: "a game whose worst moments are serviceable, and best moments are memorable")
    if (m[0].startsWith(',') && /\b(?:whose|which|who|where)\s/iu.test(s.slice(Math.max(0, s.lastIndexOf(',', at - 1) + 1), at))) continue
    // (a clause of its own after the conjunction, and not the last item of a list a colon opened, its items without a verb: "…: information from other Facebook users, and information from sites on the open web",
    // "Three issues stood out: the most suitable constitutional model …; economic policy; and the role of the US")
    const colon = s.lastIndexOf(':', at)
    const listed = colon >= 0 && !wordsIn(words, colon, at).some(isFiniteVerb)
    const verb = wordsIn(words, at, end).some(isFiniteVerb)
    // (a few words without a verb after a semicolon name what the clause announced, as after a colon: "… two intrinsic values …; size and alignment")
    const names = m[0].startsWith(';') && !verb && s.slice(at + m[0].length, end).split(/\s+/).length <= MAX_NAMED_WORDS
    // (nor an item of a series parted by semicolons, its last closing on "or" or "and": "had either been captured …; evaporated …; or dispersed …")
    const series = m[0].startsWith(';') && inSeries(s.slice(0, end))
    if (!listed && !names && !series && !sharesObject(s, at, words) && !lastOfList(s, at, end, words) && !sharedVerb(s, at, end, words) && verbBefore(s, intro, at, words) && (m[0].startsWith(';') || verb)) out.push({ kind: 'coordinated', spans: [{ start: at, end }] })
  }
  return out
}

/**
 * Where a purpose after a comma starts, to the sentence's end: ", to cut any DNA strand, at least
 * in a test tube" (not ", to $30", a figure's new level); not the complement of "enough", "too"
 * or "able" before it, nor one an aside set off before it ("detail, for example, to give guidance").
 */
function purposeStarts(s: string, words: readonly TaggedWord[]): number[] {
  const out: number[] = []
  for (const m of s.matchAll(TRAILING_PURPOSE)) {
    const at = m.index ?? 0
    const before = s.slice(0, at)
    const verb = words.find((w) => w.start >= at + m[0].length)
    if (verb?.tags.includes('Verb') && !verb.tags.includes('Gerund') && !NEEDS_ITS_INFINITIVE.test(before) && !/,\s*(?:\S+\s+){0,2}\S+$/u.test(before) && !asksOfSomeone(s, at, words)) out.push(at)
  }
  return out
}

/** Verbs whose object an infinitive after it completes: "calls on the regulator … to require", "urged them to", "allows users to". */
const ASKS_OF = /^(?:call(?:s|ed|ing)?|appeal(?:s|ed|ing)?|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|requir(?:e|es|ed|ing)|allow(?:s|ed|ing)?|permit(?:s|ted|ting)?|forc(?:e|es|ed|ing)|enabl(?:e|es|ed|ing)|encourag(?:e|es|ed|ing)|persuad(?:e|es|ed|ing)|order(?:s|ed|ing)?|tell(?:s|ing)?|told|want(?:s|ed|ing)?|expect(?:s|ed|ing)?|invit(?:e|es|ed|ing)|press(?:es|ed|ing)?|compel(?:s|led|ling)?|advis(?:e|es|ed|ing)|instruct(?:s|ed|ing)?|lobb(?:y|ies|ied|ying)|help(?:s|ed|ing)?|oblig(?:e|es|ed|ing)|authori[sz](?:e|es|ed|ing)|empower(?:s|ed|ing)?|remind(?:s|ed|ing)?|warn(?:s|ed|ing)?|challeng(?:e|es|ed|ing))$/i

/** Whether the last verb before a purpose's comma asks its object to do what the infinitive says ("It calls on the Office for Students, …, to require …"). */
function asksOfSomeone(s: string, at: number, words: readonly TaggedWord[]): boolean {
  const verb = words.filter((w) => w.end <= at && w.tags.includes('Verb') && !w.tags.includes('Auxiliary') && !w.tags.includes('Particle')).at(-1)
  return !!verb && ASKS_OF.test(s.slice(verb.start, verb.end))
}

/**
 * Whether the clause before a coordinated cut has a finite verb of its own: "learning curve, lack
 * of needed libraries, being slowed down …, and lack of IDE support were the most common reasons"
 * is one subject, its verb after the last item ("being" and a participle after it are none).
 */
function verbBefore(s: string, from: number, at: number, words: readonly TaggedWord[]): boolean {
  const inside = wordsIn(words, from, at)
  const word = (w: TaggedWord | undefined) => (w ? s.slice(w.start, w.end).toLowerCase() : '')
  // (nor a past participle after a preposition's noun: "relief on rent paid, or charges … are not taken into account")
  const reduced = (i: number) => inside[i]!.tags.includes('PastTense') && !inside[i]!.tags.includes('Copula') && !!inside[i - 1]?.tags.includes('Noun') && !!inside[i - 2]?.tags.includes('Preposition')
  return inside.some((w, i) => isFiniteVerb(w) && !NON_FINITE.test(word(w)) && !NON_FINITE.test(word(inside[i - 1])) && !reduced(i))
}

/** Forms of a verb that head no clause: "being slowed down", "having said". */
const NON_FINITE = /^(?:being|having)$/

/** A participle's phrase set off by commas: ", undergoing a seasonal overhaul at Fisherman’s Terminal in Seattle, ". */
const PARTICIPLE_PHRASE = /^(?:\p{Ll}+\s+)?\p{Ll}+ing\b[^,;:"“”—–]{0,120},\s+/u

/** Tags of a word that opens a participle's object or adjunct ("undergoing a …", "working in …", "leaving his …"). */
const OBJECT_OPENING = ['Determiner', 'Preposition', 'Possessive', 'Pronoun', 'Adverb', 'Value']

/**
 * The opening through a participle's phrase that describes it ("From the deck of his schooner,
 * undergoing a seasonal overhaul at Fisherman’s Terminal, skipper Wade Bassi has …"): the phrase
 * without its opening would describe nothing. The opening's end otherwise.
 */
function throughParticipleAfter(s: string, intro: number, words: readonly TaggedWord[]): number {
  const m = intro > 0 ? PARTICIPLE_PHRASE.exec(s.slice(intro)) : null
  if (!m) return intro
  // (after an adverb maybe: "sometimes struggling and running up against brick walls, ")
  const all = wordsIn(words, intro, intro + m[0].length)
  const inside = all[0]?.tags.includes('Adverb') && !all[0].tags.includes('Gerund') ? all.slice(1) : all
  // a verb's phrase ("undergoing a seasonal overhaul", "struggling and running up …"), not a compound noun of a list ("learning curve, ") nor an attribution ("according to …")
  const verbPhrase = inside[0]?.tags.includes('Gerund') && !/^according$/i.test(s.slice(inside[0].start, inside[0].end)) && [...OBJECT_OPENING, 'Conjunction'].some((t) => inside[1]?.tags.includes(t))
  return verbPhrase && !inside.slice(1).some(isFiniteVerb) ? intro + m[0].length : intro
}

/** An opening that cites its source, "as X attest," or "as the report puts it,": its comma falls after the verb, not at a comma of X's list. */
const AS_SOURCE_SAYS = /^(?:(?:and|but|yet|so)\s+)?as\s[^;:()"“”—–]{1,120}?\s(?:attests?|show(?:s|ed)?|suggest(?:s|ed)?|note(?:s|d)?|says?|said|indicate(?:s|d)?|demonstrate(?:s|d)?|report(?:s|ed)?|argue(?:s|d)?|puts?\s+it|point(?:s|ed)?\s+out)\s*,\s+/iu

/** A region or country of one or two capitalised words between commas, after a place: "Alaska, " (the tagger says which). */
const REGION_AFTER = /^\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}.]+)?,\s+(?=\p{L})/u

/** A relative clause up to its comma, right after an opening's comma: ", where one attempts to master something, ". */
const RELATIVE_AFTER = /^(?:where|which|who|whom|whose)\s[^,;:"“”—–()]{1,150},\s+(?=\p{L})/u

/** A phrase of a preposition up to its comma, without a verb of its own: ", with a freshly minted math degree from Earlham College, ". */
const PREPOSITION_PHRASE = /^(?:with|without|in|at|on|from|after|before|during|under|for|by|amid|like|unlike)\s[^,;:"“”—–()]{1,100},\s+(?=\p{L})/iu

/**
 * The whole of an opening, or 0 when it cannot go whole: it runs on through "as X, Y and Z
 * attest," (the comma after the verb), and through a phrase of a preposition after its comma that
 * belongs to it ("When Margaret Hamilton arrived at MIT in 1959, with a freshly minted math degree,
 * Lorenz had …": without the first alone the second would tell of Lorenz); none ends inside an
 * aside in dashes ("Despite … the crowing of Nigel Farage, Trump’s fantasy-ambassador—it is …").
 */
function wholeOpening(s: string, intro: number, words: readonly TaggedWord[]): number {
  const base = Math.max(intro, AS_SOURCE_SAYS.exec(s)?.[0].length ?? 0)
  // (a place's region after its comma is the place's: "From a base in Kodiak, Alaska, ")
  const region = REGION_AFTER.exec(s.slice(base))
  const regionWord = region ? words.find((w) => w.start >= base) : undefined
  const at = base + (regionWord?.tags.some((t) => t === 'Region' || t === 'Country') ? region![0].length : 0)
  if (((s.slice(0, at).match(/[—–]|\s-\s|--/gu) ?? []).length) % 2 === 1) return 0
  // (a relative clause after its comma describes the opening's noun: "Instead of an adolescence full of rites of passage, where one attempts …, ")
  const relative = RELATIVE_AFTER.exec(s.slice(at))
  if (relative) return at + relative[0].length
  const next = PREPOSITION_PHRASE.exec(s.slice(at))
  // (no verb of its own, "freshly minted" describes; and a subject after it: a name, a determiner, a pronoun)
  const inside = wordsIn(words, at, at + (next?.[0].length ?? 0))
  const describes = (w: TaggedWord, i: number) => w.tags.includes('PastTense') && !!inside[i - 1]?.tags.includes('Adverb')
  if (!next || /^(?:according|at\s+(?:least|most))\b/i.test(next[0]) || inside.some((w, i) => w.tags.includes('Verb') && !describes(w, i))) return at
  const subject = words.find((w) => w.start >= at + next[0].length)
  return subject && (/^\p{Lu}/u.test(s.slice(subject.start)) || ['Determiner', 'Pronoun', 'Possessive'].some((t) => subject.tags.includes(t))) ? at + next[0].length : at
}

/**
 * Whether an opening that starts on a preposition runs on into a clause of its own: "In December
 * the panel produced barely a quarter of its summer output, and …" is the sentence's main clause,
 * no opening. A verb of a relative clause there is the phrase's ("In a move that surprised many, ").
 */
function holdsAClause(s: string, end: number, words: readonly TaggedWord[]): boolean {
  const inside = wordsIn(words, 0, end)
  // ("With this foundation established, ": a participle after its noun, no clause)
  // (an adverb's opening too: "Then the tribe moves in en masse and holds a karakia, names each animal …" is the clause)
  if (!inside[0]?.tags.some((t) => t === 'Preposition' || t === 'Adverb') || /^with(?:out)?\b/i.test(s)) return false
  // (a capitalised word is a name's, whatever the tagger says: "Third Rock Ventures"; a word in brackets is an aside's)
  const bracketed = (at: number) => (s.slice(0, at).match(/\(/g) ?? []).length > (s.slice(0, at).match(/\)/g) ?? []).length
  return inside.some((w, i) => i > 1 && isFiniteVerb(w) && /^\p{Ll}/u.test(s.slice(w.start, w.end)) && hasSubject(inside, i) && !bracketed(w.start) && !RELATIVE_WORD.test(s.slice(0, w.start)))
}

/** A connective run into its clause, no comma after it: "Yet most office buildings set temperatures based on a formula, …". */
const CONNECTIVE_RUN_IN = /^(?:However|Moreover|Meanwhile|Furthermore|Instead|Overall|Ultimately|Indeed|Still|Yet|Thus|Therefore)\s+(?=\p{L})/u

/** Whether an opening is a connective and the clause it runs into, whose verb is before the comma: the main clause, no opening. */
function connectiveBeforeClause(s: string, end: number, words: readonly TaggedWord[]): boolean {
  return CONNECTIVE_RUN_IN.test(s) && wordsIn(words, 0, end).some((w) => isFiniteVerb(w) && /^\p{Ll}/u.test(s.slice(w.start, w.end)))
}

/** A subject right before the verb at `i`: a pronoun, a name, or a noun after its determiner ("the panel produced"; not "leading venture funds"). */
function hasSubject(words: readonly TaggedWord[], i: number): boolean {
  // (past an adverb between them: "they also understand")
  let at = i - 1
  while (at > 0 && words[at]!.tags.includes('Adverb')) at--
  const prev = words[at]!
  if ((prev.tags.includes('Pronoun') && !prev.tags.includes('Possessive')) || prev.tags.includes('ProperNoun')) return true
  return prev.tags.includes('Noun') && (!!words[at - 1]?.tags.some((t) => t === 'Determiner' || t === 'Possessive') || determinedOf(words, at))
}

/** Whether the noun at `at` closes a preposition and a noun after a noun phrase a determiner opens: "a cruel twist of fate". */
function determinedOf(words: readonly TaggedWord[], at: number): boolean {
  if (!words[at - 1]?.tags.includes('Preposition')) return false
  for (let j = at - 2; j >= Math.max(0, at - 5); j--) {
    const tags = words[j]!.tags
    if (tags.some((t) => t === 'Determiner' || t === 'Possessive')) return true
    if (!tags.some((t) => t === 'Adjective' || t === 'Noun') || tags.includes('Verb')) return false
  }
  return false
}

/** A relative pronoun or a subordinating word somewhere before: the verb after it is that clause's. */
// (not "as a", a preposition: ", then as a side effect they also understand …,")
const RELATIVE_WORD = /\b(?:that|which|who|whom|whose|where|when|while|as(?!\s+an?\s)|because|if|since|after|before|until|once)\s/i

/** A speaker set off by commas after an opening: "Within months of the acquisition, Forte said, Whole Foods was …". */
const SPEAKER_BETWEEN = new RegExp(String.raw`^(?:${NAME}|he|she|they)\s+(?:${SPEECH_VERB})(?=,\s)`, 'u')

/**
 * The comma after such a speaker, which goes with the opening: "Forte said Whole Foods was
 * selling …", not "Forte said, Whole Foods was selling …". None otherwise.
 */
function commaAfterSpeaker(s: string, intro: number): Span[] {
  const m = SPEAKER_BETWEEN.exec(s.slice(intro))
  return m ? [{ start: intro + m[0].length, end: intro + m[0].length + 1 }] : []
}

/** A time adjunct right before a finite verb, with a subject before it: "Countries around Asia on Tuesday stepped up". */
function beforeItsVerb(r: Span, words: readonly TaggedWord[]): boolean {
  const next = words.find((w) => w.start >= r.end)
  const before = words.filter((w) => w.end <= r.start).at(-1)
  return !!next && isFiniteVerb(next) && !!before && before.tags.includes('Noun') && !words.some((w) => w.end <= r.start && isFiniteVerb(w))
}

/**
 * "a designated leader who is on a sustained, public campaign …": "a" or "an" before the head,
 * across its adjectives; the clause says which leader is meant ("an organization should have a
 * designated leader" says something else).
 */
function indefiniteHead(s: string, own: readonly TaggedWord[]): boolean {
  for (let i = own.length - 2; i >= Math.max(0, own.length - 4); i--) {
    const w = own[i]!
    if (/^an?$/i.test(s.slice(w.start, w.end))) return true
    if (!w.tags.some((t) => ['Adjective', 'Noun', 'PastTense', 'Participle', 'Gerund', 'Value'].includes(t))) return false
  }
  return false
}

/**
 * Where a relative clause closes the sentence without a comma ("he won a broad U.S. patent on
 * CRISPR-Cas9 that could give him control over …"): "that" or "who" right after a noun and
 * right before a finite verb, after a main clause of its own. Not after a head the clause
 * restricts ("the only company that …", "something that …"), nor in "There are …" or a cleft
 * "It is … that".
 */
function relativeEnds(s: string, words: readonly TaggedWord[]): number[] {
  if (/^\s*(?:there|it|this|that|these|those|what)\b/i.test(s)) return []
  const out: number[] = []
  for (const m of s.matchAll(RELATIVE_END)) {
    const at = m.index ?? 0
    const opens = Math.max(0, ...[...s.slice(0, at).matchAll(CLAUSE_START)].map((c) => (c.index ?? 0) + c[0].length))
    const own = words.filter((w) => w.start >= opens && w.end <= at)
    const head = own.at(-1)
    const verb = words.find((w) => w.start >= at + m[0].length)
    if (!head || !verb || !head.tags.includes('Noun') || head.tags.includes('Pronoun') || !isFiniteVerb(verb)) continue
    // (a noun's "that" saying what it holds is no relative clause: "has received reports [that access … is being restored]")
    if (/^\s+that/iu.test(m[0]) && CONTENT_NOUN.test(s.slice(head.start, head.end))) continue
    // a bare "an invention that …", "a survey that …": the clause is what the noun says; "an
    // email from Facebook that lists …" speaks of the email, and a clause opening a list is its point
    // (nor a bare plural after a preposition, which the clause alone says: "roughly balanced between factors [that could slow or accelerate the economy]")
    if (own.at(-2)?.tags.includes('Determiner') || indefiniteHead(s, own) || (head.tags.includes('ProperNoun') && /^\s+that/i.test(m[0])) || /:/.test(s.slice(at)) || (head.tags.includes('Plural') && own.at(-2)?.tags.includes('Preposition'))) continue
    // the noun phrase it restricts, and a verb of its own clause before it ("when radical Muslims who had …" has none)
    const verbBefore = own.slice(0, -1).filter(isFiniteVerb).at(-1)
    // (a counted noun restricts nothing: "a plane carrying 162 people that is presumed …")
    if (!verbBefore || RESTRICTED_HEAD.test(s.slice(verbBefore.end, at).replace(COUNTED, ''))) continue
    out.push(at)
  }
  return out
}
