import { beforeAll, describe, expect, it } from '@jest/globals';
import { discoveredActorId, findActors } from '../../../src/ingest/actors.js';
import { parseArticle } from '../../../src/ingest/load.js';
import { analyzeText } from '../../../src/ingest/pipeline.js';
import { extractFromText, loadTestExtractor } from '../../helpers/invariants.js';

let tools: ReturnType<typeof loadTestExtractor>;
beforeAll(() => {
  tools = loadTestExtractor();
});

function actorsIn(text: string): { id: string; name: string; type: string; via: string }[] {
  const analyzed = analyzeText(parseArticle(text, tools.lexicon), tools.extractor);
  const found = findActors(analyzed, tools.extractor.compiled);
  return found.mentions.map((m) => {
    const actor = found.actors.get(m.actorId)!;
    return { id: actor.id, name: actor.name, type: actor.type, via: m.via };
  });
}

describe('findActors', () => {
  it('finds gazetteer names behind the و clitic (وواشنطن)', () => {
    expect(actorsIn('التقى السوداني وفدا من واشنطن، وواشنطن ترد على الهجمات.').map((a) => a.id)).toEqual(['sudani', 'us-gov', 'us-gov']);
  });

  it('finds a Kurdish name written with Kurdish letters (نيچيرڤان) as the same actor as its Arabic spelling', () => {
    expect(actorsIn('وقال رئيس إقليم كوردستان نيچيرڤان بارزاني إن الحوار مستمر.').map((a) => a.id)).toContain('nechirvan-barzani');
  });

  it('ends a name at a word for what was posted, and at إلى written without its hamza', () => {
    expect(actorsIn('ونشر القيادي في الحزب الديمقراطي الكردستاني جوتيار حسن تدوينة قال فيها إن الانسحاب خطأ.').filter((a) => a.via === 'title').map((a) => a.name)).toEqual(['جوتيار حسن']);
    expect(actorsIn('كما دعا النائب عن الحزب الديمقراطي الكردستاني سامان برزنجي الى عدم الخلط بين الملفين.').filter((a) => a.via === 'title').map((a) => a.name)).toEqual(['سامان برزنجي']);
  });

  it('reads a place and its name as part of the body (عضو مجلس محافظة كركوك عن الكتلة العربية، مازن الحمداني)', () => {
    const named = actorsIn('وقال عضو مجلس محافظة كركوك عن الكتلة العربية، مازن الحمداني، إن الحوار مستمر.').filter((a) => a.via === 'title');
    expect(named.map((a) => a.name)).toEqual(['مازن الحمداني']);
  });

  it('finds a name written with diacritics and another hamza form', () => {
    expect(actorsIn('وقالت الإدارة الأمريكيّة إن الحوار مستمر مع الحكومة العراقيه.').map((a) => a.id)).toEqual(['us-gov', 'iraq-gov']);
  });

  it('discovers a new analyst named after a title (المحلل السياسي)', () => {
    expect(actorsIn('وقال المحلل السياسي كريم الموسوي إن الحوار مستمر.')).toEqual([
      { id: 'krym-almwswy', name: 'كريم الموسوي', type: 'analyst', via: 'title' },
    ]);
  });

  it('discovers a new security expert after الخبير الأمني', () => {
    expect(actorsIn('ويرى الخبير الأمني سرمد البياتي أن الحوار طويل.')).toMatchObject([{ name: 'سرمد البياتي', type: 'analyst' }]);
  });

  it('discovers an English analyst after "analyst"', () => {
    expect(actorsIn('Political analyst Karim Nasrawi said the talks would continue, Reuters reported.')).toEqual([
      { id: 'karim-nasrawi', name: 'Karim Nasrawi', type: 'analyst', via: 'title' },
    ]);
  });

  it('splits coordinated groups into separate actors (فصائل أكثر اعتدالا وأحزاب سنية وكردية)', () => {
    expect(actorsIn('بينما تخشى فصائل أكثر اعتدالا وأحزاب سنية وكردية أن يؤدي رحيل القوات إلى فراغ.').map((a) => a.name)).toEqual([
      'فصائل أكثر اعتدالا',
      'أحزاب سنية',
      'أحزاب كردية',
    ]);
  });

  it('keeps a name after a title, a place and a compound particle whole (السفير … لدى بغداد محمد كاظم آل صادق)', () => {
    const named = actorsIn('وقال السفير التركي لدى بغداد علي رضا آل جنابي إن العلاقات جيدة.').filter((a) => a.via === 'title');
    expect(named.map((a) => a.name)).toEqual(['علي رضا آل جنابي']);
    expect(actorsIn('وقال الشيخ عبد الستار الدهلكي إن العشيرة تنتظر.').map((a) => a.name)).toEqual(['عبد الستار الدهلكي']);
  });

  it('skips a gloss in brackets and a rank between an office and the name', () => {
    const named = actorsIn('وقال المتحدث باسم وزارة الدفاع الأميركية (البنتاغون) الميجر جنرال سام ويلز إن الحوار مستمر.').filter((a) => a.via === 'title');
    expect(named.map((a) => [a.name, a.type])).toEqual([['سام ويلز', 'official']]);
  });

  it('finds the name set off by commas after a long title (الباحث في … بواشنطن، جوناثان بريدي،)', () => {
    const named = actorsIn('ويقول الباحث في شؤون الشرق الأوسط في معهد أبحاث بواشنطن، سامر الدهلكي، لموقع الحرة إن الحوار مستمر.').filter((a) => a.via === 'title');
    expect(named.map((a) => a.name)).toEqual(['سامر الدهلكي']);
  });

  it('ends a name at its family name and before a known actor that follows it', () => {
    expect(actorsIn('دعا النائب عن كتلة الوفاء سالم الدهلكي الحكومة العراقية إلى الحوار.').map((a) => a.name)).toContain('سالم الدهلكي');
  });

  it('finds a group of several words and a group in a body nobody listed (شيوخ العشائر في محافظة نينوى)', () => {
    expect(actorsIn('وأبدى شيوخ العشائر قلقهم من الوضع.').map((a) => a.name)).toEqual(['شيوخ العشائر']);
    expect(actorsIn('عبر عدد من وجهاء العشائر في محافظة نينوى عن قلقهم.').map((a) => a.name)).toEqual(['وجهاء العشائر في محافظة نينوى']);
  });

  it('gives a group no surname: its last word (a province) does not name it later', () => {
    const found = actorsIn('عبر عدد من وجهاء العشائر في محافظة نينوى عن قلقهم، وقال أبناء نينوى إنهم ينتظرون.');
    expect(found.map((a) => a.name)).toEqual(['وجهاء العشائر في محافظة نينوى']);
  });

  it('never makes an outlet or agency an actor', () => {
    expect(actorsIn('ونقلت رويترز وفرانس برس عن الجزيرة أن الحوار مستمر.')).toEqual([]);
    expect(actorsIn('Reuters and AFP reported that the talks would continue, Al Jazeera said.')).toEqual([]);
  });
});

describe('discoveredActorId', () => {
  it('is readable, stable and the same for differently written forms of one name', () => {
    expect(discoveredActorId('كريم الموسوي')).toBe('krym-almwswy');
    expect(discoveredActorId('كريم الموسويّ')).toBe(discoveredActorId('كريم الموسوي'));
    expect(discoveredActorId('Karim Nasrawi')).toBe('karim-nasrawi');
  });

  it('gives a name written with Kurdish letters the id of its Arabic spelling (ڤيان عمر is فيان عمر, not يان عمر)', () => {
    expect(discoveredActorId('ڤيان عمر')).toBe('fyan-amr');
    expect(discoveredActorId('ڤيان عمر')).toBe(discoveredActorId('فيان عمر'));
    expect(discoveredActorId('پشتيوان چالاك')).toBe(discoveredActorId('بشتيوان جالاك'));
  });
});

it('discovers an analyst called علي', () => {
  expect(actorsIn('وقال المحلل السياسي علي البيدر إن الحوار مستمر.').map((a) => a.name)).toEqual(['علي البيدر']);
});

it('finds gazetteer names after لل', () => {
  expect(actorsIn('وفي بيان للخارجية العراقية قالت الوزارة إن الحوار مستمر.').map((a) => a.id)).toContain('iraq-mofa');
  expect(actorsIn('وقالت الحكومة للبنتاغون إن الحوار مستمر.').map((a) => a.id)).toContain('pentagon');
});

describe('organisations and sources nobody listed', () => {
  it('names an organisation after its head word, in Arabic and English', () => {
    const ar = extractFromText('وطالبت كتلة الوفاء النيابية بانسحاب القوات الأمريكية فورا. ورفض تحالف النهضة أي بقاء للقوات الأجنبية.', tools).claims;
    expect(ar.map((c) => [c.actor.name, c.stance])).toEqual([
      ['كتلة الوفاء النيابية', 'supports'],
      ['تحالف النهضة', 'supports'],
    ]);
    const en = extractFromText('The Reform Movement said it demands the withdrawal of US troops.', tools).claims;
    expect(en.map((c) => [c.actor.name, c.actor.type])).toEqual([['Reform Movement', 'party']]);
  });

  it('a source with a plain adjective (مصدر حكومي مطلع) is one actor', () => {
    const claims = extractFromText('وقال مصدر حكومي مطلع إن الحكومة ماضية في إنهاء مهمة التحالف.', tools).claims;
    expect(claims.map((c) => [c.actor.name, c.stance])).toEqual([['مصدر حكومي مطلع', 'supports']]);
  });

  it('a person\'s name ends before a noun of speech (ديار برواري تصريحات …)', () => {
    const claims = extractFromText('انتقد النائب عن الحزب الديمقراطي الكردستاني ديار برواري تصريحات المسؤول الإيراني، وقال: "بقاء التحالف ضمانة للإقليم".', tools).claims;
    expect(claims.map((c) => [c.actor.name, c.stance])).toEqual([['ديار برواري', 'opposes']]);
  });

  it('a body named with هيئة or لجنة the gazetteer lacks is an actor', () => {
    const claims = extractFromText('دعت هيئة علماء الأنبار، في بيان، إلى "رحيل جميع القوات الأجنبية من دون استثناء".', tools).claims;
    expect(claims.map((c) => [c.actor.name, c.stance])).toEqual([['هيئة علماء الأنبار', 'supports']]);
  });

  it('a compound given name makes a known family name someone else (عبد الرحمن المشهداني is not the listed Mahmoud al-Mashhadani)', () => {
    const claims = extractFromText('اعتبر النائب عن تحالف العزم عبد الرحمن المشهداني أن "خروج القوات الأمريكية خطأ".', tools).claims;
    expect(claims.map((c) => [c.actor.name, c.stance])).toEqual([['عبد الرحمن المشهداني', 'opposes']]);
  });

  it('a known family name after another given name is someone else (فلاح الخفاجي is not the listed Tahseen al-Khafaji)', () => {
    const claims = extractFromText('قال النائب فلاح الخفاجي إن "الحكومة مطالبة بإنهاء مهمة التحالف الدولي".', tools).claims;
    expect(claims.map((c) => [c.actor.name, c.stance])).toEqual([['فلاح الخفاجي', 'supports']]);
  });

  it('a known person\'s given name and surname after another given name name his son (علي محمد السوداني is not the prime minister)', () => {
    const claims = extractFromText('وقال المحلل السياسي علي محمد السوداني إن "انسحاب القوات الأجنبية ضرورة".', tools).claims;
    expect(claims.map((c) => [c.actor.name, c.stance])).toEqual([['علي محمد السوداني', 'supports']]);
  });

  it('a known person\'s full name after a title and another given name is someone else (النائب حسن عبد الأمير الشمري)', () => {
    const claims = extractFromText('وقال النائب حسن عبد الأمير الشمري إن "انسحاب القوات الأجنبية ضرورة".', tools).claims;
    expect(claims.map((c) => [c.actor.name, c.stance])).toEqual([['حسن عبد الأمير الشمري', 'supports']]);
    expect(extractFromText('وقال وزير الداخلية عبد الأمير الشمري إن "انسحاب القوات الأجنبية ضرورة".', tools).claims.map((c) => c.actor.id)).toEqual(['abdul-amir-al-shammari']);
  });

  it('a name right after the province that completes the body may begin with و (عضو مجلس محافظة الأنبار وسام العيثاوي)', () => {
    const claims = extractFromText('وقال عضو مجلس محافظة الأنبار وسام العيثاوي: «لا نريد عودة أي قوات أجنبية إلى الأنبار».', tools).claims;
    expect(claims.map((c) => [c.actor.name, c.stance])).toEqual([['وسام العيثاوي', 'supports']]);
  });

  it('a body\'s name in quotation marks after its kind leads to the person (عضو المكتب السياسي لحركة «النجباء» سعد الحسناوي)', () => {
    const claims = extractFromText('قال عضو المكتب السياسي لحركة «النجباء» سعد كريم الحسناوي إن «انسحاب القوات الأجنبية مطلب وطني».', tools).claims;
    expect(claims.map((c) => c.actor.name)).toEqual(['سعد كريم الحسناوي']);
  });

  it('"one of" after a title opens no name; the person set off by commas after the body is the one titled (آمر أحد ألوية الحشد الشعبي، خيري علي،)', () => {
    const claims = extractFromText('وقال آمر أحد ألوية الحشد الشعبي المنتشرة في سنجار، خيري علي، إن انسحاب القوات الأجنبية تأخر كثيراً.', tools).claims;
    expect(claims.map((c) => c.actor.name)).toEqual(['خيري علي']);
  });

  it('the Pentagon under its 2025 name (وزارة الحرب الأميركية، the Department of War) is the Pentagon', () => {
    expect(actorsIn('وكانت وزارة الحرب الأميركية قد أعلنت ذلك. The Department of War said so.').map((a) => a.id)).toEqual(['pentagon', 'pentagon']);
  });

  it('church titles name the person after them (بطريرك الكلدان … الكاردينال لويس روفائيل ساكو، الأب يوسف توما)', () => {
    const claims = extractFromText('أكد بطريرك الكلدان في العراق والعالم الكاردينال لويس روفائيل ساكو أن انسحاب القوات الأجنبية شأن سيادي. وقال الأب يوسف توما إن الانسحاب خطأ.', tools).claims;
    expect(claims.map((c) => c.actor.name)).toEqual(['لويس روفائيل ساكو', 'يوسف توما']);
  });

  it('a member named after the province where he serves his body (القيادي في عصائب أهل الحق في البصرة حسن الساعدي)', () => {
    const claims = extractFromText('وقال القيادي في عصائب أهل الحق في البصرة حسن الساعدي إن انسحاب القوات الأجنبية واجب.', tools).claims;
    expect(claims.map((c) => [c.actor.name, c.stance])).toEqual([['حسن الساعدي', 'supports']]);
  });

  it('an object written with tanween ends a group\'s name (عقدت عشائر من محافظة الأنبار مؤتمراً)', () => {
    expect(actorsIn('عقدت عشائر من محافظة الأنبار مؤتمراً موسعاً في الرمادي.').map((a) => a.name)).toEqual(['عشائر من محافظة الأنبار']);
  });

  it('a group\'s head with a province or town after it names its people (عشائر الأنبار، أهالي ذي قار)', () => {
    const claims = extractFromText('وقالت عشائر الأنبار في بيان إن أي انسحاب متعجل لقوات التحالف مغامرة. وطالب أهالي ذي قار بانسحاب القوات الأجنبية.', tools).claims;
    expect(claims.map((c) => [c.actor.name, c.stance])).toEqual([['عشائر الأنبار', 'opposes'], ['أهالي ذي قار', 'supports']]);
  });

  it('a preacher of a mosque is named after the mosque\'s own name (خطيب جامع الإمام الأعظم أبي حنيفة النعمان … الشيخ مصطفى البياتي)', () => {
    const claims = extractFromText('وفي بغداد، رأى خطيب جامع الإمام الأعظم أبي حنيفة النعمان في الأعظمية الشيخ مصطفى البياتي أن انسحاب القوات الأجنبية واجب.', tools).claims;
    expect(claims.map((c) => [c.actor.name, c.stance])).toEqual([['مصطفى البياتي', 'supports']]);
  });

  it('a family name the gazetteer gives to someone else names the person this article introduced by it (الكعبي after علاء الكعبي)', () => {
    const claims = extractFromText('نقل الشيخ علاء الكعبي تحيات المصلين. وشدد الكعبي على ضرورة خروج القوات الأجنبية. وقال الأمين العام للنجباء أكرم الكعبي إن الانسحاب واجب. وأضاف الكعبي أن بقاء القوات احتلال.', tools).claims;
    expect(claims.map((c) => [c.actor.name, c.stance])).toEqual([['علاء الكعبي', 'supports'], ['Akram al-Kaabi', 'supports']]);
  });

  it('another country\'s ministry is not the listed Iraqi one (وزارة الخارجية الفرنسية، the French Foreign Ministry)', () => {
    const ar = extractFromText('وقالت وزارة الخارجية الفرنسية في بيان إن على الحكومة أن تؤجل انسحاب القوات الأجنبية.', tools).claims;
    expect(ar.map((c) => c.actor.name)).toEqual(['وزارة الخارجية الفرنسية']);
    const en = extractFromText('The French Foreign Ministry said it opposes a hasty withdrawal of coalition forces.', tools).claims;
    expect(en.map((c) => [c.actor.name, c.actor.type])).toEqual([['French Foreign Ministry', 'ministry']]);
    const iraqi = extractFromText('وقالت وزارة الخارجية العراقية إن الحكومة ماضية في إنهاء مهمة التحالف.', tools).claims;
    expect(iraqi.map((c) => c.actor.id)).toEqual(['iraq-mofa']);
  });

  it('a title, a committee, and bodies one after another before the name (عضو لجنة … في البرلمان عن الحزب … X) name the person', () => {
    const claims = extractFromText('حذر عضو لجنة العلاقات الخارجية في البرلمان عن الحزب الديمقراطي الكردستاني سامان برزنجي من "الانسحاب المتسرع".', tools).claims;
    expect(claims.map((c) => [c.actor.name, c.stance])).toEqual([['سامان برزنجي', 'opposes']]);
  });

  it('the rank after برتبة belongs to a group\'s name, and so does the command after it (ضابط برتبة عميد في قيادة عمليات الأنبار)', () => {
    const claims = extractFromText('وقال ضابط برتبة عميد في قيادة عمليات الأنبار إن "قطعاتنا جاهزة لتسلم قاعدة عين الأسد بالكامل".', tools).claims;
    expect(claims.map((c) => c.actor.name)).toEqual(['ضابط برتبة عميد في قيادة عمليات الأنبار']);
  });
});

describe('people behind an office named only by its kind', () => {
  it('المتحدث باسم الحركة أبو علي الكناني: the spokesman of "the movement" is named after it, علي included', () => {
    const claims = extractFromText('وقال المتحدث باسم الحركة أبو علي الكناني إن الانسحاب مطلب شعبي.', loadTestExtractor()).claims;
    expect(claims.map((c) => [c.actor.name, c.stance])).toEqual([['أبو علي الكناني', 'supports']]);
  });
});

describe('English groups with a listed adjective in front', () => {
  it('"a senior Iraqi security official" keeps "senior"; an ordinary word before two modifiers is not part of the group', () => {
    const claims = extractFromText('A senior Iraqi security official said foreign combat troops must leave Iraq after 2026.', loadTestExtractor()).claims;
    expect(claims.map((c) => c.actor.name.toLowerCase())).toEqual(['senior iraqi security official']);
    const other = extractFromText('Not enough Iraqi armed groups said they welcomed the end of the coalition mission.', loadTestExtractor()).claims;
    expect(other.map((c) => c.actor.name.toLowerCase())).toEqual(['iraqi armed groups']);
  });
});

describe('two people under one dual title', () => {
  it('النائبان X وY: both are speakers, also after a place (النائبان عن محافظة ديالى X وY)', () => {
    const tools = loadTestExtractor();
    const claimsOf = (text: string) => extractFromText(text, tools).claims.map((c) => [c.actor.name, c.stance]);
    expect(claimsOf('وقال النائبان سالم الجبوري وحسن العلي إن انسحاب القوات الأمريكية ضرورة.')).toEqual([
      ['سالم الجبوري', 'supports'],
      ['حسن العلي', 'supports'],
    ]);
    expect(claimsOf('أعرب النائبان عن محافظة ديالى نزار العزاوي وأحمد المجمعي، في مؤتمر صحافي، عن تحفظهما على «أي انسحاب لا يسبقه ضبط للسلاح».')).toEqual([
      ['نزار العزاوي', 'opposes'],
      ['أحمد المجمعي', 'opposes'],
    ]);
  });
});

describe('spokesmen of bodies nobody listed, and titles with an adjective', () => {
  it('"المتحدث باسم وزارة الدفاع الإيطالية ماركو روسي": the unlisted ministry ends at its country adjective and the person follows', () => {
    const actors = actorsIn('وقال المتحدث باسم وزارة الدفاع الإيطالية ماركو روسي إن بلاده ستبقى في أربيل.');
    expect(actors.map((a) => a.name)).toEqual(expect.arrayContaining(['ماركو روسي', 'وزارة الدفاع الإيطالية']));
    expect(actors.map((a) => a.name)).not.toContain('وزارة الدفاع الإيطالية ماركو');
  });

  it('"المتحدث العسكري باسم" is a title like "المتحدث باسم"', () => {
    expect(actorsIn('وقال المتحدث العسكري باسم حركة الأبدال ناصر الشمري إن الحركة جاهزة.').map((a) => a.name)).toContain('ناصر الشمري');
  });

  it('a researcher "في المعهد … للشؤون الدولية، NAME،" is named after the comma, not by the body\'s words', () => {
    const names = actorsIn('وترى الباحثة في مركز الخليج للدراسات الاستراتيجية في الدوحة، ليلى الكواري، أن الانسحاب تأخر.').map((a) => a.name);
    expect(names).toContain('ليلى الكواري');
    expect(names.some((n) => n.startsWith('للدراسات'))).toBe(false);
  });
});

describe('unnamed advisers and the adjective after their body', () => {
  it('"مستشار في مكتب رئيس الوزراء العراقي، فضّل عدم الكشف عن اسمه،" is an actor of its own, named with the adjective', () => {
    const names = actorsIn('وقال مستشار في مكتب رئيس الوزراء العراقي، فضّل عدم الكشف عن اسمه، إن الاتفاق نهائي.').map((a) => a.name);
    expect(names).toContain('مستشار في مكتب رئيس الوزراء العراقي');
  });

  it('an unlisted body of four words after a group head keeps its last word (مسؤول في وزارة الموارد المائية الاتحادية)', () => {
    const names = actorsIn('وقال مسؤول في وزارة الموارد المائية الاتحادية إن المفاوضات مستمرة.').map((a) => a.name);
    expect(names).toContain('مسؤول في وزارة الموارد المائية الاتحادية');
  });
});

describe('a secretary of a council, quoted with قوله', () => {
  it('"عن أمين المجلس الأعلى للأمن القومي الإيراني علي لاريجاني قوله إن" names علي لاريجاني, without قوله', () => {
    const names = actorsIn('ونقلت وكالة إرنا عن أمين المجلس الأعلى للأمن القومي الإيراني علي لاريجاني قوله إن الوجود الأمريكي انتهى.').map((a) => a.name);
    expect(names).toContain('علي لاريجاني');
    expect(names.some((n) => n.includes('قوله'))).toBe(false);
  });
});

describe('people nobody titled: a vox pop, and a name set off after an unnamed office', () => {
  it('"يقول سلام الكعبي، وهو سائق أجرة،" and "قال هيوا رشيد (35 عاماً)" name people', () => {
    const names = actorsIn('ويقول سلام الكعبي، وهو سائق أجرة في الكرادة، إن الناس تعبوا. وقال هيوا رشيد (35 عاماً) إن السوق هادئ.').map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['سلام الكعبي', 'هيوا رشيد']));
  });

  it('"وقال كاروان أحمد، تاجر،" and "قالت هيرو جلال، طالبة جامعية:" name people by their trade', () => {
    const names = actorsIn('وقال كاروان أحمد، تاجر، إن السوق هادئ. وقالت هيرو جلال، طالبة جامعية: «الناس تعبوا».').map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['كاروان أحمد', 'هيرو جلال']));
  });

  it('a name after a verb with no description or age is not taken for a person (the rule does not over-reach)', () => {
    const names = actorsIn('وقال سلام الكعبي إن الناس تعبوا.').map((a) => a.name);
    expect(names).not.toContain('سلام الكعبي');
  });

  it('"قيادي في حركة X، NAME،": the person named between commas after the office', () => {
    const actors = actorsIn('وقال قيادي في حركة الأبدال، ناصر الشمري، إن الحركة لن تتراجع.');
    expect(actors.map((a) => a.name)).toContain('ناصر الشمري');
  });
});

describe('three-word names after a body', () => {
  it('"القيادي في الاتحاد نوزاد حمه سعيد": the given name after the body\'s last word belongs to the person', () => {
    const names = actorsIn('وقال القيادي في الاتحاد نوزاد حمه سعيد إن الحزب لا يخشى الانسحاب.').map((a) => a.name);
    expect(names).toContain('نوزاد حمه سعيد');
  });

  it('"النائب عن ائتلاف دولة القانون ياسر الحسناوي": a two-word name keeps two words', () => {
    const names = actorsIn('وقال النائب عن ائتلاف دولة القانون ياسر الحسناوي إن الحكومة ماضية.').map((a) => a.name);
    expect(names).toContain('ياسر الحسناوي');
  });
});

describe('groups named with their patron or a definite head', () => {
  it('"Iran-backed militias", "Iran-aligned armed factions": the patron glued by a hyphen is part of the group\'s name', () => {
    const names = actorsIn('Iran-backed militias in Iraq have long demanded a full U.S. withdrawal. Iran-aligned armed factions threatened U.S. forces.').map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['Iran-backed militias in Iraq', 'Iran-aligned armed factions']));
    expect(names).not.toContain('Iran');
  });

  it('"فصائل المقاومة العراقية": a definite head of two words takes a definite adjective', () => {
    expect(actorsIn('وأكدت فصائل المقاومة العراقية رفضها أي تمديد للوجود العسكري الأميركي.').map((a) => a.name)).toContain('فصائل المقاومة العراقية');
  });
});

describe('names that stop before a Latin word', () => {
  it('"حسن توران لـTRT عربي": to whom he spoke is not part of his name', () => {
    const names = actorsIn('وقال رئيس الجبهة التركمانية العراقية حسن توران لـTRT عربي، إن خروج التحالف مبكر.').map((a) => a.name);
    expect(names).toContain('حسن توران');
  });

  it.each([
    ['قال وزير الدفاع الإيطالي غويدو كروزيتو أمام لجنة الدفاع إن الانسحاب الشامل خطأ.', 'غويدو كروزيتو'],
    ['وقال السفير الفرنسي باتريك دوريل بشأن الخطوة إن الخروج مبكر.', 'باتريك دوريل'],
    ['وقال القيادي في الحشد حسين عبد الإمام إن الخروج ضرورة.', 'حسين عبد الإمام'],
  ])('"%s": a preposition written with its hamza ends the name %s, an imam in a name does not', (sentence, name) => {
    expect(actorsIn(sentence).map((a) => a.name)).toContain(name);
  });
});

describe('a listed body between an MP\'s bloc and his name', () => {
  it('"النائب عن حراك الجيل الجديد في مجلس النواب العراقي سروة محمد": the name after the parliament is the MP\'s', () => {
    const names = actorsIn('وقال النائب عن حراك الجيل الجديد في مجلس النواب العراقي سروة محمد إن خروج التحالف لا يخيفنا.').map((a) => a.name);
    expect(names).toContain('سروة محمد');
  });
});

describe('local officials and envoys', () => {
  it.each([
    ['وقال محافظ نينوى عبد القادر الدخيل إن الوضع مستقر.', 'عبد القادر الدخيل'],
    ['وقال محافظ الأنبار محمد نوري الكربولي إن الوضع مستقر.', 'محمد نوري الكربولي'],
    ['وقال قائممقام قضاء سنجار نايف سيدو إن الوضع مستقر.', 'نايف سيدو'],
    ['وقال قائممقام سنجار نايف سيدو إن الوضع مستقر.', 'نايف سيدو'],
    ['وقال مدير ناحية البغدادي شريف العبيدي إن الوضع مستقر.', 'شريف العبيدي'],
    ['وقال القنصل الأمريكي في أربيل مارك ستروه إن الوضع مستقر.', 'مارك ستروه'],
    ['وقال المبعوث الأمريكي مارك سافايا إن الوضع مستقر.', 'مارك سافايا'],
  ])('"%s" names %s', (sentence, name) => {
    expect(actorsIn(sentence).map((a) => a.name)).toContain(name);
  });

  it('"وكيل وزارة الداخلية حسين العوادي" is a new person, not the government spokesman Basim al-Awadi nor the ministry', () => {
    expect(actorsIn('وقال وكيل وزارة الداخلية حسين العوادي إن الوضع مستقر.').map((a) => a.name)).toEqual(['حسين العوادي']);
  });
});

describe('English appositions stay in their sentence', () => {
  it('a name in the sentence before is no apposition of the next sentence\'s speaker', () => {
    const names = actorsIn('The ministry said the end of the mission, including the Kurdistan Region, is a commitment. Lawmaker Ahmed Saleh, on his second visit, said the mood was mixed.').map((a) => a.name);
    expect(names).not.toContain('Kurdistan Region');
    expect(names).toContain('Ahmed Saleh');
  });
});

describe('names that look like words', () => {
  it.each([
    ['رأى النائب عن الحزب الديمقراطي الكردستاني دلشاد قادر أن الحديث سابق لأوانه.', 'دلشاد قادر'],
    ['قال النائب عن الحزب الديمقراطي الكردستاني آلان حسين في تصريح إن الوضع مستقر.', 'آلان حسين'],
    ['رأى القيادي في الاتحاد الإسلامي الكردستاني، صلاح الدين بابكر، أن الوضع مستقر.', 'صلاح الدين بابكر'],
  ])('"%s" names %s', (sentence, name) => {
    expect(actorsIn(sentence).map((a) => a.name)).toContain(name);
  });
});

describe('offices of listed bodies, and a person titled again after his body', () => {
  it('"المتحدث باسم المكتب السياسي للاتحاد الوطني الكردستاني، كاروخ أحمد" is a PUK person, not the PUK', () => {
    const found = actorsIn('أوضح المتحدث باسم المكتب السياسي للاتحاد الوطني الكردستاني، كاروخ أحمد، أن الحزب لا يطالب بشيء.');
    expect(found[0]).toMatchObject({ name: 'كاروخ أحمد', via: 'title' });
  });

  it('"القيادي في ائتلاف دولة القانون، النائب حسن الياسري" is the MP, neither the coalition nor an unnamed leader', () => {
    const found = actorsIn('أكد القيادي في ائتلاف دولة القانون، النائب حسن الياسري، أن الوضع مستقر.');
    expect(found.map((a) => a.name)).toContain('حسن الياسري');
    expect(found.filter((a) => a.via !== 'gazetteer').map((a) => a.name)).toEqual(['حسن الياسري']);
  });
});

describe('commanders of fronts and MPs who spoke to a channel', () => {
  it('"قائد محور ديالى في الحشد الشعبي الحاج علي الحسيناوي" is the commander, not "محور ديالى"', () => {
    expect(actorsIn('كما أكد قائد محور ديالى في الحشد الشعبي الحاج علي الحسيناوي، أن الوضع مستقر.').map((a) => a.name)).toContain('علي الحسيناوي');
  });

  it('"النائب عن محافظة ديالى رعد التميمي لـRT" ends the name before the channel', () => {
    expect(actorsIn('وقال النائب عن محافظة ديالى رعد التميمي لـRT، إن الوضع مستقر.').map((a) => a.name)).toContain('رعد التميمي');
  });
});

describe('English officials', () => {
  it('"KDP official Hemin Aziz" names the official', () => {
    expect(actorsIn('KDP official Hemin Aziz took a softer tone, saying the region would respect the withdrawal.').map((a) => a.name)).toContain('Hemin Aziz');
  });

  it('"A Kurdistan Regional Government official said" is not the KRG itself, but "a State Department spokesperson said" is the department\'s voice', () => {
    expect(actorsIn('A Kurdistan Regional Government official, who spoke on condition of anonymity, said the region wanted advisers to stay.').filter((a) => a.via === 'title').map((a) => a.id)).not.toContain('krg');
    expect(actorsIn('A U.S. State Department spokesperson said Washington was committed to the transition.').filter((a) => a.via === 'title').map((a) => a.id)).toEqual(['state-department']);
  });
});

describe('two ministers of one office, and a chief of staff before his army', () => {
  it('"وزير الخارجية وشؤون المغتربين أيمن الصفدي" is Safadi, with the whole title', () => {
    expect(actorsIn('والتقى حسين وزير الخارجية وشؤون المغتربين أيمن الصفدي في عمان.').map((a) => a.name)).toContain('أيمن الصفدي');
  });

  it('"وزير الخارجية العراقي" again, after the Jordanian minister was named, is the Iraqi one', () => {
    const text =
      'قال وزير الخارجية العراقي فؤاد حسين إن المباحثات مستمرة.\n\nوالتقى حسين نظيره وزير الخارجية وشؤون المغتربين أيمن الصفدي.\n\nوقال وزير الخارجية العراقي إن "القوات العراقية قادرة على حماية الحدود".';
    expect(extractFromText(text, tools).claims.map((c) => `${c.actor.id} ${c.stance}`)).toEqual(['fuad-hussein supports']);
  });

  it('"وأكد رئيس أركان الجيش العراقي الفريق أول الركن عبد الأمير رشيد يار الله" speaks himself, not the army', () => {
    const text = 'وأكد رئيس أركان الجيش العراقي الفريق أول الركن عبد الأمير رشيد يار الله، خلال مراسم التسليم، أن "الجيش العراقي جاهز لتحمل المسؤولية كاملة".';
    expect(extractFromText(text, tools).claims.map((c) => `${c.actor.id} ${c.stance}`)).toEqual(['yarallah supports']);
  });
});

describe('offices of a place, and ranks written without periods', () => {
  it('"أمر طبيعي" (a natural matter) names nobody: آمر, commander, is written with a madda', () => {
    expect(actorsIn('وقال المقاول حيدر السعداوي إن خروج القوات أمر طبيعي ويجب أن يكتمل.').map((a) => a.name)).toEqual(['حيدر السعداوي']);
  });

  it('"عضو المجلس المحلي لقضاء حديثة مازن الحديثي" is Mazen al-Hadithi: لقضاء is a place noun after ل', () => {
    expect(actorsIn('قال عضو المجلس المحلي لقضاء حديثة مازن الحديثي إن الوضع مستقر.').map((a) => a.name)).toContain('مازن الحديثي');
  });

  it('"رئيس بلدية حرير كاروان عزيز" is Karwan Aziz, the municipality being the office\'s', () => {
    expect(actorsIn('وقال رئيس بلدية حرير كاروان عزيز إن الوضع مستقر.').map((a) => a.name)).toContain('كاروان عزيز');
  });

  it('"Brig Gen Hazhar Omer" is Hazhar Omer, with the rank written without periods', () => {
    expect(actorsIn('Brig Gen Hazhar Omer, a Peshmerga commander, said the front was calm.').map((a) => a.name)).toContain('Hazhar Omer');
  });
});

describe('first names that look definite, senators, and former officials', () => {
  it('"عقيد في البيشمركة، يدعى هيمن رشيد،" is Hemin Rashid speaking, not the Peshmerga', () => {
    const text = 'وقال عقيد في البيشمركة، يدعى هيمن رشيد، إن "خروج التحالف من الإقليم سيكون خطأ كبيراً".';
    expect(extractFromText(text, tools).claims.map((c) => `${c.actor.id} ${c.stance}`)).toEqual(['hymn-rshyd opposes']);
  });

  it('"السيناتورة الديمقراطية إليزابيث وارن": إل with a hamza is no article, so Elizabeth Warren is named', () => {
    expect(actorsIn('وطالبت السيناتورة الديمقراطية إليزابيث وارن بخطة واضحة.').map((a) => a.name)).toContain('إليزابيث وارن');
  });

  it('"المسؤول السابق في وزارة الدفاع الأميركية ريتشارد هالوران" is the former official, after the listed body', () => {
    expect(actorsIn('ورأى المسؤول السابق في وزارة الدفاع الأميركية ريتشارد هالوران أن الوضع مستقر.').map((a) => a.name)).toContain('ريتشارد هالوران');
  });
});

describe('accusative groups and a body described after ل', () => {
  it('"لكن مسؤولاً أميركياً قال": an accusative group keeps its adjective and speaks', () => {
    const claims = extractFromText('لكن مسؤولا أميركيا قال لوكالة فرانس برس إن "انسحاب القوات من أربيل خطأ".', tools).claims;
    expect(claims.map((c) => [c.actor.name, c.stance])).toEqual([['مسؤولا أميركيا', 'opposes']]);
  });

  it('"الباحث في مركز الرافدين للحوار كريم المعموري": the word after ل describes the body, not the person', () => {
    const claims = extractFromText('ويرى الباحث في مركز الرافدين للحوار كريم المعموري أن "الانسحاب كان صحيحاً".', tools).claims;
    expect(claims.map((c) => [c.actor.name, c.stance])).toEqual([['كريم المعموري', 'supports']]);
  });
});

describe('a long participle clause between an English subject and its verb', () => {
  it('"A spokesman for X, speaking on condition of anonymity because he was not authorized …, said": X speaks', () => {
    const text = 'A spokesman for the Joint Operations Command, speaking on condition of anonymity because he was not authorized to brief foreign media, said the withdrawal of U.S. forces "must be completed on time."';
    expect(extractFromText(text, tools).claims.map((c) => [c.actor.id, c.stance])).toEqual([['joint-operations-command', 'supports']]);
  });

  it('"Sunni lawmakers in the oil-rich Anbar province, which …, have quietly told": the subject is found past a hyphened place and an adverb', () => {
    const text = 'Sunni lawmakers in the oil-rich Anbar province, which borders Syria and hosts the Ain al-Asad base, have quietly told diplomats that they want the troops to remain.';
    expect(extractFromText(text, tools).claims.map((c) => [c.actor.name, c.stance])).toEqual([['Sunni lawmakers', 'opposes']]);
  });
});

describe('reported speech closed by its speaker', () => {
  it('"…, the Pentagon said Tuesday.": what comes before the speaker and his article is what was said', () => {
    const claims = extractFromText('Iraq wants foreign troops to leave immediately, the Pentagon said Tuesday.', tools).claims;
    expect(claims.map((c) => [c.actor.id, c.stance])).toEqual([['pentagon', 'supports']]);
  });
});

describe('a person who heads a chamber, a centre or a company', () => {
  it.each([
    ['رئيس غرفة تجارة بغداد فراس الحمداني', 'وقال رئيس غرفة تجارة بغداد فراس الحمداني إن "الانسحاب كارثة".', 'فراس الحمداني'],
    ['مدير مركز الرافدين للدراسات حسين علاوي', 'وقال مدير مركز الرافدين للدراسات حسين علاوي إن "الانسحاب كارثة".', 'حسين علاوي'],
  ])('"%s": the person speaks, not the body', (_label, text, name) => {
    expect(extractFromText(text, tools).claims.map((c) => [c.actor.name, c.stance])).toEqual([[name, 'opposes']]);
  });
});

describe('a verb of wanting written as a noun', () => {
  it('"التحالف قدم دعماً كبيراً": support given, with tanween, is no verb; the coalition is not made a speaker', () => {
    const text = 'وقال الفريق بختيار صديق إن "التحالف الدولي قدم دعماً كبيراً للبيشمركة، لكن رحيل التحالف عن الإقليم سيترك ثغرة أمنية".';
    expect(extractFromText(text, tools).claims.map((c) => [c.actor.name, c.stance])).toEqual([['بختيار صديق', 'opposes']]);
  });
});

describe('an English verb joined by "and" to the speaker\'s first verb', () => {
  it('"X has said the mission is over and has called for an orderly end": X called for it, not the coalition', () => {
    const text = 'Iraqi Prime Minister Mohammed Shia al-Sudani has said the coalition mission is over and has called for an "orderly" end to its presence.';
    expect(extractFromText(text, tools).claims.map((c) => [c.actor.id, c.stance])).toEqual([['sudani', 'supports']]);
  });
});

describe('words written with tanween are no names', () => {
  it('"أبدى X، رأياً مختلفاً، إذ قال": the opinion is not a speaker; X is', () => {
    const text = 'في المقابل، أبدى رئيس الوزراء الأسبق حيدر العبادي، رأياً مختلفاً، إذ قال في لقاء متلفز إن "الانسحاب الآن خطأ".';
    expect(extractFromText(text, tools).claims.map((c) => [c.actor.id, c.stance])).toEqual([['abadi', 'opposes']]);
  });
});

describe('people named before their age in brackets', () => {
  it.each([
    ['أما بائع الكتب في شارع المتنبي أبو ليث (62 عاماً)، فيرى المسألة بطريقة أخرى.', 'أبو ليث'],
    ['قال سائق التكتك مرتضى جبار (23 عاماً) وهو يضحك إن الأمر لا يعنيه.', 'مرتضى جبار'],
    ['أما الشاب مصطفى عبد الرضا (27 عاماً)، وهو خريج، فيرى أن الأمر محسوم.', 'مصطفى عبد الرضا'],
  ])('"%s" names %s', (sentence, name) => {
    expect(actorsIn(sentence).map((a) => a.name)).toContain(name);
  });
});

describe('bodies named with the body they belong to, and a doctor named after a long title', () => {
  it.each([
    ['وطالب اتحاد الطلبة في جامعة البصرة بإنهاء المهمة.', 'اتحاد الطلبة في جامعة البصرة'],
    ['وحذرت رابطة طلبة جامعة الموصل من الانسحاب.', 'رابطة طلبة جامعة الموصل'],
  ])('"%s" names %s', (sentence, name) => {
    expect(actorsIn(sentence).map((a) => a.name)).toContain(name);
  });

  it('"أستاذ علم الاجتماع …، الدكتور عمار الطعان،" names the doctor, not the field of study', () => {
    const names = actorsIn('ويرى أستاذ علم الاجتماع السياسي في جامعة الموصل، الدكتور عمار الطعان، أن الأمر معقد.').map((a) => a.name);
    expect(names).toContain('عمار الطعان');
    expect(names).not.toContain('علم الاجتماع');
  });
});

describe('a person named after the place that completes the body', () => {
  it.each([
    ['لكن النائب عن محافظة نينوى شاكر محمود الوكاع رأى أن الانسحاب خطأ.', 'شاكر محمود الوكاع'],
    ['وقالت عضو مجلس محافظة ديالى رنا خليل المندلاوي إن الانسحاب خطأ.', 'رنا خليل المندلاوي'],
    ['لكن النائبة عن محافظة نينوى شذى الحديدي شككت في الأمر.', 'شذى الحديدي'],
    ['ويرى الخبير في الشؤون الأمنية والاستراتيجية نزار الحسون أن الانسحاب خطأ.', 'نزار الحسون'],
  ])('"%s" names %s', (sentence, name) => {
    expect(actorsIn(sentence).map((a) => a.name)).toContain(name);
  });
});

describe('an untitled name after a verb of saying, with the office set off by commas after it', () => {
  it.each([
    ['وقال أحمد الجبوري، المحلل السياسي، إن الانسحاب خطأ.', 'أحمد الجبوري'],
    ['وقالت زينب عبد الأمير، الطالبة في كلية الإعلام بجامعة بغداد، إنها تؤيد رحيل القوات.', 'زينب عبد الأمير'],
  ])('"%s" names %s', (sentence, name) => {
    expect(actorsIn(sentence).map((a) => a.name)).toContain(name);
  });
});

describe('a body head at the very end of the text', () => {
  it('is read without running past the last token', () => {
    expect(() => actorsIn('قال قال قال هيئة said said')).not.toThrow();
  });
});

describe('leaders (قيادات، قياديون) in a named body', () => {
  it.each([
    ['وكانت قيادات في الحشد الشعبي قد طالبت بإنهاء وجود القوات الأجنبية.', 'قيادات في الحشد الشعبي'],
    ['وقال قياديون في الحزب الديمقراطي الكردستاني إن الانسحاب خطأ.', 'قياديون في الحزب الديمقراطي الكردستاني'],
  ])('"%s" names %s', (sentence, name) => {
    expect(actorsIn(sentence).map((a) => a.name)).toContain(name);
  });
});

describe('a group with adjectives keeps the body after its preposition', () => {
  it.each([
    ['فقد قال مسؤول كبير في الحزب الديمقراطي الكردستاني لـ«الشرق الأوسط» إن الإقليم يريد بقاء القوات.', 'مسؤول كبير في الحزب الديمقراطي الكردستاني'],
    ['وقال مسؤول محلي في سنجار إن الانسحاب خطأ.', 'مسؤول محلي في سنجار'],
    ['وهددت فصائل مسلحة في بيانات متفرقة باستهداف القوات.', 'فصائل مسلحة'],
  ])('"%s" names %s', (sentence, name) => {
    expect(actorsIn(sentence).map((a) => a.name)).toContain(name);
  });
});

describe('an editor named after the paper he runs', () => {
  it.each([
    ['وكتب رئيس تحرير صحيفة «كيهان» حسين شريعتمداري أن الانسحاب ضروري.', 'حسين شريعتمداري'],
    ['وقال رئيس تحرير صحيفة المدى كريم الدليمي إن الانسحاب ضروري.', 'كريم الدليمي'],
  ])('"%s" names %s', (sentence, name) => {
    expect(actorsIn(sentence).map((a) => a.name)).toContain(name);
  });
});

describe('shopkeepers and vendors in street interviews', () => {
  it.each([
    ['وفي الرمادي، قال صاحب محل المواد الإنشائية عمر فرحان العيساوي إن الأنبار دفعت الثمن.', 'عمر فرحان العيساوي'],
    ['يقول بائع الكتب أبو علي الربيعي، 58 عاماً: "خلّي يطلعون".', 'أبو علي الربيعي'],
  ])('"%s" names %s', (sentence, name) => {
    expect(actorsIn(sentence).map((a) => a.name)).toContain(name);
  });
});

describe('a colleague (زميله) named after the member quoted before', () => {
  it.each([
    ['في المقابل حذر زميله نجم عبد الكريم الراشدي من انسحاب متسرع.', 'نجم عبد الكريم الراشدي'],
  ])('"%s" names %s', (sentence, name) => {
    expect(actorsIn(sentence).map((a) => a.name)).toContain(name);
  });
});

describe('an office with its domain (للشؤون الخارجية) or a possessive title (مستشاره، نظيره) before the name', () => {
  it.each([
    ['وقال مستشار رئيس الوزراء للشؤون الخارجية كريم الدليمي إن الانسحاب خطأ.', 'كريم الدليمي'],
    ['وقال مستشاره للشؤون الخارجية كريم الدليمي إن الانسحاب خطأ.', 'كريم الدليمي'],
    ['وقال نظيره العراقي كريم الدليمي إن الانسحاب خطأ.', 'كريم الدليمي'],
  ])('"%s" names %s', (sentence, name) => {
    expect(actorsIn(sentence).map((a) => a.name)).toContain(name);
  });

  it('leaves a listed person after the domain to the gazetteer (القائد العام للقوات المسلحة محمد شياع السوداني)', () => {
    const claims = extractFromText('وأكد رئيس مجلس الوزراء القائد العام للقوات المسلحة محمد شياع السوداني أن العراق ماض في إنهاء مهمة التحالف.', tools).claims;
    expect(claims.map((c) => c.actor.id)).toEqual(['sudani']);
  });
});

describe('writers and artists named after their calling', () => {
  it.each([
    ['الروائي كريم السماوي، الذي صدرت له ثلاث روايات، قال إن الانسحاب تأخر.', 'كريم السماوي'],
    ['وقالت الشاعرة ريم الجزائري إن القصيدة ليست مع أحد.', 'ريم الجزائري'],
  ])('"%s" names %s', (sentence, name) => {
    expect(actorsIn(sentence).map((a) => a.name)).toContain(name);
  });
});

describe('"one of the leaders of" (أحد قادة) before a name names the person, not the body', () => {
  it('"أحد قادة الحشد الشعبي في المحافظة، حسين الكعبي" is the speaker', () => {
    const claims = extractFromText('وقال أحد قادة الحشد الشعبي في المحافظة، حسين الكعبي، إن رحيل القوات الأجنبية مطلب وطني.', tools).claims;
    expect(claims.map((c) => c.actor.name)).toEqual(['حسين الكعبي']);
  });
});

describe('the first deputy speaker (النائب الأول لرئيس مجلس النواب) is a person, not the body he deputises in', () => {
  it('"قال النائب الأول لرئيس مجلس النواب عدنان فيحان" is said by عدنان فيحان', () => {
    const claims = extractFromText('قال النائب الأول لرئيس مجلس النواب عدنان فيحان إن انسحاب القوات مطلب وطني.', tools).claims;
    expect(claims.map((c) => c.actor.name)).toEqual(['عدنان فيحان']);
  });
});

describe('a word with ب after a family name is what the verb takes (ورحب … الكلداني بقرب انتهاء المهمة)', () => {
  it.each([
    ['ورحّب رئيس حركة بابليون ريان الكلداني بقرب انتهاء مهمة التحالف.', 'ريان الكلداني'],
    ['ويقول أستاذ العلوم السياسية في جامعة صلاح الدين بأربيل الدكتور ديار هركي إن انسحاب القوات مطلب وطني.', 'ديار هركي'],
  ])('"%s" is said by %s', (sentence, name) => {
    expect(extractFromText(sentence, tools).claims.map((c) => c.actor.name)).toEqual([name]);
  });
});

describe('a candidate of a body nobody listed, for a province', () => {
  it.each([
    ['كما نفى مرشح ائتلاف الإعمار والتنمية عن البصرة علي المنصوري أن يكون ائتلافه متمسكاً بالوجود الأجنبي.', 'علي المنصوري'],
    ['وقال مرشح تحالف البناء الوطني عن الديوانية سلام الحسيني إن انسحاب القوات مطلب وطني.', 'سلام الحسيني'],
    ['لكن الباحث في مؤسسة الدفاع عن الديمقراطيات آدم فريدمان يخالفها الرأي، ويقول إن "الخروج من العراق سيكرر خطأ 2011".', 'آدم فريدمان'],
  ])('"%s" names %s', (sentence, name) => {
    expect(actorsIn(sentence).filter((a) => a.via === 'title').map((a) => a.name)).toEqual([name]);
  });
});

describe('a network, an observatory, a forum', () => {
  it('"رئيس شبكة رصد لمراقبة الانتخابات أمجد الدباغ" is the person, the network his body', () => {
    expect(actorsIn('وقال رئيس شبكة رصد لمراقبة الانتخابات أمجد الدباغ إن الانسحاب مطلب وطني.').filter((a) => a.via === 'title').map((a) => a.name)).toEqual(['أمجد الدباغ']);
  });
});

describe('a description, then the name set off by commas', () => {
  it('"A rival candidate from the Reconstruction and Development Coalition, Zaid al-Tamimi, said" is said by Zaid al-Tamimi', () => {
    const claims = extractFromText('A rival candidate from the Reconstruction and Development Coalition, Zaid al-Tamimi, said the withdrawal is a national demand.', tools).claims;
    expect(claims.map((c) => c.actor.name)).toEqual(['Zaid al-Tamimi']);
  });
});

describe('an alliance of forces nobody listed', () => {
  it('"تعهد تحالف قوى الدولة الوطنية بزعامة عمار الحكيم" is the alliance\'s pledge, not its leader\'s', () => {
    const claims = extractFromText('إذ تعهد تحالف قوى الدولة الوطنية بزعامة عمار الحكيم في برنامجه الانتخابي بـ"استكمال إنهاء مهمة التحالف".', tools).claims;
    expect(claims.map((c) => c.actor.name)).toEqual(['تحالف قوى الدولة الوطنية']);
  });
});

describe('where a name begins and ends', () => {
  it.each([
    ['إلياس, written with a hamza, is no article: خيري إلياس شنكالي keeps his third name', 'وقال الناشط الإيزيدي خيري إلياس شنكالي إن "انسحاب القوات الأجنبية مطلب وطني".', 'خيري إلياس شنكالي'],
    ['الهدى binds to نور as الدين does: نور الهدى الجبوري keeps her family name', 'وقالت النائبة نور الهدى الجبوري إن "انسحاب القوات الأجنبية مطلب وطني".', 'نور الهدى الجبوري'],
    ['the province after the party (بمحافظة نينوى) is where he serves it, not his name', 'وقال القيادي في الحزب الديمقراطي الكردستاني بمحافظة نينوى سالار إسماعيل دوسكي إن "انسحاب القوات الأجنبية مطلب وطني".', 'سالار إسماعيل دوسكي'],
    ['a verbal noun with ب after a group (فصائل مسلحة بمواصلة) is what they threaten, not part of their name', 'وهددت فصائل مسلحة بمواصلة الهجمات حتى انسحاب القوات الأجنبية.', 'فصائل مسلحة'],
    ['a verb of becoming (باتت) after a body ends its name', 'وقال إن أطرافا في التحالف الحاكم باتت تطالب بانسحاب القوات الأجنبية.', 'أطرافا في التحالف الحاكم'],
    ['لروداو after the name says to whom he spoke', 'وقال القيادي في الاتحاد الوطني الكوردستاني دلشاد رشيد لروداو إن "انسحاب القوات الأجنبية مطلب وطني".', 'دلشاد رشيد'],
    ['a member of the Kurdistan Parliament (عضو برلمان كوردستان) is named after it', 'وقال عضو برلمان كوردستان عن الحزب الديمقراطي الكوردستاني ريبوار بامرني إن "إخراج التحالف خطأ".', 'ريبوار بامرني'],
    ['a verb of holding a view (ذهب) after the name ends it', 'النائب عن الحزب الديمقراطي الكردستاني ريبوار كريم ذهب في الاتجاه نفسه، وقال إن "إخراج التحالف خطأ".', 'ريبوار كريم'],
    ['a verb of asking (تساءل) after the name ends it', 'النائب عن الحزب الديمقراطي الكوردستاني هوشيار برواري تساءل في حديث لروداو: «من سيحمي سماء الإقليم؟»', 'هوشيار برواري'],
  ])('%s', (_label, text, name) => {
    expect(actorsIn(text).map((a) => a.name)).toContain(name);
  });
});

describe('an office with an adjective before the known person who holds it', () => {
  it('"رئيس البرلمان السابق محمد الحلبوسي" speaks as the former speaker, not as parliament', () => {
    const claims = extractFromText('وقال رئيس البرلمان السابق محمد الحلبوسي إن "انسحاب القوات يجب أن يكون منظما".', tools).claims;
    expect(claims.map((c) => c.actor.id)).toEqual(['halbousi']);
  });
});

describe('an unnamed English official named by where he sits', () => {
  function discovered(text: string): { name: string; aliases: string[] }[] {
    const analyzed = analyzeText(parseArticle(text, tools.lexicon), tools.extractor);
    const found = findActors(analyzed, tools.extractor.compiled);
    return found.mentions.filter((m) => m.via === 'group').map((m) => found.actors.get(m.actorId)!);
  }

  it.each([
    ['a place', 'A senior official in Erbil told AFP the region still needs the coalition.', 'senior official in Erbil', ['senior official', 'A senior official in Erbil']],
    ['a government the gazetteer knows', 'A senior official in the Kurdistan Regional Government said a full withdrawal would be a mistake.', 'senior official in the Kurdistan Regional Government', ['senior official', 'A senior official in the Kurdistan Regional Government']],
    ['a bare head with a site', 'Officials in Erbil said the advisers should stay.', 'Officials in Erbil', []],
  ])('%s: "%s"', (_label, text, name, aliases) => {
    expect(discovered(text)).toEqual([expect.objectContaining({ name, aliases })]);
  });

  it('keeps the name as written with its article, and stops before a possessor cut from what it owns', () => {
    expect(discovered('A US defence official said the troops would stay.')).toEqual([expect.objectContaining({ name: 'US defence official', aliases: ['A US defence official'] })]);
    expect(discovered("A senior official in the Kurdistan Region's Ministry of Peshmerga Affairs said the advisers should stay.").map((a) => a.name)).toEqual(['senior official']);
  });

  it('takes a government named among his modifiers into his name, whole, without making him its voice', () => {
    expect(discovered('A senior Biden administration official said the troops would stay.').map((a) => a.name)).toEqual(['senior Biden administration official']);
    expect(discovered('A senior Kurdistan Regional Government official said the advisers should stay.')).toEqual([
      expect.objectContaining({ name: 'senior Kurdistan Regional Government official', aliases: ['A senior Kurdistan Regional Government official'] }),
    ]);
  });

  it('is still the one later called "the official"', () => {
    const claims = extractFromText('A senior official in Erbil spoke to reporters on Monday. The official said a full withdrawal of US troops would be a mistake.', tools).claims;
    expect(claims.map((c) => [c.actor.name, c.stance])).toEqual([['senior official in Erbil', 'opposes']]);
  });
});

describe('names that would run across a line', () => {
  it('an outlet line above a headline opening with a name is no speaker ("Hill Watch\\nHouse rejects")', () => {
    const text = 'Hill Watch\nHouse rejects bid to block Iraq troop cuts\nSeptember 11, 2025\n\nThe House on Wednesday night rejected an amendment.\n';
    expect(actorsIn(text).map((a) => a.name)).toEqual(['US House of Representatives']);
  });
});

describe('an unnamed individual of the public', () => {
  it('"A businessman from Karbala, who asked not to be named," is a speaker named by where he comes from', () => {
    expect(actorsIn('Reuters\nHeadline\nJanuary 1, 2025\n\nA businessman from Karbala, who asked not to be named, said he feared sanctions.\n').map((a) => a.name)).toEqual(['businessman from Karbala']);
  });
});

describe('a person titled again with his family name only', () => {
  it('"ورأى النائب البهادلي" after "النائب … محمد البهادلي" is the same person, not a group named "النائب البهادلي"', () => {
    const claims = extractFromText('وقال النائب في البرلمان العراقي محمد البهادلي إن الجلسة انتهت. ورأى النائب البهادلي أنه «لا توجد أي مبررات لبقاء جندي أجنبي واحد بعد أيلول».', tools).claims;
    expect(claims.filter((c) => c.issue === 'withdrawal').map((c) => `${c.actor.id} ${c.stance}`)).toEqual(['mhmd-albhadly supports']);
  });
});

describe('a comparative after a name', () => {
  it('"كان هوشنك برواري أكثر صراحة" names هوشنك برواري, not "هوشنك برواري أكثر"', () => {
    const text = 'Shafaq News\nعنوان\n1 كانون الثاني 2025\n\nمن جهته، كان عضو المكتب السياسي للحزب هوشنك برواري أكثر صراحة، إذ قال إن الأمر محسوم.\n';
    expect(actorsIn(text).map((a) => a.name)).toContain('هوشنك برواري');
    expect(actorsIn(text).map((a) => a.name)).not.toContain('هوشنك برواري أكثر');
  });
});
