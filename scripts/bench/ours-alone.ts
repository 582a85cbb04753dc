// Child process of the benchmark: our analyzer alone on the large files, its runs back to back, in
// a process of its own, as the editor's worker runs it (no other linter's garbage in its heap).
// Prints each file's timed runs and the GC pauses inside them as JSON, for bench.ts to tabulate.
import { GcPauses } from './gc-pauses';
import { generatedDockerfile, generatedSet } from './inputs';
import { LARGE_SIZES, LARGE_TIMED_RUNS, largeRuns, safeRun, timedRun, warmUp, type LargeRuns } from './runs';
import { loadTools } from './tools';

const ours = (await loadTools()).find((tool) => tool.name === 'ours')!;
// Compiled first, as in an editing session and as the parent process had it: 10,000 analyses of
// the generated set (BENCH_WARM_UP). Warmed up on the large files alone, the 1,000-line file was
// still timed half-compiled (4.1 ms against 1.3 ms).
const files = generatedSet(200);
for (let i = 0; i < Number(process.env.BENCH_WARM_UP ?? 10_000); i++) safeRun(ours, files[i % files.length]!.text);
const gc = new GcPauses();
const bySize: LargeRuns[] = [];
for (const size of LARGE_SIZES) {
  const text = generatedDockerfile(7, size);
  warmUp(ours, text);
  bySize.push(await largeRuns(gc, Array.from({ length: LARGE_TIMED_RUNS }, () => timedRun(ours, text))));
}
gc.stop();
console.log(JSON.stringify(bySize));
