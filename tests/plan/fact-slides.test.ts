import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/analyze/index.ts'
import { ingest } from '../../src/ingest/index.ts'
import { parseMarkdown } from '../../src/ingest/markdown.ts'
import { parseText } from '../../src/ingest/text.ts'
import { costSlide, quoteSlides } from '../../src/plan/fact-slides.ts'
import { planDeck } from '../../src/plan/index.ts'
import { formatFigure } from '../../src/plan/format.ts'
import type { Figure } from '../../src/types.ts'
import { PROJECT_ROOT } from '../fixture-articles.ts'

const ARTICLE = [
  'The harbour board met on Monday to decide the future of the island ferry service after a difficult winter.',
  '“We cannot keep cancelling crossings every time the wind rises,” said Maria Lopez, chair of the harbour board.',
  'The new electric ferry cost €6 million, while the old diesel boat had cost about €2 million when it was bought.',
  'Tom Reyes of the island council said the service would need at least 40 more passengers a day to pay its way.',
  'Ticket prices will rise by 12% in the spring, the board said after the meeting.',
].join('\n\n')

describe('fact slides', () => {
  const a = analyze(parseText(ARTICLE, 'ferry.txt'))

  it('makes quote slides for attributed statements, with the source sentence as notes', () => {
    const slides = quoteSlides(a, 4)
    expect(slides.length).toBeGreaterThan(0)
    for (const s of slides) {
      expect(s.speaker).toBeTruthy()
      expect(s.title.startsWith(s.speaker!)).toBe(true)
      expect(ARTICLE.includes(s.text) || a.article.text.slice(s.span.start, s.span.end) === s.text).toBe(true)
      expect(s.notes).toHaveLength(1)
      const note = s.notes[0]!
      expect(note.source!.start <= s.span.start && note.source!.end >= s.span.end).toBe(true)
    }
    const starts = slides.map((s) => s.span.start)
    expect([...starts].sort((x, y) => x - y)).toEqual(starts)
    expect(quoteSlides(a, 1)).toHaveLength(1)
  })

  it('makes no quote slide of a quotation under six words (colour, not a statement)', () => {
    const short = analyze(parseText([
      'The harbour board met on Monday to decide the future of the island ferry service after a difficult winter.',
      '“Flowers make me happy,” said Maria Lopez, chair of the harbour board.',
      '“We cannot keep cancelling crossings every time the wind rises,” said Tom Reyes of the island council.',
    ].join('\n\n'), 'ferry.txt'))
    expect(quoteSlides(short, 4).map((q) => q.speaker)).toEqual(['Tom Reyes'])
  })

  it("gives a quotation that goes on from the writer's words in lower case those words as its lead, not an attribution", () => {
    const text = [
      'The harbour board met on Monday to decide the future of the island ferry service after a difficult winter.',
      'In the five winters before the new ferry came, “crossings were cancelled every other week and nobody trusted the timetable,” says Maria Lopez, chair of the harbour board.',
      'Tom Reyes, a member of the island council, said “we cannot keep cancelling crossings every time the wind rises on the bay.”',
    ].join('\n\n')
    const slides = quoteSlides(analyze(parseText(text, 'ferry.txt')), 4)
    expect(slides.find((q) => q.speaker === 'Maria Lopez')?.lead).toBe('In the five winters before the new ferry came,')
    expect(slides.find((q) => q.speaker === 'Tom Reyes')).toBeDefined()
    expect(slides.find((q) => q.speaker === 'Tom Reyes')?.lead).toBeUndefined()
  })

  it('joins a German quotation split by its attribution into sentences, its comma after the closing mark', () => {
    const text = [
      'Der Fahrplan der Bahn soll ab 2030 einen festen Takt zwischen allen großen Städten des Landes bringen, sagen die Planer.',
      '"Man muss aufpassen, dass aus dem Deutschlandtakt kein DB-Takt wird", sagt Fabian Stenger, der Deutschland-Chef von Flixbus. "Für den Fahrgast wäre das eine Katastrophe."',
      'Die Bahn widerspricht und verweist auf die Pläne des Ministeriums für die kommenden zehn Jahre im Fernverkehr.',
    ].join('\n\n')
    const slides = quoteSlides(analyze(parseText(text, 'takt.txt')), 4)
    expect(slides.find((q) => q.speaker === 'Fabian Stenger')?.text).toBe('Man muss aufpassen, dass aus dem Deutschlandtakt kein DB-Takt wird. Für den Fahrgast wäre das eine Katastrophe.')
  })

  it('joins a quotation whose first part closes a quotation inside it on its comma, a full stop for that comma', () => {
    const text = [
      'The film opens on a jammed freeway ramp in Los Angeles, where hundreds of dancers leap from their cars and sing.',
      '“People would hear what I was doing and they’d go ‘I love the old films, but I hate musicals,’” Chazelle says, cracking up. “We were conscious that the form had fallen into traps that we wanted to avoid.”',
      'The studio agreed to fund the film after the success of his drumming drama, which won three awards.',
    ].join('\n\n')
    const slides = quoteSlides(analyze(parseText(text, 'film.txt')), 4)
    expect(slides.find((q) => q.speaker === 'Chazelle')?.text).toBe('People would hear what I was doing and they’d go ‘I love the old films, but I hate musicals.’ We were conscious that the form had fallen into traps that we wanted to avoid.')
  })

  it('joins no title of a work the attribution names ("recalled in “I’m Feeling Lucky.”") to the quotation', () => {
    const text = [
      'Google started hiring project managers again after the engineers asked for feedback on their careers.',
      '“I did my best to advise that there is true value in management, and you can set a tone by how you manage this,” Stacy Sullivan recalled in “I’m Feeling Lucky.” “Hopefully it was a lesson learned for the founders.”',
      'By August the new chief executive had full control of the company and its management.',
    ].join('\n\n')
    const slides = quoteSlides(analyze(parseText(text, 'g.txt')), 4)
    expect(slides.find((q) => q.speaker === 'Stacy Sullivan')?.text).toBe('I did my best to advise that there is true value in management, and you can set a tone by how you manage this')
  })

  it('joins a Polish quotation set off by dashes and split by its attribution, a full stop where its closing dash was', () => {
    const text = [
      'Ciężar dyskusji przeniesie się teraz na monitorowanie wydawania środków europejskich przez specjalnie powołany komitet.',
      '– Rolą komitetu powinno być przede wszystkim zapewnienie przejrzystych zasad podziału środków z KPO – zaznacza Marek Goliszewski, prezes Business Centre Club. – Trzeba pilnować, by pieniądze w większości trafiły na wzmocnienie gospodarki – dodaje.',
      'Na razie w KPO rola komitetu jest opisana dosyć enigmatycznie, a Sejm zajmie się odrębną ustawą.',
    ].join('\n\n')
    const b = analyze(parseText(text, 'kpo.txt'))
    expect(quoteSlides(b, 4).find((q) => q.speaker === 'Marek Goliszewski')?.text).toBe('Rolą komitetu powinno być przede wszystkim zapewnienie przejrzystych zasad podziału środków z KPO. Trzeba pilnować, by pieniądze w większości trafiły na wzmocnienie gospodarki')
    // (nor is a sentence a dash opens a bullet: the speaker's words, the writer's slide)
    const bullets = planDeck(b).slides.flatMap((s) => ('bullets' in s ? s.bullets.map((x) => x.text) : []))
    expect(bullets.filter((t) => /^[–—]/u.test(t))).toEqual([])
  })

  it('says on a quote slide what the speaker is, as the article does ("chair of the harbour board")', () => {
    const lopez = quoteSlides(a, 4).find((s) => s.speaker === 'Maria Lopez')
    expect(lopez?.role ?? lopez?.affiliation).toMatch(/chair/)
    const airasia = analyze(parseText('Searchers widened the hunt on Tuesday.\n\n"The lesson that should be learned from MH370 is that you need to move quickly," said Charitha Pattiaratchi, an oceanographer at the University of Western Australia.', 'a.txt'))
    const [q] = quoteSlides(airasia, 1)
    expect(q).toMatchObject({ speaker: 'Charitha Pattiaratchi', role: 'oceanographer', affiliation: 'University of Western Australia' })
  })

  it('gives reported speech a slide only when it is a statement, not the object of the speaker’s verb nor mixed with quoted words', () => {
    const text = [
      'Ann Berg, a ferry captain, said that the crossing would run every hour from May onwards.',
      'Tom Reyes, a council member, stressed the contrast between the two plans for the harbour and its boats.',
      'Lia Moss argued that the plan was “a mistake” and that, instead, she would build a bridge across the bay.',
      'Dealers last year sold 303,417 new vehicles, up 4 percent from the previous year, according to InfoNation.',
    ].join('\n\n')
    const b = analyze(parseText(text, 'ferry.txt'))
    expect(b.quotes.map((q) => q.speaker)).toEqual(['Ann Berg', 'Tom Reyes', 'Lia Moss', 'InfoNation'])
    // (nor a source's figures: a statistic is no one's statement)
    expect(quoteSlides(b, 4).map((s) => s.speaker)).toEqual(['Ann Berg'])
  })

  it('places two quote slides after one section at most, whoever speaks', () => {
    const voices = ['Anna Berg', 'Carl Dahl', 'Eva Frost', 'Gus Holm', 'Ida Jonas']
    const text = ['Harbour plan', 'The council will vote on the new harbour plan in March after a long public debate.', ...voices.map((v, i) => `“The harbour plan number ${i + 1} changes everything for our street,” said ${v}.`)].join('\n\n')
    const a = analyze(parseText(text, 'h.txt'))
    expect(a.sections).toHaveLength(1)
    expect(quoteSlides(a, 6)).toHaveLength(2)
  })

  it('closes on the article\'s last words when a speaker says them, the kicker a feature ends on', async () => {
    const a = analyze(await ingest(join(PROJECT_ROOT, 'corpus', 'feature-seattletimes-halibut', 'article.html')))
    const slides = planDeck(a).slides
    const last = slides.filter((s) => s.kind === 'quote').at(-1)
    expect(last?.kind === 'quote' && last.text).toMatch(/^It’s Seattle old school meets Seattle new school/)
    expect(slides.slice(slides.indexOf(last!) + 1).map((s) => s.kind)).toEqual(['sources'])
  })

  it('makes a cost slide with the stated amounts', () => {
    const slide = costSlide(a)
    expect(slide).toBeDefined()
    const amounts = slide!.items.map((i) => i.amount).filter((x) => typeof x === 'number')
    expect(amounts).toContain(6e6)
    expect(slide!.items.every((i) => i.amount === null || i.currency === 'EUR')).toBe(true)
    expect(slide!.notes.length).toBeGreaterThan(0)
    // no line under the bars saying the amounts are the article's: every figure on a slide is
    expect(slide!.caption).toBeUndefined()
  })

  it('labels an amount by the subject of its own clause after a turn ("…, while Sony\'s console launched at $400"), not by the other bar\'s', () => {
    const a = analyze(parseText('It has been a year since the PS4 Pro launched, and the One X costs $500, while Sony\'s console launched at $400. Reviewers liked both consoles for their speed and their quiet fans.', 'x.txt'))
    expect(costSlide(a)?.items.map((i) => i.label)).toEqual(['One X', "Sony's console"])
  })

  it('titles the bars by the measure their labels share and labels each by what it measures ("Average price": "New truck or SUV", "New sedan")', () => {
    const a = analyze(parseText('Car sales fall\n\nThe average price of a new truck or SUV sold in October was $41,640 while the average price for a new sedan was $31,627, according to InfoNation. Dealers sold fewer cars than last year.', 'c.txt'))
    const slide = costSlide(a)
    expect(slide?.title).toBe('Average price')
    expect(slide?.items.map((i) => [i.label, i.amount])).toEqual([['New truck or SUV', 41640], ['New sedan', 31627]])
  })

  it('labels one measure at two times by the period each amount is for ("Online sales, quarter ended November 2, 2024"), titled by the measure', () => {
    const a = analyze(parseText('Retailer reports results\n\nOnline sales increased 1.1 percent to $46.6 million for the 13-week fiscal quarter ended November 2, 2024, compared to net sales of $46.1 million for the 13-week fiscal quarter ended October 28, 2023. Stores sold fewer jeans than last year.', 'r.txt'))
    const slide = costSlide(a)
    expect(slide?.title).toBe('Online sales')
    expect(slide?.items.map((i) => [i.label, i.amount])).toEqual([
      ['Online sales, quarter ended November 2, 2024', 46.6e6],
      ['Sales, quarter ended October 28, 2023', 46.1e6],
    ])
  })

  it('sets no price beside itself written twice, nor a bar labelled by its amount alone', () => {
    const msn = analyze(parseText('Thankfully, now we know when you can get it and for how much: "Super Mario Run" will launch on iPhone and iPad on December 15, for a flat fee of $9.99. You can play a sample of the game modes for free, but unlike most other mobile games that let you download for free but require money to keep playing, or access parts of the game, you can pay $10 to get everything right away.', 'm.txt'))
    expect(msn.comparisons.length).toBeGreaterThan(0)
    expect(costSlide(msn)).toBeUndefined()
    // (nor one side beside itself without an amount)
    const aca = analyze(parseText('Their plan would raise taxes for millions of small business owners. Unlike Congressional Republicans, President Biden and Vice President Harris have committed to never raising taxes on households making less than $400,000, and are fighting to extend the premium tax credit enhancements.', 'a.txt'))
    expect(aca.comparisons.length).toBeGreaterThan(0)
    expect(costSlide(aca)).toBeUndefined()
    // (nor one amount's periods alone: "August" beside "September" is the amount's change, told by the bullets)
    const tic = analyze(parseText('Foreign residents increased their holdings of long-term U.S. securities in August and September; their net purchases were $181.2 billion in August and $208.5 billion in September. Net purchases by private foreign investors were $196.4 billion, while net purchases by foreign official institutions were $15.1 billion.', 't.txt'))
    expect(costSlide(tic)?.items.map((i) => i.label) ?? []).not.toContain('August')
  })

  it('charts a stated range as a range, labelled by what is in the range', () => {
    const a = analyze(parseText('We anticipate our full-year 2024 capital expenditures will be in the range of $35-40 billion, compared with our prior range of $30-37 billion.', 'r.txt'))
    const slide = costSlide(a)
    expect(slide?.items.map((i) => [i.amount, i.high])).toEqual([[35e9, 40e9], [30e9, 37e9]])
    expect(slide?.items[0]?.label).toBe('Full-year 2024 capital expenditures')
    // the amounts are no costs the article speaks of: the slide is titled by what the first one is
    expect(slide?.title).toBe('Full-year 2024 capital expenditures')
  })

  it('sets no amount of another sentence under the other bar\'s name, nor a bar named only by its measure', () => {
    const planes = analyze(parseText('Trump’s estimate of $4 billion is far more than the program’s current funding. By comparison, the most expensive weapons program, the F-35, is projected to cost about $379 billion for 2,443 aircraft.', 'p.txt'))
    expect(costSlide(planes)).toBeUndefined()
  })

  it('says under the bars why the amounts are what they are, when the sentence goes on to say it', () => {
    const why = analyze(parseText('We anticipate our full-year 2024 capital expenditures will be in the range of $35-40 billion, compared with our prior range of $30-37 billion, as we continue to accelerate our infrastructure investments to support our AI roadmap.', 'r.txt'))
    // (the whole sentence: the reason alone, "As we continue …", reads as a fragment)
    expect(costSlide(why)?.caption).toBe(why.sentences[0]!.text)
    expect(costSlide(why)?.caption).toMatch(/^We anticipate .* to support our AI roadmap\.$/)
    const due = analyze(parseText('The repairs cost $4 million, compared with $1 million last year, due to the storm.', 'd.txt'))
    expect(costSlide(due)?.caption).toBe('The repairs cost $4 million, compared with $1 million last year, due to the storm.')
    // a reason written before the amounts is the sentence's, not the caption's
    const before = analyze(parseText('Due to the storm, the repairs cost $4 million, compared with $1 million last year.', 'b.txt'))
    expect(costSlide(before)?.items.length).toBe(2)
    expect(costSlide(before)?.caption).toBeUndefined()
  })

  it('titles a comparison of what things cost "What it cost"', () => {
    const slide = costSlide(a)
    expect(a.article.text.slice(...[slide!.notes[0]!.source!.start, slide!.notes[0]!.source!.end])).toMatch(/\bcost\b/)
    expect(slide!.title).toBe('What it cost')
  })

  it('has no cost slide for an article without numbers', () => {
    const plain = analyze(parseText('The garden grew well this year.\n\nNeighbours shared the harvest every weekend.', 'g.txt'))
    expect(costSlide(plain)).toBeUndefined()
  })
})

describe('formatFigure', () => {
  const money = (value: number, currency: string, qualifier?: Figure['qualifier']): Figure => ({
    kind: 'money', text: '', span: { start: 0, end: 0 }, value, currency, sentence: 0, ...(qualifier ? { qualifier } : {}),
  })
  it('formats compact money with its qualifier', () => {
    expect(formatFigure(money(6e6, 'USD', 'under'), 'en')).toBe('< $6M')
    expect(formatFigure(money(1.2e12, 'JPY'), 'en')).toBe('¥1.2T')
    expect(formatFigure(money(2e9, 'EUR', 'over'), 'en')).toBe('> €2B')
    // a price in cents as written, never rounded to a whole sum
    expect(formatFigure(money(9.99, 'USD'), 'en')).toBe('$9.99')
    expect(formatFigure(money(0.5, 'USD'), 'en')).toBe('$0.50')
    expect(formatFigure(money(35, 'USD'), 'en')).toBe('$35')
  })
  it('formats percentages and counts', () => {
    expect(formatFigure({ kind: 'percent', text: '', span: { start: 0, end: 0 }, value: 40, qualifier: 'about', sentence: 0 }, 'en')).toBe('~40%')
    // (a difference of percentages is no percentage)
    expect(formatFigure({ kind: 'percent', text: '24 percentage points', span: { start: 0, end: 0 }, value: 24, sentence: 0 }, 'en')).toBe('24 points')
    expect(formatFigure({ kind: 'percent', text: '1 percentage point', span: { start: 0, end: 0 }, value: 1, sentence: 0 }, 'en')).toBe('1 point')
    // (the decimals the text writes, two at most)
    expect(formatFigure({ kind: 'percent', text: '0.12%', span: { start: 0, end: 0 }, value: 0.12, sentence: 0 }, 'en')).toBe('0.12%')
    expect(formatFigure({ kind: 'percent', text: '16.666%', span: { start: 0, end: 0 }, value: 16.666, sentence: 0 }, 'en')).toBe('16.67%')
    expect(formatFigure({ kind: 'percent', text: '12,5 %', span: { start: 0, end: 0 }, value: 12.5, sentence: 0 }, 'de')).toBe('12,5%')
    expect(formatFigure({ kind: 'count', text: '', span: { start: 0, end: 0 }, value: 30000, sentence: 0 }, 'en')).toBe('30K')
    // (a count under ten thousand whole, as it is read)
    expect(formatFigure({ kind: 'count', text: '', span: { start: 0, end: 0 }, value: 1900, qualifier: 'over', sentence: 0 }, 'en')).toBe('> 1,900')
    expect(formatFigure({ kind: 'count', text: '', span: { start: 0, end: 0 }, value: 1900, sentence: 0 }, 'de')).toBe('1.900')
    expect(formatFigure({ kind: 'count', text: '', span: { start: 0, end: 0 }, value: 19, qualifier: 'at least', sentence: 0 }, 'en')).toBe('19+')
    expect(formatFigure(money(5e6, 'USD', 'up to'), 'en')).toBe('up to $5M')
  })

  it('names a speaker given by surname alone in full, one slide per speaker, no quoted fragment of a sentence', () => {
    const text = [
      '“This attack is meant to frighten tourists and to hurt the economy,” said Lotfi Azzouz, director for Amnesty International.',
      'The attack is “also aimed at the country’s security and stability during the transition period,” Azzouz said.',
      '“We will not let fear decide how we live,” Azzouz said at a rally later that week.',
      '“The museum will open again next month,” said Sara Ben Ali, who runs the museum.',
    ].join('\n\n')
    const slides = quoteSlides(analyze(parseText(text, 'q.txt')), 2)
    expect(slides.map((q) => q.speaker)).toEqual(['Lotfi Azzouz', 'Sara Ben Ali'])
    // room for more: not a second statement of Azzouz's from the same section, whose slide would follow the first
    const more = quoteSlides(analyze(parseText(text, 'q.txt')), 4)
    expect(more.map((q) => q.speaker)).toEqual(['Lotfi Azzouz', 'Sara Ben Ali'])
    expect(more.some((q) => q.text.startsWith('also aimed'))).toBe(false)
  })

  it('gives a quoted fragment of the writer’s sentence no slide, a clause quoted after "said" one', () => {
    const text = [
      'Maria Lopez, who chairs the regulator, said that such fees “far exceed the marginal cost of the service they purport to cover.”',
      'Ingrid Solberg, chief executive of the developer, said “we are building a neighbourhood that happens to have a stadium in it.”',
      'The council will vote on the plan in the spring, after a public consultation on the design.',
    ].join('\n\n')
    const a = analyze(parseText(text, 'q.txt'))
    expect(a.quotes.map((q) => q.text.slice(0, 12))).toEqual(expect.arrayContaining(['far exceed t', 'we are build']))
    expect(quoteSlides(a, 4).map((q) => q.speaker)).toEqual(['Ingrid Solberg'])
  })

  it('takes a second statement of a speaker from another section', () => {
    const [first, fragment, second, other] = [
      '“This attack is meant to frighten tourists and to hurt the economy,” said Lotfi Azzouz, director for Amnesty International.',
      'The attack is “also aimed at the country’s security and stability during the transition period,” Azzouz said.',
      '“We will not let fear decide how we live,” Azzouz said at a rally later that week.',
      '“The museum will open again next month,” said Sara Ben Ali, who runs the museum.',
    ]
    const md = ['# The attack', '', first, '', fragment, '', '## The museum', '', other, '', '## The rally', '', second].join('\n')
    const more = quoteSlides(analyze(parseMarkdown(md, 'q.md')), 4)
    expect(more.map((q) => q.speaker)).toEqual(['Lotfi Azzouz', 'Sara Ben Ali', 'Lotfi Azzouz'])
  })

  it('shows a quotation that goes on after its attribution whole on one slide, and none of it as a bullet', () => {
    const text = [
      'The ferry company reported its results for the spring on Monday.',
      '“It has been a good start to the year,” said Maria Lopez, chair of the company. “The new electric ferry carried more passengers than we planned. We are adding a second crossing in June.”',
      'The board approved the new timetable at its meeting in May, after a long debate about the winter service.',
      'Ticket prices will stay the same until the end of the year, the company said in its statement.',
    ].join('\n\n')
    const a = analyze(parseText(text, 'q.txt'))
    const [slide] = quoteSlides(a, 2)
    expect(slide?.speaker).toBe('Maria Lopez')
    expect(slide?.text).toBe('It has been a good start to the year. The new electric ferry carried more passengers than we planned. We are adding a second crossing in June.')
    // the notes hold every sentence of the quotation, and the span runs to its end
    expect(slide?.notes.map((n) => n.text).join(' ')).toContain('second crossing in June')
    expect(a.article.text.slice(slide!.span.start, slide!.span.end)).toMatch(/^It has been.*in June\.$/s)
    const bullets = planDeck(a).slides.flatMap((s) => (s.kind === 'section' ? s.bullets.map((b) => b.text) : []))
    expect(bullets.some((b) => /electric ferry carried|second crossing/.test(b))).toBe(false)
  })

  it('does not join a next quotation that goes on from the writer\'s words of its own sentence ("Abbas “has put aside …”")', () => {
    const a = analyze(parseText('“Already, Israeli and Palestinian leaders have demonstrated a willingness to take significant political risks,” Obama said in his speech. Palestinian Authority President Mahmoud Abbas “has put aside efforts to shortcut the pursuit of peace and come to the negotiating table.”', 'q.txt'))
    expect(quoteSlides(a, 2).map((q) => q.text)).toEqual(['Already, Israeli and Palestinian leaders have demonstrated a willingness to take significant political risks'])
    // nor one of the same sentence that the writer's words lead into, where "“…,” he said, “and …”" would go on after a comma
    const podesta = analyze(parseText('Campaign chairman John Podesta wrote an op-ed with the headline "Something is deeply broken at the FBI," calling the department out for what he said was a "lackadaisical response to the very real Russian plot to subvert a national election." The bureau did not comment on the op-ed that evening.', 'q.txt'))
    expect(quoteSlides(podesta, 2).map((q) => q.text).join(' ')).not.toMatch(/lackadaisical/)
    const split = analyze(parseText('“We tried for a whole year to change the timetable,” said Maria Lopez, chair of the company, “and we failed every single time we asked the council.” The council did not comment on her words that evening.', 'q.txt'))
    expect(quoteSlides(split, 2)[0]?.text).toBe("We tried for a whole year to change the timetable, and we failed every single time we asked the council.")
  })

  it('does not join the next quotation of another speaker, nor one beyond what a quote slide shows', () => {
    const other = analyze(parseText('“We are ready for the summer crowds,” said Maria Lopez, chair of the company. “We are not ready for them at all,” said Tom Reyes of the island council.', 'q.txt'))
    expect(quoteSlides(other, 2).map((q) => q.text)).toEqual(['We are ready for the summer crowds', 'We are not ready for them at all'])
    // (nor an unattributed one after words naming another person: "… I guess.” Smith agreed: “It’s a different job …”")
    const named = analyze(parseText('“We are ready for the summer crowds,” said Maria Lopez, chair of the company. “The crossings are full every weekend.” Tom Reyes of the island council nodded: “The council is not ready for them at all.” The board did not comment.', 'q.txt'))
    expect(quoteSlides(named, 2)[0]?.text).toBe('We are ready for the summer crowds. The crossings are full every weekend.')
    const long = `“It has been a good start to the year,” said Maria Lopez, chair of the company. “${'The ferry ran every day of the winter without a single cancelled crossing. '.repeat(6).trim()}”`
    expect(quoteSlides(analyze(parseText(long, 'q.txt')), 1)[0]?.text).toBe('It has been a good start to the year')
  })
})
