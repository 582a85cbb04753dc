// How much of each timed run was a garbage-collection pause, from Node's performance timeline.
// A large file's analysis builds a tree of several megabytes; whether a scavenge falls inside a
// timed run or between two of them moves a 10,000-line median by 15-20%. The bench prints the
// pauses beside the times so a reader can tell the analyzer's growth from the collector's.
import { PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';

/** A timed run: performance.now() when it started and when it ended. */
export interface RunWindow {
  start: number;
  end: number;
}

export class GcPauses {
  readonly #entries: PerformanceEntry[] = [];
  readonly #observer = new PerformanceObserver((list) => {
    this.#entries.push(...list.getEntries());
  });

  constructor() {
    this.#observer.observe({ entryTypes: ['gc'] });
  }

  /**
   * Milliseconds of collection inside each run. Node queues a GC entry in a task after the
   * collection, so the event loop turns first: entries read at once would miss the last pauses.
   */
  async within(runs: RunWindow[]): Promise<number[]> {
    await new Promise((resolve) => setTimeout(resolve, 20));
    this.#entries.push(...this.#observer.takeRecords());
    return runs.map(({ start, end }) =>
      this.#entries.reduce((total, entry) => (entry.startTime >= start && entry.startTime < end ? total + entry.duration : total), 0),
    );
  }

  stop(): void {
    this.#observer.disconnect();
  }
}
