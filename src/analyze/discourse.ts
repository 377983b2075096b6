/**
 * What a sentence does in the article's discourse, read from each locale's words: it guides the
 * reader through the text ("In this post, …", "Retour sur ses principales dispositions"), the
 * writers announce what they will do ("we'll look at"), it is a subordinate clause with no main clause ("Just as there's a coalition
 * of people against …"), or it judges and concludes ("In short, …", "must", "en définitive").
 */
import { localeFor } from '../locales/index.ts'
import { hasCjk } from './script.ts'

/** Whether one of `phrases` (lower case) is in `text` as whole words. */
function holdsPhrase(text: string, phrases: readonly string[]): boolean {
  if (phrases.length === 0) return false
  // Chinese and Japanese put no spaces between words
  if (hasCjk(text)) return phrases.some((p) => text.includes(p))
  const t = wordsOf(text)
  return spacedPhrases(phrases).some((p) => t.includes(p))
}

/** A locale's phrases as holdsPhrase looks for them, made once per list: " word word ". */
const SPACED = new WeakMap<readonly string[], readonly string[]>()

function spacedPhrases(phrases: readonly string[]): readonly string[] {
  let spaced = SPACED.get(phrases)
  if (!spaced) SPACED.set(phrases, (spaced = phrases.map((p) => ` ${p.replace(/’/g, "'")} `)))
  return spaced
}

/** The last text's words, lower case, one space apart and around (a sentence is asked about several lists in turn). */
let lastText = ''
let lastWords = ' '

function wordsOf(text: string): string {
  if (text !== lastText) {
    lastText = text
    // (a Turkish "İ" is "i" and a dot above it, no letter: the dot goes, "İşte" is "işte")
    lastWords = ` ${text.toLocaleLowerCase().replace(/i\u0307/gu, 'i').replace(/’/g, "'").replace(/[^\p{L}\p{N}'-]+/gu, ' ')} `
  }
  return lastWords
}

/** A sentence about the text itself or what it will do next, one thanking people, or one calling the reader to act: it concludes nothing. */
export function guidesTheReader(text: string, lang: string): boolean {
  const { aboutTheText, acknowledgements, callsToAction } = localeFor(lang).speech
  return holdsPhrase(text, aboutTheText) || holdsPhrase(text, acknowledgements) || callsToAct(text, callsToAction)
}

/** Whether a sentence opens on one of the locale's calls to action ("Read the full report …"), or says one after a clause addressing the reader ("If you are interested in …, consider becoming a sponsor"). */
function callsToAct(text: string, openers: readonly string[]): boolean {
  const calls = (t: string) => {
    const opening = t.trimStart().slice(0, 40).toLowerCase().replace(/i\u0307/gu, 'i').replace(/’/g, "'")
    return openers.some((w) => opening.startsWith(w) && !/[\p{L}\p{N}]/u.test(opening.charAt(w.length)))
  }
  const addressed = READER_CLAUSE.exec(text)
  return calls(text) || (addressed !== null && calls(text.slice(addressed[0].length)))
}

/** An opening clause addressing the reader, up to its comma: "If you or your organization are interested in …,", "For more information on …,", "For the full discussion and background,". */
const READER_CLAUSE = /^\s*(?:if you\b|for (?:the )?(?:more|full|further|additional|complete) (?:information|details|discussion|background|context)\b|to learn more\b|to find out more\b)[^,]{0,120},/iu

/** A sentence introducing other people's words ("Here are some specific responses to the question …"). */
export function introducesOthersWords(text: string, lang: string): boolean {
  return holdsPhrase(text, localeFor(lang).speech.othersWords)
}

/** A report that someone did not answer ("A Whole Foods spokeswoman declined to comment on pricing"): no point of the article. */
export function reportsNoAnswer(text: string, lang: string): boolean {
  return holdsPhrase(text, localeFor(lang).speech.noAnswer)
}

/** A sentence in which the writers announce what they will do next ("we'll", "let's"). */
export function announcesAPlan(text: string, lang: string): boolean {
  return holdsPhrase(text, localeFor(lang).speech.plans)
}

/** A sentence that opens on a subordinating conjunction and has no comma after it: no main clause. */
export function subordinateOnly(text: string, lang: string): boolean {
  const t = text.trimStart().toLocaleLowerCase(lang).replace(/’/g, "'")
  const opens = localeFor(lang).speech.subordinators.some((w) => t.startsWith(`${w} `))
  return opens && !/[,;:—–]/u.test(t)
}

/** A sentence that says what may come of the story: a possible future, an expectation, a fear (locale `speech.outlook`). */
export function looksAhead(text: string, lang: string): boolean {
  return holdsPhrase(text, localeFor(lang).speech.outlook)
}

/** A sentence that states a conclusion or a judgement by its words. */
export function judges(text: string, lang: string): boolean {
  return holdsPhrase(text, localeFor(lang).speech.conclusive)
}
