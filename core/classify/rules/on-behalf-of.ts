import type { Relationship, SubjectConsentNeededReason } from '../../domain/vocabulary.js';
import { compileRules, findMatches, type PhraseRule, type RuleInput, type RuleMatch } from './phrase-rules.js';
import { tokenize } from '../text/tokenize.js';

/**
 * Who the feedback is about (POLICY.md §2 "who can give it"): the writer, or someone the writer
 * represents. `onBehalfOf` is the WRITER's relationship to that person. Mentioning other people
 * is not representing them ("my wife and I were treated well", "my son drove me there"), so a
 * family word counts only when that person is the one the message is about.
 */

// Family words (folded) → the writer's relationship to that person.
const FAMILY: Array<[Relationship, string]> = [
  [
    'parent',
    'son|sons|daughter|daughters|child|children|kid|kids|lad|lads|lass|boy|girl|baby|toddler|little one|little boy|little girl|stepson|stepdaughter|twins|teenager|youngest|eldest|filho|filha|filhos|filhas|bebe|syn|syna|synowi|synem|corka|corki|corke|corce|dziecko|dziecka|dzieci|fiul|fiului|fiica|fiicei|copilul|copilului|fils|fille|enfant|enfants',
  ],
  [
    'child',
    'mother|mum|mom|mam|mummy|father|dad|daddy|parents|stepmother|stepfather|stepmum|stepdad|mae|pai|pais|mama|mame|mamy|mamie|matka|matki|matke|tata|taty|tate|tacie|ojciec|ojca|ojcu|ojcem|rodzice|rodzicow|mamei|tatal|tatalui|parintii|mere|pere',
  ],
  [
    'spouse',
    'wife|husband|partner|spouse|hubby|missus|marido|mulher|esposa|maz|meza|mezowi|zona|zony|zone|sotul|sotului|sotia|sotiei|mari|epouse',
  ],
  [
    'relative',
    'brother|sister|grandmother|grandfather|gran|granny|grandma|grandad|granddad|grandpa|nan|nana|nanna|aunt|auntie|uncle|cousin|nephew|niece|grandson|granddaughter|grandchild|grandchildren|grandkids|mother-in-law|father-in-law|brother-in-law|sister-in-law|irmao|irma|avo|avos|tio|tia|primo|prima|sobrinho|sobrinha|neto|neta|kuzyn|kuzyna|kuzynka|kuzynki|verisor|verisoara|verisorul|verisoarei|cousine|brat|brata|siostra|siostry|siostre|babcia|babci|babcie|dziadek|dziadka|ciocia|wujek|fratele|sora|bunica|bunicii|bunicul|matusa|unchiul|frere|soeur|grand-mere|grand-pere|tante|oncle|neveu|niece',
  ],
  [
    'friend',
    'friend|best friend|mate|best mate|pal|flatmate|housemate|neighbour|neighbor|amigo|amiga|vizinho|vizinha|przyjaciel|przyjaciolka|kolega|kolezanka|sasiad|sasiadka|sasiadki|sasiadce|prieten|prietena|vecin|vecina|vecinei|ami|amie|voisin|voisine',
  ],
];

const RELATION_OF = new Map<string, Relationship>();
for (const [relationship, words] of FAMILY)
  for (const word of words.split('|')) if (!RELATION_OF.has(word)) RELATION_OF.set(word, relationship);
const FAMILY_WORDS = [...RELATION_OF.keys()]
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace('-', '[- ]'))
  .join('|');

// Possessives before (en, pt, pl, fr) or after (ro) the family word.
const NON_ENGLISH_POSSESSIVE = /^(?!(?:my|our|helping|representing|for)\b)\S+ |^(?:[\w-]+) (?:meu|mea|mele|mei|nostru|noastra)$/;
const POSSESSIVE_BEFORE = '(?:my|our|minha|meu|minhas|meus|moj|moja|moje|mojej|mojego|mojemu|moich|moim|mon|ma|mes|notre|nos)';
const POSSESSIVE_AFTER = '(?:meu|mea|mele|mei|nostru|noastra)';

// Things people own that an age may describe ("my 10 year old boiler").
const THINGS =
  'car|boiler|laptop|house|flat|home|fridge|freezer|cooker|oven|computer|phone|van|bike|dog|cat|roof|windows?|kitchen|bathroom|sofa|bed|tv|property|building|tree|hedge|fence|vehicle|scooter|mobility scooter|wheelchair|caravan|boat|shed|garage|extension|account|mortgage|policy';

type Signal = Relationship | 'mention' | 'mention_ro' | 'age' | 'explicit' | 'writer_is';

const RULES: PhraseRule<Signal>[] = [
  {
    value: 'legal_representative',
    patterns: [
      '\\bwe act (?:for|on behalf of)\\b',
      "\\b(?:i am|i'?m|we are|we'?re|we have been|i have been) instructed by\\b",
      '\\b(?:my|our) client\\b',
      '\\bacting for (?:mr|mrs|ms|miss|our client|my client)\\b',
      "\\b(?:i am|i'?m) (?:a|the) (?:solicitor|lawyer)\\b",
      '\\bsigned (?:form of )?authority\\b',
      // a delegate appointed by the Royal Court manages the affairs of someone who lacks capacity
      "\\b(?:i am|i'?m|as) (?:the |her |his |their )?(?:court[- ]appointed )?delegate\\b",
      '\\b(?:mon client|ma cliente|notre client|o meu cliente|a minha cliente|(?:moj|mojego|mojemu) klient\\w*|moja klientka|mojej klientki|clientul meu|clientului meu|clienta mea)\\b',
      '\\b(?:je suis avocate?|sou advogad[oa]|jestem (?:adwokatem|prawnikiem|radca prawnym)|sunt avocat\\w*)\\b',
    ],
  },
  {
    value: 'states_member',
    patterns: [
      // The member speaks of constituents; a constituent writing for themselves does not
      // ("as a constituent of Deputy Le Fondre I want to complain").
      '\\b(?:my|our|a|an|one of my|one of our|several|many|two|three) (?:[\\w-]+ )?(?:constituents?|parishioners?)\\b(?! of\\b)',
      '\\b(?:constituents?|parishioners?) (?:has|have|had|asked|contacted|came|raised|tells?|told|reports?|reported)\\b',
      "\\b(?:as|i am|i'?m) (?:the |a )?(?:deputy|senator|constable|states member)\\b(?! (?:head|headteacher|manager|director|chief|principal|editor|leader|chair|governor|officer|team|of (?:the )?(?:school|team|department)))",
      '^deputy here\\b',
      '\\bdeputy here\\b',
    ],
  },
  {
    value: 'advocate',
    patterns: [
      // not "I'm a big advocate of the new bus app"
      "\\b(?:i am|i'?m|as) (?:an? |the |their |his |her )?(?!(?:big|huge|strong|great|keen|firm|passionate|vocal|long[- ]time) )(?:independent )?(?:[\\w'-]+ ){0,2}advocate\\b(?! of\\b| for (?:the|more|better|this|these|those|all|change|cycling|green|public)\\b)",
      '\\badvocacy (?:service|worker|officer)\\b',
    ],
  },
  {
    value: 'carer',
    patterns: [
      // not "I'm a carer myself, so I know…": the writer's own job
      "\\b(?:i am|i'?m|as) (?:the |her |his |their |a |an )?(?:full[- ]time |main |paid |unpaid |live[- ]in |foster )?carer\\b(?! myself| by (?:trade|profession)| for a living)",
      '\\bi care for (?:my|her|him|mr|mrs|ms|a|an|someone|somebody)\\b',
      // "I look after my grandchildren on Tuesdays" is not caring for them as their carer: a
      // family word decides (see `aboutThem`).
      '\\bi look after (?:her|him|mr|mrs)\\b',
      // paid support: "I am one of the support workers for Lucy", "a personal assistant and carer for Mr H"
      "\\b(?:i am|i'?m|i was|as) (?:one of )?(?:the |her |his |their |a |an )?(?:paid |unpaid |main )?(?:support workers?|personal assistants?|care workers?|key workers?|carers?)(?: and (?:\\w+ )?carer)? (?:for|to) (?!(?:the|a living|years|ages)\\b)[\\w-]+",
      "\\b(?:i am|i'?m|as) (?:a|an|the|her|his|their) (?:support worker|care worker|personal assistant|home carer|key worker)\\b(?!,? (?:with|at|from|for) )",
      "\\b(?:jestem (?:jej |jego )?opiekun\\w*|sou (?:a |o )?(?:cuidador\\w*|assistente pessoal)|sunt (?:ingrijitor\\w*)|je suis (?:son |sa |l'|la |le )?(?:aide-soignante?|auxiliaire de vie|aidante?))\\b",
    ],
  },
  {
    value: 'organisation',
    patterns: [
      "\\bon behalf of (?:the |our )?(?:[a-z'.&-]+ ){0,8}(?:association|charity|trust|society|group|foundation|hostel|mencap|citizens advice|shelter|salvation army|company|ltd|limited|club|committee|union|network|centre|center|residents|concern|voice|mind|refuge|hospice|futures|jersey)\\b",
      '\\bwe are a (?:charity|organisation|organization|company|group|support|local)\\b',
      '\\ba (?:resident|client|member|tenant|service user|patient) of ours\\b',
      "\\bi work for (?:the )?[a-z' ]{0,30}(?:trust|charity|association|society|foundation|centre|service|refuge)\\b",
      "\\b(?:i'?m|i am|we'?re|we are) writing from (?:the )?[a-z' ]{0,30}(?:charity|trust|association|society|foundation|centre|center|service|refuge|advice|shelter|team|project|group|network|hub)\\b",
      '\\bone of (?:our|my) (?:members|residents|clients|service users|tenants|families)\\b',
      '\\bon behalf of (?:a|one of our) (?:resident|member|client|tenant|service user)\\b',
      '\\bem nome da (?:\\w+ (?:da |do )?){0,3}?(?:associacao|instituicao|organizacao|fundacao|comissao)\\b',
      '\\bw imieniu (?:stowarzyszenia|fundacji|organizacji)\\b',
      '\\bin numele asociatiei\\b',
      "\\bau nom de l'association\\b",
    ],
  },
  {
    value: 'explicit',
    patterns: [
      // The writer acts for someone ("I am writing on behalf of my mother"), not "the letter
      // you sent on behalf of the Minister", nor "on behalf of my family, thank you for saving
      // my life" (the writer thanks with them).
      "\\b(?:i'?m|i am|we'?re|we are|writing|write|wrote|complain\\w*|contact\\w*|email\\w*|raising|raise|acting|act|speak\\w*|calling|call|ringing|here|this is) (?:[\\w'-]+ ){0,6}?on behalf of\\b(?! (?:my|our|the|all) (?:whole |entire )?(?:family|household|street|neighbours|community|everyone|team|colleagues|staff)\\b| (?:all of us|us all|everyone|myself)\\b)",
      '(?<=^|[.!?]\\s{1,3})on behalf of\\b(?! (?:my|our|the|all) (?:whole |entire )?(?:family|household|street|neighbours|community|everyone|team|colleagues|staff)\\b| (?:all of us|us all|everyone|myself)\\b)',
      // "on my behalf" is the writer as the customer ("you decided on my behalf").
      '\\bon (?:his|her|their) (?:\\w+ ){0,2}behalf\\b',
      // The person represented asked, not staff ("the officer asked me to email the form").
      "\\b(?:she|he|they|who|and|mum|dad|mom|my \\w+(?:-in-law)?|(?:mr|mrs|ms|miss) \\w+)(?:'s|'d| has| had| have)? (?:\\w+ )?asked (?:me|us) to (?:write|contact|complain|email|raise|get in touch|sort|help|chase|ring|call|phone)\\b",
      "\\b(?:can'?t|cannot|unable to) complain (?:him|her|them)self\\b",
      "\\bso i'?m (?:doing it|writing)\\b",
      '\\b(?:she|he|they|who|mum|dad|mom|my \\w+(?:-in-law)?) (?:\\w+ )?wants? me to (?:write|complain|contact)\\b',
      // in the other languages, the writer writing for someone of theirs
      '\\b(?:escrevo|escrevemos|venho|reclamo|contacto) em nome d[oa]\\b',
      '\\bem nome d[oa] (?:meu|minha|meus|minhas)\\b',
      '\\b(?:escrever|escrevo|falar) em seu nome\\b',
      '\\b(?:pisze|piszemy|zwracam sie|skladam skarge) w imieniu\\b',
      '\\bw imieniu (?:mojego|mojej|moich|mojemu)\\b',
      '\\b(?:scriu|va scriu|ma adresez|depun) (?:o plangere )?in numele\\b',
      '\\bin numele (?:\\w+ )(?:meu|mele|mei|mea)\\b',
      "\\b(?:j'ecris|je vous ecris|j'ecris|nous ecrivons|je me plains|je m'adresse a vous) au nom de\\b",
      '\\bau nom de (?:mon|ma|mes)\\b',
    ],
  },
  {
    value: 'mention',
    patterns: [
      // "my elderly disabled mother", not "my parcel with a neighbour"
      `\\b${POSSESSIVE_BEFORE} (?:(?!(?:with|a|an|the|to|for|from|of|and|at|in|on|by|into|onto|e|i|si|et|z|com|cu|avec|de|do|da|la|le|na|no)\\b)[\\w-]+ ){0,3}?(?:${FAMILY_WORDS})(?:'s)?\\b`,
      `\\b(?:helping|for|representing) (?:a|an|my) (?:\\w+ )?(?:${FAMILY_WORDS})\\b(?! and i\\b)`,
      `(?<=^|[.!?]\\s+)(?:mum|dad|mom|mummy|daddy|grandma|grandad)\\b(?! and i\\b)`,
    ],
  },
  { value: 'mention_ro', patterns: [`\\b(?:${FAMILY_WORDS}) ${POSSESSIVE_AFTER}\\b`] },
  {
    // The writer names their own place in the family: "I am the daughter of Mrs Le Cornu".
    value: 'writer_is',
    patterns: [
      "\\b(?:i am|i'?m|as) (?:the|his|her|their|a) (?:daughter|son|mother|mum|father|dad|parent|wife|husband|partner|sister|brother|niece|nephew|granddaughter|grandson|grandmother|grandfather|aunt|uncle|cousin|friend|neighbour|neighbor)(?: of (?:mr|mrs|ms|miss|dr|a|an|the|one)\\b|,)",
    ],
  },
  {
    value: 'age',
    patterns: [
      // "my 14 year old", not "my 10 year old boiler"
      `\\b(?:my|our) \\d{1,2}[- ]?(?:year|yr)s?[- ]?old\\b(?! (?:${THINGS})\\b)`,
      '\\b(?:my|our) (?:youngest|eldest|oldest)\\b(?! (?:brother|sister|cousin|friend|aunt|uncle|grand\\w*)\\b)',
    ],
  },
];
/** exported for tests and profiling */
export const COMPILED = compileRules(RULES);

// After a family mention, these mean the writer speaks for themselves ("my husband drove me").
const NOT_ABOUT_THEM_AFTER =
  /^(?:'s)?\s*(?:and i\b|and me\b|& i\b|and myself\b|(?:si cu mine|si eu|et moi|e eu|i ja)\b|(?:disse-me|me disse|mi-a spus|m'a dit|powiedzial(?:a)? mi)\b|(?:ajudou-me|me ajudou|levou-me|me levou|pomogl(?:a)? mi|zawiozl(?:a)? mnie|m-a ajutat|m-a dus|m'a aide|m'a emmene)\b|(?:trabalha|pracuje|lucreaza|travaille)\b|(?:\w+ )?(?:helped|helps|drove|took|brought|set up|came with|went with|showed|reminded) (?:me|us|my)\b|(?:mnie bije|me frappe|bate-?me|ma bate)|tried to help|always said|told me about|works? (?:on|at|in|for) |used to work|worked (?:on|at|in|for) |retired from|(?:waited|stayed|sat|came|went) with (?:me|us)\b|recommended|suggested|thinks|who helped|is an? (?:nurse|teacher|doctor|carer|police officer|social worker)\b(?! and (?:s?he|they) (?:was|were|has|is|got))|(?:\w+ ){0,2}(?:hits|beats|hurts|threatens|abuses|attacks|punched|kicked|hit) (?:me|us)\b|,? is (?:very )?(?:controlling|violent|abusive)\b|(?:\w+ ){0,2}(?:threaten\w*|ameac\w*|grozi\w*|m-a amenintat|a menace)\b|\w+(?: \w+){0,4} for me\b|was born|last week and the midwives)/;
// Before a family mention: "me and my kids", "razem z zona" (with my wife), "one of the
// children in my son's class".
const NOT_ABOUT_THEM_BEFORE =
  /(?:\b(?:one|some|two|three|all) of the (?:\w+ )?(?:children|kids|pupils|boys|girls|students|parents|patients|residents) (?:in|at|from|on)|\bme and|\bmoi et|\bnasceu (?:o|a)|\burodzil\w* (?:sie )?|\bs-a nascut|\bnaissance de|\bmim e para(?: (?:os|as|o|a))?|\bmim e|\beu e(?: o| a)?|\beu si|\bsiebie i|\brazem z|\b(?:a|another|one) (?:\w+ )?(?:boy|girl|child|pupil|kid|student|parent|teacher)s? (?:in|at|from|of)|\b(?:not|nothing) (?:\w+ )?(?:about|to do with|regarding)|\bregist(?:er|ered|ering|ration of|o de nascimento d[oa]|o de obito d[oa]))\s+$/;
// "with my sister", "visiting my aunt", "brought my son": the person came along; "since my
// husband died": the person is the background of the writer's own matter. The message
// is about them only if it then speaks of them more than of the writer (`speaksOfThem`):
// "I came in with my baby for her jabs and the nurse was so gentle with her".
const ALONG_BEFORE =
  /(?:\bwith|\bvisiting|\bvisit|\bbring|\bbrought|\bdelivered|\bhad|\blike|\bunlike|\bthan|\bsince|\bafter|\bbefore|\buntil)\s+$/;
const CONTRACTED = /^'s (been|got|gone|had|not|never|still|now|just|always|very|so|too|really|in|on|off|at|\d+|\w+ing)\b/;
// A possessive followed by another person ("my neighbour's child") is about that person.
const THIRD_PARTY_AFTER =
  /^'s\s+(?:(?:child|children|kids?)(?! (?:benefit|support|allowance|care|maintenance|seat|tax credit))|son|daughter|baby|dog|cat|husband|wife|partner|boyfriend|girlfriend|stepdad|dad|mum|father|mother|ex|ex-\w+|boss|landlord|colleague|employer)\b/;

const HOUSEHOLD =
  /\b(?:(?:our|my) (?:flat|house|home|apartment|household)|nosso apartamento|nossa casa|notre (?:appartement|maison|logement)|w mieszkaniu|din apartament)\b/;
// "Somewhere safe for me and my children": the children come with the writer.
const WITH_MY_CHILDREN =
  /(?:\bavec mes enfants|\bcom (?:os|as) (?:meus|minhas) filh\w*|\bcu copiii (?:mei)?|\bz dziecmi|\bwith (?:my|our) (?:kids|children))$/;
const DECEASED =
  /\b(?:passed away|died|has died|death of|late (?:husband|wife|father|mother|mum|dad|son|daughter|brother|sister|friend|partner)|funeral|deceased|bereave\w*|faleceu|morreu|falecid\w*|zmarl[aey]?|zmarl|a murit|decedat\w*|decede\w*|est mort|est morte)\b/;
const LACKS_CAPACITY =
  /\b(?:dementia|alzheimer\w*|lacks? (?:mental )?capacity|lack of capacity|mental capacity|(?:can'?t|cannot|unable to) (?:make (?:his|her|their own |any )?decisions|communicate|speak for (?:himself|herself|themselves))|learning disabilit\w*|in a coma|coma|demenc\w*|demencj\w*|dementa|demence)\b/;
const ADULT =
  /\b(?:(?:son|daughter|child|boy|girl),? (?:1[6-9]|[2-9]\d)\b)|\b(?:(?:is|aged|age|turned) (?:1[6-9]|[2-9]\d)\b|(?:1[6-9]|[2-9]\d)[- ]?(?:years?|yrs?)[- ]?old|(?:he'?s|she'?s|they'?re) (?:1[6-9]|[2-9]\d)\b|university|uni\b|(?:at|to|in) college|college course|highlands|adult|grown[- ]up|prison|custody|la moye|his wife|her husband|employer|at work\b|ma (?:1[6-9]|[2-9]\d) lat|tem (?:1[6-9]|[2-9]\d) anos|are (?:1[6-9]|[2-9]\d) (?:de )?ani|a (?:1[6-9]|[2-9]\d) ans)/;
const UNDER_16 =
  /\b(?:(?:son|daughter|child|boy|girl),? (?:[1-9]|1[0-5])\b)|\((?:[1-9]|1[0-5])\)|\b(?:(?:is|aged|age) (?:[1-9]|1[0-5])|(?:[1-9]|1[0-5])[- ]?(?:years?|yrs?|year)[- ]?old|year (?:[1-9]|1[01])|primary|nursery|baby|toddler|little|(?:[1-9]|1[0-5]) anos|(?:[1-9]|1[0-5])[- ]letni\w*|(?:[1-9]|1[0-5]) ani|(?:[1-9]|1[0-5]) ans|creche|zlob\w*|gradinit\w*|cresa|bebe)\b/;

const EXPLICIT_UNDER_16 =
  /\b(?:(?:is|aged) (?:[1-9]|1[0-5])\b(?! (?:years? ago|minutes|hours|days|weeks|months))|(?:[1-9]|1[0-5])[- ]?(?:years?|yrs?)[- ]?old\b|who is (?:[1-9]|1[0-5])\b)/;

/**
 * Evidence that a message is about the person a family word names, read around that word
 * (issue 3: "mentioning other people is not acting on their behalf"; POLICY.md §2). In English:
 * - the writer says so, or says what was done to them: "about my mother", "the way my dad…",
 *   "looking after my mum", "refused our daughter a place", "rude to my son";
 * - who they are: "my disabled daughter", "my 90-year-old mum", "my son (14)", "my son, 19,",
 *   "my father, who has dementia";
 * - what happened to them, right after the word: "my son was excluded", "my dad has dementia",
 *   "my wife has been waiting", "my brother died", "my mum's appointment".
 * A mention without such evidence counts only when the message speaks of a third person (she,
 * his…) at least as much as of the writer (I, me…): "My husband drove me there and I waited…"
 * is the writer's own complaint.
 */
const DESCRIPTION = String.raw`\b(?:disabled|elderly|vulnerable|autistic|housebound|bedbound|frail|sick|poorly|ill|dying|pregnant|deaf|blind|premature|newborn|severely|terminally ill|\d{1,2}[- ]?(?:years?|yrs?)[- ]?old)`;
// "my housebound wife": the description sits inside the mention.
const DESCRIBED_WITHIN = new RegExp(`${DESCRIPTION} `);
const DESCRIBED_BEFORE = new RegExp(
  [
    String.raw`\b(?:about|regarding|concerning|re|treatment of|care of|(?:for|who|that|you|they|staff|nurses|team) (?:\w+ )?(?:look|looks|looking|looked|care|cared|caring) (?:after|for)|the way|how|why|whether|if)`,
    String.raw`\b(?:refus(?:e|es|ed|ing)|exclud(?:e|es|ed|ing)|discharg(?:e|es|ed|ing)|ignor(?:e|es|ed|ing)|treat(?:s|ed|ing)?|help(?:s|ed|ing)?|support(?:s|ed|ing)?|sav(?:e|es|ed|ing)|fail(?:s|ed|ing)?|contact(?:s|ed|ing)?|phon(?:e|es|ed|ing)|rang|ring(?:s|ing)?|sen[dt]|send(?:s|ing)|giv(?:e|es|en|ing)|gave|let(?:s|ting)?|allow(?:s|ed|ing)?|abus(?:e|es|ed|ing)|hurt(?:s|ing)?|hit(?:s|ting)?|stop(?:s|ped|ping)?|search(?:es|ed|ing)?|bull(?:y|ies|ied|ying)|pick(?:s|ed|ing)? on|forg[eo]t(?:ten)?|left|leav(?:e|es|ing)|assault(?:s|ed|ing)?|restrain(?:s|ed|ing)?|neglect(?:s|ed|ing)?|mov(?:e|es|ed|ing)|turn(?:s|ed|ing)? (?:away|down)|kept|keep(?:s|ing)?|put(?:s|ting)?|examin(?:e|es|ed|ing)|(?:mis)?diagnos(?:e|es|ed|ing)|operat(?:e|es|ed|ing) on|assess(?:es|ed|ing)?|test(?:s|ed|ing)?|teach(?:es|ing)?|taught|look(?:s|ed|ing)? at)(?: \w+)?`,
    String.raw`\b(?:rude|abusive|unkind|aggressive|nasty|horrible|lovely|kind|wonderful|brilliant|great|amazing|gentle|patient|fantastic|good|excellent|caring|helpful|rough|harsh) (?:to|with|towards)`,
    String.raw`\b(?:shout\w*|yell\w*|swor\w*|laugh\w*|scream\w*) at`,
  ]
    .map((evidence) => String.raw`(?:${evidence}) $`)
    .join('|'),
);
// How they felt about something ("my husband was delighted with the new timetable") is not
// something done to them.
const REACTIONS =
  '(?:pleased|impressed|delighted|excited|amazed|surprised|thrilled|relieved|interested|bored|annoyed|frustrated|disappointed|tired|shocked|stunned|horrified|appalled|disgusted|embarrassed|concerned|worried|overjoyed|satisfied|amused|convinced|fed up|puzzled|confused)';
const DESCRIBED_AFTER = new RegExp(
  [
    // a name after the word: "our son oliver is 17", "my wife olive died", "dad, bill hamon, died"
    String.raw`^\s*[a-z]+ (?:is|was) (?:only |just )?\d{1,2}\b|^\s*[a-z]+ (?:died|passed away)\b|^,\s*[a-z]+(?: [a-z]+){0,2},\s*(?:who\b|died|passed away|was|has|had)`,
    // who they are, in apposition: "my son (14)", "my son, 19,", "my mother, who…", "whose…"
    String.raw`^(?:'s)?,?\s*(?:\((?:aged )?\d{1,2}\b|\d{1,2}\b|aged \d|whose\b|who (?:is|was|has|had|lives|needs|uses|can|cannot|can'?t|suffers|relies|attends|goes|went)\b|with (?:dementia|autism|adhd|cancer|a disability|learning|special|severe|additional|mobility|complex|cerebral|down|ms\b|multiple sclerosis|parkinson))`,
    // their own care, body or case: "my mum's appointment", "my son's exclusion"
    String.raw`^'s\s+(?:\w+ ){0,2}?(?:care|treatment|appointments?|operation|surgery|medications?|medicines?|tablets|exclusion|support|needs|benefits?|pension|allowance|income support|claim|application|assessment|referral|discharge|diagnosis|condition|health|wheelchair|carers?|care package|funeral|death|estate|records|grant|place|plan|transport|taxi|bus pass|blue badge|bed|room|ward|stay|case|safety|injury|injuries|arm|leg|hand|head|hip|knee|eyes?|teeth|hearing|scan|x-ray|results|tests?|exams?|bullying|behaviour|progress|education|schooling|learning|wellbeing|welfare|life|death|body|account|money|savings|home care|visits?|benefit|passport|licence|papers|file)\b`,
    // what was done to them: "was excluded", "has been waiting", "got sent home"
    String.raw`^\s*(?:(?:\w+ly|also|still|now|then|both|just|recently|again|finally|eventually) )?(?:was|were|is being|are being|has been|have been|had been|got|gets|keeps being|kept being) (?:\w+ly )?(?:(?!${REACTIONS}\b)\w+ed|left|told|sent|given|seen|taken|kept|put|made|spoken|hurt|bitten|beaten|forgotten|shown|brought|caught|held|found|stuck|waiting|trying|struggling|living|in (?:hospital|prison|care|pain|a coma|agony|la moye)|on (?:the ward|a ward|the waiting list|a waiting list|a trolley)|off (?:school|work)|unable|without|ill|sick|unwell|diagnosed)\b`,
    // their condition: "has dementia", "has had no support"
    String.raw`^\s*(?:(?:\w+ly|also|still|now) )?(?:has|had|have|suffers from|was diagnosed with|is diagnosed with|lives with) (?:\w+ )?(?:dementia|alzheimer|autism|adhd|cancer|a disability|disabilities|learning|special needs|additional needs|mobility|parkinson|epilepsy|diabetes|a stroke|heart|mental health|depression|anxiety|down'?s syndrome|down syndrome|cerebral palsy|ms\b|multiple sclerosis|motor neurone|sickle cell|asthma|copd|a brain|a heart|had a fall|fallen|a fall|broken (?:his|her|their|an?) (?:arm|leg|hip|wrist|ankle|shoulder|rib|ribs|collarbone|nose|back|neck|foot|hand)|no (?:heating|food|money|carer|support|teaching|school place)|been (?:waiting|trying|refused|told|left|without|unable|in|on|off))`,
    // what happened to them: "died", "is in hospital", "is 90", "came home crying" (not any
    // verb: "my son needed the car", "my husband is in Australia", "my wife can't believe it")
    String.raw`^\s*(?:(?:\w+ly|also|still|now|then|both|all) )?(?:died|passed away|is dying|fell(?! in love| asleep| out with| for)|collapsed|missed (?:his|her|their|an?|the) (?:appointment|operation|surgery|scan|treatment|chemo|dialysis|medication|dose|exams?|lessons|school)|(?:qualifies|qualified) for|(?:needs|needed) (?:an? |more |urgent |proper |some )?(?:operation|surgery|treatment|help|care|support|medication|wheelchair|carer|assessment|appointment|referral|ramp|adaptations?|to (?:see|be seen|go to hospital))|(?:cannot|can'?t|couldn'?t|could not|is unable to|was unable to|has not been able to|hasn'?t been able to) (?:walk|see|hear|get (?:out|up|in|to)|use|afford|speak|read|cope|leave|sleep|eat|manage|move|climb|breathe|work|access|reach|understand|drive|stand|wash|dress)|hasn'?t (?:been|had|got|received|heard)|has not (?:been|had|got|received|heard)|did not get|didn'?t get|never got|never received|(?:is|was) in (?:year \d|reception|nursery|primary|hospital|prison|care|a care home|a home|la moye|a coma|intensive care|icu|pain|agony|a wheelchair|temporary accommodation|a b&b|a hostel)|is off (?:school|work|sick)|(?:is|are|was|were) (?:both |all )?(?:in (?:his|her|their) (?:\d0s|seventies|eighties|nineties)|over \d0)|is (?:\d{1,2}|disabled|elderly|housebound|bedbound|deaf|blind|partially sighted|hard of hearing|in a wheelchair|a wheelchair user|autistic|vulnerable|terrified|scared|frightened|distressed|confused|worried|anxious|upset)|went (?:in|into|to) (?:hospital|a&e|the emergency)|(?:has |have )?(?:come|comes|came|was sent|got sent|were sent) home|started at|attends|goes to|(?:has|had) to (?:wait|travel|go|use)|(?:has been |had been |is |was )?wait(?:ed|ing) (?:for |over |more than |nearly |almost )?(?:\d|an? |hours|weeks|months|years|all day|all night|ages|his|her|their)|had an? (?:operation|appointment|fall|accident|stroke)|has an? (?:appointment|operation|referral|carer))\b`,
  ].join('|'),
);
// "helping a friend", "representing my neighbour", "for an elderly friend": the writer says so.
const FOR_THEM = /^(?:helping|representing|for an?)\b/;
// A friend's or neighbour's things are not the friend: "my neighbour's hedge is blocking…".
const PROPERTY =
  /^'s\s+(?:house|garden|hedge|trees?|dogs?|cats?|car|van|drive|fence|wall|party|music|noise|extension|builders?|bins?)\b/;

function aboutThem(mention: string, relation: Relationship, before: string, after: string): boolean {
  if (FOR_THEM.test(mention) || DESCRIBED_WITHIN.test(mention) || DESCRIBED_BEFORE.test(before)) return true;
  if (relation === 'friend' && PROPERTY.test(after)) return false;
  return DESCRIBED_AFTER.test(after);
}

/**
 * The same evidence in Portuguese, Polish, Romanian and French (folded text). Writers drop
 * pronouns in these languages, so the grammar of the mention itself says more: a possessive in
 * the dative or genitive (pl "mojemu synowi", "mojej sasiadce", "moja mame"; ro "fiului meu",
 * "pe vecina mea"; pt "ao meu filho", "da minha mae"; fr "a mon fils", "de ma mere") makes the
 * person the one something was done to or whose matter it is; "with" (z, cu, com, avec) alone
 * only brings them along.
 */
const DESCRIBED_WITHIN_OTHER =
  /\d{1,2}[- ]?letni|\b(?:idos[oa]s?|starsz\w*|starej|starego|varstnic\w*|batran\w*|agee?s?|doente|chor\w*|bolnav\w*|malade|handicapad\w*|niepelnosprawn\w*|handicapat\w*|handicape\w*)\b/;
const OBJECT_CASE =
  /^(?:mojego|mojemu|mojej|moja|moich|moim|mym)\b|\b(?:fiului|fiicei|mamei|tatalui|sotului|sotiei|bunicii|bunicului|fratelui|surorii|vecinei|vecinului|prietenului|prietenei|copilului|copiilor|parintilor)\b/;
const ALONG_OTHER = /\b(?:z|ze|razem z|cu|impreuna cu|com|avec|et|e|si)\s+(?:o |a |os |as )?$/;
// To, of, about, for them: pt "ao meu filho", "da minha mae" (not the article alone: "a minha
// filha disse"), ro "pe vecina mea", fr "a mon fils", "de ma mere" (French has no article
// before a possessive): `TO_OR_OF`, by language.
const DESCRIBED_BEFORE_OTHER = new RegExp(
  [
    // how staff were with them: "foram impecaveis com o meu pai", "au fost minunati cu tatal meu"
    String.raw`\b(?:foram|foi|sao|eram|byli|byla|byl|sa|au fost|a fost|sunt|ont ete|a ete|etaient|sont)\s+(?:\w+ ){1,2}(?:com|cu|avec|dla)\s+(?:o |a |os |as )?$`,
    // what was done to them: helped, treated, cared for
    String.raw`\b(?:ajud\w*|aid\w*|ajut\w*(?:-[lo])?|pomog\w*|trat\w*|trait\w*|traktow\w*|potraktow\w*|cuid\w*|occup\w* de|grija de|opiekow\w* sie|salv\w*|uratow\w*|sauv\w*)\s+(?:(?:o|a|os|as|pe) )?$`,
  ].join('|'),
);
const DESCRIBED_AFTER_OTHER = new RegExp(
  [
    // age: "de 8 anos", "ma 80 lat", "are 79 de ani", "a 85 ans"
    String.raw`^,?\s*(?:\w+ ){0,1}(?:de \d{1,2} (?:anos|ani|ans)|(?:tem|ma|are|a) \d{1,2} (?:de )?(?:anos|lat|ani|ans))\b`,
    String.raw`^,?\s*(?:que|ktory|ktora|care|qui)\b`,
    // what was done to them: a passive, or a state
    String.raw`^\s*(?:\w+ )?(?:foi|foram|esta|estava|ficou|ficaram|tem sido|anda)\s+(?:a \w+|\w+(?:ado|ada|ados|adas|ido|ida|idos|idas)|sozinh\w*|internad\w*|no hospital|doente|a espera)\b`,
    String.raw`^\s*(?:\w+ )?(?:zostal\w*|byl\w*|jest|lezal\w*|lezy)\s+(?:\w+(?:any|ana|ane|ony|ona|one|ety|eta|ita|ity|iony|iona)|w szpitalu|chor\w*|sam\w*)\b`,
    String.raw`^\s*(?:\w+ )?(?:a fost|au fost|este|era|a ramas|a stat|sta)\s+(?:\w+(?:at|ata|ati|ate|it|ita|iti|ite|ut|uta|uti|ute|sa|si)|singur\w*|la spital|bolnav\w*)\b`,
    String.raw`^\s*(?:\w+ )?(?:a ete|ont ete|est|etait|sont|reste|est restee?)\s+(?:\w+(?:e|ee|es|ees|i|ie|is|u|ue|us)|seule?s?|a l'hopital|malade)\b`,
    // what happened to them, or their condition
    String.raw`^\s*(?:\w+ )?(?:faleceu|morreu|caiu|esperou|espera|precisa|perdeu|sofre|recebeu|otrzymal\w*|dostal\w*|a primit|a recu|nao (?:consegue|pode|recebeu|tem)|tem (?:demencia|alzheimer|autismo|cancro|deficiencia)|zmarl\w*|upadl\w*|czekal\w*|czeka|potrzebuje|cierpi|nie (?:moze|dostal\w*|otrzymal\w*|ma)|ma (?:demencj\w*|alzheimer\w*|autyzm|raka)|a murit|a decedat|a cazut|a asteptat|asteapta|are nevoie|sufera|nu (?:poate|a primit|are)|are (?:dementa|alzheimer|autism|cancer)|est (?:decedee?|morte?|tombee?)|a attendu|attend|a besoin|souffre|ne peut|n'a (?:pas|plus)|a (?:la maladie|alzheimer|un cancer))\b`,
  ].join('|'),
);
const THIRD_PERSON_OTHER = new Set([
  'ele',
  'ela',
  'dele',
  'dela',
  'on',
  'ona',
  'jego',
  'jej',
  'jemu',
  'niej',
  'niego',
  'nim',
  'el',
  'ea',
  'lui',
  'ei',
  'il',
  'elle',
]);
const WRITER_OTHER = new Set(['eu', 'mim', 'comigo', 'ja', 'mnie', 'mi', 'je', 'j', 'moi']);

// The prepositions, per language (see above), told by the possessive of the mention.
const TO_OR_OF: Array<[RegExp, RegExp]> = [
  [
    /^(?:minha|meu|minhas|meus) /,
    /\b(?:ao|aos|da|do|das|dos|pelo|pela|pelos|pelas|no|na|sobre (?:o|a|os|as)|para (?:o|a|os|as)|contra (?:o|a))\s+$/,
  ],
  [/^(?:mon|ma|mes|notre|nos) /, /\b(?:a|au|aux|de|d'|du|des|pour|sur|contre|envers)\s*$/],
  [/ (?:meu|mea|mele|mei|nostru|noastra)$/, /\b(?:pe|la|despre|pentru|contra)\s+$/],
];

function aboutThemOther(mention: string, before: string, after: string): boolean {
  if (TO_OR_OF.some(([possessive, preposition]) => possessive.test(mention) && preposition.test(before))) return true;
  if (DESCRIBED_BEFORE_OTHER.test(before)) return true;
  if (ALONG_OTHER.test(before)) return false;
  return DESCRIBED_WITHIN_OTHER.test(mention) || OBJECT_CASE.test(mention) || DESCRIBED_AFTER_OTHER.test(after);
}

/** In the other four languages: a third person (ele, ona, el, elle…) at least as often as the writer. */
function speaksOfThemOther(tokens: readonly string[]): boolean {
  let writer = 0;
  let them = 0;
  for (const token of tokens) {
    if (THIRD_PERSON_OTHER.has(token)) them++;
    else if (WRITER_OTHER.has(token)) writer++;
  }
  return them > 0 && them >= writer;
}

// Someone other than the writer, named without a pronoun: "a client", "Mr B", "a 14-year-old".
const OTHER_PERSON =
  /\b(?:clients?|pani|pan|pana|sra|sr|senhora|senhor|dona|doamna|domnul|dl|dna|madame|monsieur|mme|residents?|tenants?|pupils?|patients?|young (?:person|people)|service users?|members?|constituents?|parishioners?|family|families|mr|mrs|ms|miss|\d{1,2}[- ]?years?[- ]?old)\b/;
// The message gives the other person's age ("He's 12", "she is 91"): it is about them.
const THEIR_AGE =
  /\b(?:he|she)(?:'s| is) (?:only |just |now |nearly |almost )?\d{1,2}\b(?! (?:minutes|hours|days|weeks|months|times|pounds|miles))/;
const WRITER_TREATED =
  /\bi (?:was|were|got|have been|'ve been|am being|'m being) (?:\w+ )?(?:left|spoken to|shouted at|refused|ignored|treated|kept waiting|made to wait|turned away|overcharged|charged|fined|hung up on|cut off|sent away|sent home|misdiagnosed|discharged|billed|lied to|insulted|humiliated|patronised|laughed at|sworn at)\b|\bmy (?:own )?(?:allowance|claim|pension|benefits?|application|payments?|income support|tax|account|licence|permit) (?:has|have|had|was|were) (?:now |just |also )?(?:been )?(?:stopped|cut|reduced|refused|rejected|suspended|withdrawn|cancelled|delayed|lost)\b/;
// The writer (I, me, my) and a third person (she, he, her, his), in English.
const WRITER = new Set(['i', 'me', 'my', 'mine', 'myself']);
const THIRD_PERSON = new Set(['she', 'her', 'hers', 'herself', 'he', 'him', 'his', 'himself']);

// Of several people ("my parents", "the kids"): them and their, not "they", which is often staff.
const THIRD_PERSON_PLURAL = new Set(['them', 'their', 'theirs', 'themselves']);
const PLURAL = /(?:s|children|parents|twins|grandchildren|grandkids|grandparents)$/;

/** The message speaks of someone else (she, his…) at least as often as of the writer (I, me…). */
function speaksOfThem(tokens: readonly string[], mention: string): boolean {
  const plural = PLURAL.test(mention.replace(/'s?$/, ''));
  let writer = 0;
  let them = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (THIRD_PERSON.has(token) || (plural && THIRD_PERSON_PLURAL.has(token))) them++;
    // "my" before a family word names that person, it is not the writer's own matter.
    else if (WRITER.has(token) && !(token === 'my' && RELATION_OF.has(tokens[i + 1] ?? ''))) writer++;
  }
  return them > 0 && them >= writer;
}

export interface OnBehalfFinding {
  onBehalfOf: Relationship | null;
  subjectConsentNeededReason: SubjectConsentNeededReason | null;
  words: string[];
  /** the writer said so (a role, "on behalf of", "asked me to"), not only named a relative */
  explicit: boolean;
  /** the message says what happened to the person it names ("my son was bitten"), see `aboutThem` */
  described: boolean;
}

export function detectOnBehalfOf(input: RuleInput & { tokens?: readonly string[] }, prefilter = true): OnBehalfFinding {
  const { folded } = input;
  const matches = findMatches(COMPILED, input, prefilter);
  let relationship: Relationship | null = null;
  const words: string[] = [];
  const explicit = matches.some((m) => m.value === 'explicit');

  let byRole = false;
  // the first family word or friend named, with or without evidence
  let first: MentionCandidate | undefined;
  let described = false;
  // 1. A role the writer names (solicitor, States member, advocate, carer, organisation). Having
  // the role is not acting for someone: the message must be about another person ("As a carer
  // myself I find the website hard to use", "I'm a solicitor and my own tax code is wrong").
  const tokens = input.tokens ?? tokenize(folded);
  const someoneElse = () => explicit || OTHER_PERSON.test(folded) || tokens.some((t) => THIRD_PERSON.has(t));
  for (const role of ['legal_representative', 'states_member', 'advocate', 'carer', 'organisation'] as const) {
    const found = matches.find((m) => m.value === role);
    if (found && someoneElse()) {
      relationship = role;
      byRole = true;
      words.push(found.words.trim());
      break;
    }
  }
  // 2. A family member or friend the message is about. A household complaint ("the mould in
  // our flat is making my children ill") is the writer's own, even when it names the children.
  if (
    !relationship &&
    matches.some((m) => m.value === 'mention' || m.value === 'mention_ro' || m.value === 'age' || m.value === 'writer_is')
  ) {
    const household = HOUSEHOLD.test(folded);
    // Mentioning someone is not representing them (issue 3). A family word counts when there is
    // evidence the message is about that person (`aboutThem`, `aboutThemOther` in the other four
    // languages); failing that, the first mention counts when the message speaks of a third
    // person at least as much as of the writer. Mentions are read lazily: most messages stop early.
    let withEvidence: MentionCandidate | undefined;
    for (const candidate of mentionCandidates(matches, folded, household)) {
      first ??= candidate;
      if (candidate.evidence) {
        withEvidence = candidate;
        break;
      }
    }
    // "I was left waiting in A&E": the writer's own treatment is the complaint, unless the
    // message also speaks of the other person (she, his…).
    const writersOwn = WRITER_TREATED.test(folded) && !tokens.some((t) => THIRD_PERSON.has(t));
    const chosen = writersOwn
      ? undefined
      : (withEvidence ??
        (first &&
        (first.english ? speaksOfThem(tokens, first.words.toLowerCase()) || THEIR_AGE.test(folded) : speaksOfThemOther(tokens))
          ? first
          : undefined));
    if (chosen) {
      relationship = chosen.relation;
      described = chosen.evidence;
      words.push(chosen.words);
    }
  }
  // "On behalf of Mrs Le Brun": representing someone whose relationship is not stated, unless
  // the message names one ("our son … has asked us to chase this").
  if (!relationship && explicit) {
    relationship = first?.relation ?? 'friend';
    if (first) words.push(first.words);
  }
  if (!relationship) return { onBehalfOf: null, subjectConsentNeededReason: null, words: [], explicit: false, described: false };
  const explicitMatch = matches.find((m) => m.value === 'explicit');
  if (explicit && explicitMatch) words.unshift(explicitMatch.words.trim());
  return {
    onBehalfOf: relationship,
    subjectConsentNeededReason: consentReason(folded, relationship, words),
    words: [...new Set(words)],
    explicit: explicit || byRole,
    described,
  };
}

/** A family word or friend named in the message, and whether there is evidence it is about them. */
export interface MentionCandidate {
  relation: Relationship;
  words: string;
  evidence: boolean;
  /** an English possessive ("my"), else one of the other four languages */
  english: boolean;
}

export function* mentionCandidates(
  matches: ReadonlyArray<RuleMatch<Signal>>,
  folded: string,
  household: boolean,
): Generator<MentionCandidate> {
  for (const match of matches) {
    if (match.value === 'writer_is') {
      // "I am the daughter of Mrs Le Cornu": the writer says whose relative they are.
      const role = /(?:i am|i'?m|as) (?:the|his|her|their|a) ([a-z]+)/.exec(match.words.toLowerCase())?.[1] ?? '';
      yield { relation: WRITER_ROLE[role] ?? 'relative', words: match.words.trim(), evidence: true, english: true };
      continue;
    }
    if (match.value !== 'mention' && match.value !== 'mention_ro' && match.value !== 'age') continue;
    const end = match.index + match.words.length;
    // "my daughter's been off school": 's is "has" or "is" here, not a possessive.
    const after = ((match.words.endsWith("'s") ? "'s" : '') + folded.slice(end, end + 60)).replace(
      CONTRACTED,
      (_, word: string) => (/^(?:been|got|gone|had)$/.test(word) ? ` has ${word}` : ` is ${word}`),
    );
    const before = folded.slice(Math.max(0, match.index - 40), match.index);
    if (
      WITH_MY_CHILDREN.test(folded.slice(Math.max(0, match.index - 12), end)) ||
      NOT_ABOUT_THEM_AFTER.test(after) ||
      NOT_ABOUT_THEM_BEFORE.test(before) ||
      THIRD_PARTY_AFTER.test(after)
    )
      continue;
    const relation = match.value === 'age' ? 'parent' : relationOf(match.words);
    if (!relation || (household && relation === 'parent')) continue;
    const mention = folded.slice(match.index, end);
    // "patient with my elderly parents" says how they were treated; "with my sister" alone does not.
    const along = ALONG_BEFORE.test(before) && !DESCRIBED_BEFORE.test(before);
    const english = match.value === 'age' || !NON_ENGLISH_POSSESSIVE.test(mention);
    const evidence = english
      ? !along && (match.value === 'age' || aboutThem(mention, relation, before, after))
      : aboutThemOther(mention, before, after);
    yield { relation, words: match.words.trim(), evidence, english };
  }
}

/** The writer's own place ("I am the daughter of…") as their relationship to the subject. */
const WRITER_ROLE: Record<string, Relationship> = {
  daughter: 'child',
  son: 'child',
  mother: 'parent',
  mum: 'parent',
  father: 'parent',
  dad: 'parent',
  parent: 'parent',
  wife: 'spouse',
  husband: 'spouse',
  partner: 'spouse',
  friend: 'friend',
  neighbour: 'friend',
  neighbor: 'friend',
};

function relationOf(words: string): Relationship | null {
  const folded = words.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l').replace(/'s$/, '');
  const tokens = folded.split(/[^\p{L}-]+/u).filter(Boolean);
  for (let i = tokens.length - 1; i >= 0; i--) {
    const pair = i > 0 ? `${tokens[i - 1]} ${tokens[i]}` : '';
    const relation = RELATION_OF.get(pair) ?? RELATION_OF.get(tokens[i]!);
    if (relation) return relation;
  }
  return null;
}

/**
 * POLICY.md §2: consent from the subject is not needed when the subject is deceased, lacks
 * capacity, or is a child under 16 (we treat a child whose age is not given as under 16 unless
 * the message says they are an adult, at college or in prison); otherwise consent is needed.
 */
function consentReason(folded: string, relationship: Relationship, words: string[]): SubjectConsentNeededReason {
  const deceased = DECEASED.exec(folded);
  if (deceased) {
    words.push(deceased[0]);
    return 'deceased';
  }
  const capacity = LACKS_CAPACITY.exec(folded);
  if (capacity) {
    words.push(capacity[0]);
    return 'lacks_capacity';
  }
  const explicitAge = EXPLICIT_UNDER_16.exec(folded);
  if (explicitAge && relationship !== 'parent') {
    words.push(explicitAge[0]);
    return 'child_under_16';
  }
  if (relationship === 'parent') {
    const under = UNDER_16.exec(folded);
    if (under) words.push(under[0]);
    if (under || !ADULT.test(folded)) return 'child_under_16';
  }
  return 'consent_needed';
}
