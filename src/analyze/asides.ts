/**
 * What a bullet may leave out of a sentence in a language compromise does not tag (French,
 * Spanish, German…), found by its commas and brackets alone, with the locale's words:
 * - a connective set off by commas ("Los paralelos, sin embargo, terminan allí"), or a few words
 *   so set right after a finite verb ("Les députés ont, sans surprise, adopté …");
 * - an aside in brackets ("des IMSI-catchers (fausses antennes qui …)"), not a short form ("(CNIL)"),
 *   or between two dashes ("des données collectées – et l’adaptation de cette durée … – a été");
 *   asides of one shape in a list ("10 socialistes (sur 288), 35 UMP (sur 198), …") go together;
 * - an apposition after the name that opens the sentence ("Abdullah Ocalan, el líder
 *   independentista kurdo, desembarcó en Italia"), or a participle's phrase after the subject
 *   that opens it ("Ce texte, fortement décrié par la société civile …, entend …");
 * - at the end, a source ("…, selon le rapport", "…, dijo el ministro"), a clause about a place
 *   the sentence named ("…, donde era acusado por terrorismo"), a contrast with another case
 *   ("…, contrairement au projet initial du gouvernement …"), a participle's phrase ("…,
 *   composée de six magistrats") or a relative clause after words that hold a finite verb ("La
 *   CNIL a fait part … sur les fichiers liés au renseignement, qui seront alimentés par ces
 *   collectes"; not after a name alone: "La CNIL, qui critique …"), or the clause a contrast
 *   adds ("L’avis de la CNCTR ne sera pas contraignant, mais cette commission pourra …").
 * Each is a whole constituent: what is left is still the sentence's main clause, never a cut
 * mid-clause. English has its own, tagged constituents (constituents.ts).
 *
 * Usage: const { inner, trailing } = asidesOf(sentence, 'es')
 */
import { escapeRegExp } from './regex.ts'
import { localeFor } from '../locales/index.ts'
import type { Span } from '../types.ts'
import { stopwords } from './tokens.ts'
import { COMPLEMENTIZERS } from './attribution.ts'

export interface Asides {
  /** Removable pieces inside the sentence, in the order they may go (each one's spans go together). */
  inner: Span[][]
  /** Removable clauses that run to the end of the sentence, latest first: at most one goes. */
  trailing: Span[]
}

/** Fewer words than this before a trailing clause: what is left would be a phrase, not a clause. */
const MIN_KEPT_WORDS = 4

const escape = (w: string) => escapeRegExp(w).replace(/'/g, "['’]")
const alternation = (words: readonly string[]) => words.map(escape).sort((a, b) => b.length - a.length).join('|')

interface Patterns {
  connective?: RegExp
  apposition?: RegExp
  trailing?: RegExp
  participle?: RegExp
  subjectAside?: RegExp
  afterVerb?: RegExp
  relative?: RegExp
  finite?: RegExp
  contrast?: RegExp
  /** A word that concedes a point: a contrast after it is the point, not an aside. */
  concessive?: RegExp
  /** A word with a finite verb's ending, in a language whose locale lists them. */
  finiteEnding?: RegExp
  /** A word that opens a clause of its own inside the sentence ("что", "że", "which", "because"): its verb may come after a participle's phrase. */
  opensClause: RegExp
}

const PATTERNS = new Map<string, Patterns>()

function patternsOf(lang: string): Patterns {
  let p = PATTERNS.get(lang)
  if (p) return p
  const { speech, sections } = localeFor(lang)
  // (words of the script, not single characters: a conjunction of CJK text is no word between spaces)
  const contrast = speech.contrast.filter((w) => /^[\p{Script=Latin}\s'’-]+$/u.test(w))
  // connectives of the locale's lists, not its pronouns and determiners (a word of five letters or more, or several words)
  const connectives = [...new Set([...speech.backReference, ...sections.continuation])].filter((w) => w.includes(' ') || [...w].length >= 5)
  const articles = speech.articles.map((a) => (/['’]$/.test(a) ? `${escape(a)}` : `${escape(a)}\\s+`))
  const ends = [...speech.according, ...speech.whereRelative, ...speech.contrastEnding, ...speech.verbs]
  const notAdditive = speech.additive.length ? `(?!(?:${alternation(speech.additive)})(?![\\p{L}'’]))` : ''
  p = {
    connective: connectives.length ? new RegExp(`,\\s+(?:${alternation(connectives)}),(?=\\s)`, 'giu') : undefined,
    // up to four capitalised words, a comma, an article, words up to a comma, then a word in lower case (the verb)
    apposition: articles.length ? new RegExp(`^((?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,3}\\p{Lu}[\\p{L}'’.-]*),\\s+(?:${articles.join('|')})[^,;:()"“”«»]{2,80},(?=\\s+\\p{Ll})`, 'u') : undefined,
    trailing: ends.length ? new RegExp(`,\\s+(?:${alternation(ends)})\\s[^,;:()"“”«»]+?(?=[.!?…]*\\s*$)`, 'giu') : undefined,
    // a relative clause at the end, when the words before its comma hold a finite verb of their own
    relative: speech.finiteVerbs.length && speech.relative.length ? new RegExp(`,\\s+(?:${alternation(speech.relative)})\\s[^,;:()"“”«»]+?(?=[.!?…]*\\s*$)`, 'giu') : undefined,
    // a few words between commas right after a finite verb, the rest of the clause after them in lower case ("Les députés ont, sans surprise, adopté …",
    // "L’Efsa a, en 2015, passé …": a year among them, not a number alone)
    afterVerb: speech.finiteVerbs.length ? new RegExp(`(?<![\\p{L}'’])(?:${alternation(speech.finiteVerbs)})(,\\s+(?=[^,]*\\p{L})[^,;:()"“”«»]{2,30},)(?=\\s+\\p{Ll})`, 'giu') : undefined,
    // the clause a contrast adds at the end, when nothing in it is set off by commas ("L’avis de la CNCTR ne sera pas contraignant, mais cette commission pourra saisir le Conseil d’Etat …")
    // (not the second half of a pair, "non seulement …, mais aussi …": a contrast word before an additive one)
    contrast: contrast.length ? new RegExp(`,\\s+(?:${alternation(contrast)})\\s${notAdditive}[^,;:()"“”«»]+?(?=[.!?…]*\\s*$)`, 'giu') : undefined,
    concessive: speech.concessive.length ? new RegExp(`(?<![\\p{L}'’])(?:${alternation(speech.concessive)})(?![\\p{L}'’])`, 'iu') : undefined,
    finite: speech.finiteVerbs.length ? new RegExp(`(?<![\\p{L}'’])(?:${alternation(speech.finiteVerbs)})(?![\\p{L}'’])`, 'iu') : undefined,
    // a participle's phrase may hold commas of its own (", composée de six magistrats …, de trois députés …, et d’un expert")
    // (its opening alone, so that one participle's phrase does not hide a later one: ", aprobado por …, regula …, dejando fuera …")
    participle: speech.participleEndings.length ? new RegExp(`,\\s+\\p{Ll}\\p{L}{2,}(?:${alternation(speech.participleEndings)})\\s(?=[^;:()"“”«»]+$)`, 'gu') : undefined,
    finiteEnding: speech.finiteEndings.length ? new RegExp(`\\p{L}{2,}(?:${alternation(speech.finiteEndings)})(?![\\p{L}'’])`, 'u') : undefined,
    opensClause: new RegExp(`^\\s*(?:${alternation([...speech.subordinators, ...speech.relative, ...COMPLEMENTIZERS])})(?![\\p{L}'’])`, 'iu'),
    // a participle's phrase between commas after the opening subject, an adverb before it maybe, the verb after it in lower case ("Ce texte, fortement décrié par …, entend")
    subjectAside: speech.participleEndings.length ? new RegExp(`^[^,;:()"“”«»]{2,60}(,\\s+(?:\\p{Ll}+mente?\\s+)?\\p{Ll}\\p{L}{1,}(?:${alternation(speech.participleEndings)})\\s[^,;:()"“”«»]{2,200},)(?=\\s+\\p{Ll})`, 'u') : undefined,
  }
  PATTERNS.set(lang, p)
  return p
}

/** Words between two dashes set off by spaces, two words at least, no third dash. */
const DASHED = /\s[–—]\s[^–—]+?\s[^–—\s]+\s[–—](?=\s)/gu
/** A dash set off by spaces, as DASHED's are. */
const SPACED_DASH = /\s[–—](?=\s)/gu

/** Words in brackets, two at least: one alone is most often a name's short form ("(CNCTR)"), which later sentences use. */
const BRACKETS = /\s*\([^()\s]+\s[^()]{1,100}\)/gu

/** Brackets that open on a coordinating conjunction and an aside of their own: "(e, prima che …, lo dicevano)", "(and, before that, …)". */
const CONJUNCTION_INSIDE = /^\s*\(\s*(?:and|or|but|e|ed|o|et|ou|und|oder|y|i|a|oraz|lub|и|или|а)\s*,/iu

const spanOf = (m: RegExpExecArray | RegExpMatchArray, from = 0): Span => ({ start: (m.index ?? 0) + from, end: (m.index ?? 0) + m[0].length })

/** The pieces of `sentence` a bullet may leave out (see the file's comment); none in a language without the words. */
export function asidesOf(sentence: string, lang: string): Asides {
  const p = patternsOf(lang)
  const inner: Span[][] = []
  if (p.connective) for (const m of sentence.matchAll(p.connective)) inner.push([spanOf(m)])
  // (asides of one shape, a list's "(sur 288)", "(sur 198)", …, go together or not at all: a list keeps them for all its items or none)
  const shapes = new Map<string, Span[]>()
  for (const m of sentence.matchAll(BRACKETS)) {
    // (not brackets that open on the sentence's own conjunction: "… climatici (e, prima che il Covid …) anche i giovanissimi" needs its "e")
    if ((m.index ?? 0) === 0 || CONJUNCTION_INSIDE.test(m[0])) continue
    const shape = m[0].trim().replace(/\p{N}+(?:[.,]\p{N}+)*/gu, '#')
    const same = shapes.get(shape)
    if (same) same.push(spanOf(m))
    else inner.push(shapes.set(shape, [spanOf(m)]).get(shape)!)
  }
  // (an aside between two dashes: "La durée de conservation des données collectées – et l’adaptation de cette durée … – a été inscrite")
  // (not from a dash that closes an aside of one word: "koalicjanta – socjaldemokratów – w stronę … idzie – także …" pairs its first two dashes)
  for (const m of sentence.matchAll(DASHED)) if ((m.index ?? 0) > 0 && (sentence.slice(0, m.index).match(SPACED_DASH) ?? []).length % 2 === 0) inner.push([spanOf(m)])
  // (not a clause the verb takes, opened by "that" or a subordinator: "Faktem je, že lidé nevědí, co chtějí")
  const afterVerb = p.afterVerb ? [...sentence.matchAll(p.afterVerb)].map((m) => ({ start: (m.index ?? 0) + m[0].length - m[1]!.length, end: (m.index ?? 0) + m[0].length })).filter((span) => !p.opensClause.test(sentence.slice(span.start + 1))) : []
  for (const span of afterVerb) inner.push([span])
  const subject = p.subjectAside?.exec(sentence)
  if (subject) inner.push([{ start: (subject.index ?? 0) + subject[0].length - subject[1]!.length, end: (subject.index ?? 0) + subject[0].length }])
  const a = p.apposition?.exec(sentence)
  if (a && !stopwords(lang).has(sentence.split(/\s+/)[0]!.toLocaleLowerCase())) inner.push([spanOf(a, a[1]!.length)])
  // not after a colon: what follows one is a list's items ("métadonnées : origine …, durée de la conversation")
  // (nor the participle an aside after the auxiliary set off: "ont, sans surprise, adopté …" is the clause's verb)
  // (nor one inside a clause a "that" opened, whose verb comes after it: "…, что число граждан, находящихся в простое …, сократилось …",
  // nor one after words with no verb: "На фоне … числа граждан, работающих сверхурочно, результаты … свидетельствуют …")
  const participles = p.participle && !sentence.includes(':') ? [...sentence.matchAll(p.participle)].filter((m) => !afterVerb.some((v) => v.end - 1 === m.index) && !opensAClause(sentence, m.index ?? 0, p) && holdsAVerb(mainClauseOf(sentence.slice(0, m.index), p), p)) : []
  const end = sentence.replace(/[.!?…]*\s*$/u, '').length
  // (not a contrast after a concession: "Seitdem kommt er zwar … nach Paris, aber zugleich wurde der Nachtzug … abgeschafft")
  const contrasts = p.contrast ? [...sentence.matchAll(p.contrast)].filter((m) => !p.concessive?.test(sentence.slice(0, m.index))) : []
  const trailing = [...(p.trailing ? sentence.matchAll(p.trailing) : []), ...contrasts, ...relativeClauses(sentence, p, lang)]
    .map((m) => spanOf(m))
    .concat(participles.map((m) => ({ start: m.index ?? 0, end })))
    .filter((s) => sentence.slice(0, s.start).trim().split(/\s+/).length >= MIN_KEPT_WORDS)
  return { inner, trailing: trailing.sort((x, y) => y.start - x.start) }
}

/** Whether words hold a finite verb, by the locale's endings of one; true where the locale lists none (no check). */
function holdsAVerb(words: string, p: Patterns): boolean {
  return !p.finiteEnding || p.finiteEnding.test(words) || !!p.finite?.test(words)
}

/**
 * The words of `before` from where its main clause begins: after the first comma when it opens on
 * a subordinate clause ("Хотя основная роль Borg состоит в …, [приложениям]": the participle's
 * phrase after it sits inside the main clause, whose verb comes later), else all of them.
 */
function mainClauseOf(before: string, p: Patterns): string {
  const comma = before.indexOf(',')
  return comma > 0 && p.opensClause.test(before) ? before.slice(comma + 1) : before
}

/** Whether the words from the comma before `at` (or the sentence's start) open on a word that opens a clause of its own. */
function opensAClause(sentence: string, at: number, p: Patterns): boolean {
  const before = sentence.slice(0, at)
  return p.opensClause.test(before.slice(before.lastIndexOf(',') + 1))
}

/**
 * Relative clauses at the end of `sentence` after words that hold a finite verb; none in a list
 * (after a colon or a semicolon, or right after a list's word: "…; segundo, que …").
 */
function relativeClauses(sentence: string, p: Patterns, lang: string): RegExpMatchArray[] {
  const { relative, finite } = p
  if (!relative || !finite || /[:;]/.test(sentence)) return []
  return [...sentence.matchAll(relative)].filter((m) => {
    const before = sentence.slice(0, m.index)
    return (finite.test(before) || CLAUSE_RELATIVE.test(m[0])) && /(?:^|[,;:])[^,;:]*\s\S+\s\S+$/u.test(before) && describesAName(before, lang)
  })
}

/**
 * A relative pronoun that stands for the whole clause before it ("…, lo cual podría prolongar …",
 * "…, ce qui pourrait …"): a clause comes before it, whatever its verb (the locale's list of
 * finite verbs is short).
 */
const CLAUSE_RELATIVE = /^,\s+(?:lo cual|lo que|ce qui|ce que|il che|ciò che|o que|o qual)\s/iu

/**
 * Languages that set a comma before every relative clause, the one that says which thing is
 * meant too ("… wstrzemięźliwa w podejmowaniu działań, które prowadziłyby do upadku rządu": the
 * steps that would bring the government down, not all steps): there the comma tells nothing.
 */
const COMMA_BEFORE_EVERY_RELATIVE = new Set(['de', 'pl', 'ru', 'cs', 'sk', 'uk', 'fi'])

/**
 * Whether a relative clause after `before` may go: anywhere the comma sets it off as an aside;
 * in a language that sets a comma before every relative clause, only after a name, capitalised
 * where common nouns are not (not in German, whose nouns all are), which it can only describe.
 */
function describesAName(before: string, lang: string): boolean {
  if (!COMMA_BEFORE_EVERY_RELATIVE.has(lang)) return true
  return lang !== 'de' && /(?:^|\s)\p{Lu}[\p{L}'’.-]*\s*$/u.test(before)
}
