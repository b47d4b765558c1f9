import { beforeAll, describe, expect, it } from '@jest/globals';
import { extractFromText, loadTestExtractor, stancesOf } from '../../helpers/invariants.js';

let tools: ReturnType<typeof loadTestExtractor>;
beforeAll(() => {
  tools = loadTestExtractor();
});

const claimsOf = (text: string) => extractFromText(text, tools).claims;

describe('stance of attributed statements (extractClaims)', () => {
  it.each([
    ['a speaker who wants withdrawal supports it', 'قالت وزارة الخارجية العراقية إن الحكومة تطالب بانسحاب القوات الأمريكية من العراق.', ['iraq-mofa supports', 'iraq-gov supports']],
    ['calling withdrawal a disaster opposes it', 'وقال المحلل السياسي كريم الموسوي إن انسحاب القوات الأمريكية سيكون كارثة حقيقية على البلاد.', ['krym-almwswy opposes']],
    ['for withdrawal but against a rapid one is mixed', 'وقال السوداني إن انسحاب القوات ضرورة، لكنه حذر من أن الانسحاب السريع خطر على البلاد.', ['sudani mixed']],
    ['a prediction is neutral', 'وقال المحلل السياسي كريم الموسوي إن المفاوضات ستستغرق أشهرا قبل أي انسحاب للقوات.', ['krym-almwswy neutral']],
    ['English: an analyst calling withdrawal a disaster opposes it', 'Political analyst Karim Nasrawi said the withdrawal of US troops would be a disaster.', ['karim-nasrawi opposes']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });

  it('a negator flips the stance (يريد / لا تريد)', () => {
    expect(stancesOf(claimsOf('قال السوداني إن الحكومة تريد انسحاب القوات الأمريكية.'))).toEqual(['sudani supports', 'iraq-gov supports']);
    expect(stancesOf(claimsOf('قال السوداني إن الحكومة لا تريد انسحاب القوات الأمريكية.'))).toEqual(['sudani opposes', 'iraq-gov opposes']);
  });

  it('"does not support" flips an English statement', () => {
    expect(stancesOf(claimsOf('Senator Lindsey Graham said he supports a withdrawal of US troops from Iraq.'))).toEqual(['lindsey-graham supports']);
    const [claim] = claimsOf('Senator Lindsey Graham said he does not support a withdrawal of US troops from Iraq.');
    expect(claim).toMatchObject({ actor: { id: 'lindsey-graham' }, stance: 'opposes', trail: { negated: true } });
  });

  it('a demand by a faction carries the immediate qualifier', () => {
    const [claim] = claimsOf('وتطالب فصائل مسلحة بالانسحاب الفوري للقوات الأمريكية.');
    expect(claim).toMatchObject({ actor: { name: 'فصائل مسلحة', type: 'faction' }, stance: 'supports', qualifiers: ['immediate'] });
  });

  it('coordinated subjects each get the claim', () => {
    expect(stancesOf(claimsOf('بينما تخشى فصائل أكثر اعتدالا وأحزاب سنية وكردية أن يؤدي رحيل القوات إلى فراغ في السلطة.'))).toEqual([
      'fsayl-akthr-aatdala opposes',
      'ahzab-snyh opposes',
      'ahzab-krdyh opposes',
    ]);
    expect(stancesOf(claimsOf('وتطالب فصائل مسلحة وأحزاب شيعية بالانسحاب الفوري للقوات الأجنبية.'))).toEqual(['fsayl-mslhh supports', 'ahzab-shyayh supports']);
  });

  it('a position reported by sources belongs to the party it describes', () => {
    const claims = claimsOf('قالت المصادر إن الإدارة الأميركية لا تريد انسحابا سريعا للقوات من العراق.');
    expect(claims.map((c) => [c.actor.id, c.stance, c.qualifiers])).toEqual([['us-gov', 'opposes', ['rapid']]]);
  });

  it('وأضاف continues the last speaker: one statement, its evidence both sentences', () => {
    const text = 'قال النائب حسين الشمري إن الانسحاب الكامل للقوات الأمريكية ضرورة وطنية. وأضاف أن بقاء القوات خطر على السيادة.';
    const claims = claimsOf(text);
    expect(claims.map((c) => [c.actor.name, c.stance, c.trail.attribution])).toEqual([['حسين الشمري', 'supports', 'verb-subject']]);
    expect(claims[0]!.qualifiers).toContain('full');
    expect(claims[0]!.evidence.text).toBe(text);
  });

  it('a continuation that turns the other way makes the statement mixed', () => {
    const claims = claimsOf('قال النائب حسين الشمري إن الانسحاب الكامل للقوات الأمريكية ضرورة وطنية. وأضاف أن بقاء المستشارين ضروري.');
    expect(stancesOf(claims)).toEqual(['hsyn-alshmry mixed']);
  });

  it('an action without a stated purpose is not a statement', () => {
    expect(claimsOf('وشنت طائرة مسيرة أمريكية غارة على مقر لحركة النجباء في شرق بغداد، أسفرت عن مقتل قيادي في الحركة.')).toEqual([]);
  });

  it('an outlet reporting is not an actor with a stance', () => {
    expect(claimsOf('Reuters reported that the withdrawal of US troops is a popular demand in Iraq.')).toEqual([]);
  });

  it('evidence is the whole sentence, sliced from the original text with its diacritics', () => {
    const text = 'المصدر: شفق نيوز\nالأحد 14 يناير 2024\nقالَ السودانيّ إنّ الحكومةَ تريدُ انسحابَ القواتِ الأمريكيّة.\n(وكالات)\n';
    const [claim] = claimsOf(text);
    expect(claim!.evidence.text).toBe('قالَ السودانيّ إنّ الحكومةَ تريدُ انسحابَ القواتِ الأمريكيّة.');
  });
});

it('a one-word subject before إنه is the speaker', () => {
  expect(stancesOf(claimsOf('قال السوداني إنه لا يريد انسحاب القوات الأمريكية.'))).toEqual(['sudani opposes']);
});

it('the coalition named as what is to end is not a speaker', () => {
  expect(stancesOf(claimsOf('وقال السوداني إن الحكومة تريد إنهاء مهمة التحالف الدولي.'))).toEqual(['sudani supports', 'iraq-gov supports']);
  expect(stancesOf(claimsOf('Kurdish officials said they support ending the coalition mission but oppose any withdrawal of American advisers.')))
    .toEqual(['kurdish-officials mixed']);
});

it('a declined comment is neutral', () => {
  expect(claimsOf('رفضت وزارة الدفاع الأمريكية التعليق على انسحاب القوات من العراق.').map((c) => c.stance)).not.toContain('opposes');
});

it('a list of refusals followed by a demand for withdrawal supports it', () => {
  expect(stancesOf(claimsOf('قال السوداني إن الحكومة لا تريد مستشارين ولا مدربين، بل تريد خروجا كاملا للقوات الأمريكية.')))
    .toEqual(['sudani supports', 'iraq-gov supports']);
});

it('refusing to accept the forces staying supports withdrawal', () => {
  expect(stancesOf(claimsOf('قال السوداني إن الحكومة لن تقبل ببقاء القوات الأمريكية.'))).toEqual(['sudani supports']);
});

describe('conditions, negation and topic', () => {
  it('a position held on a condition is mixed, an argument from a consequence is not', () => {
    expect(stancesOf(claimsOf('وقال السوداني إن الحكومة توافق على انسحاب القوات إذا أصبحت القوات العراقية قادرة على حماية الحدود.'))).toEqual(['sudani mixed']);
    expect(stancesOf(claimsOf('وقال العبادي إنه في حال انسحاب القوات الأمريكية سيكون الفراغ خطرا على البلاد.'))).toEqual(['abadi opposes']);
  });

  it('a negated withdrawal with nothing else to weigh it is opposed', () => {
    expect(stancesOf(claimsOf('وقال العبادي إن القوات الأمريكية لن تنسحب ولا انسحاب قبل القضاء على داعش.'))).toEqual(['abadi opposes']);
  });

  it('a negator in a neighbouring phrase does not reach the cue', () => {
    expect(stancesOf(claimsOf('وقال العبادي إن النتيجة ليست واضحة كما أن انسحاب القوات الأمريكية قريب.'))).toEqual(['abadi neutral']);
  });

  it('an ambiguous cue needs its topic close by', () => {
    expect(claimsOf('Sadr said weapons must remain in the hands of the state, and that foreign forces are welcome to train the army.')).toEqual([]);
    expect(stancesOf(claimsOf('Sadr said US forces must not remain in Iraq.'))).toEqual(['sadr supports']);
  });

  it('ending the presence is one withdrawal position, not withdrawal plus presence', () => {
    expect(stancesOf(claimsOf('وقال المحلل السياسي كريم الموسوي إن الشعب يدعم إنهاء وجود القوات الأجنبية في البلاد.'))).toEqual(['krym-almwswy supports']);
  });

  it('an evaluation that completes one cue does not govern the next one across a comma', () => {
    const text = 'وقال المحلل السياسي كريم الموسوي إن وجود القوات الأمريكية كان مصدر توتر دائم، ورحيلها سيفتح صفحة جديدة.';
    expect(stancesOf(claimsOf(text))).toEqual(['krym-almwswy supports']);
  });

  it('being against withdrawal opposes it (ضد)', () => {
    expect(stancesOf(claimsOf('وقال النائب كريم الموسوي إن كتلته ضد انسحاب القوات الأمريكية في هذه المرحلة.'))).toEqual(['krym-almwswy opposes']);
  });

  it('a bare noun also matches with the article (التأجيل from تأجيل)', () => {
    expect(stancesOf(claimsOf('وقال النائب كريم الموسوي إن إنهاء مهمة التحالف مطلب لا يقبل التأجيل.'))).toEqual(['krym-almwswy supports']);
  });

  it("the statement's own verb governs its first cue across a long clause", () => {
    const text = 'وطالبت حركة الوفاء، في بيان صدر فجر اليوم بعد اجتماع طارئ لقيادتها، الحكومة العراقية بالإسراع في إنهاء وجود القوات الأجنبية.';
    expect(stancesOf(claimsOf(text))).toEqual(['hrkh-alwfa supports']);
  });

  it('"will not stop until the last soldier leaves" supports withdrawal', () => {
    expect(stancesOf(claimsOf('وقال الخبير الأمني سالم الدهلكي إن الفصائل لن تتوقف عن عملياتها حتى يخرج آخر جندي أجنبي من العراق.'))).toEqual(['salm-aldhlky supports']);
  });

  it('no plans to withdraw opposes withdrawal', () => {
    expect(stancesOf(claimsOf('وقال المتحدث باسم البنتاغون إنه لا توجد لدينا خطط لسحب قواتنا من العراق.'))).toEqual(['pentagon opposes']);
  });

  it('refusing a delay of withdrawal supports it', () => {
    expect(stancesOf(claimsOf('وقال العبادي إننا لن نقبل بأي تسويف في انسحاب القوات الأجنبية.'))).toEqual(['abadi supports']);
  });
});

describe('English wire constructions', () => {
  it('a quotation over two sentences closing right before "said X" is X\'s, and "should not" negates', () => {
    const text = '"This plan is a gift to Tehran. We should not be announcing a departure date for our troops now," said Senator Dan Forbes of Ohio.';
    expect(stancesOf(claimsOf(text))).toEqual(['dan-forbes opposes']);
  });

  it('a relative clause between the subject and "said" does not make its own noun the speaker', () => {
    const text = 'Senator Dan Forbes, who spoke by phone with Iraqi Defense Minister Thabet al-Abbasi ahead of the vote on Tuesday, said he supports the withdrawal of US troops.';
    expect(stancesOf(claimsOf(text))).toEqual(['dan-forbes supports']);
  });

  it('a person named in full is found again by his family name', () => {
    const text = 'Defense Secretary Lloyd Austin met his Iraqi counterpart.\n"It is not a withdrawal of all U.S. forces," Austin said.';
    expect(stancesOf(claimsOf(text))).toEqual(['lloyd-austin opposes']);
  });

  it('Iran-backed is not a verb: the militia before the apposition is the speaker', () => {
    const text = 'Kataib Sayyid al-Shuhada, an Iran-backed militia, said all US forces must leave Iraq immediately.';
    expect(stancesOf(claimsOf(text))).toEqual(['kataib-sayyid-al-shuhada supports']);
  });

  it('announcing an end leans towards it, unless the statement weighs it otherwise', () => {
    expect(stancesOf(claimsOf('وأعلنت وزارة الخارجية العراقية بدء إجراءات إنهاء مهمة التحالف الدولي.'))).toEqual(['iraq-mofa supports']);
    expect(stancesOf(claimsOf('وأعلنت وزارة الخارجية العراقية أن الانسحاب المتسرع للقوات سيكون كارثة.'))).toEqual(['iraq-mofa opposes']);
  });
});

describe('positions of others inside a statement', () => {
  it('backing another party\'s decision gives the position to both (تدعم قرار الحكومة والبرلمان)', () => {
    const text = 'وقال السفير التركي لدى بغداد علي رضا آل جنابي إن بلاده تدعم قرار الحكومة والبرلمان العراقيين بإنهاء وجود القوات الأجنبية.';
    expect(stancesOf(claimsOf(text))).toEqual(['aly-rda-al-jnaby supports', 'iraq-gov supports', 'iraqi-parliament supports']);
  });

  it('a subject outside the quotation that opens with its verb is the reported party (أن الإدارة "تدرس …")', () => {
    const text = 'ونقلت صحيفة عن مصادر مطلعة أن الإدارة الأميركية "تدرس إبطاء تقليص القوات في العراق".';
    expect(stancesOf(claimsOf(text))).toEqual(['us-gov opposes']);
  });

  it('a position merely mentioned is not read as its owner\'s (رغبة بغداد … مطروحة)', () => {
    const text = 'وقال المحلل السياسي كريم الموسوي إن رغبة بغداد في خفض هذه القوات مطروحة على الطاولة.';
    expect(stancesOf(claimsOf(text)).filter((s) => s.startsWith('iraq-gov'))).toEqual([]);
  });
});

describe('who is speaking', () => {
  it('the person named after an office in a body is the speaker, not the body (منسق … في مجلس الأمن القومي جون كيربي)', () => {
    const text = 'وقال منسق الاتصالات الإستراتيجية في مجلس الأمن القومي الأميركي جون كيربي إن الاجتماعات ليست مفاوضات حول الانسحاب.';
    expect(stancesOf(claimsOf(text)).map((s) => s.split(' ')[0])).toEqual(['john-kirby']);
  });

  it('the person between commas before "قد قال" is the subject, not the organisation before him', () => {
    const text = 'وكان الأمين العام لحركة عصائب أهل الحق، قيس الخزعلي، قد قال إن القوات الأمريكية يجب أن تنسحب فورا.';
    expect(stancesOf(claimsOf(text))).toEqual(['qais-al-khazali supports']);
  });

  it('"not before the forces are ready" makes a position conditional', () => {
    const text = 'وقال النائب سالم الدهلكي: "لسنا ضد خروج القوات الأجنبية، لكن ليس قبل أن تكتمل جاهزية قواتنا".';
    expect(stancesOf(claimsOf(text))).toEqual(['salm-aldhlky mixed']);
  });

  it('a glossed body after an office (وزارة الدفاع الأميركية (البنتاغون)) yields to the person named after it', () => {
    const text = 'وقال المتحدث باسم وزارة الدفاع الأميركية (البنتاغون) الميجر جنرال بات رايدر إنه لا توجد لدينا خطط لسحب قواتنا.';
    expect(stancesOf(claimsOf(text))).toEqual(['pat-ryder opposes']);
  });

  it('turning the page on the presence (يطوي صفحة الوجود) ends it', () => {
    const text = 'وقال النائب سالم الدهلكي إن الاتفاق يطوي صفحة الوجود العسكري الأجنبي في العراق.';
    expect(stancesOf(claimsOf(text))).toEqual(['salm-aldhlky supports']);
  });

  it('a number of a group (عدد من وجهاء العشائر) are the speakers themselves', () => {
    const text = 'عبر عدد من وجهاء العشائر في محافظة نينوى عن قلقهم من انسحاب القوات الأمريكية.';
    expect(stancesOf(claimsOf(text))).toEqual(['wjha-alashayr-fy-mhafzh-nynwy opposes']);
  });

  it('a passive belief verb names no speaker', () => {
    expect(stancesOf(claimsOf('وقال العبادي إن انسحاب التحالف الدولي يُعتبر انتحارا عسكريا.'))).toEqual(['abadi opposes']);
  });

  it('an apposition between subject and verb is skipped', () => {
    expect(stancesOf(claimsOf('The Coordination Framework, the ruling alliance of Shiite parties, said it backs a timetable for the withdrawal of US troops.'))).toEqual(['coordination-framework supports']);
  });

  it('a quotation before "said X" is what X said, and it runs on into the next sentence', () => {
    const text = '"The coalition mission must end now," said Sadr. "Foreign forces must leave Iraq."';
    const claims = claimsOf(text);
    expect(stancesOf(claims)).toEqual(['sadr supports']);
    expect(claims.map((c) => c.evidence.text)).toEqual([text]);
  });

  it('a group of an organisation is its own actor, part of the organisation', () => {
    const claims = claimsOf('وطالب نواب في البرلمان العراقي بانسحاب القوات الأمريكية.');
    expect(claims.map((c) => [c.actor.name, c.stance, c.actor.partOf])).toEqual([['نواب في البرلمان العراقي', 'supports', ['iraqi-parliament']]]);
  });
});

describe('clauses and speakers in running news prose', () => {
  it('a verb inside a clause takes what follows as its object, not its subject', () => {
    expect(claimsOf('وكان البرلمان العراقي قد صوت على قرار غير ملزم يطالب الحكومة بإنهاء وجود القوات الأجنبية.').map((c) => c.actor.id)).not.toContain('iraq-gov');
  });

  it('a minister reporting his government\'s wish holds the position too; sources only relay', () => {
    expect(stancesOf(claimsOf('قال وزير الخارجية العراقي فؤاد حسين إن بغداد تريد جدولا زمنيا لانسحاب القوات الأمريكية.'))).toEqual(['fuad-hussein supports', 'iraq-gov supports']);
    expect(stancesOf(claimsOf('وقالت مصادر دبلوماسية عراقية إن الإدارة الأمريكية لا تريد الانسحاب السريع.'))).toEqual(['us-gov opposes']);
  });

  it('an evaluation after a cue belongs to the nearest cue before it', () => {
    expect(stancesOf(claimsOf('ولا يطالب الحزب الديمقراطي الكردستاني بالانسحاب، إذ يرى أن بقاء التحالف ضروري.'))).toEqual(['kdp opposes']);
  });

  it('an ended presence is a withdrawal', () => {
    expect(stancesOf(claimsOf('وأكد السوداني أن مبررات وجود التحالف الدولي انتهت.'))).toEqual(['sudani supports']);
  });

  it('English: the speaker at the end of the sentence, after a comma', () => {
    expect(stancesOf(claimsOf('The United States is not negotiating the withdrawal of its troops from Iraq, State Department spokesman Matthew Miller said.'))).toEqual(['matthew-miller opposes']);
  });
});

describe('quotations named after they end', () => {
  it('a quotation over several sentences belongs to the speaker named after it (هذا ما قالته X)', () => {
    const claims = claimsOf('"لن يكون هناك انسحاب كامل. ما نتحدث عنه هو انتقال إلى شراكة أمنية". هذا ما قالته نائبة المتحدث باسم البنتاغون سابرينا سينغ للصحافيين.');
    expect(claims.map((c) => [c.actor.id, c.stance])).toContainEqual(['singh', 'opposes']);
    expect(claims.map((c) => c.actor.id)).not.toContain('pentagon');
  });

  it('the whole quotation, also its sentences without a quotation mark, belongs to the speaker named after it', () => {
    const claims = claimsOf('"الانسحاب الآن سيكون خطأ فادحا. الخلايا تتحرك في الصحراء. ونحن نراقبها كل يوم". هذا ما قاله النائب عن كركوك نوزاد جلال خلال ندوة في المدينة.');
    expect(stancesOf(claims)).toEqual(['nwzad-jlal opposes']);
  });

  it('"…". يقول X، followed by who he is and nothing said of its own, names the speaker of the quotation', () => {
    const claims = claimsOf('"نحن نريد رحيل القوات الأجنبية، ولا نقبل ببقائها يوما واحدا". يقول الشيخ رعد الجبوري، أحد وجهاء قضاء الشرقاط، في حديث للصحيفة.');
    expect(stancesOf(claims)).toEqual(['rad-aljbwry supports']);
  });

  it('a verb of saying after من جهته takes the subject that follows it, and ردّ is a verb of saying', () => {
    expect(stancesOf(claimsOf('من جهته قال النائب المستقل فراس العبيدي إن انسحاب القوات الأمريكية مطلب شعبي.'))).toEqual(['fras-alabydy supports']);
    expect(stancesOf(claimsOf('وردّ النائب سلام الكناني على المنتقدين بالقول إن الانسحاب ضرورة وطنية.'))).toEqual(['slam-alknany supports']);
  });
});

describe('a subject lengthened by "before"', () => {
  it('"أي انسحاب متعجل لقوات التحالف قبل استكمال جاهزية القطعات الأمنية وتأمين الحدود مع سوريا مغامرة" opposes: the verdict is reached past the long subject', () => {
    expect(stancesOf(claimsOf('قال النائب كريم الساعدي إن أي انسحاب متعجل لقوات التحالف قبل استكمال جاهزية القطعات الأمنية وتأمين الحدود مع سوريا مغامرة لا تحتمل المحافظة نتائجها.'))).toEqual(['krym-alsaady opposes']);
  });
});

describe('the evacuation and the expulsion decision', () => {
  it.each([
    ['"الجلاء مطلب شعبي" supports: الجلاء, the evacuation, needs no other word for the forces', 'قال خطيب الجمعة الشيخ علي الساعدي إن الجلاء مطلب شعبي.', ['aly-alsaady supports']],
    ['"قرار الإخراج نافذ ولا رجعة عنه" supports in an article that names the withdrawal', 'تحدث الجميع عن انسحاب القوات الأمريكية. وقال النائب علي الساعدي إن «قرار الإخراج نافذ ولا رجعة عنه».', ['aly-alsaady supports']],
    ['"قرار الإخراج" stands for nothing in an article that never names the withdrawal', 'وقال النائب علي الساعدي إن قرار الإخراج من الدوري نافذ.', []],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('a cover for staying', () => {
  it.each([
    ['"the talks were a cover for keeping troops" supports: the stay is what is being covered', 'Rep. Ro Khanna said the talks were a cover for keeping troops in Iraq.', ['ro-khanna supports']],
    ['"must not become a fig leaf for an open-ended presence" supports', 'Sen. Tim Kaine said the new agreement must not become a fig leaf for an open-ended presence of U.S. troops in Iraq.', ['tim-kaine supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('a relative clause right after the withdrawal', () => {
  it.each([
    ['"الانسحاب الذي يعقبه فراغ أمني خطير" opposes: the clause describes the withdrawal itself', 'وقال المحلل كريم الربيعي إن الانسحاب الذي يعقبه فراغ أمني خطير.', ['krym-alrbyay opposes']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('words passed on from someone else', () => {
  it.each([
    ['"نقل الخطيب X عن الصدر تأكيده أن": the words are Sadr\'s, not the preacher\'s', 'نقل خطيب مسجد الكوفة الشيخ علاء الكعبي عن زعيم التيار الصدري مقتدى الصدر تأكيده أن خروج المحتل يجب أن يكون بالطرق السياسية.', ['sadr supports']],
    ['"ونقل النائب X رسالة": a relay naming nobody after عن keeps its own subject', 'ونقل النائب علي الساعدي للحكومة مطالبة الأهالي بانسحاب القوات الأجنبية.', ['aly-alsaady supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('sources close to someone', () => {
  it.each([
    ['"مصادر مقربة من رئيس حزب تقدم محمد الحلبوسي أنه «لا يعارض…، لكنه…»": the position is Halbousi\'s', 'ونقلت مصادر مقربة من رئيس حزب تقدم محمد الحلبوسي لشفق نيوز أنه «لا يعارض إنهاء مهمة التحالف من حيث المبدأ، لكنه يرى أن التوقيت الحالي غير مناسب».', ['halbousi mixed']],
    ['"Sources close to Mohammed al-Halbousi said he supports the withdrawal": his', 'Sources close to Mohammed al-Halbousi said he supports the withdrawal.', ['halbousi supports']],
    ['"مصادر مقربة من الحكومة إن بغداد تريد": a position with a subject of its own stays that subject\'s', 'وقالت مصادر مقربة من الحكومة إن بغداد تريد انسحابا سريعا.', ['iraq-gov supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('a body named with its leader', () => {
  it.each([
    ['"وكان ائتلاف دولة القانون بزعامة نوري المالكي قد دعا": the coalition calls, not its leader', 'وكان ائتلاف دولة القانون بزعامة نوري المالكي قد دعا في بيان إلى جدولة خروج القوات الأمريكية.', ['state-of-law supports']],
    ['"وقال المالكي": the leader speaking himself is still the speaker', 'وقال زعيم ائتلاف دولة القانون نوري المالكي إن خروج القوات الأمريكية ضرورة.', ['maliki supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('an alternative offered after a delay word', () => {
  it.each([
    ['"مراجعة موعد أيلول أو على الأقل إبقاء المستشارين" opposes: keeping the advisers is the alternative asked for', 'تحدث الجميع عن انسحاب القوات الأمريكية. وطالب النائب سعد خلف الحكومة بمراجعة موعد أيلول 2026 أو على الأقل إبقاء المستشارين.', ['sad-khlf opposes']],
    ['"أي تسويف أو التفاف على الاتفاق سيقابل برد" still supports: two delay words joined by "or"', 'وقالت كتائب حزب الله إن أي تسويف أو التفاف على اتفاق انسحاب القوات الأمريكية سيقابل برد قاس.', ['kataib-hezbollah supports']],
    ['"the main clause of a long aside": a verdict after "، مع ما تشهده سوريا …،" still judges the withdrawal', 'قال النائب حسن الساعدي إن انسحاب قوات التحالف من المنطقة في هذا التوقيت، مع ما تشهده سوريا من اضطراب وعودة عوائل من مخيم الهول، مجازفة بأرواح الناس.', ['hsn-alsaady opposes']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('what the withdrawal or the presence requires', () => {
  it.each([
    ['"منع تكراره يتطلب استمرار التعاون مع التحالف" opposes: requiring the cooperation wants it', 'قال النائب علي الساعدي إن منع تكراره يتطلب استمرار التعاون مع التحالف الدولي ودوله.', ['aly-alsaady opposes']],
    ['"…، فخطر الإرهاب لم ينته" gives a reason of its own: the danger does not judge the cooperation', 'قال النائب علي الساعدي إن منع تكراره يتطلب استمرار التعاون مع التحالف الدولي ودوله، فخطر الإرهاب لم ينته.', ['aly-alsaady opposes']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('a body with its place, then a relative clause, then its verb', () => {
  it('"أما هيئة علماء المسلمين في العراق، التي يقيم معظم قادتها خارج البلاد، فرأت": the body speaks', () => {
    expect(stancesOf(claimsOf('أما هيئة علماء المسلمين في العراق، التي يقيم معظم قادتها خارج البلاد، فرأت في بيان أن خروج القوات الأميركية واجب.'))).toEqual(['hyyh-alma-almslmyn supports']);
  });

  it('"وقال ديوان الوقف السني": ديوان heads a body', () => {
    expect(stancesOf(claimsOf('وقال ديوان الوقف السني في بيان إن انسحاب القوات الأجنبية واجب.'))).toEqual(['dywan-alwqf-alsny supports']);
  });
});

describe('a pronoun before the verb is its subject', () => {
  it('"لكنه دعا إلى ألا يتحول إنهاء مهمة التحالف الدولي إلى فراغ": the coalition named after the verb does not speak', () => {
    const claims = claimsOf('أكد بطريرك الكلدان الكاردينال لويس روفائيل ساكو أن مستقبل القوات الأجنبية شأن سيادي، لكنه دعا إلى ألا يتحول إنهاء مهمة التحالف الدولي إلى فراغ.');
    expect(claims.map((c) => c.actor.id)).toEqual(['lwys-rwfayyl-sakw']);
  });
});

describe('whom a call is made to', () => {
  it.each([
    ['"دعا السوداني واشنطن إلى سحب قواتها": Washington, whose name begins with و, is called on, not a second speaker', 'دعا رئيس الوزراء محمد شياع السوداني واشنطن إلى الإسراع في سحب قواتها من العراق.', ['sudani supports']],
    ['"طالب النائب X وزارة الخارجية بتحديد موعد": nor is the ministry', 'وطالب النائب علي الساعدي وزارة الخارجية بتحديد موعد لانسحاب التحالف.', ['aly-alsaady supports']],
    ['"طالب السوداني وواشنطن": a name joined by و is still a second speaker', 'وطالب السوداني وواشنطن بسحب القوات.', ['sudani supports', 'us-gov supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('coordinated groups nobody listed', () => {
  it('two groups joined by و share the verb, and the place ending the first never names it again', () => {
    const claims = claimsOf('وأبدى شيوخ عشائر في ديالى وأعضاء في مجلس المحافظة خشيتهم من أن يؤدي انسحاب القوات الأمريكية إلى فراغ أمني. وتشهد ديالى هجمات متكررة، يقول إنها تتطلب رحيل القوات.');
    expect(stancesOf(claims)).toEqual(['shywkh-ashayr-fy-dyaly opposes', 'aada-fy-mjls-almhafzh opposes']);
  });
});

describe('reported sources and time limits', () => {
  it('نقلت «صحيفة» عن مسؤول قوله: the speaker follows the outlet named in guillemets; ما دام conditions the position', () => {
    const claims = claimsOf('ونقلت «الشرق الأوسط» عن مسؤول أمريكي قوله إن "واشنطن منفتحة على تقليص عدد قواتها، لكنها لن تغادر ما دام داعش يشكل تهديدا".');
    expect(stancesOf(claims)).toEqual(['us-officials mixed']);
  });

  it('starting the gradual reduction of the advisers (البدء في التخفيض) supports withdrawal', () => {
    const claims = claimsOf('وقال وزير الخارجية فؤاد حسين إن اللجنة ستعمل على وضع جدول زمني لوجود المستشارين في العراق، والبدء في التخفيض التدريجي لهؤلاء المستشارين.');
    expect(stancesOf(claims)).toEqual(['fuad-hussein supports']);
  });

  it('a government said to hold on (متمسكة) to a shorter timetable is a claim of that government', () => {
    const claims = claimsOf('وقال مصدر حكومي إن الحكومة العراقية متمسكة بأن يكون موعد انسحاب القوات قريبا.');
    expect(stancesOf(claims)).toContain('iraq-gov supports');
  });
});

describe('names and denials', () => {
  it('ruling out any need for foreign forces (استبعد) supports withdrawal', () => {
    expect(stancesOf(claimsOf('واستبعد وزير الخارجية فؤاد حسين أن تكون هناك حاجة لأي قوات أجنبية قتالية بعد عام 2026.'))).toEqual(['fuad-hussein supports']);
  });

  it('"the spokesman" followed by his name is his title, not the spokesman named before', () => {
    const claims = claimsOf('وقال المتحدث باسم حكومة إقليم كردستان بيشوا هوراماني إن الإقليم يحترم الاتفاق. وفي طهران، علقت وزارة الخارجية الإيرانية على الاتفاق، وقال المتحدث باسمها ناصر كنعاني إن القوات الأميركية يجب أن تغادر المنطقة.');
    expect(stancesOf(claims)).toContain('nasser-kanaani supports');
    expect(stancesOf(claims)).not.toContain('peshawa-hawramani supports');
  });

  it('Kurdish outlets\' spelling كوردستان finds the same actors', () => {
    expect(stancesOf(claimsOf('وأبدى الحزب الديمقراطي الكوردستاني قلقه من أي انسحاب متسرع للقوات الأمريكية.'))).toEqual(['kdp opposes']);
  });

  it('a verb after a person and the body he speaks for has the person as subject', () => {
    const claims = claimsOf('وصف أبو علي العسكري، المسؤول الأمني لكتائب حزب الله، الاتفاق بأنه خطوة ناقصة، وكتب على تلغرام أن بقاء قوات الاحتلال في أربيل مرفوض.');
    expect(claims.map((c) => c.actor.id)).not.toContain('kataib-hezbollah');
  });
});

describe('titles with ranks and qualifiers', () => {
  it('an acting speaker (بالوكالة) and a rank of several words still lead to the person named', () => {
    expect(stancesOf(claimsOf('وشدد رئيس مجلس النواب بالوكالة محسن المندلاوي على أن إنهاء مهمة التحالف الدولي ضرورة وطنية.'))).toContain('mohsen-al-mandalawi supports');
    expect(stancesOf(claimsOf('وصرح نائب قائد العمليات المشتركة الفريق أول الركن سالم الجبوري بأن القوات العراقية لم تعد بحاجة إلى قوات قتالية أجنبية.'))).toEqual(['salm-aljbwry supports']);
  });
});

describe('verbs that need their particle', () => {
  it('عبّر … عن is a verb of saying, عبر قنوات (via channels) is not', () => {
    expect(stancesOf(claimsOf('عبّر عدد من شيوخ العشائر في محافظة ديالى عن قلقهم من انسحاب القوات الأمريكية.'))).toEqual(['shywkh-alashayr-fy-mhafzh-dyaly opposes']);
    const claims = claimsOf('وقال مصدر حكومي إن الإدارة الأميركية أبلغت بغداد، عبر قنوات غير رسمية، رغبتها في إبقاء عدد من المستشارين.');
    expect(claims.map((c) => c.actor.id)).not.toContain('iraq-gov');
  });

  it('no intention to review the agreement, and committing to leave, support withdrawal', () => {
    expect(stancesOf(claimsOf('وأكد المتحدث باسم الحكومة باسم العوادي أن الاتفاق بشأن إنهاء مهمة التحالف ملزم للطرفين، ولا نية لمراجعته.'))).toEqual(['basim-al-awadi supports']);
    expect(stancesOf(claimsOf('وأكد المتحدث باسم الخارجية الإيرانية إسماعيل بقائي أن على القوات الأميركية الالتزام بتعهداتها والخروج من العراق.'))).toEqual(['esmaeil-baghaei supports']);
  });
});

describe('group names', () => {
  it('a group of several words joined by و does not keep the conjunction in its name', () => {
    const claims = claimsOf('ويتشارك النواب القلق ذاته، وشيوخ عشائر في الموصل يخشون أن يؤدي خروج التحالف إلى فراغ أمني.');
    expect(stancesOf(claims)).toEqual(['shywkh-ashayr-fy-almwsl opposes']);
  });
});

describe('evaluations across clauses', () => {
  it('a noun whose final hamza takes a seat before a pronoun is still a cue (بقاء → ببقائها)', () => {
    expect(stancesOf(claimsOf('وقال النائب حسين الموسوي إن الكتلة لن تقبل ببقائها بعد نهاية العام.'))).toEqual(['hsyn-almwswy supports']);
  });

  it('a withdrawal said to be acceptable on a condition is mixed', () => {
    expect(stancesOf(claimsOf('ويرى الأكاديمي سمير الدوري أن انسحاب القوات القتالية مقبول، بشرط أن يبقى التعاون الاستخباري.'))).toEqual(['smyr-aldwry mixed']);
    expect(stancesOf(claimsOf('وقال الخبير العسكري أحمد الشريفي إن رحيل التحالف يجب أن يكون مرهونا بجاهزية القوات العراقية.'))).toEqual(['ahmd-alshryfy mixed']);
  });

  it('a relative clause after the cue describes what is ended, not the ending', () => {
    expect(stancesOf(claimsOf('وقال المحلل السياسي سعد الحديثي إن الحكومة مطالبة بإنهاء مهمة التحالف التي باتت عامل عدم استقرار.'))).toEqual(['sad-alhdythy supports']);
  });

  it('what was said before وأضاف does not weigh on what he added', () => {
    const claims = claimsOf('قال المحلل السياسي هادي الزبيدي إن "قرارا بهذا الحجم لا ينبغي أن يتخذ تحت ضغط الشارع"، وأضاف أن "رحيل القوات المفاجئ سيترك فراغا أمنيا".');
    expect(stancesOf(claims)).toEqual(['hady-alzbydy opposes']);
  });
});

describe('inflected and possessive forms', () => {
  it('a demand as a noun with a pronoun (مطالبته، ta marbuta written ت) governs the cue', () => {
    expect(stancesOf(claimsOf('جدد زعيم عصائب أهل الحق قيس الخزعلي مطالبته بخروج القوات الأميركية من العراق.'))).toEqual(['qais-al-khazali supports']);
  });

  it('a ل that completes a noun (رفضها لبقاء) states no purpose', () => {
    expect(stancesOf(claimsOf('أعربت الحكومة العراقية عن رفضها لبقاء القوات الأجنبية.'))).toEqual(['iraq-gov supports']);
  });

  it("English possessives and hopes: the coalition's presence, hope forces will stay", () => {
    expect(stancesOf(claimsOf("Iraqi Prime Minister Mohammed Shia al-Sudani has repeatedly said the coalition's presence is no longer needed."))).toEqual(['sudani supports']);
    expect(stancesOf(claimsOf('Kurdish leaders, by contrast, privately hope U.S. forces will stay in Erbil.'))).toEqual(['kurdish-leaders opposes']);
  });
});

describe('English wire quotations', () => {
  it('a quotation that opens the sentence is what the speaker after it said', () => {
    expect(stancesOf(claimsOf('"This is a clear timeline that ends the coalition\'s military mission in Iraq," Iraqi Foreign Minister Fuad Hussein told reporters in Baghdad.'))).toEqual(['fuad-hussein supports']);
  });

  it('the speaker named before an apposition, particles and hyphens included', () => {
    expect(stancesOf(claimsOf('"Every American soldier must leave Iraqi soil," Akram al-Kaabi, the leader of Harakat al-Nujaba, said in a statement.'))).toEqual(['akram-al-kaabi supports']);
  });

  it('"Mr Hussein" is the minister named before, and "we want" after his quotation goes on with him', () => {
    const claims = claimsOf('Foreign Minister Fuad Hussein spoke after the talks. "We were close to a deal," Mr Hussein told reporters. "Iraq no longer needs the coalition\'s combat role, and we want the first phase to start soon."');
    expect(stancesOf(claims)).toEqual(['fuad-hussein supports']);
  });

  it('"X and the Y, both …, said": two speakers, a name written without its hyphen, and a clause joined by "and" weighs nothing on the cue', () => {
    const claims = claimsOf('Asaib Ahl Al Haq and the Badr Organisation, both members of the ruling Coordination Framework, said the government must set a clear date for the exit of foreign forces, and must not let the attacks derail the talks.');
    expect(stancesOf(claims)).toEqual(['asaib supports', 'badr supports']);
  });

  it('vowing to keep attacking until the troops leave supports withdrawal; "keep attacking" is not keeping the troops', () => {
    expect(stancesOf(claimsOf('Kataib Hezbollah has vowed to keep attacking American forces until they leave the country.'))).toEqual(['kataib-hezbollah supports']);
  });

  it('a premature exit judged harmful opposes withdrawal', () => {
    expect(stancesOf(claimsOf('Defense Secretary Lloyd Austin told senators that a premature exit "would give ISIS the room it needs to come back."'))).toEqual(['lloyd-austin opposes']);
  });

  it('a name with a hyphenated particle after the verb, and "…, and that is not up for renegotiation" still weighs on the cue', () => {
    const claims = claimsOf('"The coalition\'s mission ends in September, and that is not up for renegotiation," said Hamid al-Tamimi, a government adviser.');
    expect(stancesOf(claims)).toEqual(['hamid-al-tamimi supports']);
  });

  it('commanders who pushed to keep troops oppose withdrawal; a group aligned with a country is the subject, not the country', () => {
    expect(stancesOf(claimsOf('Senior military commanders have pushed to keep troops in the Kurdistan region.'))).toEqual(['senior-military-commanders opposes']);
    expect(stancesOf(claimsOf('Iraqi armed groups aligned with Iran have welcomed the announced end of the coalition mission.'))).toEqual(['iraqi-armed-groups supports']);
  });

  it('a quotation over two sentences closed by a comma belongs to the speaker named after an apposition, not to the last speaker', () => {
    const claims = claimsOf('Iraqi armed groups have welcomed what they called "a first victory". "Every American soldier must leave Iraqi soil. The timetable is only a first step," Hadi al-Rubaie, a commander of a Basra militia, said.');
    expect(stancesOf(claims)).toEqual(['hadi-al-rubaie supports']);
  });

  it('what a party would accept, reported by its official, is the party\'s conditional position', () => {
    const claims = claimsOf('Kurdistan Democratic Party leaders met on Monday. A senior official in the party said the party would accept a withdrawal only if Kurdish forces could secure the borders on their own.');
    expect(stancesOf(claims)).toContain('kdp mixed');
  });

  it('what comes before ", State Department spokesman X said" is what X said', () => {
    expect(stancesOf(claimsOf('The United States is not negotiating the withdrawal of its troops from Iraq, State Department spokesman Matthew Miller said on Monday.'))).toEqual(['matthew-miller opposes']);
  });

  it('"no reason for a soldier to stay" and "لا مبرر لبقاء القوات" support withdrawal', () => {
    expect(stancesOf(claimsOf('There is no reason for a single foreign soldier to stay in Iraq, lawmaker Karim Hassan said.'))).toEqual(['karim-hassan supports']);
    expect(stancesOf(claimsOf('وقال النائب كريم حسن إنه لا مبرر لبقاء القوات الأجنبية في العراق.'))).toEqual(['krym-hsn supports']);
  });

  it('"Bring them home" demands withdrawal; a mission that "has, in practice, already ended" is over', () => {
    expect(new Set(stancesOf(claimsOf('"There is no reason to keep thousands of troops in Iraq. Bring them home," said analyst Mark Lewis.')))).toEqual(new Set(['mark-lewis supports']));
    expect(stancesOf(claimsOf('The coalition\'s mission has, in practice, already ended, Foreign Minister Fuad Hussein said.'))).toEqual(['fuad-hussein supports']);
  });

  it('a quotation holding verbs of its own ("and I hope …") is still what the speaker named after it said', () => {
    const claims = claimsOf('"Twenty years is long enough. The drawdown is overdue, and I hope the next administration keeps it on schedule," Senator Tim Kaine said.');
    expect(new Set(stancesOf(claims))).toEqual(new Set(['tim-kaine supports']));
  });

  it('a bracketed gloss between the name and the apposition (Sen. X (R.I.), the …, said) keeps X the speaker', () => {
    const claims = claimsOf('Sen. Jack Reed (R.I.), the top Democrat on the Armed Services Committee, said he could support ending the coalition mission "as long as we keep the ability to strike ISIS."');
    expect(stancesOf(claims)).toEqual(['jack-reed mixed']);
  });

  it('an exit is withdrawal without the troops named beside it', () => {
    expect(stancesOf(claimsOf('Sunni and Kurdish lawmakers have privately voiced concern that an exit would embolden the militias.'))).toEqual(['sunni-lawmakers opposes', 'kurdish-lawmakers opposes']);
  });

  it('a speaker who disagreed goes on in the quotation after it', () => {
    const claims = claimsOf('Lawmaker Karim Hassan disagreed. "The Americans came for ISIS. ISIS is finished. There is no reason for a single foreign soldier to stay on Iraqi soil," he told reporters.');
    expect(stancesOf(claims)).toEqual(['karim-hassan supports']);
  });

  it('an end to the foreign military presence is one position, and an ending reaches the cue from its nearer end', () => {
    expect(stancesOf(claimsOf('Lawmaker Peter Jennings said he backs an end to the foreign military presence.'))).toEqual(['peter-jennings supports']);
    expect(stancesOf(claimsOf('The justifications for the existence of the international coalition have ended, Foreign Minister Fuad Hussein said.'))).toEqual(['fuad-hussein supports']);
  });

  it('a negation completed by an exception asserts what follows it (لن يكون إلا، لا خيار سوى، no option other than)', () => {
    expect(stancesOf(claimsOf('قال النائب كريم الجبوري إن "الرد لن يكون إلا بإخراج القوات الأجنبية من البلاد".'))).toEqual(['krym-aljbwry supports']);
    expect(stancesOf(claimsOf('وأكد النائب سامر العلي أن "لا خيار أمام الحكومة سوى انسحاب القوات الأميركية".'))).toEqual(['samr-alaly supports']);
    expect(stancesOf(claimsOf('"There is no option other than the withdrawal of American forces," said Qais Rahim, a lawmaker from Basra.'))).toEqual(['qais-rahim supports']);
    // ألا after no negator is not an exception: "ألا تنسحب" (that it not withdraw) still negates.
    expect(stancesOf(claimsOf('وطالب النائب سامر العلي الحكومة بألا تنسحب القوات الأميركية قبل نهاية العام.'))).toEqual(['samr-alaly opposes']);
  });

  it('a negation after a preposition negates (طالب بعدم انسحاب، بألا تنسحب)', () => {
    expect(stancesOf(claimsOf('وطالب النائب سامر العلي بعدم انسحاب القوات الأميركية قبل نهاية العام.'))).toEqual(['samr-alaly opposes']);
  });

  it('"no place for" foreign forces demands they go; the occupier names the forces and weighs nothing itself', () => {
    expect(stancesOf(claimsOf('ورأى المحلل السياسي علي البيضاني أن "لا مكان لقوات أجنبية على أرض العراق بعد اليوم".'))).toEqual(['aly-albydany supports']);
    expect(stancesOf(claimsOf('وقال الشيخ عباس الربيعي إن "لا حل إلا برحيل الاحتلال".'))).toEqual(['abas-alrbyay supports']);
    expect(stancesOf(claimsOf('"There is no place for foreign troops in Iraq," said Karim Nouri, an Iraqi analyst.'))).toEqual(['karim-nouri supports']);
  });

  it('a country that has moved past its need for the coalition wants it gone', () => {
    expect(stancesOf(claimsOf('وقال النائب حيدر الموسوي إن "العراق تجاوز مرحلة الحاجة إلى التحالف الدولي".'))).toEqual(['hydr-almwswy supports']);
  });

  it('a place after a preposition is where something was said: the verb goes on with the last speaker', () => {
    const claims = claimsOf('أكد النائب حيدر الموسوي أن "العراق لم يعد بحاجة إلى قوات أجنبية"، وأوضح خلال ندوة حوارية في بغداد أن "لا مكان لتحالف عسكري بعد أيلول".');
    expect(stancesOf(claims)).toEqual(['hydr-almwswy supports']);
  });

  it('a quotation closing before an unlisted body, a title and a name (…," Kurdistan Region Prime Minister X told VOA) is what X said', () => {
    const claims = claimsOf('"Two years is too soon. The Americans must not withdraw before ISIS is gone," Nineveh Provincial Council spokesman Ahmed Jarba told VOA in an interview.');
    expect(stancesOf(claims)).toEqual(['ahmed-jarba opposes']);
  });

  it('"has never been more necessary" affirms: an intensifying negation negates nothing', () => {
    const claims = claimsOf('"The coalition\'s presence has never been more necessary," said Rebwar Aziz, a Kurdish lawmaker.');
    expect(stancesOf(claims)).toEqual(['rebwar-aziz opposes']);
  });

  it('"…"، بحسب ما قاله النائب X: the source named after a quotation of two sentences said both', () => {
    const claims = claimsOf('وقال مراقبون إن الجلسة كانت هادئة.\n"لا مكان لقوات أجنبية في بلادنا. الحكومة أمام اختبار حقيقي"، بحسب ما قاله النائب عن كتلة الفتح حامد الشمري.');
    expect(stancesOf(claims)).toEqual(['hamd-alshmry supports']);
  });

  it('a pronoun ه on the cue refers back to the forces (يريد بقاءه)، and "نحن مع" backs what follows', () => {
    expect(stancesOf(claimsOf('وقال النائب شوان طه إن "التحالف جاء بطلب عراقي، والإقليم يريد بقاءه".'))).toEqual(['shwan-th opposes']);
    expect(stancesOf(claimsOf('وقال النائب رعد الدهلكي: "نحن مع خروج القوات الأجنبية من البلاد".'))).toEqual(['rad-aldhlky supports']);
  });

  it('a title right after the verb introduces the person named after its place (طالب خطيب الجمعة في جامع … الشيخ X)', () => {
    const claims = claimsOf('طالب خطيب الجمعة في جامع الرحمن بمنطقة المنصور الشيخ كاظم الساعدي، الحكومة بـ"إنهاء الوجود العسكري الأجنبي".');
    expect(stancesOf(claims)).toEqual(['kazm-alsaady supports']);
  });

  it('"still" (ما زال، لا يزال) is neither a negation nor an ending; needing the coalition\'s support is a position', () => {
    expect(stancesOf(claimsOf('قال النائب شوان طه إن "الإقليم لا يزال بحاجة إلى بقاء القوات الأميركية".'))).toEqual(['shwan-th opposes']);
    expect(stancesOf(claimsOf('قال النائب شوان طه إن "العراق ما زال بحاجة إلى دعم التحالف الدولي".'))).toEqual(['shwan-th opposes']);
    expect(stancesOf(claimsOf('قال النائب شوان طه إن "العراق لم يعد بحاجة إلى دعم التحالف الدولي".'))).toEqual(['shwan-th supports']);
  });

  it('"he said" after a quotation is the person the sentence before was about, not the last speaker', () => {
    const claims = claimsOf('Analyst Mark Lewis said the talks were slow. Sen. Roger Wicker was blunter. "Withdrawal now would be a disaster," he said in a statement.');
    expect(stancesOf(claims)).toEqual(['roger-wicker opposes']);
  });

  it('"…," warned X: any reporting verb right after a quotation may come before its speaker; staying beyond the dates is presence', () => {
    expect(stancesOf(claimsOf('"A hasty withdrawal would be a disaster for Baghdad," warned Michael Ferris, an analyst.'))).toEqual(['michael-ferris opposes']);
    expect(stancesOf(claimsOf('Kataib Hezbollah warned that "staying beyond the agreed dates will be treated as a new occupation."'))).toEqual(['kataib-hezbollah supports']);
  });

  it('coordinated senators with bracketed glosses (Sen. X (R-Ark.) and Rep. Y (R-S.C.) have both warned) each hold the position', () => {
    const claims = claimsOf('Sen. Tom Cotton (R-Ark.) and Rep. Dan Moore (R-Ohio) have both warned against an early pullout.');
    expect(stancesOf(claims)).toEqual(['tom-cotton opposes', 'dan-moore opposes']);
  });

  it('a name set off by commas after its title (Iraq\'s ambassador in Washington, X, said …) says what follows', () => {
    const claims = claimsOf('Iraq\'s ambassador in Washington, Nizar al-Khairallah, said Baghdad would welcome "any acceleration of the withdrawal that is coordinated with us."');
    expect(stancesOf(claims)).toEqual(['nizar-al-khairallah supports']);
  });

  it('a quotation of two sentences before a lower-case title and the name ("…," government spokesman X told Reuters) is what X said', () => {
    const claims = claimsOf('"Our forces are ready. There is no longer any need for foreign combat troops," government spokesman Hamid Rasheed told Reuters.');
    expect(stancesOf(claims)).toEqual(['hamid-rasheed supports']);
  });

  it('qualifiers reach past the forces a withdrawal names (خروج جميع القوات الأجنبية من العراق فوراً: full, immediate)', () => {
    const claims = claimsOf('دعا النائب حسن الكعبي إلى "خروج جميع القوات الأجنبية من العراق فوراً".');
    expect(claims.map((c) => [c.stance, c.qualifiers])).toEqual([['supports', ['full', 'immediate']]]);
  });

  it('a quotation opened in the sentence before goes on with its speaker (قائلاً: "… . لا مكان للمحتل …")', () => {
    const claims = claimsOf('غرد الأمين العام لحركة الأوفياء حيدر الغراوي قائلاً: "يفاوضون نهاراً ويماطلون ليلاً. لا مكان للمحتل على أرض الرافدين".');
    expect(stancesOf(claims)).toEqual(['hydr-alghrawy supports']);
  });

  it('an actor heading a bulleted line or a quotation with a colon says what follows; a dateline naming an outlet does not', () => {
    const claims = claimsOf('وجاءت مواقف الكتل على النحو الآتي:\n- كتلة الصادقين: "لا مكان لقوات أجنبية بعد اليوم".\n- تحالف النهضة: يرى أن "بقاء التحالف ضمانة للاستقرار".');
    expect(stancesOf(claims)).toEqual(['ktlh-alsadqyn supports', 'thalf-alnhdh opposes']);
    expect(claimsOf('بغداد: «الشرق الأوسط»\nقال النائب حسن الكعبي إن الحكومة ماضية في إنهاء مهمة التحالف.').map((c) => c.actor.id)).toEqual(['hsn-alkaby']);
  });

  it('a second verb joined by "and" without a comma ("would hand Iran a victory and put lives at risk") weighs on the cue', () => {
    const claims = claimsOf('"Withdrawing now would hand Iran a victory and put American lives at risk," Rep. Mike Turner said in a statement.');
    expect(stancesOf(claims)).toEqual(['mike-turner opposes']);
  });
});

describe('exceptions, places and the agreement', () => {
  it('غير after a negation is an exception that asserts the withdrawal (لا تعترف بأي موعد غير الانسحاب)', () => {
    const claims = claimsOf('وقال المتحدث باسم الحركة حسين الموسوي إن المقاومة لا تعترف بأي موعد غير الانسحاب الفوري للقوات الأمريكية.');
    expect(claims.map((c) => [c.actor.id, c.stance, c.qualifiers])).toEqual([['hsyn-almwswy', 'supports', ['immediate']]]);
  });

  it('no place left for foreign forces supports withdrawal (لم يعد فيه مكان لقوات أجنبية)', () => {
    expect(stancesOf(claimsOf('وقال النائب سالم الجبوري إن العراق لم يعد فيه مكان لقوات أجنبية بعد هزيمة داعش.'))).toEqual(['salm-aljbwry supports']);
  });

  it('a cue verb with the future prefix is still the cue (ستتسلم القواعد)', () => {
    expect(stancesOf(claimsOf('وقال النائب كريم العلياوي إن الحكومة عازمة على أن قواتنا ستتسلم القواعد كافة.'))).toEqual(['krym-alalyawy supports']);
  });

  it('a reservation about a withdrawal opposes it (أبدى تحفظه على أي انسحاب)', () => {
    expect(stancesOf(claimsOf('وأبدى النائب حسن المشهداني تحفظه على أي انسحاب للقوات الأمريكية قبل ضبط السلاح.'))).toEqual(['hsn-almshhdany opposes']);
  });

  it('"that they must" (أن على الأمريكيين أن يحزموا حقائبهم) is a demand', () => {
    expect(stancesOf(claimsOf('وكتب الشيخ علي الساعدي على منصة إكس أن على الأمريكيين أن يحزموا حقائبهم فورا.'))).toEqual(['aly-alsaady supports']);
  });

  it('"urged … not to" negates what is urged', () => {
    expect(stancesOf(claimsOf('Rep. John Carter urged the administration not to negotiate the eviction of U.S. troops from Iraq.'))).toEqual(['john-carter opposes']);
    expect(stancesOf(claimsOf('Rep. John Carter urged the administration to negotiate the eviction of U.S. troops from Iraq.'))).toEqual(['john-carter supports']);
  });

  it('"urged … not to withdraw" turns the withdrawal once: the "not" that negates the cue does not negate the verb too', () => {
    expect(stancesOf(claimsOf('Rep. John Carter urged Washington not to withdraw its troops from Iraq.'))).toEqual(['john-carter opposes']);
  });

  it('welcoming the agreement supports the withdrawal where the article ties the agreement to it; rejecting it or announcing nothing does not', () => {
    const lead = 'أعلنت بغداد وواشنطن التوصل إلى اتفاق بشأن إنهاء مهمة التحالف الدولي على مرحلتين.\n';
    expect(stancesOf(claimsOf(`${lead}ورحب الأمين العام لحركة الوفاء سعد الزيدي بالاتفاق، وعده خطوة مهمة.`))).toContain('sad-alzydy supports');
    const rejected = claimsOf(`${lead}ورفض الأمين العام لحركة الوفاء سعد الزيدي الاتفاق جملة وتفصيلا.\nولم يعلن البيت الأبيض أي موقف من الاتفاق.`);
    expect(rejected.map((c) => c.actor.id)).not.toContain('sad-alzydy');
    expect(rejected.map((c) => c.actor.id)).not.toContain('white-house');
    // An agreement the article never ties to the withdrawal is just an agreement.
    expect(claimsOf('ورحب الأمين العام لحركة الوفاء سعد الزيدي بالاتفاق التجاري مع الصين، وعده خطوة مهمة.')).toEqual([]);
  });
});

describe('English evaluations of how troops leave', () => {
  it('a hasty departure that would leave the desert exposed opposes; nobody asking them to stay forever supports', () => {
    expect(stancesOf(claimsOf('Mazin Farhan, a Sunni lawmaker, said a hasty departure would leave the western desert exposed.'))).toEqual(['mazin-farhan opposes']);
    expect(stancesOf(claimsOf('Lawmaker Mazin Farhan said nobody is asking the Americans to stay forever.'))).toEqual(['mazin-farhan supports']);
  });

  it('ruling out any foreign combat presence supports withdrawal', () => {
    expect(stancesOf(claimsOf('Lawmaker Kamal Rahim ruled out any foreign combat presence after 2026.'))).toEqual(['kamal-rahim supports']);
  });
});

describe('conditions the speaker sets, and who "he" is', () => {
  it('a negated condition names what the speaker wants (فإن لم يخرج، ما لم، unless), even after a negated main clause', () => {
    expect(stancesOf(claimsOf('وقال القيادي في الفصائل حيدر العامري إن الفصائل ستمنح الحكومة مهلة حتى أيلول، فإن لم يخرج آخر جندي أميركي فستعود العمليات.'))).toEqual(['hydr-alaamry supports']);
    expect(stancesOf(claimsOf('قال النائب كاظم الحسناوي إن "الزيارة لن تعد ناجحة ما لم تخرج باتفاق واضح على موعد انسحاب القوات الأميركية".'))).toEqual(['kazm-alhsnawy supports']);
    expect(stancesOf(claimsOf('Lawmaker Hussein Karim said Iraq will be dragged into every war unless the Americans leave.'))).toEqual(['hussein-karim supports']);
  });

  it('a condition on a position stated before it does not turn that position around', () => {
    expect(stancesOf(claimsOf('Pentagon official Mark Dean said the troops would stay in Iraq unless Baghdad asked them to leave.'))).not.toContain('mark-dean supports');
  });

  it('a threat conditioned on there being no timetable wants the timetable (إذا لم يتم تحديد جدول زمني، if there is no timetable)', () => {
    const arabic = 'وقال المتحدث باسم كتائب حزب الله جعفر الحسيني إن الفصائل ستستأنف عملياتها ضد القواعد الأميركية إذا لم يتم تحديد جدول زمني واضح للانسحاب.';
    expect(stancesOf(claimsOf(arabic))).toEqual(['jaafar-al-husseini supports']);
    const english = 'Kataib Hezbollah spokesman Jaafar al-Husseini said the group would resume attacks on US bases if there is no clear timetable for the withdrawal.';
    expect(stancesOf(claimsOf(english))).toEqual(['jaafar-al-husseini supports']);
  });

  it('completing the withdrawal is wanted (لإكمال الانسحاب); welcoming the coalition staying on is opposition (استمرار الشراكة مع التحالف)', () => {
    expect(stancesOf(claimsOf('وقال النائب عارف الكعبي إن الكرة الآن في ملعب الأميركيين لإكمال الانسحاب من أربيل.'))).toEqual(['aarf-alkaby supports']);
    expect(stancesOf(claimsOf('ورحب النائب شيروان كريم باستمرار الشراكة مع التحالف الدولي بعد 2026.'))).toEqual(['shyrwan-krym opposes']);
  });

  it('"remained committed to concluding the mission" supports; troops "remain" is not read inside "remained committed"', () => {
    expect(stancesOf(claimsOf("Iraq's Foreign Ministry said the government remained committed to concluding the coalition's mission on the agreed dates."))).toEqual(['iraq-mofa supports']);
  });

  it('what is argued after a new verb of saying does not evaluate a cue before that verb', () => {
    const claims = claimsOf('Analyst Ryan Cole said the officials favoring a quicker drawdown argue that the troops in Iraq are exposed to attacks.');
    expect(stancesOf(claims)).not.toContain('ryan-cole opposes');
  });

  it('"X went further. In a speech, he said …": "he" is the person the sentence before introduced, not the last speaker', () => {
    const claims = claimsOf('Government spokesman Basim Jaber said the timetable stands.\nQais al-Khazali, the leader of Asaib Ahl al-Haq, went further. In a speech marking the anniversary of his group, he said the Americans should leave Iraq completely before September.');
    expect(claims.map((c) => [c.actor.id, c.stance])).toContainEqual(['qais-al-khazali', 'supports']);
  });
});

describe('words that only look like names or verbs', () => {
  it('an adjective in ta marbuta is not a verb of saying (قنوات تابعة للفصيل is no "وتابع")', () => {
    const claims = claimsOf('وقال النائب كريم العلي إن الحكومة ماضية في إنهاء مهمة التحالف. ونشرت قنوات تابعة للفصيل بيانا يرفض بقاء القوات الأجنبية.');
    expect(stancesOf(claims)).toEqual(['krym-alaly supports']);
  });

  it('a word with digits (an outlet glued to its preposition, لقناة24) ends a name', () => {
    const claims = claimsOf('قال الأمين العام لوزارة البيشمركة الفريق بختيار حمه لقناة24 إن "انسحاب القوات خطر كبير".');
    expect(claims.map((c) => c.actor.name)).toEqual(['بختيار حمه']);
  });

  it('the chief spokesman of a body (كبير المتحدثين باسم البنتاغون) is a person, not the body', () => {
    const claims = claimsOf('وقال كبير المتحدثين باسم البنتاغون جون هاريس إن "التحالف سينتقل إلى شراكة أمنية ثنائية بعد انتهاء مهمته في العراق".');
    expect(claims.map((c) => c.actor.name)).toEqual(['جون هاريس']);
  });
});

describe('preconditions, silences, background and predictions', () => {
  const evidenceOf = (text: string) => claimsOf(text).map((c) => [c.actor.id, c.stance, c.evidence.text]);

  it('rejecting something before the withdrawal makes the withdrawal a precondition (supports); a deadline after "before" does not', () => {
    expect(stancesOf(claimsOf('وأعلنت حركة الأوفياء رفضها أي مشروع لنزع سلاح المقاومة قبل إنهاء الوجود العسكري الأميركي بالكامل.'))).toEqual(['hrkh-alawfya supports']);
    expect(stancesOf(claimsOf('وطالب النائب حسن الكعبي بانسحاب القوات الأميركية قبل نهاية العام.'))).toEqual(['hsn-alkaby supports']);
  });

  it('what a speaker leaves unaddressed is not a position (من دون أن تتطرق إلى، did not address)', () => {
    expect(claimsOf('وقالت الخارجية الأميركية إنها تتوقع خطوات حاسمة ضد الجماعات المسلحة، من دون أن تتطرق إلى الجدول الزمني لوجود القوات الأميركية.')).toEqual([]);
    expect(claimsOf('Muqtada al-Sadr urged armed groups to stay out of the fighting, but did not address the presence of US troops.')).toEqual([]);
  });

  it("the outlet's background (ويذكر أن …) is nobody's statement", () => {
    const claims = evidenceOf('وقال وزير الدفاع ثابت العباسي إن قواتنا جاهزة لتسلم المواقع. ويذكر أن البرلمان العراقي صوت عام 2020 على قرار يطالب الحكومة بإنهاء وجود القوات الأجنبية.');
    expect(claims).toEqual([['thabet-al-abbasi', 'supports', 'وقال وزير الدفاع ثابت العباسي إن قواتنا جاهزة لتسلم المواقع.']]);
  });

  it('not commenting is declining (لم يعلق): neutral', () => {
    expect(stancesOf(claimsOf('ولم يعلق البنتاغون على أسئلة بشأن أعداد القوات التي قد تبقى في العراق بعد انتهاء مهمة التحالف.'))).toEqual(['pentagon neutral']);
  });

  it('what a speaker predicts after متوقعاً is no position of theirs', () => {
    expect(stancesOf(claimsOf('ويرى الخبير العسكري عدنان الكبيسي أن الحديث عن تعديل الموعد سابق لأوانه، متوقعاً أن تبقى واشنطن ملتزمة بالجدول مع زيادة وجودها في أربيل.'))).toEqual(['adnan-alkbysy neutral']);
  });

  it('a professor with a doctor\'s title after his university is the speaker, not the city the university is in', () => {
    expect(stancesOf(claimsOf('ويرى أستاذ العلاقات الدولية في جامعة بغداد الدكتور مهند العبيدي أن انسحاب القوات الأمريكية ضرورة وطنية.'))).toEqual(['mhnd-alabydy supports']);
  });
});

describe('the agreement and its timetable in an article about the withdrawal', () => {
  const lead = 'وتستمر الاستعدادات لانسحاب القوات الأمريكية من قاعدة حرير.\n';

  it('keeping to "the agreement" or "the timetable" supports, wherever in the article the withdrawal is named', () => {
    expect(stancesOf(claimsOf(`${lead}وقال مسؤول حكومي عراقي إن "الحكومة ملتزمة بالاتفاق، ولا حاجة لأحد أن يذكّرها به".`))).toEqual(['mswwl-hkwmy-araqy supports']);
    expect(stancesOf(claimsOf(`Preparations for the withdrawal of U.S. troops continue.\nGovernment spokesman Basim al-Awadi said the timetable was "not up for negotiation with anyone".`))).toEqual(['basim-al-awadi supports']);
    // (No change made to it: a denied delay word turns nothing around.)
    expect(stancesOf(claimsOf(`${lead}وقال باسم العوادي إن "الجدول الزمني قائم ولم يطرأ عليه أي تعديل".`))).toEqual(['basim-al-awadi supports']);
  });

  it('an article that never names the withdrawal does not make "the agreement" its own', () => {
    expect(claimsOf('وقال مسؤول حكومي عراقي إن "الحكومة ملتزمة بالاتفاق، ولا حاجة لأحد أن يذكّرها به".')).toEqual([]);
  });

  it('respecting the agreement, then "but", is a concession: mixed', () => {
    const text = `${lead}وقال المتحدث باسم حكومة الإقليم بيشوا هورامي إن "الإقليم يحترم الاتفاق، لكنه يريد أن يكون شريكاً في ما يأتي بعده".`;
    expect(stancesOf(claimsOf(text))).toEqual(['byshwa-hwramy mixed']);
  });

  it('"… بين بغداد وواشنطن ولا يسعى لتعطيله": a verb whose negator carries و goes on with the speaker, not with the names before it', () => {
    const text = `${lead}وقال المتحدث باسم حكومة الإقليم بيشوا هورامي إن "الإقليم يحترم الاتفاق بين بغداد وواشنطن ولا يسعى لتعطيله".`;
    expect(claimsOf(text).map((c) => c.actor.id)).toEqual(['byshwa-hwramy']);
  });
});

describe('the timetable as the agreement, and analogies', () => {
  const lead = 'The two governments agreed on a timetable for the withdrawal of coalition troops from Iraq.\n';

  it('respecting the timetable supports the withdrawal it sets; revisiting it opposes; a timetable not yet settled is no position', () => {
    expect(stancesOf(claimsOf(`${lead}Lawmaker Ahmed Karim said the timetable must be respected.`))).toEqual(['ahmed-karim supports']);
    expect(stancesOf(claimsOf(`${lead}Sen. Mark Dean said Washington should revisit the timetable.`))).toEqual(['mark-dean opposes']);
    expect(claimsOf(`${lead}Spokeswoman Sabrina Hale said the timetable for the transition had not been settled yet.`)).toEqual([]);
  });

  it('an Arabic demand to review the timetable for the withdrawal opposes it; بـ written apart is no part of the name', () => {
    const claims = claimsOf('طالب القيادي في الحزب الديمقراطي الكردستاني دلير عبد الرحمن بـ"مراجعة واقعية" للجدول الزمني لانسحاب القوات.');
    expect(claims.map((c) => [c.actor.name, c.stance])).toEqual([['دلير عبد الرحمن', 'opposes']]);
  });

  it('"would be Afghanistan all over again" opposes; a think tank is no verb of thinking', () => {
    expect(stancesOf(claimsOf('Sen. Lindsey Graham was blunter. "Leaving Iraq now would be Afghanistan all over again," he said in a statement.'))).toEqual(['lindsey-graham opposes']);
    const doyle = claimsOf('Katherine Doyle, a former Pentagon official now at a Washington think tank, argued that keeping a few hundred advisers in Erbil is the cheapest insurance policy the United States has.');
    expect(stancesOf(doyle)).toEqual(['katherine-doyle opposes']);
  });
});

describe('clauses inside a quotation', () => {
  it('"…، والشعب يريد إنهاء الوجود الأجنبي، ولا يبقى إلا القرار السياسي": the speaker holds it; nothing "remains" of the forces', () => {
    const claims = claimsOf('وقال النائب حيدر الساعدي إن "الحكومة لم تعد تملك أي عذر، والشعب يريد إنهاء الوجود الأجنبي، ولا يبقى إلا القرار السياسي".');
    expect(stancesOf(claims)).toEqual(['hydr-alsaady supports']);
  });

  it('calling to stand against what the Americans seek is not wanting it', () => {
    const claims = claimsOf('وقال قائد الثورة الإسلامية علي الخامنئي إن "الأميركيين يسعون إلى تثبيت وجودهم في العراق، وينبغي الوقوف بوجه ذلك".');
    expect(stancesOf(claims)).not.toContain('aly-alkhamnyy opposes');
  });
});

describe('English appositions and corrections', () => {
  it('"X, a senior official in the party, which came first …, said": the person named before the apposition speaks', () => {
    const claims = claimsOf('Rebaz Hamalaw, a senior official in the Kurdistan Democratic Party, which came first among the Kurdish parties, said the presence of coalition forces was "a necessity".');
    expect(stancesOf(claims)).toEqual(['rebaz-hamalaw opposes']);
  });

  it('"not a favour but a necessity" corrects within one clause: the necessity is not negated', () => {
    expect(stancesOf(claimsOf('Lawmaker Rebaz Hamalaw said the presence of coalition forces was "not a favour but a necessity".'))).toEqual(['rebaz-hamalaw opposes']);
  });

  it('"the people said its word" (قال كلمته) inside a quotation is no new speaker; "على الأميركيين أن" obliges', () => {
    const claims = claimsOf('وكتب الأمين العام لعصائب أهل الحق قيس الخزعلي: «الشعب قال كلمته، والبرلمان قال كلمته، وعلى الأميركيين أن يحزموا أمتعتهم».');
    expect(stancesOf(claims)).toEqual(['qais-al-khazali supports']);
  });
});

describe('verbs of ending, anonymity and allowing', () => {
  it('"على واشنطن أن تنهي وجودها" ends the presence: support, not opposition', () => {
    const claims = claimsOf('وقال المتحدث باسم الخارجية الإيرانية ناصر كنعاني إن "وجود القوات الأمريكية مصدر لعدم الاستقرار، وعلى واشنطن أن تنهي وجودها في المنطقة".');
    expect(stancesOf(claims)).toEqual(['nasser-kanaani supports']);
  });

  it('asking not to be named (طالباً عدم الكشف عن هويته) is no demand, and a body after ل is never the speaker', () => {
    expect(stancesOf(claimsOf('وقال مصدر أمني، طالباً عدم الكشف عن هويته، إن "انسحاب القوات سيبدأ قريبا".'))).toEqual(['msdr-amny neutral']);
    expect(claimsOf('وعلّق قيادي في فصيل عراقي مسلح موالٍ لإيران أن "على الأميركيين أن يحزموا حقائبهم".').map((c) => c.actor.id)).not.toContain('iran');
  });

  it('not allowing any delay of the withdrawal supports it (عدم السماح بأي تسويف)', () => {
    expect(stancesOf(claimsOf('ودعا النائب جاسم الموسوي الحكومة إلى "متابعة تنفيذ الاتفاق بدقة وعدم السماح بأي تسويف في انسحاب القوات".'))).toEqual(['jasm-almwswy supports']);
  });

  it('"the minister" before a name is his title', () => {
    expect(stancesOf(claimsOf('وقال الوزير صالح الحسني إن "الحكومة ماضية في إنهاء مهمة التحالف".'))).toEqual(['salh-alhsny supports']);
  });
});

describe('nouns that look like verbs, and the people invoked', () => {
  it('"the coalition\'s air support" is a noun: the speaker, not the coalition, holds the position', () => {
    const claims = claimsOf('Former prime minister Nouri al-Maliki told a television interview that Iraq "still needs the coalition\'s air support and intelligence" and that talk of a quick exit was "premature."');
    expect(claims.map((c) => [c.actor.id, c.stance])).toEqual([['maliki', 'opposes']]);
  });

  it('a speaker invoking what the people want ("العراقيون يريدون …") holds it too; "ملزمة بإنهاء" obliges', () => {
    const claims = claimsOf('وقال النائب المستقل سجاد سالم إن "العراقيين يريدون دولة ذات سيادة كاملة، وهذا يتطلب خروج جميع القوات الأجنبية".');
    expect(stancesOf(claims)).toContain('sjad-salm supports');
    expect(stancesOf(claimsOf('وعدّ عضو تحالف الفتح علي الفتلاوي أن "الحكومة ملزمة بإنهاء التواجد الأجنبي".'))).toEqual(['aly-alftlawy supports']);
  });
});

describe('names of the coalition and aims', () => {
  it('"the coalition against ISIS" names the coalition; a dialogue aimed at ending its mission supports the end', () => {
    const claims = claimsOf('وذكر المكتب الإعلامي لرئيس مجلس الوزراء محمد شياع السوداني أن السوداني "رعى انطلاق الحوار الثنائي الهادف إلى إنهاء المهمة العسكرية للتحالف ضد داعش".');
    expect(stancesOf(claims)).toContain('sudani supports');
    expect(stancesOf(claims)).not.toContain('sudani opposes');
  });
});

describe('attitudes after a name, hopes and conditions after the cue', () => {
  it('أبدى X تفاؤله: the attitude noun ends the name; "نأمل أن تبقى القوات" hopes they stay, opposed to withdrawal while the danger lasts', () => {
    const claims = claimsOf('أبدى المتحدث باسم الحزب الديمقراطي الكردستاني محمود محمد تفاؤله، وقال إن "الإقليم شريك موثوق، ونأمل أن تبقى القوات الأميركية في كردستان ما دام خطر الإرهاب موجوداً".');
    expect(claims.map((c) => [c.actor.name, c.stance, c.qualifiers])).toEqual([['محمود محمد', 'opposes', ['conditional']]]);
  });
});

describe('words told apart as written, and corrections', () => {
  it('بيّن written with its shadda is a verb of saying; بين without it stays "between"', () => {
    const claims = claimsOf('من جانبه، بيّن عضو المكتب السياسي لحزب التقدم الوطني سامر الجبوري أن "انسحاب القوات الأجنبية ضرورة وطنية".');
    expect(claims.map((c) => [c.actor.name, c.stance])).toEqual([['سامر الجبوري', 'supports']]);
    expect(claimsOf('وعُقد اللقاء بين عضو المكتب السياسي سامر الجبوري والوفد، وتناول انسحاب القوات الأجنبية.')).toEqual([]);
  });

  it('بقايا (remnants) is not بقاء (staying), whose hamza folds to the same ya', () => {
    expect(claimsOf('وقال المحلل الأمني كريم الموسوي إن "القوات الأمنية ضرورية لملاحقة بقايا القوات الإرهابية".')).toEqual([]);
    expect(stancesOf(claimsOf('وقال المحلل الأمني كريم الموسوي إن "بقاء القوات الأمريكية ضروري لملاحقة داعش".'))).toEqual(['krym-almwswy opposes']);
  });

  it('على is not the surname of a person named … علي', () => {
    const claims = claimsOf('وقال الباحث السياسي حسن علي إن الحوار مستمر. وأفاد متحدث باسم السفارة بأن واشنطن تعمل على دعم الحكومة، دون أن يعلق على مستقبل وجود القوات.');
    expect(claims.filter((c) => c.actor.name === 'حسن علي')).toEqual([]);
  });

  it('"نهاية وجود التحالف" ends the presence: the speaker supports the end', () => {
    expect(stancesOf(claimsOf('وقال المتحدث باسم الحكومة باسم العوادي إن "أيلول 2026 هو نهاية وجود التحالف الدولي في عموم العراق".'))).toEqual(['basim-al-awadi supports']);
  });

  it('"ليس انسحاباً بل إعادة تموضع" describes what happened; "لا يختلف عن" is no negation of the presence', () => {
    const claims = claimsOf('وقال المتحدث باسم حركة الأوفياء إن "ما حصل ليس انسحاباً بل إعادة انتشار، ووجود القوات الأميركية في الشمال احتلال لا يختلف عن وجودها في بغداد".');
    expect(claims.map((c) => [c.actor.name, c.stance])).toEqual([['حركة الأوفياء', 'supports']]);
  });

  it('a correction that puts another issue word in place of the cue keeps both (لا نريد انسحاب القوات، بل نريد إنهاء المهمة)', () => {
    const claims = claimsOf('وقال مسؤول عسكري عراقي إن "بغداد لا تريد انسحاب القوات، بل تريد إنهاء مهمة التحالف القتالية".');
    expect(claims.map((c) => c.stance)).toEqual(['mixed']);
  });
});

describe('qualified officials', () => {
  it('"a senior Iraqi official" and "مسؤول عراقي رفيع" are actors of their own, not the listed Iraqi officials', () => {
    const english = claimsOf('"For us the important thing is that the coalition\'s mission ends," a senior Iraqi official involved in the negotiations said.');
    expect(english.map((c) => [c.actor.name, c.actor.partOf, c.stance])).toEqual([['senior Iraqi official', ['iraq-gov'], 'supports']]);
    const arabic = claimsOf('وقال مسؤول عراقي رفيع إن "انسحاب القوات الأجنبية ضرورة".');
    expect(arabic.map((c) => [c.actor.name, c.stance])).toEqual([['مسؤول عراقي رفيع', 'supports']]);
  });

  it('"current and former U.S. officials" are the officials themselves', () => {
    const claims = claimsOf('The troops should stay in Iraq beyond the deadline, according to current and former U.S. officials.');
    expect(claims.map((c) => c.actor.id)).not.toContain('former-u-s-officials');
  });
});

describe('clauses joined after a comma', () => {
  it('"…، ولن يقبل أن تُفتح مفاوضات" says something else: the demand before the comma stands', () => {
    const claims = claimsOf('وقال القيادي في الإطار ماجد الحسني إن "الإطار يطالب بإنهاء مهمة التحالف في موعدها، ولن يقبل أن تُفتح مفاوضات جديدة".');
    expect(claims.map((c) => [c.actor.name, c.stance])).toEqual([['ماجد الحسني', 'supports']]);
  });

  it('… unless it turns a delay word back on the cue ("…، ولن تقبل بأي تسويف")', () => {
    const claims = claimsOf('وقال النائب سالم العبيدي إن "الكتلة تقف خلف الحكومة في تنفيذ الاتفاق على انسحاب القوات الأجنبية، ولن تقبل بأي تسويف".');
    expect(claims.map((c) => [c.actor.name, c.stance])).toEqual([['سالم العبيدي', 'supports']]);
  });
});

describe('English nouns of wanting after a preposition', () => {
  it('"with American air support" is a noun: the fighters named before it are not speakers', () => {
    const claims = claimsOf('The Peshmerga fought ISIS with American air support, and a withdrawal now would be a disaster, Delovan Sindi said.');
    expect(claims.map((c) => [c.actor.name, c.stance])).toEqual([['Delovan Sindi', 'opposes']]);
  });

  it('a verb in the past after a preposition is still the verb ("groups aligned with Iran have welcomed")', () => {
    const claims = claimsOf('Armed groups aligned with Iran have welcomed the withdrawal of US forces.');
    expect(claims.map((c) => c.stance)).toEqual(['supports']);
  });
});

describe('reported requests, questions and points in time', () => {
  it('"مصدر سياسي مطلع" is one source; the parties it reports asking to delete the withdrawal clause oppose it', () => {
    const claims = claimsOf('وكشف مصدر سياسي مطلع أن "بعض القوى السنية والكردية طلبت من الإطار حذف فقرة الانسحاب من البرنامج الحكومي".');
    expect(claims.map((c) => [c.actor.name, c.stance])).toEqual([['القوى السنية', 'opposes'], ['القوى الكردية', 'opposes']]);
  });

  it('عضو المكتب السياسي للحركة X: the body after ل is not part of the name', () => {
    const claims = claimsOf('وأوضح عضو المكتب السياسي للحركة حسن الغزي أن "مطلبنا جدولة إنهاء الوجود الأجنبي".');
    expect(claims.map((c) => [c.actor.name, c.stance])).toEqual([['حسن الغزي', 'supports']]);
  });

  it('a verb inside a question put to the speaker (ما إذا كانت الحكومة ستطلب …) is nobody\'s statement', () => {
    const claims = claimsOf('ورداً على سؤال عما إذا كانت الحكومة قد تطلب تمديد بقاء القوات، قال وزير الدفاع ثابت العباسي: "لا يوجد أي طلب، والانسحاب سيتم في موعده".');
    expect(claims.map((c) => c.actor.id)).not.toContain('iraq-gov');
  });

  it('"بعد انتهاء المهمة" dates the presence wanted; it does not end it: a stay after the mission ends is mixed', () => {
    const claims = claimsOf('وقال دبلوماسي أوروبي إن "بلاده تريد الإبقاء على وجود تدريبي محدود بعد انتهاء المهمة".');
    expect(claims.map((c) => c.stance)).toEqual(['mixed']);
  });

  it('"لكننا" starts a clause of its own: "لسنا ضد خروج التحالف، لكننا ضد الفراغ" concedes the exit and holds part back (mixed)', () => {
    const claims = claimsOf('وقال النائب حيدر المشهداني: "نحن لسنا ضد خروج التحالف، لكننا ضد أن يُملأ الفراغ بفصائل خارج الدولة".');
    expect(claims.map((c) => [c.actor.name, c.stance])).toEqual([['حيدر المشهداني', 'mixed']]);
  });
});

describe('English lobbying and degrees', () => {
  it('"have lobbied Washington to keep troops … for as long as possible": the lobbyists oppose withdrawal, with no condition', () => {
    const [claim] = claimsOf('Kurdish officials have lobbied American diplomats to keep troops at Harir air base for as long as possible.');
    expect(claim).toMatchObject({ actor: { name: 'Kurdish officials' }, stance: 'opposes', qualifiers: [] });
  });

  it('"as long as" before a clause is still a condition', () => {
    const [claim] = claimsOf('Kurdish officials said US troops should stay as long as ISIS remains a threat.');
    expect(claim?.qualifiers).toContain('conditional');
  });
});

describe('English groups inside a body', () => {
  it('"a senior official in Kataib Sayyid al-Shuhada" is named with his body and belongs to it', () => {
    const [claim] = claimsOf('"Every foreign soldier must leave Iraq," a senior official in Kataib Sayyid al-Shuhada told reporters.');
    expect(claim).toMatchObject({ actor: { name: 'senior official in Kataib Sayyid al-Shuhada', partOf: ['kataib-sayyid-al-shuhada'] }, stance: 'supports' });
  });

  it('"the party" after such an official is the party he belongs to', () => {
    const claims = claimsOf('A senior official in the Kurdistan Democratic Party, who asked not to be named, said the party would oppose any withdrawal of US forces.');
    expect(claims.map((c) => [c.actor.id, c.stance])).toContainEqual(['kdp', 'opposes']);
  });

  it('"Officials in the Kurdistan Democratic Party" need no modifier in front to be a group of the party', () => {
    const [claim] = claimsOf('Officials in the Kurdistan Democratic Party say the remaining US troops should stay.');
    expect(claim).toMatchObject({ actor: { name: 'Officials in the Kurdistan Democratic Party', partOf: ['kdp'] }, stance: 'opposes' });
  });
});

describe('English quotations before a titled speaker, and rejected revisions', () => {
  it('a quotation of two sentences before "Prime Minister X told VOA" is what he said', () => {
    const claims = claimsOf('The agreement sets a date to end the coalition\'s mission. "Syria has changed everything. We are asking our friends to look again at the timetable before it is too late," Kurdistan Region Prime Minister Masrour Barzani told VOA.');
    expect(claims.map((c) => [c.actor.id, c.stance])).toContainEqual(['masrour-barzani', 'opposes']);
  });

  it('rejecting any talk of revisiting the agreement keeps to it', () => {
    const claims = claimsOf('The agreement sets a date to end the coalition\'s mission. Government spokesman Bassem al-Awadi rejected any talk of revisiting the agreement.');
    expect(claims.map((c) => [c.actor.id, c.stance])).toEqual([['basim-al-awadi', 'supports']]);
  });
});

describe('a body named in quotation marks', () => {
  it('قيادي في «الإطار التنسيقي» قال: the leader inside the quoted body speaks', () => {
    const claims = claimsOf('وقال قيادي في «الإطار التنسيقي» للصحيفة إن «خروج القوات الأجنبية مطلب لا تراجع عنه».');
    expect(claims.map((c) => [c.actor.name, c.actor.partOf, c.stance])).toEqual([['قيادي في الإطار التنسيقي', ['coordination-framework'], 'supports']]);
  });

  it('… and before its verb, the closing mark does not hide him (لكن قيادياً في «الإطار التنسيقي» قال)', () => {
    const claims = claimsOf('لكن قيادياً في «الإطار التنسيقي» قال للصحيفة إن «خروج القوات الأجنبية مطلب لا تراجع عنه».');
    expect(claims.map((c) => [c.actor.name, c.stance])).toEqual([['قياديا في الإطار التنسيقي', 'supports']]);
  });
});

describe('hasty withdrawals', () => {
  it('"أي انسحاب متعجل سيترك البيشمركة وحدها" opposes a rapid withdrawal', () => {
    const [claim] = claimsOf('وقالت النائبة شيرين محسن إن "أي انسحاب متعجل سيترك البيشمركة وحدها في مواجهة التنظيم".');
    expect(claim).toMatchObject({ actor: { name: 'شيرين محسن' }, stance: 'opposes', qualifiers: ['rapid'] });
  });
});

describe('sources behind an outlet, and security officials by office', () => {
  it('نقلت «الميادين» عن مصدر في الإطار التنسيقي: the source behind the quoted outlet speaks', () => {
    const claims = claimsOf('وفي السياق، نقلت «الميادين» عن مصدر في الإطار التنسيقي، قوله إنّ «إنهاء مهمة التحالف الدولي مطلب لا تراجع عنه».');
    expect(claims.map((c) => [c.actor.name, c.stance])).toEqual([['مصدر في الإطار التنسيقي', 'supports']]);
  });

  it('المسؤول الأمني لكتائب حزب الله، X،: the person named between commas after the office speaks', () => {
    const claims = claimsOf('وقال المسؤول الأمني لكتائب حزب الله، سعد الموسوي، إنّ «خروج القوات الأميركية واجب وطني».');
    expect(claims.map((c) => [c.actor.name, c.stance])).toEqual([['سعد الموسوي', 'supports']]);
  });
});

describe('English names with al-, relative clauses with whose, and needing soldiers', () => {
  it('"Brig. Gen. Saad Hamid al-Fahdawi, whose division …, told" is one speaker, and "we do not need foreign soldiers" supports', () => {
    const claims = claimsOf('Iraqi Brig. Gen. Saad Hamid al-Fahdawi, whose 7th Division now takes over the base, told reporters that his troops were ready. "We thank our partners," he said. "We do not need foreign soldiers at Ain al-Asad anymore."');
    expect(claims.map((c) => [c.actor.name, c.stance])).toEqual([['Saad Hamid al-Fahdawi', 'supports']]);
  });
});

describe('English evaluations after a long subject, and conditions on a presence', () => {
  it('"the presence of coalition forces in the region was … a necessity as long as ISIS is active": opposed while the danger lasts', () => {
    const [claim] = claimsOf('Rebaz Hamalaw, a senior official in the Kurdistan Democratic Party, said the presence of coalition forces in the region was "not a favour to anyone but a necessity as long as ISIS cells are active".');
    expect(claim).toMatchObject({ actor: { name: 'Rebaz Hamalaw' }, stance: 'opposes', qualifiers: ['conditional'] });
  });

  it('a withdrawal accepted only on a condition stays mixed', () => {
    const [claim] = claimsOf('Kurdish lawmaker Dara Salih said the party would accept a withdrawal only if Iraqi forces could secure the borders on their own.');
    expect(claim?.stance).toBe('mixed');
  });
});

describe('a handover judged', () => {
  it('calling the handover of a base "يوماً سيادياً" and the exit "الخيار الصحيح" supports the withdrawal', () => {
    const claims = claimsOf('وصف القيادي في منظمة بدر كريم الوائلي تسلم القاعدة بأنه "يوم سيادي"، معتبرا أن "خروج القوات الأجنبية من القاعدة كان الخيار الصحيح".');
    expect(claims.map((c) => [c.actor.name, c.stance])).toEqual([['كريم الوائلي', 'supports']]);
  });
});

describe('a withdrawal said to come on schedule', () => {
  it('"ستكتمل في موعدها" with the forces leaving supports, where nothing else judges it', () => {
    const claims = claimsOf('وقال قائد القوات البرية الفريق الركن حامد الزهيري إن "المرحلة الأخيرة ستكتمل في موعدها بخروج قوات التحالف من قاعدة حرير".');
    expect(claims.map((c) => [c.actor.name, c.stance])).toEqual([['حامد الزهيري', 'supports']]);
  });

  it('English: "will be completed as agreed" with the troops leaving supports', () => {
    const claims = claimsOf('Defense Minister aide Omar Rikabi said the departure of US troops from Baghdad "will be completed as agreed".');
    expect(claims.map((c) => c.stance)).toEqual(['supports']);
  });

  it('a schedule word does not outweigh a warning against delay ("أي تأخير في تنفيذ الانسحاب في موعده")', () => {
    const claims = claimsOf('وحذرت حركة النجباء من أن "أي تأخير في تنفيذ الانسحاب في موعده سيواجه بالرد".');
    expect(claims.map((c) => [c.actor.id, c.stance])).toEqual([['nujaba', 'supports']]);
  });
});

describe('litotes, pretexts and respect', () => {
  it('"لا نخفي أننا نريد بقاءهم" (we do not hide that we want them to stay) opposes withdrawal', () => {
    const claims = claimsOf('وقال القيادي في الحزب الديمقراطي الكردستاني هوشيار زيباري إن "الإقليم لا يخفي أنه يريد بقاء القوات الأميركية".');
    expect(claims.map((c) => [c.actor.name, c.stance])).toEqual([['هوشيار زيباري', 'opposes']]);
  });

  it('attacks that "تمنح ذريعة لبقاء القوات" (give a pretext for the forces to stay) are argued against by one who wants them out', () => {
    const claims = claimsOf('وقال النائب رعد الحيدري إن "القصف العشوائي يمنح ذريعة لبقاء القوات الأجنبية".');
    expect(claims.map((c) => [c.actor.name, c.stance])).toEqual([['رعد الحيدري', 'supports']]);
  });

  it('respecting the decision to end the mission supports it', () => {
    const claims = claimsOf('وقال المتحدث باسم وزارة الخارجية الإسبانية خوسيه ألباريس إن "مدريد تحترم قرار العراق بإنهاء مهمة التحالف".');
    expect(claims.map((c) => [c.actor.name, c.stance])).toEqual([['خوسيه ألباريس', 'supports']]);
  });
});

describe('a dateline with the outlet in brackets', () => {
  it('"البصرة (السومرية نيوز) أكد رئيس …": the verb after the bracketed outlet takes the subject after it, not the city', () => {
    const claims = claimsOf('السومرية نيوز\n2025-02-01\n\nالبصرة (السومرية نيوز) أكد رئيس حركة الأبدال ناصر الشمري أن "خروج القوات الأجنبية مطلب شعبي".');
    expect(claims.map((c) => [c.actor.name, c.stance])).toEqual([['ناصر الشمري', 'supports']]);
  });
});

describe('English people introduced in apposition, and quoted bodies before a name', () => {
  it('"In a market in Basra, Ali Hashem, a 40-year-old teacher, …. \\"…,\\" he said": the quotation is the person introduced', () => {
    const claims = claimsOf('Reuters\n3 Mar 2025\n\nIn a market in Basra, Ali Hashem, a 40-year-old teacher, counted his change. "We do not need foreign soldiers here. The Americans should leave," he said.');
    expect(claims.map((c) => [c.actor.name, c.stance])).toEqual([['Ali Hashem', 'supports']]);
  });

  it('"The cafe\'s owner, Haidar Jabbar, was … \"…,\" he said": a name set off after a possessive office noun is the person introduced', () => {
    const claims = claimsOf('Reuters\n3 Mar 2025\n\nThe shop\'s owner, Kamal Aziz, was more worried about prices. "The Americans should leave Iraq," he said.');
    expect(claims.map((c) => [c.actor.name, c.stance])).toEqual([['Kamal Aziz', 'supports']]);
  });

  it('"X, a spokesman for Y, one of …, said": the person before a long apposition speaks, not the body', () => {
    const claims = claimsOf('Kadhim al-Fartousi, a spokesman for Kataib Hezbollah, one of the strongest of the armed groups, said the Americans must leave Iraq.');
    expect(claims.map((c) => c.actor.name)).toEqual(['Kadhim al-Fartousi']);
  });

  it('"القيادي في ائتلاف «الوطنية»، سالم الجبوري،": the name after the quoted body is the speaker', () => {
    const claims = claimsOf('ويقول القيادي في ائتلاف «الوطنية»، سالم الجبوري، لـ«المدى»: «لسنا مع بقاء القوات الأجنبية».');
    expect(claims.map((c) => [c.actor.name, c.stance])).toEqual([['سالم الجبوري', 'supports']]);
  });

  it('refusing foreign bases and the American deployment (الانتشار الأميركي) supports withdrawal', () => {
    const claims = claimsOf('وقال الأمين العام لحركة الأبدال ناصر الشمري إن "الحركة لن تقبل بالانتشار الأميركي في الأنبار".');
    expect(claims.map((c) => [c.actor.name, c.stance])).toEqual([['ناصر الشمري', 'supports']]);
  });
});

describe('colloquial names of the Americans and the root of the trouble', () => {
  it('"إخراج الأمريكان … خطأ" (getting the Americans out … is a mistake) opposes withdrawal', () => {
    const claims = claimsOf('وقال النائب عن محافظة نينوى شيروان الدوبرداني إن "إخراج الأمريكان من سنجار الآن خطأ كبير".');
    expect(claims.map((c) => [c.actor.name, c.stance])).toEqual([['شيروان الدوبرداني', 'opposes']]);
  });

  it('calling the presence "أصل البلاء" (the root of the calamity) supports withdrawal', () => {
    const claims = claimsOf('وقال الشيخ عدنان الشحماني إن "وجود القوات الأجنبية أصل البلاء في هذا البلد".');
    expect(claims.map((c) => c.stance)).toEqual(['supports']);
  });
});

describe('until, made clear, and a timetable for the presence', () => {
  it('"will not hand over their weapons until all foreign forces have gone" supports withdrawal: the negation is on the disarming', () => {
    const claims = claimsOf('Reuters\nMay 2, 2025\n\nThe Badr Organisation has said it will not hand over its weapons until all foreign forces have gone.');
    expect(claims.map((c) => [c.actor.id, c.stance])).toEqual([['badr', 'supports']]);
  });

  it('"troops will stay until the government asks them to leave" stays a presence, not a demand', () => {
    const claims = claimsOf('General Mark Doyle said US troops will stay until the Iraqi government asks them to leave.');
    expect(claims.map((c) => c.stance)).not.toContain('supports');
  });

  it('"Kurdish officials have made clear they want US advisers to remain" is the officials\' position', () => {
    const claims = claimsOf('Kurdish officials have made clear they want US advisers to remain in Erbil.');
    expect(claims.map((c) => [c.actor.name, c.stance])).toEqual([['Kurdish officials', 'opposes']]);
  });

  it('"جدول زمني لوجود القوات" (a timetable for the forces\' presence) supports withdrawal', () => {
    const claims = claimsOf('وقالت وزارة الخارجية العراقية إنها تطالب بوضع جدول زمني لوجود قوات التحالف.');
    expect(stancesOf(claims)).toContain('iraq-mofa supports');
    expect(claims.map((c) => c.stance)).not.toContain('opposes');
  });
});

describe('ل after a noun in ة completes the noun', () => {
  it('"أي محاولة لتمديد الوجود الأجنبي ستواجه بالرفض" (any attempt to extend the presence will be rejected) supports withdrawal', () => {
    const claims = claimsOf('وقال القيادي في تيار الحكمة سامي الموسوي إن "أي محاولة لتمديد الوجود الأجنبي ستواجه برفض شعبي".');
    expect(claims.map((c) => [c.actor.name, c.stance])).toEqual([['سامي الموسوي', 'supports']]);
  });

  it('after a definite name in ة the ل still states a purpose ("… والولايات المتحدة لإنهاء مهمة التحالف")', () => {
    const claims = claimsOf('وقال المتحدث باسم الحكومة حسن الأسدي إن بغداد تستضيف جولة حوار بين العراق والولايات المتحدة لإنهاء مهمة التحالف.');
    expect(claims.map((c) => c.stance)).toContain('supports');
  });
});

describe('a pronoun opening a joined clause, and wars brought', () => {
  it('"وجود القوات الأجنبية لم يجلب سوى الخراب، ونحن نؤيد إنهاءه" supports withdrawal, not mixed', () => {
    const claims = claimsOf('وقال وزير الخارجية السوري فيصل المقداد إن "وجود القوات الأجنبية في المنطقة لم يجلب سوى الخراب، ونحن نؤيد إنهاء هذا الوجود".');
    expect(claims.map((c) => [c.actor.name, c.stance])).toEqual([['فيصل المقداد', 'supports']]);
  });
});

describe('a known person after a comma, a quotation before هكذا, and no harm', () => {
  it('"رئيس إقليم كردستان، نيجيرفان بارزاني،": the known person speaks, not a person named "إقليم كردستان"', () => {
    const claims = claimsOf('وقال رئيس إقليم كردستان، نيجيرفان بارزاني، إن "بقاء قوات التحالف في الإقليم ضرورة".');
    expect(claims.map((c) => [c.actor.id, c.stance])).toEqual([['nechirvan-barzani', 'opposes']]);
  });

  it('"«…»، هكذا علّق النائب X": the quotation before هكذا is his, and "لا ضير" in extending the stay opposes withdrawal', () => {
    const claims = claimsOf('"لا ضير في تمديد بقاء المستشارين الأميركيين عاماً آخر"، هكذا علّق النائب عن حزب تقدم ليث الدليمي على البيان.');
    expect(claims.map((c) => [c.actor.name, c.stance])).toEqual([['ليث الدليمي', 'opposes']]);
  });
});

describe('a transition to bilateral security ties', () => {
  it('English: "remains committed to the transition to a bilateral security partnership" supports the agreed end', () => {
    const claims = claimsOf('A State Department spokesperson, Tammy Bruce, said Washington "remains committed to the transition to a bilateral security partnership" with Baghdad.');
    expect(claims.map((c) => c.stance)).toContain('supports');
  });

  it('Arabic: "الانتقال إلى علاقات أمنية ثنائية" as the aim supports it', () => {
    const claims = claimsOf('وقال وزير الدفاع ثابت العباسي إن العراق ماضٍ في الانتقال إلى علاقات أمنية ثنائية مع دول التحالف.');
    expect(claims.map((c) => [c.actor.id, c.stance])).toEqual(expect.arrayContaining([['thabet-al-abbasi', 'supports']]));
  });
});

describe('a fixed schedule for the presence', () => {
  it('a deadline "غير قابل للتمديد" (not open to extension) still supports: the limit does not reach an extension it does not govern', () => {
    const claims = claimsOf('وطالب النائب حسن سالم الحكومة بإعلان "موعد نهائي وغير قابل للتمديد" لخروج القوات الأجنبية.');
    expect(claims.map((c) => [c.actor.name, c.stance])).toEqual([['حسن سالم', 'supports']]);
  });

  it('English: "a fixed schedule for the coalition\'s presence" is a withdrawal cue, not a presence endorsed', () => {
    const claims = claimsOf('Iraq\'s Foreign Ministry said the talks must produce "a fixed schedule" for the coalition\'s presence.');
    expect(claims.map((c) => [c.actor.id, c.stance])).toEqual([['iraq-mofa', 'supports']]);
  });
});

describe('circles and sides as speakers', () => {
  it('"أوساط حكومية" (government circles) and "أطراف سنية" (Sunni sides) are group actors with their own positions', () => {
    const claims = claimsOf('وتؤكد أوساط حكومية أن خروج القوات الأجنبية مطلب وطني. في المقابل تخشى أطراف سنية أن يؤدي الانسحاب إلى فراغ أمني.');
    expect(claims.map((c) => [c.actor.name, c.stance])).toEqual([
      ['أوساط حكومية', 'supports'],
      ['أطراف سنية', 'opposes'],
    ]);
  });
});

describe('مشدداً continues the speaker and starts what he stresses', () => {
  it('an evaluation after "، مشدداً على" does not weigh on the cue before it', () => {
    const claims = claimsOf('وقال النائب كاظم الشمري إن "القصف العشوائي يمنح الذرائع لبقاء القوات الأجنبية"، مشدداً على ضرورة حصر السلاح بيد الدولة.');
    expect(claims.map((c) => [c.actor.name, c.stance])).toEqual([['كاظم الشمري', 'supports']]);
  });
});

describe('dragging Iraq into conflicts', () => {
  it('a presence called a cause of threats and a justification for dragging Iraq into conflicts supports withdrawal', () => {
    const claims = claimsOf('وقال النائب كاظم الشمري إن "وجود القوات الأجنبية بات سبباً لتهديد الأمن ومبرراً لإقحام العراق في صراعات المنطقة".');
    expect(claims.map((c) => [c.actor.name, c.stance])).toEqual([['كاظم الشمري', 'supports']]);
  });
});

describe('vacating the bases', () => {
  it('insisting on a final date "لإخلاء القواعد" (to vacate the bases) supports withdrawal', () => {
    const claims = claimsOf('وأصرت وزارة الخارجية العراقية على أن يكون نيسان موعداً نهائياً لإخلاء القواعد في الأنبار.');
    expect(stancesOf(claims)).toContain('iraq-mofa supports');
  });
});

describe('English scene-setting before the speaker', () => {
  it('"At the hearing, Senator X warned against …": what he said follows the verb', () => {
    const claims = claimsOf('At the hearing, Senator Lindsey Graham warned against a hasty withdrawal of US troops from Iraq.');
    expect(claims.map((c) => [c.actor.id, c.stance])).toEqual([['lindsey-graham', 'opposes']]);
  });

  it('a statement before ", Senator X said on Tuesday" is still his', () => {
    const claims = claimsOf('US troops must leave Iraq now, Senator Lindsey Graham said on Tuesday.');
    expect(claims.map((c) => [c.actor.id, c.stance])).toEqual([['lindsey-graham', 'supports']]);
  });
});

describe('a member speaking of her party', () => {
  it('an MP "عن" a party who says what the party wants holds that position too', () => {
    const claims = claimsOf('قالت النائبة عن الحزب الديمقراطي الكردستاني جوان عمر إن "الحزب يرفض انسحاب القوات الأمريكية من الإقليم".');
    expect(stancesOf(claims).sort()).toEqual(['jwan-amr opposes', 'kdp opposes']);
  });
});

describe('a party named again after ل', () => {
  it('"المكتب السياسي للحزب" (ل + الحزب) is the party named before', () => {
    const claims = claimsOf('اجتمع قادة الحزب الديمقراطي الكردستاني في أربيل. وقال المكتب السياسي للحزب في بيان إن "انسحاب القوات الأمريكية من الإقليم خطأ كبير".');
    expect(stancesOf(claims)).toEqual(['kdp opposes']);
  });
});

describe('rejecting stances and regret', () => {
  it('"موقفه الرافض لـ" (its rejecting position on) a withdrawal opposes it', () => {
    expect(stancesOf(claimsOf('وجدد الحزب الديمقراطي الكردستاني في بيان موقفه الرافض لانسحاب القوات الأمريكية من الإقليم.'))).toEqual(['kdp opposes']);
  });

  it('nobody will be sad about the withdrawal supports it; being sad about it opposes it', () => {
    expect(stancesOf(claimsOf('وقال المحلل السياسي كريم الموسوي إن "لا أحد سيحزن على انسحاب القوات الأمريكية".'))).toEqual(['krym-almwswy supports']);
    expect(stancesOf(claimsOf('Political analyst Karim Nasrawi said many Iraqis would be sad to see the withdrawal of US troops.'))).toEqual(['karim-nasrawi opposes']);
  });

  it('a withdrawal that sends the region back to square one (المربع الأول) is opposed', () => {
    expect(stancesOf(claimsOf('وقال المحلل السياسي كريم الموسوي إن "انسحاب القوات الأمريكية الآن سيعيد البلاد إلى المربع الأول".'))).toEqual(['krym-almwswy opposes']);
  });
});

describe('whose interest a withdrawal serves', () => {
  it('serving the region\'s security supports it; serving a rival opposes it', () => {
    expect(stancesOf(claimsOf('وقال المحلل السياسي كريم الموسوي إن "خروج القوات الأجنبية يصب في مصلحة استقرار العراق".'))).toEqual(['krym-almwswy supports']);
    expect(stancesOf(claimsOf('وقال المحلل السياسي كريم الموسوي إن "خروج القوات الأجنبية يصب في مصلحة داعش".'))).toEqual(['krym-almwswy opposes']);
  });
});

describe('a delay word that is itself negated', () => {
  it('"من دون إبطاء" (without slowing) and "without any delay" urge the withdrawal on', () => {
    expect(stancesOf(claimsOf('وطالب المحلل السياسي كريم الموسوي الحكومة بإنهاء مهمة التحالف الدولي من دون إبطاء.'))).toEqual(['krym-almwswy supports']);
    expect(stancesOf(claimsOf('Political analyst Karim Nasrawi said US troops must leave Iraq without any delay.'))).toEqual(['karim-nasrawi supports']);
  });

  it('a delay that is not negated still turns the withdrawal around', () => {
    expect(stancesOf(claimsOf('وطالب المحلل السياسي كريم الموسوي الحكومة بتأجيل إنهاء مهمة التحالف الدولي.'))).toEqual(['krym-almwswy opposes']);
  });
});

describe('a second title after the comma, and prices paid', () => {
  it('"عضو لجنة …، النائب X،" — the MP named after the comma speaks, not the committee', () => {
    const claims = claimsOf('وقال عضو لجنة الأمن والدفاع النيابية، النائب جاسم الكعبي، إن "بقاء القوات الأمريكية خطر على السيادة".');
    expect(stancesOf(claims)).toEqual(['jasm-alkaby supports']);
  });

  it('a withdrawal whose price the people pay (سيدفع ثمنه) is opposed', () => {
    expect(stancesOf(claimsOf('وقال المحلل السياسي كريم الموسوي إن "الانسحاب المفاجئ للقوات الأمريكية سيدفع ثمنه العراقيون".'))).toEqual(['krym-almwswy opposes']);
  });
});

describe('the coalition\'s military mission, and what وفق introduces', () => {
  it('"المهمة العسكرية للتحالف انتهت" said by an embassy supports the end, and "وفق الالتزامات، والولايات المتحدة" names no source', () => {
    const claims = claimsOf('أما السفارة الأمريكية في بغداد فقالت في بيان إن "المهمة العسكرية للتحالف انتهت وفق الالتزامات المتبادلة، والولايات المتحدة ستواصل التعاون مع العراق".');
    expect(stancesOf(claims)).toEqual(['us-embassy-baghdad supports']);
  });
});

describe('what the forces themselves want', () => {
  it('"الأمريكيين يريدون البقاء" reported by an analyst is not his demand to stay', () => {
    expect(stancesOf(claimsOf('ويعتقد المحلل السياسي كريم الموسوي أن "الأمريكيين يريدون البقاء تحت عنوان جديد".'))).toEqual(['krym-almwswy neutral']);
    expect(stancesOf(claimsOf('ويعتقد المحلل السياسي كريم الموسوي أن "العراق يريد بقاء القوات الأمريكية".'))).not.toContain('krym-almwswy neutral');
  });
});

describe('nothing changes the necessity', () => {
  it('"لا يغير شيئاً في ضرورة خروج" keeps the necessity: the negator belongs to "change"', () => {
    expect(stancesOf(claimsOf('ويرى المحلل السياسي كريم الموسوي أن التطورات في سوريا لا تغير شيئاً في ضرورة خروج القوات الأمريكية.'))).toEqual(['krym-almwswy supports']);
    expect(stancesOf(claimsOf('Political analyst Karim Nasrawi said the fighting in Syria does not change the fact that US troops must leave Iraq.'))).toEqual(['karim-nasrawi supports']);
  });
});

describe('interviews in questions and answers', () => {
  const interview = [
    'في حوار مع قناة الرشيد، تحدث النائب سعد الخفاجي عن مستقبل القوات الأجنبية.',
    'س: ما موقفكم من وجود التحالف؟',
    'ج: نحن نرحب بالحوار. الانسحاب الكامل للقوات الأجنبية يجب أن يكتمل هذا العام.',
    'س: وماذا عن الأكراد؟',
    'ج: الإخوة الكرد يفضلون بقاء القوات الأمريكية في الإقليم.',
  ].join('\n');

  it('an answer (ج:) and the sentences after it are the interviewee\'s; a "they" verb in an answer is not', () => {
    expect(stancesOf(claimsOf(interview))).toEqual(['sad-alkhfajy supports']);
  });

  it('the interviewee is the person the lead takes up again, not one named in passing after him', () => {
    const lead = [
      'أكد النائب حسن الشمري أن إنهاء مهمة التحالف بات قراراً نهائياً.',
      'وجاءت تصريحات الشمري في حوار مع شفق نيوز، عشية زيارة رئيس الوزراء محمد شياع السوداني إلى واشنطن.',
      'س: ما موقفكم؟',
      'ج: بقاء قوات أجنبية على أرضنا هو ما يجلب الهجمات، ونريد خروجها.',
    ].join('\n');
    expect(new Set(stancesOf(claimsOf(lead)))).toEqual(new Set(['hsn-alshmry supports']));
  });

  it('a joined verb in an answer goes on with the person who opens the sentence (ج: السوداني أبلغنا …، وقال بالحرف)', () => {
    const answer = interview.replace('ج: الإخوة الكرد', 'ج: السوداني أبلغنا في الاجتماع الأخير أنه سيحمل هذا الملف معه، وقال بالحرف: «لن نقبل ببقاء أي قوة قتالية أجنبية». الإخوة الكرد');
    expect(stancesOf(claimsOf(answer))).toEqual(['sad-alkhfajy supports', 'sudani supports']);
  });

  it('without the labels nobody is given the sentences', () => {
    expect(claimsOf(interview.replace(/^[سج]: /gm, ''))).toEqual([]);
  });
});

describe('answers to questions, goals and gifts', () => {
  it('"رداً على سؤال حول ما إذا كانت الولايات المتحدة …" goes on with the speaker; the body asked about does not speak', () => {
    const claims = claimsOf('وقال المتحدث باسم البنتاغون بات رايدر إن الحوار مستمر. وتابع رايدر، ردًّا على سؤال حول ما إذا كانت الولايات المتحدة "تنسحب" من العراق: "لن أستخدم هذه الكلمة، نحن نريد انتقالاً".');
    expect(claims.map((c) => c.actor.id)).not.toContain('us-gov');
  });

  it('the success of reaching the goal of ending the mission (نجاح … هدف إنهاء مهمة التحالف) supports it', () => {
    expect(stancesOf(claimsOf('وقال المحلل السياسي كريم الموسوي إن الاتفاق "يعكس نجاح الحوار في تحقيق هدف إنهاء مهمة التحالف".'))).toEqual(['krym-almwswy supports']);
  });

  it('a withdrawal called a gift to Tehran (هدية لطهران) is opposed', () => {
    expect(stancesOf(claimsOf('وقال المحلل السياسي كريم الموسوي إن "إعلان الانسحاب من العراق الآن هدية لطهران".'))).toEqual(['krym-almwswy opposes']);
  });
});

describe('outlets told things are not speakers', () => {
  it('"X, an MP from …, told Foreign Policy that …": the MP speaks, the magazine does not', () => {
    const claims = claimsOf('Karim Nasrawi, an Iraqi member of parliament from the Coordination Framework, told Foreign Policy that US troops must leave Iraq.');
    expect(stancesOf(claims)).toEqual(['karim-nasrawi supports']);
  });
});

describe('quotations that go on, and whoever demands', () => {
  it('a verb inside a quotation that goes on from the sentence before is the quoted speaker\'s, not its subject\'s', () => {
    const claims = claimsOf('"We will not be rushed," Senator Lindsey Graham said. "If the Iraqis want to talk, we are open to that. But a withdrawal of US troops under fire is a mistake."');
    expect(stancesOf(claims)).toEqual(['lindsey-graham opposes']);
  });

  it('"ومن يطالب بإخراجهم عليه أن يخبرنا …": whoever demands it is argued against', () => {
    const claims = claimsOf('وقال المحلل السياسي كريم الموسوي: "ومن يطالب بإخراج القوات الأمريكية عليه أولاً أن يخبرنا من سيحمي الحدود".');
    expect(stancesOf(claims)).toEqual(['krym-almwswy opposes']);
  });

  it('"نقف مع كل من يطالب بـ…" (with all who demand it) is the speaker\'s demand too', () => {
    expect(stancesOf(claimsOf('وقال المحلل السياسي كريم الموسوي: "نقف مع كل من يطالب بإخراج القوات الأمريكية".'))).toEqual(['krym-almwswy supports']);
  });
});

describe('US lawmakers with party and state after their names', () => {
  it('"Sen. X, R-Miss., said …" is one sentence, and X speaks', () => {
    expect(stancesOf(claimsOf('Sen. Roger Wicker, R-Miss., said the withdrawal of US troops from Iraq is a mistake.'))).toEqual(['roger-wicker opposes']);
  });

  it('"Rep. X, R-S.C., a member of …, said": the lawmaker before the party, state and apposition speaks', () => {
    const claims = claimsOf('Rep. Ellen Marsh, R-S.C., a member of the House Armed Services Committee, said in a statement that the withdrawal of US troops from Iraq is a mistake.');
    expect(stancesOf(claims)).toEqual(['ellen-marsh opposes']);
  });
});

describe('English success', () => {
  it('calling the exit a success of the government\'s approach supports it', () => {
    expect(stancesOf(claimsOf('Political analyst Karim Nasrawi said the handover reflected the success of a policy of achieving the withdrawal of US troops through dialogue.'))).toEqual(['karim-nasrawi supports']);
  });
});

describe('English vox pops', () => {
  it('"a university lecturer, X, said …. She told me, "… I want them out."": the lecturer wants the troops out', () => {
    const claims = claimsOf('Foreign troops have been in Iraq for two decades. But a university lecturer, Nadia Salman, said she is relieved. She told me, "foreign troops on our soil have been an excuse for everyone\'s wars. I want them out."');
    expect(stancesOf(claims)).toEqual(['nadia-salman supports']);
  });
});

describe('English groups of the public, and pillars', () => {
  it('foreign investors who fear the withdrawal oppose it', () => {
    expect(stancesOf(claimsOf('Foreign investors in Erbil fear that the withdrawal of US troops will unsettle the economy.'))).toEqual(['foreign-investors-in-erbil opposes']);
  });

  it('the presence called a pillar of stability is wanted', () => {
    expect(stancesOf(claimsOf('"The coalition\'s presence has been a pillar of stability here," political analyst Karim Nasrawi said.'))).toEqual(['karim-nasrawi opposes']);
  });
});

describe('English participles after an opening subject', () => {
  it('"Rep. X (D-Mich.), a member of …, took the opposite view, saying …" — X says it, not the speaker before', () => {
    const claims = claimsOf('Senator Lindsey Graham warned that a withdrawal of US troops would be a mistake. Rep. Nathan Kessel (D-Mich.), a member of the House Armed Services Committee, took the opposite view, saying in a statement that US troops must leave Iraq.');
    expect(stancesOf(claims)).toEqual(['lindsey-graham opposes', 'nathan-kessel supports']);
  });
});

describe('Iraqi colloquial Arabic', () => {
  it('"خلّوهم يروحون" (let them go) from a passer-by supports the withdrawal', () => {
    const claims = claimsOf('يقول سائق الأجرة حيدر كاظم للقناة عن القوات الأمريكية: "خلّوهم يروحون، هذا بلدنا".');
    expect(stancesOf(claims)).toEqual(['hydr-kazm supports']);
  });
});

describe('clauses opened by و after a comma', () => {
  it('"… حددته بغداد وواشنطن، ولن تبقى في أي قاعدة لا تريد …": Baghdad and Washington are not the subject of the later verb', () => {
    const claims = claimsOf('وقال المحلل السياسي كريم الموسوي إن القوات الأوروبية "ستلتزم بالموعد الذي حددته بغداد وواشنطن، ولن تبقى في أي قاعدة لا تريد بقاءها فيها".');
    expect(claims.map((c) => c.actor.id)).not.toContain('us-gov');
  });

  it('"X، ويطالب بـ…": a verb joined by و right after its subject keeps it', () => {
    expect(stancesOf(claimsOf('اجتمع المحلل السياسي كريم الموسوي بالصحفيين، ويطالب الموسوي بانسحاب القوات الأمريكية.'))).toContain('krym-almwswy supports');
  });
});

describe('statements that "came in" a body\'s release', () => {
  it('"وجاء في بيان للحزب …" gives what the statement says to the party', () => {
    expect(stancesOf(claimsOf('وجاء في بيان للحزب الديمقراطي الكردستاني أن "انسحاب القوات الأمريكية من الإقليم خطأ كبير".'))).toEqual(['kdp opposes']);
  });
});

describe('a body with its own apposition before the name', () => {
  it('"النائب عن كتلة صادقون، الجناح السياسي لعصائب أهل الحق، X، بأن …": X speaks, not the bloc', () => {
    const claims = claimsOf('صرح النائب عن كتلة صادقون، الجناح السياسي لعصائب أهل الحق، جواد الساعدي، بأن "انسحاب القوات الأمريكية ضرورة وطنية".');
    expect(stancesOf(claims)).toEqual(['jwad-alsaady supports']);
  });
});

describe('factors of stability', () => {
  it('the presence called a factor of stability (عامل استقرار) is wanted', () => {
    expect(stancesOf(claimsOf('وقال المحلل السياسي كريم الموسوي إن "وجود القوات الأمريكية في الإقليم عامل استقرار".'))).toEqual(['krym-almwswy opposes']);
  });
});

describe('English clauses: "while" that says when, "which" that takes the clause', () => {
  it('"pulling out of Iraq while ISIS is regrouping … is a mistake": with no comma, "while" does not cut off the evaluation', () => {
    expect(stancesOf(claimsOf('Senator Jane Holloway said that pulling out of Iraq while ISIS is regrouping in the desert is a mistake.'))).toEqual(['jane-holloway opposes']);
  });

  it('", which would be the worst outcome" judges the withdrawal before it, and "at once" is no condition', () => {
    expect(stancesOf(claimsOf('"Washington could pull everyone out at once, which would be the worst outcome for Erbil," said Karim Haddad, an analyst.'))).toEqual(['karim-haddad opposes']);
  });
});

describe('an evaluation before a comma', () => {
  it('"X is a threat, and we believe the presence … remains necessary": the threat does not judge the presence', () => {
    expect(stancesOf(claimsOf("Kurdish minister Dara Aziz said ISIS is still a danger, and we believe the coalition's presence in the region remains necessary."))).toEqual(['dara-aziz opposes']);
  });
});

describe('a withdrawal said to come on the agreed dates', () => {
  it('"التحالف سيغادر في المواعيد المتفق عليها" leans towards the withdrawal', () => {
    expect(stancesOf(claimsOf('وقال النائب حسن الكعبي إن التحالف سيغادر في المواعيد المتفق عليها.'))).toEqual(['hsn-alkaby supports']);
  });
});

describe('lines headed by their speaker', () => {
  it('a live blog entry "TITLE NAME في مؤتمر صحفي: …" needs no quotation marks', () => {
    const text = '12:40\nالمتحدث باسم وزارة الدفاع سعد الربيعي في مؤتمر صحفي: انسحاب القوات الأجنبية من قاعدة البلد ضرورة وطنية.';
    expect(stancesOf(claimsOf(text))).toEqual(['sad-alrbyay supports']);
  });

  it('a line opening with titles and a body before the name: the person named before the colon speaks', () => {
    const text = '14:40\nالمتحدث باسم القائد العام للقوات المسلحة العميد سعد الربيعي: إنهاء مهمة التحالف ضرورة وطنية.';
    expect(stancesOf(claimsOf(text))).toEqual(['sad-alrbyay supports']);
  });

  it('a post\'s author and time ending a line ("NAME (@handle) - 2:15 م:") speak on the next line, and only there', () => {
    const text = 'تسلمت القوات العراقية قاعدة عين الأسد اليوم.\n\nحركة النجباء (@nujaba_iq) - 2:15 م:\n"خروج المحتل من أرضنا واجب وطني."\n\nوعلى الأرض، تسلمت القوات العراقية القاعدة دون حوادث، وهو ما يعني خروج القوات الأمريكية منها.';
    expect(stancesOf(claimsOf(text))).toEqual(['nujaba supports']);
  });

  it('a body heading a line with "في بيان" before the colon speaks', () => {
    expect(stancesOf(claimsOf('13:05\nحركة النجباء في بيان على تلغرام: بقاء أي جندي أجنبي بعد أيلول احتلال.'))).toEqual(['nujaba supports']);
  });

  it("a transcript's turn runs to the end of its paragraph, and the guest is named again by his full name", () => {
    const text = [
      'المقدم: معنا من بغداد المحلل السياسي سامر العبيدي.',
      'سامر العبيدي: شكراً لكم. الوضع معقد. خروج القوات الأمريكية خطوة ضرورية لاستعادة السيادة.',
      'المقدم: ونتحول إلى موضوع آخر. بقاء القوات ضرورة بنظر بعض الناس.',
    ].join('\n\n');
    expect(stancesOf(claimsOf(text))).toEqual(['samr-alabydy supports']);
  });

  it('a courtesy title before a name that speaks is his own (الشيخ X قال)', () => {
    expect(stancesOf(claimsOf('المحلل كريم الموسوي: الشيخ قيس الخزعلي قال إن خروج القوات الأمريكية ضرورة.'))).toContain('qais-al-khazali supports');
  });
});

describe('copular "remains"', () => {
  it('"the coalition remains on track to complete its transition" is no stay', () => {
    expect(stancesOf(claimsOf('Col. Dana Whitfield, a coalition spokesperson, said the coalition "remains on track to complete its transition as agreed."'))).not.toContain('dana-whitfield opposes');
  });
});

describe('circumvention said of the presence', () => {
  it('"بقاء مستشارين أمريكيين التفاف على الاتفاق ونحمّل الحكومة مسؤولية إخراجهم" wants them out', () => {
    expect(stancesOf(claimsOf('وقال النائب حسن الكعبي إن "بقاء مستشارين أمريكيين في الإقليم التفاف على الاتفاق ونحمّل الحكومة مسؤولية إخراجهم".'))).toEqual(['hsn-alkaby supports']);
  });
});

describe('what "you" want', () => {
  it('"يعني أنت تريد بقاء الاحتلال؟" is no position of the speaker', () => {
    expect(stancesOf(claimsOf('وقال المحلل السياسي كريم الموسوي لضيفه: يعني أنت تريد بقاء القوات الأمريكية؟'))).toEqual(['krym-almwswy neutral']);
  });
});

describe('a title repeated without its name', () => {
  it('"رئيس الوزراء أكد" after "رئيس الوزراء محمد شياع السوداني" is Sudani again; another country\'s minister is not', () => {
    const text = 'استقبل رئيس الوزراء محمد شياع السوداني وفداً برلمانياً.\n\nوفي المؤتمر الصحفي، رئيس الوزراء أكد أن انسحاب القوات الأجنبية ضرورة وطنية.';
    expect(stancesOf(claimsOf(text))).toEqual(['sudani supports']);
    const other = 'استقبل وزير الخارجية فؤاد حسين الوفد.\n\nوقال وزير الخارجية الإيراني عباس عراقجي إن انسحاب القوات الأمريكية ضرورة.';
    expect(stancesOf(claimsOf(other)).join()).not.toContain('fuad-hussein');
  });
});

describe('a withdrawal called incomplete', () => {
  it('"الانسحاب منقوص ما لم يشمل كل القواعد" asks for more of it', () => {
    expect(stancesOf(claimsOf('وقالت حركة النجباء في بيان إن انسحاب القوات الأمريكية "منقوص ما لم يشمل كل القواعد".'))).toEqual(['nujaba supports']);
  });
});

describe('an exit told by its pace or extent', () => {
  it('"المطلوب خروج فوري، لا جدول زمني مفتوح": an immediate exit needs no named forces, and the alternative turned down weighs nothing', () => {
    expect(stancesOf(claimsOf('وقال النائب حسن الكعبي إن "المطلوب خروج فوري، لا جدول زمني مفتوح".'))).toEqual(['hsn-alkaby supports']);
  });

  it('a bare exit with no forces named and no pace is no claim', () => {
    expect(claimsOf('وقال النائب حسن الكعبي إن "المطلوب خروج من هذه الأزمة".')).toEqual([]);
  });
});

describe('a step on the road', () => {
  it('"خطوة جديدة على طريق إنهاء مهمة التحالف" welcomes the end of the mission', () => {
    expect(stancesOf(claimsOf('وقال النائب حسن الكعبي إن تسلم القاعدة "خطوة جديدة على طريق إنهاء مهمة التحالف الدولي".'))).toEqual(['hsn-alkaby supports']);
  });
});

describe('a doctor named before his apposition', () => {
  it('"قال الدكتور X، الخبير بمركز …، إن …": the doctor speaks, not his centre', () => {
    const claims = claimsOf('وقال الدكتور سامي الحديثي، الخبير بمركز بغداد للدراسات، إن "انسحاب القوات الأمريكية خطوة مفهومة".');
    expect(stancesOf(claims)).toEqual(['samy-alhdythy supports']);
  });
});

describe('English verbs that are not what they look like', () => {
  it('"let Congress take back its war powers" backs nothing, and the quotation is the senator\'s', () => {
    const text = '"Finish the job, bring the troops home, and let Congress take back its war powers," Sen. Mark Delaney said.';
    expect(stancesOf(claimsOf(text))).toEqual(['mark-delaney supports']);
  });

  it('"…, writing: \\"Bring them home.\\"": a post quoted with "writing" is the subject\'s', () => {
    const text = 'The debate went on.\n\nSen. Mark Delaney, R-Ky., asked on social media why U.S. troops were still in Iraq, writing: "Bring them home."';
    expect(stancesOf(claimsOf(text))).toEqual(['mark-delaney supports']);
  });

  it('a pull-out under fire called a retreat is opposed', () => {
    expect(stancesOf(claimsOf('"Pulling out under fire would look like what it is, a retreat," said Dana Whitlock, a former diplomat.'))).toEqual(['dana-whitlock opposes']);
  });
});

describe('what dates a withdrawal', () => {
  it('"انسحاب المستشارين قبل جاهزية الطيران مغامرة": the readiness named after "before" does not judge the withdrawal', () => {
    expect(stancesOf(claimsOf('وقال النائب حسن الكعبي إن "انسحاب المستشارين قبل جاهزية الطيران مغامرة".'))).toEqual(['hsn-alkaby opposes']);
  });
});

describe('an Arabic participle after a verb that reports nothing', () => {
  it('"وتحدث النائب X بلهجة أقل حدة، قائلاً إن …" is X\'s, not the last speaker\'s', () => {
    const text = 'قال النائب حسن الكعبي إن انسحاب القوات الأمريكية خطأ.\n\nوتحدث النائب سامر العبيدي بلهجة أقل حدة، قائلاً إن "انسحاب القوات الأمريكية ضرورة".';
    expect(stancesOf(claimsOf(text))).toEqual(['hsn-alkaby opposes', 'samr-alabydy supports']);
  });
});

describe('residents and townspeople as speakers', () => {
  it('"وقال سكان في الرمادي إن …": residents of a town are a group that speaks', () => {
    expect(stancesOf(claimsOf('وقال سكان في الرمادي إن رحيل قوات التحالف خطأ كبير.'))).toEqual(['skan-fy-alrmady opposes']);
  });
});

describe('neither staying nor leaving', () => {
  it('"وليس بقاء الأجانب أو رحيلهم" takes neither way', () => {
    expect(stancesOf(claimsOf('ويرى المحلل السياسي كريم الموسوي أن "البيشمركة هي الضمان الحقيقي للاستقرار، وليس بقاء الأجانب أو رحيلهم".'))).toEqual(['krym-almwswy neutral']);
  });
});

describe('needing the forces, endangering', () => {
  it('"ما زالت بحاجة إلى المستشارين" wants them to stay', () => {
    expect(stancesOf(claimsOf('وقال العميد سعد الربيعي إن "قواتنا ما زالت بحاجة إلى المستشارين في مجال التدريب".'))).toEqual(['sad-alrbyay opposes']);
  });

  it('"سحب المستشارين سيعرض العملية للخطر" opposes the withdrawal', () => {
    expect(stancesOf(claimsOf('وأكد العميد سعد الربيعي أن "سحب المستشارين في هذه المرحلة سيعرض عملية التوحيد للخطر".'))).toEqual(['sad-alrbyay opposes']);
  });
});

describe('the forces named as "the occupation", and national security served', () => {
  it('"keep up operations until the occupation leaves Iraq" wants it gone', () => {
    expect(stancesOf(claimsOf('Militia leader Hamid al-Zaidi said his group would keep up its operations "until the occupation leaves Iraq."'))).toEqual(['hamid-al-zaidi supports']);
  });

  it('"خروج القوات الأجنبية يصب في مصلحة الأمن القومي" is welcomed', () => {
    expect(stancesOf(claimsOf('وقال السفير سامي الحديثي إن "خروج القوات الأجنبية يصب في مصلحة الأمن القومي العربي".'))).toEqual(['samy-alhdythy supports']);
  });
});

describe('a precondition reported by the statement\'s own verb', () => {
  it('"أعلنت أنها لن تناقش السلاح قبل خروج آخر جندي" makes the exit come first: supports', () => {
    expect(stancesOf(claimsOf('وأعلنت حركة النجباء أنها "لن تناقش أي شيء يخص السلاح قبل خروج آخر جندي أمريكي من العراق".'))).toEqual(['nujaba supports']);
  });
});

describe('removing the pretexts for staying', () => {
  it('"تسقط حجة البقاء الأمريكي" wants the forces out', () => {
    expect(stancesOf(claimsOf('واعتبرت حركة النجباء في بيان أن "جاهزية الجهاز تسقط حجة البقاء الأمريكي".'))).toEqual(['nujaba supports']);
  });

  it('the Badr parliamentary bloc is the Badr Organization', () => {
    expect(stancesOf(claimsOf('ورحبت كتلة بدر النيابية بالقرار، معتبرة أنه "يسقط آخر ذرائع بقاء القوات الأجنبية".'))).toEqual(['badr supports']);
  });
});

describe('ranks before a name', () => {
  it('"وأكد رئيس أركان الجيش الفريق أول ركن X أن …": the officer speaks, not "the army staff"', () => {
    const claims = claimsOf('وأكد رئيس أركان الجيش الفريق أول ركن سعد الربيعي أن انسحاب القوات الأمريكية ضرورة وطنية.');
    expect(stancesOf(claims)).toEqual(['sad-alrbyay supports']);
  });
});

describe('an evaluation inside a longer one', () => {
  it('"قادرة على سد أي فراغ يتركه انسحاب المستشارين": the vacuum is filled, so the withdrawal is no danger', () => {
    expect(stancesOf(claimsOf('وقال العميد سعد الربيعي إن القطعات العسكرية "قادرة على سد أي فراغ يتركه انسحاب مستشاري التحالف".'))).toEqual(['sad-alrbyay supports']);
  });
});

describe('English clauses of time and right calls', () => {
  it('"officials warn the cut could leave a gap just as the coalition winds down its mission": the mission\'s end is when, not what they fear', () => {
    const claims = claimsOf('Iraqi defense official Saad Rubaie warned that the aid cut could leave a security gap just as the coalition winds down its mission.');
    expect(stancesOf(claims)).not.toContain('saad-rubaie opposes');
  });

  it('"ending the mission is the right call" supports it', () => {
    expect(stancesOf(claimsOf('Rep. Jane Holloway said that "ending the mission is the right call."'))).toEqual(['jane-holloway supports']);
  });
});

describe('election candidates', () => {
  it('"وقال مرشح الحزب X إن …": a candidate is a titled person', () => {
    const claims = claimsOf('وقال مرشح الحزب الديمقراطي الكردستاني سامان عزيز إن "بقاء المستشارين في الإقليم ضمانة للاستقرار".');
    expect(stancesOf(claims)).toContain('saman-azyz opposes');
  });
});

describe('a statement quoted in full over several lines', () => {
  it('the lines of a quotation that a paragraph introduces are the issuing body\'s, and end where it closes', () => {
    const text = [
      'أصدرت حركة النجباء، اليوم الأحد، بياناً بشأن الوجود الأجنبي.',
      'وتنشر الصحيفة نص البيان كما ورد:',
      '"بسم الله الرحمن الرحيم',
      'أولاً: إن خروج القوات الأجنبية واجب وطني.',
      'ثانياً: نطالب الحكومة بالإسراع في ذلك."',
      '',
      'ويرى مراقبون أن بقاء القوات الأمريكية لفترة أطول محتمل.',
    ].join('\n');
    expect(stancesOf(claimsOf(text))).toEqual(['nujaba supports']);
  });
});

describe('officials receiving guests, and statements that relay them', () => {
  it('"أكد مستشار الأمن القومي قاسم الأعرجي، خلال استقباله السفيرة …": the person after a complete title speaks, not the guest', () => {
    const claims = claimsOf('بدوره، أكد مستشار الأمن القومي قاسم الأعرجي، خلال استقباله السفيرة الأمريكية ألينا رومانوسكي، أهمية إنهاء مهمة التحالف الدولي وفق جدول زمني.');
    expect(stancesOf(claims)).toEqual(['al-araji supports']);
  });

  it('"وبحث وزير الخارجية فؤاد حسين …، مؤكداً": a participle after a verb that reports nothing is the titled subject\'s', () => {
    const text = ['وقال المحلل السياسي علي البيدر إن الحكومة مترددة.', 'وبحث وزير الخارجية فؤاد حسين في اتصال هاتفي مع نظيره الأمريكي ملف الوجود العسكري، مؤكداً ضرورة انسحاب القوات الأمريكية وفق الجدول الزمني.'].join('\n');
    expect(stancesOf(claimsOf(text))).toContain('fuad-hussein supports');
    expect(stancesOf(claimsOf(text)).some((s) => s.startsWith('aly-albydr'))).toBe(false);
  });

  it('"شدد … على أهمية انسحاب القوات": stressing the importance of the withdrawal supports it', () => {
    expect(stancesOf(claimsOf('وشدد رئيس الوزراء محمد شياع السوداني خلال استقباله قائد القيادة المركزية الأمريكية على أهمية انسحاب القوات الأجنبية.'))).toEqual(['sudani supports']);
  });

  it('"…، بحسب بيان للخارجية": the ministry\'s statement relaying its minister is no second claim', () => {
    const claims = claimsOf('وأكد وزير الخارجية فؤاد حسين، خلال اتصال هاتفي مع نظيره الأمريكي، ضرورة الالتزام بموعد انسحاب قوات التحالف، بحسب بيان للخارجية العراقية.');
    expect(stancesOf(claims)).toEqual(['fuad-hussein supports']);
  });
});

describe('contractions, cuts in presence and what a withdrawal serves', () => {
  it('"We don\'t need foreign combat troops": an English contraction negates like "not"', () => {
    expect(stancesOf(claimsOf('Iraqi MP Karim Abbas told reporters: "We don\'t need foreign combat troops on our soil."'))).toEqual(['karim-abbas supports']);
    expect(stancesOf(claimsOf('Iraqi MP Karim Abbas told reporters: "We don’t need foreign combat troops on our soil."'))).toEqual(['karim-abbas supports']);
  });

  it('"ستخفض وجودها العسكري": cutting the presence is a step of the withdrawal', () => {
    expect(stancesOf(claimsOf('وأعلنت وزارة الدفاع الأمريكية (البنتاغون) أن الولايات المتحدة ستخفض وجودها العسكري في العراق في إطار الاتفاق مع بغداد.'))).toEqual(['pentagon supports']);
  });

  it('"إخراج القوات في هذا التوقيت يخدم داعش": a withdrawal said to serve ISIS is opposed', () => {
    expect(stancesOf(claimsOf('وقال النائب وليد السامرائي إن "إخراج القوات في هذا التوقيت يخدم داعش بالدرجة الأولى".'))).toEqual(['wlyd-alsamrayy opposes']);
  });

  it('"سيغادر الإقليم وفق ما اتفق عليه": leaving as agreed is the schedule kept', () => {
    expect(stancesOf(claimsOf('وقال مصدر في وزارة الخارجية إن "التحالف سيغادر الإقليم وفق ما اتفق عليه ولا يوجد أي استثناء".'))).toEqual(['msdr-fy-wzarh-alkharjyh supports']);
  });

  it('"the withdrawal removes the main excuse the militias have used": removing an excuse is no harm', () => {
    expect(stancesOf(claimsOf('Iraqi lawmaker Ali Hassan said the withdrawal "removes the main excuse the militias have used for a decade."'))).toEqual(['ali-hassan supports']);
  });
});

describe('phrases that name the withdrawal or a lasting presence', () => {
  it('"I don\'t want to see us cut and run": cutting and running is a withdrawal, not wanted', () => {
    expect(stancesOf(claimsOf('Rep. Mike Rogers said: "I don\'t want to see us cut and run because Iranian proxies fired rockets at us."'))).toEqual(['mike-rogers opposes']);
  });

  it('"They should have left years ago" wants them gone', () => {
    expect(stancesOf(claimsOf('"They should have left years ago," said Haider Kadhim, a civil servant in Baghdad.'))).toEqual(['haider-kadhim supports']);
  });

  it('"lobbied hard for a residual presence" opposes the full withdrawal', () => {
    expect(stancesOf(claimsOf('Karwan Aziz, a senior Kurdish official, said the region had "lobbied hard" for a residual presence in Erbil.'))).toEqual(['karwan-aziz opposes']);
  });

  it('"استلام القواعد من التحالف … وفق الجدول الزمني": taking over the bases on schedule supports the withdrawal', () => {
    expect(stancesOf(claimsOf('وقال قائد العمليات المشتركة الفريق قيس المحمداوي إن "استلام القواعد من التحالف يجري وفق الجدول الزمني المتفق عليه".'))).toContain('qais-al-muhammadawi supports');
  });
});

describe('rejections, rewards and the unknown', () => {
  it('"بقاء القوات … مرفوض": a presence called unacceptable is opposed, so the withdrawal supported', () => {
    expect(stancesOf(claimsOf('وقال أبو علي العسكري إن "بقاء القوات في أربيل تحت أي مسمى مرفوض".'))).toEqual(['abu-ali-al-askari supports']);
  });

  it('"أي انسحاب الآن سيكون مكافأة لإيران": a withdrawal called a reward for Iran is opposed', () => {
    expect(stancesOf(claimsOf('وقال السيناتور الجمهوري ليندسي غراهام إن "أي انسحاب الآن سيكون مكافأة لإيران على قتل جنودنا".'))).toEqual(['lindsey-graham opposes']);
  });

  it('"الانسحاب … يعني تسليم المحافظات للمجهول": handing the provinces to the unknown is a danger', () => {
    expect(stancesOf(claimsOf('وقال قيادي في تحالف السيادة إن "الانسحاب من دون حصر السلاح بيد الدولة يعني تسليم المحافظات الغربية للمجهول".'))).toEqual(['qyady-fy-thalf-alsyadh opposes']);
  });
});

describe('bodies named in quotation marks', () => {
  it('"اعتبرت "تنسيقية المقاومة العراقية" أن …": the quoted body after the verb is its subject', () => {
    const text = ['وقال رئيس الوزراء محمد شياع السوداني إن الاتفاق إنجاز وطني.', 'فقد اعتبرت "تنسيقية المقاومة العراقية" أن "الحديث عن عامين إضافيين هو تمديد مقنع للاحتلال".'].join('\n');
    const claims = claimsOf(text);
    expect(stancesOf(claims)).toContain('resistance-coordination supports');
    expect(claims.filter((c) => c.actor.id === 'sudani' && c.evidence.text.includes('تنسيقية'))).toEqual([]);
  });

  it('"قيادي في إحدى الفصائل المنضوية في ما يعرف بـ"تنسيقية المقاومة" قال": the body he belongs to does not speak', () => {
    const claims = claimsOf('لكن قياديا في إحدى الفصائل المنضوية في ما يعرف بـ"تنسيقية المقاومة العراقية" قال للجزيرة نت إن "الهدنة مرتبطة بالالتزام بمواعيد انسحاب القوات الأمريكية".');
    expect(claims.map((c) => c.actor.id)).not.toContain('resistance-coordination');
  });
});

describe('generic nouns that name an actor again', () => {
  it('"…," the group said: "the group" is the faction last named', () => {
    const text = ['Kataib Hezbollah said on Tuesday it would suspend attacks on U.S. forces.', '"The American occupation must leave our land, and we reserve the right to respond," the group said in a statement.'].join('\n');
    expect(stancesOf(claimsOf(text))).toEqual(['kataib-hezbollah supports']);
  });

  it('"the group" does not name a ministry or a person', () => {
    const text = ['Iraqi Foreign Minister Fuad Hussein met the U.S. envoy on Tuesday.', '"The American occupation must leave our land," the group said in a statement.'].join('\n');
    expect(claimsOf(text).map((c) => c.actor.id)).not.toContain('fuad-hussein');
  });
});

describe('the transition, bringing troops home and not a day longer', () => {
  it('"completing the transition on schedule": the agreed transition is the withdrawal', () => {
    expect(stancesOf(claimsOf('The Iraqi Embassy in Washington said in a statement that Baghdad "looks forward to completing the transition on schedule."'))).toEqual(['iraqi-embassy-in-washington supports']);
  });

  it('"عملية الانتقال تسير وفق الجدول الزمني المتفق عليه" keeps the schedule of the withdrawal', () => {
    expect(stancesOf(claimsOf('وقال الناطق باسم القائد العام للقوات المسلحة صباح النعمان إن "عملية الانتقال تسير وفق الجدول الزمني المتفق عليه".'))).toEqual(['sbah-alnaman supports']);
  });

  it('"حان الوقت لإعادتهم إلى الوطن": bringing the soldiers home supports it', () => {
    expect(stancesOf(claimsOf('وقال النائب الديمقراطي مارك كولينز إن "جنودنا في العراق أصبحوا أهدافاً ثابتة، وحان الوقت لإعادتهم إلى الوطن بطريقة منظمة".'))).toEqual(['mark-kwlynz supports']);
  });

  it('"secure the country without foreign combat troops" and "will not accept a single day beyond" support it', () => {
    expect(stancesOf(claimsOf('Iraq\'s Defense Ministry said the handover "reflects the readiness of our forces to protect Iraq without foreign combat troops."'))).toEqual(['iraq-mod supports']);
    expect(stancesOf(claimsOf('A spokesman for Kataib Sayyid al-Shuhada, Kadhim al-Fartousi, said the group "will not accept a single day beyond what has been announced."'))).toEqual(['kadhim-al-fartousi supports']);
  });
});

describe('English subjects around the verb of saying', () => {
  it('\'said the group "will not …"\': a noun that a quotation follows is what was said, not the speaker', () => {
    const text = ['Kataib Hezbollah announced a pause in its attacks on Tuesday.', 'Iraqi analyst Hisham Rubaie said the group "will not accept any extension of the U.S. presence."'].join('\n');
    expect(stancesOf(claimsOf(text))).toEqual(['hisham-rubaie supports']);
  });

  it('"A spokesman for X, NAME, said": the titled person between the commas speaks', () => {
    expect(claimsOf('A spokesman for Kataib Sayyid al-Shuhada, Kadhim al-Fartousi, said U.S. troops must leave Iraq.').map((c) => c.actor.id)).toEqual(['kadhim-al-fartousi']);
  });
});

describe('reassurances, worries and endings agreed', () => {
  it('"إنهاء المهمة لا يعني نهاية التزامنا" and "لن يؤثر على": a withdrawal said to cost nothing is supported', () => {
    expect(stancesOf(claimsOf('وقال وزير الدفاع البريطاني جون هيلي إن "إنهاء مهمة التحالف لا يعني نهاية التزامنا بأمن العراق".'))).toEqual(['jwn-hyly supports']);
    expect(stancesOf(claimsOf('وقال المتحدث باسم الحكومة باسم العوادي إن "إنهاء مهمة التحالف لن يؤثر على التزام العراق بمكافحة الإرهاب".'))).toEqual(['basim-al-awadi supports']);
  });

  it('"رحيل التحالف يقلقنا": a departure that worries the speaker is opposed', () => {
    expect(stancesOf(claimsOf('وقالت الناشطة الإيزيدية نارين شمو إن "رحيل قوات التحالف يقلقنا كثيراً".'))).toEqual(['naryn-shmw opposes']);
  });

  it('"a victory for the resistance" supports it', () => {
    expect(stancesOf(claimsOf('Kataib Hezbollah said in a Telegram post that the withdrawal from Ain al-Asad was "a victory for the resistance."'))).toEqual(['kataib-hezbollah supports']);
  });
});

describe('new people behind a known surname or a repeated title', () => {
  it('"Sunni lawmaker Ziad al-Mashhadani": another given name before a known family name is another person', () => {
    const claims = claimsOf('Sunni lawmaker Ziad al-Mashhadani told Reuters that the withdrawal was "happening too fast for the people of Anbar."');
    expect(stancesOf(claims)).toEqual(['ziad-al-mashhadani opposes']);
  });

  it('"المتحدث باسم القائد العام … اللواء يحيى رسول" after another spokesman names the new one, not the first again', () => {
    const text = [
      'وقال المتحدث باسم الخارجية الإيرانية ناصر كنعاني إن بلاده تتابع التطورات.',
      'فيما قال المتحدث باسم القائد العام للقوات المسلحة اللواء يحيى رسول إن "هذه الاعتداءات تدفع العراق أكثر من أي وقت مضى إلى إنهاء مهمة التحالف الدولي".',
    ].join('\n');
    expect(stancesOf(claimsOf(text))).toEqual(['yahya-rasool supports']);
  });

  it('"said Brig. Gen. X, a spokesman for …": the rank\'s period ends no sentence, and the quotation is his', () => {
    expect(stancesOf(claimsOf('"An abrupt withdrawal would leave a dangerous gap," said Brig. Gen. Sarbast Hawrami, a spokesman for the ministry.'))).toEqual(['sarbast-hawrami opposes']);
  });
});

describe('what does not frighten', () => {
  it('"خروج التحالف لا يخيفنا": a departure that does not frighten the speaker is accepted', () => {
    expect(stancesOf(claimsOf('وقال القيادي في الاتحاد الوطني الكردستاني نوزاد حمه سعيد إن "انسحاب التحالف لا يخيفنا، فالبيشمركة قادرة على ملء الفراغ".'))).toEqual(['nwzad-hmh-sayd supports']);
  });
});

describe('a quoted body in a speaker\'s title', () => {
  it('"اعتبر الأمين العام لحركة "النجباء" في العراق أكرم الكعبي": the secretary-general speaks, not his movement', () => {
    expect(stancesOf(claimsOf('اعتبر الأمين العام لحركة "النجباء" في العراق أكرم الكعبي، أن القوات الأميركية يجب أن تغادر العراق.'))).toEqual(['akram-al-kaabi supports']);
  });
});

describe('the occupier gone, the timeline kept', () => {
  it('"اليوم خرج المحتل": the occupier gone is the withdrawal welcomed', () => {
    expect(stancesOf(claimsOf('وكتب زعيم التيار الوطني الشيعي مقتدى الصدر على منصة "إكس": "اليوم خرج المحتل، وغداً يجب أن يخرج السلاح المنفلت".'))).toEqual(['sadr supports']);
  });

  it('"committed to the timeline" and "pushing the Americans out … a strategic mistake"', () => {
    expect(stancesOf(claimsOf('Iraqi Foreign Minister Fuad Hussein said last week that the government was "committed to the timeline."'))).toEqual(['fuad-hussein supports']);
    expect(stancesOf(claimsOf('Hoshyar Zebari said in a post on X that pushing the Americans out "under fire" would be "a strategic mistake that Iraq will regret."'))).toEqual(['hoshyar-zebari opposes']);
  });
});

describe('quotations and their speakers across paragraphs', () => {
  it('a quotation standing alone after "…," said Maj. Gen. X is his, not the next paragraph\'s speaker\'s', () => {
    const text = 'Troops leave\n\n"The army can lead the fight," said Maj. Gen. Yahya Rasool, spokesman for the commander-in-chief, in a statement. "We do not need foreign troops anymore."\n\n"We have waited long enough," said Ahmed Saleh, a lawmaker from Basra.';
    expect(stancesOf(claimsOf(text))).toEqual(['yahya-rasool supports']);
  });

  it('"said Brig. Gen. X, a spokesman for …": the rank\'s period ends no sentence, and the quotation is his', () => {
    expect(stancesOf(claimsOf('"An abrupt withdrawal would leave a dangerous gap," said Brig. Gen. Sarbast Hawrami, a spokesman for the ministry.'))).toEqual(['sarbast-hawrami opposes']);
  });
});

describe('what is not negotiable', () => {
  it('"انسحاب القوات غير قابل للتفاوض" and "the withdrawal is non-negotiable" support it', () => {
    expect(stancesOf(claimsOf('وقال النائب عن كتلة صادقون عباس البزوني إن "انسحاب القوات الأمريكية غير قابل للتفاوض".'))).toEqual(['abas-albzwny supports']);
    expect(stancesOf(claimsOf('Lawmaker Ahmed Saleh said the withdrawal of US troops was "non-negotiable."'))).toEqual(['ahmed-saleh supports']);
  });
});

describe('a preposition that negates its own noun', () => {
  it('"أي انسحاب من دون بديل تقني سيترك ثغرة": the gap is still left, so the warning opposes the withdrawal', () => {
    expect(stancesOf(claimsOf('وقال الخبير الأمني صفاء الأسدي إن "أي انسحاب من دون بديل تقني سيترك ثغرة يستغلها التنظيم".'))).toEqual(['sfa-alasdy opposes']);
  });

  it('"انسحاب بدون ضمانات مرفوض" still negates the guarantees, not the verdict', () => {
    expect(stancesOf(claimsOf('وقال النائب أحمد الجبوري إن "الانسحاب بدون ضمانات أمر مرفوض".'))).toEqual(['ahmd-aljbwry opposes']);
  });
});

describe('verdicts on the withdrawal in everyday words', () => {
  it.each([
    ['وقال النائب حسين الغزي إن "خروج القوات الأجنبية من القواعد الاتحادية استحقاق دستوري".', 'hsyn-alghzy supports'],
    ['وقال رئيس الوزراء محمد شياع السوداني إن حكومته "نجحت في إنهاء مهمة التحالف الدولي في بغداد".', 'sudani supports'],
    ['وأكد النائب هادي العامري أن "خروج قوات التحالف من بغداد والأنبار ثمرة لتضحيات العراقيين".', 'hadi-al-amiri supports'],
    ['وقالت كتائب حزب الله إن "انسحاب قوات الاحتلال من عين الأسد جاء بفضل ضغط المقاومة".', 'kataib-hezbollah supports'],
    ['وقال النائب بكر الحمداني إن "انسحاب التحالف بالكامل قبل توحيد البيشمركة سيترك ثغرة كبيرة".', 'bkr-alhmdany opposes'],
    ['Kataib Hezbollah said that "any American soldier who remains after the deadline will be treated as an occupier."', 'kataib-hezbollah supports'],
    ['"If we pull the last troops out of Iraq, we are handing the country to Tehran\'s proxies," said analyst Tom Hollis.', 'tom-hollis opposes'],
  ])('%s', (sentence, stance) => {
    expect(stancesOf(claimsOf(sentence))).toEqual([stance]);
  });
});

describe('English subjects far from their verb', () => {
  it('"X, the most powerful of the militias that attacked …, denied involvement but said" gives X what it said', () => {
    expect(stancesOf(claimsOf('Kataib Hezbollah, the most powerful of the Iran-backed militias that attacked U.S. forces repeatedly in 2023 and 2024, denied involvement in a statement but said "the occupation forces must leave Iraq on the date they committed to."'))).toEqual(['kataib-hezbollah supports']);
  });

  it('"X, the ruling alliance of Shiite parties that formed the government last year, said": a long apposition opening with "the"', () => {
    expect(stancesOf(claimsOf('The Coordination Framework, the ruling alliance of Shiite parties that formed the government of Mohammed Shia al-Sudani in 2022, said the withdrawal must be completed.'))).toEqual(['coordination-framework supports']);
  });

  it('\'"…," a spokesman for the group said\': the group named before speaks through its spokesman', () => {
    expect(stancesOf(claimsOf('Another militia, Harakat al-Nujaba, vowed to keep up its operations. "Our attacks will not stop until the American forces leave our land," a spokesman for the group said in a statement posted online.'))).toEqual(['nujaba supports']);
  });
});

describe('extensions, tricks and scene-setting phrases', () => {
  it.each([
    ['The Iraqi government has repeatedly said it will not ask for an extension of the deadline.', 'iraq-gov supports'],
    ['Iran-aligned factions in Baghdad warn that any extension would breach the 2024 agreement.', 'iran-aligned-factions-in-baghdad supports'],
    ['صرح النائب عن كتلة صادقون حيدر الكناني بأن "البرلمان سيتابع تنفيذ الاتفاق بنداً بنداً، ولن نقبل بأي تمديد تحت أي عنوان".', 'hydr-alknany supports'],
    ['Nujaba said the US deadline was "a trick to keep the occupation under another name."', 'nujaba supports'],
  ])('%s', (sentence, stance) => {
    expect(stancesOf(claimsOf(sentence))).toEqual([stance]);
  });

  it('"In a statement last week, Nujaba said …": a long opening phrase sets the scene; what was said follows the verb', () => {
    const claims = claimsOf('In a statement last week, Nujaba said the Americans must leave Iraq without delay.');
    expect(stancesOf(claims)).toEqual(['nujaba supports']);
    expect(claims[0]!.evidence.text).toContain('must leave Iraq');
  });
});

describe('threats against forces that stay', () => {
  it('"هددت فصائل مسلحة باستهداف أي قوة أمريكية تبقى في الإقليم" supports the withdrawal', () => {
    expect(stancesOf(claimsOf('وهددت فصائل مسلحة في بيانات متفرقة باستهداف أي قوة أمريكية تبقى في الإقليم بعد الموعد المحدد.'))).toEqual(['fsayl-mslhh supports']);
  });
});

describe('a breach of the agreement', () => {
  it('"بقاء القوات هو خرق للاتفاق" and "keeping troops would breach the agreement" support the withdrawal', () => {
    expect(stancesOf(claimsOf('وقال النائب علي حسن إن "بقاء القوات هو خرق للاتفاق".'))).toEqual(['aly-hsn supports']);
    expect(stancesOf(claimsOf('Lawmaker Ahmed Saleh said keeping U.S. troops in Erbil would breach the agreement.'))).toEqual(['ahmed-saleh supports']);
  });
});

describe('English participles after a verb that reports nothing', () => {
  it('"Asaib Ahl al-Haq leader Qais al-Khazali has taken a harder line, telling a rally …": the leader, not his movement, speaks', () => {
    expect(stancesOf(claimsOf('Asaib Ahl al-Haq leader Qais al-Khazali has taken a harder line, telling a rally in Baghdad that the September 2026 deadline was "the last chance for the Americans to leave with dignity."'))).toEqual(['qais-al-khazali supports']);
  });

  it('"cautioned against describing the arrangement as a withdrawal": a gerund after a preposition reports nothing', () => {
    const claims = claimsOf('A senior U.S. official cautioned against describing the arrangement as a withdrawal. "We\'re not leaving. This is a transition in how we\'re postured," the official said.');
    expect(claims.map((c) => c.actor.id)).not.toContain('describing');
    expect(claims).toHaveLength(1);
  });
});

describe('a present-tense threat is an evaluation, not a report', () => {
  it('"وجود التحالف الدولي بات عاملاً يهدد الأمن": the spokesman, against the presence, supports the withdrawal; the coalition says nothing', () => {
    expect(stancesOf(claimsOf('وقال المتحدث باسم الحكومة العراقية باسم العوادي في بيان، إن "وجود التحالف الدولي بات عاملاً يهدد الأمن والاستقرار في العراق".'))).toEqual(['basim-al-awadi supports']);
  });
});

describe('the phases of the withdrawal named as such', () => {
  it('"استكمال المرحلة الثانية" supports the withdrawal in an article that ties the phase to it', () => {
    const text = 'وتنتهي المرحلة الثانية من انسحاب قوات التحالف في أيلول المقبل. وأكد النائب علي حسن أن "الكتلة تدعم استكمال المرحلة الثانية في موعدها".';
    expect(stancesOf(claimsOf(text))).toEqual(['aly-hsn supports']);
  });
});

describe('"no" before a subject', () => {
  it('"no foreign soldier will remain on Iraqi soil after the deadline" supports the withdrawal', () => {
    expect(stancesOf(claimsOf('Kataib Sayyid al-Shuhada said in a statement on Telegram that "no foreign soldier will remain on Iraqi soil after the deadline, under any name."'))).toEqual(['kataib-sayyid-al-shuhada supports']);
  });
});

describe('verdicts on the exit: sovereign, natural, the safest way, a duty', () => {
  it.each([
    ['"قرار عراقي سيادي" supports', 'وقال المحلل عباس الشريفي إن "الانسحاب قرار عراقي سيادي لا يستهدف أي مكون".', ['abas-alshryfy supports']],
    ['"من الطبيعي أن تغادر القوات" supports', 'وقال المواطن حسام الكبيسي إن "بلدنا يحميه أبناؤه، ومن الطبيعي أن تغادر القوات الأجنبية بعد انتهاء داعش".', ['hsam-alkbysy supports']],
    ['"واجب لا يقبل المساومة" supports: the negator belongs to the phrase', 'وكانت كتائب حزب الله قد أكدت في بيان أن "إخراج قوات الاحتلال الأمريكي من العراق واجب لا يقبل المساومة".', ['kataib-hezbollah supports']],
    ['"سيمضي في المرحلة الثانية حتى إنهاء وجود التحالف" supports', 'وأكد المتحدث العسكري يحيى رسول أن "العراق أوفى بالتزاماته، وسيمضي في المرحلة الثانية حتى إنهاء وجود التحالف بالكامل".', ['yahya-rasool supports']],
    ['"نحتاج إلى بقاء المستشارين" opposes', 'وقال القيادي في الحزب الديمقراطي الكردستاني شوان طه إن "البيشمركة لم تكتمل بعد، ونحتاج إلى بقاء المستشارين الأمريكيين".', ['shwan-th opposes']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });

  it('"عبر المؤسسات" (via the institutions) is no new verb of saying: the verdict after it still judges the exit', () => {
    const text = 'وأكد رئيس تيار الحكمة الوطني عمار الحكيم في تدوينة، أن "خروج قوات التحالف بالحوار وعبر المؤسسات الرسمية هو الطريق الأسلم".';
    expect(stancesOf(claimsOf(text))).toEqual(['ammar-al-hakim supports']);
  });
});

describe('English verdicts: targets, occupiers, the only answer, a course run', () => {
  it.each([
    ['"regard any remaining troops as legitimate targets" supports', 'Iran-aligned armed groups have made clear they regard any remaining troops as legitimate targets.', ['iran-aligned-armed-groups supports']],
    ['"will deal with any foreign soldier remaining … as an occupier" supports', 'Harakat al-Nujaba said in a statement that "the resistance will deal with any foreign soldier remaining after the deadline as an occupier."', ['nujaba supports']],
    ['"any US troops that remain will be considered occupation forces" supports', 'Kataib Hezbollah said any US troops that remain "will be considered occupation forces."', ['kataib-hezbollah supports']],
    ['"the exit of American forces is the only answer" supports', 'Kataib Hezbollah said that "the exit of American forces is the only answer."', ['kataib-hezbollah supports']],
    ['"the coalition\'s mission has run its course" supports', "Sudani has said the coalition's mission against Islamic State has run its course.", ['sudani supports']],
    ['"called the withdrawal an important step" supports', 'Iranian Foreign Minister Abbas Araghchi called the withdrawal "an important step toward the restoration of Iraq\'s full sovereignty".', ['abbas-araghchi supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('risks and safeguards named as verdicts', () => {
  it.each([
    ['"ضد انسحاب غير مدروس يترك الصحراء مكشوفة" opposes: غير negates مدروس, not مكشوفة', 'وقال الشيخ عبد الكريم الدليمي إن العشائر "ليست ضد السيادة، لكنها ضد انسحاب غير مدروس يترك الصحراء الغربية مكشوفة".', ['abd-alkrym-aldlymy opposes']],
    ['"سيكون مدروساً" supports', 'وقال المحلل السياسي رعد هاشم إن "الانسحاب الأمريكي من قاعدة عين الأسد سيكون مدروساً".', ['rad-hashm supports']],
    ['"مجازفة" opposes', 'ويرى المحلل الأمني سعد الجبوري أن "الانسحاب الكامل في هذه المرحلة مجازفة كبيرة".', ['sad-aljbwry opposes']],
    ['"the support of the coalition remains essential" opposes', 'The Kurdistan Region\'s Ministry of Peshmerga Affairs said the support of the US-led coalition remains "essential" for the Peshmerga forces.', ['peshmerga-ministry opposes']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('who holds an office named before a known person, and a clause of its own', () => {
  it('"النائب عن الحزب الديمقراطي الكردستاني شاخوان عبد الله": the known MP speaks, not his party', () => {
    const text = 'ويرى النائب عن الحزب الديمقراطي الكوردستاني شاخوان عبد الله، أن "الانسحاب الكامل في هذه المرحلة مجازفة كبيرة".';
    expect(stancesOf(claimsOf(text))).toEqual(['shakhawan-abdullah opposes']);
  });

  it('"… في الأوساط الرسمية والنيابية، فيما عدّ مختصون أن": the circles before فيما are not the subject of the verb after it', () => {
    const text = 'لاقى الإعلان المشترك عن إنهاء مهمة التحالف ترحيباً في الأوساط الرسمية والنيابية، فيما عدّ مختصون أن الاتفاق يمثل انتقالاً مدروساً نحو علاقة ثنائية.';
    expect(claimsOf(text)).toEqual([]);
    const named = 'لاقى الإعلان المشترك عن إنهاء مهمة التحالف ترحيباً في الأوساط الرسمية والنيابية، فيما عدّ المحلل السياسي رعد هاشم أن انسحاب القوات سيكون مدروساً.';
    expect(stancesOf(claimsOf(named))).toEqual(['rad-hashm supports']);
  });
});

describe('a limit put on the exit', () => {
  it('"جدولاً زمنياً لا يتجاوز العامين لخروج القوات": "no more than" limits the presence; it negates nothing', () => {
    const [claim] = claimsOf('وقال مصدر حكومي عراقي إن بغداد تريد جدولاً زمنياً لا يتجاوز العامين لخروج القوات القتالية.');
    expect(claim).toMatchObject({ stance: 'supports' });
  });
});

describe('English unnamed speakers placed and compounded', () => {
  it('"An Army officer at the base, who asked not to be named, said he worried …": the officer speaks, not the last speaker', () => {
    const text = 'Sean Parnell said the schedule was on track. An Army officer at the base, who asked not to be named, said he worried the exit was coming too soon.';
    expect(stancesOf(claimsOf(text))).toEqual(['army-officer opposes']);
  });

  it('"A counter-terrorism officer said …": counter- is part of the officer\'s description, not a verb', () => {
    const text = 'A counter-terrorism officer said withdrawing these capabilities before Iraq has its own replacements would be a gift to ISIS.';
    expect(stancesOf(claimsOf(text))).toEqual(['counter-terrorism-officer opposes']);
  });

  it('"would leave a gap" opposes the exit', () => {
    expect(stancesOf(claimsOf('Kurdish lawmaker Hoshyar Ali said a total exit "would leave a gap that the Islamic State will try to fill."'))).toEqual(['hoshyar-ali opposes']);
  });
});

describe('English bodies speaking through others, and subjects across a relative clause', () => {
  it('\'"…," its spokesman told MEE\': the group named before speaks', () => {
    const text = 'Kataib Hezbollah rejected the plan on Sunday.\n\n"Any foreign soldier who remains after September will be treated as an occupier," its spokesman told MEE.';
    expect(stancesOf(claimsOf(text))).toEqual(['kataib-hezbollah supports']);
  });

  it('"Kurdish leaders, who host most of the remaining U.S. forces …, have been lobbying Washington to keep a presence" opposes', () => {
    const text = 'Kurdish leaders, who host most of the remaining U.S. forces at Erbil and Harir, have been lobbying Washington to keep a presence.';
    expect(stancesOf(claimsOf(text))).toEqual(['kurdish-leaders opposes']);
  });

  it('"Iraq\'s federal government" is the Iraqi government', () => {
    expect(stancesOf(claimsOf('Iraq\'s federal government said on Monday that it wants the withdrawal of all coalition forces.'))).toEqual(['iraq-gov supports']);
  });

  it('a headline\'s last word does not join the first line\'s group ("Iraq talks" / "Kurdish leaders …")', () => {
    const claims = extractFromText('Iraq talks\n\nKurdish leaders have been lobbying Washington to keep a presence.', tools).claims;
    expect(stancesOf(claims)).toEqual(['kurdish-leaders opposes']);
  });
});

describe('يبقى as a copula', () => {
  it('"الاحتلال سيبقى احتلالاً ما دام جندي أمريكي واحد": remains an occupation, not troops staying; the faction supports', () => {
    const text = 'وشدد المتحدث باسم كتائب حزب الله على أن "الاحتلال سيبقى احتلالا ما دام جندي أمريكي واحد في العراق، ونطالب بالانسحاب الكامل".';
    expect(stancesOf(claimsOf(text))).toEqual(['kataib-hezbollah supports']);
  });

  it('"ستبقى مؤقتاً": an adverb of time after it still says the troops stay', () => {
    expect(stancesOf(claimsOf('وقال المحلل السياسي رعد هاشم إن "القوات الأمريكية ستبقى مؤقتاً، وهذا أمر ضروري".'))).toEqual(['rad-hashm opposes']);
  });
});

describe('a statement issued, then quoted "in it", and concessions', () => {
  it('"أصدرت بيانا …، أكدت فيه أن": the body that issued the statement speaks', () => {
    const text = 'وكانت مستشارية الأمن القومي قد أصدرت بياناً، في وقت سابق، أكدت فيه أن "اللجنة العسكرية العليا ستواصل اجتماعاتها وصولاً إلى إنهاء مهمة التحالف بشكل كامل".';
    expect(stancesOf(claimsOf(text))).toEqual(['national-security-advisory supports']);
  });

  it('"بياناً بشأن … مهمة التحالف الدولي، أكدت فيه": a body named in what the statement is about does not take it from its issuer', () => {
    const text = 'أصدرت المقاومة الإسلامية كتائب حزب الله، مساء الاثنين، بياناً بشأن الاتفاق الخاص بإنهاء مهمة التحالف الدولي، أكدت فيه أن "أيلول يجب أن يكون خالياً من قوات الاحتلال".';
    expect(stancesOf(claimsOf(text))).toEqual(['kataib-hezbollah supports']);
  });

  it('"قرأ ممثل الاتحاد … الطالب فلان، كلمة عبّر فيها": the reader named before the speech speaks, not the body in his title', () => {
    const text = 'وقرأ ممثل الاتحاد العام لطلبة العراق في الجامعة، الطالب مرتضى ناصر، كلمة باسم الطلبة عبّر فيها عن «الوقوف خلف قرار إنهاء وجود القوات الأجنبية».';
    expect(claimsOf(text).map((c) => c.actor.name)).toEqual(['مرتضى ناصر']);
  });

  it('"بين من يرى فيها انتهاكاً": "in it" with no statement issued gives the sentence\'s subject nothing', () => {
    const text = 'تباينت مواقف القوى السياسية في محافظة الأنبار بعد الضربات، بين من يرى فيها انتهاكاً للسيادة يعجّل بخروج القوات الأجنبية، ومن يحذر من رحيلها.';
    expect(claimsOf(text).map((c) => c.actor.name)).not.toContain('القوى السياسية');
  });

  it('"لن تسمح بأي تمديد مهما كانت الذرائع": an evaluation inside a concession judges nothing; the faction supports', () => {
    expect(stancesOf(claimsOf('وقالت كتائب حزب الله إنها لن تسمح بأي تمديد مهما كانت الذرائع.'))).toEqual(['kataib-hezbollah supports']);
  });
});

describe('Kurdish opposition parties, and removing the advisers', () => {
  it('"The opposition New Generation movement … said" is the New Generation party speaking', () => {
    const text = 'The opposition New Generation movement, meanwhile, said on Sunday that the withdrawal of US forces was "long overdue."';
    expect(stancesOf(claimsOf(text))).toEqual(['new-generation supports']);
  });

  it('"removing the last advisers from Kurdistan would be a strategic mistake" opposes', () => {
    const text = 'KDP lawmaker Shaswar Qadir told IraqiNews that "removing the last advisers from Kurdistan would be a strategic mistake."';
    expect(stancesOf(claimsOf(text))).toEqual(['shaswar-qadir opposes']);
  });
});

describe('a reservation after the endorsement', () => {
  it('"لا يعارضون خروج القوات، لكنهم يخشون أن تعود خلايا داعش" is mixed: the fear after لكن is about the exit', () => {
    const text = 'وقال عضو مجلس محافظة الأنبار فرحان الدليمي إن "أهالي المحافظة لا يعارضون خروج القوات الأجنبية من حيث المبدأ، لكنهم يخشون أن تعود خلايا داعش إلى الصحراء الغربية".';
    expect(stancesOf(claimsOf(text))).toEqual(['frhan-aldlymy mixed']);
  });

  it('", while warning armed factions against attacking U.S. bases" sets another matter beside the demand: still supports', () => {
    const text = 'Shiite cleric Muqtada al-Sadr on Saturday urged the government to "end the occupation" through negotiations, while warning armed factions against attacking U.S. bases.';
    expect(stancesOf(claimsOf(text))).toEqual(['sadr supports']);
  });
});

describe('a cue takes no topic from the next sentence', () => {
  it('"… they keep their promise." before "U.S. troops …": keeping a promise is no presence', () => {
    const text = '"Iraq does not need foreign soldiers," said Abbas Jaber, a government employee. "I only hope this time they keep their promise." U.S. troops have been in Iraq since 2014.';
    expect(stancesOf(claimsOf(text))).toEqual(['abbas-jaber supports']);
  });
});

describe('the own forces said to be capable or not', () => {
  it('"القوات العراقية باتت قادرة على حماية البلاد" supports the exit, with nothing else said of it', () => {
    const text = 'وقال المحلل الأمني رعد هاشم إن "القوات العراقية باتت قادرة على حماية البلاد وملاحقة بقايا الإرهاب".';
    expect(stancesOf(claimsOf(text))).toEqual(['rad-hashm supports']);
  });

  it('"قواتنا غير قادرة بعد على مسك الحدود" opposes, whatever verb reports it (حذر)', () => {
    const text = 'وحذر النائب عن محافظة الأنبار خالد العلواني من أن "قواتنا غير قادرة بعد على مسك الحدود مع سوريا".';
    expect(stancesOf(claimsOf(text))).toEqual(['khald-alalwany opposes']);
  });

  it('"فلا القوات العراقية قادرة على الرد ولا بغداد راغبة": لا before the subject negates the capability (neither … nor)', () => {
    const text = 'وقال المحلل نوزاد حسن إن "القرى ستبقى مكشوفة، فلا القوات العراقية قادرة على الرد ولا بغداد راغبة فيه".';
    expect(stancesOf(claimsOf(text))).toEqual(['nwzad-hsn opposes']);
  });

  it('"نريد أن تكون قواتنا جاهزة": a capability only wished for states no position', () => {
    const text = 'وقال المحلل الأمني رعد هاشم: "نريد أن تكون قواتنا جاهزة لمواجهة أي طارئ".';
    expect(stancesOf(claimsOf(text))).toEqual([]);
  });

  it('"داعش لا يزال قادرا على استهداف القوات": whoever else is capable says nothing of the exit', () => {
    const text = 'وقال المحلل الأمني رعد هاشم إن "داعش لا يزال قادرا على استهداف القوات في الصحراء".';
    expect(stancesOf(claimsOf(text))).toEqual([]);
  });

  it('"they tell us the Iraqi army is ready. Maybe it is. But …": someone else\'s claim is not the speaker\'s', () => {
    const text = '"Now they leave and tell us the Iraqi army is ready. Maybe it is. But I have heard that before," said Sheikh Jassim al-Obaid, a tribal leader.';
    expect(stancesOf(claimsOf(text)).filter((s) => s.endsWith('supports'))).toEqual([]);
  });

  it('"capable on the ground but still lacked eyes in the sky": the second verb keeps the subject, so mixed', () => {
    const text = 'Ahmed Sattar al-Hiti, a former army officer, said the Iraqi forces were capable on the ground but still lacked "eyes in the sky."';
    expect(stancesOf(claimsOf(text))).toEqual(['ahmed-sattar-al-hiti mixed']);
  });

  it('"Our forces are ready. There is no longer any need …": two sentences of one quotation make one claim', () => {
    const claims = claimsOf('"Our forces are ready. There is no longer any need for foreign combat troops," government spokesman Hamid Rasheed told Reuters.');
    expect(claims).toHaveLength(1);
    expect(claims[0]!.evidence.text).toContain('Our forces are ready');
  });

  it('English: "Iraqi security forces are now fully capable" supports; "are not ready" opposes', () => {
    expect(stancesOf(claimsOf('Security analyst Omar Dulaimi said Iraqi security forces are now fully capable of securing the country.'))).toEqual(['omar-dulaimi supports']);
    expect(stancesOf(claimsOf('Security analyst Omar Dulaimi said Iraqi forces are not ready to secure the Syrian border.'))).toEqual(['omar-dulaimi opposes']);
  });
});

describe('evaluations heard in Anbar and on Capitol Hill', () => {
  it('"خروج القوات الأميركية في هذا التوقيت سيمنح داعش متنفساً" opposes', () => {
    const text = 'وقال عضو المجلس المحلي لقضاء حديثة مازن الحديثي إن "خروج القوات الأميركية في هذا التوقيت سيمنح داعش متنفساً في صحراء الأنبار".';
    expect(stancesOf(claimsOf(text))).toEqual(['mazn-alhdythy opposes']);
  });

  it('"من غير المنطقي الحديث عن انسحاب التحالف الآن" opposes; "الأفضل أن يبقى الأمريكيون" opposes', () => {
    expect(stancesOf(claimsOf('وقال التاجر جاسم الكربولي إن "من غير المنطقي الحديث عن انسحاب التحالف الآن".'))).toEqual(['jasm-alkrbwly opposes']);
    expect(stancesOf(claimsOf('وقال التاجر جاسم الكربولي إن "الأفضل أن يبقى الأمريكيون حتى تتضح الصورة".'))).toEqual(['jasm-alkrbwly opposes']);
  });

  it('"Pulling the last advisers out of Erbil would be a betrayal" opposes', () => {
    expect(stancesOf(claimsOf('"Pulling the last advisers out of Erbil would be a betrayal," Rep. Don Bacon said.'))).toEqual(['don-bacon opposes']);
  });
});

describe('a correction with وإنما', () => {
  it('"الانتقال إلى أربيل ليس انسحاباً، وإنما إعادة تموضع" describes what happened: no opposition', () => {
    const text = 'وقال المحلل السياسي رعد هاشم إن "الانتقال إلى أربيل ليس انسحاباً، وإنما إعادة تموضع".';
    expect(stancesOf(claimsOf(text)).filter((s) => s.endsWith('opposes'))).toEqual([]);
  });
});

describe('more words of Washington and Baghdad', () => {
  it('"I would not rush out of Iraq" opposes; "so they should go" supports', () => {
    expect(stancesOf(claimsOf('"I would not rush out of Iraq. We\'ve seen that movie," retired Gen. Frank McKenzie said.'))).toEqual(['frank-mckenzie opposes']);
    expect(stancesOf(claimsOf('"They came for Daesh, Daesh is finished, so they should go," said Mahdi Moussawi, a shopkeeper.'))).toEqual(['mahdi-moussawi supports']);
  });

  it('"This is what the Iraqi people want," said X. "…": the quotation goes on with X, not with the people named in it', () => {
    const text = 'Others welcomed the step. "This is what the Iraqi people want," said Mahdi al-Moussawi, a government employee. "They came for Daesh, Daesh is finished, so they should go."';
    expect(stancesOf(claimsOf(text))).toEqual(['mahdi-al-moussawi supports']);
  });

  it('"الوقت قد حان لإلغاء التفويض وإعادة جنودنا" supports', () => {
    expect(stancesOf(claimsOf('وقال النائب الديمقراطي رو خانا إن "الوقت قد حان لإلغاء تفويض حرب العراق وإعادة جنودنا".'))).toEqual(['rw-khana supports']);
  });
});

describe('who else stays', () => {
  it('"والشركات ستبقى في الحقول": the companies staying is no presence of the forces; the contractor supports', () => {
    const text = 'وقال المقاول حيدر السعداوي إن "خروج القوات الأجنبية أمر طبيعي ويجب أن يكتمل، والشركات ستبقى في الحقول".';
    expect(stancesOf(claimsOf(text))).toEqual(['hydr-alsadawy supports']);
  });
});

describe('presence that must end, and support granted in principle', () => {
  it('"فكلاهما وجود أجنبي يجب أن ينتهي" supports: a presence that must end is a withdrawal', () => {
    const text = 'وقال الناشط مهند الياسري إن "الناس لا يفرقون بين مقاتل ومستشار، فكلاهما وجود أجنبي يجب أن ينتهي".';
    expect(stancesOf(claimsOf(text))).toEqual(['mhnd-alyasry supports']);
  });

  it('"أي وجود أميركي بعد أيلول تحت أي مسمى مرفوض" supports: an indefinite presence is still the presence', () => {
    const text = 'وقال النائب علي التميمي إن "أي وجود أميركي بعد أيلول تحت أي مسمى مرفوض".';
    expect(stancesOf(claimsOf(text))).toEqual(['aly-altmymy supports']);
  });

  it('"الانسحاب قرار صحيح من حيث المبدأ، لكن توقيته جاء مبكراً" is mixed', () => {
    const text = 'ويرى الخبير العسكري صباح الزيدي أن "الانسحاب قرار صحيح من حيث المبدأ، لكن توقيته جاء قبل أن يستكمل العراق منظومة دفاعه الجوي".';
    expect(stancesOf(claimsOf(text))).toEqual(['sbah-alzydy mixed']);
  });

  it('"there is no need for them anymore" and "any soldier remaining … is a target" support', () => {
    expect(stancesOf(claimsOf('"There is no need for them anymore," said Aqeel al-Ghazzi, a lawmaker.'))).toEqual(['aqeel-al-ghazzi supports']);
    expect(stancesOf(claimsOf('Security analyst Omar Dulaimi said any soldier remaining after September is a target.'))).toEqual(['omar-dulaimi supports']);
  });

  it('"وجود أي جندي أجنبي في أي شبر من أرض العراق، ومنها أربيل، هو احتلال" supports: هو opens the long subject\'s predicate', () => {
    const text = 'وأكدت كتائب حزب الله أن "وجود أي جندي أجنبي في أي شبر من أرض العراق، ومنها أربيل، هو احتلال".';
    expect(stancesOf(claimsOf(text))).toEqual(['kataib-hezbollah supports']);
  });

  it('"لا يعني انسحاباً بقدر ما هو إعادة انتشار" names what happened; it states no position', () => {
    const text = 'وقال الباحث سالم المنصوري إن "الإعلان الأمريكي لا يعني انسحاباً بقدر ما هو إعادة انتشار".';
    expect(stancesOf(claimsOf(text))).toEqual(['salm-almnswry neutral']);
  });

  it('calling those who stay occupiers, a presence unacceptable, or a reason a pretext to keep them supports', () => {
    expect(stancesOf(claimsOf('"Any American soldier who stays in Erbil after September is an occupier," said Abu Alaa Al Walai.'))).toEqual(['abu-alaa-al-walai supports']);
    expect(stancesOf(claimsOf('Militia leader Jaafar Hamdani said any American presence, even in Erbil, is unacceptable.'))).toEqual(['jaafar-hamdani supports']);
    expect(stancesOf(claimsOf('Kataib Hezbollah said the fall of Assad was being used "as a pretext to keep the occupation."'))).toEqual(['kataib-hezbollah supports']);
  });

  it('common evaluations weigh: صائب، سلبية، the right decision, irresponsible', () => {
    expect(stancesOf(claimsOf('وقال النائب علي الكعبي إن "انسحاب القوات الأجنبية قرار صائب".'))).toEqual(['aly-alkaby supports']);
    expect(stancesOf(claimsOf('وقال النائب علي الكعبي إن "انسحاب القوات الأجنبية الآن خطوة سلبية".'))).toEqual(['aly-alkaby opposes']);
    expect(stancesOf(claimsOf('Analyst Mark Dowd said the withdrawal was the right decision.'))).toEqual(['mark-dowd supports']);
    expect(stancesOf(claimsOf('Analyst Mark Dowd said a withdrawal now would be irresponsible.'))).toEqual(['mark-dowd opposes']);
  });

  it('words that only look like evaluations do not weigh: جيداً (well), لهزيمة داعش in the coalition\'s name, "not a favour"', () => {
    expect(stancesOf(claimsOf('ويقول الباحث كيفن ماركهام إن "الانسحاب تحت النار خطأ، وإدارة بايدن تعرف ذلك جيداً".'))).toEqual(['kyfn-markham opposes']);
    expect(stancesOf(claimsOf('وقال الباحث علي الموسوي إن إنهاء مهمة التحالف الدولي لهزيمة داعش مطلب وطني.'))).toEqual(['aly-almwswy supports']);
    expect(stancesOf(claimsOf('Rebaz Hamalaw said the presence of coalition forces was "not a favour to anyone but a necessity".'))).toEqual(['rebaz-hamalaw opposes']);
  });

  it('consequences and cautions oppose: قفزة في المجهول، تستعجل، عدم الاستعجال، afraid, in the interest of', () => {
    expect(stancesOf(claimsOf('ورأى النائب مثنى السامرائي أن "الحديث عن خروج التحالف في هذا التوقيت قفزة في المجهول".'))).toEqual(['muthanna-al-samarrai opposes']);
    expect(stancesOf(claimsOf('واعتبر النائب ريبوار عمر أن "أطرافاً سياسية في بغداد تستعجل خروج القوات الأمريكية".'))).toEqual(['rybwar-amr opposes']);
    expect(stancesOf(claimsOf('وقال النائب ريبوار عمر إن "المصلحة تقتضي عدم الاستعجال في إخراج المستشارين".'))).toEqual(['rybwar-amr opposes']);
    expect(stancesOf(claimsOf('"I am afraid the Americans leaving will let the militias come back," said Nadia Salim, a teacher.'))).toEqual(['nadia-salim opposes']);
    expect(stancesOf(claimsOf('Masrour Barzani said a continued US presence is in the interest of all Iraq.'))).toEqual(['masrour-barzani opposes']);
  });

  it('"لا يقل أهمية" is no negation, and "انتهاء التهدئة" ends the truce, not the presence', () => {
    expect(stancesOf(claimsOf('وقال القيادي أبو علي الموسوي إن "خروج المحتل من أربيل لا يقل أهمية عن خروجه من عين الأسد".'))).toEqual(['abw-aly-almwswy supports']);
    expect(stancesOf(claimsOf('وقالت تنسيقية المقاومة العراقية إن "أي تمديد لبقاء القوات تحت أي ذريعة مرفوض وسيعني انتهاء التهدئة".'))).toEqual(['resistance-coordination supports']);
  });

  it('"Walking away from Erbil would be the same mistake we made in 2011" opposes', () => {
    const text = '"Walking away from Erbil would be the same mistake we made in 2011," Rep. Mike Rogers said.';
    expect(stancesOf(claimsOf(text))).toEqual(['mike-rogers opposes']);
  });
});

describe('rejecting what leaves the forces in, and a departure that must come', () => {
  it.each([
    ['"any agreement that does not include a full withdrawal is unacceptable" supports', 'Badr lawmaker Hadi Saleh said that "any agreement that does not include a full withdrawal of American forces is unacceptable."', ['hadi-saleh supports']],
    ['"أي اتفاق لا ينص على خروج آخر جندي … لا يعنينا" supports', 'وقال النائب سعد كريم إن "أي اتفاق لا ينص على خروج آخر جندي أميركي من أرض العراق لا يعنينا".', ['sad-krym supports']],
    ['"should not be negotiating its exit" still opposes: the negator is the modal\'s', 'Senator Tom Cotton said the United States "should not be negotiating its exit while Iran arms the militias."', ['tom-cotton opposes']],
    ['"the American presence must end" supports', 'Government spokesman Basim al-Awadi said the American presence "must end in September 2026 as agreed."', ['basim-al-awadi supports']],
    ['"the occupation will leave Iraq whether the Americans like it or not" supports', 'Kataib Hezbollah said that "the occupation will leave Iraq whether the Americans like it or not".', ['kataib-hezbollah supports']],
    ['"القوات الأمريكية ستغادر العراق شاءت أم أبت" supports', 'وقال المتحدث باسم الحركة علي حسين إن "القوات الأمريكية ستغادر العراق شاءت أم أبت".', ['aly-hsyn supports']],
    ['"looks forward to the completion of the coalition\'s mission" supports', "The Iraqi Foreign Ministry said it looks forward to the completion of the coalition's mission on the agreed date.", ['iraq-mofa supports']],
    ['"ولا تراجع عن إنهاء مهمة التحالف" supports', 'وقال رئيس الوزراء محمد شياع السوداني إن "الحكومة ملتزمة، ولا تراجع عن إنهاء مهمة التحالف في موعدها".', ['sudani supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('a US lawmaker labelled by party and state, and a call to pause', () => {
  it('"Rep. Daniel Kovach, R-Ohio, a member of …, said": the lawmaker speaks; R-Ohio names no one', () => {
    const text = 'Rep. Daniel Kovach, R-Ohio, a member of the House Armed Services Committee, said the withdrawal was a mistake.';
    expect(stancesOf(claimsOf(text))).toEqual(['daniel-kovach opposes']);
  });

  it('"called on the administration to pause the drawdown" opposes', () => {
    const text = 'Rep. Daniel Kovach called on the administration to "pause the drawdown until conditions are met."';
    expect(stancesOf(claimsOf(text))).toEqual(['daniel-kovach opposes']);
  });
});

describe('a statement that says, and forces wanted gone', () => {
  it('"أصدرت كتائب حزب الله بيانا جاء فيه أن …": the statement\'s issuer speaks', () => {
    const text = 'وأصدرت كتائب حزب الله بيانا جاء فيه أن "عملياتنا مستمرة حتى خروج آخر جندي أمريكي".';
    expect(stancesOf(claimsOf(text))).toEqual(['kataib-hezbollah supports']);
  });

  it('"they want all US forces gone" supports', () => {
    expect(stancesOf(claimsOf('Kataib Hezbollah said they want all US forces gone.'))).toEqual(['kataib-hezbollah supports']);
  });
});

describe('the withdrawal called a national decision', () => {
  it.each([
    ['"خروج القوات الأجنبية قرار عراقي" supports', 'ورأى القيادي في ائتلاف دولة القانون عقيل الفتلاوي أن "خروج القوات الأجنبية قرار عراقي اتخذ بالإجماع".', ['aqyl-alftlawy supports']],
    ['"the withdrawal … is in everyone\'s interest" supports', 'Iranian spokesman Esmaeil Baghaei said the withdrawal of American forces "is in everyone\'s interest."', ['esmaeil-baghaei supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('a second conjunct opened by an organisation word', () => {
  it('"رأى تحالف الفتح وحركة عصائب أهل الحق أن …": both the alliance and the movement hold the position', () => {
    const text = 'رأى تحالف الفتح وحركة عصائب أهل الحق، في بيانين منفصلين، أن الانسحاب الفوري ضروري.';
    expect(stancesOf(claimsOf(text))).toEqual(['fatah-alliance supports', 'asaib supports']);
  });
});

describe('holding fast to the exit', () => {
  it('"جددت فيه التمسك بخروج القوات الأجنبية" supports', () => {
    const text = 'وأصدرت حركة النجباء بياناً جددت فيه "التمسك بخروج القوات الأجنبية من البلاد".';
    expect(stancesOf(claimsOf(text))).toEqual(['nujaba supports']);
  });
});

describe('an extension of the presence', () => {
  it('"أي تمديد لوجود القوات الأجنبية مرفوض": the ل completes the extension; it states no purpose', () => {
    const text = 'وقال الأمين العام لعصائب أهل الحق قيس الخزعلي إن "أي تمديد لوجود القوات الأجنبية مرفوض".';
    expect(stancesOf(claimsOf(text))).toEqual(['qais-al-khazali supports']);
  });
});

describe('an extension of the mission', () => {
  it('"أي تمديد لمهمة التحالف مرفوض" supports: the mission is what the extension extends, not a second position', () => {
    const text = 'وقال الأمين العام لعصائب أهل الحق قيس الخزعلي إن "أي تمديد لمهمة التحالف مرفوض".';
    expect(stancesOf(claimsOf(text))).toEqual(['qais-al-khazali supports']);
  });

  it('"لن تقبل بتمديد مهمة التحالف" supports: the phrase of staying and the mission share a word, one position', () => {
    const text = 'وقال النائب كريم الربيعي إن بغداد "لن تقبل بتمديد مهمة التحالف تحت أي مسمى".';
    expect(stancesOf(claimsOf(text))).toEqual(['krym-alrbyay supports']);
  });
});

describe('troops not allowed to stay', () => {
  it('"no American soldier will be allowed to remain" supports', () => {
    expect(stancesOf(claimsOf('Kataib Hezbollah said no American soldier would be allowed to remain in Iraq after September.'))).toEqual(['kataib-hezbollah supports']);
  });
});

describe('a businessman calling the exit good news', () => {
  it('"أما رجل الأعمال X فرأى أن رحيل الأمريكيين خبر جيد" supports, and the businessman is the speaker', () => {
    const text = 'أما رجل الأعمال الموصلي سالم الدباغ، الذي يملك شركة مقاولات، فرأى أن "رحيل الأمريكيين خبر جيد للسوق المحلية".';
    expect(stancesOf(claimsOf(text))).toEqual(['salm-aldbagh supports']);
  });
});

describe('the exit as a matter of time', () => {
  it('"خروج القوات الأجنبية بات مسألة وقت" supports', () => {
    const text = 'وقال رئيس تحالف الفتح هادي العامري إن "خروج القوات الأجنبية بات مسألة وقت".';
    expect(stancesOf(claimsOf(text))).toEqual(['hadi-al-amiri supports']);
  });
});

describe('staying or leaving named together', () => {
  it.each([
    ['"قرار بقاء القوات أو رحيلها بيد الحكومة" takes neither side', 'وقال النائب عن الاتحاد الوطني الكردستاني آرام قادر إن "قرار بقاء القوات الأجنبية أو رحيلها بيد الحكومة الاتحادية".', ['aram-qadr neutral']],
    ['"whether US troops stay or leave is for Baghdad to decide" takes neither side', 'Kurdish lawmaker Aram Qadir said whether US troops stay or leave is for Baghdad to decide.', ['aram-qadir neutral']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('something else that stays', () => {
  it('"ستبقى صفقات التسليح قائمة": the arms deals stay, not the troops', () => {
    const text = 'ورأى الخبير الأمني سامر النعيمي أن "الانسحاب من قاعدة حرير لا يعني نهاية العلاقة العسكرية مع واشنطن، إذ ستبقى صفقات التسليح والتدريب قائمة".';
    expect(stancesOf(claimsOf(text)).filter((s) => !s.endsWith('neutral'))).toEqual([]);
  });
});

describe('the exit as a message of weakness', () => {
  it('"الانسحاب من العراق في هذا التوقيت رسالة ضعف" opposes', () => {
    const text = 'وقال النائب الجمهوري جون ميلر إن "الانسحاب من العراق في هذا التوقيت رسالة ضعف".';
    expect(stancesOf(claimsOf(text))).toEqual(['jwn-mylr opposes']);
  });
});

describe('a presence that is no luxury, forces told to go', () => {
  it.each([
    ['"بقاء قوة أمريكية في أربيل ليس ترفاً" opposes, and the name stops before أبعد', 'فيذهب القيادي في الحزب الديمقراطي الكردستاني هيمن رشيد أبعد من ذلك، إذ يعتبر أن "بقاء قوة أمريكية في أربيل ليس ترفاً، بل ضمانة".', ['hymn-rshyd opposes']],
    ['"فليرحلوا" (let them leave) supports', 'وقال القيادي في الحشد الشعبي علي الياسري إن "الجيش قادر على حماية الحدود، والأمريكيون لم يحمونا في 2014، فليرحلوا".', ['aly-alyasry supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('a duty laid on the forces, keeping to the schedule', () => {
  it.each([
    ['"على القوات الأمريكية مغادرة العراق" (the US forces must leave) supports', 'وقال وزير الخارجية الإيراني عباس عراقجي إن "على القوات الأمريكية مغادرة العراق بلا مماطلة".', ['abbas-araghchi supports']],
    ['"على القوات الأمريكية أن تغادر" supports', 'وقال النائب فالح الزيادي إن "على القوات الأجنبية أن تغادر العراق".', ['falh-alzyady supports']],
    ['a duty said never to have been stated is no demand; "without guarantees" does not reach "a mistake"', 'وقال القيادي آزاد ميراني إن "النجف لم تقل يوماً إن على الأمريكيين المغادرة غداً، والانسحاب من دون ضمانات خطأ".', ['azad-myrany opposes']],
    ['"proceeding according to the schedule agreed" supports', 'Government spokesman Basim al-Awadi said the withdrawal "is proceeding smoothly and according to the schedule agreed with our partners."', ['basim-al-awadi supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('staying past the deadline, telling the forces to go', () => {
  it.each([
    ['"أي بقاء بعد أيلول مرفوض" supports: a stay past the deadline is the forces\' stay', 'وأكد النائب ناظم الكرعاوي أن "أي بقاء بعد أيلول مرفوض برلمانياً وشعبياً".', ['nazm-alkraawy supports']],
    ['"لا مكان فيه لمحتل" supports', 'وقال الشيخ حسن الزيدي إن "العراق لأهله، ولا مكان فيه لمحتل".', ['hsn-alzydy supports']],
    ['"يجب أن يخرج الأمريكيون" supports', 'وقال النائب علي نوروزي إن "يجب أن يخرج الأمريكيون من كامل الأراضي العراقية".', ['aly-nwrwzy supports']],
    ['"Let the Americans go home" supports', '"Let the Americans go home. We have our own army now," said Omar Jassim, a shopkeeper in Ramadi.', ['omar-jassim supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('a presence that lost its justification, a need for air support, a final end', () => {
  it.each([
    ['"الوجود العسكري الأمريكي فقد أي مبرر" supports', 'وقال النائب حسين الشمري إن "الوجود العسكري الأمريكي في العراق فقد أي مبرر منذ سنوات".', ['hsyn-alshmry supports']],
    ['"ما زالت تحتاج إلى دعم التحالف" opposes', 'وقال مسؤول في وزارة البيشمركة إن "برامج توحيد الألوية ما زالت تحتاج إلى دعم التحالف، ورحيله قبل اكتمالها سيكون خسارة للجميع".', ['mswwl-fy-wzarh-albyshmrkh opposes']],
    ['"every month the Americans stay is a month of lost sovereignty" supports', 'Lawmaker Ali al-Saedi said: "Every month the Americans stay is a month of lost sovereignty."', ['ali-al-saedi supports']],
    ['"the end of the coalition mission is final" supports', 'Foreign Minister Fuad Hussein said that "the end of the coalition mission in September 2026 is final."', ['fuad-hussein supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('a transition that remained "on track", a wish never hidden', () => {
  it.each([
    ['"remained \\"on track\\"" is a copula, not troops staying: the transition kept on schedule supports', 'The State Department said Monday that the transition away from the coalition military mission in Iraq remained "on track," but a spokesperson declined to give numbers.', ['state-department supports']],
    ['"the Americans will leave as agreed" supports: a departure keeps its schedule', 'Badr leader Hadi al-Amiri said on Sunday that "the Americans will leave as agreed."', ['hadi-al-amiri supports']],
    ['"Erbil has never hidden that it wants the Americans to stay" opposes', '"Erbil has never hidden that it wants the Americans to stay," said the analyst Mohammed Taha.', ['mohammed-taha opposes']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('keeping up attacks until the forces leave', () => {
  it('"keep up attacks until the occupation forces leave Iraq" supports: "keep up" keeps no troops', () => {
    const text = 'Harakat al-Nujaba said it would keep up attacks "until the occupation forces leave Iraq".';
    expect(stancesOf(claimsOf(text))).toEqual(['nujaba supports']);
  });
});

describe('English groups and verbs, a phase extended, a clause of time', () => {
  it.each([
    ['"extending the second phase … is unacceptable" supports: the phase names the forces\' stay', 'Lawmaker Kadhim al-Saedi told Al Jazeera that "extending the second phase by a single day is unacceptable".', ['kadhim-al-saedi supports']],
    ['", when the coalition is due to end its mission" dates the wish to keep a force; it is no second position', 'Kurdish leaders are quietly pressing the Trump administration to keep a small US force in Erbil after September 2026, when the US-led coalition is due to end its mission in the Kurdistan region.', ['kurdish-leaders opposes']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('seeing the agreement through', () => {
  it('"Baghdad fully intends to see the agreement through to its end" supports, in an article about the withdrawal', () => {
    const text = 'Talks on the withdrawal of the US-led coalition resumed on Monday. Iraqi government spokesman Basim al-Awadi told CNN that Baghdad "fully intends to see the agreement through to its end."';
    expect(stancesOf(claimsOf(text))).toEqual(['basim-al-awadi supports']);
  });
});

describe('votes, colloquial wishes, no return of the forces', () => {
  it.each([
    ['"صوّت نواب دولة القانون لصالح الفقرة الخاصة بإنهاء مهمة التحالف" supports: a vote for it is a position', 'وصوّت نواب ائتلاف دولة القانون لصالح الفقرة الخاصة بإنهاء مهمة التحالف.', ['state-of-law supports']],
    ['"خلّي يطلعون" (let them go out) supports', 'وقال المواطن أبو علي الربيعي: "خلّي يطلعون، عشرين سنة وما شفنا منهم خير".', ['abw-aly-alrbyay supports']],
    ['"لن تطلب عودة أي قوات قتالية أجنبية" supports', 'وقال رئيس الوزراء المكلف علي الزيدي إن حكومته "لن تطلب عودة أي قوات قتالية أجنبية".', ['aly-alzydy supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('a move denied the name of withdrawal, a condition far from the cue', () => {
  it.each([
    ['"ليس انسحاباً بل إعادة انتشار" supports: the move is not the withdrawal asked for', 'واعتبرت كتائب حزب الله في بيان أن "نقل القوات من عين الأسد إلى أربيل ليس انسحاباً بل إعادة انتشار".', ['kataib-hezbollah supports']],
    ['"a redeployment, not a withdrawal" supports', 'Mohammed Jassim al-Obaidi, a lawmaker from the Fatah Alliance, said the move to Erbil "is a redeployment, not a withdrawal."', ['mohammed-jassim-al-obaidi supports']],
    ['"ما دام" in a later part of the statement does not make the withdrawal conditional', 'وقال المتحدث باسم كتائب حزب الله إن "نقل القوات من عين الأسد إلى أربيل ليس انسحابا، بل إعادة انتشار داخل الأرض العراقية"، مشددا على أن "الاحتلال سيبقى احتلالا ما دام جندي أمريكي واحد في أي بقعة من العراق".', ['kataib-hezbollah supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('a worry shown (تبدي … قلقاً) with its subject between verb and object', () => {
  it('"فيما تبدي القوى الكردية وأطراف سنية قلقاً من أن يؤدي رحيل التحالف إلى فراغ" gives the worried their own claims', () => {
    const text = 'تطالب الفصائل المسلحة بانسحاب كامل وفوري، فيما تبدي القوى الكردية وأطراف سنية قلقاً من أن يؤدي رحيل التحالف إلى فراغ أمني.';
    expect(stancesOf(claimsOf(text))).toEqual(['alfsayl-almslhh supports', 'alqwy-alkrdyh opposes', 'atraf-snyh opposes']);
  });
});

describe('a move that does not end the occupation, what "those who" want', () => {
  it.each([
    ['"the relocation to Erbil does not end the occupation" supports', 'Kataib Hezbollah said in a statement last week that the relocation to Erbil "does not end the occupation."', ['kataib-hezbollah supports']],
    ['"attacks serve only those who want to keep foreign forces in Iraq" supports', 'Maj. Gen. Yahya Rasool said that "such attacks serve only those who want to keep foreign forces in Iraq longer."', ['yahya-rasool supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('an occupation said not to have ended', () => {
  it.each([
    ['"the handover does not end the occupation" supports: the end is still wanted', 'Harakat al-Nujaba said the handover of Ain al-Asad "does not end the occupation."', ['nujaba supports']],
    ['"تسليم القاعدة لا ينهي الاحتلال" supports', 'وقال المتحدث باسم حركة النجباء إن "تسليم القاعدة لا ينهي الاحتلال".', ['nujaba supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('a person described by a bare office, and an Arabic quotation closed before its comma', () => {
  it.each([
    ['"Ebrahim Rezaei, the committee\'s spokesman," names the Rezaei who speaks later', 'Ebrahim Rezaei, the spokesman for the committee, went further. "The Americans should leave Iraq entirely and immediately," Rezaei told Tasnim.', ['ebrahim-rezaei supports']],
    ['"Ebrahim Rezaei, spokesman for …," without an article does too', 'Ebrahim Rezaei, spokesman for the committee, went further. "The Americans should leave Iraq," Rezaei told Tasnim.', ['ebrahim-rezaei supports']],
    ['a quotation over two sentences, closed by "، قال X لوكالة" is X\'s', 'وذهب النائب علي الساعدي أبعد من ذلك. "عامان هدية لا يستحقونها. على الأمريكيين الرحيل فوراً"، قال الساعدي لوكالة تسنيم.', ['aly-alsaady supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('statements issued, objects of another verb, "he" after an introduction, long appositions', () => {
  it.each([
    ['"X, a faction within Y, issued a statement saying" is X\'s', 'The Babylon Movement, a Christian-branded faction within the Popular Mobilization Forces, issued a statement saying that "all foreign forces must leave Iraq without delay."', ['babylon-movement supports']],
    ['"dismissed the Pentagon statement …, insisting that" is the dismisser\'s, not the Pentagon\'s', 'Kataib Hezbollah, the powerful Iran-aligned faction, dismissed the Pentagon statement in a Telegram post as "a repackaging", insisting that "the only acceptable drawdown is to zero".', ['kataib-hezbollah supports']],
    ['"He warned that" after a sentence that introduces him is his', 'Sunni lawmaker Omar al-Nimrawi, who represents Anbar, drew the opposite lesson. He warned that "a rushed withdrawal would be a gift to the jihadists".', ['omar-al-nimrawi opposes']],
    ['a long apposition with "whose" between the name and "told"', '"I want them out, all of them," Hawraa Sattar, a 24-year-old pharmacist from Baghdad whose videos on the subject have drawn more than two million views, told Middle East Eye.', ['hawraa-sattar supports']],
    ['"Our troops should come home" supports', 'Congresswoman Priya Desai said: "Our troops should come home."', ['priya-desai supports']],
    ['"بقاء قوة دولية في كردستان ضرورة" opposes: an international force is the forces', 'وقال عضو الحزب الديمقراطي الكردستاني سردار البرزنجي إن "بقاء قوة دولية في كردستان ضرورة".', ['srdar-albrznjy opposes']],
    ['"إنهاء مهمة التحالف خيار وطني" supports', 'وقال رئيس تيار الحكمة الوطني عمار الحكيم إن "إنهاء مهمة التحالف خيار وطني".', ['ammar-al-hakim supports']],
    ['"تنسيقية الطلبة" is an organisation that speaks', 'وقالت تنسيقية الطلبة إنها تدعم إنهاء مهمة التحالف.', ['tnsyqyh-altlbh supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('a presence called an insult', () => {
  it('"بقاء القوات الأجنبية إهانة للعراق" supports', () => {
    expect(stancesOf(claimsOf('وقال النائب علي الساعدي إن "بقاء القوات الأجنبية إهانة للعراق".'))).toEqual(['aly-alsaady supports']);
  });
});

describe('what a withdrawal is said to lead to', () => {
  it.each([
    ['"خروج التحالف سيطلق يد أنقرة" opposes', 'أما الباحث الكردي كاروان شيخاني فيرى أن "خروج التحالف سيطلق يد أنقرة أكثر في الشمال".', ['karwan-shykhany opposes']],
    ['"خروج الأمريكيين سيترك العراق ساحة مفتوحة لإيران" opposes', 'واعتبر النائب عبد الرحمن المشهداني أن "خروج الأمريكيين في هذا التوقيت سيترك العراق ساحة مفتوحة لإيران".', ['abd-alrhmn-almshhdany opposes']],
    ['"خروج القوات الأجنبية يخدم أمن المنطقة" supports', 'وقال المتحدث إسماعيل بقائي إن "خروج القوات الأجنبية من المنطقة يخدم أمنها واستقرارها".', ['esmaeil-baghaei supports']],
    ['"continue to insist on a complete exit" supports', 'Kataib Hezbollah continues to insist on a complete exit of US forces.', ['kataib-hezbollah supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('a departure supposed, then who will protect', () => {
  it.each([
    ['"من سيحمي سماء العراق إذا غادرت طائرات التحالف؟" opposes', 'وقال الناشط حسن علي: "من سيحمي سماء العراق إذا غادرت طائرات التحالف؟"', ['hsn-aly opposes']],
    ['"If the Americans leave …, who will protect us?" opposes', 'Teacher Khalid Mashhadani said: "If the Americans leave and the border is breached, who will protect us?"', ['khalid-mashhadani opposes']],
    ['"If they leave, who will stop the drones?" opposes without naming them', 'Shopkeeper Dana Omar said: "If they leave, who will stop the drones?"', ['dana-omar opposes']],
    ['a supposed departure with no question of protection is only spoken of', 'Shopkeeper Dana Omar said: "If they leave, we will manage."', ['dana-omar neutral']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('a clear end, and no going back on the exit', () => {
  it.each([
    ['"يرسم نهاية واضحة لوجود التحالف" supports', 'وقال المتحدث باسم الحكومة باسم العوادي إن "ما تحقق إنجاز تفاوضي يرسم نهاية واضحة لوجود التحالف".', ['basim-al-awadi supports']],
    ['"لا رجعة عن خروج آخر جندي أجنبي" supports', 'وقال النائب عدنان الشطري إن "لا رجعة عن خروج آخر جندي أجنبي من أرضنا".', ['adnan-alshtry supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('a negator does not reach past وأن, and a withdrawal called a correction or a gamble', () => {
  it.each([
    ['"لن تنتظر …" وأن المطلوب "خروج فوري" supports', 'ورأت كتائب حزب الله أن "المقاومة لن تنتظر عامين آخرين" وأن المطلوب هو "خروج فوري وكامل".', ['kataib-hezbollah supports']],
    ['"خروج القوات الأمريكية تصحيح لخطأ تاريخي" supports', 'وقال الأمين العام لحركة بابليون ريان الكلداني إن "خروج القوات الأمريكية تصحيح لخطأ تاريخي".', ['ryan-alkldany supports']],
    ['"الانسحاب الآن مقامرة بأرواح الناس" opposes', 'وقال النائب حامد العلياوي إن "الانسحاب الآن مقامرة بأرواح الناس".', ['hamd-alalyawy opposes']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('English forms of a withdrawal: "want X out", inflected verbs, and what "whoever" wants', () => {
  it.each([
    ['"We want US forces out of Iraq" supports', 'Lawmaker Ali Hassan said: "We want US forces out of Iraq."', ['ali-hassan supports']],
    ['"expelling the occupation forces" supports', 'Lawmaker Ali Hassan said the movement is "committed to expelling the occupation forces."', ['ali-hassan supports']],
    ['"the coalition departed" needs the forces named: "the bus departed" says nothing', 'Lawmaker Ali Hassan said the bus departed on time.', []],
    ['"Whoever wants the Americans out quickly should tell us …" is no support: what "whoever" wants is argued against', 'Lawmaker Ali Hassan said: "Whoever wants the Americans out quickly should tell us who will guard the desert."', ['ali-hassan neutral']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('Arabic verbs of pulling forces out, and a departure after which no one protects', () => {
  it.each([
    ['"على واشنطن أن تسحب قواتها" supports', 'وقال النائب علي الساعدي إن "على واشنطن أن تسحب قواتها من العراق".', ['aly-alsaady supports']],
    ['"منو يحمي الصحرا بعدما يرحلون؟" opposes', 'وقال الشيخ علي الساعدي: "منو يحمي الصحرا بعدما يرحلون؟"', ['aly-alsaady opposes']],
    ['"Once the Americans leave, who will protect us?" opposes', 'Shopkeeper Dana Omar said: "Once the Americans leave, who will protect us?"', ['dana-omar opposes']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('English "against" and "not against"', () => {
  it.each([
    ['"I am against the withdrawal" opposes', 'Lawmaker Ali Hassan said: "I am against the withdrawal of US forces."', ['ali-hassan opposes']],
    ['"We are not against the withdrawal" supports', 'Lawmaker Ali Hassan said: "We are not against the withdrawal of US forces."', ['ali-hassan supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('a third party whose quoted words open with a negated verb', () => {
  it.each([
    ['مصدر: إن واشنطن "لا تريد انسحابا سريعا" is Washington opposing', 'وقال مصدر حكومي إن واشنطن "لا تريد انسحابا سريعا".', ['us-gov opposes']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('a danger named as what is confronted does not judge the presence', () => {
  it.each([
    ['"أهمية استمرار دعم التحالف في مواجهة خطر داعش" opposes', 'وأكد النائب علي الساعدي "أهمية استمرار دعم التحالف الدولي في مواجهة خطر داعش".', ['aly-alsaady opposes']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('English "need" with the forces named, and "every soldier out"', () => {
  it.each([
    ['"Iraq no longer needs a military mission" supports', 'Foreign Minister Ali Hassan said Iraq no longer needs a multinational military mission on its soil.', ['ali-hassan supports']],
    ['"We need the advisers" opposes', 'Lawmaker Ali Hassan said: "We need the advisers for a few more years."', ['ali-hassan opposes']],
    ['"We want every foreign soldier out" supports', 'Lawmaker Ali Hassan said: "We want every foreign soldier out."', ['ali-hassan supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('the loser of a departure', () => {
  it.each([
    ['"سيكون الخاسر الأكبر إذا غادرت القوات" opposes', 'وقال النائب علي الساعدي إن "الإقليم سيكون الخاسر الأكبر إذا غادرت القوات الأمريكية كلياً".', ['aly-alsaady opposes']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('the enemy a coalition fights is no verdict on ending its mission', () => {
  it.each([
    ['"المطلوب إنهاء المهمة العسكرية للتحالف الدولي ضد "داعش"" supports', 'وقال النائب علي الساعدي إن «المطلوب إنهاء المهمة العسكرية للتحالف الدولي ضد "داعش" هذا العام».', ['aly-alsaady supports']],
    ['"لسنا ضد إنهاء المهمة" still weighs', 'وقال النائب علي الساعدي: "نحن ضد إنهاء المهمة الآن".', ['aly-alsaady opposes']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('"لا أحد" (nobody) as the subject of a verb of wanting', () => {
  it.each([
    ['"فلا أحد يريد بقاء قوات أجنبية" is the speaker supporting, not the body named before it', 'وقال النائب علي الساعدي إن "تصريحات الوزير تعبر عن موقف القوى السياسية كافة، فلا أحد يريد بقاء قوات أجنبية على أرض العراق".', ['aly-alsaady supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('an outlet named without quotation marks before عن passes the word to its source', () => {
  it.each([
    ['نقلت شبكة رووداو الكردية عن رئيس الإقليم قوله إن … opposes', 'ونقلت شبكة رووداو الكردية عن رئيس إقليم كردستان نيجيرفان بارزاني قوله إن "الإقليم لا يزال بحاجة إلى دعم التحالف".', ['nechirvan-barzani opposes']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('the coalition\'s support and partnership, weighed, are a presence', () => {
  it.each([
    ['"الشراكة مع التحالف الدولي ما زالت ضرورية" opposes', 'وقال الوزير علي الساعدي إن "الشراكة مع التحالف الدولي ما زالت ضرورية".', ['aly-alsaady opposes']],
    ['"دعم التحالف ما زال ضرورياً" opposes', 'وقال الوزير علي الساعدي إن "دعم التحالف ما زال ضرورياً لقواتنا".', ['aly-alsaady opposes']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('asking for patience over a withdrawal is asking to delay it', () => {
  it.each([
    ['"التريث في تنفيذ الانسحاب" opposes', 'وطالب النائب علي الساعدي الحكومة بـ«التريث في تنفيذ الانسحاب من قاعدة عين الأسد».', ['aly-alsaady opposes']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('reasons for a presence that have lapsed (انتفت) are a verdict against it', () => {
  it.each([
    ['"مبررات بقائها انتفت" supports', 'وقال النائب علي الساعدي إن "القوات الأجنبية مبررات بقائها انتفت بعد هزيمة داعش".', ['aly-alsaady supports']],
    ['"التحالف انتفت مبررات وجوده" supports', 'وقال النائب علي الساعدي إن "التحالف انتفت مبررات وجوده بعد هزيمة داعش".', ['aly-alsaady supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('not backing down from, or not changing, a decision to withdraw upholds it', () => {
  it.each([
    ['"ألا تتراجع خطوة واحدة عن جدول انسحاب" supports', 'وأكد النائب علي الساعدي أن «على الحكومة ألا تتراجع خطوة واحدة عن جدول انسحاب قوات التحالف».', ['aly-alsaady supports']],
    ['"لن يغيّر قرار خروج القوات" supports', 'وقال النائب علي الساعدي: «ندين أي اعتداء على المنشآت، لكن هذا لن يغيّر قرار خروج القوات».', ['aly-alsaady supports']],
    ['"لن تتراجع عن بقاء القوات" opposes', 'وقال النائب علي الساعدي إن حكومة الإقليم «لن تتراجع عن مطلب بقاء القوات الأمريكية».', ['aly-alsaady opposes']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('"لم تعد" (no longer) before a verb negates that verb', () => {
  it.each([
    ['a body that "لم تعد تعارض الخروج" holds that position itself, supporting', 'وقال النائب علي الساعدي إن الحكومة "لم تعد تعارض الخروج الأميركي كما في السابق".', ['iraq-gov supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('reiterating a position is stating it', () => {
  it.each([
    ['"reiterated Tehran\'s support for … to end the foreign military presence" supports', 'Foreign Minister Abbas Araghchi reiterated Tehran\'s support for "the Iraqi government\'s efforts to end the foreign military presence on its soil."', ['abbas-araghchi supports']],
    ['"وكرر النائب … مطالبته بانسحاب القوات" supports', 'وكرر النائب علي الساعدي مطالبته بانسحاب القوات الأجنبية.', ['aly-alsaady supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('narrating (يروي، روى) and posting (دوّن) are verbs of saying', () => {
  it.each([
    ['"ويروي سائق الأجرة حسن مطر … خلّيهم يطلعون" supports', 'ويروي سائق الأجرة حسن مطر أن ابنه سأله عن الأمريكان، ويضيف: "خلّيهم يطلعون".', ['hsn-mtr supports']],
    ['"فقد دوّن على منصة «إكس» أن «رحيل الأمريكيين … سيقوي الميليشيات»" opposes', 'أما أستاذ العلوم السياسية في جامعة الكويت يوسف العنزي، فقد دوّن على منصة «إكس» أن «رحيل الأمريكيين من العراق سيقوي الميليشيات ويضعف الدولة».', ['ywsf-alanzy opposes']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('"not only … but" (ليس … فقط، بل) asserts the first thing too', () => {
  it.each([
    ['"المطلوب ليس إنهاء مهمة التحالف فقط، بل إخراج كل القوات" supports', 'وقال النائب علي الساعدي إن «المطلوب ليس إنهاء مهمة التحالف فقط، بل إخراج كل القوات الأميركية من العراق».', ['aly-alsaady supports']],
    ['"should not only end the coalition mission but bring every soldier home" supports', 'Senator Jim Banks said the US should not only end the coalition mission but bring every soldier home.', ['jim-banks supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('calling a fear overblown (تهويل، مبالغ فيه، fearmongering) turns it around', () => {
  it.each([
    ['"الحديث عن فراغ أمني بعد رحيل التحالف تهويل لا أساس له" supports', 'وقال المحلل السياسي كريم الموسوي إن الحديث عن فراغ أمني بعد رحيل التحالف تهويل لا أساس له.', ['krym-almwswy supports']],
    ['"الحديث عن انهيار أمني بعد انسحاب القوات مبالغ فيه" supports', 'وقال المحلل السياسي كريم الموسوي إن «الحديث عن انهيار أمني بعد انسحاب القوات مبالغ فيه».', ['krym-almwswy supports']],
    ['"التهويل من مخاطر الانسحاب" supports', 'وقال المحلل السياسي كريم الموسوي إن التهويل من مخاطر الانسحاب الأمريكي حملة مقصودة.', ['krym-almwswy supports']],
    ['"the fearmongering about the withdrawal must stop" supports', 'Political analyst Karim Nasrawi said the fearmongering about the withdrawal must stop.', ['karim-nasrawi supports']],
    ['a negated one affirms: "الانسحاب كارثة بلا مبالغة" opposes', 'وقال المحلل السياسي كريم الموسوي إن الانسحاب كارثة بلا مبالغة.', ['krym-almwswy opposes']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });

  it('after a verb the word is an act, not a verdict: "تريد تخويف القوات ودفعها إلى الرحيل" is not turned around', () => {
    const stances = stancesOf(claimsOf('وقال المحلل السياسي كريم الموسوي إن الفصائل تريد تخويف القوات الأمريكية ودفعها إلى الرحيل.'));
    expect(stances).not.toContain('krym-almwswy opposes');
  });
});

describe('the soldiers and the verb of staying said of them state one position', () => {
  it.each([
    ['"not a single American soldier should remain" supports', 'Senator Jim Banks said not a single American soldier should remain in Erbil after next year.', ['jim-banks supports']],
    ['"a single American soldier" alone is still read: "will not accept a single American soldier" supports', 'Senator Jim Banks said Iraq will not accept a single American soldier on its soil.', ['jim-banks supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });

  it('a withdrawal after the timetable that stands for it (جدول زمني لتقليص وجودها) is still read', () => {
    const text = 'وتسعى بغداد إلى جدول زمني لانسحاب التحالف. وعقد العراق والولايات المتحدة الجولة الأولى من المحادثات، حيث تتوقع بغداد أن تؤدي المناقشات إلى جدول زمني لتقليص وجودها.';
    expect(stancesOf(claimsOf(text))).toEqual(['iraq-gov supports', 'iraq-gov neutral']);
  });
});

describe('a combat presence (وجود قتالي) is a presence', () => {
  it.each([
    ['"لا حاجة لأي وجود قتالي أجنبي" supports', 'وقال النائب علي الساعدي إنه لا حاجة لأي وجود قتالي أجنبي في العراق.', ['aly-alsaady supports']],
    ['"يرفض أي وجود قتالي" supports', 'وقال النائب علي الساعدي إن العراق يرفض أي وجود قتالي على أرضه.', ['aly-alsaady supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('a victory for the national will (انتصار للإرادة الوطنية), a long-awaited step: welcoming words', () => {
  it.each([
    ['"انسحاب القوات الأمريكية انتصار للإرادة الوطنية" supports', 'وقال النائب علي الساعدي إن انسحاب القوات الأمريكية انتصار للإرادة الوطنية.', ['aly-alsaady supports']],
    ['"the withdrawal … is a long-awaited step" supports', 'Senator Jim Banks said the withdrawal of US troops from Iraq is a long-awaited step.', ['jim-banks supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('"what it wants": a verb of wanting inside "what …" is someone else\'s, and its subject is there', () => {
  it('"would hand Tehran exactly what it wants and leave the army exposed," said an analyst: the analyst, opposing', () => {
    const text = '"A full withdrawal would hand Tehran exactly what it wants and leave the army exposed," said Layla Karimi, an Iraq analyst at a Washington think tank.';
    expect(stancesOf(claimsOf(text))).toEqual(['layla-karimi opposes']);
  });
});

describe('calling the withdrawal too slow (far too slow, بطيئة جدا) asks for more of it', () => {
  it.each([
    ['"the withdrawal of US troops is far too slow" supports', 'Senator Jim Banks said the withdrawal of US troops from Iraq is far too slow.', ['jim-banks supports']],
    ['"وتيرة الانسحاب الأمريكي بطيئة جدا" supports', 'وقال النائب علي الساعدي إن وتيرة الانسحاب الأمريكي بطيئة جدا.', ['aly-alsaady supports']],
    ['a delay word still turns around what it delays: "any attempt to slow down the withdrawal is unacceptable" supports', 'Senator Jim Banks said any attempt to slow down the withdrawal of US troops is unacceptable.', ['jim-banks supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('putting things right (يعيد الأمور إلى نصابها) and no going back (لا عودة إلى الوراء) welcome what they are said of', () => {
  it.each([
    ['"خروج القوات الأجنبية يعيد الأمور إلى نصابها" supports', 'وقال النائب علي الساعدي إن خروج القوات الأجنبية يعيد الأمور إلى نصابها.', ['aly-alsaady supports']],
    ['"إنهاء مهمة التحالف … لن يشهد عودة إلى الوراء" supports', 'وقال النائب علي الساعدي إن ملف إنهاء مهمة التحالف لن يشهد عودة إلى الوراء.', ['aly-alsaady supports']],
    ['"there is no going back on the withdrawal" supports', 'Senator Jim Banks said there is no going back on the withdrawal of US troops.', ['jim-banks supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('less than a full exit (بأقل من، short of) is what is turned down', () => {
  it.each([
    ['"لن تقبل بأقل من خروج كامل" supports', 'وقال النائب علي الساعدي إن الكتلة لن تقبل بأقل من خروج كامل لقوات الاحتلال.', ['aly-alsaady supports']],
    ['"anything short of a full withdrawal … is unacceptable" supports', 'Senator Jim Banks said anything short of a full withdrawal of US troops is unacceptable.', ['jim-banks supports']],
    ['"will accept nothing short of a complete exit" supports', 'Senator Jim Banks said Iraq will accept nothing short of a complete exit of US forces.', ['jim-banks supports']],
    ['"will not accept anything short of a full withdrawal" supports', 'Senator Jim Banks said Iraq will not accept anything short of a full withdrawal of US troops.', ['jim-banks supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('an aside between commas (سواء في بغداد أو أربيل، including Erbil) does not hold the predicate from its subject', () => {
  it.each([
    ['"إنهاء أي وجود عسكري أجنبي على أرض العراق، سواء في بغداد أو أربيل، التزام وطني" supports', 'وقال النائب علي الساعدي إن «إنهاء أي وجود عسكري أجنبي على أرض العراق، سواء في بغداد أو أربيل، التزام وطني لا يحتمل التسويف».', ['aly-alsaady supports']],
    ['"خروج القوات الأمريكية من العراق بالكامل، بما في ذلك إقليم كردستان، يصب في مصلحة أمن المنطقة" supports', 'وقال النائب علي الساعدي إن «خروج القوات الأمريكية من العراق بالكامل، بما في ذلك إقليم كردستان، يصب في مصلحة أمن المنطقة واستقرارها».', ['aly-alsaady supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('a clause of time after the cue (قبل أن تكتمل جاهزية …) dates the withdrawal; it does not judge it', () => {
  it.each([
    ['"سيدفع الثمن إذا غادرت القوات قبل أن تكتمل جاهزية البيشمركة" opposes', 'وقال النائب علي الساعدي إن الإقليم سيدفع الثمن إذا غادرت القوات الأمريكية قبل أن تكتمل جاهزية البيشمركة.', ['aly-alsaady opposes']],
    ['"خروج القوات بعد أن تكتمل جاهزية الجيش ضرورة" supports', 'وقال النائب علي الساعدي إن خروج القوات الأمريكية بعد أن تكتمل جاهزية الجيش ضرورة وطنية.', ['aly-alsaady supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('calling talk of staying untrue (لا صحة، عار عن الصحة، false) denies the staying', () => {
  it.each([
    ['"لا صحة للحديث عن بقاء قوات أمريكية بعد أيلول" supports', 'وقال النائب علي الساعدي إنه لا صحة للحديث عن بقاء قوات أمريكية بعد أيلول.', ['aly-alsaady supports']],
    ['"الحديث عن بقاء قوات أمريكية بعد أيلول عار عن الصحة" supports', 'وقال النائب علي الساعدي إن الحديث عن بقاء قوات أمريكية بعد أيلول عار عن الصحة.', ['aly-alsaady supports']],
    ['"reports that US troops would stay beyond 2026 were false" supports', 'Senator Jim Banks said reports that US troops would stay in Iraq beyond 2026 were false.', ['jim-banks supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('a negator spent on a delay word (لا تأخير، should not delay) asks for the withdrawal', () => {
  it.each([
    ['"لا تأخير في انسحاب القوات" supports', 'وقال النائب علي الساعدي: لا تأخير في انسحاب القوات الأمريكية.', ['aly-alsaady supports']],
    ['"لا يجوز تأجيل انسحاب القوات" supports', 'وقال النائب علي الساعدي إنه لا يجوز تأجيل انسحاب القوات الأمريكية.', ['aly-alsaady supports']],
    ['"على الحكومة ألا تؤخر انسحاب القوات" supports', 'وقال النائب علي الساعدي إن على الحكومة ألا تؤخر انسحاب القوات الأمريكية.', ['aly-alsaady supports']],
    ['"should not delay the withdrawal" supports', 'Senator Jim Banks said the Pentagon should not delay the withdrawal from Iraq.', ['jim-banks supports']],
    ['"urged the Pentagon not to slow down the withdrawal" supports', 'Senator Jim Banks urged the Pentagon not to slow down the withdrawal from Iraq.', ['jim-banks supports']],
    ['"will not postpone the withdrawal" supports', 'Senator Jim Banks said Washington will not postpone the withdrawal of US troops.', ['jim-banks supports']],
    ['a delay word that is not negated still opposes: "urged the Pentagon to slow down the withdrawal"', 'Senator Jim Banks urged the Pentagon to slow down the withdrawal from Iraq.', ['jim-banks opposes']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('not hiding a wish (لا تخفي رغبتها) states it', () => {
  it.each([
    ['"القوى الكردية لا تخفي رغبتها في بقاء القوات" is the Kurdish forces\' opposition', 'والقوى الكردية لا تخفي رغبتها في بقاء القوات الأمريكية.', ['alqwy-alkrdyh opposes']],
    ['"طهران لم تخف يوماً رغبتها في رؤية آخر جندي أميركي يغادر" supports', 'وقالت الصحيفة إن طهران لم تخف يوماً رغبتها في رؤية آخر جندي أميركي يغادر العراق.', ['iran supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('forces called legitimate targets (أهداف مشروعة) are wanted out', () => {
  it.each([
    ['"القوات الأمريكية الباقية ستكون أهدافاً مشروعة" supports', 'وقالت كتائب حزب الله إن القوات الأمريكية الباقية في العراق ستكون أهدافاً مشروعة.', ['kataib-hezbollah supports']],
    ['"أي جندي أجنبي يبقى في أربيل بعد أيلول هدف مشروع" supports', 'وتعتبر كتائب حزب الله أن «أي جندي أجنبي يبقى في أربيل بعد أيلول هدف مشروع».', ['kataib-hezbollah supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('a signed column: the author speaks in the first person', () => {
  const column = (byline: string, body: string) => `المدى\nليس الآن.. وليس بهذه الطريقة\n\n${byline}\n18 كانون الثاني 2024\n\n${body}\n`;

  it.each([
    ['"أنا مع إنهاء المهمة" under a name line is the author\'s support', column('نادية الخفاجي', 'خلاصة القول: أنا مع إنهاء مهمة التحالف الدولي في موعدها.'), ['nadyh-alkhfajy supports']],
    ['"في تقديري، بقاء القوات الأجنبية خطأ" after بقلم is the author\'s', column('بقلم: نادية الخفاجي', 'في تقديري، بقاء القوات الأجنبية على أرض العراق خطأ كبير.'), ['nadyh-alkhfajy supports']],
    ['"In my view, a full withdrawal would be a mistake" under "By X" is the author\'s opposition', 'The Hill\nLeaving Erbil would be a mistake\n\nBy Michael Carrington, opinion contributor\n07/15/25\n\nIn my view, a full withdrawal of US troops from Iraq would be a mistake.\n', ['michael-carrington opposes']],
    ['a first-person word inside a quotation is the quoted speaker\'s, not the author\'s', column('نادية الخفاجي', 'ويقول أحد الجنود: «أنا مع انسحاب القوات الأمريكية».'), []],
    ['with no byline, a first-person sentence has no speaker', 'المدى\nليس الآن.. وليس بهذه الطريقة\n18 كانون الثاني 2024\n\nخلاصة القول: أنا مع إنهاء مهمة التحالف الدولي في موعدها.\n', []],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('a wish that the statement\'s verb of refusing takes as object is refused', () => {
  it.each([
    ['"rejected plans to keep 500 troops" supports', 'Senator Jim Banks on Wednesday rejected plans to keep 500 troops in Iraq.', ['jim-banks supports']],
    ['"rejected reports that it plans to keep troops" supports', 'Senator Jim Banks rejected reports that Washington plans to keep 500 troops in Iraq.', ['jim-banks supports']],
    ['"نفى وجود خطة لإبقاء 500 جندي" supports', 'ونفى النائب علي الساعدي وجود خطة لإبقاء 500 جندي أمريكي في العراق.', ['aly-alsaady supports']],
    ['"انتقد خطط الانسحاب من العراق" opposes', 'وانتقد النائب علي الساعدي خطط الانسحاب الأمريكي من العراق.', ['aly-alsaady opposes']],
    ['a negated wish after the verb is not refused twice: "warned they will not accept any American presence" supports', 'Kataib Hezbollah warned they will not accept any American presence in Iraq after the deadline.', ['kataib-hezbollah supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('avoiding, sinister intent, and a cue named as a word', () => {
  it.each([
    ['"تريد تجنب أي مشهد يشبه الانسحاب من أفغانستان" opposes', 'وقال النائب علي الساعدي إنه يريد تجنب أي مشهد يشبه الانسحاب الأمريكي من أفغانستان.', ['aly-alsaady opposes']],
    ['"wants to avoid a hasty withdrawal" opposes', 'Senator Jim Banks said he wants to avoid a hasty withdrawal of US troops from Iraq.', ['jim-banks opposes']],
    ['"نية مبيتة لإبقاء القوات" supports', 'وقال النائب علي الساعدي إن هناك نية مبيتة لإبقاء القوات الأمريكية.', ['aly-alsaady supports']],
    ['"تجنب كلمة انسحاب" takes no position on the withdrawal', 'وقال النائب علي الساعدي إن الطرفين حرصا على تجنب كلمة انسحاب في البيان.', []],
    ['"avoided the word "withdrawal"" takes no position on it', 'Senator Jim Banks said officials avoided the word "withdrawal" in the statement.', []],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('not objecting (لا يمانع) and insisting (مصر على)', () => {
  it.each([
    ['"الحكومة لا تمانع بقاء عدد من المستشارين" is the government\'s acceptance of the advisers staying', 'وقال النائب علي الساعدي إن الحكومة لا تمانع بقاء عدد من المستشارين الأمريكيين.', ['iraq-gov opposes']],
    ['"يمانع بقاء القوات" supports', 'ويمانع النائب علي الساعدي بقاء القوات الأمريكية بعد أيلول.', ['aly-alsaady supports']],
    ['"X مصرّ على إنهاء مهمة التحالف" is X\'s support', 'والنائب علي الساعدي مصرّ على إنهاء مهمة التحالف الدولي في موعدها.', ['aly-alsaady supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('a named base is what leaving is about', () => {
  it.each([
    ['"leaving Ain al-Asad now would be premature" opposes', 'Senator Jim Banks said leaving Ain al-Asad now would be premature.', ['jim-banks opposes']],
    ['"مغادرة حرير قبل نهاية العام خطأ كبير" opposes', 'وقال النائب علي الساعدي إن مغادرة حرير قبل نهاية العام خطأ كبير.', ['aly-alsaady opposes']],
    ['leaving a place that is no base says nothing of the troops', 'Senator Jim Banks said leaving the hotel now would be premature.', []],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('little reason to stay, and a demand not dropped', () => {
  it.each([
    ['"sees little reason to keep American troops in Iraq" supports', 'Senator Jim Banks said he sees little reason to keep American troops in Iraq.', ['jim-banks supports']],
    ['"has not dropped its demand that every American soldier leave" supports', 'Kataib Hezbollah announced that it was suspending attacks, but it has not dropped its demand that every American soldier leave Iraq.', ['kataib-hezbollah supports']],
    ['"has dropped plans to withdraw" opposes', 'Senator Jim Banks said the administration has dropped plans to withdraw US troops from Iraq.', ['jim-banks opposes']],
    ['"stay a little longer" is still staying', 'Senator Jim Banks said US troops should stay a little longer in Iraq.', ['jim-banks opposes']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('gifts to the terrorists and the troops that remain', () => {
  it.each([
    ['"رحيلها الآن سيكون هدية للإرهابيين" after "القوة المتبقية" opposes', 'وقال النائب علي الساعدي إن القوة المتبقية تحمي العراق، ورحيلها الآن سيكون هدية للإرهابيين.', ['aly-alsaady opposes']],
    ['"خروج الأميركيين يعني عودة خلايا داعش" opposes', 'وقال النائب علي الساعدي إن خروج الأميركيين من الأنبار يعني عودة خلايا داعش إلى الصحراء.', ['aly-alsaady opposes']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('a country free of foreign troops, and an era that is over', () => {
  it.each([
    ['"يجب أن تكون خالية من أي جندي أجنبي" supports', 'وقال النائب علي الساعدي إن «مرحلة ما بعد سبتمبر يجب أن تكون خالية من أي جندي أجنبي».', ['aly-alsaady supports']],
    ['"خالية من الإرهاب" says nothing of the troops', 'وقال النائب علي الساعدي إن المحافظة أصبحت خالية من الإرهاب.', []],
    ['"لا سيادة مع وجود المحتل" supports', 'وقال النائب علي الساعدي: «لا سيادة مع وجود المحتل».', ['aly-alsaady supports']],
    ['"must be free of foreign troops" supports', 'Senator Jim Banks said Iraq must be free of foreign troops.', ['jim-banks supports']],
    ['"free of foreign interference" says nothing of the troops', 'Senator Jim Banks said Iraq must be free of foreign interference.', []],
    ['"the era of foreign forces in Iraq is over" supports', 'Senator Jim Banks said: "The era of foreign forces in Iraq is over."', ['jim-banks supports']],
    ['"every last adviser should be home by Christmas" supports', 'Senator Jim Banks said "every last adviser should be home by Christmas."', ['jim-banks supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('a right of the Iraqis, permanent bases, and what "whoever" wants', () => {
  it.each([
    ['"خروج القوات الأجنبية حق للعراقيين" supports', 'وقال النائب علي الساعدي إن "خروج القوات الأجنبية حق للعراقيين".', ['aly-alsaady supports']],
    ['"لا أحد يريد أن يرى قواعد دائمة" supports', 'وقال النائب علي الساعدي إن "لا أحد في الخليج يريد أن يرى قواعد دائمة في أي بلد عربي".', ['aly-alsaady supports']],
    ['"nobody wants permanent bases in Iraq" supports', 'Senator Jim Banks said nobody wants permanent bases in Iraq.', ['jim-banks supports']],
    ['"من يتحدث عن الفراغ يريد بقاء القوات": what whoever talks of a vacuum wants is argued against', 'وقال النائب علي الساعدي إن من يتحدث عن الفراغ يريد بقاء القوات الأمريكية.', ['aly-alsaady supports']],
    ['"كثير من العراقيين يريدون بقاء القوات": من as a preposition opens no clause', 'وقال النائب علي الساعدي إن كثيرا من العراقيين يريدون بقاء القوات الأمريكية.', ['aly-alsaady opposes']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('an abbreviated doctor, a claim made, and days numbered', () => {
  it.each([
    ['"أستاذ العلوم السياسية د. مشاري الفضلي": the name after د. is the person', 'وقال أستاذ العلوم السياسية د. مشاري الفضلي إن العراق يطالب بانسحاب القوات الأمريكية.', ['mshary-alfdly supports']],
    ['"… في جامعة الكويت د. مشاري الفضلي": so it is after the body', 'وقال أستاذ العلوم السياسية في جامعة الكويت د. مشاري الفضلي إن العراق يطالب بانسحاب القوات الأمريكية.', ['mshary-alfdly supports']],
    ['"المقرب من قوى المقاومة كاظم الحاج،": a family name that is also a courtesy title ends the name', 'ورأى المحلل السياسي المقرب من قوى المقاومة كاظم الحاج، أن "المطلوب خروج القوات الأمريكية بالكامل".', ['kazm-alhaj supports']],
    ['"زعمت المتحدثة … أنه لا توجد خطط لسحب القوات" opposes', 'وزعمت المتحدثة باسم البنتاغون سابرينا سينغ أنه لا توجد خطط لسحب القوات من العراق.', ['singh opposes']],
    ['"أيام الحضور الأميركي باتت معدودة" supports', 'وقال النائب علي الساعدي إن «أيام الحضور الأميركي في العراق باتت معدودة».', ['aly-alsaady supports']],
    ['"the days of the American presence are numbered" supports', 'Senator Jim Banks said the days of the American presence in Iraq are numbered.', ['jim-banks supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('delays not allowed, and delays of something else', () => {
  it.each([
    ['"عدم السماح بتسويف مطلب إخراج الاحتلال" supports', 'وطالب النائب علي الساعدي بـ"عدم السماح بتسويف مطلب إخراج الاحتلال".', ['aly-alsaady supports']],
    ['"لن تسمح بتأجيل الانسحاب" supports', 'وقال النائب علي الساعدي إن الكتلة لن تسمح بتأجيل الانسحاب.', ['aly-alsaady supports']],
    ['"will not tolerate delays in the withdrawal" supports', 'Senator Jim Banks said Congress will not tolerate delays in the withdrawal.', ['jim-banks supports']],
    ['"إعادة جدولة الجلسة" reschedules the session, not the withdrawal', 'وطالب النائب علي الساعدي بـ"إعادة جدولة الجلسة خلال الأسبوع المقبل وإخراج قوات الاحتلال".', ['aly-alsaady supports']],
    ['"تجميد العمل بالجدول الزمني" still freezes the timetable', 'ودعا النائب علي الساعدي الحكومة إلى "تجميد العمل بالجدول الزمني لانسحاب القوات الأمريكية".', ['aly-alsaady opposes']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('a text that opens with a title or a dash, or stops short', () => {
  it('"… وبيّن لـ«بغداد اليوم»" at the very end: an outlet closing the text leaves the speaker search nothing to read (no crash)', () => {
    const text = 'لكن المحلل السياسي نبيل الخزاعي يرى أن «خروج المستشارين في هذا التوقيت مجازفة». وبيّن لـ«بغداد اليوم» ';
    expect(stancesOf(claimsOf(text))).toEqual(['nbyl-alkhzaay opposes']);
  });

  it('"- A second official said …": a dash opening the text is glued to nothing (no crash)', () => {
    const text = '- A second official said the number of troops in Erbil after 2026 "has not been decided" and would depend on conditions.';
    expect(() => claimsOf(text)).not.toThrow();
  });

  it('"Deputy committee chairman Lawin Jaff, …" at the very start names the person (no crash looking before the first word)', () => {
    const text = 'Deputy committee chairman Lawin Jaff, a Kurdish lawmaker, disagreed. "The agreement ends the coalition\'s mission," he said.';
    expect(claimsOf(text).map((c) => c.actor.id)).toEqual(['lawin-jaff']);
  });
});

describe('an envoy nobody names', () => {
  it.each([
    ['"السفير العراقي لدى الكويت" is one person, known by his posting', 'قال السفير العراقي لدى الكويت، في تصريح للقبس، إن العراق يطالب بانسحاب القوات الأمريكية.', ['السفير العراقي لدى الكويت supports']],
    ['a name after the posting is the envoy\'s own', 'وقال السفير البريطاني لدى العراق ستيفن هيتشن إن بلاده تدعم انسحاب القوات.', ['ستيفن هيتشن supports']],
  ])('%s', (_label, text, expected) => {
    expect(claimsOf(text).map((c) => `${c.actor.name} ${c.stance}`)).toEqual(expected);
  });

  it('his posting is not a family name: the country named again later is not the envoy', () => {
    const text = 'قال السفير العراقي لدى الكويت، في تصريح للقبس، إن العراق يطالب بانسحاب القوات الأمريكية.\nوعلمت القبس من مصادر مطلعة أن الكويت طلبت من واشنطن ضمانات بألا يؤثر خروج التحالف على أمن حدودها.';
    expect(claimsOf(text).filter((c) => c.actor.name === 'السفير العراقي لدى الكويت')).toHaveLength(1);
  });
});

describe('"as for X, he said"', () => {
  it.each([
    ['"أما رئيس الإقليم فأكد، خلال استقباله القنصل الأميركي، أن": the verb with ف is the topic\'s, not the envoy received', 'أما رئيس إقليم كردستان نيجيرفان بارزاني فأكد، خلال استقباله القنصل الأميركي العام في أربيل، أن الإقليم بحاجة إلى بقاء القوات الأمريكية.', ['nechirvan-barzani opposes']],
    ['"أما رئيس الإقليم … فقد شدد خلال لقائه السفيرة الأمريكية": the one topicalised speaks, not whom he met', 'أما رئيس إقليم كردستان نيجيرفان بارزاني فقد شدد خلال لقائه السفيرة الأمريكية على أهمية بقاء قوات التحالف.', ['nechirvan-barzani opposes']],
    ['"أما الحكومة العراقية فإنها ترى": the pronoun after ف takes up the topic; the analyst before keeps only his own words', 'قال المحلل السياسي علي البيدر إن الانسحاب خطأ. أما الحكومة العراقية فإنها ترى أن بقاء القوات لم يعد مبررا.', ['aly-albydr opposes', 'iraq-gov supports']],
    ['"أما طهران، فقد رحّب المتحدث باسم الخارجية الإيرانية": a subject right after the verb is its own', 'أما طهران، فقد رحّب المتحدث باسم الخارجية الإيرانية ناصر كنعاني بإنهاء الوجود العسكري الأجنبي في العراق.', ['nasser-kanaani supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('a timetable that stands', () => {
  it.each([
    ['"insists the deadline stands" supports', 'Baghdad, however, insists the deadline stands.', ['iraq-gov supports']],
    ['"the timeline holds" supports', 'Foreign Minister Fuad Hussein said the timeline holds despite the fall of Assad.', ['fuad-hussein supports']],
    ['"الموعد ثابت" supports', 'وأكد وزير الخارجية فؤاد حسين أن الموعد ثابت ولا تراجع عنه.', ['fuad-hussein supports']],
    ['"أيلول 2026 هو الموعد النهائي" supports', 'وقال النائب ياسر الحمداني إن "الاتفاق واضح، وأيلول 2026 هو الموعد النهائي".', ['yasr-alhmdany supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('a party named by its kind inside a member\'s title', () => {
  it('"عضو المكتب السياسي للحزب قتيبة العاني" belongs to the party named before, and "الحزب لا يعارض" is his statement too', () => {
    const text = 'وأعلن حزب تقدم برنامجه الانتخابي أمس. وأوضح عضو المكتب السياسي للحزب قتيبة العاني أن "الحزب لا يعارض خروج القوات من حيث المبدأ".';
    expect(claimsOf(text).map((c) => [c.actor.name, c.actor.partOf, c.stance])).toEqual([
      ['قتيبة العاني', ['taqaddum'], 'supports'],
      ['Taqaddum Party', [], 'supports'],
    ]);
  });
});

describe('a manifesto that says, a withdrawal that is a precondition', () => {
  it.each([
    ['"وجاء في البرنامج الانتخابي لتيار الحكمة أن" is the party\'s statement', 'وجاء في البرنامج الانتخابي لتيار الحكمة أن "الجلاء الكامل للقوات الأميركية مطلب وطني".', ['hikma supports']],
    ['"خروج القوات شرط لأي استقرار" supports', 'وأكد النائب حيدر الكناني أن خروج القوات الأمريكية من كامل الأراضي العراقية "شرط لأي استقرار".', ['hydr-alknany supports']],
    ['"a precondition for real sovereignty" supports', 'The withdrawal of US forces is a precondition for real sovereignty, Sadr said.', ['sadr supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('a withdrawal from something else', () => {
  it.each([
    ['"لمن انسحب من البرلمان" is the Sadrists leaving parliament, no position on the forces', 'وقال النائب علي الساعدي إن "لا يحق لمن انسحب من البرلمان أن يزايد علينا".', []],
    ['"انسحاب التيار من الانتخابات خطأ" judges leaving the race', 'وقال النائب علي الساعدي إن انسحاب التيار من الانتخابات خطأ كبير.', []],
    ['"his bloc withdrew from parliament" beside a call for the troops to leave', 'Sadr called for the withdrawal of US troops from Iraq, a day after his bloc withdrew from parliament.', ['sadr supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('a pillar, a road that runs through the withdrawal', () => {
  it.each([
    ['"الشراكة مع التحالف ركيزة لأمن كوردستان" opposes', 'وكتب مسرور بارزاني أن "الشراكة مع التحالف الدولي والولايات المتحدة ركيزة لأمن كوردستان والعراق".', ['masrour-barzani opposes']],
    ['"استقرار العراق يمر عبر خروج القوات الأجنبية" supports', 'وقالت الخارجية الإيرانية إن "استقرار العراق والمنطقة يمر عبر خروج القوات الأجنبية".', ['iran-mofa supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('a justification of something else', () => {
  it.each([
    ['"إذا التزم الأميركيون بالانسحاب، فلن يبقى مبرر لأي سلاح" supports: no justification left for weapons', 'وقال الخزعلي إنه «إذا التزم الأميركيون بالانسحاب في موعده، فلن يبقى مبرر لأي سلاح خارج إطار الدولة».', ['qais-al-khazali supports']],
    ['"لم يعد هناك مبرر لبقاء القوات" still supports', 'وقال الخزعلي إنه لم يعد هناك مبرر لبقاء القوات الأجنبية.', ['qais-al-khazali supports']],
    ['"تتخذ الوجود الأجنبي ذريعة لسلاحها": the presence taken as a pretext is still judged', 'وقال الباحث ياسر الجبوري إن "إنهاء مهمة التحالف يقطع الطريق على الفصائل التي تتخذ الوجود الأجنبي ذريعة لسلاحها".', ['yasr-aljbwry supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('something refused until the withdrawal', () => {
  it.each([
    ['"لا هدنة قبل خروج آخر جندي" supports', 'وقال أبو علي العسكري إن "لا هدنة قبل خروج آخر جندي أمريكي".', ['abu-ali-al-askari supports']],
    ['"لن تسلم سلاحها قبل جلاء آخر جندي" supports', 'وقال أبو علي العسكري إن الكتائب لن تسلم سلاحها قبل «جلاء آخر جندي أميركي».', ['abu-ali-al-askari supports']],
    ['"المقاومة لن تتوقف قبل خروج آخر جندي" supports: a negated stop refuses to stop until then', 'وقال أبو علي العسكري إن المقاومة لن تتوقف قبل خروج آخر جندي أمريكي من العراق.', ['abu-ali-al-askari supports']],
    ['"لن نهدأ قبل رحيل القوات" supports', 'وقال أبو علي العسكري: "لن نهدأ قبل رحيل القوات الأجنبية".', ['abu-ali-al-askari supports']],
    ['"الاستقرار ضروري قبل الانسحاب" still opposes: an evaluation that is no negated stop', 'وقال مسعود بارزاني إن الاستقرار ضروري قبل الانسحاب الأمريكي.', ['masoud-barzani opposes']],
    ['"لن تغادر الإقليم قبل أن تضمن أمنه" still opposes: the cue before "before" is what is refused', 'وقال مسعود بارزاني إن القوات الأمريكية لن تغادر الإقليم قبل أن تضمن أمنه.', ['masoud-barzani opposes']],
    ['"لن يسقط في يد إيران قبل أن يغادر" dates a prediction; it refuses nothing', 'وقال النائب كولتون ريفز إن "على البنتاغون أن يثبت أن العراق لن يسقط في يد إيران قبل أن يغادر آخر جندي".', ['kwltwn-ryfz neutral']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('a pledge', () => {
  it('"وتعهد السوداني بإنهاء مهمة التحالف في موعدها" supports', () => {
    expect(stancesOf(claimsOf('وتعهد السوداني بإنهاء مهمة التحالف الدولي في موعدها.'))).toEqual(['sudani supports']);
  });
});

describe('what a rival wants', () => {
  it.each([
    ['"My opponent wants to keep American soldiers" is argued against: supports', '"My opponent wants to keep American soldiers in the Middle East forever," Travis Holloway said.', ['travis-holloway supports']],
    ['"منافستي تريد أن يبقى الأميركيون" is argued against: supports', 'وقال المرشح مثنى السبعاوي: "منافستي تريد أن يبقى الأميركيون لأن رضا السفارات أهم عندها".', ['mthny-alsbaawy supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('a call avoided', () => {
  it('"has avoided calling for the troops to leave" is no call: neutral', () => {
    const text = 'Mohammed al-Halbousi, the former parliament speaker whose Taqaddum party dominates Anbar, has avoided calling for the troops to leave.';
    expect(stancesOf(claimsOf(text))).toEqual(['halbousi neutral']);
  });
});

describe('done as promised', () => {
  it('"our soldiers are out of Iraq, as promised!" supports', () => {
    const text = 'President Donald Trump posted on Truth Social that "our GREAT soldiers are out of Iraq, as promised!"';
    expect(stancesOf(claimsOf(text))).toEqual(['trump supports']);
  });
});

describe('"not a single soldier"', () => {
  it('"a clear guarantee that not a single foreign soldier will remain" supports: "not a single" negates the verb like "no"', () => {
    const text = 'Sadiqoun candidate Jaafar al-Bahadli said voters "want a clear guarantee that not a single foreign soldier will remain after September 2026."';
    expect(stancesOf(claimsOf(text))).toEqual(['jaafar-al-bahadli supports']);
  });
});

describe('no apology', () => {
  it('"will not apologize for bringing the troops home" supports', () => {
    expect(stancesOf(claimsOf('The White House said it will not apologize for bringing the troops home from Iraq.'))).toEqual(['white-house supports']);
  });
});

describe('عدم and the noun joined to it', () => {
  it.each([
    ['دعت كتلة صادقون الحكومة إلى "عدم الخضوع لأي ضغوط خارجية والإعلان عن جدول انسحاب القوات الأمريكية".', ['sadiqoun supports']],
    ['دعت كتلة صادقون الحكومة إلى "عدم الخضوع لأي ضغوط خارجية والإعلان عن جدول انسحاب القوات الأمريكية من دون تأخير".', ['sadiqoun supports']],
    ['دعت كتلة صادقون الحكومة إلى عدم الاستجابة لضغوط انسحاب القوات الأمريكية.', ['sadiqoun opposes']],
  ])('"%s": a noun joined by و is a sibling of عدم, not negated by it', (text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('names that begin with ل', () => {
  it.each([
    ['وكان لويد أوستن قد قال إن القوات يجب أن تنسحب.', ['lloyd-austin supports']],
    ['وكان ليندسي غراهام قد حذر من أن الخروج الكامل من العراق سيكون هدية لإيران.', ['lindsey-graham opposes']],
  ])('"%s": the letter is the name\'s own, not a preposition making him an addressee', (text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });

  it('"قال رئيس الوزراء لواشنطن إن": a listed name written with ل is still whom he spoke to', () => {
    expect(stancesOf(claimsOf('وقال السوداني لواشنطن إن القوات يجب أن تنسحب.'))).toEqual(['sudani supports']);
  });
});

describe('the coalition after a party called an alliance', () => {
  it('"قوات التحالف" after "تحالف السيادة" are the foreign forces, so the MP\'s warning about them is a claim', () => {
    const text = 'حذر النائب عن تحالف السيادة عمر الدليمي من فراغ أمني إذا رحلت قوات التحالف قبل استكمال جاهزية القوات العراقية.';
    expect(stancesOf(claimsOf(text))).toEqual(['amr-aldlymy opposes']);
  });

  it('"التحالف" alone still takes up the alliance named before it', () => {
    const text = 'وقال القيادي في تحالف السيادة عمر الدليمي إن التحالف يرفض انسحاب القوات الأميركية.';
    expect(stancesOf(claimsOf(text))).toEqual(['amr-aldlymy opposes', 'sovereignty-alliance opposes']);
  });
});

describe('a departure in the past tense, and readiness still to be completed', () => {
  it.each([
    ['حذر النائب عمر الدليمي من فراغ أمني إذا رحلت القوات الأمريكية.', ['amr-aldlymy opposes']],
    ['حذر النائب عمر الدليمي من فراغ أمني إذا انسحبت القوات الأمريكية قبل استكمال جاهزية القوات العراقية.', ['amr-aldlymy opposes']],
  ])('"%s"', (text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('what the forces prevent, and a chance to regroup', () => {
  it.each([
    ['وأكد نيجيرفان بارزاني أن «وجودها ما زال ضرورياً لمنع عودة داعش».', ['nechirvan-barzani opposes']],
    ['شدد مسرور بارزاني على أن «انسحاب قوات التحالف من دون ضمانات حقيقية سيمنح الإرهاب فرصة لإعادة تنظيم صفوفه».', ['masrour-barzani opposes']],
    ['Sen. Roger Wicker, R-Miss., chairman of the Senate Armed Services Committee, warned in a statement that "pulling out of western Iraq while Syria is still unsettled invites ISIS to regroup."', ['roger-wicker opposes']],
  ])('"%s"', (text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('a demand inside a relative clause', () => {
  it('"الأطراف التي تطالب بإخراج القوات لا تتحدث باسم كل العراقيين": what the parties demand is not the speaker\'s demand', () => {
    const text = 'ورأت النائبة هندرين بامرني أن «الأطراف التي تطالب بإخراج القوات الأجنبية لا تتحدث باسم كل العراقيين».';
    expect(stancesOf(claimsOf(text))).not.toContain('hndryn-bamrny supports');
  });
});

describe('feelings a statement expresses', () => {
  it.each([
    ['وأبدت حكومة إقليم كردستان، في بيان، ارتياحها لـ«بقاء قوات التحالف في الإقليم».', ['krg opposes']],
    ['وقالت حركة النجباء في بيان إن «المقاومة ستتعامل مع أي وجود أجنبي بعد الموعد المعلن بوصفه عدواناً».', ['nujaba supports']],
  ])('"%s"', (text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('no pretext for staying', () => {
  it.each([
    ['وكان نوري المالكي قد دعا إلى «عدم إعطاء أي ذريعة لبقاء القوات الأجنبية».', ['maliki supports']],
    ['وقال نوري المالكي إن الإرهاب ذريعة لبقاء القوات الأجنبية.', ['maliki supports']],
    ['Rep. Jim Banks said there is "no excuse for keeping troops in Iraq."', ['jim-banks supports']],
  ])('"%s": a pretext for the stay, given or refused, argues against it', (text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('occupation soldiers, and a transition to an enduring partnership', () => {
  it.each([
    ['Kataib Hezbollah called for "the departure of every occupation soldier".', ['kataib-hezbollah supports']],
    ['The Pentagon welcomed the progress made towards a transition to an enduring bilateral security partnership.', ['pentagon supports']],
  ])('"%s"', (text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('a source of reassurance', () => {
  it('"بقاء الأميركيين في قاعدة عين الأسد كان عامل طمأنة" opposes the withdrawal', () => {
    const text = 'لكن النائب مصطفى العلواني رأى أن «بقاء الأميركيين في قاعدة عين الأسد كان عامل طمأنة لدى الأهالي».';
    expect(stancesOf(claimsOf(text))).toEqual(['mstfy-alalwany opposes']);
  });
});

describe('the minister, taken up by his title\'s head', () => {
  it('"وزير الخارجية فؤاد حسين … أن الوزير جدد" is Fuad Hussein\'s claim', () => {
    const text = 'واستقبل وزير الخارجية فؤاد حسين قائد البعثة. وذكر بيان للوزارة أن الوزير جدد «التزام العراق بإنهاء مهمة التحالف الدولي وفق المواعيد المتفق عليها».';
    expect(stancesOf(claimsOf(text))).toEqual(['fuad-hussein supports']);
  });

  it('"الوزير العراقي" after a Turkish minister named last is not the Turkish minister', () => {
    const text = 'التقى وزير الخارجية فؤاد حسين وزير الخارجية التركي هاكان فيدان. وأوضح الوزير العراقي أن "العلاقة مع دول التحالف ستنتقل إلى علاقات ثنائية".';
    expect(stancesOf(claimsOf(text))).not.toContain('hakan-fydan supports');
  });
});

describe('"who" after a body inside an apposition', () => {
  it('"Halvorsen, a Republican on the House Armed Services Committee who opposed the drawdown, said" is no claim of the committee', () => {
    const text = 'Representative Mark Halvorsen, a Republican on the House Armed Services Committee who opposed the drawdown, said the troops "should have stayed" in Iraq.';
    expect(stancesOf(claimsOf(text))).not.toContain('house-armed-services opposes');
    expect(stancesOf(claimsOf(text))).toEqual(['mark-halvorsen opposes']);
  });
});

describe('a verb of going on that names its speaker', () => {
  it('"وأضاف الخبير الأمني X أن" after another speaker is X\'s claim, not the last speaker\'s', () => {
    const text = 'وقال النائب علي حسن إن «الحكومة جادة في الحوار». وأضاف الخبير الأمني رعد الكبيسي أن «خروج الأميركيين سيترك قطعاتنا مكشوفة».';
    expect(stancesOf(claimsOf(text))).toEqual(['rad-alkbysy opposes']);
  });

  it('"وأضاف الكبيسي" right after the same speaker joins his claim rather than opening a second one', () => {
    const text = 'وقال الخبير الأمني رعد الكبيسي إن «الانسحاب مطلب وطني». وأضاف الكبيسي أن «خروج الأميركيين من دون بديل سيترك قطعاتنا مكشوفة».';
    expect(stancesOf(claimsOf(text))).toEqual(['rad-alkbysy mixed']);
  });
});

describe('a verb joined by و after its first verb\'s object', () => {
  it('"السوداني قد استقبل … الجنرال كوريلا، وأكد" is Sudani\'s claim', () => {
    const text = 'وكان رئيس مجلس الوزراء محمد شياع السوداني قد استقبل قائد القيادة المركزية الأميركية الجنرال مايكل كوريلا، وأكد خلال اللقاء أن «العراق ماضٍ في إنهاء مهمة التحالف».';
    expect(stancesOf(claimsOf(text))).toEqual(['sudani supports']);
  });

  it('"واستقبل وزير الخارجية فؤاد حسين السفير البريطاني، وأكد" is the minister\'s claim', () => {
    const text = 'واستقبل وزير الخارجية فؤاد حسين السفير البريطاني في بغداد، وأكد أن «العراق ماضٍ في إنهاء مهمة التحالف».';
    expect(stancesOf(claimsOf(text))).toEqual(['fuad-hussein supports']);
  });
});

describe('endings and sovereignty', () => {
  it('"ينتهي بعلاقات ثنائية لا بوجود عسكري" turns the presence down', () => {
    expect(stancesOf(claimsOf('وأكد مكتب رئيس الوزراء أن «الاتفاق ينتهي بعلاقات ثنائية لا بوجود عسكري مفتوح».'))).toEqual(['sudani supports']);
  });

  it('"كل يوم تبقى فيه القوات … يوم منقوص من السيادة" judges the presence', () => {
    expect(stancesOf(claimsOf('وقال النائب رياض الحسناوي: «كل يوم تبقى فيه القوات الأجنبية في فكتوريا هو يوم منقوص من السيادة».'))).toEqual(['ryad-alhsnawy supports']);
  });

  it('what "whoever tries, with long words between" wants is argued against', () => {
    const text = 'وأضاف الخزعلي أن «الاتفاق كان واضحاً، ومن يحاول اليوم الالتفاف عليه بعناوين مثل المستشارين والتدريب إنما يريد إبقاء الاحتلال بثوب جديد».';
    expect(stancesOf(claimsOf(text))).toEqual(['qais-al-khazali supports']);
  });
});

describe('conditions and negators spent elsewhere', () => {
  it('"خروجاً فورياً وغير مشروط" is no conditional support', () => {
    const [claim] = claimsOf('وأعلنت كتائب حزب الله أنها تريد خروجاً فورياً وغير مشروط للقوات الأميركية.');
    expect(claim).toMatchObject({ actor: { id: 'kataib-hezbollah' }, stance: 'supports', qualifiers: ['immediate'] });
  });

  it('English: "no plans to maintain a standing presence once the mission ended" supports withdrawal', () => {
    expect(stancesOf(claimsOf('Defence Minister Richard Marles said Australia had "no plans" to maintain a standing presence once the coalition mission ended.'))).toEqual(['richard-marles supports']);
  });

  it('English: a full exit called short-sighted is opposed', () => {
    expect(stancesOf(claimsOf('Retired general Daniel Bouchard said a full exit would be short-sighted.'))).toEqual(['daniel-bouchard opposes']);
  });
});

describe('what a presence brings and an exit spares', () => {
  it('operations "not affected by the coalition\'s exit" (لم تتأثر بخروج التحالف) support it', () => {
    expect(stancesOf(claimsOf('وقال الناطق باسم قيادة العمليات المشتركة اللواء تحسين الخفاجي إن «العمليات في الصحراء لم تتأثر بخروج التحالف من عين الأسد».'))).toEqual(['tahseen-al-khafaji supports']);
  });

  it('a departure that "will be exploited" (جلاء الأميركيين سيُستغل) is opposed', () => {
    expect(stancesOf(claimsOf('وقال الخبير الأمني جبار الزبيدي: «كنت من القائلين إن جلاء الأميركيين سيُستغل».'))).toEqual(['jbar-alzbydy opposes']);
  });

  it('the Americans\' presence that brings rockets, and their departure that spares the people, is support', () => {
    const text = 'ويرى قائممقام قضاء البغدادي شاكر العبيدي أن «وجود الأميركيين كان يجلب الصواريخ والمسيّرات إلى أطراف البغدادي، ورحيلهم يريح الأهالي من هذا الكابوس».';
    expect(stancesOf(claimsOf(text))).toEqual(['shakr-alabydy supports']);
  });
});

describe('blocs that see a need for advisers', () => {
  it('"الكتل الكردية وبعض الكتل السنية التي ترى أن البلاد بحاجة إلى الدعم الاستشاري الأجنبي": both blocs oppose', () => {
    const text = 'ويواجه المشروع تحفظات من الكتل الكردية وبعض الكتل السنية التي ترى أن البلاد ما زالت بحاجة إلى الدعم الاستشاري الأجنبي.';
    expect(stancesOf(claimsOf(text))).toEqual(['alktl-alkrdyh opposes', 'alktl-alsnyh opposes']);
  });
});

describe('views a speaker sets out as others\'', () => {
  it('in a transcript turn, "هناك من يرى أن بقاء القوات الأمريكية ضمانة" is not the guest\'s own view', () => {
    const text = ['المقدم: دكتور آزاد، أربيل في قلب هذا الجدل.', '', 'الخبير آزاد كريم: صحيح. الشارع الكردي منقسم. هناك من يرى أن بقاء القوات الأمريكية ضمانة، وهناك من تعب من أن يكون الإقليم ساحة. رأيي أن الانسحاب مطلب مشروع.'].join('\n');
    expect(stancesOf(claimsOf(text))).toEqual(['azad-krym supports']);
  });

  it('"لا بوجود الأمريكيين أو غيابهم" names both ways and takes neither', () => {
    const text = 'ويرى الباحث في الشأن الإيزيدي سامان داود، أن "مصير سنجار بعد التحالف سيتحدد بمدى قدرة بغداد وأربيل على الاتفاق، لا بوجود الأمريكيين أو غيابهم".';
    expect(stancesOf(claimsOf(text))).toEqual(['saman-dawd neutral']);
  });
});

describe('a body\'s statement reporting its minister', () => {
  it('"وذكر بيان لوزارة الخارجية أن فؤاد حسين أكد" is the minister\'s claim alone', () => {
    expect(stancesOf(claimsOf('وذكر بيان لوزارة الخارجية أن فؤاد حسين أكد «المضي في إنهاء مهمة التحالف».'))).toEqual(['fuad-hussein supports']);
  });
});

describe('an envoy speaking for his country', () => {
  it('"كتب السفير البريطاني ريتشارد ألدريدج أن المملكة المتحدة ترحب …" is the ambassador\'s position too', () => {
    const text = 'وكتب السفير البريطاني لدى العراق ريتشارد ألدريدج، على منصة "إكس"، أن "المملكة المتحدة ترحب بالاتفاق على إنهاء مهمة التحالف".';
    expect(stancesOf(claimsOf(text))).toContain('rytshard-aldrydj supports');
  });
});

describe('anything short of a withdrawal', () => {
  it('"anything short of a full U.S. withdrawal is unacceptable" demands it', () => {
    expect(stancesOf(claimsOf('Militia commander Karim al-Saadi said anything short of a full U.S. withdrawal is unacceptable.'))).toEqual(['karim-al-saadi supports']);
  });

  it('"أي شيء أقل من الانسحاب الكامل مرفوض" demands it', () => {
    expect(stancesOf(claimsOf('وقال المحلل السياسي كريم الموسوي إن «أي شيء أقل من الانسحاب الكامل مرفوض».'))).toEqual(['krym-almwswy supports']);
  });
});

describe('a verb of saying that opens the sentence after one about a person', () => {
  it('"السوداني كان ذكياً. قال في مقابلاته إن …" is Sudani\'s claim', () => {
    const text = 'وقال المحلل السياسي علي حسن إن الحوار مستمر. السوداني كان ذكياً. قال في مقابلاته إن العراق لم يعد بحاجة إلى التحالف.';
    expect(stancesOf(claimsOf(text))).toEqual(['sudani supports']);
  });

  it('a first-person verb of support in a quotation (أؤيد إنهاء مهمة التحالف) is the speaker\'s', () => {
    expect(stancesOf(claimsOf('وقال السفير السابق عادل منصور البياتي: «أؤيد إنهاء مهمة التحالف بصيغتها الحالية».'))).toEqual(['aadl-mnswr-albyaty supports']);
  });
});

describe('a body issuing a statement, and what its ending left behind', () => {
  it('"أصدرت الوزارة بياناً حمّلت فيه …، مؤكدة أن" is the ministry\'s statement, and an end that "left a gap" is opposed', () => {
    const text = 'وقال قائممقام قضاء كلار آكو محمد رشيد إن "الجرحى نقلوا إلى المستشفى". وأصدرت وزارة شؤون البيشمركة بياناً حمّلت فيه الفصائل مسؤولية الهجمات، مؤكدة أن "انتهاء مهمة التحالف ترك فجوة في الاستطلاع الجوي".';
    expect(stancesOf(claimsOf(text))).toEqual(['peshmerga-ministry opposes']);
  });

  it('"بياناً بشأن الوجود الأجنبي" with nothing said in it is no statement of the body', () => {
    expect(stancesOf(claimsOf('أصدرت حركة النجباء، اليوم الأحد، بياناً بشأن الوجود الأجنبي.'))).toEqual([]);
  });

  it('"لن تغير حقيقة أن الاحتلال يجب أن يرحل": what will not change is asserted, not denied', () => {
    expect(stancesOf(claimsOf('وقال النائب كريم الربيعي إن "الزيارات لن تغير حقيقة أن الاحتلال يجب أن يرحل".'))).toEqual(['krym-alrbyay supports']);
  });

  it('a plan "before the deadline" of the end is timed by it, not set against it', () => {
    expect(stancesOf(claimsOf('دعت لجنة الاقتصاد النيابية الحكومة إلى وضع خطة لتحصين الاقتصاد الوطني قبل موعد انتهاء مهمة التحالف الدولي.'))).not.toContain('ljnh-alaqtsad-alnyabyh opposes');
  });
});

describe('a position reported inside a quotation', () => {
  it('ends where the quotation closes; "مبيناً أن …" after it is the quoting speaker\'s again', () => {
    const text = 'وقال النائب خالد العلواني إن "أهالي الأنبار لا يريدون أن تعود مناطقهم ساحة لتصفية الحسابات"، مبيناً أن خروج القوات الأجنبية ضرورة.';
    expect(stancesOf(claimsOf(text))).toEqual(['khald-alalwany supports']);
  });

  it('is still the quoted holder\'s when the quotation itself names the withdrawal', () => {
    const text = 'وقال النائب خالد العلواني إن "أهالي الأنبار لا يريدون بقاء القوات الأجنبية"، مبيناً أن الحكومة ستتفاوض.';
    expect(stancesOf(claimsOf(text))).toEqual(['khald-alalwany supports', 'ahaly-alanbar supports']);
  });
});

describe('a mission that has served its purpose, a withdrawal that serves only the enemy', () => {
  it.each([
    ['"مهمة التحالف استنفدت أغراضها" supports', 'وتقول الحكومة العراقية إن التنظيم لم يعد قادراً على السيطرة على الأرض، وإن مهمة التحالف استنفدت أغراضها.', ['iraq-gov supports']],
    ['"الانسحاب الشامل لا يخدم سوى داعش" opposes', 'وقال النائب دلشاد برواري إن "الحديث عن انسحاب شامل من الإقليم لا يخدم سوى داعش".', ['dlshad-brwary opposes']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('a withdrawal that must wait for something else, an ill-considered step, no need of a foreign force', () => {
  it.each([
    ['"يجب أن يتزامن مع خطة" makes support conditional', 'وقال النائب كريم الربيعي إن "انتهاء مهمة التحالف يجب أن يتزامن مع خطة واضحة لأمن المحافظات".', ['krym-alrbyay mixed']],
    ['a tie refused (لا نقبل أن يُربط) is no condition', 'وقال النائب كريم الربيعي إن "الإطار متمسك بخروج القوات الأجنبية وفق الاتفاق، ولا نقبل أن يُربط هذا الملف بأي ملف آخر".', ['krym-alrbyay supports']],
    ['"أي انسحاب يجب أن يسبقه تطبيق الاتفاق" makes support conditional', 'وقال النائب سالم الدهلكي إن "إنهاء مهمة التحالف قرار سيادي"، لكنه شدد على أن "أي انسحاب يجب أن يسبقه تطبيق كامل لاتفاق الحدود".', ['salm-aldhlky mixed']],
    ['English: "any withdrawal should come only after" makes support conditional', 'Lawmaker Dana Kareem said ending the coalition mission was a sovereign decision, but that any withdrawal should come only after Baghdad implemented the border agreement.', ['dana-kareem mixed']],
    ['"خطوة غير محسوبة" opposes', 'وأكد النائب دلشاد برواري أن "الانسحاب الكامل للتحالف في هذا الظرف خطوة غير محسوبة".', ['dlshad-brwary opposes']],
    ['"وما تبقى" is the remainder too', 'وقال النائب كريم الربيعي إن "المرحلة الأولى أنجزت، وما تبقى تفاصيل فنية تخص انسحاب القوات من أربيل".', ['krym-alrbyay supports']],
    ['English: "what remains of the foreign forces must be withdrawn" supports: what remains is the remainder', 'Lawmaker Karim Salman said what remains of the foreign forces must be withdrawn by September.', ['karim-salman supports']],
    ['an ending before a comma closes its own clause, not the presence after it', 'وقال النائب كريم الربيعي إن "مبررات بقاء التحالف انتهت، واستمرار وجوده بات عامل عدم استقرار للعراق".', ['krym-alrbyay supports']],
    ['"ما تبقى" is the remainder, not forces that stay', 'وقال الفريق حازم الربيعي إن "قواتنا جاهزة لتسلم ما تبقى من المواقع قبل نهاية المهلة".', ['hazm-alrbyay supports']],
    ['"لا يحتاج إلى أي قوات" supports', 'وقال النائب كريم الربيعي إن "العراق لا يحتاج إلى أي قوات قتالية أجنبية بعد اليوم".', ['krym-alrbyay supports']],
    ['"لا حاجة لأي قوة أجنبية" supports', 'وقال النائب كريم الربيعي إن "أبناء المحافظة هم من يحمونها اليوم، ولا حاجة لأي قوة أجنبية".', ['krym-alrbyay supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('an endorsement held back after "but"', () => {
  it.each([
    ['asking for guarantees after the "but" makes it mixed', 'وقال النائب دلشاد برواري: "نحن مع إنهاء مهمة التحالف لأنه قرار سيادي، لكن الإقليم يحتاج إلى ضمانات بأن يستمر تدريب البيشمركة".', ['dlshad-brwary mixed']],
    ['English: asking for assurances after "but" makes it mixed', 'Lawmaker Dana Kareem said she supports ending the coalition mission, but the region wants assurances that training will go on.', ['dana-kareem mixed']],
    ['not objecting, then a "but", concedes: mixed', 'وقال النائب كريم الربيعي: "لا نعترض على انتهاء مهمة التحالف، لكننا نريد التزاماً مكتوباً بحماية المناطق الحدودية".', ['krym-alrbyay mixed']],
    ['"لا أعترض على التقليص، لكنني أعترض على انسحاب سريع" is mixed', 'وقال الخبير سالم الدهلكي: "لا أعترض على تقليص القوات، لكنني أعترض على انسحاب سريع".', ['salm-aldhlky mixed']],
    ['"لست مع بقاء القوات إلى الأبد، لكن …" concedes only an end some day: mixed', 'وقال النائب كريم الربيعي: "لست مع بقاء القوات إلى الأبد، لكن على الحكومة أن تقرأ الرسالة جيداً، فالأمريكيون قلقون من فراغ قد يملؤه غيرهم".', ['krym-alrbyay mixed']],
    ['English: "troops should not stay forever, but …" concedes only an end some day: mixed', 'Lawmaker Dana Kareem said U.S. troops should not stay in Iraq forever, but Baghdad should talk to Washington first.', ['dana-kareem mixed']],
    ['a cue after the "but" that weighs nothing (خروج التحالف قبل حسم الملف الأمني سيعيدنا …) leaves the reservation standing: mixed', 'وقال النائب كريم الربيعي إن "أهالي المحافظة لا يطالبون ببقاء أي قوة أجنبية إلى الأبد، لكن خروج التحالف قبل حسم الملف الأمني سيعيدنا إلى سنوات القتل".', ['krym-alrbyay mixed']],
    ['a verdict against something after "لكن" (لكن التوقيت الآن خاطئ) holds the endorsement back: mixed', 'وقال النائب كريم الربيعي إن "أهالي المحافظة مع قرار إنهاء أي وجود عسكري أجنبي على المدى البعيد، لكن التوقيت الآن خاطئ".', ['krym-alrbyay mixed']],
    ['what happened next after "غير أن" (غير أن العدو قابلها بعدوان جديد) holds nothing back', 'وقال النائب كريم الربيعي إن "التهدئة كانت فرصة للحكومة لإنجاز الانسحاب بالطرق السياسية، غير أن العدو قابلها بعدوان جديد".', ['krym-alrbyay supports']],
    ['"لا يعني فراغاً، بل انتقالاً" corrects: still support', 'وقال النائب كريم الربيعي إن "القوات العراقية قادرة على مسك الأرض، وإن إنهاء مهمة التحالف لا يعني فراغاً أمنياً، بل انتقالاً إلى علاقات ثنائية".', ['krym-alrbyay supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('a verdict after a long subject', () => {
  it.each([
    ['"سيكون خطأً" after a subject stretched by "في ظل استمرار …" opposes', 'وقال النائب ريبوار الزاخولي إن "انسحاب التحالف في ظل استمرار نشاط خلايا داعش في المناطق المتنازع عليها سيكون خطأً استراتيجياً".', ['rybwar-alzakhwly opposes']],
    ['"يمثل خرقاً" after a long subject supports the withdrawal it is said of', 'وقال النائب حسنين العبودي إن "بقاء القوات الأجنبية في قواعد الإقليم من دون أي سند قانوني واضح ومصادق عليه يمثل خرقاً للسيادة".', ['hsnyn-alabwdy supports']],
    ['only the words right after "سيكون" are its predicate, not the next clause', 'وقال الباحث آزاد كريم شواني إن "الانسحاب قبل حسم ملف المخيمات وتأمين الحدود مع سوريا سيكون خطأً كبيراً، والتوقيت يجب أن يرتبط بجاهزية القوات العراقية".', ['azad-krym-shwany opposes']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('a pretext for staying, denied or removed', () => {
  it.each([
    ['"لا تصلح ذريعة لبقاء القوات" supports the withdrawal', 'وقال النائب كريم الربيعي إن "الحرب في سوريا لا تصلح ذريعة لبقاء القوات الأجنبية".', ['krym-alrbyay supports']],
    ['"ليس ذريعة لبقاء القوات" supports the withdrawal', 'وقال النائب كريم الربيعي إن "داعش ليس ذريعة لبقاء القوات الأجنبية يوماً واحداً".', ['krym-alrbyay supports']],
    ['a withdrawal that removes a pretext (أسقط ذريعة الهجمات) is wanted', 'وقال النائب كريم الربيعي إن "خروج القوات الأجنبية أسقط ذريعة الهجمات على القواعد".', ['krym-alrbyay supports']],
    ['removing the pretexts for staying (يسقط آخر ذرائع بقاء القوات) wants the forces out', 'وقال النائب كريم الربيعي إن "الاتفاق يسقط آخر ذرائع بقاء القوات الأجنبية".', ['krym-alrbyay supports']],
    ['English: a withdrawal that removes the pretext is wanted', 'Lawmaker Dana Kareem said the withdrawal removes the pretext for militia attacks.', ['dana-kareem supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('English: a need still felt, and a clause of its own after "and that"', () => {
  it('"still needs the coalition" and that the threat "has not disappeared" opposes', () => {
    const text = 'Kurdish lawmaker Dana Kareem said the region "still needs the coalition" and that the threat from Islamic State cells "has not disappeared."';
    expect(stancesOf(claimsOf(text))).toEqual(['dana-kareem opposes']);
  });
});

describe('English: soldiers brought home', () => {
  it('"bring its soldiers home", with any words for the soldiers, is a withdrawal', () => {
    expect(stancesOf(claimsOf('Defense Minister Karim Salman said the government wants to bring its soldiers home from Iraq next year.'))).toEqual(['karim-salman supports']);
  });
});

describe('English: a verdict after an aside opened by "with"', () => {
  it('"Withdrawing now, with the border open and thousands of detainees held across it, would be a grave mistake" opposes', () => {
    const text = 'Lawmaker Dana Kareem said: "Withdrawing now, with the Syrian border open and thousands of Islamic State detainees held just across it, would be a grave mistake."';
    expect(stancesOf(claimsOf(text))).toEqual(['dana-kareem opposes']);
  });
});

describe('English: a party that would press for an extension', () => {
  it('"would press Baghdad to extend the coalition presence" opposes the withdrawal', () => {
    expect(stancesOf(claimsOf('Lawmaker Dana Kareem said the party would press Baghdad and Washington to "extend the coalition presence in Kurdistan beyond 2026."'))).toEqual(['dana-kareem opposes']);
  });
});

describe('English: an end kept on its agreed schedule', () => {
  it('"the end of the coalition mission remains on the agreed schedule" supports it', () => {
    expect(stancesOf(claimsOf('Defense Minister Karim Salman said the end of the coalition mission "remains on the agreed schedule."'))).toEqual(['karim-salman supports']);
  });
});

describe('a withdrawal that leaves people without cover, and one that is better for all', () => {
  it.each([
    ['"لا نريد عودة أي قوات أجنبية، نريد طائرات عراقية": the second "نريد" opens a clause of its own', 'وقال النائب كريم الربيعي: "لا نريد عودة أي قوات أجنبية إلى المحافظة، نريد طائرات عراقية وطيارين عراقيين".', ['krym-alrbyay supports']],
    ['"خروجها سيجعلنا بلا غطاء" opposes', 'وقال النائب دلشاد برواري إن "خروج القوات في أيلول سيجعلنا بلا غطاء".', ['dlshad-brwary opposes']],
    ['"خروج آخر جندي سيترك أهالينا في مواجهة …" opposes: a withdrawal that will leave people behind', 'وقال النائب دلشاد برواري إن "خروج آخر جندي من التحالف سيترك أهالينا في مواجهة الجماعات المسلحة".', ['dlshad-brwary opposes']],
    ['"رحيلهم أفضل للجميع" supports', 'وقال النائب كريم الربيعي إن "رحيل القوات الأجنبية أفضل للجميع".', ['krym-alrbyay supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('without hesitation, even for a day, met with what befits it', () => {
  it.each([
    ['"بلا تردد" negates the hesitation, not the end said after it', 'وقالت النائبة نادية الخفاجي: "أنا اليوم أقول بلا تردد إن إنهاء المهمة كان قراراً صحيحاً".', ['nadyh-alkhfajy supports']],
    ['"ولو ليوم واحد" is a degree, not a condition; "نقضاً للاتفاق" condemns the extension', 'وحذر النائب كريم الربيعي من أن "أي تمديد لبقاء القوات الأجنبية، ولو ليوم واحد، سيُعد نقضاً للاتفاق".', ['krym-alrbyay supports']],
    ['a stay "met with what befits it" is threatened, so the withdrawal is wanted', 'وقال النائب كريم الربيعي إن "أي محاولة لتمديد بقاء القوات الأجنبية ستواجه بما يليق بها".', ['krym-alrbyay supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('a withdrawal announced in the future tense, with nothing else to weigh it', () => {
  it.each([
    ['English "will withdraw" by a date supports', 'Karim Salman said U.S. troops will withdraw from Iraq by September.', ['karim-salman supports']],
    ['English "would return home", reported, supports', 'Karim Salman said the Spanish troops would return home in an orderly way.', ['karim-salman supports']],
    ['Arabic "ستنسحب" supports', 'وقال النائب كريم الربيعي إن القوات الأمريكية ستنسحب من العراق بحلول أيلول.', ['krym-alrbyay supports']],
    ['Arabic "سيتم سحب" supports', 'وقال النائب كريم الربيعي إنه سيتم سحب القوات الأمريكية من قاعدة عين الأسد خلال أسابيع.', ['krym-alrbyay supports']],
    ['a future the speaker does not believe in is no support', 'Karim Salman said he did not think U.S. troops would leave Iraq.', ['karim-salman neutral']],
    ['a future asked about ("whether") is no support', 'Karim Salman said the question was less whether the troops would leave Iraq than what would remain.', ['karim-salman neutral']],
    ['a future that follows a condition is no support', 'Karim Salman said that if the talks collapsed, U.S. troops would leave Iraq without any agreement.', ['karim-salman neutral']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('a topic of several words, and an exemption from the departure', () => {
  it.each([
    ['"the second phase" reaches a verb five words after its last word', 'Kadhim al-Saedi, a legislator, said the second phase "must not be extended by a single day".', ['kadhim-al-saedi supports']],
    ['"should be exempted from the withdrawal" wants them to stay', 'Nujaba said the US forces in Erbil should be exempted from the withdrawal.', ['nujaba opposes']],
    ['"لن يستثنى من الرحيل": a presence not exempted from the departure must go', 'وقالت حركة النجباء إن الاحتلال في حرير لن يستثنى من الرحيل.', ['nujaba supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('an English possessive for the forces, and gains undone', () => {
  it.each([
    ['"their departure" stands for the forces already named', 'Kataib Hezbollah called on Baghdad to set a date for their departure.', ['kataib-hezbollah supports']],
    ['a drawdown that "could squander a decade of gains" is opposed', 'Senator Jack Reed said a drawdown of US troops could squander a decade of gains.', ['jack-reed opposes']],
    ['a withdrawal that "would undo years of progress" is opposed', 'Senator Jack Reed said a withdrawal would undo years of progress.', ['jack-reed opposes']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('a mission that has done its work', () => {
  it.each([
    ['"the coalition\'s military mission has achieved its goals" supports its end', 'Iraqi government spokesman Basim al-Awadi said "the coalition\'s military mission has achieved its goals".', ['basim-al-awadi supports']],
    ['"had run its course" supports its end', 'Senator Jim Banks said the coalition military mission had run its course.', ['jim-banks supports']],
    ['Arabic "حققت أهدافها" supports its end', 'وقال النائب كريم الربيعي إن مهمة التحالف حققت أهدافها.', ['krym-alrbyay supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('forces said to be "ready" in quotation marks', () => {
  it.each([
    ['English: the armed forces were "ready and able" to take over', 'Defence Minister Thabet al-Abbasi said the Iraqi armed forces were "ready and able" to take over all coalition sites.', ['thabet-al-abbasi supports']],
    ['Arabic: القوات الأمنية «جاهزة»', 'وقال وزير الدفاع ثابت العباسي إن القوات الأمنية «جاهزة تماماً» لتسلم المسؤولية من التحالف.', ['thabet-al-abbasi supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('a presence denied with ل and a presence that makes a target', () => {
  it.each([
    ['"لن يكون هناك وجود لقوات أجنبية" supports the withdrawal', 'وقال السوداني: "لن يكون هناك وجود لقوات أجنبية بعد انتهاء المرحلة الثانية".', ['sudani supports']],
    ['"لا وجود للقوات الأجنبية" supports the withdrawal', 'وقال النائب كريم الربيعي: "لا وجود للقوات الأجنبية في العراق بعد أيلول".', ['krym-alrbyay supports']],
    ['foreign bases that "make us a target" are opposed', 'وقالت النائبة سوزان منصور إن «بقاء القواعد الأجنبية يجعلنا هدفاً دائماً للمسيّرات والصواريخ».', ['swzan-mnswr supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('questions referred elsewhere and details withheld', () => {
  it.each([
    ['"referred questions to" the joint statement takes no side', "The Pentagon referred questions to the September 2024 joint statement in which the two governments agreed on a two-phase end to the coalition's military mission.", ['pentagon neutral']],
    ['a withdrawal she "declined to go into" (رفضت الخوض في) takes no side', 'وقالت وزارة الخارجية الأمريكية إنها ملتزمة بالشراكة، ورفضت الخوض في مواعيد انسحاب القوات.', ['state-department neutral']],
    ['a departure he "declined to say" the date of takes no side', 'State Department spokesman Matthew Miller said Washington remained committed to the partnership but declined to say when US troops would leave Erbil.', ['matthew-miller neutral']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('English evaluations of exposure, valuing and "if not before"', () => {
  it.each([
    ['a pullout that would leave Iraq "wide open to Tehran" is opposed', 'Senator Warren Pike warned that pulling U.S. forces out would leave Iraq "wide open to Tehran."', ['warren-pike opposes']],
    ['"values the continued presence" opposes the withdrawal', 'A KRG spokesman said the region "values the continued presence of our American partners."', ['krg opposes']],
    ['"by the deadline, if not before" is no condition', 'Senator Dwight Kessler called for all U.S. troops to be out of Iraq "by the deadline we ourselves agreed to, if not before."', ['dwight-kessler supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('ذهب إلى أن: a view held', () => {
  it('"ذهب المحلل … إلى أن" attributes what follows to the analyst', () => {
    expect(stancesOf(claimsOf('وذهب المحلل السياسي العراقي، غالب العطية، إلى أن انسحاب القوات الأمريكية ضرورة وطنية.'))).toEqual(['ghalb-alatyh supports']);
  });
});

describe('a presence to be treated as an occupation', () => {
  it.each([
    ['"سيعامل معاملة الاحتلال" judges the presence', 'وقالت كتائب حزب الله إن "أي بقاء للقوات الأمريكية في حرير بعد الموعد المحدد سيعامل معاملة الاحتلال".', ['kataib-hezbollah supports']],
    ['"هو محتل" judges the soldier who stays', 'وقالت كتائب حزب الله في بيان إن "أي جندي أمريكي يبقى على أرض العراق بعد أيلول هو محتل".', ['kataib-hezbollah supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('a participle after a quotation-first attribution', () => {
  it.each([
    ['\'"…," Pike said, warning that …\' reads the warning as Pike\'s', 'Senator Warren Pike said on Monday that the vote was a mistake. "We must stay," Pike said, warning that pulling U.S. forces out would be a disaster.', ['warren-pike opposes']],
    ['\'"…," he said, adding that …\' reads the addition as his', 'Senator Warren Pike spoke on Monday. "We must stay," he said, adding that the withdrawal of US troops would be a disaster.', ['warren-pike opposes']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('"not … , but I …" opens a second clause', () => {
  it('"I am not against the exit, but I am against pretending …" is mixed', () => {
    expect(stancesOf(claimsOf('Analyst Raed Hamid said: "I am not against the exit, but I am against pretending that it solves the problem of the factions."'))).toEqual(['raed-hamid mixed']);
  });
});

describe('an ending that dates a presence', () => {
  it.each([
    ['"وجود أي جندي … بعد انتهاء المرحلة الأولى احتلال" judges the presence, not the end', 'في المقابل، تعتبر فصائل مسلحة مقربة من إيران أن وجود أي جندي أجنبي في الإقليم بعد انتهاء المرحلة الأولى "احتلال مقنّع".', ['fsayl-mslhh supports']],
    ['"جاهز لتحمل المسؤولية بعد انتهاء المهمة" still looks to the end', 'وقال المتحدث باسم جهاز مكافحة الإرهاب صباح النعمان إن الجهاز "جاهز لتحمّل المسؤولية كاملة بعد انتهاء مهمة التحالف".', ['sbah-alnaman supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('a delay word that takes the cue as its object', () => {
  it.each([
    ['warning against "أي التفاف على موعد الانسحاب" supports the withdrawal', 'وحذرت كتائب حزب الله من أن "أي التفاف على موعد الانسحاب سيعيد الأمور إلى المربع الأول".', ['kataib-hezbollah supports']],
    ['"للالتفاف على موعد خروج القوات" with the article fused to ل is a delay word too', 'وحذرت كتائب حزب الله من أن أي محاولة للالتفاف على موعد خروج القوات "ستقابل بما يناسبها".', ['kataib-hezbollah supports']],
    ['calling something "التفاف على مطلب الخروج" supports the exit', 'وقال المتحدث باسم حركة النجباء حسين الموسوي إن "الحديث عن علاقات أمنية ثنائية بعد 2026 هو التفاف على مطلب الخروج الكامل".', ['hsyn-almwswy supports']],
    ['wanting to postpone the withdrawal still opposes it', 'وقال النائب علي حسن إن الحكومة تريد تأجيل الانسحاب.', ['iraq-gov opposes']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('a premature departure that gives terror a second life', () => {
  it('"مغادرة التحالف قبل الأوان ستمنح الإرهاب حياة ثانية" opposes the departure', () => {
    expect(stancesOf(claimsOf('وقال رئيس حكومة الإقليم مسرور بارزاني إن «مغادرة التحالف قبل الأوان ستمنح الإرهاب حياة ثانية».'))).toEqual(['masrour-barzani opposes']);
  });
});

describe('closing the file of the presence, and declining to go into it as a participle', () => {
  it.each([
    ['"إغلاق ملف الوجود الأجنبي" is a withdrawal', 'وقالت النائبة رشا الحلو إن «إغلاق ملف الوجود الأجنبي بالكامل مطلب وطني».', ['rsha-alhlw supports']],
    ['"رافضاً الخوض في تفاصيل الانسحاب" takes no side', 'وقال المتحدث العسكري يحيى رسول إن القوات جاهزة، رافضاً الخوض في تفاصيل الانسحاب أو توقيته.', ['yahya-rasool neutral']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('a presence called an interest for all', () => {
  it('"لا أحد يطالب ببقاء قوات قتالية، لكن بقاء المستشارين مصلحة للجميع" is mixed', () => {
    expect(stancesOf(claimsOf('وقال النائب هيمن قادر إن "لا أحد في الإقليم يطالب ببقاء قوات قتالية، لكن بقاء عدد من المستشارين مصلحة للجميع".'))).toEqual(['hymn-qadr mixed']);
  });
});

describe('a verb before a question', () => {
  it.each([
    ['"weighing whether to speed up the withdrawal" takes no side', 'The Trump administration is weighing whether to speed up the withdrawal of U.S. troops from Iraq.', ['trump neutral']],
    ['"تساءل عما إذا كانت الحكومة ستطالب بانسحاب" takes no side, and the name stops before عما', 'وتساءل النائب علي حسن عما إذا كانت الحكومة ستطالب بانسحاب القوات الأمريكية.', ['aly-hsn neutral']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('English pressure renewed and relief', () => {
  it.each([
    ['"stepped up pressure for a full withdrawal" supports it', 'Iran-aligned armed factions stepped up pressure for a full withdrawal of US forces.', ['iran-aligned-armed-factions supports']],
    ['"relieved that the coalition will stay" opposes the withdrawal', '"We are relieved that the coalition will stay in Kurdistan for two more years," said Peshmerga ministry official Karwan Ali.', ['karwan-ali opposes']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('"made no secret of his wish for"', () => {
  it('a wish made no secret of, for the forces to remain, opposes the withdrawal', () => {
    expect(stancesOf(claimsOf('Kurdistan Region Prime Minister Masrour Barzani has made no secret of his wish for U.S. forces to remain in Erbil.'))).toEqual(['masrour-barzani opposes']);
  });
});

describe('another government\'s ministry, requests and the wisest path', () => {
  it.each([
    ['"Tehran\'s foreign ministry" is not the Iraqi one', 'Tehran\'s foreign ministry has called the presence of foreign forces "a source of instability" in the region.', ['iran supports']],
    ['"Iraq\'s foreign ministry" still is', 'Iraq\'s foreign ministry has called the presence of foreign forces "a source of instability" in the region.', ['iraq-mofa supports']],
    ['"have asked for the coalition to stay" opposes the withdrawal', 'Kurdish leaders have asked for the coalition to stay in Erbil beyond 2026.', ['kurdish-leaders opposes']],
    ['a withdrawal called "the wisest path" is supported', '"A gradual, orderly withdrawal is the wisest path," a senior Iraqi official told MEE.', ['senior-iraqi-official supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('a stage of the agreement as a span of time', () => {
  const background = 'وينص الاتفاق على انسحاب قوات التحالف من العراق. ';
  it.each([
    ['"خلال المرحلة الثانية من الاتفاق" dates what is said, it does not judge the agreement', 'وقال النائب علي حسن إن "التنسيق الأمني ضروري خلال المرحلة الثانية من الاتفاق".', []],
    ['"بفضل الاتفاق" still does', 'وقال النائب علي حسن إن "الاستثمارات الأجنبية ستتضاعف بفضل الاتفاق".', ['aly-hsn supports']],
    ['a speech given "خلال المهرجان", then أن: the agreement after it is judged', 'وقال النائب علي حسن في كلمة بثت خلال المهرجان إن "الاتفاق إنجاز للدولة".', ['aly-hsn supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(background + text))).toEqual(expected);
  });
});

describe('"for once I hope"', () => {
  it('a hope after "for once" is the speaker\'s wish: "for" makes no noun of a verb after a subject pronoun, and "once" opens no condition', () => {
    expect(stancesOf(claimsOf('Lawmaker Qutaiba Jumaili said "for once I hope the Americans stay a little longer."'))).toEqual(['qutaiba-jumaili opposes']);
  });
});

describe('a withdrawal denied its own name', () => {
  it.each([
    ['"The occupier\'s withdrawal to Erbil is not a withdrawal" asks for the real one', '"The occupier\'s withdrawal to Erbil is not a withdrawal," spokesman Jaafar al-Husseini said.', ['jaafar-al-husseini supports']],
    ['"انسحاب المحتل إلى أربيل ليس انسحاباً" asks for the real one', 'وقال المتحدث جعفر الحسيني إن "انسحاب المحتل إلى أربيل ليس انسحاباً".', ['jaafar-al-husseini supports']],
    ['"لن يكون هناك انسحاب" still rejects it', 'وقال المتحدث جعفر الحسيني إن "الاتفاق لن يشهد أي انسحاب".', ['jaafar-al-husseini opposes']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('"made little secret of its preference for"', () => {
  it('a preference made little secret of, for the forces to stay, opposes the withdrawal', () => {
    expect(stancesOf(claimsOf('The KDP has made little secret of its preference for US forces to stay.'))).toEqual(['kdp opposes']);
  });
});

describe('a denial after the verb of saying', () => {
  it.each([
    ['"نافياً وجود أي مباحثات لتمديد بقاء القوات" denies the extension: supports', 'وقال النائب علي حسن إن الجلسة انتهت، نافياً "وجود أي مباحثات لتمديد بقاء القوات".', ['aly-hsn supports']],
    ['"ونفى النائب علي حسن وجود …": وجود is no part of his name', 'ونفى النائب علي حسن وجود أي مباحثات لتمديد بقاء القوات.', ['aly-hsn supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('what the occupier is said not to want', () => {
  it('"الاحتلال لا يريد الرحيل، وإنما يبحث عن ذرائع للبقاء" is a complaint about the forces, not the speaker\'s wish: supports', () => {
    expect(stancesOf(claimsOf('وقال النائب عدنان الكناني إن "الاحتلال لا يريد الرحيل، وإنما يبحث عن ذرائع للبقاء".'))).toEqual(['adnan-alknany supports']);
  });
});

describe('recognising a presence', () => {
  it('"لن تعترف بأي صيغة تبقي القوات الأمريكية" refuses to accept the forces staying: supports', () => {
    expect(stancesOf(claimsOf('وقالت حركة النجباء إنها لن تعترف بأي صيغة تبقي القوات الأمريكية في أي شبر من العراق.'))).toEqual(['nujaba supports']);
  });
});

describe('English wishes for a slower or later withdrawal', () => {
  it.each([
    ['"We would have preferred a slower drawdown" opposes it', 'Margaret Ellison said: "We would have preferred a slower drawdown, frankly."', ['margaret-ellison opposes']],
    ['"The withdrawal should have waited until …" opposes it', 'An Iraqi army officer said: "The withdrawal should have waited until the situation in Syria is clear."', ['iraqi-army-officer opposes']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('an English evaluation of an infinitive', () => {
  it.each([
    ['"a strategic blunder to complete the withdrawal" opposes it', 'Senator Roger Wicker said it would be a strategic blunder to complete the withdrawal while Iran\'s proxies are shooting at our troops.', ['roger-wicker opposes']],
    ['"important to complete the withdrawal" supports it', 'Senator Roger Wicker said it was important to complete the withdrawal.', ['roger-wicker supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('a withdrawal word after a demonstrative', () => {
  it.each([
    ['"هذا التخفيض يعكس النجاح" points back to the withdrawal the article named', 'وبدأ انسحاب القوات الأمريكية من العراق. وقال المتحدث باسم البنتاغون شون بارنيل إن "هذا التخفيض يعكس النجاح".', ['shwn-barnyl supports']],
    ['in an article that names no withdrawal it is about something else', 'وقال المتحدث باسم البنتاغون شون بارنيل إن "هذا التخفيض يعكس النجاح".', []],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('the end of a deadline', () => {
  it('"ستتعامل مع أي قوة أجنبية تبقى بعد انتهاء المهلة على أنها قوة احتلال": "after the deadline" dates the staying it calls an occupation: supports', () => {
    expect(stancesOf(claimsOf('وقالت كتائب حزب الله إن "المقاومة ستتعامل مع أي قوة أجنبية تبقى بعد انتهاء المهلة على أنها قوة احتلال".'))).toEqual(['kataib-hezbollah supports']);
  });
});

describe('English preferences and gifts to Tehran', () => {
  it.each([
    ['"We would rather the Americans stay" opposes the withdrawal ("rather" inside the verb opens no clause)', 'KRG official Karwan Ali said: "We would rather the Americans stay."', ['karwan-ali opposes']],
    ['"Walking away from Iraq now is handing Tehran the keys on a silver platter" opposes it', 'Rep. Dale Whitfield said: "Walking away from Iraq now is handing Tehran the keys on a silver platter."', ['dale-whitfield opposes']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('"Let them go home"', () => {
  it('a shopkeeper\'s "Let them go home. We will manage." supports the withdrawal', () => {
    expect(stancesOf(claimsOf('Shopkeeper Khalid Mahmoud said: "Let them go home. We will manage."'))).toEqual(['khalid-mahmoud supports']);
  });
});

describe('a leap in the dark', () => {
  it.each([
    ['"الانسحاب في موعده، بهذه الظروف، قفزة في الظلام" opposes it', 'وقال المحلل سامر جواد إن "الانسحاب في موعده، بهذه الظروف، قفزة في الظلام".', ['samr-jwad opposes']],
    ['"a leap in the dark" opposes it', 'Analyst Samer Jawad said the withdrawal would be "a leap in the dark".', ['samer-jawad opposes']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('"they" and "them" for the forces already named', () => {
  it.each([
    ['"We would prefer they stay" opposes the withdrawal', 'The mayor Sherzad Mahmood said: "We would prefer they stay until the reforms are finished."', ['sherzad-mahmood opposes']],
    ['"I want them to leave" supports it', 'The teacher Dilan Aziz said: "I want them to leave, of course."', ['dilan-aziz supports']],
    ['"the space they leave" is about the space, not their leaving', 'The teacher Dilan Aziz said: "The space they leave will be filled quickly."', []],
    ['"some of them will leave" counts among others, not the forces', 'The teacher Dilan Aziz said: "Many companies came here, and some of them will leave."', []],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('ولو before a phrase concedes, it sets no condition', () => {
  it.each([
    ['"خروج القوات، ولو على مراحل، حق" supports, gradual, with no condition', 'وقال النائب كريم الموسوي إن "خروج القوات الأجنبية، ولو على مراحل، حق للعراقيين".', [['كريم الموسوي', 'supports', ['gradual']]]],
    ['"تبقى في أربيل ولو بعد 2026" keeps them there even after, with no condition', 'وقال النائب علي حسن إن القوات الأمريكية يجب أن تبقى في أربيل ولو بعد 2026.', [['علي حسن', 'opposes', []]]],
    ['"بقاء المستشارين، ولو بأعداد قليلة" keeps its advisers with no condition', 'وقال النائب كريم الموسوي إن "بقاء المستشارين الأميركيين، ولو بأعداد قليلة، ضرورة".', [['كريم الموسوي', 'opposes', ['advisers']]]],
    ['"لو" before a verb still conditions: "نقبل الانسحاب لو اكتملت جاهزية قواتنا"', 'وقال النائب كريم الموسوي إن "العراق يقبل انسحاب القوات الأجنبية لو اكتملت جاهزية قواتنا".', [['كريم الموسوي', 'mixed', ['conditional']]]],
  ])('%s', (_label, text, expected) => {
    expect(claimsOf(text).map((c) => [c.actor.name, c.stance, c.qualifiers])).toEqual(expected);
  });
});

describe('an office one person holds, its holder named nowhere', () => {
  it.each([
    ['"وقال رئيس الوزراء إن" makes the office the speaker', 'وقال رئيس الوزراء إن "انسحاب القوات الأجنبية حق للعراقيين".', ['ryys-alwzra supports']],
    ['"ورئيس الوزراء أبلغ": the conjunction is no part of the name', 'وأوضح المتحدث أن الحكومة ماضية. ورئيس الوزراء أبلغ الجانب الأمريكي بضرورة انسحاب القوات الأجنبية.', ['ryys-alwzra supports']],
    ['after "رئيس الوزراء محمد شياع السوداني" the bare title is still Sudani', 'التقى رئيس الوزراء محمد شياع السوداني وفداً أميركياً. وقال رئيس الوزراء إن "انسحاب القوات الأجنبية حق للعراقيين".', ['sudani supports']],
    ['"مستشار لرئيس الوزراء": the adviser speaks, not the prime minister', 'وقال مستشار لرئيس الوزراء لرويترز إن "انسحاب القوات الأجنبية حق للعراقيين".', []],
    ['"The prime minister said" makes the office the speaker', 'The prime minister said the withdrawal of foreign forces must be completed.', ['prime-minister supports']],
    ['"an adviser to the Iraqi prime minister told Reuters": not the prime minister', 'An adviser to the Iraqi prime minister told Reuters the withdrawal of foreign forces must be completed.', []],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('", not" after the verb that opens the predicate', () => {
  it('"the end of the mission was a sign of recovery, not a security gap" denies the gap: supports', () => {
    expect(stancesOf(claimsOf('Farhad Alaa Aldin, an adviser, said the end of the mission was a sign of recovery, not a security gap.'))).toEqual(['farhad-alaa-aldin supports']);
  });
});

describe('a departure that came late, and one that is not good for us', () => {
  it.each([
    ['"خروج التحالف تأخر أصلاً" supports it', 'وقال النائب كريم الموسوي إن "خروج التحالف تأخر أصلاً".', ['krym-almwswy supports']],
    ['"The Americans leaving is not good for us" opposes it', 'Ghanim Dawudi, a councillor, said: "The Americans leaving is not good for us."', ['ghanim-dawudi opposes']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('better than the alternative, Iraq without foreign forces, a single adviser', () => {
  it.each([
    ['"بقاء مئتي مستشار أفضل من فراغ كامل" opposes the withdrawal: the vacuum is the alternative', 'ورأى الخبير الأمني عدنان الشويلي أن «بقاء مئتي مستشار أفضل من فراغ كامل».', ['adnan-alshwyly opposes']],
    ['"keeping 200 advisers was better than a complete vacuum" opposes it', 'Analyst Adnan Shuwaili said keeping 200 advisers was better than a complete vacuum.', ['adnan-shuwaili opposes']],
    ['"تريد عراقاً بلا قوات أمريكية" supports it', 'وقال النائب كريم الموسوي إنه يريد عراقاً بلا قوات أمريكية.', ['krym-almwswy supports']],
    ['"لن تقبل ببقاء مستشار أميركي واحد" supports it', 'وقالت كتائب حزب الله إنها "لن تقبل ببقاء مستشار أميركي واحد".', ['kataib-hezbollah supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('what goes on as long as the forces stay', () => {
  it.each([
    ['"سلاح المقاومة باقٍ ما دام هناك جندي أمريكي واحد" supports the withdrawal', 'وقالت كتائب حزب الله إن "سلاح المقاومة باقٍ ما دام هناك جندي أمريكي واحد على أرض العراق".', ['kataib-hezbollah supports']],
    ['"لا يغير المعادلة ما دامت القوات الأمريكية باقية" supports it', 'وقال الكعبي إن "خروج الإسبان لا يغير المعادلة ما دامت القوات الأمريكية باقية في عين الأسد".', ['akram-al-kaabi supports']],
    ['"the weapons remain as long as a single American soldier remains" supports it', 'Kataib Hezbollah said "the weapons remain as long as a single American soldier remains on Iraqi soil."', ['kataib-hezbollah supports']],
    ['"wants the coalition to stay as long as ISIS remains a threat": staying is wanted, on a condition', 'A KRG official, Karwan Ali, said Erbil "wants the coalition to stay as long as ISIS remains a threat".', ['karwan-ali opposes']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('an exception after a negated stop, and the remaining forces named', () => {
  it.each([
    ['"ولن تتوقف إلا بخروج آخر جندي" supports the withdrawal', 'وقال قيس الخزعلي إن "عملياتنا مستمرة ولن تتوقف إلا بخروج آخر جندي أمريكي من العراق".', ['qais-al-khazali supports']],
    ['"the remaining forces" name the forces: "would not shed a tear if the remaining forces left" takes no side on staying', 'Goran Baban, a spokesman, said the movement "would not shed a tear" if the remaining forces left on schedule.', []],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('"he said" after a quotation with verbs of its own', () => {
  it('\'Lawmaker X was blunter. "We want the coalition to leave," he said\': the verb inside the quotation does not stop "he" from being X', () => {
    expect(stancesOf(claimsOf('Sen. Lindsey Graham was blunter. "We want the coalition to leave, and we want it to leave in an orderly way," he said.'))).toEqual(['lindsey-graham supports']);
  });

  it('\'A former US diplomat … was more pessimistic. "…," he said\': "he" is the unnamed diplomat, not the person quoted before', () => {
    const claims = claimsOf('"The Americans should leave Iraq," said Muhannad al-Rawi, an importer. "But will the companies come?"\n\nA former US diplomat who served in Baghdad was more pessimistic. "A complete exit would hand Iraq to Tehran on a plate," he said.');
    expect(claims.map((c) => `${c.actor.name} ${c.stance}`)).toEqual(['Muhannad al-Rawi supports', 'former US diplomat opposes']);
  });

  it('"Another resident, Shilan Hassan, … \"…,\" she said": the named person, not the title before her name', () => {
    const claims = claimsOf('Another resident, Shilan Hassan, a schoolteacher, said she was worried.\n\n"Who will protect us if the Americans leave?"\n\n"The Peshmerga need the Americans\' planes," she said.');
    expect(claims.map((c) => c.actor.name)).not.toContain('Another resident');
  });
});

describe('a negated verb followed by "وما زال"', () => {
  it('"وهذا القرار لم يُلغَ وما زال ملزماً": the لم negates the cancelling, not the binding, so the call to expel stands', () => {
    const claims = claimsOf('وقال النائب عدي الخرسان إن مجلس النواب "صوّت عام 2020 على إخراج القوات الأجنبية، وهذا القرار لم يُلغَ وما زال ملزماً للحكومة".');
    expect(claims.map((c) => [c.actor.name, c.stance])).toEqual([['عدي الخرسان', 'supports']]);
  });
});

describe('English verbs of saying that affirm or concede', () => {
  it.each([
    ['"affirmed that US forces would leave" is said by the commander', 'CENTCOM commander Brad Cooper affirmed that US forces would leave federal Iraq on schedule.', ['brad-cooper supports']],
    ['"conceded that the withdrawal … could leave a gap" is said by the MP', 'Iraqi MP Ali Hassan conceded that the withdrawal of US troops could leave a gap.', ['ali-hassan opposes']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('a coalition mission said not to exist', () => {
  it.each([
    ['"there will be no coalition mission in Iraq after September" supports the withdrawal', 'Qasim al-Araji said there will be no coalition mission in Iraq after September.', ['al-araji supports']],
    ['"there is no longer a coalition mission in federal Iraq" supports it', 'Lloyd Austin said there is no longer a coalition mission in federal Iraq.', ['lloyd-austin supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('a page turned on the presence', () => {
  it.each([
    ['"العراق طوى صفحة وجود القوات الأجنبية القتالية" supports the withdrawal', 'وقالت وزارة الخارجية العراقية إن "العراق طوى صفحة وجود القوات الأجنبية القتالية على أراضيه".', ['iraq-mofa supports']],
    ['"The coalition presence is behind us" supports it', 'Defense official Mark Hill said: "The foreign military presence is behind us."', ['mark-hill supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('what will not deter a demand', () => {
  it.each([
    ['"العقوبات لن تثنينا عن المطالبة بخروج آخر جندي محتل" supports the withdrawal', 'وقال الصدر إن "العقوبات الأمريكية لن تثنينا عن المطالبة بخروج آخر جندي محتل من أرض العراق".', ['sadr supports']],
    ['"will not deter us from demanding the withdrawal" supports it', 'Kataib Hezbollah said sanctions "will not deter us from demanding the withdrawal".', ['kataib-hezbollah supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('a delay word whose object runs long before the withdrawal', () => {
  it('"أي محاولة للالتفاف على إرادة الشعب العراقي وحكومته في إخراج القوات الأجنبية ستكون مرفوضة" supports the withdrawal', () => {
    expect(stancesOf(claimsOf('وقال بقائي إن «أي محاولة للالتفاف على إرادة الشعب العراقي وحكومته في إخراج القوات الأجنبية ستكون مرفوضة».'))).toEqual(['esmaeil-baghaei supports']);
  });
});

describe('safer without them', () => {
  it.each([
    ['"would be safer the day the last American soldier leaves" supports the withdrawal', 'Foreign Minister Abbas Araghchi said the region "would be safer the day the last American soldier leaves it."', ['abbas-araghchi supports']],
    ['"العراق سيكون أكثر استقراراً بعد خروج القوات الأجنبية" supports it', 'وقال النائب كريم الموسوي إن "العراق سيكون أكثر استقراراً بخروج القوات الأجنبية".', ['krym-almwswy supports']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('an Arabic plural verb carries "they"', () => {
  it('"آن الأوان أن يخرجوا" supports the withdrawal, as "it is time they left" would', () => {
    expect(stancesOf(claimsOf('وقال النائب مصطفى حردان: "آن الأوان أن يخرجوا، وأن يتحمل العراقيون وحدهم مسؤولية أمنهم".'))).toEqual(['mstfy-hrdan supports']);
  });
});

describe('a presence said not to exist', () => {
  it.each([
    ['"لا توجد قوات قتالية أجنبية على الأرض" supports the withdrawal', 'وقال المتحدث باسم الحكومة باسم العوادي إنه "لا توجد قوات قتالية أجنبية على الأرض".', ['basim-al-awadi supports']],
    ['"لن تكون هناك قوات للتحالف في بغداد بعد أيلول" supports it', 'وقال المتحدث باسم الحكومة باسم العوادي إنه "لن تكون هناك قوات للتحالف في بغداد بعد أيلول".', ['basim-al-awadi supports']],
    ['"يحتاج إلى أن توجد قوات أمريكية في أربيل" opposes it', 'وقال النائب كريم الموسوي إن "العراق يحتاج إلى أن توجد قوات أمريكية في أربيل".', ['krym-almwswy opposes']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});

describe('English forces said not to be on Iraqi soil', () => {
  it.each([
    ['"there will be no foreign combat forces on Iraqi soil" supports the withdrawal', 'Spokesman Basim al-Awadi said there will be no foreign combat forces on Iraqi soil after September.', ['basim-al-awadi supports']],
    ['"the presence of foreign combat forces in Iraq was still necessary" opposes it', 'Senator Jim Banks said the presence of foreign combat forces in Iraq was still necessary.', ['jim-banks opposes']],
  ])('%s', (_label, text, expected) => {
    expect(stancesOf(claimsOf(text))).toEqual(expected);
  });
});
