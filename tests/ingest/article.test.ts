import { describe, expect, it } from 'vitest'
import { finishArticle, withoutAddress } from '../../src/ingest/article.ts'
import type { RawBlock } from '../../src/ingest/blocks.ts'
import type { Article } from '../../src/types.ts'
import { parseMarkdown } from '../../src/ingest/markdown.ts'

describe('withoutAddress', () => {
  it.each([
    ['Bradley M. Kuhn (http://ebb.org/bkuhn/)', 'Bradley M. Kuhn'],
    ['Jane Doe <jane@example.org>', 'Jane Doe'],
    ['Jane Doe (mailto:jane@example.org)', 'Jane Doe'],
    ['Jane Doe https://example.org/jane', 'Jane Doe'],
    ['Jane Doe (Reuters)', 'Jane Doe (Reuters)'],
    ['Erstellt von Andri Bryner', 'Andri Bryner'],
    ['Écrit par Jeanne Martin', 'Jeanne Martin'],
    ['http://ebb.org/bkuhn/', 'http://ebb.org/bkuhn/'],
    ['Nathan Willis March 25, 2015', 'Nathan Willis'],
    ['GILLIAN MOHNEY March 11, 2015 3:46 PM', 'Gillian Mohney'],
    ['LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKERAssociated Press', 'Lisa Mascaro, Mary Clare Jalonick and Eric Tucker'],
    ['JOHN SMITH, AP', 'John Smith, AP'],
    ['JANIE HAR', 'Janie Har'],
    ['MEG KINNARD and ERRIN HAINES, Associated Press', 'Meg Kinnard and Errin Haines, Associated Press'],
    ['BBC NEWS', 'BBC NEWS'],
    ['BBC News', 'BBC News'],
    ['Mike Wuerthele and Malcolm Owen Monday, November 18, 2019, 04:05 pm PT (07:05 pm ET)', 'Mike Wuerthele and Malcolm Owen'],
    ['Author: Eyal Bukchin (MetalBear)', 'Eyal Bukchin (MetalBear)'],
    ['Howard BlumeStaff Writer', 'Howard Blume'],
    ['By ROBERT BURNS, AP National Security Writer', 'Robert Burns'],
    ['Jane Doe, Staff Reporter', 'Jane Doe'],
    ['Published by Daniel Lemire', 'Daniel Lemire'],
    ['Jennifer Rubin Jennifer Rubin', 'Jennifer Rubin'],
    ['John Walk - January 10, 2020 21 minutes - 4312 words', 'John Walk'],
    ['Authors: Michael Mueller (Giant Swarm)', 'Michael Mueller (Giant Swarm)'],
    ['Jane Doe, 25 March 2015 at 09:15 GMT', 'Jane Doe'],
    ['Jane Doe, 25 March 2015', 'Jane Doe'],
    ['Jane Doe · 2015-03-25', 'Jane Doe'],
    // (a date written with stops, as Korean pages write it, and its time)
    ['고든 2023. 2. 5. 11:40', '고든'],
    ['March 25, 2015', 'March 25, 2015'],
    ['Lucas Nolan22 Dec 2016651', 'Lucas Nolan'],
    ['Joe DavidsonWashington PostDec 13, 2016 at 3:45 pm', 'Joe Davidson'],
    ['Ian McDonald', 'Ian McDonald'],
    ['georgexu99 and VerteDinde', 'georgexu99 and VerteDinde'],
    ['Ann MacKenzie', 'Ann MacKenzie'],
    ['Jane Doe2015', 'Jane Doe2015'],
    ['Zach Hanlon 5 minute Read', 'Zach Hanlon'],
    ['Jane Doe · 4 min read', 'Jane Doe'],
    ['Par Cécile Ducourtieux(Bruxelles, bureau européen)', 'Cécile Ducourtieux'],
    ['Pete Evans · CBC News · Posted: Oct 14, 2022 9:27 AM ET | Last Updated: 24 minutes ago', 'Pete Evans'],
    ['Kelli Miller WebMD Health News', 'Kelli Miller'],
    ['Fox News', 'Fox News'],
    ['Gillman, Steve', 'Steve Gillman'],
    ['Smith, Jones', 'Smith, Jones'],
    ['david.bruant', 'David Bruant'],
  ])('%j → %j', (byline, expected) => {
    expect(withoutAddress(byline)).toBe(expected)
  })

  it('is applied to the article’s byline', () => {
    const a = parseMarkdown('---\nauthor: "Bradley M. Kuhn (http://ebb.org/bkuhn/)"\n---\n\n# On events\n\nThe last weeks have been difficult for the community and for me personally.', 'a.md')
    expect(a.meta.byline).toBe('Bradley M. Kuhn')
  })

  it('leaves no byline that is only a label or a date the page left where the name would be ("Last Updated:", "20 Nov 2019 08:00 GMT")', () => {
    const blocks: RawBlock[] = [{ kind: 'paragraph', text: 'Vidyard announced significant updates to its video hosting platform and tools yesterday.' }]
    for (const label of ['publisher', 'admin', 'Last Updated:', 'Published', 'By:', 'Süddeutsche.de GmbH, Munich, Germany', 'Example Media Inc.', 'Zone Justice et faits divers - ICI.Radio-Canada.ca', '20 Nov 2019 08:00 GMT', 'Monday, March 11, 2015 3:46 PM']) expect(finishArticle(blocks, { byline: label }, 'html', 'p.html').meta.byline, label).toBeUndefined()
    expect(finishArticle(blocks, { byline: 'Jane Doe' }, 'html', 'p.html').meta.byline).toBe('Jane Doe')
    // (a name written with HTML's character references in the page's JSON-LD)
    expect(finishArticle(blocks, { byline: 'Lindsey O&#039;Donnell' }, 'html', 'p.html').meta.byline).toBe('Lindsey O\'Donnell')
    expect(finishArticle(blocks, { title: 'Ben &amp; Jerry&#x2019;s harbour shop' }, 'html', 'p.html').meta.title).toBe('Ben & Jerry’s harbour shop')
    // (a summary cut from the body with the byline in it)
    expect(finishArticle(blocks, { byline: 'Staff Reports', description: 'Staff Reports Police arrested six people Monday.' }, 'html', 'p.html').meta.description).toBe('Police arrested six people Monday.')
    // (quotation marks typed in TeX's pairs)
    expect(finishArticle(blocks, { description: "``The worst is yet to come,'' chief economist says" }, 'html', 'p.html').meta.description).toBe('“The worst is yet to come,” chief economist says')
    // (a web address after the name goes, the name stays)
    expect(finishArticle(blocks, { byline: 'Bradley M. Kuhn (http://ebb.org/bkuhn/)' }, 'html', 'p.html').meta.byline).toBe('Bradley M. Kuhn')
    // (the kind of document before a release's headline is no part of it)
    expect(finishArticle(blocks, { title: 'FACT SHEET: Vice President Harris Announces New Care Investments' }, 'markdown', 'p.md').meta.title).toBe('Vice President Harris Announces New Care Investments')
    expect(finishArticle(blocks, { title: 'Fact sheets and figures' }, 'markdown', 'p.md').meta.title).toBe('Fact sheets and figures')
    // (the label before the writer's name, and an editor's placeholder for a title)
    expect(finishArticle(blocks, { byline: 'Text und Interview: Harald Willenbrock' }, 'html', 'p.html').meta.byline).toBe('Harald Willenbrock')
    expect(finishArticle(blocks, { byline: 'Words and pictures: Jane Doe' }, 'html', 'p.html').meta.byline).toBe('Jane Doe')
    expect(finishArticle(blocks, { title: 'Untitled document' }, 'html', 'p.html').meta.title).toBeUndefined()
  })
})

describe('finishArticle: a heading over every other one, opening the article', () => {
  const body = 'Patrick is single and works as a waiter in the town. He will gain €825 from the Budget.'
  const blocks = (first: number, later: number): RawBlock[] => [
    { kind: 'heading', text: '(V) ILLUSTRATIVE CASES', depth: first },
    { kind: 'paragraph', text: 'These cases deal with the basic personal tax credit and the standard rate band.' },
    { kind: 'heading', text: 'Patrick', depth: later },
    { kind: 'paragraph', text: body },
    { kind: 'heading', text: 'Siobhan', depth: later },
    { kind: 'paragraph', text: 'Siobhan is single and employed as a shop assistant. She will gain €899 from the Budget.' },
  ]
  const headings = (a: Article) => a.blocks.filter((b) => b.kind === 'heading').map((b) => a.text.slice(b.start, b.end))

  it('is the title when the input names none; the headings under it make the sections', () => {
    const a = finishArticle(blocks(1, 6), {}, 'docx', 'cases.docx')
    expect(a.meta.title).toBe('(V) ILLUSTRATIVE CASES')
    expect(headings(a)).toEqual(['Patrick', 'Siobhan'])
  })

  it('stays a heading beside a title the input names, or one of its own level, or of a lower level than the first, or alone', () => {
    expect(finishArticle(blocks(1, 6), { title: 'Budget 2007' }, 'docx', 'cases.docx').meta.title).toBe('Budget 2007')
    expect(headings(finishArticle(blocks(1, 1), {}, 'docx', 'cases.docx'))).toEqual(['(V) ILLUSTRATIVE CASES', 'Patrick', 'Siobhan'])
    expect(headings(finishArticle(blocks(2, 6), {}, 'docx', 'cases.docx'))).toEqual(['(V) ILLUSTRATIVE CASES', 'Patrick', 'Siobhan'])
    const alone = finishArticle([blocks(1, 6)[0]!, { kind: 'paragraph', text: body }], {}, 'docx', 'cases.docx')
    expect(alone.meta.title).toBeUndefined()
  })
})
