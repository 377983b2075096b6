import { describe, expect, it } from 'vitest'
import { parseHTML } from 'linkedom'
import { microdataAuthor, namesElsewhere, pageByline, pageDate } from '../../src/ingest/html-byline.ts'
import { parseHtml, readabilityByline } from '../../src/ingest/html.ts'
import { bylineName } from '../../src/ingest/boilerplate.ts'

const doc = (body: string) => parseHTML(`<html><head><title>T</title></head><body>${body}</body></html>`).document as unknown as Document

/** A story of enough words for the page to be read as an article. */
const story = Array.from({ length: 8 }, (_, i) => `<p>The harbour board met on day ${i + 1} to weigh the cost of a new ferry for the island, and the councillors argued for an hour about fares.</p>`).join('')

describe('microdataAuthor', () => {
  it('reads the name schema.org microdata gives the author, not a picture credit', () => {
    expect(microdataAuthor(doc('<figure><small itemprop="author">Photograph by Tyrone Turner</small></figure><span itemprop="author" itemscope><a rel="author"><span class="x">Gabriel Sherman</span><meta itemprop="name" value="Gabriel Sherman"></a></span>'))).toBe('Gabriel Sherman')
    expect(microdataAuthor(doc('<small itemprop="author">Photograph by Tyrone Turner</small>'))).toBeUndefined()
  })
})

describe('pageByline', () => {
  it('reads a "By" line the page marks as its byline, not one in a box of other stories', () => {
    expect(pageByline(doc('<div class="related"><span class="author">By Ed Kilgore</span></div><div class="sharekit__author">By <span>Michael Hingston</span></div>'))).toBe('Michael Hingston')
    expect(pageByline(doc('<div class="videoPromo"><span class="author">by <span>Patrick Holland</span></span></div>'))).toBeUndefined()
  })

  it('reads a "by_line" element whose name runs on to the writer\'s role and the date, not a "By" before two names joined by "and"', () => {
    expect(pageByline(doc("<div class='by_line_date'>by <a href='/contact_author.php?a=1'>Jeff Foust</a>, SpaceNews Writer&nbsp; | &nbsp;December 12, 2014 03:20pm ET</div>"))).toBe('Jeff Foust')
    expect(pageByline(doc('<div class="byline">By Ana Ruiz | 3 May 2021</div>'))).toBe('Ana Ruiz')
    // (a weekday or a month after the name is the date's: "By Bryan Walsh Tuesday, Aug. 17, 2010")
    expect(pageByline(doc('<div class="byline">By <span class="name"><a href="/letters">Bryan Walsh</a></span> <span class="date">Tuesday, Aug. 17, 2010</span></div>'))).toBe('Bryan Walsh')
    expect(pageByline(doc('<div class="by-line">By Ana Ruiz and Tom Lee</div>'))).toBeUndefined()
    expect(pageByline(doc('<div class="byline">By ANA RUIZ, TOM LEE and JO KIM</div>'))).toBeUndefined()
  })

  it('reads a name in an element its class names the writer\'s, in Latin or Chinese characters, not one of a list of other stories\' writers', () => {
    expect(pageByline(doc('<div class="meta"><span class="writer">松村太郎</span><span class="date">2019年04月13日</span></div>'))).toBe('松村太郎')
    expect(pageByline(doc('<div><span class="author-name">Ana Ruiz</span></div>'))).toBe('Ana Ruiz')
    expect(pageByline(doc('<ul>' + ['Ana Ruiz', 'Tom Lee', 'Jo Kim'].map((n) => `<li><span class="writer">${n}</span></li>`).join('') + '</ul>'))).toBeUndefined()
    expect(pageByline(doc('<span class="writer">Our staff writes daily</span>'))).toBeUndefined()
  })

  it('reads the "By" line of the story\'s <address>, not a postal address', () => {
    expect(pageByline(doc('<div class="header"><h1>The Loneliest Woman in the World</h1><address>By <a href="/author/tanderson/"> Tim Anderson </a></address></div>'))).toBe('Tim Anderson')
    expect(pageByline(doc('<footer><address>12 Harbour Street, Leith</address></footer>'))).toBeUndefined()
  })

  it('reads a field labelled "Author", not a label with no name after it', () => {
    expect(pageByline(doc('<ul class="smallList"><li><strong>Date</strong> 19.01.2020</li><li><strong>Author</strong> Ben Knight</li></ul>'))).toBe('Ben Knight')
    expect(pageByline(doc('<dl><dt>Autor</dt><dd>Jana Novak</dd></dl>'))).toBe('Jana Novak')
    expect(pageByline(doc('<p><strong>Author</strong> of three books on ferries, she lives on the island.</p>'))).toBeUndefined()
  })
})

describe('namesElsewhere', () => {
  it('names a pull quote’s author, not one the story’s header names too', () => {
    const names = namesElsewhere(doc('<header><div class="content__author">Christie Wilcox</div></header><div class="pull-quote"><span class="author">Boris Kingma</span></div><aside><div class="author-info">Christie Wilcox</div></aside>'))
    expect([...names]).toEqual(['Boris Kingma'])
  })
})

describe('parseHtml: the byline', () => {
  it('takes the article’s own author tag over the page’s, and never a social handle', () => {
    const page = (metas: string, body = story) => parseHtml(`<html><head><title>Ferry</title>${metas}</head><body><article><h1>Ferry</h1>${body}</article></body></html>`, 'p.html')
    expect(page('<meta name="author" content="Condé Nast"><meta property="article:author" content="Arielle Pardes">').meta.byline).toBe('Arielle Pardes')
    expect(page('<meta property="article:author" content="@NatGeoUK">').meta.byline).toBeUndefined()
    expect(page('<meta property="article:author" content="@NatGeoUK">', `<div class="byline-author">By Michael Hingston</div>${story}`).meta.byline).toBe('Michael Hingston')
    // nor the site, its address in brackets
    expect(page('<meta name="author" content="Deutsche Welle (www.dw.com)">', `${story}<ul><li><strong>Author</strong> Ben Knight</li></ul>`).meta.byline).toBe('Ben Knight')
  })

  it('takes the writer the page shows over a newsroom\'s account, even where the page\'s <body> class holds a word of a box ("…videostars…")', () => {
    const html = (metas: string, bodyClass: string) => parseHtml(`<html><head><title>Stars</title>${metas}</head><body class="${bodyClass}"><article><header><h1>Stars</h1><a href="https://example.com/author/ars-staff/">Chris Stokel-Walker</a></header>${story}</article></body></html>`, 'p.html')
    expect(html('<meta name="author" content="Ars Staff">', 'single-post').meta.byline).toBe('Chris Stokel-Walker')
    expect(html('', 'single-post youtube-original-videostars-ponder').meta.byline).toBe('Chris Stokel-Walker')
  })

  it('reads a byline Readability finds less the page\'s buttons after it, and names set in capitals before a role as names', () => {
    const page = (line: string, lang = 'en') => parseHtml(`<html lang="${lang}"><head><title>Ferry</title></head><body><article><h1>Ferry</h1><div class="postByline">${line}</div>${story}</article></body></html>`, 'p.html')
    expect(readabilityByline('by Stephen Shankland Print E-mail')).toBe('Stephen Shankland')
    expect(readabilityByline('About the Author - Florina Ionescu')).toBe('Florina Ionescu')
    expect(readabilityByline('Über die Autorin: Anna Meier')).toBe('Anna Meier')
    expect(bylineName('by Stephen Shankland Print E-mail')).toBe('Stephen Shankland')
    expect(page('Par <strong>LILIAN ALEMAGNA</strong>, <strong>LAURE BRETTON</strong> Envoyés spéciaux à Toulouse', 'fr').meta.byline).toBe('Lilian Alemagna, Laure Bretton')
  })

  it('does not take a pull quote’s author for the byline', () => {
    const a = parseHtml(`<html><head><title>Offices</title></head><body><article><h1>Offices</h1>${story}<div class="pull-quote"><p>“You’re totally misrepresenting women.”</p><span class="author">Boris Kingma</span></div>${story}</article></body></html>`, 'p.html')
    expect(a.meta.byline).toBeUndefined()
  })

  it('does not take the author of a fact-check\'s claim for the byline', () => {
    const a = parseHtml(`<html><head><title>Ferry claims</title></head><body><div class="statement"><div class="statement-author"><h4 class="author">The island ferry company</h4></div><p>“Our ferries always run on time.”</p></div><article>${story}</article></body></html>`, 'p.html')
    expect(a.meta.byline).toBeUndefined()
  })
})

describe('pageDate', () => {
  it('reads the date the page writes by the story, not one in a comment or a box of other stories', () => {
    expect(pageDate(doc('<div class="related"><span class="date">May 1, 2019</span></div><h2>Post</h2><small>January 13, 2020 at 08:45 AM | categories: Python</small>'))).toBe('2020-01-13')
    expect(pageDate(doc('<h2 class="date-header"><span>06 December 2016</span></h2>'))).toBe('2016-12-06')
    expect(pageDate(doc('<div class="comment"><small>March 3, 2020</small></div><p>No date here.</p>'))).toBeUndefined()
    // a day in figures, year first, in an element its class names a date; not a number of another element
    expect(pageDate(doc('<p class="title_foot">기사입력 <span class="date">2013-10-24 03:00:00</span></p>'))).toBe('2013-10-24')
    expect(pageDate(doc('<p class="views">2013-10-24 readers</p>'))).toBeUndefined()
  })
})

describe('parseHtml: a Korean reporter\'s sign-off', () => {
  it('takes the name of the last line "최윤호 기자 uknow@donga.com" for the byline, and leaves the line off the slides', () => {
    const ko = Array.from({ length: 6 }, (_, i) => `<p>경기도 용인에 자리 잡은 시험인증 전문기업은 올해 ${i + 1}번째 인증센터를 세우고 해외 시장으로 사업을 넓히고 있다.</p>`).join('')
    const a = parseHtml(`<html lang="ko"><head><title>시험인증 기업</title></head><body><article><h1>시험인증 기업</h1>${ko}<p>최윤호 기자 uknow@donga.com</p></article></body></html>`, 'ko.html')
    expect(a.meta.byline).toBe('최윤호')
    expect(a.text).not.toContain('uknow')
  })
})

describe('parseHtml: the date', () => {
  it('takes the date the page writes by the story when its metadata gives none', () => {
    const a = parseHtml(`<html><head><title>Python 3</title></head><body><article><h2>Python 3</h2><small>January 13, 2020 at 08:45 AM | categories: Python</small>${story}</article></body></html>`, 'p.html')
    expect(a.meta.date).toBe('2020-01-13')
  })
})

describe('parseHtml: metadata a page nests or leaves empty', () => {
  it('reads the article a WebPage names as its main entity, and no date of year 1', () => {
    const ld = { '@context': 'https://schema.org', '@type': 'WebPage', mainEntity: { '@type': 'NewsArticle', author: { name: 'Michał Kolanko' }, datePublished: '2021-05-04' } }
    const a = parseHtml(`<html><head><title>Sejm</title><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><article><h1>Sejm</h1>${story}</article></body></html>`, 'p.html')
    expect(a.meta.byline).toBe('Michał Kolanko')
    expect(a.meta.date).toBe('2021-05-04')
    const empty = { '@type': 'NewsArticle', datePublished: '0001-01-01T00:00:00Z' }
    const b = parseHtml(`<html><head><title>Teachers</title><script type="application/ld+json">${JSON.stringify(empty)}</script></head><body><article><h1>Teachers</h1><span class="date">Nov 19, 2019</span>${story}</article></body></html>`, 'p.html')
    expect(b.meta.date).toBe('2019-11-19')
  })

  it('reads the names the JSON-LD wrote as links as their text, two joined by a comma in a page not in English', () => {
    const ld = { '@type': 'NewsArticle', author: { '@type': 'Person', name: ['<a href="/pl/eksperci/mateusz-gniazdowski" hreflang="pl">Mateusz Gniazdowski</a>', '<a href="/pl/eksperci/martyna-wasiuta">Martyna Wasiuta</a>'] } }
    const page = (lang: string) => parseHtml(`<html lang="${lang}"><head><title>Rosyjskie zamachy</title><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><article><h1>Rosyjskie zamachy</h1>${story}</article></body></html>`, 'p.html')
    expect(page('pl').meta.byline).toBe('Mateusz Gniazdowski, Martyna Wasiuta')
    expect(page('en-GB').meta.byline).toBe('Mateusz Gniazdowski and Martyna Wasiuta')
  })

  it('reads the writer the JSON-LD names over an author tag that names the site itself ("El Espectador"), not over a writer\'s own tag', () => {
    const ld = { '@type': 'NewsArticle', author: [{ '@type': 'Person', name: 'Felipe Morales Sierra' }], publisher: { '@type': 'NewsMediaOrganization', name: 'El Espectador' } }
    const page = (author: string) => parseHtml(`<html><head><title>Operación Orión | EL ESPECTADOR</title><meta name="author" content="${author}"><meta property="og:site_name" content="ELESPECTADOR.COM"><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><article><h1>Operación Orión</h1>${story}</article></body></html>`, 'p.html')
    expect(page('El Espectador').meta.byline).toBe('Felipe Morales Sierra')
    expect(page('Ana María Pérez').meta.byline).toBe('Ana María Pérez')
  })

  it('reads no byline from a list of other stories\' authors, and reads "By: " as "By "', () => {
    const sidebar = ['SOA World Magazine News Desk', 'Sean Rhody', 'Holger Knublauch'].map((n) => `<div class="story"><a href="/latest"><div class="storytitle">Another story</div></a><div class="storyauthor">By ${n}</div></div>`).join('')
    const page = parseHtml(`<html><head><title>Coverity release</title></head><body><article><h1>Coverity release</h1>${story}</article><div>${sidebar}</div></body></html>`, 'p.html')
    expect(page.meta.byline).toBeUndefined()
    expect(pageByline(doc('<p class="byline">By: PR Newswire</p>'))).toBe('PR Newswire')
  })

  it('reads the byline beside the headline though a list of forum posts has bylines of the same class, and less the writer\'s handle and the time after the name', () => {
    const forum = ['Vince604', 'FunkieBear', 'BuckThunder', 'Woady'].map((n) => `<li><p class="byline">in Xbox One by ${n}</p></li>`).join('')
    const page = parseHtml(`<html><head><title>Shovel Knight review</title></head><body><article><header><div><h1>Shovel Knight review</h1><p class="byline">By <em><a href="/users/g">Griffin McElroy</a></em> <a class="twitter" href="https://twitter.com/g">@griffinmcelroy</a><br><span class="timestamp">on June 26, 2014 at 9:00a</span></p></div></header>${story}</article><ul>${forum}</ul></body></html>`, 'p.html')
    expect(page.meta.byline).toBe('Griffin McElroy')
  })

  it('reads a byline whose "By" is set in an element of its own, run into the name ("ByMalcolm Harris"), and no name that opens on "By"', () => {
    expect(pageByline(doc('<p class="byline"><span class="byline-tag">By</span><span class="byline-content">Malcolm Harris</span></p>'))).toBe('Malcolm Harris')
    const page = (byline: string) => parseHtml(`<html><head><title>Kobane</title></head><body><article><h1>Kobane</h1><p class="byline">${byline}</p>${story}</article></body></html>`, 'p.html')
    expect(page('<span>By</span><span>Malcolm Harris</span>').meta.byline).toBe('Malcolm Harris')
    expect(page('By Byron Smith').meta.byline).toBe('Byron Smith')
  })

  it('takes no picture’s credit for the byline', () => {
    expect(pageByline(doc('<div class="article__image-author">By Rafał Guz</div><div class="byline">By Michał Kolanko</div>'))).toBe('Michał Kolanko')
    // (nor the holder of a picture's licence: "zvg", "zur Verfügung gestellt")
    const licensed = parseHtml(`<html><head><title>Madagaskar</title></head><body><article><h1>Madagaskar</h1><p class="media-license"><span class="media-legend">Die Strassen sind kaputt.</span><span class="media-license-info">&copy; </span><span class="media-license-author">zvg </span></p>${story}</article></body></html>`, 'p.html')
    expect(licensed.meta.byline).toBeUndefined()
  })
})
