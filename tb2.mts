import { ingest } from './src/ingest/index.ts'
const a = await ingest(process.argv[2])
for (const t of a.tables) { console.log('== block', t.block, 'cols', t.columns); for (const r of t.head) console.log('H', JSON.stringify(r.map((c: any) => c.text))); for (const r of t.body.slice(0, Number(process.argv[3] ?? 4))) console.log('B', JSON.stringify(r.map((c: any) => c.text))) }
