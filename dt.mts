import { readFileSync } from 'node:fs'
import { parseHTML } from 'linkedom'
import { readDomTable } from './src/ingest/dom-table.ts'
const doc = parseHTML(readFileSync(process.argv[2], 'utf8')).document as any
const t = [...doc.querySelectorAll('table')].find((x: any) => x.textContent.includes('Thirteen Weeks Ended'))
const src = readDomTable(t, (c: any) => c.textContent.replace(/\s+/g, ' ').trim())
for (const r of src.rows.slice(0, 6)) console.log(JSON.stringify(r.map((c, i) => c ? `${i}:${c.slice(0, 12)}` : '').filter(Boolean)))
import { normalizeTable } from './src/ingest/table-normalize.ts'
const g = normalizeTable(src)!
for (const r of g.head) console.log('H', JSON.stringify(r))
for (const r of g.body.slice(0, 2)) console.log('B', JSON.stringify(r))
