// Timing runs of one tool on one file, shared by the benchmark and its child processes: each run
// caught (a throw is a figure too), large files warmed up first, and the GC pauses inside each run.
import type { GcPauses, RunWindow } from './gc-pauses';
import type { Tool } from './tools';

/**
 * Untimed runs of each large file before its timed ones: at least this many, and for at least
 * LARGE_WARM_UP_MS. The first analyses of the 10,000-line file grow V8's heap, and their scavenges
 * (15-17 ms each, against 2.5-4 ms once settled) are not what re-analysing it costs: five runs
 * settle that. On the 1,000-line file five runs last 7 ms, and our analysis of it had not settled
 * by then (1.6-1.9 ms, then 1.3 ms from the 50th run on); the peers had settled after five.
 */
export const LARGE_WARM_UP_RUNS = 5;
export const LARGE_WARM_UP_MS = 250;
/**
 * Timed runs of each large file per tool. Two of three runs of the 10,000-line file contain a
 * scavenge of 4-8 ms, so a median of 9 landed on either side of a pause by chance: the same code
 * gave 19.2 and 24.0 ms in two bench runs an hour apart. 25 runs give a steadier median of the
 * same quantity; they add about 15 s.
 */
export const LARGE_TIMED_RUNS = 25;
/** The large files: generated Dockerfiles of these many lines. */
export const LARGE_SIZES = [1_000, 10_000];

/** One large file's timed runs: each run's time and the GC pauses inside it, ms. */
export interface LargeRuns {
  times: number[];
  pauses: number[];
}

export function safeRun(tool: Tool, text: string): { ok: true } | { ok: false; error: string } {
  try {
    tool.run(text);
    return { ok: true };
  } catch (error) {
    return { ok: false, error: String((error as Error)?.message ?? error).slice(0, 80) };
  }
}

/** Untimed runs first (see LARGE_WARM_UP_RUNS): re-analysing the same file is what is measured. */
export function warmUp(tool: Tool, text: string) {
  const start = performance.now();
  for (let i = 0; i < LARGE_WARM_UP_RUNS || performance.now() - start < LARGE_WARM_UP_MS; i++) safeRun(tool, text);
}

export function timedRun(tool: Tool, text: string): RunWindow {
  const start = performance.now();
  safeRun(tool, text);
  return { start, end: performance.now() };
}

export async function largeRuns(gc: GcPauses, windows: RunWindow[]): Promise<LargeRuns> {
  return { times: windows.map(({ start, end }) => end - start), pauses: await gc.within(windows) };
}
