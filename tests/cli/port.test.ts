import net from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { choosePort, DEFAULT_PORT, isPortFree } from '../../src/cli/port.ts'
import { DeckwrightError } from '../../src/errors.ts'

const servers: net.Server[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))))
})

/** Listens on `port` (0: any) of 127.0.0.1; resolves with the port, or undefined if it is taken. */
function occupy(port: number): Promise<number | undefined> {
  const server = net.createServer()
  return new Promise((resolve) => {
    server.once('error', () => resolve(undefined))
    server.listen(port, '127.0.0.1', () => {
      servers.push(server)
      resolve((server.address() as net.AddressInfo).port)
    })
  })
}

describe('choosePort', () => {
  it('refuses a wanted port that is in use, naming it', async () => {
    const port = (await occupy(0))!
    expect(await isPortFree(port)).toBe(false)
    const err = await choosePort(port).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(DeckwrightError)
    expect((err as DeckwrightError).code).toBe('USAGE')
    expect((err as DeckwrightError).message).toBe(`port ${port} is already in use on localhost`)
  })

  it('gives a free wanted port back', async () => {
    const port = (await occupy(0))!
    servers.pop()!.close()
    await new Promise((r) => setTimeout(r, 50))
    expect(await choosePort(port)).toBe(port)
  })

  it('without a wanted port, skips the busy default for the next free one', async () => {
    await occupy(DEFAULT_PORT) // taken by us, or already by something else: busy either way
    const port = await choosePort()
    expect(port).toBeGreaterThan(DEFAULT_PORT)
    expect(await isPortFree(port)).toBe(true)
  })
})
