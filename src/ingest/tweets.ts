/**
 * Posts a page embeds from X (Twitter), as saved pages and pasted text keep them: the post's
 * words, then a line that signs it with its author's name, handle and date ("— Arvind Kejriwal
 * (@ArvindKejriwal) November 1, 2019"). The words are the author's, set off as a quotation
 * that its next line signs (analyze/quotes.ts credits it), the signature keeps the name alone,
 * and the link to the post's picture ("pic.twitter.com/MYwRz9euaq") is no word of theirs.
 *
 * Usage: tweetsAsQuotations(blocks) // before the blocks are assembled
 */
import { WRITTEN_DATE } from '../analyze/months.ts'
import { collapseWhitespace, type RawBlock } from './blocks.ts'

/** A post's signature: a dash, its author's name, the handle in brackets, the date. */
const SIGNATURE = new RegExp(String.raw`^([—–-]\s*\p{Lu}[^()@\n]{1,60}?)\s*\(@\w{1,15}\)\s*(?:${WRITTEN_DATE})?\s*$`, 'u')

/** The link to a post's picture. */
const PICTURE_LINK = /\s*\bpic\.twitter\.com\/\w+/gu

export function tweetsAsQuotations(blocks: readonly RawBlock[]): RawBlock[] {
  const signs = (b: RawBlock | undefined) => (b ? SIGNATURE.exec(collapseWhitespace(b.text)) : null)
  return blocks.map((b, i) => {
    const own = signs(b)
    if (own) return { ...b, kind: 'blockquote', text: own[1]! }
    if (signs(blocks[i + 1]) && (b.kind === 'paragraph' || b.kind === 'blockquote')) return { ...b, kind: 'blockquote', text: b.text.replace(PICTURE_LINK, '') }
    return b
  })
}
