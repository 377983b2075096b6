import { PDFDocument, StandardFonts, rgb } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { checkPdf, drawsText } from '../../src/export/pdf-check.ts'

describe('checkPdf', () => {
  it('counts pages and finds the ones without text', async () => {
    const doc = await PDFDocument.create()
    const font = await doc.embedFont(StandardFonts.Helvetica)
    doc.addPage([300, 200]).drawText('hello', { x: 10, y: 10, font })
    doc.addPage([300, 200]).drawRectangle({ x: 10, y: 10, width: 50, height: 50, color: rgb(1, 0, 0) })
    doc.addPage([300, 200])
    doc.addPage([300, 200]).drawText('again', { x: 10, y: 10, font })
    const result = await checkPdf(await doc.save())
    expect(result).toEqual({ pages: 4, textless: [1, 2] })
  })
})

describe('drawsText', () => {
  it('recognises text-showing operators inside a text object', () => {
    expect(drawsText('BT /F1 12 Tf 10 10 Td (Hi) Tj ET')).toBe(true)
    expect(drawsText('BT /F1 12 Tf <0041> Tj ET')).toBe(true)
    expect(drawsText('BT [(A) -20 (B)] TJ ET')).toBe(true)
    expect(drawsText('q 1 0 0 1 0 0 cm 0 0 10 10 re f Q')).toBe(false)
    expect(drawsText('BT /F1 12 Tf ET')).toBe(false)
  })
})
