import { describe, expect, it } from 'vitest'
import { deriveArticleTitle, headingsInTitleCase, MAX_TITLE_WORDS, namedWords, sectionTitles, sentenceCase } from '../../src/analyze/titles.ts'
import { loadAnalysis, PROJECT_ROOT } from '../fixture-articles.ts'
import { analyze } from '../../src/analyze/index.ts'
import { ingest } from '../../src/ingest/index.ts'
import type { Entity } from '../../src/types.ts'

const TEXTS = [
  'The harbour ferry crossing was cancelled again. The ferry captain blamed the tide at the pier. Ferry passengers waited for hours.',
  'The orchard apples suffered from frost. Apple blossom froze in April and the orchard harvest was small. Pickers left early.',
  'The library reopened with new shelves. Library readers borrowed more books than ever. The librarian extended loans.',
]

const words = (s: string) => s.trim().split(/\s+/).length

describe('sectionTitles', () => {
  it('keeps the article’s own headings verbatim', () => {
    const titles = sectionTitles(TEXTS, ['Crossing trouble', undefined, 'Books again'], 'en')
    expect(titles[0]).toBe('Crossing trouble')
    expect(titles[2]).toBe('Books again')
    expect(titles[1]).toBeTruthy()
    // (less a sentence's full stop, not an abbreviation's)
    const stops = sectionTitles(TEXTS, ['You were seeing things that weren’t explicit.', undefined, 'Acme Inc.'], 'en')
    expect([stops[0], stops[2]]).toEqual(['You were seeing things that weren’t explicit', 'Acme Inc.'])
  })

  it('makes no topic of people’s names alone (a speaker is not what a section is about)', async () => {
    const a = analyze(await ingest(`${PROJECT_ROOT}corpus/feature-seattletimes-halibut/article.html`))
    const people = new Set(a.entities.filter((e) => e.kind === 'person').flatMap((e) => e.name.toLowerCase().split(/\s+/)))
    expect(people.has('forte')).toBe(true)
    const topics = a.sections.filter((s) => s.titleFrom === 'keyphrases').flatMap((s) => s.title.split(/\s*&\s*|:\s*/))
    expect(topics.length).toBeGreaterThan(0)
    for (const t of topics) expect(t.toLowerCase().split(/\s+/).every((w) => people.has(w)), t).toBe(false)
  })

  it('builds distinct, short titles from each section’s own phrases', () => {
    const titles = sectionTitles(TEXTS, [undefined, undefined, undefined], 'en')
    expect(new Set(titles.map((t) => t.toLowerCase())).size).toBe(3)
    for (const t of titles) expect(words(t)).toBeLessThanOrEqual(MAX_TITLE_WORDS)
    expect(titles[0]!.toLowerCase()).toMatch(/ferry|harbour|crossing/)
    expect(titles[1]!.toLowerCase()).toMatch(/orchard|apple|frost|blossom/)
    expect(titles[2]!.toLowerCase()).toMatch(/library|reader|book|shelves/)
  })

  it('titles the text before an article’s first heading as its introduction, in the article’s language, when no headline is had', () => {
    expect(sectionTitles(TEXTS, [undefined, 'Orchards', 'Books again'], 'en')[0]).toBe('Introduction')
    expect(sectionTitles(TEXTS, [undefined, 'Orchards', 'Books again'], 'fr')[0]).toBe('Introduction')
    expect(sectionTitles(TEXTS, [undefined, 'Orchards', 'Books again'], 'es')[0]).toBe('Introducción')
    expect(sectionTitles(TEXTS, [undefined, 'Orchards', 'Books again'], 'en', [], { headlines: [['The ferry was cancelled again'], [], []] })[0]).toBe('The ferry was cancelled again')
    // an article whose own heading is "Introduction" keeps it for its own section
    expect(sectionTitles(TEXTS, [undefined, 'Introduction', 'Books again'], 'en')[0]).not.toBe('Introduction')
    expect(sectionTitles(TEXTS, [undefined, 'Introductions', 'Books again'], 'en')[0]).not.toBe('Introduction')
    // no headings at all: no introduction, a topic
    expect(sectionTitles(TEXTS, [undefined, undefined, undefined], 'en')[0]).not.toBe('Introduction')
  })

  it('takes no name the tagger cut before its "of" for a topic ("University of Maryland School [of Medicine]")', () => {
    const texts = ['Stephen Liggett, who was then at the University of Maryland School of Medicine, reported that smooth muscle in the airways expressed bitter taste receptors. The University of Maryland School of Medicine is in Baltimore.', 'The ferry crossing was cancelled again on Monday because of the storm.']
    const titles = sectionTitles(texts, [undefined, undefined], 'en', texts)
    expect(titles[0]).not.toMatch(/School$/u)
  })

  it('numbers the sections it finds no title for among themselves, in the article’s language', () => {
    const ko = ['시작은 엘제이의 일방적인 사진 공개로부터 비롯됐다.', '류화영은 한 매체에 자신의 입장을 털어놓았다.', '사실 남녀 관계라는 것이 당사자들이 아니면 알기는 어려운 일이다.']
    expect(sectionTitles(ko, [undefined, undefined, undefined], 'ko')).toEqual(['1부', '2부', '3부'])
    expect(sectionTitles(ko, [undefined, '류화영의 입장', undefined], 'ko')).toEqual(['들어가며', '류화영의 입장', '1부'])
  })

  it('takes a headline that does not say again what another section’s headline said, when the section has one', () => {
    const first = 'Gunmen opened fire on visitors at Tunisia’s most renowned museum'
    const echo = 'Gunmen in military uniforms stormed Tunisia’s national museum'
    const other = 'Tourism is critical to Tunisia’s economy'
    expect(sectionTitles(TEXTS.slice(0, 2), [undefined, undefined], 'en', [], { headlines: [[first], [echo, other]] })).toEqual([first, other])
    // with nothing else to say, the echo is still better than a topic of two phrases
    expect(sectionTitles(TEXTS.slice(0, 2), [undefined, undefined], 'en', [], { headlines: [[first], [echo]] })).toEqual([first, echo])
  })

  it('makes no topic of a word that stands for nothing in particular ("Committee & nothing")', () => {
    const t = 'The committee did nothing about the leak. Nothing was decided by the committee at its meeting. The committee will meet again, and nothing suggests it will act.'
    expect(sectionTitles([t], [undefined], 'en', [t])[0]).not.toMatch(/nothing/i)
  })

  it('does not say the deck’s title again as a made-up section title', () => {
    const headline = 'Tourism is critical to Tunisia’s economy'
    const other = 'Hotels are emptying along the coast'
    expect(sectionTitles(TEXTS.slice(0, 1), [undefined], 'en', [], { headlines: [[headline, other]] })).toEqual([headline])
    expect(sectionTitles(TEXTS.slice(0, 1), [undefined], 'en', [], { headlines: [[headline, other]], deckTitle: 'Tourism is critical to Tunisia’s economy' })).toEqual([other])
    const topic = sectionTitles(TEXTS.slice(0, 1), [undefined], 'en')[0]!
    expect(sectionTitles(TEXTS.slice(0, 1), [undefined], 'en', [], { deckTitle: topic })[0]).not.toBe(topic)
  })

  it('does not repeat a heading used elsewhere', () => {
    const same = [TEXTS[0]!, TEXTS[0]!.replace('cancelled again', 'late again')]
    const titles = sectionTitles(same, [undefined, undefined], 'en')
    expect(titles[0]!.toLowerCase()).not.toBe(titles[1]!.toLowerCase())
  })

  it('titles a section from plain noun phrases when its central sentences hold no adjective + noun', () => {
    const texts = [
      'On match days we already cannot park, cannot get a bus and cannot hear ourselves think, said Dorothy Achebe.',
      'The council published the budget. The budget funds two schools.',
    ]
    const titles = sectionTitles(texts, [undefined, undefined], 'en', texts)
    // a noun phrase of the sentence, not a run of words around its verbs ("Already cannot park")
    expect(titles[0]!.toLowerCase()).toMatch(/match days|bus/)
    expect(titles[0]!.toLowerCase()).not.toMatch(/already|cannot|park|achebe|dorothy/)
  })

  it('leaves out people, moments, code and leading prepositions', () => {
    const texts = [
      'Maria Lopez planted a cheap anemometer last autumn.',
      'A trainee typed constructor.constructor into the headline field.',
      'I have nothing against football, said the fan.',
    ]
    const titles = sectionTitles(texts, [undefined, undefined, undefined], 'en', texts).map((t) => t.toLowerCase())
    expect(titles[0]).toMatch(/anemometer/)
    expect(titles[0]).not.toMatch(/maria|lopez|last autumn/)
    expect(titles[1]).not.toMatch(/constructor\.constructor/)
    expect(titles[2]).not.toMatch(/^against/)
  })

  it('takes no headline that is its section\'s whole text: the slide would say its title again as its point', () => {
    const texts = ['Daring Fireball is written and produced by John Gruber.', 'Web standards are important, and the site adheres to them.']
    const headlines = [['Daring Fireball is written and produced by John Gruber'], []]
    expect(sectionTitles(texts, [undefined, 'Web Standards'], 'en', [], { headlines })[0]).toBe('Introduction')
    // (a longer section keeps it)
    const longer = [`${texts[0]} He has written it since 2002, from Philadelphia.`, texts[1]!]
    expect(sectionTitles(longer, [undefined, 'Web Standards'], 'en', [], { headlines })[0]).toBe(headlines[0]![0])
  })

  it('takes a hyphenated first word whole, and ends before a name that opens a clause of its own', () => {
    const texts = [
      'Facebook knows how to seal a billion-dollar acquisition deal. The billion-dollar acquisition deal took months.',
      'Zuckerberg said this was reason Facebook was able to buy Oculus cheaply. The reason Facebook was able to wait is cash.',
    ]
    const titles = sectionTitles(texts, [undefined, undefined], 'en', texts).map((t) => t.toLowerCase())
    expect(titles[0]).toMatch(/^billion-dollar acquisition deal/)
    expect(titles[1]).not.toMatch(/reason facebook/)
    // (a name of several words in its possessive is no phrase, nor is a piece of it: no "Prime" of "the Prime Minister's steadfast commitment")
    const pm = ["The vote would confirm the Prime Minister's steadfast commitment to farmers. Backbenchers welcomed the Prime Minister's steadfast commitment."]
    expect(sectionTitles(pm, [undefined], 'en', pm)[0]).not.toMatch(/\bPrime\b(?! Minister)/u)
    // (an amount keeps its currency's sign)
    const centre = ['Operations will move to a $23-million data-processing centre in Guiyang. The $23-million data-processing centre is being built.']
    expect(sectionTitles(centre, [undefined], 'en', centre)[0]).toBe('$23-million data-processing centre')
    // (nor is a person with their age a topic: "22-year-old Sunil Tripathi")
    const aged = ['News organizations wrongly named 22-year-old Sunil Tripathi as the bomber. The 22-year-old Sunil Tripathi was missing.']
    expect(sectionTitles(aged, [undefined], 'en', aged)[0]).not.toMatch(/year-old/)
  })

  it('ends a noun phrase before a word the tagger took for a noun that an adverb in -ly follows (the verb: "care deeply")', () => {
    const texts = ['I know my colleagues at Conservancy care deeply about the archive.', 'The harbour ferry crossing was cancelled again at the pier.']
    const titles = sectionTitles(texts, [undefined, undefined], 'en', texts).map((t) => t.toLowerCase())
    expect(titles[0]).not.toMatch(/care/)
  })

  it('ends a noun phrase before a verb an infinitive follows ("shareholders of Fox need to self-reflect")', () => {
    const texts = ['The shareholders of Fox need to self-reflect about the harbour coverage.', 'The harbour ferry crossing was cancelled again at the pier.']
    const titles = sectionTitles(texts, [undefined, undefined], 'en', texts).map((t) => t.toLowerCase())
    expect(titles[0]).not.toMatch(/need/)
    // (not a word of a name set in capitals: "a Permitting Technology Action Plan to modernize …")
    const named = ['The Council issued a Permitting Technology Action Plan to modernize review. The Permitting Technology Action Plan provides a strategy to evaluate permits.', 'The harbour ferry crossing was cancelled again at the pier.']
    expect(sectionTitles(named, [undefined, undefined], 'en', named)[0]).toBe('Permitting Technology Action Plan')
  })

  it('ends a noun phrase before a word in -ing after a plural: what they do ("get developers building for the headset")', () => {
    const texts = ['Apple wants to get developers building for the headset. Developers building apps will need time.', 'The harbour ferry crossing was cancelled again at the pier.']
    const titles = sectionTitles(texts, [undefined, undefined], 'en', texts).map((t) => t.toLowerCase())
    expect(titles[0]).not.toMatch(/building/)
  })

  it('takes no verb after a relative pronoun for a noun phrase\'s first word ("which compares data")', () => {
    const texts = ['The report, which compares data from many firms, was late. The study, which compares data from many firms, was early. Each report, which compares data, is useful.', 'The harbour ferry crossing was cancelled again at the pier.']
    const titles = sectionTitles(texts, [undefined, undefined], 'en', texts).map((t) => t.toLowerCase())
    expect(titles[0]).not.toMatch(/^compares/)
  })

  it('ends a run of nouns before a relative clause without its "that" that opens on a name', () => {
    const texts = [
      'Shoppers see more than 300 Prime promotions Whole Foods plans in the next few months, and Prime promotions Whole Foods plans are all cheaper.',
      'The halibut sells for $24 a pound.',
    ]
    expect(sectionTitles(texts, [undefined, undefined], 'en', texts)[0]).toBe('Prime promotions')
    // a name's own words and an adjective before a name are no such noun
    const studios = ['The famous Hollywood studios closed. The famous Hollywood studios reopened later.', 'The halibut sells for $24 a pound.']
    expect(sectionTitles(studios, [undefined, undefined], 'en', studios)[0]).toBe('Famous Hollywood studios')
    const regulators = ['The various European regulators met. The various European regulators agreed.', 'The halibut sells for $24 a pound.']
    expect(sectionTitles(regulators, [undefined, undefined], 'en', regulators)[0]).toBe('European regulators')
  })

  it('takes no subject from what the text says something is not', () => {
    const texts = [
      'IMO, this is not and has never been a Free Speech issue. This isn’t a Free Speech issue either. It isn’t a Free Speech issue. Leaders have power over their volunteers.',
      'The halibut sells for $24 a pound.',
    ]
    expect(sectionTitles(texts, [undefined, undefined], 'en', texts)[0]).not.toMatch(/free speech/i)
    const venus = [
      'Kingma says it’s no Mars vs. Venus misunderstanding. It’s no Mars vs. Venus misunderstanding at all. Office buildings run cold. Office buildings waste energy.',
      'The halibut sells for $24 a pound.',
    ]
    expect(sectionTitles(venus, [undefined, undefined], 'en', venus)[0]).not.toMatch(/misunderstanding/i)
  })

  it('is deterministic', () => {
    expect(sectionTitles(TEXTS, [undefined, undefined, undefined], 'en')).toEqual(sectionTitles(TEXTS, [undefined, undefined, undefined], 'en'))
  })
})

describe('section titles name their subject', () => {
  it('takes a phrase with a name ("Investment Company Act") over a vaguer one near it in the ranking', () => {
    const text = 'Yahoo will become a so-called investment company under the Investment Company Act. The Investment Company Act sets rules for such a company, and the so-called investment company label matters to shareholders.'
    const [title] = sectionTitles([text], [undefined], 'en', [text])
    expect(title).toBe('Investment Company Act')
  })

  it('takes a phrase of two words near the top over two single words joined ("FSF & RMS")', async () => {
    const a = analyze(await ingest(`${PROJECT_ROOT}/corpus/essay-ebb-controversial-events/article.html`))
    const titles = a.sections.map((s) => s.title)
    expect(titles).toContain('FSF leadership')
    expect(titles).not.toContain('FSF & RMS')
  })

  it('no headline of one item of a list the section\'s prose introduces ("three major features:")', async () => {
    const { parseMarkdown } = await import('../../src/ingest/markdown.ts')
    const md = ['# Transformer alpha', '', 'We are excited to announce an alpha release of the transformer for our users today.', '', 'This release contains three major features:', '', '1. Transforming TypeScript to plain modern JavaScript.', '2. Transforming React JSX to plain modern JavaScript.', '3. Declarations emitted without using the TypeScript compiler.', '', 'In this alpha stage, we recommend experimenting with these features to speed up build times.', '', '## Usage', '', 'The package is published on npm and works with every bundler we know of.'].join('\n')
    const first = analyze(parseMarkdown(md, 'a.md')).sections[0]!
    expect(first.titleFrom).not.toBe('headline')
  })

  it('not the organisation a quoted speaker works for ("Purdue University")', () => {
    const text = 'Producers could be squeezed by the lower prices, said a professor at Purdue University. At Purdue University, the squeeze on producers upstream is a worry, but it has not reached halibut.'
    const hinted = (affiliations: Set<string>) => sectionTitles([text], [undefined], 'en', [text], { affiliations })[0]
    expect(hinted(new Set())).toBe('Purdue University')
    expect(hinted(new Set(['purdue university']))).not.toMatch(/Purdue/)
  })

  it('not a phrase that only ends in a name, nor a speaker’s role', () => {
    const text = 'Industry leaders doubt that established Western firms face an immediate threat. A Whole Foods spokeswoman declined to comment on established platforms and their immediate threat.'
    const [title] = sectionTitles([text], [undefined], 'en', [text])
    expect(title).not.toMatch(/Western$|spokeswoman/i)
  })
})

describe('deriveArticleTitle', () => {
  const text = TEXTS.join('\n')
  it('names the most mentioned organisation or person with a key phrase', () => {
    const entities: Entity[] = [
      { kind: 'organization', name: 'Harbour Board', mentions: [{ start: 0, end: 5 }, { start: 10, end: 15 }] },
      { kind: 'place', name: 'Carrow', mentions: [{ start: 0, end: 5 }, { start: 10, end: 15 }, { start: 20, end: 25 }] },
    ]
    const title = deriveArticleTitle(text, entities, 'en')
    expect(title.startsWith('Harbour Board')).toBe(true)
    expect(words(title)).toBeLessThanOrEqual(MAX_TITLE_WORDS)
  })

  it('falls back to a key phrase without entities', () => {
    const title = deriveArticleTitle(text, [], 'en')
    expect(title.length).toBeGreaterThan(0)
    expect(words(title)).toBeLessThanOrEqual(MAX_TITLE_WORDS)
    expect(title.charAt(0)).toBe(title.charAt(0).toUpperCase())
  })

  it('takes no amount ("million euros") and no verb phrase as the subject phrase', async () => {
    // the island-ferry article's top phrase is "million euros"
    const a = await loadAnalysis('no-headings-txt')
    expect(a.titleFrom).toBe('derived')
    expect(a.title).not.toMatch(/million|euros/i)
    expect(a.title).toMatch(/^Maire Dunleavy: /)
  })
})

describe('sentenceCase', () => {
  it.each([
    ['NO FOUL PLAY SEEN', 'No foul play seen'],
    ['COULD PLANE HAVE STALLED?', 'Could plane have stalled?'],
    ['(V) ILLUSTRATIVE CASES', '(V) Illustrative cases'],
    ['SEARCH FOR MH370 GOES ON', 'Search for MH370 goes on'],
    ['DISAPPOINTING NIGHT FOR ‘IRISHMAN’', 'Disappointing night for ‘Irishman’'],
    ['12.8. DELETE', '12.8. DELETE'],
    ['GAAP', 'GAAP'],
    ['Keeping the water out', 'Keeping the water out'],
    ['US FALLS', 'US falls'],
    ['NATO ALLIES MEET IN THE UK', 'NATO allies meet in the UK'],
    ['FRANCE WINS', 'France wins'],
    ['JOIN US TODAY', 'Join us today'],
    ['인그레스 NGINX에 대해', '인그레스 NGINX에 대해'],
    // (a month beside its day or year keeps its capital; "may" and "march" alone are words)
    ['THE EMPLOYMENT SITUATION - AUGUST 2026', 'The employment situation - August 2026'],
    ['REPORT OF 5 MARCH ON SPENDING', 'Report of 5 March on spending'],
    ['THEY MAY MARCH TODAY', 'They may march today'],
  ])('%j → %j', (line, expected) => {
    expect(sentenceCase(line)).toBe(expected)
  })

  it('sets a line in the cases of its language\'s letters, and no capital after a number that opens it', () => {
    expect(sentenceCase('402 MİLYON LİRALIK MAL VARLIĞINA EL KONULMUŞTU', false, 'tr')).toBe('402 milyon liralık mal varlığına el konulmuştu')
    expect(sentenceCase('İKİNCİ OPERASYON', false, 'tr')).toBe('İkinci operasyon')
  })

  it('keeps the capitals of a name the text writes so inside its sentences', () => {
    const body = 'KEARNEY, NE -- The Buckle, Inc. announced today that net income rose. Sales at the Buckle stores fell.'
    expect(sentenceCase('THE BUCKLE, INC. REPORTS THIRD QUARTER NET INCOME', false, 'en', namedWords(body, 'en'))).toBe('The Buckle, Inc. reports third quarter net income')
  })

  it('keeps a short form the text writes in capitals twice ("GAAP", "non-GAAP"), not one it writes so once; a named word keeps its case in title case', () => {
    const body = 'Revenue rose on a GAAP basis, and non-GAAP margins grew. The GAAP and non-GAAP figures differ. We are NOT worried. Income grew, and so did Income tax.'
    const named = namedWords(body, 'en')
    expect(sentenceCase('RECONCILIATION OF GAAP TO NON-GAAP MEASURES', false, 'en', named)).toBe('Reconciliation of GAAP to non-GAAP measures')
    expect(sentenceCase('WE ARE NOT DONE', false, 'en', named)).toBe('We are not done')
    expect(sentenceCase('CONDENSED STATEMENTS OF INCOME', true, 'en', named)).toBe('Condensed Statements of Income')
  })

  it('sets the article’s headings in capitals in sentence case', () => {
    expect(sectionTitles(TEXTS, ['NO FOUL PLAY SEEN', undefined, 'Books again'], 'en')[0]).toBe('No foul play seen')
  })

  it.each([
    ['CONDENSED CONSOLIDATED BALANCE SHEETS', 'Condensed Consolidated Balance Sheets'],
    ['SEARCH FOR MH370 IN THE SEA', 'Search for MH370 in the Sea'],
    ['(V) ILLUSTRATIVE CASES', '(V) Illustrative Cases'],
    ['GAAP', 'GAAP'],
  ])('in title case, %j → %j', (line, expected) => {
    expect(sentenceCase(line, true)).toBe(expected)
  })

  it('sets a heading in capitals in title case when the article’s other headings are so set, so the agenda’s items match', () => {
    const given = ['FIRST QUARTER RESULTS', undefined, 'Condensed Consolidated Statements of Cash Flows']
    expect(sectionTitles(TEXTS, given, 'en')[0]).toBe('First Quarter Results')
    expect(headingsInTitleCase(['Condensed Consolidated Statements of Cash Flows', 'CFO Outlook Commentary', 'Segment results'], 'en')).toBe(true)
    expect(headingsInTitleCase(['Keeping the water out', 'Books again', 'CFO Outlook Commentary'], 'en')).toBe(false)
    expect(headingsInTitleCase(['Condensed Consolidated Statements', 'CFO Outlook Commentary'], 'fr')).toBe(false)
  })
})
