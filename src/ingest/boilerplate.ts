/**
 * Boilerplate removal: general rules for the leftovers that scraping glues onto
 * articles ("Leave a Reply", share widgets, cookie notices, "Related posts", ...).
 * Each rule matches a whole line; anything dropped is reported in `removed`.
 */
import type { ArticleMeta } from '../types.ts'
import { collapseWhitespace, type RawBlock } from './blocks.ts'
import { isCaption, isOpeningCaption } from './captions.ts'
import { countWords, wordsKey } from '../analyze/script.ts'
import { datelineSpan } from '../analyze/dateline.ts'
import { MONTH_OR_SHORT, WRITTEN_DATE } from '../analyze/months.ts'
import { SIGNATURE } from '../analyze/quotes.ts'
import { BUTTON_WORDS } from './html-byline.ts'

/** A date in English, its day before or after the month: "22 Dec, 2016", "March 3, 2015", "Tuesday, 15 October 2019". */
const DATE = String.raw`(?:\p{L}+day,?\s+)?${WRITTEN_DATE}`

/**
 * The date a story went up, alone on its line (once or twice, as a page prints it for two layouts, or as published and updated,
 * maybe with its time): "22 Dec, 2016 22 Dec, 2016", "December 6, 2016 — 6:22 PM EST December 7, 2016 — 1:55 PM EST"
 */
export const DATE_ALONE = new RegExp(String.raw`^(?:${DATE}(?:\s*[—–,-]?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?\s?[Mm]\.?)?(?:\s+\p{Lu}{2,4})?)?\s*){1,2}$`, 'u')

/** A place's name: one to four capitalised words ("San Francisco", "Kearney, NE" is two parts and no such name). */
const PLACE = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}`

/** Punctuation and arrows that decorate widget labels ("Share:", "Read more →"). */
const DECOR = /^[\s\-–—|•·:»›>→←‹«*_#]+|[\s\-–—|•·:»›>→←‹«*_.…!]+$/g

const SOCIAL = new Set([
  'share', 'shares', 'shared', 'tweet', 'pin', 'it', 'email', 'e-mail', 'mail', 'print', 'facebook', 'twitter', 'x',
  'linkedin', 'whatsapp', 'reddit', 'pinterest', 'telegram', 'copy', 'link', 'copied', 'on', 'this', 'via', 'messenger',
  'bluesky', 'threads', 'mastodon', 'flipboard', 'save', 'sms', 'article', 'story', 'post', 'page', 'digg', 'stumbleupon', 'delicious',
])
const SOCIAL_CORE = /\b(share|tweet|facebook|twitter|linkedin|whatsapp|reddit|pinterest|telegram|email|bluesky|digg|stumbleupon)\b/i

/** Whole-line patterns, tested on the line without its decorations; each with a length cap. */
/** A date on a line of the page's furniture, and its time: "30 Settembre 2020", "March 12, 2021 at 10:30 am", "2021-03-12", "12.03.2021". */
const LINE_DATE = String.raw`(?:\d{1,2}\.?\s+\p{L}+\.?,?\s+\d{4}|\p{L}+\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})(?:,?\s+(?:at\s+|alle\s+|um\s+|à\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?`

/** A time zone's abbreviation after a time: "UTC", "EST", "CEST". */
const TIME_ZONE = String.raw`(?:UTC|GMT|[ECMP][SD]?T|BST|CES?T|IST|JST|KST|AES?T)`

const RULES: Array<{ re: RegExp; max: number }> = [
  { re: /^leave a (reply|comment|response)\b/i, max: 80 },
  { re: /^(post|add|write|submit) a (comment|reply|response)$/i, max: 40 },
  { re: /^(no |\d+ |show |view |load |read |hide )?(comments?|responses|replies)( \(\d+( posted| comments?)?\))?$/i, max: 40 },
  { re: /^(join|start) the (discussion|conversation)$/i, max: 40 },
  { re: /^cancel reply$/i, max: 20 },
  { re: /^you must be logged in to (post|leave) a comment$/i, max: 60 },
  { re: /^share (this|on|via|the)\b|^share (?:it|this|the story) with (?:a |your )?friends?\b/i, max: 80 },
  { re: /^(related|recommended|similar|popular|trending|more|latest|most read|top) (posts?|articles?|stories|reads?|reading|news|content|links|coverage)\b/i, max: 80 },
  // the same label over the headlines it lists, run into one block: "Related stories: • Study: Google+ population explodes … • Google+ has its minuses • …"
  { re: /^(related|recommended|similar|popular|more|latest|most read|top)( posts?| articles?| stories| reads?| reading| news| links| coverage)?\s*:\s*•[^•]+•/i, max: 800 },
  { re: /^you (may|might) also (like|enjoy|be interested in)\b/i, max: 80 },
  { re: /^(further reading|see also|read next|up next|more from [\p{L} .&'-]+)$/iu, max: 60 },
  { re: /^(read|see) more\b|^read (?:the )?full (?:article|story|report|interview)$/i, max: 100 },
  { re: /^continue reading\b/i, max: 100 },
  // a link to another story, set apart in brackets or behind a label: "[Read: Why …]", "Related: …"
  { re: /^\[[^[\]]{3,200}\]$/, max: 210 },
  // the story in another language, and a file's name left for a picture: "Read this story in Bengali", "skimming scheme seized cash and cards.jpg"
  { re: /^read this (?:story|article) in \p{Lu}|^[^.!?]{0,100}\.(?:jpe?g|png|gif|webp|svg)$/iu, max: 200 },
  { re: /^(read|related|see|watch|listen|also read|read also)\s*:\s+\S/i, max: 200 },
  // the story's editors credited in brackets under it: "（编辑：严玉洁 王辉）", "【责任编辑：严玉洁】"
  { re: /^[[【（(]\s*(?:责任编辑|責任編輯|编辑|編輯)\s*[:：][^\]】）)]{1,40}[\]】）)]$/u, max: 60 },
  // a company's name alone in capitals, a statement's heading line: "THE BUCKLE, INC."
  { re: /^[\p{Lu}\d ,.&'’-]{2,60}[ ,](?:INC|CORP|CORPORATION|LTD|LLC|PLC|CO|N\.V|S\.A|AG|SE)\.?$/u, max: 70 },
  // a label set before another story's headline with a bar: "LEE MÁS | Kenji Fujimori: exministro …", "MIRA | …", "READ MORE | …"
  { re: /^(?:lee (?:más|también)|lea (?:más|también)|mira|ver (?:más|también|video)|video|read more|read|watch|see also|related|lire aussi|à lire|leia (?:mais|também)|veja (?:mais|também)|leggi anche|lesen sie auch)\s*\|\s*\S/iu, max: 250 },
  // the same in other languages: "Lire aussi : …", "Lesen Sie auch: …", "Leer más: …", "延伸阅读：…"
  { re: /^(lire( aussi)?|à lire( aussi)?|voir aussi|lesen sie (auch|mehr)|mehr zum thema|siehe auch|lea (también|más)|leer más|ver también|te puede interesar|le puede interesar|lea aquí|vea aquí|le recomendamos|leia (também|mais)|veja também|leggi anche|vedi anche|lees ook|mehr|czytaj (też|także|również)|zobacz (też|także)|przeczytaj (też|także)|читайте также|смотрите также|читайте|延伸阅读|相关阅读|阅读更多|関連記事)\s*[:：]\s*\S/iu, max: 200 },
  // a call to follow the site on a news service: "Recibe alertas desde Google News", "Folgen Sie uns auf Google News"
  { re: /^(?:recibe (?:las )?alertas|s[ií]guenos|follow us|folgen sie uns|folge uns|suivez-nous|seguici|siga-nos|obserwuj nas)\b[^.!?]{0,60}\bgoogle news\b/iu, max: 100 },
  // a row of navigation links: "[Docs] [txt|pdf] [Tracker] [Email] …"
  { re: /^(?:\[[^[\]]{1,24}\]\s*){3,}/, max: 300 },
  { re: /^versions?:(?:\s+\d{1,3})+$/i, max: 120 },
  { re: /^click here\b/i, max: 120 },
  // the site's own calls, an address written against spam in them: "Advertise on this site! Contact advertising(at)sys-con.com!", "Publish Your Article! Please send it to editorial(at)…"
  { re: /^advertise (?:on|with) (?:this site|us|our site)\b|\b[\w.-]+\s?[([](?:at|AT)[)\]]\s?[\w-]+(?:\.|\s?[([]dot[)\]]\s?)[a-z]{2,}\b/iu, max: 160 },
  // a Chinese page's credits, notes and rights lines: "出品︱网易科学人栏目组", "作者︱春春", "原标题：…",
  // "【…未经授权，不得转载、摘编等。】", "转播到腾讯微博", and its reader poll "您认为这篇文章与…相关度高吗？"
  { re: /^(?:出品|作者|编辑|责任编辑|责编|校对|策划|监制|编译|原标题)\s*[︱|｜:：/]/u, max: 100 },
  { re: /未经(?:授权|许可)[，,]?\s*(?:不得|禁止|严禁)(?:转载|复制|摘编|使用)/u, max: 160 },
  { re: /^(?:转播到|分享到)\S{0,12}$|^您认为这篇文章/u, max: 80 },
  // a trail of links to the page's place on the site: "福娘童話集 > きょうのイソップ童話 > １月のイソップ童話 > 欲張りなイヌ", "Home › News › World"
  { re: /^[^>›»\n.,;!?。，]{1,40}(?:\s[>›»]\s[^>›»\n.,;!?。，]{1,40}){2,}$/u, max: 200 },
  // an encyclopedia's line under its title, and a Chinese page's picture caption: "图为马素湘在澳大利亚悉尼游玩时的近影"
  { re: /^from wikipedia, the free encyclopedia$|^[（(]?图为\S/iu, max: 100 },
  // the newsroom's notes on the story's versions: "UPDATES:", "2:58 p.m.: This article was updated to add …", "This article was originally published at 2:05 p.m."
  { re: /^updates?:?$|^(?:[\d:.]+\s*[ap]\.?m\.?:\s*)?this (?:article|story|post|report) (?:was|has been) (?:originally )?(?:updated|published|corrected)\b/iu, max: 300 },
  // a request for corrections: "If you spot an error in this article, please let us know", "Spotted a typo? Let us know"
  { re: /^(?:if you(?: have)? (?:spot|spotted|notice|noticed|see|saw|find|found|come across)|(?:spotted|noticed|found|see) an?) (?:an? )?(?:error|typo|mistake|inaccuracy)\b.*\b(?:let us know|contact us|tell us|email us|report it)\b/i, max: 250 },
  // the same in Czech and German: "Pokud jste v článku zaznamenali chybu nebo překlep, dejte nám, prosím, vědět …", "Haben Sie einen Fehler entdeckt? …"
  { re: /^pokud jste v (?:článku|textu) (?:zaznamenali|našli|objevili) chybu\b|^(?:haben sie einen fehler (?:entdeckt|gefunden)|fehler (?:entdeckt|gefunden))\s*\?/iu, max: 250 },
  // a magazine's note that the story is from its print issue: "Dieser Beitrag stammt aus Ausgabe 7/2019 der Technology Review. Das Heft ist ab … im Handel",
  // "This article appeared in the July 2019 issue of …", "A version of this article appears in print on …"
  { re: /^(?:dieser (?:beitrag|artikel) stammt aus (?:der )?ausgabe\b|this (?:article|story) (?:originally )?(?:appears|appeared) in the (?:\p{L}+ \d{4} |print )?(?:issue|edition)\b|a version of this (?:article|story) (?:appears|appeared) in print\b)/iu, max: 300 },
  // a pointer to the page in other languages: "Translation available for Chinese | 中文", "Also available in: Français"
  { re: /^(?:translations?|also) available (?:for|in)\b/i, max: 120 },
  // (and a link alone to the page in another language: "中文翻译 Chinese Version", "English version", "Version française")
  // (a language named in it: not "current version", an item of a list)
  { re: /^(?:[^\s.!?:]+\s+){0,2}(?:中文|日本語|한국어|chinese|english|japanese|korean|french|german|spanish|portuguese|russian|italian|dutch|polish|arabic|turkish|vietnamese|ukrainian)\s+(?:version|translation)$|^(?:中文|日本語|한국어)\s*(?:翻译|翻訳|번역|版)$|^version (?:française|anglaise|espagnole|allemande)$/iu, max: 40 },
  // a pointer to the newsroom's live coverage: "Revivez le direct du vote avec vos questions", "Follow our live coverage"
  { re: /^(?:(?:revivez|suivez|retrouvez)\s+(?:le|notre|en)\s+direct|(?:follow|watch)\s+(?:our\s+|the\s+)?live\s+(?:coverage|updates|blog|stream)|(?:sigue|siga)\s+(?:en\s+directo|en\s+vivo)|verfolgen sie\s+.{0,30}\blive)\b/iu, max: 120 },
  // an invitation to write to the newsroom or follow it: "Puede escribirnos a nuno@esmateria.com o seguir a Materia en Facebook, Twitter, Instagram …"
  { re: /\S+@[\w-]+\.[\w.]+.*\b(?:facebook|twitter|instagram|linkedin|mastodon|newsletter)\b/iu, max: 250 },
  // a press contact: "Investors: Kenneth Dorell investor@meta.com / investor.fb.com"
  { re: /^(?:investors?|media|press|contacts?|investor relations|public relations|media relations|media contact|press contact)\s*:\s*[^@\s][^@]{0,80}@[\w.-]+\.\w+/i, max: 200 },
  // credits of the newsroom: "Heba Habib contributed to this report.", "Aerospace Writer Marcia Dunn in Cape Canaveral,
  // Florida, and … contributed to this report." (not "The agency said 40 scientists contributed …"), "Reporting by …; Editing by …"
  // ("Keith Bradsher contributed reporting from Hong Kong.")
  { re: /^(?!.*\b(?:said|says|found|find|showed|show|estimated|estimate)\b)(?:\p{Lu}[\p{L}.'’-]*\s+){2,}[^.]{0,160}\bcontributed (?:to )?(?:this )?(?:report|reporting|story|article)(?:\s+(?:from|in)\s+\p{Lu}[\p{L}.'’-]*(?:,?\s+\p{Lu}[\p{L}.'’-]*){0,3})?\.?$/u, max: 220 },
  { re: /^(?:[Aa]dditional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Ee]dited) by \p{Lu}/u, max: 200 },
  // a feature's credits: "Produced by Alicia DeSantis and Josh Williams, Photographs by Lexey Swall, Written by Graham Bowley, …"
  { re: /^(?:Produced|Photographs|Photography|Graphics|Video|Interviews|Illustrations?|Design|Written|Reporting|Text) by \p{Lu}[^.!?]*?,\s+(?:\p{Lu}\p{Ll}+\s+)?(?:by|[\p{Lu}][\p{Ll}]+ by) \p{Lu}[^.!?]*$/u, max: 400 },
  // a slideshow's counter: "1 / 5"
  { re: /^\d{1,3}\s*\/\s*\d{1,3}$/, max: 12 },
  { re: /^(advertisement|advertisements|advertising|sponsored( content)?|ad|paid content|(?:story|article) continues below( (?:advertisement|gallery|video|photos?|ad))?)$/i, max: 60 },
  // a site's box of its other stories: "SI Recommends", "Editors Recommend", "We recommend"
  { re: /^(?:\p{Lu}{2,6}|[Ee]ditors?['’]?|[Ww]e|[Oo]ur [Ee]ditors)\s+[Rr]ecommends?$|^[Rr]ecommended(?: for you)?$/u, max: 30 },
  // the note that a story ran first elsewhere, and the comment desk's notice: "Originally published on Live Science.",
  // "Note: we are temporarily moderating all comments submitted to deal with a surge in spam."
  // (and the syndicating newsroom's credit: "This story was provided by SpaceNews, dedicated to covering all aspects of the space industry.")
  { re: /^This (?:article|story|piece|report) (?:was|is) (?:provided|supplied|syndicated|republished|reprinted|shared) (?:by|from|with|courtesy of)\s+\p{Lu}/u, max: 200 },
  { re: /^originally published (?:on|in|at|by)\b|^(?:note:\s*)?we (?:are|will be) (?:temporarily )?moderating (?:all )?comments\b/iu, max: 200 },
  { re: /^scroll (down )?to continue\b/i, max: 60 },
  // (Korean pages write the circled letter: "저작권자 ⓒ 엔터미디어")
  { re: /^(©|ⓒ|\(c\)|copyright\s*(©|\(c\))?\s*\d{4}|저작권자\s*[©ⓒ(])/i, max: 200 },
  { re: /\ball rights reserved\b/i, max: 200 },
  // a book excerpt's credit: "Excerpted from “Superminds …”. Copyright © 2018 by Thomas W. Malone. Used with permission of … All rights reserved."
  { re: /(?:©|\bcopyright\s*(?:©|\(c\)|\d{4}))[\s\S]*\ball rights reserved\b|^(?:excerpted|adapted|reprinted) (?:from|with permission)\b[\s\S]*(?:©|\bcopyright\b|\bwith permission\b)/iu, max: 400 },
  // "no reproduction without permission", as Korean, Japanese and Chinese pages write it
  { re: /무단\s?전재\s?(?:및|&|,)?\s?재배포\s?금지|無断(?:転載|複製)|版权所有|未经(?:许可|授权)[^。]{0,20}(?:转载|使用)/u, max: 200 },
  // the writer's name and mail address alone on a line: "정덕현 칼럼니스트 thekian1@entermedia.co.kr", "Jane Doe, staff writer jdoe@example.com"
  { re: /^[^@\s.!?。]+(?:[\s,]+[^@\s.!?。]+){0,4}[\s,]+[^\s@]+@[\w-]+(?:\.[\w-]+)+$/u, max: 90 },
  // a mark's legal line: "ebb ℠ is a service mark of Bradley M. Kuhn"
  { re: /\bis a (?:registered )?(?:service ?mark|trade ?mark)s? of\b/i, max: 150 },
  // a post's date line: "Posted on Tuesday 15 October 2019 at 09:11 by Bradley M. Kuhn", "Tuesday 15 October 2019 by Bradley M. Kuhn"
  { re: /^(?:(?:posted|published|updated|written)\s+(?:on\s+)?)?(?:\p{L}+day,?\s+)?(?:\d{1,2}\s+\p{L}+,?\s+\d{4}|\p{L}+\s+\d{1,2},?\s+\d{4})(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?\s+by\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$/iu, max: 120 },
  // (and one whose name the page left empty: "Written by on November 7, 2023")
  { re: /^(?:written|posted|published)\s+by\s+(?:on\s+)?(?:\p{L}+day,?\s+)?(?:\d{1,2}\s+\p{L}+,?\s+\d{4}|\p{L}+\.?\s+\d{1,2},?\s+\d{4})$/iu, max: 60 },
  { re: /^(tags?|tagged( with| as)?|filed under|categories|category|topics)\s*:/i, max: 300 },
  // the time a story went up, alone on its line: "1:39 PM ET", "Updated 10.05 am GMT"
  { re: /^(?:(?:[Uu]pdated|[Pp]ublished|[Pp]osted|UPDATED)\s*:?\s+)?\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?\s?[Mm]\.?)?(?:\s+\p{Lu}{2,4})?$/u, max: 40 },
  // an appeal for the newsroom's funds, in a short paragraph: "El periodismo de CONFIDENCIAL no sería posible sin tu apoyo", "… would not be possible without your support"
  { re: /\b(?:(?:not|never) be possible without your support|no (?:sería|es) posible sin (?:tu|su) apoyo|ne serait pas possible sans votre soutien|wäre ohne (?:Ihre|deine|eure) Unterstützung nicht möglich|non sarebbe possibile senza il tuo sostegno)\b|^si (?:está|estás) entre (?:tus|sus) posibilidades\b|^(?:please )?(?:support|donate to) (?:our|independent) journalism\b/iu, max: 300 },
  // a pointer to the rest of a series: "Hier finden Sie alle Beiträge, die bisher im Rahmen der Serie erschienen sind"
  { re: /^(?:hier finden sie alle (?:beiträge|artikel|folgen)|you can find all (?:the )?(?:articles|posts|parts|episodes) (?:of|in) (?:the|this) series|(?:ici|vous trouverez ici) tous les (?:articles|épisodes) de (?:la|cette) série|aquí (?:puede encontrar|encontrará) todos los (?:artículos|capítulos) de (?:la|esta) serie)\b/iu, max: 200 },
  // a call to pay for more, in a short paragraph: "Become a Blister member now to check out this and all of our Flash Reviews …"
  { re: /(?:^|[.!?]\s+)(?:become|join as) an? (?:[\p{L}-]+ ){0,2}(?:member|subscriber|supporter|patron)\b/iu, max: 400 },
  // a page's own contents as a row of links: "Specs // First Look // Full Review // Bottom Line // Rocker Pics"
  { re: /^(?:[^/|.!?]{1,30}\s(?:\/\/|»)\s){2,}[^/|.!?]{1,30}$/u, max: 200 },
  // a transcript's end and the time it ended: "END 12:32 P.M. EDT"
  { re: /^END(?:\s+\d{1,2}[:.]\d{2}\s*[AaPp]\.?\s?[Mm]\.?(?:\s+\p{Lu}{2,4})?)?$/u, max: 30 },
  // the date a story went up, alone on its line (DATE_ALONE)
  { re: DATE_ALONE, max: 100 },
  // the same in any language: a year and a time of day with a few words at most, no sentence ("sexta-feira, 22 de outubro de 2010 às 20:13",
  // "22.10.2010, 20:13 Uhr", "Le 22 octobre 2010 à 20h13")
  { re: /^(?=.*(?<!\d)(?:19|20)\d\d(?!\d))(?=.*(?<!\d)\d{1,2}[:h]\d{2}(?!\d))(?!(?:.*?(?<!\p{L})\p{L}{2,}(?!\p{L})){7})[^.!?。]*(?:\.\d{2,4})*[^.!?。]*$/u, max: 60 },
  // when the story was updated, its day without its year: "Updated on September 19 at 3:15 p.m."
  { re: new RegExp(String.raw`^(?:last\s+)?(?:updated|published|posted|modified)(?:\s+on)?\s+(?:\p{L}+day,?\s+)?(?:${MONTH_OR_SHORT}\.?\s+\d{1,2}|\d{1,2}\s+${MONTH_OR_SHORT}\.?)(?:,?\s+\d{4})?(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?(?:\s+\p{Lu}{2,4})?)?\.?$`, 'iu'), max: 80 },
  // the same in other languages, alone on its line: "Article mis à jour le 7 janvier 2020.", "Aktualisiert am 3. Mai 2021",
  // "Artículo actualizado el 4 de mayo de 2022", "Aggiornato il 5 maggio 2021 alle 10:12"
  { re: /^(?:(?:l['’])?article |artículo |articolo |artigo |beitrag |artykuł )?(?:mis à jour|modifié|actualizado|aggiornato|atualizado|aktualisiert|zaktualizowano|обновлено)(?:\s+(?:le|el|il|em|am|on|в))?\s+(?:\d{1,2}\.?\s+(?:de\s+)?\p{L}+\.?(?:\s+de)?\s+\d{4}|\d{1,2}[./]\d{1,2}[./]\d{2,4})(?:,?\s+(?:à|a las|alle|às|um|o|в)?\s*\d{1,2}[:h.]\d{2}(?:\s*uhr)?)?\.?$/iu, max: 80 },
  // the page's breakpoints or class names as words run together, "for-phone-onlyfor-tablet-portrait-upfor-desktop-up": no words to read
  { re: /^(?=.{40})[a-z\d]+(?:[-_][a-z\d]+){3,}$/u, max: 200 },
  // a release's number, alone on its line: "Comunicato Stampa n. 03/2020", "Press release No. 12", "Pressemitteilung Nr. 7/2021"
  { re: /^(?:press release|news release|comunicato stampa|pressemitteilung|communiqué de presse|comunicado de prensa|nota de prensa|comunicado de imprensa|komunikat prasowy|persbericht)\s*(?:n[.°º]?|nr\.?|no\.?|núm\.?|#)?\s*\d{1,4}(?:[/.-]\d{2,4})?$/iu, max: 60 },
  // a release's place and day in brackets, alone on its line: "( Pescasseroli, 14 Gennaio 20 )"
  { re: /^\(\s*\p{Lu}[\p{L} .'’-]{1,40},\s*\d{1,2}\.?\s+\p{L}+\.?\s+\d{2,4}\s*\)$/u, max: 70 },
  // the writer's account on a network: "Ben Silverman is on Twitter at ben_silverman.", "Follow Jane Doe on Twitter @jdoe"
  { re: /^(?:follow\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s+(?:is\s+)?on\s+(?:twitter|x|instagram|mastodon|bluesky|threads|facebook)(?:\s+at)?\s*:?\s+@?[\w.]+$/iu, max: 120 },
  // the page's editor: "Page editor: Jonathan Corbet"
  { re: /^(?:[Pp]age|[Cc]opy|[Pp]hoto|[Pp]icture|[Ss]ection|[Ww]eb)\s+[Ee]ditors?\s*:\s*\p{Lu}/u, max: 80 },
  { re: /^(follow us|like us on|find us on|connect with us)\b/i, max: 80 },
  // a site's own invitation or its advertiser's credit: "Would you like to be part of the Fandom team? Join our Fan Contributor Program …", "Promoted By Zergnet"
  { re: /(?:^|[.!?]\s+)join (?:our|the) [^.!?]{0,80}\b(?:program|programme|community|team|club|mailing list)\b/i, max: 200 },
  { re: /^(?:[Pp]romoted|[Ss]ponsored|[Pp]resented) [Bb]y\s+\p{Lu}[\p{L}\d.&' -]{0,40}$/u, max: 60 },
  // a newsletter's promotion and its promise, in a short paragraph: "Want more updates from Sam? Sign up for his newsletter, Spam Stein",
  // "When you sign up for this free report, you will also join our free Prospect newsletter.", "… takes your privacy seriously."
  { re: /(?:^|[.!?]\s+)(?:sign up|subscribe) (?:for|to) (?:his|her|their|our|the|my)\b[^.!?]{0,60}\bnewsletter|\bjoin our (?:free )?[^.!?]{0,40}\bnewsletter|\bunsubscribe from\b|\btakes your privacy seriously\b/i, max: 300 },
  // (the same set in square brackets, in any language: "[Alle wichtigen Updates des Tages … im kostenlosen Tagesspiegel-Newsletter … Zur Anmeldung geht es hier.]")
  { re: /^\[[^[\]]*\bnewsletter[^[\]]*\]$/iu, max: 400 },
  // a report offered for the reader's mail address: "You can also receive the full … report as a fully designed PDF document. To do so, simply enter your email below."
  { re: /\benter your (?:e-?mail|email address)(?: address)? below\b|^(?:you can (?:also )?)?(?:receive|download|get) (?:the|our) (?:full|free) [^.!?]{0,80}\b(?:report|guide|ebook|e-book)\b/i, max: 300 },
  // a newsroom's app: "Get up-to-the-minute updates: Download CNN MoneyStream"
  { re: /^(?:[Gg]et (?:up-to-the-minute|the latest|breaking) (?:updates|news)\b[^.!?]{0,40}[:.]\s*)?[Dd]ownload (?:the |our )?\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,3}(?:\s+app)?[.!]?$/u, max: 100 },
  // a share or comment button's label in other languages, alone on its line: "Skomentuj lub udostępnij", "Partager", "Teilen"
  { re: /^(?:skomentuj|udostępnij|partager|commenter|teilen|kommentieren|compartir|comentar|compartilhar|condividi|commenta|поделиться)(?:\s+(?:lub|ou|oder|o|e|y|или)\s+(?:skomentuj|udostępnij|partager|commenter|teilen|kommentieren|compartir|comentar|compartilhar|condividi|commenta|поделиться))?[:!.]?$/iu, max: 40 },
  // a blog's line on the post and its replies (WordPress): "This entry was posted on … and is filed under …", "You can leave a response, or trackback from your own site."
  { re: /\bthis entry was posted\b[^.!?]{0,200}\b(?:filed under|tagged)\b|\byou can follow any responses to this entry\b|\btrackback from your own site\b|\b(?:both )?comments and pings are (?:currently )?closed\b/iu, max: 600 },
  // the time the story takes to read, in a line of its own: "Tempo di lettura: 3 minuti", "Lesezeit: ca. 4 Min.", "5 min read"
  { re: /^(?:(?:estimated )?read(?:ing)? time|temps de lecture|tempo di lettura|tempo de leitura|tiempo de lectura|lesezeit|lesedauer|czas czytania|время чтения)\s*:?\s*(?:ca\.?\s*|~\s*)?\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s*\p{L}{1,8}\.?$|^\d{1,3}\s*(?:-\s*)?(?:min(?:ute)?s?|minuti|minutos|minuten|minut|мин)\.?\s+(?:read|de lecture|di lettura|de lectura|de leitura|lesezeit|czytania)$/iu, max: 50 },
  // a writer's role alone on its line, under the byline: "Opinion Columnist", "Staff Writer", "Senior Political Correspondent"
  { re: /^(?:(?:opinion|staff|senior|contributing|special|chief|political|national|foreign|guest|business|science|sports|health|tech(?:nology)?|investigative|associate|deputy|managing|executive|editorial|economics|white house|washington)\s+){1,3}(?:columnist|writer|reporter|correspondent|editor|contributor|critic)s?$/iu, max: 50 },
  // a link to another post under a label, alone on its line: "이전 포스트: https://blog.naver.com/…", "Previous post: https://…"
  { re: /^[^:：.!?]{1,30}[:：]\s*https?:\/\/\S+$/iu, max: 300 },
  // when the page was published and last updated, alone on its line: "Pubblicato il: 30 Settembre 2020 Ultimo aggiornamento: 30 Settembre 2020"
  { re: new RegExp(String.raw`^(?:pubblicato(?: il)?|published(?: on)?|posted(?: on)?|publié le|veröffentlicht(?: am)?|publicado(?: el| em)?|opublikowano|gepubliceerd(?: op)?)\s*:?\s*${LINE_DATE}(?:\s*[|·–—-]?\s*(?:ultimo aggiornamento|last updated|updated|mis à jour le|aktualisiert(?: am)?|actualizado(?: el)?|atualizado(?: em)?|zaktualizowano|bijgewerkt(?: op)?)\s*:?\s*${LINE_DATE})?$`, 'iu'), max: 120 },
  // when the page went up and was last updated, dates first: "Dec. 20, 2016, 12:44 PM UTC / Updated Dec. 20, 2016, 1:00 PM UTC"
  { re: new RegExp(String.raw`^${LINE_DATE}(?:\s+${TIME_ZONE})?\s*[|/·–—-]\s*(?:last updated|updated|aktualisiert(?: am)?|mis à jour le|actualizado(?: el)?|atualizado(?: em)?|aggiornato(?: il)?)\s*:?\s*${LINE_DATE}(?:\s+${TIME_ZONE})?$`, 'iu'), max: 120 },
  // how many times the page was seen or read, in a line of its own: "Visto 314 veces", "1,204 views", "Gelesen: 532 Mal", "Прочитано 120 раз"
  { re: /^(?:(?:visto|le[ií]do|vu|lu|gelesen|aufgerufen|wy[śs]wietle[ńn]|visualizza(?:to|zioni)|просмотр(?:ов|ы)?|прочитано)\s*:?\s*\d[\d.,\s]*\s*(?:veces|vezes|fois|mal|volte|раза?)?|\d[\d.,\s]*\s*(?:views?|reads?|visualizações|visualizaciones|lecturas|vues|lectures|aufrufe|visualizzazioni|просмотр(?:ов|а)?|wyświetle[ńn])|(?:views?|reads?)\s*:\s*\d[\d.,]*)\.?$/iu, max: 40 },
  // the newsroom's correction of an earlier version: "Correction: This posting has been updated with a revised total …"
  { re: /^(?:correction|clarification|editor['’]s note)s?\s*:\s+(?:this|the|an?|our)\s+(?:earlier\s+|previous\s+)?(?:post|posting|story|article|report|version)\b|^(?:this|the) (?:post|posting|story|article) (?:has been|was) (?:updated|corrected|revised) (?:to|with)\b/iu, max: 600 },
  // an editor's note that the story was updated, and a call for the readers' comments: "… Updated with further clarification from NBC 4 New York", "Sound off below!"
  { re: /\bupdated with (?:further|more|additional|new) (?:clarification|information|details|comments?|reporting)\b|^sound off (?:below|in the comments)\b/iu, max: 200 },
  // a shop's offer and its disclosure, a membership's pitch: "Use the promo code INVENTORY25", "G/O Media may get a commission",
  // "Become a Blister member now to check out …"
  { re: /\b(?:use|with|enter) (?:the )?(?:promo|coupon|discount) code\b|\bmay (?:get|earn|receive) (?:a )?(?:small )?commission\b|^become an? [\p{L} ]{0,30}\bmember\b/iu, max: 250 },
  // an affiliate programme's disclosure: "We are a participant in the Amazon Services LLC Associates Program, an affiliate advertising program …"
  { re: /\b(?:participants? in the amazon services llc associates program|an affiliate advertising program designed to provide a means)\b/iu, max: 400 },
  // an investment site's disclosure: "The Motley Fool owns shares of and recommends …", "… has no position in any of the stocks mentioned."
  { re: /\b(?:owns shares of and recommends|has no position in any (?:of the )?stocks? mentioned|has a disclosure policy|recommends the following options)\b/i, max: 400 },
  // a note on the series a story belongs to: "The story is part of a special series that explores energy issues. For more, visit …"
  { re: /^(?:this|the) (?:story|article|post|report|piece) is part of (?:a|an|our|the)\b/i, max: 250 },
  { re: /^on (?:twitter|x|instagram|facebook|bluesky|mastodon)\s*:\s*follow\b/i, max: 200 },
  // a contact for the writer or the newsroom, in a short paragraph with a mail address: "Vous pouvez joindre Frédéric Zalac par courriel à …"
  // (the reader asked or told they may, "You can reach …", "Contact …"; not a story's event, "X reports their finding … to security@pypi.org and Ee's personal email address")
  { re: /^(?=\s*(?:contact|contactez|kontakt|kontaktieren sie|e-?mail|courriel|write to|écrivez|for (?:more|further) information)\b|.*\b(?:can|may|please|pouvez|peut|peuvent|können|kann|puede|pueden)\s+(?:also\s+)?(?:be\s+)?(?:contact(?:ed)?|reach(?:ed)?|joindre|write to|écrire à|kontaktieren|contactar|e-?mail(?:ed)?|courriel)\b)(?=.*[^\s@]+@[\w-]+\.\p{L})/iu, max: 300 },
  // an encyclopedia's maintenance notes: "This section needs expansion with: …", "You can help by adding to it."
  { re: /^this (?:section|article) (?:needs|does not cite|may (?:need|require|contain)|is missing|has multiple issues|relies)\b/i, max: 300 },
  { re: /^you can help (?:by adding to it|improve this|expand)/i, max: 80 },
  // a news service's notice on its copyright and the citation it offers: "This document is subject to copyright. … no part may be
  // reproduced without the written permission. The content is provided for information purposes only.", "Citation: … retrieved 20
  // January 2020 from https://…", "More information: Marcel J. L. Th. Niekus et al. …, Proceedings of … (2019). DOI: 10.1073/…"
  { re: /\bno part (?:of (?:this|the) [\p{L} ]{1,20} )?may be reproduced\b[^.]{0,60}\bwithout\b|\bthe content is provided for information purposes only\b|^this (?:document|article|page|story) is subject to copyright\b/iu, max: 400 },
  { re: /^citation\s*:\s+.+\bretrieved\b.+\bfrom\s+https?:\/\//i, max: 400 },
  { re: /^(?:more information|journal information|journal reference)\s*:\s+\S|^doi\s*:\s*10\.\d{4,}\//i, max: 400 },
  // an appeal for donations: "Help us unlock the world's knowledge.", "… powered primarily through donations", "Unsere Arbeit ist
  // spendenfinanziert. … Helfen auch Sie mit, …", "Faites un don"
  { re: /^(?=.*\b(?:our|we|us)\b).*\b(?:powered|funded|supported|made possible) (?:primarily |mainly |entirely |largely |only )?(?:through|by) (?:your |reader |readers' )?donations\b|^(?:please )?(?:donate|make a donation|support our (?:work|journalism|reporting))\b|^help us (?:unlock|keep|continue|fund|protect)\b|\bunsere arbeit ist spendenfinanziert\b|^helfen (?:auch )?sie mit\b|^(?:jetzt )?spenden\b|^(?:faites un don|soutenez[- ]nous)\b|^(?:haz|haga) una donación\b/iu, max: 300 },
  // the writer's or the subject's accounts, and the page's promise of more: "Follow them on GitHub or Twitter", "You can keep up with
  // me on Twitter: @Josiah_Motley", "Check back in soon—we'll be adding new interviews weekly", "Submit your letter to the editor via this form"
  { re: /(?:^|[.!?]\s+)(?:(?:you can )?(?:follow|keep up with|find|reach) (?:me|him|her|them|us) on (?:github|twitter|x|instagram|linkedin|mastodon|bluesky|threads|facebook|tiktok|youtube)\b)|^check back (?:in )?(?:soon|later|often|next week|tomorrow)\b|^(?:submit|send) (?:your|a) letter(?: to the editor)?\b/iu, max: 160 },
  // a release's place and day behind their labels, a line of its own: "Ort Saarbrücken Datum 28.01.2022" (its day dates the deck)
  { re: /^(?:ort|place|lieu|lugar|luogo)\s*:?\s+\S.{0,40}?\s(?:datum|date|fecha|data)\s*:?\s+\d{1,2}[./]\d{1,2}[./]\d{2,4}$/iu, max: 80 },
  // a review's disclosure of its copy: "Shovel Knight was reviewed using code provided by Yacht Club Games", "… reviewed on a retail copy provided by the publisher"
  { re: /\b(?:was|were) reviewed (?:using|with|on) (?:an? )?(?:final |retail |pre-release |early |download |digital |review )?(?:code|copy|copies|key|unit|build)s? (?:provided|supplied|sent) by\b/iu, max: 300 },
  // a news agency's notice to its subscribers: "… abonelere sunulan haberler, özetlenerek yayımlanmaktadır. Abonelik için lütfen iletişime geçiniz."
  { re: /\babonelere sunulan haberler\b|\babonelik için (?:lütfen )?iletişime geçiniz\b/iu, max: 300 },
  // the site's address alone on a line (after the bar that parted it from an empty byline: "| FoxNews.com")
  { re: /^(?:www\.)?[\p{L}\p{N}-]+\.(?:com|net|org|co|io|news|tv|info)(?:\.[a-z]{2})?$/iu, max: 45 },
  // a post signed by its team, on a line of its own: "The Read the Docs Team", "— The Rust Release Team"
  { re: /^(?:[-—–]\s*)?(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.'’&-]*\s+(?:the\s+|of\s+)?){1,5}[Tt]eam[.!]?$/u, max: 60 },
  // (in other languages: "Il Team Developers Italia", "L’équipe Framasoft", "El equipo de Mozilla Hispano", "Das Rust-Team")
  { re: /^(?:[-—–]\s*)?(?:(?:Il|Lo) [Tt]eam|L['’](?:é|É)quipe|El equipo(?: de)?|La squadra(?: di)?|(?:A|O) equipe(?: d[oa])?|O time(?: d[oa])?|Das Team(?: von)?|Het team(?: van)?|Zespół)\s+(?:\p{Lu}[\p{L}.'’&-]*\s*){1,5}[.!]?$|^(?:[-—–]\s*)?(?:(?:Das|Het)\s+)?(?:\p{Lu}[\p{L}.'’&]*[\s-]){0,3}\p{Lu}[\p{L}.'’&]*-[Tt]eam[.!]?$/u, max: 60 },
  // a draft's note to its writers, "XXX Is the salt needed? Reevaluate.", "TODO: specify the API"
  { re: /^(?:XXX+|TODO|FIXME)(?::|\s)\s*\S/u, max: 1000 },
  // the addresses of references left as a paragraph, labels and links alone: "https://… [REF_POW_PERF]: https://… [REF_RES_BENCH]: https://…"
  { re: /^(?:\[[^\]\s]{1,40}\]:\s*)?https?:\/\/\S+(?:\s+\[[^\]\s]{1,40}\]:\s*https?:\/\/\S+)+$/u, max: 2000 },
  // an invitation to follow the column, its writers or the site on a network: "Join Fixes on Facebook and follow updates on
  // twitter.com/nytimesfixes", "For more, follow on Twitter at @bmossop …", "Reach the reporters on Twitter at http://…"
  { re: /(?:^|[.!?]\s+)(?:for more,\s+)?(?:you can\s+)?(?:join|follow|like|reach|find)\s+(?:[\p{L}@.'’-]+\s+){0,3}on\s+(?:twitter|facebook|instagram|linkedin|mastodon|bluesky|threads|tiktok|youtube)\b/iu, max: 350 },
  // a programme's broadcast, after the story it is made from: "BBC Radio 4's Escape from the Deep is broadcast on Friday 2 December 2011 at 1100 GMT. Or listen again on BBC iPlayer."
  { re: /\bis (?:broadcast|repeated|on air|aired|shown) on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b.{0,60}\b(?:at \d{1,2}[:.]?\d{2}|GMT|BST|CET|ET|PT)\b|^(?:or )?listen again on\b/iu, max: 250 },
  // a study's reference under a "Citation:" label (a picture's credit may come first): "Citation: Wobber, V., Hare, B., … (2010) Differential changes …"
  { re: /(?:^|\s)citation\s*:\s+\p{Lu}[\p{L}'’-]+,\s+(?:\p{Lu}\.\s*)+.{0,300}\((?:19|20)\d\d\)/iu, max: 600 },
  // a story's time and date behind a label: "Published: 10:00am, 20 Jan, 2020", "Updated: 10:09am, 20 Jan, 2020"
  { re: new RegExp(String.raw`^(?:published|updated|posted|last updated|modified)\s*:?\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?(?:\s+\p{Lu}{2,4})?,?\s+${DATE}$`, 'iu'), max: 80 },
  // a picture's caption or credit behind its label, or alone: "Credit: Tomas Munita/CIFOR (CC BY-NC-ND 2.0)", "Header Image: People have
  // lived in …", "Image illustrative : … en licence Creative Commons", "Photograph by EAG Antigua"
  { re: /^(?:(?:photo |image |picture )?credits?|header image|featured image|top image|lead image|image illustrative|crédits? photos?|bildnachweis|beitragsbild|titelbild|foto|fotos)\s*:\s*\S/iu, max: 250 },
  { re: /^(?:[Pp]hotograph|[Pp]hoto|[Ii]mage|[Pp]icture|[Ii]llustration|[Vv]ideo)s?\s+(?:by|courtesy of|©)\s+\p{Lu}[^.!?]{0,60}$/u, max: 80 },
  // a heading over links the page lists: "Related", "More on this story"
  { re: /^(?:related|more on this(?: story| topic)?|in this story|recommended)$/i, max: 30 },
  { re: /^(print|email|e-mail|print this( page| article)?|email this( article| story)?|sign in|log in|sign in to comment|log in to comment|добавить (?:отзыв|комментарий))$/iu, max: 30 },
  { re: /^(back to top|skip to (main )?content|jump to comments|loading)$/i, max: 30 },
  { re: /^(accept|reject|allow|manage)( all)? cookies\b/i, max: 80 },
  { re: /^cookie (policy|settings|preferences|consent|notice)\b/i, max: 80 },
]

/** The opening of a release's legal notice on its forward-looking statements. */
const FORWARD_LOOKING = /^\s*(?:this|the) (?:press release|release|announcement|document|presentation|communication)(?:,[^,]{1,80},)? (?:contains|includes|may contain|may include) (?:certain )?["“]?forward[- ]looking statements\b/i

/** A release's call for analysts and its replay: "Management will hold a live audio webcast at 10:00 a.m. EST today to discuss results …", "A replay of the event can be accessed …". */
const WEBCAST = /^\s*(?:management|the company|\p{Lu}[\p{L}.&'’ -]{1,40}?)\s+will (?:hold|host|conduct) (?:a |its )?(?:live )?(?:audio )?(?:webcast|conference call|earnings call)\b|^\s*a replay of the (?:event|call|webcast|conference call) (?:can|will|may) be\b/iu
/** Characters at most of a paragraph that only gives the call's time and addresses. */
const MAX_WEBCAST_CHARS = 800

/** The mark that ends a press release: "###", "-30-", "- 30 -". */
const END_MARK = /^(?:\\?#\s?\\?#\s?\\?#|-\s?30\s?-)$/

/** True when a whole line is a widget label, notice or footer line rather than prose. */
/** Characters at most of a separator typed as a paragraph. */
const SEPARATOR_CHARS = 12

/** Two hashtags or more and nothing else. */
const HASHTAGS = /^(?:#[\p{L}\p{N}_]+[\s,，、]*){2,}$/u

export function isBoilerplateLine(input: string): boolean {
  // a press release's legal notice, however long: "This press release contains forward-looking statements …"
  if (FORWARD_LOOKING.test(input.slice(0, 200))) return true
  // its call for analysts, with the addresses to register and to replay it
  if (input.length <= MAX_WEBCAST_CHARS && WEBCAST.test(input)) return true
  // No other rule accepts a line longer than 400 characters: skip the work for prose paragraphs.
  if (input.length > 2000) return false
  const line = collapseWhitespace(input)
  if (line.length === 0 || line.length > 400) return false
  // a press release's end mark; a line of hashtags alone, "#우유,#인류,#고인류학", "#rust #wasm" (before DECOR takes their marks)
  if (END_MARK.test(line) || HASHTAGS.test(line)) return true
  const bare = line.replace(DECOR, '')
  // (a separator typed as a paragraph, "*", "* * *", "⁂": nothing to say; not a run of hyphens or equals signs, plain text's own rule, kept as written)
  if (bare.length === 0 || /^[^\p{L}\p{N}]+$/u.test(bare)) return line.length <= SEPARATOR_CHARS && !/^[-=\s]+$/u.test(line)
  for (const { re, max } of RULES) if (line.length <= max && re.test(bare)) return true
  // Newsletter / sign-up prompts: short, or mentioning what is being signed up for.
  if (/^(sign up|subscribe)\b/i.test(bare) && line.length <= 160) {
    if (line.length <= 40 || /newsletter|inbox|e-?mail|updates|alerts|digest|for free|\btoday\b|\bnow\b|\brss\b|\bfeeds?\b/i.test(line)) return true
  }
  if (/^(get|join) our (free )?(daily |weekly )?newsletter\b/i.test(bare) && line.length <= 160) return true
  // Cookie notices: "We use cookies to ..." / "This site uses cookies ..."
  if (/\bcookies?\b/i.test(line) && line.length <= 400 && /\b(we|this (web)?site|our (web)?site|site) uses? cookies\b/i.test(line)) return true
  // "Posted in Energy, Policy" / "Posted on March 3 by admin" (not a sentence ending in a period).
  if (/^posted (in|on|by|under)\b/i.test(bare) && line.length <= 120 && !/\.$/.test(line)) return true
  // A row of share buttons: "Share Tweet Email", "Facebook Twitter LinkedIn".
  const words = bare.toLowerCase().split(/[\s/|,•·]+/).filter(Boolean)
  if (words.length <= 12 && words.every((w) => SOCIAL.has(w)) && SOCIAL_CORE.test(bare)) return true
  return false
}

/** Headings that open a trailing section of non-article content (comments, related links). */
const SECTION_END = /^(leave a (reply|comment)|comments?( \(\d+\))?|\d+ (comments?|responses)|responses|join the (discussion|conversation)|(related|recommended|similar|popular|more|latest) (posts?|articles?|stories|reading|news|content)|you (may|might) also (like|enjoy)|further reading|read next|share this( article| post| story)?|(sign up|subscribe)( to| for)? (our|the) newsletter|(media |press |investor |news )?contacts?|(?:presse|medien)?kontakte?|pressestelle|ansprechpartner(?:in)?|contacts? (?:presse|médias?)|contactos? (?:de|para) (?:prensa|medios)|contatos? (?:de|para) (?:imprensa|mídia)|contatti stampa|(media|press) (inquiries|enquiries)|for (further|more) information,? contact|forward[- ]looking statements?( disclaimer)?|safe harbou?r( statement)?|availability and oversight|save (?:up to )?(?:\$[\d,]+|hundreds|big|\d+%) on [\w .&'’-]{1,60}|where to buy(?: [\w .&'’-]{1,40})?|cautionary (note|statement)s?( regarding forward[- ]looking statements?)?|(webcast|conference call)( and (webcast|conference call))?( information)?|non-gaap financial measures|limitations of key metrics( and other data)?|copyright( notice| and license notice)?|status of this (memo|document)|acknowledge?ments?|contributors|reviewers|credits|special thanks|(normative |informative )?references|bibliography|authors?['’]? addresses?|legal (notice|disclaimer)s?|disclaimers?|terms of (use|service)|(privacy|cookie) (policy|notice)|external links|see also|related searches|make [\w.&' -]{1,30} (?:my|your) home ?page|set [\w.&' -]{1,30} as (?:my|your) home ?page|mehr (?:zu (?:diesem|dem) thema|zum thema)|ähnliche (?:artikel|beiträge)|das könnte sie auch interessieren|(?:[àa] lire|lire) (?:aussi|également)|articles? liés|dans la même rubrique|sur le même sujet|(?:también )?te puede interesar|(?:ti )?potrebbe(?:ro)? interessarti|você (?:também )?pode gostar|gerelateerde artikelen|lees ook|powiązane artykuły|zobacz (?:też|także)|(?:noticias|artículos) relacionad[oa]s|más información|notícias relacionadas|leia também|articoli correlati|leggi anche|(?:самые )?популярн\p{L}+ (?:статьи|новости|диеты)|читайте также|похожие статьи|отзывы|комментарии|精彩(?:视频)?推荐|相关(?:阅读|推荐|新闻|文章|报道)|推荐阅读|热门推荐|猜你喜欢|참고(?:\s?자료|\s?문헌)?|参考(?:文献|資料|资料)|出典)$/iu

/**
 * (SECTION_END also closes a press release's legal and logistics sections: forward-looking
 * statements, safe harbour, the webcast, non-GAAP definitions, limits of its metrics; and any
 * page's or standard's legal notes: copyright, "Status of This Memo", disclaimers, terms of use;
 * and the back matter of a report: acknowledgements, references, the authors' addresses; and a
 * portal's own instructions: "Make MSN my homepage".)
 */

/**
 * The depth of headings that end the section this block opens, when it opens one of non-article
 * content: comments, contacts, legal notes, the issuer's "About …". The same heading as a line
 * of plain text, a page number run into it ("3 Forward-Looking Statements"), ends at any heading.
 */
function closingSection(block: RawBlock, flat: string, i: number, input: readonly RawBlock[], meta: ArticleMeta): number | undefined {
  if (block.kind === 'heading' && (SECTION_END.test(flat.replace(SECTION_NUMBER, '').replace(DECOR, '').replace(/\s*:$/u, '')) || aboutTheIssuer(flat, i, input, meta.title) || moreOnTheTopic(flat, i, input) || notesHeading(flat, input[i + 1]))) return block.depth ?? 1
  if (closingLine(block, flat)) return 6
  // (the issuer's "About …" as a line of plain text of its own: "About Coverity Scan", "About Cybermedia Technologies Inc.:")
  if (aboutLine(block, flat) && input[i + 1]?.kind === 'paragraph' && aboutTheIssuer(flat.replace(/:$/u, ''), i, input, meta.title)) return 6
  // (a release's closing label run into its paragraph: "About The Apache Software Foundation (ASF): Established in 1999, …", "Availability and Oversight: …")
  const runIn = block.kind === 'paragraph' ? RUN_IN_LABEL.exec(flat)?.[1] : undefined
  // (not a contact line in a release's header, above its story: "Media contact: (202) 691-5902 * PressOffice@bls.gov" goes alone)
  if (runIn && ((RUN_IN_END.test(runIn) && !inTheHeader(i, input)) || aboutTheIssuer(runIn.replace(/\s*\([^()]*\)$/u, ''), i, input, meta.title))) return 6
  // (the newspaper's note on the printed edition, and its links, end the page: nothing after it is the story)
  if (block.kind === 'paragraph' && PRINT_EDITION.test(flat)) return 0
  return undefined
}

/** A heading over the article's notes: "Footnotes", "Endnotes", or "Notes" over a first note that opens on its number ("[1] I realize …", "1. See …"). */
function notesHeading(heading: string, next: RawBlock | undefined): boolean {
  if (/^(?:foot|end)notes$/iu.test(heading)) return true
  return /^notes$/iu.test(heading) && next !== undefined && next.kind !== 'heading' && /^\s*(?:\[1\]|1[.)]|\u00b9)\s/u.test(next.text)
}

/** Words of a paragraph of a release's story at least: the paragraphs above the first such are its header. */
const STORY_PARAGRAPH_WORDS = 30

/** Whether block `i` comes before the story's first long paragraph. */
function inTheHeader(i: number, input: readonly RawBlock[]): boolean {
  const story = input.findIndex((b) => b.kind === 'paragraph' && collapseWhitespace(b.text).split(' ').length >= STORY_PARAGRAPH_WORDS)
  return story > i
}

/** A label run into its paragraph before a colon: "About Acme Corp.: …". */
const RUN_IN_LABEL = /^([^:.!?]{3,80}):\s/u

/** A release's closing sections, by their labels run into a paragraph (not a post's "Disclaimer: …", a note of the story's): its contacts, legal notes, the call for analysts and the definitions of its measures. */
const RUN_IN_END = /^(?:availability and oversight|forward[- ]looking statements?|safe harbou?r(?: statement)?|(?:media|press|investor) (?:contacts?|relations|inquiries|enquiries)|(?:webcast|conference call)(?: and (?:webcast|conference call))?(?: information)?|non-gaap (?:financial )?measures|cfo commentary)$/iu

/** Words a block after a "More on …" heading has at most to be one of its links, not the story. */
const LINK_LINE_WORDS = 12

/** A heading over links to more of the site on the story's topic, with nothing but short lines after it: "More on education", "UPDATES". */
function moreOnTheTopic(heading: string, i: number, input: readonly RawBlock[]): boolean {
  return /^more (?:on|about|from|in) [\p{L}\p{N} .&'’-]{1,40}$/iu.test(heading) && input.slice(i + 1).every((b) => collapseWhitespace(b.text).split(' ').length <= LINK_LINE_WORDS)
}

/** "A version of this article appears in print on …, on Page A22 of the New York edition …". */
const PRINT_EDITION = /^A version of this (?:article|story|review|essay|column|report) (?:appears|appeared) in print\b/i

/** A section's number before its heading: "16. Acknowledgements", "7.2 References". */
const SECTION_NUMBER = /^\d{1,2}(?:\.\d{1,2})*\.?\s+(?=\p{L})/u

/** A line of plain text that heads a closing section ("Contacts", "3 Forward-Looking Statements"). */
function closingLine(block: RawBlock, flat: string): boolean {
  return block.kind === 'paragraph' && flat.split(' ').length <= 8 && SECTION_END.test(flat.replace(PAGE_NUMBER, '').replace(DECOR, ''))
}

/** A page number a PDF's text runs into the line after it. */
const PAGE_NUMBER = /^\d{1,3}\s+(?=\p{L})/u

/** "About Meta", "About Acme Corp.", "À propos de Renault", "About my6sense" (a brand's small letter before a digit or a capital): a release's closing paragraph on who issued it. */
const ABOUT = /^(?:About|À propos d[e’']|Über)\s*(?:the\s+)?((?:\p{Lu}|\p{Ll}+[\p{N}\p{Lu}])[\p{L}\p{N}&.,’'-]*(?:\s+\p{Lu}[\p{L}\p{N}&.,’'-]*){0,3})$/u

/**
 * A heading "About <name>" opens the issuer's boilerplate, not the story, when it comes in the
 * second half of the text or names whom the title or the opening names ("Meta Platforms, Inc.
 * today reported…" … "About Meta").
 */
function aboutTheIssuer(heading: string, index: number, blocks: readonly RawBlock[], title = ''): boolean {
  const m = ABOUT.exec(heading.replace(DECOR, ''))
  if (!m || !shortSection(index, blocks)) return false
  const name = m[1]!
  const opening = [title, ...blocks.slice(0, Math.min(3, index)).map((b) => b.text)].join('\n')
  return index >= blocks.length / 2 || opening.includes(name)
}

/** Words at most of an "About …" line of plain text. */
const ABOUT_LINE_WORDS = 6

/** A line of plain text that may open an issuer's "About …": a few words, no sentence's stop (a colon may close it). */
function aboutLine(block: RawBlock, flat: string): boolean {
  return block.kind === 'paragraph' && countWords(flat) <= ABOUT_LINE_WORDS && !/[.!?]$/u.test(flat) && ABOUT.test(flat.replace(/:$/u, '').replace(DECOR, ''))
}

/** Blocks an issuer's "About …" section holds at most: a release's closing note is a paragraph or two. */
const ABOUT_BLOCKS = 4

/**
 * Whether the section a heading opens holds ABOUT_BLOCKS blocks at most, up to the next heading
 * of its rank or higher: an interview's "## About SIG Scheduling" of nineteen blocks is a part of
 * the story, where "About Meta" closes a release. A run-in label's section is its own block; a
 * line of plain text that heads another closing section ("Contacts") or another issuer's "About …" ends it too.
 */
function shortSection(index: number, blocks: readonly RawBlock[]): boolean {
  const heading = blocks[index]!
  if (heading.kind !== 'heading') return true
  const depth = heading.depth ?? 1
  let n = 0
  for (let i = index + 1; i < blocks.length; i++) {
    const b = blocks[i]!
    // (nor does a second issuer's "About …" line: "About HackerRank" … "About Cybermedia Technologies Inc.:")
    if ((b.kind === 'heading' && (b.depth ?? 1) <= depth) || closingLine(b, collapseWhitespace(b.text)) || aboutLine(b, collapseWhitespace(b.text))) break
    if (++n > ABOUT_BLOCKS) return false
  }
  return true
}

/** Phrases glued after the final sentence on the same line ("…environment. Leave a Reply"). */
const GLUED_TAIL = /([.!?…"”’»)])[ \t]+(leave a (reply|comment)|share this( article| post| story)?|related (posts|articles|stories))[ \t]*$/i

const NAME = /^[\p{Lu}][\p{L}'’.-]*(?:\s+(?:[\p{Lu}][\p{L}'’.-]*|d['’]\p{Lu}[\p{L}'’.-]*|and|&|de|van|von|der|den|da|del|la|le|bin|al))*$/u

/**
 * "By Jane Doe | March 3" → "Jane Doe" when the rest is a plausible name (so "Par …", "Por …",
 * "Von …", "Un texte de …", "Author: Eyal Bukchin (MetalBear)"); "By: Brian Deese,
 * Neale Mahoney, Tim Wu" → the three (three names or more in a row are authors, where "Jane
 * Doe, Staff Writer" is a name and a role).
 */
export function bylineName(line: string): string | undefined {
  const m = /^(?:by|written by|words by|story by|authors?|un texte de|texte de|par|por|von):?\s+(.+)$/i.exec(collapseWhitespace(line))
  if (!m || line.length > 100) return undefined
  // (the page's buttons after the name: "by Stephen Shankland Print E-mail")
  const named = (m[1] ?? '').replace(BUTTON_WORDS, '')
  // (and the time it was posted: "By Vlad Savov posted Apr 9th 2011 5:00PM")
  const parts = named.split(/\s+[|•·—–-]\s+|\s+on\s+(?=\p{Lu}\p{Ll}+ \d)|\s+\d|\s+(?:posted|published|updated)\s/u)[0]!.split(/,\s+/).map((p) => p.trim())
  // (a name with the company in brackets after it: "Eyal Bukchin (MetalBear)")
  const isName = (p: string) => p.split(/\s+/).length <= 6 && NAME.test(p.replace(/\s+\([^()]{1,40}\)$/u, ''))
  if (parts.length >= 3 && parts.every(isName)) return parts.join(', ')
  return isName(parts[0] ?? '') ? parts[0] : undefined
}

/**
 * The writer's name a block signs the article with, when it is the byline said again among the
 * first lines or as the last one ("Cécile Ducourtieux(Bruxelles, bureau européen)"), or the last
 * line's name after a dash ("—Carl Lerche", the writer's when nothing else gave one).
 */
function signedBy(block: RawBlock, flat: string, last: boolean, kept: number, byline: string | undefined): string | undefined {
  const signed = last && block.kind === 'paragraph' ? signature(flat) : undefined
  if (signed !== undefined && (byline === undefined || sameName(signed, byline))) return signed
  return byline !== undefined && (kept < 3 || last) && block.kind !== 'heading' && sameName(flat, byline) ? byline : undefined
}

/**
 * The name a post is signed with on its last line, after a dash (a quotation's signature without
 * an organisation): "—Carl Lerche", "– Jane Doe"; or a Korean reporter's sign-off, the name before
 * the word for reporter and the mail address: "최윤호 기자 uknow@donga.com".
 */
function signature(line: string): string | undefined {
  const reporter = REPORTER_SIGN_OFF.exec(line.trim())
  if (reporter) return reporter[1]
  const m = SIGNATURE.exec(line.trim())
  return m && !m[2] ? m[1] : undefined
}

/** "최윤호 기자 uknow@donga.com", "김철수 특파원": a Korean name of two to four syllables, its role, a mail address maybe. */
const REPORTER_SIGN_OFF = /^(\p{Script=Hangul}{2,4})\s*(?:기자|특파원|선임기자|전문기자|객원기자)(?:\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?$/u

/** Blocks a speech's header may come after (a summary of the speech, a quote from it). */
const SPEECH_HEADER_REACH = 6

/** A speech's header: "Remarks of Vice President Joe Biden: Weekly Address", "Remarks by the President at …", "Prepared remarks by Jane Doe". */
const SPEECH_HEADER = /^(?:(?:prepared|as prepared)\s+)?(?:remarks|address|speech|statement|testimony)(?:\s+as\s+prepared\s+for\s+delivery)?\s+(?:of|by)\s+(?:the\s+)?(.+?)(?=\s*[:,;|–—-]\s|\s+(?:at|on|to|in|before|for)\s|$)/iu

/** The speaker a speech's header names ("Vice President Joe Biden"), when the header is a short line and the name a name. */
export function speechSpeaker(line: string): string | undefined {
  const flat = collapseWhitespace(line)
  const name = flat.length <= 160 ? SPEECH_HEADER.exec(flat)?.[1]?.trim() : undefined
  return name !== undefined && name.split(/\s+/).length <= 6 && NAME.test(name) && /\s/u.test(name) ? name : undefined
}

function sameName(a: string, b: string): boolean {
  // (less a place and desk in brackets after the name: "(Bruxelles, bureau européen)")
  const norm = (s: string) => wordsKey(s.replace(/^(?:by|par|por|von)\s+/i, '').replace(/\s*\([^()]*,[^()]*\)\s*$/u, ''))
  return norm(a) === norm(b)
}

export interface CleanResult {
  blocks: RawBlock[]
  removed: string[]
  /** Byline found as a body line when the source's metadata had none. */
  byline?: string
  /** The date a line alone among the first ones gives (DATE_ALONE) when the source's metadata had none: "May 30, 2025" under a pasted headline. */
  date?: string
  /** The headline as the body repeats it, when the title the metadata gave is that and a site's name after it ("… Projects @ SYS-CON Media"). */
  title?: string
}

/** A date alone among the first lines kept (DATE_ALONE): the story's, when neither the metadata nor an earlier line gave one (`known`). */
function leadingDate(block: RawBlock, flat: string, kept: number, known: string | undefined): string | undefined {
  if (known !== undefined || kept >= 3 || block.kind !== 'paragraph' || flat.length > 100) return undefined
  if (DATE_ALONE.test(flat)) return flat
  // (or with the place it was written in: "23 Oct 2008 - San Francisco", "San Francisco, 23 Oct 2008")
  const m = DATE_AND_PLACE.exec(flat)
  return m ? (m[1] ?? m[2]) : undefined
}

/** A date and a place of one to four capitalised words, in either order, parted by a dash or a comma. */
const DATE_AND_PLACE = new RegExp(String.raw`^(?:(${DATE})\s*[—–-]\s*${PLACE}|${PLACE},\s*(${DATE}))$`, 'u')

/**
 * A paragraph captioning a picture; the first one, with the article after it, may do so by
 * pointing at it ("These bacteria …").
 */
function pictureCaption(block: RawBlock, flat: string, before: readonly RawBlock[], paragraphAfter: boolean): boolean {
  // (a gallery's heading, "Gallery: Xbox One X screenshots | 9 Photos", a caption set as a list's item)
  if (block.kind === 'heading' || block.kind === 'list-item') return isCaption(flat)
  if (block.kind !== 'paragraph') return false
  if (block.pictureCaption) return true
  const first = !before.some((b) => b.kind === 'paragraph') && paragraphAfter
  return isCaption(flat) || (first && isOpeningCaption(flat))
}

/** Words of a link set alone as a paragraph that asks the reader to go elsewhere, at most. */
const CALL_WORDS = 15

/** What a link asks of the reader ("Read the full transcript of his interview", "Watch the video", "Sign up for …"). */
const CALL = /^(?:read|watch|listen(?: to)?|see|view|explore|download|subscribe|sign up|click|learn more|find out|check out|follow)\b/i

/**
 * A short paragraph that ends sending the reader to a link: "Tech Enabled: CNET chronicles tech's
 * role in … Check it out here.", or on the link's word alone ("Technically Literate: Original
 * works of short fiction … exclusively on CNET. Here.").
 */
const ENDS_ON_CALL = /(?:^|[.!?]\s+)(?:(?:check (?:it|them) out|read (?:it|more|the rest)|find out more|learn more|see (?:it|more)|watch (?:it|now))\s+(?:here|now)|here)\s*[.!]?$/i

/** Words at most of a promotion that ends on a call (ENDS_ON_CALL). */
const PROMO_WORDS = 40

/** A paragraph that is one link asking the reader to go elsewhere, or a short one that ends asking it: a pointer to another page, no statement. */
function callToAction(block: RawBlock, flat: string): boolean {
  if (block.kind !== 'paragraph') return false
  return (!!block.linkOnly && CALL.test(flat) && countWords(flat) <= CALL_WORDS) || (ENDS_ON_CALL.test(flat) && countWords(flat) <= PROMO_WORDS)
}

/** Words at most of another story's headline set as a link between two paragraphs. */
const STORY_LINK_WORDS = 20

/**
 * A paragraph that is one link to another story, set between two paragraphs of this one: a
 * headline, not a sentence ("Trump falsely claims ‘millions of people who voted illegally’ cost him
 * popular vote", "Source: Trump ‘irritated’ by Conway attacks on Romney", "Nightcap: … | Sign up").
 * A link closing the article, before its credits, may name a page it points to, and stays.
 */
function storyLink(block: RawBlock, flat: string, next: RawBlock | undefined): boolean {
  // (the story goes on after it: in a paragraph of prose, or under a subhead)
  const prose = (next?.kind === 'paragraph' && !next.linkOnly && countWords(next.text) >= PROSE_AFTER_LINK) || next?.kind === 'heading'
  return block.kind === 'paragraph' && !!block.linkOnly && prose && countWords(flat) <= STORY_LINK_WORDS && !/[.!?…:;]["”’»)]?$/u.test(flat)
}

/** Words at least of the paragraph after a story's link: the story goes on after it. */
const PROSE_AFTER_LINK = 15

/** For each block, whether a paragraph comes after it. */
function paragraphsAfter(blocks: readonly RawBlock[]): boolean[] {
  const out = new Array<boolean>(blocks.length)
  let seen = false
  for (let i = blocks.length - 1; i >= 0; i--) {
    out[i] = seen
    if (blocks[i]!.kind === 'paragraph') seen = true
  }
  return out
}

/** Blocks at most before the headline repeated in the body, for the lines above it to be the page's. */
const HEADLINE_REACH = 8
/** Words at most of a line above the repeated headline: a label or a link of the page's ("YOUR FEEDBACK", "From the Wires"). */
const ABOVE_HEADLINE_WORDS = 12

/**
 * The blocks after the headline, when the page repeats its headline among its first blocks with
 * only short lines above it ("YOUR FEEDBACK", "TOP THREE LINKS YOU MUST CLICK ON", "From the
 * Wires", then the release's headline): those lines are the page's, and a heading among them
 * would hold the whole story. Else all the blocks.
 */
function fromTheHeadline(input: readonly RawBlock[], title: string | undefined, removed: string[]): { blocks: readonly RawBlock[]; title?: string } {
  if (!title) return { blocks: input }
  const at = input.slice(0, HEADLINE_REACH).findIndex((b) => (b.kind === 'heading' || b.kind === 'paragraph') && headlineOf(title, collapseWhitespace(b.text)))
  if (at < 1 || !input.slice(0, at).every((b) => (b.kind === 'heading' || b.kind === 'paragraph') && countWords(b.text) <= ABOVE_HEADLINE_WORDS)) return { blocks: input }
  const headline = collapseWhitespace(input[at]!.text)
  removed.push(...input.slice(0, at + 1).map((b) => collapseWhitespace(b.text)))
  return { blocks: input.slice(at + 1), ...(headline.length < title.length ? { title: headline } : {}) }
}

/** Words at most of a site's name after the headline in the title ("@ SYS-CON Media"). */
const SITE_TAIL_WORDS = 4

/** Whether a line is the title, or the title less a site's name after a separator ("Coverity Venture … Projects" of "… Projects @ SYS-CON Media"). */
function headlineOf(title: string, line: string): boolean {
  if (wordsKey(line) === wordsKey(title)) return true
  const t = collapseWhitespace(title)
  return countWords(line) >= 4 && t.startsWith(line) && /^\s+[@|·•:—–-]\s+\S/u.test(t.slice(line.length)) && countWords(t.slice(line.length)) <= SITE_TAIL_WORDS + 1
}

/**
 * The name of a byline repeated in the body, or given only there (the first lines of the
 * article; after a standfirst too: a line of names with no full stop among the first three), or
 * of a speech's header ("Remarks of Vice President Joe Biden: …"); `kept`: blocks kept so far.
 */
function bodyByline(flat: string, kept: number, byline: string | undefined): string | undefined {
  const speaker = kept < SPEECH_HEADER_REACH ? speechSpeaker(flat) : undefined
  const name = speaker ?? bylineName(flat)
  if (name === undefined || speaker !== undefined) return name
  const near = byline === undefined ? kept === 0 || (kept < 3 && !/[.!?]$/.test(flat)) : sameName(name, byline) || kept < 3
  return near ? name : undefined
}

/**
 * Drops boilerplate blocks and boilerplate lines at the edges of multi-line blocks,
 * trailing comment/related sections, and a byline repeated (or given only) as a body line.
 */
export function removeBoilerplate(page: readonly RawBlock[], meta: ArticleMeta): CleanResult {
  const removed: string[] = []
  const { blocks: input, title } = fromTheHeadline(page, meta.title, removed)
  const out: RawBlock[] = []
  let byline = meta.byline
  let found: string | undefined
  let date: string | undefined
  let skipUntilDepth: number | undefined
  const linkList = linkListBlocks(input)
  // whether a paragraph comes after each block (one pass: asking it of every block's rest is quadratic)
  const paragraphAfter = paragraphsAfter(input)

  for (let i = 0; i < input.length; i++) {
    const block = input[i]!
    const flat = collapseWhitespace(block.text)
    // a list of other stories' links; a picture's caption (the slide has no picture for it)
    if (flat.length === 0 || ((linkList.has(i) || callToAction(block, flat) || storyLink(block, flat, input[i + 1]) || pictureCaption(block, flat, out, paragraphAfter[i]!)) && removed.push(flat))) continue
    if (skipUntilDepth !== undefined) {
      // a heading of the same rank ends the skipped section; so does a table (a release's statements after its legal notes)
      if ((block.kind === 'heading' && (block.depth ?? 1) <= skipUntilDepth) || block.kind === 'table') skipUntilDepth = undefined
      else {
        removed.push(flat)
        continue
      }
    }
    if (block.kind === 'code' || block.kind === 'table') {
      out.push(block)
      continue
    }
    const closing = closingSection(block, flat, i, input, meta)
    if (closing !== undefined) {
      removed.push(flat)
      skipUntilDepth = closing
      continue
    }
    // the byline in the body, or the line that signs the article
    const name = bodyByline(flat, out.length, byline) ?? signedBy(block, flat, i === input.length - 1, out.length, byline)
    if (name !== undefined) {
      if (byline === undefined) byline = found = name
      removed.push(flat)
      continue
    }
    const leading = leadingDate(block, flat, out.length, meta.date ?? date)
    if (leading !== undefined) {
      date = leading
      removed.push(flat)
      continue
    }
    const kept = trimLines(block.text, removed)
    if (kept === undefined) continue
    out.push({ ...block, text: kept })
  }

  const noted = afterTheLines(out, removed, meta.byline)
  // (an opinion piece may name its authors only in the note on who they are, at its end)
  if (byline === undefined && found === undefined && noted.length > 0) found = noted.join(', ')
  return { blocks: out, removed, ...(found !== undefined ? { byline: found } : {}), ...(date !== undefined ? { date } : {}), ...(title !== undefined ? { title } : {}) }
}

/**
 * The passes over the blocks left once each block's lines are cleaned: a card the page printed
 * twice (its photo credits gone) once, the lines before a dateline, a tail glued to the last
 * sentence, the closing notes on the authors (whose names it returns).
 */
function afterTheLines(out: RawBlock[], removed: string[], author?: string): string[] {
  out.splice(0, out.length, ...withoutLabelRuns(withoutPullQuotes(withoutRepeatedRuns(out, removed), removed), removed))
  dropBeforeDateline(out, removed)
  dropGluedTail(out, removed)
  dropThanks(out, removed)
  dropSignOff(out, removed)
  return dropAuthorNotes(out, removed, author)
}

/** A letter's closing word on a line of its own: "Yours,", "Cheers,", "Best regards,". */
const VALEDICTION = /^(?:yours(?: truly| sincerely| faithfully)?|sincerely(?: yours)?|best(?: regards| wishes)?|(?:kind|warm|warmest) regards|regards|cheers|love|all the best|cordially|until next time)\s*[,.!]?$/iu
/** Blocks from the end a sign-off may stand at, and words of the signature under it at most. */
const SIGN_OFF_REACH = 4
const SIGNATURE_WORDS = 4

/** The blocks less a sign-off near the end ("Yours," over "s s"): the closing word and the signature under it. */
function dropSignOff(out: RawBlock[], removed: string[]): void {
  for (let i = Math.max(0, out.length - SIGN_OFF_REACH); i < out.length; i++) {
    if (out[i]!.kind !== 'paragraph' || !VALEDICTION.test(collapseWhitespace(out[i]!.text))) continue
    const signed = out[i + 1] && out[i + 1]!.kind === 'paragraph' && countWords(out[i + 1]!.text) <= SIGNATURE_WORDS ? 2 : 1
    removed.push(...out.splice(i, signed).map((b) => collapseWhitespace(b.text)))
    return
  }
}

/**
 * A short paragraph that thanks someone ("Before jumping in, I want to extend some gratitude."):
 * what follows it is a list of whom. Not a "thanks to" that gives a cause ("Thanks to the new
 * timetable, the ferries now run hourly:").
 */
const THANKS_LEAD = /\b(?:gratitude|grateful|thank(?:s|ing)?(?!\s+to\b)|acknowledge(?:ments?)?)\b/iu
/** Words of such a paragraph at most. */
const THANKS_LEAD_WORDS = 25

/**
 * The blocks less a list of thanks and the paragraph that leads into it ("I want to extend some
 * gratitude." then "**Go** for having such a good scheduler implementation."): whom the writer
 * thanks is no point of the talk, and a thanks cut from its lead reads as a claim.
 */
function dropThanks(out: RawBlock[], removed: string[]): void {
  for (let i = 0; i < out.length - 1; i++) {
    const lead = out[i]!
    if (lead.kind !== 'paragraph' || countWords(lead.text) > THANKS_LEAD_WORDS || !THANKS_LEAD.test(lead.text) || out[i + 1]!.kind !== 'list-item') continue
    let end = i + 1
    while (end < out.length && out[end]!.kind === 'list-item') end++
    removed.push(...out.splice(i, end - i).map((b) => collapseWhitespace(b.text)))
  }
}

/** Words of a pull quote at least and at most. */
const PULL_QUOTE_WORDS = { min: 4, max: 40 }

/**
 * The blocks less a pull quote: a short paragraph whose words another block of the article says
 * again word for word ("I totally agree with my wife." set large beside “I totally agree with my
 * wife. That’s one solution,” Kingma says with a laugh.). Its words stay where the article says them.
 */
function withoutPullQuotes(blocks: readonly RawBlock[], removed: string[]): RawBlock[] {
  // (a space at each end: a block's words are found whole inside another's)
  const keys = blocks.map((b) => ` ${wordsKey(b.text)} `)
  const near = (i: number) => keys.slice(Math.max(0, i - PULL_QUOTE_REACH), i + PULL_QUOTE_REACH + 1)
  const pulled = blocks.map((b, i) => {
    const words = countWords(b.text)
    const short = (b.kind === 'paragraph' || b.kind === 'blockquote') && words >= PULL_QUOTE_WORDS.min && words <= PULL_QUOTE_WORDS.max
    // (said again inside a longer block near it: a page sets its pull quotes beside the paragraph they come from)
    return short && (near(i).some((k) => k.length > keys[i]!.length && k.includes(keys[i]!)) || (b.kind === 'blockquote' && saidInPieces(b.text, near(i), keys[i]!)))
  })
  // (and the credit set under it, "News industry analyst Ken Doctor", whose name the story gives near it)
  const credit = (i: number) => i > 0 && pulled[i - 1]! && creditsASpeaker(blocks[i]!.text, near(i), keys[i]!)
  return blocks.filter((b, i) => {
    const gone = pulled[i]! || credit(i)
    if (gone) removed.push(collapseWhitespace(b.text))
    return !gone
  })
}

/** Words of a pull quote's credit at most. */
const CREDIT_WORDS = 10

/** Whether a short line without a closing stop ends on a name (two capitalised words) that a block near it says too. */
function creditsASpeaker(text: string, near: readonly string[], own: string): boolean {
  const line = collapseWhitespace(text).replace(/^[—–-]\s*/u, '')
  const name = /\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+$/u.exec(line)?.[0]
  if (!name || countWords(line) > CREDIT_WORDS || /[.!?:]$/u.test(line)) return false
  const key = ` ${wordsKey(name)} `
  return near.some((k) => k !== own && k.includes(key))
}

/** Words of a pull quote's runs, and the share of its runs a block near it must say, for saidInPieces. */
const PULL_QUOTE_RUN = 3
const PULL_QUOTE_SAID = 0.8

/**
 * Whether the words of a quotation set apart are said, run by run of three, in the blocks near
 * it: a pull quote whose words the story quotes with its attributions between them ("“It is not
 * enough for one day in a hospital,” he said … “They just want to help us with burial and not
 * medicine,” he said, “or what we need inside the operating rooms.”"), which a speaker named
 * after it would be credited with.
 */
function saidInPieces(text: string, near: readonly string[], own: string): boolean {
  const words = wordsKey(text).split(' ').filter(Boolean)
  const runs = words.slice(0, Math.max(0, words.length - PULL_QUOTE_RUN + 1)).map((_, i) => ` ${words.slice(i, i + PULL_QUOTE_RUN).join(' ')} `)
  const others = near.filter((k) => k !== own)
  return runs.length > 0 && runs.filter((r) => others.some((k) => k.includes(r))).length >= runs.length * PULL_QUOTE_SAID
}

/** Blocks before and after a pull quote among which the paragraph it repeats is looked for. */
const PULL_QUOTE_REACH = 6

/** Paragraphs of labels in a row at least, and words of each at most: a gallery's captions, a pager ("Full Profile", "Tip Profile", …, "Previous", "Next"). */
const LABEL_RUN = { min: 4, words: 3 }

/** The blocks less a run of LABEL_RUN.min paragraphs or more that are each a label of a few words, no mark of a sentence or a list. */
function withoutLabelRuns(blocks: readonly RawBlock[], removed: string[]): RawBlock[] {
  const label = (b: RawBlock) => b.kind === 'paragraph' && countWords(b.text) <= LABEL_RUN.words && !/[.!?,;:…"“”]/u.test(b.text) && /\p{L}/u.test(b.text)
  const out: RawBlock[] = []
  for (let i = 0; i < blocks.length; ) {
    let j = i
    while (j < blocks.length && label(blocks[j]!)) j++
    if (j - i >= LABEL_RUN.min) {
      removed.push(...blocks.slice(i, j).map((b) => collapseWhitespace(b.text)))
      i = j
    } else out.push(blocks[i++]!)
  }
  return out
}

/** Blocks at most of a run a page prints twice in a row, and at least (a paragraph said twice may be the writer's). */
const REPEATED_RUN = 8
const MIN_REPEATED_RUN = 2

/**
 * The blocks less a run printed again right after itself, as a page does for two layouts
 * ("Tubman’s Hymnal", "Donated by …", the quotation, the paragraph; then all four again).
 */
function withoutRepeatedRuns(blocks: readonly RawBlock[], removed: string[]): RawBlock[] {
  const keys = blocks.map((b) => `${b.kind}\u0000${collapseWhitespace(b.text)}`)
  const out: RawBlock[] = []
  const kept: string[] = []
  for (let i = 0; i < blocks.length; ) {
    const k = repeatedRun(kept, keys, i)
    if (k > 0) {
      removed.push(...blocks.slice(i, i + k).map((b) => collapseWhitespace(b.text)))
      i += k
    } else {
      out.push(blocks[i]!)
      kept.push(keys[i++]!)
    }
  }
  return out
}

/** The length of the longest run of `keys` from `at` (MIN_REPEATED_RUN to REPEATED_RUN) that `before` ends on, or 0 (never a run of blank blocks). */
function repeatedRun(before: readonly string[], keys: readonly string[], at: number): number {
  for (let k = Math.min(REPEATED_RUN, keys.length - at, before.length); k >= MIN_REPEATED_RUN; k--) {
    let same = true
    for (let j = 0; j < k && same; j++) same = keys[at + j] === before[before.length - k + j]
    if (same && keys.slice(at, at + k).some((x) => /\p{L}/u.test(x))) return k
  }
  return 0
}

/** A wire story's dateline opens its text among this many first blocks. */
const DATELINE_REACH = 6
/** Words of a line before the dateline at most: a teaser or a caption, not a paragraph of the story. */
const FURNITURE_WORDS = 20

/** A wire service's dateline, its agency in brackets: "JAKARTA (Reuters) - " (not "UPDATE — "). */
function wireDateline(text: string): boolean {
  const [span] = datelineSpan(text)
  return !!span && /\(\p{Lu}[\p{L} .&/-]{1,29}\)/u.test(text.slice(span.start, span.end))
}

/**
 * Short sentences before a wire story's dateline ("The best and worst of Bollywood in 2014."
 * above "JAKARTA (Reuters) - Countries around Asia …"): the page's teasers and captions, since
 * the story starts at its dateline. A heading, or a line without a full stop (a headline), stays.
 */
function dropBeforeDateline(out: RawBlock[], removed: string[]): void {
  const at = out.slice(0, DATELINE_REACH).findIndex((b) => b.kind === 'paragraph' && wireDateline(collapseWhitespace(b.text)))
  for (let i = at - 1; i >= 0; i--) {
    const flat = collapseWhitespace(out[i]!.text)
    if (out[i]!.kind !== 'paragraph' || !/[.!?]$/.test(flat) || flat.split(' ').length > FURNITURE_WORDS) continue
    removed.push(flat)
    out.splice(i, 1)
  }
}

/** A closing phrase glued onto the last sentence of the last block ("…environment. Leave a Reply"). */
function dropGluedTail(out: RawBlock[], removed: string[]): void {
  const last = out[out.length - 1]
  if (!last || last.kind === 'code' || last.kind === 'table') return
  const m = GLUED_TAIL.exec(last.text)
  if (!m) return
  removed.push(collapseWhitespace(m[2] ?? ''))
  last.text = last.text.slice(0, m.index + (m[1] ?? '').length)
}

/**
 * A note on who the authors are, closing an opinion piece: "Andrés Malamud es politólogo e
 * investigador en la Universidad de Lisboa.", "Jane Doe is a reporter at the Tribune.", "Nelson D.
 * Schwartz has covered economics since 2012." — a name of two words or more, then "is a/an/the",
 * "es", "est", "ist", "has covered", "writes", each sentence short; after the first, a sentence
 * may go on about the same author ("He was also part of the team that won …", "Previously, he
 * wrote about …") when the note speaks of work for a newsroom.
 */
const AUTHOR_NOTE = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}(?:\s+\([^()]{1,60}\))?,?\s+(?:is (?:a|an|the|(?:\p{Lu}[\p{L}-]*\s+){1,3}(?:of|at|for))|es|est|ist|è|é|has (?:covered|written|reported)|covers|writes|reports)\s[^"“”«»]{3,200}$|^\p{Lu}[\p{L}'’.-]+\s+(?:&|and)\s+\p{Lu}[\p{L}'’.-]+\s+(?:write|report|cover)\s[^"“”«»]{3,200}$/u

/** How a note sends the reader to its author: "Contact her at …", "Follow him on Twitter at @zshanlon". */
const CONTACT_AUTHOR = /^(?:You can\s+)?(?:[Cc]ontact|[Ff]ollow|[Ee]mail|[Rr]each|[Ff]ind)\s+(?:her|him|them)\b[^"“”«»]{0,200}$/u

/** A note's invitation to more of the author's writing: "If you liked this post, you should subscribe to his free e-mail newsletter". */
const MORE_FROM_AUTHOR = /^[Ii]f you (?:liked|enjoyed) this (?:post|article|piece|story|essay)\b[^"“”«»]{0,200}$/u

/** A sentence of the note after its first, about the same author: "He was also part of the team that won …". */
const NOTE_GOES_ON = new RegExp(String.raw`^(?:\p{Lu}\p{Ll}+(?:\s\p{Ll}+)?,\s+)?(?:He|She|They|His|Her|Their|he|she|they|his|her|their)\s[^"“”«»]{3,200}$|${CONTACT_AUTHOR.source}|${MORE_FROM_AUTHOR.source}`, 'u')

/** What a note of several sentences says of its author: their work for the paper ("a Metro reporter", "wrote about Wall Street"). */
const NEWSROOM_WORK = /\b(?:reporter|correspondent|writer|editor|columnist|journalist|contributor|bureau chief|covers|covered|wrote about|writes about|has written)\b/i

/** The name an author note opens on ("Andrés Malamud" of "Andrés Malamud es politólogo …"). */
const NOTE_NAME = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}(?=,?\s)/u

/**
 * What follows the byline's name in a closing note on the writer: a comma or a bracket, in any
 * language, or what the writer is, wrote or does ("David Bornstein is the author of “How to
 * Change the World,” …": a book's title in quotation marks too).
 */
const WRITER_NOTE_AFTER_NAME = /^\s*[,(]|^\s+(?:is|was|has (?:written|covered|reported)|writes|teaches|covers|lives)\s/u

/** Words at most of a closing note that opens on the byline's name. */
const WRITER_NOTE_WORDS = 70

/** How many closing paragraphs may each be a note on an author ("X is the Forward’s network editor." "X is Opinion Editor of the Forward."). */
const AUTHOR_NOTES = 3

/** Drops the last paragraphs while each of their sentences is such a note; returns the names the notes are about. */
function dropAuthorNotes(blocks: RawBlock[], removed: string[], author?: string): string[] {
  const names: string[] = []
  for (let i = 0; i < AUTHOR_NOTES; i++) {
    const found = dropAuthorNote(blocks, removed, author)
    if (!found) break
    names.push(...found)
  }
  return names
}

/**
 * Drops the last paragraph when each of its sentences is such a note, or when it opens on the
 * byline's name and a comma or a bracket, in any language ("Dominika Rafalska, doktor nauk
 * humanistycznych, … Prowadzi zajęcia …"); the names it is about, else undefined.
 */
function dropAuthorNote(blocks: RawBlock[], removed: string[], author?: string): string[] | undefined {
  const last = blocks.at(-1)
  if (!last || last.kind !== 'paragraph') return undefined
  const flat = collapseWhitespace(last.text)
  // (the byline as the page wrote it, "By DAVID BORNSTEIN", names the writer the note opens on, "David Bornstein")
  const name = author?.replace(/^by\s+/iu, '')
  const opens = !!name && /\s/u.test(name) && flat.toLocaleLowerCase().startsWith(name.toLocaleLowerCase())
  if (opens && WRITER_NOTE_AFTER_NAME.test(flat.slice(name.length)) && flat.split(/\s+/u).length <= WRITER_NOTE_WORDS) {
    removed.push(flat)
    blocks.pop()
    return [flat.slice(0, name.length)]
  }
  // (not after an initial, "Nelson D. Schwartz"; the author's handle, "@NelsonSchwartz", closes the note)
  const sentences = flat.replace(/\s+@\w+$/u, '').split(/(?<=[^\s.]{2}[.!?])\s+(?=\p{Lu})/u).map((x) => x.replace(/[.!?]$/, ''))
  if (!sentences.every((x, i) => x.split(/\s+/).length <= 25 && (AUTHOR_NOTE.test(x) || (i > 0 && NOTE_GOES_ON.test(x))))) return undefined
  // (one who goes on being described is the paper's writer: "Maria Lopez is a nurse. She says …" is the story's; one the reader may contact is the writer)
  // (nor when the note is about the byline's own writer: "Ee Durbin is the Director of Infrastructure … They have been contributing …")
  if (sentences.length > 1 && !opens && !AUTHOR_NOTE.test(sentences[1]!) && !CONTACT_AUTHOR.test(sentences[1]!) && !NEWSROOM_WORK.test(flat)) return undefined
  removed.push(flat)
  blocks.pop()
  // (a thing the paragraph describes, "The Bardo Museum is the largest …", is no author)
  return sentences.flatMap((x) => NOTE_NAME.exec(x)?.[0] ?? []).filter((name) => !NOT_A_PERSON.test(name))
}

/** A name that opens on an article or ends on an organisation's or a place's word: not a person's. */
const NOT_A_PERSON = /^(?:The|A|An|La|El|Le|Les|Los|Las|Der|Die|Das|Il|Lo|Un|Une|Una)\s|\s(?:Museum|University|Institute|Company|Group|Party|Bank|City|Park|Street|Square|Foundation|Council|Ministry|Agency|Hospital|School|College)$/u

/** Words of a paragraph that introduces a list of its own at least. */
const LIST_LEAD_WORDS = 6

/**
 * Blocks in a run of two or more that are each nothing but a link (links after a short label of
 * their own too: "Docs: English, 简体中文, …"), and a short label over them ("Quick links:"): a list
 * of other stories or pages. Not a list the paragraph before it introduces with a colon: the article's own, its items linked
 * ("… new language features including:" over "[WebAssembly Tail Call](…)", …).
 */
function linkListBlocks(blocks: readonly RawBlock[]): Set<number> {
  const out = new Set<number>()
  let run: number[] = []
  // (a sentence, not a label over other stories' links, alone or after the paragraph's last sentence: "Read more:", "You might also like:", "… we built one. Trackbacks:")
  const lead = (b: RawBlock | undefined) => (b?.kind === 'paragraph' ? (b.text.trim().split(/(?<=[.!?])\s+/u).at(-1) ?? '') : '')
  const introduced = (i: number) => /:$/u.test(lead(blocks[i - 1])) && countWords(lead(blocks[i - 1])) >= LIST_LEAD_WORDS
  // (and a paragraph that is only a short label over them goes with them: "Quick links:")
  const label = (b: RawBlock | undefined) => b?.kind === 'paragraph' && /:$/u.test(b.text.trim()) && countWords(b.text) < LIST_LEAD_WORDS
  const end = () => {
    if (run.length >= 2 && !introduced(run[0]!)) {
      run.forEach((i) => out.add(i))
      if (label(blocks[run[0]! - 1])) out.add(run[0]! - 1)
    }
    run = []
  }
  blocks.forEach((b, i) => {
    if (b.linkOnly) run.push(i)
    else if (collapseWhitespace(b.text).length > 0) end()
  })
  end()
  return out
}

const ENDS_SENTENCE = /[.!?…。！？"”’»)]\s*$/

/** Removes boilerplate lines of a block; returns undefined when nothing is left. */
function trimLines(text: string, removed: string[]): string | undefined {
  const lines = text.split('\n').filter((l) => l.trim().length > 0)
  // a release's legal notice is its whole paragraph, wrapped lines and all ("These forward-\nlooking …")
  if (FORWARD_LOOKING.test(collapseWhitespace(text).slice(0, 200))) {
    removed.push(collapseWhitespace(text))
    return undefined
  }
  // one line, or a short block whose lines read as one ("Investors:\nKenneth Dorell\ninvestor@…", "Citation:\n… (2019, October 22)\nretrieved …\nfrom https://…")
  const flat = collapseWhitespace(text)
  if (lines.length <= 1 || flat.length <= 400) {
    if (isBoilerplateLine(flat)) {
      removed.push(flat)
      return undefined
    }
    if (lines.length <= 1) return text
  }
  // Leading lines: only when they do not run on into the next line as a sentence would.
  // (nor a label its colon gives what follows: "2024-06-28 7:09 AM Eastern:\nBrian Moussalli of JFrog reports …")
  while (lines.length > 0 && isBoilerplateLine(lines[0]!) && (lines.length === 1 || !/[,;:]\s*$/.test(lines[0]!))) {
    removed.push(collapseWhitespace(lines.shift()!))
  }
  // Trailing lines: only after a line that closes a sentence (so not a wrapped continuation).
  while (lines.length > 0 && isBoilerplateLine(lines[lines.length - 1]!) && (lines.length === 1 || ENDS_SENTENCE.test(lines[lines.length - 2]!))) {
    removed.push(collapseWhitespace(lines.pop()!))
  }
  return lines.length > 0 ? lines.join('\n') : undefined
}
