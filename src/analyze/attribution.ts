/**
 * Who said it: speech-verb patterns around a quotation ("…," said X / X said: "…" /
 * according to X / she added) and attributed paraphrases without quotation marks
 * ("As X of Y noted, …", "X argued that …", "Figures like X and Y highlighted that …").
 * Every function works on one sentence (or a slice of one) and returns offsets into it.
 */
import { LOCALES } from '../locales/index.ts'
import { HONORIFIC, lexTags } from './entities.ts'
import { isPronoun } from './pronouns.ts'
import { tagged } from './tagger.ts'

/** Verbs of saying of every locale, as one regular-expression alternation. */
export const SPEECH_VERB = LOCALES.flatMap((l) => l.speech.verbs).join('|')

/** A verb of saying as a word of its own, anywhere in a text ("said", not "unsaid"). */
export const SPEECH_VERB_WORD = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${SPEECH_VERB})(?![\p{L}\p{N}])`, 'iu')
/** "according to" of every locale; at the start of a sentence its first letter may be upper case. */
const ACCORDING = LOCALES.flatMap((l) => l.speech.according)
const ACCORDING_ANY_CASE = ACCORDING.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')
/** Verbs that need "that" (or a colon) before a paraphrased statement: "X wrote a book" is no paraphrase. */
const NEEDS_THAT = /^(?:said|says|told|tells|wrote|writes|added|adds|believed|recalled|replied|admitted|acknowledged)$/

const CAP = String.raw`\p{Lu}[\p{L}\p{M}’'\-]*(?:\.(?=\s))?`
const NAME = String.raw`(?:(?:Mr|Mrs|Ms|Dr|Prof|Professor)\.?\s)?${CAP}(?:\s(?:de|des|du|del|della|di|dos|das|van|von|der|den|ter|ten|da|al|bin|le|la)(?=\s))?(?:\s${CAP}){0,4}`
const ORG = String.raw`(?:the\s)?\p{Lu}[\p{L}\p{N}&’'.\-]*(?:\s(?:of\s)?\p{Lu}[\p{L}\p{N}&’'.\-]*){0,4}`
/** A company's legal suffix after its comma, inside an appositive: "Dräger, Inc." */
const COMPANY_SUFFIX = String.raw`,\s(?:Inc|Corp|Co|Ltd|LLC|LLP|plc|AG|SE|GmbH|S\.A|N\.V)\.?`
/** A speaker: name, then an appositive (", the CEO of Y,", ", Senior Vice President of Sales for Dräger, Inc.,") or "of/from/at Y". */
/** A comma inside an appositive: before a place's country or state and its comma ("in Munich, Germany, and"), or before "and" and a second description ("…, and co-author of the study"). */
const APPOSITIVE_COMMA = String.raw`,(?=\s\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?,|\sand\s\p{Ll})`
const SUBJ = String.raw`(${NAME})(?:,\s((?:[^,;:"“”«»„]|${APPOSITIVE_COMMA}){2,160}?(?:${COMPANY_SUFFIX})?)(?:,|(?=\.?\s*$))|\s(?:of|from|at)\s(${ORG}))?`
const PRONOUN = String.raw`(?:he|she|they|He|She|They)`

export interface Speaker {
  /** The name as written, and its offset in the string given. */
  name: string
  at: number
  /** "he"/"she"/"they": to be resolved by the caller. */
  pronoun?: boolean
  role?: string
  affiliation?: string
}

const ROLE_HEAD = /\b(?:CEO|CTO|CFO|COO|founder|co-founder|president|chair(?:man|woman)?|director|head|spokes(?:person|man|woman)|analyst|economist|professor|researcher|scientist|minister|secretary|senator|officer|official|manager|partner|editor|reporter|strategist|advis[eo]r|investor|engineer|author|executive|chief|lead|leader|member|fellow)\b/i
/** ROLE_HEAD's words, without its word boundaries: a part of a larger pattern. */
const ROLE_WORDS = ROLE_HEAD.source.replace(/^\\b\(\?:|\)\\b$/gu, '')

/**
 * A role: one of ROLE_HEAD, or up to three lower-case words ending in a noun of a trade
 * ("oceanographer", "historian", "consultant").
 */
export function isRole(words: string): boolean {
  return ROLE_HEAD.test(words) || /^(?:[\p{Ll}-]+\s){0,2}[\p{Ll}-]{4,}(?:er|or|ist|ian|ant|ent)$/u.test(words)
}

/** Role and affiliation from an appositive: "the CEO of Y", "chief economist at Y", "Y's CFO", "Y CEO". */
export function parseAppositive(appos: string): { role?: string; affiliation?: string } {
  const a = appos.trim()
  // "who follows Amazon as a managing director at the D.A. Davidson brokerage"
  const as = /^who\s[^,]*?\bas\s(?:a|an|the)\s(.+?)\s(?:of|at|for|with)\s(?:the\s)?(\p{Lu}.*)$/u.exec(a)
  if (as && isRole(as[1]!)) return { role: as[1]!, affiliation: as[2]! }
  // (a role of its own "of" before the organisation "at" or "for" it: "Senior Vice President of Sales for Dräger, Inc.", "Vice President of Engineering at LinkedIn")
  const at = /^(?:(?:now|also|then|formerly|currently|still)\s)?(?:the\s|a\s|an\s|its\s|their\s)?(.+\sof\s.+)\s(?:at|for|with)\s((?:the\s)?\p{Lu}.*)$/u.exec(a)
  if (at && isRole(at[1]!) && !/\b(?:who|whose|which|that|where)\b/u.test(at[1]!)) return { role: presentRole(at[1]!), affiliation: withoutRelative(at[2]!.replace(/^the\s/, '')) }
  // (a time before the role is not the role: "now a professor at …")
  // (an organisation's name may open in lower case when a digit or a capital follows: "CEO and founder of my6sense")
  let m = /^(?:(?:now|also|then|formerly|currently|still)\s)?(?:the\s|a\s|an\s|its\s|their\s)?(.+?)\s(?:of|at|for|with|in)\s((?:the\s)?(?:\p{Lu}|\p{Ll}+[\p{N}\p{Lu}]).*)$/u.exec(a)
  if (m && isRole(m[1]!)) return { role: presentRole(m[1]!), affiliation: withoutRelative(m[2]!.replace(/^the\s/, '')) }
  m = /^(?:the\s)?(\p{Lu}[\p{L}\p{N}&.\-]*(?:\s\p{Lu}[\p{L}\p{N}&.\-]*)*)(?:['’]s)?\s(.+)$/u.exec(a)
  if (m && ROLE_HEAD.test(m[2]!) && !/\p{Lu}/u.test(m[2]!.replace(/\b(?:CEO|CTO|CFO|COO)\b/g, ''))) return { role: m[2]!, affiliation: m[1]! }
  if (ROLE_HEAD.test(a) && a.split(/\s+/).length <= 6) return { role: a.replace(/^(?:the|a|an)\s/, '') }
  return {}
}

/** The role someone holds now: "former pharmaceutical industry executive who is now CEO" → "CEO". */
function presentRole(role: string): string {
  return role.replace(/^.*\bwho\s+is\s+now\s+(?:(?:a|an|the)\s+)?/u, '')
}

/**
 * An affiliation less the relative clause after it ("Purdue University [whose research includes
 * …]") or a second description of the person ("Harvard University [and an expert in computing]",
 * "the University of Florida [and co-author of the study]"), and the town it is in.
 */
function withoutRelative(affiliation: string): string {
  return affiliation
    .replace(/\s+(?:whose|who|which|that|where)\s.*$/u, '')
    .replace(/,?\s+and\s+(?:(?:a|an|the)\s+)?\p{Ll}.*$/u, '')
    // (and the town and country it is in, after its name: "Max Planck Institute for Astrophysics [in Munich, Germany]")
    .replace(/(?<=\p{Lu}[\p{L}.]*\s.*)\s+in\s+\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*)?(?:,\s+\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*)?)?,?$/u, '')
}

/** A name is a plausible speaker unless it is a common word ("Reports", "Officials", "The"). */
export function plausibleName(name: string, atSentenceStart: boolean): boolean {
  const words = name.split(/\s+/).filter((w) => !HONORIFIC.test(w))
  const first = words[0]
  if (!first) return false
  if (/^(?:The|A|An|This|That|These|Those|It|Its|In|On|At|As|But|And|Or|If|When|While|Some|Many|Most|All|Both|Other|Others|Such|Critics|Experts|Analysts|Officials|Reports|Sources|Observers|Studies|Researchers|Executives|Figures|People|Investors|Leaders|Companies|Firms)$/.test(first)) return false
  // (not across a sentence's end: "… in the Netherlands. He says" names no "Netherlands. He")
  if (words.slice(0, -1).some((w) => /\p{Ll}{3,}\.$/u.test(w)) || /^(?:He|She|It|They|We|I|You)$/u.test(words.at(-1)!)) return false
  // (a pronoun of any language the text may be in: "Er sagt von sich selbst, dass …")
  if (words.length === 1 && isPronoun(first)) return false
  if (words.length === 1 && atSentenceStart) {
    const tags = lexTags(first)
    if (tags.length > 0 && !tags.some((t) => /Name|Organization|Place|Country|City|ProperNoun/.test(t))) return false
  }
  return true
}

/** Capitalised words up to a word of a role, before two capitalised words: the title written before a name ("SciSpacE Team Leader "). */
const TITLE_BEFORE_NAME = new RegExp(String.raw`^(?:\p{Lu}[\p{L}\p{M}’'\-]*\s+){0,3}?(?:${ROLE_WORDS})\s+(?=\p{Lu}[\p{L}’'\-]*\s+\p{Lu})`, 'iu')

/** An office quotes.ts reads before a name with the organisation before it ("T-Mobile CEO"). */
const OFFICE_LAST = /\b(?:CEO|CFO|CTO|COO|Chairman|Chairwoman|Chair|President|Director|Senator|Governor|Mayor|Minister|Secretary)\s*$/u

function speakerFrom(m: RegExpExecArray, nameGroup: number, offset: number): Speaker {
  const written = m[nameGroup]!
  const at0 = offset + m.index + m[0].indexOf(written)
  // (a title in capitals before the name is its role: "SciSpacE Team Leader Jennifer Ngo-Anh")
  // (an office quotes.ts reads with its organisation, "T-Mobile CEO John Legere", is left to it)
  const titled = [TITLE_BEFORE_NAME.exec(written)].find((t) => t && !OFFICE_LAST.test(t[0]))
  const name = titled ? written.slice(titled[0].length) : written
  const at = at0 + (titled?.[0].length ?? 0)
  const s: Speaker = { name, at, ...(titled ? { role: titled[0].trim() } : {}) }
  const appos = m[nameGroup + 1]
  const org = m[nameGroup + 2]
  if (appos) Object.assign(s, parseAppositive(appos))
  if (org) s.affiliation = org.replace(/^the\s/, '')
  if (!s.role && !titled) Object.assign(s, officeBefore(m.input.slice(0, at0 - offset)))
  return (org && !titled && officeOfOrg(s.name, org, offset + m.index + m[0].lastIndexOf(org))) || s
}

/** An organisation and its office in lower case right before a name: "Wikileaks editor-in-chief [Kristinn Hrafnsson]", "White House press secretary [Josh Earnest]". */
const OFFICE_BEFORE = new RegExp(String.raw`(?:^|[\s(])((?:\p{Lu}[\p{L}\p{N}&.’'-]*\s){1,3})((?:\p{Ll}[\p{L}-]*\s){0,2}(?:${ROLE_WORDS})(?:-in-chief)?)\s$`, 'u')

/** The role and affiliation OFFICE_BEFORE reads right before a name (`before` ends where the name starts), if any. */
function officeBefore(before: string): Pick<Speaker, 'role' | 'affiliation'> {
  const o = OFFICE_BEFORE.exec(before)
  // (a member's body is their office, "Council member", no organisation they speak for)
  if (o && /^member$/iu.test(o[2]!)) return { role: `${o[1]!}${o[2]!}` }
  return o ? { role: o[2]!, affiliation: o[1]!.trim() } : {}
}

/** An office a press release writes before the name with its department: "Secretary of Transportation Sean P. Duffy". */
const OFFICE_OF = /^(?:(?:Deputy|Under|Assistant|Acting)\s)?(?:Secretary|Administrator|Commissioner|Minister|Director|Governor|Ambassador|Mayor|President|Chair(?:man|woman)?|Attorney General|Surgeon General)$/u

/**
 * The speaker of "said Secretary of Transportation Sean P. Duffy", which the name pattern reads as
 * "Secretary" of "Transportation Sean P. Duffy": the person is the name that closes the
 * organisation, from a known first name (or a word before an initial) on, and the office with its
 * department is the role ("Secretary of the Interior"). Undefined when `name` is no office or no name closes `org`.
 */
function officeOfOrg(name: string, org: string, orgAt: number): Speaker | undefined {
  if (!OFFICE_OF.test(name)) return undefined
  const words = org.replace(/\.$/u, '').split(' ')
  // (a first name the lexicon knows, or a name with an initial: "Sean P. Duffy")
  const from = words.findIndex((w, i) => i > 0 && (lexTags(w).some((t) => /^(?:FirstName|MaleName|FemaleName|Person)$/.test(t)) || /^\p{Lu}\.$/u.test(words[i + 1] ?? '')))
  const person = words.slice(from)
  if (from < 1 || person.length < 2 || person.length > 4 || !person.every((w) => /^\p{Lu}/u.test(w))) return undefined
  const department = words.slice(0, from).join(' ')
  return { name: person.join(' '), at: orgAt + department.length + 1, role: `${name} of ${department}` }
}

/** Other languages' "that" opening a reported statement or a clause a verb takes: "zaznacza, że …", "uvedl, že …", "считает, что …", "betont, dass …", "säger att …", "cho biết rằng …". */
export const COMPLEMENTIZERS = ['que', 'dass', 'che', 'że', 'že', 'что', 'що', 'att', 'rằng'] as const

/** A verb of saying anywhere: what most attribution patterns need, found without their backtracking. */
const HAS_SPEECH_VERB = new RegExp(`(?:${SPEECH_VERB})`, 'u')

/** An adverb between a verb of saying and its speaker: "…", sagt auch Stenger. */
const ALSO_SAID = String.raw`(?:\s+(?:auch|zudem|ebenfalls|aussi|también|também|också|även|also))?`
// (Russian sets a dash after the comma: «…», — сказал Иван Петров)
const POST_VERB_FIRST = new RegExp(String.raw`^[,.!?]?\s*(?:[—–]\s*)?(?:${SPEECH_VERB})${ALSO_SAID}\s+${SUBJ}`, 'u')
const POST_NAME_FIRST = new RegExp(String.raw`^[,]?\s*${SUBJ}\s+(?:${SPEECH_VERB})(?![\p{L}\p{N}])`, 'u')
const POST_PRONOUN = new RegExp(String.raw`^[,]?\s*(${PRONOUN})\s+(?:${SPEECH_VERB})(?![\p{L}\p{N}])`, 'u')
const POST_ACCORDING = new RegExp(String.raw`^[,]?\s*(?:${ACCORDING.join('|')})\s+${SUBJ}`, 'u')

/**
 * A verb of saying before an article and a role, then the name that closes the clause: "…“, sagte
 * der ägyptische Außenminister Sameh Shoukry.", "… said the Egyptian foreign minister Sameh
 * Shoukry."; after a word that takes up the quotation too: "…“ Das sagte der Präsident der
 * Konferenz Sameh Shoukry zum Abschluss …" The role is the words between the article and the name. Not a
 * document that says it ("claimed the lawsuit of Fox anchor Andrea Tantaros").
 */
const POST_VERB_ROLE = new RegExp(
  String.raw`^[,.!?]?\s*(?:[—–]\s*)?(?:(?:Das|Dies|So|Esto|Eso|Cela)\s+)?(?:${SPEECH_VERB})${ALSO_SAID}\s+(?:der|die|das|the|le|la|el|il|o|a)\s+(?!(?:lawsuit|suit|complaint|report|statement|study|letter|filing|memo|survey|ruling|paper|document|book|article|post|e-?mail|Klage|Bericht|Studie|Brief|Erklärung)\b)((?:[\p{L}\d().-]+\s+){1,8}?)(\p{Lu}[\p{L}’'-]+\s+\p{Lu}[\p{L}’'-]+)(?=\s*(?:[.,;]|$)|\s+\p{Ll})`,
  'u',
)

/** Whether the words before a name, in English, end on an adjective: how the speaker was ("a skeptical", "a visibly angry"), not a role. */
function describesTheSpeaker(words: string, name: string): boolean {
  const own = words.trim().split(/\s+/u)
  if (!/^[\x00-\x7f\s’'-]+$/u.test(words)) return false
  const phrase = `said a ${own.join(' ')} ${name}`
  let known = DESCRIBED.get(phrase)
  if (known === undefined) {
    const terms = (tagged(phrase).json({ terms: { tags: true } }) as Array<{ terms: Array<{ tags: string[] }> }>)[0]?.terms ?? []
    known = !!terms[1 + own.length]?.tags.includes('Adjective')
    if (DESCRIBED.size > MAX_DESCRIBED) DESCRIBED.clear()
    DESCRIBED.set(phrase, known)
  }
  return known
}

/** The phrases describesTheSpeaker has tagged (a story names its speakers so again and again), at most MAX_DESCRIBED kept. */
const DESCRIBED = new Map<string, boolean>()
const MAX_DESCRIBED = 1000

/** Attribution right after a closing quotation mark (`after` starts just after it). */
export function attributionAfter(after: string): Speaker | undefined {
  let m = POST_VERB_FIRST.exec(after) ?? POST_ACCORDING.exec(after)
  if (m && plausibleName(m[1]!, false)) return officeAfter(m, after) ?? speakerFrom(m, 1, 0)
  const r = POST_VERB_ROLE.exec(after)
  // (of two roles joined, the one written next to the name: "Präsident der … und ägyptische Außenminister")
  // (not words that say how the speaker was, "said a skeptical Robert Wolfarth, the trust's new chairman": no role)
  if (r && plausibleName(r[2]!, false)) {
    const at = r.index + r[0].length - r[2]!.length
    return describesTheSpeaker(r[1]!, r[2]!) ? { name: r[2]!, at } : { name: r[2]!, at, role: r[1]!.trim().split(/\s+(?:und|and|et|y|e)\s+/u).at(-1)! }
  }
  m = POST_NAME_FIRST.exec(after)
  if (m && plausibleName(m[1]!, false)) return speakerFrom(m, 1, 0)
  m = POST_PRONOUN.exec(after)
  if (m) return { name: m[1]!, at: m.index + m[0].indexOf(m[1]!), pronoun: true }
  return undefined
}

/** An office in lower case after an organisation, then a name: "IMF [chief economist] Pierre-Olivier Gourinchas". */
const OFFICE_THEN_NAME = new RegExp(String.raw`^\s((?:\p{Ll}[\p{L}-]*\s){0,2}(?:${ROLE_WORDS}))\s(${NAME})`, 'u')

/**
 * The speaker of "said IMF chief economist Pierre-Olivier Gourinchas": the name after the office
 * the organisation holds, not the organisation (the name pattern stops at the office's first word
 * in lower case).
 */
function officeAfter(m: RegExpExecArray, after: string): Speaker | undefined {
  if (m[2] !== undefined || m[3] !== undefined) return undefined
  const o = OFFICE_THEN_NAME.exec(after.slice(m.index + m[0].length))
  // (the name ends at its sentence's end: "Gourinchas. Three economies …")
  const name = o?.[2]!.replace(/\.\s.*$/u, '')
  if (!o || !name || !plausibleName(name, false)) return undefined
  const at = m.index + m[0].length + o[0].length - o[2]!.length
  return { name, at, role: o[1]!, affiliation: m[1]! }
}

const PRE_TIGHT = new RegExp(String.raw`(?:^|[\s(])${SUBJ}\s+(?:${SPEECH_VERB})(?:\s+(?:\p{Lu}[\p{L}]+|me|us|him|her|them|reporters|journalists))?(?:\s+that)?\s*[,:]?\s*$`, 'u')
// (an adverb may come between the speaker and the verb: "Princeton professor Robert George recently wrote:")
const PRE_COLON = new RegExp(String.raw`(?:^|[\s(])${SUBJ}\s+(?:\p{Ll}+ly\s+)?(?:${SPEECH_VERB})(?![\p{L}\p{N}])[^"“”«»„:]{0,60}:\s*$`, 'u')
const PRE_ACCORDING = new RegExp(String.raw`(?:${ACCORDING_ANY_CASE})\s+${SUBJ},?\s*$`, 'u')
// (a comma between the name and the words that announce a quotation, as a language that puts its verb last writes it: "… vurgulayan Uraloğlu, şunları kaydetti:")
const PRE_COMMA_COLON = new RegExp(String.raw`(?:^|\s)(${NAME}),\s[^"“”«»„:,]{0,60}?(?:${SPEECH_VERB}):\s*$`, 'u')
const PRE_PRONOUN = new RegExp(String.raw`(?:^|\s)(${PRONOUN})\s+(?:${SPEECH_VERB})(?:\s+that)?\s*[,:]?\s*$`, 'u')
const LOOSE = new RegExp(String.raw`(?:^|[\s(])${SUBJ}\s+(?:${SPEECH_VERB})(?![\p{L}\p{N}])`, 'gu')

/**
 * Attribution just before an opening quotation mark (`before` ends there). With `loose`,
 * any "X said" earlier in the sentence counts (for full-clause quotations only).
 */
export function attributionBefore(before: string, loose: boolean): Speaker | undefined {
  // every pattern but "according to X" needs a verb of saying: without one, they are not run
  const speech = HAS_SPEECH_VERB.test(before)
  for (const re of [PRE_TIGHT, PRE_COLON, PRE_ACCORDING, PRE_COMMA_COLON]) {
    if (!speech && re !== PRE_ACCORDING) continue
    const m = re.exec(before)
    if (m && plausibleName(m[1]!, before.slice(0, m.index).trim() === '')) return speakerFrom(m, 1, 0)
  }
  if (!speech) return undefined
  const p = PRE_PRONOUN.exec(before)
  if (p) return { name: p[1]!, at: p.index + p[0].indexOf(p[1]!), pronoun: true }
  if (loose) {
    let found: Speaker | undefined
    for (const m of before.matchAll(LOOSE)) {
      if (plausibleName(m[1]!, before.slice(0, m.index).trim() === '')) found = speakerFrom(m as RegExpExecArray, 1, 0)
    }
    return found
  }
  return undefined
}

/**
 * A language that puts its verb last (Turkish) names the speaker before the quotation, with a
 * comma after the name, and says the verb after it: "Uraloğlu, “…” dedi.", "… bilgisini paylaşan
 * Uraloğlu, “…” ifadelerini kullandı.", "Bakan Uraloğlu, …, “…” değerlendirmesinde bulundu." The
 * verb closes the sentence; the name opens it, or stands right before the quotation.
 */
const VERB_LAST = new RegExp(String.raw`^\s*(?:diye\s+)?(?:${SPEECH_VERB})[.!]?\s*$`, 'u')
const NAME_OPENS = new RegExp(String.raw`^\s*(${NAME}),\s`, 'u')
const NAME_BEFORE_QUOTE = new RegExp(String.raw`(?:^|\s)(${NAME}),\s*$`, 'u')
/** Titles written before a Turkish name ("Bakan Uraloğlu"): the speaker's role, no part of the name; alone, no name. */
const TITLE_BEFORE = /^(?:Bakan|Başkan|Başbakan|Cumhurbaşkanı|Bakan Yardımcısı|Vali|Belediye Başkanı|Genel Müdür|Müdür|Sözcü|Milletvekili|Büyükelçi|Profesör|Prof\.|Doçent|Doç\.|Doktor|Dr\.|Uzm\.|Av\.)(?=\s|$)/u

/** Attribution around a quotation in a sentence whose verb of saying comes last (`before` runs from the sentence's start to the opening mark, `after` from the closing mark to the sentence's end). */
export function attributionAround(before: string, after: string): Speaker | undefined {
  if (!VERB_LAST.test(after)) return undefined
  const m = NAME_OPENS.exec(before) ?? NAME_BEFORE_QUOTE.exec(before)
  if (!m || !plausibleName(m[1]!, m.index === 0)) return undefined
  const at = m.index + m[0].indexOf(m[1]!)
  const title = TITLE_BEFORE.exec(m[1]!)?.[0]
  if (!title) return { name: m[1]!, at }
  const name = m[1]!.slice(title.length).trimStart()
  return name ? { name, at: at + m[1]!.length - name.length, role: title } : undefined
}

export interface Paraphrase {
  speakers: Speaker[]
  /** The statement, as offsets into the sentence. */
  start: number
  end: number
  /**
   * True when the words are what the verb took as its object, with no "that" or colon before
   * them ("Lehane articulated the dichotomy between …", "…, highlighting the contrast …"): a
   * noun phrase, not a statement of the speaker's.
   */
  object?: boolean
}

const LIST = String.raw`${SUBJ}(?:(?:,\s|,?\s(?:and|&)\s)${SUBJ}){0,4}`
const AS_NOTED = new RegExp(String.raw`^(?:As|Like)\s+(${LIST})\s+(?:has\s+|had\s+)?(?:${SPEECH_VERB})(?:\s+[\p{Ll}]+){0,3}?,\s+`, 'u')
const ACCORDING_LEAD = new RegExp(String.raw`^According to\s+(${LIST}),\s+`, 'u')
const ACCORDING_TAIL = new RegExp(String.raw`,\s+according to\s+(${LIST})[.!?]?\s*$`, 'u')
const SUBJECT_VERB = new RegExp(
  String.raw`^(?:(?:But|And|However|Meanwhile|Still|Yet),?\s+)?(?:\p{Lu}\p{Ll}+\s+(?:like|such as|including)\s+)?(${LIST}|${PRONOUN})\s+(?:has\s+|have\s+|had\s+|also\s+)?(${SPEECH_VERB})(?![\p{L}\p{N}])`,
  'u',
)
const ONE_SPEAKER = new RegExp(SUBJ, 'gu')

function listSpeakers(list: string, at: number): Speaker[] {
  const out: Speaker[] = []
  for (const m of list.matchAll(ONE_SPEAKER)) {
    if (/^(?:and)$/.test(m[1]!)) continue
    out.push(speakerFrom(m as RegExpExecArray, 1, at))
  }
  return out
}

/** Trim a statement to its words: no trailing punctuation or spaces. */
function statement(sentence: string, start: number, end: number): { start: number; end: number } | undefined {
  let e = end
  while (e > start && /[\s.!?;:,]/.test(sentence[e - 1]!)) {
    if (sentence[e - 1] === '.' && /(?:^|[\s(])(?:\p{Lu}\.)+$/u.test(sentence.slice(start, e))) break // "the U.S."
    e--
  }
  // (the attribution said again at the end: "He added that stopping the flow could freeze …, he said.")
  const again = /,\s+(?:he|she|they)\s+(?:said|says|added|adds|noted|notes)$/u.exec(sentence.slice(start, e))
  if (again) e = start + again.index
  let s = start
  while (s < e && /\s/.test(sentence[s]!)) s++
  const words = sentence.slice(s, e).split(/\s+/).length
  return words >= 4 ? { start: s, end: e } : undefined
}

/** An attributed statement without quotation marks in one sentence, if any. */
export function findParaphrase(sentence: string): Paraphrase | undefined {
  // "As X noted" and "X said that" need a verb of saying, "according to X" its words
  const speech = HAS_SPEECH_VERB.test(sentence)
  if (!speech && !sentence.includes('ccording to')) return undefined
  let m = (speech ? AS_NOTED.exec(sentence) : null) ?? ACCORDING_LEAD.exec(sentence)
  if (m) {
    const speakers = listSpeakers(m[1]!, m[0].indexOf(m[1]!))
    const st = statement(sentence, m[0].length, sentence.length)
    if (st && speakers.length > 0 && speakers.every((s) => plausibleName(s.name, false))) return { speakers, ...st }
  }
  // (the tail pattern is tried at every comma: only where its words are)
  m = sentence.includes('according to') ? ACCORDING_TAIL.exec(sentence) : null
  if (m) {
    const speakers = listSpeakers(m[1]!, m.index + m[0].indexOf(m[1]!))
    const st = statement(sentence, 0, m.index)
    // after a dash, "according to X" credits the aside only ("Amazon … is finding success with
    // private-label brands — it had more than 100 as of last July, according to Coresight Research")
    const aside = (sentence.slice(0, m.index).match(/[—–]|\s-\s/gu) ?? []).length % 2 === 1
    if (st && !aside && speakers.every((s) => plausibleName(s.name, false))) return { speakers, ...st }
  }
  m = speech ? SUBJECT_VERB.exec(sentence) : null
  if (!m) return undefined
  const subject = m[1]!
  const verb = m[m.length - 1]!
  const subjAt = m[0].indexOf(subject)
  const pronoun = new RegExp(`^${PRONOUN}$`).test(subject)
  const speakers = pronoun ? [{ name: subject, at: subjAt, pronoun: true }] : listSpeakers(subject, subjAt)
  if (speakers.length === 0 || !speakers.every((s, i) => s.pronoun || plausibleName(s.name, i === 0 && subjAt === 0))) return undefined
  let rest = m[0].length
  let object = false
  const after = sentence.slice(rest)
  // (or another language's "that" after its comma: "zaznacza, że …", "считает, что …", "betont, dass …")
  const that = new RegExp(String.raw`^(?:\s+(?:\p{Lu}[\p{L}]+|reporters|journalists|investors|analysts))?(?:\s+that\b|,?\s+(?:${COMPLEMENTIZERS.join('|')})(?=\s)|:)`, 'u').exec(after)
  if (that) rest += that[0].length
  else if (pronoun || NEEDS_THAT.test(verb)) return undefined
  else {
    // "summed up the situation, highlighting the contrast …" → the part after the gerund
    const g = /^\s+(?:[\p{L}’'-]+\s+){0,3}[\p{L}’'-]+,\s+(?:highlighting|noting|arguing|warning|saying|stressing|emphasi[sz]ing|pointing out|explaining|suggesting|adding)(\s+that)?\s+/u.exec(after)
    if (g) {
      rest += g[0].length
      object = !g[1]
    }
    // "summed up the research bluntly: <statement>"
    else {
      const colon = /^\s+(?:[\p{L}’'-]+\s+){0,4}[\p{L}’'-]+:\s+/u.exec(after)
      if (colon) rest += colon[0].length
      else object = true
    }
  }
  if (/^\s*["“«„]/.test(sentence.slice(rest))) return undefined // a direct quotation follows
  const st = statement(sentence, rest, sentence.length)
  return st ? { speakers, ...st, ...(object ? { object } : {}) } : undefined
}
