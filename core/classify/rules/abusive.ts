import { compileRules, findMatches, type PhraseRule, type RuleInput } from './phrase-rules.js';

/**
 * Abusive, threatening, discriminatory or offensive language aimed at staff (POLICY.md §5:
 * "staff protection; contact may be restricted … instances are recorded and reported").
 * Frustration is not abuse (issue 3): "useless service", "disgraceful", "bloody joke",
 * "pathetic communication" are complaints. We flag insults aimed at people, strong profanity,
 * threats and discriminatory remarks.
 */
type Kind = 'insult' | 'profanity' | 'threat' | 'discrimination';

const INSULT_NOUNS =
  'idiots?|morons?|imbeciles?|cretins?|scum|scumbags?|parasites?|cows?|bitch(?:es)?|bastards?|pricks?|muppets?|clowns?|retards?|wankers?|twats?|tossers?|thieves|crooks?|weasels?|pigs?|vermin|lowlifes?|dickheads?|arseholes?|assholes?|numpties|halfwits?|simpletons?|jobsworths?|little hitler|butcher|gits?|slobs?|leeches|bloodsuckers|drones|perverts?|prats?|thugs?|witch(?! hunt)';

const RULES: PhraseRule<Kind>[] = [
  {
    value: 'insult',
    patterns: [
      // Anchored on the insult (rare words) with the target before it, so the common words
      // ("you", "are") do not make the pattern run on every message.
      `(?<=\\b(?:you|you'?re|your|ur|you lot|you people|all of you|staff|he'?s|she'?s|he is|she is|they'?re|they are|is an?|are|bunch of|lot of|pack of|load of|band of|nest of|stupid|useless|lazy|fat|thick|thieving|corrupt|incompetent|little|absolute|complete|total|utter|pathetic|bloody|fucking|f\\*+ing) (?:\\w+ ){0,2})(?:${INSULT_NOUNS})\\b`,
      `\\b(?:${INSULT_NOUNS})\\b(?= (?:who|that|at|on|in|behind|can'?t|couldn'?t|should|shouldn'?t))`,
      '\\b(?:absolute|complete|total|utter|stupid|useless) idiot\\b',
      '\\bidiot\\b',
      '\\bidiots\\b',
      '\\bpricks?\\b',
      '\\blittle hitler\\b',
      '\\bgits\\b',
      '\\bbrainless\\b',
      '\\bbrain ?dead\\b',
      '\\bmorons?\\b',
      '\\bretarded\\b',
      '\\bscum\\b',
      '\\bthick as (?:two short planks|mince|shit)\\b',
      '\\bpathetic excuse for a (?:human|person|man|woman)\\b',
      '\\bwaste of (?:space|oxygen|skin)\\b',
      '\\bdisgrace to the human race\\b',
      '\\b(?:you|you people|you lot) are (?:all )?worthless\\b',
      '\\bhope (?:you|she|he|they) (?:all )?(?:rot|die|burn|suffer|get sacked|lose (?:your|her|his|their) jobs?)\\b',
      '\\bget off your (?:fat |lazy )?(?:arses|asses|backsides|butts)\\b',
      '\\bget off (?:her|his|their) (?:fat |lazy )?(?:arses?|ass(?:es)?|backsides?|butts?)\\b',
      '\\bgo f(?:\\*+|uck|\\.)? yourself\\b',
      '\\bfat slob\\b',
      '\\b(?:inuteis|ladroes|ladrao)\\b',
      '\\bva(?:o|i) para o (?:inferno|caralho)\\b',
      '\\b(?:darmozjad\\w*|zlodzie\\w*|zlodziei)\\b',
      '\\bidz(?:cie)? do diabla\\b',
      '\\b(?:hoti|hotilor|hotii)\\b',
      '\\b(?:duceti-?va|du-?te)\\b.{0,10}\\bdracului\\b',
      '\\bvoleurs\\b',
      '\\bincapables\\b',
      '\\ball(?:ez|er) au diable\\b',
      "(?<!could |i'd |would )\\bkill (?:the next|whoever|anyone|somebody|someone|everyone|all of you|you all)\\b",
      '\\bfind out where (?:you|she|he|they) li?ves?\\b',
      '\\bhurt you\\b',
      '\\bprats?\\b',
      '\\bthugs\\b',
      '\\bspiteful witch\\b',
      '\\bnasty piece of work\\b',
      '\\bneeds a slap\\b',
      '\\bpervert\\b',
      '\\bshove (?:it|your \\w+) up\\b',
      '\\bup your arse\\b',
      '\\bshut up\\b',
      // Portuguese, Polish, Romanian, French
      '\\b(?:uns |umas |seus? |suas? )?(?:idiotas?|incompetentes de merda|parasitas|estupid[oa]s?|burr[oa]s?|vacas?|cabr[aoõ]\\w*|filh[oa]s? da puta)\\b',
      '\\b(?:idioci|idiota|idiotka|debil\\w*|kretyn\\w*|glupia krowa|glupi\\w* (?:baba|krowa|idiota)|nierob\\w*|pasozyt\\w*|zlodzieje)\\b',
      '\\b(?:idiotilor|idioti|idiotule|prost(?:ii|ilor|ule|ul)?|proasta|vaca|nesimtit\\w*|lenes\\w*|hoti|hotilor)\\b',
      '\\b(?:connards?|connasses?|conne|abrutis?|salopes?|encules?|batards?|imbeciles?|idiots?)\\b',
    ],
  },
  {
    value: 'profanity',
    patterns: [
      '\\bfuck\\w*',
      '\\bfuuu*c+k+\\w*',
      '\\bfuc+k+\\w*',
      '\\bf[*#@]+(?:k|ck|ing|in)?\\w*',
      '\\bfck\\w*',
      '\\bfcuk\\w*',
      '\\bcunts?\\b',
      '\\bc\\*+nts?\\b',
      '\\bmotherf\\w*',
      '\\bbullshit\\b(?= (?:you|from you))',
      '\\bkurw\\w*',
      '\\bpierdol\\w*',
      '\\bjeb\\w*',
      '\\bchuj\\w*',
      '\\bspierdal\\w*',
      '\\bputa que (?:vos |te )?pariu\\b',
      '\\bfoda-?se\\b',
      '\\bvai-?te foder\\b',
      '\\bcaralho\\b',
      '\\bdracu sa (?:va|te) ia\\b',
      '\\bmuie\\b',
      '\\bpula mea\\b',
      '\\bfut(?:u|e)-?(?:te|va|ti)\\b',
      '\\ballez vous faire foutre\\b',
      '\\bva te faire foutre\\b',
      '\\bputain\\b',
      '\\bbordel de merde\\b',
      '\\bnique\\w*',
    ],
  },
  {
    value: 'threat',
    patterns: [
      '\\bwatch your back\\b',
      '\\bi know where (?:you|she|he|they) (?:all )?li?ves?\\b',
      "\\b(?:i'?ll|i will|i'?m going to|going to) (?:\\w+ )?(?:kill|hurt|stab|shoot|smash|punch|batter|get|find|deal with|sort) (?:you|her|him|them|that|your)\\b",
      '\\bknock (?:\\w+ ){0,3}(?:teeth|head|block|lights) (?:out|in|off)\\b',
      // the writer's threat, not one they report ("he said he'd burn it down with us inside")
      "(?<!\\b(?:he|she|they)(?:'d|'ll| would| will| is going to| threatened to) )\\bburn (?:\\w+ ){0,4}down\\b",
      "\\b(?:i'?ll|i will|i'?m|come|coming) [^.!?]{0,40}with a (?:knife|gun|machete|hammer|baseball bat)\\b",
      '\\bmake (?:you|her|him|them) (?:all )?pay\\b',
      '\\b(?:be )?waiting for (?:you|her|him) outside\\b',
      "\\byou'?ll (?:regret|be sorry)\\b",
      '\\bput (?:someone|somebody|you|him|her|them) in (?:hospital|the hospital|a wheelchair|the ground)\\b',
      "\\b(?:i'?ll|i will) be waiting outside\\b",
      '\\bshotgun\\b',
      '\\bnot afraid to use it\\b',
      '\\b(?:tend to|might|may|could) have (?:an )?accidents?\\b',
      '\\bwatch yourself\\b',
      '\\bcome (?:down|in|round|over) (?:there|here)?\\s?(?:\\w+ ){0,3}and someone (?:is going to|will|is gonna) get hurt\\b',
      "\\bi'?ll tell everyone where (?:he|she|you|they) li?ves?\\b",
      "\\bget what'?s coming to (?:you|her|him|them)\\b",
      '\\bi know (?:which|what) (?:car park|car|house|street|school|bus) (?:you|she|he)\\b',
      '\\bsmash your (?:\\w+ )?face\\b',
      '\\bvou (?:te )?matar\\b',
      '\\bzabije (?:cie|was|go|ja)\\b',
      '\\bte omor\\b',
      '\\bje vais (?:te|vous|le|la) (?:tuer|frapper)\\b',
    ],
  },
  {
    value: 'discrimination',
    patterns: [
      '\\bgo back to (?:your|their|her|his) (?:own )?country\\b',
      "\\b(?:foreign|foreigner|immigrant)s? (?:\\w+ ){0,4}(?:give the job to a local|can'?t (?:even )?speak|should(?:n'?t)? be)\\b",
      '\\bgive (?:the|these|their) jobs? to (?:a )?locals?\\b',
      '\\bforeigners?\\b.{0,80}\\blocals?\\b',
      '\\bneed locals\\b',
      '\\b(?:bloody|these|typical|damn|foreign) (?:immigrants|foreigners)\\b',
      '\\bemploy foreigners\\b',
      '\\bgo back home\\b',
      '\\b(?:polish|portuguese|romanian|french|foreign|black|paki|indian|asian) (?:\\w+ )?(?:idiot|moron|scum|bitch|cow|pig)s?\\b',
      '\\b(?:paki|pakis|wog|wogs|chink|chinks|gypo|gyppo|pikey|nigg\\w*|n1gg\\w*|fag|faggot|dyke|tranny)\\b',
    ],
  },
];

/** exported for tests and profiling */
export const COMPILED = compileRules(RULES);

export interface AbusiveFinding {
  abusive: boolean;
  kinds: Kind[];
  words: string[];
}

/** "Spoke to me as if I were stupid" describes how the writer was treated; it insults no one. */
const SELF_COMPARISON =
  /(?:\blike (?:i was|i were|i'?m|i am|an?|some)|\bas if (?:i was|i were|i'?m|i am)|\bas though i|\bcomo se (?:eu )?(?:fosse|fossemos)|\bcomme si j'?(?:etais|etait)|\bcomme un|\bca (?:unui|un|pe un)|\bjak do|\bjakbym (?:byl|byla)|\bjak)\s+(?:\w+\s+)?$/;

export function detectAbusive(input: RuleInput, prefilter = true): AbusiveFinding {
  const matches = findMatches(COMPILED, input, prefilter).filter(
    (m) => m.value !== 'insult' || !SELF_COMPARISON.test(input.folded.slice(Math.max(0, m.index - 30), m.index)),
  );
  return {
    abusive: matches.length > 0,
    kinds: [...new Set(matches.map((m) => m.value))],
    words: [...new Set(matches.map((m) => m.words.trim()))],
  };
}
