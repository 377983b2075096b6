import { describe, expect, it } from 'vitest'
import { localWrittenDate } from '../../src/ingest/local-dates.ts'
import { parseHtml } from '../../src/ingest/html.ts'

describe('localWrittenDate', () => {
  it('reads a day written in words in other languages, the month in the form a date takes', () => {
    expect(localWrittenDate('11 maja 2021, 11:49')).toBe('2021-05-11')
    expect(localWrittenDate('11. Mai 2021')).toBe('2021-05-11')
    expect(localWrittenDate('11 de mayo de 2021')).toBe('2021-05-11')
    expect(localWrittenDate('11 мая 2021 г.')).toBe('2021-05-11')
    expect(localWrittenDate('3 ottobre 2020')).toBe('2020-10-03')
    expect(localWrittenDate('5 Nisan 2025 Cumartesi')).toBe('2025-04-05')
    expect(localWrittenDate('22 Ağustos 2024')).toBe('2024-08-22')
    expect(localWrittenDate('11 portes 2021')).toBeUndefined()
    expect(localWrittenDate('Mai 2021')).toBeUndefined()
  })

  it('dates a page by the day its headline\'s header writes so', () => {
    const story = Array.from({ length: 5 }, (_, i) => `<p>Akapit ${i + 1}: Rosjanie sugerują odcięcie dostaw gazu, a polskie władze odpowiadają, że umowa wygasa w przyszłym roku.</p>`).join('')
    const page = `<html lang="pl"><head><title>Gaz</title></head><body><div class="news-header"><h1>Rosjanie sugerują odcięcie Polski od gazu</h1><div class="row"><span>11 maja 2021, 11:49</span></div></div><article>${story}</article></body></html>`
    expect(parseHtml(page, 'pl.html').meta.date).toBe('2021-05-11')
  })
})
