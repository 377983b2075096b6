/**
 * An interview's turns: paragraphs that open on their speaker's label ("KN: As the name implies,
 * …", "Kensei: Hi, thanks …", "Q: …"). The label is no part of what is said: it leaves the text,
 * and the block keeps who speaks in it (the label's person in full where the text names them,
 * "Kensei Nakada" for "KN"), up to the next label or heading: a slide of an answer's points then
 * credits the one who answered, not the interviewer who wrote the piece. An interview whose
 * questions are set in bold before their answers, without labels, is read so too (askedInBold).
 */
import type { ArticleMeta } from '../types.ts'
import { collapseWhitespace, type RawBlock } from './blocks.ts'
import { lexTags } from '../analyze/entities.ts'
import { countWords } from '../analyze/script.ts'
import { LOCALES } from '../locales/index.ts'

/** A speaker's label opening a paragraph: up to three capitalised words, or initials, then a colon (a full-width one in Chinese or Japanese, no space after it: "Maciej：我们…"). */
const LABEL = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s*(?::\s+|：\s*)(?=\S)/u

/** Words that open a paragraph with a colon without naming a speaker ("Update: …", "Note: …"). */
const NOT_A_SPEAKER = /^(?:update|updated|note|editor['’]s note|correction|source|sources|photo|image|video|disclaimer|warning|tip|summary|background|context|disclosure|edit|ps|tl;dr|tldr|step \d+|part \d+)$/iu

/** Words of a question set in bold at most for it to head its answer, and of the answer at least. */
const QUESTION_HEADING_WORDS = 12
const ANSWER_HEADED_WORDS = 15

/** Labelled paragraphs an interview has at least, and the share of its paragraphs they make. */
const MIN_TURNS = 4
const MIN_SHARE = 0.2

/** The blocks with the interview's labels left out and each turn's speaker kept; the blocks as they are when the text is no interview. */
export function interviewTurns(blocks: readonly RawBlock[], meta: ArticleMeta): RawBlock[] {
  const text = [meta.byline ?? '', ...blocks.map((b) => b.text)].join('\n')
  const found = blocks.map((b) => (b.kind === 'paragraph' ? labelOf(b.text) : undefined))
  const names = new Map([...new Set(found)].flatMap((l) => (l ? [[l, fullName(l, text)] as const] : [])))
  const voice = (l: string) => names.get(l) ?? l
  // (a voice speaks twice at least, under one label or several, "Kensei:" then "KN:": a label used once is a list's term, "KWOK: …")
  const turnsOf = new Map<string, number>()
  for (const l of found) if (l) turnsOf.set(voice(l), (turnsOf.get(voice(l)) ?? 0) + 1)
  const labels = found.map((l) => (l && (turnsOf.get(voice(l)) ?? 0) >= 2 ? l : undefined))
  const turns = labels.filter((l): l is string => l !== undefined)
  const paragraphs = blocks.filter((b) => b.kind === 'paragraph').length
  // (two voices at least: one label over many paragraphs is a list of definitions)
  if (turns.length < MIN_TURNS || turns.length < paragraphs * MIN_SHARE || new Set(turns.map(voice)).size < 2) return writerAsks(blocks, meta, found) ?? askedInHeadings(blocks, meta) ?? askedInBold(blocks, meta)
  // (labelled "Q:" and "A:", the questions are asked and the answers the one interviewed gives, as when the questions are set in bold)
  const qa = labels.includes('Q') && labels.includes('A')
  const answerer = qa ? interviewee(blocks, labels.indexOf('Q'), meta) : undefined
  const asker = qa ? undefined : interviewer(blocks, labels, voice)
  let speaker: string | undefined
  return blocks.map((b, i) => {
    const label = labels[i]
    if (b.kind === 'heading') speaker = undefined
    if (!label) return speaker && b.kind !== 'heading' ? { ...b, speaker } : b
    const rest = b.text.replace(LABEL, '')
    if ((label === 'Q' && qa) || (asker !== undefined && voice(label) === asker)) {
      speaker = undefined
      return asked(rest, blocks[i + 1]?.text.replace(LABEL, '') ?? '')
    }
    speaker = label === 'A' ? answerer : names.get(label)
    return speaker ? { ...b, text: rest, speaker } : { ...b, text: rest }
  })
}

/** The share of a voice's turns that ask a question at least for it to be the interviewer's, and at most for it to be an answerer's. */
const ASKING = { interviewer: 2 / 3, answerer: 1 / 3 }

/**
 * Of an interview's two voices, the one that asks: most of its turns hold a question mark, few
 * of the other's ("Jana: … What were the main reasons for choosing this stack?", "Raj: The
 * selection of Google Cloud …"). Its turns are asked, no point of the article's. Undefined when
 * the voices do not part so.
 */
function interviewer(blocks: readonly RawBlock[], labels: ReadonlyArray<string | undefined>, voice: (l: string) => string): string | undefined {
  const asks = new Map<string, { turns: number; questions: number }>()
  labels.forEach((l, i) => {
    if (!l) return
    const v = asks.get(voice(l)) ?? { turns: 0, questions: 0 }
    asks.set(voice(l), { turns: v.turns + 1, questions: v.questions + (/[?？]/u.test(blocks[i]!.text) ? 1 : 0) })
  })
  if (asks.size !== 2) return undefined
  const [[a, x], [b, y]] = [...asks] as [[string, { turns: number; questions: number }], [string, { turns: number; questions: number }]]
  const share = (v: { turns: number; questions: number }) => v.questions / v.turns
  if (share(x) >= ASKING.interviewer && share(y) <= ASKING.answerer) return a
  if (share(y) >= ASKING.interviewer && share(x) <= ASKING.answerer) return b
  return undefined
}

/** A question, asked (no point of the article's): a short one heads an answer of more than a line or two, whose slide then says what it answers. */
function asked(question: string, answer: string): RawBlock {
  // (not over an answer of a line or two: "I did, yeah." makes no slide of its own)
  const heads = countWords(question) <= QUESTION_HEADING_WORDS && countWords(answer) >= ANSWER_HEADED_WORDS
  return heads ? { kind: 'heading', depth: 3, text: question, asked: true } : { kind: 'paragraph', text: question, asked: true }
}

/**
 * An interview whose writer labels only the questions with their name ("Sandipan：…", the
 * answers unlabelled after them: "all answers below are given by Maciej and Janet"), MIN_TURNS
 * of them at least: those paragraphs are asked (no point of the article's), their label left
 * out; the answers name no one, so no slide of theirs is signed by the writer, but one that opens
 * on its speaker's label, which is theirs up to the next question. Undefined else.
 */
function writerAsks(blocks: readonly RawBlock[], meta: ArticleMeta, labels: ReadonlyArray<string | undefined>): RawBlock[] | undefined {
  const writer = meta.byline
  if (!writer) return undefined
  const asks = labels.map((l) => l !== undefined && (l === writer || writer.startsWith(`${l} `)))
  if (asks.filter(Boolean).length < MIN_TURNS) return undefined
  // (an answer that does open on its speaker's label is theirs, up to the next question: "Maciej：嗨，我叫 Maciej …")
  const text = [writer, ...blocks.map((b) => b.text)].join('\n')
  let speaker: string | undefined
  return blocks.map((b, i) => {
    if (b.kind === 'heading' || asks[i]) speaker = undefined
    if (asks[i]) return { ...b, text: b.text.replace(LABEL, ''), speaker: writer, asked: true }
    const label = labels[i]
    if (label) speaker = fullName(label, text)
    return label ? { ...b, text: b.text.replace(LABEL, ''), ...(speaker ? { speaker } : {}) } : speaker && b.kind !== 'heading' ? { ...b, speaker } : b
  })
}

/** The speaker's label a paragraph opens on, or none. */
function labelOf(text: string): string | undefined {
  const label = LABEL.exec(collapseWhitespace(text))?.[1]
  return label && !NOT_A_SPEAKER.test(label) ? label : undefined
}

/**
 * The person a label stands for, as the text names them in full: a first name's ("Kensei" →
 * "Kensei Nakada"), or initials' ("KN" → "Kensei Nakada"); the label itself when the text names
 * no one so; none for a bare "Q" or "A".
 */
function fullName(label: string, text: string): string | undefined {
  if (/^[QA]$/u.test(label)) return undefined
  const initials = /^\p{Lu}{2,3}$/u.test(label) ? [...label] : undefined
  for (const m of text.matchAll(/\p{Lu}[\p{Ll}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}'’-]+){1,2}/gu)) {
    const words = m[0].split(/[ \t]+/u)
    // (the run's first words: "Arvind Parekh" of "Arvind Parekh Interviews")
    const name = initials ? words.slice(0, initials.length) : words
    if (initials ? name.length === initials.length && name.every((w, i) => w.startsWith(initials[i]!)) : words[0] === label) return name.join(' ')
  }
  return initials ? undefined : label
}

/**
 * An interview whose questions are set in bold on a line of their own before their answers
 * ("<b>You've called it a learning experience.</b><br>The lesson was …"), MIN_TURNS of them at
 * least: each question is a block of its own, asked (no point of the article's; a short one heads
 * an answer of more than a line or two, whose slide then says what it answers), and the answers
 * up to the next question or heading speak in the voice of the one interviewed, the person the
 * title, the summary and the opening name most (not the writer). The blocks as they are else.
 */
function askedInBold(blocks: readonly RawBlock[], meta: ArticleMeta): RawBlock[] {
  const questions = blocks.filter((b) => b.kind === 'paragraph' && b.boldLead).length
  const paragraphs = blocks.filter((b) => b.kind === 'paragraph').length
  if (questions < MIN_TURNS || questions < paragraphs * MIN_SHARE) return [...blocks]
  const first = blocks.findIndex((b) => b.boldLead)
  const answerer = interviewee(blocks, first, meta)
  let speaker: string | undefined
  return blocks.flatMap((b, i) => {
    if (b.kind === 'heading') speaker = undefined
    if (i < first || b.kind === 'heading') return [b]
    if (!b.boldLead || b.kind !== 'paragraph') return [speaker ? { ...b, speaker } : b]
    speaker = answerer
    const rest = b.text.slice(b.text.indexOf(b.boldLead) + b.boldLead.length).trim()
    return [asked(b.boldLead, rest), { ...b, text: rest, ...(speaker ? { speaker } : {}) }]
  })
}

/**
 * A word of the second person in any language deckwright has words for; not one letter (Dutch
 * "u" is the "u" of Polish and Czech, "at"), nor another language's first person (Dutch "je" is
 * French "I": "Que puis-je faire ?").
 */
const FIRST_PERSON = new Set(LOCALES.flatMap((l) => l.speech.firstPerson))
const ADDRESSED = new RegExp(`(?<![\\p{L}'’])(?:${[...new Set(LOCALES.flatMap((l) => l.speech.secondPerson))].filter((w) => /^[\p{L}'’]{2,}$/u.test(w) && !FIRST_PERSON.has(w)).join('|')})(?![\\p{L}])`, 'iu')

/**
 * An interview whose questions are its headings ("<h3>Vous évoquez les différences entre … Pourquoi
 * la France est-elle moins engagée dans le droit d’asile ?</h3>"), MIN_TURNS of them at least and
 * most of its headings: each is asked (a short one still heads its answer, a long one is a
 * paragraph, no point of the article's), and the answers up to the next heading speak in the
 * voice of the one interviewed. Undefined else.
 */
function askedInHeadings(blocks: readonly RawBlock[], meta: ArticleMeta): RawBlock[] | undefined {
  const question = (b: RawBlock) => b.kind === 'heading' && /[?？]\s*$/u.test(b.text)
  const questions = blocks.filter(question)
  if (questions.length < MIN_TURNS || questions.length * 2 < blocks.filter((b) => b.kind === 'heading').length) return undefined
  // (asked of someone: most of them say "you", "vous", "Sie"; not a writer's own questions over their answers, "So what's a GreenPak?")
  if (questions.filter((b) => ADDRESSED.test(b.text)).length * 2 < questions.length) return undefined
  const first = blocks.findIndex(question)
  const answerer = interviewee(blocks, first, meta)
  if (!answerer) return undefined
  let speaker: string | undefined
  return blocks.map((b, i) => {
    if (b.kind === 'heading') speaker = question(b) ? answerer : undefined
    if (question(b)) return asked(b.text, blocks[i + 1]?.text ?? '')
    return speaker && b.kind !== 'heading' ? { ...b, speaker } : b
  })
}

/**
 * The one interviewed: of the full names the title, the summary and the text before the first
 * question write (not the writer's), the one whose surname the title and the whole text say most.
 */
function interviewee(blocks: readonly RawBlock[], first: number, meta: ArticleMeta): string | undefined {
  const opening = [meta.title ?? '', meta.description ?? '', ...blocks.slice(0, first).map((b) => b.text)].join('\n')
  const all = [meta.title ?? '', ...blocks.map((b) => b.text)].join('\n')
  const names = [...new Set([...opening.matchAll(/\p{Lu}[\p{Ll}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}'’-]+){1,2}/gu)].map((m) => m[0]))].filter((n) => n !== meta.byline)
  const said = (name: string) => all.split(name.split(/[ \t]+/u).at(-1)!).length - 1
  // (a person's name: its first word a first name, "Greg Berlanti"; else a word the lexicon knows for nothing else; not "The Flash")
  const tagsOf = (n: string) => lexTags(n.split(/[ \t]+/u)[0]!)
  const named = names.filter((n) => tagsOf(n).some((t) => /^(?:FirstName|MaleName|FemaleName)$/u.test(t)))
  const unknown = names.filter((n) => tagsOf(n).length === 0)
  const best = (ns: readonly string[]) => ns.filter((n) => said(n) >= 2).sort((x, y) => said(y) - said(x))[0]
  return best(named) ?? best(unknown)
}
