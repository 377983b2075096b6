/**
 * Named entities (people, organisations, places) found in one linear pass.
 *
 * compromise's full tagger costs ~90 µs per word (≈9–16 s on a 100k-word text), so
 * instead of running it over the whole article we scan capitalised token runs with a
 * regex and classify each run with compromise's lexicon (first/last names, countries,
 * cities, organisations, honorifics) plus general cues: honorifics, org/place head
 * words ("… University", "… Party", "… Square"), CamelCase brand names ("OpenAI"),
 * speech verbs and appositives after a name ("X said", "X, the CEO of"), and
 * coordination with an entity already classified ("OpenAI and Anthropic").
 * A bare surname ("Lehane") becomes a mention of the full name seen elsewhere.
 */
import nlp from './nlp.ts'
import { MONTH_OR_SHORT } from './months.ts'
import type { Entity, EntityKind, Span } from '../types.ts'

type Lexicon = Record<string, string | string[] | undefined>

let lexiconCache: Lexicon | undefined
/** compromise's built-in lexicon (lower-case word or phrase → tag or tags). */
export function lexicon(): Lexicon {
  if (!lexiconCache) {
    const model = (nlp as unknown as { model?: () => { one?: { lexicon?: Lexicon } } }).model?.()
    lexiconCache = model?.one?.lexicon ?? {}
  }
  return lexiconCache
}

export function lexTags(word: string): string[] {
  const v = lexicon()[word.toLowerCase()]
  return v === undefined ? [] : Array.isArray(v) ? v : v.split(',')
}
const hasTag = (word: string, tags: readonly string[]): boolean => lexTags(word).some((t) => tags.includes(t))

const FIRST_NAME = ['FirstName', 'MaleName', 'FemaleName']
const PLACE_TAGS = ['Country', 'City', 'Region', 'Place']
export const HONORIFIC = /^(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sir|Dame|Lord|Lady|Sen|Rep|Gov|Gen|Capt)\.?$|^(?:Professors?|Presidents?|Senators?|Governors?|Ministers?|Judges?|Chancellors?|Representatives?)$/
const ORG_HEAD =
  /^(?:Inc|Corp|Corporation|Ltd|LLC|PLC|GmbH|AG|SA|Co|Company|Group|Holdings|University|Institute|College|School|Academy|Party|Bank|Agency|Ministry|Department|Commission|Council|Committee|Association|Foundation|Fund|Labs?|Laboratories|Technologies|Systems|Industries|Partners|Capital|Ventures|Motors|Airlines|Times|News|Post|Journal|Press|Review|Network|Federation|Union|Court|Senate|Congress|Parliament|Office|Bureau|Authority|Board|Society|Organization|Organisation|Alliance|Administration|Reserve|Exchange|Club)$/
const PLACE_HEAD =
  /^(?:Square|Street|Avenue|Road|River|Lake|Mountains?|Islands?|Valley|County|Province|Sea|Ocean|Gulf|Bay|Park|Bridge|Airport|Strait|Coast|Peninsula|Desert|Canyon|Plaza|Boulevard)$/
/** Common acronyms that name no entity. */
const NON_ENTITY_ACRONYM =
  /^(?:AI|AGI|ML|NLP|LLMs?|CEO|CTO|CFO|COO|GDP|GPUs?|CPUs?|APIs?|PDF|USB|TV|PC|IT|HR|PR|FAQ|OK|AM|PM|IPO|ESG|KPI|ROI|VR|AR|R&D|DNA|RNA|ID|URL|HTML|CSS|SQL|PhD|MBA|USD|EUR|GBP|JPY|CNY|RMB|UTC|GMT|EU?)$/
/** Words that start sentences but never a name. */
const FUNCTION_WORD =
  /^(?:The|A|An|This|That|These|Those|It|Its|In|On|At|As|By|For|From|With|Without|While|When|Where|Whereas|Although|Though|If|But|And|Or|So|Yet|Despite|After|Before|During|Since|Until|Because|However|Meanwhile|Moreover|Also|Many|Some|Most|Such|Each|Every|Other|Another|Our|Their|His|Her|My|Your|We|They|He|She|I|You|There|Here|Then|Now|What|Which|Who|Why|How|According|Last|Next|Yes|No|Not|One|Two|All|Both|Few|More|Less|Even|Only|Just|Still|Perhaps|Indeed|Instead|Already|Today|Yesterday|Tomorrow|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/
const SPEECH_AFTER =
  /^(?:,\s+(?:the\s+|a\s+|an\s+)?(?:[a-z-]+\s+){0,3}(?:CEO|CTO|CFO|founder|co-founder|president|chairman|chairwoman|chair|director|head|spokesperson|spokesman|spokeswoman|analyst|economist|professor|researcher|scientist|minister|secretary|senator|officer|manager|partner|editor|reporter|strategist|adviser|advisor|investor|engineer|author|executive|chief)\b|\s+(?:said|says|told|wrote|added|noted|argued|warned|claimed|stated|explained|insisted|suggested|believes|thinks|highlighted|emphasi[sz]ed|articulated|summed up)\b)/

/** The names of the months (English): before a number, a date. */
const MONTH_WORD = new RegExp(`^${MONTH_OR_SHORT}$`)

/** A verb of speech right before a name, after the quotation ("…,” says Parata"). */
const SPEECH_VERB_BEFORE = /[,”"]\s+(?:said|says|told|recalls|recalled|adds|added|explains|explained)\s+$/

/** A verb of speech right after a name ("Shadman says"). */
const SPEECH_VERB_AFTER = /^\s+(?:said|says|told|tells|recalls|recalled|adds|added)\b/

const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-&][\p{L}\p{N}]+)*\.?/gu

interface Token extends Span {
  text: string
}
interface Run extends Span {
  tokens: Token[]
  name: string
  sentenceStart: boolean
}

/** A title a royal or a noble bears before the name: a run it opens names a person. */
const ROYAL_TITLE = /^(?:Prince|Princess|King|Queen|Duke|Duchess|Earl|Countess|Emperor|Empress|Sheikh|Sultan|Tsar|Czar)$/

/** A particle between a first name and a surname ("de", "van", "von der"). */
export const NAME_PARTICLE = /^(?:de|des|di|da|du|del|della|der|den|dos|das|van|von|ter|ten|al|el|bin|ibn)$/

const isCap = (w: string): boolean => /^\p{Lu}/u.test(w)
const isCamel = (w: string): boolean => /^\p{Lu}[\p{Ll}\p{N}]+\p{Lu}/u.test(w) || /^\p{Ll}+\p{Lu}/u.test(w)
const isAcronym = (w: string): boolean => /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}&]{1,5}s?$/u.test(w)

/** Split text into capitalised runs ("Chris Lehane", "Bank of America", "U.S."). */
function capitalisedRuns(text: string): Run[] {
  const runs: Run[] = []
  let cur: Token[] = []
  let prevEnd = -1
  let pendingOf: Token | undefined
  let prevPossessive = false
  let prevStopped = false
  const flush = (): void => {
    // (a name's particle comes before one word, the surname: "Charles de Gaulle", "Vincent van Gogh";
    // two after it make a name of their own after a noun, "[Aufmerksamkeit von] Jeanmaire Molina")
    const particle = cur.map((t) => NAME_PARTICLE.test(t.text)).lastIndexOf(true)
    if (particle > 0 && cur.length - particle - 1 >= 2) cur = cur.slice(particle + 1)
    if (cur.length > 0) {
      const first = cur[0]!
      const last = cur[cur.length - 1]!
      const before = text.slice(Math.max(0, first.start - 4), first.start)
      const sentenceStart = first.start === 0 || /(?:[.!?:]["”’)]?\s+|\n\s*|^\s*["“«„(]|[.!?]\s*["“«„]\s*)$/.test(before)
      runs.push({ start: first.start, end: last.end, tokens: cur, name: text.slice(first.start, last.end), sentenceStart })
    }
    cur = []
    pendingOf = undefined
  }
  for (const m of text.matchAll(TOKEN)) {
    let word = m[0]
    const start = m.index
    // keep the period only for abbreviations ("U.S.", "Dr.", "Inc.")
    if (word.endsWith('.') && !/^(?:\p{Lu}\.)+$/u.test(word) && !HONORIFIC.test(word) && !/^(?:Inc|Corp|Ltd|Co|Jr|Sr|St)\.$/.test(word)) word = word.slice(0, -1)
    // a period that may end the sentence (not a middle initial after a first name: "William G. Gale")
    const initial = /^\p{Lu}\.$/u.test(m[0]) && cur.length > 0 && hasTag(cur[0]!.text, FIRST_NAME)
    const stopped = m[0].endsWith('.') && !HONORIFIC.test(m[0]) && !initial
    const possessive = /['’]s$/.test(word)
    word = word.replace(/['’]s$/, '')
    const tok: Token = { text: word, start, end: start + word.length }
    const gap = text.slice(prevEnd, start)
    const joined = prevEnd >= 0 && /^ $/.test(gap)
    // (a month before its day ends a name: "by Jonathan Corbet March 25, 2015")
    if (MONTH_WORD.test(word) && /^\s+\d/u.test(text.slice(tok.end))) {
      flush()
    } else if (isCap(word) && !/^\p{N}/u.test(word)) {
      if (pendingOf && joined) cur.push(pendingOf)
      else if (!joined || cur.length === 0 || prevPossessive || prevStopped) flush()
      pendingOf = undefined
      cur.push(tok)
    } else if (joined && cur.length > 0 && (word === 'of' || NAME_PARTICLE.test(word)) && !pendingOf) {
      // "Bank of America", "Charles de Gaulle": joins only when the left side is an org/place head or a name particle
      const head = cur[cur.length - 1]!.text
      if (word !== 'of' || ORG_HEAD.test(head) || PLACE_HEAD.test(head) || /^(?:Republic|Kingdom|States|Isle|City|Gulf|Bay|Duke|Prince|Princess|King|Queen)$/.test(head)) pendingOf = tok
      else flush()
    } else flush()
    prevEnd = m.index + m[0].length
    prevPossessive = possessive
    prevStopped = stopped
  }
  flush()
  return runs
}

function classify(run: Run): EntityKind | undefined {
  const words = run.tokens.map((t) => t.text)
  const first = words[0]!
  const last = words[words.length - 1]!
  const whole = run.name.toLowerCase()
  const ofAt = words.indexOf('of')
  const head = ofAt > 0 ? words[ofAt - 1]! : last
  if (words.length === 1 && (NON_ENTITY_ACRONYM.test(first) || lexTags(first).includes('Demonym'))) return undefined
  // (not a title before an organisation's name: "a Mr. Facebook contest" names nobody)
  if (HONORIFIC.test(first) && words.length > 1) return hasTag(words.slice(1).join(' ').toLowerCase(), ['Organization']) ? 'organization' : 'person'
  if (hasTag(whole, ['Organization']) || ORG_HEAD.test(head)) return 'organization'
  if (hasTag(whole, PLACE_TAGS) || PLACE_HEAD.test(head)) return 'place'
  if (/^(?:\p{Lu}\.){2,}$/u.test(run.name)) return 'place' // U.S., U.K.
  if (words.length >= 2 && words.length <= 4 && (firstName(first) || hasTag(last, ['LastName']))) return 'person'
  // (a royal's or a noble's title before a name: "Prince Andrew", "Queen Elizabeth II", "Duchess Kate")
  if (words.length >= 2 && words.length <= 4 && ROYAL_TITLE.test(first)) return 'person'
  if (words.length === 1 && (isCamel(first) || (isAcronym(first) && !lexTags(first).length))) return 'organization'
  return undefined
}

/** A given name the lexicon knows, or one joined of two it knows, as French writes many ("Marie-Pierre", "Jean-Luc"). */
function firstName(word: string): boolean {
  const parts = word.split('-')
  return hasTag(word, FIRST_NAME) || (parts.length === 2 && parts.every((p) => /^\p{Lu}\p{Ll}+$/u.test(p) && hasTag(p, FIRST_NAME)))
}

/** Canonical name of a run: honorifics dropped ("Ms. Smith" → "Smith"). */
function canonical(run: Run): { name: string; span: Span } {
  let toks = run.tokens
  if (toks.length > 1 && HONORIFIC.test(toks[0]!.text)) toks = toks.slice(1)
  const s = toks[0]!.start
  const e = toks[toks.length - 1]!.end
  return { name: run.name.slice(s - run.start, e - run.start), span: { start: s, end: e } }
}

/** Words of an office written before a name in capitals ("Prime Minister", "White House Press Secretary", "Chief Justice"). */
const OFFICE_WORD = /^(?:Prime|Minister|Assembly(?:man|woman|member)|Council(?:man|woman|lor)|Congress(?:man|woman)|Alderman|President|Vice|Secretary|Chancellor|Senator|Sen|Representative|Rep|Governor|Gov|Mayor|Chairman|Chairwoman|Chair|CEO|CFO|CTO|Judge|Justice|General|Gen|Colonel|Col|Captain|Lieutenant|Sergeant|Admiral|Commissioner|Ambassador|Pope|Bishop|Archbishop|Cardinal|Rabbi|Imam|Sheikh|Professor|Prof|Director|Chief|Speaker|Premier|Deputy|Attorney|Inspector|Superintendent|Press|Foreign|Interior|Defense|Defence|Finance|State)$/

/**
 * A run that opens on an office and ends on a name of two or three words ("Tunisian Prime
 * Minister Habib Essid", "Assemblyman Sheldon Silver"): the name, the office being no part of it
 * (a run that opens on a title of address, "President Hamid Karzai", is left as it is).
 */
function withoutOffice(run: Run): Run {
  let last = -1
  run.tokens.forEach((t, i) => {
    if (OFFICE_WORD.test(t.text)) last = i
  })
  const name = run.tokens.slice(last + 1)
  // (an office opening the run is left there when it is a title of address, "President Hamid Karzai", or no first name follows it)
  const opens = last === 0 && !HONORIFIC.test(run.tokens[0]!.text) && hasTag(name[0]?.text ?? '', FIRST_NAME)
  if ((last <= 0 && !opens) || name.length < 2 || name.length > 3) return run
  // (an office that is a title of address stays before the name, which it marks as a person's: "Minister Habib Essid")
  const rest = HONORIFIC.test(run.tokens[last]!.text) ? run.tokens.slice(last) : name
  return { ...run, tokens: rest, start: rest[0]!.start, name: run.name.slice(rest[0]!.start - run.start), sentenceStart: false }
}

/** The last words of names after a first name ("Sheldon Silver" → "Silver"): a surname, wherever it stands alone. */
function namedSurnames(runs: readonly Run[]): Set<string> {
  const out = new Set<string>()
  for (const r of runs) {
    const n = r.tokens.length
    // (an office may open the run: "Assemblyman Sheldon Silver")
    if (n >= 2 && n <= 4 && hasTag(r.tokens[n - 2]!.text, FIRST_NAME)) out.add(r.tokens[n - 1]!.text)
  }
  return out
}

/**
 * Drop a sentence-initial common word ("Traditional beliefs", "Despite DeepSeek"), but for the
 * surname of a person the text names in full and never writes in lower case ("Silver, who is the
 * speaker …" after "Sheldon Silver").
 */
function trimSentenceStart(run: Run, lowerWords: Set<string>, surnames: ReadonlySet<string>): Run | undefined {
  // (the pronoun "I", alone or after a connective, is no one's name wherever it stands: "And I", of a speech's paragraph after a tab)
  const pronoun = run.tokens[0]!.text === 'I' ? 1 : run.tokens[1]?.text === 'I' && FUNCTION_WORD.test(run.tokens[0]!.text) ? 2 : 0
  if (pronoun > 0) {
    const rest = run.tokens.slice(pronoun)
    return rest.length === 0 ? undefined : { ...run, tokens: rest, start: rest[0]!.start, name: run.name.slice(rest[0]!.start - run.start), sentenceStart: false }
  }
  if (!run.sentenceStart) return run
  const w = run.tokens[0]!.text
  const known = hasTag(w, [...FIRST_NAME, ...PLACE_TAGS, 'Organization', 'LastName', 'Honorific']) || isCamel(w) || isAcronym(w) || (surnames.has(w) && !lowerWords.has(w.toLowerCase()))
  if (!known && (FUNCTION_WORD.test(w) || lowerWords.has(w.toLowerCase()) || lexTags(w).length > 0)) {
    const rest = run.tokens.slice(1)
    if (rest.length === 0) return undefined
    return { ...run, tokens: rest, start: rest[0]!.start, name: run.name.slice(rest[0]!.start - run.start), sentenceStart: false }
  }
  return run
}

/** `headline`: the article's title, whose person is the one a surname two people share stands for. */
export function extractEntities(text: string, headline = ''): Entity[] {
  const lowerWords = new Set<string>()
  for (const m of text.matchAll(/(?<![\p{L}])\p{Ll}[\p{Ll}-]*/gu)) lowerWords.add(m[0])
  const raws = [...capitalisedRuns(text)]
  const surnames = namedSurnames(raws)
  const runs: Run[] = []
  for (const raw of raws) {
    const r = trimSentenceStart(raw, lowerWords, surnames)
    if (r) runs.push(withoutOffice(r))
  }
  const kinds = runs.map(classify)
  kindsFromContext(text, runs, kinds)
  kindsFromCoordination(text, runs, kinds)
  return entitiesOf(text, runs, kinds, headline)
}

/**
 * Context cues for runs the lexicon could not classify: a speech verb after a name, "of X" after
 * a person; a full name whose last word alone speaks elsewhere ("Hikmatullah Shadman" …
 * "“Flowers make me happy,” Shadman says").
 */
function kindsFromContext(text: string, runs: readonly Run[], kinds: Array<EntityKind | undefined>): void {
  // (the verb before the surname too: "“Man’s greed …,” says Parata, a fierce elder …")
  const speaks = (r: Run) => SPEECH_VERB_AFTER.test(text.slice(r.end, r.end + 20)) || SPEECH_VERB_BEFORE.test(text.slice(Math.max(0, r.start - 20), r.start))
  const speaking = new Set(runs.filter((r, i) => kinds[i] === undefined && r.tokens.length === 1 && speaks(r)).map((r) => r.name))
  runs.forEach((r, i) => {
    const n = r.tokens.length
    // (the words before the surname are names the lexicon does not know: not "Monday Haddad")
    const given = r.tokens.slice(0, -1).every((t) => lexTags(t.text).length === 0 || hasTag(t.text, FIRST_NAME))
    if (kinds[i] === undefined && n >= 2 && n <= 3 && given && speaking.has(r.tokens[n - 1]!.text) && !r.tokens.some((t) => isAcronym(t.text))) kinds[i] = 'person'
  })
  runs.forEach((r, i) => {
    if (kinds[i] !== undefined) return
    const n = r.tokens.length
    const after = text.slice(r.end, r.end + 60)
    const before = text.slice(Math.max(0, r.start - 40), r.start)
    if (n >= 2 && n <= 3 && SPEECH_AFTER.test(after) && !r.tokens.some((t) => isAcronym(t.text))) kinds[i] = 'person'
    else if (n <= 3 && /(?:\b(?:of|from|at)\s)$/.test(before) && i > 0 && kinds[i - 1] === 'person' && runs[i - 1]!.end + before.length >= r.start - 6)
      kinds[i] = 'organization'
  })
}

/** Coordination: "OpenAI and Anthropic", "Google, Meta and Amazon" share a kind. */
function kindsFromCoordination(text: string, runs: readonly Run[], kinds: Array<EntityKind | undefined>): void {
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < runs.length; i++) {
      if (kinds[i] !== undefined || runs[i]!.tokens.length > 3 || runs[i]!.sentenceStart) continue
      for (const j of [i - 1, i + 1]) {
        const other = runs[j]
        const k = kinds[j]
        if (!other || !k || k === 'person') continue
        const gap = j < i ? text.slice(other.end, runs[i]!.start) : text.slice(runs[i]!.end, other.start)
        if (/^(?:['’]s)?(?:,\s*|\s+(?:and|or|&)\s+|,\s+(?:and|or)\s+)$/.test(gap)) kinds[i] = k
      }
    }
  }
}

/** Whether a one-word place at `at` is the surname of `full`, a person named in full before it, and no preposition of place comes before it. */
function surnameAfterFullName(text: string, name: string, at: number, full: string | undefined): boolean {
  if (!full || /\s/u.test(name)) return false
  const named = text.lastIndexOf(full, at)
  return named >= 0 && named < at && !/\b(?:in|at|from|near|to|into|of|outside|around|across|toward|towards)\s+$/iu.test(text.slice(Math.max(0, at - 12), at))
}

/** The classified runs as entities, a surname alone counted as its person, in order of first mention. */
function entitiesOf(text: string, runs: readonly Run[], kinds: ReadonlyArray<EntityKind | undefined>, headline: string): Entity[] {
  const byName = new Map<string, Entity>()
  const order: Entity[] = []
  const add = (kind: EntityKind, name: string, span: Span): void => {
    const key = `${kind}:${name}`
    let e = byName.get(key)
    if (!e) {
      e = { kind, name, mentions: [] }
      byName.set(key, e)
      order.push(e)
    }
    e.mentions.push(span)
  }
  // (a surname two people share, "Parata", is the one last named in full before it: Hori Parata, then his son Te Kaurinui Robert Parata;
  // but the one the headline names, the story's subject: "Jones" of "Stephen Jones following in the shadow cast by his father", not Jerry Jones)
  const surnames = new Map<string, Array<{ at: number; name: string }>>()
  runs.forEach((r, i) => {
    if (kinds[i] !== 'person') return
    const { name, span } = canonical(r)
    const parts = name.split(' ')
    if (parts.length >= 2) surnames.set(parts[parts.length - 1]!, [...(surnames.get(parts[parts.length - 1]!) ?? []), { at: span.start, name }])
  })
  const fullName = (surname: string, at: number) => {
    const named = surnames.get(surname)
    if (!named) return undefined
    const headlined = [...new Set(named.map((n) => n.name))].filter((n) => headline.includes(n))
    return headlined.length === 1 ? headlined[0]! : (named.filter((n) => n.at < at).at(-1) ?? named[0]!).name
  }
  // (a first name alone, "Stephen", is the one person named in full with it, "Stephen Jones", when only one is)
  const firstNames = new Map<string, Set<string>>()
  for (const named of surnames.values()) for (const n of named) firstNames.set(n.name.split(' ')[0]!, (firstNames.get(n.name.split(' ')[0]!) ?? new Set()).add(n.name))
  const byFirstName = (name: string, k: EntityKind | undefined) => {
    const fulls = firstNames.get(name)
    const firstName = k === undefined || k === 'person' || (k === 'organization' && hasTag(name, FIRST_NAME))
    const full = fulls?.size === 1 ? [...fulls][0]! : undefined
    // (a full name whose surname is a surname, or a word the lexicon does not know: not "Mario Run")
    const surname = full?.split(' ').at(-1) ?? ''
    return full && firstName && hasTag(name, FIRST_NAME) && (hasTag(surname, ['LastName']) || lexTags(surname).length === 0) ? full : undefined
  }
  runs.forEach((r, i) => {
    const k = kinds[i]
    const { name, span } = canonical(r)
    const full = fullName(name, span.start)
    // (a surname the lexicon also knows for a town is the person's after they were named in full, but where the text says where: "Stafford, earlier in the hearing, was adamant", not "in Stafford")
    // (and a surname the tagger took for a company's camel case, "McLaughlin" after "Maura McLaughlin")
    const person = k === undefined || k === 'person' || ((k === 'place' || (k === 'organization' && isCamel(name))) && surnameAfterFullName(text, name, span.start, full))
    const first = full === undefined && !/\s/u.test(name) ? byFirstName(name, k) : undefined
    if (first !== undefined) add('person', first, span)
    else if (full !== undefined && person) add('person', full, span)
    else if (k) add(k, name, span)
  })
  // deterministic order: by first mention
  for (const e of order) e.mentions.sort((a, b) => a.start - b.start)
  return order.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start)
}
