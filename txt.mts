import { ingest } from './src/ingest/index.ts'
const doc = await ingest(process.argv[2])
for (const b of (doc as any).blocks) console.log(b.kind.padEnd(10), JSON.stringify(doc.text.slice(b.start, b.end)).slice(0, 200))
