import { describe, expect, it } from 'vitest'
import { parseHtml } from '../../src/ingest/html.ts'
import { dropPageFurniture, isProsePre } from '../../src/ingest/pre-prose.ts'
import { expectWellFormed } from './helpers.ts'

const header = 'Internet-Draft              Sync Protocol                  March 2021'
const page = (n: number, body: string) => `<pre>${n > 1 ? `${header}\n\n` : ''}${body}\n\nRoe                                                      [Page ${n}]\n</pre>`

const draft = [
  page(1, `Abstract

   This memo describes a protocol by which a client keeps a folder of
   documents in step with a server that is run by another party. It
   covers reading, writing and removing documents, and the way access
   is granted to a client by the person who owns the data.

1. Introduction

   Many services store data for their users over the network. This
   document describes a simple way to read and write such data, so
   that applications need not run their own storage servers at all.`),
  page(2, `2. Requests

   A client sends its requests over an encrypted connection, and the
   server answers each of them with a status code and, for reads, the
   stored content of the document together with its current version.

        GET /storage/bob/notes/todo.txt HTTP/1.1
        Authorization: Bearer &lt;token&gt;

   The server then replies with the document and its version tag.`),
  page(3, `3. Security Considerations

   Tokens must be kept secret by the client and must be sent only over
   an encrypted connection, since anyone who holds one can act for the
   person who granted it until the token expires or is withdrawn.`),
  page(4, `4. References

   The transfer of documents follows the usual rules of the web for
   requests and replies, and the tokens follow the common bearer rules.`),
].join('\n')

const html = (body: string) => `<html><head><title>Sync Protocol</title></head><body><article>${body}</article></body></html>`

describe('prose in <pre>', () => {
  it('reads a plain-text document split into <pre> pages as headings and paragraphs', () => {
    const a = parseHtml(html(draft), 'draft.html')
    expectWellFormed(a)
    const shown = a.blocks.map((b) => [b.kind, a.text.slice(b.start, b.end)])
    // (its back matter, "4. References", is left out as boilerplate)
    expect(shown.filter(([k]) => k === 'heading').map(([, t]) => t)).toEqual(['Abstract', '1. Introduction', '2. Requests', '3. Security Considerations'])
    expect(shown).toContainEqual(['code', 'GET /storage/bob/notes/todo.txt HTTP/1.1\nAuthorization: Bearer <token>'])
    expect(a.text).toContain('This memo describes a protocol by which a client keeps a folder of documents in step with a server')
    expect(a.text).not.toMatch(/\[Page \d\]|Internet-Draft {2,}/)
  })

  it('leaves out the two-column header the document opens on (its authors and dates), and nothing else', () => {
    const top = `INTERNET DRAFT                                      Michiel B. de Jong
Document: draft-dejong-remotestorage-04                   IndieHosters
                                                             F. Kooman
Expires: 18 June 2015                                 15 December 2014

`
    const a = parseHtml(html(draft.replace('<pre>Abstract', `<pre>${top}Abstract`)), 'draft.html')
    expect(a.text).not.toMatch(/INTERNET DRAFT|IndieHosters|Expires/)
    expect(a.blocks[0]!.kind).toBe('heading')
    expect(a.text).toContain('This memo describes a protocol')
  })

  it('keeps real code in <pre> as code', () => {
    const code = `function sync(folder, server) {
  const items = server.list(folder.path);
  for (const item of items) {
    if (item.version !== folder.versionOf(item.name)) {
      folder.write(item.name, server.read(item.path));
    }
  }
  return folder;
}`
    expect(isProsePre(code)).toBe(false)
    const prose = Array.from({ length: 4 }, () => '<p>The function below walks the folder and copies every document that changed on the server since the last run.</p>').join('')
    const a = parseHtml(html(`${prose}<pre>${code.replace(/</g, '&lt;')}</pre>`), 'code.html')
    expect(a.blocks.filter((b) => b.kind === 'code')).toHaveLength(1)
  })

  it('drops running headers, page footers and dot-leader contents lines', () => {
    const text = ['Report   Page 1', 'Body line one.', '1. Scope ........ 3', 'Report   Page 2', 'Body line two.', 'Report   Page 3'].join('\n')
    expect(dropPageFurniture(text)).toBe('Body line one.\nBody line two.')
  })
})
