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
  // Code units are renumbered into the patterns' own small alphabet (0 = a unit no pattern has),
  // so transition keys stay small integers and the root's transitions fit one dense array.
  const alphabet = new Uint16Array(65536);
  let alphabetSize = 1;
  for (const pattern of patterns) {
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i);
      if (alphabet[code] === 0) alphabet[code] = alphabetSize++;
    }
  }
  const goto = new Map<number, number>();
  const fail: number[] = [0];
  const outputs: number[][] = [[]];
  const key = (state: number, symbol: number): number => state * alphabetSize + symbol;

  patterns.forEach((pattern, index) => {
    if (pattern.length === 0) return;
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const k = key(state, alphabet[pattern.charCodeAt(i)]!);
      let next = goto.get(k);
      if (next === undefined) {
        next = fail.length;
        goto.set(k, next);
        fail.push(0);
        outputs.push([]);
      }
      state = next;
    }
    outputs[state]!.push(index);
  });

  const children = new Map<number, [number, number][]>();
  for (const [k, next] of goto) {
    const parent = Math.floor(k / alphabetSize);
    let list = children.get(parent);
    if (list === undefined) children.set(parent, (list = []));
    list.push([k % alphabetSize, next]);
  }

  const queue: number[] = [];
  for (const [, child] of children.get(0) ?? []) queue.push(child);
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    for (const [symbol, child] of children.get(state) ?? []) {
      let f = fail[state]!;
      while (f !== 0 && !goto.has(key(f, symbol))) f = fail[f]!;
      const target = goto.get(key(f, symbol));
      fail[child] = target !== undefined && target !== child ? target : 0;
      outputs[child]!.push(...outputs[fail[child]!]!);
      queue.push(child);
    }
  }

  // The full transition function (failures folded in) as one dense table: one read per character.
  // States are renumbered breadth-first, so the shallow states a text spends most of its time in
  // share a few cache lines instead of being scattered over a table of many megabytes.
  const order = [0, ...queue];
  const renumbered = new Int32Array(order.length);
  order.forEach((state, position) => (renumbered[state] = position));
  const delta = new Int32Array(order.length * alphabetSize);
  order.forEach((state, position) => {
    const row = position * alphabetSize;
    const fallback = renumbered[fail[state]!]! * alphabetSize;
    for (let symbol = 1; symbol < alphabetSize; symbol++) {
      const next = goto.get(key(state, symbol));
      delta[row + symbol] = next !== undefined ? renumbered[next]! : state === 0 ? 0 : delta[fallback + symbol]!;
    }
  });
  const found = order.map((state) => outputs[state]!);
  const patternLength = patterns.map((p) => p.length);
  return {
    size: order.length,
    scan(text, onMatch) {
      let state = 0;
      for (let i = 0; i < text.length; i++) {
        state = delta[state * alphabetSize + alphabet[text.charCodeAt(i)]!]!;
        const matches = found[state]!;
        for (let k = 0; k < matches.length; k++) {
          const index = matches[k]!;
          onMatch(i + 1 - patternLength[index]!, i + 1, index);
        }
      }
    },
  };
}
