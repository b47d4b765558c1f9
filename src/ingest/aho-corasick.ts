/**
 * Aho–Corasick automaton over UTF-16 code units. One pass over a text finds every occurrence of
 * every pattern, so matching time depends on the text, not on how large the lexicon grows.
 */
export interface AhoCorasick {
  /** Calls onMatch(start, end, patternIndex) for every occurrence, in order of end offset. */
  scan(text: string, onMatch: (start: number, end: number, pattern: number) => void): void;
  readonly size: number;
}

export function buildAhoCorasick(patterns: readonly string[]): AhoCorasick {
  // Transitions live in one Map keyed by state * 2^16 + code unit: compact for large lexicons.
  const goto = new Map<number, number>();
  const fail: number[] = [0];
  const outputs: number[][] = [[]];
  const depth: number[] = [0];
  const key = (state: number, code: number): number => state * 65536 + code;

  patterns.forEach((pattern, index) => {
    if (pattern.length === 0) return;
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const k = key(state, pattern.charCodeAt(i));
      let next = goto.get(k);
      if (next === undefined) {
        next = fail.length;
        goto.set(k, next);
        fail.push(0);
        outputs.push([]);
        depth.push(depth[state]! + 1);
      }
      state = next;
    }
    outputs[state]!.push(index);
  });

  const children = new Map<number, [number, number][]>();
  for (const [k, next] of goto) {
    const parent = Math.floor(k / 65536);
    let list = children.get(parent);
    if (list === undefined) children.set(parent, (list = []));
    list.push([k % 65536, next]);
  }

  const queue: number[] = [];
  for (const [, child] of children.get(0) ?? []) queue.push(child);
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    for (const [code, child] of children.get(state) ?? []) {
      let f = fail[state]!;
      while (f !== 0 && !goto.has(key(f, code))) f = fail[f]!;
      const target = goto.get(key(f, code));
      fail[child] = target !== undefined && target !== child ? target : 0;
      outputs[child]!.push(...outputs[fail[child]!]!);
      queue.push(child);
    }
  }

  const patternLength = patterns.map((p) => p.length);
  return {
    size: fail.length,
    scan(text, onMatch) {
      let state = 0;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        let next = goto.get(key(state, code));
        while (next === undefined && state !== 0) {
          state = fail[state]!;
          next = goto.get(key(state, code));
        }
        state = next ?? 0;
        for (const index of outputs[state]!) onMatch(i + 1 - patternLength[index]!, i + 1, index);
      }
    },
  };
}
