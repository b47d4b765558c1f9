import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../../config/env.js';
import { InputError } from '../../errors.js';
import { readGraphExport, type GraphExport } from '../../store/export.js';
import { escapeXml, GRAPHML_OPEN } from '../../analysis/graphml.js';
import { connectStore } from '../connect.js';
import { createProgress } from '../output.js';

export type ExportFormat = 'graphml' | 'csv' | 'json' | 'jsonld';

export interface ExportOptions {
  format: ExportFormat;
  /** A file, or a directory to write the format's default file name in; standard output when omitted. */
  out?: string | undefined;
}

export const DEFAULT_FILE: Record<ExportFormat, string> = {
  graphml: 'stancegraph.graphml',
  csv: 'stancegraph-claims.csv',
  json: 'stancegraph.json',
  jsonld: 'stancegraph.jsonld',
};

// ---- GraphML -------------------------------------------------------------------------------

type KeyType = 'string' | 'int' | 'double' | 'boolean';
const NODE_KEYS: [string, KeyType][] = [
  ['label', 'string'],
  ['kind', 'string'],
  ['name', 'string'],
  ['nameAr', 'string'],
  ['nameEn', 'string'],
  ['type', 'string'],
  ['aliases', 'string'],
];
const EDGE_KEYS: [string, KeyType][] = [
  ['edgeType', 'string'],
  ['stance', 'string'],
  ['claims', 'int'],
  ['weight', 'double'],
  ['first', 'string'],
  ['last', 'string'],
];

const EDGE_STANCE: Record<string, string> = { SUPPORTS: 'supports', OPPOSES: 'opposes', MIXED_ON: 'mixed', NEUTRAL_ON: 'neutral' };

function data(key: string, value: string | number | null | undefined): string {
  return value === null || value === undefined || value === '' ? '' : `      <data key="${key}">${escapeXml(String(value))}</data>\n`;
}

/**
 * Actors and issues as nodes (ids prefixed `actor:` / `issue:` so they cannot collide);
 * position edges and PART_OF as directed edges. The edge's Neo4j type is the `edgeType`
 * attribute (GraphML's `label` is left to node names, which Gephi shows), its claim count is
 * also `weight`. Aliases are joined with " | ".
 */
export function toGraphml(graph: GraphExport): string {
  const keys = [
    ...NODE_KEYS.map(([name, type]) => `  <key id="${name}" for="node" attr.name="${name}" attr.type="${type}"/>\n`),
    ...EDGE_KEYS.map(([name, type]) => `  <key id="${name}" for="edge" attr.name="${name === 'edgeType' ? 'type' : name}" attr.type="${type}"/>\n`),
  ].join('');
  const nodes: string[] = [];
  for (const issue of graph.issues) {
    nodes.push(`    <node id="issue:${escapeXml(issue.id)}">\n${data('label', issue.name)}${data('kind', 'issue')}${data('name', issue.name)}${data('nameAr', issue.nameAr)}    </node>\n`);
  }
  for (const actor of graph.actors) {
    nodes.push(
      `    <node id="actor:${escapeXml(actor.id)}">\n${data('label', actor.nameAr === null ? actor.name : `${actor.name} / ${actor.nameAr}`)}${data('kind', 'actor')}` +
        `${data('name', actor.name)}${data('nameAr', actor.nameAr)}${data('nameEn', actor.nameEn)}${data('type', actor.type)}${data('aliases', actor.aliases.join(' | '))}    </node>\n`,
    );
  }
  const edges: string[] = [];
  for (const position of graph.positions) {
    edges.push(
      `    <edge id="e${edges.length}" source="actor:${escapeXml(position.actorId)}" target="issue:${escapeXml(position.issueId)}">\n` +
        `${data('edgeType', position.edge)}${data('stance', EDGE_STANCE[position.edge])}${data('claims', position.claims)}${data('weight', position.claims)}` +
        `${data('first', position.first)}${data('last', position.last)}    </edge>\n`,
    );
  }
  for (const actor of graph.actors) {
    for (const parentId of actor.partOf) {
      edges.push(`    <edge id="e${edges.length}" source="actor:${escapeXml(actor.id)}" target="actor:${escapeXml(parentId)}">\n${data('edgeType', 'PART_OF')}    </edge>\n`);
    }
  }
  return (
    GRAPHML_OPEN +
    keys +
    '  <graph id="stancegraph" edgedefault="directed">\n' +
    nodes.join('') +
    edges.join('') +
    '  </graph>\n</graphml>\n'
  );
}

// ---- CSV -----------------------------------------------------------------------------------

export const CSV_COLUMNS = [
  'claim_id', 'actor_id', 'actor_name', 'actor_name_ar', 'issue_id', 'stance', 'qualifiers', 'quote', 'start', 'end',
  'confidence', 'method', 'rejected', 'reviewed_by', 'reviewed_at', 'article_id', 'file', 'title', 'outlet', 'published_at',
] as const;

function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * RFC 4180 (CRLF, quoted where needed), UTF-8 with a byte-order mark for Excel. One row per claim
 * and article carrying it, so that start/end are offsets into that row's article; a claim in
 * three outlets is three rows with the same claim_id. Qualifiers are joined with ";".
 */
export function toCsv(graph: GraphExport): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const claim of graph.claims) {
    for (const o of claim.occurrences) {
      const row = [
        claim.id, claim.actorId, claim.actorName, claim.actorNameAr, claim.issueId, claim.stance, claim.qualifiers.join(';'), claim.quote,
        o.start, o.end, claim.confidence, claim.method, claim.rejected, claim.reviewedBy, claim.reviewedAt, o.articleId, o.file, o.title,
        o.outlet, o.publishedAt,
      ];
      lines.push(row.map(csvCell).join(','));
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

// ---- JSON ----------------------------------------------------------------------------------

export function toJson(graph: GraphExport): string {
  return `${JSON.stringify({ format: 'stancegraph', version: 1, ...graph }, null, 2)}\n`;
}

// ---- JSON-LD -------------------------------------------------------------------------------

const NS = 'https://stancegraph.org/ns#';
const urn = (kind: string, id: string) => `urn:stancegraph:${kind}:${encodeURIComponent(id)}`;

/**
 * Linked data with provenance: every claim is a schema.org Claim by its actor about its issue,
 * with each article carrying it as an `appearance` (a Quotation: the quote, its offsets in the
 * article text, and the article's URL, date and outlet). stancegraph's own terms (stance,
 * confidence, offsets, review) are in the `sg:` vocabulary.
 */
export function toJsonLd(graph: GraphExport): string {
  const context = {
    '@vocab': 'https://schema.org/',
    sg: NS,
    xsd: 'http://www.w3.org/2001/XMLSchema#',
    stance: 'sg:stance',
    confidence: { '@id': 'sg:confidence', '@type': 'xsd:double' },
    qualifiers: 'sg:qualifiers',
    startOffset: { '@id': 'sg:startOffset', '@type': 'xsd:integer' },
    endOffset: { '@id': 'sg:endOffset', '@type': 'xsd:integer' },
    method: 'sg:method',
    rejected: 'sg:rejected',
    reviewedBy: 'sg:reviewedBy',
    reviewedAt: 'sg:reviewedAt',
    actorType: 'sg:actorType',
  };
  const issues = graph.issues.map((i) => ({ '@id': urn('issue', i.id), '@type': 'Thing', identifier: i.id, name: i.name, alternateName: i.nameAr ?? undefined }));
  const actors = graph.actors.map((a) => ({
    '@id': urn('actor', a.id),
    '@type': a.type === 'person' || a.type === 'official' || a.type === 'analyst' ? 'Person' : 'Organization',
    identifier: a.id,
    name: a.name,
    alternateName: [a.nameAr, a.nameEn, ...a.aliases].filter((n): n is string => n !== null && n !== a.name),
    actorType: a.type,
    memberOf: a.partOf.map((id) => ({ '@id': urn('actor', id) })),
  }));
  const claims = graph.claims.map((c) => ({
    '@id': urn('claim', c.id),
    '@type': 'Claim',
    identifier: c.id,
    author: { '@id': urn('actor', c.actorId) },
    about: { '@id': urn('issue', c.issueId) },
    text: c.quote,
    stance: c.stance,
    qualifiers: c.qualifiers,
    confidence: c.confidence,
    method: c.method,
    rejected: c.rejected,
    reviewedBy: c.reviewedBy ?? undefined,
    reviewedAt: c.reviewedAt ?? undefined,
    appearance: c.occurrences.map((o) => ({
      '@type': 'Quotation',
      text: c.quote,
      startOffset: o.start,
      endOffset: o.end,
      isPartOf: {
        '@id': urn('article', o.articleId),
        '@type': 'NewsArticle',
        url: o.url ?? undefined,
        headline: o.title ?? undefined,
        datePublished: o.publishedAt ?? undefined,
        publisher: o.outlet === null ? undefined : { '@type': 'Organization', name: o.outlet },
      },
    })),
  }));
  return `${JSON.stringify({ '@context': context, '@graph': [...issues, ...actors, ...claims] }, null, 2)}\n`;
}

const FORMATTERS: Record<ExportFormat, (graph: GraphExport) => string> = { graphml: toGraphml, csv: toCsv, json: toJson, jsonld: toJsonLd };

/** Where --out points: a directory (existing, or written with a trailing slash) gets the default file name. */
async function resolveOut(out: string, format: ExportFormat): Promise<string> {
  const target = path.resolve(out);
  const isDir = await stat(target).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (isDir) return path.join(target, DEFAULT_FILE[format]);
  if (/[\\/]$/.test(out)) {
    await mkdir(target, { recursive: true });
    return path.join(target, DEFAULT_FILE[format]);
  }
  const parent = path.dirname(target);
  const parentIsDir = await stat(parent).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!parentIsDir) throw new InputError(`cannot write ${out}: ${parent} is not a directory`);
  return target;
}

export interface ExportSummary {
  file: string | null;
  actors: number;
  claims: number;
  positions: number;
}

export async function runExport(config: Config, options: ExportOptions): Promise<number> {
  const file = options.out === undefined ? null : await resolveOut(options.out, options.format);
  const progress = createProgress({ quiet: config.ci || file === null });
  const { store } = await connectStore(config, progress);
  let graph: GraphExport;
  try {
    graph = await readGraphExport(store);
  } finally {
    await store.close();
  }
  const text = FORMATTERS[options.format](graph);
  if (file === null) {
    process.stdout.write(text);
    return 0;
  }
  try {
    await writeFile(file, text, 'utf8');
  } catch (cause) {
    throw new InputError(`cannot write ${file}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
  const summary: ExportSummary = { file, actors: graph.actors.length, claims: graph.claims.length, positions: graph.positions.length };
  process.stdout.write(`wrote ${summary.file}: ${summary.actors} actors, ${summary.claims} claims, ${summary.positions} positions (${options.format})\n`);
  return 0;
}
