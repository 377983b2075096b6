/**
 * Captions of pictures, maps and charts left in the text of a page or a plain-text copy: the
 * slide cannot show the picture, so its caption is no statement of the article. A caption is a
 * short paragraph labelled as one ("Map: Flow of foreign fighters to Syria", "Photo: …") or
 * one that places people in a picture ("Twitter CEO Dick Costolo (far left) and …").
 */

/** "Map: …", "Photo: …", "Above: …" — a label that names a picture, then its caption. */
const LABELLED = /^(?:map|photo|photograph|picture|image|graphic|chart|video|illustration|infographic|gallery|slideshow|above|top|pictured|foto|bild|karte|carte|imagen|immagine|grafik|graphique|gráfico|mapa)\s*[:|–—]\s*\S/iu

/** "(far left)", "(center)", "(à gauche)", "(links)": a place in a picture, in brackets. */
const PLACED = /\((?:(?:far|top|bottom|second from|front|back|standing|seated)\s+)?(?:left|right|center|centre|middle|above|below|pictured|l|r|l to r|left to right|from left)\)|\((?:à gauche|à droite|au centre|de gauche à droite|links|rechts|mitte|izquierda|derecha|centro|sinistra|destra)\)/iu

/** Longest caption, in characters: a longer paragraph is prose that happens to mention a picture. */
const MAX_CAPTION = 320

export function isCaption(text: string): boolean {
  const t = text.trim()
  if (t.length === 0 || t.length > MAX_CAPTION) return false
  return LABELLED.test(t) || PLACED.test(t)
}
