/**
 * Languages deckwright has no words for yet but can still set right: the direction they are
 * written in and their quotation marks. A language with a locale file takes both from there.
 */
import type { Direction, QuoteMarks } from './types.ts'

export interface Typography {
  dir?: Direction
  marks?: QuoteMarks
}

export const TYPOGRAPHY: Readonly<Record<string, Typography>> = {
  // (Norwegian quotes in guillemets, «…»)
  nb: { marks: { open: '«', close: '»' } },
  nn: { marks: { open: '«', close: '»' } },
  no: { marks: { open: '«', close: '»' } },
  arc: { dir: 'rtl' },
  ckb: { dir: 'rtl' },
  dv: { dir: 'rtl' },
  fa: { dir: 'rtl' },
  he: { dir: 'rtl' },
  iw: { dir: 'rtl' },
  ps: { dir: 'rtl' },
  sd: { dir: 'rtl' },
  ug: { dir: 'rtl' },
  ur: { dir: 'rtl' },
  yi: { dir: 'rtl' },
}
