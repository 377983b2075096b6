/**
 * Lists the functions in src/ longer than a limit (default 60 lines), longest first, using the
 * TypeScript compiler's parser: function declarations and expressions, arrow functions and
 * methods, each counted from its first to its last line. Exits 1 when any is over the limit.
 *
 *   npm run check:functions [-- --limit 60 --all]
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

interface Length {
  file: string
  name: string
  line: number
  lines: number
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) return sourceFiles(p)
    return /\.(?:ts|mts|mjs)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : []
  })
}

function nameOf(node: ts.Node): string {
  if ((ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isFunctionExpression(node)) && node.name) return node.name.getText()
  const parent = node.parent
  if (parent && (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) && parent.name) return parent.name.getText()
  return '(anonymous)'
}

export function functionLengths(file: string): Length[] {
  const text = readFileSync(file, 'utf8')
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const out: Length[] = []
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line
      out.push({ file, name: nameOf(node), line: start + 1, lines: end - start + 1 })
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return out
}

const args = process.argv.slice(2)
const limit = Number(args[args.indexOf('--limit') + 1]) || 60
const root = path.resolve(import.meta.dirname, '..')
const all = sourceFiles(path.join(root, 'src')).flatMap(functionLengths).sort((a, b) => b.lines - a.lines)
const over = all.filter((f) => f.lines > limit)
for (const f of args.includes('--all') ? all : over) console.log(`${String(f.lines).padStart(4)}  ${path.relative(root, f.file)}:${f.line}  ${f.name}`)
console.log(`${all.length} functions in src/, ${over.length} over ${limit} lines; longest ${all[0]?.lines ?? 0}`)
process.exitCode = over.length > 0 ? 1 : 0
