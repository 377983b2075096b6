/**
 * Slidev app setup for a deckwright deck. Slidev shows a few titles as the plain text of their
 * Markdown source: the overview page and the printed notes (each slide's title), and the file
 * name the download button suggests (the deck title). deckwright's titles are escaped Markdown,
 * so a title holding `& * < _` would read there as written (`Costs &amp; benefits`); this sets
 * those titles to the text they stand for. The goto dialog and slides render the Markdown
 * itself and are not touched.
 */
import { configs } from '@slidev/client'
// Slidev's virtual module of the deck's slides (resolved inside a deck only)
import { slides } from '#slidev/slides'
import { plainTitle } from '../src/visuals/plain-title.ts'

interface SlideRoute {
  meta?: { slide?: { title?: string } }
}

export default function setupTitles(): void {
  if (typeof configs.title === 'string') configs.title = plainTitle(configs.title)
  for (const route of (slides as { value: SlideRoute[] }).value) {
    const slide = route.meta?.slide
    if (typeof slide?.title === 'string') slide.title = plainTitle(slide.title)
  }
}
