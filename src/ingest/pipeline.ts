import { calibrateConfidence, type Calibration } from '../config/calibration.js';
import type { Lexicon } from '../config/lexicon.js';
import { findActors, toActorRef } from './actors.js';
import { attributeStatements } from './attribution.js';
import { buildClaims } from './claims.js';
import { resolveCoreference } from './coreference.js';
import type { AnalyzedText } from './document.js';
import { compileLexicon, findHits, kindsByToken, withoutWordsInsideLongerPhrases, withoutNounsReadAsVerbs, withoutVerbsLackingParticle, type CompiledLexicon } from './lexicon-matcher.js';
import type { ActorRef, Article, ExtractionResult, GraphIssue } from './model.js';
import { buildMatchView } from './normalize.js';
import { repairGluedWords, type WordList } from './repair.js';
import { findQuotations, segmentSentences } from './segment.js';
import { readStance } from './stance.js';
import { tokenIndexByOffset, tokenize } from './tokens.js';

/** What extraction needs, prepared once per process. */
export interface Extractor {
  compiled: CompiledLexicon;
  words: WordList;
  issues: GraphIssue[];
  /** Gazetteer actors by id, for the parents (partOf) of the actors an article names. */
  gazetteer: Map<string, ActorRef>;
  /** Raw → calibrated confidence; null keeps the stance reader's raw scores (as `stancegraph calibrate` needs them). */
  calibration: Calibration | null;
}

export function createExtractor(lexicon: Lexicon, words: WordList): Extractor {
  return {
    compiled: compileLexicon(lexicon),
    words,
    issues: lexicon.issues.map((i) => ({ id: i.id, name: i.name, nameAr: i.nameAr })),
    gazetteer: new Map(lexicon.actors.map((a) => [a.id, toActorRef(a)])),
    calibration: lexicon.calibration,
  };
}

/** Normalize, repair glued words, tokenize, find lexicon phrases and segment: the shared document model. */
export function analyzeText(article: Article, extractor: Extractor): AnalyzedText {
  const raw = buildMatchView(article.text);
  const rawTokens = tokenize(raw);
  const view = article.language === 'ar' ? repairGluedWords(raw, article.text, rawTokens, extractor.words, extractor.compiled.nameWords) : raw;
  // (Most articles need no repair: the view is then the same and so are its tokens.)
  const tokens = view === raw ? rawTokens : tokenize(view);
  const tokenAt = tokenIndexByOffset(tokens, view.text.length);
  const found = findHits(extractor.compiled, view, article.text, tokens, tokenAt, article.language);
  const verbs = withoutVerbsLackingParticle(found, tokens, extractor.compiled.particles);
  const hits = withoutWordsInsideLongerPhrases(article.language === 'ar' ? withoutNounsReadAsVerbs(verbs, view, article.text, tokens) : verbs);
  const bodyStart = article.bodyStart;
  const sentences = segmentSentences(view, tokens).filter((s) => view.starts[s.start]! >= bodyStart);
  return { article, view, tokens, tokenAt, hits, kindsAt: kindsByToken(tokens.length, hits), sentences, quotations: findQuotations(view) };
}

/** Runs every stage in order on one article. */
export function extractClaims(article: Article, extractor: Extractor): ExtractionResult {
  const text = analyzeText(article, extractor);
  const found = resolveCoreference(text, findActors(text, extractor.compiled), extractor.compiled.stopwordsAsWritten, extractor.compiled.lexicon.discovery.anaphors[article.language]);
  const statements = attributeStatements(text, found, { sharedSubject: extractor.compiled.sharedSubject, relays: extractor.compiled.relays, gazetteer: extractor.gazetteer });
  const readings = statements.flatMap((statement) =>
    extractor.issues.flatMap((issue) => {
      const reading = readStance(text, statement, issue.id);
      return reading ? [{ statement, reading }] : [];
    }),
  );
  // Confidence is calibrated last, so every stage before it reasons with the raw scores.
  const claims = buildClaims(text, found, readings).map((claim) => ({ ...claim, confidence: calibrateConfidence(extractor.calibration, claim.confidence) }));
  return { article, claims, actors: [...found.actors.values()] };
}
