/**
 * Quotations, attributed paraphrases and scare-quoted terms.
 *
 * - Direct quotes: text inside “…”, "…", « … », „…“, 「…」 or 『…』 (within one line). The
 *   span is the inner text, trimmed of spaces and of a trailing comma ("…," said X).
 * - A quotation of 1–4 words without end punctuation and without an attribution right
 *   next to it is a Term (“distillation”), not a Quote.
 * - Paraphrases: "As X of Y noted, <statement>", "X argued that <statement>", … (see
 *   attribution.ts). Several speakers of one statement ("Figures like A and B highlighted
 *   that …") give ONE paraphrase whose speaker is the names as written ("A and B").
 * - Bare surnames resolve to the full name seen in the text ("Lehane" → "Chris Lehane"),
 *   pronouns ("she said") to the last person named in this or the previous paragraph;
 *   a speaker's affiliation and role carry over to later quotes of the same person.
 * - Block quotations (a passage the page sets off, `isBlockQuote`) right after a paragraph that
 *   says who speaks ("…, Zuckerberg said at the trial.", "He also stressed …") are that
 *   speaker's words: a direct quote of the whole passage (see blockQuotes).
 */
import { unknownSubject } from './subject-names.ts'
import { escapeRegExp } from './regex.ts'
import type { Entity, Quote, Sentence, Span, Term } from '../types.ts'
import { attributionAfter, attributionAround, attributionBefore, findParaphrase, parseAppositive, SPEECH_VERB, SPEECH_VERB_WORD, type Speaker } from './attribution.ts'
import { extractEntities, HONORIFIC, lexTags } from './entities.ts'
import { sentenceAt } from './figures.ts'
import { dashAttribution, dashQuotationSpans } from './dash-quotes.ts'

// (Swedish and Finnish open and close a quotation with the same mark, ”…”, as "…" does)
const PAIRS: Record<string, string> = { '“': '”', '"': '"', '”': '”', '«': '»', '„': '“”', '「': '」', '『': '』' }
const OPENERS = /[“"”«„「『]/g

interface Marked extends Span {
  /** Offsets of the quotation marks themselves. */
  open: number
  close: number
  /** Set off by dashes (dash-quotes.ts), not by quotation marks. */
  dash?: boolean
}

/** The quotations in marks and those set off by dashes, in order; one inside another is left out (the dashes' words hold the marks'). */
function allQuotationSpans(text: string): Marked[] {
  const dashes = dashQuotationSpans(text).map((d) => ({ ...d, dash: true }))
  if (dashes.length === 0) return quotationSpans(text)
  const out: Marked[] = []
  for (const m of [...dashes, ...quotationSpans(text)].sort((a, b) => a.open - b.open || Number(b.dash ?? 0) - Number(a.dash ?? 0))) {
    const last = out.at(-1)
    if (!last || m.open > last.close) out.push(m)
  }
  return out
}

/** Sorted offsets of every character in `chars`. */
function positions(text: string, chars: string): number[] {
  const out: number[] = []
  const re = new RegExp(`[${chars}]`, 'g')
  for (const m of text.matchAll(re)) out.push(m.index)
  return out
}

/** First value in sorted `arr` greater than `x`, or -1 (binary search). */
function firstAfter(arr: number[], x: number): number {
  let lo = 0
  let hi = arr.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (arr[mid]! <= x) lo = mid + 1
    else hi = mid
  }
  return lo < arr.length ? arr[lo]! : -1
}

/** Quotation-mark pairs that open and close on the same line. */
function quotationSpans(text: string): Marked[] {
  const out: Marked[] = []
  const closers = new Map<string, number[]>()
  for (const c of new Set(Object.values(PAIRS).join(''))) closers.set(c, positions(text, c))
  const newlines = positions(text, '\n')
  OPENERS.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = OPENERS.exec(text)) !== null) {
    const open = m.index
    const mark = m[0]
    if (mark === '"' && /[\p{N}\p{L}]/u.test(text[open - 1] ?? ' ')) continue // 5'10", or a stray closer
    // (a ” after a word or its punctuation closes: only one after a space or a bracket, or first on its line, opens ”…”)
    if (mark === '”' && !/[\s([{—–-]/u.test(text[open - 1] ?? ' ')) continue
    const lineEnd = firstAfter(newlines, open)
    const limit = lineEnd < 0 ? text.length : lineEnd
    // binary search in precomputed closer positions: unmatched marks cost O(log n), not a scan
    let close = -1
    for (const c of PAIRS[mark] ?? '') {
      const j = firstAfter(closers.get(c) ?? [], open)
      if (j >= 0 && j < limit && (close < 0 || j < close)) close = j
    }
    if (close < 0) continue
    let s = open + 1
    let e = close
    while (s < e && /\s/.test(text[s]!)) s++
    while (e > s && /[\s,]/.test(text[e - 1]!)) e--
    if (e > s) out.push({ start: s, end: e, open, close })
    OPENERS.lastIndex = close + 1
  }
  return out
}

/** Attribution is looked for within this many characters of the quotation marks. */
const WINDOW = 300

const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length

interface Ctx {
  text: string
  sentences: Sentence[]
  entities: readonly Entity[]
  /** Person mention starts → entity, for surname and pronoun resolution. */
  personAt: Map<number, Entity>
  personStarts: number[]
  /** The mentions of the people and organisations (sorted), and their names in lower case: who a pronoun may not skip past. */
  actors: { spans: Span[]; names: Set<string> }
  known: Map<string, { affiliation?: string; role?: string }>
  /** The speakers words set off by dashes name ("– mówi Karvonen"), the longest name for each surname. */
  dashSpeakers: string[]
}

/**
 * Where the persons a pronoun may stand for are named, in order: not inside quotation marks, where
 * a person is spoken of, not speaking ("“Heads needed to roll the day Jeffrey Epstein died,” he
 * said" after "Sasse said …" is Sasse's).
 */
function speakerStarts(personAt: ReadonlyMap<number, Entity>, marks: readonly Marked[]): number[] {
  const starts = [...personAt.keys()].sort((a, b) => a - b)
  // (both in the text's order: one walk through the marks)
  let i = 0
  return starts.filter((at) => {
    while (i < marks.length && marks[i]!.close <= at) i++
    const m = marks[i]
    return !m || !(at > m.open && at < m.close)
  })
}

function lastPersonBefore(ctx: Ctx, offset: number, paragraphFloor: number): { person: Entity; at: number } | undefined {
  let lo = 0
  let hi = ctx.personStarts.length - 1
  let best = -1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (ctx.personStarts[mid]! < offset) {
      best = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  if (best < 0) return undefined
  const at = ctx.personStarts[best]!
  const sIdx = sentenceAt(ctx.sentences, at)
  if ((ctx.sentences[sIdx]?.paragraph ?? 0) < paragraphFloor) return undefined
  // (nor past someone else no person or organisation of the entities is, named by one word: "… Joe Biden’s administration … Al-Hams
  // sighed. “…,” he said", the tagger's place; not past "Marlow University summed up …")
  if (unknownSubject(ctx.text, at, offset, ctx.actors.spans, ctx.actors.names)) return undefined
  const person = ctx.personAt.get(at)
  return person && { person, at }
}

/** What may come before a sentence's subject: nothing, or an opening adverbial closed by its comma ("Later, ", "A couple of months after the deal closed, however, when …, "). */
const BEFORE_SUBJECT = /^\s*$|,\s+$/u

/** English pronouns of a man and of a woman: a sentence's first one after its subject tells the subject's. */
const HIS = /^(?:he|him|his|himself)$/iu
const HERS = /^(?:she|her|hers|herself)$/iu

/**
 * The person a pronoun speaking after `last` stands for: when `last` is named in an earlier
 * sentence after that sentence's subject, a person too, the subject ("Sullivan told Page so.
 * “…!” she said" is Sullivan's; "Page called Doerr and informed him that he and Brin … “…,” he
 * said" is Page's); not a subject the sentence's first pronoun after it shows to be of the other
 * sex ("Carlson brought her iPhone … and recorded him saying …. “…,” he said" is not Carlson's).
 * Else `last`.
 */
function subjectOfLastNaming(ctx: Ctx, offset: number, pronoun: string, last: { person: Entity; at: number } | undefined): Entity | undefined {
  if (!last) return undefined
  const s = ctx.sentences[sentenceAt(ctx.sentences, last.at)]
  if (!s || s.end > offset) return last.person
  const first = ctx.personStarts.find((at) => at >= s.start && at < last.at)
  const subject = first === undefined ? undefined : ctx.personAt.get(first)
  if (!subject || !BEFORE_SUBJECT.test(ctx.text.slice(s.start, first))) return last.person
  const next = /\b(?:he|him|his|himself|she|her|hers|herself)\b/iu.exec(ctx.text.slice(first, s.end))?.[0] ?? ''
  const clash = (HIS.test(pronoun) && HERS.test(next)) || (HERS.test(pronoun) && HIS.test(next))
  return clash ? last.person : subject
}

/**
 * Who words set off by dashes with an unnamed speaker ("– mówi.") are: the person named last
 * before them, among the article's people and the speakers its dashes name elsewhere ("– mówi
 * McCabe": the tagger may not know "McCabe" for a person), in this paragraph or the one before.
 */
function lastSpeakerBefore(ctx: Ctx, offset: number, paragraphFloor: number): string | undefined {
  const person = lastPersonBefore(ctx, offset, paragraphFloor)
  let best = person ? { name: person.person.name, at: person.at } : undefined
  for (const name of ctx.dashSpeakers) {
    const surname = name.split(' ').at(-1)!
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(surname)}(?![\\p{L}\\p{N}])`, 'gu')
    let at = -1
    for (const m of ctx.text.slice(0, offset).matchAll(re)) at = m.index
    if (at > (best?.at ?? -1) && (ctx.sentences[sentenceAt(ctx.sentences, at)]?.paragraph ?? 0) >= paragraphFloor) best = { name, at }
  }
  return best?.name
}

/** Capitalised words up to a title's abbreviation inside a speaker's name ("Carolina Sen. "), and the title. */
/** A name less the places that open it, two words of it left at least: "Massachusetts Joshua Levy" → "Joshua Levy". */
function withoutLeadingPlace(name: string): string {
  const words = name.split(/\s+/u)
  let at = 0
  while (words.length - at > 2 && lexTags(words[at]!).some((t) => PLACE_TAGS.has(t))) at++
  return at > 0 ? words.slice(at).join(' ') : name
}

/** The lexicon's tags of a place's name. */
const PLACE_TAGS: ReadonlySet<string> = new Set(['Region', 'Country', 'City', 'Place'])

const TITLED_NAME = /^(?:\p{Lu}[\p{L}'’-]*\s+)+(?:Sen|Rep|Gov|Gen|Col|Capt|Sgt|Maj|Adm|Supt|Det|Insp|Lt)\.\s+(?=\p{Lu}[\p{L}'’-]*\s+\p{Lu})/u

/** A surname alone ("Azzouz") as the one person of the article or the one earlier speaker it names ("Lotfi Azzouz"); a short form or an organisation stays as written. */
function fullName(ctx: Ctx, name: string): string {
  // a short form ("CFPB") or an organisation is no surname ("Additional CFPB")
  if (/^\p{Lu}{2,}$/u.test(name) || ctx.entities.some((e) => e.kind === 'organization' && e.name === name)) return name
  const matches = new Set<string>()
  for (const e of ctx.entities) if (e.kind === 'person' && e.name.endsWith(` ${name}`)) matches.add(e.name)
  for (const k of ctx.known.keys()) if (k.endsWith(` ${name}`)) matches.add(k)
  // a name with a space is whole, but for a surname of two words whose whole name one earlier speaker or person has ("Abu Hatab" of "Walid Abu Hatab");
  // not a first name and a surname, "Stephen Jones", which a son's "John Stephen Jones" ends with
  if (/\s/.test(name)) return matches.size === 1 && surnameOfTwoWords(name) ? [...matches][0]! : name
  // (and not where the text names two people so, whom the tagger may not both know: "Jerry Jones" and "Stephen Jones")
  for (const full of namesEndingIn(ctx.text, name)) matches.add(full)
  // (nor a name a language that declines names wrote in another case: "přestupu Declana Rice", "s Declanem Ricem", the speaker "Rice")
  return matches.size === 1 && !declined([...matches][0]!, ctx.text) ? [...matches][0]! : name
}

/** Case endings of declined first names (Czech, Polish, Slovak, Russian …): "Declan-a", "Declan-em", "Jan-owi", "Иван-ом". */
const CASE_ENDING = /^(?:a|e|i|u|y|ou|em|om|ovi|owi|ego|emu|ем|ом|ею|ой|ым|а|у|е|ы)$/u
/** The same endings closing a name ("Declan-a"), the longest first. */
const CASE_ENDING_AT_END = /(?<=\p{L}{3})(?:ovi|owi|ego|emu|ou|em|om|ем|ом|ею|ой|ым|a|e|i|u|y|а|у|е|ы)$/u

/**
 * Whether the first name of a whole name is one form of a name the text also writes in another
 * case ("Declana" beside "Declanem"): the whole name may not be the form a speaker is named by.
 */
function declined(whole: string, text: string): boolean {
  // (asked once per name of a text: each asking reads the whole text)
  if (DECLINED.text !== text) Object.assign(DECLINED, { text, known: new Map<string, boolean>() })
  let known = DECLINED.known.get(whole)
  if (known === undefined) DECLINED.known.set(whole, (known = declinedIn(whole, text)))
  return known
}

/** The last text `declined` was asked about, and its answers by name. */
const DECLINED: { text: string | undefined; known: Map<string, boolean> } = { text: undefined, known: new Map() }

function declinedIn(whole: string, text: string): boolean {
  const first = whole.split(' ')[0]!
  const stem = first.replace(CASE_ENDING_AT_END, '')
  if (stem.length < 3) return false
  const forms = new Set(text.match(new RegExp(`(?<![\\p{L}])${escapeRegExp(stem)}\\p{Ll}{0,3}(?![\\p{L}])`, 'gu')) ?? [])
  const endings = [...forms].map((f) => f.slice(stem.length))
  return forms.size > 1 && endings.every((e) => e === '' || CASE_ENDING.test(e))
}

/** Words that open a surname of two words or more ("Abu Hatab", "van Gogh", "Al-Hams"), which the lexicon may know as first names. */
const SURNAME_PARTICLE = /^(?:abu|al|el|bin|ibn|ben|van|von|de|da|di|del|della|der|den|du|la|le|mac|mc|st|san|santa|dos|das)$/iu

/** Whether a name of two words is a surname of two words, not a first name and a surname ("Stephen Jones"). */
function surnameOfTwoWords(name: string): boolean {
  const first = name.split(' ')[0]!
  return SURNAME_PARTICLE.test(first) || !knownFirstName(first)
}

/** Whether the lexicon knows a word as a first name ("Stephen"). */
function knownFirstName(word: string): boolean {
  return lexTags(word.toLowerCase()).some((t) => /^(?:FirstName|MaleName|FemaleName)$/u.test(t))
}

/**
 * The full names the text writes with this surname that the tagger did not know for names
 * ("Ajmi Lourimi, a member of …" for "Lourimi"): a first word the lexicon does not hold for
 * anything else (no title such as "Minister", no "The"), right before the surname.
 */
function namesEndingIn(text: string, surname: string): Set<string> {
  const out = new Set<string>()
  const escaped = escapeRegExp(surname)
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}’'-])(\\p{Lu}[\\p{Ll}’'-]+) ${escaped}(?![\\p{L}’'-])`, 'gu'))) {
    const first = m[1]!
    const tags = lexTags(first.toLowerCase())
    if (!HONORIFIC.test(first) && (tags.length === 0 || tags.some((t) => /Name$/.test(t)))) out.add(`${first} ${surname}`)
  }
  return out
}

/**
 * Who the text said a speaker is where it first named them before `before`, as an appositive
 * after the full name ("Ajmi Lourimi, a member of Ennahda’s general secretariat, said he
 * believed …" for a later “…,” Lourimi said): the role and affiliation a quote slide credits.
 */
function introducedAs(text: string, name: string, before: number): { affiliation?: string; role?: string } | undefined {
  if (!/\s/.test(name)) return undefined
  const escaped = escapeRegExp(name)
  // (the appositive ends at a comma or at the sentence's end: "…, said Tom Forte, who follows Amazon as a managing director at the D.A. Davidson brokerage.")
  // (a place of a few capitalised words after its comma is the appositive's: "…, an immunologist at the University of California, San Francisco, …")
  const m = new RegExp(`(?<![\\p{L}’'-])${escaped},\\s([^,;:"“”«»„]{2,80}?(?:,\\s\\p{Lu}[\\p{L}-]+(?:\\s\\p{Lu}[\\p{L}-]+){0,2}(?=[,.]))?)(?:,|(?<=\\p{Ll}{2})\\.(?=\\s|$))`, 'u').exec(text.slice(0, before))
  const found = m ? parseAppositive(m[1]!) : {}
  return found.affiliation || found.role ? found : undefined
}

/** An office written before a name ("CEO John Mackey", "Chairman Jerome Powell"), maybe after its organisation ("T-Mobile CEO John Legere"), and the name after it. */
const OFFICE_BEFORE_NAME = /^(?:((?:[\p{Lu}][\p{L}&.-]*\s+){1,3}))?(CEO|CFO|CTO|COO|Chairman|Chairwoman|Chair|President|Vice President|Director|Senator|Governor|Mayor|Minister|Secretary)\s+(?=\p{Lu}\p{L}+\s+\p{Lu})/u

/**
 * Whether a pronoun at `abs` speaks in a clause another subject of its sentence reports, one no
 * person names ("The staff member who reported the call recalled that he said, “…”"): "he" may be
 * anyone, not the last person named (the congresswoman he threatened).
 */
function reportedBySomeoneUnnamed(ctx: Ctx, abs: number): boolean {
  const s = ctx.sentences[sentenceAt(ctx.sentences, abs)]
  if (!s || !/\sthat\s+$/iu.test(ctx.text.slice(Math.max(s.start, abs - 8), abs))) return false
  const first = ctx.personStarts.findIndex((at) => at >= s.start)
  return first < 0 || ctx.personStarts[first]! >= abs
}

/** Fill speaker/affiliation/role on `q` from a Speaker found at absolute offset `base + sp.at`. */
function applySpeaker(ctx: Ctx, q: Quote, sp: Speaker, base: number): void {
  const abs = base + sp.at
  let name = sp.name
  if (sp.pronoun) {
    // ("They said that Sudan had a long way to go …" after "Obama administration officials said …": many, never the one person named last)
    if (/^they$/i.test(name)) return
    const para = ctx.sentences[q.sentence]?.paragraph ?? 0
    if (reportedBySomeoneUnnamed(ctx, abs)) return
    const p = name === '' ? lastSpeakerBefore(ctx, abs, para - 1) : subjectOfLastNaming(ctx, abs, name, lastPersonBefore(ctx, abs, para - 1))?.name
    if (!p) return
    name = fullName(ctx, p)
  } else {
    const title = /^(?:Mr|Mrs|Ms|Dr|Prof|Professor)\.?\s/.exec(name)?.[0] ?? ''
    const e = ctx.personAt.get(abs) ?? ctx.personAt.get(abs + title.length)
    if (!e && title) name = name.slice(title.length)
    // (an entity's whole name in a case other than the speaker's, "Declana Rice" for "zdůrazňuje Rice", gives way to the name as written)
    name = fullName(ctx, e && !declined(e.name, ctx.text) ? e.name : name)
  }
  // (the words before a title's abbreviation are no part of the name: "Carolina Sen. Lindsey Graham" is Lindsey Graham;
  // nor is a place the office before it named, "Attorney for the District of Massachusetts Joshua Levy")
  name = withoutLeadingPlace(name.replace(TITLED_NAME, ''))
  // a job title written before the name is the role, not part of the name ("CEO John Mackey")
  const office = OFFICE_BEFORE_NAME.exec(name)
  if (office) name = name.slice(office[0].length)
  // (the organisation before the office, "T-Mobile CEO"; a "Vice" is the office's)
  const vice = office?.[1]?.trim() === 'Vice'
  const officeRole = office ? `${vice ? 'Vice ' : ''}${office[2]}` : undefined
  // (not part of one whose first words the attribution left before it: "AT&T Entertainment CEO …" read from "Entertainment")
  const cut = /\p{Lu}[\p{L}&.'’-]*\s+$/u.test(ctx.text.slice(Math.max(0, abs - 30), abs))
  const officeOf = office?.[1] && !vice && !cut ? office[1].trim() : undefined
  q.speaker = name
  const prior = ctx.known.get(name) ?? introducedAs(ctx.text, name, abs)
  const affiliation = sp.affiliation ?? prior?.affiliation ?? officeOf
  const role = sp.role ?? prior?.role ?? officeRole
  if (affiliation) q.affiliation = affiliation
  if (role) q.role = role
  // (what the text said of them before counts for their next quotations too: "“We have nothing to fear,” he said")
  if (sp.affiliation || sp.role || !ctx.known.has(name)) ctx.known.set(name, { affiliation, role })
}

/** `entities` defaults to extractEntities(text); analyze() passes the ones it has already found. */
export function extractQuotes(
  text: string,
  sentences: Sentence[],
  entities: readonly Entity[] = extractEntities(text),
  /** Whether a paragraph is set off as a quotation (a <blockquote>, Markdown's "> "). */
  isBlockQuote: (paragraph: number) => boolean = () => false,
): { quotes: Quote[]; terms: Term[] } {
  const personAt = new Map<number, Entity>()
  for (const e of entities) if (e.kind === 'person') for (const m of e.mentions) personAt.set(m.start, e)
  const marks = allQuotationSpans(text)
  const actorEntities = entities.filter((e) => e.kind !== 'place')
  const actors = { spans: actorEntities.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start), names: new Set(actorEntities.map((e) => e.name.toLowerCase())) }
  const ctx: Ctx = { text, sentences, entities, personAt, personStarts: speakerStarts(personAt, marks), known: new Map(), actors, dashSpeakers: dashSpeakers(text, marks) }

  const quotes: Quote[] = []
  const terms: Term[] = []
  let mi = 0

  sentences.forEach((sent, si) => {
    // direct quotations starting in this sentence, in order
    let quoted = false
    while (mi < marks.length && marks[mi]!.open < sent.end) {
      const mk = marks[mi++]!
      if (mk.open < sent.start) continue
      const found = directQuote(ctx, mk, si)
      if (found.kind === 'term') terms.push({ text: found.quote.text, span: found.quote.span })
      else {
        quotes.push(found.quote)
        quoted = true
      }
    }
    if (quoted) return
    const q = paraphraseQuote(ctx, sent, si)
    if (q) quotes.push(q)
  })
  continuedQuotes(ctx, quotes)
  return { quotes: [...quotes, ...blockQuotes(ctx, isBlockQuote, quotes)].sort((x, y) => x.span.start - y.span.start), terms }
}

/** The names after the closing dashes of words set off by dashes, the longest for each surname. */
function dashSpeakers(text: string, marks: readonly Marked[]): string[] {
  const bySurname = new Map<string, string>()
  for (const m of marks) {
    if (!m.dash) continue
    const sp = dashAttribution(text.slice(m.close + 1, m.close + 1 + WINDOW))
    if (!sp || sp.pronoun) continue
    // (a name at the sentence's end keeps its full stop: "– mówi McCabe.")
    const name = sp.name.replace(/\.$/u, '')
    const surname = name.split(' ').at(-1)!
    if (name.length > (bySurname.get(surname)?.length ?? 0)) bySurname.set(surname, name)
  }
  return [...bySurname.values()]
}

/** Characters at most between a speaker's quotation and the next one that goes on in their voice. */
const CONTINUED_GAP = 300

/**
 * A quotation with no attribution of its own that follows one of a named speaker in the same
 * paragraph, no one else named between them, is that speaker's too (“These simulations are huge
 * datasets …,” said Paul Torrey, associate professor … “What's fundamentally new about TNG50 …”).
 */
function continuedQuotes(ctx: Ctx, quotes: Quote[]): void {
  const paragraph = (q: Quote) => ctx.sentences[q.sentence]?.paragraph
  for (let i = 1; i < quotes.length; i++) {
    const [p, q] = [quotes[i - 1]!, quotes[i]!]
    if (q.kind !== 'direct' || q.speaker || p.kind !== 'direct' || !p.speaker || paragraph(p) !== paragraph(q)) continue
    // (a sentence of its own: not the rest of one the attribution cut, “but the quietest boat …”, nor one that leans on the last, “And he made me …”)
    if (!/^\p{Lu}/u.test(q.text) || /^(?:And|But|Or|So|Yet|Nor)\b/u.test(q.text)) continue
    if (q.span.start - p.span.end > CONTINUED_GAP) continue
    const others = ctx.personStarts.some((at) => at > p.span.end && at < q.span.start && ctx.personAt.get(at)?.name !== p.speaker)
    const sentenceEnd = ctx.sentences[q.sentence]?.end ?? q.span.end
    // (nor one said by someone the text does not name as a person: "…,” the office said)
    // (nor one the writer's sentence runs on after: RUNS_ON)
    if (others || SPEECH_VERB_WORD.test(ctx.text.slice(q.span.end, Math.max(q.span.end, sentenceEnd))) || RUNS_ON.test(ctx.text.slice(q.span.end + 1, sentenceEnd))) continue
    q.speaker = p.speaker
    if (p.role) q.role = p.role
    if (p.affiliation) q.affiliation = p.affiliation
  }
}

/** Words a block quotation takes at least to be a quote (fewer: a line of the page set apart). */
const BLOCK_QUOTE_WORDS = 6

/** "He also stressed …": a pronoun that speaks, opening a sentence. */
const PRONOUN_SPEAKS = new RegExp(String.raw`(?:^|[.!?]\s+)(?:He|She)\s+(?:also\s+)?(?:${SPEECH_VERB})(?![\p{L}\p{N}])`, 'u')

/**
 * The block quotations that follow a paragraph saying who speaks, as that speaker's direct
 * quotes ("If this [deal] is going to happen, …" after "He also stressed the need …", a report's
 * excerpts of testimony); a long one gets no slide of its own (fact-slides.ts), but its words on
 * a slide are credited to its speaker (section-slides.ts). The speaker is the one the paragraph
 * names with a verb of saying, or, for "He"/"She" saying, the one an earlier paragraph named so.
 * A passage with quotations of its own keeps them.
 */
function blockQuotes(ctx: Ctx, isBlockQuote: (paragraph: number) => boolean, found: readonly Quote[]): Quote[] {
  const { text, sentences } = ctx
  const quotedIn = new Set(found.map((q) => sentences[q.sentence]!.paragraph))
  const order = paragraphSentences(sentences)
  const out: Quote[] = []
  // who the paragraph before a run of block quotations says speaks, and who was said to speak last
  let credit: Quote | undefined
  let last: Quote | undefined
  order.forEach(([paragraph, ids], i) => {
    // (nor is the line that signs one a quotation of its own: "— Josh Aas, Head of Let's Encrypt")
    if (!isBlockQuote(paragraph) || signature(order[i], ctx)) return
    const before = order[i - 1]
    // (only the paragraph right before a run is read: the attribution is looked for there alone)
    if (before && !isBlockQuote(before[0])) {
      credit = speakerOfParagraph(ctx, before[1], last)
      if (credit) last = credit
    }
    const start = sentences[ids[0]!]!.start
    const end = sentences[ids.at(-1)!]!.end
    const words = text.slice(start, end).trim()
    // (a pull quote signed on its next line: "—Michael Brennan, Ford Foundation")
    const signed = signature(order[i + 1], ctx)
    if (signed) credit = signed
    if (!credit?.speaker || quotedIn.has(paragraph) || wordCount(words) < BLOCK_QUOTE_WORDS) return
    out.push({
      kind: 'direct',
      text: words,
      span: { start, end: start + words.length },
      sentence: ids[0]!,
      speaker: credit.speaker,
      ...(credit.affiliation ? { affiliation: credit.affiliation } : {}),
      ...(credit.role ? { role: credit.role } : {}),
    })
  })
  return out
}

/** A line that signs a quotation, or a post: a dash, a name, and the speaker's organisation after a comma ("—Michael Brennan, Ford Foundation", "—Carl Lerche"). */
export const SIGNATURE = /^[—–-]\s*(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})(?:,\s*([^,.;:]{2,60}))?$/u

/** A line that credits a quotation to the work it is from and its publication: "- from “The Next Browser War?”, Wired, 1999" (the publication speaks). */
const SOURCE_CREDIT = /^[—–-]\s*from\s+(?:[“"][^”"]{2,100}[”"]|[^,]{2,100}),\s*(\p{Lu}[\p{L}\p{N}'’.&]*(?:\s+\p{Lu}[\p{L}\p{N}'’.&]*){0,4})(?:,\s*(?:\p{L}+\s+)?\d{4})?\.?$/u

/** The speaker a paragraph of one line signing a quotation names, or undefined. */
function signature(paragraph: readonly [number, number[]] | undefined, ctx: Ctx): Quote | undefined {
  if (!paragraph || paragraph[1].length !== 1) return undefined
  const s = ctx.sentences[paragraph[1][0]!]!
  const line = s.text.trim()
  const source = SOURCE_CREDIT.exec(line)
  if (source) return { kind: 'direct', text: '', span: { start: s.start, end: s.end }, sentence: paragraph[1][0]!, speaker: source[1]! }
  const m = SIGNATURE.exec(line)
  if (!m) return undefined
  return { kind: 'direct', text: '', span: { start: s.start, end: s.end }, sentence: paragraph[1][0]!, speaker: m[1]!, ...(m[2] ? { affiliation: m[2].trim() } : {}) }
}

/** Who a paragraph says speaks: the one it names with a verb of saying, or for "He"/"She" saying, `last`. */
function speakerOfParagraph(ctx: Ctx, ids: readonly number[], last: Quote | undefined): Quote | undefined {
  const start = ctx.sentences[ids[0]!]!.start
  const end = ctx.sentences[ids.at(-1)!]!.end
  const paragraph = ctx.text.slice(start, end)
  const sp = attributionBefore(paragraph, true)
  const probe: Quote = { kind: 'direct', text: '', span: { start, end }, sentence: ids[0]! }
  // (a letter's writer, named alone on the line over it: "Tom:" over a reader's letter to a mailbag column)
  const label = NAME_LABEL.exec(paragraph.trim())
  if (label && !LABEL_WORDS.test(label[1]!)) probe.speaker = label[1]!
  else if (sp && !sp.pronoun) applySpeaker(ctx, probe, sp, start)
  else if (last && PRONOUN_SPEAKS.test(paragraph)) Object.assign(probe, { speaker: last.speaker, affiliation: last.affiliation, role: last.role })
  return probe.speaker ? probe : undefined
}

/** A line that is a name and a colon alone: "Tom:", "Cal C:". */
const NAME_LABEL = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s*:$/u
/** Words a line may set alone over a quotation that name no one: "Update:", "Example:", "Output:". */
const LABEL_WORDS = /^(?:update|note|example|examples|output|input|source|sources|quote|summary|excerpt|transcript|statement|question|answer|q|a|warning|tip|before|after|result|results|usage|response|reply)$/iu

/** Each paragraph's sentence indices, in order. */
function paragraphSentences(sentences: readonly Sentence[]): Array<[number, number[]]> {
  const out: Array<[number, number[]]> = []
  sentences.forEach((s, i) => {
    const lastOne = out.at(-1)
    if (lastOne && lastOne[0] === s.paragraph) lastOne[1].push(i)
    else out.push([s.paragraph, [i]])
  })
  return out
}

/** A quotation in marks: a quote (with its speaker when one is named) or, a short phrase with no speaker, a term. */
function directQuote(ctx: Ctx, mk: Marked, si: number): { kind: 'quote' | 'term'; quote: Quote } {
  const { text, sentences } = ctx
  const sent = sentences[si]!
  const inner = text.slice(mk.start, mk.end)
  const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(inner)
  const clause = wordCount(inner) > 4 || /[.!?…。！？]["”’]?$/.test(inner) || (cjk && inner.length >= 6)
  const q: Quote = { kind: 'direct', text: inner, span: { start: mk.start, end: mk.end }, sentence: si }
  // attribution after the closing mark, up to the end of its sentence (or the next one)
  const closeSent = sentenceAt(sentences, mk.close)
  const closeEnd = sentences[closeSent]?.end ?? text.length
  let afterEnd = closeEnd
  // a splitter may cut `"…!" she said` after the mark: continue into a next sentence that starts in lower case
  const next = sentences[closeSent + 1]
  if (text.slice(mk.close + 1, closeEnd).trim().length === 0 && next && /^[,]?\s*\p{Ll}/u.test(next.text)) afterEnd = next.end
  const after = text.slice(mk.close + 1, Math.min(afterEnd, mk.close + 1 + WINDOW))
  let sp = mk.dash ? dashAttribution(after) : attributionAfter(after)
  let base = mk.close + 1
  // (the writer's sentence runs on after the quotation's last word, no speaker named there: "“I don't think there was another soul in the room” who shared the owner's enthusiasm …" — words of a sentence not the speaker's)
  if (!sp && clause && RUNS_ON.test(text.slice(mk.close + 1, afterEnd)) && !/[.!?…,;:]$/u.test(inner)) return { kind: 'quote', quote: q }
  if (!sp) {
    let from = sent.start
    if (text.slice(sent.start, mk.open).trim() === '' && si > 0 && /:\s*$/.test(sentences[si - 1]!.text)) from = sentences[si - 1]!.start
    from = Math.max(from, mk.open - WINDOW)
    // (not words the clause says something is, which the speaker reports of others: "The reaction, Schlegelmilch said, is, ‘What do you know that I don't know?’")
    sp = REPORTED_AS.test(text.slice(from, mk.open)) ? undefined : attributionBefore(text.slice(from, mk.open), clause)
    base = from
    // (the speaker before the quotation and the verb after it, the order of a language that puts its verb last: "Uraloğlu, “…” dedi.")
    if (!sp && !mk.dash && clause && mk.open - sent.start <= WINDOW) {
      sp = attributionAround(text.slice(sent.start, mk.open), text.slice(mk.close + 1, closeEnd))
      base = sent.start
    }
  }
  // (the speaker set inside the quotation's marks, after its first words, as French writes it: "« Cette loi, c’est …, affirme-t-elle. Je crois … »")
  if (!sp && clause && (sp = incise(inner))) base = mk.start
  if (!sp && !clause) return { kind: 'term', quote: q }
  if (sp) applySpeaker(ctx, q, sp, base)
  return { kind: 'quote', quote: q }
}

/** A French verb of saying set inside a quotation after a comma, then its pronoun ("…, affirme-t-elle.", "…, dit-il") or a name ("…, explique Marie Dupont."). */
const INCISE = /,\s+(?:(\p{Ll}[\p{Ll}’'-]*?)(?:-t)?-(il|elle)|(?:affirme|explique|dit|ajoute|souligne|raconte|glisse|soupire|confie|précise|lance|poursuit|estime|insiste|rappelle|assure|déclare|indique|témoigne|résume|conclut|reconnaît|regrette|tranche|martèle)\s+((?:\p{Lu}[\p{L}’'-]+)(?:\s+\p{Lu}[\p{L}’'-]+){0,3}))\s*[.,;!?]/u

/** The speaker an incise inside a quotation names, at its place in the quotation's words. */
function incise(inner: string): Speaker | undefined {
  const m = INCISE.exec(inner)
  if (!m) return undefined
  const at = (m.index ?? 0) + m[0].indexOf(m[2] ?? m[3]!)
  return m[2] ? { name: m[2], at, pronoun: true } : { name: m[3]!, at }
}

/** The writer's words going on right after a quotation's closing mark, in lower case ("… in the room” who shared …"). */
const RUNS_ON = /^\s+(?:who|which|that|to|and|but|or|for|from|with|in|on|at|of|as|than|because|when|while|if)\s/u

/** A copula right before a quotation: the quotation is what the clause's subject is ("The immediate reaction … is, ‘…’"), words the speaker reports of others. */
const REPORTED_AS = /\b(?:is|was|are|were)\s*[,:]?\s*$/u

/** A sentence that reports what a named person said, when it has one. */
function paraphraseQuote(ctx: Ctx, sent: Sentence, si: number): Quote | undefined {
  const p = findParaphrase(sent.text)
  if (!p) return undefined
  const q: Quote = { kind: 'paraphrase', text: sent.text.slice(p.start, p.end), span: { start: sent.start + p.start, end: sent.start + p.end }, sentence: si, ...(p.object ? { object: true } : {}) }
  if (p.speakers.length === 1) applySpeaker(ctx, q, p.speakers[0]!, sent.start)
  else {
    // one statement, several speakers: the names as written ("A and B"); shared affiliation only
    const names = p.speakers.map((s) => ctx.personAt.get(sent.start + s.at)?.name ?? s.name)
    q.speaker = names.length === 2 ? `${names[0]} and ${names[1]}` : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
    const affs = new Set(p.speakers.map((s) => s.affiliation))
    const aff = p.speakers[0]!.affiliation
    if (affs.size === 1 && aff) q.affiliation = aff
  }
  return q.speaker ? q : undefined
}
