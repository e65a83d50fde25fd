/**
 * Where a generator's decisions come from. Generators only ever ask "pick one of n", so the same
 * generator runs from a seeded PRNG (differential fuzzing: program i of seed S is reproducible)
 * or from a list of numbers that fast-check owns (property fuzzing: shrinking the list shrinks
 * the program, because a missing or zero choice always means "the simplest option").
 */
export interface Choices {
  /** An integer in [0, n). 0 must be the simplest option at every call site. */
  pick(n: number): number;
}

/** mulberry32: tiny, fast, good enough to spread programs over the generator's options. */
export class PrngChoices implements Choices {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  pick(n: number): number {
    return Math.floor(this.next() * n);
  }
}

/** Choices read from a finite list; past its end every choice is 0 (the simplest). */
export class StreamChoices implements Choices {
  private i = 0;
  constructor(private readonly stream: readonly number[]) {}
  pick(n: number): number {
    if (this.i >= this.stream.length) return 0;
    return this.stream[this.i++] % n;
  }
}

/** Helpers on top of pick(); `chance(p)` is false when the stream says 0, so shrinking drops options. */
export function chance(c: Choices, percent: number): boolean {
  return c.pick(100) >= 100 - percent;
}

export function oneOf<T>(c: Choices, items: readonly T[]): T {
  return items[c.pick(items.length)];
}
