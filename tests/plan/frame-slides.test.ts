import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_OPTIONS, planDeck } from '../../src/plan/index.ts'
import { agendaSlide, openingQuestion, outlined, takeawaysSlide, titleSlide } from '../../src/plan/frame-slides.ts'
import { FIXTURE_CASES, loadAnalysis, PROJECT_ROOT } from '../fixture-articles.ts'
import { analyze } from '../../src/analyze/index.ts'
import { ingest, parseText } from '../../src/ingest/index.ts'
import { parseMarkdown } from '../../src/ingest/markdown.ts'
import type { Analysis, KeyPoint } from '../../src/types.ts'

const withDescription = (a: Analysis, description: string): Analysis => ({ ...a, article: { ...a.article, meta: { ...a.article.meta, description } } })

describe('the cover’s date', () => {
  it('is the date the story\'s dateline gives when the input names none, as written', () => {
    const text = 'Superbugs spread\n\nApril 17, 2015 -- Imagine being sick in the hospital with an infection that doctors cannot stop from spreading. About 23,000 people die of such infections each year.'
    expect(titleSlide(analyze(parseText(text, 'bugs.txt')), 'T', DEFAULT_OPTIONS).date).toBe('April 17, 2015')
    expect(titleSlide(analyze(parseText('Superbugs spread\n\nImagine being sick in the hospital on April 17, 2015. Doctors cannot stop it.', 'b.txt')), 'T', DEFAULT_OPTIONS).date).toBeUndefined()
  })
})

describe('the cover’s subtitle from the page’s description', () => {
  it('takes a short description whole', async () => {
    const a = withDescription(await loadAnalysis('news-html'), 'The city will rebuild the avenue in two phases.')
    expect(titleSlide(a, 'T', DEFAULT_OPTIONS).subtitle).toBe('The city will rebuild the avenue in two phases.')
  })

  it('takes no note on a later change to the article for the subtitle ("Update 2024-05-08: …")', () => {
    const md = '---\ntitle: "Review: The Framework Laptop 13, One Year In"\n---\n\n*Update 2024-05-08: As of April, Framework has finally released a BIOS update for the mainboard.*\n\nThe Framework 13 is a laptop built to be repaired and upgraded. I bought one in the fall of 2022.'
    const cover = titleSlide(analyze(parseMarkdown(md, 'post.md')), 'T', DEFAULT_OPTIONS)
    expect(cover.subtitle).toBe('The Framework 13 is a laptop built to be repaired and upgraded')
  })

  it('takes no description that is the date the cover shows under it', () => {
    const md = '---\ntitle: "Making the scheduler faster"\ndate: "2019-10-13"\ndescription: "October 13, 2019"\n---\n\nWe have been hard at work on the next major revision of the runtime. The result is a large gain in speed.'
    const cover = titleSlide(analyze(parseMarkdown(md, 'post.md')), 'T', DEFAULT_OPTIONS)
    expect(cover.date).toBe('October 13, 2019')
    expect(cover.subtitle).toBe('We have been hard at work on the next major revision of the runtime')
  })

  it('takes a wire story\'s description less its dateline, its first sentence not cut at "U.S.", and none the site cut with "[...]"', async () => {
    const a = await loadAnalysis('news-html')
    const wire = 'HANOI, Vietnam (AP) - U.S. Defense Secretary Mark Esper on Wednesday accused China of using coercion against smaller nations in the sea to its south. He urged Vietnam and others in the region to push back against it.'
    expect(titleSlide(withDescription(a, wire), 'T', DEFAULT_OPTIONS).subtitle).toBe('U.S. Defense Secretary Mark Esper on Wednesday accused China of using coercion against smaller nations in the sea to its south.')
    expect(titleSlide(withDescription(a, 'CityAM - The city is set to rebuild the avenue in two phases, pricing its [...]'), 'T', DEFAULT_OPTIONS).subtitle ?? '').not.toMatch(/\[/u)
  })

  it('cuts a description into sentences as its language writes them ("Die Ergebnisse der 27. UN-Klimakonferenz …")', async () => {
    const a = withDescription(await loadAnalysis('news-html'), `Die Ergebnisse der 27. UN-Klimakonferenz (COP27) wurden als überwiegend schwach bewertet. ${'Immerhin haben die Verhandler die Entwicklungsbanken dazu aufgefordert, deutlich mehr Geld zu mobilisieren. '.repeat(2)}`)
    expect(titleSlide({ ...a, lang: 'de' }, 'T', DEFAULT_OPTIONS).subtitle).toBe('Die Ergebnisse der 27. UN-Klimakonferenz (COP27) wurden als überwiegend schwach bewertet.')
  })

  it('takes the first sentence of a paragraph-long description', async () => {
    const long = `I don't use Facebook at all these days. ${'I have accounts on hundreds of services around the net, and I write software for work and for fun. '.repeat(3)}`
    const a = withDescription(await loadAnalysis('news-html'), long)
    expect(titleSlide(a, 'T', DEFAULT_OPTIONS).subtitle).toBe("I don't use Facebook at all these days.")
  })

  it('takes the first clause a semicolon closes of a description one long sentence, when it is long enough to say something', async () => {
    const a = await loadAnalysis('news-html')
    const dek = 'Although the protected area joined the national system in 2019, its management plan is still being discussed; meanwhile, neighbours are worried by officials who call its size excessive and want to shrink it before the plan is done, which would leave the school without protection.'
    expect(titleSlide(withDescription(a, dek), 'T', DEFAULT_OPTIONS).subtitle).toBe('Although the protected area joined the national system in 2019, its management plan is still being discussed')
  })

  it('takes none that asks the reader or calls them to act, but one whose "you" is someone’s advice', async () => {
    const a = await loadAnalysis('news-html')
    expect(titleSlide(withDescription(a, 'Do you argue about the temperature in your office or home? Find out what often decides it, and tell us your preference.'), 'T', DEFAULT_OPTIONS).subtitle ?? '').not.toMatch(/Do you argue/)
    expect(titleSlide(withDescription(a, 'Facebook CEO says be a friend and have a shared vision, but scare them when you have to.'), 'T', DEFAULT_OPTIONS).subtitle).toBe('Facebook CEO says be a friend and have a shared vision, but scare them when you have to.')
  })

  it('takes none that says the deck\'s title again, in capitals or with a note after it ("ORSO MARSICANO: 2019 UN ANNO DA RECORD (Notizia del 14 Gennaio 2020)")', async () => {
    const a = await loadAnalysis('news-html')
    const title = 'Orso marsicano: 2019 un anno da record'
    expect(titleSlide(withDescription(a, 'ORSO MARSICANO: 2019 UN ANNO DA RECORD (Notizia del 14 Gennaio 2020)'), title, DEFAULT_OPTIONS).subtitle ?? '').not.toMatch(/ORSO/u)
    // (one that goes on from the title's first word is the page's own line)
    expect(titleSlide(withDescription(a, 'Orso numbers in the park rose for the fifth year in a row.'), 'Orso', DEFAULT_OPTIONS).subtitle ?? '').toMatch(/^Orso numbers/u)
  })

  it('takes none that the site cut short, nor a first sentence too long for a cover', async () => {
    const a = await loadAnalysis('news-html')
    expect(titleSlide(withDescription(a, 'The avenue will lest they drive us fig…'), 'T', DEFAULT_OPTIONS).subtitle ?? '').not.toMatch(/fig…$/)
    const run = `${'word '.repeat(40)}ends here. Then more.`
    expect(titleSlide(withDescription(a, run), 'T', DEFAULT_OPTIONS).subtitle ?? '').not.toContain('word word')
  })

  it('takes the lede for a subtitle only when it states something (English: it has a verb), its relative clause gone if need be', async () => {
    const lede = async (text: string) => titleSlide(analyze(parseText(text, 'lede.txt')), 'T', DEFAULT_OPTIONS).subtitle
    expect((await lede('Remote storage\n\nINTERNET DRAFT Michiel B. de Jong. The protocol lets a web application store its data on a server the user chooses. It uses bearer tokens.')) ?? '').not.toMatch(/DRAFT/)
    expect(await lede('Countries around Asia on Tuesday stepped up the search for an AirAsia plane carrying 162 people that is presumed to have crashed in shallow waters off the Indonesian coast.\n\nThe plane lost contact on Sunday.')).toBe(
      'Countries around Asia stepped up the search for an AirAsia plane carrying 162 people',
    )
    // no clause of 14 words: one of 20 at most, the tightest that reads whole
    expect(await lede('Last month in Silicon Valley, biologists Jennifer Doudna and Emmanuelle Charpentier showed up in black gowns to receive the $3 million Breakthrough Prize, a glitzy award put on by Internet billionaires.\n\nThey had won it for CRISPR.')).toBe(
      'Biologists Jennifer Doudna and Emmanuelle Charpentier showed up in black gowns to receive the $3 million Breakthrough Prize',
    )
    // no word alone, a button's label left above the text ("Save"); a short statement is one ("We messed up")
    const page = (text: string) => titleSlide(analyze(parseMarkdown(`# A party on a budget\n\n${text}`, 'p.md')), 'T', DEFAULT_OPTIONS).subtitle
    expect(page('Save\n\nGraduation parties are a great way to mark the years of hard work that students devote to school.')).not.toBe('Save')
    expect(page('We messed up.\n\nAs technologists, we lost track of the user experience and slowed down the web.')).toBe('We messed up')
    // none that points back ("The council dropped this plan …": which plan?)
    const md = (text: string) => titleSlide(analyze(parseMarkdown(text, 'l.md')), 'T', DEFAULT_OPTIONS).subtitle
    expect(md('# Ferry\n\nThe council dropped this plan after a long and bitter debate about the cost of the new ferry.\n\nThe islanders were not told why.')).toBeUndefined()
    expect(md('# Ferry\n\nThe council dropped the plan after a long and bitter debate about the cost of the new ferry.\n\nThe islanders were not told why.')).toBeDefined()
    // none about the writer ("I joined …"); a lede that only mentions the writer later is one
    expect(md('# Ferry\n\nI joined the ferry cooperative not long after graduating with a degree in engineering.\n\nThe islanders were not told why.')).toBeUndefined()
    expect(md('# Ferry\n\nThe last 33 days have been difficult for the island and for me personally.\n\nThe islanders were not told why.')).toBeDefined()
  })

  it('passes over a release’s tagline without a verb to its first sentence, the dateline left out', async () => {
    const md = (text: string) => titleSlide(analyze(parseMarkdown(text, 'r.md')), 'T', DEFAULT_OPTIONS).subtitle
    const release = '# Northgate Ferries joins the island network\n\n*Open source electric ferries in use at Northgate, Southport and Eastholm, among others.*\n\nWilmington, DE —2 August 2021— Northgate Ferries, the island cooperative, announced today its first electric ferry route.\n\nThe route opens in May.'
    expect(md(release)).toBe('Northgate Ferries, the island cooperative, announced its first electric ferry route')
  })

  it('takes none that says a section’s title again, the slide right after the cover', async () => {
    const a = await loadAnalysis('news-html')
    const title = a.sections[0]!.title
    const subtitle = titleSlide(withDescription(a, `${title.replace(/'/g, '’')}.`), 'T', DEFAULT_OPTIONS).subtitle
    expect(subtitle?.toLowerCase().replace(/[’.]/g, '')).not.toBe(title.toLowerCase().replace(/['.]/g, ''))
  })
})

describe('the agenda announces what the deck shows', () => {
  it.each(['bundled', ...FIXTURE_CASES])('each item a section with a slide of its own or of one of its parts (%s)', async (name) => {
    const a = await loadAnalysis(name)
    const slides = planDeck(a).slides
    const agenda = slides.find((s) => s.kind === 'agenda')
    if (agenda?.kind !== 'agenda') return
    const top = (i: number): number => (a.sections[i]!.part ? top(i - 1) : i)
    const withSlide = new Set(slides.flatMap((s) => (s.kind === 'section' ? [top(s.section)] : [])))
    expect(agenda.items).toEqual(a.sections.flatMap((s, i) => (!s.part && withSlide.has(i) ? [s.title] : [])))
  })

  it('is shown when the article’s own headings title at least half of its sections, not for made-up headlines', async () => {
    expect(outlined(await loadAnalysis('headings-md'))).toBe(true)
    expect(outlined(await loadAnalysis('no-headings-txt'))).toBe(false)
    expect(planDeck(await loadAnalysis('no-headings-txt')).slides.map((s) => s.kind)).not.toContain('agenda')
  })

  it('names the tables it is given by their slides’ titles, in the article’s order', async () => {
    const a = await loadAnalysis('headings-md')
    const sections = agendaSlide(a).items
    const between = { start: a.sections[1]!.start - 1, title: 'Readings by month' }
    const after = { start: a.sections.at(-1)!.end + 1, title: 'Parts list' }
    expect(agendaSlide(a, undefined, [after, between]).items).toEqual([sections[0], 'Readings by month', ...sections.slice(1), 'Parts list'])
  })

  it('a results release: its balance sheet and cash flows, under headings of their own over no prose, are items of the agenda', async () => {
    const a = analyze(await ingest(`${PROJECT_ROOT}corpus/release-meta-q1-2024-md/article.md`))
    const slides = planDeck(a).slides
    const agenda = slides.find((s) => s.kind === 'agenda')
    const tableTitles = slides.flatMap((s) => (s.kind === 'table' ? [s.title] : []))
    expect(agenda?.kind === 'agenda' && agenda.items).toEqual(expect.arrayContaining(tableTitles.filter((t) => /balance sheets|cash flows/i.test(t))))
    expect(tableTitles.filter((t) => /balance sheets|cash flows/i.test(t))).toHaveLength(2)
  })

  it('leaves out a section that has no slide', async () => {
    const a = await loadAnalysis('headings-md')
    const all = agendaSlide(a).items
    expect(agendaSlide(a, new Set(a.sections.map((_, i) => i).slice(1))).items).toEqual(all.slice(1))
  })
})


describe('an agenda only where it outlines the talk', () => {
  const load = async (...p: string[]) => analyze(await ingest(path.join(PROJECT_ROOT, ...p)))
  it('lists three headed parts at least and ten parts at most', async () => {
    expect(outlined(await load('corpus', 'fr-lemonde-renseignement', 'article.html'))).toBe(true)
    // two headings after an introduction
    expect(outlined(await load('corpus', 'txt-reuters-airasia', 'article.txt'))).toBe(false)
    // fifteen parts: an outline in type too small to read
    expect(outlined(await load('corpus', 'report-crates-io-postmortem', 'article.md'))).toBe(false)
  })
})

describe('the question that frames the story', () => {
  it('is the subtitle of a cover left without one, asked by the writer near the start', async () => {
    const a = analyze(await ingest(path.join(PROJECT_ROOT, 'corpus', 'txt-techreview-crispr', 'article.txt')))
    const cover = planDeck(a).slides[0]!
    expect(cover.kind === 'title' && cover.subtitle).toBe('How did the high-profile prize for CRISPR and the patent on it end up in different hands?')
  })

  it('is none asked by a speaker, in the first or second person, or late in the article', () => {
    const body = Array.from({ length: 12 }, (_, i) => `The ferry crossed the bay for the ${i + 1}th time that summer.`).join(' ')
    const question = (text: string) => openingQuestion(analyze(parseText(text, 'q.txt')))
    expect(question(`Harbour Lines ran a new ferry this year. Who will pay for the crossings next winter? ${body}`)).toBe('Who will pay for the crossings next winter?')
    expect(question(`Harbour Lines ran a new ferry this year. “Who will pay for the crossings?” the mayor asked. ${body}`)).toBeUndefined()
    expect(question(`Harbour Lines ran a new ferry this year. Should you book the crossings early? ${body}`)).toBeUndefined()
    expect(question(`Harbour Lines ran a new ferry this year. ${body} Who will pay for the crossings next winter?`)).toBeUndefined()
    // nor one about what the text told before it
    expect(question(`Harbour Lines ran a new ferry this year. The reason for that decline? ${body}`)).toBeUndefined()
    expect(question(`Harbour Lines ran a new ferry this year. What kind of deal is that? ${body}`)).toBeUndefined()
    expect(question(`Harbour Lines ran a new ferry this year. But why does the crossing cost so much? ${body}`)).toBeUndefined()
    expect(question(`Harbour Lines ran a new ferry this year. What’s going on here? ${body}`)).toBeUndefined()
  })

  it('takes no question opening the article for the cover: its answer is not on the cover', () => {
    const body = Array.from({ length: 12 }, (_, i) => `The ferry crossed the bay for the ${i + 1}th time that summer.`).join(' ')
    const a = analyze(parseText(`Harbour Lines finally runs its ferry on time? ${body}`, 'q.txt'))
    expect(titleSlide(a, 'T', DEFAULT_OPTIONS).subtitle ?? '').not.toMatch(/\?/u)
  })

  it('takes no interviewer\'s question for the cover\'s subtitle, however it is written', () => {
    const turns = [
      'In your work you explain that the ferry company kept its old timetable for years, and the islanders paid for it.',
      'It did: the boats ran half empty in winter, and the fares rose every spring for a decade.',
      'You also write that the new council changed that within a year of taking office.',
      'It changed the timetable, and it cut the winter fares by half for everyone who lives on the island.',
    ]
    const md = ['# The ferry years, with Ann Lee', '', ...turns.flatMap((t, i) => [i % 2 === 0 ? `Q: ${t}` : `A: ${t}`, ''])].join('\n')
    const a = analyze(parseMarkdown(md, 'i.md'))
    expect(titleSlide(a, 'The ferry years, with Ann Lee', DEFAULT_OPTIONS).subtitle ?? '').not.toMatch(/your work/u)
  })
})

describe('the agenda of an article whose tables sit under headings of their own', () => {
  it('names a heading over several tables once, by the heading', async () => {
    const a = analyze(await ingest(path.join(PROJECT_ROOT, 'corpus', 'newsletter-lwn-weekly', 'article.html')))
    const slides = planDeck(a).slides
    const agenda = slides.find((s) => s.kind === 'agenda')
    // (its subheading over the tables heads a part of the section: the agenda names the section)
    expect(agenda?.kind === 'agenda' && agenda.items).toContain('Development activity in LibreOffice and OpenOffice')
    expect(slides.some((s) => s.kind === 'section' && s.title === 'Development statistics')).toBe(true)
    expect(agenda?.kind === 'agenda' && agenda.items.filter((i) => /^By change|^Development statistics/.test(i))).toEqual([])
  })
})

describe('the takeaways', () => {
  it('say each point apart from the sentence before it: no connective that tied it there ("In other words, …")', () => {
    const text = 'Long articles are not always deep ones. In other words, each article should reach an incredible level of content depth for its expertise level.'
    const a = analyze(parseText(text, 'depth.txt'))
    const k: KeyPoint = { sentence: 1, text: a.sentences[1]!.text.replace(/\.$/, ''), pieces: [], score: 1, gist: 1, complete: true }
    expect(takeawaysSlide(a, [k])?.bullets.map((b) => b.text)).toEqual(['Each article should reach an incredible level of content depth for its expertise level'])
  })
})
