import { compressSentence } from './src/analyze/compress.ts'
const s = process.argv[2]
for (const n of [8, 10, 12, 16]) console.log(n, JSON.stringify(compressSentence(s, n)))
