/**
 * Every piece of text a slide shows, each with where it sits (title, bullet, item, …), so
 * quality checks can look at all of it; slide kinds added later are covered through the
 * fields they share (title, text, label, caption, items, bullets, people).
 */
import type { Slide } from '../types.ts'

export interface SlideText {
  where: 'title' | 'subtitle' | 'bullet' | 'item' | 'text' | 'label' | 'caption'
  text: string
}

const SCALAR_FIELDS = ['subtitle', 'text', 'label', 'context', 'caption'] as const

function itemText(item: unknown): string | undefined {
  if (typeof item === 'string') return item
  if (item && typeof item === 'object' && 'label' in item && typeof item.label === 'string') return item.label
  return undefined
}

export function slideTexts(slide: Slide): SlideText[] {
  const out: SlideText[] = [{ where: 'title', text: slide.title }]
  const fields = slide as unknown as Record<string, unknown>
  for (const key of SCALAR_FIELDS) {
    const value = fields[key]
    if (typeof value !== 'string' || !value) continue
    const where = key === 'context' ? 'text' : key
    out.push({ where, text: value })
  }
  if (Array.isArray(fields.bullets)) {
    for (const b of fields.bullets as Array<{ text?: unknown }>) {
      if (typeof b?.text === 'string') out.push({ where: 'bullet', text: b.text })
    }
  }
  // (the people of a "Who's who" slide: each name and who the article says they are)
  if (Array.isArray(fields.people)) {
    for (const p of fields.people as Array<{ name?: unknown; description?: unknown }>) {
      for (const text of [p?.name, p?.description]) if (typeof text === 'string') out.push({ where: 'item', text })
    }
  }
  if (Array.isArray(fields.items)) {
    for (const item of fields.items) {
      const text = itemText(item)
      if (text) out.push({ where: 'item', text })
    }
  }
  return out
}
