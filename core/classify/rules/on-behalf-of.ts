import type { Relationship, SubjectConsentNeededReason } from '../../domain/vocabulary.js';
import { compileRules, findMatches, type PhraseRule, type RuleInput } from './phrase-rules.js';

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
    'mother|mum|mom|mam|mummy|father|dad|daddy|parents|stepmother|stepfather|stepmum|stepdad|mae|pai|pais|mama|mame|mamy|mamie|matka|matki|matke|tata|taty|tate|tacie|ojciec|ojca|rodzice|rodzicow|mamei|tatal|tatalui|parintii|mere|pere',
  ],
  [
    'spouse',
    'wife|husband|partner|spouse|hubby|missus|marido|mulher|esposa|maz|meza|mezowi|zona|zony|zone|sotul|sotului|sotia|sotiei|mari|epouse',
  ],
  [
    'relative',
    'brother|sister|grandmother|grandfather|gran|granny|grandma|grandad|granddad|grandpa|nan|nana|nanna|aunt|auntie|uncle|cousin|nephew|niece|grandson|granddaughter|grandchild|grandchildren|grandkids|mother-in-law|father-in-law|brother-in-law|sister-in-law|irmao|irma|avo|avos|tio|tia|sobrinho|sobrinha|neto|neta|brat|brata|siostra|siostry|siostre|babcia|babci|babcie|dziadek|dziadka|ciocia|wujek|fratele|sora|bunica|bunicii|bunicul|matusa|unchiul|frere|soeur|grand-mere|grand-pere|tante|oncle|neveu|niece',
  ],
  [
    'friend',
    'friend|best friend|neighbour|neighbor|amigo|amiga|vizinho|vizinha|przyjaciel|przyjaciolka|kolega|kolezanka|sasiad|sasiadka|sasiadki|sasiadce|prieten|prietena|vecin|vecina|vecinei|ami|amie|voisin|voisine',
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
const POSSESSIVE_BEFORE = '(?:my|our|minha|meu|minhas|meus|moj|moja|moje|mojej|mojego|mojemu|moich|moim|mon|ma|mes|notre|nos)';
const POSSESSIVE_AFTER = '(?:meu|mea|mele|mei|nostru|noastra)';

type Signal = Relationship | 'mention' | 'mention_ro' | 'age' | 'explicit';

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
    ],
  },
  {
    value: 'states_member',
    patterns: [
      '\\bconstituents?\\b',
      '\\bparishioners?\\b',
      "\\b(?:as|i am|i'?m) (?:the |a )?(?:deputy|senator|constable|states member)\\b",
      '^deputy here\\b',
      '\\bdeputy here\\b',
    ],
  },
  {
    value: 'advocate',
    patterns: [
      "\\b(?:i am|i'?m|as) (?:an? |the |their |his |her )?(?:independent )?(?:\\w+ ){0,2}advocate\\b",
      '\\badvocacy (?:service|worker|officer)\\b',
    ],
  },
  {
    value: 'carer',
    patterns: [
      "\\b(?:i am|i'?m|as) (?:the |her |his |their |a |an )?(?:full[- ]time |main |paid |unpaid |live[- ]in |foster )?carer\\b",
      '\\bi care for\\b',
      '\\bi look after (?:my|her|him|mr|mrs)\\b',
    ],
  },
  {
    value: 'organisation',
    patterns: [
      "\\bon behalf of (?:the |our )?(?:[a-z'.&-]+ ){0,5}(?:association|charity|trust|society|group|foundation|hostel|mencap|citizens advice|shelter|salvation army|company|ltd|limited|club|committee|union|network|centre|center|residents|concern|voice|mind|refuge|hospice|futures|jersey)\\b",
      '\\bwe are a (?:charity|organisation|organization|company|group|support|local)\\b',
      '\\ba (?:resident|client|member|tenant|service user|patient) of ours\\b',
      "\\bi work for (?:the )?[a-z' ]{0,30}(?:trust|charity|association|society|foundation|centre|service|refuge)\\b",
      "\\bi'?m writing from\\b",
      '\\bone of our (?:members|residents|clients|service users|tenants)\\b',
      '\\bon behalf of (?:a|one of our) (?:resident|member|client|tenant|service user)\\b',
      '\\bem nome da (?:associacao|instituicao)\\b',
      '\\bw imieniu (?:stowarzyszenia|fundacji|organizacji)\\b',
      '\\bin numele asociatiei\\b',
      "\\bau nom de l'association\\b",
    ],
  },
  {
    value: 'explicit',
    patterns: [
      '\\bon behalf of\\b',
      '\\bon (?:my|his|her|their) (?:\\w+ ){0,2}behalf\\b',
      '\\basked me to (?:write|contact|complain|email|raise|get in touch|sort|help|chase|ring|call|phone)\\b',
      "\\b(?:can'?t|cannot|unable to) complain (?:him|her|them)self\\b",
      "\\bso i'?m (?:doing it|writing)\\b",
      '\\bwants me to (?:write|complain|contact)\\b',
      '\\bem nome d[oa]\\b',
      '\\bw imieniu\\b',
      '\\bin numele\\b',
      '\\bau nom de\\b',
    ],
  },
  {
    value: 'mention',
    patterns: [
      `\\b${POSSESSIVE_BEFORE} (?:[\\w-]+ ){0,3}?(?:${FAMILY_WORDS})(?:'s)?\\b`,
      `\\b(?:helping|for|representing) (?:a|an|my) (?:\\w+ )?(?:${FAMILY_WORDS})\\b(?! and i\\b)`,
      `(?<=^|[.!?]\\s+)(?:mum|dad|mom|mummy|daddy|grandma|grandad)\\b(?! and i\\b)`,
    ],
  },
  { value: 'mention_ro', patterns: [`\\b(?:${FAMILY_WORDS}) ${POSSESSIVE_AFTER}\\b`] },
  {
    value: 'age',
    patterns: ['\\b(?:my|our) \\d{1,2}[- ]?(?:year|yr)s?[- ]?old\\b', '\\b(?:my|our) (?:little|youngest|eldest|oldest|baby)\\b'],
  },
];
/** exported for tests and profiling */
export const COMPILED = compileRules(RULES);

// After a family mention, these mean the writer speaks for themselves ("my husband drove me").
const NOT_ABOUT_THEM_AFTER =
  /^(?:'s)?\s*(?:and i\b|and me\b|& i\b|and myself\b|(?:\w+ )?(?:helped|helps|drove|took|brought|set up|came with|went with|showed|reminded) (?:me|us|my)\b|(?:mnie bije|me frappe|bate-?me|ma bate)|tried to help|always said|told me about|works? (?:on|at|in|for) |recommended|suggested|thinks|who helped|is a (?:nurse|teacher|doctor)|(?:\w+ ){0,2}(?:hits|beats|hurts|threatens|abuses|attacks|punched|kicked|hit) (?:me|us)\b|,? is (?:very )?(?:controlling|violent|abusive)\b|(?:\w+ ){0,2}(?:threaten\w*|ameac\w*|grozi\w*|m-a amenintat|a menace)\b|(?:\s*\w+){1,5} for me\b|was born|last week and the midwives)/;
// Before a family mention: "me and my kids", "with my sister", "visiting my aunt".
const NOT_ABOUT_THEM_BEFORE =
  /(?:\b(?:one|some|two|three|all) of the (?:\w+ )?(?:children|kids|pupils|boys|girls|students|parents|patients|residents) (?:in|at|from|on)|\bme and|\bmoi et|\bmim e para|\bmim e|\bsiebie i|\bwith|\bvisiting|\bvisit|\bbring|\bbrought|\bdelivered|\bhad|\b(?:a|another|one) (?:\w+ )?(?:boy|girl|child|pupil|kid|student|parent|teacher)s? (?:in|at|from|of))\s+$/;
// A possessive followed by another person ("my neighbour's child") is about that person.
const THIRD_PARTY_AFTER =
  /^'s\s+(?:child|children|kids?|son|daughter|baby|dog|cat|husband|wife|partner|boyfriend|girlfriend|stepdad|dad|mum|father|mother)\b/;

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

export interface OnBehalfFinding {
  onBehalfOf: Relationship | null;
  subjectConsentNeededReason: SubjectConsentNeededReason | null;
  words: string[];
  /** the writer said so (a role, "on behalf of", "asked me to"), not only named a relative */
  explicit: boolean;
}

export function detectOnBehalfOf(input: RuleInput, prefilter = true): OnBehalfFinding {
  const { folded } = input;
  const matches = findMatches(COMPILED, input, prefilter);
  let relationship: Relationship | null = null;
  const words: string[] = [];
  const explicit = matches.some((m) => m.value === 'explicit');

  let byRole = false;
  // 1. A role the writer names (solicitor, States member, advocate, carer, organisation).
  for (const role of ['legal_representative', 'states_member', 'advocate', 'carer', 'organisation'] as const) {
    const found = matches.find((m) => m.value === role);
    if (found) {
      relationship = role;
      byRole = true;
      words.push(found.words.trim());
      break;
    }
  }
  // 2. A family member or friend the message is about. A household complaint ("the mould in
  // our flat is making my children ill") is the writer's own, even when it names the children.
  const household = HOUSEHOLD.test(folded);
  if (!relationship) {
    for (const match of matches) {
      if (match.value !== 'mention' && match.value !== 'mention_ro' && match.value !== 'age') continue;
      const end = match.index + match.words.length;
      const after = (match.words.endsWith("'s") ? "'s" : '') + folded.slice(end, end + 40);
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
      relationship = relation;
      words.push(match.words.trim());
      break;
    }
  }
  // "On behalf of Mrs Le Brun": representing someone whose relationship is not stated.
  if (!relationship && explicit) relationship = 'friend';
  if (!relationship) return { onBehalfOf: null, subjectConsentNeededReason: null, words: [], explicit: false };
  const explicitMatch = matches.find((m) => m.value === 'explicit');
  if (explicit && explicitMatch) words.unshift(explicitMatch.words.trim());
  return {
    onBehalfOf: relationship,
    subjectConsentNeededReason: consentReason(folded, relationship, words),
    words: [...new Set(words)],
    explicit: explicit || byRole,
  };
}

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
