/**
 * Jekyll's link tags in a post's Markdown ("[1]: {% post_url 2018-11-01-survey %}", "[notes]({%
 * link _posts/notes.md %})"): the site's build turns them into addresses, and without one the
 * Markdown link is no link ("[2018 state of Haskell survey][1]" stays on the slide, brackets and
 * all). Each becomes the path it names; not one in the text, nor inside a fenced code block,
 * where it is the code's own.
 *
 * Usage: fromMarkdown(withLiquidLinks(source))
 */

/** A link tag where a link's address goes (after "]: " or "]("): its path. */
const LINK_TAG = /(\]:\s*|\]\(\s*)\{%-?\s*(?:post_url|link)\s+([^\s%]+)\s*-?%\}/gu
/** A line that opens or closes a fenced code block. */
const FENCE = /^\s{0,3}(`{3,}|~{3,})/u

export function withLiquidLinks(markdown: string): string {
  if (!markdown.includes('{%')) return markdown
  let fence: string | undefined
  return markdown
    .split('\n')
    .map((line) => {
      const mark = FENCE.exec(line)?.[1]
      if (mark && (!fence || (mark[0] === fence[0] && mark.length >= fence.length))) {
        fence = fence ? undefined : mark
        return line
      }
      return fence ? line : line.replace(LINK_TAG, '$1$2')
    })
    .join('\n')
}
