import { I_WILL, compileRules, findMatches, spellApostrophes, type PhraseRule, type RuleInput } from './phrase-rules.js';

/**
 * Abusive, threatening, discriminatory or offensive language aimed at staff (POLICY.md §5:
 * "staff protection; contact may be restricted … instances are recorded and reported").
 * Frustration is not abuse (issue 3): "useless service", "disgraceful", "bloody joke",
 * "pathetic communication", "this is f***ing ridiculous" are complaints: swearing counts only
 * when it is aimed at people ("f*** off", "you f***ing idiots"). We flag insults aimed at people,
 * threats the writer makes (not threats they report: "my ex said he'd kill me" is a
 * safeguarding matter) and discriminatory remarks. Censored words ("b***h", "c**t", "tw*t") read
 * as the word.
 */
type Kind = 'insult' | 'profanity' | 'threat' | 'discrimination';

/** Insults that are insults whatever they are aimed at ("that idiot", "the stupid cow"). */
const STRONG_NOUNS =
  'idiots?|morons?|imbeciles?|cretins?|scum|scumbags?|bitch(?:es)?|bastards?|pricks?|muppets?|clowns?|retards?|wankers?|twats?|tossers?|dickheads?|arseholes?|assholes?|numpties|halfwits?|jobsworths?|little hitler|gits?|slobs?|perverts?|prats?|slags?|slappers?|tarts?|poofs?|poofters?|nazis|scroungers?|lowlifes?|hags?|bellends?|twonks?|divs?|knuckle[- ]?draggers?|nutjobs?|nutters?|psychos?|losers?|freaks?|snowflakes|wet wipes|toerags?|plonkers?|pillocks?|wazzocks?|tosspots?|dimwits?|nitwits?|buffoons?|sh\\*+ts?|c\\*+ts?|b\\*+(?:t?ch|h)?(?:es)?|bi\\*+ch(?:es)?|c\\*{2,}s?|c\\*+nts?|tw\\*+ts?|w\\*+nkers?|pr\\*+cks?|sl\\*+gs?';
/** Words that insult a person only when aimed at one ("you parasites", not "those thieves broke in"). */
const AIMED_NOUNS =
  'parasites?|cows?|thieves|crooks?|weasels?|pigs?|vermin|butcher|leeches|bloodsuckers|drones|thugs?|witch(?! hunt)|animals|sheep|monkeys?|snakes?|rats?|donkeys?|vultures?|hyenas?|dogs';
// not "a clown show", "an idiot-proof form"
const NOUN_END = '(?![\\w*]|[- ]?proof| (?:show|car|school|college|costume|fish)\\b)';

const RULES: PhraseRule<Kind>[] = [
  {
    value: 'insult',
    patterns: [
      // Anchored on the insult (rare words) with the target before it, so the common words
      // ("you", "are") do not make the pattern run on every message.
      `(?<=\\b(?:you|you'?re|your|ur|you lot|you people|all of you|staff|he'?s|she'?s|he is|she is|they'?re|they are|is an?|was an?|were|r|is such an?|was such an?|are|bunch of|pack of|load of|band of|nest of|shower of|stupid|useless|lazy|fat|thick|thieving|corrupt|incompetent|little|absolute|complete|total|utter|pathetic|bloody|fucking|f\\*+ing|arrogant|ignorant|nasty|vile|ugly|spineless|silly|rude|lying|smug|clueless|brainless|power[- ]mad|power[- ]tripping|racist|sexist|bent|crooked|jumped[- ]up|stuck[- ]up|miserable|typical|spiteful|imported) (?:[\\w'-]+,? ){0,2})(?:${STRONG_NOUNS})${NOUN_END}`,
      `(?<=\\b(?:you|you'?re|your|ur|you lot|you people|all of you|staff|he'?s|she'?s|he is|she is|they'?re|they are|is an?|was an?|were|r|is such an?|was such an?|bunch of|pack of|load of|band of|nest of|shower of|stupid|useless|lazy|fat|thick|thieving|corrupt|incompetent|little|absolute|complete|total|utter|pathetic|bloody|fucking|f\\*+ing|arrogant|ignorant|nasty|vile|ugly|spineless|silly|rude|lying|smug|clueless|brainless|power[- ]mad|power[- ]tripping|racist|sexist|bent|crooked|jumped[- ]up|stuck[- ]up|miserable|typical|spiteful|imported) (?:[\\w'-]+,? ){0,2})(?:${AIMED_NOUNS})${NOUN_END}`,
      `(?<=\\b(?:this|that|these|those|what an?|such an?|one|the) (?:[\\w'-]+,? ){0,3})(?:${STRONG_NOUNS})${NOUN_END}`,
      `\\b(?:${STRONG_NOUNS})${NOUN_END}(?= (?:who|that|at|on|in|behind|can'?t|couldn'?t|should|shouldn'?t|with the))`,
      // "your bin men are animals" (not "there are rats in the flat": the people come first)
      `\\b(?:staff|men|women|workers|officers|nurses|drivers|crews?|team|lot|people|handlers|wardens|teachers|councillors|civil servants) (?:are|r|were) (?:all |just |nothing but )?(?:\\w+ )?(?:${AIMED_NOUNS})${NOUN_END}`,
      '\\b(?:absolute|complete|total|utter|stupid|useless) idiot\\b',
      '\\bidiots?\\b(?![- ]?proof)',
      '\\bpricks?\\b',
      '\\blittle hitler\\b',
      '\\b(?:rude|little|stuck[- ]up|jumped[- ]up|snotty|smug) (?:little )?madam\\b',
      '\\bgits\\b',
      '\\bbrainless\\b',
      '\\bbrain[- ]?dead\\b',
      '\\bmorons?\\b',
      '\\bretarded\\b',
      '\\bscum\\b',
      '\\b(?:slags?|slappers?|poofs?|poofters?)\\b',
      // censored: "that b***h", "stuck-up b****", "you useless tw*ts"
      `\\bb\\*+(?:t?ch|h)?(?:es)?${NOUN_END}`,
      `\\bbi\\*+ch(?:es)?${NOUN_END}`,
      `\\bc\\*+nts?${NOUN_END}`,
      `\\btw\\*+ts?${NOUN_END}`,
      '\\bw\\*+nk\\w*',
      '\\bd\\*+ckheads?\\b',
      '\\ba\\*+(?:se)?holes?\\b',
      '\\bthick as (?:two short planks|mince|shit)\\b',
      '\\bpathetic excuse for a (?:human|person|man|woman)\\b',
      '\\bwaste of (?:space|oxygen|skin)\\b',
      '\\bdisgrace to the human race\\b',
      '\\b(?:you|you people|you lot) are (?:all )?worthless\\b',
      '\\bhope (?:you|she|he|they) (?:all )?(?:rot|die|burn|suffer|get sacked|get cancer|lose (?:your|her|his|their) jobs?)\\b',
      '\\bhope (?:every one|each one|all) of you (?:\\w+ ){0,3}(?:rot|die|burn|suffer|get cancer|gets? what)',
      '\\bhope (?:you|she|he|they) (?:all )?(?:dies|croaks?|drops? dead|chokes?)\\b',
      '\\bshould (?:all )?be (?:put down|shot|strung up|hanged|lined up and shot)\\b',
      '\\b(?:mam nadzieje,? ze|oby) (?:\\w+ )?(?:zdechnie|zdechniesz|zdechna|umrze|umrzesz|sczeznie)\\b',
      '\\bcwel\\w*\\b',
      '\\bsper sa (?:moara|crape|mori|crapi|moriti|crapati)\\b',
      '\\bespero que (?:\\w+ )?(?:morra|morras|morram|apodre\\w*)\\b',
      "\\bj'?espere qu'?(?:il|elle|ils|elles|tu) (?:creve|crevent|meure|meurent|meures)\\b",
      '\\bget off your (?:fat |lazy )?(?:arses|asses|backsides|butts)\\b',
      '\\bget off (?:her|his|their) (?:fat |lazy )?(?:arses?|ass(?:es)?|backsides?|butts?)\\b',
      '\\bgo f(?:\\*+|uck|\\.)? yourself\\b',
      '\\bfat slob\\b',
      // looks: "the fat ugly ginger driver", "that fat old cow with the glasses"
      `\\b(?:fat|ugly|gormless|greasy|smelly|stinking) (?:[\\w'-]+ ){0,2}(?:driver|nurse|receptionist|officer|examiner|teacher|doctor|woman|man|lady|bloke|girl|guy|one|cow|pig|git|slob)s?\\b`,
      '\\bneeds a slap\\b',
      '\\b(?:you|that|this|what an?|miserable|silly|stupid|nasty|ugly|fat|grumpy|bitter|sour|horrible|rude|useless|lazy) (?:\\w+ )?old (?:bag|hag|trout|bat|boot|cow|git|fool|goat)s?\\b',
      // sexual remarks about staff
      '\\b(?:very |really |so )?sexy (?:voice|legs|body|arse|bum)\\b',
      '\\bgive (?:her|you|him) something (?:better )?to do\\b',
      '\\bshow (?:her|you) a good time\\b',
      '\\bpervert\\b',
      '\\bshove (?:it|your \\w+) up\\b',
      '\\bup your arse\\b',
      '(?<!\\b(?:told|tells|telling|asked|said to) (?:me|us|him|her|them|my \\w+) to )\\bshut up\\b',
      // Portuguese
      '\\b(?:um|uns|uma|umas|seu|seus|sua|suas|sao uns|sao umas|e um|e uma|es um|es uma|essa|esta|aquela|aquele|esse|este|grande|cambada de|bando de|corja de) (?:\\w+ )?(?:idiotas?|estupid[oa]s?|burr[oa]s?|vacas?|cabr(?:a|ao|oes|as)|parasitas|animais|porcos?|ladroes|inuteis|palhac[oa]s?|otari[oa]s?|imbecis|imbecil|nojent[oa]s?|vadias?|putas?|racistas?)\\b',
      '\\b(?:incompetentes?|idiotas?|gaj[oa]s?|burr[oa]s?|cabr(?:a|ao|oes|as)|racistas?|palhac[oa]s?|porcos?|funcionari[oa]s?) de merda\\b',
      '\\b(?:filh[oa]s? da puta|gorduch[oa]s?|vaca estupida)\\b',
      '\\b(?:vao|vai|vais) para o (?:inferno|caralho)\\b',
      // Polish
      '\\b(?:idioci|idiotka|idioto|debil\\w*|kretyn\\w*|glupia krowa|glupi\\w* (?:baba|babo|krowa|krowo|idiot\\w*|cip\\w*)|nierob\\w*|pasozyt\\w*|zlodzieje|darmozjad\\w*)\\b',
      '\\bty (?:glupia|glupi|debilu|idioto|kretynie|krowo|swinio|smieciu)\\b',
      '\\b(?:leniwe|stare|grube) (?:baby|krowy|swinie|nieroby)\\b',
      '\\bidz(?:cie)? do diabla\\b',
      // Romanian: "proasta" is also "bad" ("stare proasta"), so it needs a person
      '\\b(?:(?:e|esti|este|sunteti|niste) (?:\\w+ )?|(?:o|un|ca o|ca un) )(?:proast[ae]|prosti|idioti|idioata|idiot|vaca|vaci|porc|porci|cretin\\w*|tampit\\w*|nesimtit\\w*|rasisti|hoti|jegos\\w*|dobitoc\\w*|imbecil\\w*|animale|nenorocit\\w*)\\b',
      '\\b(?:proasto|prostule|prostilor|idiotule|idioato|idiotilor|idioti|vaco|porcule|nesimtitule|nesimtito|dobitocule|nenorocitilor|nenorocitule|hoti|hotilor|hotii)\\b',
      '\\bsper sa\\-(?:si|ti|va) piard\\w* (?:slujba|jobul|postul|locul)\\b',
      '\\bsper sa (?:isi|iti|va) piard\\w* (?:slujba|jobul|postul|locul)\\b',
      '\\b(?:duceti\\-va|duceti va|du\\-te|du te) (?:\\w+ ){0,2}(?:la )?dracului\\b',
      // French
      '\\b(?:connards?|connasses?|conne|abrutis?|salopes?|salauds?|encules?|batards?|imbeciles?|cretins?|ordures?|fils de pute|grosse vache|vieille vache)\\b',
      "\\b(?:bande d'|bande de |espece d'|des |vous etes des |sont des )(?:incapables|feignants|faineants|voleurs|guignols|parasites|nuls)\\b",
      '\\bvoleurs\\b',
      '\\ball(?:ez|er) au diable\\b',
      // racist as a slur: "um racista de merda", "niste rasisti nenorociti"
      '\\b(?:racistas?|rasisti|rasist\\w*|racistes?) (?:de merda|de merde|nenorocit\\w*|jeban\\w*|pieprzon\\w*)\\b',
    ],
  },
  {
    // swearing aimed at people, not at the situation ("this is f***ing ridiculous")
    value: 'profanity',
    patterns: [
      '\\b(?:fuck|f\\*+|f\\*+k|f\\*+ck|fck|fcuk|fkn) (?:off|you|u|yourself|yourselves|the lot of you|all of you|the (?:lot|bunch|pack|whole lot) of (?:you|ye|them)|your (?:\\w+ )?(?:staff|department|office|lot|people)|them|him|her)\\b',
      '\\b(?:fucking|f\\*+ing|f\\*+in|fkn|fking|fcking|effing|feckin\\w*) (?:\\w+ ){0,2}(?:idiots?|morons?|muppets?|clowns?|staff|lot of you|woman|man|cow|bitch|people|bunch|nurses?|officers?|drivers?|receptionists?|twats?|wankers?|pricks?|jobsworths?|civil servants|bureaucrats|pen[- ]pushers)\\b',
      '\\b(?:you|ye|u|your) (?:\\w+ )?(?:fucking|f\\*+ing|f\\*+in|fkn|fking|effing) (?:idiots?|morons?|muppets?|clowns?|lot|people|bunch|useless|incompetent|lazy|thieves|crooks|twats?|wankers?|pricks?)\\b',
      '\\bcunts?\\b',
      '\\bmotherf\\w*ers?\\b',
      '\\bbullshit\\b(?= (?:you|from you))',
      // Polish, Portuguese, Romanian, French: the aimed forms, not "kurwa" or "putain" at the situation
      '\\b(?:spierdal\\w*|wypierdal\\w*|pierdolcie sie|pierdol sie|jeban[iy]|chuju|chuje|kurwy|kurwo)\\b',
      '\\bjeb(?:ac|cie|ie) (?:was|cie|go|ja|ich)\\b',
      '\\bputa que (?:vos |te )pariu\\b',
      '\\b(?:vai-?te foder|vao-?se foder|vai se foder|vai tomar no cu)\\b',
      '\\bdracu sa (?:va|te) ia\\b',
      '\\bmuie\\b',
      '\\bfut(?:u|e)-?(?:te|va|ti)\\b',
      '\\ballez vous faire (?:foutre|voir)\\b',
      '\\bva te faire (?:foutre|voir)\\b',
      '\\bnique (?:ta|vos|votre|les|la)\\b',
    ],
  },
  {
    // the writer's own threats (a threat against "him" or "her" counts when the message is about staff)
    value: 'threat',
    patterns: [
      '\\bwatch your back\\b',
      // the writer's own threat: one pattern, so it is tried once at each "I"
      `\\b${I_WILL} (?:(?:(?:\\w+ ){0,2}(?:kill|hurt|stab|shoot|smash|punch|batter|slap|thump|deck|headbutt|kick|hit|lamp|glass|knock out|flatten|throttle|strangle) (?:you|her|him|them|your|someone|somebody|that \\w+)\\b(?! (?:seagulls?|gulls?|cats?|dogs?|foxes|fox|rats?|pigeons?|up|with a (?:letter|complaint|bill))\\b))|(?:(?:\\w+ )?(?:get|find|deal with|sort) (?:you|your lot)\\b)|(?:be waiting for (?:you|her|him|them)\\b(?! (?:to|call|reply|response|email|letter|answer|decision|report)\\b|'))|(?:be waiting outside\\b)|(?:be waiting for (?:you|her|him|them|your \\w+|that \\w+)(?: \\w+){0,3} (?:after (?:\\w+ )?(?:shift|work)|outside|one (?:evening|night|day)|in the car park|when (?:she|he|you|they) (?:finish|leave|come out|clock off))\\b)|(?:tell everyone where (?:he|she|you|they) li?ves?\\b)|(?:(?:come and |go and )?find (?:her|him|you|them)(?: myself| one day| one night| outside| and)\\b))`,
      '\\bi know where (?:you|she|he|they) (?:all )?li?ves?\\b',
      '\\b(?:find|get|found|dig up|track down) (?:your|her|his|their) (?:home )?address\\b',
      '\\b(?:stick|post|put|plaster|share|splash) (?:it|that|your (?:name|address|photo|face)|(?:her|his|their) (?:name|address|photo|face)) (?:up )?(?:on|all over) (?:facebook|social media|instagram|twitter|tiktok|the internet|online)\\b',
      '\\bi know (?:his|her|your|their) (?:shift pattern|shifts|rota|address|car|kids|children|house|reg|registration)\\b',
      '\\bi know which (?:\\w+ )?(?:they|her kids|his kids|your kids|her children|his children) go\\b',
      '\\bwhether (?:she|he|you|they) likes? it or not\\b',
      '\\bwipe (?:that|the) (?:smirk|smile|grin) off (?:his|her|your|their) face\\b',
      "\\bknock (?:[\\w']+ ){0,3}(?:teeth|head|block|lights) (?:out|in|off)\\b",
      '\\b(?:knock|deck|lamp|flatten) (?:him|her|you|them|that \\w+) (?:clean |spark |right |straight |stone )?(?:out|cold)\\b',
      // the writer's threat, not one they report ("he said he'd burn it down with us inside")
      "(?<!\\b(?:he|she|they)(?:'d|'ll| would| will| is going to| threatened to) )\\bburn (?:\\w+ ){0,4}down\\b",
      "\\b(?:i'?ll|i will|i'?m|come|coming) [^.!?]{0,40}with a (?:knife|gun|machete|hammer|baseball bat)\\b",
      '\\bmake (?:you|her|him|them) (?:all )?pay\\b(?= *(?:[.!,;\\n]|$| for (?:this|that|what|it)))',
      '\\b(?:be )?waiting for (?:you|her|him) outside\\b',
      "\\b(?:you'?ll|you will|she'?ll|she will|he'?ll|he will|they'?ll|they will) (?:live to )?(?:regret (?:it|this|that|ever|the day)|be sorry)\\b(?! to (?:hear|learn|know|see))",
      '\\bput (?:someone|somebody|you|him|her|them) in (?:hospital|the hospital|a wheelchair|the ground)\\b',
      '\\bshotgun\\b',
      '\\bnot afraid to use it\\b',
      '\\b(?:tend to|might|may|could) have (?:an )?accidents?\\b',
      '\\bwatch yourself\\b',
      '\\bcome (?:down|in|round|over) (?:there|here)?\\s?(?:\\w+ ){0,3}and someone (?:is going to|will|is gonna) get hurt\\b',
      '\\b(?:someone|somebody) (?:at|in|from) (?:\\w+ ){1,3}(?:is|are|will) (?:going to |gonna )?(?:get(?:ting)?|be) (?:hurt|hit|stabbed|shot)\\b',
      "\\bone of (?:you|your (?:\\w+ )?(?:staff|lot|officers|workers)) (?:is|are|will|'s) (?:going to |gonna )?(?:get(?:ting)?|be) (?:hurt|hit|stabbed|shot)\\b",
      "\\bget what'?s coming to (?:you|her|him|them)\\b",
      '\\bi know (?:which|what|where|when) (?:\\w+ ){0,3}(?:you|she|he|they) (?:drives?|parks?|li?ves?|works?|finish\\w*|leaves?|looks? like|gets? the bus|walks?|goes|eats?|drinks?)\\b',
      '\\bi know (?:she|he|you|they) (?:lives?|works?|parks?) (?:in|at|on|out|near|up|down|round|by)\\b',
      '\\bi know which (?:ones? )?of you\\b',
      '\\bsee how (?:funny|clever|smug|brave|tough|hard|big|cocky|smart) (?:she|he|you|they)\\b',
      "\\b(?:she|he|you) (?:wont|won'?t|will not) be so (?:smug|cocky|clever|funny|brave|tough)\\b",
      '\\b(?:see|seeing|meet|find|catch|wait for|waiting for) (?:her|him|you|them) (?:\\w+ ){0,2}(?:in|at|outside) (?:the )?(?:\\w+ ){0,3}car ?park\\b',
      '\\b(?:hope|hoping|wish) something (?:bad |terrible |awful |nasty )?happens to (?:you|him|her|them|his|hers|yours|your)\\b',
      '\\bwhen something happens to (?:his|hers|yours|your|his own|her own)\\b',
      '\\bwatch (?:them|his kids|her kids|his children|her children|his family|her family|your kids|your children|your family) (?:carefully|closely)\\b',
      '\\bsmash your (?:\\w+ )?face\\b',
      "(?<!could |i'd |would )\\bkill (?:the next|whoever|anyone|somebody|someone|everyone|all of you|you all)\\b",
      '\\bfind out where (?:you|she|he|they) li?ves?\\b',
      '\\bhurt you\\b',
      // Portuguese, Polish, Romanian, French
      '\\bvou (?:te )?matar\\b',
      '\\b(?:parto|partir|parto-lhe|parto-te|vou partir)(?:-lhe|-te)? (?:a )?(?:cara|boca|tromba|focinho)\\b',
      '\\b(?:vais|vai|vao) pagar (?:caro|bem caro|por isto|por isso)\\b',
      '\\b(?:eu )?sei a que horas (?:sais|sai|saem|acabas|acaba|entras|entra)\\b',
      '\\bo sa-?(?:l|o|i|va|te) (?:gasesc|prind|caut)\\b',
      '\\bo sa-?(?:i|ti|va) (?:para|pare) rau\\b',
      '\\bii dau (?:una|o palma|cu pumnul)\\b',
      "\\b(?:je vais|j'?vais) (?:lui|te|vous) (?:casser|peter|defoncer|eclater) (?:la|sa|ta|votre) (?:gueule|tete|figure)\\b",
      '\\b(?:rozwale|obije|dam (?:mu|jej|ci) w (?:morde|ryj|pysk))\\b',
      '\\b(?:vais|vao) ver o que (?:te |lhe |vos )?(?:acontece|vai acontecer)\\b',
      '\\b(?:vais-te|vai se|vao se|vais te) arrepender\\b',
      '\\bsei onde (?:moras|mora|vives|vive|trabalhas|trabalha)\\b',
      '\\bzabije (?:cie|was|go|ja)\\b',
      '\\b(?:pozalujesz|pozaluje|pozaluja|pozalujecie)\\b',
      '\\bwiem,? (?:gdzie|jak) (?:mieszka|mieszkasz|mieszkacie|wyglada|wygladasz)\\b',
      '\\bte omor\\b',
      '\\bstiu (?:cum arata|unde (?:locuieste|locuiesti|sta|stai|lucreaza|parcheaza))\\b',
      '\\bo sa\\-(?:l|o|va|te) (?:mai )?(?:vad|prind|gasesc)\\b',
      '\\b(?:o sa|vei|veti) (?:regreta|regretati)\\b',
      '\\bje vais (?:te|vous|le|la) (?:tuer|frapper)\\b',
      '\\b(?:tu vas|vous allez) (?:le )?regretter\\b',
      '\\bje sais ou (?:tu|vous|il|elle) (?:habite|vi[st]|travaille)\\b',
    ],
  },
  {
    value: 'discrimination',
    patterns: [
      '\\bgo back to (?:your|their|her|his) (?:own )?country\\b',
      '\\bgo back (?:to )?where (?:you|they|she|he) (?:came|come) from\\b',
      "\\b(?:foreign|foreigner|immigrant)s? (?:\\w+ ){0,4}(?:give the job to a local|(?:can'?t|cannot|can barely|could barely|can hardly|could hardly) (?:even )?speak|should(?:n'?t)? be)\\b",
      '\\bgive (?:the|these|their) jobs? to (?:a )?locals?\\b',
      '\\bforeigners?\\b.{0,80}\\blocals?\\b',
      '\\bneed locals\\b',
      '\\b(?:jersey|island|british|local) jobs for (?:jersey|island|british|local) (?:people|folk|workers)\\b',
      '\\b(?:bloody|these|typical|damn|foreign) (?:immigrants|foreigners)\\b',
      '\\bemploy foreigners\\b',
      '\\bgo back home\\b',
      '\\b(?:go|send (?:him|her|them|it)) back to (?:gdansk|warsaw|krakow|poland|portugal|madeira|lisbon|romania|bucharest|india|pakistan|africa|the philippines|manila|ireland|kenya|nigeria|your (?:own )?(?:country|village|hut))\\b',
      '\\b(?:importing|shipping in|bringing in|letting in) (?:all )?(?:these|those|more) (?:people|foreigners|immigrants)\\b',
      '\\blearn (?:proper |some |to speak (?:proper )?)?english\\b',
      '\\btypical (?:irish|polish|portuguese|romanian|scottish|french|indian|muslim|jewish|foreign|pikey|gypsy|eastern european) (?:\\w+ )?(?:drunk|idiot|thief|thieves|scrounger|layabout|bitch|cow|pig|scum|liar|crook)s?\\b',
      '\\b(?:hijab|headscarf|turban|burka|burqa|niqab)\\b[^.!?]{0,80}\\b(?:from here|get (?:her|him|them) out|go back|our own kind)\\b',
      '\\b(?:gay boy|mincing|queers?|f\\*+gg?ots?|batty boys?|lezzas?)\\b',
      '\\b(?:immigres? illettres?|accent (?:\\w+ )?de merde|sotaque de merda|imigrantes? analfabetos)\\b',
      '\\bsend (?:them|her|him|these people) (?:all )?back (?:home|to (?:where (?:they|she|he) came from|their (?:own )?countr|her (?:own )?countr|his (?:own )?countr))',
      '\\b(?:polish|portuguese|romanian|french|foreign|black|paki|indian|asian|african|filipino) (?:\\w+ )?(?:idiot|moron|scum|bitch|cow|pig|c\\*+)s?\\b',
      '\\b(?:stop|quit) (?:filling|hiring|employing|bringing in|shipping in) (?:\\w+ ){0,4}(?:indian|african|filipino|foreign|polish|portuguese|romanian|immigrant|eastern european)s?\\b',
      "\\b(?:indian|african|filipino|polish|portuguese|romanian|foreign|immigrant|asian|black)s? (?:\\w+ ){0,3}(?:you'?ve shipped in|shipped in|who can'?t speak|can'?t speak (?:proper |plain )?english|can'?t be trusted|should(?:n'?t)? be (?:allowed|here|employed))",
      '\\b(?:those|these) (?:\\w+ )?(?:indian|african|filipino|polish|portuguese|romanian|foreign|immigrant|asian|black|eastern european) (?:nurses|doctors|drivers|staff|workers|officers|people|ones|lot)\\b',
      '\\bpeople like (?:her|him|them) (?:touching|treating|serving|near|looking after|working)\\b',
      '\\bwhy (?:are|is) (?:\\w+ ){0,4}(?:staff|nurses|drivers|officers|workers|people) (?:\\w+ ){0,5}foreign\\b',
      '\\b(?:speak to|see|be seen by|deal with) (?:someone|somebody|a doctor|a nurse|an officer|an examiner|a person) (?:who is )?(?:british|english|white)\\b',
      '\\byou (?:lot )?only (?:pass|help|hire|look after|serve) your own kind\\b',
      // sex: "should be at home doing the ironing", "women aren't built for that"
      "\\bwomen (?:aren'?t|are not|shouldn'?t|should not|can'?t|cannot) (?:be )?(?:allowed to )?(?:built|drive|driving|do (?:this|that|the|a man'?s)|lift|examiners?|in charge|trusted)\\b",
      '\\bshould be (?:at home|in the kitchen) (?:doing|cooking|with)\\b',
      '\\b(?:back|get back) (?:in|to) the kitchen\\b',
      '\\btypical,? (?:a )?(?:woman|female|women)\\b',
      '\\bsince when do you (?:put|let|hire|employ) women\\b',
      '\\bput a man (?:back )?on\\b',
      '\\b(?:paki|pakis|wog|wogs|chink|chinks|gypo|gyppo|pikey|pikeys|nigg\\w*|n1gg\\w*|fag|faggot|dyke|tranny|spastic|spaz|mongs?)\\b',
      '\\b(?:a|the|that|those|some|you) cripples?\\b',
      '\\b(?:go )?back to the (?:jungle|trees)\\b',
      '\\bpeople like (?:that|her|him|them) (?:on|at|behind) the (?:counter|desk|phones?|front desk|reception|wards?)\\b',
      '\\bbe (?:served|seen|treated|looked after|touched|examined) by (?:a |an |some |one of those )?(?:muslim|black|asian|indian|african|filipino|foreigner|immigrant|gay|paki)s?\\b',
    ],
  },
];

/** exported for tests and profiling */
export const COMPILED = compileRules(RULES.map((rule) => ({ ...rule, patterns: rule.patterns.map(spellApostrophes) })));

export interface AbusiveFinding {
  abusive: boolean;
  kinds: Kind[];
  words: string[];
}

/**
 * "Spoke to me as if I were stupid", "I came out feeling like a bit of an idiot", "they didn't
 * make us feel like idiots": how the writer was treated or felt; it insults no one. Read on the
 * words just before the insult.
 */
const SELF_COMPARISON =
  /(?:\b(?:like|as if|as though|made (?:me|us)(?: (?:feel|look))?|feel(?:ing|s)?|felt|look(?:ed|ing)?|i'?m|i am|i was|we were|we are|we're|am i|call(?:ed|ing)? (?:me|us)|myself|ourselves)(?:\s+(?:a|an|the|such|bit|of|complete|total|absolute|utter|right|proper|bloody|little|some|kind|sort|real|total|massive|stupid|silly|(?:i|we) (?:was|were)))*|\bcomo se (?:eu )?(?:fosse|fossemos)|\bcomme si j'?(?:etais|etait)|\bcomme un|\bca (?:unui|un|pe un)|\bjak do|\bjakbym (?:byl|byla)|\bjak)\s+(?:\w+\s+)?$/;

/**
 * Staff in the message: a threat or insult against "him" or "her" counts when the message is
 * about a member of staff, not a neighbour, an ex or a dog's owner.
 */
const STAFF =
  /\b(?:staff|officers?|nurses?|doctors?|dr|consultants?|surgeons?|receptionists?|examiners?|inspectors?|assessors?|social workers?|case ?workers?|case officers?|teachers?|head ?teachers?|headmaster|headmistress|principal|drivers?|advis[eo]rs?|clerks?|managers?|screws?|guards?|wardens?|call handlers?|operators?|employees?|civil servants?|officials?|paramedics?|firefighters?|planners?|matron|minister|deputy|on the (?:phone|desk|counter|gate|reception|front desk|helpline)|at the (?:desk|counter|front desk|reception|gate|office)|desk|desks|counter|counters|helpline|switchboard|(?:someone|somebody|one|ones|any|all|each|every one) (?:at|of you|in your)|your (?:\w+ )?(?:staff|people|lot|department|office|team|officer|colleague)|social security|customer services|la motte street|parking (?:office|enforcement)|tax office|revenue)\b/;
const SECOND_PERSON = /\b(?:you|your|yours|ye|u|ur|you'?re|you'?ll)\b/;
const THIRD_PERSON = /\b(?:him|her|them|he|she|they|his|that \w+)\b/;
/** An insult aimed at someone who is not staff: "my neighbour is an idiot", "the youths are scum". */
const OTHER_TARGET =
  /\b(?:my (?:ex|neighbours?|husband|wife|partner|landlord|tenants?|son|daughter|brother|sister|mum|dad|boss|flatmate|lodger)|(?:the|these|those|some|our) (?:neighbours?|youths|kids|teenagers|landlord|tenants?|owner|builders?|cyclists|tourists))\b[^.!?\n]*$/;
/** "not an idiot" */
const NEGATED = /\bnot (?:an?|such an?|a complete|an absolute|a total)?\s*$/;
/** "I'm scared I'm going to hurt her": a fear, not a threat. */
const FEAR = /\b(?:scared|afraid|frightened|terrified|worried|fear|worry)\b(?:\s+\w+){0,4}\s*$/;

export function detectAbusive(input: RuleInput, prefilter = true): AbusiveFinding {
  const { folded } = input;
  let staff: boolean | undefined;
  const aboutStaff = () => (staff ??= STAFF.test(folded));
  const matches = findMatches(COMPILED, input, prefilter).filter((m) => {
    const before = folded.slice(Math.max(0, m.index - 40), m.index);
    if (m.value === 'insult')
      return !SELF_COMPARISON.test(before) && !NEGATED.test(before) && !(OTHER_TARGET.test(before) && !aboutStaff());
    if (m.value !== 'threat') return true;
    if (FEAR.test(before)) return false;
    const words = m.words.toLowerCase();
    return SECOND_PERSON.test(words) || !THIRD_PERSON.test(words) || aboutStaff();
  });
  return {
    abusive: matches.length > 0,
    kinds: [...new Set(matches.map((m) => m.value))],
    words: [...new Set(matches.map((m) => m.words.trim()))],
  };
}
