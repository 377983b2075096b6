/**
 * The shape of a locale: every word deckwright itself writes (on slides, in notes, in the
 * handout and the headmatter), the words it reads to find who said what, and the direction
 * the language is written in. Every key is required, so a locale that misses one does not
 * compile (each locale file ends in `satisfies Locale`).
 */

import type { Qualifier } from '../types.ts'

export type Direction = 'ltr' | 'rtl'

export interface QuoteMarks {
  open: string
  close: string
}

/** Titles and labels of deckwright's own slides. */
export interface SlideWords {
  agenda: string
  takeaways: string
  /** Title of the closing slide of what a story without headings says may come of it (plan/conclusions.ts `saysWhatMayCome`). */
  outlook: string
  /** Title of the slide of the story's people and who they are. */
  people: string
  sources: string
  keyFigure: string
  whatItCost: string
  theFigures: string
  /** The rest of a list named by its count: "4 more" ("Revenue, Ad impressions, and 4 more"). */
  moreItems: (n: number) => string
  /** Appended to the title of a section's next slides: " (cont.)", "（续）". */
  continued: string
  /** Title of the part of an article with headings that comes before its first heading, when no headline is had from it. */
  introduction: string
  /** Title of a section the text gives no heading and no key phrase for, numbered among such: "Part 2", "2부". */
  part: (n: number) => string
  /** Said after a section's title over a code slide whose introduction cannot title it: "The buggy pattern: the code". */
  code: string
  /** Stands in speaker notes for a formula the page could not give as text (ingest/formulas.ts). */
  formula: string
  /** Title of a quote slide without a speaker. */
  quote: string
  /** Key-figure labels when the article names no subject. */
  amount: string
  count: string
  share: string
  /** Sources slide. */
  article: string
  author: string
  /** Before the organisation that issued a press release, on the sources slide. */
  issuedBy: string
  published: string
  source: string
  /** The origin of an article read from standard input. */
  standardInput: string
  /** Between a label and its value ("Author: …"; French sets a space before the colon, Chinese a full-width one). */
  colon: string
  /** Under bullets in the first person: who "I" is ("— Jane Doe, the author"). */
  authorVoice: (author: string) => string
  /** Under bullets in a press release's "we": the organisation that issued it ("— Meta Platforms, Inc."). */
  issuerVoice: (issuer: string) => string
  /** Under bullets from a block quotation in the first person: who speaks in it ("— Mark Zuckerberg"). */
  speakerVoice: (speaker: string) => string
}

/** Speaker notes deckwright writes itself (all others quote the article). */
export interface NoteWords {
  agenda: (n: number, items: string) => string
  sources: string
}

/** The cost comparison's own words (CostComparison.vue). */
export interface ChartWords {
  notStated: string
  /** Visible note when bars use a log scale; `ratio` is already formatted ("1,000"). */
  logScale: (ratio: string) => string
  mixed: string
  /** Header cells of the screen-reader table: item, amount, note, source. */
  columns: readonly [string, string, string, string]
  qualifiers: Readonly<Record<Qualifier, string>>
  /**
   * What changes are measured against, as articles write it ("year-over-year", "sur un an"),
   * read in the article without regard to case: bars whose sentences all say the same one show changes.
   */
  comparisons: readonly string[]
  /**
   * Title of a chart of changes measured against `comparison` (as the article writes it): what
   * the bars measure and the largest change ("Change year-over-year: Revenue up 27%"; `amount`
   * as the article writes it, without its sign), else what the bars measure alone.
   */
  changeTitle: (comparison: string, largest?: { label: string; amount: string; fell: boolean }) => string
  /**
   * Openings of a sentence that gives the question a list of answers answers ("We also asked
   * what IDE setups users used:"), read without regard to case; the question, from one of
   * `questionWords` on, titles their chart ("What IDE setups users used").
   */
  asked: { openings: readonly string[]; questionWords: readonly string[] }
}

/** Table slides' own words (DataTable.vue and the plan). */
export interface TableWords {
  /** Caption of a table the article gives no caption for, outside any section. */
  table: string
  /** Under a table shown in part: "selected rows", "selected rows and columns" (the speaker notes hold the whole table; counts of rows read as a program's output on a slide). */
  part: (rows: number, allRows: number, columns: number, allColumns: number) => string
  /** Notice: tables of the article that got no slide. */
  leftOut: (n: number, shown: number) => string
  /** Under a long list shown by its largest figures: "the 7 largest of 50 rows by FY26 Award Amount, largest first". */
  largest: (rows: number, allRows: number, column: string) => string
  /** Title of a two-column table from its headers: "FY26 Award Amount by State". */
  by: (values: string, rows: string) => string
  /** Title of a table of two columns of labels and one of values, from its headers: "status by Compiler 1 and Compiler 2". */
  byPair: (values: string, first: string, second: string) => string
  /** Title of a table summing up a section whose slide already bears the section's heading: "Compatibility at a glance". */
  glance: (heading: string) => string
  /** Header of a column of numbers the article gives no header for. */
  noHeader: string
}

/** Bar charts' own words (BarChart.vue). */
export interface BarWords {
  /** Accessible name of the drawing: "Bar chart of 4 values". */
  chartOf: (n: number) => string
  /** Header cells of the screen-reader table: item, value. */
  columns: readonly [string, string]
}

export interface QuoteWords {
  marks: QuoteMarks
  /** The caption's note that a statement is reported speech. */
  paraphrased: string
}

export interface HandoutWords {
  /** Appended to the deck title in the handout PDF's metadata: " (handout)". */
  titleSuffix: string
  /** Accessible name of slide n's picture. */
  slideOf: (n: number, total: number, title: string) => string
  /** The footer's page count; `page` and `total` are filled in by the browser when printing. */
  pageOf: (page: string, total: string) => string
}

/** Words read in the article to find who said something. */
export interface SpeechWords {
  /** Verbs of saying as written after a name ("said", "a déclaré"); may be empty. */
  verbs: readonly string[]
  /** "according to" and its equivalents, lower case; may be empty. */
  according: readonly string[]
  /**
   * Words that open a sentence pointing back to an earlier one ("It", "This", "However", "Elle"),
   * lower case: such a sentence does not stand alone on a slide. An entry of several words
   * ("sin embargo", "in fact") is matched at the start of the sentence. In a language that may
   * leave its subject out, a verb that opens the sentence ("No son un capricho chavista") has
   * its subject in an earlier one.
   */
  backReference: readonly string[]
  /**
   * Openings whose pronoun stands for nothing said before ("il y a", "il faut", "es gibt"; not
   * "il s’agit de", which says what was just named is), lower case: a sentence opening so stands
   * alone although its first word is in `backReference`.
   */
  impersonal: readonly string[]
  /**
   * Adverbs inside a sentence that add it to the one before ("also", "également", "par ailleurs",
   * "auch"), lower case: a bullet shown without that sentence leaves its first one out
   * (plan/detached.ts).
   */
  additive: readonly string[]
  /**
   * Words that keep an additive adverb when they stand just before it or in the two words after
   * it: it is then part of a pair or a comparison ("but also", "also known as", "aussi … que").
   */
  additiveHeld: readonly string[]
  /**
   * Additive words that close a sentence ("… was a cofounder of Editas, too", "as well"), lower
   * case, that are no `additive` word (those go wherever they stand): shown without the sentence
   * before, the point says the rest alone. May be empty.
   */
  additiveLast: readonly string[]
  /**
   * Adverbs of place or manner that close a sentence standing for what the sentence before
   * named ("Los paralelos terminan allí", "un terrorismo así", "s'arrêtent là"), lower case: the
   * point leans on that sentence. May be empty (English reads a closing "that": stand-alone.ts).
   */
  deicticLast: readonly string[]
  /**
   * Words that open a sentence turning the one before it around ("But", "In fact", "Mais"), lower
   * case: the sentence before is its setup ("If you ask people …, they will shrug and say no." "But
   * I can tell you … we have many."), which may say the opposite of the point on its own. Not the
   * words that only qualify it ("However", "Still").
   */
  contrast: readonly string[]
  /**
   * Words that concede a point the sentence then turns around ("zwar", "certes"), lower case: the
   * clause after the turn ("…, aber …", "…, mais …") is the sentence's point and stays.
   */
  concessive: readonly string[]
  /**
   * Connectives that only tie a sentence to the one before it ("however", "at the same time",
   * "par ailleurs"), lower case, each followed by a comma in the text: a bullet shown without
   * that sentence before it leaves its connective out ("There is one trade off; …").
   */
  detachable: readonly string[]
  /**
   * The words of the first person singular ("I", "my", "je", "j'", "ich", "我"), lower case; one
   * ending in an apostrophe is a prefix ("j'ai"). A bullet holding one speaks with the author's voice.
   */
  firstPerson: readonly string[]
  /** The words that address the reader ("you", "vos", "dein"), lower case: no headline speaks to the reader. */
  secondPerson: readonly string[]
  /**
   * Relative pronouns ("which", "qui", "die"), lower case: a sentence that is a noun phrase and
   * a relative clause after its comma ("La CNIL, qui critique fortement cette disposition") has
   * no main clause of its own.
   */
  relative: readonly string[]
  /**
   * Demonstrative determiners ("this", "these", "ces", "esta"), lower case: inside a sentence,
   * one points to something said before ("Facebook uses this contact information"), so a
   * takeaway holding one does not stand alone. May be empty.
   */
  demonstratives: readonly string[]
  /**
   * Nouns after a demonstrative that point to the moment or the text itself, not back ("this
   * year", "this week", "this post"), lower case.
   */
  deictic: readonly string[]
  /**
   * Words that mark a conclusion or a judgement ("in short", "ultimately", "must", "en
   * définitive"), lower case, matched as whole words anywhere: the takeaways prefer a sentence
   * holding one. May be empty.
   */
  conclusive: readonly string[]
  /**
   * Words by which a sentence says what may come ("could", "expects", "fears", "worried",
   * "pourrait", "befürchten"), lower case, matched as whole words anywhere: a story without
   * headings closes on such sentences (a "Looking ahead" slide). May be empty.
   */
  outlook: readonly string[]
  /**
   * Words by which a text speaks of itself or of what it will do next ("in this post", "let's",
   * "here are", "retour sur", "voici"), lower case, matched as whole words anywhere: such a
   * sentence guides the reader through the article and concludes nothing. May be empty.
   */
  aboutTheText: readonly string[]
  /**
   * Words by which a text introduces other people's words as a list or a block quotation ("here
   * are some responses", "comments", "réponses"), lower case, matched as whole words in the
   * sentence before the list: the items' "I" is theirs, not the writer's. May be empty.
   */
  othersWords: readonly string[]
  /**
   * Words reporting that someone did not answer ("declined to comment", "n'a pas souhaité commenter"),
   * lower case, matched as whole words anywhere: no point of a slide, nor its title. Only phrases
   * that cannot report a finding ("did not respond to a request for comment", not "did not
   * respond": tumours do not respond to a drug either). May be empty.
   */
  noAnswer: readonly string[]
  /**
   * Words by which the writers thank people ("many thanks to", "nous remercions"), lower case,
   * matched as whole words anywhere: an acknowledgement is no point of the article. Not a bare
   * "thanks to", which also means "because of". May be empty.
   */
  acknowledgements: readonly string[]
  /**
   * Words that open a call to the reader to do something ("read the full", "download our",
   * "lisez"), lower case, matched at the sentence's start only (an imperative): the page's
   * promotion, no point of the article. May be empty.
   */
  callsToAction: readonly string[]
  /**
   * Words by which the writers announce what they will do ("we'll", "let's", "veamos"), lower
   * case, matched as whole words anywhere: a tutorial's steps, never a conclusion. May be empty.
   */
  plans: readonly string[]
  /**
   * Subordinating conjunctions ("although", "because", "si", "obwohl"), lower case: a sentence
   * opening on one with no comma after it is a subordinate clause alone ("Just as there's a
   * coalition of people against …"), no statement. May be empty.
   */
  subordinators: readonly string[]
  /**
   * Articles ("el", "la", "le", "der"), lower case; one ending in an apostrophe is a prefix
   * ("l'"). A name opening a sentence, then a comma, an article and words up to the next comma
   * ("Abdullah Ocalan, el líder independentista kurdo, desembarcó …") is an apposition, which a
   * bullet may leave out. Used where no tagger finds constituents (src/analyze/asides.ts); may be empty.
   */
  articles: readonly string[]
  /**
   * Relative words of place ("donde", "où", "wo"), lower case: a clause they open after a comma
   * at the end of a sentence ("…, donde era acusado por terrorismo") adds to a place the main
   * clause named, and a bullet may leave it out. Used where no tagger finds constituents; may be empty.
   */
  whereRelative: readonly string[]
  /**
   * Words opening a phrase of contrast or comparison ("contrairement au", "a diferencia de",
   * "im Gegensatz zu"), lower case: such a phrase after a comma at the end of a sentence ("…,
   * contrairement au projet initial du gouvernement qui …") sets the main clause beside another
   * case, and a bullet may leave it out. Used where no tagger finds constituents; may be empty.
   */
  contrastEnding: readonly string[]
  /**
   * Endings of participles ("ée", "ado", "ant", "ando"), lower case: a phrase opening on such a
   * word after a comma and running to the end of the sentence (", composée de six magistrats …",
   * ", rendant légales certaines pratiques …") describes what the main clause named, and so does
   * one set off by commas after the sentence's opening subject ("Ce texte, fortement décrié par
   * …, entend …"): a bullet may leave it out. Used where no tagger finds constituents; may be empty.
   */
  participleEndings: readonly string[]
  /**
   * Frequent finite verbs, forms of "to be" and "to have" above all ("a", "est", "ha", "es",
   * "ist"), lower case: words before a comma holding one make a clause of their own, so a
   * relative clause after that comma at the end of the sentence (", qui seront alimentés par ces
   * collectes") may go. Used where no tagger finds constituents; may be empty.
   */
  finiteVerbs: readonly string[]
  /**
   * Endings of finite verbs, for a language whose verbs are many but regular (Russian "-ет",
   * "-ил", Polish "-ał"): words before a participle's phrase holding none are an opening phrase
   * alone ("На фоне … числа граждан"), and the phrase does not go. May be empty (no check).
   */
  finiteEndings: readonly string[]
}

/** Words read in the article to say what a key figure measures. */
export interface FigureWords {
  /** Label of an amount the article says something cost ("Cost", "Coût"). */
  cost: string
  /** Before a key figure's number that is a most ("up to 120 passengers": "up to 120"); the sign "≤" is in no face the deck ships. */
  upTo: string
  /** Verbs of costing before an amount in its clause ("cost", "a coûté"); regular-expression sources. */
  costVerbs: readonly string[]
  /**
   * Words that open the reason an amount changed or was spent, at the end of its sentence ("as we
   * continue to accelerate our infrastructure investments …", "due to higher legal costs",
   * "en raison de …"), lower case: a cost comparison's caption says it. May be empty.
   */
  because: readonly string[]
  /** Units of measure and time: a count of them ("27 kilometres") says nothing about what was measured. */
  units: readonly string[]
  /** Words before a count that make it part of the one just given ("19 people, including 17 foreigners"); regular-expression sources. */
  among: readonly string[]
  /** Words before the whole a count is part of, in brackets after it ("10 socialistes (sur 288)"). */
  outOf: readonly string[]
  /**
   * Words that point to what follows in the text ("below", "following", "ci-dessous"), lower
   * case: the paragraph right before a table that holds one leads into it ("Below are the
   * results for compiling Cargo itself …").
   */
  below: readonly string[]
}

/** Words read in the article to find where its topic changes (analyze/tiling.ts). */
export interface SectionWords {
  /**
   * Openings of a paragraph that continue the one before it (connectives such as "However",
   * pronouns such as "It"), lower case, one or more words: no section starts at such a paragraph.
   * Compared word by word (by prefix in languages written without spaces); may be empty.
   */
  continuation: readonly string[]
  /**
   * Headings under which an article draws its own conclusions ("Conclusion", "Lessons learned",
   * "Fazit"), lower case: a deck that ends on such a section needs no takeaways slide of its own.
   * Compared with the whole heading, or with its start before a colon, a question mark or a dash.
   */
  concluding: readonly string[]
}

export interface Locale {
  /** Primary language subtag (BCP 47): "en", "zh". */
  tag: string
  dir: Direction
  slide: SlideWords
  notes: NoteWords
  chart: ChartWords
  table: TableWords
  bars: BarWords
  quote: QuoteWords
  handout: HandoutWords
  /** The headmatter's `info` (Slidev's "Show info" dialog). */
  info: (origin: string) => string
  speech: SpeechWords
  figures: FigureWords
  sections: SectionWords
}
