/**
 * The article's conclusions, for the takeaways slide: statements in the article's own voice
 * that carry its gist. A candidate is a complete point that stands alone (no "It", "However",
 * no "these privileges" pointing back inside it, no "its" before any noun it could stand for,
 * no "I" nor "you": the takeaways speak for the article, not as its author nor to the reader; no item of a list nor
 * passage set off as a quotation nor words of someone given the floor (an interview's turn, a round-up's voice), no heading in title case, no code, no specification's requirement in capitals),
 * asks nothing (no question), quotes no one and opens on no quotation (a voice, not a conclusion), is not
 * a headline title's sentence, no log line or link, and is not in the opening paragraph (the
 * lede opens the deck's body), does not speak of the text itself ("In this post, we'll look at"),
 * is no subordinate clause alone, no glossary line and no setup that the next sentence turns around. Candidates rank by how close their words
 * are to the whole article's (centroid summarisation: Radev et al., 2004), more for words of
 * judgement and for a place near the end; at most one per section, so the takeaways span the article.
 */
import { announcesAPlan, guidesTheReader, judges, looksAhead, subordinateOnly } from '../analyze/discourse.ts'
import { countWords } from '../analyze/script.ts'
import { opensOnImperative, tagWords } from '../analyze/constituents.ts'
import { asksAQuestion, creditsAPronoun, inFirstPerson, onlyRelativeClause, pronounBeforeNoun, refersBack, THIRD_PERSON, titleCased, toTheReader, unbalancedQuotes } from '../analyze/stand-alone.ts'
import type { Analysis, KeyPoint, Section } from '../types.ts'
import { SLIDE_BUDGET } from '../slide-budget.ts'
import { setsUp } from './section-slides.ts'

/** A quotation of three words or more, in any of the usual marks. */
const QUOTATION = /[“«„「『"][^”»」』"]*?(?:\s\S+){2,}[^”»」』"]*?[”»」』"]/u

/** A term and its definition ("Task: Unit of execution of a lambda"): a glossary's line, no conclusion. */
const GLOSSARY_LINE = /^[^\s:]+(?:\s[^\s:]+){0,2}:\s/u

/** Code in a sentence: a call ("foo(0xaf, val)"), a hexadecimal number. */
const CODE_LIKE = /\b[\p{L}_][\p{L}\p{N}_]*\((?:[^()\s]*,\s*)*[^()\s]*\)|\b0x[0-9a-f]+\b/iu

/** A line of a log or a timeline, a link, or a clause left hanging on a dash or a colon: no conclusion. */
const LOG_LINE = /^\d{1,2}:\d{2}\b|https?:\/\/|\bwww\.|[-–—:;,]\s*$/u

/** A requirement of a specification in RFC 2119's capitals ("Servers MUST …", "… SHOULD NOT …"): a rule of the protocol, not a conclusion about it. */
const REQUIREMENT = /\b(?:MUST|SHOULD|SHALL|MAY|REQUIRED|RECOMMENDED|OPTIONAL)\b/u

/** How many requirements in RFC 2119's capitals make a text a specification. */
const SPECIFICATION_REQUIREMENTS = 5

/** Whether the article is a specification (an RFC, an Internet-Draft): its requirements are rules, and it draws no conclusions for a takeaways slide. */
export function specifies(a: Analysis): boolean {
  let n = 0
  for (const s of a.sentences) if (REQUIREMENT.test(s.text) && ++n >= SPECIFICATION_REQUIREMENTS) return true
  return false
}

/** True when `k` may be said as a takeaway. */
export function concludes(a: Analysis, k: KeyPoint, section: Section, opening: number): boolean {
  const s = a.sentences[k.sentence]!
  return (
    k.complete &&
    k.sentence !== section.titleSentence &&
    s.paragraph !== opening &&
    !refersBack(k.text, a.lang) &&
    // (nor someone's view whom only the sentences before name: "Britain, they suggest, should …")
    !creditsAPronoun(k.text, a.lang) &&
    !inFirstPerson(k.text, a.lang) &&
    !toTheReader(k.text, a.lang) &&
    // an item of a list is part of the list, not a conclusion ("Rust the open-source project");
    // a passage set off as a quotation is another text's words ("Arguments of type __int128 offer …")
    !['list-item', 'blockquote'].includes(a.article.blocks[a.paragraphs[s.paragraph]!.block]?.kind ?? '') &&
    // (nor the words of someone the article gives the floor to: an interview's answer, a round-up's voice)
    !a.article.blocks[a.paragraphs[s.paragraph]!.block]?.speaker &&
    !CODE_LIKE.test(k.text) &&
    !REQUIREMENT.test(k.text) &&
    !asksAQuestion(s.text) &&
    !QUOTATION.test(s.text) &&
    !/^\s*[“«„「『"]/u.test(s.text) &&
    !unbalancedQuotes(s.text) &&
    !LOG_LINE.test(k.text) &&
    !GLOSSARY_LINE.test(k.text) &&
    !titleCased(k.text) &&
    !onlyRelativeClause(k.text, a.lang) &&
    !guidesTheReader(s.text, a.lang) &&
    !announcesAPlan(s.text, a.lang) &&
    !subordinateOnly(k.text, a.lang) &&
    // a sentence written from a small letter is the rest of a list or a clause cut before it
    // ("with the exception that arguments of type __int128 …")
    !/^\p{Ll}/u.test(s.text.trimStart()) &&
    // a setup the next sentence turns around ("… they will shrug and say no." "But …")
    !setsUp(a, k.sentence) &&
    // last: they tag the sentence
    !(a.lang === 'en' && bidsTheReader(k.text)) &&
    !pronounBeforeNoun(k.text, a.lang)
  )
}

/**
 * Whether an English sentence bids the reader do something, opening on a verb without a subject
 * ("Submit your feedback here", "Help shape the future of Node.js by participating", "Use
 * Deployment for stateless apps"): a call, no conclusion the article draws.
 */
function bidsTheReader(text: string): boolean {
  // ("Help" the tagger reads as a noun)
  return /^\s*(?:help|let|please)\s/iu.test(text) || opensOnImperative(text)
}

/** Sentences that say what may come a closing slide needs at least (plan/index.ts MIN_AHEAD). */
const MIN_AHEAD_PICKS = 2

/**
 * Up to `max` conclusions, best first, none from `excluded` (sentences other slides show).
 * `spare`: only from sections that keep at least two more complete points for their own slides.
 */
export function conclusions(a: Analysis, excluded: ReadonlySet<number>, options: { max?: number; spare?: boolean; ahead?: boolean } = {}): KeyPoint[] {
  const weight = new Map<number, number>()
  const weightOf = (k: KeyPoint) => weight.get(k.sentence) ?? weight.set(k.sentence, conclusionWeight(a, k)).get(k.sentence)!
  const byWeight = (x: KeyPoint, y: KeyPoint) => weightOf(y) - weightOf(x) || x.sentence - y.sentence
  const opening = a.sentences[0]?.paragraph ?? -1
  const max = options.max ?? 4
  const picks = (perSection: number) => a.sections.flatMap((section) => {
    const open = section.keyPoints.filter((k) => k.complete && !excluded.has(k.sentence) && k.sentence !== section.titleSentence)
    if (options.spare && open.length < 3) return []
    // (`ahead`: only a sentence that says what may come, for the closing slide of a story without headings)
    const fits = (k: KeyPoint) => !options.ahead || saysWhatMayCome(k.text, a.lang)
    // best first, and the checks (one of them tags the sentence) only until enough pass
    // spared, they leave their section two points that stand alone: not the next one when that points back to one ("… cette disposition")
    const out: KeyPoint[] = []
    const leaves = (k: KeyPoint) => open.filter((q) => q !== k && !out.includes(q) && !(q.sentence === k.sentence + 1 && refersBack(q.text, a.lang))).length
    for (const k of [...open].sort(byWeight)) {
      if (out.length >= perSection) break
      if (fits(k) && (!options.spare || leaves(k) >= 2) && concludes(a, k, section, opening)) out.push(k)
    }
    return out
  })
  // one per section, so the takeaways span the article; a story that says what may come in one
  // section only closes on two of its sentences ("… could be worth billions", "Companies expect
  // that clinical trials could begin in as little as three years")
  const once = picks(1)
  const best = options.ahead && once.length < MIN_AHEAD_PICKS ? picks(MIN_AHEAD_PICKS) : once
  best.sort(byWeight)
  const out: KeyPoint[] = []
  let words = 0
  for (const k of options.ahead ? best : judgedOrCentral(a, best)) {
    const w = countWords(k.text)
    if (out.length >= max || (out.length > 0 && words + w > SLIDE_BUDGET.bodyWords)) continue
    out.push(k)
    words += w
  }
  return out
}

/**
 * Among the sections' picks, those that judge in words, and those that do not but say the
 * article's gist as well as the judging ones do on average: a section without a judgement gives
 * no takeaway of a scene ("Shadman, 29, likes flowers") or an aside ("#MeToo is not a “frenzy”")
 * for want of one. All of them when none judges.
 */
function judgedOrCentral(a: Analysis, picks: readonly KeyPoint[]): KeyPoint[] {
  const judging = picks.filter((k) => judges(a.sentences[k.sentence]!.text, a.lang))
  if (judging.length === 0) return [...picks]
  const gist = judging.reduce((n, k) => n + k.gist, 0) / judging.length
  return picks.filter((k) => judging.includes(k) || k.gist >= gist)
}

/** A modal verb of what may come: after a verb in the past tense it tells what was possible then. */
const MODAL_EN = /^(?:could|might|may)$/i

/**
 * Whether a bullet says what may come of the story (locale `speech.outlook`): in English, not
 * a modal after a verb in the past tense, which tells what was possible then ("Everyone by then
 * realized that CRISPR might become …", "The next step was clear — … could work").
 */
export function saysWhatMayCome(text: string, lang: string): boolean {
  if (!looksAhead(text, lang)) return false
  if (lang !== 'en') return true
  const words = tagWords(text)
  // (nor one whose "they" or "he" the slide before would have named: "Lawsuits are certain and they worry …")
  if (words.some((w) => THIRD_PERSON.has(text.slice(w.start, w.end).toLowerCase()))) return false
  const modal = words.findIndex((w) => MODAL_EN.test(text.slice(w.start, w.end)))
  return modal < 0 || !words.slice(0, modal).some((w) => w.tags.includes('PastTense'))
}

/** How much more a sentence that judges ("In short", "must") weighs than its gist alone. */
const JUDGES = 3
/** How much more a sentence in the article's last fifth weighs: where articles conclude. */
const LATE = 1.2
const LATE_SHARE = 0.8

/**
 * A candidate's weight: its gist, more for words of judgement and for a place near the end
 * (cue and location methods, Edmundson 1969, beside the centroid).
 */
export function conclusionWeight(a: Analysis, k: KeyPoint): number {
  const s = a.sentences[k.sentence]!
  const last = a.sentences.at(-1)?.paragraph ?? 0
  const late = last > 0 && s.paragraph >= last * LATE_SHARE
  return k.gist * (judges(s.text, a.lang) ? JUDGES : 1) * (late ? LATE : 1)
}
