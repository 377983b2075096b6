import { describe, expect, it } from 'vitest'
import { dashAttribution, dashQuotationSpans } from '../../src/analyze/dash-quotes.ts'

const words = (text: string) => dashQuotationSpans(text).map((d) => text.slice(d.start, d.end))

describe('dashQuotationSpans', () => {
  it('reads words a dash opens and a dash before a verb of saying closes, over several sentences and past a dash inside them', () => {
    const text = 'Ta sytuacja może się zmienić. – Klimat ocieplił się w ciągu dekady – o 0,4 st. C. W ciągu 50 lat wzrośnie – mówi Karvonen i dodaje, że już teraz można.'
    expect(words(text)).toEqual(['Klimat ocieplił się w ciągu dekady – o 0,4 st. C. W ciągu 50 lat wzrośnie'])
  })

  it('reads the Russian comma before the closing dash and the Spanish dashes without spaces', () => {
    expect(words('— Это серьёзная проблема, — сказал министр.')).toEqual(['Это серьёзная проблема'])
    expect(words('—Es un problema grave —dijo el ministro—.')).toEqual(['Es un problema grave'])
  })

  it('reads words a colon opens when no dash does', () => {
    expect(words('Dosłownie: Najpierw robimy wino, potem piwo – mówi McCabe.')).toEqual(['Najpierw robimy wino, potem piwo'])
  })

  it('finds nothing where no verb of saying follows the dash, nothing opens the words, or the verb is a passive the writer set off', () => {
    expect(words('– Komitet powinien brać udział – to jasne.')).toEqual([])
    expect(words('The committee met on Monday – said the minister.')).toEqual([])
    expect(words('The deal. – The firm – said to be worth $5bn – grew.')).toEqual([])
  })

  it('opens one quotation after the last one closed, not at an earlier opening', () => {
    const text = '– Prosta w uprawie – mówi Juha Karvonen. – Z kolei winiarze uprawiają odmiany Rondo – dodaje.'
    expect(words(text)).toEqual(['Prosta w uprawie', 'Z kolei winiarze uprawiają odmiany Rondo'])
  })
})

describe('dashAttribution', () => {
  it('reads the name after the verb, a first name and surname ending its clause, or no name', () => {
    expect(dashAttribution(' mówi Juha Karvonen, naukowiec.')?.name).toBe('Juha Karvonen')
    expect(dashAttribution(' mówił w Sejmie premier Mateusz Morawiecki, przekonując do głosowania.')).toMatchObject({ name: 'Mateusz Morawiecki' })
    expect(dashAttribution(' mówi. W 2018 r. Noita wyprodukowała wino.')).toMatchObject({ name: '', pronoun: true })
    expect(dashAttribution(' сказал он.')).toMatchObject({ name: '', pronoun: true })
    expect(dashAttribution(' mówił w Sejmie, że trzeba głosować.')).toBeUndefined()
  })
})
