/**
 * Key points of a section: its most central sentences (TextRank), with a small bonus for
 * a paragraph's lead sentence, each compressed into a bullet with its source pieces.
 * A bullet is a complete clause: within SLIDE_BUDGET.bulletWords when the sentence allows, else within
 * LONG_BULLET_WORDS at a lower score; a sentence that gives neither ranks last (kept only so a
 * section of such sentences still has something to say). A table flattened into a line of text
 * is no key point at all.
 */
import { localeFor } from '../locales/index.ts'
import type { KeyPoint, Sentence, Span } from '../types.ts'
import type { NamedSubject, SubjectNamer } from './subject-names.ts'
import { centrality } from './centrality.ts'
import { guidesTheReader } from './discourse.ts'
import { compressSentence, tagForCompression, type Compressed, type SentenceTags } from './compress.ts'
import { isFiniteVerb, type TaggedWord } from './constituents.ts'
import { SLIDE_BUDGET } from '../slide-budget.ts'
import { countWords, isMostlyCjk } from './script.ts'
import { announcesWhatFollows, asksAQuestion, leavesQuotationOpen, pointsAhead, pointsBack, titleCased, unbalancedBrackets, unbalancedQuotes, wholeAside, wholeQuotation } from './stand-alone.ts'
import { contentTokens, cosine, termFrequencies } from './tokens.ts'

export const LONG_BULLET_WORDS = SLIDE_BUDGET.longBulletWords
/** How much more a paragraph's lead sentence weighs: its topic sentence. */
const LEAD_WEIGHT = 1.15
/** A question, or a line about the text itself, ranks at this share of its centrality. */
const ASKS_WEIGHT = 0.5
/** Fewer words than this say nothing on a slide of their own. */
const MIN_WORDS = 3

/**
 * All sentences of the section as ranked key points (most central first). `tags` gives the
 * tagger's reading of a sentence (see tagForCompression: the article's sentences in one pass).
 */
export function rankKeyPoints(
  sentences: readonly Sentence[],
  ids: readonly number[],
  lang: string,
  tags: SentenceTags = tagForCompression(ids.map((id) => sentences[id]!.text)),
  article: ArticleVectors = articleVectors(sentences, lang),
  memo: Map<number, Bullet> = new Map(),
  /** Sentences that only finish another (listContinuations): no point of their own. */
  fragments: ReadonlySet<number> = new Set(),
  /** The person an opening "He" or "She" means (subject-names.ts): the bullet names them. */
  named?: SubjectNamer,
  /** Items of a list of figures (list-items.ts statItems): they rank first, in their order. */
  stats: ReadonlySet<number> = new Set(),
): KeyPoint[] {
  const vectors = ids.map((id) => article.vectors[id]!)
  const scores = centrality(vectors)
  const points = ids.map((id, i) => {
    const s = sentences[id]!
    const lead = i === 0 || sentences[ids[i - 1]!]!.paragraph !== s.paragraph ? LEAD_WEIGHT : 1
    const tooShort = vectors[i]!.size < 3 ? 0.5 : 1
    const memoised = memo.get(id) ?? bulletOf(s.text, tags, lang)
    memo.set(id, memoised)
    // (the name of the word the bullet opens on: the sentence's first, or the first left after a removed opening)
    const { c, name } = withName(memoised.c, s.text, named?.(id, memoised.c.pieces[0]?.start ?? 0))
    const { fit } = memoised
    // a bullet that opens on "It", "This", "However" needs the sentence before it
    const alone = pointsBack(c.text, lang) ? 0.6 : 1
    // a piece of a longer quotation, or a quotation whose speaker another sentence names: a
    // voice without a name on a slide (the quote slides show quotations with their speakers);
    // a sentence announcing the list or code that follows it
    // and a scrap of two words ("Forte said", left where a quotation was split off; counted as written, not with the whole name)
    // and a bullet that only guides the reader ("Jump to the Compatibility section", once its
    // "If you are already familiar with the problem, …" is removed)
    // and one that opens on an ellipsis ("… They usually do charge way more"): the rest of words left out
    // and one that tells what a picture shows ("Figure 9 shows the situation in Bob’s repository"): the slide has no picture
    // and one that lost words the page set apart (a formula: "The Rayleigh quotient, is defined as::p", "that is,, then is a …")
    // and a line opening on a dash: a quotation's signature ("—Michael Brennan, Ford Foundation", "- from “The Next Browser War?”, Wired"), a line of dialogue
    const broken = fragments.has(id) || /^\s*(?:[—–―]|--(?!-)|-\s+(?:from\s|\p{Lu}))/u.test(s.text) || SHOWN_IN_PICTURE.test(c.text) || leftOut(c.text, lang) || /^\s*(?:…|\.{3})/u.test(c.text) || unbalancedBrackets(c.text) || titleCased(c.text) || guidesTheReader(c.text, lang) || wholeAside(s.text) || brokenQuotation(s.text, c.text) || insideQuotation(sentences, id) || pointsAhead(s.text, lang === 'en' ? tags : undefined) || (!isMostlyCjk(c.text) && countWords(memoised.c.text) < MIN_WORDS) || (lang === 'en' && (leadLabel(sentences, id, tags) || REASON_ONLY.test(c.text) || THAT_CLAUSE_ONLY.test(c.text) || halfCorrelative(s.text) || scrap(sentences, id, tags))) || quotedExample(c.text)
    const voiced = broken ? 0.05 : 1
    // a question asks what the section goes on to say, a line about the text itself ("Jump to
    // the Compatibility section", "Here are some general tips") guides the reader: a bullet states
    // (and so does a sentence announcing what the next ones say: "The survey is useful in two ways")
    const asks = asksAQuestion(s.text) || guidesTheReader(s.text, lang) || announcesWhatFollows(s.text, lang) ? ASKS_WEIGHT : 1
    // what changed or what to do, the point a section of release notes or a guide makes ("… the Gleam language server now includes …", "… is recommended to be signed")
    const news = lang === 'en' && CHANGE_OR_ADVICE.test(c.text) ? NEWS_WEIGHT : 1

    return {
      sentence: id,
      text: c.text,
      pieces: c.pieces.map((p) => ({ start: s.start + p.start, end: s.start + p.end })),
      ...(name ? { named: name } : {}),
      score: (scores[i] ?? 0) * lead * tooShort * fit * alone * voiced * asks * news * givesAFigure(c.text) * spellsALink(c.text),
      gist: cosine(vectors[i]!, article.centroid),
      complete: c.complete && !broken,
    }
  })
  // a table read as a line of text is no point to make (its numbers stay in the notes), nor is a form's placeholder ("Not Applicable.")
  const kept = points.filter((p) => !isTableText(sentences[p.sentence]!.text) && !PLACEHOLDER.test(sentences[p.sentence]!.text.trim()))
  return statsFirst(kept, stats).sort((a, b) => b.score - a.score || a.sentence - b.sentence)
}

/** A sentence saying what is now so or what to do: "now includes", "no longer", "we recommend", "is recommended". */
const CHANGE_OR_ADVICE = /\b(?:(?:is|are|will|can|does|do|has|have)\s+now|now\s+(?:\p{L}+s|supports?|includes?|checks?|allows?|lets?|uses?|has|have|can|comes?|ships?|runs?)|no longer|(?:we|i)\s+(?:strongly\s+)?recommend|(?:is|are)\s+(?:strongly\s+)?recommended)\b/iu
/** How much more such a sentence weighs than its centrality alone. */
const NEWS_WEIGHT = 1.3

/** The points with the complete items of a list of figures above every other point, in the list's order. */
function statsFirst(points: KeyPoint[], stats: ReadonlySet<number>): KeyPoint[] {
  if (stats.size === 0) return points
  const top = Math.max(0, ...points.map((p) => p.score))
  const items = points.filter((p) => stats.has(p.sentence) && p.complete).sort((a, b) => a.sentence - b.sentence)
  return points.map((p) => {
    const at = items.indexOf(p)
    return at < 0 ? p : { ...p, score: top * (STAT_FIRST - at * STAT_STEP) + Number.EPSILON }
  })
}

/** An item of a list of figures scores this much of the section's best point, the next ones a step less each (they keep the list's order). */
const STAT_FIRST = 2
const STAT_STEP = 0.01

/** A form's answer that says nothing: "Not Applicable.", "N/A", "TBD", "Coming soon". */
const PLACEHOLDER = /^(?:not applicable|n\/a|none|tbd|tba|todo|to be (?:determined|announced|added|confirmed)|coming soon|nothing (?:yet|here))[.!]?$/iu

/**
 * The bullet opening on the name an opening "He" or "She" stands for ("Besecker said there’s
 * little if any room …"): its pieces are the sentence's words after the pronoun. Not for "His",
 * "Her" (the name would need an "’s" the text does not write there), nor when the pronoun went.
 */
function withName(c: Compressed, sentence: string, subject: NamedSubject | undefined): { c: Compressed; name?: Span } {
  const first = c.pieces[0]
  const at = subject?.at ?? 0
  if (subject && !subject.possessive && first && first.start < at && at + subject.pronoun <= first.end) return named(c, sentence, subject, at)
  if (!subject || subject.possessive || !first || first.start !== at) return { c }
  const after = wordAfterPronoun(sentence, subject, at)
  // (the pronoun alone kept before a removal, "He [on Tuesday] stepped down …": the next piece goes on from the name)
  const firstAfter = after < first.end ? [{ start: after, end: first.end }] : []
  const pieces = [...firstAfter, ...c.pieces.slice(1)]
  return { c: { ...c, text: `${nameAt(sentence, subject, at)}${c.text.slice(subject.pronoun)}`, pieces }, name: subject.name }
}

/** The name that stands for the pronoun at `at`, as the named sentence writes it ("Shadman", "Shadman’s"). */
function nameAt(sentence: string, subject: NamedSubject, at: number): string {
  return subject.text.slice(at, at + subject.text.length - sentence.length + subject.pronoun)
}

/** Where the sentence's next word after the pronoun at `at` starts. */
function wordAfterPronoun(sentence: string, subject: NamedSubject, at: number): number {
  const end = at + subject.pronoun
  return end + (sentence.slice(end).length - sentence.slice(end).trimStart().length)
}

/**
 * A bullet whose kept opening comes before the pronoun named ("To deliver supplies, [he →]
 * Matie rented …"): the pronoun's words replaced by the name; its pieces are the sentence's words
 * before and after the pronoun.
 */
function named(c: Compressed, sentence: string, subject: NamedSubject, at: number): { c: Compressed; name: Span } {
  const first = c.pieces[0]!
  // (the first piece opens the bullet's text: the pronoun lies as far into it as into the sentence)
  const offset = at - first.start
  const pieces = [{ start: first.start, end: at }, { start: wordAfterPronoun(sentence, subject, at), end: first.end }, ...c.pieces.slice(1)].filter((p) => p.end > p.start)
  return { c: { ...c, text: `${c.text.slice(0, offset)}${nameAt(sentence, subject, at)}${c.text.slice(offset + subject.pronoun)}`, pieces }, name: subject.name }
}

/** How much more a point that gives a figure weighs ("reduce the size of app updates … by 47%"): the story's facts. */
const FIGURE_WEIGHT = 1.2
/** A number standing as a figure: not one inside a name or code ("MH17", "QZ8501", "A320"). */
const FIGURES = /(?<![\p{L}\p{N}_-])[$€£¥]?\p{N}/u

function givesAFigure(text: string): number {
  // (a year counts too: when a thing happened is a fact of the story)
  return !isMostlyCjk(text) && FIGURES.test(text) ? FIGURE_WEIGHT : 1
}

/** How much a point weighs that spells out a web address ("12:32 UTC – https://github.com/…/pull/6834 was opened"). */
const LINK_WEIGHT = 0.4
const LINK = /(?:https?:\/\/|www\.)\S/u

/**
 * A point that spells out a web address spends a slide's words on characters nobody reads out
 * (the address stays in the notes): the events of a timeline, not its links, are its points.
 */
function spellsALink(text: string): number {
  return LINK.test(text) ? LINK_WEIGHT : 1
}

/** Words of a paragraph's lead label at most. */
const LABEL_WORDS = 12

/**
 * A paragraph's or list item's opening label ("**Eliminating unfair banking fees**. Today, the
 * CFPB issued guidance …"): a few words without a finite verb or a colon, with the paragraph going
 * on after them. It names what the item is about; the sentences after it say it. A verb of a
 * relative clause after a noun is not the label's own ("**Mandatory fees that often hide the full
 * price.** Some sellers publish a low price …").
 */
function leadLabel(sentences: readonly Sentence[], id: number, tags: SentenceTags): boolean {
  if (!mayBeLeadLabel(sentences, id)) return false
  const text = sentences[id]!.text
  const words = tags(text)
  return !words.some((w, i) => isFiniteVerb(w) && !inRelativeClause(text, words, i))
}

/** Words that open a clause describing the noun before them ("fees that hide the price"). */
const RELATIVE_WORD = /^(?:that|which|who|whom)\b/i

/** The `i`th word is a verb of a relative clause: a relative word after a noun (or an adjective) comes before it, and no other verb between. */
function inRelativeClause(text: string, words: readonly TaggedWord[], i: number): boolean {
  for (let j = i - 1; j >= 1; j--) {
    const w = words[j]!
    if (isFiniteVerb(w)) return false
    if (RELATIVE_WORD.test(text.slice(w.start, w.end))) return words[j - 1]!.tags.some((t) => t === 'Noun' || t === 'Adjective')
  }
  return false
}

/** What a lead label looks like before its words are tagged: the text tags those sentences in its one pass (shortLineTexts). */
function mayBeLeadLabel(sentences: readonly Sentence[], id: number): boolean {
  const s = sentences[id]!
  const opens = sentences[id - 1]?.paragraph !== s.paragraph && sentences[id + 1]?.paragraph === s.paragraph
  return opens && countWords(s.text) <= LABEL_WORDS && !/:/.test(s.text)
}

/** The sentences that may be lead labels or scraps, to be tagged with the rest (tagForCompression's `headlines`). */
export function shortLineTexts(sentences: readonly Sentence[]): string[] {
  return sentences.filter((_, i) => mayBeLeadLabel(sentences, i) || mayBeScrap(sentences, i)).map((s) => s.text)
}

/**
 * Marks of punctuation doubled or set after a space, where words of the sentence were left out (a
 * formula the page drew); a language whose locale sets a space before a colon (French) sets one
 * before a colon or a semicolon of its own.
 */
function leftOut(text: string, lang: string): boolean {
  const spacedColon = /^\s/u.test(localeFor(lang).slide.colon)
  return /[,;:]\s*[,;:]|\s,(?!\p{N})/u.test(text) || (!spacedColon && /\s[;:](?!\p{N})/u.test(text))
}

/** A sentence that tells what a picture of the page shows: "Figure 9 shows …", "The diagram below illustrates …". */
const SHOWN_IN_PICTURE = /^(?:(?:the\s+)?(?:figure|fig\.|diagram|chart|image|picture|screenshot|graph)\s+(?:\d+[a-z]?|above|below))\s+(?:shows|illustrates|depicts|presents|summari[sz]es|compares|displays)\b/iu

/** A sentence compressed for a bullet (at most once: a section merged later ranks its sentences again). */
export interface Bullet {
  c: Compressed
  /** A long bullet reads worse than a short one of similar centrality; an incomplete one is a last resort. */
  fit: number
}

function bulletOf(sentence: string, tags: SentenceTags, lang: string): Bullet {
  const short = compressSentence(sentence, undefined, tags, lang)
  if (short.complete && !dropsNumbers(sentence, short.text) && !dropsNamedExamples(sentence, short.text)) return { c: short, fit: 1 }
  // (the shortest longer clause that keeps a number the shorter one left out: "… and it has the alignment for i128 hardcoded to 8 bytes")
  // (or keeps the examples its sentence names: "…, including the increasing legal and regulatory headwinds in the EU and the U.S.")
  const had = numbersIn(short.text).length
  const keeps = dropsNumbers(sentence, short.text) ? (t: string) => numbersIn(t).length > had : (t: string) => !dropsNamedExamples(sentence, t)
  if (short.complete) return keepingMore(sentence, short, tags, lang, keeps) ?? { c: short, fit: 1 }
  const long = compressSentence(sentence, LONG_BULLET_WORDS, tags, lang)
  if (long.complete) return { c: long, fit: 0.6 }
  // last, without a relative clause at its end ("a broad U.S. patent on CRISPR-Cas9 [that could give …]")
  const c = compressSentence(sentence, undefined, tags, lang, { relative: true })
  return { c, fit: c.complete ? 0.6 : 0.05 }
}

/**
 * "The more the public …": a comparison's first half, its subject after it, and no other half in the sentence
 * ("…, the more …"): half of a sentence the writer split ("And the more the public becomes repulsed by him.").
 * Not "The more expensive option costs …".
 */
const COMPARATIVE = String.raw`(?:more|less|fewer|better|worse|bigger|larger|smaller|longer|higher|lower|faster|slower|sooner|later|earlier|greater|harder|easier|stronger|weaker|deeper|wider|closer|further|farther|richer|poorer|older|younger)`
const CORRELATIVE_OPENING = new RegExp(String.raw`^(?:(?:and|but|or)\s+)?the\s+${COMPARATIVE}\s+(?:the|a|an|he|she|they|we|you|i|it|his|her|their|our|my|its|this|that|these|those|people)\b`, 'iu')
const CORRELATIVE_SECOND = new RegExp(String.raw`[,;—–]\s*(?:and\s+)?the\s+${COMPARATIVE}\b`, 'iu')

function halfCorrelative(text: string): boolean {
  return CORRELATIVE_OPENING.test(text) && !CORRELATIVE_SECOND.test(text)
}

/**
 * A clause of reason and nothing else ("Because nothing is that
 * snobbish that it causes computers to combust"): no comma, so no main clause after it. Not
 * "Because of …" (a phrase), nor other conjunctions, whose clause often runs into the main one without a comma.
 */
const REASON_ONLY = /^because\s(?!of\b)[^,;:—–]*$/iu

/**
 * A "that" clause with no clause to take it, what is left of "In other words, that they'd not
 * only not have fought against slavery, but …": "That" before a person's pronoun, its subject,
 * not a demonstrative ("That company grew", "That is why …").
 */
const THAT_CLAUSE_ONLY = /^(?:(?:and|but|or|in other words|that is|namely|or rather)[,\s]+)?that\s+(?:they|he|she|we|I|you)(?:['’]\p{L}+)?\s/iu

/** An attribution left alone between two quotations: "Trump told the paper." */
const ATTRIBUTION_ONLY = /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:told|said|says|tells|added|adds|asked|asks|wrote|writes|explained|continued)(?:\s+(?:the\s+|a\s+)?\p{L}+){0,2}\s*[.!]?$/u

/** Words at most of a line that may say nothing for want of a verb: "A close Trump associate" under a pull quote. */
const SCRAP_WORDS = 8

/**
 * A scrap of a sentence: an attribution alone, or a short line after a sentence of its paragraph
 * that ends on no full stop and has no verb (a pull quote's speaker; not an item of a list, a
 * paragraph of its own). The tagger reads only such short lines.
 */
function scrap(sentences: readonly Sentence[], id: number, tags: SentenceTags): boolean {
  const text = sentences[id]!.text
  if (ATTRIBUTION_ONLY.test(text.trim())) return true
  return mayBeScrap(sentences, id) && !tags(text).some((w) => w.tags.includes('Verb'))
}

/** Words at most of a sentence without a verb that a speaker says for effect inside a paragraph ("A fair tax code.", "Just a fair chance."). */
const FRAGMENT_WORDS = 5

/** What a scrap without a verb looks like before its words are tagged (shortLineTexts): a line after a sentence of its paragraph, or a short fragment there. */
function mayBeScrap(sentences: readonly Sentence[], id: number): boolean {
  const text = sentences[id]!.text.trim()
  const words = countWords(text)
  return sentences[id - 1]?.paragraph === sentences[id]!.paragraph && words <= SCRAP_WORDS && (!/[.!?…"”’)]$/u.test(text) || words <= FRAGMENT_WORDS)
}

/** A quotation after a label ("Example: “That was so funny I literally cried.”", "Or: “…”"): an example of what the text says, not a point. */
function quotedExample(text: string): boolean {
  const m = /^(?:or|and|example|for example|for instance|e\.g\.?):\s*(?=["“«„])/iu.exec(text)
  return m !== null && wholeQuotation(text.slice(m[0].length))
}

/** How well a longer bullet that keeps the sentence's numbers fits: a little below a short one, well above a long one that keeps none. */
const KEEPS_NUMBERS_FIT = 0.9

/** The numbers of a text ("8", "1.78", "$4.8"), not a footnote's marker glued to a word. */
function numbersIn(text: string): string[] {
  return text.match(/(?<![\p{L}\p{N}])\p{N}+(?:[.,]\p{N}+)*/gu) ?? []
}

/** Words more a bullet may take per try for the numbers its shorter form left out. */
const NUMBERS_STEP = 2

/**
 * The shortest complete clause longer than `short`, within LONG_BULLET_WORDS, that `keeps` what
 * the short one left out: more of the sentence's numbers, or the examples it names.
 */
function keepingMore(sentence: string, short: Compressed, tags: SentenceTags, lang: string, keeps: (text: string) => boolean): Bullet | undefined {
  for (let words = countWords(short.text) + NUMBERS_STEP; words < LONG_BULLET_WORDS + NUMBERS_STEP; words += NUMBERS_STEP) {
    const c = compressSentence(sentence, Math.min(words, LONG_BULLET_WORDS), tags, lang)
    if (c.complete && keeps(c.text)) return { c, fit: KEEPS_NUMBERS_FIT }
  }
  return undefined
}

/** ", including" or ", such as" and the words after it to the sentence's end, with no comma (a list inside the sentence goes on after it). */
const EXAMPLES = /,\s+(?:including|such as)\s+[^,;:]*$/u
/** A name or an acronym after the first word: "the EU", "the U.S.", "Instagram". */
const NAMED = /\s(?:\p{Lu}\p{Ll}|\p{Lu}\.?\p{Lu})/u

/**
 * Whether a bullet leaves out the examples its sentence names ("We continue to monitor an
 * active regulatory landscape[, including the increasing legal and regulatory headwinds in the
 * EU and the U.S. …]"): they are the point's specifics, as its numbers are.
 */
function dropsNamedExamples(sentence: string, bullet: string): boolean {
  const m = EXAMPLES.exec(sentence)
  return !!m && NAMED.test(m[0]) && !bullet.includes(m[0].slice(1).trim().split(/\s+/).slice(0, 3).join(' '))
}


/** An aside in brackets that gives no share or sum: "(which relies heavily on 128-bit integers …)", "(level=6)", not "(it was just under 25% last year …)". */
const ASIDE_WITHOUT_FIGURES = /\((?![^()]*[%$€£¥])[^()]*\)|\[(?![^\]]*[%$€£¥])[^\]]*\]/gu

/**
 * Whether a bullet leaves out a number its sentence gives, but for an aside's that is no share
 * or sum (ASIDE_WITHOUT_FIGURES: no fact the point needs).
 */
function dropsNumbers(sentence: string, bullet: string): boolean {
  // (counted: "LLVM 18 … as well as Clang 18" keeps two)
  const kept = new Map<string, number>()
  for (const n of numbersIn(bullet)) kept.set(n, (kept.get(n) ?? 0) + 1)
  return numbersIn(sentence.replace(ASIDE_WITHOUT_FIGURES, ' ')).some((n) => {
    const left = kept.get(n) ?? 0
    kept.set(n, left - 1)
    return left <= 0
  })
}

/**
 * A point that is a piece of a longer quotation (its marks do not pair up), or a quotation and
 * nothing else (its speaker is named in another sentence), or words a dash opens as a speaker's
 * ("– Komitet powinien brać udział …", its speaker named after the dash that closes them,
 * dash-quotes.ts): a voice without a name on a slide.
 */
export function brokenQuotation(sentence: string, text: string): boolean {
  return unbalancedQuotes(sentence) || unbalancedQuotes(text) || wholeQuotation(text) || /^\s*[—–]/u.test(sentence)
}

/**
 * A sentence inside a quotation that an earlier sentence of its paragraph opened ("… I said,
 * ‘Don’t you worry. I will give you more money than you want."): someone's words without
 * their marks or their speaker.
 */
function insideQuotation(sentences: readonly Sentence[], id: number): boolean {
  const { paragraph } = sentences[id]!
  let before = ''
  for (let i = id - 1; i >= 0 && sentences[i]!.paragraph === paragraph; i--) before = `${sentences[i]!.text} ${before}`
  return leavesQuotationOpen(before)
}

/** Each sentence's content words (by sentence index) and those of the whole article. */
export interface ArticleVectors {
  vectors: ReadonlyArray<ReadonlyMap<string, number>>
  centroid: ReadonlyMap<string, number>
}

export function articleVectors(sentences: readonly Sentence[], lang: string): ArticleVectors {
  const vectors = sentences.map((s) => termFrequencies(contentTokens(s.text, lang)))
  const centroid = new Map<string, number>()
  for (const v of vectors) for (const [k, x] of v) centroid.set(k, (centroid.get(k) ?? 0) + x)
  return { vectors, centroid }
}

const NUMBER_TOKEN = /^[(\[]?[-+−]?[$€£¥]?\\?[$€£¥]?[\d.,]+[)\]%]?$/u
const CAPS_RUN = /(?:\b[\p{Lu}][\p{Lu}&.,'’-]+\s+){5,}/u

/** A single digit, a punctuation mark at most after it ("5", "2."). */
const SINGLE_DIGIT = /^\p{N}[.,;:)]?$/u

/**
 * Text of a table flattened into a line (a PDF's statements read as text): numbers (not single
 * digits) make a quarter of its words (or a dozen of them), it ends on two numbers side by side (a row: "… at
 * end of the period $33,284 $12,420"), it runs on in capitals for five words, or it has no word at all (a page
 * number), it is a footnote under a table ("*With maximum transferability…"), a bare link, code, or a few
 * cells run together (GLUED_CELLS).
 * It states nothing a bullet can say.
 */
export function isTableText(text: string): boolean {
  const tokens = text.split(/\s+/).filter(Boolean)
  // a table's footnote, marked as one ("*With maximum transferability…", "** With…"); a bare link
  if (!/\p{L}/u.test(text) || /^\s*[*†‡]+\s?\p{Lu}/u.test(text) || /^\s*<?(?:https?:\/\/|www\.)\S+\s*$/u.test(text)) return true
  // (a single digit is prose's as much as a table's: "rated their comfort as 4 or 5 out of 5")
  const counted = tokens.flatMap((t, i) => (NUMBER_TOKEN.test(t) && !SINGLE_DIGIT.test(t) ? [i] : []))
  const numbers = counted.length
  const row = tokens.length >= 3 && tokens.slice(-2).every((t) => NUMBER_TOKEN.test(t.replace(/[.;:]$/, '')))
  // (prose gives its numbers after its own small words: "upgrades Chromium from 132.0.6834.83 to 134.0.6998.44, Node from 20.18.1 to …")
  const told = counted.filter((i) => i > 0 && NUMBER_TOLD.test(tokens[i - 1]!)).length
  return (numbers >= 6 && numbers / tokens.length >= 0.25 && told < numbers * (2 / 3)) || numbers >= 12 || row || CAPS_RUN.test(text) || isCodeText(tokens) || GLUED_CELLS.test(text.trim())
}

/** A small word prose sets before a number ("from", "to", "of", "was"). */
const NUMBER_TOLD = /^(?:from|to|and|or|of|at|by|in|on|was|were|is|are|than|with|about|over|under|nearly|almost|around|some|just|only)$/iu

/** A short line of a table's cells run together, a number glued to a word: "Details Awaited*2153", "7,97,826Recovered", "Mumbai Sub Ur67". */
const GLUED_CELLS = /^(?:[^\s.!?]+\s+){0,4}(?:\p{L}*\p{Ll}[*†]?\d[\d,]*|\d[\d,]*\p{Lu}\p{Ll}+)$/u

/** A token of code or data, not of prose: braces, markup, key-value pairs, a Hyphenated-Header-Name, snake_case. */
const CODE_TOKEN = /[{}<>=\\|]|":|^"?[\w-]+":|\p{Lu}\p{Ll}+-\p{Lu}|\w_\w/u
/** A hash or a key of 32 hex digits or more: a slide says nothing with it ("The reference sample is: 509aa4a8…"). */
const HASH = /(?<![\p{L}\p{N}])[\da-fA-F]{32,}(?![\p{L}\p{N}])/u

/** A call alone on its line: `console.log("[*] FRIDA started")`, `Interceptor.replace(unlink, f);`. */
const CALL_LINE = /^\s*[\p{L}_$][\w$]*(?:\.[\p{L}_$][\w$]*)+\s*\(.*\)\s*;?\s*$/u

/**
 * A line of code, JSON or headers read as a sentence ('{"name":"test", …}',
 * "Access-Control-Allow-Methods: GET, PUT, …", `console.log("…")`): a call alone, or a third of its tokens or more are code.
 */
function isCodeText(tokens: readonly string[]): boolean {
  return tokens.length > 0 && (CALL_LINE.test(tokens.join(' ')) || tokens.some((t) => HASH.test(t)) || tokens.filter((t) => CODE_TOKEN.test(t)).length / tokens.length >= 1 / 3)
}
