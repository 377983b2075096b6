/**
 * MDX comments ("{/* … *\/}"), which MDX posts (react.dev, Docusaurus) put after a heading as
 * its anchor ("## Routing {/*routing*\/}") or between paragraphs as a note to their editors:
 * never article text. Removed from the Markdown source before it is parsed, but not inside a
 * fenced code block or a code span, where they are the code's own (JSX's comments).
 *
 * Usage: fromMarkdown(withoutMdxComments(source))
 */

/** An MDX comment on one line. */
const MDX_COMMENT = /\{\/\*.*?\*\/\}/gu
/** A line that opens or closes a fenced code block. */
const FENCE = /^\s{0,3}(`{3,}|~{3,})/u

export function withoutMdxComments(markdown: string): string {
  if (!markdown.includes('{/*')) return markdown
  let fence: string | undefined
  return markdown
    .split('\n')
    .map((line) => {
      const mark = FENCE.exec(line)?.[1]
      if (mark && (!fence || (mark[0] === fence[0] && mark.length >= fence.length))) {
        fence = fence ? undefined : mark
        return line
      }
      if (fence) return line
      // (an odd number of backticks before it: inside a code span)
      const out = line.replace(MDX_COMMENT, (comment, at: number) => ((line.slice(0, at).match(/`/gu)?.length ?? 0) % 2 === 1 ? comment : ''))
      return out === line ? line : out.trimEnd()
    })
    .join('\n')
}
