/**
 * An MDX post's module statements at its top ("import Image from 'next/image'", "export const
 * post = { author: 'Arqu', date: '2024-11-19', title: 'Relay outage: A post-mortem' }", "export
 * default (props) => <Layout …/>"): code the site's build runs, never article text. Left out of
 * the source before it is parsed; the plain strings an exported object gives (title, author,
 * date, description …) become the post's front matter, as a blog's YAML would give them.
 *
 * Usage: fromMarkdown(withMdxModuleAsFrontMatter(source))
 */
import { stringify } from 'yaml'

/** A line that opens a module statement: an import, or an export of a value. */
const STATEMENT = /^(?:import\s+(?:[\w$*{}\s,]+\s+from\s+)?['"][^'"\n]+['"]\s*;?\s*$|import\s+(?:[\w$]+\s*,\s*)?\{[^}]*$|export\s+(?:const|let|var|function|default|async\s+function)\b)/u
/** A key set to a plain string in an object literal, one to a line: "  title: 'Relay outage',". */
const STRING_KEY = /^\s*([A-Za-z_$][\w$]*)\s*:\s*(['"`])((?:\\.|(?!\2).)*)\2\s*,?\s*$/u
/** A key set to a list of plain strings on one line: "authors: ['Ann', 'Bo'],". */
const STRINGS_KEY = /^\s*([A-Za-z_$][\w$]*)\s*:\s*\[((?:\s*(['"])[^'"\n]*\3\s*,?)+)\]\s*,?\s*$/u
/** The front matter block a file may open on. */
const FRONT_MATTER = /^(?:---\n[\s\S]*?\n---|\+\+\+\n[\s\S]*?\n\+\+\+)\n/u

export function withMdxModuleAsFrontMatter(source: string): string {
  const front = FRONT_MATTER.exec(source)?.[0] ?? ''
  const lines = source.slice(front.length).split('\n')
  let at = 0
  const values: Record<string, string | string[]> = {}
  while (at < lines.length) {
    if (lines[at]!.trim() === '') {
      at++
      continue
    }
    if (!STATEMENT.test(lines[at]!)) break
    const end = statementEnd(lines, at)
    for (const line of lines.slice(at, end)) readKey(line, values)
    at = end
  }
  if (at === 0 || !lines.slice(0, at).some((l) => STATEMENT.test(l))) return source
  const rest = lines.slice(at).join('\n')
  // (a file with its own front matter keeps it: the module's strings only fill in a file without one)
  const data = Object.keys(values).length > 0 && !front ? `---\n${stringify(values).trimEnd()}\n---\n` : front
  return `${data}${rest}`
}

/** The index after the last line of the statement opening at `from`: where its brackets close (and an import's "from '…'" is read). */
function statementEnd(lines: readonly string[], from: number): number {
  let depth = 0
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!.replace(/(['"`])(?:\\.|(?!\1).)*\1/gu, '""')
    depth += (line.match(/[{[(]/gu) ?? []).length - (line.match(/[}\])]/gu) ?? []).length
    const importOpen = /^import\b/u.test(lines[from]!) && !/['"]\s*;?\s*$/u.test(lines[i]!)
    if (depth <= 0 && !importOpen) return i + 1
  }
  return lines.length
}

/** Records a line's key and plain string (or strings), the first value of each key. */
function readKey(line: string, values: Record<string, string | string[]>): void {
  const one = STRING_KEY.exec(line)
  if (one && !(one[1]! in values)) {
    values[one[1]!] = one[3]!.replace(/\\(.)/gu, '$1')
    return
  }
  const many = STRINGS_KEY.exec(line)
  if (many && !(many[1]! in values)) values[many[1]!] = [...many[2]!.matchAll(/(['"])([^'"\n]*)\1/gu)].map((m) => m[2]!)
}
