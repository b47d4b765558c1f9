import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findProjectRoot } from '../src/config/env.js';
import type { ActorRef, ActorType, GraphArticle, GraphBatch, GraphClaim, Stance } from '../src/ingest/model.js';
import type { Store } from '../src/store/driver.js';
import { countGraph, listPositionEdges } from '../src/store/read.js';
import { recordQueries, type QueryLog } from '../src/store/run.js';
import { deleteGraph, recomputePositions, saveBatches } from '../src/store/write.js';
import { cpuBetween, openBenchDatabase, type BenchDatabase, type ServerCpu } from './database.js';

/**
 * `npm run bench:ingest`: 100,000 generated claims (5,000 actors, 10,000 articles, Arabic quotes,
 * one in ten carried by a second outlet) written with saveBatches in batches of articles, into a
 * local Neo4j of its own (data in .stancegraph/bench, Bolt 27687, HTTP 27474), wiped first;
 * then wiped and written again, since the first write on a just-started server spends much of
 * its CPU compiling (the JVM's JIT). Then the naive way for comparison: one MERGE statement per
 * claim, auto-committed, on a sample.
 */

export const BENCH_BOLT_PORT = 27687;
export const BENCH_HTTP_PORT = 27474;
const CLAIMS = 100_000;
const ACTORS = 5_000;
const ARTICLES = 10_000;
/** Articles per saveBatch call: one ingest run's worth of files. */
const ARTICLES_PER_BATCH = 1_000;
const NAIVE_SAMPLE = 2_000;

const LETTERS = 'ابتثجحخدذرزسشصضطظعغفقكلمنهويةىأإآ';
const WORDS = [
  'الحكومة', 'العراقية', 'القوات', 'الأمريكية', 'التحالف', 'الدولي', 'انسحاب', 'مهمة', 'إنهاء', 'الحوار', 'الثنائي', 'بغداد', 'واشنطن',
  'الأمن', 'السيادة', 'الوطنية', 'المرحلة', 'الحالية', 'ضرورة', 'بقاء', 'المستشارين', 'الجدول', 'الزمني', 'المفاوضات', 'اللجنة', 'العسكرية',
  'العليا', 'تنظيم', 'داعش', 'الإرهاب', 'الاستقرار', 'المنطقة', 'البرلمان', 'قرار', 'ملزم', 'تدريجي', 'كامل', 'فوري', 'الفصائل', 'المسلحة',
];
const TYPES: ActorType[] = ['person', 'official', 'ministry', 'faction', 'party', 'analyst', 'government', 'military', 'legislature', 'source'];
const STANCES: Stance[] = ['supports', 'supports', 'opposes', 'opposes', 'mixed', 'neutral'];
const OUTLETS = ['وكالة الأنباء العراقية', 'السومرية نيوز', 'شفق نيوز', 'رووداو', 'الجزيرة', 'العربية', 'بغداد اليوم', 'المدى'];

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

export interface GeneratedCorpus {
  actors: ActorRef[];
  /** Articles in publication order, each with the claims whose primary article it is. */
  batches: GraphBatch[];
  claims: number;
}

/** Deterministic: the same corpus on every run. */
export function generateCorpus(claimCount = CLAIMS, actorCount = ACTORS, articleCount = ARTICLES): GeneratedCorpus {
  const next = random(20240101);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const word = (length: number) => Array.from({ length }, () => pick([...LETTERS])).join('');

  const actors: ActorRef[] = Array.from({ length: actorCount }, (_, n) => {
    const nameAr = `${word(4)} ${word(5)} ${word(6)}`;
    return {
      id: `actor-${n}`,
      name: `Actor ${n}`,
      nameAr,
      nameEn: `Actor ${n}`,
      aliases: [nameAr.split(' ').at(-1)!, `ال${word(5)}`],
      type: pick(TYPES),
      // Every tenth actor belongs to one of the first hundred (ministries, parties…).
      partOf: n >= 100 && n % 10 === 0 ? [`actor-${n % 100}`] : [],
    };
  });
  const sentence = () => Array.from({ length: 8 + Math.floor(next() * 10) }, () => pick(WORDS)).join(' ');

  const perArticle = Math.ceil(claimCount / articleCount);
  const articles: { article: GraphArticle; claims: GraphClaim[]; speakers: Set<ActorRef> }[] = [];
  let made = 0;
  for (let n = 0; n < articleCount; n++) {
    const day = new Date(Date.UTC(2024, 0, 1) + Math.floor((n / articleCount) * 365) * 86_400_000).toISOString().slice(0, 10);
    const speakers = new Set<ActorRef>();
    const quotes: { quote: string; actor: ActorRef; stance: Stance }[] = [];
    for (let k = 0; k < perArticle && made < claimCount; k++, made++) {
      const actor = actors[Math.floor(next() * actorCount)]!;
      speakers.add(actor);
      quotes.push({ quote: `${sentence()} ${n}-${k}`, actor, stance: pick(STANCES) });
    }
    let text = `بغداد - ${sentence()}.\n`;
    const claims: GraphClaim[] = [];
    for (const [k, q] of quotes.entries()) {
      text += `وقال ${q.actor.nameAr}: "`;
      const start = text.length;
      text += q.quote;
      const end = text.length;
      text += `". ${sentence()}.\n`;
      const id = `claim-${n}-${k}`;
      claims.push({
        id,
        actorId: q.actor.id,
        issueId: 'withdrawal',
        stance: q.stance,
        qualifiers: next() < 0.2 ? ['gradual'] : [],
        quote: q.quote,
        confidence: 0.6 + next() * 0.4,
        method: 'bench',
        articleId: `article-${n}`,
        start,
        end,
        occurrences: [{ articleId: `article-${n}`, start, end }],
      });
    }
    const article: GraphArticle = {
      id: `article-${n}`,
      sha256: `sha-${n}`,
      file: `bench/${n}.txt`,
      url: null,
      title: sentence(),
      outlet: pick(OUTLETS),
      publishedAt: day,
      language: 'ar',
      text,
    };
    articles.push({ article, claims, speakers });
  }
  // One article in ten has its first claim carried by the next article too (a wire story).
  for (let n = 0; n + 1 < articles.length; n += 10) {
    const source = articles[n]!;
    const copy = articles[n + 1]!;
    const claim = source.claims[0];
    if (claim === undefined) continue;
    copy.article.text += `\nونقلت الوكالة عنه: "${claim.quote}".`;
    const start = copy.article.text.length - claim.quote.length - 2;
    claim.occurrences.push({ articleId: copy.article.id, start, end: start + claim.quote.length });
  }

  const batches: GraphBatch[] = [];
  const issue = { id: 'withdrawal', name: 'Withdrawal of US/coalition forces from Iraq', nameAr: 'انسحاب القوات الأمريكية' };
  const byId = new Map(actors.map((a) => [a.id, a]));
  for (let n = 0; n < articles.length; n += ARTICLES_PER_BATCH) {
    const slice = articles.slice(n, n + ARTICLES_PER_BATCH);
    const named = new Map<string, ActorRef>();
    for (const part of slice) {
      for (const actor of part.speakers) {
        named.set(actor.id, actor);
        for (const parentId of actor.partOf) named.set(parentId, byId.get(parentId)!);
      }
    }
    batches.push({ issues: [issue], articles: slice.map((p) => p.article), actors: [...named.values()], claims: slice.flatMap((p) => p.claims) });
  }
  return { actors, batches, claims: made };
}

/** One write of the whole corpus, timed. */
export interface WritePass {
  seconds: number;
  claimsPerSecond: number;
  /** Seconds from each batch's commit to the next one's (the first from the start), in the order they finished. */
  batchSeconds: number[];
  /** Each statement's time on the server (overlapping, with two batches in flight), the commits, and what is left of the wall-clock time. */
  stages: { name: string; seconds: number }[];
  /** The Neo4j server's CPU seconds during the pass, by kind of thread (Linux only). */
  serverCpu: ServerCpu | undefined;
  /** This Node process's CPU seconds during the pass. */
  clientCpuSeconds: number;
}

export interface IngestBenchResult {
  claims: number;
  actors: number;
  articles: number;
  batches: number;
  /** The first write, on a server that has just started (unless STANCEGRAPH_BENCH_KEEP kept one running): it pays the JIT's warm-up. */
  fresh: WritePass;
  /** The same write again after a wipe, on the warmed-up server, as on a server that has been running a while. */
  warm: WritePass;
  naiveClaims: number;
  naiveSeconds: number;
  naiveClaimsPerSecond: number;
  nodes: number;
  relationships: number;
  /** Position edges as the batches left them that differ from a derivation from all claims afterwards (should be 0). */
  positionsOffRecompute: number;
}

/** The naive baseline: each claim its own auto-commit MERGE statement through the driver. */
async function writeNaively(store: Store, corpus: GeneratedCorpus, count: number): Promise<number> {
  const statement = readFileSync(path.join(findProjectRoot(), 'cypher', 'bench', 'naive-merge-claim.cypher'), 'utf8');
  const actors = new Map(corpus.actors.map((a) => [a.id, a]));
  const claims = corpus.batches.flatMap((b) => b.claims.map((c) => ({ claim: c, article: b.articles.find((a) => a.id === c.articleId)! }))).slice(0, count);
  const session = store.driver.session();
  try {
    const started = process.hrtime.bigint();
    for (const { claim, article } of claims) {
      const actor = actors.get(claim.actorId)!;
      await session.run(statement, {
        actorId: actor.id,
        actorName: actor.name,
        actorNameAr: actor.nameAr,
        actorType: actor.type,
        issueId: claim.issueId,
        articleId: article.id,
        outlet: article.outlet,
        publishedAt: article.publishedAt,
        // New claim ids, so that the naive write creates claims as the batched one did.
        id: `naive-${claim.id}`,
        stance: claim.stance,
        quote: claim.quote,
        start: claim.start,
        end: claim.end,
        confidence: claim.confidence,
        method: claim.method,
      });
    }
    return Number(process.hrtime.bigint() - started) / 1e9;
  } finally {
    await session.close();
  }
}

/** How many position edges differ (either way) between the graph as written and recomputePositions. */
async function positionsOff(store: Store): Promise<number> {
  const key = (edge: object) => JSON.stringify(edge);
  const written = new Set((await listPositionEdges(store)).map(key));
  await recomputePositions(store);
  const derived = new Set((await listPositionEdges(store)).map(key));
  return [...written].filter((edge) => !derived.has(edge)).length + [...derived].filter((edge) => !written.has(edge)).length;
}

/** Seconds per statement name (summed over batches and chunks), the commits, and what is left: Node's own work. */
function stagesOf(queries: QueryLog, seconds: number): { name: string; seconds: number }[] {
  const byName = new Map<string, number>();
  for (const [n, name] of queries.queries.entries()) byName.set(name, (byName.get(name) ?? 0) + (queries.milliseconds[n] ?? 0) / 1000);
  const stages = [...byName].map(([name, total]) => ({ name, seconds: total }));
  stages.push({ name: 'commit', seconds: queries.commitMilliseconds / 1000 });
  // Two batches are in flight at once: a batch's first write (merge-issues) waits there for the
  // one before to commit, so the statements' times overlap and what is left is negative.
  stages.push({ name: 'rest (Node: validation, rows, encoding; network) minus the overlap of the batches in flight (merge-issues includes the wait for the batch before)', seconds: seconds - stages.reduce((n, stage) => n + stage.seconds, 0) });
  return stages;
}

/** Writes the corpus with saveBatches (one transaction per batch, two in flight), and times it. */
async function writeCorpus(database: BenchDatabase, corpus: GeneratedCorpus, log: (line: string) => void): Promise<WritePass> {
  const serverBefore = database.serverCpu();
  const clientBefore = process.cpuUsage();
  const started = process.hrtime.bigint();
  const batchSeconds: number[] = [];
  const { log: queries } = await recordQueries(async () => {
    let previous = started;
    // saveBatches' own chunk size and batches in flight, so that the figures are those of the store's writer.
    await saveBatches(database.store, corpus.batches, {
      onSaved: (n, result) => {
        const now = process.hrtime.bigint();
        batchSeconds.push(Number(now - previous) / 1e9);
        previous = now;
        log(`batch ${n + 1}/${corpus.batches.length}: ${result.claims} claims, ${batchSeconds.at(-1)!.toFixed(1)} s after the one before`);
      },
    });
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const clientUsage = process.cpuUsage(clientBefore);
  return {
    seconds,
    claimsPerSecond: corpus.claims / seconds,
    batchSeconds,
    stages: stagesOf(queries, seconds),
    serverCpu: cpuBetween(serverBefore, database.serverCpu()),
    clientCpuSeconds: (clientUsage.user + clientUsage.system) / 1e6,
  };
}

export async function benchIngest(log: (line: string) => void = () => undefined): Promise<IngestBenchResult> {
  const database = await openBenchDatabase('bench', { boltPort: BENCH_BOLT_PORT, httpPort: BENCH_HTTP_PORT }, log);
  const store = database.store;
  try {
    const corpus = generateCorpus();
    log(`writing ${corpus.claims} claims in ${corpus.batches.length} batches`);
    const fresh = await writeCorpus(database, corpus, log);
    log('wiping, to write the same claims again on the warmed-up server');
    await deleteGraph(store, { chunkSize: 20_000 });
    const warm = await writeCorpus(database, corpus, log);

    const counts = await countGraph(store);
    log('checking the position edges against a derivation from all claims');
    const positionsOffRecompute = await positionsOff(store);

    log(`naive: ${NAIVE_SAMPLE} claims, one MERGE statement each`);
    const naiveSeconds = await writeNaively(store, corpus, NAIVE_SAMPLE);
    return {
      claims: corpus.claims,
      actors: corpus.actors.length,
      articles: corpus.batches.reduce((n, b) => n + b.articles.length, 0),
      batches: corpus.batches.length,
      fresh,
      warm,
      naiveClaims: NAIVE_SAMPLE,
      naiveSeconds,
      naiveClaimsPerSecond: NAIVE_SAMPLE / naiveSeconds,
      nodes: counts.nodes,
      relationships: counts.relationships,
      positionsOffRecompute,
    };
  } finally {
    await database.close();
  }
}
