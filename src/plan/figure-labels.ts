/**
 * What a figure measures, in the words of its own clause: "Training cost", "Operating cash flow,
 * 2024", "People killed", "Full-year 2024 capital expenditures". Never a generic word ("Amount",
 * "Share"), a unit ("Hours"), a circumstance ("Some cases") or a code identifier ("printf").
 */
import { capitalFirstLetter } from '../analyze/capital.ts'
import nlp from '../analyze/nlp.ts'
import { escapeRegExp } from '../analyze/regex.ts'
import { figureLabel, GENERIC, leadLabel, periodOf } from '../analyze/series.ts'
import { localeFor } from '../locales/index.ts'
import type { Analysis, Figure, Sentence } from '../types.ts'

/** What a figure measures, from its own clause ("Training cost", "Operating cash flow, 2024"); never a generic word. */
export function figureMeasure(a: Analysis, f: Figure): string | undefined {
  const s = a.sentences[f.sentence]!
  const text = a.article.text
  const words = localeFor(a.lang).figures
  const subject = f.kind === 'money' && f.subject && !GENERIC.test(f.subject) ? f.subject : undefined
  // the counted noun is found by English grammar ("12 engineers"): other languages do not name it that way
  const noun = f.kind === 'count' && f.noun && a.lang === 'en' && !isUnit(f.noun, words.units) ? f.noun : undefined
  const english = a.lang === 'en'
  // "killing at least 19 people": the people killed, not people
  const done = english && noun ? (participleLabel(text, s, f, noun) ?? relativeLabel(text, s, f, noun) ?? passiveLabel(text, s, f, noun)) : undefined
  // the noun phrases around the number are read by an English tagger: other languages keep only a list item's label
  const read = english ? (percentOf(text, s, f) ?? figureLabel(text, s, f, s.start)) : leadLabel(text, s, f)
  const cost = f.kind === 'money' && isCost(text.slice(s.start, f.span.start), words.costVerbs) ? words.cost : undefined
  // "cost consumers more than $24 billion": what it costs them
  const costTo = english && cost ? costObject(text, s, f) : english && f.kind === 'money' ? savingsObject(text, s, f) : undefined
  const owned = english ? (possessed(text, s, f) ?? named(text, s, f)) : undefined
  // "a word (64 bits)": a measure in brackets restates the words before it; it is no result of theirs
  const measured = f.kind === 'count' && !!f.noun && isUnit(f.noun, words.units)
  const label = [subject, done, noun, owned, costTo, rangeOf(a, f), measured ? undefined : bracketed(text, s, f), read, cost].find((l) => l !== undefined && isLabel(l) && !isUnit(l, words.units))
  if (!label) return undefined
  const rate = english ? rateOf(text, s, f) : undefined
  const rated = rate && !label.toLowerCase().includes(rate) ? `${label} ${rate}` : label
  const period = periodOf(text, s, f, s.start)
  return capitalise(period && !rated.toLowerCase().includes(period.toLowerCase()) ? `${rated}, ${period}` : rated)
}

/**
 * The time a count or an amount is per, right after its noun ("10,000 async tasks per second",
 * "$5 a pound"): without it "10K async tasks" reads as a total.
 */
function rateOf(text: string, s: Sentence, f: Figure): string | undefined {
  const after = text.slice(f.span.end, Math.min(s.end, f.span.end + 60))
  // (the noun's words at most before it; not a moment, "a year ago", "a second time", "a week before")
  const m = /^\s+(?:[\p{Ll}-]+\s+){0,2}?(per\s+(?:second|minute|hour|day|week|month|year|quarter|person|capita)|an?\s+(?:second|minute|hour|day|week|month|year|pound|kilo|gallon|litre|liter))\b(?!\s+(?:ago|earlier|later|before|after|time|times|or\s+so|from\s+now|old)\b)/u.exec(after)
  return m?.[1]?.toLowerCase().replace(/^an?\s+/u, 'per ')
}

/** What an amount "in the range of" or "between" measures: the noun phrase its clause says it of ("Full-year 2024 capital expenditures"). */
export function rangeOf(a: Analysis, f: Figure): string | undefined {
  if (a.lang !== 'en') return undefined
  const s = a.sentences[f.sentence]!
  const before = a.article.text.slice(Math.max(s.start, f.span.start - 200), f.span.start)
  const m = /([^,;:()]*?)\s+(?:will|would|to|should|could|may)?\s*(?:be|is|are|was|were|remain)\s+(?:(?:expected|forecast|projected|estimated)\s+to\s+be\s+)?(?:in\s+the\s+range\s+of|within\s+the\s+range\s+of|between)\s*$/i.exec(before)
  if (!m?.[1]) return undefined
  const np = (nlp(m[1]).nouns().out('array') as string[]).at(-1)?.replace(/^(?:our|its|their|the|his|her|a|an)\s+/i, '')
  return np && !GENERIC.test(np) && /\p{L}{3}/u.test(np) ? capitalise(np) : undefined
}

/**
 * A figure opening a bracket says how the words before the bracket came out, in any language:
 * "adopté à une large majorité (438 contre 86 …)" → "Adopté à une large majorité"; unless
 * the bracket says what it measures ("(90% of disk capacity)").
 */
function bracketed(text: string, s: Sentence, f: Figure): string | undefined {
  // (not one the bracket says the measure of itself: "roughly 51TB (90% of disk capacity)")
  if (/^\s+of\s/u.test(text.slice(f.span.end, f.span.end + 5))) return undefined
  const before = text.slice(Math.max(s.start, f.span.start - 120), f.span.start)
  const m = /(?:^|[,;:—–]\s*)([^,;:()—–]+?)\s*\(\s*$/u.exec(before)
  const phrase = m?.[1]?.trim()
  const n = phrase ? phrase.split(/\s+/).length : 0
  return phrase && n >= 2 && n <= 7 && !quantityOnly(phrase) ? phrase : undefined
}

/** Words that only say how many: "nearly three-quarters", "about half", "one in five", "the majority". */
const QUANTITY_WORD = /^(?:nearly|almost|about|around|roughly|approximately|more|less|fewer|than|over|under|just|some|a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|half|halves|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths|majority|minority|in|out|of|every|all|most|few)$/iu

/**
 * Whether a phrase only says how many ("Nearly three-quarters (74%) of respondents …"): the
 * figure in brackets restates it, and what it counts comes after the bracket.
 */
function quantityOnly(phrase: string): boolean {
  return phrase.split(/[\s-]+/u).every((w) => QUANTITY_WORD.test(w))
}

/** "killing at least 19 people" → "people killed": the counted noun and the verb that counts them, in its past participle. */
function participleLabel(text: string, s: Sentence, f: Figure, noun: string): string | undefined {
  const before = text.slice(Math.max(s.start, f.span.start - 40), f.span.start)
  const m = /(?:^|\s)(\p{Ll}+(?:ing|ed))\s+(?:(?:at least|more than|over|about|nearly|almost|some|up to|around)\s+)?$/u.exec(before)
  if (!m?.[1]) return undefined
  // (not what a plan would do: "Li’s team wants to boost the telescope’s performance by adding 36 dishes" added none yet)
  const clause = text.slice(s.start, f.span.start).split(/[,;:]/u).at(-1) ?? ''
  if (PLANNED.test(clause)) return undefined
  const verb = nlp(m[1]).verbs()
  if (!verb.found) return undefined
  const forms = verb.conjugate()[0] as { PastTense?: string; Participle?: string } | undefined
  const done = forms?.Participle ?? forms?.PastTense
  return done && /^\p{Ll}+$/u.test(done) ? `${noun} ${done}` : undefined
}

/** Words of a plan, a wish or what may be, before a verb: what it says is not done. */
const PLANNED = /\b(?:will|would|could|might|may|shall|wants?|wanted|plans?|planned|aims?|aimed|hopes?|hoped|intends?|intended|seeks?|sought|proposes?|proposed)\s+(?:to\s+)?\p{Ll}/iu

/** "another 30 people had been injured" → "people injured": what was done to the things counted, said after them in the passive (not "were expected to …"). */
function passiveLabel(text: string, s: Sentence, f: Figure, noun: string): string | undefined {
  const after = text.slice(f.span.end, Math.min(s.end, f.span.end + 80))
  const m = new RegExp(String.raw`^\s+(?:[\p{Ll}-]+\s+)?${escapeRegExp(noun)}\s+(?:had|have|has|were|was|are|is|will|would)\s+(?:(?:been|be|reportedly|already|also|since)\s+){0,2}(\p{Ll}+(?:ed|en))\b(?!\s+to\s)`, 'iu').exec(after)
  return m?.[1] ? `${noun} ${m[1]}` : undefined
}

/** "Yahoo’s $4.8 billion sale to Verizon" → "Yahoo’s sale to Verizon": the owner and the thing the amount qualifies. */
function possessed(text: string, s: Sentence, f: Figure): string | undefined {
  const owner = /(\p{Lu}[\p{L}\p{N}.&-]*(?:\s\p{Lu}[\p{L}\p{N}.&-]*){0,2}[’']s)\s+$/u.exec(text.slice(Math.max(s.start, f.span.start - 40), f.span.start))
  const word = String.raw`(?!(?:to|of|for|with|by|in|on|at|and|or|but)\b)\p{Ll}[\p{Ll}-]*`
  const thing = new RegExp(String.raw`^\s+((?:${word}\s+){0,2}${word}(?:\s+(?:to|of|for|with|by)\s+\p{Lu}[\p{L}\p{N}-]*)?)`, 'u').exec(text.slice(f.span.end, Math.min(s.end, f.span.end + 60)))
  if (!owner?.[1] || !thing?.[1]) return undefined
  // the words after the amount end at a verb ("… sale is", "… deal was signed")
  const words = thing[1].split(/\s+/)
  const verb = words.findIndex((w) => /^(?:is|are|was|were|will|would|has|have|had|can|could|may|might|should|must|that|which|who)$/.test(w))
  const kept = (verb < 0 ? words : words.slice(0, verb)).join(' ')
  return kept && nlp(kept).has('#Noun') ? `${owner[1]} ${kept}` : undefined
}

/** "to receive the $3 million Breakthrough Prize" → "Breakthrough Prize": the named thing the amount qualifies. */
function named(text: string, s: Sentence, f: Figure): string | undefined {
  if (!/\b(?:the|a|an)\s+$/i.test(text.slice(Math.max(s.start, f.span.start - 6), f.span.start))) return undefined
  const name = /^[\s-]+((?:\p{Lu}[\p{L}\p{N}’'-]*)(?:\s\p{Lu}[\p{L}\p{N}’'-]*){0,3})(?=[\s,.;:)]|$)/u.exec(text.slice(f.span.end, Math.min(s.end, f.span.end + 60)))
  return name?.[1] && name[1].length >= 3 ? name[1] : undefined
}

/** "These actions will save consumers more than $1 billion": "savings for consumers". */
function savingsObject(text: string, s: Sentence, f: Figure): string | undefined {
  const who = objectBefore(text, s, f, 'save|saves|saved|saving')
  return who ? `savings for ${who}` : undefined
}

/** "These fees cost consumers more than $24 billion": "cost to consumers". */
function costObject(text: string, s: Sentence, f: Figure): string | undefined {
  const who = objectBefore(text, s, f, 'cost|costs|costing')
  return who ? `cost to ${who}` : undefined
}

/** Words that round or bound an amount between a verb's object and the amount ("up to", "as much as"). */
const AMOUNT_QUALIFIER = String.raw`more than|over|about|nearly|almost|around|roughly|some|up to|as much as|at least|an estimated|an average of|on average`

/**
 * The object of a verb right before the amount ("save consumers more than $1 billion":
 * "consumers"), without its article; none when the words there are no object ("save up to
 * $300", "cost them $5").
 */
function objectBefore(text: string, s: Sentence, f: Figure, verbs: string): string | undefined {
  const before = text.slice(Math.max(s.start, f.span.start - 60), f.span.start)
  const m = new RegExp(String.raw`\b(?:${verbs})\s+((?:\p{L}+\s+){0,2}?\p{L}+)\s+(?:(?:${AMOUNT_QUALIFIER})\s+)?$`, 'iu').exec(before)
  const object = m?.[1]
  if (!object || /^(?:the|a|an|about|over|under|them|it|us|him|her|only|just|up|as|some|roughly|an average|on average)$/i.test(object) || new RegExp(String.raw`^(?:${AMOUNT_QUALIFIER})$|\b(?:up to|as much|an average|on average)$`, 'i').test(object)) return undefined
  return object.replace(/^(?:the|our|their|its)\s+/i, '')
}

/**
 * "99% of the traffic to the server": the share of what; "99% of all requests to crates.io are
 * for crate downloads": the share of them that are; "82.8% of responders said they use Rust":
 * the responders who use Rust.
 */
function percentOf(text: string, s: Sentence, f: Figure): string | undefined {
  if (f.kind !== 'percent') return undefined
  // "82.8% of responders indicated they used Rust": the responders who used Rust
  // (the responders' relative clause between is left out: "74% of respondents [whose organizations use AI] said they wanted to consolidate their toolchain")
  // (after the bracket that holds it: "Nearly three-quarters (74%) of respondents …")
  const after = text.slice(f.span.end, s.end).replace(/^\)/u, '')
  const told = /^\s+of\s+(?:the\s+|all\s+)?(\p{Ll}+)(?:\s+(?:whose|who|that)\s[^,;:.]{1,100}?)?\s+(?:indicated|said|reported|answered|replied|told us)\s+(?:that\s+)?they\s+((?:[\p{L}’'-]+\s){0,4}[\p{L}’'-]+)(?=[,;:.]|$)/u.exec(after)
  if (told?.[1] && told[2]) return `${told[1]} who ${told[2]}`
  const m = /^\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?((?:[\p{L}\p{N}’'-]+(?:\.[\p{L}\p{N}]+)*\s?){1,5}?)(?=[,;:()]|\.(?!\p{L})|\s(?:said|was|were|is|are|and|or|to|who|which|that|in|on|at|for|from|by)\b|$)/u.exec(after)
  if (!m?.[1]) return undefined
  // "99% of all requests to crates.io are for crate downloads": the share of them that are
  const whole = /^\s+of\s+(?:the\s+|all\s+)?((?:[\p{L}\p{N}’'-]+(?:\.[\p{L}\p{N}]+)*\s){1,5}?)(are|were)\s+((?:for\s+)?(?:[\p{L}’'-]+\s){0,3}[\p{L}’'-]+)(?=\s*[,;:]|\.(?!\p{L})|$)/u.exec(after)
  if (whole) return `${whole[1]!.trim()} ${whole[2]} ${whole[3]}`
  return beforeVerb(m[1].trim())
}

/** The words of a phrase before its first verb ("responders indicated they used Rust" → "responders"), or its first pronoun, a relative clause's subject ("total [they can get]"). */
function beforeVerb(phrase: string): string | undefined {
  const terms = (nlp(phrase).json() as { terms: { text: string; tags: string[] }[] }[]).flatMap((t) => t.terms)
  const verb = terms.findIndex((t, i) => i > 0 && (t.tags.includes('Verb') || t.tags.includes('Copula') || /^(?:they|we|you|he|she|it|i)$/iu.test(t.text)))
  const kept = (verb < 0 ? terms : terms.slice(0, verb)).map((t) => t.text).join(' ')
  return kept || undefined
}

/** "the 1,400 people who live on the island": the counted noun with the relative clause that says which. */
function relativeLabel(text: string, s: Sentence, f: Figure, noun: string): string | undefined {
  const m = /^\s+([\p{Ll}-]+(?:\s[\p{Ll}-]+)?)\s+(who|that)\s+((?:[\p{L}’'-]+\s){1,5}?[\p{L}’'-]+)(?=[,;:.]|$|\s(?:have|has|had|are|were|is|was|will|would)\b)/u.exec(text.slice(f.span.end, Math.min(s.end, f.span.end + 80)))
  return m && m[1] === noun ? `${noun} ${m[2]} ${m[3]}` : undefined
}

/** Words that open a circumstance, not a measure: "in some cases", "most times". */
const QUANTIFIER = /^(?:some|many|most|several|few|other|certain|such)\s/i

/**
 * A label names what was measured: not a dangling possessive ("Amazon's"), a cut word ("Regex-")
 * a row of a table that starts with its number ("956 Arkansas"), a command line or a stray
 * letter, a circumstance ("Some cases"), a code identifier ("chrome_profiler", "printf()"), a
 * pronoun ("You"), an age ("Year-old finishes"), words left open ("Kids who") or a word that only
 * says it is a quantity (series.ts GENERIC: "Total" of "10 per cent of the total they can get").
 */
export function isLabel(label: string): boolean {
  const l = label.trim()
  const code = /[_`{}<>=#$\\]|::|\(\)/u.test(l)
  // (nor one ending on a word that describes what is counted, the count's noun after it: "Samsung's unit-selling" of "Samsung's 10 million unit-selling Galaxy S", "Record-breaking")
  const describing = /(?:^|\s)\p{L}+-\p{L}+(?:ing|ed)$/u.test(l)
  return (l.match(/\p{L}/gu)?.length ?? 0) >= 3 && !describing && !GENERIC.test(l) && /^[\p{L}\p{N}][\p{L}\p{N}\p{M}\s,'’&.()/-]*$/u.test(l) && !/^\d/.test(l) && !/['’]s?$|[-–—]$/u.test(l) && !code && !QUANTIFIER.test(l) && !PERSONAL.test(l) && !OPEN_END.test(l) && !CLAUSE.test(l) && !OTHER_RELATIVE.test(l) && !/\s(?!(?:19|20)\d\d$)\d[\d.,]*$/u.test(l)
}

/**
 * A clause, not a label: "It will run you 10 keys" (of "10 keys ($10)"), a relative clause ("which by 2007 was spending" of "…, which by 2007 was spending about sixty million dollars a year"; "Che operano nei settori della comunicazione"). Nor a label that ends on
 * a number but a year ("Third quarter of 2014"), a piece of another figure ("Total 49" of "the
 * total 49.7 million square kilometer forest").
 */
const CLAUSE = /^(?:you|we|they|he|she|it|i|there|this|that|which|who|whom|whose)\s+\p{Ll}/iu
/** A relative pronoun of another language before a word in lower case (a German article before a noun is none: "Die Welt"). */
const OTHER_RELATIVE = /^(?:[Cc]he|[Cc]ui|[Qq]ui|[Qq]ue|[Dd]ont|[Qq]uien(?:es)?|[Cc]uy[oa]|[Dd]ie|[Dd]er|[Dd]as|[Ww]elche[rs]?|[Kk]tór[aey]|[Kk]tórzy)\s+\p{Ll}/u

/** A label cut before what it needed: "Kids who", "Share of", "Discount to their". */
const OPEN_END = /\s(?:who|whom|whose|which|that|and|or|of|to|in|for|with|by|from|at|on|the|a|an|their|its|his|her|our|my|your)$/iu

/** A person the sentence speaks to or of ("You" of "you want 100% optimal code size", "He’ll"), or an age or a span ("93 year-old finishes", "the 26 year-history of the SAG awards"): nothing measured. */
const PERSONAL = /^(?:you|we|they|he|she|it|i|me|us|them|him|her)(?:['’](?:ll|d|re|ve|s|m))?$|^(?:year|years|month|months|week|weeks|day|days)[- ]old\b|^(?:year|month|week|day|hour|decade|century)s?-\p{L}/iu

/** A unit of measure or time ("kilometres", "ans"): what was counted, not what it measures. */
function isUnit(noun: string, units: readonly string[]): boolean {
  const n = noun.trim().toLocaleLowerCase()
  return units.some((u) => u.toLocaleLowerCase() === n)
}

/** The words before an amount, in its sentence, say it is what something cost. */
function isCost(before: string, verbs: readonly string[]): boolean {
  return speaksOfCost(before.split(/[;:]/).at(-1) ?? before, verbs)
}

/** Whether the text holds one of the locale's verbs of costing ("cost", "spent"), as a word. */
export function speaksOfCost(text: string, verbs: readonly string[]): boolean {
  return verbs.some((v) => new RegExp(`(?:^|[^\\p{L}])${v}(?:$|[^\\p{L}])`, 'iu').test(text))
}

export function capitalise(s: string): string {
  return capitalFirstLetter(s)
}
