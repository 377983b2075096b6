/**
 * What deckwright prints is safe for a terminal: an article's (or a file name's) escape
 * sequences are shown as visible escapes, and a password in a URL is masked and said once.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { reportError } from '../../src/cli/errors.ts'
import { printable, redactCredentials, safeText } from '../../src/cli/safe-text.ts'
import { DeckwrightError } from '../../src/errors.ts'
import { runCli } from './run-cli.ts'

const ESC = '\u001b'

describe('safeText', () => {
  it('shows control characters as visible escapes, keeps newlines, tabs and Unicode text', () => {
    expect(printable(`a${ESC}[31mred${ESC}[0m\u0007\r\u009b2J`)).toBe('a\\x1b[31mred\\x1b[0m\\x07\\x0d\\x9b2J')
    expect(printable('line\n\ttab — «ok» 中文 مرحبا')).toBe('line\n\ttab — «ok» 中文 مرحبا')
  })

  it('masks the password of any URL, keeping the user name', () => {
    expect(redactCredentials('https://ann:s3cret@example.org/a and ftp://bob:pw@host/')).toBe('https://ann:***@example.org/a and ftp://bob:***@host/')
    expect(redactCredentials('https://token@example.org/')).toBe('https://***@example.org/')
    expect(redactCredentials('https://example.org/a@b and mail ann@example.org')).toBe('https://example.org/a@b and mail ann@example.org')
  })

  it('is applied to every line reportError writes', () => {
    let out = ''
    const e = new DeckwrightError('INPUT_EMPTY', `x.txt: title "${ESC}]0;pwned${ESC}\\" https://a:b@h/`, { hint: `see ${ESC}[2J` })
    expect(reportError(e, true, (s) => (out += s))).toBe(2)
    expect(out).not.toContain(ESC)
    expect(out).not.toContain(':b@')
    expect(out).toContain('\\x1b]0;pwned')
    expect(safeText(out)).toBe(out)
  })
})

describe('the command line', { timeout: 120_000 }, () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'deckwright-safe-output-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('says a URL with a password once, masked, and exits 2', async () => {
    const run = await runCli(['generate', 'https://ann:s3cret-pass@127.0.0.1:9/article', '--out', join(dir, 'deck-url')], { cwd: dir })
    expect(run.code, run.stderr).toBe(2)
    expect(run.stderr).not.toContain('s3cret')
    expect(run.stderr.split('***').length - 1).toBe(1)
    expect(run.stderr).toMatch(/^deckwright: https:\/\/ann:\*\*\*@127\.0\.0\.1:9\/article: a URL with a user name or password cannot be fetched$/m)
  })

  it('does not echo an article’s terminal escape sequences', async () => {
    // the escapes come as character references in an HTML page, and in the file's name
    const input = join(dir, `title${ESC}[31m.html`)
    await writeFile(input, '<!doctype html><html><head><title>Weather &#x1b;[2J stations</title></head><body><h1>Weather &#x1b;]0;owned&#x7; stations</h1></body></html>')
    const run = await runCli(['generate', input, '--out', join(dir, 'deck-esc')], { cwd: dir })
    expect(run.code, run.stderr).toBe(2)
    expect(run.stderr).toMatch(/only a title or headings/)
    expect(run.stderr).not.toContain(ESC)
    expect(run.stderr).not.toContain('\u0007')
    expect(run.stderr).toContain('title\\x1b[31m.html')
  })
})
