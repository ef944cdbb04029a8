/**
 * A small seeded pseudo-random generator (mulberry32), so that every benchmark run generates the
 * same content and runs can be compared. Never use Math.random in the benchmarks.
 */

/**
 * Creates a generator.
 * @param {number} seed any 32-bit integer; the same seed always gives the same sequence.
 */
export function seeded(seed) {
  let state = seed >>> 0;
  /** @returns {number} a float in [0, 1). */
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const random = {
    next,
    /** An integer in [min, max], both included. */
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    /** True with probability `p`. */
    chance: (p) => next() < p,
    /** One item of `items`, uniformly. */
    pick: (items) => items[Math.floor(next() * items.length)],
    /**
     * `count` distinct items of `items`. With `skew` > 1, items near the start are chosen more
     * often (index = ⌊length · u^skew⌋), like the few actors that appear in most events.
     */
    sample(items, count, skew = 1) {
      const chosen = new Set();
      while (chosen.size < Math.min(count, items.length))
        chosen.add(items[Math.floor(items.length * next() ** skew)]);
      return [...chosen];
    },
    /** `count` words of `words`, joined by spaces. */
    words: (words, count) => Array.from({ length: count }, () => random.pick(words)).join(' '),
  };
  return random;
}
