/**
 * Number series: figures of one kind and unit in one passage (a paragraph, or a run of list
 * items) that a bar chart can set side by side: share moves in %, revenue by year, costs of
 * options, counts of one thing. A series never mixes units or kinds: money by currency and per
 * unit ("$20 a month" is not set beside "$600 billion"), percentages by change or level, counts
 * by their noun, and amounts more than MAX_RATIO apart are not one series. Each item is labelled
 * by what its number is about, in the article's words (a period when the items differ by period).
 */
import { capitalFirstLetter } from './capital.ts'
import nlp from './nlp.ts'
import { tagged } from './tagger.ts'
import type { Analysis, Figure, FigureSeries, Paragraph, Sentence, Span } from '../types.ts'

export const MIN_ITEMS = 3
export const MAX_ITEMS = 8
/** Largest over smallest absolute value within one series. */
export const MAX_RATIO = 100
const MAX_LABEL_WORDS = 6

const CHANGE = /\b(?:rose|rise[sn]?|rising|fell|falls?|falling|dropped|drops?|climbed|climbs?|gained|gains?|lost|loses|declined|declines?|increased|increases?|decreased|decreases?|grew|grows?|jumped|jumps?|slid|slides?|slumped|surged|plunged|tumbled|soared|sank|up|down|deteriorat\w*|improv\w*|worsen\w*|shr[aiu]nk\w*|expand\w*|widen\w*|narrow\w*|contract(?:s|ed|ing)?)\b/i
const DOWN = /\b(?:fell|falls?|falling|dropped|drops?|lost|loses|declined|declines?|decreased|decreases?|slid|slides?|slumped|plunged|tumbled|sank|down|deteriorat\w*|worsen\w*|shr[aiu]nk\w*|narrow\w*|contract(?:s|ed|ing)?)\b/i
const CHANGE_AFTER = /^\s*(?:increase|decrease|rise|drop|decline|gain|growth|fall|jump|higher|lower|more|less)\b/i
const PER_UNIT = /^\s*(?:a|an|per|each|every|\/)\s*[\p{L}-]+/iu
const PERIOD = /\b(?:Q[1-4]\s?(?:19|20)\d\d|(?:first|second|third|fourth) quarter(?: of)?(?: (?:19|20)\d\d)?|(?:Jan|Febr)uary(?: (?:19|20)\d\d)?|(?:March|April|May|June|July|August|September|October|November|December)(?: (?:19|20)\d\d)?|(?:19|20)\d\d)\b/
const BOUNDARY = /[,;:()]|\s(?:and|while|whereas|but|compared with|versus|vs\.?)\s/g
const TRAILING = /\s*\b(?:rose|rise|fell|fall|dropped|climbed|gained|lost|declined|increased|decreased|grew|jumped|slid|slumped|surged|plunged|tumbled|soared|sank|up|down|was|were|is|are|be|been|at|of|to|by|reached|hit|stood|totaled|totalled|amounted|cost|costs|with|for|about|around|nearly|almost|roughly|some|an?|the|than|more|less|over|under|only|just|has|have|had|will|would|could|an estimated|estimated|in|on|after|before|rising|increasing|falling|basis)\s*$/i
const LEADING = /^\s*(?:the|a|an|its|their|his|her|our|this|that|these|those|of|in|on|for|after|before|while|rising|increasing|both)\s+/i

/**
 * A share's answer to the end of its sentence (a survey's list of answers): in quotation marks
 * after a verb of answering ("indicated “Most”", "said “I don't know”"), or a choice written
 * from a capital after a verb of choosing ("indicated RLS", "chose No (or CTAGS)").
 */
const ANSWERED = /^\s+(?:of\s+(?:respondents|users|people|those\s+asked)\s+)?(?:(?:indicated|answered|responded|said|chose|selected|picked|voted\s+for|preferred)\s+(?:"([^"]{1,60})"|“([^”]{1,60})”)|(?:indicated|chose|selected|picked|voted\s+for|preferred)\s+(\p{Lu}[\p{L}\p{N}\s.+#()-]{0,40}?))[.!]?\s*$/u

/** Where the clause holding a figure starts: after the previous figure or clause mark of its sentence. */
function clauseStart(text: string, s: Sentence, f: Figure, floor: number): number {
  const before = text.slice(Math.max(s.start, floor), f.span.start)
  let at = 0
  for (const m of before.matchAll(BOUNDARY)) at = (m.index ?? 0) + m[0].length
  return Math.max(s.start, floor) + at
}

/** Words that say nothing of what a number measures. */
export const GENERIC = /^(?:range|amount|total|sum|figure|number|level|price|value|own|region|area|average|rate|one|part|share|percent|percentage|proportion|majority|minority|rest|whole|increase|decrease|case|cases|example|instance|time|times|way|thing)$/i

function tidy(phrase: string): string | undefined {
  let p = phrase.replace(/[\s,;:.'"“”‘’]+$/u, '').trim()
  for (let i = 0; i < 4; i++) p = p.replace(TRAILING, '').replace(LEADING, '').trim()
  if (!p || !/\p{L}/u.test(p) || GENERIC.test(p) || p.split(/\s+/).length > MAX_LABEL_WORDS) return undefined
  // (a clause's connective and what follows it names nothing: "or opting" of "…, or opting for the $279 Xbox One S")
  if (/^(?:or|and|but|nor|so|yet|then)\s/iu.test(p)) return undefined
  // a label names something: one noun at least, and not "seasonally adjusted basis"-like adverb runs
  if (!tagged(p).has('(#Noun|#Gerund|#Acronym)') || (!p.split(/\s+/)[0]!.includes('-') && tagged(p.split(/\s+/)[0]!).has('#Adverb'))) return undefined
  return capitalFirstLetter(p)
}

/** "Ad impressions – Ad impressions … increased by 20%": a list item's own label, in any language. */
export function leadLabel(text: string, s: Sentence, f: Figure): string | undefined {
  const lead = /^([^–—:.;]{2,60}?)\s(?:–|—|-)\s|^([^–—:.;]{2,60}?):\s/u.exec(text.slice(s.start, f.span.start))
  const words = lead ? (lead[1] ?? lead[2] ?? '') : ''
  // (not a clause that leads into the sentence: "The story is the same in Australia: The top 1 percent took …")
  return lead && !/\s(?:is|are|was|were)\s/iu.test(words) ? tidy(words) : undefined
}

/** What a figure is about, from its own clause: the noun phrase before it, else "of/in/for X" after it. */
export function figureLabel(text: string, s: Sentence, f: Figure, floor: number): string | undefined {
  const lead = leadLabel(text, s, f)
  if (lead) return lead
  // "62% of companies said a shortage of skilled technicians was …": what they said
  const said = /^\s+of\s+[\p{L}\s]{2,40}?\s(?:said|say|named|cited|chose|picked|reported)\s+(.{2,60}?)\s(?:was|were|is|are|as)\b/u.exec(text.slice(f.span.end, s.end))
  if (said?.[1]) {
    const label = tidy(said[1])
    if (label) return label
  }
  // "6.7% indicated “Most”", "43.3% chose RLS": the answer a share of people gave (a quoted answer as written, "I don't know" too)
  const answer = ANSWERED.exec(text.slice(f.span.end, s.end))
  if (answer) {
    const quoted = answer[1] ?? answer[2]
    // (an answer written without quotation marks is a name or a choice as written: "Intellij", "No (or CTAGS)", "Only Racer")
    const label = (quoted ?? answer[3]!).trim()
    if (label && label.split(/\s+/).length <= MAX_LABEL_WORDS) return capitalFirstLetter(label)
  }
  // "a 45 percent chance of an above-normal season": the chance of what
  const chance = /^\s+(?:chance|probability|likelihood|risk|odds)\s+(?:of|that)\s+([^,;:()]{2,50}?)(?=[,;:()]|\s(?:and|or|but)\s|[.!?]?$)/u.exec(text.slice(f.span.end, s.end))
  if (chance?.[1]) {
    const label = tidy(chance[1])
    if (label) return label
  }
  // "a €2 billion support scheme": the amount qualifies the noun phrase after it
  const attributive = /^\s+((?:[\p{Ll}-]+\s){0,2}[\p{Ll}-]+)/u.exec(text.slice(f.span.end, Math.min(s.end, f.span.end + 60)))
  if (attributive?.[1] && /\b(?:a|an|the|its|their|his|her)\s*$/i.test(text.slice(Math.max(s.start, f.span.start - 12), f.span.start))) {
    const np = (nlp(attributive[1]).nouns().out('array') as string[])[0]?.replace(/[.,]$/, '')
    const at = np ? attributive[1].indexOf(np) : -1
    if (np && at >= 0 && !GENERIC.test(np)) {
      const label = tidy(attributive[1].slice(0, at + np.length))
      if (label) return label
    }
  }
  const start = clauseStart(text, s, f, floor)
  const before = text.slice(start, f.span.start)
  // "…, an increase of 7%": the change of the sentence's subject
  if (/^\s*(?:an?\s+)?(?:increase|decrease|rise|drop|decline|gain|growth|fall|jump)\s+(?:of\s+)?$/i.test(before)) {
    const subject = (nlp(text.slice(s.start, s.end)).nouns().out('array') as string[])[0]
    return subject ? tidy(subject) : undefined
  }
  const stripped = tidy(before)
  if (stripped) {
    const nouns = nlp(stripped).nouns().out('array') as string[]
    const np = nouns.at(-1)
    const label = tidy(np ? np.replace(/[.,]$/, '') : stripped)
    if (label) return label
  }
  const after = /^\s+(?:of|in|for|on)\s+((?:[\p{L}\p{N}’'-]+\s?){1,5})/u.exec(text.slice(f.span.end, s.end))
  if (after?.[1]) return tidy(after[1].split(/\s(?:said|was|were|is|are|and|to|who|which|that)\b/)[0]!)
  if (f.kind === 'count' && f.noun) return tidy(f.noun)
  return undefined
}

export function periodOf(text: string, s: Sentence, f: Figure, floor: number): string | undefined {
  const start = clauseStart(text, s, f, floor)
  const rest = text.slice(f.span.end, s.end)
  const next = rest.search(/[,;:]/)
  const clause = text.slice(start, f.span.end + (next < 0 ? rest.length : next))
  const words = clause.replace(f.text, '')
  const m = PERIOD.exec(words)
  // (a time the figure is measured against is not its own: "nearly $1 trillion next year — the first time … since 2012")
  return m && !OTHER_TIME.test(words.slice(0, m.index)) ? m[0] : undefined
}

/** Words before a time that make it another time than the figure's ("since 2012", "first time … since", "until 2020"). */
const OTHER_TIME = /\b(?:since|until|till|before|prior to|compared (?:with|to)|than in|than)\s+(?:the\s+)?$/i

/** "compared with an increase of 2.0 percent", "after rising 0.3 percent", "up from a previous forecast of 2.0 percent": a figure from another period. */
const BASELINE = /\b(?:compared (?:with|to)|versus|vs\.|(?:up|down) from|after (?:rising|falling|increasing|decreasing|declining|growing|gaining|dropping))\b[^.;:]{0,30}$/i

/** Whether a figure is the other period's value its sentence compares with (text before it from `floor`). */
export function isBaseline(text: string, f: Figure, floor: number): boolean {
  return BASELINE.test(text.slice(Math.max(floor, f.span.start - 48), f.span.start))
}

/** The series key of a figure: same key, same kind and unit. */
function unitKey(text: string, s: Sentence, f: Figure, floor: number): string {
  // (an amount a holding grew or shrank by is a change, no level: "increased their holdings … by $25.0 billion")
  if (f.kind === 'money') return `money:${f.currency}:${PER_UNIT.test(text.slice(f.span.end, f.span.end + 20)) ? 'rate' : isChange(text, s, f, floor) ? 'change' : 'amount'}`
  if (f.kind === 'count') return `count:${(f.noun ?? '').toLowerCase().replace(/s$/, '')}`
  const points = /percentage points?/i.test(f.text)
  return `percent:${isChange(text, s, f, floor) ? 'change' : 'level'}:${points ? 'points' : 'percent'}`
}

/** Whether a figure is a change ("grew 2.1 percent", "a 3% rise"), not the level a change reached ("unemployment falling to 4.5 percent"). */
function isChange(text: string, s: Sentence, f: Figure, floor: number): boolean {
  const before = text.slice(clauseStart(text, s, f, floor), f.span.start)
  if (REACHED.test(before)) return false
  return CHANGE.test(before) || CHANGE_AFTER.test(text.slice(f.span.end, f.span.end + 20))
}

/** "… to" right before a figure: the level a change reached ("falling to 4.5 percent", "rose to about 5%"). */
const REACHED = /\bto\s+(?:(?:about|around|nearly|almost|roughly|some|just|only|over|under|an estimated)\s+)?$/i

const unitOf = (f: Figure, key: string): string =>
  f.kind === 'money' ? f.currency : f.kind === 'count' ? (f.noun ?? '') : key.endsWith('points') ? 'percentage points' : '%'

/** Passages: each paragraph, with runs of list items joined into one. */
function passages(a: Analysis): Paragraph[][] {
  const out: Paragraph[][] = []
  a.paragraphs.forEach((p, i) => {
    const list = a.article.blocks[p.block]?.kind === 'list-item'
    const prev = a.paragraphs[i - 1]
    if (list && prev && a.article.blocks[prev.block]?.kind === 'list-item' && prev.block === p.block - 1) out.at(-1)!.push(p)
    else out.push([p])
  })
  return out
}

interface Draft {
  figure: number
  /** Where the figure's clause may start: after the previous figure of its sentence. */
  floor: number
  label?: string
  period?: string
  value: number
}

/**
 * The items' labels: their periods when each has its own, else what each is about. Labels are
 * read (through the tagger, the costly part) only here, for a group of a series' size.
 */
function labelled(text: string, a: Analysis, drafts: Draft[]): Draft[] {
  if (drafts.length < MIN_ITEMS || drafts.length > MAX_ITEMS) return drafts
  for (const d of drafts) {
    const period = periodOf(text, a.sentences[a.figures[d.figure]!.sentence]!, a.figures[d.figure]!, d.floor)
    if (period) d.period = period
  }
  if (drafts.every((d) => d.period) && new Set(drafts.map((d) => d.period)).size === drafts.length) return drafts
  for (const d of drafts) {
    const label = figureLabel(text, a.sentences[a.figures[d.figure]!.sentence]!, a.figures[d.figure]!, d.floor)
    if (label) d.label = label
  }
  return drafts
}

function finish(text: string, key: string, drafts: Draft[], figures: readonly Figure[], span: Span): FigureSeries | undefined {
  if (drafts.length < MIN_ITEMS || drafts.length > MAX_ITEMS) return undefined
  const periods = drafts.every((d) => d.period) && new Set(drafts.map((d) => d.period)).size === drafts.length
  const labels = drafts.map((d) => (periods ? d.period : d.label))
  const first = figures[drafts[0]!.figure]!
  const unit = unitOf(first, key)
  if (labels.some((l) => !l || (!periods && namesNothing(l, unit))) || new Set(labels.map((l) => l!.toLowerCase())).size !== labels.length) return undefined
  if (!periods && labels.some((l, i) => l!.toLowerCase() === drafts[i]!.period?.toLowerCase() || CLAUSE_IN_LABEL.test(l!))) return undefined
  const sizes = drafts.map((d) => Math.abs(d.value)).filter((v) => v > 0)
  if (sizes.length === 0 || Math.max(...sizes) / Math.min(...sizes) > MAX_RATIO) return undefined
  const items = drafts.map((d, i) => ({ figure: d.figure, label: labels[i]!, value: d.value }))
  if (periods) items.sort((x, y) => figures[x.figure]!.span.start - figures[y.figure]!.span.start)
  else items.sort((x, y) => y.value - x.value)
  void text
  return { kind: first.kind, unit, periods, items, span }
}

/**
 * A label that runs on into a clause of its own, its verb after a conjunction ("August but
 * decreased their holdings"): words of a sentence, no name of a thing. (A label that is its
 * item's period, "September", beside labels of things, mixes two kinds of label: no series either.)
 */
const CLAUSE_IN_LABEL = /\b(?:but|and|while|whereas|yet)\s+\p{Ll}+ed\b/u

/**
 * Whether a label tells nothing of what its count is of: a word of one or two letters (a
 * conjunction read before the number, Italian "e 4 femmine"), or the count's own noun, alone
 * or opening the label ("3 femmine con 2" read as "Femmine", "Femmine con tre").
 */
function namesNothing(label: string, unit: string): boolean {
  const l = label.toLocaleLowerCase()
  const u = unit.toLocaleLowerCase()
  return l.replace(/[^\p{L}\p{N}]/gu, '').length <= 2 || (u.length > 0 && (l === u || l.startsWith(`${u} `)))
}

export function findSeries(text: string, a: Analysis): FigureSeries[] {
  const out: FigureSeries[] = []
  for (const group of passages(a)) {
    const sentences = new Set(group.flatMap((p) => p.sentences))
    const span = { start: group[0]!.start, end: group.at(-1)!.end }
    const byKey = new Map<string, Draft[]>()
    let floor = -1
    let lastSentence = -1
    a.figures.forEach((f, i) => {
      if (!sentences.has(f.sentence)) return
      const s = a.sentences[f.sentence]!
      if (f.sentence !== lastSentence) floor = s.start
      lastSentence = f.sentence
      if (isBaseline(text, f, floor)) {
        floor = f.span.end
        return // the other period's value a figure is compared with is not its peer
      }
      const key = unitKey(text, s, f, floor)
      const down = key.includes('change') && DOWN.test(text.slice(clauseStart(text, s, f, floor), f.span.start))
      byKey.set(key, [...(byKey.get(key) ?? []), { figure: i, floor, value: down ? -f.value : f.value }])
      floor = f.span.end
    })
    for (const [key, drafts] of byKey) {
      const series = finish(text, key, labelled(text, a, drafts), a.figures, span)
      if (series) out.push(series)
    }
  }
  return out
}
