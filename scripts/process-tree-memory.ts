/**
 * Peak memory of a process and everything it starts (Node, Slidev's build worker, Chromium's
 * processes), for the export benchmark. Linux only: it samples /proc every `intervalMs` and
 * sums the proportional set size (PSS) of the tree, so pages shared between processes (the
 * browser's many processes map the same libraries) count once, split among them.
 *
 *   const watch = watchTreeMemory(child.pid)
 *   …
 *   const peakKiB = watch.stop()
 */
import { readdirSync, readFileSync } from 'node:fs'

/** Parent pid of every process, from /proc/<pid>/stat (field 4, after the parenthesised name). */
function parents(): Map<number, number> {
  const out = new Map<number, number>()
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      out.set(Number(name), ppid)
    } catch {
      // the process ended between the listing and the read
    }
  }
  return out
}

/** The pid and all its descendants. */
export function processTree(root: number, ppids: Map<number, number> = parents()): number[] {
  const children = new Map<number, number[]>()
  for (const [pid, ppid] of ppids) children.set(ppid, [...(children.get(ppid) ?? []), pid])
  const out: number[] = []
  const queue = [root]
  while (queue.length > 0) {
    const pid = queue.shift()!
    out.push(pid)
    queue.push(...(children.get(pid) ?? []))
  }
  return out
}

/** PSS of one process in KiB (0 when it is gone or unreadable). */
function pssKiB(pid: number): number {
  try {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8')
    return Number(/^Pss:\s+(\d+)\s+kB/m.exec(rollup)?.[1] ?? 0)
  } catch {
    return 0
  }
}

export function treePssKiB(root: number): number {
  return processTree(root).reduce((sum, pid) => sum + pssKiB(pid), 0)
}

export interface TreeMemoryWatch {
  /** Stops sampling; the highest sum seen, in KiB. */
  stop(): number
}

export function watchTreeMemory(root: number, intervalMs = 100): TreeMemoryWatch {
  let peak = 0
  const sample = () => {
    peak = Math.max(peak, treePssKiB(root))
  }
  sample()
  const timer = setInterval(sample, intervalMs)
  return {
    stop() {
      clearInterval(timer)
      return peak
    },
  }
}
