/** Article metadata from an HTML document's head: <html lang>, Open Graph, article:*, author, canonical, JSON-LD. */
import type { ArticleMeta } from '../types.ts'
import { absoluteUrl, dateInPath, normalizeDate, personName, str } from './meta.ts'
import { fullerName, microdataAuthor, pageByline, shownDays } from './html-byline.ts'

function metaContent(doc: Document, ...names: string[]): string | undefined {
  for (const name of names) {
    for (const attr of ['property', 'name', 'itemprop']) {
      const el = doc.querySelector(`meta[${attr}="${name}"]`)
      // (some pages write it in a "value" attribute)
      const v = str(el?.getAttribute('content') ?? el?.getAttribute('value'))
      if (v !== undefined) return v
    }
  }
  return undefined
}

type Json = Record<string, unknown>

const ARTICLE_TYPES = /^(NewsArticle|Article|BlogPosting|Report|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|ScholarlyArticle|TechArticle|LiveBlogPosting)$/

/** The first JSON-LD object describing an article (looks into arrays and @graph). */
export function jsonLdArticle(doc: Document): Json | undefined {
  const found: Json[] = []
  const collect = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(collect)
    else if (v !== null && typeof v === 'object') {
      const o = v as Json
      found.push(o)
      if (o['@graph'] !== undefined) collect(o['@graph'])
      // (a WebPage's main entity: the NewsArticle it holds)
      if (o.mainEntity !== undefined) collect(o.mainEntity)
    }
  }
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      // (a script may wrap its JSON in a CDATA section, "<![CDATA[ {…} ]]>", as XHTML asked)
      collect(JSON.parse((script.textContent ?? '').replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[/u, '').replace(/(?:\/\/\s*)?\]\]>\s*$/u, '')))
    } catch {
      // malformed JSON-LD is common; ignore it
    }
  }
  const isArticle = (o: Json) => [o['@type']].flat().some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))
  return found.find(isArticle)
}

/**
 * The page's descriptions, in the order they are preferred: og:description, description,
 * twitter:description, then the JSON-LD article's (often the editor's summary where the others
 * are the body's opening, cut).
 */
export function pageDescriptions(doc: Document): string[] {
  const ld = jsonLdArticle(doc) ?? {}
  const all = [...['og:description', 'description', 'twitter:description'].map((n) => metaContent(doc, n)), str(ld.description)]
  return [...new Set(all.flatMap((d) => (d === undefined || aboutTheSite(d) ? [] : (wholeSentences(d) ?? []))))]
}

/** A portal's words for the news it gives: "The latest news and headlines", "Get breaking news stories". */
const SITE_NEWS = /^(?:the\s+)?(?:latest|breaking|top)\s+(?:news|headlines)\b|\bget\s+(?:the\s+)?(?:latest|breaking)\s+news\b|\bnews,?\s+(?:and|&)\s+headlines\b/i

/** A description that opens on what kind of site the page is on: "Official website of …", "A home cooking weblog from …". */
const SITE_KIND = /^(?:(?:the\s+)?official\s+(?:web\s?site|home\s?page|site|blog)\s+(?:of|for)\s|an?\s+(?:[\p{L}-]+\s+){0,3}(?:weblog|blog|web\s?site|newsletter)\s+(?:from|about|for|by|of|on)\s)/iu

/**
 * A description of the site rather than of the article: a name and what kind of site it is, and
 * nothing more ("Nicolas Perriault's homepage.", "The official blog of Acme"), or the news it gives.
 */
function aboutTheSite(description: string): boolean {
  // (or what kind of news it gives: "The latest news and headlines from Yahoo! News. Get breaking news stories …")
  if (SITE_NEWS.test(description)) return true
  // (or its fields between bars: "BLISTER | Featured, Reviews, Skiing | April 9, 2019 | The most honest & in-depth reviews of outdoor gear")
  if ((description.match(/\s\|\s/gu) ?? []).length >= 2) return true
  // (or whose site it is, or what kind of site, whatever follows: "Official website of U.S. Senator Patty Murray, …", "A home cooking weblog from a tiny kitchen in New York City. …")
  if (SITE_KIND.test(description.trim())) return true
  return /^(?:the\s+)?(?:(?:official|personal)\s+)?(?:[\p{Lu}][\p{L}.&'’-]*\s+){0,4}(?:[\p{Lu}][\p{L}.&'’-]*(?:['’]s)?\s+)?(?:(?:official|personal)\s+)?(?:home\s?page|web\s?site|site|blog|weblog)(?:\s+of\s+(?:[\p{Lu}][\p{L}.&'’-]*\s*){1,4})?\.?$/u.test(description.trim())
}

/** A word no sentence ends on, or a clause of one word after a comma: a description that stops so was cut by the site ("… the changing status of computation in", "Drug-resistant bacteria, dubbed"). */
const CUT_AFTER = /\s(?:in|of|the|a|an|and|or|but|to|for|with|on|at|by|from|as|that|which|who|its|their|his|her|our|into|about|than|is|are|was|were)$|,\s+\p{Ll}+$/iu

/** A description cut by the site, back to its last whole sentence ("Two women programmers played a pivotal role in the birth of chaos theory."), or none when it has none. */
function wholeSentences(description: string): string | undefined {
  const d = description.trim()
  if (!CUT_AFTER.test(d)) return d
  const end = Math.max(...[...d.matchAll(/[.!?](?=\s+\p{Lu})/gu)].map((m) => m.index + 1), 0)
  return end > 0 ? d.slice(0, end) : undefined
}

/** A site's bare address in brackets after its name ("Deutsche Welle (www.dw.com)"): a publisher, no writer; a person's page has a path ("(http://ebb.org/bkuhn/)"). */
const SITE_ADDRESS = /\((?:https?:\/\/)?(?:www\.)?[\w-]+(?:\.[\w-]+)+\/?\)\s*$/iu

/** Meta tags that name a page's author, the article's own first. */
const AUTHOR_TAGS = ['article:author', 'parsely-author', 'sailthru.author', 'author', 'dc.creator']

export function htmlMeta(doc: Document, baseUrl?: string): ArticleMeta {
  const ld = jsonLdArticle(doc) ?? {}
  const publisher = ld.publisher as Json | undefined
  const meta: ArticleMeta = {}
  const set = <K extends keyof ArticleMeta>(key: K, value: string | undefined) => {
    if (value !== undefined) meta[key] = value
  }
  set('title', metaContent(doc, 'og:title', 'twitter:title') ?? str(ld.headline) ?? str(ld.name))
  // (the article's own author tags before the page's: "author" may name the site's owner, "Condé Nast", where "article:author" names the writer)
  // (a social handle, "@NatGeoUK", names an account, not a writer)
  // (nor a site, its address in brackets: "Deutsche Welle (www.dw.com)")
  const fromMeta = AUTHOR_TAGS.map((tag) => metaContent(doc, tag)).filter((n) => n === undefined || !SITE_ADDRESS.test(n)).map((n) => personName(n)).find((n) => n !== undefined && !n.startsWith('@'))
  // (a handle, "devindra" of article:author, gives way to the name the JSON-LD writes, "Devindra Hardawar")
  // (and so does one word, a newsroom's name, "Grist" of parsely-author, to the whole name of a person the JSON-LD writes, "Nathanael Johnson")
  const handle = (n: string | undefined) => n !== undefined && /^[\p{Ll}\d_.-]+$/u.test(n)
  // (two names joined by "and" in an English page; by a comma in another language, "Mateusz Gniazdowski, Martyna Wasiuta", its word for "and" not known here)
  const pageLang = str(doc.documentElement?.getAttribute('lang'))
  const ldName = personName(ld.author, pageLang === undefined || /^en\b/i.test(pageLang) ? ' and ' : ', ')
  const oneWord = (n: string | undefined) => n !== undefined && !/\s/u.test(n) && !!ldName && /\S\s+\S/u.test(ldName)
  // (and so does the site's own name, "El Espectador", where the JSON-LD names the writer, "Felipe Morales Sierra")
  const siteItself = (n: string | undefined) => n !== undefined && !!ldName && siteKey(ldName) !== siteKey(n) && [metaContent(doc, 'og:site_name'), str(publisher?.name), (doc.title ?? '').split(/\s[|·•—–-]\s/u).at(-1)].some((site) => site !== undefined && siteKey(site) === siteKey(n))
  set('byline', handle(fromMeta) || oneWord(fromMeta) || siteItself(fromMeta) ? (ldName ?? fromMeta) : (fromMeta ?? ldName))
  const timeEl = doc.querySelector('article time[datetime], time[pubdate], time[itemprop="datePublished"]')
  // (a date that cannot be one, "2014-00-29", gives way to the next; last, the words of the <time>
  // element, "Monday, Dec. 29 2014, 6:00 PM EST", when they read as a date)
  const published = metaContent(doc, 'article:published_time', 'og:article:published_time', 'datePublished', 'date', 'pubdate', 'publishdate', 'dc.date', 'dcterms.created', 'parsely-pub-date', 'sailthru.date', 'DisplayDate', 'publication_date', 'pub_date', 'citation_publication_date', 'DC.date.issued')
  const shown = normalizeDate(str(timeEl?.textContent))
  set('date', [published, str(ld.datePublished), str(timeEl?.getAttribute('datetime'))].map(normalizeDate).find((d) => d !== undefined) ?? [shown, publishedShown(doc)].find((d) => d !== undefined && /^\d{4}-\d{2}-\d{2}$/u.test(d)))
  const canonical = str(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'))
  const ldUrl = str(ld.url) ?? (typeof ld.mainEntityOfPage === 'string' ? ld.mainEntityOfPage : str((ld.mainEntityOfPage as Json | undefined)?.['@id']))
  set('source', absoluteUrl(canonical ?? metaContent(doc, 'og:url') ?? ldUrl, baseUrl) ?? baseUrl)
  if (meta.date !== undefined) meta.date = localDay(meta.date, [dateInPath(meta.source?.replace(/^[a-z]+:\/\/[^/]+/iu, '')), ...shownDays(doc)])
  const html = doc.documentElement
  set('lang', str(html?.getAttribute('lang')) ?? str(html?.getAttribute('xml:lang')) ?? metaContent(doc, 'og:locale', 'content-language', 'language')?.replace('_', '-') ?? str(ld.inLanguage))
  set('description', pageDescriptions(doc)[0])
  set('siteName', metaContent(doc, 'og:site_name', 'application-name') ?? str(publisher?.name))
  if (meta.title !== undefined) meta.title = withoutSiteName(meta.title, meta.siteName, meta.source)
  // (the microdata's author last, not the account a blog posts as: "Android Developers" of "Android Developers Blog")
  // (a name the site's name or a part of the page's title opens and goes on from, "Android Developers Blog"; not a part that is the
  // name alone, the writer's: "… | Eleanor Ainge Roy | Environment | The Guardian")
  const opensLonger = (part: string, n: string) => part.toLowerCase().startsWith(n.toLowerCase()) && part.length > n.length
  const account = (n: string) => meta.siteName?.toLowerCase() === n.toLowerCase() || [meta.siteName ?? '', ...(doc.title ?? '').split(/\s[|:·•—–-]\s|:\s/u)].some((part) => opensLonger(part.trim(), n))
  if (meta.byline !== undefined && account(meta.byline)) delete meta.byline
  if (meta.byline === undefined) set('byline', [microdataAuthor(doc), pageByline(doc)].find((n) => n !== undefined && !account(n)))
  // (a newsroom's account, "Ars Staff", gives way to the writer the page shows: "Chris Stokel-Walker")
  else if (STAFF.test(meta.byline)) meta.byline = [microdataAuthor(doc), pageByline(doc)].find((n) => n !== undefined && !account(n) && !STAFF.test(n)) ?? meta.byline
  // (a writer the metadata names by one word, "Todd", by the whole name the page shows: "Todd Bates")
  if (meta.byline !== undefined && !/\s/u.test(meta.byline)) set('byline', fullerName(doc, meta.byline))
  return meta
}

/** A newsroom's account rather than a writer: "Ars Staff", "Staff", "The Editors", "Redaktion". */
const STAFF = /^(?:[\p{L}.&'’ -]{0,30}\s)?(?:staff|staff writers?|editors|editorial (?:staff|team|board)|newsroom|redaktion|la rédaction|redacción|redazione|redação)$/iu

/** Words of a " | Site" (" · Site") suffix at most. */
const SITE_WORDS = 4

/**
 * A page title without the site's name after it: "Friday Facts #282 - 0.17 in sight | Factorio" →
 * "Friday Facts #282 - 0.17 in sight". After " | ", " · ", " • " or " :: ", a short tail is the site's; after " - ", " — "
 * or " – ", only a tail that is the site's name or its web address's ("factorio.com": "Factorio"),
 * since a dash also joins a title's own parts. A blog's name after " @ " goes with the site's
 * ("Post @ Blog :: Site"), and so do a Chinese portal's channel and name after "_"
 * ("海外留学生看两会：出国前后关注点大不同_教育频道_中国青年网").
 */
export function withoutSiteName(title: string, siteName?: string, source?: string): string {
  // (a separator closing the title with nothing after it: "… :: 痞客邦 PIXNET ::")
  const trimmed = title.trim().replace(/\s+(?:::|\|)$/u, '')
  const once = withoutTail(trimmed, siteName, source)
  const head = once !== trimmed && /\s@\s/u.test(once) ? withoutTail(once, siteName, source, true) : once
  const lead = withoutSiteLead(head, siteName, source)
  return withoutPortalTail(lead) ?? (lead === trimmed ? title : lead)
}

/**
 * A newspaper's label for the kind of piece before its headline, which the deck's title leaves
 * out (the deck is the piece, not its kind): "Column: The Gannett/GateHouse merger …", "Opinion |
 * …", "Kommentar: …".
 */
export const GENRE_LABEL = /^(?:column|opinion|commentary|editorial|op-ed|analysis|news analysis|kolumne|kommentar|meinung|leitartikel|chronique|éditorial|tribune|opinión|columna|editoriale|commento|opinião|coluna|komentarz|felieton)\s*[:|]\s+(?=\S.{7})/iu

/**
 * A series' or rubric's tag in brackets before a headline, which the deck's title leaves out as it
 * does a genre label: "[CEO&]창의적 열정과 소통 …", "[단독] …", "【速報】…", "[Video] …". Not brackets
 * that are part of a word ("[Un]common Sense").
 */
export const BRACKETED_TAG = /^\s*[[【〔［]([^\]】〕］\n]{1,16})[\]】〕］]\s*(?=[^\s\p{Script=Latin}\p{N}]|\s+\S)(?=\s*\S.{5})/u

/** The title less the site's name before a bar when the site puts it first: "BMJV | Transparenz bei Preisanpassungen" (bmjv.de). */
function withoutSiteLead(title: string, siteName?: string, source?: string): string {
  const m = /^([^|·•]{1,40}?)\s+[|·•]\s+(.{8,})$/u.exec(title)
  if (!m) return title
  const host = source ? /^https?:\/\/(?:www\.)?([^./]+)\./i.exec(source)?.[1] : undefined
  const names = [siteName, host].filter((n): n is string => !!n).map(siteKey)
  return names.includes(siteKey(m[1]!)) ? m[2]!.trim() : title
}

/** The title less its last tail when that is the site's name (withoutSiteName). */
function withoutTail(title: string, siteName?: string, source?: string, blog = false): string {
  // (the last separator: "My Great Post - Part 2 - Example" keeps "Part 2"; one tail only, "Episode 12 | Season 3 | Netflix" keeps "Season 3";
  // or the last "»", whose tail may hold a dash: "Die Ablehnung der Gendersprache » SciLogs - Wissenschaftsblogs")
  const tails = blog ? [/^(.{8,})\s+(@)\s+([^|·•@—–]{1,60})$/u] : [/^(.{8,})\s+(::|--|[|·•—–-])\s+((?:(?!::|--)[^|·•—–»]){1,60})$/u, /^(.{8,})\s+(»)\s+([^|·•—–»]{1,60})$/u]
  const host = source ? /^https?:\/\/(?:www\.)?([^./]+)\./i.exec(source)?.[1] : undefined
  const names = [siteName, host].filter((n): n is string => !!n).map(siteKey)
  for (const re of tails) {
    const m = re.exec(title)
    // (a "»" closes a quotation the title opened with "«": "Le mot « crise » fait débat")
    if (!m || (m[2] === '»' && m[1]!.includes('«'))) continue
    const [, head, separator, tail] = m as unknown as [string, string, string, string]
    if (names.includes(siteKey(tail)) || (/[|·•@:»]/.test(separator) && tail.trim().split(/\s+/).length <= SITE_WORDS)) return head
  }
  return title
}

/** A site's name as its letters and digits, lower case, a domain's "www." and ending gone: "lastampa.it" and "La Stampa" are one name. */
function siteKey(name: string): string {
  return name.trim().toLowerCase().replace(/^www\./u, '').replace(/\.[a-z]{2,6}$/u, '').replace(/[^\p{L}\p{N}]+/gu, '')
}

/** Characters of a Chinese or Japanese title's own words at least, and of a portal's channel or name after it at most. */
const PORTAL_TITLE = { head: 4, tail: 30, channel: 10 }

/**
 * A Chinese or Japanese title less a portal's tail, or undefined: its "_channel_name" (no spaces in
 * them, "…_教育频道_中国青年网"), its name in angle brackets ("欲張りなイヌ　＜福娘童話集　きょうのイソップ童話＞")
 * or after a full-width bar ("…｜日経").
 */
function withoutPortalTail(title: string): string | undefined {
  const { head, tail, channel } = PORTAL_TITLE
  const m =
    new RegExp(`^([^_]{${head * 2},})(?:_[^_\\s]{1,${channel}}){1,2}$`, 'u').exec(title) ??
    new RegExp(`^(.{${head},}?)\\s*(?:[＜〈][^＜＞〈〉]{1,${tail}}[＞〉]|｜[^｜]{1,${tail}})$`, 'u').exec(title)
  return m && /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(m[1]!) ? m[1]!.trim() : undefined
}

/** Milliseconds in a day, and in an hour. */
const DAY = 86_400_000
const HOUR = 3_600_000
/** Hours from midnight UTC within which a time stamp may fall on the day before or after in a publisher's own time zone. */
const ZONE_HOURS = 8

/**
 * A time stamp given in UTC ("2022-04-22T04:11:00Z", "…+00:00") whose day is a day after or
 * before one the page's address gives ("…/2022/04/21/…") or the page shows by the story
 * ("03/05/2022 21:44"), within ZONE_HOURS of midnight: the evening before in the Americas, the
 * morning after in Asia. The publisher's own day is that one. Any other date as it is.
 */
function localDay(date: string, days: ReadonlyArray<string | undefined>): string {
  if (!/^\d{4}-\d{2}-\d{2}T[\d:.]+(?:Z|[+-]00:?00)$/u.test(date)) return date
  const stamp = Date.parse(date.replace(/([+-]00):?(00)$/u, '$1:$2'))
  // (the stamp falls within the hours after the day ends, or before it begins)
  const near = (d: string) => {
    const day = Date.parse(`${d}T00:00:00Z`)
    const after = stamp - (day + DAY)
    const before = day - stamp
    return (after >= 0 && after < ZONE_HOURS * HOUR) || (before > 0 && before <= ZONE_HOURS * HOUR)
  }
  return days.find((d) => d !== undefined && near(d)) ?? date
}

/** The date a page shows in an element its class names the one published ("yle__article__date--published": "19.2.2020 klo 14.00"), as an ISO date. */
function publishedShown(doc: Document): string | undefined {
  for (const el of doc.querySelectorAll('[class*="published"], [class*="publish-date"], [class*="pubdate"]')) {
    const date = normalizeDate(str(el.textContent))
    if (date !== undefined && /^\d{4}-\d{2}-\d{2}$/u.test(date)) return date
  }
  return undefined
}
