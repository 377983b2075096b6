/**
 * Line-by-line rewriting of Markdown source outside its fenced code blocks, where the text is the
 * code's own and stays as written.
 *
 * Usage: mapOutsideFences(markdown, (line) => line.replace(…)), with insideCodeSpan(line, at) for a match's place
 */

/** A line that opens or closes a fenced code block. */
const FENCE = /^\s{0,3}(`{3,}|~{3,})/u

export function mapOutsideFences(markdown: string, rewrite: (line: string) => string): string {
  let fence: string | undefined
  return markdown
    .split('\n')
    .map((line) => {
      const mark = FENCE.exec(line)?.[1]
      if (mark && (!fence || (mark[0] === fence[0] && mark.length >= fence.length))) {
        fence = fence ? undefined : mark
        return line
      }
      return fence ? line : rewrite(line)
    })
    .join('\n')
}

/** Whether `at` is inside a code span of the line: an odd number of backticks before it. */
export function insideCodeSpan(line: string, at: number): boolean {
  return (line.slice(0, at).match(/`/gu)?.length ?? 0) % 2 === 1
}
