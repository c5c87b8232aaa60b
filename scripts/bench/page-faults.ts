/**
 * Page faults inside a timed window, for `detect-parts --faults`. A fresh renderer maps Chromium's code and
 * its own memory lazily: the first time the process runs a piece of code or touches a new page of memory, the
 * kernel takes a fault. What a fault costs depends on the machine far more than on our code, so the benches
 * count them next to the time: `perf record` counts every minor fault of the system with its process and a
 * CLOCK_MONOTONIC time stamp, the clock of Chromium's trace events on Linux.
 * Needs `perf` and the right to count system-wide (root, or perf_event_paranoid ≤ 0); else it reports why not.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface FaultRecorder {
  /** Stops recording; every fault as its process id and time (µs, CLOCK_MONOTONIC). */
  stop(): Promise<FaultLog>;
}

export interface FaultLog {
  /** Fault times (µs) by process id, sorted. */
  byPid: Map<number, number[]>;
}

/** Faults of process `pid` from `from` to `to` (µs, trace time). */
export function faultsIn(log: FaultLog, pid: number, from: number, to: number): number {
  let n = 0;
  for (const t of log.byPid.get(pid) ?? []) if (t >= from && t <= to) n++;
  return n;
}

/** One line of `perf script -F pid,time`: `  1234  16668.926795:`. */
export function parseFaultLine(line: string): { pid: number; t: number } | null {
  const m = /^\s*(\d+)\s+(\d+\.\d+):/.exec(line);
  return m ? { pid: Number(m[1]), t: Number(m[2]) * 1e6 } : null;
}

/** Starts counting minor faults system-wide; null (with the reason printed) when perf cannot. */
export async function startFaultRecorder(): Promise<FaultRecorder | null> {
  if (spawnSync('perf', ['--version']).status !== 0) {
    console.log('faults: perf is not installed; not counted.');
    return null;
  }
  const dir = mkdtempSync(join(tmpdir(), 'nutgraf-faults-'));
  const data = join(dir, 'perf.data');
  const perf: ChildProcess = spawn('perf', ['record', '-q', '-e', 'minor-faults', '-c', '1', '-a', '-k', 'CLOCK_MONOTONIC', '-o', data], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  perf.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((ok) => perf.once('exit', ok));
  // perf needs a moment before it counts; an early exit is a refusal (permissions).
  const early = await Promise.race([exited, new Promise<'running'>((ok) => setTimeout(() => ok('running'), 1000))]);
  if (early !== 'running') {
    console.log(`faults: perf record refused (${err.trim().split('\n')[0] ?? early}); not counted.`);
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
  return {
    async stop() {
      perf.kill('SIGINT');
      await exited;
      const out = spawnSync('perf', ['script', '-i', data, '-F', 'pid,time'], { encoding: 'utf8', maxBuffer: 1 << 30 });
      rmSync(dir, { recursive: true, force: true });
      const byPid = new Map<number, number[]>();
      for (const line of out.stdout.split('\n')) {
        const f = parseFaultLine(line);
        if (f) (byPid.get(f.pid) ?? byPid.set(f.pid, []).get(f.pid)!).push(f.t);
      }
      return { byPid };
    },
  };
}

/**
 * What a fault costs here: the first write to each 4 KB page of fresh memory (a fault, and the kernel's
 * zeroing) against a second write to the same pages, in µs per page.
 */
export function freshPageCost(mb = 32): number {
  const bytes = new Uint8Array(new ArrayBuffer(mb << 20));
  const pass = (v: number) => {
    const t = performance.now();
    for (let i = 0; i < bytes.length; i += 4096) bytes[i] = v;
    return performance.now() - t;
  };
  const first = pass(1);
  const second = pass(2);
  return ((first - second) * 1000) / (bytes.length / 4096);
}
