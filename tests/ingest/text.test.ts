import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseText } from '../../src/ingest/text.ts'
import { blockTexts, expectError, expectWellFormed } from './helpers.ts'

const bundled = readFileSync(new URL('../../articles/deepseek-ai-race.txt', import.meta.url), 'utf8')

describe('parseText', () => {
  it('reads two hyphens typed for a dash as the dash, not an option or a rule of hyphens', () => {
    const a = parseText('About Apache\n\nWe want to see Apache used very widely--by large companies, everywhere--even though it costs us. We got answers -- but not all of them.\n\nRun it with --force to skip the check.\n\n----\n\nThe end is near, the team said today.', 'a.txt')
    expect(a.text).toContain('used very widely—by large companies, everywhere—even though it costs us. We got answers — but not all of them.')
    expect(a.text).toContain('Run it with --force to skip the check.')
  })

  it('takes a speech\'s header under its release\'s lines for the title, and the speaker it names for the byline', () => {
    const body = 'Beau Biden was an original. He was a good man, a man of character, a man of principle, and he gave his life to the service of his state and his country for as long as he could.'
    const release = ['Cite:', 'http://www.whitehouse.gov/the-press-office/2015/06/06/remarks-president-eulogy-honor-beau-biden', '', 'The White House', 'Office of the Press Secretary', '', 'For Immediate Release', 'June 06, 2015', '', 'Remarks by the President in Eulogy in Honor of Beau Biden', '', body, '', body].join('\n')
    const a = parseText(release, 'eulogy.txt')
    expectWellFormed(a)
    expect(a.meta.title).toBe('Remarks by the President in Eulogy in Honor of Beau Biden')
    expect(blockTexts(a).join(' ')).not.toMatch(/White House|Immediate Release|Remarks by/u)
    const statement = parseText(['Government of Iceland', 'Ministry for Foreign Affairs', '', 'Statement by Ms. Thordis Gylfadottir', 'Minister for Foreign Affairs of Iceland', '', '16th Plenary Meeting, 28 September 2024.', '', 'General Debate', '', 'Mr. President,', '', body].join('\n'), 's.txt')
    expect(statement.meta).toMatchObject({ title: 'Statement by Ms. Thordis Gylfadottir', byline: 'Ms. Thordis Gylfadottir' })
    // (and the short lines under the header, where and when it was given and whom it addressed)
    expect(blockTexts(statement)).toEqual([body])
  })

  it('takes a release\'s title set in capitals under its header lines, and keeps the story under the header\'s contact line', () => {
    const body = 'Total nonfarm payroll employment increased by 162,000 in August, and the unemployment rate was unchanged at 4.1 percent, the U.S. Bureau of Labor Statistics reported today. Employment increased in food services and drinking places and in local government education.'
    const header = ['Transmission of material in this news release is embargoed until                       USDL-26-1435', '8:30 a.m. (ET) Friday, September 4, 2026', '', 'Technical information:', ' Household data:      (202) 691-6378  *  cpsinfo@bls.gov', '', 'Media contact:        (202) 691-5902  *  PressOffice@bls.gov', '', '', '                            THE EMPLOYMENT SITUATION - AUGUST 2026', '', '']
    const a = parseText([...header, body, '', 'Household Survey Data', '', body].join('\n'), 'empsit.txt')
    expectWellFormed(a)
    expect(a.meta.title).toBe('THE EMPLOYMENT SITUATION - AUGUST 2026')
    expect(blockTexts(a)).toEqual([body, 'Household Survey Data', body])
    // (a contact line above the story goes alone; one after it closes the release)
    const titled = parseText(['Payrolls rise by 162,000 in August', '', 'Media contact: (202) 691-5902 * PressOffice@bls.gov', '', body, '', 'Media contact: (202) 691-5902 * PressOffice@bls.gov', '', 'Call us with your questions about the release.'].join('\n'), 'empsit.txt')
    expect(blockTexts(titled)).toEqual([body])
  })

  it('ends the article at a line that heads its references in Korean or Japanese ("참고", "参考文献")', () => {
    const body = '웨스턴 온타리오 대학의 연구팀은 2만 5천년에 걸쳐 366개의 발굴 장소에서 발견된 인류 화석을 분석했습니다. 그 결과 우유 섭취가 몸집을 키운 것으로 나타났습니다.'
    for (const label of ['참고', '参考文献']) {
      const a = parseText([body, '', body, '', label, '', 'Jay T. Stock et al, Long-term trends in human body size, PNAS (2023).'].join('\n'), 'k.txt')
      expect(blockTexts(a), label).toEqual([body, body])
    }
  })

  it('takes a short line set in from the margin for a heading, over a short paragraph too, and one that asks', () => {
    const prose = 'It is not hard to accept the blame, especially if people kind of realize that it was not all your fault at all.'
    const a = parseText([prose, '', '\t\tChapter 4: Placing blame', '', 'Things will go wrong, and people want somebody to blame.', '', prose, '', '\t\tChapter 6: Why me?', '', prose].join('\n'), 'x.txt')
    expect(a.blocks.filter((b) => b.kind === 'heading').map((b) => a.text.slice(b.start, b.end))).toEqual(['Chapter 4: Placing blame', 'Chapter 6: Why me?'])
    // (not a line of prose set in, whose sentence goes on: a quotation's)
    const quoted = parseText([prose, '', '    And so it went on for years', '', 'It ended in the spring of the next year.', '', prose].join('\n'), 'y.txt')
    expect(quoted.blocks.filter((b) => b.kind === 'heading')).toEqual([])
  })

  it('leaves out the underscores plain text marks its emphasis with, not those of a name written with them', () => {
    const a = parseText('The name of the game is to _avoid_ having to make a decision, unless it was not _all_ your fault. Set MAX_SIZE or my_var in the file.', 'x.txt')
    expect(blockTexts(a)).toEqual(['The name of the game is to avoid having to make a decision, unless it was not all your fault. Set MAX_SIZE or my_var in the file.'])
  })

  it('makes one paragraph per line when the text has no blank lines', () => {
    const a = parseText('First paragraph is here.\nSecond one follows it.\r\nThird, with CRLF.', 'x.txt')
    expectWellFormed(a)
    expect(blockTexts(a)).toEqual(['First paragraph is here.', 'Second one follows it.', 'Third, with CRLF.'])
    expect(a.format).toBe('text')
    expect(a.origin).toBe('x.txt')
  })

  it('joins hard-wrapped lines of blank-line-separated blocks and collapses whitespace', () => {
    const a = parseText('A wrapped\nparagraph   with\tspaces.\n\n  Second\n  block.  \n', 'x')
    expect(a.text).toBe('A wrapped paragraph with spaces.\n\nSecond block.')
  })

  it('reads short lines a paragraph ending on a colon introduces as its list, less a link\'s "(More)", not lines set in from the margin', () => {
    const text = 'A grant to Evidence Action Beta\n\nIn July 2018, we recommended a grant to Evidence Action Beta to create a program dedicated to developing potential top charities.\n\nThis post will discuss the following:\n\nWhy Evidence Action Beta is promising. (More)\nRisks we see with this Incubation Grant. (More)\nOur plans going forward. (More)\n\nThe grant was made as part of the Incubation Grants program, which aims to support future top charities.\n\nThe server could respond with a redirect:\n\n    HTTP/1.1 302 Found\n    Location: https://example.com/\n\nThe end of the report.'
    const a = parseText(text, 'grant.txt')
    const items = a.blocks.filter((b) => b.kind === 'list-item').map((b) => a.text.slice(b.start, b.end))
    expect(items).toEqual(['Why Evidence Action Beta is promising.', 'Risks we see with this Incubation Grant.', 'Our plans going forward.'])
  })

  it('keeps the text verbatim otherwise (quotes, dashes, ellipses)', () => {
    const s = '“Curly” and "straight" quotes — dashes – and… ellipses, ‘single’ too.'
    expect(parseText(s, 'x').text).toBe(s)
  })

  it('takes a short unpunctuated first line as the title', () => {
    const a = parseText('A Quiet Revolution in Rail\n\nThe first paragraph of the article is much longer than its title line.', 'x')
    expect(a.meta.title).toBe('A Quiet Revolution in Rail')
    expect(a.blocks).toHaveLength(1)
  })

  it('takes a date alone on the line under the title, or among the first lines, as the article\'s date (a page copied from a browser)', () => {
    const body = 'Today, the council issued a plan to modernize the permitting of roads and bridges.\n\nThe plan has four parts and takes effect next year, officials said.'
    for (const top of ['Council Launches Permitting Plan\nMay 30, 2025', 'Council Launches Permitting Plan\n\nMay 30, 2025']) {
      const a = parseText(`${top}\n\n${body}`, 'x.txt')
      expect(a.meta).toMatchObject({ title: 'Council Launches Permitting Plan', date: '2025-05-30' })
      expect(blockTexts(a)[0]).toMatch(/^Today, the council/)
      expectWellFormed(a)
    }
    // (a date in a sentence is no date line)
    expect(parseText(`Council Launches Permitting Plan\n\n${body}\n\nIt was signed on May 30, 2025, in Washington.`, 'x.txt').meta.date).toBeUndefined()
  })

  it('does not take a sentence as the title', () => {
    const a = parseText('It was a cold morning.\n\nThe second paragraph is longer than the first one.', 'x')
    expect(a.meta.title).toBeUndefined()
    expect(a.blocks).toHaveLength(2)
  })

  it('finds ALL-CAPS and short unpunctuated headings between paragraphs, conservatively', () => {
    const body = 'This paragraph is long enough to be body text and it ends with a full stop as prose does.'
    const a = parseText(`Title Line\n\n${body}\n\nBACKGROUND\n\n${body}\n\nWhat comes next\n\n${body}\n\nshort lowercase line\n\n${body}`, 'x')
    expectWellFormed(a)
    expect(a.blocks.map((b) => [b.kind, b.depth])).toEqual([
      ['paragraph', undefined],
      ['heading', 2],
      ['paragraph', undefined],
      ['heading', 2],
      ['paragraph', undefined],
      ['paragraph', undefined],
      ['paragraph', undefined],
    ])
  })

  it('splits a short label glued on top of its paragraph\'s lines of prose into a heading; a release\'s "About my6sense" then closes it', () => {
    const body = (n: number) => `Paragraph ${n} is long enough to be body text and it ends with a full stop as prose does.`
    const about = 'my6sense offers an open programmatic white-label native advertising platform for ad networks.\nThe company was founded in 2010 and is based in New York and Tel Aviv, with offices in London.'
    const a = parseText(`Title Line\n\n${body(1)}\n\nEarly years\n${body(2)}\nIt goes on in a second line of prose as long as the first one was.\n\n${body(3)}\n\n${body(4)}\n\nAbout my6sense\n${about}`, 'x')
    expectWellFormed(a)
    expect(blockTexts(a)).toEqual([body(1), 'Early years', `${body(2)} It goes on in a second line of prose as long as the first one was.`, body(3), body(4)])
    // (not a line ending on a comma, nor one over short lines: an address)
    expect(blockTexts(parseText(`Title Line\n\n${body(1)}\n\nDear readers,\n${body(2)}\n\nAcme Corp\n12 Main Street\nSpringfield`, 'x'))).toEqual([body(1), `Dear readers, ${body(2)}`, 'Acme Corp 12 Main Street Springfield'])
  })

  it('finds a heading after a list or a table, and one in title case over a list; not a sentence introducing a list', () => {
    const body = 'This paragraph is long enough to be body text and it ends with a full stop as prose does.'
    const items = '•   Revenue was $36.46 billion, an increase of 27% year-over-year.\n•   Headcount was 69,329, a decrease of 10% year-over-year.'
    const table = 'In millions                                     2024          2023\nRevenue                         $   36,455    $   28,645\nCosts and expenses                  22,637        21,418\nIncome from operations          $   13,818    $    7,227'
    const a = parseText(`Results\n\n${body}\n\nOperational and Other Highlights\n\n${items}\n\nOutlook Commentary\n\n${body}\n\n${table}\n\nSegment Results\n\n${body}\n\nThe quarter brought two changes\n\n${items}`, 'x.txt')
    expectWellFormed(a)
    const headings = a.blocks.filter((b) => b.kind === 'heading').map((b) => a.text.slice(b.start, b.end))
    expect(headings).toEqual(['Operational and Other Highlights', 'Outlook Commentary', 'Segment Results'])
  })

  it("drops a PDF page's number, set far in, from the paragraph it was glued to", () => {
    const body = 'This paragraph is long enough to be body text and it ends with a full stop as prose does.'
    const a = parseText(`Results\n\n${body}\n\n                                              1\nOutlook Commentary\n\n${body}\n\nWe counted\n12\napples today.`, 'x.txt')
    expect(blockTexts(a)).toEqual([body, 'Outlook Commentary', body, 'We counted 12 apples today.'])
    expect(a.blocks[1]!.kind).toBe('heading')
  })

  it('takes a subhead in capitals that asks a question for a heading, not a question asked in prose', () => {
    const body = 'This paragraph is long enough to be body text and it ends with a full stop as prose does.'
    const a = parseText(`Title Line\n\n${body}\n\nCOULD PLANE HAVE STALLED?\n\n${body}\n\nCould it have stalled?\n\n${body}`, 'x')
    expect(a.blocks.map((b) => b.kind)).toEqual(['paragraph', 'heading', 'paragraph', 'paragraph', 'paragraph'])
  })

  it('takes a Chinese subhead in quotation marks for a heading, above a paragraph long for Chinese', () => {
    const body = '梁振英强调承诺将在两周内解决其住宅的违建问题，并向香港民众道歉，引发各方议论。'
    const next = '香港媒体于6月份曝光梁振英大宅的首批违建部分后，民主党参选人何俊仁向法院提出选举呈请。'
    const a = parseText(`${body}\n\n“郑重道歉”\n\n${next}`, 'x')
    expect(a.blocks.map((b) => b.kind)).toEqual(['paragraph', 'heading', 'paragraph'])
  })

  it('recognises a run of bullet lines as list items', () => {
    const a = parseText('Intro sentence that is long enough to be a paragraph here.\n\n- first item\n- second item\n• third item', 'x')
    expect(a.blocks.map((b) => b.kind)).toEqual(['paragraph', 'list-item', 'list-item', 'list-item'])
    expect(blockTexts(a).slice(1)).toEqual(['first item', 'second item', 'third item'])
  })

  it('joins hard-wrapped CJK lines without a space', () => {
    const a = parseText('第一行文字，\n第二行文字。\n\n另一段。', 'x')
    expect(blockTexts(a)).toEqual(['第一行文字，第二行文字。', '另一段。'])
  })

  it('joins a line wrapped after a hyphen inside a word without a space, in paragraphs and wrapped list items', () => {
    const a = parseText('Revenue rose 27% year-over-\nyear, the forward-\nlooking part said.\n\nA dash at the end -\nstays apart.\n\n    •     DAP was 3.24 billion, an increase of 7% year-over-\n          year.\n    •     Costs rose.', 'x')
    expect(blockTexts(a)).toEqual(['Revenue rose 27% year-over-year, the forward-looking part said.', 'A dash at the end - stays apart.', 'DAP was 3.24 billion, an increase of 7% year-over-year.', 'Costs rose.'])
  })

  it('throws INPUT_EMPTY for whitespace only', async () => {
    await expectError(() => parseText(' \n\t\n ', 'blank.txt'), 'INPUT_EMPTY', /^blank\.txt:/)
  })

  it('removes the trailing "Leave a Reply" of the bundled article and records it', () => {
    expect(bundled.endsWith('environment.\nLeave a Reply')).toBe(true)
    const a = parseText(bundled, 'articles/deepseek-ai-race.txt')
    expectWellFormed(a)
    expect(a.text).not.toMatch(/Leave a Reply/i)
    expect(a.text.endsWith('environment.')).toBe(true)
    expect(a.removed).toEqual(['Leave a Reply'])
    expect(a.blocks).toHaveLength(9)
    expect(a.blocks.every((b) => b.kind === 'paragraph')).toBe(true)
  })

  it('removes "Leave a Reply" glued to a wrapped last paragraph, or on its last line', () => {
    const a = parseText('Intro paragraph.\n\nLast paragraph ends\nhere with the environment.\nLeave a Reply', 'x')
    expect(a.text).toBe('Intro paragraph.\n\nLast paragraph ends here with the environment.')
    expect(a.removed).toEqual(['Leave a Reply'])
    const b = parseText('Intro paragraph.\n\nThe last sentence ends here. Leave a Reply', 'x')
    expect(b.text).toBe('Intro paragraph.\n\nThe last sentence ends here.')
    expect(b.removed).toEqual(['Leave a Reply'])
  })

  it('reads numbered section lines as headings, nested numbers one level deeper', () => {
    const body = 'This part of the report explains what was measured, where and by whom, over the whole year.'
    const a = parseText(['Report on the pilot', '', body, '', '1. Introduction', '', body, '', '1.1 Scope', '', body, '', '- one item', '- two items', '', '2. Results', '', body].join('\n'), 'r.txt')
    const headings = a.blocks.filter((b) => b.kind === 'heading').map((b) => [a.text.slice(b.start, b.end), b.depth])
    expect(headings).toEqual([['1. Introduction', 2], ['1.1 Scope', 3], ['2. Results', 2]])
  })

  it('never makes a credit line a heading, nor a one-word section label the title', () => {
    const body = 'The harbour works went on through the winter, with the new quay walls finished in February and the dredging begun in March.'
    const a = parseText(['Quarterly report on the harbour works', '', 'Written by Ana Moreau, edited by Jon Lind', '', body, '', body].join('\n'), 'r.txt')
    expect(a.meta.title).toBe('Quarterly report on the harbour works')
    expect(a.blocks.filter((b) => b.kind === 'heading')).toEqual([])
    const k = parseText(['Features', '', body, '', body].join('\n'), 'k.txt')
    expect(k.meta.title).toBeUndefined()
    expect(k.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph'])
    expect(k.removed).toEqual(['Features'])
  })
})

describe('lists whose items wrap', () => {
  it('reads bullets whose long items wrap onto indented lines as one item each', () => {
    const text = ['Highlights', '', '    •     Revenue – Total revenue was $36.46 billion, respectively,', '          both of which increased by 27% year-over-year.', '    •     Costs and expenses – Total costs were $22.64 billion.', '', 'The company said more in its call with analysts on Wednesday evening.'].join('\n')
    const texts = blockTexts(parseText(text, 'a.txt'))
    expect(texts).toContain('Revenue – Total revenue was $36.46 billion, respectively, both of which increased by 27% year-over-year.')
    expect(texts).toContain('Costs and expenses – Total costs were $22.64 billion.')
  })
})

describe('a text hard-wrapped without blank lines', () => {
  it('joins its wrapped lines into paragraphs, a short line ending one; a text of one line per paragraph stays so', () => {
    const wrapped = [
      'The harbour board met on Monday to decide the fate of the old ferry',
      'that has crossed the bay since 1962, and the meeting ran for most of',
      'the afternoon as residents queued to speak.',
      'Most of them wanted the ferry kept. A fisherman said the boat was the',
      'only way his family could reach the market in winter, when the road',
      'over the hills is closed by snow.',
      'The board will vote next month. Its chair said that the cost of a',
      'new engine would be known by then, and that the vote would follow',
      'the advice of the engineers who inspected the hull last spring.',
    ].join('\n')
    expect(blockTexts(parseText(wrapped, 'wrapped.txt'))).toEqual([
      'The harbour board met on Monday to decide the fate of the old ferry that has crossed the bay since 1962, and the meeting ran for most of the afternoon as residents queued to speak.',
      'Most of them wanted the ferry kept. A fisherman said the boat was the only way his family could reach the market in winter, when the road over the hills is closed by snow.',
      'The board will vote next month. Its chair said that the cost of a new engine would be known by then, and that the vote would follow the advice of the engineers who inspected the hull last spring.',
    ])
    const lines = Array.from({ length: 9 }, (_, i) => `Paragraph ${i + 1} of the report says what the harbour board decided on day ${i + 1}.`).join('\n')
    expect(blockTexts(parseText(lines, 'lines.txt'))).toHaveLength(9)
  })
})
