// `npm run bench`: the analyzer against its JavaScript peers, from one process with interleaved runs
// (the sets, then the large files; ours alone too, as the editor runs it, and in Chromium), plus
// stress inputs (in child processes, with a timeout) and the browser bundle size.
// Prints figures; asserts nothing (budgets are read by people, not by flaky timers).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { analyzerBundle } from './bench/bundle';
import { largeFilesInChromium, type BrowserFigures } from './bench/browser';
import { GcPauses, type RunWindow } from './bench/gc-pauses';
import { LARGE_SIZES, LARGE_TIMED_RUNS, LARGE_WARM_UP_MS, LARGE_WARM_UP_RUNS, largeRuns, safeRun, timedRun, warmUp, type LargeRuns } from './bench/runs';
import { chapterDockerfiles, corpusDockerfiles, generatedDockerfile, generatedSet, stressInputs, type BenchFile } from './bench/inputs';
import { loadTools, type Tool } from './bench/tools';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const STRESS_TIMEOUT_MS = 20_000;
/** Processes that time ours alone on the large files (see largeFiles). */
const ALONE_PROCESSES = 5;
/** Browsers that time ours on the large files, one after the other (see largeFilesInBrowser). */
const BROWSER_PROCESSES = 3;

interface Measure {
  perFile: number[][]; // [file][round] ms
  /** The tool's very first pass over the set (code not yet optimised by V8), ms. */
  coldTotal: number;
  crashes: number;
  crashSamples: string[];
}

/**
 * Analyses per tool before measuring: an editing session re-analyses its file hundreds of times, so
 * each tool is measured once V8 has compiled it. 2,000 was not enough for any tool to settle: from
 * 2,000 to 10,000 warm-up analyses the chapter set got 25% faster for us, 12% for dockerfilelint and
 * about 10% for dockerlinter and dockerfile-utils, and the generated set 30–40% for all four; past
 * 10,000 (20,000, 40,000) no tool moved beyond the noise. Rare paths (a rule that fires on one
 * file in ten) are what take longest to be optimised. BENCH_WARM_UP=2000 shows the earlier figures.
 */
const WARM_UP_RUNS = Number(process.env.BENCH_WARM_UP ?? 10_000);

const lines = (text: string) => text.split('\n').length;

/** The linters ours must beat on every set. dockerfile-ast only parses: it is timed for reference. */
const PEERS = ['dockerfilelint', 'dockerlinter', 'dockerfile-utils'];

/** Each budget of the analyzer with the figure this run measured, printed together at the end. */
const budgets: { budget: string; figure: string; met: boolean }[] = [];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const at = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[at]!;
}

/** Runs every tool on every file, ROUNDS times, rotating the tool order each round. */
function measureSet(tools: Tool[], files: BenchFile[]): Map<string, Measure> {
  const results = new Map<string, Measure>(tools.map((t) => [t.name, { perFile: files.map(() => []), coldTotal: 0, crashes: 0, crashSamples: [] }]));
  // The first pass is timed as the cold figure; then every tool gets the same number of warm-up
  // analyses, so all are measured compiled (as an editor that analyses on each keystroke runs).
  const passes = Math.max(1, Math.ceil(WARM_UP_RUNS / files.length));
  for (const tool of tools) {
    const start = performance.now();
    for (const file of files) safeRun(tool, file.text);
    results.get(tool.name)!.coldTotal = performance.now() - start;
    for (let pass = 1; pass < passes; pass++) for (const file of files) safeRun(tool, file.text);
  }
  for (let round = 0; round < ROUNDS; round++) {
    files.forEach((file, index) => {
      for (let k = 0; k < tools.length; k++) {
        const tool = tools[(k + round + index) % tools.length]!;
        const measure = results.get(tool.name)!;
        const start = performance.now();
        const ok = safeRun(tool, file.text);
        const elapsed = performance.now() - start;
        measure.perFile[index]!.push(elapsed);
        if (!ok.ok && round === 0) {
          measure.crashes++;
          if (measure.crashSamples.length < 2) measure.crashSamples.push(`${file.name}: ${ok.error}`);
        }
      }
    });
  }
  return results;
}

function summarise(name: string, tools: Tool[], files: BenchFile[], results: Map<string, Measure>) {
  const totalLines = files.reduce((n, f) => n + lines(f.text), 0);
  console.log(`\n## ${name}: ${files.length} files, ${totalLines.toLocaleString('en')} lines, ${ROUNDS} interleaved rounds after ${WARM_UP_RUNS.toLocaleString('en')} warm-up analyses per tool`);
  console.log('| tool | median ms/file | p99 ms/file | lines/s | ours is N× faster | cold first pass, ms | throws |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  const medianOf = (m: Measure) => m.perFile.map(median);
  const ourMedians = medianOf(results.get('ours')!);
  const ourTotal = ourMedians.reduce((a, b) => a + b, 0);
  for (const tool of tools) {
    const measure = results.get(tool.name)!;
    const medians = medianOf(measure);
    const sorted = [...medians].sort((a, b) => a - b);
    const total = medians.reduce((a, b) => a + b, 0);
    const ratio = tool.name === 'ours' ? '—' : `${(total / ourTotal).toFixed(1)}×`;
    console.log(
      `| ${tool.name} | ${quantile(sorted, 0.5).toFixed(3)} | ${quantile(sorted, 0.99).toFixed(3)} | ${Math.round(totalLines / (total / 1000)).toLocaleString('en')} | ${ratio} | ${measure.coldTotal.toFixed(1)} | ${measure.crashes} |`,
    );
    for (const sample of measure.crashSamples) console.log(`|   ↳ ${tool.name} threw on ${sample} | | | | | | |`);
  }
  const peers = tools.filter((tool) => PEERS.includes(tool.name)).map((tool) => ({ name: tool.name, ratio: medianOf(results.get(tool.name)!).reduce((a, b) => a + b, 0) / ourTotal }));
  const fastest = peers.sort((a, b) => a.ratio - b.ratio)[0];
  if (fastest) budgets.push({ budget: `faster than every peer (${name})`, figure: `${fastest.ratio.toFixed(1)}× the fastest (${fastest.name})`, met: fastest.ratio > 1 });
}

/**
 * In Chromium the first 20 or so analyses of the 10,000-line file grow the page's heap and take
 * 16-32 ms each, against 9.6-10 ms afterwards: 250 ms of untimed runs ends among them.
 */
const BROWSER_LARGE_WARM_UP_MS = 1_000;

function largeFileTable(title: string, warmUpMs: number, extraColumns: string[] = []) {
  console.log(`\n## ${title} (median of ${LARGE_TIMED_RUNS} runs after ${LARGE_WARM_UP_RUNS} untimed ones and at least ${warmUpMs} ms of them, ms)`);
  const header = ['tool', ...LARGE_SIZES.map((s) => `${s.toLocaleString('en')} lines`), '10k / 1k', ...extraColumns];
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map(() => '---').join('|')}|`);
}

function largeFileRow(name: string, medians: number[], extraCells: string[] = []) {
  console.log(`| ${[name, ...medians.map((m) => m.toFixed(2)), growthOf(medians), ...extraCells].join(' | ')} |`);
}

const growthOf = ([small, large]: number[]) => `${(large! / small!).toFixed(1)}×`;

/** Near-linear growth: 10,000 lines in at most 12 times the time of 1,000. */
function growthBudget(where: string, [small, large]: number[], note = '') {
  const growth = large! / small!;
  budgets.push({ budget: `10,000 lines ≤ 12× the time of 1,000 (${where})`, figure: `${small!.toFixed(2)} → ${large!.toFixed(2)} ms: ${growth.toFixed(1)}×${note}`, met: growth <= 12 });
}

/**
 * Each tool once per round on `text`, the order rotating, `rounds` times: each tool's run windows.
 * With `asTasks`, each run starts as a task of its own, as the editor's worker runs each analysis
 * (one message, one analysis) and as any host runs work. V8 does part of its collecting in tasks it
 * posts to the main thread (a scavenge when new space is nearly full, the end of a concurrent
 * marking), and a synchronous loop runs none of them: they then happen inside the next timed run,
 * or go on, on the other core, through it. In one bench (stop 34) ours had a GC pause in 12 of its
 * 25 runs of the 10,000-line file as one loop and 2 of 25 as tasks (21.68 against 17.86 ms); traces
 * showed a marking of the peers' heap (dockerlinter keeps 100+ MB) running through our runs. Every
 * tool gets the same turn of the event loop; the loop's figure is printed below the table.
 */
async function rotation(tools: Tool[], text: string, asTasks: boolean): Promise<RunWindow[][]> {
  const windows: RunWindow[][] = tools.map(() => []);
  for (let round = 0; round < LARGE_TIMED_RUNS; round++) {
    for (let k = 0; k < tools.length; k++) {
      const t = (k + round) % tools.length;
      if (asTasks) await new Promise((resolve) => setImmediate(resolve));
      windows[t]!.push(timedRun(tools[t]!, text));
    }
  }
  return windows;
}

async function largeFiles(tools: Tool[]) {
  largeFileTable('Large files, one run of each tool per round, each run a task of its own, the order rotating', LARGE_WARM_UP_MS, [
    'runs with a GC pause: 1k, 10k (median pause)',
    '10k / 1k, GC pauses taken out',
  ]);
  const gc = new GcPauses();
  const texts = LARGE_SIZES.map((size) => generatedDockerfile(7, size));
  const ours = tools.findIndex((tool) => tool.name === 'ours');
  /** [size][tool]: the tool's timed runs of that file. */
  const interleaved: LargeRuns[][] = [];
  /** [size]: ours in the same rotation run as one synchronous loop, for comparison. */
  const oneLoop: LargeRuns[] = [];
  for (const text of texts) {
    for (const tool of tools) warmUp(tool, text);
    // Interleaved as the sets are: each tool runs between the others, so none is timed in a heap
    // and caches only its own back-to-back runs leave.
    const windows = await rotation(tools, text, true);
    const bySize: LargeRuns[] = [];
    for (const list of windows) bySize.push(await largeRuns(gc, list));
    interleaved.push(bySize);
    oneLoop.push(await largeRuns(gc, (await rotation(tools, text, false))[ours]!));
  }
  // The interleaved rows compare the tools in one process; their growth is a budget, their time is
  // not. The whole process may run in this machine's slow mode (see below), every tool alike: in
  // stop 35's fourth bench ours took 27.90 ms on the 10,000-line file, dockerfilelint 77.83 and
  // dockerfile-ast 137.88, against 17.69, 51.23 and 102.87 in the bench before it. The 20 ms budget
  // is judged on ours alone below, timed in several processes.
  tools.forEach((tool, t) => largeFileNodeRow(tool.name, interleaved.map((bySize) => bySize[t]!), tool.name === 'ours' ? 'Node, interleaved' : null, false));
  largeFileNodeRow('ours, the same rotation as one synchronous loop (no task between runs)', oneLoop, null);
  gc.stop();
  // The editor's worker runs nothing but the analyzer, in a heap of its own: ours again, its runs
  // back to back, in a process of its own. Timed here, after the peers' runs, it paid for collecting
  // their garbage: one bench gave 31.6 ms (12 of 25 runs with a pause, 2.9 ms each) for code that
  // took a median of 14-16 ms alone.
  const processes: LargeRuns[][] = [];
  let failure = '';
  for (let p = 0; p < ALONE_PROCESSES; p++) {
    const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./bench/ours-alone.ts', import.meta.url))], { encoding: 'utf8', maxBuffer: 1 << 20 });
    if (child.status === 0) processes.push(JSON.parse(child.stdout.trim().split('\n').pop()!) as LargeRuns[]);
    else failure = (child.stderr || String(child.error)).slice(0, 80);
  }
  if (processes.length === 0) {
    console.log(`| ours, back to back in a process of its own | failed: ${failure} |`);
    return;
  }
  // The process whose 10,000-line median is the middle one fills the row and its budgets, and every
  // process's figures are printed under the table. On this machine (a 2-core KVM guest) a process
  // now and then runs all of its code about 1.6 times slower from start to end: in stop 35, 6 of 16
  // such processes took 22-27 ms on the 10,000-line file against 13-18 ms for the others, the
  // warm-up included, every function of their CPU profiles slower alike and each of their 25 runs
  // slow (none under 22 ms); the same without tsx, and slow processes came in spells. A slow
  // process is a figure of the machine, not of the analyzer, and one process alone cannot tell
  // which kind it was.
  const tenK = (runs: LargeRuns[]) => median(runs[1]!.times);
  const middle = [...processes].sort((a, b) => tenK(a) - tenK(b))[processes.length >> 1]!;
  largeFileNodeRow(`ours, back to back in a process of its own (as the editor's worker); the middle of ${processes.length} processes`, middle, `Node, ours alone, the middle of ${processes.length} processes`);
  const figures = processes.map((runs) => runs.map(({ times }) => median(times).toFixed(2)).join(' / '));
  console.log(`\nOurs alone, each process, 1,000 / 10,000 lines (median ms): ${figures.join('; ')}`);
  console.log('The interleaved rows compare tools within one process, which this machine now and then runs slower as a whole, every tool alike: the 20 ms budget is judged on ours alone, the middle of its processes.');
}

/**
 * A row of the Node large-file table; `budgetsAs` names the budget rows its figures fill, if any:
 * its growth, and with `timeBudget` its 10,000-line time.
 */
function largeFileNodeRow(name: string, runs: LargeRuns[], budgetsAs: string | null, timeBudget = true) {
  const medians = runs.map(({ times }) => median(times));
  const withoutPauses = runs.map(({ times, pauses }) => median(times.map((time, i) => time - pauses[i]!)));
  const paused = runs.map(({ pauses }) => pauses.filter((pause) => pause > 0));
  const pauseCell = `${paused.map((list) => `${list.length} of ${LARGE_TIMED_RUNS}`).join(', ')} (${paused.map((list) => (list.length ? median(list).toFixed(2) : '—')).join(', ')})`;
  largeFileRow(name, medians, [pauseCell, growthOf(withoutPauses)]);
  if (budgetsAs === null) return;
  if (timeBudget) budgets.push({ budget: `10,000-line file in under 20 ms (${budgetsAs})`, figure: `${medians[1]!.toFixed(2)} ms`, met: medians[1]! < 20 });
  growthBudget(budgetsAs, medians, `; ${growthOf(withoutPauses)} with GC pauses taken out`);
}

/**
 * The same measurement of ours in Chromium, warmed up on the same sets (see bench/browser.ts), in
 * BROWSER_PROCESSES browsers one after the other: the middle one by its 10,000-line median fills
 * the row and its growth budget, and every one is printed. A browser's renderer is a process like
 * the others, and lands in the machine's slow mode as they do (see largeFiles): in stop 35 one gave
 * 23.22 ms on the 10,000-line file where the runs before it gave 14.07 and 14.65, and in a later
 * bench a slow spell covered all three browsers (24.75-25.33 ms). Its time is printed, not judged.
 */
async function largeFilesInBrowser(sets: BenchFile[][]) {
  const runs: BrowserFigures[] = [];
  for (let p = 0; p < BROWSER_PROCESSES; p++) {
    const figures = await largeFilesInChromium(
      (await analyzerBundle()).url,
      sets.map((files) => files.map((file) => file.text)),
      LARGE_SIZES.map((size) => generatedDockerfile(7, size)),
      { warmUpRuns: WARM_UP_RUNS, largeWarmUpRuns: LARGE_WARM_UP_RUNS, largeWarmUpMs: BROWSER_LARGE_WARM_UP_MS, timedRuns: LARGE_TIMED_RUNS },
    );
    if (figures === null) break;
    runs.push(figures);
  }
  if (runs.length === 0) {
    console.log('\n## Large files in Chromium: skipped (no Chromium: install `chromium`, or `npx playwright install chromium`)');
    return;
  }
  const middle = [...runs].sort((a, b) => a.medians[1]! - b.medians[1]!)[runs.length >> 1]!;
  largeFileTable(`Large files in ${middle.browser}, ours only; the middle of ${runs.length} browsers`, BROWSER_LARGE_WARM_UP_MS);
  largeFileRow('ours', middle.medians);
  console.log(`\nEach browser, 1,000 / 10,000 lines (median ms): ${runs.map((figures) => figures.medians.map((m) => m.toFixed(2)).join(' / ')).join('; ')}`);
  growthBudget(`${middle.browser}, the middle of ${runs.length} browsers`, middle.medians);
}

function stress(tools: Tool[]) {
  console.log(`\n## Stress inputs (each tool in its own process, ${STRESS_TIMEOUT_MS / 1000} s timeout)`);
  console.log(`| input | ${tools.map((t) => t.name).join(' | ')} |`);
  console.log(`|---|${tools.map(() => '---:').join('|')}|`);
  const runner = fileURLToPath(new URL('./bench/stress-one.ts', import.meta.url));
  const inputs = stressInputs();
  const ourFailures: string[] = [];
  inputs.forEach((input, index) => {
    const cells = tools.map((tool) => {
      const child = spawnSync(process.execPath, ['--import', 'tsx', runner, tool.name, String(index)], {
        encoding: 'utf8',
        timeout: STRESS_TIMEOUT_MS,
        maxBuffer: 1 << 20,
      });
      if (child.error || child.signal) return 'HANG (timeout)';
      const out = child.stdout.trim().split('\n').pop() ?? '';
      return child.status === 0 ? out : `throws: ${out.slice(0, 40)}`;
    });
    console.log(`| ${input.name} | ${cells.join(' | ')} |`);
    const ours = cells[tools.findIndex((tool) => tool.name === 'ours')] ?? '';
    if (ours.startsWith('HANG') || ours.startsWith('throws')) ourFailures.push(input.name);
  });
  budgets.push({ budget: 'stress inputs: no crash, no hang', figure: ourFailures.length ? `fails on ${ourFailures.join(', ')}` : `${inputs.length} of ${inputs.length} analysed`, met: ourFailures.length === 0 });
}

const BUNDLE_BUDGET_BYTES = 40 * 1024;

async function bundleSize() {
  const { bytes, gzipBytes } = await analyzerBundle();
  console.log(`\n## Browser bundle (esbuild, minified): ${(bytes / 1024).toFixed(1)} KB raw, ${(gzipBytes / 1024).toFixed(1)} KB gzip (budget 40 KB gzip)`);
  budgets.push({ budget: 'browser bundle ≤ 40 KB gzip', figure: `${gzipBytes.toLocaleString('en')} B of ${BUNDLE_BUDGET_BYTES.toLocaleString('en')}`, met: gzipBytes <= BUNDLE_BUDGET_BYTES });
}

function printBudgets() {
  console.log('\n## Budgets: the figures above against them');
  console.log('| budget | this run | met |');
  console.log('|---|---|---|');
  for (const { budget, figure, met } of budgets) console.log(`| ${budget} | ${figure} | ${met ? 'yes' : '**no**'} |`);
}

const tools = await loadTools();
console.log(`# Analyzer benchmark — Node ${process.version}, ${new Date().toISOString()}`);
console.log(`tools: ${tools.map((t) => t.name).join(', ')} (ours: lib/dockerfile as the browser bundle, esbuild minified)`);
const sets: [string, BenchFile[]][] = [
  ['The chapter\'s Dockerfiles', chapterDockerfiles()],
  ['Realistic generated Dockerfiles', generatedSet(200)],
  ['Official-images corpus', corpusDockerfiles()],
];
for (const [name, files] of sets) {
  if (files.length === 0) {
    console.log(`\n## ${name}: skipped (not found next to the repo)`);
    continue;
  }
  summarise(name, tools, files, measureSet(tools, files));
}
await largeFiles(tools);
await largeFilesInBrowser(sets.map(([, files]) => files));
stress(tools);
await bundleSize();
printBudgets();
