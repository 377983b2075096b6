import { describe, expect, it } from 'vitest'
import { FIXTURE_CASES, loadAnalysis } from '../fixture-articles.ts'
import { countWords } from '../../src/analyze/script.ts'
import { brokenQuotation, isTableText, shortLineTexts, LONG_BULLET_WORDS, rankKeyPoints } from '../../src/analyze/key-points.ts'
import { tagForCompression } from '../../src/analyze/compress.ts'
import type { Analysis, Sentence } from '../../src/types.ts'

const load = loadAnalysis

const tokens = (s: string) => s.toLowerCase().match(/[\u3040-\u30ff\u3400-\u9fff]|[\p{L}\p{N}]+/gu) ?? []

/** Every key point is traceable: its pieces lie inside its source sentence and spell its text. */
function expectTraceableKeyPoints(a: Analysis): void {
  const { text } = a.article
  a.sections.forEach((section) => {
    // every sentence of the section but tables read as text (and "---" rules, which say nothing)
    const own = section.paragraphs.flatMap((p) => a.paragraphs[p]!.sentences).filter((id) => !isTableText(a.sentences[id]!.text))
    expect(section.keyPoints.map((k) => k.sentence).sort((x, y) => x - y)).toEqual([...own].sort((x, y) => x - y))
    for (let i = 1; i < section.keyPoints.length; i++) {
      expect(section.keyPoints[i - 1]!.score).toBeGreaterThanOrEqual(section.keyPoints[i]!.score)
    }
    for (const k of section.keyPoints) {
      const s = a.sentences[k.sentence]!
      expect(k.pieces.length).toBeGreaterThan(0)
      for (const p of k.pieces) {
        expect(p.start >= s.start && p.end <= s.end && p.end > p.start, `piece outside its sentence in “${k.text}”`).toBe(true)
      }
      // (a name in place of an opening "He" or "She" is the article's words where it points)
      const name = k.named ? [text.slice(k.named.start, k.named.end)] : []
      expect(tokens(k.text)).toEqual(tokens([...name, ...k.pieces.map((p) => text.slice(p.start, p.end))].join(' ')))
      // a complete clause within the long budget, or (incomplete) the whole sentence; never a cut
      if (k.complete) expect(countWords(k.text)).toBeLessThanOrEqual(LONG_BULLET_WORDS)
      else expect(tokens(k.text)).toEqual(k.named ? [...tokens(name[0]!), ...tokens(s.text).slice(1)] : tokens(s.text))
      expect(k.text.endsWith('…') && !s.text.includes('…'), `“${k.text}” ends in an ellipsis the article does not have`).toBe(false)
    }
  })
}

/** Sentences of `lines`, one after another, in one paragraph (or each in its own). */
function sentencesOf(lines: readonly string[], ownParagraphs = false): Sentence[] {
  let at = 0
  return lines.map((text, i) => {
    const s = { text, start: at, end: at + text.length, paragraph: ownParagraphs ? i : 0 }
    at += text.length + 2
    return s
  })
}

describe('key points', () => {
  it.each([...FIXTURE_CASES, 'bundled'])('are traceable to their sentences (%s)', async (name) => {
    expectTraceableKeyPoints(await load(name))
  })

  it('weigh a sentence that says what is now so or what to do above the same sentence without it', () => {
    const score = (said: string) => {
      const lines = ['Gleam has a very robust type system that checks every value.', said, 'Decoders convert untyped input from the outside world into typed values.']
      return rankKeyPoints(sentencesOf(lines), [0, 1, 2], 'en').find((p) => p.sentence === 1)!.score
    }
    expect(score('The language server now includes a code action that writes decoders for a custom type.')).toBeGreaterThan(1.2 * score('The language server includes a code action that writes decoders for a custom type.'))
    expect(score('Any code committed to the repository is recommended to be signed by its author.')).toBeGreaterThan(1.2 * score('Any code committed to the repository is often signed by its author.'))
  })

  it('make no point of a form\'s placeholder answer ("Not Applicable.", "N/A")', () => {
    const lines = ['Not Applicable.', 'The project follows the security guidelines of its foundation.', 'N/A']
    const points = rankKeyPoints(sentencesOf(lines, true), [0, 1, 2], 'en')
    expect(points.map((p) => p.sentence)).toEqual([1])
  })

  it('rank the sentence that shares the section’s vocabulary above an unrelated one', () => {
    const lines = [
      'The solar panels charge the battery during the day.',
      'Our cat sleeps quietly on warm afternoons.',
      'The battery powers the station through the night when the solar panels rest.',
      'Solar panels and a larger battery kept the station running in winter.',
    ]
    const text = lines.join(' ')
    let at = 0
    const sentences: Sentence[] = lines.map((l) => {
      const start = text.indexOf(l, at)
      at = start + l.length
      return { text: l, start, end: start + l.length, paragraph: 0 }
    })
    const ranked = rankKeyPoints(sentences, [0, 1, 2, 3], 'en')
    expect(ranked).toHaveLength(4)
    expect(ranked.at(-1)!.sentence).toBe(1)
    expect(rankKeyPoints(sentences, [0, 1, 2, 3], 'en')).toEqual(ranked)
  })

  it('keep the examples a sentence names at its end (", such as …"), within the long bullet\'s words, not a list inside it', () => {
    const [k] = rankKeyPoints(sentencesOf(['The ATF association stores scheduling information, such as the next scheduled timestamp at which the Store Consumer should poll a given task.']), [0], 'en')
    expect(k!.text).toBe('The ATF association stores scheduling information, such as the next scheduled timestamp at which the Store Consumer should poll a given task')
    expect(k!.complete).toBe(true)
    // a list inside the sentence (it goes on after the items) is not cut short
    const [inside] = rankKeyPoints(sentencesOf(['The AirAsia group, including affiliates in Thailand, Indonesia and the Philippines, had not suffered a crash since its Malaysian budget operations began in 2002.']), [0], 'en')
    expect(inside!.text).not.toMatch(/Thailand had/)
  })

  it('rank a question, or a line about the text itself, at half the centrality of a statement', () => {
    const sentences = sentencesOf(['Why did the battery fail during the winter nights?', 'The battery failed during the winter nights because the panels were covered in snow.', 'Snow covered the panels and the battery ran down at night.'])
    const asked = rankKeyPoints(sentences, [0, 1, 2], 'en')
    const stated = rankKeyPoints(sentences.map((s, i) => (i === 0 ? { ...s, text: s.text.replace('?', '.') } : s)), [0, 1, 2], 'en')
    const score = (ranked: typeof asked) => ranked.find((k) => k.sentence === 0)!.score
    expect(score(asked)).toBeCloseTo(score(stated) / 2)
    // a sentence that guides the reader in a clause its bullet leaves out
    const long = 'the battery failed during the winter nights because the panels were covered in snow and the cold wind was strong all week.'
    const guided = rankKeyPoints(sentences.map((s, i) => (i === 0 ? { ...s, text: `As described below, ${long}` } : s)), [0, 1, 2], 'en')
    const plain = rankKeyPoints(sentences.map((s, i) => (i === 0 ? { ...s, text: `As expected by now, ${long}` } : s)), [0, 1, 2], 'en')
    expect(guided.find((k) => k.sentence === 0)!.text).toBe(plain.find((k) => k.sentence === 0)!.text)
    expect(score(guided)).toBeCloseTo(score(plain) / 2)
  })

  it.each([
    ['a bullet that only guides the reader', ['If you only want the matrix, jump to the Compatibility section.', 'The battery failed during the winter nights because the panels were covered in snow.'], false],
    ['a line in title case (a heading the article set on a line of its own)', ['Restricting Junk Fees Charged by Auto Dealers', 'The agency proposed a rule that would ban hidden fees charged by car dealers.'], true],
    ['a sentence that opens on an ellipsis (words left out before it)', ['… They usually do charge way more for everything than anywhere else.', 'Whole Foods could also press suppliers to reduce their prices.'], false],
  ])('make no complete point of %s', (_, lines, ownParagraphs) => {
    const ranked = rankKeyPoints(sentencesOf(lines, ownParagraphs), [0, 1], 'en')
    expect(ranked.find((k) => k.sentence === 0)?.complete).toBe(false)
    expect(ranked.find((k) => k.sentence === 1)?.complete).toBe(true)
  })

  it('make no complete point of a sentence inside a quotation an earlier sentence of its paragraph opened', () => {
    const opened = ['“When the crews arrived, I told them, ‘Stay calm.', 'We will finish the bridge before the river rises again.', 'The engineers left the town on Friday after the inspection ended.']
    // (the third sentence opens a paragraph of its own)
    const inside = rankKeyPoints(sentencesOf(opened).map((x, i) => ({ ...x, paragraph: i === 2 ? 1 : 0 })), [0, 1, 2], 'en')
    expect(inside.find((k) => k.sentence === 1)?.complete).toBe(false)
    expect(inside.find((k) => k.sentence === 2)?.complete).toBe(true)
    // (the same words after a quotation that closed, or in a paragraph of their own, are a point)
    const closed = ['“When the crews arrived, I told them to stay calm,” the mayor said.', ...opened.slice(1)]
    expect(rankKeyPoints(sentencesOf(closed), [0, 1, 2], 'en').find((k) => k.sentence === 1)?.complete).toBe(true)
    expect(rankKeyPoints(sentencesOf(opened, true), [0, 1, 2], 'en').find((k) => k.sentence === 1)?.complete).toBe(true)
  })

  it('make no complete point of a sentence that tells what a picture shows ("Figure 9 shows …")', () => {
    const lines = ['Figure 9 shows the situation in Bob’s repository.', 'Bob has no idea that Alice just amended his changeset.', 'The diagram below illustrates the two repositories after the pull.']
    const points = rankKeyPoints(sentencesOf(lines), [0, 1, 2], 'en')
    expect(points.filter((k) => k.complete).map((k) => k.sentence)).toEqual([1])
  })

  it('make no complete point of a sentence that lost words the page set apart (a formula: "is defined as::p", "that is,, then")', () => {
    const lines = ['The Rayleigh quotient, is defined as::p', 'The range of the Rayleigh quotient is called a numerical range.', 'If a square matrix equals the product of a matrix and its conjugate transpose, that is,, then it is positive semi-definite.']
    const points = rankKeyPoints(sentencesOf(lines), [0, 1, 2], 'en')
    expect(points.filter((k) => k.complete).map((k) => k.sentence)).toEqual([1])
  })

  it('rank a point that spells out a web address below the same point without it', () => {
    const lines = [
      'The staging deployment was promoted to the production environment at noon.',
      'The pull request https://github.com/example/app/pull/6834 was merged into the production environment at noon.',
      'The pull request was merged into the production environment at noon.',
    ]
    const ranked = rankKeyPoints(sentencesOf(lines), [0, 1, 2], 'en')
    const score = (i: number) => ranked.find((k) => k.sentence === i)!.score
    expect(score(1)).toBeLessThan(score(2) * 0.6)
  })

  it('make the longer bullet of a sentence when the shorter one would leave out its numbers', () => {
    const lines = [
      'It turns out this is not because of something that Rust is doing incorrectly: layout of primitives comes from the LLVM codegen backend used by both Rust and Clang, among other languages, and it has the alignment for i128 hardcoded to 8 bytes.',
      'Layout of primitives comes from the LLVM codegen backend used by both Rust and Clang, among other languages, and it has a long history of workarounds in many places.',
    ]
    const ranked = rankKeyPoints(sentencesOf(lines), [0, 1], 'en')
    const point = (i: number) => ranked.find((k) => k.sentence === i)!
    expect(point(0)).toMatchObject({ complete: true })
    expect(point(0).text).toMatch(/hardcoded to 8 bytes$/)
    expect(countWords(point(0).text)).toBeLessThanOrEqual(LONG_BULLET_WORDS)
    // without a number to keep, the shorter bullet
    expect(point(1).text).toBe('Layout of primitives comes from the LLVM codegen backend used by both Rust and Clang')
  })

  it('keep a number given twice, and leave out an aside’s number that is no share or sum', () => {
    const lines = [
      'In short, Rust using LLVM 18 (the default version starting with 1.78) will be completely compatible with any version of GCC, as well as Clang 18 and above (released March 2024).',
      'The initial performance run with the manual alignment change showed nontrivial improvements to compiler performance (which relies heavily on 128-bit integers to work with integer literals).',
      'Rust daily usage has trended slightly upward at 27.63% (it was just under 25% last year and 17.5% in 2017).',
    ]
    const ranked = rankKeyPoints(sentencesOf(lines), [0, 1, 2], 'en')
    const point = (i: number) => ranked.find((k) => k.sentence === i)!.text
    expect(point(0)).toMatch(/as well as Clang 18 and above$/)
    expect(point(1)).toBe('The initial performance run with the manual alignment change showed nontrivial improvements to compiler performance')
    expect(point(2)).toMatch(/17\.5% in 2017\)$/)
  })

  it('take a piece of a longer text, a bracket closed that it never opened, for no complete point', () => {
    const lines = ["<module> ':rw') any requests to paths that start with '/' <module> '/' or '/public/' <module> '/' are allowed.", 'The server allows requests to paths that start with the module name.']
    const ranked = rankKeyPoints(sentencesOf(lines), [0, 1], 'en')
    expect(ranked.find((k) => k.sentence === 0)!.complete).toBe(false)
    expect(ranked.find((k) => k.sentence === 1)!.complete).toBe(true)
  })

  it('return nothing for an empty section', () => {
    expect(rankKeyPoints([], [], 'en')).toEqual([])
  })
})

describe('brokenQuotation', () => {
  it('holds words a dash opens for a speaker\'s, not the writer\'s, and a sentence that only quotes', () => {
    const dialogue = '– Komitet powinien brać udział już w negocjacjach z Brukselą, tak by mógł mieć wpływ na kształt naszego KPO.'
    expect(brokenQuotation(dialogue, dialogue.slice(0, -1))).toBe(true)
    const quoted = '“We cannot keep cancelling crossings every time the wind rises.”'
    expect(brokenQuotation(quoted, quoted)).toBe(true)
    const writers = 'Ranua-Revontuli Oy – 80 km od Rovaniemi – tworzy wina z dzikich jagód.'
    expect(brokenQuotation(writers, writers.slice(0, -1))).toBe(false)
  })
})

describe('isTableText', () => {
  it('knows a table flattened into a line, a page number and a run of capitals from a sentence', () => {
    expect(isTableText('Income (loss) from operations: Family of Apps $ 17,664 $ 11,219 Reality Labs (3,846) (3,992) Total $ 13,818 $ 7,227')).toBe(true)
    expect(isTableText('4 META PLATFORMS, INC. CONDENSED CONSOLIDATED STATEMENTS OF INCOME (In millions)')).toBe(true)
    expect(isTableText('10')).toBe(true)
    for (const glued of ['Details Awaited*2153', '7,97,826Recovered', 'Mumbai Sub Ur67']) expect(isTableText(glued), glued).toBe(true)
    for (const prose of ['Windows 10', 'The A320 went missing on Sunday.', 'We bought 3D printers', 'Airbus A320', 'Flight MH17']) expect(isTableText(prose), prose).toBe(false)
    expect(isTableText('Cash, cash equivalents, and restricted cash at end of the period $33,284 $12,420')).toBe(true)
    expect(isTableText('Sales rose from $5 million in 2022 to $7 million in 2023.')).toBe(false)
    expect(isTableText('Electron 35 upgrades Chromium from 132.0.6834.83 to 134.0.6998.44, Node from 20.18.1 to 22.14.0, and V8 from 13.2 to 13.5.')).toBe(false)
    expect(isTableText('Revenue was $36.46 billion, an increase of 27% year-over-year.')).toBe(false)
    expect(isTableText('The scores were 3, 5, 8 and 13 in the four rounds, said the NASA team.')).toBe(false)
    // (single digits are prose's too)
    expect(isTableText('49% of survey respondents, for example, rated their Rust comfort as 4 or 5 out of 5, and only 18.5% said 1 or 2.')).toBe(false)
    expect(isTableText('Q1 2024 Q4 2023 Q3 2023 Q2 2023 Q1 2023 36,455 40,111 34,146 31,999 28,645')).toBe(true)
    expect(isTableText('Die Bundesregierung in Berlin plant neue Regeln für Mieten.')).toBe(false)
    // a footnote under a table, and a sentence that only holds an asterisk
    expect(isTableText('*With maximum transferability between spouses of €41,000 in 2006')).toBe(true)
    expect(isTableText('** With maximum transferability between spouses of €43,000 in 2007')).toBe(true)
    expect(isTableText('The fund*, set up in 2006, pays out every quarter.')).toBe(false)
    expect(isTableText('* marks a footnote in many print traditions')).toBe(false)
    // a bare link
    expect(isTableText('https://bugs.llvm.org/show_bug.cgi?id=50198')).toBe(true)
    expect(isTableText('The report is at https://example.org/report and runs to 40 pages.')).toBe(false)
    // code, JSON or headers read as a sentence
    expect(isTableText('{"name":"test", "updated":true, "@context":"http://remotestorage.io/spec/modules/drink"}')).toBe(true)
    expect(isTableText('Access-Control-Allow-Methods: GET, PUT, DELETE Access-Control-Allow-Headers: Authorization, Content-Length, Origin, X-Requested-With')).toBe(true)
    expect(isTableText('Set RUSTFLAGS=-Zself-profile and run cargo_build again to record the trace.')).toBe(false)
    expect(isTableText('The Anglo-American firm and the Franco-German group signed the deal on Tuesday.')).toBe(false)
    // a call alone on its line, a hash
    expect(isTableText('console.log("[*] FRIDA started")')).toBe(true)
    expect(isTableText('The reference sample is: 509aa4a846c6cb52e9756a282de67da3e8ec82769bceafa1265428b1289459b3')).toBe(true)
    expect(isTableText('The team called Interceptor.replace(unlink) to skip the deletion, and the file stayed.')).toBe(false)
    expect(isTableText('File-by-File patching is completely open-source!')).toBe(false)
  })

  it('takes a scrap ("Forte said", "Trump told the paper.", a pull quote\'s "A close Trump associate") for no complete point', () => {
    for (const scrap of ['Forte said.', 'Trump told the paper.']) expect(completeness([scrap, 'Whole Foods could also press suppliers to reduce their prices.']), scrap).toEqual([false, true])
    // (a line without a verb after a sentence of its paragraph, not a paragraph of its own: an item of a list)
    expect(completeness(['You have to suggest something to him.', 'A close Trump associate'], [0, 0])).toEqual([true, false])
    expect(completeness(['Most powerful hardware ever in a home console', 'Whole Foods could also press suppliers to reduce their prices.'])).toEqual([true, true])
    // (a statement of a few words stays one)
    expect(completeness(['The board said no to the plan.', 'Whole Foods could also press suppliers to reduce their prices.'])).toEqual([true, true])
    // a quotation's signature, on a line opening on a dash
    expect(completeness(['—Michael Brennan, Ford Foundation and its whole board', 'Whole Foods could also press suppliers to reduce their prices.'])).toEqual([false, true])
    // (opening on two hyphens, as a plain-text or Markdown signature is typed)
    expect(completeness(['-- Hacker News readers of the weekly and its whole board', 'Whole Foods could also press suppliers to reduce their prices.'])).toEqual([false, true])
    // a fragment said for effect inside a paragraph; a short statement there stays one
    expect(completeness(['We want the middle class to share in the gains of the economy.', 'A fair tax code.', 'Just a fair chance.', 'Workers deserve it.'], [0, 0, 0, 0])).toEqual([true, false, false, true])
  })

  /** Whether each sentence of `texts` (a paragraph each, unless `paragraphs` says) makes a complete point. */
  function completeness(texts: string[], paragraphs = texts.map((_, i) => i)): boolean[] {
    let at = 0
    const sentences = texts.map((text, i) => {
      const s = { text, start: at, end: at + text.length, paragraph: paragraphs[i]! }
      at += text.length + 2
      return s
    }) as unknown as Sentence[]
    const points = rankKeyPoints(sentences, texts.map((_, i) => i), 'en')
    return texts.map((_, i) => points.find((k) => k.sentence === i)!.complete)
  }

  it('takes a clause of reason alone and a quoted example after a label for no complete point', () => {
    const texts = [
      'Because nothing is that snobbish that it causes computers to combust.',
      'Or: “Courtney, your head is so big it literally cannot get through the door.”',
      'Example: “That was so funny I literally cried.”',
      'After the Budget they will be outside the tax net.',
      'Because of the storm, the ferry stayed in port.',
      'Warning: the road is closed until May.',
      'Obama said: “The attack on the museum is an attack on all of us.”',
      'Because of this the team moved the service to Rust last year.',
      'Although the company lost money in the quarter its shares rose sharply.',
    ]
    const points = rankKeyPoints(sentencesOf(texts), texts.map((_, i) => i), 'en')
    expect(texts.map((_, i) => points.find((k) => k.sentence === i)!.complete)).toEqual([false, false, false, true, true, true, true, true, true])
  })

  it('takes a "that" clause with no clause to take it ("In other words, that they\'d …") for no complete point, not a demonstrative "That"', () => {
    const texts = [
      'In other words, that they\'d not only not have fought against slavery, but that they\'d have been among its staunchest defenders.',
      'That company grew faster than any other bakery in the region last year.',
      'That is why the council closed the harbour road for the winter.',
    ]
    const points = rankKeyPoints(sentencesOf(texts), texts.map((_, i) => i), 'en')
    expect(texts.map((_, i) => points.find((k) => k.sentence === i)!.complete)).toEqual([false, true, true])
  })

  it('takes half of a comparison the writer split ("And the more the public becomes repulsed by him.") for no complete point, not a whole one', () => {
    const texts = [
      'And the more the public becomes repulsed by him.',
      'The more the council talks, the more the voters of the island cheer.',
      'The more expensive option costs five dollars a month.',
      'The number of people at the rally fell by half.',
      'The later it gets in the season, the harder the ground becomes.',
    ]
    const points = rankKeyPoints(sentencesOf(texts, true), texts.map((_, i) => i), 'en')
    expect(texts.map((_, i) => points.find((k) => k.sentence === i)!.complete)).toEqual([false, true, true, true, true])
  })

  it('make a point of a sentence too long even for the long budget by leaving out the relative clause that closes it, as a last resort', () => {
    const sentences = sentencesOf([
      'Earlier this year Zhang claimed his own reward.',
      'In April, he won a broad U.S. patent on CRISPR-Cas9 that could give him and his research center control over just about every important commercial use of the technology.',
      'Google Play sends your device a patch that describes the differences between the old and new versions of the app.',
    ])
    const points = rankKeyPoints(sentences, [0, 1, 2], 'en')
    expect(points.find((k) => k.sentence === 1)).toMatchObject({ complete: true, text: 'In April, he won a broad U.S. patent on CRISPR-Cas9' })
    // within the long budget whole: its clause stays
    expect(points.find((k) => k.sentence === 2)!.text).toBe('Google Play sends your device a patch that describes the differences between the old and new versions of the app')
  })

  it('takes the label opening a list item ("Eliminating unfair banking fees.") for no complete point, and a label standing alone for one', () => {
    const item = sentencesOf(['Eliminating unfair banking fees.', 'Today, the CFPB issued guidance explaining that two junk fee practices are unfair and unlawful.'])
    const points = rankKeyPoints(item, [0, 1], 'en')
    expect(points.find((k) => k.sentence === 0)!.complete).toBe(false)
    expect(points.find((k) => k.sentence === 1)!.complete).toBe(true)
    // a label of up to twelve words is one too ("Additional CFPB actions on bank and credit card fees."); a sentence with a verb is not
    const longer = sentencesOf(['Additional CFPB actions on bank and credit card fees.', 'The CFPB is developing rules and guidance on other fees charged by banks.'])
    expect(rankKeyPoints(longer, [0, 1], 'en', tagForCompression(longer.map((x) => x.text), shortLineTexts(longer))).find((k) => k.sentence === 0)!.complete).toBe(false)
    const clause = sentencesOf(['Researchers who study small islands say the village is worth watching.', 'Its school has kept its doors open for a hundred years.'])
    expect(rankKeyPoints(clause, [0, 1], 'en', tagForCompression(clause.map((x) => x.text), shortLineTexts(clause))).find((k) => k.sentence === 0)!.complete).toBe(true)
    // a verb of a relative clause is not the label's own; a verb after the relative clause is
    const relative = sentencesOf(['Mandatory fees that often hide the full price.', 'Some sellers publish a low price and then add mandatory fees later.'])
    expect(rankKeyPoints(relative, [0, 1], 'en', tagForCompression(relative.map((x) => x.text), shortLineTexts(relative))).find((k) => k.sentence === 0)!.complete).toBe(false)
    const main = sentencesOf(['Fees that hide the full price are unfair to buyers.', 'Some sellers publish a low price and then add mandatory fees later.'])
    expect(rankKeyPoints(main, [0, 1], 'en', tagForCompression(main.map((x) => x.text), shortLineTexts(main))).find((k) => k.sentence === 0)!.complete).toBe(true)
    const alone = sentencesOf(['A 20 W solar panel with a small charge controller and a 12 Ah battery.', 'The station runs on a single-board computer.'], true)
    expect(rankKeyPoints(alone, [0, 1], 'en').find((k) => k.sentence === 0)!.complete).toBe(true)
  })

  it('weigh a point that gives a figure above one as central that gives none, not for a number inside a name', () => {
    const sentences = sentencesOf(['The ferry carried passengers across the bay all summer.', 'The ferry carried 4,870 passengers across the bay all summer.', 'Passengers crossed the bay on the ferry every day.'], true)
    const points = rankKeyPoints(sentences, [0, 1, 2], 'en')
    expect(points.findIndex((k) => k.sentence === 1)).toBeLessThan(points.findIndex((k) => k.sentence === 0))
    const named = sentencesOf(['The ferry carried passengers across the bay all summer.', 'The ferry MV101 carried passengers across the bay all summer.', 'Passengers crossed the bay on the ferry every day.'], true)
    const byName = rankKeyPoints(named, [0, 1, 2], 'en')
    expect(byName.find((k) => k.sentence === 1)!.score).toBeLessThanOrEqual(byName.find((k) => k.sentence === 0)!.score * 1.05)
  })

  it('rank a sentence that announces what follows ("… in two ways") at half its centrality', () => {
    const sentences = sentencesOf(['The ferry survey is useful in two ways.', 'The ferry survey is useful for planning.', 'Passengers answered the ferry survey online.'], true)
    const points = rankKeyPoints(sentences, [0, 1, 2], 'en')
    expect(points.find((k) => k.sentence === 0)!.score).toBeLessThan(points.find((k) => k.sentence === 1)!.score * 0.75)
  })

  it('never makes a key point of table text', () => {
    const text = 'The company grew its revenue in every market this quarter.\n\nRevenue $ 36,455 $ 28,645 Costs (22,637) (21,418) Income $ 13,818 $ 7,227 Margin 38 % 25 %'
    const sentences = [
      { text: 'The company grew its revenue in every market this quarter.', start: 0, end: 58, paragraph: 0 },
      { text: text.slice(60), start: 60, end: text.length, paragraph: 1 },
    ] as unknown as Sentence[]
    expect(rankKeyPoints(sentences, [0, 1], 'en').map((k) => k.sentence)).toEqual([0])
  })
})
