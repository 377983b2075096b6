import { describe, expect, it } from 'vitest'
import { parseHTML } from 'linkedom'
import { isCaption, pictureTexts, repeatsAPicture } from '../../src/ingest/captions.ts'

describe('isCaption', () => {
  it.each([
    ['Map: Flow of foreign fighters to Syria'],
    ['Twitter CEO Dick Costolo (far left) and his team at the launch'],
    ['In this undated file photo, the museum’s main hall is seen from the gallery.'],
    ['Traffic on the northbound lanes of the Interstate 405 freeway near the airport (Getty/Kevork Djansezian)'],
    // a paragraph wholly in brackets that credits the picture inside
    ['(Scatterplots with Lowess lines illustrating broad patterns of (A) stature variation, illustrating a general decline over 30 kya, followed by stabilization, and (B) body mass variation across the same span. Shaded regions represent 95% confidence intervals around fit lines, drawn for each region. Credit: Proceedings of the National Academy of Sciences (2023). DOI: 10.1073/pnas.2209482119)'],
    // a numbered figure's caption in other languages, however long, its label set in bold or italics
    [`**Зображення 1:** Порівняння використання памʼяті між etcd v3.5.20 і v3.6.0-rc.2 за різними співвідношеннями читання/запису. ${'Кожен графік показує використання памʼяті з часом. '.repeat(5)}`],
    ['Рисунок 3: Схема кластера'],
    ['图 2：内存使用对比'],
    // (its number closed by a full stop, the caption in capitals after it)
    ['**Figure 1**. An overview of security guidelines for new projects'],
    ['Fig. 3. Données de 2020'],
    // a picture named by where it stands in the post
    ['Heading image: The Education of Achilles by Eugène Delacroix, 1862'],
    ['Final image: View of Florence, by Corot, 1840'],
  ])('%j is a caption', (text) => expect(isCaption(text)).toBe(true))

  it('takes a sentence of prose for none', () => {
    expect(isCaption('The museum reopened on Tuesday after three years of work.')).toBe(false)
    expect(isCaption('(The museum reopened on Tuesday after three years of work, the city said.)')).toBe(false)
    expect(isCaption('Figure 1. shows how the museum grew.')).toBe(false)
  })
})

describe('repeatsAPicture', () => {
  const page = (body: string) => parseHTML(`<html><body>${body}</body></html>`).document as unknown as Document

  it('knows a line that says again, whole, what a picture’s text says', () => {
    const alts = pictureTexts(page('<div><img src="a.jpg" alt="The slimmer bezels of the new laptop"></div><span>The slimmer bezels of the new laptop</span>'))
    expect(repeatsAPicture('The slimmer bezels of the new laptop', alts)).toBe(true)
    expect(repeatsAPicture('  The slimmer  bezels of the new laptop. ', alts)).toBe(true)
  })

  it('keeps a sentence that says more than the picture’s text, and a picture’s text of a word or two', () => {
    const alts = pictureTexts(page('<img src="a.jpg" alt="The slimmer bezels of the new laptop"><img src="b.jpg" alt="Keyboard"><img src="c.jpg" alt="">'))
    expect(repeatsAPicture('The slimmer bezels of the new laptop make it smaller.', alts)).toBe(false)
    expect(repeatsAPicture('Keyboard', alts)).toBe(false)
    expect(alts.size).toBe(1)
  })
})
