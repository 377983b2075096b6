/**
 * Typed errors thrown by the library. The CLI maps each to one line on stderr,
 * a hint, and an exit code (see README "Exit codes").
 */

export type ErrorCode =
  | 'USAGE' // bad command line
  | 'INPUT_NOT_FOUND'
  | 'INPUT_UNREADABLE' // directory, permission, network
  | 'INPUT_EMPTY'
  | 'INPUT_BINARY' // binary or undecodable
  | 'INPUT_TOO_LARGE'
  | 'INPUT_TOO_DEEP' // nested past what the parsers read in bounded time
  | 'INPUT_NO_ARTICLE' // nothing usable after cleaning (e.g. HTML with no body)
  | 'OUTPUT_UNWRITABLE'
  | 'HAND_EDITED' // refusing to overwrite a hand-edited deck
  | 'BROWSER_NOT_FOUND'
  | 'BROWSER_FAILED'
  | 'BUILD_FAILED'
  | 'INTERNAL'

/** Exit codes; stable, documented in the README. */
export const EXIT_CODES: Record<ErrorCode, number> = {
  USAGE: 2,
  INPUT_NOT_FOUND: 2,
  INPUT_UNREADABLE: 2,
  INPUT_EMPTY: 2,
  INPUT_BINARY: 2,
  INPUT_TOO_LARGE: 2,
  INPUT_TOO_DEEP: 2,
  INPUT_NO_ARTICLE: 2,
  HAND_EDITED: 3,
  OUTPUT_UNWRITABLE: 4,
  BROWSER_NOT_FOUND: 5,
  BROWSER_FAILED: 5,
  BUILD_FAILED: 1,
  INTERNAL: 1,
}

export class DeckwrightError extends Error {
  readonly code: ErrorCode
  readonly hint?: string

  constructor(code: ErrorCode, message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.name = 'DeckwrightError'
    this.code = code
    this.hint = options.hint
  }

  get exitCode(): number {
    return EXIT_CODES[this.code]
  }
}

export function isDeckwrightError(e: unknown): e is DeckwrightError {
  return e instanceof DeckwrightError
}
