import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ConfigError } from '../errors.js';
import { loadCalibration, type Calibration } from './calibration.js';
import { ActorTypeSchema } from '../ingest/model.js';

const phrases = z.array(z.string().min(1));

const ActorSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lowercase words joined by hyphens'),
  type: ActorTypeSchema,
  nameEn: z.string().min(1).nullable().default(null),
  nameAr: z.string().min(1).nullable().default(null),
  aliases: phrases.default([]),
  partOf: z.array(z.string()).default([]),
});
const ActorFileSchema = z.object({ version: z.literal(1), actors: z.array(ActorSchema) });

const CueSetSchema = z.object({ strong: phrases, needsTopic: phrases });
/**
 * An issue's cues: `supports` are phrases naming what supporters want (withdrawal, for the
 * withdrawal issue), `opposes` what opponents want (the forces' presence); a negative word
 * before either turns it around. `topic` words let ambiguous (`needsTopic`) cues count.
 */
/**
 * `referents` name the issue's own agreement (الاتفاق، the deal): where the article ties such a word
 * to a withdrawal cue (اتفاق لإنهاء مهمة التحالف), endorsing "the agreement" supports the withdrawal.
 * Rejecting it says nothing either way (factions reject it as too slow, others as too fast).
 */
/**
 * `selfReliance`: the country's own forces said to be capable (القوات العراقية باتت قادرة، Iraqi forces are ready to take
 * over) argue that the foreign ones can go; said to be unable, that they must stay. Not when the capability is only
 * supposed or someone else's claim (`hypothetical`: أن تكون قواتنا جاهزة، until Iraqi forces are ready, they tell us).
 */
const SelfRelianceSchema = z.object({ forces: phrases, capable: phrases, incapable: phrases, hypothetical: phrases });
/**
 * `pejoratives` name the forces as only their opponents do (الاحتلال، the occupation): an end of them denied
 * ("does not end the occupation", لم ينته الاحتلال) is a complaint that they are still there, not a wish that they stay.
 *
 * `elsewhere`: what else one withdraws from (من البرلمان، from the race), written with its preposition: a withdrawal
 * from it is another matter (the Sadrists leaving parliament), not the forces leaving.
 */
const IssueCuesSchema = z.object({
  supports: CueSetSchema,
  opposes: CueSetSchema,
  topic: phrases,
  referents: phrases.default([]),
  pejoratives: phrases.default([]),
  elsewhere: phrases.default([]),
  selfReliance: SelfRelianceSchema.default({ forces: [], capable: [], incapable: [], hypothetical: [] }),
});
export const QUALIFIERS = ['immediate', 'gradual', 'rapid', 'full', 'partial', 'advisers', 'conditional'] as const;
const QualifierSchema = z.enum(QUALIFIERS);
const IssueFileSchema = z.object({
  version: z.literal(1),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  name: z.string().min(1),
  nameAr: z.string().min(1).nullable().default(null),
  cues: z.object({ ar: IssueCuesSchema, en: IssueCuesSchema }),
  qualifiers: z.object({ ar: z.partialRecord(QualifierSchema, phrases), en: z.partialRecord(QualifierSchema, phrases) }),
});

/**
 * commit: announcing an outcome (أعلن، announced) leans towards what is announced.
 * position: a noun whose possessor holds a position (قرار الحكومة بـ، رغبة بغداد في، Baghdad's demand for).
 */
export const PREDICATE_KINDS = ['speech', 'commit', 'belief', 'continuation', 'demand', 'fear', 'predict', 'decline', 'source', 'position'] as const;
const LanguageFileSchema = z.object({
  version: z.literal(1),
  language: z.enum(['ar', 'en']),
  predicates: z.partialRecord(z.enum(PREDICATE_KINDS), phrases),
  polarity: z.object({ positive: phrases, negative: phrases }),
  negators: phrases,
  /** Negators that are prepositions (دون، بدون، without): they negate the noun after them, not a verb further on. */
  narrowNegators: phrases.default([]),
  contrast: phrases,
  complementizers: phrases,
  selfPronouns: phrases,
  conditionals: phrases,
  /** Objects that turn a refusal into a declined comment (رفض … التعليق): neutral, not opposition. */
  declineObjects: phrases.default([]),
  /** Words that turn what they govern around (تسويف، delay): refusing a delay of withdrawal supports it. */
  inverters: phrases.default([]),
  /** Exceptions after a negation (لا حل إلا، لا خيار سوى، nothing except): together they assert what follows. */
  exceptives: phrases.default([]),
  /**
   * Phrases holding a negator that negate nothing: intensifiers (never been more, لم يكن أكثر) and verbs of
   * continuing (ما زال، لا يزال: "still", not "no longer"; nor is زال in them an ending).
   */
  falseNegations: phrases.default([]),
  /**
   * A negated condition (إذا لم، ما لم، فإن لم، unless): "if they do not leave, …" makes the cue after it
   * what the speaker wants, as a demand would.
   */
  conditionalNegations: phrases.default([]),
  /**
   * A withdrawal made a precondition (رفض نزع السلاح قبل الانسحاب، no disarmament before the withdrawal): what is
   * said of the thing before it is said the other way of the withdrawal.
   */
  preconditions: phrases.default([]),
  /** Phrases holding a verb of saying that nobody says: the outlet's background (يُذكر أن، تجدر الإشارة إلى أن), a noun (think tank), a particle ("take back": no backing). */
  impersonal: phrases.default([]),
  /** Phrases that begin like a condition but state a degree (for as long as possible): no condition. */
  degrees: phrases.default([]),
  /**
   * Saying something happens as agreed or on time (في موعدها، as agreed): a weak approval of the withdrawal it
   * is said of, which counts only when nothing else in the clause judges it.
   */
  schedules: phrases.default([]),
  /**
   * Words naming a move of the forces (إعادة انتشار، إعادة تموضع، redeployment): a withdrawal denied beside one
   * ("ليس انسحاباً بل إعادة انتشار", "a redeployment, not a withdrawal") is a complaint that the real one has not come.
   */
  relocations: phrases.default([]),
  /**
   * A favourable comparison (أفضل من، better than): it judges what stands before it, and the evaluation after it
   * ("better than a complete vacuum") names the alternative, not the cue.
   */
  comparisons: phrases.default([]),
  /**
   * Words opening a condition of duration (ما دام، طالما، as long as): what is to go on while the forces stay
   * ("سلاح المقاومة باقٍ ما دام جندي أمريكي واحد على أرض العراق") is held against their staying.
   */
  durations: phrases.default([]),
  /**
   * Asking who will protect or guard (من يحمينا، who will stop the drones): after a withdrawal in an if-clause
   * ("إذا طلعوا الأمريكان منو يحمينا؟") the question fears it.
   */
  protectionQuestions: phrases.default([]),
  /**
   * Words of confronting (مواجهة، مكافحة، to counter): a danger named right after one (في مواجهة خطر داعش) is what is
   * fought, not a judgement on the presence or the withdrawal said before it.
   */
  confrontations: phrases.default([]),
  /** Words that put a limit on what follows them (جدول زمني لوجود القوات، a schedule for the presence): a limited presence is a withdrawal. */
  limits: phrases.default([]),
  /** A question put to someone (ما إذا، whether): a verb inside it (ما إذا كانت الحكومة ستطلب …) is asked about, not said. */
  questions: phrases.default([]),
  /** Saying nothing about what follows (من دون أن يتطرق إلى، did not address): the cues after it are not read. */
  silences: phrases.default([]),
  /**
   * Words only a writer speaking for themselves uses (أعتقد، في تقديري، أنا، I, in my view): outside a quotation, in an
   * article with a byline, the sentence is its author's.
   */
  firstPerson: phrases.default([]),
  /**
   * Words calling a claim overblown (مبالغ فيه، تهويل، exaggerated): the fear or the hope said before them (الحديث عن فراغ
   * أمني … تهويل) is what the speaker denies; one ending in من, of or about (التخويف من، fearmongering about) denies what follows.
   */
  dismissals: phrases.default([]),
  /** Words saying something has ended (انتهت، is over): an ended presence or mission means withdrawal. */
  endings: phrases.default([]),
  /** Participles that share the subject of the verb before them (مضيفا، محذرا، adding): never a new speaker. */
  sharedSubject: phrases.default([]),
  /** Verbs that pass on another's words (نقل، نقلت): in "نقل X عن Y تأكيده أن …" the words are Y's, not X's. */
  relays: phrases.default([]),
  /** Words that may stand between a subject and its verb (has, would; قد، كان). */
  auxiliaries: phrases.default([]),
  /** Conjunctions and discourse openers that start a clause whose verb may bring its own subject (حيث، إذ، من جهته، while). */
  subordinators: phrases.default([]),
  /** "هذا ما قالته X", "this is what X said": the speaker of what was quoted before. */
  demonstratives: phrases.default([]),
  /** Labels opening an interview's lines (س: / ج:, Q: / A:): an answer is the interviewee's until the next question. */
  interviewQuestions: phrases.default([]),
  interviewAnswers: phrases.default([]),
  /** Concessions of principle (من حيث المبدأ، in principle): an endorsement so qualified and then contrasted is mixed. */
  principles: phrases.default([]),
  /** Asking for guarantees (ضمانات، assurances): a contrast after an endorsement that asks for them ("لكن الإقليم يحتاج إلى ضمانات") is a reservation, so mixed. */
  safeguards: phrases.default([]),
  /**
   * Removing a pretext (يسقط ذريعة، يسحب الذريعة، removes the pretext): the withdrawal named before it is what removes one,
   * so is wanted; the presence named after it is what the pretext was for, so is not (يسقط آخر ذرائع بقاء القوات).
   */
  pretextRemovals: phrases.default([]),
  /**
   * Markers of the future (will, would, سوف، سيتم): "the troops will leave by September", said with nothing to weigh it,
   * announces the withdrawal as settled, which the speaker stands behind. (Arabic also marks it with the prefix س.)
   */
  futures: phrases.default([]),
  /** Words that name members of a group just named (including, among them, بينها، بما فيها): the members speak with it. */
  inclusions: phrases.default([]),
  /** Verbs read as saying only when their particle follows (عبّر … عن): alone, عبر means "via". */
  particles: z.record(z.string().min(1), z.string().min(1)).default({}),
});

/**
 * `dual`: the title names two people (النائبان X وY): the name after و is the second.
 * `place`: the word after the title is the place it governs (محافظ نينوى، قائممقام سنجار), not the person's name.
 * `unnamedVoice`: without a name the title still speaks for the body before it ("a State Department spokesperson said");
 * false for titles that name one of many ("a KRG official said" is not the KRG).
 * `envoy`: without a name the title, the country it serves and its posting name one person (السفير العراقي لدى الكويت).
 * `sole`: an office one person holds (رئيس الوزراء, the prime minister): without a name, and with no holder named before
 * it in the article, the title itself names that person.
 */
const TitleSchema = z.object({
  title: z.string().min(1),
  type: ActorTypeSchema,
  of: z.boolean().default(false),
  dual: z.boolean().default(false),
  place: z.boolean().default(false),
  unnamedVoice: z.boolean().default(true),
  envoy: z.boolean().default(false),
  sole: z.boolean().default(false),
});
const GroupSchema = z.object({ head: z.string().min(1), type: ActorTypeSchema });
const perLanguage = <T extends z.ZodType>(item: T) => z.object({ ar: z.array(item), en: z.array(item) });
const DiscoveryFileSchema = z.object({
  version: z.literal(1),
  titles: perLanguage(TitleSchema),
  groups: perLanguage(GroupSchema),
  stopwords: perLanguage(z.string().min(1)),
  adjectiveEndings: perLanguage(z.string().min(1)),
  intensifiers: perLanguage(z.string().min(1)),
  /** Prepositions after a title that introduce the organisation before the name (النائب عن تحالف الفتح محمد البلداوي). */
  nameStops: perLanguage(z.string().min(1)),
  /** Singular heads that open a named organisation (كتلة صادقون، تحالف الفتح, the Sadrist Movement); `sited`: named with its city (the Iraqi Embassy in Washington). */
  organisations: perLanguage(GroupSchema.extend({ sited: z.boolean().default(false) })),
  /** Adjectives that do not look like one (مطلع، رفيع، كبير): they still extend a group (مصدر مطلع). */
  adjectives: perLanguage(z.string().min(1)),
  /** Name words that bind to their neighbour (عبد الكريم، علاء الدين): a name is not cut between them. */
  compoundNames: z.object({ ar: z.object({ before: phrases, after: phrases }), en: z.object({ before: phrases, after: phrases }) }),
  /** Courtesy titles (Mr, Dr): "Mr Hussein" is a person already named, called by his family name. */
  honorifics: perLanguage(z.string().min(1)).default({ ar: [], en: [] }),
  /**
   * Another country's adjective (الفرنسية، French): beside a listed body's generic name (وزارة الخارجية الفرنسية,
   * the French Foreign Ministry) it names that country's body, not the listed one.
   */
  foreignAdjectives: perLanguage(z.string().min(1)).default({ ar: [], en: [] }),
  /** Nouns of a place that its name completes (قضاء سنجار، ناحية البغدادي): after a title they are the office's, not the person's name. */
  places: perLanguage(z.string().min(1)).default({ ar: [], en: [] }),
  /** Provinces and towns (الأنبار، ذي قار): after a group's head they name whose people it is (عشائر الأنبار، أهالي الموصل). */
  placeNames: perLanguage(z.string().min(1)).default({ ar: [], en: [] }),
  /** Generic nouns that name again the latest actor of a type ("the group said" after Kataib Hezbollah), written without their article (group, فصيل). */
  anaphors: perLanguage(z.object({ head: z.string().min(1), types: z.array(ActorTypeSchema).min(1) })).default({ ar: [], en: [] }),
});
const OutletsFileSchema = z.object({
  version: z.literal(1),
  outlets: z.array(z.object({ name: z.string().min(1), forms: phrases })),
});
const MonthsFileSchema = z.object({
  version: z.literal(1),
  months: z.record(z.string().regex(/^(1[0-2]|[1-9])$/), phrases),
});

export type ActorEntry = z.infer<typeof ActorSchema>;
export type IssueEntry = z.infer<typeof IssueFileSchema>;
export type IssueCues = z.infer<typeof IssueCuesSchema>;
export type Qualifier = z.infer<typeof QualifierSchema>;
export type PredicateKind = (typeof PREDICATE_KINDS)[number];
export type LanguageEntry = z.infer<typeof LanguageFileSchema>;
export type TitleEntry = z.infer<typeof TitleSchema>;
export type GroupEntry = z.infer<typeof GroupSchema>;
export type Discovery = z.infer<typeof DiscoveryFileSchema>;
export type Outlet = z.infer<typeof OutletsFileSchema>['outlets'][number];

/** Everything extraction knows that is data rather than code. */
export interface Lexicon {
  actors: ActorEntry[];
  issues: IssueEntry[];
  languages: { ar: LanguageEntry; en: LanguageEntry };
  discovery: Discovery;
  outlets: Outlet[];
  months: Record<string, string[]>;
  /** Raw → calibrated claim confidence (data/calibration.json), or null before `stancegraph calibrate` wrote one. */
  calibration: Calibration | null;
}

interface Problem {
  file: string;
  message: string;
}

function readJson(file: string, problems: Problem[]): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (cause) {
    problems.push({ file, message: cause instanceof Error ? cause.message : String(cause) });
    return undefined;
  }
}

function parseFile<T extends z.ZodType>(file: string, schema: T, problems: Problem[]): z.infer<T> | undefined {
  const raw = readJson(file, problems);
  if (raw === undefined) return undefined;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  problems.push({ file, message: z.prettifyError(parsed.error) });
  return undefined;
}

function jsonFilesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => path.join(dir, name));
}

function checkActorReferences(actors: ActorEntry[], problems: Problem[]): void {
  const ids = new Set<string>();
  for (const actor of actors) {
    if (ids.has(actor.id)) problems.push({ file: 'data/actors', message: `duplicate actor id "${actor.id}"` });
    ids.add(actor.id);
  }
  for (const actor of actors) {
    for (const parent of actor.partOf) {
      if (!ids.has(parent)) problems.push({ file: 'data/actors', message: `actor "${actor.id}" is partOf unknown actor "${parent}"` });
    }
  }
}

/** Loads and validates every lexicon file under dataDir, reporting all problems at once. */
export function loadLexicon(dataDir: string): Lexicon {
  const problems: Problem[] = [];
  const actors = jsonFilesIn(path.join(dataDir, 'actors')).flatMap((file) => parseFile(file, ActorFileSchema, problems)?.actors ?? []);
  const issues = jsonFilesIn(path.join(dataDir, 'issues')).flatMap((file) => {
    const issue = parseFile(file, IssueFileSchema, problems);
    return issue ? [issue] : [];
  });
  const lexiconDir = path.join(dataDir, 'lexicon');
  const ar = parseFile(path.join(lexiconDir, 'ar.json'), LanguageFileSchema, problems);
  const en = parseFile(path.join(lexiconDir, 'en.json'), LanguageFileSchema, problems);
  const discovery = parseFile(path.join(lexiconDir, 'discovery.json'), DiscoveryFileSchema, problems);
  const outlets = parseFile(path.join(lexiconDir, 'outlets.json'), OutletsFileSchema, problems);
  const months = parseFile(path.join(lexiconDir, 'months.json'), MonthsFileSchema, problems);
  const calibration = loadCalibration(path.join(dataDir, 'calibration.json'));
  checkActorReferences(actors, problems);
  if (issues.length === 0) problems.push({ file: path.join(dataDir, 'issues'), message: 'no issue files found' });
  if (problems.length > 0 || !ar || !en || !discovery || !outlets || !months) {
    const lines = problems.map((p) => `${path.relative(process.cwd(), p.file) || p.file}: ${p.message}`);
    throw new ConfigError(`invalid lexicon data:\n${lines.join('\n')}`);
  }
  return { actors, issues, languages: { ar, en }, discovery, outlets: outlets.outlets, months: months.months, calibration };
}
