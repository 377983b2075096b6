/**
 * Text made safe to stand literally inside a regular expression ("D.A. Davidson" → "D\.A\. Davidson").
 *
 * Usage: new RegExp(`${escapeRegExp(name)},\\s`, 'u')
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
