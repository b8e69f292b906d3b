import { compileRules, findMatches, type PhraseRule, type RuleInput } from './phrase-rules.js';

/**
 * Safeguarding (POLICY.md §5: "any safeguarding concern: raise an alert without delay"; §3:
 * "immediate risk to safety or security: immediate response and escalation"). A missed risk is
 * far worse than a false alarm (issue 3), so the phrases lean towards recall; everyday hyperbole
 * ("this wait is killing me", "I could kill for…", "death trap", "dying to know") is not matched
 * because every phrase names a self, a victim or a weapon.
 */
type Concern = 'self_harm' | 'violence' | 'abuse_or_neglect' | 'immediate_danger';

const NOT_IDIOM = '(?! of (?:boredom|embarrassment|laughter|shame|fright|hunger))';

const RULES: PhraseRule<Concern>[] = [
  {
    value: 'self_harm',
    patterns: [
      "\\b(?:kill|killing|hang|hanging|hurt|hurting|harm|harming|cut|cutting|starve|starving|poison|poisoning) (?:my ?self|him ?self|her ?self)\\b",
      '\\bsuicid(?:e|al|ality)\\b(?! (?:prevention|awareness|strategy|training|rates?|statistics|bereavement|support group))',
      "\\b(?:end|ending|take|taking) (?:my|his|her|their) (?:own )?li(?:fe|ves)\\b",
      "\\bend(?:ing)? it all\\b",
      "\\bend it (?:this|tonight|today|tomorrow|now|soon)\\b",
      `(?<!thought i was |felt like i was |like i was |thought i was gonna |i nearly )\\b(?:want|wants|wanted|wanna|wish|going|ready|plan|planning) to die\\b${NOT_IDIOM}`,
      "\\bi (?:want|wish) (?:i (?:was|were) )?dead\\b",
      "\\b(?:do ?n'?t|do not|does ?n'?t|does not) want to (?:live|be alive|be here anymore|wake up|go on)\\b",
      "\\bno (?:point|reason) (?:in )?(?:going on|living|carrying on|to live|to go on)\\b",
      "\\bbetter off (?:dead|without me)\\b",
      "\\b(?:can'?t|cannot) go on\\b",
      "\\bsee no way out\\b",
      "\\bself[- ]?harm",
      "\\boverdos(?:e|ed|ing)\\b",
      "\\b(?:take|taking|swallow|swallowing) (?:them )?all (?:of )?(?:my |the |them )?(?:tablets|pills|medication)?\\s?at once\\b",
      "\\b(?:saved|saving|stockpil\\w*|hoard\\w*) (?:up )?(?:all )?(?:my |the )?(?:tablets|pills|medication)\\b",
      "\\b(?:want|wanted) to say goodbye\\b",
      "\\b(?:this is|this will be) (?:the|my) last (?:message|email|time you)\\b",
      "\\bvoices? (?:\\w+ )?telling me\\b",
      "\\b(?:can'?t|cannot|don'?t) see (?:a|any) (?:way forward|future|point|way out)\\b",
      "\\bdo something stupid\\b",
      "\\bwalk(?:ing)? into the sea\\b", "\\bjump(?:ing)? (?:off|from) (?:a|the) (?:bridge|cliff|roof|pier|building)\\b",
      "\\bdanger to (?:my ?self|him ?self|her ?self|others)\\b",
      "\\bdisappear(?:ing)? (?:forever|for good)\\b",
      "\\b(?:want|wants|wanted) (?:it )?(?:all )?to be over\\b", "\\bit all to be over\\b",
      "\\bstopped taking (?:my|his|her|their) (?:insulin|medication|meds|tablets) on purpose\\b",
      "\\b(?:not|don'?t feel) safe (?:at home|on my own|alone|tonight|in my (?:home|flat|house))\\b",
      "\\b(?:would|'d) rather be dead\\b", "\\bwritten (?:letters|a note) to my\\b",
      "\\bcan'?t cope any ?more\\b",
      // Portuguese, Polish, Romanian, French (folded)
      "(?<!esta a |estao a |estas a )\\bmatar[- ]me\\b", "\\bme matar\\b", "\\bacabar com a (?:minha )?vida\\b", "\\btirar a (?:minha )?vida\\b", "\\bquer(?:o)? morrer\\b", "\\bnao quero (?:mais )?viver\\b", "\\bautomutil",
      "\\bzabic sie\\b", "\\bsie zabic\\b", "\\bzabije sie\\b", "\\bsamoboj", "\\bnie chc(?:e|a|ialbym|ialabym) (?:juz )?zyc\\b", "\\bchc(?:e|a) umrzec\\b", "\\bodebrac sobie zycie\\b", "\\bokalecz", "\\btne sie\\b",
      "\\bsa ma sinucid", "\\bsinucid", "\\bvreau sa mor\\b", "\\bvrea sa moara\\b", "\\bnu mai vreau sa traiesc\\b", "\\bsa-?mi (?:iau|pun capat) (?:viata|zilelor)\\b", "\\bsa imi iau viata\\b",
      "\\bme suicider\\b", "\\ben finir\\b", "\\bveu[xt] mourir\\b", "\\bme tuer\\b", "\\bmettre fin a (?:mes|ma) (?:jours|vie)\\b", "\\bme faire du mal\\b", "\\bscarifi",
    ],
  },
  {
    value: 'violence',
    patterns: [
      "\\b(?:i'?ll|i will|i'?m going to|im going to|i'?m gonna|i swear i'?ll) (?:\\w+ )?(?:kill|hurt|stab|shoot|attack|strangle|punch|beat up|batter|smash) (?:you|him|her|them|someone|somebody|people|everyone|that|the|your|my)\\b",
      "\\b(?:he|she|they|ex|partner|husband|boyfriend|dad|father|stepdad|someone|somebody|prisoners|inmates)(?:'s| is| are| will| would|'ll|'d| says he'?ll| said he'?d| said he would| says he will)? (?:going to |gonna |threatening to |threaten to |threatened to )?(?:kill|hurt|stab|hit) (?:me|us|her|him|them|my)\\b",
      "\\bsmash your (?:\\w+ )?face\\b", "\\bget what'?s coming to (?:you|her|him|them)\\b", "\\bi know (?:which|what) (?:car park|car|house|street|school|bus) (?:you|she|he)\\b",
      "\\bassaulted\\b", "\\bmake (?:his|her|my|their) life hell\\b",
      "\\bburn (?:\\w+ ){0,4}down\\b",
      "\\bwith a (?:knife|gun|machete|hammer|baseball bat|blade)\\b",
      "\\b(?:bring|carry|carrying|have|has|got) a (?:knife|gun|weapon|machete)\\b",
      "\\bwatch your back\\b",
      "\\bi know where (?:you|she|he|they) (?:all )?li?ves?\\b",
      "\\bmake (?:you|her|him|them) (?:all )?pay\\b",
      "\\bknock (?:\\w+ ){0,3}(?:teeth|head|block|lights) (?:out|in|off)\\b",
      "(?<!cost a |costs a |costing a |cost me a )\\bbomb\\b",
      "\\bthreat(?:en|ens|ened|ening)? (?:to )?(?:kill|hurt|harm|me|us|my)\\b",
      "\\bhurt(?:ing)? (?:people|someone|somebody|others)\\b",
      "\\b(?:be )?waiting for (?:you|her|him) outside\\b",
      // Portuguese, Polish, Romanian, French
      "\\bvou (?:te )?matar\\b", "\\bzabije (?:cie|was|go|ja)\\b", "\\bte omor\\b", "\\bva omor\\b", "\\bje vais (?:te|vous|le|la) tuer\\b",
    ],
  },
  {
    value: 'abuse_or_neglect',
    patterns: [
      "\\b(?:sexual(?:ly)?|physical(?:ly)?|domestic|child|elder|financial|emotional) (?:abus\\w*|violence|assault\\w*|exploit\\w*|harass\\w*)\\b",
      "\\babus(?:e|es|ed|ing) (?:me|him|her|them|my|the (?:child|children|kids|residents|patients|prisoners|inmates))\\b",
      "\\bbeing abused\\b",
      "\\b(?:hits|hit|hitting|beats|beat|beating|punches|punched|kicks|kicked|slapped|slaps|slap|grabbed|grabs|strangled|choked|shoved|pushed) (?:me|him|her|them|us|my (?:son|daughter|child|kids|children|mum|mother|wife|baby)|a (?:child|kid|pupil|boy|girl|baby|student)|the (?:child|kid|pupil|boy|girl|baby|student|prisoners|inmates|residents|patients)|prisoners|inmates|residents|patients|children|kids)\\b",
      "\\bhurts? (?:her|him|them) (?:mum|mom|mother|dad|and)\\b",
      "\\bby the (?:neck|throat|hair)\\b",
      "\\b(?:unexplained|covered in|has|had|with|noticed|found) (?:\\w+ )?bruis(?:es|ing)\\b",
      "\\b(?:this is|signs of|child|elder|wilful|serious) neglect\\b",
      "\\bneglect(?:ing|ed)? (?:him|her|them|the (?:child|children|kids|baby)|my (?:mother|father|mum|dad|son|daughter))\\b",
      "\\bleft alone (?:all night|at night|overnight|for (?:hours|days)|most nights)\\b",
      "\\b(?:children|kids|child|baby|toddler|babies)(?: \\w+){0,3} (?:are |is )?left alone\\b",
      "\\b(?:afraid|scared|frightened|terrified) to go home\\b",
      "\\bgroom(?:ed|ing) (?:her|him|children|kids|my)\\b",
      "\\bsend (?:\\w+ )?(?:pictures|photos|images) of (?:herself|himself)\\b",
      "\\bmeet (?:him|her) alone\\b",
      "\\btouch(?:es|ed|ing)? me\\b",
      "\\binappropriate(?:ly)? touch",
      "\\bpressure sores?\\b(?: (?:\\w+ ){0,4}(?:bone|infected|neglect))?",
      "\\bno food (?:for|in) (?:days|the house)\\b",
      "\\bno (?:heating|food) (?:or|and) (?:food|heating)\\b",
      "\\bcrying (?:out )?for (?:water|help|food)\\b",
      "\\bwandering (?:outside|the streets|alone|around)\\b",
      "\\b(?:nobody|no one|noone) noticed (?:he|she|they) (?:was|were|had) gone\\b",
      "\\btaking (?:money|cash) from (?:his|her|their|my)\\b",
      "\\bselling drugs to\\b",
      "\\bguards? (?:are |were )?beating\\b",
      "\\b(?:look|looks|are|is) (?:hungry|starving|malnourished)\\b",
      "\\b(?:partner|husband|boyfriend|ex|stepdad|father|dad) (?:\\w+ )?(?:hits|beats|hurts|abuses|attacks|threatens) (?:me|her|him|us|the kids|the children)\\b",
      "\\bflinch",
      "\\bburns? (?:him|her|them) with\\b", "\\b(?:drag|dragged|dragging|shaking|shook|shoving) (?:an? |the )?(?:little |small |young |elderly |old )?(?:boy|girl|child|kid|pupil|lady|man|woman|resident|patient)\\b",
      "\\b(?:lay|lying|left) on the floor (?:all night|for hours|overnight)\\b", "\\bnobody checked on (?:him|her|them)\\b",
      "\\b(?:stealing|stolen|taking|took) (?:from (?:her|him|them)|(?:her|his|their) (?:bank )?(?:card|money|pension|savings))\\b",
      "\\b(?:1[0-7]|[5-9])[- ]year[- ]old (?:girl|boy|child|kid) (?:\\w+ )?(?:living|sleeping) rough\\b", "\\bliving rough\\b",
      "\\bhaven'?t eaten (?:properly )?(?:in|for) days\\b", "\\bwe have no food\\b", "\\bno food (?:for|to feed) (?:the|my) (?:kids|children|baby)\\b",
      "\\btried to (?:kiss|touch|grab) me\\b", "\\bcom(?:es|ing) into my (?:room|bedroom) (?:at night|without)\\b",
      // Portuguese, Polish, Romanian, French
      "\\bbate-?me\\b", "\\bme bate\\b", "\\bviolencia domestica\\b", "\\babuso sexual\\b", "\\bmaus[- ]tratos\\b",
      "\\bmnie bije\\b", "\\bbije mnie\\b", "\\bprzemoc (?:domowa|w rodzinie)\\b", "\\bmolest",
      "\\bma bate\\b", "\\bviolenta domestica\\b", "\\babuz sexual\\b",
      "\\bme frappe\\b", "\\bviolences? (?:conjugales?|domestiques?)\\b", "\\bmaltrait", "\\babus sexuels?\\b",
    ],
  },
  {
    value: 'immediate_danger',
    patterns: [
      "\\bgas leak\\b", "\\bsmell(?:s|ing)? (?:of )?gas\\b", "\\bcarbon monoxide\\b", "\\bmanhole (?:cover )?(?:is )?missing\\b", "\\bmissing manhole\\b",
      "\\b(?:live|exposed|bare) (?:electrical |electric )?(?:wires?|cables?)\\b", "\\belectrical cables? hanging\\b",
      "\\b(?:ceiling|roof|wall|balcony) (?:is )?(?:collapsing|about to collapse|falling in)\\b",
      "\\bnowhere (?:safe )?to (?:go|sleep|stay|live)(?: tonight| tomorrow)?\\b",
      "\\bon the streets? (?:tonight|tomorrow)\\b", "\\bbe on the streets?\\b",
      "\\bsleeping (?:in (?:my|the|a|our) car|rough|on the streets?)\\b",
      "\\bflee(?:ing)? (?:domestic|abuse|violence|my|an abusive)\\b",
      "\\b(?:going to|will|gonna) die in (?:this|the) cold\\b",
      "\\bnao tenho onde (?:dormir|ficar)\\b", "\\bnie mam gdzie (?:spac|mieszkac)\\b", "\\bnu am unde sa (?:dorm|stau)\\b", "\\bnulle part ou dormir\\b",
    ],
  },
];

/** exported for tests and profiling */
export const COMPILED = compileRules(RULES);

export interface SafeguardingFinding {
  safeguarding: boolean;
  concerns: Concern[];
  words: string[];
}

export function detectSafeguarding(input: RuleInput, prefilter = true): SafeguardingFinding {
  const matches = findMatches(COMPILED, input, prefilter);
  const concerns = [...new Set(matches.map((m) => m.value))];
  return { safeguarding: matches.length > 0, concerns, words: [...new Set(matches.map((m) => m.words.trim()))] };
}
