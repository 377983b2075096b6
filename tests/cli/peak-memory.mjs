// Preloaded (`node --import`) by tests that bound a run's memory: writes the process's peak
// resident set size, in KiB, to the file DECKWRIGHT_TEST_PEAK_FILE names when it exits.
import { writeFileSync } from 'node:fs'

const file = process.env.DECKWRIGHT_TEST_PEAK_FILE
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)))
