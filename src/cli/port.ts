/**
 * Ports for `deckwright present`: the Slidev dev server listens on localhost with a strict
 * port, so deckwright picks the port itself and says which URL it serves. A port counts as
 * busy when anything listens on it on 127.0.0.1 or ::1 (the two addresses "localhost" may
 * mean).
 */
import net from 'node:net'
import { DeckwrightError } from '../errors.ts'

export const DEFAULT_PORT = 3030
const LAST_PORT = 4000

/** Whether a server could listen on `port` of `host`; an address the machine lacks counts as free. */
function canListen(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.unref()
    server.once('error', (e: NodeJS.ErrnoException) => {
      resolve(e.code === 'EADDRNOTAVAIL' || e.code === 'EAFNOSUPPORT')
    })
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)))
  })
}

export async function isPortFree(port: number): Promise<boolean> {
  return (await canListen(port, '127.0.0.1')) && (await canListen(port, '::1'))
}

/**
 * The port to serve on: `wanted` if it is free (else a USAGE error naming it), or without
 * `wanted` the first free port from 3030 to 4000.
 */
export async function choosePort(wanted?: number): Promise<number> {
  if (wanted !== undefined) {
    if (await isPortFree(wanted)) return wanted
    throw new DeckwrightError('USAGE', `port ${wanted} is already in use on localhost`, {
      hint: `stop what runs there, pick another port with --port N, or leave out --port to use the first free one from ${DEFAULT_PORT}`,
    })
  }
  for (let port = DEFAULT_PORT; port <= LAST_PORT; port++) {
    if (await isPortFree(port)) return port
  }
  throw new DeckwrightError('USAGE', `no free port on localhost from ${DEFAULT_PORT} to ${LAST_PORT}`, {
    hint: 'pass a free port with --port N',
  })
}
