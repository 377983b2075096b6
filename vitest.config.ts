import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

/**
 * Tests that start a browser, run Slidev (build, dev server, exporter) or spawn the CLI.
 * Everything else is the `unit` project: `npm run test:unit`, no browser, no Slidev build.
 */
/** Unit tests that mock modules of the analysis: each runs with a module cache of its own. */
export const MOCKING_TESTS = ['tests/analyze/work-growth.test.ts']

export const BROWSER_TESTS = [
  'tests/e2e/**/*.test.ts',
  'tests/cli/{bad-input,bounds,main,present,options,safe-output}.test.ts',
  'tests/bin/**/*.test.ts',
  'tests/export/{index,handout,session,slidev-build,slidev-process}.test.ts',
]

const shared = {
  environment: 'node' as const,
  testTimeout: 30_000,
  hookTimeout: 240_000,
}

export default defineConfig({
  plugins: [vue()],
  test: {
    // browser tests share two cores; keep files from fighting over them
    maxWorkers: 2,
    projects: [
      // tests/package/ installs the packed tarball: `npm run test:package` (vitest.package.config.ts)
      // unit files share their workers' module cache (isolate: false): each file would otherwise load the NLP libraries again
      { extends: true, test: { ...shared, name: 'unit', isolate: false, include: ['tests/**/*.test.ts'], exclude: [...BROWSER_TESTS, ...MOCKING_TESTS, 'tests/package/**'] } },
      // a file that mocks modules gets a module cache of its own: in a shared one its mocks may not reach modules another file loaded first
      { extends: true, test: { ...shared, name: 'unit-isolated', isolate: true, include: MOCKING_TESTS } },
      { extends: true, test: { ...shared, name: 'browser', include: BROWSER_TESTS } },
    ],
  },
})
