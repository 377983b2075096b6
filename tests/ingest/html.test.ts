import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseHtml } from '../../src/ingest/html.ts'
import { withoutSiteName } from '../../src/ingest/html-meta.ts'
import { READABILITY_MAYBE, READABILITY_UNLIKELY } from '../../src/ingest/aria-headings.ts'
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { blockTexts, expectError, expectWellFormed } from './helpers.ts'

const news = readFileSync(new URL('../fixtures/news-html/article.html', import.meta.url), 'utf8')

const paragraphs = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} of the story explains, at some length and with several clauses, what happened at the meeting and why it matters to readers.</p>`).join('\n')

describe('parseHtml', () => {
  it('keeps the article of the news page and its metadata', () => {
    const a = parseHtml(news, 'news.html')
    expectWellFormed(a)
    expect(a.format).toBe('html')
    expect(a.meta).toEqual({
      title: 'City council approves protected bike lanes on Harbor Avenue',
      byline: 'Daniel Okafor',
      date: '2025-03-18T09:30:00-05:00',
      source: 'https://riverside-ledger.example/news/2025/03/harbor-avenue-bike-lanes',
      lang: 'en',
      description: 'After two years of debate, the council voted 7–2 to build a 3.4-kilometre protected bike corridor.',
      siteName: 'The Riverside Ledger',
    })
    const kinds = a.blocks.map((b) => b.kind)
    expect(kinds).toContain('heading')
    expect(kinds).toContain('blockquote')
    expect(kinds.filter((k) => k === 'list-item')).toHaveLength(3)
    expect(a.text).toMatch(/^After more than two years/)
    expect(a.text).toMatch(/our goal is to have none\.”$/)
  })

  it('takes a blog post’s title from the heading its class names so when the page has no h1, not the <title> led by the site’s name', () => {
    const page = (cls: string) =>
      `<html><head><title>Gregory Szorc's Digital Home | Mercurial's Journey to and Reflections on Python 3</title></head><body><div class="post"><h2 class="${cls}"><a href="/blog/2020/01/13/x">Mercurial's Journey to and Reflections on Python 3</a></h2>${paragraphs(4)}<h2>Porting Mercurial to Python 3</h2>${paragraphs(3)}</div></body></html>`
    expect(parseHtml(page('blog_post_title'), 'p.html').meta.title).toBe("Mercurial's Journey to and Reflections on Python 3")
    expect(parseHtml(page('entry-title'), 'p.html').meta.title).toBe("Mercurial's Journey to and Reflections on Python 3")
    // (a heading of no such class is a section's, and the <title> stays as it is)
    expect(parseHtml(page('subtitle'), 'p.html').meta.title).toBe("Gregory Szorc's Digital Home | Mercurial's Journey to and Reflections on Python 3")
  })

  it('drops the soft hyphens and zero-width spaces a page sets inside words, and keeps zero-width joiners', () => {
    // (a French page had "dis\u00adci\u00adplines" in every long word: its titles became "Té comme hori")
    const body = `<p>Toutes les dis\u00adci\u00adplines de la recherche y sont repr\u00e9\u00adsen\u00adt\u00e9es, et chacune\u200b a sa place dans la candidature collective.</p><p>La fam\u00adille 👩\u200d🔬 signe aussi, avec toutes les autres disciplines de la recherche publique.</p>`
    const a = parseHtml(`<html lang="fr"><head><title>Candidature</title></head><body><article>${body}${paragraphs(3)}</article></body></html>`, 'p.html')
    expect(a.text).toContain('Toutes les disciplines de la recherche y sont représentées, et chacune a sa place')
    expect(a.text).toContain('La famille 👩\u200d🔬 signe')
    expect(a.text).not.toMatch(/[\u00ad\u200b]/u)
  })

  it('drops the nav, cookie banner, share widgets, related posts, comments and footer', () => {
    const a = parseHtml(news, 'news.html')
    for (const gone of [
      'Politics', 'We use cookies', 'Accept all cookies', 'Advertisement', 'Share on', 'Related', 'Bus network redesign',
      'Leave a Reply', 'Marta K.', 'terrifying', 'newsletter', 'Most read', 'All rights reserved', 'Tags:', 'Skip to content',
      'dataLayer', 'By Daniel Okafor',
    ]) {
      expect(a.text, gone).not.toContain(gone)
    }
    expect(a.removed.some((r) => r.startsWith('We use cookies'))).toBe(true)
    expect(a.removed.some((r) => r.startsWith('Related posts'))).toBe(true)
    expect(a.removed.some((r) => r.includes('Leave a Reply') || r.startsWith('3 comments'))).toBe(true)
  })

  it('drops a blog\'s footer of the post (WordPress\'s "postmetadata": the author\'s note, the date it was filed, "leave a response")', () => {
    const footer = '<p class="postmetadata alt"><small><strong>Andrew Montalenti</strong> (aka pixelmonkey) is the co-founder and CTO of Parse.ly, which provides data insights to the web\'s best publishers. You can follow him on Twitter or LinkedIn. If you liked this post, you should subscribe to his free e-mail newsletter, where he writes about the craft of building software and the teams that build it, every other week, for readers who care about the web.</small><small>This entry was posted on Sunday, December 30th, 2012 at 3:00 pm and is filed under Personal, Technology. You can follow any responses to this entry through the RSS 2.0 feed. You can <a href="#respond">leave a response</a>, or trackback from your own site.</small></p>'
    const a = parseHtml(`<html><head><title>Going mobile in 1998</title></head><body><article><h1>Going mobile in 1998</h1>${paragraphs(5)}${footer}</article></body></html>`, 'p.html')
    for (const gone of ['Montalenti', 'This entry was posted', 'trackback']) expect(a.text, gone).not.toContain(gone)
    expect(a.text).toContain('Paragraph 5 of the story')
  })

  it('puts back a story\'s opening that the page set in an earlier box of the same kind as the one Readability kept', () => {
    const p = (t: string) => `<p class="story-text__paragraph">${t}</p>`
    const opening = ['Rep. Mark Meadows’ shock retirement has roiled some Republicans in the state, who suspect he timed it to help a friend.', 'The four-term congressman will leave the House for a role with the president, a decision he disclosed in an interview.']
    const rest = Array.from({ length: 8 }, (_, i) => `Paragraph ${i + 1} of the story explains, at some length and with several clauses, what the candidates said and why it matters to the district.`)
    const links = Array.from({ length: 6 }, (_, i) => `<li><a href="/s${i}">Share ${i}</a></li>`).join('')
    const page = `<html><head><title>Meadows</title></head><body><main><div class="row"><div class="col"><div class="story-text">${opening.map(p).join('')}</div></div><div class="col"><ul class="tools">${links}</ul></div></div><div class="row"><div class="col col--story"><div class="story-text">${rest.map(p).join('')}</div></div></div></main></body></html>`
    const a = parseHtml(page, 'p.html')
    expect(a.text).toMatch(/^Rep\. Mark Meadows’ shock retirement/u)
    expect(a.blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(10)
  })

  it('puts back a section\'s heading that Readability took for the headline said again ("How to Care for Hydrangeas in Vases")', () => {
    const p = (t: string) => `<div class="paragraph"><p>${t}</p></div>`
    const intro = ['Hydrangeas may be just about everywhere, but these pretty flowers take a little bit of care to keep them looking their best.', 'Learning how to take care of hydrangeas is not difficult, though, and these guidelines came straight from the pros.']
    const vases = ['When you choose your hydrangeas at the store, look for healthy, bright green leaves with bouncy blooms and no brown spots.', 'Hydrangeas produce a sap at the bottom of the stems that needs to be sealed off so that they can soak up water.']
    const ground = ['The best time to plant hydrangeas is when temperatures are mild in spring and fall, and the ground is easy to dig.', 'Hydrangeas grow best in partial shade, with two to three hours of morning sun and shade in the afternoon.']
    const body = [...intro.map(p), '<h2>How to Care for Hydrangeas in Vases</h2>', ...vases.map(p), '<h2>How to Take Care of Hydrangeas That Are in the Ground</h2>', ...ground.map(p)].join('')
    const page = `<html><head><title>How to Care for Hydrangeas to Get the Most Beautiful Blooms</title></head><body><div class="site-header"><h1>How to Care for Hydrangeas to Get the Most Beautiful Blooms</h1></div><article>${body}</article></body></html>`
    const a = parseHtml(page, 'h.html')
    const headings = a.blocks.filter((b) => b.kind === 'heading').map((b) => a.text.slice(b.start, b.end))
    expect(headings).toEqual(['How to Care for Hydrangeas in Vases', 'How to Take Care of Hydrangeas That Are in the Ground'])
    expect(a.text.indexOf('How to Care for Hydrangeas in Vases')).toBeGreaterThan(a.text.indexOf('guidelines came straight'))
    expect(a.text.indexOf('How to Care for Hydrangeas in Vases')).toBeLessThan(a.text.indexOf('When you choose'))
    // (the headline itself, repeated in the body, stays out)
    expect(a.text).not.toContain('Most Beautiful Blooms')
  })

  it('reads the story around a long table whose cells outscore its prose, the table kept where it stood (a list of MPs\' e-mail addresses)', () => {
    const story = Array.from({ length: 12 }, (_, i) => `<p>Paragraph ${i + 1}: the chefs' open letter asks the Prime Minister to keep lower-standard imported food out of British shops after the trade talks.</p>`)
    const rows = Array.from({ length: 120 }, (_, i) => `<tr><td>Constituency ${i}</td><td>Member ${i}</td><td>member.number${i}.mp@parliament.uk</td></tr>`).join('')
    const table = `<div class="news"><table><caption>MPs and their e-mail addresses</caption><tbody><tr><th>Constituency</th><th>Member</th><th>Email address</th></tr>${rows}</tbody></table></div>`
    const page = `<html><head><title>Chefs urge the Prime Minister to protect food standards</title></head><body><div class="article-text"><div itemprop="articleBody">${story.slice(0, 10).join('')}${table}${story.slice(10).join('')}</div></div></body></html>`
    const a = parseHtml(page, 'mps.html')
    expect(a.text).toMatch(/^Paragraph 1: the chefs' open letter/)
    expect(a.text).toContain('Paragraph 12:')
    expect(a.tables).toHaveLength(1)
    expect(a.tables[0]!.body).toHaveLength(120)
    // (the table stands where the page had it: after the tenth paragraph, before the eleventh)
    const at = a.tables[0]!.start
    expect(at).toBeGreaterThan(a.text.indexOf('Paragraph 10:'))
    expect(at).toBeLessThan(a.text.indexOf('Paragraph 11:'))
    expect(a.text).not.toContain('Table left out')
  })

  it('drops another story the page boxed inside the story: a box opening on a heading and a byline ("By Tom Pyman for MailOnline")', () => {
    const story = Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i + 1} of the story on food standards tells what the chefs asked of the Prime Minister and why it matters.</p>`)
    const box = `<div class="art-ins mol-factbox floatRHS"><h3>Prince Charles: One million young people need 'urgent help'</h3><div class="ins"><p>By Tom Pyman for MailOnline</p><p>As many as a million young people need 'urgent help' to ensure their futures are protected, the Prince of Wales has warned.</p><p>Writing in the Daily Telegraph, Charles said there has never been a time as uniquely challenging as the present.</p></div></div>`
    const page = `<html><head><title>Chefs urge the Prime Minister</title></head><body><article>${story.slice(0, 4).join('')}${box}${story.slice(4).join('')}</article></body></html>`
    const a = parseHtml(page, 'box.html')
    expect(a.text).not.toMatch(/Prince Charles|Tom Pyman|Prince of Wales/)
    expect(a.text).toContain('Paragraph 8 of the story')
    // (a story's own heading and byline are the story: they stay)
    const own = `<html><head><title>T</title></head><body><article><div><h2>Chefs urge the Prime Minister</h2><p>By Glen Owen for The Mail on Sunday</p>${story.join('')}</div></article></body></html>`
    expect(parseHtml(own, 'own.html').text).toContain('Paragraph 8 of the story')
  })

  it('reads a page its framework wrapped whole in one <form>, and drops a form that is a box of the page', () => {
    const story = Array.from({ length: 5 }, (_, i) => `<p>Paragraph ${i + 1} of the wire story says, at some length and with several clauses, what the military said about the crash.</p>`).join('')
    const search = '<form action="/search"><p>Search the site for news, videos and the latest stories from our correspondents</p><input name="q"></form>'
    const page = `<html><head><title>Helicopter crash</title></head><body><form id="aspnetForm" method="post"><div class="article-body"><h1>Helicopter crash</h1>${story}</div>${search}</form></body></html>`
    const a = parseHtml(page, 'f.html')
    expect(a.blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(5)
    expect(a.text).not.toContain('Search the site')
  })

  it('takes no editor for the author: a name the page credits as its editor ("责任编辑：肖春芳") that its metadata gives as the author', () => {
    const story = Array.from({ length: 5 }, (_, i) => `<p>第${i + 1}段：宇航员在国际空间站上不能喝酒，因为酒精会影响空间站的水回收系统，研究人员说。</p>`).join('')
    const page = (credit: string) => `<html><head><meta name="author" content="肖春芳"><title>宇航员在太空中喝酒会怎么样</title></head><body><div class="info"><span id="author">作者：</span><span id="editor">${credit}</span></div><article>${story}</article></body></html>`
    expect(parseHtml(page('责任编辑：肖春芳'), 'z.html').meta.byline).toBeUndefined()
    expect(parseHtml(page('责任编辑：王小明'), 'z.html').meta.byline).toBe('肖春芳')
    // (in the brackets a page sets it in, one editor of two)
    expect(parseHtml(page('【责任编辑：肖春芳】'), 'z.html').meta.byline).toBeUndefined()
    expect(parseHtml(page('（编辑：王小明 肖春芳）'), 'z.html').meta.byline).toBeUndefined()
  })

  it('drops a caption that says again the text of a picture the page sets in <noscript>', () => {
    const story = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} of the feature tells how the volunteers caught the wild goats on the island and flew them out.</p>`)
    const figure = '<div class="img"><picture><noscript><img src="g.jpg" alt="Goats on Redonda before they were airlifted to Antigua."></noscript></picture><div class="img__copy">Goats on Redonda before they were airlifted to Antigua.</div></div>'
    const a = parseHtml(`<html><head><title>Goats</title></head><body><article><h1>Goats</h1>${story.slice(0, 2).join('')}${figure}${story.slice(2).join('')}</article></body></html>`, 'g.html')
    expect(a.text).not.toContain('airlifted')
  })

  it('drops a heading over a figure that the figure\'s caption says again (an embedded video\'s title), not one over a figure of something else', () => {
    const story = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} of the story tells how the market traders coped with the closures and the prices of fruit.</p>`)
    const video = '<h3>Corona-Lockerungen: Das ist wieder erlaubt</h3><figure class="video-inline"><div class="player"></div><figcaption>Corona-Lockerungen: Das ist ab Mittwoch wieder erlaubt</figcaption></figure>'
    const other = '<h3>Prices at the market</h3><figure><img src="m.jpg"><figcaption>Traders unload mangoes at dawn.</figcaption></figure>'
    const a = parseHtml(`<html><head><title>Mangos</title></head><body><article><h1>Mangos</h1>${story.slice(0, 2).join('')}${video}${story.slice(2, 4).join('')}${other}${story.slice(4).join('')}</article></body></html>`, 'm.html')
    expect(a.text).not.toContain('wieder erlaubt')
    expect(blockTexts(a)).toContain('Prices at the market')
  })

  it('drops a heading over an embedded player closed off by a rule (the video\'s title), not a section\'s heading over a player and its prose', () => {
    const story = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} of the story tells how the candidates collected endorsements from state legislators this winter.</p>`)
    const video = '<h2>Do Parties Or Voters Choose Presidential Nominees?</h2><div class="video-placeholder videoplayer"><iframe src="https://example.org/video/embed/1"></iframe></div><hr />'
    const section = '<h2>The billionaires are looking pretty good</h2><div class="videoplayer"><iframe src="https://example.org/video/embed/2"></iframe></div>'
    const a = parseHtml(`<html><head><title>Endorsements</title></head><body><article><h1>Endorsements</h1>${story.slice(0, 2).join('')}${video}${story.slice(2, 4).join('')}${section}${story.slice(4).join('')}</article></body></html>`, 'e.html')
    expect(a.text).not.toContain('Do Parties Or Voters')
    expect(blockTexts(a)).toContain('The billionaires are looking pretty good')
  })

  it('drops the line a picture\'s credit closes, with the credit ("Love thine enemy. Photo: …")', () => {
    const story = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} of the review weighs what the book says about polarization and the parties.</p>`)
    const lede = '<div class="lede-image-data"><div class="attribution">Love thine enemy. <span class="credit">Photo: Olivier Douliery/AFP via Getty Images</span></div></div>'
    const a = parseHtml(`<html><head><title>Review</title></head><body><article><h1>Review</h1>${lede}${story.join('')}</article></body></html>`, 'r.html')
    expect(a.text).not.toContain('Love thine enemy')
    expect(blockTexts(a)).toHaveLength(6)
  })

  it('reads a page again when Readability kept only a short notice: an article in a box whose class names a sidebar is found', () => {
    const steps = Array.from({ length: 6 }, (_, i) => `<p>Step ${i + 1} of the jam recipe explains, at some length and with several clauses, how the pears are cooked and why it matters.</p>`).join('\n')
    const notice = '<div class="notice"><p>This website uses cookies to improve your experience while you navigate through the website, and some of them are essential for the basic working of the site.</p></div>'
    const page = `<!DOCTYPE html><html><head><title>Spiced pear jam</title></head><body><div class="container penci_sidebar"><div class="post-entry"><h1>Spiced pear jam</h1>${steps}</div></div>${notice}</body></html>`
    const a = parseHtml(page, 'jam.html')
    expect(a.text).toMatch(/^Step 1 of the jam recipe/u)
    expect(a.blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(6)
    // (a short page keeps its short reading)
    expect(parseHtml('<html><body><article><h1>Ferry</h1><p>The island ferry now runs on Sundays, the council said on Monday after a vote.</p></article></body></html>', 'f.html').text).toMatch(/^The island ferry/u)
  })

  it('reads a paragraph whose lines each open on a bullet\'s mark as a list, and no other', () => {
    const html = `<html><head><title>Update</title></head><body><article><h1>Update</h1>${paragraphs(3)}
      <p>+ Added Slime Block<br />+ Added Iron Trapdoor<br />* Villager trading has been rebalanced<br />- Removed Herobrine</p>
      <p>The first line of a poem<br />- and a dash in its second line<br />then a third</p></article></body></html>`
    const a = parseHtml(html, 'update.html')
    const items = a.blocks.filter((b) => b.kind === 'list-item').map((b) => a.text.slice(b.start, b.end))
    expect(items).toEqual(['Added Slime Block', 'Added Iron Trapdoor', 'Villager trading has been rebalanced', 'Removed Herobrine'])
  })

  it('reads a paragraph whose lines are amounts under a label as the label and a list, not a poem or an address', () => {
    const html = `<html><head><title>Raita</title></head><body><article><h1>Raita</h1>${paragraphs(3)}
      <p><u>Dressing</u><br />1 cup (227 grams) plain, full-fat yogurt<br />1 garlic clove, peeled<br />1-inch piece of fresh ginger, peeled<br />Juice of half a lemon (about 2 tablespoons)<br />Kosher salt to taste</p>
      <p>The first line of a poem<br />the second line of it<br />then a third</p>
      <p>Harbour Office<br />12 Quay Street<br />Eastholm</p></article></body></html>`
    const a = parseHtml(html, 'raita.html')
    const items = a.blocks.filter((b) => b.kind === 'list-item').map((b) => a.text.slice(b.start, b.end))
    expect(items).toEqual(['1 cup (227 grams) plain, full-fat yogurt', '1 garlic clove, peeled', '1-inch piece of fresh ginger, peeled', 'Juice of half a lemon (about 2 tablespoons)', 'Kosher salt to taste'])
    expect(a.blocks.some((b) => b.kind === 'paragraph' && a.text.slice(b.start, b.end) === 'Dressing')).toBe(true)
  })

  it('reads the paragraphs of a page left inside one unclosed <p> as paragraphs of their own', () => {
    const html = `<html><head><title>Review</title></head><body><div id="app"><p><span><main><article><h1>Review</h1><div>${paragraphs(4)}</div></article></main></span></p></div></body></html>`
    const a = parseHtml(html, 'review.html')
    expect(a.blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(4)
  })

  it('reads a sentence closed by a full stop, set as a heading above the story\'s first paragraph, as its lede', () => {
    const html = `<html><head><title>Strike</title></head><body><article><h1>Strike</h1><h2>Heads up, travelers: Hundreds of workers are striking at the airport on Tuesday.</h2>${paragraphs(3)}<h2>What the union wants next</h2>${paragraphs(2)}</article></body></html>`
    const a = parseHtml(html, 'strike.html')
    expect(a.blocks[0]?.kind).toBe('paragraph')
    expect(blockTexts(a)).toContain('What the union wants next')
    expect(a.blocks.filter((b) => b.kind === 'heading')).toHaveLength(1)
  })

  it('reads a paragraph that opens on a hand-typed list mark as a list item, and a figure\'s caption as no paragraph', () => {
    const html = `<html><head><title>Packer</title></head><body><article><h1>Packer</h1>${paragraphs(3)}<p>It contains:</p><p>-&#xA0;&#xA0;&#xA0; A full list of permissions</p><p>-&#xA0;&#xA0;&#xA0; A full list of intent action filters</p><p>Figure 1: files contained in the APK</p>${paragraphs(2)}</article></body></html>`
    const a = parseHtml(html, 'packer.html')
    const items = a.blocks.filter((b) => b.kind === 'list-item').map((b) => a.text.slice(b.start, b.end))
    expect(items).toEqual(['A full list of permissions', 'A full list of intent action filters'])
    expect(blockTexts(a).join(' ')).not.toContain('Figure 1')
    // (a paragraph that opens on a dash of dialogue or a number stays one)
    expect(blockTexts(parseHtml(html.replace('It contains:', '— Oui, dit-il, nous partons demain matin.'), 'packer.html'))).toContain('— Oui, dit-il, nous partons demain matin.')
  })

  it('joins a drop cap to the rest of its word, not a word of one letter', () => {
    const html = `<html><head><title>Museum</title></head><body><article><h1>Museum</h1><p><span class="g-drop">T</span> <span>he Smithsonian’s new museum opens on Sept. 24 in Washington, after a long journey of many years.</span></p><p>A museum opens. I went there on the first day with my family and we stayed until it closed.</p>${paragraphs(3)}</article></body></html>`
    const texts = blockTexts(parseHtml(html, 'museum.html'))
    expect(texts[0]).toMatch(/^The Smithsonian’s new museum/)
    expect(texts[1]).toMatch(/^A museum opens/)
    // (a preposition of one letter in the text is a word: Czech "S blížícím se …", "V Praze …")
    const czech = `<html lang="cs"><head><title>Souček</title></head><body><article><h1>Souček</h1><p>S blížícím se zimním přestupním termínem roste zájem o českého záložníka a jeho spoluhráče.</p><p>V Praze se o něm mluví den co den, fanoušci si jeho výkony pamatují.</p>${paragraphs(3)}</article></body></html>`
    expect(blockTexts(parseHtml(czech, 'cs.html')).slice(0, 2).map((t) => t.slice(0, 10))).toEqual(['S blížícím', 'V Praze se'])
    // ("I", "A", "O" spaced from what is no word alone, whatever the markup: "I t’s been a rough year")
    const spaced = `<html><head><title>DC</title></head><body><article><h1>DC</h1><p class="drop-cap">I t’s been a rough year at the movies for DC Comics, and the studio knows it.</p><p>I own a copy of every film the studio made, and I watch them all again each year.</p>${paragraphs(3)}</article></body></html>`
    expect(blockTexts(parseHtml(spaced, 'dc.html')).slice(0, 2).map((t) => t.slice(0, 9))).toEqual(['It’s been', 'I own a c'])
  })

  it('drops an encyclopedia page\'s infobox, navigation boxes and coordinates', () => {
    const html = `<html><head><title>New Zealand - Wikipedia</title></head><body><div id="content"><h1>New Zealand</h1>
      <span id="coordinates">Coordinates: 42°S 174°E</span>
      <table class="infobox geography vcard"><tr><th>Capital</th><td>Wellington</td></tr><tr><th>Currency</th><td>New Zealand dollar</td></tr></table>
      ${paragraphs(6)}
      <div class="navbox"><table><tr><th>v t e Administrative divisions</th></tr><tr><td>Regions</td><td>11 non-unitary regions</td></tr></table></div>
    </div></body></html>`
    const a = parseHtml(html, 'nz.html')
    for (const gone of ['Coordinates', 'Wellington', 'Administrative divisions']) expect(a.text, gone).not.toContain(gone)
    expect(a.tables).toHaveLength(0)
  })

  it('leaves out a picture’s caption set in italics beside it, not a paragraph with a picture in its prose', () => {
    const html = `<html><head><title>Friday Facts</title></head><body><article><h1>Friday Facts</h1>${paragraphs(4)}
      <p style="text-align: center"><img src="enemy-bases.gif" /><br /><i>New preview UI showing the effects of enemy base controls. In reality the preview takes a couple seconds to regenerate.</i></p>
      <p>The size control for biter bases <img src="icon.png" /> did not have much effect in the last release of the game.</p>
    </article></body></html>`
    const a = parseHtml(html, 'page.html')
    expectWellFormed(a)
    expect(blockTexts(a).join(' ')).not.toContain('New preview UI')
    expect(a.removed.join(' ')).toContain('New preview UI showing the effects of enemy base controls')
    expect(blockTexts(a).join(' ')).toContain('The size control for biter bases')
    const update = parseHtml(`<html><head><title>Ferry</title></head><body><article><h1>Ferry</h1>${paragraphs(4)}
      <p><em>Update, May 3: the cooperative has fixed the booking bug <img class="emoji" src="e.png" alt="ok" /> and the app now sells tickets for every crossing again.</em></p>
    </article></body></html>`, 'page.html')
    expect(blockTexts(update).join(' ')).toContain('the cooperative has fixed the booking bug')
  })

  it('removes widgets by their text when the page has no telling class names', () => {
    const html = `<html lang="fr"><head><title>Le titre | Site</title></head><body><article>
      <h1>Le titre</h1><p>By Marie Curie</p>${paragraphs(5)}
      <p>Share this</p><p>Read more</p>
      <h3>Leave a Reply</h3><p>Your email address will not be published.</p><p>Name</p>
    </article></body></html>`
    const a = parseHtml(html, 'page.html')
    expectWellFormed(a)
    expect(a.meta.lang).toBe('fr')
    expect(a.meta.title).toBe('Le titre')
    expect(a.meta.byline).toBe('Marie Curie')
    expect(blockTexts(a)).toHaveLength(5)
    expect(a.removed).toEqual(expect.arrayContaining(['By Marie Curie', 'Share this', 'Read more', 'Leave a Reply']))
  })

  it('reads a paragraph set in bold and nothing else as a heading below every marked one', () => {
    const html = `<html><head><title>T</title></head><body><article>
      <h1>T</h1>${paragraphs(5)}
      <p><strong>Back on the schooner</strong></p>
      ${paragraphs(2)}
      <p><span><b>Why it matters</b></span></p>
      ${paragraphs(1)}
      <p><strong><span style="text-decoration:underline;">How effective is File-by-File
      Patching?</span></strong></p>
      <p><b>Read more:</b></p>
      <p><b>This whole paragraph is bold, and it is a sentence.</b></p>
    </article></body></html>`
    const a = parseHtml(html, 'page.html')
    const headings = a.blocks.filter((b) => b.kind === 'heading').map((b) => [b.depth, a.text.slice(b.start, b.end)])
    expect(headings).toEqual([[6, 'Back on the schooner'], [6, 'Why it matters'], [6, 'How effective is File-by-File Patching?']])
    expect(blockTexts(a)).toContain('This whole paragraph is bold, and it is a sentence.')
  })

  it('reads an italic line in title case as a heading, and no other italic line', () => {
    const html = `<html><head><title>T</title></head><body><article>
      <h1>T</h1>${paragraphs(5)}
      <p><em>Junk Fees Hit Low-Income Households and People of Color the Hardest</em></p>
      ${paragraphs(2)}
      <p><i>The photo shows the harbour at dawn</i></p>
    </article></body></html>`
    const a = parseHtml(html, 'page.html')
    const headings = a.blocks.filter((b) => b.kind === 'heading').map((b) => [b.depth, a.text.slice(b.start, b.end)])
    expect(headings).toEqual([[6, 'Junk Fees Hit Low-Income Households and People of Color the Hardest']])
  })

  it('reads a bold label on a line of its own as a heading run into its paragraph or item ("Idempotence: A single task …")', () => {
    const html = `<html><head><title>T</title></head><body><article>
      <h1>T</h1>${paragraphs(5)}
      <p><b>Idempotence</b><br />
        A single task on a lambda can be executed multiple times within the system.</p>
      <p><span><b>Task Store<br /></b> Tasks are stored in and triggered from the task store.</span></p>
      <ul><li><strong>Delivery latency</strong><br>95% of tasks begin within five seconds.</li>
        <li><strong>A concise guide to building stories for the web</strong>
          <br/>There are too many options to get started.</li>
        <li><strong>A label of eleven words is a sentence of its own and runs on</strong><br>So it stays.</li></ul>
      <p><b>Note:</b><br>The label ends on its own colon here.</p>
      <p>The <b>Executor</b><br>runs the task, and its first word is not bold.</p>
      <p><b>Heartbeat</b> is sent every ten seconds while the task runs.</p>
    </article></body></html>`
    const texts = blockTexts(parseHtml(html, 'page.html'))
    expect(texts).toEqual(expect.arrayContaining([
      'Idempotence: A single task on a lambda can be executed multiple times within the system.',
      'Task Store: Tasks are stored in and triggered from the task store.',
      'Delivery latency: 95% of tasks begin within five seconds.',
      'A concise guide to building stories for the web: There are too many options to get started.',
      'Note: The label ends on its own colon here.',
      'The Executor runs the task, and its first word is not bold.',
      'Heartbeat is sent every ten seconds while the task runs.',
    ]))
    // (more words than a heading has: a line of its own, not a label)
    expect(texts.some((t) => t.includes('runs on: So it stays'))).toBe(false)
  })

  it('reads bold lines run into paragraphs as subheadings where each stands apart over paragraphs of its own', () => {
    const essay = `<html><head><title>Das Imperialismus-Phantom</title></head><body><article>
      <h1>Das Imperialismus-Phantom</h1>${paragraphs(3)}
      <p><strong>Der Imperialismusbegriff lockt auf eine falsche Spur</strong><br />Zu den Grundmerkmalen des Weltsystems gehörte die Herausbildung enormer Gefälle.</p>
      <p>In diesem Sinne kann man auch heute noch von einem Imperialismus sprechen, sagt der Autor.</p>
      <p><strong>Putins Mafia-Regime</strong><br />Keine Frage, das Regime hat den Krieg vom Zaun gebrochen.</p>
      <p>Im 19. Jahrhundert waren die Zaren bemüht, einen Zentralstaat zu etablieren.</p>
    </article></body></html>`
    const a = parseHtml(essay, 'essay.html')
    const headings = a.blocks.filter((b) => b.kind === 'heading').map((b) => a.text.slice(b.start, b.end))
    expect(headings).toEqual(['Der Imperialismusbegriff lockt auf eine falsche Spur', 'Putins Mafia-Regime'])
    expect(blockTexts(a)).toContain('Keine Frage, das Regime hat den Krieg vom Zaun gebrochen.')
  })

  it('reads a list item that opens on a heading of its own as the item\'s label ("Page Inspector: Examine …")', () => {
    const html = `<html><head><title>T</title></head><body><article>
      <h1>T</h1>${paragraphs(5)}
      <ul class="features">
        <li><a href="https://example.org/v"><img src="a.jpg" alt=""></a><h2>Page Inspector</h2>
          <p>Examine the HTML and CSS of any Web page and easily modify the structure of a page.</p></li>
        <li><h3>Web Console</h3><p>See logged information associated with a Web page.</p></li>
        <li><h3>A heading of far too many words to be a label of the item that follows it</h3><p>It stays apart.</p></li>
      </ul>
    </article></body></html>`
    const texts = blockTexts(parseHtml(html, 'page.html'))
    expect(texts).toEqual(expect.arrayContaining([
      'Page Inspector: Examine the HTML and CSS of any Web page and easily modify the structure of a page.',
      'Web Console: See logged information associated with a Web page.',
    ]))
    expect(texts.some((t) => t.includes('follows it: It stays'))).toBe(false)
  })

  it('leaves out a note for screen readers inside a link ("said<span>Opens a new window</span>"), not the link\'s words', () => {
    const html = `<html><head><title>T</title></head><body><article>
      <h1>T</h1>${paragraphs(5)}
      <p>The company <a href="https://example.org/news" title="Opens a new window">said<span class="icon">Opens a new window </span></a> that the lineup was new.</p>
      <p>Read the <a href="https://example.org/r">report <span>(opens in a new tab)</span></a> on the ferry.</p>
      <p>The sign said <a href="https://example.org/s">Opens a new window</a> in large letters.</p>
    </article></body></html>`
    const texts = blockTexts(parseHtml(html, 'page.html'))
    expect(texts).toEqual(expect.arrayContaining([
      'The company said that the lineup was new.',
      'Read the report on the ferry.',
      'The sign said Opens a new window in large letters.',
    ]))
  })

  it('leaves out footnote and reference marks that link into the page, keeps exponents and names', () => {
    const html = `<html><head><title>T</title></head><body><article>
      <h1>T</h1>${paragraphs(5)}
      <p>Work grows with the service.<sup><a href="#fn22">22</a></sup>Sometimes known as toil, it leaves engineers less time.</p>
      <p>The drug was approved in 2019<sup class="reference"><a href="https://example.org/page#cite_note-3">[3]</a></sup> and sold well.</p>
      <p>This is known as the Toeplitz decomposition.<sup class="reference"><a href="#cite_note-HornJohnson-3">[3]</a></sup><sup class="reference">:<span>p. 7</span></sup></p>
      <p>Each flat has 50 m<sup>2</sup> of floor and 1Password guards its door<sup>[a]</sup>.</p>
      <p>About 10<sup>9</sup> cells hold H<sub>2</sub>O on the 1<sup>st</sup> day.</p>
    </article></body></html>`
    const texts = blockTexts(parseHtml(html, 'page.html'))
    expect(texts).toEqual(expect.arrayContaining([
      'Work grows with the service.Sometimes known as toil, it leaves engineers less time.',
      'The drug was approved in 2019 and sold well.',
      'This is known as the Toeplitz decomposition.',
      'Each flat has 50 m² of floor and 1Password guards its door.',
      'About 10⁹ cells hold H₂O on the 1st day.',
    ]))
  })

  it('leaves out the page\'s footnotes and references, marked by role, HTMLBook\'s data-type, class or a Word document\'s note ids', () => {
    const page = (notes: string) => `<html><head><title>T</title></head><body><article>
      <h1>T</h1>${paragraphs(5)}
      <p>Pager load grew with the service.<sup><a href="#fn1">1</a></sup></p>
      ${notes}
    </article></body></html>`
    for (const notes of [
      '<div class="footnotes" role="doc-endnotes"><hr><ol><li id="fn1"><p>Thanks to the on-call team for the data. <a href="#r1">↩</a></p></li></ol></div>',
      '<section class="footnotes"><ol><li id="fn1"><p>Thanks to the on-call team for the data.</p></li></ol></section>',
      '<div data-type="footnotes"><p data-type="footnote" id="fn1">Thanks to the on-call team for the data.</p></div>',
      '<ol class="references"><li id="cite_note-1">Thanks to the on-call team for the data.</li></ol>',
      // (a Word document's footnotes as mammoth writes them)
      '<ol><li id="footnote-1"><p>Thanks to the on-call team for the data. <a href="#footnote-ref-1">↑</a></p></li></ol>',
    ]) {
      const texts = blockTexts(parseHtml(page(notes), 'page.html'))
      expect(texts).toContain('Pager load grew with the service.')
      expect(texts.join(' '), notes).not.toContain('Thanks to the on-call team')
    }
    // (a footnote written inline, HTMLBook's <span data-type="footnote">, is left out of its sentence)
    const inline = blockTexts(parseHtml(page('').replace('grew with the service.', 'grew<span data-type="footnote">Counted per week.</span> with the service.'), 'page.html'))
    expect(inline).toContain('Pager load grew with the service.')
  })

  it('drops a list of links to other stories and the newsroom\'s credit line, keeps a paragraph that only holds one link', () => {
    const html = `<html><head><title>T</title></head><body><article>
      <h1>T</h1>${paragraphs(5)}
      <p><a href="/guide">The full guide to the new rules</a></p>
      <p>Jane Doe contributed to this report.</p>
      <p><b>Read more:</b></p>
      <p> <a href="/a">Tunisia’s Islamists get a sobering lesson in governing</a> </p>
      <p><a href="/b">Tunisia sends most foreign fighters to Syria</a>.</p>
      <ul><li><a href="/c">Museum is home to Roman treasures</a></li><li><a href="/d">Another story</a></li></ul>
    </article></body></html>`
    const a = parseHtml(html, 'page.html')
    const texts = blockTexts(a)
    expect(texts).toContain('The full guide to the new rules')
    for (const gone of ['sobering lesson', 'foreign fighters', 'Roman treasures', 'Another story', 'contributed to this report']) {
      expect(texts.join(' ')).not.toContain(gone)
    }
    expect(a.removed).toEqual(expect.arrayContaining(['Jane Doe contributed to this report.', 'Tunisia sends most foreign fighters to Syria.']))
  })

  it('reads JSON-LD and resolves a relative canonical link against the base URL', () => {
    const html = `<html><head>
      <link rel="canonical" href="/story/42">
      <script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"W"},{"@type":"NewsArticle","headline":"LD Headline","datePublished":"2023-07-01","author":[{"@type":"Person","name":"A. Writer"}],"publisher":{"name":"The Paper"},"inLanguage":"es"}]}</script>
      </head><body><main>${paragraphs(4)}</main></body></html>`
    const a = parseHtml(html, 'https://news.example/x?utm=1', 'https://news.example/x?utm=1')
    expect(a.meta).toMatchObject({
      title: 'LD Headline',
      byline: 'A. Writer',
      date: '2023-07-01',
      source: 'https://news.example/story/42',
      lang: 'es',
      siteName: 'The Paper',
    })
  })

  it('reads an interview whose questions are headings, however long, as asked, the answers in the voice of the one interviewed', () => {
    const q = (i: number) => `<h3>Question ${i} : dans votre travail, vous expliquez qu’il est difficile d’unifier les politiques migratoires de pays ayant des histoires différentes. Pourquoi est-ce le cas selon vous ?</h3>`
    const answer = (i: number) => `<p>Réponse ${i} : il y a d’abord le poids de la géographie, puis celui de l’histoire, et enfin celui des institutions de chaque pays européen.</p>`
    const page = `<html><head><title>Sur les migrations avec François Héran</title></head><body><article><h1>Sur les migrations avec François Héran</h1><p>François Héran est professeur au Collège de France et il a beaucoup écrit sur les migrations.</p>${[1, 2, 3, 4].map((i) => q(i) + answer(i)).join('')}</article></body></html>`
    const a = parseHtml(page, 'i.html')
    const asked = a.blocks.filter((b) => b.asked)
    expect(asked).toHaveLength(4)
    expect(a.blocks.filter((b) => b.speaker === 'François Héran')).toHaveLength(4)
  })

  it('takes the name a page links to its writer\'s page for the byline, not one in a teaser of another story', () => {
    const page = (links: string) => parseHtml(`<html><head><title>Resort plan</title></head><body><article><h1>Resort plan</h1><span class="x1"><a href="https://abc7news.com/about/newsteam/jr-stone">J.R. Stone</a></span>${paragraphs(4)}</article>${links}</body></html>`, 'p.html').meta.byline
    expect(page('')).toBe('J.R. Stone')
    const teaser = `<html><head><title>Anglosphere</title></head><body><article><h1>Anglosphere</h1>${paragraphs(4)}</article><div class="tease-small__meta"><a class="author-meta" href="https://example.org/author/richard-murphy">Richard Murphy</a></div></body></html>`
    expect(parseHtml(teaser, 'p.html').meta.byline).toBeUndefined()
  })

  it('takes the whole name the page shows for a writer its metadata names by one word ("Todd" → "Todd Bates")', () => {
    const html = (name: string) => `<html><head><script type="application/ld+json">{"@type":"Article","headline":"New robot","author":{"@type":"Person","name":"Todd"}}</script></head>
      <body><main><div class="byline"><p class="label"><strong>By</strong></p><p class="full-name">${name}</p></div>${paragraphs(4)}</main></body></html>`
    expect(parseHtml(html('Todd Bates'), 'page.html').meta.byline).toBe('Todd Bates')
    // (not another name that does not open on it)
    expect(parseHtml(html('Anna Bates'), 'page.html').meta.byline).toBe('Todd')
  })

  it('takes the JSON-LD author\'s name over a handle in article:author ("devindra")', () => {
    const html = `<html><head><meta property="article:author" content="devindra">
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"Xbox One X review","author":[{"@type":"Person","name":"Devindra Hardawar"}]}</script>
      </head><body><main>${paragraphs(4)}</main></body></html>`
    expect(parseHtml(html, 'page.html').meta.byline).toBe('Devindra Hardawar')
    const named = html.replace('content="devindra"', 'content="Devindra H."')
    expect(parseHtml(named, 'page.html').meta.byline).toBe('Devindra H.')
    // a newsroom's one word ("Grist", a partner's name in parsely-author) gives way to the person the JSON-LD names
    const partner = html.replace('property="article:author" content="devindra"', 'name="parsely-author" content="Grist"')
    expect(parseHtml(partner, 'page.html').meta.byline).toBe('Devindra Hardawar')
  })

  it('reads JSON-LD wrapped in a CDATA section', () => {
    const html = `<html><head><script type="application/ld+json">
      <![CDATA[
      {"@type":"Article","headline":"LD Headline","author":{"@type":"Person","name":"A. Writer"}}
      ]]>
      </script></head><body><main>${paragraphs(4)}</main></body></html>`
    expect(parseHtml(html, 'page.html').meta).toMatchObject({ title: 'LD Headline', byline: 'A. Writer' })
  })

  it('takes a description that sums the article up over one that repeats its opening, and keeps a dek set in the body', () => {
    const opening = 'I do not use the ferry. I am not afraid of boats, I grew up on the island, and I know every one of its crews by name, which makes my choice all the stranger to the people who ask me about it on the quay every single morning.'
    const page = (metas: string, first = opening) => `<html><head>${metas}</head><body><article><h1>Why I walk</h1><p>${first}</p>${paragraphs(4)}</article></body></html>`
    const excerpt = `<meta name="description" content="${opening.slice(0, 150)}…">`
    const ld = `<script type="application/ld+json">{"@type":"Article","description":"The island's ferry runs late and costs too much: why one resident walks instead."}</script>`
    expect(parseHtml(page(excerpt + ld), 'page.html').meta.description).toBe("The island's ferry runs late and costs too much: why one resident walks instead.")
    // nothing better: no description (the cover makes its line from the lede)
    expect(parseHtml(page(excerpt), 'page.html').meta.description).toBeUndefined()
    // a short first paragraph that is the description whole is the page's dek: it stays
    const dek = 'The island ferry runs late and costs too much, says one resident who now walks.'
    expect(parseHtml(page(`<meta name="description" content="${dek}">` + ld, dek), 'page.html').meta.description).toBe(dek)
  })

  it('takes no description of the site itself ("Nicolas Perriault\'s homepage."), only of the article', () => {
    const page = (d: string) => `<html><head><title>T</title><meta name="description" content="${d}"></head><body><article><h1>T</h1>${paragraphs(4)}</article></body></html>`
    for (const d of ['BLISTER | Featured, Reviews, Skiing | April 9, 2019 | The most honest &amp; in-depth reviews of outdoor gear', "Nicolas Perriault's homepage.", 'The official blog of Acme', 'Personal website of Jane Doe', 'The latest news and headlines from Yahoo! News. Get breaking news stories and in-depth coverage with videos and photos.', 'Official website of U.S. Senator Patty Murray, Senator for Washington State, Democratic Party', 'A home cooking weblog from a tiny kitchen in New York City. The place to find all of your new favorite things to cook.']) expect(parseHtml(page(d), 'p.html').meta.description, d).toBeUndefined()
    for (const d of ['A homepage for the neighbourhood garden is what the council wants.', 'Blanket.js makes code coverage easy in the browser.', 'The harbour board heard the latest news on the road from its engineers.']) expect(parseHtml(page(d), 'p.html').meta.description).toBe(d)
  })

  it('takes a headline less the kicker set inside its h1 ("Interne Unterlagen im Netz" over "Daten von Rheinmetall gehackt")', () => {
    const page = `<html><head><title>Interne Unterlagen im Netz: Daten von Rheinmetall gehackt | tagesschau.de</title></head><body><div class="meldungHead"><h1><span class="dachzeile">Interne Unterlagen im Netz</span> <span class="headline">Daten von Rheinmetall gehackt</span></h1></div><article>${paragraphs(4)}</article></body></html>`
    expect(parseHtml(page, 'p.html').meta.title).toBe('Daten von Rheinmetall gehackt')
  })

  it('takes a headline less the subtitle set inside its h1 ("<small class=\'article-subtitle\'>")', () => {
    const h1 = "<h1 class='article-title'><span class='article-highlight'>Dezuka Suisan: Deep-Fried Fish Cakes, Hot <span class='conjunction'>and</span> Fresh</span><small class='article-subtitle'><span>Welcome to the Flavor Capital of Northern Japan</span></small></h1>"
    const page = `<html><head><title>Dezuka Suisan: Deep-Fried Fish Cakes, Hot and Fresh</title><meta property="og:title" content="Tofugu: Dezuka Suisan"></head><body>${h1}<article>${paragraphs(4)}</article></body></html>`
    expect(parseHtml(page, 'p.html').meta.title).toBe('Dezuka Suisan: Deep-Fried Fish Cakes, Hot and Fresh')
    // (the headline with its subtitle, read in the story's box, is the title said again: no heading of the body)
    const inside = parseHtml(`<html><head><title>Dezuka Suisan: Deep-Fried Fish Cakes, Hot and Fresh</title></head><body><article>${h1}${paragraphs(4)}</article></body></html>`, 'p.html')
    expect(inside.blocks.filter((b) => b.kind === 'heading')).toEqual([])
  })

  it('takes a headline less a link to another page set at its start or end (its section, the site\'s name)', () => {
    const section = '<h1 class="entry-title"><div class="entry-section"><a href="https://example.com/news/politics/">Politics | </a></div><span class="dfm-title">St. Louis Park elects a new mayor</span></h1>'
    const site = '<h1><span class="define">Anticorrupción decidirá en Madrid si recurre la imputación</span><a href="/mallorca.html">Ultima Hora Mallorca</a></h1>'
    const page = (h1: string, title: string) => `<html><head><title>${title}</title></head><body>${h1}<article>${paragraphs(4)}</article></body></html>`
    expect(parseHtml(page(section, 'St. Louis Park elects a new mayor – Twin Cities'), 'p.html').meta.title).toBe('St. Louis Park elects a new mayor')
    expect(parseHtml(page(site, 'Anticorrupción decidirá en Madrid si recurre la imputación » Ultima Hora Mallorca'), 'p.html').meta.title).toBe('Anticorrupción decidirá en Madrid si recurre la imputación')
    // (a link inside the headline's words stays, and so does a headline that is a link whole)
    const inside = '<h1>Ministers back <a href="/tags/rail">rail</a> plan for the north</h1>'
    expect(parseHtml(page(inside, 'Ministers back rail plan for the north'), 'p.html').meta.title).toBe('Ministers back rail plan for the north')
  })

  it('parts the words an icon stands between, as the page shows them ("Kanae’s Review" and "8.5/10")', () => {
    const review = (name: string, score: string) => `<h3 class="individual-review__title">${name}’s Review<i class="fa fa-thumbs-o-up" aria-hidden="true" aria-label="Recommended"></i><span class="individual-review_rating">${score}</span></h3>${paragraphs(2)}`
    const page = `<html><head><title>Dezuka Suisan</title></head><body><article>${paragraphs(3)}${review('Kanae', '8.5/10')}${review('Moeko', '8/10')}</article></body></html>`
    const a = parseHtml(page, 'p.html')
    expect(blockTexts(a).filter((t) => t.includes('Review'))).toEqual(['Kanae’s Review 8.5/10', 'Moeko’s Review 8/10'])
  })

  it('takes a headline less a control set inside its h1 (a watch list\'s "Add to ..." link), and a date from the words of a <time> whose value cannot be a date', () => {
    const head = '<title>Oil prices and interest rates: What to watch in 2015 - The Globe and Mail</title><meta property="og:title" content="Oil prices and interest rates: What to watch in 2015">'
    const h1 = '<h1 class="entry-title">Oil prices and interest rates: What to watch in 2015 <a href="#" class="addtowatchlist" title="Add to ...">Add to ...</a></h1>'
    const time = '<p>Published <time datetime="2014-00-29T23:12:27Z" pubdate>Monday, Dec. 29 2014, 6:00 PM EST</time></p>'
    const a = parseHtml(`<html><head>${head}</head><body><div class="head_titles">${h1}${time}</div><article>${paragraphs(4)}</article></body></html>`, 'p.html')
    expect(a.meta.title).toBe('Oil prices and interest rates: What to watch in 2015')
    expect(a.meta.date).toBe('2014-12-29')
  })

  it('takes a headline less the label of the kind of piece before it ("Column: …", "Opinion | …"), not a colon of the headline\'s own', () => {
    const page = (h: string) => `<html><head><title>${h} - Los Angeles Times</title><meta property="og:title" content="${h}"></head><body><article><h1>${h}</h1>${paragraphs(4)}</article></body></html>`
    expect(parseHtml(page('Column: The Gannett/GateHouse merger sends a dismal signal'), 'p.html').meta.title).toBe('The Gannett/GateHouse merger sends a dismal signal')
    expect(parseHtml(page('Opinion | Why the harbour road plan failed'), 'p.html').meta.title).toBe('Why the harbour road plan failed')
    expect(parseHtml(page('Columbus: The harbour road plan failed'), 'p.html').meta.title).toBe('Columbus: The harbour road plan failed')
    // (nor a headline that is the label and a word or two)
    expect(parseHtml(page('Analysis: Brexit'), 'p.html').meta.title).toBe('Analysis: Brexit')
    // a series' tag in brackets, in any script; not brackets inside a word
    expect(parseHtml(page('[CEO&amp;]창의적 열정과 소통, 초일류 시험인증 기업이 간다'), 'p.html').meta.title).toBe('창의적 열정과 소통, 초일류 시험인증 기업이 간다')
    expect(parseHtml(page('[Video] How the harbour road plan failed'), 'p.html').meta.title).toBe('How the harbour road plan failed')
    expect(parseHtml(page('[Un]common sense on the harbour road'), 'p.html').meta.title).toBe('[Un]common sense on the harbour road')
  })

  it('reads the day of a published time written in ISO\'s basic form or with a broken time ("20210504T132005+0200", "2022-05-04-0305:49:00-10800")', () => {
    const page = (time: string) => `<html><head><title>T</title><meta property="article:published_time" content="${time}"></head><body><article><h1>T</h1>${paragraphs(4)}</article></body></html>`
    expect(parseHtml(page('20210504T132005+0200'), 'p.html').meta.date).toBe('2021-05-04')
    expect(parseHtml(page('2022-05-04-0305:49:00-10800'), 'p.html').meta.date).toBe('2022-05-04')
    // (a well-formed time stays, for the cover to leave out)
    expect(parseHtml(page('2022-05-04T05:49:00Z'), 'p.html').meta.date).toBe('2022-05-04T05:49:00Z')
    // (and numbers no reader can take for another day: the year first, "2025/12/03", or a day and a month set off by stops, "03.12.2025")
    expect(parseHtml(page('2025/12/03'), 'p.html').meta.date).toBe('2025-12-03')
    expect(parseHtml(page('03.12.2025'), 'p.html').meta.date).toBe('2025-12-03')
    expect(parseHtml(page('12/03/2025'), 'p.html').meta.date).toBe('12/03/2025')
  })

  it('reads the date a page shows in an element its class names the published one, with its time or in Chinese, Japanese or Korean signs', () => {
    const page = (shown: string) => parseHtml(`<html><head><title>T</title></head><body><article><h1>T</h1><div class="article__date--published">${shown}</div>${paragraphs(4)}</article></body></html>`, 'p.html').meta.date
    expect(page('19.2.2020 klo 14.00')).toBe('2020-02-19')
    expect(page('2019年4月4日')).toBe('2019-04-04')
    expect(page('2023년 2월 5일')).toBe('2023-02-05')
    // (the day as written, not moved by the time and zone beside it)
    expect(page('Published 11:34 PM EST Nov 19, 2019')).toBe('2019-11-19')
  })

  it('takes the headline marked on the page, not the site\'s logo in an h1, nor a title Readability cut at its colon', () => {
    const page = (head: string) => `<html><head><title>Outside the web: standalone binaries · V8</title></head><body>
      <header><h1><a href="/">V8</a></h1></header><article>${head}<h2>Using standalone mode <a href="#using" class="bookmark">#</a></h2>${paragraphs(5)}<h2>Conclusion<a class="headerlink" href="#conclusion">¶</a></h2>${paragraphs(2)}<h2 id='q1'><a href='#q1'>#</a> Submission date <a href='#'>^</a></h2>${paragraphs(2)}<h2>Examples<span class="mw-editsection">[<a href="/edit">edit</a>]</span></h2>${paragraphs(2)}</article></body></html>`
    for (const head of ['<h1 itemprop="headline">Outside the web: standalone binaries</h1>', '<h1>Outside the web: standalone binaries</h1>']) {
      const a = parseHtml(page(head), 'page.html')
      expect(a.meta.title, head).toBe('Outside the web: standalone binaries')
      // (the heading's permalink mark is the page's, not the title's)
      expect(blockTexts(a), head).toContain('Using standalone mode')
      expect(blockTexts(a), head).toContain('Conclusion')
      // (nor the marks of an anchor and of the way back up, on either side)
      expect(blockTexts(a), head).toContain('Submission date')
      expect(blockTexts(a), head).toContain('Examples')
    }
    // the headline the page shows over one written for sharing with its site's name after a colon or a dash; not a box's line over the story
    const shared = (h1: string) => `<html><head><title>Dylann Roof Convicted Of Charleston Church Massacre : The Two-Way : NPR</title><meta property="og:title" content="Dylann Roof Convicted Of Charleston Church Massacre : The Two-Way : NPR"></head><body><h1>${h1}</h1><article>${paragraphs(5)}</article></body></html>`
    expect(parseHtml(shared('Jury Finds Dylann Roof Guilty In S.C. Church Shooting'), 'npr.html').meta.title).toBe('Jury Finds Dylann Roof Guilty In S.C. Church Shooting')
    expect(parseHtml(shared('thanks for visiting our site.'), 'npr.html').meta.title).not.toBe('thanks for visiting our site.')
    // (a logo linking to the site's index page, and the headline's permalink mark)
    const docs = `<html><head><title>Evolve: Shared Mutable History — evolve extension for Mercurial</title></head><body><h1 class="heading"><a href="index.html"><span>evolve extension for Mercurial</span></a></h1><div class="section"><h1><a class="toc-backref" href="#id4">Evolve: Shared Mutable History</a><a class="headerlink" href="#evolve">¶</a></h1>${paragraphs(5)}</div></body></html>`
    expect(parseHtml(docs, 'docs.html').meta.title).toBe('Evolve: Shared Mutable History')
    expect(withoutSiteName('Outside the web: standalone binaries · V8')).toBe('Outside the web: standalone binaries')
    // the page's headline, its <title> too, over an og:title of the site's own
    const generic = `<html><head><title>Russia: Space ship breaks up over Siberia</title><meta property="og:title" content="Yahoo News - Latest News &amp; Headlines"></head><body><article><h1>Russia: Space ship breaks up over Siberia</h1>${paragraphs(5)}</article></body></html>`
    expect(parseHtml(generic, 'p.html').meta.title).toBe('Russia: Space ship breaks up over Siberia')
    // meta tags written with "value" for "content"; the story's h1 in its <header> over another og:title
    const valued = `<html><head><title>Secret of the giant flowers - Science Weekly</title><meta name="og:title" value="Secret of the parasitic flowers"><meta name="og:description" value="The genome of the largest flower shows what parasites can do."></head><body><header><h1>Secret of the giant flowers</h1></header><article>${paragraphs(5)}</article></body></html>`
    const v = parseHtml(valued, 'p.html')
    expect([v.meta.title, v.meta.description]).toEqual(['Secret of the giant flowers', 'The genome of the largest flower shows what parasites can do.'])
    // not an h1 that is the name the og:title ends on, the site's logo
    const logo = `<html><head><meta property="og:title" content="Network Rail closes the harbour road - Rail Network News"></head><body><h1>Rail Network News</h1><article>${paragraphs(5)}</article></body></html>`
    expect(parseHtml(logo, 'p.html').meta.title).toBe('Network Rail closes the harbour road - Rail Network News')
    // (nor a logo's h1 the <title> ends on after "--": the title is the rest)
    const linked = `<html><head><title>Editorial: Android's problem isn't fragmentation, it's contamination -- Engadget</title></head><body><a href="http://www.engadget.com/"><h1><span>Engadget</span></h1></a><div class="post">${paragraphs(5)}</div></body></html>`
    expect(parseHtml(linked, 'p.html').meta.title).toBe("Android's problem isn't fragmentation, it's contamination")
    const blog = `<html><head><meta property="og:title" content="Harbour Road Walk In Autumn Colours @ Anna's Trail Notes :: Trail Blogs Network ::"></head><body><h1>Trail Blogs Network</h1><article>${paragraphs(5)}</article></body></html>`
    expect(parseHtml(blog, 'p.html').meta.title).toBe('Harbour Road Walk In Autumn Colours')
    // of two h1s, the story's, the one the page's title opens with, not the site's name set over it
    const two = `<html><head><title>Winda w chmurach | Obyczaje | Dwutygodnik</title><meta property="og:title" content="Winda w&nbsp;chmurach / Obyczaje / dwutygodnik.com"></head><body><h1>Dwutygodnik - strona kultury</h1><article><h1 class="title">Winda w&nbsp;chmurach</h1>${paragraphs(5)}</article></body></html>`
    expect(parseHtml(two, 'p.html').meta.title).toBe('Winda w chmurach')
    // nor the site's name set as an h1 linking to its home page ("…/index.cfm/home")
    const home = `<html><head><title>News Releases - Newsroom - Murray &amp; Cantwell Applaud Key Provision - United States Senator Patty Murray</title></head><body><h1 id="header"><a href="https://www.murray.senate.gov/public/index.cfm/home">United States Senator Patty Murray</a></h1><article><h1 class="title"><a href="/newsreleases?ID=28">Murray &amp; Cantwell Applaud Key Provision</a></h1>${paragraphs(5)}</article></body></html>`
    expect(parseHtml(home, 'p.html').meta.title).toBe('Murray & Cantwell Applaud Key Provision')
  })

  it('leaves out the dek and a kicker set as headings above the story, and reads a lede set as a heading as a paragraph', () => {
    const dek = 'Two-year-old bug exposes thousands of servers to crippling attack.'
    const lede = 'The U.S. has long been heralded as a land of opportunity -- a place where anyone can succeed regardless of the economic class they were born into.'
    const html = `<html><head><title>Minecraft exploit | Ars</title><meta name="description" content="${dek}"></head><body><article>
      <h1>Minecraft exploit</h1><h2>Biz &amp; IT —</h2><h2>${dek}</h2><p>1:39 PM ET</p><h2>${lede}</h2>${paragraphs(5)}<h2>What comes next</h2>${paragraphs(2)}</article></body></html>`
    const a = parseHtml(html, 'page.html')
    expect(a.meta.description).toBe(dek)
    const headings = a.blocks.filter((b) => b.kind === 'heading').map((b) => a.text.slice(b.start, b.end))
    expect(headings).toEqual(['What comes next'])
    expect(a.text).toContain(lede)
  })

  it('leaves out captions by their class, a gallery\'s captions listed after its picture, and the note on the author', () => {
    const html = `<html><head><title>Whales</title></head><body><article><h1>Whales</h1>${paragraphs(3)}
      <div class="inline-photo"><img src="a.jpg"><br><span class="pb-caption">Netanyahu visits the Western Wall in Jerusalem on March 18.</span></div>
      <figure><img src="b.jpg"></figure><ul><li><p>Hori Parata at his farm, the place where he was born</p></li></ul>
      <div class="thumb tright"><div class="thumbinner"><img src="c.jpg"><div class="thumbcaption">Anzac Day service at the National War Memorial</div></div></div>
      ${paragraphs(3)}
      <p>The steps are:</p><ul><li>Mix the plaster</li><li>Pour it in</li><li>Leave it to dry</li></ul>
      <div class="post-body-bio">Since joining The Post, he has covered economics, China and energy.</div></article></body></html>`
    const text = blockTexts(parseHtml(html, 'page.html')).join(' ')
    for (const gone of ['Western Wall', 'Hori Parata', 'Since joining', 'Anzac Day']) expect(text, gone).not.toContain(gone)
    for (const kept of ['Mix the plaster', 'Leave it to dry']) expect(text).toContain(kept)
    // a class that says what an element lacks ("hasnt-bio") is no caption's: the byline in it stays the byline
    const signed = html.replace('<h1>Whales</h1>', '<h1>Whales</h1><div class="pb-sig-line hasnt-bio"><span class="pb-byline">By <a href="/people/jane">Jane Doe</a></span></div>')
    expect(parseHtml(signed, 'page.html').meta.byline).toBe('Jane Doe')
  })

  it('leaves out a line set in a box with a picture and nothing else, whatever its class, not a paragraph beside a picture in the prose', () => {
    const prose = (k: string) => Array.from({ length: 4 }, (_, i) => `<p>The ${k} paragraph ${i + 1} tells how the city renamed its streets after campaigners, and residents argued for months.</p>`).join('')
    const box = '<div class="picBox"><a href="#"><img src="a.jpg" alt="Tahir Della"></a><p>Tahir Della helped organize the new initiative</p></div>'
    const beside = '<div><img src="b.jpg" alt=""><p>The council voted on the new names on Tuesday.</p><p>Residents will be asked for their views next month.</p></div>'
    const text = blockTexts(parseHtml(`<html><head><title>Streets</title></head><body><article><h1>Streets</h1>${prose('first')}${box}${beside}${prose('second')}</article></body></html>`, 'page.html')).join(' ')
    expect(text).not.toContain('Tahir Della helped')
    expect(text).toContain('The council voted on the new names')
  })

  it('leaves out another story\'s headline behind a label in bold, not a labelled sentence', () => {
    const prose = (k: string) => Array.from({ length: 3 }, (_, i) => `<p>The ${k} paragraph ${i + 1} tells how the two guards were charged on Tuesday with falsifying the prison's records.</p>`).join('')
    const promo = '<p><strong>Internal memo: </strong>Federal prison guards falsified records of cell checks, inmate counts</p>'
    const note = '<p><strong>Note:</strong> The prison records were released by the court on Tuesday.</p>'
    const html = `<html><head><title>Guards</title></head><body><article><h1>Guards</h1>${prose('first')}${note}${promo}<h2>Investigators focused on the guards</h2>${prose('second')}</article></body></html>`
    const text = blockTexts(parseHtml(html, 'page.html')).join(' ')
    expect(text).not.toContain('Federal prison guards falsified')
    expect(text).toContain('The prison records were released by the court')
  })

  it('leaves out another story\'s headline whose last words are its link ("Były dowódca wojsk USA w Europie: <a>Rosja jest groźna</a>"), not a sentence that ends on a link', () => {
    const prose = (k: string) => Array.from({ length: 3 }, (_, i) => `<p>The ${k} paragraph ${i + 1} tells how the new carrier sailed out of Portsmouth for its first long voyage to Asia.</p>`).join('')
    const promo = '<p><em>Były dowódca wojsk USA w Europie: <a href="https://www.polityka.pl/swiat/1926578,1,rosja.read">Rosja jest groźna</a></em></p>'
    const own = '<p>The carrier’s route is on the navy’s page: <a href="https://navy.example/route">the route, day by day</a>.</p>'
    const html = `<html><head><title>Carrier</title></head><body><article><h1>Carrier</h1>${prose('first')}${own}${promo}<h2>A year at sea</h2>${prose('second')}</article></body></html>`
    const text = blockTexts(parseHtml(html, 'page.html')).join(' ')
    expect(text).not.toContain('Rosja jest groźna')
    expect(text).toContain('the route, day by day')
  })

  it('reads a list item left open whose words run on into the paragraph after it, in lower case, as one item; not one closed by a full stop', () => {
    const prose = (k: string) => Array.from({ length: 3 }, (_, i) => `<p>The ${k} paragraph ${i + 1} tells how the fund will be spent over the next five years across the country.</p>`).join('')
    const items = '<p>• Dużymi projektami są rozwój sieci 5G (1,4 mld zł)</p><p>i sieci szerokopasmowego internetu (1,1 mld euro).</p><p>• Na ochronę zdrowia przeznaczono 4,5 mld zł.</p><p>then the council voted on the plan and approved it.</p>'
    const a = parseHtml(`<html><head><title>Fund</title></head><body><article><h1>Fund</h1>${prose('first')}${items}${prose('second')}</article></body></html>`, 'page.html')
    const kinds = a.blocks.map((b) => [b.kind, a.text.slice(b.start, b.end)])
    expect(kinds).toContainEqual(['list-item', 'Dużymi projektami są rozwój sieci 5G (1,4 mld zł) i sieci szerokopasmowego internetu (1,1 mld euro).'])
    expect(kinds).toContainEqual(['paragraph', 'then the council voted on the plan and approved it.'])
  })

  it('leaves out an embedded video\'s box and its title', () => {
    const video = '<div class="responsive-video"><div class="responsive-video__title">Le previsioni meteo da oggi a domenica 23 febbraio</div><iframe class="responsive-video__player" src="//video.example.it/embed/1"></iframe></div>'
    const page = `<html><head><title>Meteo</title></head><body><article><h1>Meteo</h1>${paragraphs(2)}${video}${paragraphs(2)}</article></body></html>`
    expect(parseHtml(page, 'v.html').text).not.toContain('Le previsioni meteo')
  })

  it('reads a filing\'s page inside its SGML wrapper, no editor\'s placeholder as its title, and the headline under its letterhead', () => {
    const letterhead = '<p>Exhibit 99.1</p><table><tr><td>The Harbour Ferry Company</td><td>2407 W. 24th St. Kearney, NE 68845</td></tr><tr><td>phone: 308-236-8491</td><td>fax: 308-236-4493</td></tr></table>'
    const page = `<html><head><title>Document</title></head><body>${letterhead}<p><b>THE HARBOUR FERRY COMPANY REPORTS THIRD QUARTER NET INCOME</b></p>${paragraphs(4)}<p><b>CONSOLIDATED STATEMENTS OF INCOME</b></p>${paragraphs(1)}</body></html>`
    const wrapped = `<DOCUMENT>\n<TYPE>EX-99.1\n<SEQUENCE>2\n<FILENAME>ex99.htm\n<TEXT>\n${page}\n</TEXT>\n</DOCUMENT>`
    const a = parseHtml(wrapped, 'filing.html')
    expect(a.text).toContain('Paragraph 1 of the story')
    expect(a.meta.title).toBe('THE HARBOUR FERRY COMPANY REPORTS THIRD QUARTER NET INCOME')
    expect(a.meta.title).not.toBe('Document')
    // (the letterhead's table, address and telephone, no part of the story)
    expect(a.text).not.toMatch(/fax|2407 W|Exhibit 99/u)
    expect(a.tables).toEqual([])
  })

  it('leaves out a box floated beside the story (a column\'s teaser, a podcast) and the site\'s list of its most read stories', () => {
    const box = '<p><div class="mod-container mod-inline content-box floatright"><div class="mod-content"><h4>Munson: Attorneys Not After Impartiality</h4><p>It seemed the trial attorneys sought fair jurors, but that\'s not the case, writes Lester Munson. <b><a href="/story">Story</a></b></p></div></div></p>'
    const mostRead = '<div class="component-most-read"><header>Most Read</header><ol><li>Meta smart glasses can be used to dox anyone in seconds, study finds</li><li>Thousands of Linux systems infected by stealthy malware</li></ol></div>'
    const page = `<html><head><title>Trial</title></head><body><article><h1>Trial</h1>${paragraphs(2)}${box}${paragraphs(2)}</article>${mostRead}</body></html>`
    const text = parseHtml(page, 'p.html').text
    expect(text).not.toMatch(/Munson|Impartiality|smart glasses|Most Read/u)
    expect(text).toContain('Paragraph 1 of the story')
  })

  it('reads a page whose IE conditional comments open several <html> tags, and leaves out its picture gallery', () => {
    const prose = Array.from({ length: 5 }, (_, i) => `<p>The city renamed street number ${i + 1} after a campaigner, and residents argued about it for months before the council voted.</p>`).join('')
    const gallery = '<div class="gallery col3"><ul class="slides"><li><h4>Colonial history</h4><h2>German colonies</h2><p>Acquisitions were made in the Pacific and in China, a gallery says under its picture.</p></li></ul></div>'
    const html = `<!DOCTYPE html>\n<!--[if lt IE 7]><!--> <html lang="en" class="ie6"> <!--<![endif]-->\n<!--[if IE 7 ]><!--> <html lang="en" class="ie7"> <!--<![endif]-->\n<!--[if lt IE 9]><html class="old"><![endif]-->\n<head><title>Streets</title></head><body><article><h1>Streets</h1>${prose}${gallery}</article></body></html>`
    const text = blockTexts(parseHtml(html, 'page.html')).join(' ')
    expect(text).toContain('renamed street number 5')
    expect(text).not.toContain('Acquisitions were made')
  })

  it('takes a description the site cut back to its last whole sentence, or leaves it out when it has none', () => {
    const page = (d: string) => `<html><head><title>Chaos</title><meta name="description" content="${d}"></head><body><article><h1>Chaos</h1>${paragraphs(4)}</article></body></html>`
    expect(parseHtml(page('Two women programmers played a pivotal role in the birth of chaos theory. Their untold story illustrates the status of computation in'), 'p.html').meta.description).toBe('Two women programmers played a pivotal role in the birth of chaos theory.')
    expect(parseHtml(page('Their untold story illustrates the changing status of computation in'), 'p.html').meta.description).toBeUndefined()
    expect(parseHtml(page('Drug-resistant bacteria, dubbed '), 'p.html').meta.description).toBeUndefined()
    expect(parseHtml(page('Emscripten now supports standalone Wasm files'), 'p.html').meta.description).toBe('Emscripten now supports standalone Wasm files')
  })

  it('keeps a highlighted code block\'s lines and its comments (a token classed "comment" is code, no page widget)', () => {
    const code = '<pre class="language-c"><code><span class="token comment">// add.c</span><br /><span class="token keyword">int</span> add<span>(</span>int x<span>)</span> {<br /><br />  <span class="token keyword">return</span> x;<br />}</code></pre>'
    const a = parseHtml(`<html><head><title>Wasm</title></head><body><article><h1>Wasm</h1>${paragraphs(3)}<p>Here is the program:</p>${code}${paragraphs(2)}</article></body></html>`, 'p.html')
    const block = a.blocks.find((b) => b.kind === 'code')!
    expect(a.text.slice(block.start, block.end)).toBe('// add.c\nint add(int x) {\n  return x;\n}')
  })

  it('keeps paragraphs whose class names a widget when they hold most of the page (a magazine marks its text "paywall")', () => {
    const gated = paragraphs(6).replace(/<p>/g, '<p class="paywall">')
    const a = parseHtml(`<html><head><title>Lessons</title></head><body><article><h1>Lessons</h1>${paragraphs(1)}${gated}</article><div class="paywall-modal"><p>Subscribe now to keep reading the magazine.</p></div></body></html>`, 'p.html')
    expect(blockTexts(a).filter((t) => t.startsWith('Paragraph'))).toHaveLength(7)
    expect(a.text).not.toContain('Subscribe now')
  })

  it('walks pre, nested lists, tables and loose text', () => {
    const html = `<html><body><article>${paragraphs(3)}
      <pre>line 1
  line 2</pre>
      <p><code>#include &lt;std/disclaimer.h&gt;</code><br><code>use Standard::Disclaimer;</code></p>
      <p>Run <code>npm test</code> before every commit to see what the change broke in the deck.</p>
      <ul><li>Item <b>one</b><ul><li>Sub item</li></ul></li></ul>
      <table><tr><th>Year</th><th>Total</th></tr><tr><td>2024</td><td>12</td></tr></table>
      <div>Loose text in a div, long enough to count as a paragraph of its own in the article body.</div>
    </article></body></html>`
    const a = parseHtml(html, 'x.html')
    expectWellFormed(a)
    const texts = blockTexts(a)
    expect(texts).toContain('line 1\n  line 2')
    expect(a.blocks.find((b) => a.text.slice(b.start, b.end).startsWith('#include'))?.kind).toBe('code')
    expect(a.blocks.find((b) => a.text.slice(b.start, b.end).startsWith('Run '))?.kind).toBe('paragraph')
    expect(texts).toEqual(expect.arrayContaining(['Item one', 'Sub item', 'Year\tTotal\n2024\t12']))
    expect(a.tables.map((t) => [t.head.map((r) => r.map((c) => c.text)), t.body.map((r) => r.map((c) => c.text))])).toEqual([[[['Year', 'Total']], [['2024', '12']]]])
    expect(a.blocks.find((b) => a.text.slice(b.start, b.end) === 'Sub item')?.kind).toBe('list-item')
  })

  it('reads a short line in capitals between paragraphs as a subhead, not an acronym or two', () => {
    const html = `<html><head><title>T</title></head><body><article><h1>T</h1>${paragraphs(3)}<p>DISAPPOINTING NIGHT FOR ‘IRISHMAN’</p>${paragraphs(3)}<p>NASA ESA</p>${paragraphs(2)}<p>FRANCE WINS</p>${paragraphs(2)}<p>ARGENTINA CRUISES</p>${paragraphs(2)}</article></body></html>`
    const a = parseHtml(html, 'x.html')
    expect(a.blocks.filter((b) => b.kind === 'heading').map((b) => a.text.slice(b.start, b.end))).toEqual(['DISAPPOINTING NIGHT FOR ‘IRISHMAN’', 'FRANCE WINS', 'ARGENTINA CRUISES'])
  })

  it('reads no Japanese paragraph as a subhead in capitals for its Latin acronyms, nor a bold one for its few spaces', () => {
    const ja = '調査目的のスキャンについては、NICT が公開している NICTER 観測レポートによると、2018年の総パケット数の約35%が TCP SYN と UDP による調査目的のスキャンだったとされています。IIJ でも同様の傾向が見られます'
    const html = `<html><head><title>T</title></head><body><article><h1>T</h1>${paragraphs(3)}<p>${ja}</p><p><b>${ja}</b></p>${paragraphs(2)}<h2>調査目的と見られるスキャンの増加</h2>${paragraphs(2)}</article></body></html>`
    const a = parseHtml(html, 'x.html')
    expect(a.blocks.filter((b) => b.kind === 'heading').map((b) => a.text.slice(b.start, b.end))).toEqual(['調査目的と見られるスキャンの増加'])
    expect(a.blocks.filter((b) => a.text.slice(b.start, b.end) === ja).map((b) => b.kind)).toEqual(['paragraph', 'paragraph'])
  })

  it('leaves out the footnotes of WordPress\'s "footnotes" plugin: the tooltip inside a sentence and the table of notes at the end', () => {
    const note = '<span class="footnote_referrer"><sup class="footnote_plugin_tooltip_text">[1]</sup><span class="footnote_tooltip" id="t1">Some note about the source, with its own full stop. https://example.org/</span></span>'
    const html = `<html><head><title>T</title></head><body><article><h1>T</h1>${paragraphs(3)}<p>The toolkit ships with a list of addresses${note} and scans port 52869 on each of them.</p>${paragraphs(2)}
      <div class="speaker-mute footnotes_reference_container"><table class="footnotes_table"><tr class="footnotes_plugin_reference_row"><th>↑1</th><td>Some note about the source, with its own full stop.</td></tr></table></div></article></body></html>`
    const a = parseHtml(html, 'x.html')
    expect(a.text).not.toContain('Some note')
    expect(a.tables).toEqual([])
    expect(blockTexts(a).some((t) => t.startsWith('The toolkit ships with a list of addresses') && t.endsWith('and scans port 52869 on each of them.'))).toBe(true)
  })

  it('takes the headline, not the kicker its element sets above it in a "subheadline" (The Economist), and no date for the byline', () => {
    const html = `<html><head><title>T</title></head><body><article><h1><span class="article__subheadline">Open Progress</span><br/><span class="article__headline">Why collaborative thinking beats individual smarts</span></h1><p class="article__dateline">Jun 18th 2018</p>${paragraphs(4)}</article></body></html>`
    const a = parseHtml(html, 'x.html')
    expect(a.meta.title).toBe('Why collaborative thinking beats individual smarts')
    expect(a.meta.byline).toBeUndefined()
  })

  it('reads an element that says it is a heading with ARIA (role="heading", aria-level) as a heading of that level', () => {
    const html = `<html><head><title>T</title></head><body><article><h1>T</h1>${paragraphs(2)}<div role="heading" aria-level="3" class="heading-h3">A History of Firsts</div>${paragraphs(2)}<div role="heading">A Future of Firsts</div>${paragraphs(2)}</article></body></html>`
    const a = parseHtml(html, 'x.html')
    expect(a.blocks.filter((b) => b.kind === 'heading').map((b) => [a.text.slice(b.start, b.end), b.depth])).toEqual([['A History of Firsts', 3], ['A Future of Firsts', 2]])
  })

  it('reads a subheading the page runs into its paragraph, marked by its class ("intertitre"), as a heading before it', () => {
    const run = (cls: string, head: string) => `<p><span class="${cls}">${head} </span>Les effets nocifs sur la santé du glyphosate ne sont pas démontrés, disent les agences.</p>`
    const html = `<html><head><title>T</title></head><body><article><h1>T</h1>${paragraphs(2)}${run('wysiwyg_format--intertitre', 'Danger et risque.')}${paragraphs(2)}${run('wysiwyg_format--intertitre', 'Retours d’expérience.')}${paragraphs(1)}${run('highlight', 'Une phrase en gras.')}</article></body></html>`
    const a = parseHtml(html, 'x.html')
    expect(a.blocks.filter((b) => b.kind === 'heading').map((b) => a.text.slice(b.start, b.end))).toEqual(['Danger et risque', 'Retours d’expérience'])
    expect(a.text).toContain('Une phrase en gras. Les effets')
  })

  it('reads a paragraph its class names a subheading ("<p class=\"title\">"), a line alone before the text, as a heading; not a list of other stories\' titles', () => {
    const html = `<html><head><title>T</title></head><body><article><h1>T</h1>${paragraphs(2)}<p class="title">Choroba współdzielona</p>${paragraphs(2)}<p class="title">Dziecko</p>${paragraphs(2)}</article><div class="more"><p class="title">Another story of the site</p><p class="title">And one more story</p></div></body></html>`
    const a = parseHtml(html, 'x.html')
    expect(a.blocks.filter((b) => b.kind === 'heading').map((b) => a.text.slice(b.start, b.end))).toEqual(['Choroba współdzielona', 'Dziecko'])
    expect(a.text).not.toContain('Another story')
  })

  it('reads a line of its own between the paragraphs, its class a subheading\'s ("<span class=\"cross-head\">"), as a heading', () => {
    const html = `<html><head><title>T</title></head><body><div class="story-body"><h1>T</h1>${paragraphs(2)}<span class="cross-head">Enigma</span>${paragraphs(2)}<span class="cross-head">Story doubted</span>${paragraphs(2)}</div></body></html>`
    const a = parseHtml(html, 'x.html')
    expect(a.blocks.filter((b) => b.kind === 'heading').map((b) => a.text.slice(b.start, b.end))).toEqual(['Enigma', 'Story doubted'])
  })

  it('takes the date published ("og:article:published_time") before the date the page was last revised on ("sailthru.date")', () => {
    const html = `<html><head><title>T</title><meta name="sailthru.date" value="2016-12-15T13:50:38Z"><meta value="2016-12-14T06:02:15Z" name="og:article:published_time"></head><body><article><h1>T</h1>${paragraphs(4)}</article></body></html>`
    expect(parseHtml(html, 'x.html').meta.date).toMatch(/^2016-12-14/)
  })

  it('takes the date a page gives under another name ("DisplayDate", "citation_publication_date")', () => {
    const page = (meta: string) => parseHtml(`<html><head><title>T</title>${meta}</head><body><article><h1>T</h1>${paragraphs(4)}</article></body></html>`, 'x.html').meta.date
    expect(page('<meta name="DisplayDate" content="2010-08-18">')).toBe('2010-08-18')
    expect(page('<meta name="citation_publication_date" content="2021/03/04">')).toMatch(/^2021-03-04/)
  })

  it('dates a release by the day behind its label ("<strong>Datum</strong> 28.01.2022"), and leaves that line and the press contact after the story off', () => {
    const html = `<html><head><title>T</title></head><body><article><h1>T</h1><p class="docData pressrelease"><strong class="label">Ort</strong> <span>Saarbrücken</span><br/>
<strong class="label">Datum</strong> <span>28.01.2022</span></p>${paragraphs(4)}<h2>Pressekontakt:</h2><p>Bundesamt für Sicherheit in der Informationstechnik Pressestelle Tel.: 0228-999582-5777 E-Mail: presse@bsi.bund.de</p></article></body></html>`
    const a = parseHtml(html, 'x.html')
    expect(a.meta.date).toBe('2022-01-28')
    expect(a.text).not.toContain('Saarbrücken')
    expect(a.text).not.toContain('Pressestelle')
  })

  it('leaves out a box set into the story that a link lets the reader skip, not the story around a like link with nothing to skip', () => {
    const box = '<div class="story-feature wide"><a class="hidden" href="#story_continues_2">Continue reading the main story</a><h2>Escape from the Deep</h2><ul><li>Louis de Bernieres returns to Kefalonia to tell the story</li><li>Broadcast on Friday on BBC Radio 4</li></ul></div>'
    const html = `<html><head><title>T</title></head><body><article><h1>T</h1>${paragraphs(2)}${box}<p id="story_continues_2">Capes guessed they had hit a mine, and he groped for a torch in the dark.</p>${paragraphs(2)}</article></body></html>`
    const a = parseHtml(html, 'x.html')
    expect(a.text).not.toContain('Escape from the Deep')
    expect(a.text).toContain('Capes guessed they had hit a mine')
    // (a link to no text right after its box skips nothing: an ad's slot)
    const ad = `<html><head><title>T</title></head><body><article><h1>T</h1>${paragraphs(2)}<div class="story-body-text"><a href="#after-ad">Continue reading the main story</a><p>Yahoo's sale to Verizon is a complicated beast, the lawyers say.</p></div>${paragraphs(2)}</article></body></html>`
    expect(parseHtml(ad, 'x.html').text).toContain('complicated beast')
  })

  it('takes the h1 the readers see for the title, not one the page hides ("<h1 class=\"hidden\">News</h1>")', () => {
    const html = `<html><head><title>News - Eawag</title><meta property="og:title" content="Auf das erste Elektron kommt es an"></head><body><h1 class="header pagetitle hidden">News</h1><article><h1>Auf das erste Elektron kommt es an</h1>${paragraphs(4)}</article></body></html>`
    expect(parseHtml(html, 'x.html').meta.title).toBe('Auf das erste Elektron kommt es an')
  })

  it('takes a day written day first with dots in an element its class names a date in another language ("<span class=\"tarih\">05.04.2025 - …")', () => {
    const html = `<html><head><title>T</title></head><body><article><h1>T</h1><div><span>Sehernur Karsu |</span><span class="tarih">05.04.2025 - Güncelleme : 06.04.2025</span></div>${paragraphs(4)}</article></body></html>`
    expect(parseHtml(html, 'x.html').meta.date).toBe('2025-04-05')
  })

  it('takes the date a page\'s address gives in its folders when the page gives none', () => {
    const page = (head: string) => parseHtml(`<html><head><title>T</title>${head}</head><body><article><h1>T</h1>${paragraphs(4)}</article></body></html>`, 'x.html').meta.date
    expect(page('<link rel="canonical" href="http://www.washingtonpost.com/world/netanyahu-victory/2015/03/18/44b7ce7c-cd7e-11e4.html">')).toBe('2015-03-18')
    expect(page('<link rel="canonical" href="https://example.org/2015/03/18/x"><meta property="article:published_time" content="2015-03-19T10:00:00Z">')).toMatch(/^2015-03-19/)
    // (a time stamp in UTC that falls in the small hours after the address's day is that day's evening where the page was published)
    expect(page('<link rel="canonical" href="https://example.org/2022/04/21/x"><meta property="article:published_time" content="2022-04-22T04:11:00+00:00">')).toBe('2022-04-21')
    expect(page('<link rel="canonical" href="https://example.org/2022/04/21/x"><meta property="article:published_time" content="2022-04-22T04:11:00-06:00">')).toMatch(/^2022-04-22/)
    // (a number in the site's name is no year)
    expect(page('<link rel="canonical" href="https://2015.example.org/03/18/x">')).toBeUndefined()
  })

  it('takes the day the page shows by the story over a UTC time stamp of the small hours after it, day first or month first', () => {
    const page = (head: string, shown: string) => parseHtml(`<html><head><title>T</title>${head}</head><body><article><h1>T</h1><div class="wgt-credits"><ul class="wgt-date"><li>Brasília</li><li>${shown}</li></ul></div>${paragraphs(4)}</article></body></html>`, 'x.html').meta.date
    const utc = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"T","datePublished":"2022-05-04T00:44:52.000Z"}</script>'
    expect(page(utc, '03/05/2022 21:44')).toBe('2022-05-03')
    expect(page(utc, '05/03/2022 9:44 PM')).toBe('2022-05-03')
    // (a day the page shows far from the stamp, or a stamp in the day, leaves the stamp's day)
    expect(page(utc, '01/05/2022 21:44')).toMatch(/^2022-05-04/)
    expect(page(utc.replace('T00:44', 'T12:44'), '03/05/2022 21:44')).toMatch(/^2022-05-04/)
  })

  it('leaves out the words of a picture\'s block its classes name (BEM: "ngart-img__cont__copy", "article__image-desc"), not a media-and-text block\'s text', () => {
    const html = `<html><head><title>T</title></head><body><article><h1>T</h1>${paragraphs(3)}
      <div class="ngart-img"><img src="a.jpg"><div class="ngart-img__cont"><div class="ngart-img__cont__copy">The Redonda tree lizard, one of the reptiles that rebounded after invasive species were removed.</div><div class="ngart-img__cont__author">Photograph by Jane Doe</div></div></div>
      <div class="article__image"><img src="b.jpg"><p class="article__image-desc">In the photo, the prime minister in the government benches.</p></div>
      <div class="wp-block-media-text"><figure><img src="c.jpg"></figure><div class="wp-block-media-text__content"><p>The island's birds came back within two years of the goats leaving it.</p></div></div>
      ${paragraphs(2)}</article></body></html>`
    const a = parseHtml(html, 'x.html')
    expect(a.text).not.toMatch(/Redonda tree lizard|Photograph by|In the photo/u)
    expect(a.text).toContain('The island\'s birds came back')
  })

  it('reads a list in a table cell as its items with commas, not run together', () => {
    const html = `<html><head><title>T</title></head><body><article><h1>T</h1>${paragraphs(5)}
      <table><tr><th>Tool</th><th>How to use</th></tr><tr><td>mirrord</td><td><ul><li>CLI</li><li>Visual Studio Code extension</li><li>IntelliJ plugin</li></ul></td></tr><tr><td>Gefyra</td><td>CLI</td></tr></table></article></body></html>`
    const a = parseHtml(html, 'x.html')
    expect(a.tables[0]!.body.map((r) => r.map((c) => c.text))).toEqual([['mirrord', 'CLI, Visual Studio Code extension, IntelliJ plugin'], ['Gefyra', 'CLI']])
  })

  it('keeps a heading that sits alone in a <div> between text divs (a CMS section wrapper)', () => {
    const section = (id: string, title: string) =>
      `<div class="wrap"><div class="sec" id="${id}"><h2 class="title">\n ${title}\n </h2></div></div>
       <div class="text">${paragraphs(4)}</div>`
    const html = `<html><body><article><div class="grid"><div class="text">${paragraphs(4)}</div>
      ${section('intro', 'Introduction')}${section('more', 'More')}${section('design', 'Design choices')}</div></article></body></html>`
    const a = parseHtml(html, 'x.html')
    expectWellFormed(a)
    const headings = a.blocks.filter((b) => b.kind === 'heading').map((b) => [a.text.slice(b.start, b.end), b.depth])
    expect(headings).toEqual([['Introduction', 2], ['More', 2], ['Design choices', 2]])
  })

  it('throws INPUT_NO_ARTICLE for a page with no article body', async () => {
    await expectError(() => parseHtml('<html><head><title>Empty</title></head><body><nav><a href="/">Home</a></nav></body></html>', 'index.html'), 'INPUT_NO_ARTICLE', /^index\.html: /)
    await expectError(() => parseHtml('<html><body><script>var a = 1</script></body></html>', 'app.html'), 'INPUT_NO_ARTICLE')
    // a page of its headline alone, the deck's title taken from it, says so
    await expectError(() => parseHtml('<!doctype html><html><head><title>Weather of the stations</title></head><body><h1>Weather along the coast stations</h1></body></html>', 'title.html'), 'INPUT_NO_ARTICLE', /only a title or headings/)
  })
})

describe('parseHtml: a bullet the page lost to a question mark', () => {
  it('reads a paragraph opening on "? " and a capital as a list item without its mark', () => {
    const a = parseHtml(`<html><head><title>KPO</title></head><body><article><h1>KPO</h1>${'<p>The harbour board met on Monday to weigh the cost of a new ferry for the island, and the councillors argued for an hour about fares and timetables.</p>'.repeat(6)}<p>? Na ochronę zdrowia przeznaczono 4,5 mld zł.</p><p>? Na lepszą konkurencyjność gospodarki przeznaczono 4,7 mld euro.</p></article></body></html>`, 'p.html')
    const items = a.blocks.filter((b) => b.kind === 'list-item').map((b) => a.text.slice(b.start, b.end))
    expect(items).toEqual(['Na ochronę zdrowia przeznaczono 4,5 mld zł.', 'Na lepszą konkurencyjność gospodarki przeznaczono 4,7 mld euro.'])
  })
})

describe('parseHtml: <font>', () => {
  it('reads a paragraph through its <font> (a footnote mark in one), and a note whose number a <font> sets, as one paragraph each', () => {
    const essay = [
      '<html><head><title>The Four Quadrants of Conformism</title></head><body><table><tr><td><font size=2 face="verdana">',
      'One of the most revealing ways to classify people is by the degree and aggressiveness of their conformism.<br><br>',
      'I think that you will find all four types in most societies, and that which quadrant people fall into depends more on their own personality than the beliefs prevalent in their society.',
      '<font color=#dddddd>[<a href="conformism.html#f1n"><font color=#dddddd>1</font></a>]</font><br><br>',
      'Young children offer some of the best evidence for both points. Anyone who has been to primary school has seen the four types.<br><br>',
      '<b>Afterword</b><br><br>[<a name="f1n"><font color=#000000>1</font></a>] I realize of course that if people vary in any two ways, you can use them as axes.<br><br>',
      '</font></td></tr></table></body></html>',
    ].join('\n')
    const texts = blockTexts(parseHtml(essay, 'essay.html'))
    expect(texts.some((t) => /^\[?\d?\]?$/u.test(t.trim()))).toBe(false)
    expect(texts.find((t) => t.startsWith('I think'))).toMatch(/in their society\.\s*\[1\]$/u)
    expect(texts).toContain('[1] I realize of course that if people vary in any two ways, you can use them as axes.')
  })
})

describe('parseHtml: a subheading whose class Readability takes for furniture', () => {
  it('names Readability\'s own words for furniture and for content', () => {
    const { document } = parseHTML('<html><body><p>x</p></body></html>')
    const regexps = (new Readability(document as unknown as Document) as unknown as { REGEXPS: Record<string, RegExp> }).REGEXPS
    expect([READABILITY_UNLIKELY.source, READABILITY_MAYBE.source]).toEqual([regexps.unlikelyCandidates!.source, regexps.okMaybeItsACandidate!.source])
  })

  it('keeps "<h2 class="subheader">" between the story\'s paragraphs as a heading, not a post\'s title its class names', () => {
    const page = `<html><head><title>Alito and Prelogar</title></head><body><article><h1>Alito and Prelogar</h1><div class="article__content">${paragraphs(4)}<h2 class="subheader" id="overcoming-nerves">Overcoming nerves</h2>${paragraphs(3)}</div></article></body></html>`
    const a = parseHtml(page, 'p.html')
    expect(a.blocks.filter((b) => b.kind === 'heading').map((b) => a.text.slice(b.start, b.end))).toEqual(['Overcoming nerves'])
  })
})

describe('parseHtml: nested lists', () => {
  it('keeps how deep a list\'s item is nested', () => {
    const a = parseHtml(`<html><head><title>Notes</title></head><body><article><h1>Notes</h1>${paragraphs(3)}<ol><li>Update the following:<ul><li>Volar</li><li>nuxt</li></ul></li><li>Ship it.</li></ol></article></body></html>`, 'p.html')
    expect(a.blocks.filter((b) => b.kind === 'list-item').map((b) => [a.text.slice(b.start, b.end), b.nested ?? 0])).toEqual([['Update the following:', 0], ['Volar', 1], ['nuxt', 1], ['Ship it.', 0]])
  })
})

describe('parseHtml: a rubric above the headline', () => {
  it('leaves out the site\'s section set as a heading right before the story\'s h1', () => {
    const page = `<html><head><title>Russia's Nuclear Help to Iran</title></head><body><div id="article-section"><h2 class="section-title">Executive Branch</h2><h1 class="entry-title">Russia's Nuclear Help to Iran Stirs Questions</h1>${paragraphs(5)}</div></body></html>`
    const a = parseHtml(page, 'p.html')
    expect(a.blocks.filter((b) => b.kind === 'heading').map((b) => a.text.slice(b.start, b.end))).toEqual([])
    expect(a.meta.title).toBe("Russia's Nuclear Help to Iran Stirs Questions")
  })
})

describe('parseHtml: struck and underlined words, <tt>', () => {
  it('reads a paragraph of lines parted by <br> through its <strike> and <u>, and a <tt> as code', () => {
    const page = [
      '<html><head><title>Editorial: Android’s problem -- Engadget</title></head><body><div class="post">',
      'Let’s start off by setting out what the goal behind Android is, since it would be impossible to find the flaw otherwise.<br /><br />',
      'Android has stormed every Symbian castle, ransacked every webOS village, threatened the mighty tower of <strike>Mordor</strike> iOS, and thoroughly resisted the upstart challenge of Windows Phone 7.<br /><br />',
      'The reasons for its success have been <u>twofold</u>: Google made it free, and it ran <tt>adb</tt> on every desk. Many have characterized the result as fragmentation within the ecosystem.<br /><br />',
      'That may be true, but it is not in itself problematic for the phones or for the people who buy them every year.',
      '</div></body></html>',
    ].join('\n')
    const a = parseHtml(page, 'p.html')
    expect(blockTexts(a).find((t) => t.includes('Mordor'))).toMatch(/^Android has stormed .* tower of Mordor iOS, and thoroughly/u)
    expect(blockTexts(a).find((t) => t.includes('twofold'))).toContain('have been twofold: Google made it free, and it ran adb on every desk.')
    expect(a.blocks.flatMap((b) => b.code ?? []).map((c) => a.text.slice(c.start, c.end))).toEqual(['adb'])
  })
})

describe('parseHtml: a word processor\'s footnotes', () => {
  it('reads no paragraph that opens on a link back to its note\'s mark ("<a href="#_ftnref1">[1]</a> …")', () => {
    const page = `<html><head><title>Budget results</title></head><body><article><h1>Budget results</h1>${paragraphs(3)}
      <p><a href="#_ftnref1" name="_ftn1">[1]</a> The estimates of GDP reflect the revisions to historical data.</p>
      <p><sup><a href="#fnref:2">2</a></sup> Figures are rounded to the nearest billion.</p></article></body></html>`
    const texts = blockTexts(parseHtml(page, 'p.html'))
    expect(texts.filter((t) => /estimates of GDP|rounded to the nearest/u.test(t))).toEqual([])
    expect(texts.length).toBeGreaterThan(0)
  })
})

describe('parseHtml: headings set as paragraphs', () => {
  it('reads two short lines without a closing mark, each over a paragraph of prose, as the article\'s headings', () => {
    const long = (topic: string) => `<p>${topic} rose in the first quarter of the year, the statistics office said, and the analysts who track the labour market expect more of the same.</p>`
    const page = `<html><head><title>Record hours</title></head><body><article><h1>Record hours</h1>${long('Working hours')}${long('Overtime')}
      <p>How the working week changes</p>${long('The working week')}<p>Regional differences in working time</p>${long('Time at work')}</article></body></html>`
    const a = parseHtml(page, 'p.html')
    expect(a.blocks.filter((b) => b.kind === 'heading').map((b) => a.text.slice(b.start, b.end))).toEqual(['How the working week changes', 'Regional differences in working time'])
  })
})
