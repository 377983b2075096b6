import { expect } from 'vitest'
import { DeckwrightError, type ErrorCode } from '../../src/errors.ts'
import type { Article } from '../../src/types.ts'
import type { RawBlock } from '../../src/ingest/blocks.ts'

/** Checks the Article invariants every parser must keep. */
export function expectWellFormed(article: Article): void {
  expect(article.blocks.length).toBeGreaterThan(0)
  let previousEnd = -2
  for (const block of article.blocks) {
    const text = article.text.slice(block.start, block.end)
    expect(text.length).toBeGreaterThan(0)
    expect(text).not.toContain('\n\n')
    if (block.kind === 'table') expectTableWellFormed(article, block)
    else expect(text).toBe(text.trim())
    if (block.kind !== 'code' && block.kind !== 'table') expect(text).not.toMatch(/\s{2,}|[\n\t]/)
    // Blocks are separated by exactly one blank line.
    expect(block.start).toBe(previousEnd + 2)
    if (previousEnd >= 0) expect(article.text.slice(previousEnd, block.start)).toBe('\n\n')
    if (block.kind === 'heading') expect(block.depth).toBeGreaterThanOrEqual(1)
    else expect(block.depth).toBeUndefined()
    previousEnd = block.end
  }
  expect(previousEnd).toBe(article.text.length)
}

/** A table block: one Table spans it, every cell is a span of it, rows as wide as the table. */
function expectTableWellFormed(article: Article, block: Article['blocks'][number]): void {
  const table = article.tables.find((t) => t.start === block.start)
  expect(table).toBeDefined()
  expect(table!.end).toBe(block.end)
  expect(article.blocks[table!.block]).toBe(block)
  const cells = [table!.caption, ...table!.notes, ...table!.head.flat(), ...table!.body.flat()].filter((c) => c !== undefined)
  for (const c of cells) {
    expect(article.text.slice(c.start, c.end)).toBe(c.text)
    expect(c.start >= block.start && c.end <= block.end).toBe(true)
    expect(c.text).not.toMatch(/[\t\n]|\s{2,}/)
  }
  for (const row of [...table!.head, ...table!.body]) expect(row).toHaveLength(table!.columns)
}

/** The text of each block. */
export function blockTexts(article: Article): string[] {
  return article.blocks.map((b) => article.text.slice(b.start, b.end))
}

export async function expectError(promise: Promise<unknown> | (() => unknown), code: ErrorCode, message?: RegExp): Promise<DeckwrightError> {
  let error: unknown
  try {
    await (typeof promise === 'function' ? promise() : promise)
  } catch (e) {
    error = e
  }
  expect(error).toBeInstanceOf(DeckwrightError)
  const err = error as DeckwrightError
  expect(err.code).toBe(code)
  expect(err.hint).toBeTruthy()
  if (message) expect(err.message).toMatch(message)
  return err
}

/** A paragraph and a heading as the readers hand them to the cleaning stages. */
export const rawParagraph = (text: string): RawBlock => ({ kind: 'paragraph', text })
export const rawHeading = (text: string, depth = 2): RawBlock => ({ kind: 'heading', depth, text })
