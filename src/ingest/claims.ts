import { createHash } from 'node:crypto';
import type { Statement } from './attribution.js';
import type { ActorsFound, AnalyzedText } from './document.js';
import type { ActorRef, Claim, ExtractionResult, GraphBatch, GraphClaim, GraphIssue, Stance } from './model.js';
import { foldText, toOriginalSpan } from './normalize.js';
import type { StanceReading } from './stance.js';

/** Share of the shorter sentence's words that two wire copies of one statement have in common. */
const SAME_STATEMENT_OVERLAP = 0.8;

function evidenceOf(text: AnalyzedText, statement: Statement): Claim['evidence'] {
  const span = toOriginalSpan(text.view, text.tokens[statement.sentence.first]!.start, text.tokens[statement.sentence.last]!.end);
  return { start: span.start, end: span.end, text: text.article.text.slice(span.start, span.end) };
}

interface OpenClaim {
  claim: Claim;
  /** Last token of the last sentence the claim covers: a continuation right after it extends the claim. */
  lastToken: number;
}

/**
 * One claim per actor and statement; coordinated subjects each get their own. A statement that
 * continues the same speaker in the very next sentence (وأضاف، وأضاف الشمري، a quotation running on) is the
 * same statement: its sentence extends the evidence and its stance joins the claim's.
 */
export function buildClaims(text: AnalyzedText, found: ActorsFound, readings: readonly { statement: Statement; reading: StanceReading }[]): Claim[] {
  const claims: Claim[] = [];
  const bySentence = new Map<string, OpenClaim>();
  const latest = new Map<string, OpenClaim>();
  for (const { statement, reading } of readings) {
    const evidence = evidenceOf(text, statement);
    for (const speaker of statement.speakers) {
      const actor = found.actors.get(speaker);
      const actorIssue = `${speaker}|${reading.issue}`;
      const previous = latest.get(actorIssue);
      const continues = previous !== undefined && previous.lastToken + 1 === statement.sentence.first && (statement.via === 'continuation' || statement.predicateKind === 'continuation' || oneQuotation(text, previous.lastToken, statement.sentence.first));
      const open = bySentence.get(`${actorIssue}|${evidence.start}`) ?? (continues ? previous : undefined);
      if (open) {
        mergeInto(open.claim, reading, text, evidence);
        open.lastToken = Math.max(open.lastToken, statement.sentence.last);
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
      const entry = { claim, lastToken: statement.sentence.last };
      bySentence.set(`${actorIssue}|${evidence.start}`, entry);
      latest.set(actorIssue, entry);
      claims.push(claim);
    }
  }
  return claims;
}

/** '"Our forces are ready. There is no longer any need …," X said': two sentences of one quotation are one statement. */
function oneQuotation(text: AnalyzedText, lastToken: number, nextToken: number): boolean {
  const from = text.tokens[lastToken]!.start;
  const to = text.tokens[nextToken]!.end;
  return text.quotations.some((q) => q.start <= from && q.end >= to);
}

function mergeInto(claim: Claim, reading: StanceReading, text: AnalyzedText, evidence: Claim['evidence']): void {
  claim.stance = mergeStances(claim.stance, reading.stance);
  claim.qualifiers = [...new Set([...claim.qualifiers, ...reading.qualifiers])].sort();
  if (evidence.end > claim.evidence.end) {
    const start = claim.evidence.start;
    claim.evidence = { start, end: evidence.end, text: text.article.text.slice(start, evidence.end) };
  }
}

/** Two statements of one actor joined into a claim: the polar one wins over neutral; opposite ones make mixed. */
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

export function articleId(sha256: string): string {
  return sha256.slice(0, 16);
}

/** Same actor, issue and statement wording → same id, whichever outlet carried it. */
export function claimId(actorId: string, issueId: string, quote: string): string {
  return hash(`${actorId}\u0000${issueId}\u0000${wordsOf(quote).join(' ')}`).slice(0, 24);
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.max(1, Math.min(a.size, b.size));
}

/**
 * Turns extraction results into one storage batch. A claim by the same actor with the same stance
 * in nearly the same sentence (a wire story carried by several outlets) is one claim, corroborated
 * by each article that carries it.
 */
export function toGraphBatch(results: readonly ExtractionResult[], issues: readonly GraphIssue[], gazetteer: ReadonlyMap<string, ActorRef> = new Map()): GraphBatch {
  const articles = new Map<string, GraphBatch['articles'][number]>();
  const claimants = new Map<string, ActorRef>();
  const claims: (GraphClaim & { words: Set<string> })[] = [];
  for (const { article, claims: found } of results) {
    const id = articleId(article.sha256);
    articles.set(id, { id, sha256: article.sha256, file: article.file, url: article.url, title: article.title, outlet: article.outlet, publishedAt: article.publishedAt, language: article.language, text: article.text });
    for (const claim of found) {
      claimants.set(claim.actor.id, claim.actor);
      const occurrence = { articleId: id, start: claim.evidence.start, end: claim.evidence.end };
      const words = new Set(wordsOf(claim.evidence.text));
      const same = claims.find((c) => c.actorId === claim.actor.id && c.issueId === claim.issue && c.stance === claim.stance && overlap(c.words, words) >= SAME_STATEMENT_OVERLAP);
      if (same) {
        if (!same.occurrences.some((o) => o.articleId === id)) same.occurrences.push(occurrence);
        continue;
      }
      claims.push({
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
        words,
      });
    }
  }
  const known = new Map([...gazetteer, ...results.flatMap((r) => r.actors.map((a): [string, ActorRef] => [a.id, a]))]);
  return {
    issues: [...issues],
    articles: [...articles.values()],
    actors: withAncestors(claimants, known),
    claims: claims.map(({ words: _words, ...claim }) => claim),
  };
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
