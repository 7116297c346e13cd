import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The API's memory at one moment of the measured run. */
export interface MemorySample {
  atSeconds: number;
  rssBytes: number;
  /** V8's heap in use, from heap-probe.mjs; undefined until the probe's first write */
  heapUsedBytes: number | undefined;
}

/**
 * Asks the API started after this call to write its heap figures into a folder of its own: the bench
 * passes BENCH_API_NODE_OPTIONS to the API's Node only (servers.ts), and the probe finds the folder in
 * the environment the child inherits.
 */
export function probeHeapOfNextApi(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'award-soak-memory-'));
  process.env.SOAK_MEMORY_DIR = dir;
  const probe = `--import=${pathToFileURL(join(import.meta.dirname, 'heap-probe.mjs')).href}`;
  process.env.BENCH_API_NODE_OPTIONS = [process.env.BENCH_API_NODE_OPTIONS, probe].filter(Boolean).join(' ');
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A process's parent and process group, from /proc/<pid>/stat (after its name, which may hold spaces). */
function parentAndGroup(pid: string): { ppid: number; pgrp: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const [, ppid, pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(ppid), pgrp: Number(pgrp) };
  } catch {
    return undefined; // gone since the folder was listed
  }
}

/** The Node that runs the API's script: the one tsx's own Node (the group's leader) started. */
export function apiNodePid(groupLeader: number): number {
  const children = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      const process = parentAndGroup(pid);
      return process?.ppid === groupLeader && process.pgrp === groupLeader;
    });
  if (children.length !== 1)
    throw new Error(`expected one Node under tsx (pid ${groupLeader}), found ${children.length}`);
  return Number(children[0]);
}

function residentBytes(pid: number): number {
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match) throw new Error(`no VmRSS in /proc/${pid}/status`);
  return Number(match[1]) * 1024;
}

function heapUsedBytes(file: string): number | undefined {
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as NodeJS.MemoryUsage).heapUsed;
  } catch {
    return undefined; // not written yet
  }
}

/** Samples a process's resident memory (/proc) and, when its probe writes them, its heap figures. */
export class MemorySampler {
  readonly samples: MemorySample[] = [];
  #timer: NodeJS.Timeout | undefined;

  constructor(
    readonly pid: number,
    private readonly probeDir: string,
  ) {}

  /** The process's memory now; undefined once it is gone (the soak reports an API that exited). */
  now(atSeconds = 0): MemorySample | undefined {
    try {
      return {
        atSeconds,
        rssBytes: residentBytes(this.pid),
        heapUsedBytes: heapUsedBytes(join(this.probeDir, `${this.pid}.json`)),
      };
    } catch {
      return undefined;
    }
  }

  start(everyMs: number): void {
    const startedAt = performance.now();
    const sample = () => {
      const taken = this.now((performance.now() - startedAt) / 1000);
      if (taken) this.samples.push(taken);
      else this.stop();
    };
    sample();
    this.#timer = setInterval(sample, everyMs);
  }

  stop(): void {
    clearInterval(this.#timer);
  }
}

const MB = 1024 * 1024;

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/** Mean RSS and heap used, in MB, of some samples (heap: of those that have it). */
export function meansOf(samples: MemorySample[]): { rssMb: number; heapMb: number | undefined } {
  const heaps = samples.flatMap((sample) =>
    sample.heapUsedBytes === undefined ? [] : [sample.heapUsedBytes],
  );
  return {
    rssMb: mean(samples.map((sample) => sample.rssBytes)) / MB,
    heapMb: heaps.length ? mean(heaps) / MB : undefined,
  };
}

export interface MemoryGrowth {
  /** the length of the first and the last window compared: a minute, or a third of a shorter run */
  windowSeconds: number;
  first: ReturnType<typeof meansOf>;
  last: ReturnType<typeof meansOf>;
  rssPercent: number;
  heapPercent: number | undefined;
}

const growth = (from: number | undefined, to: number | undefined) =>
  from === undefined || to === undefined ? undefined : ((to - from) / from) * 100;

/** The mean memory of the run's first window against its last, and the growth between them. */
export function memoryGrowth(samples: MemorySample[], runSeconds: number): MemoryGrowth {
  const windowSeconds = Math.min(60, runSeconds / 3);
  const firstSamples = samples.filter((sample) => sample.atSeconds < windowSeconds);
  const lastSamples = samples.filter((sample) => sample.atSeconds >= runSeconds - windowSeconds);
  if (!firstSamples.length || !lastSamples.length)
    throw new Error(`too few memory samples to compare (${samples.length} over ${runSeconds} s)`);
  const [first, last] = [meansOf(firstSamples), meansOf(lastSamples)];
  return {
    windowSeconds,
    first,
    last,
    rssPercent: growth(first.rssMb, last.rssMb) as number,
    heapPercent: growth(first.heapMb, last.heapMb),
  };
}
