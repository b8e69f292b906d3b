import type { OutOfScopeReason } from '../../domain/vocabulary.js';
import { compileRules, findMatches, type PhraseRule, type RuleInput } from './phrase-rules.js';

/**
 * Matters the feedback policy does not cover (POLICY.md §4: "refer, explain, record"). One
 * reason per message; when several match, the earlier in PRIORITY wins because it decides where
 * the person is sent (a matter in court goes to the court process even if it is also about a GP).
 * POLICY.md §4: "complaints about the HANDLING of an ongoing [FOI or subject access] request are
 * in scope", so an FOI or SAR match next to words about delay or mishandling is not out of scope.
 */
const PRIORITY: OutOfScopeReason[] = [
  'legal_action',
  'whistleblowing',
  'staff_grievance',
  'police',
  'gp',
  'foi',
  'subject_access',
  'appeal',
  'other',
];

type Signal = OutOfScopeReason | 'employee' | 'employment_matter' | 'wrongdoing' | 'handling';

const RULES: PhraseRule<Signal>[] = [
  {
    value: 'foi',
    patterns: [
      '\\bfreedom of info(?:rmation)?\\b',
      '\\bfoi (?:request|law|act|team)\\b',
      '\\bunder (?:the )?foi\\b',
      '\\ban foi\\b',
      '\\bfoi:',
      '\\bdostep\\w* do informacji\\b',
      '\\bacces(?:ul)? la informat',
      '\\bpedido de acesso a informacao\\b',
      "\\bdemande d'acces a l'information\\b",
      '\\bfoi\\b(?= ?[.!?]|$)',
      '\\bfoi\\b(?=\\))',
      '\\bfoia\\b',
      '\\binformation request\\b',
      '\\brequest for information\\b',
      '\\b(?:lei de )?acesso a informacao\\b',
      '\\bdostep(?:ie|u) do informacji\\b',
      '\\baccesul (?:liber )?la informat',
      "\\b(?:liberte d'information|acces a l'information|acces aux documents administratifs)\\b",
    ],
  },
  {
    value: 'subject_access',
    patterns: [
      '\\bsubject access\\b',
      '\\bsar\\b',
      '\\b(?:a |full )?cop(?:y|ies) of (?:all )?(?:the )?(?:my |his |her |our )?(?:full |personal |\\w+ )?(?:data|information|medical records|health records?|records|file|notes)\\b(?! (?:you sent|attached))',
      '\\baccess to my (?:\\w+ )?(?:records|data|file|notes)\\b',
      '\\bgdpr request\\b',
      '\\bmy personal data\\b',
      '\\b(?:all )?(?:the )?(?:personal )?(?:data|information) (?:that )?(?:you |\\w+ )?(?:hold|holds|held|keep|have) (?:about|on) me\\b',
      '\\brecords under (?:the )?data protection\\b',
      '\\b(?:everything|all)(?: the \\w+)? (?:that )?(?:you|your department) (?:hold|have|keep) (?:on|about) me\\b',
      '\\b(?:my right|rights?) under (?:the )?data protection\\b',
      '\\b(?:information|data|records) (?:that )?(?:you )?(?:have|hold|keep) (?:on file )?(?:about|on) me\\b',
      '\\bdata subject access\\b',
      '\\bunder (?:the )?data protection (?:law|act|\\(jersey\\))',
      '\\bcopia (?:de )?(?:todos )?(?:os )?(?:meus )?dados\\b',
      '\\bkopi\\w* (?:wszystkich )?(?:moich )?danych\\b',
      '\\bcopie a (?:tuturor )?(?:datelor|date)\\b',
      '\\bcopie de (?:toutes )?(?:mes )?donnees\\b',
    ],
  },
  {
    value: 'appeal',
    patterns: [
      "(?<!(?:don'?t|do not|not|no) )\\b(?:want|wish|like|going|intend|intending|how (?:do|can) i|right|able|decided) to (?:appeal|challenge|contest|dispute|object to)\\b",
      '\\b(?:challenge|appeal|contest|dispute) (?:it|that|this)\\b(?= ?[?.!]|$)',
      '\\bformally object\\b',
      '\\breconsider (?:the|your|this|my) (?:\\w+ )?decision\\b',
      "(?<!not |not to |n't )\\bappeal(?:ing)? (?:against|the|this|my|a|our|her|his|it)\\b",
      '\\b(?:contest|contesting|challenge|challenging|dispute|disputing|object to|overturn) (?:the|this|my|a|our|that) (?:\\w+ ){0,3}(?:fine|decision|notice|pcn|assessment|penalty|charge|refusal|ticket)\\b',
      '\\bdecision (?:to be )?(?:reviewed|reconsidered|overturned)\\b',
      '\\b(?:want|like) (?:it|the decision|this) (?:reviewed|reconsidered|overturned)\\b',
      '\\bdisagree with (?:the|this|your|their) (?:\\w+ ){0,2}decision\\b',
      '\\bcancel (?:the|this|my) (?:parking )?(?:fine|penalty|ticket|pcn)\\b',
      '\\bparking charge notice\\b',
      '\\b(?:parking )?fine appeal\\b',
      '\\bappeal(?:ing)? (?:against )?(?:a|the|my|this) (?:parking )?(?:fine|ticket|penalty|pcn)\\b',
      '\\brecorrer d[aoe]\\b',
      '\\bodwola(?:c|nie) (?:sie )?od\\b',
      '\\bodwolac sie\\b',
      '\\bsa contest\\b',
      '\\bcontest (?:amenda|decizia)\\b',
      '\\bcontester (?:l|la|le|cette)\\b',
      '\\bfaire appel\\b',
    ],
  },
  {
    value: 'police',
    patterns: [
      '\\bpolice (?:officer|officers|constable|man|woman|men|women|sergeant)\\b',
      '\\bstates of jersey police\\b',
      '\\bhonorary police\\b',
      '\\b(?:complain|complaint) (?:about|against) (?:the |a )?polic',
      "\\bthe police (?:never|did ?n'?t|did not|took|refused|ignored|were rude|were aggressive|won'?t)\\b",
      '\\bpc [a-z]+\\b(?= (?:who|was|refused|said|has))',
      '\\bcoppers?\\b',
      "\\bpolice (?:\\w+ ){0,4}(?:did nothing|never came|never investigated|didn'?t come|laughed)\\b",
      '\\bpolice officers?\\b',
      '\\bi was arrested\\b',
      '\\b(?:searched|stopped|arrested|detained|handcuffed|questioned|stopped and searched) by (?:the )?police\\b',
      '\\b(?:um|o) policia\\b',
      '\\bpolicjant',
      '\\bpolitist',
      '\\bun policier\\b',
      '\\bcontre (?:un|le) policier\\b',
    ],
  },
  {
    value: 'gp',
    patterns: [
      '\\bgp (?:surgery|practice|receptionist|practise)\\b',
      "\\bdoctor'?s surgery\\b",
      '\\b(?:my|the|our) doctor at (?:the |my |our )?(?:\\w+ )?(?:health centre|medical centre|surgery|practice)\\b',
      '\\bdoctor at (?:my|the|our) (?:gp |local )?surgery\\b',
      '\\bthe gp (?:i saw|who)\\b',
      '\\bmedical centre\\b',
      "\\b(?:my|our|the) (?:gp|family doctor|family gp)\\b (?:\\w+ ){0,2}(?:refus\\w*|misdiagnos\\w*|won'?t|wouldn'?t|didn'?t|did not|was rude|is rude|charged|prescribed|never|barely|ignored|struck|removed)",
      '\\b(?:complain|complaint) about (?:the |my |our )?(?:gp|family doctor)\\b',
      '\\bthe gp at\\b',
      '\\bour family doctor\\b',
      // access to a GP is the GP's matter (POLICY.md §4: complaints about GPs)
      '\\b(?:get|getting|book|booking) (?:a |an )?gp appointment\\b',
      '\\bmedico de familia\\b',
      '\\blekarz rodzinny\\b',
      '\\bmedicul (?:meu )?de familie\\b',
      '\\bmedecin traitant\\b',
    ],
  },
  {
    value: 'whistleblowing',
    patterns: [
      '\\bwhistle ?-?blow',
      '\\bblow the whistle\\b',
      '\\bpublic interest disclosure\\b',
      '\\breport,? (?:confidentially|anonymously|in confidence)\\b',
      '\\b(?:confidentially|anonymously) report\\b',
    ],
  },
  {
    value: 'staff_grievance',
    patterns: ['\\bgrievance\\b', '\\braise a grievance\\b'],
  },
  {
    value: 'employee',
    patterns: [
      '\\bi (?:work|am employed|have worked) (?:in|for|at) (?:the )?(?:\\w+ ){0,3}(?:department|hospital|school|government|states|procurement|infrastructure|health|social security|tax office|prison|team)\\b',
      "\\b(?:as an?|i am an?|i'?m an?) (?:\\w+ ){0,2}(?:employee|member of staff|staff member|civil servant)\\b",
      "\\b(?:as an?|i am an?|i'?m an?) (?:nurse|teacher|doctor|porter|cleaner|officer|social worker|midwife|paramedic|firefighter|prison officer|bus driver) (?:at|in|for|with|and)\\b",
      "\\b(?:as an?|i am an?|i'?m an?) (?:nurse|teacher|doctor|porter|cleaner|social worker|midwife|paramedic|firefighter|prison officer|bus driver|healthcare assistant|teaching assistant|civil servant|tax officer|housing officer)\\b",
      '\\bmy (?:line manager|employer|watch manager|head of department)\\b',
      '\\bemployed by\\b',
      "\\bi'?ve worked (?:for|at|in) the\\b",
      '\\bmy contract with the states\\b',
      '\\bas a government employee\\b',
      '\\byears of service\\b',
      '\\bin my department\\b',
      '\\bmy colleagues\\b',
    ],
  },
  {
    value: 'employment_matter',
    patterns: [
      '\\bdenied (?:annual )?leave\\b',
      '\\bflexible working\\b',
      '\\bovertime\\b',
      '\\bbeing bullied\\b',
      '\\b(?:my )?(?:line |watch )?manager\\b',
      '\\brota\\b',
      "\\b(?:not been |wasn't |been under)?paid correctly\\b",
      '\\bpromotion\\b',
      '\\bcontract\\b',
      '\\bbullying me\\b',
      '\\bhr\\b',
      '\\bdisciplinary\\b',
      '\\bsalary\\b',
      '\\bdismiss',
      '\\bterminated\\b',
      '\\bpayroll\\b',
      '\\bmanagement ignore',
    ],
  },
  {
    value: 'wrongdoing',
    patterns: [
      '\\bfraud',
      '\\bcorrupt',
      '\\bwrongdoing\\b',
      '\\baltered\\b',
      '\\bfalsif',
      '\\bsigned off\\b',
      '\\bnever (?:done|happens?|carried out)\\b',
      '\\bconfidentially\\b',
      '\\bcover(?:ed|ing)? (?:it )?up\\b',
      '\\bmisconduct\\b',
      '\\bbrib',
      "\\bmanager'?s relative\\b",
      '\\braise a concern\\b',
      '\\bafraid for my job\\b',
      '\\bawarded to (?:friends|family|relatives)\\b',
      '\\bfriends of the (?:director|manager|minister|head)\\b',
      '\\bwithout my name\\b',
      '\\banonymous(?:ly)?\\b',
      '\\bin confidence\\b',
      '\\bwhat will happen to me\\b',
      '\\bchanging (?:exam )?(?:grades|results|records)\\b',
      '\\baccessing (?:\\w+ ){0,2}records\\b',
    ],
  },
  {
    value: 'legal_action',
    patterns: [
      '\\blegal (?:proceedings|action|claim|case)\\b',
      '\\b(?:taking|take|took|taken) (?:you|the states|the government|them|it|\\w+) to court\\b',
      '\\b(?:sue|suing) (?:you|the|them|andium|\\w+ for)\\b',
      '\\broyal court\\b',
      '\\btribunal\\b',
      '\\bcourt (?:case|ruled|hearing|proceedings)\\b',
      '\\bwith my (?:solicitor|lawyer)\\b',
      '\\bmy (?:solicitor|lawyer) (?:has|is|have)\\b',
      '\\bissued a claim\\b',
      '\\bjudicial review\\b',
      '\\bgoing to court\\b',
      '\\bsee you in court\\b',
      '\\binstructed a (?:lawyer|solicitor)\\b',
      '\\bprocesso (?:judicial|em tribunal)\\b',
      '\\bw sadzie\\b',
      '\\bproces in instanta\\b',
      '\\bau tribunal\\b',
    ],
  },
  {
    value: 'other',
    patterns: [
      '\\b(?:complain|complaint) (?:about|against) (?:deputy|senator|constable|a states member|the states member|a minister|minister)\\b',
      "\\b(?:complain|complaint) (?:about|against) (?:my |our |the |a )?(?:deputy|senator|constable|states member|minister)(?:'s)?\\b",
      '\\bconduct of (?:a |the )?(?:states member|deputy|senator|minister|constable)\\b',
      '\\bcode of conduct\\b',
      '\\bdeputy\\b.{0,60}\\bvot(?:ed|e|ing)\\b',
      '\\bviscount',
      '\\bjudicial greffier\\b',
      '\\bgreffier',
      '\\battorney general',
      '\\bsolicitor general\\b',
      '\\blaw officers',
      '\\bcrown officer',
      '\\bbailiff\\b',
      '\\bprivate (?:patient|clinic|healthcare|hospital|treatment)\\b',
      '\\bprivate (?:consultant|doctor|dentist|surgeon|wing)\\b',
      '\\btrading standards\\b',
      '\\bhealth and safety inspectorate\\b',
      '\\b(?:response|responding) to (?:the |your )?consultation\\b',
      '\\bmy response to\\b',
      '\\balready (?:been )?formally investigated\\b',
      '\\b(?:already|previously) (?:been )?through (?:your |the )?formal\\b',
      '\\bstates assembly\\b',
      '\\bminister for [a-z]+\\b',
      '\\bformally investigated (?:last|and closed|already)\\b',
    ],
  },
  {
    value: 'handling',
    patterns: [
      '\\b(?:no|not|never) (?:even )?(?:had |received |got |been given )?(?:a |an |any )?(?:response|reply|answer|acknowledg\\w*)\\b',
      '\\bday \\d+\\b',
      "\\bstill (?:haven'?t|not|hasn'?t) (?:been )?(?:sent|received|had|answered|replied)\\b",
      '\\bwell past\\b',
      '\\bworking days since\\b',
      '\\bwould take \\d+ days\\b',
      '\\bdeadline\\b',
      '\\bincomplete\\b',
      '\\bblacked out\\b',
      '\\bignor(?:ed|ing)\\b',
      '\\boverdue\\b',
      '\\bpast the (?:legal |statutory )?(?:limit|deadline|time)\\b',
      '\\bbreaks? the\\b',
      '\\b(?:working )?days ago\\b',
      '\\bmonths? ago\\b',
      '\\bstill waiting\\b',
      '\\bclosed (?:it )?without\\b',
      '\\bwrong (?:year|figures|data|documents|person)\\b',
      "\\bwon'?t (?:answer|reply|respond|tell)\\b",
      '\\brefused to (?:answer|respond)\\b',
      '\\bhandl(?:ed|ing)\\b',
      '\\b(?:only|half) (?:got|received|sent|the)\\b',
      '\\bportal\\b',
      "\\bcan'?t (?:log|download|access|open)\\b",
      "\\bwon'?t let me\\b",
      "\\bhaven'?t (?:had|received|heard)\\b",
      '\\bhas not been answered\\b',
      '\\bnot (?:been )?answered\\b',
      '\\bredact',
      "\\bsomeone else'?s (?:name|details|data)\\b",
    ],
  },
];

/** exported for tests and profiling */
export const COMPILED = compileRules(RULES);

export interface OutOfScopeFinding {
  outOfScope: OutOfScopeReason | null;
  words: string[];
}

export function detectOutOfScope(input: RuleInput, prefilter = true): OutOfScopeFinding {
  const matches = findMatches(COMPILED, input, prefilter);
  const byValue = new Map<Signal, string[]>();
  for (const match of matches) byValue.set(match.value, [...(byValue.get(match.value) ?? []), match.words.trim()]);
  const has = (signal: Signal) => byValue.has(signal);

  const candidates = new Map<OutOfScopeReason, string[]>();
  for (const reason of PRIORITY) if (has(reason)) candidates.set(reason, byValue.get(reason)!);
  // Staff matters (POLICY.md §4 "staff grievances; whistleblowing") are recognised from the
  // writer saying they are an employee plus what they raise.
  if (has('employee') && has('wrongdoing'))
    candidates.set('whistleblowing', [...byValue.get('employee')!, ...byValue.get('wrongdoing')!]);
  else if (has('employee') && has('employment_matter'))
    candidates.set('staff_grievance', [...byValue.get('employee')!, ...byValue.get('employment_matter')!]);
  // "My GP referred me and the hospital lost it" is about the hospital, not the GP.
  if (candidates.has('gp') && /\b(?:referral|referred)\b/.test(input.folded) && /\bhospital\b/.test(input.folded))
    candidates.delete('gp');
  // A complaint about how an FOI or subject access request was handled is in scope.
  if (has('handling')) {
    candidates.delete('foi');
    candidates.delete('subject_access');
  }
  for (const reason of PRIORITY) {
    const words = candidates.get(reason);
    if (words) return { outOfScope: reason, words: [...new Set(words)] };
  }
  return { outOfScope: null, words: [] };
}
