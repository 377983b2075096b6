/**
 * A note to the post's editors written as an HTML comment on a line of its own inside a
 * paragraph ("check out our ⏎ <!-- CHANGEME: change this whenever the full changelog is ready! --> ⏎
 * [full changelog](…)."): Markdown lets it end the paragraph, and the sentence would be cut in two.
 * Such lines are left out of the source before it is parsed; not inside a fenced code block.
 *
 * Usage: fromMarkdown(withoutCommentLines(source))
 */
import { mapOutsideFences } from './fences.ts'

/** A line that is one HTML comment and nothing else. */
const COMMENT_LINE = /^\s{0,3}<!--(?:(?!-->).)*-->\s*$/u

export function withoutCommentLines(markdown: string): string {
  if (!markdown.includes('<!--')) return markdown
  const lines = mapOutsideFences(markdown, (line) => (COMMENT_LINE.test(line) ? '\u0000' : line)).split('\n')
  // (the line goes whole: a blank line left in its place would part the paragraph as the comment did)
  return lines.filter((line) => line !== '\u0000').join('\n')
}
