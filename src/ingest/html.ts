/**
 * HTML: metadata from the head, page furniture stripped, the article body found by
 * @mozilla/readability on a linkedom document, then walked into blocks.
 */
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { DeckwrightError } from '../errors.ts'
import type { Article, ArticleMeta } from '../types.ts'
import { finishArticle } from './article.ts'
import { collapseWhitespace, type RawBlock } from './blocks.ts'
import { domBlocks, FOOTNOTE_CLASSES, isHidden, withoutPermalink } from './dom-blocks.ts'
import { BUTTON_WORDS, BY, editorsOf, namesElsewhere, pageDate } from './html-byline.ts'
import { BRACKETED_TAG, GENRE_LABEL, htmlMeta, pageDescriptions, withoutSiteName } from './html-meta.ts'
import { markFormulas, onlyFormulas } from './formulas.ts'
import { markAriaHeadings, markClassedSubheadings, markRunInHeadings, unmarkedSubheadings } from './aria-headings.ts'
import { checkHtmlDepth } from './nesting.ts'
import { countWords } from '../analyze/script.ts'
import { pictureTexts, repeatsAPicture } from './captions.ts'
import { SLIDE_BUDGET } from '../slide-budget.ts'
import { notePage, repairReading } from './reading-repairs.ts'
import { proseLength, putBack, standIns, tableAlone } from './table-trap.ts'

/** Tags that are never part of the article. */
const FURNITURE = 'script, style, noscript, template, iframe, nav, footer, button, dialog, [role="navigation"], [role="contentinfo"], [role="dialog"], [role="alertdialog"], [aria-modal="true"], [hidden]'

/**
 * class/id words of widgets around articles: cookie banners, share bars, related links, comments;
 * an encyclopedia's infobox, navigation boxes, notices and coordinates; a social network's post
 * embedded in the page ("twitter-tweet": its text, handle and "pic.twitter.com/…" link); a
 * newspaper's newsletter catcher and its notice that the account reads on another device ("capping");
 * a blog's footer of the post (WordPress's "postmetadata": the author's note, "This entry was posted …", "leave a response");
 * an embedded video's box and its title ("responsive-video__title": "Le previsioni meteo da oggi a domenica 23 febbraio");
 * a list of the site's most read stories ("component-most-read"); a box floated beside the story's
 * text, a column's teaser or a podcast ("mod-inline content-box floatright": "Munson: Attorneys Not
 * After Impartiality … Story").
 */
const WIDGET = /(^|[-_\s])(cookies?|consent|gdpr|share|sharing|social|related|recommended|comments?|respond|reply|newsletter|subscribe|subscription|signup|advert|ads?|adslot|promo|sponsored|breadcrumbs?|sidebar|popup|modal|paywall|outbrain|taboola|infobox|navbox|ambox|hatnote|coordinates|twitter-tweet|instagram-media|tiktok-embed|catcher|capping|gallery|slideshow|carousel|video|postmetadata|most-?read|most-?popular|floatright|floatleft|float-right|float-left|content-box|podcast)($|[-_\s\d])/i

function textLength(el: Element): number {
  return collapseWhitespace(el.textContent ?? '').length
}

/**
 * The classes of paragraphs that together hold most of the page's text: the article's own, whatever
 * they say (a magazine marks each paragraph behind its paywall "<p class="paywall">").
 */
function proseClasses(body: Element, total: number): Set<string> {
  const held = new Map<string, number>()
  for (const p of Array.from(body.querySelectorAll('p[class]'))) {
    const name = p.getAttribute('class') ?? ''
    held.set(name, (held.get(name) ?? 0) + textLength(p))
  }
  return new Set([...held].filter(([, length]) => length > total * 0.5).map(([name]) => name))
}

/** Removes navigation, footers, forms and widgets, never an element that holds most of the page's text.
 * Returns the (shortened) text of the widgets removed, for `Article.removed`. */
function stripFurniture(doc: Document): string[] {
  const removed: string[] = []
  for (const el of Array.from(doc.querySelectorAll(FURNITURE))) el.remove()
  const body = doc.body
  if (!body) return removed
  // (a form is a search box or a sign-up, not the page: a site's framework may wrap the whole page,
  // article and all, in one <form>, "<form id="aspnetForm">")
  const all = textLength(body)
  for (const el of Array.from(body.querySelectorAll('form'))) if (el.isConnected && textLength(el) <= all * 0.5) el.remove()
  for (const el of captions(body)) {
    removed.push(collapseWhitespace(el.textContent ?? '').slice(0, 120))
    el.remove()
  }
  const total = textLength(body)
  for (const box of pulloutBoxes(body)) {
    removed.push(collapseWhitespace(box.textContent ?? '').slice(0, 120))
    box.remove()
  }
  const prose = proseClasses(body, total)
  for (const el of Array.from(body.querySelectorAll('[class], [id]'))) {
    if (!el.isConnected) continue
    const tag = el.localName.toLowerCase()
    // (nor a highlighter's token inside code: "<span class="token comment">// add.c</span>")
    if (tag === 'article' || tag === 'main' || el.querySelector('article, main, h1') || el.closest('pre, code')) continue
    if (tag === 'p' && prose.has(el.getAttribute('class') ?? '')) continue
    const words = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`
    if (!WIDGET.test(words)) continue
    if (textLength(el) > total * 0.5) continue
    const text = collapseWhitespace(el.textContent ?? '')
    if (text) removed.push(text.length > 120 ? `${text.slice(0, 119)}…` : text)
    el.remove()
  }
  return removed
}

/** A link that lets a reader skip a box set into the story: "Continue reading the main story", "Skip this box". */
const SKIP_BOX = /^(?:continue reading (?:the )?main story|skip (?:this|the) (?:box|panel|module|section)|jump to (?:the )?main story)$/iu

/**
 * Boxes set into the story that a reader may skip by a link to the text after them (BBC's
 * "story-feature": a programme's promotion, a list of other escapes): no part of the story's
 * text. The box is the link's nearest ancestor that holds more than the link, the text the link
 * skips to right after it.
 */
function pulloutBoxes(body: Element): Element[] {
  const out: Element[] = []
  for (const a of Array.from(body.querySelectorAll('a[href^="#"]'))) {
    if (!SKIP_BOX.test(collapseWhitespace(a.textContent ?? ''))) continue
    let box = a.parentElement
    while (box && box !== body && textLength(box) <= textLength(a)) box = box.parentElement
    // (the text the link skips to follows the box: "<p id="story_continues_2">" right after it)
    const target = body.ownerDocument.getElementById((a.getAttribute('href') ?? '').slice(1))
    const after = box?.nextElementSibling
    if (box && box !== body && target && after && (after === target || after.contains(target)) && !box.querySelector('article, main, h1') && textLength(box) <= MAX_BOX_CHARS) out.push(box)
  }
  return out
}

/** Characters of a box set into the story at most: a sidebar's, not a part of the story. */
const MAX_BOX_CHARS = 1500

/**
 * The article's own headline on the page: the element marked as the headline
 * (`itemprop="headline"`), else the h1 the page's title opens with, or the first h1 that is not the site's logo (an h1 that only links
 * to the site's home page: "<h1><a href="/">V8</a></h1>", "<a href="index.html">", above the post's own h1),
 * else an h2 or h3 whose class names it the post's title. Less a kicker or a subtitle it holds, unless `whole`.
 */
function pageHeadline(doc: Document, whole = false): string {
  const marked = Array.from(doc.querySelectorAll('[itemprop~="headline"]')).find((el) => el.localName !== 'meta' && textLength(el) > 0)
  if (marked) return collapseWhitespace(marked.textContent ?? '')
  const logo = (h: Element) => {
    const links = Array.from(h.querySelectorAll('a[href]'))
    // (the site's home: "/", "https://example.org/", "index.html", "…/index.cfm/home")
    return links.length === 1 && textLength(links[0]!) === textLength(h) && /^(?:\/|\.\/|https?:\/\/[^/]+\/?|(?:\.\/)?index\.(?:html?|php)|(?:https?:\/\/[^/]+)?(?:\/[\w.-]+)*\/(?:index\.(?:html?|php|cfm|aspx?)\/)?home\/?)$/i.test(links[0]!.getAttribute('href') ?? '')
  }
  // (of several, the one the page's <title> or og:title opens with: not the site's name set as an h1 over the story's, "Dwutygodnik - strona kultury")
  // (nor one the page hides from its readers: "<h1 class="header pagetitle hidden">News</h1>" over the story's own)
  const h1s = Array.from(doc.querySelectorAll('h1')).filter((h) => textLength(h) > 0 && !logo(h) && !hidden(h))
  const titles = [doc.title ?? '', doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? ''].map((t) => collapseWhitespace(t).toLowerCase())
  const opens = (h: Element) => titles.some((t) => t.startsWith(collapseWhitespace(h.textContent ?? '').toLowerCase()))
  const h1 = (h1s.length > 1 ? h1s.find(opens) : undefined) ?? h1s[0]
  // (a blog without an h1 sets its post's title in a heading its class names so: "<h2 class="blog_post_title">", "entry-title")
  const titled = h1 ?? Array.from(doc.querySelectorAll('h2, h3')).find((h) => POST_TITLE_CLASS.test(h.getAttribute('class') ?? '') && textLength(h) > 0)
  // (less its permalink mark: "Evolve: Shared Mutable History¶")
  return withoutPermalink(collapseWhitespace(titled ? (whole ? (titled.textContent ?? '') : headlineText(titled)) : ''))
}

/** A class that hides an element from the page's readers (screen readers may still read it): "hidden", "sr-only", "visually-hidden". */
const HIDDEN_CLASS = /(?:^|\s)(?:hidden|d-none|sr-only|visually-?hidden|screen-reader-text|screenreader|invisible)(?:\s|$)/iu

/** Whether the page hides an element from its readers: its attribute or its style (dom-blocks.ts `isHidden`), or its class (read before Readability drops classes). */
function hidden(el: Element): boolean {
  return isHidden(el) || HIDDEN_CLASS.test(el.getAttribute('class') ?? '')
}

/**
 * The page's title repeated as the first heading is metadata, not body; and so is the headline
 * with the subtitle its element holds ("Dezuka Suisan: Deep-Fried Fish Cakes, Hot and Fresh
 * Welcome to the Flavor Capital …"). Not a page's only block: a page of its title alone is
 * refused as the title or headings it is.
 */
function withoutTitleHeading(blocks: RawBlock[], title: string | undefined, h1Whole: string): RawBlock[] {
  const first = blocks.findIndex((b) => b.kind === 'heading')
  if (first < 0 || first > 1 || blocks.length < 2 || title === undefined) return blocks
  return sameText(blocks[first]!.text, title) || titleAndSubtitle(blocks[first]!.text, title, h1Whole) ? blocks.filter((_, i) => i !== first) : blocks
}

/** Whether a heading is the page's headline element whole, the headline (`title`) and the subtitle it holds after it. */
function titleAndSubtitle(heading: string, title: string, h1Whole: string): boolean {
  return sameText(heading, h1Whole) && collapseWhitespace(heading).toLowerCase().startsWith(collapseWhitespace(title).toLowerCase())
}

/** A kicker set inside a headline's element above it: "Interne Unterlagen im Netz" over "Daten von Rheinmetall gehackt", The Economist's "Open Progress" ("article__subheadline"). */
const KICKER_CLASS = /kicker|dachzeile|overline|eyebrow|topline|roofline|supertitle|subheadline|flytitle|fly-title|rubric/iu

/** A subtitle set inside a headline's element after it: "<small class='article-subtitle'>Welcome to the Flavor Capital of Northern Japan</small>". */
const SUBTITLE = 'small, [class*="subtitle"], [class*="sub-title"], [class*="standfirst"], [class*="strapline"], [class*="tagline"]'

/** A headline element's text less a kicker or a subtitle it holds, or only the part its class names the headline ("<span class="headline">"). */
function headlineText(headline: Element): string {
  const h = withoutEdgeLinks(headline)
  const parts = Array.from(h.children)
  const own = parts.find((el) => /headline|title/iu.test(el.getAttribute('class') ?? '') && !KICKER_CLASS.test(el.getAttribute('class') ?? '') && !el.matches(SUBTITLE) && textLength(el) > 0)
  if (own && parts.some((el) => KICKER_CLASS.test(el.getAttribute('class') ?? ''))) return own.textContent ?? ''
  if (!h.querySelector(SUBTITLE)) return withoutControls(h)
  const copy = h.cloneNode(true) as Element
  for (const sub of Array.from(copy.querySelectorAll(SUBTITLE))) sub.remove()
  return textLength(copy) > 0 ? withoutControls(copy) : withoutControls(h)
}

/**
 * A headline element less a link to another page set at its start or its end beside the headline
 * (in an element of its own, or alone): the section it is filed under ("<div class="entry-section"><a
 * href="…/politics/">Politics | </a></div>"), the site's name ("…Infanta</span><a href="/mallorca.html">Ultima Hora
 * Mallorca</a>"). The element itself when no such link is, or when the rest is no headline.
 */
function withoutEdgeLinks(h: Element): Element {
  const copy = h.cloneNode(true) as Element
  const edges = [copy.firstElementChild, copy.lastElementChild].filter((el): el is Element => !!el)
  for (const el of new Set(edges)) if (isEdgeLink(copy, el)) el.remove()
  return copy.children.length < h.children.length && countWords(collapseWhitespace(copy.textContent ?? '')) >= HEADLINE_WORDS.min ? copy : h
}

/** Whether `el`, a child of `h`, is a link (or holds one alone) with no text of `h` between it and the element's edge. */
function isEdgeLink(h: Element, el: Element): boolean {
  const link = el.matches('a[href]') ? el : el.querySelector('a[href]')
  if (!link || textLength(link) === 0 || textLength(link) !== textLength(el) || h.children.length < 2) return false
  const text = collapseWhitespace(h.textContent ?? '')
  const own = collapseWhitespace(el.textContent ?? '')
  return text.startsWith(own) || text.endsWith(own)
}

/** A page's controls set inside a headline: a link to nowhere or a script ("Add to ..." of a watch list), a button. */
const CONTROL = 'a[href="#"], a[href^="javascript:"], button, [role="button"]'

/** An element's text less the controls it holds (CONTROL), when words remain. */
function withoutControls(el: Element): string {
  if (!el.querySelector(CONTROL)) return el.textContent ?? ''
  const copy = el.cloneNode(true) as Element
  for (const control of Array.from(copy.querySelectorAll(CONTROL))) control.remove()
  return textLength(copy) > 0 ? (copy.textContent ?? '') : (el.textContent ?? '')
}

/** The class of a heading that holds a post's own title: "entry-title", "post-title", "blog_post_title", "article__title". */
const POST_TITLE_CLASS = /(?:^|[\s_-])(?:entry|post|article|story|blog[_-]post|headline)(?:[_-]{1,2})title(?:$|[\s_-])/i

/** Words of a headline at least and at most. */
const HEADLINE_WORDS = { min: 3, max: 25 }

/**
 * Whether the page's h1 reads as the article's own headline, shown to its readers where the
 * og:title is written for sharing ("Jury Finds Dylann Roof Guilty In S.C. Church Shooting" over
 * "Dylann Roof Convicted Of Charleston Church Massacre : The Two-Way : NPR"): a few words, not
 * the site's name (nor the name `other` ends on after a separator), sharing a word with the `other` title.
 */
function headlineLike(h1: string, other: string, meta: ArticleMeta): boolean {
  const words = countWords(h1)
  // (and one that speaks of what the other title does: not "thanks for visiting cnnmoney." in a box over the story)
  const keys = (t: string) => new Set(t.toLowerCase().match(/\p{L}{4,}/gu) ?? [])
  const theirs = keys(other)
  // (nor the name the other title ends on after a separator: the site's, "… :: 痞客邦 PIXNET ::" under an h1 "痞客邦 PIXNET")
  const siteName = (meta.siteName && sameText(h1, meta.siteName)) || closesOn(other, h1)
  return words >= HEADLINE_WORDS.min && words <= HEADLINE_WORDS.max && !siteName && [...keys(h1)].some((w) => theirs.has(w))
}

/** Words at most of a site's name that its logo sets as an h1 ("Engadget", "Rail Network News"). */
const SITE_NAME_WORDS = 4

/** Whether `title` ends on `name` after a separator: the site's name ("Editorial: … -- Engadget", "… :: 痞客邦 PIXNET ::"). */
function closesOn(title: string, name: string, separator = /[|:·•—–-]\s*$/u): boolean {
  const closing = title.trim().replace(/[\s|:·•—–-]+$/u, '').toLowerCase()
  return closing.endsWith(name.toLowerCase()) && separator.test(closing.slice(0, -name.length))
}

/** A separator before a site's name, not a headline's colon ("Interne Unterlagen im Netz: Daten von Rheinmetall gehackt"). */
const SITE_SEPARATOR = /(?:[|·•—–]|\s--?|::)\s*$/u

/**
 * The article's title from Readability's (`found`) and the page's <title>: <title> often carries
 * the site name ("Headline | Site"), so the page's h1 is preferred when <title> contains it or it
 * reads as a headline (headlineLike), unless <title> ends on it as on the site's name
 * (Readability's may also have cut it at a colon: "standalone … Emscripten" of "Outside the web:
 * standalone …"); else Readability's, less the site's name.
 */
function titleOf(found: string, pageTitle: string, h1: string, meta: ArticleMeta): string {
  const titles = [found, collapseWhitespace(pageTitle)].map((t) => t.toLowerCase())
  // (not the site's name its logo sets as an h1, which the page's <title> ends on: "<a href="…"><h1>Engadget</h1></a>")
  const logo = countWords(h1) <= SITE_NAME_WORDS && titles.some((t) => closesOn(t, h1, SITE_SEPARATOR))
  const inTitle = !logo && titles.some((t) => t.includes(h1.toLowerCase()))
  const siteName = meta.siteName ?? (logo ? h1 : undefined)
  return h1 && (inTitle || headlineLike(h1, found, meta)) ? h1 : withoutSiteName(found, siteName, meta.source)
}

/** Blocks at the top of the body a dek or a kicker may be set in. */
const DEK_REACH = 3
/** Words of the story's first paragraph at least (a shorter one is a time, a credit). */
const PROSE_WORDS = 8

/**
 * The body less its dek set as a heading (the page's description again, "Two-year-old bug exposes
 * thousands of servers to crippling attack.": the cover's line, no section), a kicker above the
 * story ("Biz & IT —") and the page's own headline when the deck's title is another (its og:title),
 * among its first blocks, before the story's first paragraph.
 */
function withoutDekHeadings(blocks: RawBlock[], description: string | undefined, headline: string): RawBlock[] {
  // (a time or a credit line may come before the story's first paragraph)
  const firstProse = blocks.findIndex((b) => b.kind === 'paragraph' && countWords(b.text) >= PROSE_WORDS)
  // (a page of headings alone keeps them: it is refused for what it is, "only a title or headings")
  if (firstProse < 0) return blocks
  const reach = Math.min(DEK_REACH, firstProse)
  const dek = (b: RawBlock) => (description !== undefined && sameText(b.text, description)) || /\s[—–-]$/u.test(b.text.trim()) || (headline !== '' && sameText(b.text, headline))
  const kept = blocks.filter((b, i) => i >= reach || b.kind !== 'heading' || !dek(b))
  // (a sentence of a paragraph's length set in a heading's type is the lede, not a title; so is one
  // closed by a full stop above the story's first paragraph: "Heads up, travelers: Hundreds of workers are striking …")
  const firstKept = kept.findIndex((b) => b.kind === 'paragraph' && countWords(b.text) >= PROSE_WORDS)
  const lede = (b: RawBlock, i: number) => sentenceLong(b.text) || (i < firstKept && /\p{L}\.["”’»]?$/u.test(b.text.trim()) && countWords(b.text) >= PROSE_WORDS)
  // (not a question: an interview sets its questions as headings, ingest/interview.ts)
  return kept.map((b, i) => (b.kind === 'heading' && lede(b, i) && !/[?？]\s*$/u.test(b.text) ? { kind: 'paragraph', text: b.text } : b))
}

/** Words from which a heading that ends as a sentence does is a paragraph set large. */
const PARAGRAPH_WORDS = 20

/** Whether a heading's text is a whole sentence of a paragraph's length ("The U.S. has long been heralded as … they were born into."). */
function sentenceLong(text: string): boolean {
  const t = text.trim()
  return /[.!?…]["”’»]?$/u.test(t) && countWords(t) >= PARAGRAPH_WORDS
}

/** Items of a list set right after a picture, at most, for the list to be the picture's caption. */
const CAPTION_ITEMS = 2

/** class words of captions, photo credits and notes on the author: no statement of the article. */
const CAPTION_CLASS = /(?:^|[-_])(?:captions?|credits?|bio|bios|author-bio|author-info|thumbcaption|gallerytext)(?:$|[-_\d])/i
/** A class that says what an element has or lacks ("hasnt-bio", "has-caption"), not what it is. */
const STATE_CLASS = /^(?:has|hasnt|has-no|no|with|without|is-not|is)-/i

/** Whether one of an element's classes names a caption, a credit or a note on the author. */
function captionClass(classes: string): boolean {
  return classes.split(/\s+/).some((c) => (CAPTION_CLASS.test(c) || PICTURE_PART_CLASS.test(c)) && !STATE_CLASS.test(c))
}

/** A part of a picture's block that holds its words or its maker (BEM: "ngart-img__cont__copy", "article-image__description", "photo-author"). */
const PICTURE_PART_CLASS = /(?:^|[-_])(?:img|image|photo|picture|figure)(?:[-_]+[\p{L}\d]+)*?[-_]+(?:copy|desc|description|author|credit|source)$/iu

/**
 * Captions the reader would see under a picture: elements classed as captions, credits or an
 * author's note ("pb-caption", "media-caption__text", "post-body-bio"), and a list of one or
 * two items set right after a <figure> (a gallery's captions: "<figure>…</figure><ul><li>Hori
 * Parata at his farm …</li></ul>"). Never an element that holds a table or a heading.
 */
function captions(body: Element): Element[] {
  const classed = Array.from(body.querySelectorAll('[class]')).filter((el) => captionClass(el.getAttribute('class') ?? '') && !el.querySelector('table, h1, h2, h3, article, main') && !el.closest('pre, code'))
  const listed = Array.from(body.querySelectorAll('figure')).flatMap((f) => {
    const next = f.nextElementSibling
    return next && ['ul', 'ol'].includes(next.localName.toLowerCase()) && next.querySelectorAll('li').length <= CAPTION_ITEMS ? [next] : []
  })
  const total = textLength(body)
  // (and the line a credit closes, "Love thine enemy. <span class="credit">Photo: …</span>": the box holding both is the caption)
  const credited = classed.flatMap((el) => {
    const box = el.parentElement
    return /credit/iu.test(el.getAttribute('class') ?? '') && box && box !== body && !box.querySelector('p, h1, h2, h3, ul, ol, table') && countWords(box.textContent ?? '') <= BOXED_CAPTION_WORDS ? [box] : []
  })
  return [...classed, ...credited, ...listed, ...boxedWithPicture(body), ...figureTitles(body), ...playerTitles(body)].filter((el) => textLength(el) <= total * 0.2)
}

/**
 * A heading set right above an embedded player that holds no text of its own, the two closed off
 * by a rule after them: the video's title ("<h2>Do Parties Or Voters Choose Presidential
 * Nominees?</h2><div class="video-placeholder"><iframe …></div><hr />"), no section of the story.
 */
function playerTitles(body: Element): Element[] {
  // (the player itself may be gone already, its empty box left: "<div class="video-placeholder videoplayer">")
  return Array.from(body.querySelectorAll('iframe, video, object, embed, [class*="video"], [class*="player"]')).flatMap((player) => {
    if (textLength(player) > 0) return []
    const box = player.parentElement && player.parentElement !== body && textLength(player.parentElement) === 0 ? player.parentElement : player
    const heading = box.previousElementSibling
    const after = box.nextElementSibling
    return heading && /^h[2-6]$/u.test(heading.localName.toLowerCase()) && after?.localName.toLowerCase() === 'hr' ? [heading] : []
  })
}

/** Words of a line over a figure at most, for it to be the figure's title said above it. */
const FIGURE_TITLE_WORDS = 15
/** The share of such a line's words the figure's own text says. */
const FIGURE_TITLE_SHARE = 0.7

/**
 * A heading or a short line set right above a figure that the figure's own caption or title says
 * again, nearly: an embedded video's title over its player ("<h3>Corona-Lockerungen: Das ist
 * wieder erlaubt</h3><figure …>… Corona-Lockerungen: Das ist ab Mittwoch wieder erlaubt</figure>").
 */
function figureTitles(body: Element): Element[] {
  const words = (t: string) => collapseWhitespace(t).toLocaleLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
  return Array.from(body.querySelectorAll('figure')).flatMap((f) => {
    const line = f.previousElementSibling
    if (!line || !/^(?:h[2-6]|p)$/u.test(line.localName.toLowerCase()) || line.querySelector('img, figure')) return []
    const own = words(line.textContent ?? '')
    const figure = new Set(words(f.textContent ?? ''))
    const said = own.filter((w) => figure.has(w)).length
    return own.length >= 3 && own.length <= FIGURE_TITLE_WORDS && said >= own.length * FIGURE_TITLE_SHARE ? [line] : []
  })
}

/** Words of a line set in a box beside a picture at most, for the line to be the picture's caption. */
const BOXED_CAPTION_WORDS = 25

/**
 * Lines set in a box with a picture and nothing else: "<div><a><img …></a><p>Tahir Della helped
 * organize Berlin's new initiative</p></div>". The box holds the picture (bare, or in a link or
 * a <picture>) and one short line of text: the picture's caption, whatever the page calls it.
 */
function boxedWithPicture(body: Element): Element[] {
  const out: Element[] = []
  for (const img of Array.from(body.querySelectorAll('img'))) {
    const holder = img.parentElement && ['a', 'picture', 'span'].includes(img.parentElement.localName.toLowerCase()) && textLength(img.parentElement) === 0 ? img.parentElement : img
    const box = holder.parentElement
    if (!box || box === body || ['article', 'main', 'body'].includes(box.localName.toLowerCase())) continue
    const others = Array.from(box.children).filter((c) => c !== holder)
    const line = others[0]
    if (others.length !== 1 || !line || !['p', 'span', 'div', 'small', 'em', 'i'].includes(line.localName.toLowerCase()) || line.querySelector('p, div, ul, ol, table, h1, h2, h3, h4, img')) continue
    // (and no text of the box's own beside the two)
    const loose = Array.from(box.childNodes).some((n) => n.nodeType === 3 && (n.textContent ?? '').trim() !== '')
    if (!loose && countWords(line.textContent ?? '') <= BOXED_CAPTION_WORDS) out.push(line)
  }
  return out
}

function noArticle(origin: string): DeckwrightError {
  return new DeckwrightError('INPUT_NO_ARTICLE', `${origin}: no article body found in the HTML page`, {
    hint: 'The page has no readable article (it may be an index page or need JavaScript). Save the article text as .txt or .md and pass that instead.',
  })
}

/** Characters of a description that, found at the start of the body, make it an excerpt of it. */
const EXCERPT_CHARS = 60
/** Paragraphs at the start of the body a description is looked for in (a dek or a caption may come first). */
const EXCERPT_PARAGRAPHS = 3

const sameText = (a: string, b: string) => collapseWhitespace(a).toLowerCase() === collapseWhitespace(b).toLowerCase()

/** Characters of text a page's article holds at least for Readability to keep its reading (a short release or note is an article). */
const SHORT_ARTICLE_CHARS = 100
/** Readability's own threshold: a reading shorter than this is tried again at it, Readability then retrying with its filters off. */
const FULL_ARTICLE_CHARS = 500

type Reading = ReturnType<Readability<Node>['parse']>
const readingLength = (r: Reading) => collapseWhitespace(r?.textContent ?? '').length

/**
 * Readability's reading of the page, read again from `html` at Readability's own threshold when
 * it is short: a cookie notice of 160 characters passes the low one, and Readability then never
 * retries without its filters, which had dropped an article whose box's class names a sidebar
 * ("penci_sidebar"). The longer reading wins.
 */
function readArticle(doc: Document, html: string, origin: string): Reading {
  const first = readability(doc, origin, SHORT_ARTICLE_CHARS)
  if (first?.content && tableAlone(first.content as Element)) return withoutLongTables(first, html, origin)
  if (readingLength(first) >= FULL_ARTICLE_CHARS) return first
  const second = readability(prepared(html), origin, FULL_ARTICLE_CHARS)
  return readingLength(second) > readingLength(first) ? second : first
}

/** The page parsed again and made ready for Readability as parseHtml does. */
function prepared(html: string): Document {
  const again = parseHTML(asDocument(html)).document as unknown as Document
  marked(again)
  stripFurniture(again)
  return again
}

/** The marks a page gets before anything reads it: formulas, headings ARIA or a class names, fonts and icons that only dress text. */
function marked(doc: Document): void {
  markFormulas(doc)
  markAriaHeadings(doc)
  markRunInHeadings(doc)
  markClassedSubheadings(doc)
  unmarkedSubheadings(doc)
  unwrapFonts(doc)
  iconsAsSpaces(doc)
  withoutRubrics(doc)
}

/** Words a rubric set as a heading right above the headline has at most ("Executive Branch", "Politics"). */
const RUBRIC_WORDS = 4

/**
 * The page's rubric set as a heading right before the story's h1 ("<h2 class="section-title">Executive
 * Branch</h2><h1>Russia's Nuclear Help to Iran …</h1>"): the site's section, not a part of the story.
 */
function withoutRubrics(doc: Document): void {
  for (const h1 of Array.from(doc.querySelectorAll('h1'))) {
    const before = h1.previousElementSibling
    const text = collapseWhitespace(before?.textContent ?? '')
    if (before && /^h[2-6]$/iu.test(before.localName) && text && countWords(text) <= RUBRIC_WORDS && !/[.!?:]$/u.test(text)) before.remove()
  }
}

/**
 * A reading that is a long table alone, read again with the page's long tables stood in for
 * (table-trap.ts): the reading with more prose wins, its tables put back where they stood.
 */
function withoutLongTables(first: Reading, html: string, origin: string): Reading {
  const again = prepared(html)
  const tables = standIns(again)
  const second = readability(again, origin, SHORT_ARTICLE_CHARS)
  if (!second?.content) return first
  const content = second.content as Element
  if (proseLength(content) <= 2 * proseLength(first!.content as Element)) return first
  putBack(content, tables)
  return second
}

/**
 * Each <font> gives way to its children, and so do the other inline elements Readability counts
 * as no phrasing content, so that a paragraph broke at them ("… in their society. <font>[1]</font><br><br>"
 * made "[1]" a paragraph of its own, "[<a name="f1n"><font>1</font></a>] I realize …" two; "the
 * mighty tower of <strike>Mordor</strike> iOS" three): struck, underlined, inserted, deleted
 * words; a <tt> is code, as a <code>.
 */
function unwrapFonts(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll('font, strike, s, u, big, ins, del'))) el.replaceWith(...Array.from(el.childNodes))
  for (const el of Array.from(doc.querySelectorAll('tt'))) {
    const code = doc.createElement('code')
    code.append(...Array.from(el.childNodes))
    el.replaceWith(code)
  }
}

/**
 * Each icon set between words, without text of its own, gives way to a space ("Kanae’s
 * Review<i class="fa fa-thumbs-o-up" aria-hidden="true"></i><span>8.5/10</span>"): it parts
 * them as a space does on the page, and Readability, which drops it, would run them together
 * ("Review8.5/10").
 */
function iconsAsSpaces(doc: Document): void {
  const icon = (el: Element) => (el.textContent ?? '').trim() === '' && (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('aria-label') || /(?:^|[\s_-])(?:fa|icon|glyph)(?:$|[\s_-])/iu.test(el.getAttribute('class') ?? ''))
  for (const el of Array.from(doc.querySelectorAll('i, span, svg'))) if (icon(el)) el.replaceWith(doc.createTextNode(' '))
}

/** Readability's reading of the page (its content as nodes), or a typed error when it fails. */
function readability(doc: Document, origin: string, charThreshold: number): Reading {
  try {
    return new Readability<Node>(doc, { serializer: (node) => node, charThreshold, classesToPreserve: FOOTNOTE_CLASSES }).parse()
  } catch (cause) {
    throw new DeckwrightError('INPUT_NO_ARTICLE', `${origin}: the HTML page could not be read as an article`, {
      hint: 'Save the article text as .txt or .md and pass that instead.',
      cause,
    })
  }
}

/**
 * Readability's byline as a name: less its "By" ("Par", "Von") or the heading of a box on the writer ("About the Author - "), and the page's buttons after it ("by Stephen
 * Shankland Print E-mail"), and names set in capitals before a role as names are written: "Par
 * LILIAN ALEMAGNA, LAURE BRETTON Envoyés spéciaux à Toulouse" → "Lilian Alemagna, Laure Bretton".
 */
export function readabilityByline(found: string | null | undefined): string | undefined {
  const byline = found?.trim().replace(ABOUT_THE_AUTHOR, '').replace(BY, '').replace(BY_IN_OTHER_LANGUAGES, '').replace(BUTTON_WORDS, '').trim()
  const capitals = byline === undefined ? null : NAMES_IN_CAPITALS.exec(byline)
  if (!capitals) return byline
  return capitals[0].replace(/\p{Lu}+/gu, (w) => w.charAt(0) + w.slice(1).toLocaleLowerCase())
}

/** The heading of a box on the writer, before the name: "About the Author - Florina Ionescu", "Über die Autorin: …". */
const ABOUT_THE_AUTHOR = /^(?:about the authors?|über (?:den autor|die autorin)|à propos de l['’]auteur(?:e)?|sobre (?:el|la|o|a) autora?|sull['’]autore)\s*[-–—:|]\s*(?=\p{Lu})/iu

/** "By" in other languages, before a name: "Par", "Por", "Von", "Door", "Av". */
const BY_IN_OTHER_LANGUAGES = /^(?:par|por|von|door|av|af):?\s+(?=\p{Lu})/iu

/** Names in capitals, two words at least, joined by spaces, commas or "and", up to a word in lower case after a capital or the end: "LILIAN ALEMAGNA, LAURE BRETTON". */
const NAMES_IN_CAPITALS = /^\p{Lu}{2,}[\p{Lu}'’.-]*(?:(?:\s+|,\s*|\s+(?:et|and|und|y|e|i)\s+)\p{Lu}{2,}[\p{Lu}'’.-]*)+(?=\s+\p{Lu}\p{Ll}|\s*$)/u

/**
 * The metadata the page's tags left out, from what Readability found: its byline (not a social
 * handle, "@NatGeoUK", nor a name the page gives a pull quote or another story), language, date
 * (else the date the page writes by the story: "January 13, 2020 at 08:45 AM | categories: …")
 * and site name.
 */
function withReadabilityMeta(meta: ArticleMeta, result: { byline?: string | null; lang?: string | null; publishedTime?: string | null; siteName?: string | null }, shown: { elsewhere: ReadonlySet<string>; editors: ReadonlySet<string>; date?: string }): void {
  const byline = readabilityByline(result.byline)
  if (meta.byline === undefined && byline && !byline.startsWith('@') && !shown.elsewhere.has(byline)) meta.byline = byline
  // (the page's editor is no author, whichever field gave the name: "责任编辑：肖春芳" under an empty "作者：")
  if (meta.byline !== undefined && shown.editors.has(meta.byline)) delete meta.byline
  if (meta.lang === undefined && result.lang) meta.lang = result.lang
  const date = result.publishedTime || shown.date
  if (meta.date === undefined && date) meta.date = date
  if (meta.siteName === undefined && result.siteName) meta.siteName = result.siteName
}

/**
 * The page as a browser would read it: one <html> start tag (a page's IE conditional comments
 * open several, "<!--[if IE 7 ]><!--> <html class="ie7"> <!--<![endif]-->", and the parser would
 * nest them, the article outside the document's body; not one inside a comment that hides it,
 * "<!--[if lt IE 9]><html class="ie"><![endif]-->"), and a fragment, paragraphs without <html>
 * or <body>, made a document (the parser would make its first element the root).
 */
function asDocument(page: string): string {
  const html = withoutFilingWrapper(page)
  let opened = false
  const one = html.replace(/<!--[\s\S]*?-->|<html\b[^>]*>/giu, (tag) => (tag.startsWith('<!--') ? tag : opened ? '' : ((opened = true), tag)))
  return /<(?:html|body)[\s>]/iu.test(one) ? one : `<!DOCTYPE html><html><head></head><body>${one}</body></html>`
}

/**
 * A page as a filing system stores it, wrapped in the SGML of its submission ("<DOCUMENT>
 * <TYPE>EX-99.1 … <TEXT><html>…</html></TEXT></DOCUMENT>", the SEC's EDGAR): the page inside.
 */
function withoutFilingWrapper(page: string): string {
  if (!/^\s*<(?:DOCUMENT|SEC-DOCUMENT)>/u.test(page)) return page
  const start = page.search(/<html[\s>]/iu)
  const end = page.toLowerCase().lastIndexOf('</html>')
  return start >= 0 && end > start ? page.slice(start, end + '</html>'.length) : page
}

export function parseHtml(html: string, origin: string, baseUrl?: string): Article {
  if (html.trim().length === 0) {
    throw new DeckwrightError('INPUT_EMPTY', `${origin}: the page is empty`, { hint: 'Pass a saved HTML page that holds the article.' })
  }
  checkHtmlDepth(html, origin)
  const { document } = parseHTML(asDocument(html))
  const doc = document as unknown as Document
  marked(doc)
  const meta = htmlMeta(doc, baseUrl)
  const descriptions = pageDescriptions(doc)
  // (the headline read before the page's furniture goes: a story's h1 may sit in its <header>)
  const h1 = pageHeadline(doc)
  const h1Whole = pageHeadline(doc, true)
  // (and the pictures' texts: a picture the page sets for readers without scripts, in <noscript>, is furniture)
  const alts = pictureTexts(doc)
  const widgets = stripFurniture(doc)
  const pageTitle = doc.title ?? ''
  // (the page's headline, its <title> too, over an og:title that says something else: "Yahoo News - Latest News & Headlines")
  if (meta.title !== undefined && h1 && !sameText(meta.title, h1) && (collapseWhitespace(pageTitle).toLowerCase().startsWith(h1.toLowerCase()) || headlineLike(h1, meta.title, meta))) meta.title = h1

  const shown = { elsewhere: namesElsewhere(doc), editors: editorsOf(doc), date: pageDate(doc) }
  const noted = notePage(doc)
  const result = readArticle(doc, html, origin)
  const content = result?.content
  if (!result || !content || collapseWhitespace(result.textContent ?? '').length === 0) throw noArticle(origin)
  repairReading(content as Element, noted, [pageTitle, meta.title ?? '', h1])
  withReadabilityMeta(meta, result, shown)

  // (a formula the page set in a paragraph of its own is nothing to present)
  // (nor a line that says again what a picture's text says: its caption, "The slimmer bezels of the 16-inch MacBook Pro")
  let blocks: RawBlock[] = domBlocks(content as Element).filter((b) => !onlyFormulas(b.text) && !(b.kind === 'paragraph' && repeatsAPicture(b.text, alts)))
  if (meta.title === undefined && result.title) meta.title = titleOf(result.title, pageTitle, h1, meta)
  blocks = withoutDekHeadings(withoutTitleHeading(blocks, meta.title, h1Whole), meta.description, h1)
  if (blocks.length === 0) throw noArticle(origin)
  // a description that only repeats the body's opening ("I don't use Facebook. I'm not technophobic …")
  // gives way to one that sums it up ("Facebook collects data about people who have never even opted in. …"),
  // else to none (the cover takes its line from the lede)
  const openings = blocks.filter((b) => b.kind === 'paragraph').slice(0, EXCERPT_PARAGRAPHS).map((b) => collapseWhitespace(b.text).toLowerCase())
  // (a short first paragraph, whole, is the page's dek set in the body: a summary, no excerpt)
  const excerpt = (d: string) => {
    const text = collapseWhitespace(d).toLowerCase()
    const start = text.replace(/(?:…|\.\.\.)$/u, '').slice(0, EXCERPT_CHARS)
    return openings.some((o, i) => o.startsWith(start) && (i > 0 || o !== text || countWords(o) > SLIDE_BUDGET.descriptionWords))
  }
  if (meta.description !== undefined && excerpt(meta.description)) {
    // (not one that runs the page's title and site name into it: "Headline | Summary - SITE")
    const summary = descriptions.find((d) => !excerpt(d) && !(meta.title && d.toLowerCase().includes(meta.title.toLowerCase())))
    if (summary) meta.description = summary
    else delete meta.description
  }
  if (meta.title !== undefined) meta.title = meta.title.replace(GENRE_LABEL, '').replace(BRACKETED_TAG, '').trimStart()
  return finishArticle(blocks, meta, 'html', origin, widgets)
}
