import { Kind, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import {
  ALL_CLAIM_FIELDS,
  ARTICLE_PROPERTIES,
  CLAIM_PROPERTIES,
  OCCURRENCE_PROPERTIES,
  type ArticleProperty,
  type ClaimFields,
  type ClaimProperty,
  type OccurrenceProperty,
} from '../store/claim-fields.js';

type Fragments = GraphQLResolveInfo['fragments'];

/** The fields selected directly inside `nodes`, fragments spread (every alias of a field, each once per place it is written). */
export function subfields(nodes: readonly FieldNode[], fragments: Record<string, FragmentDefinitionNode>): FieldNode[] {
  const fields: FieldNode[] = [];
  const visit = (set: SelectionSetNode, seen: Set<string>) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) fields.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet, seen);
      else if (!seen.has(selection.name.value)) {
        const fragment = fragments[selection.name.value];
        if (fragment !== undefined) visit(fragment.selectionSet, new Set([...seen, selection.name.value]));
      }
    }
  };
  for (const node of nodes) if (node.selectionSet !== undefined) visit(node.selectionSet, new Set());
  return fields;
}

/** The fields named `name` (under any alias) directly inside `nodes`. */
export function subfieldsNamed(nodes: readonly FieldNode[], fragments: Fragments, name: string): FieldNode[] {
  return subfields(nodes, fragments).filter((field) => field.name.value === name);
}

/** The Position fields that read the position's claims. */
export const FIELDS_READING_CLAIMS = ['claims', 'corroboration', 'outlets'] as const;

/** Claim fields answered from the ids every claim read brings (or from loaders by id). */
const CLAIM_FIELDS_FROM_IDS = new Set(['id', 'actor', 'issue', '__typename']);
/** Article fields answered from the id (`text` is loaded by id when asked for). */
const ARTICLE_FIELDS_FROM_ID = new Set(['id', 'text', '__typename']);

const isClaimProperty = (name: string): name is ClaimProperty => (CLAIM_PROPERTIES as readonly string[]).includes(name);
const isOccurrenceProperty = (name: string): name is OccurrenceProperty => (OCCURRENCE_PROPERTIES as readonly string[]).includes(name);
const isArticleProperty = (name: string): name is ArticleProperty => (ARTICLE_PROPERTIES as readonly string[]).includes(name);

/** A ClaimFields being filled in; `all` once a field it does not know is asked for. */
interface Wanted {
  all: boolean;
  claim: Set<ClaimProperty>;
  occurrences: boolean;
  occurrence: Set<OccurrenceProperty>;
  article: Set<ArticleProperty>;
}

function addArticle(wanted: Wanted, nodes: readonly FieldNode[], fragments: Fragments): void {
  wanted.occurrences = true;
  for (const field of subfields(nodes, fragments)) {
    const name = field.name.value;
    if (isArticleProperty(name)) wanted.article.add(name);
    else if (!ARTICLE_FIELDS_FROM_ID.has(name)) wanted.all = true;
  }
}

function addClaim(wanted: Wanted, nodes: readonly FieldNode[], fragments: Fragments): void {
  for (const field of subfields(nodes, fragments)) {
    const name = field.name.value;
    if (isClaimProperty(name)) wanted.claim.add(name);
    else if (name === 'article' || name === 'articles') addArticle(wanted, [field], fragments);
    else if (name === 'corroboration') wanted.occurrences = true;
    else if (name === 'occurrences') {
      wanted.occurrences = true;
      for (const part of subfields([field], fragments)) {
        const partName = part.name.value;
        if (isOccurrenceProperty(partName)) wanted.occurrence.add(partName);
        else if (partName === 'article') addArticle(wanted, [part], fragments);
        else if (partName !== '__typename') wanted.all = true;
      }
    } else if (!CLAIM_FIELDS_FROM_IDS.has(name)) wanted.all = true;
  }
}

/**
 * What a read of positions must bring of their claims, for the Position selections `nodes`:
 * null when none of `claims`, `corroboration` and `outlets` is asked for (the claims need not be
 * read), otherwise the claim, occurrence and article properties those fields and everything
 * below them ask for. A field this does not know (one added to the schema later) reads
 * everything, so that a new field is never answered from a property that was not read.
 */
export function positionClaimFields(nodes: readonly FieldNode[], fragments: Fragments): ClaimFields | null {
  const wanted: Wanted = { all: false, claim: new Set(), occurrences: false, occurrence: new Set(), article: new Set() };
  let readsClaims = false;
  for (const field of subfields(nodes, fragments)) {
    const name = field.name.value;
    if (name === 'claims') addClaim(wanted, [field], fragments);
    else if (name === 'corroboration') wanted.occurrences = true;
    else if (name === 'outlets') {
      wanted.occurrences = true;
      wanted.article.add('outlet');
    } else continue;
    readsClaims = true;
  }
  if (!readsClaims) return null;
  if (wanted.all) return ALL_CLAIM_FIELDS;
  return { claim: [...wanted.claim], occurrences: wanted.occurrences, occurrence: [...wanted.occurrence], article: [...wanted.article] };
}
