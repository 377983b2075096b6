/**
 * Text made safe for a terminal before deckwright prints it: what an article, a file name or a
 * URL holds must not drive the terminal (escape sequences, carriage returns, bells) nor show a
 * password given in a URL.
 */

/** Control characters other than newline and tab, and the C1 range (ESC, CSI, …). */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g

/** `user:password@` in a URL's authority, for any scheme. */
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s/?#@]*)@/gi

/** Control characters shown as visible escapes (`\x1b`), newlines and tabs kept. */
export function printable(text: string): string {
  return text.replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
}

/** A URL's password replaced with "***" (the user name kept, so the URL is still recognisable). */
export function redactCredentials(text: string): string {
  return text.replace(URL_CREDENTIALS, (_m, scheme: string, auth: string) => {
    const colon = auth.indexOf(':')
    return `${scheme}${colon < 0 ? '***' : `${auth.slice(0, colon)}:***`}@`
  })
}

/** Both: what every message deckwright writes to the terminal goes through. */
export function safeText(text: string): string {
  return printable(redactCredentials(text))
}
