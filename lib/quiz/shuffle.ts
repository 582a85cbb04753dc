// Seeded shuffling for the mixed quiz: the seed lives in saved state, so a reload asks the same
// questions in the same order. The random source is passed in, so tests are deterministic.

/** mulberry32: a small, fast 32-bit PRNG; returns floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A new seed: a 32-bit unsigned integer. */
export function newSeed(random: () => number = Math.random): number {
  return Math.floor(random() * 4294967296) >>> 0;
}

/** Fisher–Yates with the given source; returns a new array. */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}

export interface PickOptions {
  /** Quiz ids (`q1`…`q10`) to draw from. */
  lessons: string[];
  count: number;
  seed: number;
  /** Restrict to these question ids ("luyện lại câu sai"). */
  only?: string[];
}

/**
 * Khan-style mixed quiz: each chosen lesson's questions are shuffled, lessons take turns so every one
 * is represented, then the draw is shuffled once more. Returns question ids.
 */
export function pickQuestions(pool: { quizId: string; id: string }[], options: PickOptions): string[] {
  const random = seededRandom(options.seed);
  const only = options.only ? new Set(options.only) : null;
  const wanted = new Set(options.lessons);
  const byLesson = new Map<string, string[]>();
  for (const { quizId, id } of pool) {
    if (!wanted.has(quizId) || (only && !only.has(id))) continue;
    byLesson.set(quizId, [...(byLesson.get(quizId) ?? []), id]);
  }
  const queues = shuffle([...byLesson.values()], random).map((ids) => shuffle(ids, random));
  const drawn: string[] = [];
  const count = Math.max(0, Math.floor(options.count));
  while (drawn.length < count && queues.some((q) => q.length > 0)) {
    for (const queue of queues) {
      const id = queue.shift();
      if (id !== undefined && drawn.length < count) drawn.push(id);
    }
  }
  return shuffle(drawn, random);
}
