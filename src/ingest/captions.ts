/**
 * Captions of pictures, maps and charts left in the text of a page or a plain-text copy: the
 * slide cannot show the picture, so its caption is no statement of the article. A caption is a
 * short paragraph labelled as one ("Map: Flow of foreign fighters to Syria", "Photo: …") or
 * one that places people in a picture ("Twitter CEO Dick Costolo (far left) and …"), or an
 * article's short first paragraph that opens pointing at something ("These Streptococcus
 * pyogenes bacteria use …"): nothing comes before it in the text, so it points at a picture.
 */
import { countWords } from '../analyze/script.ts'
import { collapseWhitespace } from './blocks.ts'

/** A numbered figure's label: "Figure", "Abbildung", "Рисунок", "Зображення", "图". */
const FIGURE = String.raw`(?:figure|fig\.|figura|abbildung|abb\.|рисунок|рис\.|зображення|изображение|obrázek|obr\.|rysunek|rys\.|图|圖|図)`

/** "Map: …", "Photo: …", "Above: …" — a label that names a picture, then its caption (a numbered figure's: FIGURE_CAPTION). */
const LABELLED = /^(?:(?:heading|header|top|lead|cover|featured|final|closing|opening|banner|main|title)\s+(?:image|photo|picture|illustration|painting|art|artwork)|map|photo|photograph|picture|image|graphic|chart|video|illustration|infographic|gallery|slideshow|above|top|pictured|foto|bild|karte|carte|imagen|immagine|grafik|graphique|gráfico|mapa)\s*[:|–—：]\s*\S/iu

/** "Figure 2: …", "Figure 1. An overview of …" in the languages deckwright has words for: a numbered figure's caption, which may run long. */
const FIGURE_CAPTION = new RegExp(String.raw`^${FIGURE}\s*\d+[a-z]?[*_]*\s*(?:[:|–—：]\s*\S|\.\s+)`, 'iu')

/** Whether a text opens on a numbered figure's caption: after "Figure 1." a capital ("Figure 1. shows …" is a sentence). */
function figureCaption(text: string): boolean {
  const m = FIGURE_CAPTION.exec(text)
  return m !== null && (!m[0].endsWith(' ') || /^\p{Lu}/u.test(text.slice(m[0].length)))
}

/** "(far left)", "(center)", "(à gauche)", "(links)": a place in a picture, in brackets. */
const PLACED = /\((?:(?:far|top|bottom|second from|front|back|standing|seated)\s+)?(?:left|right|center|centre|middle|above|below|pictured|l|r|l to r|left to right|from left)\)|\((?:à gauche|à droite|au centre|de gauche à droite|links|rechts|mitte|izquierda|derecha|centro|sinistra|destra)\)/iu

/** "1 of 4. Authorities monitor …": a slideshow's count, then the picture's caption. */
const SLIDESHOW = /^\d{1,3}\s+(?:of|\/)\s+\d{1,3}\.\s+\p{Lu}/u

/** Longest caption, in characters: a longer paragraph is prose that happens to mention a picture. */
const MAX_CAPTION = 320

/** "Clockwise from top: …", "From left: …": the places of several pictures, then their captions. */
const AROUND = /^(?:clockwise|counter-?clockwise|anti-?clockwise)\s+from\s+(?:the\s+)?(?:top|bottom|left|right)(?:\s+(?:left|right))?\s*[:,]|^from\s+(?:left|right|top)\s*[:,]\s*\p{Lu}/iu

/** "Above, the skull of …; right, a bullet …": two pictures' places, each before its caption. */
const PLACES = /^(?:above|below|left|right|top|bottom|opposite),\s.{3,150};\s+(?:above|below|left|right|top|bottom|opposite),\s/iu

/** A photographer's credit closing the caption, or alone: "… general election. (Thomas Coex/AFP/Getty Images)", "… Photograph: Adrian Malloch", "JIM WATSON/AFP/Getty Images", "(Getty/Kevork Djansezian)". */
const CREDITED = /(?:\((?:[^()]{2,100}(?:\/|\s(?:via|for)\s))?(?:AP|AFP|Reuters|Getty(?: Images)?|EPA|Bloomberg|Associated Press|Shutterstock|Alamy)(?:\/[^()]{2,40})?\)|\b(?:Photograph|Photo|Picture|Photo credit|Credit):\s*\p{Lu}[^.]{2,60}|^[^()/]{2,60}\/(?:AP|AFP|Reuters|Getty(?: Images)?|EPA|Bloomberg|Shutterstock|Alamy)(?:\/[^()]{2,40})?)\.?$/u

/** "In this photo taken on …", "In this undated file photo …": a wire service's caption, however long. */
const IN_THIS_PHOTO = /^in\s+(?:this|these|an?)\s+(?:\p{L}+\s+){0,2}(?:photos?|photographs?|pictures?|images?)\b/iu

/** A paragraph wholly in brackets that credits a picture inside: "(Scatterplots with Lowess lines … Credit: Proceedings of the National Academy of Sciences (2023))". */
const BRACKETED_CREDIT = /^\((?=[^]*\b(?:credit|photo credit|image credit|source|photo|image)\s*:)[^]*\)$/iu

/** Longest wire caption, in characters. */
const MAX_WIRE_CAPTION = 700

export function isCaption(text: string): boolean {
  const t = text.trim()
  if (t.length > 0 && t.length <= MAX_WIRE_CAPTION && (IN_THIS_PHOTO.test(t) || BRACKETED_CREDIT.test(t))) return true
  if (t.length > 0 && t.length <= MAX_WIRE_CAPTION && figureCaption(t.replace(/^[*_]+/u, ''))) return true
  if (t.length === 0 || t.length > MAX_CAPTION) return false
  return LABELLED.test(t) || PLACED.test(t) || SLIDESHOW.test(t) || AROUND.test(t) || PLACES.test(t) || CREDITED.test(t)
}

/**
 * "These …"/"Those …" not a moment ("These days") nor a verb ("These are …"); "This" only before
 * a word that names a picture ("This photo …"): "This memo describes …" is the article speaking.
 */
const POINTING = /^(?:(?:these|those)\s+(?!(?:days|years|weeks|months|are|were|have|had|will|would|may|might|can|could)\b)\p{L}|(?:this|pictured|shown)\s+(?:photo|photograph|picture|image|map|chart|graphic|illustration|screenshot|file photo|undated)\b)/iu

/** Whether the article's first paragraph is a caption: short, and pointing at what the text never showed. */
export function isOpeningCaption(text: string): boolean {
  const t = text.trim()
  return t.length > 0 && t.length <= MAX_CAPTION && POINTING.test(t)
}

/** Fewest words of a picture's text that a caption repeating it is known by. */
const MIN_ALT_WORDS = 3

/** The texts a page gives its pictures (`alt`) of MIN_ALT_WORDS words or more, as keys for repeatsAPicture. */
export function pictureTexts(doc: Document): Set<string> {
  const out = new Set<string>()
  for (const img of Array.from(doc.querySelectorAll('img[alt]'))) {
    const alt = img.getAttribute('alt') ?? ''
    if (countWords(alt) >= MIN_ALT_WORDS) out.add(pictureKey(alt))
  }
  return out
}

/** Whether a paragraph says again, whole, what a picture's text says: the picture's caption ("The slimmer bezels of the 16-inch MacBook Pro"). */
export function repeatsAPicture(text: string, alts: ReadonlySet<string>): boolean {
  return alts.has(pictureKey(text))
}

function pictureKey(text: string): string {
  return collapseWhitespace(text).replace(/[.!]+$/u, '').toLowerCase()
}
