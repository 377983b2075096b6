/**
 * Whether a sentence stands alone on a slide: one that opens pointing back to what came before
 * ("It", "This", "However", "Elle", an aside in brackets) needs the sentence before it.
 */
import { escapeRegExp } from './regex.ts'
import { hasOwnLocale, localeFor } from '../locales/index.ts'
import type { TaggedWord } from './constituents.ts'
import { tagged } from './tagger.ts'
import { lexTags } from './entities.ts'

/**
 * An opening on a case the sentence before told ("In either case, shareholders get a say", of an
 * ordinary merger or tender offer; "In such cases, …", "Otherwise, …"): the rest holds only
 * there. Without it the clause claims it always holds, so it stays (constituents.ts), and the
 * point points back (pointsBack).
 */
export const CASE_SAID_BEFORE = /^(?:(?:in|under|for)\s+(?:either|both|each|this|that|these|those|such(?:\s+an?)?|neither|the\s+(?:latter|former|first|second|other|same))\s+(?:case|cases|circumstances?|scenarios?|situations?|events?|instances?|conditions?)|otherwise|if so|if not)\s*,/iu

/** "such" before a plural noun, inside the sentence: things the text named before ("The implications of such advancements"), not "such as". */
const SUCH_BEFORE = /\ssuch\s+(?!as\b|an?\b)\p{Ll}+s\b/u

/** The matter the text spoke of before, as the subject: "The situation was further complicated" (not "The situation of Tunisia's museums …"). */
const MATTER_SAID_BEFORE = /^the\s+(?:situation|matter)\s+(?!of\b)/iu

/** A pronoun as the subject after an opening phrase, clause or adverb: "Like deterministic ECDSA, they protect …", "In 2012, it launched …", "If convicted, he could face …" (a clause without its subject: not "When Matie recruited laborers, he …"), "More importantly, it gave …". */
const PRONOUN_AFTER_OPENING = /^(?:(?:like|unlike|as with|in|on|at|for|with|after|before|during|since|by|until|despite|without|as)\s[^,;:.!?]{1,60}|(?:if|when|once|unless|while|though|although)\s+\p{Ll}+(?:ed|en|ing)\b[^,;:.!?]{0,60}|(?:(?:more|most|even|just as|equally)\s+)?\p{L}+ly),\s+(?:they|it|he|she|this|these|those)\s+(?!is\s+(?:hard|easy|clear|possible|important|worth|time|likely|unlikely)\b)\p{Ll}/iu

/**
 * One of a group said before, named in an aside ("One, Nikole King, went …"), a subject's answer to what was said ("Ailes, in turn, agreed …"),
 * or the next of points counted before ("Fourth, it allows us to focus …"; not "Second place went to …").
 */
const ONE_OF_BEFORE = /^one,\s|^[^,;:.!?]{1,40},\s+in\s+(?:turn|return),\s|^(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth),\s/iu

/** The others of a group named before: "For others still, the Anglo-American relationship was more important", "To others, …". */
const OTHERS_OF_BEFORE = /^(?:for|to|among|with)\s+(?:the\s+)?others\b/iu

export function pointsBack(text: string, lang: string): boolean {
  // (a quotation's first word too: "“That’s why they need grocery to work,” Forte said")
  const t = text.trimStart().replace(/^["“„«»‘‚›‹]\s*/u, '')
  if (/^[([{]/.test(t) || (lang === 'en' && (CASE_SAID_BEFORE.test(t) || MATTER_SAID_BEFORE.test(t) || OTHERS_OF_BEFORE.test(t) || PRONOUN_AFTER_OPENING.test(t) || ONE_OF_BEFORE.test(t)))) return true
  const { backReference: words, impersonal } = localeFor(lang).speech
  if (words.length === 0) return false
  if (!/\s/.test(t.slice(0, 40))) return words.some((w) => t.startsWith(w))
  // a connective of several words: "Sin embargo, de ellos proviene…", "In fact, …"
  // (in the language's own lower case: Turkish "I" is "ı", "İ" is "i")
  const opening = t.slice(0, 40).toLocaleLowerCase(lang).replace(/’/g, "'")
  // a pronoun that stands for nothing ("Il y a …", "Es gibt …")
  if (impersonal.some((w) => opening.startsWith(w) && !/\p{L}/u.test(opening.charAt(w.length)))) return false
  if (words.some((w) => w.includes(' ') && opening.startsWith(w) && !/\p{L}/u.test(opening.charAt(w.length)))) return true
  const first = (t.split(/[\s,;:—–]+/)[0] ?? '').toLocaleLowerCase(lang).replace(/’/g, "'").replace(/[.!?"“”«»]+$/, '')
  // a pronoun with its verb run in ("They’d won", "She's")
  return words.includes(first) || words.includes(first.split("'")[0]!)
}

/**
 * Whether a sentence opens answering the one before ("But I can tell you …", "“But …", "Mais"):
 * the sentence before is its setup, whose point it turns around.
 */
export function opensContrast(text: string, lang: string): boolean {
  const opening = text.trimStart().replace(/^["“”«»„‘‚›‹'(\s]+/u, '').slice(0, 40).toLocaleLowerCase(lang).replace(/’/g, "'")
  // (a word of a script written without spaces ends where it ends: "但是…")
  const ends = (w: string) => /\p{Script=Han}$/u.test(w) || !/[\p{L}\p{N}]/u.test(opening.charAt(w.length))
  return localeFor(lang).speech.contrast.some((w) => opening.startsWith(w) && ends(w))
}

/** Question marks: Latin, full-width (Chinese, Japanese), Arabic. */
export const QUESTION_MARK = /[?？؟]/u
const QUESTION_LAST = new RegExp(`${QUESTION_MARK.source}\\s*["”»’)]*\\s*$`, 'u')

/** A question: its mark last, before closing quotes or brackets ("Who suffers more?", "… opted out?”", "هل ستبقى …؟"). */
export function asksAQuestion(text: string): boolean {
  return QUESTION_LAST.test(text)
}

/** A sentence wholly in brackets ("(based on https://www.atlassian.com/…)"): an aside, no statement. */
export function wholeAside(text: string): boolean {
  return /^\s*(?:\([^()]*\)|\[[^[\]]*\])[.!?]?\s*$/u.test(text)
}

/**
 * Things counted or named before, standing alone: "The combination of the two has been steady",
 * "… chose the latter". Not "the two companies".
 */
export const COUNTED_BACK = /\bthe\s+(?:two|three|four|former|latter)(?=\s+(?:has|have|had|is|are|was|were|will|would|can|could|may|might|do|does|did)\b|[\s,.;:!?]*$)/iu

/**
 * What was said before, named without saying it: a comparison whose other side the text gave
 * before ("could be even more difficult", "could not differ more"; not "… more than …"), and
 * "other" ones besides those said ("There are other ways to …"). (Not "that" before a noun: its
 * noun is as often the sentence's own, "borrow without fretting about the cost of that debt".)
 */
const SAID_BEFORE = /\b(?:even|much|far|still)\s+(?:more|less|worse|better|greater|larger|smaller|higher|lower|bigger|harder|easier)\b(?![^.;]*\bthan\b)|\bnot\s+(?:differ|matter|be)\s+more\b|^there\s+(?:are|were|is|was)\s+(?:many\s+|several\s+|some\s+)?other\s/iu

/** "that" standing alone at the end, an adverb at most after it: "Whole Foods saw that early", "got to see that firsthand". */
const THAT_LAST = /\bthat(?:\s+(?:\p{L}+ly|early|again|too|now|then|before|yet|firsthand))?[.!?"”’]*\s*$/iu

/**
 * A pronoun and an auxiliary closing the sentence, their verb left out: "I'm not saying I am",
 * "… but they did" stand for what the sentence before said (not "… the way a company like Costco does").
 */
const ELLIPSIS_LAST = /\b(?:i|you|he|she|it|we|they)\s+(?:am|is|are|was|were|do|does|did|can|could|will|would|should|shall|might|must|have|has|had)(?:\s+not|n['’]t)?[.!?]*\s*$/iu

/** A connective at the end that turns around what was said before: "There will be no appraisal rights, however". */
const CONNECTIVE_LAST = /(?:,\s*(?:however|though|nevertheless|nonetheless|instead)|\s(?:however|though))[.!?]*\s*$/iu

/** Verbs of saying after "they" (the locale's are in the third person singular or the past). */
const SAY_AFTER_THEY = ['say', 'suggest', 'argue', 'claim', 'note', 'warn', 'insist', 'believe', 'think', 'contend', 'maintain', 'add', 'write', 'explain', 'predict', 'urge', 'point out', 'continued', 'continues', 'went on']

/** A pronoun as the speaker of an attribution set inside the clause or after it (or after a quotation, which the caller takes out: "“…,” he continued"). */
const PRONOUN_SAYS = new RegExp(`(?:,|^)\\s*(?:he|she|they)\\s+(?:${[...localeFor('en').speech.verbs, ...SAY_AFTER_THEY].join('|')})(?:\\s*,|[.!?]*\\s*$)`, 'iu')

/**
 * Whether a sentence credits its words to a pronoun ("Britain, they suggest, should reanimate
 * …", "…, she said", "“…,” he continued"): someone only the sentences before name. English.
 */
export function creditsAPronoun(text: string, lang: string): boolean {
  return lang === 'en' && PRONOUN_SAYS.test(outsideQuotations(text))
}

/** A span of time counted after or before a moment: "a few weeks later", "two years earlier" (lower case: the caller lowers a sentence's first letter). */
const TIME_AFTER = String.raw`(?:a\s+few|a\s+couple\s+of|several|some|many|\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\s+(?:later|earlier|afterwards?|(?:after|before)(?!\s+(?:the|a|an|his|her|its|their|this|that|\p{Lu}|\d)))`

/**
 * A time told from a moment said before: "a few weeks later", "Two years later she founded …",
 * "that night", "the next day". Not one told from now ("this year", "later this month", "last
 * week"), nor one with its moment ("two years after the crash"), nor a compound ("that
 * year-on-year growth", "that day care centres"). Case-sensitive, so that a name after "after"
 * stays a capital: the caller lowers the sentence's first letter.
 */
const RELATIVE_TIME = new RegExp(String.raw`\b(?:${TIME_AFTER}|(?:that|the\s+next|the\s+following|the\s+previous|the\s+same)\s+(?:day|night|morning|afternoon|evening|week|weekend|month|year)(?![\p{L}-]|\s+care\b))(?![\p{L}-])`, 'u')

/** Whether `text` tells a time from a moment said before (RELATIVE_TIME). */
function relativeTime(text: string): boolean {
  return RELATIVE_TIME.test(text.charAt(0).toLowerCase() + text.slice(1))
}

/** A clause less the time it closes on when that is told from a moment said before ("Doudna published her own results [a few weeks later]"). */
export function withoutLaterTime(clause: string): string {
  return clause.replace(new RegExp(String.raw`\s+${TIME_AFTER}\s*$`, 'u'), '')
}

/**
 * A release's lede less its "today" before the verb ("Meta Platforms, Inc. [today] reported
 * financial results …") or right after it ("The ASF announced [today] Apache Pinot as …"): on a
 * slide shown on another day it says the wrong day. English.
 */
export function withoutToday(clause: string): string {
  return clause
    .replace(/(?<=\p{L}[.,]?)\s+today(?=\s+(?:\p{Ll}+ed|announces|reports|releases|launches|unveils|introduces|publishes|says)\b)/u, '')
    .replace(/(?<=\b(?:announced|reported|released|launched|unveiled|introduced|published))\s+today(?=\s+(?:\p{Lu}|(?:a|an|the|its|their|that)\s))/u, '')
}

/**
 * Whether a sentence points back anywhere in it: it opens so (pointsBack), or a demonstrative
 * inside it points to something said before ("Facebook uses this contact information", "Dans
 * ces cas, …") or a number does ("the two has been steady"), it ends on "that" ("saw that early")
 * or on a connective ("…, however"),
 * it tells a time from a moment said before ("a few weeks later", "that night")
 * or quotes someone in the first person whom it does not name, unless it names the moment or the text itself ("this year", "this post") or
 * is inside a quotation.
 */
export function refersBack(text: string, lang: string): boolean {
  if (pointsBack(text, lang) || (lang === 'en' && (COUNTED_BACK.test(outsideQuotations(text)) || SUCH_BEFORE.test(outsideQuotations(text)) || THAT_LAST.test(outsideQuotations(text).trimEnd()) || SAID_BEFORE.test(outsideQuotations(text)) || ELLIPSIS_LAST.test(text.trimEnd()) || CONNECTIVE_LAST.test(text) || relativeTime(outsideQuotations(text)))) || quotesSomeoneUnnamed(text, lang)) return true
  const { demonstratives, deictic, deicticLast } = localeFor(lang).speech
  if (demonstratives.length === 0 && deicticLast.length === 0) return false
  // (inside a quotation, "this street" is the speaker's, whose place the quote carries with it)
  const words = outsideQuotations(text).toLocaleLowerCase(lang).replace(/[’']s\b/gu, '').split(/[^\p{L}\p{N}-]+/u).filter(Boolean)
  // a place or manner said before, closing the sentence ("Los paralelos terminan allí")
  if (words.length > 1 && deicticLast.includes(words.at(-1)!)) return true
  // a demonstrative last stands alone for what was said before ("… are not affected by this")
  return words.some((w, i) => i > 0 && demonstratives.includes(w) && !deictic.includes(words[i + 1] ?? '') && !(lang === 'en' && ownClauseBefore(words, i)))
}

/** Conjunctions that join a clause of its own to the one before ("…, but this is …"). */
const JOINED_CLAUSE = new Set(['but', 'and', 'so', 'yet'])
const SUBJECT_VERB = /^(?:is|was|are|were|means|meant|makes|made|has|had|will|would|can|could|may|might|should|does|did|leads|led|happens|happened|seems|seemed|comes|came|causes|caused)$/u

/**
 * Whether the demonstrative at `i` stands for the clause before it in the same sentence ("LLVM
 * expects an i128 to be passed half in a register …, but this is not allowed by the ABI"): it
 * follows "but", "and", "so" or "yet" after five words at least and is its clause's subject.
 */
function ownClauseBefore(words: readonly string[], i: number): boolean {
  return i >= 6 && JOINED_CLAUSE.has(words[i - 1]!) && SUBJECT_VERB.test(words[i + 1] ?? '')
}

/** English pronouns of the third person: each stands for a noun said before it. */
export const THIRD_PERSON: ReadonlySet<string> = new Set(['it', 'its', 'they', 'their', 'theirs', 'them', 'he', 'his', 'him', 'she', 'her', 'hers'])

/** The letters of the third person's pronouns in any case, or letters compromise may fold into them. */
const THIRD_PERSON_LETTERS = /(?<!\p{L})(?:it|they|their|them|he|his|him|she|her)|[^\x00-\x7F’‘“”–—…€£]/iu

/** Whether `text` may hold a word that compromise reads as one of THIRD_PERSON: tagging is needed only then. */
export const mayHoldThirdPerson = (text: string) => THIRD_PERSON_LETTERS.test(text)

/**
 * Whether a pronoun of the third person comes before any noun it could stand for ("We need to
 * think about what its capabilities imply"): it stands for something an earlier sentence
 * named; a time before it ("In April, he won …") does not count. English only (compromise's
 * tagger); "The cooperative reported … in its first 30 days" has one.
 */
export function pronounBeforeNoun(text: string, lang: string): boolean {
  if (lang !== 'en' || !mayHoldThirdPerson(text)) return false
  const words = (tagged(text).json() as Array<{ terms: Array<{ normal: string; tags: string[] }> }>).flatMap((s) => s.terms)
  for (const w of words) {
    if (THIRD_PERSON.has(w.normal.replace(/['’].*$/u, ''))) return true
    // a time ("In April, he won …") is no one a pronoun could stand for
    if (w.tags.includes('Noun') && !w.tags.includes('Pronoun') && !w.tags.includes('Possessive') && !w.tags.includes('Date')) return false
  }
  return false
}

/**
 * Whether an English sentence opens on a common word in lower case ("especially since it isn't his
 * only source of income …", "thus, guessing net income is …"): the rest of a sentence, a reply
 * or a post quoted in pieces, no statement of its own. A name written in lower case ("rustc",
 * "iPhone") is no common word and stays.
 */
export function opensInLowerCase(text: string): boolean {
  const first = /^[\s"“'‘(]*(\p{Ll}[\p{Ll}'’]*)(?=[\s,;:])/u.exec(text)?.[1]
  // (an adverb of manner the lexicon may not list: "especially")
  return !!first && COMMON.test(first) && (lexTags(first.replace(/['’].*$/u, '')).length > 0 || /\p{Ll}{3}ly$/u.test(first))
}

/** Words of every day (not a tool's name in lower case): letters only, two at least. */
const COMMON = /^\p{Ll}{2,}(?:['’]\p{Ll}+)?$/u

/**
 * A line written in title case ("Junk Fees Hit Consumers – and Businesses – in the Pocketbook",
 * "First Quarter 2024 Operational and Other Financial Highlights"): a heading the article set
 * in bold or on a line of its own, not a statement. Five or more words of four letters or more,
 * all capitalised but one at most ("Zhang cofounded Editas Medicine" is a sentence).
 */
export function titleCased(text: string): boolean {
  const long = text.split(/\s+/).filter((w) => /^\P{L}*\p{L}{4,}/u.test(w))
  const lower = long.filter((w) => !/^\P{L}*\p{Lu}/u.test(w))
  // (the one word in lower case a title may have is a small one, "with", "from"; a verb in lower case makes a sentence: "Cases … are surging in Europe")
  return long.length >= 5 && lower.length <= 1 && lower.every((w) => TITLE_SMALL_WORD.test(w.replace(/\P{L}+$/u, '')))
}

/** Words of four letters or more that title case may leave in lower case. */
const TITLE_SMALL_WORD = /^(?:with|from|into|onto|over|upon|than|that|versus|about|after|before|under|within|without|through|across|along|among|around|between|during|toward|towards|until|while|when|where|which|your|their|this|these|those|against|beyond|despite|except|like|near|past|since|unto|with)$/iu

/**
 * A noun phrase and a relative clause after its comma, and nothing after ("La Commission
 * nationale informatique et libertés (CNIL), qui critique fortement cette disposition"): no
 * main clause. (A clause before the comma may have one; such a sentence is rare as a
 * conclusion, and is left out too.)
 */
export function onlyRelativeClause(text: string, lang: string): boolean {
  const m = /^[^,;:]{1,150},\s+(\p{L}+)\b[^,;:]*$/u.exec(text.trim().replace(/[.!?…]+$/u, ''))
  return !!m && localeFor(lang).speech.relative.includes(m[1]!.toLocaleLowerCase())
}

const OPEN = /[“«„「『]/gu
const CLOSE = /[”»」』]/gu

/** A bracket closed that was never opened, or opened and never closed: a piece of a longer text ("<module> ':rw') any requests …"). */
export function unbalancedBrackets(text: string): boolean {
  return (text.match(/\(/g) ?? []).length !== (text.match(/\)/g) ?? []).length
}

/**
 * A sentence cut out of a longer quotation: its quotation marks do not pair up ("Things are
 * happening fast, maybe a bit too fast.”), so on a slide it reads as a fragment with a stray
 * mark. Straight quotes pair up when there is an even number of them.
 */
export function unbalancedQuotes(text: string): boolean {
  const open = text.match(OPEN)?.length ?? 0
  const close = text.match(CLOSE)?.length ?? 0
  const straight = text.match(/"/g)?.length ?? 0
  return open !== close || straight % 2 === 1
}

/** Text that leaves a quotation open: more opening marks than closing ones, or an odd number of straight quotes. */
export function leavesQuotationOpen(text: string): boolean {
  return (text.match(OPEN)?.length ?? 0) > (text.match(CLOSE)?.length ?? 0) || (text.match(/"/g)?.length ?? 0) % 2 === 1
}

/**
 * A sentence that ends on a colon to announce what follows it (a list, a code block, a table):
 * "Running with Clang 17 prints:", "ATF consists of the following components:". Without it,
 * it says nothing. Given an English sentence's tagger, one that is a whole statement before its
 * colon ("Rust had inconsistent alignment for 128-bit types:") stands alone; it announces only
 * when it ends on a verb, a preposition, a determiner or a conjunction, says "following", ends on
 * a plural that only counts what follows ("Several users gave specific examples:"), opens a
 * subordinate clause whose main clause is what follows ("As we described it in the proposal:"), or has no
 * verb of its own (a label: "Running with Clang 17 prints:").
 */
export function pointsAhead(text: string, tagsOf?: (text: string) => readonly TaggedWord[]): boolean {
  if (!/[:：]\s*$/u.test(text)) return false
  if (!tagsOf) return true
  const words = tagsOf(text)
  if (/\b(?:following|as follows|below)\b/i.test(text) || ANNOUNCED_ITEMS.test(text) || THESE_BEFORE_COLON.test(text) || (OPENS_ON_WHAT_FOLLOWS.some((re) => re.test(text)) && !/[,;—–]/u.test(text))) return true
  const last = words.at(-1)
  const finite = words.some((w) => w.tags.includes('Verb') && !w.tags.includes('Gerund'))
  return !last || !finite || last.tags.some((t) => OPEN_ENDED.includes(t))
}

const OPEN_ENDED = ['Verb', 'Preposition', 'Determiner', 'Conjunction']

/** A subordinate clause alone before the colon (a pronoun its subject, no comma: no main clause of its own), its main clause what follows: "As we described it in the original proposal:", "When you run it:". */
const SUBORDINATE_OPENING = /^\s*(?:as|when|if|whenever)\s+(?:we|i|you|they)\s/iu

/** "As one respondent explained the problem:": whose words follow, not what they said. */
const AS_SOMEONE_SAID = /^\s*as\s+(?:\S+\s+){0,6}?(?:explained|described|put\s+it|noted|wrote|said|told\s+\S+|observed|commented|summed\s+(?:it\s+)?up)\b/iu

/** "To see which packages import a specific package:": a purpose alone before the colon, the command or code that serves it what follows. */
const PURPOSE_OPENING = /^\s*(?:to|in\s+order\s+to)\s+\p{Ll}+\b/iu

/** Openings whose clause needs what follows the colon (no comma in the sentence: no main clause of its own before it). */
const OPENS_ON_WHAT_FOLLOWS = [SUBORDINATE_OPENING, AS_SOMEONE_SAID, PURPOSE_OPENING]

/** "these" and a noun right before the colon, pointing at what follows: "NVIDIA achieved progress … in these areas:". */
const THESE_BEFORE_COLON = /\bthese(?:\s+\p{L}+){1,2}\s*[:：]\s*$/iu

/** A colon after a plural that only counts what follows: "Several users gave specific examples:", "these were the top ten responses:". */
const ANNOUNCED_ITEMS = /\b(?:examples|responses|answers|reasons|ways|steps|suggestions|options|comments|quotes|replies|ideas|tips|items|things)\s*[:：]\s*$/iu

/**
 * A sentence that is nothing but a quotation (“Everyone knows there are conflicting claims.”):
 * its speaker is named in another sentence, so on its own it is a voice without a name.
 */
export function wholeQuotation(text: string): boolean {
  const t = text.trim()
  const marks = t.match(/[“”«»„「」『』"]/gu)?.length ?? 0
  return marks === 2 && /^[“«„「『"]/u.test(t) && /[”»」』"][.!?。！？]?$/u.test(t) && !unbalancedQuotes(t)
}

/** Quotations in any of the usual marks, marks included: their "I" is the speaker's. */
const QUOTED = /“[^”]*”|"[^"]*"|«[^»]*»|„[^“”]*[“”]|「[^」]*」/gu

/** The text with its quotations blanked out: what the writer says, not whom they quote. */
export function outsideQuotations(text: string): string {
  return text.replace(QUOTED, ' ')
}

/**
 * A quoted fragment in the first person in a sentence that names no one as saying it: "The
 * price … is “as low as I’ve ever seen.”" speaks with the voice of someone another sentence names.
 */
export function quotesSomeoneUnnamed(text: string, lang: string): boolean {
  const { firstPerson, verbs, according } = localeFor(lang).speech
  // (a fragment woven into the writer's sentence, from a small letter: a whole quotation from a capital is often an example, "Example: “That was so funny I literally cried.”")
  const quoted = [...text.matchAll(QUOTED)].map((m) => m[0]).filter((q) => /^\P{L}*\p{Ll}/u.test(q)).join(' ')
  // (words of a language written with spaces: a fragment of one word is still words, "“spilled”" holds no "I")
  if (!quoted || !holdsWordIn(`${quoted.replace(/["“”«»„「」]/gu, ' ')} .`, firstPerson)) return false
  return !speechVerbsOf(lang, [...verbs, ...according]).test(outsideQuotations(text).toLocaleLowerCase())
}

/** The locale's verbs of speech as one pattern, made once per language. */
const SPEECH_VERBS = new Map<string, RegExp>()

function speechVerbsOf(lang: string, verbs: readonly string[]): RegExp {
  // (one list per language: its verbs of speech and its "according to")
  let re = SPEECH_VERBS.get(lang)
  if (!re) SPEECH_VERBS.set(lang, (re = new RegExp(`(?<!\\p{L})(?:${verbs.join('|') || '(?!)'})(?!\\p{L})`, 'u')))
  return re
}

/** The writers' "we" (English), outside quotations; "US" for the country is not "us". */
const FIRST_PLURAL = /\b(?:[Ww]e|[Ww]e['’](?:re|ve|ll|d)|[Oo]ur|[Oo]urs|us|[Oo]urselves)\b/

/** Whether the text speaks as "we" outside quotations (English). */
export function inFirstPersonPlural(text: string): boolean {
  return FIRST_PLURAL.test(outsideQuotations(text))
}

/**
 * Whether the text speaks in the first person singular outside quotation marks ("I don't use
 * Facebook"): on a slide, its "I" is the author, whom the slide has to name.
 */
export function inFirstPerson(text: string, lang: string): boolean {
  return !borrowedWords(text, lang) && holdsWord(text.replace(DOTTED_SHORT_FORM, '').replace(NUMERAL_I, '').replace(MINE_THE_NOUN, '').replace(WE_VI, ''), localeFor(lang).speech.firstPerson)
}

/** A short form written with full stops, whose letters are no words: the "I" of "F.I.C.", "I.B.M.". */
const DOTTED_SHORT_FORM = /(?<!\p{L})(?:\p{Lu}\.){2,}\p{Lu}?/gu

/** Vietnamese "we": "chúng tôi", "chúng tớ", whose "tôi", "tớ" are no "I". */
const WE_VI = /(?<!\p{L})chúng\s+(?:tôi|tớ|tui)(?!\p{L})/giu

/** "mine" after a determiner or a mineral: the pit, not the pronoun ("The mine shut down …", "a gold mine"). */
const MINE_THE_NOUN = /\b(?:the|a|an|this|that|each|every|its|their|his|her|our|your|gold|silver|coal|copper|iron|salt|diamond|uranium|lithium|land|open-pit)\s+mine\b/giu

/**
 * Whether the text is in a language written in Latin letters that has no locale of its own: the
 * English pronouns its locale borrows are its words too (Czech and Polish "i" is "and", "my" is
 * "we"). In another script, a Latin "I" is English ("然后I说了").
 */
function borrowedWords(text: string, lang: string): boolean {
  return !hasOwnLocale(lang) && !/[^\p{Script=Latin}\p{Script=Common}\p{M}]/u.test(text)
}

/** A capital I that numbers what a capitalised word before it names, before punctuation: "Russia (Group I)", "after World War I," — no pronoun. */
const NUMERAL_I = /(?<=\S[\s(]+\p{Lu}\p{L}*\s+)I(?=\s*(?:[),;:.]|$))/gu

/** Whether the text addresses the reader ("Revivez le direct avec vos questions") outside quotation marks. */
export function toTheReader(text: string, lang: string): boolean {
  return !borrowedWords(text, lang) && holdsWord(text, localeFor(lang).speech.secondPerson)
}

/** Whether one of `words` (lower case; one ending in an apostrophe is a prefix) is in the text outside quotations. */
function holdsWord(text: string, words: readonly string[]): boolean {
  return holdsWordIn(outsideQuotations(text), words)
}

/** Whether one of `words` (lower case; one ending in an apostrophe is a prefix) is in the text. */
function holdsWordIn(text: string, words: readonly string[]): boolean {
  if (words.length === 0) return false
  // (an elided capital before a capital opens a name, "M’Jid El Guerrab", "D'Alembert": no "m'" of "je m'en vais")
  const own = text.replace(/(?<!\p{L})\p{Lu}['’](?=\p{Lu})/gu, '').toLocaleLowerCase().replace(/’/g, "'")
  // (text without spaces: a word of its script anywhere, a Latin one standing alone, not "i" of "Helveticaの")
  if (!/\s/.test(own.trim()) || /[\u3400-\u9fff]/u.test(own)) return words.some((w) => (/\p{Script=Latin}/u.test(w) ? latinWordIn(own, w) : own.includes(w)))
  // (a word with digits is a name, not a pronoun: "I128" is no "I", nor is a highway's "I-30")
  return own.split(/[^\p{L}\p{N}'-]+/u).some((w) => words.includes(w) || words.some((p) => p.endsWith("'") && w.startsWith(p)))
}

/** Whether the Latin word (or prefix, ending in an apostrophe) stands in the text with no Latin letter right before it, nor after it unless a prefix. */
function latinWordIn(text: string, word: string): boolean {
  const prefix = word.endsWith("'")
  return new RegExp(`(?<![\\p{Script=Latin}\\p{N}])${escapeRegExp(word)}${prefix ? '' : '(?![\\p{Script=Latin}\\p{N}])'}`, 'u').test(text)
}

/**
 * A sentence that announces what the next ones say (English): a count of things it does not name
 * ("The survey is useful in two ways", "we hit two complications", "a combination of two
 * methods"), or a question the writers asked or looked into ("We also asked users what would lead
 * them to use Rust more often", "We examined what titles users working with Rust full time tend to have"). Alone on a slide it says nothing; with the sentence after it, it is a setup.
 */
export function announcesWhatFollows(text: string, lang: string): boolean {
  if (lang !== 'en') return false
  const t = text.trim().replace(/[.:;!]+$/, '')
  // (not one that goes on to say what was found: "We looked at 200 crash reports and found that …")
  return ANNOUNCED_COUNT.test(t) || (ASKED.test(t) && !GOES_ON.test(t))
}

/** "… in two ways", "… two complications", "… a combination of two methods (in ATF)": the count closes the sentence, or a short place after it (not "only one of several factors"). */
const ANNOUNCED_COUNT = /(?<!\bone of\s)(?<!\bamong\s)\b(?:two|three|four|five|six|several|a few|a couple of|a number of)\s+(?:\p{L}+\s+)?(?:ways|reasons|things|problems|complications|methods|steps|questions|issues|lessons|goals|parts|options|changes|categories|approaches|factors|challenges|areas|points|phases|stages|components|requirements|guarantees|features|examples)(?:\s+(?:in|at|for|of|on)\s+(?:\S+\s+)?\S+)?$/iu
/** A sentence that says its own finding after what it looked into: a colon, a clause joined by "and", a verb of finding. */
const GOES_ON = /[:;]|,\s+and\b|\b(?:found|discovered|showed|shows|learned|revealed|turned out)\b/iu
/** "We asked …", "We also asked users what …", "For some larger context, we examined what titles users … tend to have": the answer is the next sentence. */
const ASKED = /^(?:[^,;:]{1,60},\s+)?(?:we|i)\s+(?:also\s+|then\s+|next\s+|first\s+)?(?:asked|examined|looked\s+(?:at|into)|investigated|analy[sz]ed|studied|explored|wanted\s+to\s+(?:know|see|find\s+out|understand|learn))\s+(?:\p{L}+\s+){0,3}(?:what|how|why|which|whether|if|who|about(?!\s+\p{N}))\b/iu
