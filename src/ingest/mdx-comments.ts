/**
 * MDX comments ("{/* … *\/}"), which MDX posts (react.dev, Docusaurus) put after a heading as
 * its anchor ("## Routing {/*routing*\/}") or between paragraphs as a note to their editors:
 * never article text. Removed from the Markdown source before it is parsed, but not inside a
 * fenced code block or a code span, where they are the code's own (JSX's comments).
 *
 * Usage: fromMarkdown(withoutMdxComments(source))
 */
import { insideCodeSpan, mapOutsideFences } from './fences.ts'

/** An MDX comment on one line. */
const MDX_COMMENT = /\{\/\*.*?\*\/\}/gu

export function withoutMdxComments(markdown: string): string {
  if (!markdown.includes('{/*')) return markdown
  return mapOutsideFences(markdown, (line) => {
    const out = line.replace(MDX_COMMENT, (comment, at: number) => (insideCodeSpan(line, at) ? comment : ''))
    return out === line ? line : out.trimEnd()
  })
}
