/**
 * A Jekyll post's markup for its site's build, never text on a slide: Liquid's link tags where a
 * link's address goes ("[1]: {% post_url 2018-11-01-survey %}", "[notes]({% link _posts/notes.md
 * %})": without an address the Markdown link is no link, and "[2018 state of Haskell survey][1]"
 * stays on the slide, brackets and all), each made the path it names; and kramdown's attribute
 * lists ("[CentOS 7](https://www.centos.org/){:target="_blank"}", "{: .note}"), left out. Not
 * inside a fenced code block, where they are the code's own, nor a tag in the text.
 *
 * Usage: fromMarkdown(withoutJekyllMarkup(source))
 */
import { insideCodeSpan, mapOutsideFences } from './fences.ts'

/** A link tag where a link's address goes (after "]: " or "]("): its path. */
const LINK_TAG = /(\]:\s*|\]\(\s*)\{%-?\s*(?:post_url|link)\s+([^\s%]+)\s*-?%\}/gu
/** A kramdown attribute list: "{:target="_blank"}", "{: .class #id}". */
const ATTRIBUTES = /\{:[^{}\n]*\}/gu

export function withoutJekyllMarkup(markdown: string): string {
  if (!markdown.includes('{%') && !markdown.includes('{:')) return markdown
  return mapOutsideFences(markdown, (line) => {
    const out = line.replace(LINK_TAG, '$1$2').replace(ATTRIBUTES, (attrs, at: number) => (insideCodeSpan(line, at) ? attrs : ''))
    return out === line ? line : out.trimEnd()
  })
}
