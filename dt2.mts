import { readFileSync } from 'node:fs'
import { parseHTML } from 'linkedom'
import { readDomTable } from './src/ingest/dom-table.ts'
import { mergeRaggedCells } from './src/ingest/table-normalize.ts'
const doc = parseHTML(readFileSync(process.argv[2], 'utf8')).document as any
const t = [...doc.querySelectorAll('table')].find((x: any) => x.textContent.includes('Thirteen Weeks Ended'))
const src = readDomTable(t, (c: any) => c.textContent.replace(/\s+/g, ' ').trim())
for (const r of src.rows.slice(0, 8)) console.log(JSON.stringify(mergeRaggedCells(r).map((c, i) => c ? `${i}:${c.slice(0, 12)}` : '').filter(Boolean)))
console.log(src.rows.map(r => r.length).join(','))
