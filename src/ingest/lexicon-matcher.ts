import type { Lexicon, PredicateKind, Qualifier } from '../config/lexicon.js';
import { buildAhoCorasick, type AhoCorasick } from './aho-corasick.js';
import type { ActorType, Language } from './model.js';
import { foldText, writtenWithTanween, type MatchView } from './normalize.js';
import type { Token } from './tokens.js';

/** What a lexicon phrase means when found in text. */
export type Tag =
  | { kind: 'actor'; actor: number }
  | { kind: 'outlet' }
  | { kind: 'predicate'; predicate: PredicateKind }
  | { kind: 'polarity'; value: 1 | -1 }
  | { kind: 'negator'; narrow?: boolean }
  | { kind: 'contrast' }
  | { kind: 'complementizer' }
  | { kind: 'declineObject' }
  | { kind: 'inverter' }
  | { kind: 'ending' }
  | { kind: 'auxiliary' }
  | { kind: 'subordinator' }
  | { kind: 'demonstrative' }
  | { kind: 'interviewQuestion' }
  | { kind: 'interviewAnswer' }
  | { kind: 'selfPronoun' }
  | { kind: 'conditional' }
  | { kind: 'exceptive' }
  | { kind: 'falseNegation' }
  | { kind: 'conditionalNegation' }
  | { kind: 'precondition' }
  | { kind: 'silence' }
  | { kind: 'firstPerson' }
  | { kind: 'dismissal' }
  | { kind: 'impersonal' }
  | { kind: 'question' }
  | { kind: 'degree' }
  | { kind: 'schedule' }
  | { kind: 'relocation' }
  | { kind: 'comparison' }
  | { kind: 'duration' }
  | { kind: 'protectionQuestion' }
  | { kind: 'confrontation' }
  | { kind: 'limit' }
  | { kind: 'principle' }
  | { kind: 'safeguard' }
  | { kind: 'pretextRemoval' }
  | { kind: 'future' }
  | { kind: 'inclusion' }
  | { kind: 'cue'; issue: string; orientation: 1 | -1; needsTopic: boolean }
  | { kind: 'topic'; issue: string }
  | { kind: 'pejorative'; issue: string }
  | { kind: 'elsewhere'; issue: string }
  | { kind: 'referent'; issue: string }
  | { kind: 'ownForces'; issue: string }
  | { kind: 'capability'; issue: string; value: 1 | -1 }
  | { kind: 'hypothetical'; issue: string }
  | { kind: 'qualifier'; issue: string; qualifier: Qualifier }
  | { kind: 'title'; type: ActorType; of: boolean; dual: boolean; place: boolean; unnamedVoice: boolean; envoy: boolean; sole: boolean }
  | { kind: 'group'; type: ActorType }
  | { kind: 'organisation'; type: ActorType; sited: boolean }
  | { kind: 'honorific' }
  | { kind: 'stopword' };

export type TagKind = Tag['kind'];

/** A lexicon phrase found in the text, in token indices [first, last] and view offsets. */
export interface Hit {
  tag: Tag;
  first: number;
  last: number;
  start: number;
  end: number;
  phrase: string;
}

interface Pattern {
  text: string;
  tag: Tag;
  language: Language;
  /** Folded offsets of the letters listed with a shadda: بيّن (explained) matches only where written بيّن, never بين (between). */
  shaddaAt?: number[];
  /** Folded offsets of a hamza on the line or on ya (ء، ئ): بقاء (staying) never matches بقايا (remnants) as written. */
  hamzaAt?: number[];
  /** Folded offsets of a madda in a title (آمر, commander): it never matches أمر (a matter) as written. */
  maddaAt?: number[];
}

const SHADDA = '\u0651';

/** Where a listed phrase puts a shadda, counted in its folded letters; undefined when it has none. */
function shaddaOffsets(phrase: string): number[] | undefined {
  if (!phrase.includes(SHADDA)) return undefined;
  const letters = phrase.replace(/[\u064B-\u0650\u0652-\u065F\u0670\u0640]/g, '');
  const offsets: number[] = [];
  let folded = 0;
  for (const ch of letters) {
    if (ch === SHADDA) offsets.push(folded - 1);
    else folded++;
  }
  return offsets;
}

const HAMZA_ON_YA = /[ءئ]/;

const MADDA = 'آ';

/** Where a listed phrase writes آ, counted in its folded letters; undefined when it has none. */
function maddaOffsets(phrase: string): number[] | undefined {
  const letters = [...phrase.replace(/[\u064B-\u065F\u0670\u0640]/g, '')];
  const offsets = letters.flatMap((ch, i) => (ch === MADDA ? [i] : []));
  return offsets.length > 0 ? offsets : undefined;
}

/** Where a listed phrase writes ء or ئ, which fold to ya, counted in its folded letters; undefined when it has none. */
function hamzaOffsets(phrase: string): number[] | undefined {
  const letters = [...phrase.replace(/[\u064B-\u065F\u0670\u0640]/g, '')];
  const offsets = letters.flatMap((ch, i) => (HAMZA_ON_YA.test(ch) ? [i] : []));
  return offsets.length > 0 ? offsets : undefined;
}

/** The clitics a pattern may carry, resolved once at compile time rather than per match. */
interface Affixes {
  prefixes: Set<string>;
  suffixes: Set<string>;
  longestPrefix: number;
  longestSuffix: number;
  /** Whether the pattern may stand with no prefix / no suffix. */
  bare: boolean;
  uninflected: boolean;
}

const FUSED_LAM_PREFIXES = ['ل', 'ول', 'فل'];

function toAffixes(prefixes: readonly string[], suffixes: readonly string[]): Affixes {
  return {
    prefixes: new Set(prefixes),
    suffixes: new Set(suffixes),
    longestPrefix: Math.max(...prefixes.map((p) => p.length)),
    longestSuffix: Math.max(...suffixes.map((p) => p.length)),
    bare: prefixes.includes(''),
    uninflected: suffixes.includes(''),
  };
}

const AR_PREFIXES_BEFORE_ARTICLE = ['', 'و', 'ف', 'ب', 'ك', 'وب', 'فب', 'وك'];
const AR_PREFIXES = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'فل', 'وك'];
const AR_VERB_PREFIXES = ['', 'و', 'ف'];
/** ستتسلم، سينسحب: the future prefix on a listed verb. */
const AR_FUTURE_PREFIXES = ['س', 'وس', 'فس'];
const AR_NOUN_SUFFIXES = ['', 'ا', 'ه', 'ها', 'هم', 'هما', 'نا', 'كم', 'ات', 'ين', 'ون', 'ي', 'يه', 'ان'];
const AR_VERB_SUFFIXES = ['', 'ت', 'وا', 'ا', 'ه', 'ته'];
const EN_SUFFIXES = ['', 's', 'es', 'ed', 'd', 'ing', "'s", '’s'];
const EN_POSSESSIVE = ['', "'s", '’s'];

/** Which clitics a phrase of this kind may carry in running text. */
function affixesFor(tag: Tag, language: Language, phrase: string): { prefixes: string[]; suffixes: string[] } {
  if (language === 'en') {
    const inflects = tag.kind === 'cue' || tag.kind === 'polarity' || tag.kind === 'topic' || tag.kind === 'group' || tag.kind === 'capability';
    return { prefixes: [''], suffixes: inflects ? EN_SUFFIXES : tag.kind === 'actor' ? EN_POSSESSIVE : [''] };
  }
  const prefixes = phrase.startsWith('ال') ? AR_PREFIXES_BEFORE_ARTICLE : AR_PREFIXES;
  switch (tag.kind) {
    case 'predicate':
      return { prefixes: AR_VERB_PREFIXES, suffixes: tag.predicate === 'source' || tag.predicate === 'decline' ? [''] : AR_VERB_SUFFIXES };
    case 'negator':
      // بعدم الانسحاب، بألا تنسحب، بلا: a negation may be the object of a preposition.
      return { prefixes: [...AR_VERB_PREFIXES, 'ب', 'وب'], suffixes: [''] };
    case 'contrast':
    case 'complementizer':
    case 'selfPronoun':
    case 'conditional':
    case 'conditionalNegation':
    case 'precondition':
    case 'impersonal':
    case 'question':
    case 'degree':
      return { prefixes: AR_VERB_PREFIXES, suffixes: [''] };
    case 'cue':
    case 'inverter':
    case 'ending':
    case 'polarity':
    case 'topic':
    case 'pejorative':
    case 'capability':
    case 'qualifier': {
      // A noun listed bare (تأجيل، كارثة) also comes with the article (التأجيل، الكارثة) and its clitics;
      // a verb listed bare (تتسلم، تبقى) with the future prefix.
      const bare = phrase.startsWith('ال') ? [] : [...AR_PREFIXES_BEFORE_ARTICLE.map((p) => `${p}ال`), ...AR_FUTURE_PREFIXES];
      return { prefixes: [...prefixes, ...bare], suffixes: AR_NOUN_SUFFIXES };
    }
    case 'title':
    case 'organisation':
      return { prefixes, suffixes: [''] };
    case 'group':
      return { prefixes: [...prefixes, 'ال', 'وال', 'فال', 'بال'], suffixes: [''] };
    default:
      return { prefixes, suffixes: [''] };
  }
}

export interface CompiledLexicon {
  /** Folded participles that share the subject of the verb before them. */
  sharedSubject: Set<string>;
  /** Folded verbs that pass on the words of whom they name after عن. */
  relays: Set<string>;
  /** Folded verbs that are verbs of saying only with their folded particle after them (عبر … عن). */
  particles: Map<string, string>;
  lexicon: Lexicon;
  automaton: AhoCorasick;
  patterns: Pattern[];
  /** Gazetteer name words as written, so that the glued-word repair never splits a known name. */
  nameWords: Set<string>;
  outletForms: Set<string>;
  /** Stopwords as written (diacritics dropped, letters not folded): على blocks a name, علي does not. */
  stopwordsAsWritten: Set<string>;
  /** Per pattern: which clitics it may carry. */
  affixes: Affixes[];
  /** Per article language, per pattern: 1 where the pattern is looked for (names in any language, other phrases in their own). */
  appliesTo: Record<Language, Uint8Array>;
}

/**
 * Other spellings of a name: Asaib Ahl al-Haq is also written Asaib Ahl Al Haq (hyphens between
 * Latin words may be spaces); Kurdish outlets write كوردستان for كردستان.
 */
function spellings(name: string): string[] {
  const variant = /[a-z]/i.test(name) ? name.replace(/(?<=\p{L})-(?=\p{L})/gu, ' ') : name.replace(/كرد/g, 'كورد');
  return variant === name ? [name] : [name, variant];
}

function collectPatterns(lexicon: Lexicon): Pattern[] {
  const patterns: Pattern[] = [];
  const add = (language: Language, phrases: readonly string[], tag: Tag) => {
    for (const phrase of phrases) {
      const shaddaAt = shaddaOffsets(phrase);
      const hamzaAt = hamzaOffsets(phrase);
      const maddaAt = tag.kind === 'title' ? maddaOffsets(phrase) : undefined;
      patterns.push({ text: foldText(phrase), tag, language, ...(shaddaAt ? { shaddaAt } : {}), ...(hamzaAt ? { hamzaAt } : {}), ...(maddaAt ? { maddaAt } : {}) });
    }
  };
  const languageOf = (phrase: string): Language => (/[\u0600-\u06FF]/.test(phrase) ? 'ar' : 'en');
  lexicon.actors.forEach((actor, index) => {
    const names = [actor.nameAr, actor.nameEn, ...actor.aliases].filter((n): n is string => n !== null);
    for (const name of names.flatMap(spellings)) patterns.push({ text: foldText(name), tag: { kind: 'actor', actor: index }, language: languageOf(name) });
  });
  for (const outlet of lexicon.outlets) {
    for (const form of outlet.forms) patterns.push({ text: foldText(form), tag: { kind: 'outlet' }, language: languageOf(form) });
  }
  for (const language of ['ar', 'en'] as const) {
    const entry = lexicon.languages[language];
    for (const [predicate, phrases] of Object.entries(entry.predicates)) add(language, phrases ?? [], { kind: 'predicate', predicate: predicate as PredicateKind });
    add(language, entry.polarity.positive, { kind: 'polarity', value: 1 });
    add(language, entry.polarity.negative, { kind: 'polarity', value: -1 });
    add(language, entry.negators, { kind: 'negator' });
    add(language, entry.narrowNegators, { kind: 'negator', narrow: true });
    add(language, entry.contrast, { kind: 'contrast' });
    add(language, entry.complementizers, { kind: 'complementizer' });
    add(language, entry.declineObjects, { kind: 'declineObject' });
    add(language, entry.inverters, { kind: 'inverter' });
    add(language, entry.endings, { kind: 'ending' });
    add(language, entry.auxiliaries, { kind: 'auxiliary' });
    add(language, entry.subordinators, { kind: 'subordinator' });
    add(language, entry.demonstratives, { kind: 'demonstrative' });
    add(language, entry.interviewQuestions, { kind: 'interviewQuestion' });
    add(language, entry.interviewAnswers, { kind: 'interviewAnswer' });
    add(language, entry.selfPronouns, { kind: 'selfPronoun' });
    add(language, entry.conditionals, { kind: 'conditional' });
    add(language, entry.exceptives, { kind: 'exceptive' });
    add(language, entry.falseNegations, { kind: 'falseNegation' });
    add(language, entry.conditionalNegations, { kind: 'conditionalNegation' });
    add(language, entry.preconditions, { kind: 'precondition' });
    add(language, entry.silences, { kind: 'silence' });
    add(language, entry.firstPerson, { kind: 'firstPerson' });
    add(language, entry.dismissals, { kind: 'dismissal' });
    add(language, entry.impersonal, { kind: 'impersonal' });
    add(language, entry.questions, { kind: 'question' });
    add(language, entry.degrees, { kind: 'degree' });
    add(language, entry.schedules, { kind: 'schedule' });
    add(language, entry.relocations, { kind: 'relocation' });
    add(language, entry.comparisons, { kind: 'comparison' });
    add(language, entry.durations, { kind: 'duration' });
    add(language, entry.protectionQuestions, { kind: 'protectionQuestion' });
    add(language, entry.confrontations, { kind: 'confrontation' });
    add(language, entry.limits, { kind: 'limit' });
    add(language, entry.principles, { kind: 'principle' });
    add(language, entry.safeguards, { kind: 'safeguard' });
    add(language, entry.pretextRemovals, { kind: 'pretextRemoval' });
    add(language, entry.futures, { kind: 'future' });
    add(language, entry.inclusions, { kind: 'inclusion' });
    for (const title of lexicon.discovery.titles[language]) add(language, [title.title], { kind: 'title', type: title.type, of: title.of, dual: title.dual, place: title.place, unnamedVoice: title.unnamedVoice, envoy: title.envoy, sole: title.sole });
    for (const group of lexicon.discovery.groups[language]) add(language, [group.head], { kind: 'group', type: group.type });
    for (const organisation of lexicon.discovery.organisations[language]) add(language, [organisation.head], { kind: 'organisation', type: organisation.type, sited: organisation.sited });
    add(language, lexicon.discovery.stopwords[language], { kind: 'stopword' });
    add(language, lexicon.discovery.honorifics[language], { kind: 'honorific' });
    for (const issue of lexicon.issues) {
      const cues = issue.cues[language];
      add(language, cues.supports.strong, { kind: 'cue', issue: issue.id, orientation: 1, needsTopic: false });
      add(language, cues.supports.needsTopic, { kind: 'cue', issue: issue.id, orientation: 1, needsTopic: true });
      add(language, cues.opposes.strong, { kind: 'cue', issue: issue.id, orientation: -1, needsTopic: false });
      add(language, cues.opposes.needsTopic, { kind: 'cue', issue: issue.id, orientation: -1, needsTopic: true });
      add(language, cues.topic, { kind: 'topic', issue: issue.id });
      add(language, cues.referents, { kind: 'referent', issue: issue.id });
      add(language, cues.pejoratives, { kind: 'pejorative', issue: issue.id });
      add(language, cues.elsewhere, { kind: 'elsewhere', issue: issue.id });
      add(language, cues.selfReliance.forces, { kind: 'ownForces', issue: issue.id });
      add(language, cues.selfReliance.capable, { kind: 'capability', issue: issue.id, value: 1 });
      add(language, cues.selfReliance.incapable, { kind: 'capability', issue: issue.id, value: -1 });
      add(language, cues.selfReliance.hypothetical, { kind: 'hypothetical', issue: issue.id });
      for (const [qualifier, phrases] of Object.entries(issue.qualifiers[language])) {
        add(language, phrases ?? [], { kind: 'qualifier', issue: issue.id, qualifier: qualifier as Qualifier });
      }
    }
  }
  return patterns;
}

/** Compiles the lexicon once: one automaton over every phrase, whatever its kind. */
export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const collected = collectPatterns(lexicon);
  // Ta marbuta is written ت before a pronoun (مطالبة → مطالبته): words that inflect get that stem too.
  const inflecting = new Set<TagKind>(['polarity', 'cue', 'topic', 'qualifier', 'inverter', 'ending']);
  const taStems: Pattern[] = collected
    .filter((p) => p.language === 'ar' && inflecting.has(p.tag.kind) && p.text.endsWith('ه') && !p.text.includes(' '))
    .map((p) => ({ ...p, text: `${p.text.slice(0, -1)}ت` }));
  // A final hamza takes a seat before a pronoun (بقاء → بقائها، بقاؤها; folded بقايها، بقاوها).
  const hamzaStems: Pattern[] = collected
    .filter((p) => p.language === 'ar' && inflecting.has(p.tag.kind) && p.text.endsWith('اء') && !p.text.includes(' '))
    .flatMap((p) => ['ي', 'و'].map((seat) => ({ ...p, text: `${p.text.slice(0, -1)}${seat}` })));
  const patterns = [...collected, ...taStems, ...hamzaStems];
  // "لل" fuses the preposition with the article: للخارجية has no substring الخارجية, so add the fused stem.
  const fused: Pattern[] = patterns
    .filter((p) => p.language === 'ar' && p.text.startsWith('ال') && p.text.length > 3)
    .map((p) => ({ ...p, text: `ل${p.text.slice(2)}` }));
  const all = [...patterns, ...fused];
  const nameWords = new Set<string>();
  for (const actor of lexicon.actors) {
    for (const name of [actor.nameAr, ...actor.aliases]) {
      if (name) for (const w of name.replace(/[\u064B-\u0652\u0640]/g, '').split(/\s+/)) nameWords.add(w);
    }
  }
  const outletForms = new Set(lexicon.outlets.flatMap((o) => o.forms.map(foldText)));
  const stopwordsAsWritten = new Set(
    [...lexicon.discovery.stopwords.ar, ...lexicon.discovery.stopwords.en].map((w) => w.replace(/[\u064B-\u065F\u0670\u0640]/g, '').toLowerCase()),
  );
  const affixes = all.map((pattern, index) => {
    const { prefixes, suffixes } = affixesFor(pattern.tag, pattern.language, pattern.text);
    return toAffixes(index >= patterns.length ? FUSED_LAM_PREFIXES : prefixes, suffixes);
  });
  const sharedSubject = new Set([...lexicon.languages.ar.sharedSubject, ...lexicon.languages.en.sharedSubject].map(foldText));
  const relays = new Set([...lexicon.languages.ar.relays, ...lexicon.languages.en.relays].map(foldText));
  const particles = new Map([...Object.entries(lexicon.languages.ar.particles), ...Object.entries(lexicon.languages.en.particles)].map(([verb, particle]) => [foldText(verb), foldText(particle)]));
  const appliesTo = (language: Language) => Uint8Array.from(all, (p) => (p.language === language || p.tag.kind === 'actor' || p.tag.kind === 'outlet' ? 1 : 0));
  return { sharedSubject, relays, particles, lexicon, automaton: buildAhoCorasick(all.map((p) => p.text)), patterns: all, nameWords, outletForms, stopwordsAsWritten, affixes, appliesTo: { ar: appliesTo('ar'), en: appliesTo('en') } };
}

function writtenWithShadda(view: MatchView, original: string, start: number, offsets: readonly number[]): boolean {
  return offsets.every((k) => original.slice(view.starts[start + k]!, view.ends[start + k]!).includes(SHADDA));
}

/** A plain ya where the phrase has a hamza is another word (بقايا remnants, not بقاء staying). */
function writtenWithHamza(view: MatchView, original: string, start: number, offsets: readonly number[]): boolean {
  return offsets.every((k) => original[view.starts[start + k]!] !== 'ي');
}

/**
 * Finds every lexicon phrase in the view that starts at a word start (after an allowed clitic)
 * and ends at a word end (before an allowed suffix), in the article's language; a phrase listed
 * with a shadda only where the original text writes it.
 */
export function findHits(compiled: CompiledLexicon, view: MatchView, original: string, tokens: readonly Token[], tokenAt: Int32Array, language: Language): Hit[] {
  const hits: Hit[] = [];
  const applies = compiled.appliesTo[language];
  const text = view.text;
  compiled.automaton.scan(text, (start, end, index) => {
    // Most raw matches sit inside longer words or belong to the other language: integer tests
    // reject them before any object or string is touched.
    if (applies[index] === 0) return;
    const first = tokenAt[start]!;
    const last = tokenAt[end - 1]!;
    if (first < 0 || last < 0) return;
    const affixes = compiled.affixes[index]!;
    const wordStart = tokens[first]!.start;
    const wordEnd = tokens[last]!.end;
    if (start - wordStart > affixes.longestPrefix || wordEnd - end > affixes.longestSuffix) return;
    if (start === wordStart ? !affixes.bare : !affixes.prefixes.has(text.slice(wordStart, start))) return;
    if (end === wordEnd ? !affixes.uninflected : !affixes.suffixes.has(text.slice(end, wordEnd))) return;
    const pattern = compiled.patterns[index]!;
    if (pattern.shaddaAt && !writtenWithShadda(view, original, start, pattern.shaddaAt)) return;
    if (pattern.hamzaAt && !writtenWithHamza(view, original, start, pattern.hamzaAt)) return;
    if (pattern.maddaAt && !pattern.maddaAt.every((k) => original[view.starts[start + k]!] === MADDA)) return;
    hits.push({ tag: pattern.tag, first, last, start: wordStart, end: wordEnd, phrase: pattern.text });
  });
  // In token order, so that a statement's hits are one binary search away (see hitsWithin).
  return hits.sort((a, b) => a.first - b.first || a.last - b.last);
}

/**
 * تابعة (affiliated) folds to تابعه (he followed it): a verb of saying never ends in ta marbuta as
 * written, so a predicate whose word ends in ة where the listed phrase does not is a noun or adjective.
 * Nor does a verb take tanween: قدم دعماً (gave support) has a noun where دعما (the two supported) would be a verb
 * (a participle listed with its alif, مؤكداً، مطالباً، does take it).
 */
export function withoutNounsReadAsVerbs(hits: Hit[], view: MatchView, original: string, tokens: readonly Token[]): Hit[] {
  return hits.filter((hit) => {
    if (hit.tag.kind !== 'predicate') return true;
    const last = tokens[hit.last]!;
    if (!hit.phrase.endsWith('ا') && writtenWithTanween(original, view, last.start, last.end)) return false;
    return hit.phrase.endsWith('ه') || original[view.starts[last.end - 1]!] !== 'ة';
  });
}

const PARTICLE_REACH = 8;

/**
 * عبّر شيوخ العشائر عن قلقهم is a verb of saying; أبلغت بغداد عبر قنوات غير رسمية and "خروج القوات عبر المؤسسات"
 * are not: a verb that needs its particle after it is no verb of saying without it, for any stage.
 */
export function withoutVerbsLackingParticle(hits: Hit[], tokens: readonly Token[], particles: ReadonlyMap<string, string>): Hit[] {
  const hasParticle = (hit: Hit, particle: string) => {
    for (let i = hit.last + 1; i <= Math.min(tokens.length - 1, hit.last + PARTICLE_REACH); i++) if (tokens[i]!.text === particle) return true;
    return false;
  };
  return hits.filter((hit) => {
    const particle = hit.tag.kind === 'predicate' ? particles.get(hit.phrase) : undefined;
    return particle === undefined || hasParticle(hit, particle);
  });
}

/**
 * "for as long as possible": a condition word inside a phrase of degree conditions nothing; "we would rather they
 * stay": a contrast word inside a verb of wanting opens no clause.
 */
export function withoutWordsInsideLongerPhrases(hits: Hit[]): Hit[] {
  const inside = (h: Hit, kind: TagKind) => hits.some((d) => d.tag.kind === kind && d.first <= h.first && d.last >= h.last && d.last > d.first);
  return hits.filter((h) => !(h.tag.kind === 'conditional' && inside(h, 'degree')) && !(h.tag.kind === 'contrast' && inside(h, 'predicate')));
}

const NO_KINDS: ReadonlySet<TagKind> = new Set();

/** Token index → kinds of the hits covering it; tokens no hit covers share one empty set. */
export function kindsByToken(tokenCount: number, hits: readonly Hit[]): ReadonlySet<TagKind>[] {
  const kinds: ReadonlySet<TagKind>[] = new Array<ReadonlySet<TagKind>>(tokenCount).fill(NO_KINDS);
  for (const hit of hits) {
    for (let t = hit.first; t <= hit.last; t++) {
      const at = kinds[t] === NO_KINDS ? new Set<TagKind>() : (kinds[t] as Set<TagKind>);
      at.add(hit.tag.kind);
      kinds[t] = at;
    }
  }
  return kinds;
}

/** The hits lying wholly inside tokens first..last, from hits in token order: a binary search, not a scan of the article. */
export function hitsWithin(hits: readonly Hit[], first: number, last: number): Hit[] {
  let low = 0;
  let high = hits.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (hits[middle]!.first < first) low = middle + 1;
    else high = middle;
  }
  const inside: Hit[] = [];
  for (let i = low; i < hits.length && hits[i]!.first <= last; i++) if (hits[i]!.last <= last) inside.push(hits[i]!);
  return inside;
}
