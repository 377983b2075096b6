import { analyze } from './src/analyze/index.ts'
import { ingest } from './src/ingest/index.ts'
import { planDeck } from './src/plan/index.ts'
const p: any = planDeck(analyze(await ingest(process.argv[2])))
for (const s of p.slides) console.log(s.kind, JSON.stringify(s.title), (s.bullets ?? []).map((b: any) => b.text.slice(0, 50)))
console.log(p.notices ?? '')
