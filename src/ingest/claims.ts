import { createHash } from 'node:crypto';
import type { Statement } from './attribution.js';
import type { ActorsFound, AnalyzedText } from './document.js';
import type { ActorRef, Claim, ExtractionResult, GraphBatch, GraphClaim, GraphIssue, Stance } from './model.js';
import { foldText, toOriginalSpan } from './normalize.js';
import type { StanceReading } from './stance.js';

const WIRE_SIMILARITY = 0.6;
const SHINGLE_SIZE = 3;
const MINHASH_SIZE = 64;

function evidenceOf(text: AnalyzedText, statement: Statement): Claim['evidence'] {
  const span = toOriginalSpan(text.view, text.tokens[statement.sentence.first]!.start, text.tokens[statement.sentence.last]!.end);
  return { start: span.start, end: span.end, text: text.article.text.slice(span.start, span.end) };
}

/** One claim per actor and statement; coordinated subjects each get their own. */
export function buildClaims(text: AnalyzedText, found: ActorsFound, readings: readonly { statement: Statement; reading: StanceReading }[]): Claim[] {
  const claims: Claim[] = [];
  const byKey = new Map<string, Claim>();
  for (const { statement, reading } of readings) {
    const evidence = evidenceOf(text, statement);
    for (const speaker of statement.speakers) {
      const actor = found.actors.get(speaker);
      const key = `${speaker}|${reading.issue}|${evidence.start}`;
      const existing = byKey.get(key);
      if (existing) {
        existing.stance = mergeStances(existing.stance, reading.stance);
        existing.qualifiers = [...new Set([...existing.qualifiers, ...reading.qualifiers])].sort();
        continue;
      }
      if (!actor) continue;
      const claim: Claim = {
        actor,
        issue: reading.issue,
        stance: reading.stance,
        qualifiers: reading.qualifiers,
        evidence,
        confidence: reading.confidence,
        trail: {
          cue: reading.cue,
          predicate: statement.predicate?.phrase ?? null,
          negated: reading.negated,
          conditional: reading.conditional,
          attribution: statement.via,
        },
      };
      byKey.set(key, claim);
      claims.push(claim);
    }
  }
  return claims;
}

/** Two statements by one actor in one sentence: the polar one wins over neutral; opposite ones make mixed. */
function mergeStances(a: Stance, b: Stance): Stance {
  if (a === b || b === 'neutral') return a;
  if (a === 'neutral') return b;
  return 'mixed';
}

function hash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function wordsOf(text: string): string[] {
  return foldText(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
}

/** MinHash signature of word shingles: near-duplicate texts share most of their minima. */
export function minHash(text: string): Uint32Array {
  const words = wordsOf(text);
  const signature = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  for (let i = 0; i + SHINGLE_SIZE <= Math.max(words.length, SHINGLE_SIZE); i++) {
    const shingle = words.slice(i, i + SHINGLE_SIZE).join(' ');
    const digest = createHash('md5').update(shingle).digest();
    const base = digest.readUInt32LE(0);
    const step = digest.readUInt32LE(4) | 1;
    for (let k = 0; k < MINHASH_SIZE; k++) {
      const value = (base + Math.imul(k, step)) >>> 0;
      if (value < signature[k]!) signature[k] = value;
    }
  }
  return signature;
}

export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < MINHASH_SIZE; k++) if (a[k] === b[k]) same++;
  return same / MINHASH_SIZE;
}

/** Groups articles carrying the same wire story; each group lists article indices, first = primary. */
export function groupWireCopies(results: readonly ExtractionResult[]): number[][] {
  const signatures = results.map((r) => minHash(r.article.text.slice(r.article.bodyStart)));
  const groups: number[][] = [];
  results.forEach((_, i) => {
    const group = groups.find((g) => similarity(signatures[g[0]!]!, signatures[i]!) >= WIRE_SIMILARITY);
    if (group) group.push(i);
    else groups.push([i]);
  });
  return groups;
}

export function articleId(sha256: string): string {
  return sha256.slice(0, 16);
}

/** Same actor, issue and statement wording → same id, whichever outlet carried it. */
export function claimId(actorId: string, issueId: string, quote: string): string {
  return hash(`${actorId}\u0000${issueId}\u0000${wordsOf(quote).join(' ')}`).slice(0, 24);
}

function overlap(a: string, b: string): number {
  const wa = new Set(wordsOf(a));
  const wb = new Set(wordsOf(b));
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / Math.max(1, Math.min(wa.size, wb.size));
}

/**
 * Turns extraction results into one storage batch. Within a wire group, a claim by the same actor
 * with the same stance and nearly the same sentence is one claim, corroborated by each copy.
 */
export function toGraphBatch(results: readonly ExtractionResult[], issues: readonly GraphIssue[], gazetteer: ReadonlyMap<string, ActorRef> = new Map()): GraphBatch {
  const batch: GraphBatch = { issues: [...issues], articles: [], actors: [], claims: [] };
  const actors = new Map<string, ActorRef>();
  for (const group of groupWireCopies(results)) {
    const groupClaims: GraphClaim[] = [];
    for (const index of group) {
      const { article, claims } = results[index]!;
      const id = articleId(article.sha256);
      batch.articles.push({ id, sha256: article.sha256, file: article.file, url: article.url, title: article.title, outlet: article.outlet, publishedAt: article.publishedAt, language: article.language, text: article.text });
      for (const claim of claims) {
        actors.set(claim.actor.id, claim.actor);
        const occurrence = { articleId: id, start: claim.evidence.start, end: claim.evidence.end };
        const same = groupClaims.find((c) => c.actorId === claim.actor.id && c.issueId === claim.issue && c.stance === claim.stance && overlap(c.quote, claim.evidence.text) >= 0.8);
        if (same) {
          if (!same.occurrences.some((o) => o.articleId === id)) same.occurrences.push(occurrence);
          continue;
        }
        groupClaims.push({
          id: claimId(claim.actor.id, claim.issue, claim.evidence.text),
          actorId: claim.actor.id,
          issueId: claim.issue,
          stance: claim.stance,
          qualifiers: claim.qualifiers,
          quote: claim.evidence.text,
          confidence: claim.confidence,
          method: `rules:${claim.trail.attribution}`,
          articleId: id,
          start: claim.evidence.start,
          end: claim.evidence.end,
          occurrences: [occurrence],
        });
      }
    }
    batch.claims.push(...groupClaims);
  }
  batch.actors = withAncestors(actors, new Map([...gazetteer, ...results.flatMap((r) => r.actors.map((a): [string, ActorRef] => [a.id, a]))]));
  return batch;
}

/** The claimants plus every actor they are part of (a spokesman's ministry, its government). */
function withAncestors(claimants: ReadonlyMap<string, ActorRef>, known: ReadonlyMap<string, ActorRef>): ActorRef[] {
  const all = new Map(claimants);
  const pending = [...claimants.values()];
  while (pending.length > 0) {
    for (const parentId of pending.pop()!.partOf) {
      const parent = known.get(parentId);
      if (parent && !all.has(parentId)) {
        all.set(parentId, parent);
        pending.push(parent);
      }
    }
  }
  return [...all.values()].map((actor) => ({ ...actor, partOf: actor.partOf.filter((id) => all.has(id)) }));
}
