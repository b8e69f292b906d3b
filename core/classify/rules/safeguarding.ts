import { I_WILL, compileRules, findMatches, spellApostrophes, type PhraseRule, type RuleInput } from './phrase-rules.js';

/**
 * Safeguarding (POLICY.md §5: "any safeguarding concern: raise an alert without delay"; §3:
 * "immediate risk to safety or security: immediate response and escalation"). A missed risk is
 * far worse than a false alarm (issue 3), so the phrases lean towards recall; everyday hyperbole
 * ("this wait is killing me", "I could kill for…", "death trap", "dying to know", "ce dossier va
 * me tuer") is not matched because every phrase names a self, a victim or a weapon.
 *
 * Phrases come in families, each in English, Portuguese, Polish, Romanian and French: suicidal
 * intent said plainly or indirectly (a plan, pills set aside, goodbyes, being a burden); threats
 * the writer makes (to staff too: "she'll regret it, I know what she looks like") or reports;
 * abuse and control (hitting, bruises, passports taken, not let out, secrecy from a partner);
 * children unsafe (left alone, unfed, approached by adults, missing); vulnerable adults at risk
 * (see `Signal`); and danger to anyone (gas, fire, collapse).
 */
type Concern = 'self_harm' | 'violence' | 'abuse_or_neglect' | 'immediate_danger';
/**
 * Signals that count only in company (see `PAIRS`, `NEEDS` and `detectSafeguarding`): an old or
 * frail person with no heating or in the cold, missing, left alone or stuck now, cheated of money,
 * not answering, or with two needs at once (cold, a fall just now, unfed, left without care); a
 * baby in the cold or unfed; a missing child; someone screaming for hours whom nobody answers;
 * missed medication with a seizure; not eating with fainting; pregnant and bleeding; harm in
 * care (a pressure sore) unless the person has died. Alone, each is a repair, a description or a
 * complaint about the past ("my mum is 84", "she had a fall last winter"). `past` with
 * `recovered` marks a risk that is over ("two years ago … I'm in a good place now"); `joke`
 * marks everyday exaggeration of a threat ("I'm going to kill my husband lol").
 */
type Signal =
  | Concern
  | 'no_heat'
  | 'cold'
  | 'frail'
  | 'young'
  | 'child'
  | 'missing'
  | 'fell'
  | 'unfed'
  | 'uncared'
  | 'stranded'
  | 'distress'
  | 'unanswered'
  | 'exploited'
  | 'no_meds'
  | 'med_crisis'
  | 'weight_loss'
  | 'faint'
  | 'pregnant'
  | 'bleeding'
  | 'care_harm'
  | 'deceased'
  | 'past'
  | 'recovered'
  | 'joke';

/** 75 to 119, as words: "82 years old", "lat 91" (the phrase index reads literal first words) */
const AGES = Array.from({ length: 45 }, (_, i) => i + 75).join('|');
/** just now, in the five languages: "fell last night", "a căzut aseară" */
const RECENTLY =
  "today|tonight|last night|this (?:morning|afternoon|evening)|yesterday|earlier|an hour ago|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|hoje|ontem|esta (?:manha|noite)|dzis|dzisiaj|wczoraj|w nocy|rano|azi|ieri|aseara|azi-?noapte|noaptea|aujourd'hui|hier|ce matin|cette nuit|ce soir";
/** 1 to 17, as words: a child's age */
const CHILD_AGES = Array.from({ length: 17 }, (_, i) => i + 1).join('|');

const NOT_IDIOM = '(?! of (?:boredom|embarrassment|laughter|shame|fright|hunger))';

const RULES: PhraseRule<Signal>[] = [
  {
    value: 'self_harm',
    patterns: [
      '\\b(?:kill|killing|hang|hanging|hurt|hurting|harm|harming|cut|cutting|starve|starving|poison|poisoning) (?:my ?self|him ?self|her ?self)\\b',
      '\\bsuicid(?:e|al|ality)\\b(?! (?:prevention|awareness|strategy|training|rates?|statistics|bereavement|support group))',
      '\\b(?:end|ending|take|taking) (?:my|his|her|their) (?:own )?li(?:fe|ves)\\b',
      '\\bend(?:ing)? it all\\b',
      '\\bend it (?:this|tonight|today|tomorrow|now|soon)\\b',
      `(?<!thought i was |felt like i was |like i was |thought i was gonna |i nearly )\\b(?:want|wants|wanted|wanna|wish|going|ready|plan|planning) to die\\b${NOT_IDIOM}`,
      '\\bi (?:want|wish) (?:i (?:was|were) )?dead\\b',
      "\\b(?:do ?n'?t|do not|does ?n'?t|does not) want to (?:live|be alive|be here anymore|wake up|go on)\\b",
      '\\bno (?:point|reason) (?:in )?(?:going on|living|carrying on|to live|to go on|to carry on|to continue|to keep going)\\b',
      '\\b(?:ne vois|vois) plus (?:aucune|de) raison de (?:continuer|vivre)\\b',
      '\\bplus envie de vivre\\b',
      '\\b(?:nu mai vad|nu vad) (?:niciun|nici un) rost\\b',
      '\\bbetter off (?:dead|without me)\\b',
      "\\b(?:can'?t|cannot) go on\\b",
      '\\bsee no way out\\b',
      '(?<!spotting |training on |awareness of |about |recogni[sz]ing |identifying |signs of |prevent |preventing |(?:children|people|teenagers|those|anyone|adults|pupils|students) who )\\bself[- ]?harm(?!\\w* (?:awareness|training|prevention|policy|strategy|course|leaflets?|team|service|support group|workshop|session)s?\\b)',
      '\\boverdos(?:e|ed|ing)\\b',
      '\\b(?:take|taking|swallow|swallowing) (?:them )?all (?:of )?(?:my |the |them )?(?:tablets|pills|medication)?\\s?at once\\b',
      '\\b(?:saved|saving|stockpil\\w*|hoard\\w*) (?:up )?(?:all )?(?:my |the )?(?:tablets|pills|medication)\\b',
      '\\b(?:want|wanted) to say goodbye\\b',
      '\\b(?:this is|this will be) (?:the|my) last (?:message|email|time you)\\b',
      '\\bvoices? (?:\\w+ )?telling me\\b',
      "\\b(?:can'?t|cannot|don'?t) see (?:a|any) (?:way forward|future|point|way out)\\b",
      '\\bdo something stupid\\b',
      '\\bwalk(?:ing)? into the sea\\b',
      '\\bjump(?:ing)? (?:off|from) (?:a|the) (?:bridge|cliff|roof|pier|building)\\b',
      '\\bdanger to (?:my ?self|him ?self|her ?self|others)\\b',
      '\\bdisappear(?:ing)? (?:forever|for good)\\b',
      '\\b(?:quero|queria|so quero) desaparecer\\b',
      '\\b(?:desaparecer para sempre|zniknac na zawsze|sa dispar pentru totdeauna|disparaitre (?:pour toujours|a jamais))\\b',
      '\\b(?:want|wants|wanted) (?:it )?(?:all )?to be over\\b',
      '\\bit all to be over\\b',
      '\\bstopped taking (?:my|his|her|their) (?:insulin|medication|meds|tablets) on purpose\\b',
      "\\b(?:not|don'?t feel) safe (?:at home|on my own|alone|tonight|in my (?:home|flat|house))\\b",
      '\\brather be dead\\b',
      '\\bwritten (?:letters|a note) to my\\b',
      '\\b(?:written|wrote|writing|left) (?:a |some |my )?(?:goodbye )?(?:letters?|notes?) (?:to|for) (?:my (?:kids|children|family|mum|mom|dad|wife|husband|partner|parents|son|daughter|boys|girls)|everyone)\\b',
      "\\bcan'?t cope any ?more\\b",
      '(?<!about |on |for |of )\\bsuicid\\w*\\b(?! (?:prevention|awareness|strategy|training|rates?|statistics|bereavement|support group))',
      '\\bpensamentos? suicida',
      '\\bidees? suicidaires?\\b',
      "\\b(?:i|i'?m|i am|i'?ve|i have)\\b[^.!?\\n]{0,40}\\b(?:(?:want|wanna|ready|plan(?:ning)?|thinking (?:about|of)|think about|thought about|tempted) to (?:die|end (?:it|things|my life)|kill myself|hurt myself|harm myself|disappear)|(?:don'?t|do not) (?:want|wish) to (?:live|be alive|carry on|go on|exist|wake up)|giving away my (?:things|stuff|belongings))\\b",
      "\\b(?:don'?t|do not|can'?t|cannot) trust myself\\b",
      '\\bbetter (?:off )?without me\\b',
      "\\btell my (?:family|kids|children|mum|mom|dad|wife|husband|partner) (?:i'?m sorry|i love (?:them|her|him)|goodbye)\\b",
      '\\b(?:cutting|burning|hurting|harming|starving) (?:myself )?again\\b',
      '\\bcutting (?:myself|my arms|my legs|my wrists)\\b',
      '\\bmy wrists\\b',
      '\\b(?:thinking (?:of|about) )?ending (?:things|it)\\b',
      '\\bend things\\b',
      '\\b(?:got|have|holding|with) (?:the|my|all my) (?:pills|tablets) (?:in front of me|ready|here|next to me)\\b',
      "\\bwon'?t be (?:around|here) (?:much )?(?:longer|for long|tomorrow|anymore)\\b",
      "\\b(?:can'?t|cannot) (?:keep )?(?:living|live|go on) like this\\b",
      "\\b(?:easier|better) if i (?:wasn'?t|was not|weren'?t) (?:here|around|alive)\\b",
      "\\bwhat'?s the point (?:of me|in me) (?:being here|living|going on)\\b",
      // Portuguese, Polish, Romanian, French (folded)
      '(?<!esta a |estao a |estas a )\\bmatar[- ]me\\b',
      '\\bme matar\\b',
      '\\bacabar com a (?:minha )?vida\\b',
      '\\btirar a (?:minha )?vida\\b',
      '\\bquer(?:o)? morrer\\b',
      '\\bnao quero (?:mais )?viver\\b',
      '\\bautomutil',
      '\\bzabic sie\\b',
      '\\bsie zabic\\b',
      '\\bzabije sie\\b',
      '\\bsamoboj',
      '\\bnie chc(?:e|a|ialbym|ialabym) (?:juz )?zyc\\b',
      '\\bchc(?:e|a) umrzec\\b',
      '\\bodebrac sobie zycie\\b',
      '\\bokalecz',
      '\\btne sie\\b',
      '\\bsa ma sinucid',
      '\\bsinucid',
      '\\bvreau sa mor\\b',
      '\\bvrea sa moara\\b',
      '\\bnu mai vreau sa traiesc\\b',
      '\\bmi (?:iau|pun capat) (?:viata|zilelor)\\b',
      '\\bsa imi iau viata\\b',
      '\\bme suicider\\b',
      '\\ben finir\\b',
      '\\bveu[xt] mourir\\b',
      // "il va me tuer", not "ce dossier va me tuer" (everyday exaggeration)
      '(?<!\\b(?!il |elle |ils |on )\\w+ (?:va|vont) )\\bme tuer\\b',
      '\\bmettre fin a (?:mes|ma) (?:jours|vie)\\b',
      '\\bme faire du mal\\b',
      '\\bscarifi',
      // indirect: hopelessness, being a burden, goodbyes, hints of a plan
      "\\b(?:don'?t|do not|can'?t|cannot) see the point (?:in|of) (?:going on|living|carrying on|anything any ?more|life|being here|it all|me being here)\\b",
      "\\bbetter off if i (?:just )?(?:wasn'?t|was not|weren'?t|were not) (?:here|around|alive)\\b",
      '\\bbetter off if i (?:was|were) (?:gone|dead)\\b',
      "\\b(?:won'?t|will not) be a burden (?:to (?:\\w+ ){0,2})?(?:for )?(?:much )?(?:longer|any ?more)\\b",
      "\\bi'?m (?:just )?a burden (?:to|on) (?:everyone|my|them|you)\\b",
      '\\b(?:find|found) me (?:dead|hanging|at the bottom|in the (?:sea|water|harbour|river))\\b',
      '\\bbottom of (?:the|a) (?:cliffs?|quarry)\\b',
      '\\b(?:do|doing|done) something to myself\\b',
      '\\b(?:said|saying|say) my goodbyes\\b',
      '\\bgiven up on (?:life|living|everything|myself)\\b',
      '\\b(?:scared|frightened|afraid|terrified|worried) (?:of|about) what i (?:might|could|will|may|would) do\\b',
      "\\b(?:can'?t|cannot) keep going(?: like this| any ?more| on)?\\b",
      '\\bsleep and (?:never|not) wake up\\b',
      '\\b(?:nobody|no one|noone) would (?:miss me|care if i|notice if i)\\b',
      "\\bi'?m done with (?:life|living|everything)\\b",
      '\\bacabar com tudo\\b',
      '\\bpor fim a (?:tudo|minha vida)\\b',
      '\\bskonczyc z (?:tym wszystkim|soba|zyciem)\\b',
      '\\bsa (?:termin|pun capat) (?:cu totul|vietii)\\b',
      // hopelessness and goodbyes in other words ("everyone would have an easier time without me")
      "\\b(?:better|happier|easier)(?: off)?(?: \\w+){0,4} (?:without me|if i (?:just )?(?:disappeared|vanished|was gone|were gone|wasn'?t (?:here|around)|weren'?t (?:here|around)|died|was dead|were dead))\\b",
      "\\b(?:nobody|no one|noone|no\\-one) (?:would|will|is going to) (?:even )?(?:notice|care|miss me)(?= *(?:[.!,;\\n]|$| if i| either way| when i'?m gone| if i was gone))",
      '\\b(?:put|putting|set|setting|keep|keeping|kept|hiding|hid|stash\\w*) (?:\\w+ ){0,3}(?:tablets|pills|meds|medication|paracetamol|painkillers) (?:aside|by)\\b',
      '\\b(?:saved|saving|stockpil\\w*|hoard\\w*|collecting) (?:up )?(?:\\w+ ){0,2}(?:tablets|pills|meds|paracetamol|painkillers)\\b',
      "\\b(?:can'?t|cannot|don'?t|do not|no longer) see (?:the|any) point (?:of|in) (?:\\w+ ){0,4}any ?more\\b",
      "\\bwhat'?s the point (?:of (?:anything|it all|any of it|me|living|going on|carrying on) )?any ?more\\b",
      "\\b(?:says?|said|saying|keeps? saying) what'?s the point\\b",
      '\\bi (?:just |really )?hate (?:my life|my ?self|being alive|living)\\b(?! (?:admin|insurance|sometimes|in (?:this|the) (?:queue|traffic)))',
      '\\btired of (?:everything|living|being alive|life)(?= *(?:[.!,;\\n]|$))',
      '\\b(?:want|wants|wanted|going|gonna|ready|planning|plan|decided|about) to end it\\b(?! (?:with|on|early|now that))',
      '\\b(?:hearing|hears|heard|hear) voices\\b(?! (?:network|group))',
      '\\b(?:texting|texted|texts|text|messag\\w*|rang|phoned|called|calling|ringing|wrote|writing|note|letter|posted|posting) (?:\\w+ ){0,3}(?:saying|to say|said|says) (?:goodbye|bye to everyone|sorry for everything)\\b',
      "\\b(?:he'?s|he is|she'?s|she is|they are|they'?re|i am|i'?m) sorry for everything\\b",
      '\\b(?:hitting|hits|hit|punching|punches|biting|bites|scratching|scratches|banging|bangs|burning|burns) (?:him|her|them|my|your)sel(?:f|ves)\\b',
      '\\b(?:banging|bangs|banged|hitting|hits) (?:his|her|their) head (?:against|on|off)\\b(?! (?:a )?brick wall)',
      "\\b(?:scared|afraid|frightened|terrified|worried|fear) (?:that )?(?:she|he|they|my (?:son|daughter|child|husband|wife|partner|brother|sister|mum|mother|dad|father|friend)) (?:will|might|could|may|would|is going to|'?ll) (?:do something (?:to (?:him|her|them)sel(?:f|ves)|stupid|silly|worse)|(?:hurt|harm|kill) (?:him|her|them)sel(?:f|ves)|take (?:his|her|their) (?:own )?life|not (?:be here|wake up|make it))",
      "\\b(?:scared|afraid|frightened|terrified|worried) (?:that )?i(?:'?m| am| will|'?ll| might| could) (?:going to |gonna )?(?:really )?(?:hurt|harm|lose it with|hit|shake) (?:her|him|them|my \\w+|the (?:baby|kids|children))\\b",
      '\\b(?:era |seria |estaria )?melhor (?:eu )?(?:nao estar (?:ca|aqui|viv[oa])|morrer|desaparecer|sem mim)\\b',
      '\\b(?:cortar-se|corta-se|cortou-se|se cortar|se corta|se cortou|se anda a cortar|se esta a cortar|anda a cortar-se)\\b',
      '\\b(?:marcas de cortes?|cortes nos (?:bracos|pulsos|pernas))\\b',
      '\\bmedo (?:de )?que (?:ela|ele|eu) (?:faca|se mate|se magoe|se corte) ?(?:alguma (?:coisa|asneira)|algo|mal)?',
      '\\bnie (?:moge|dam rady|chce) (?:juz )?(?:tak )?(?:dluzej )?zyc\\b',
      '\\bnie widze (?:juz )?sensu(?: (?:zycia|zyc|dalej zyc|niczego))?(?= *(?:[.!,;\\n]|$))',
      '\\blepiej (?:by )?(?:bylo |im bylo |wszystkim bylo )?(?:beze mnie|gdybym (?:umarl\\w*|zniknal\\w*|nie zyl\\w*|nie istnial\\w*))',
      '\\b(?:zrobi|zrobic|zrobil\\w*) sobie (?:cos|krzywde)\\b',
      '\\bsie (?:tnie|okalecza)\\b',
      '\\btnie sie\\b',
      '\\bnu mai (?:pot|vreau) (?:sa )?(?:traiesc|trai)\\b',
      '\\bcat mai rezist\\b',
      '\\b(?:sa )?iau toate (?:pastilele|medicamentele|tabletele)\\b',
      '\\bmai bine (?:as muri|n-?as mai fi|nu as mai fi|fara mine|mor)\\b',
      '\\b(?:se taie|se raneste|isi face rau|sa\\-si faca rau|isi taie (?:mainile|venele))\\b',
      "\\bmieux (?:sans moi|si je (?:n'?etais|disparaissais|mourais))\\b",
      '\\bje ne (?:peux|veux) plus vivre\\b',
      '\\bse (?:scarifie|mutile|fait du mal)\\b',
      '\\bse coupe (?:les|aux) (?:bras|poignets|jambes)\\b',
      "\\bpeur qu'?(?:il|elle) (?:ne )?(?:se fasse du mal|fasse une betise|se tue|passe a l'acte)\\b",
      '\\b(?:not|never) want(?:ing|s)? to (?:be here any ?more|be alive|live any ?more|exist any ?more|wake up)\\b',
      '\\bstash(?:ed)? (?:of |away )?(?:\\w+ )?(?:tablets|pills|paracetamol|painkillers|medication)\\b',
      '\\b(?:cutting|cuts|been cutting|burning|burns|scratching) (?:her|his|their|my) (?:own )?(?:arms|legs|wrists|thighs|skin|stomach)\\b',
      '\\b(?:pills|tablets|paracetamol|painkillers|vodka|rope|knife|blade)(?: \\w+){0,6} (?:in front of me|next to me|beside me|lined up)\\b',
      "\\b(?:don'?t|do not|dont) see why i (?:shouldn'?t|should not)(?= *(?:[.!,;\\n]|$))",
      "\\b(?:chosen|picked|decided|planned|worked out|knows?) (?:\\w+ )?(?:how|when|where|the way|a way|the day|the date|the place|the method) (?:to|he'?s going to|she'?s going to|i'?m going to|i will|he will|she will|he'?ll|she'?ll|i'?ll) (?:die|do it|end it|kill (?:him|her|my)sel)",
      '\\b(?:escolheu|escolhi|decidiu|decidi|planeou|planeei) (?:\\w+ ){0,2}(?:forma|maneira|modo|dia|como) (?:de |vai |vou )?(?:morrer|se matar|me matar|acabar)\\b',
      '\\ba ales (?:cum|ziua|modul) (?:sa|de a) (?:moara|mor)\\b',
      '\\bchoisi (?:comment|le jour|la facon|la maniere) (?:de )?(?:mourir|en finir)\\b',
      '\\bne merite pas de (?:manger|vivre)\\b',
      "\\b(?:doesn'?t|does not|don'?t|do not) deserve to (?:eat|live|be alive|be here)\\b",
      '\\bnie widze (?:juz )?sensu (?:\\w+ ){0,2}(?:zyc|zycia)\\b',
      // someone on a ledge: "a man sitting on the edge of the harbour wall, leaning over"
      '\\b(?:man|woman|person|someone|somebody|girl|boy|lad|guy|bloke|lady|teenager|kid)(?: \\w+){0,2} (?:sitting|standing|stood|sat|climbing|climbed|leaning|perched) (?:\\w+ ){0,3}(?:edge of|over the (?:railings|edge|side)|on the (?:wrong side|railings|ledge|parapet)|past the railings)\\b',
      '\\b(?:wrong side|other side) of the (?:railings|barrier|fence)\\b(?= (?:at|on|of) (?:the )?(?:\\w+ )?(?:pier|bridge|cliff|harbour|quarry|car park|roof))',
    ],
  },
  {
    value: 'violence',
    patterns: [
      "(?<=\\b(?:he|she|they|ex|partner|husband|boyfriend|dad|father|stepdad|someone|somebody|prisoners|inmates)(?:'s| is| are| will| would|'ll|'d| says he'?ll| said he'?d| said he would| says he will)? (?:going to |gonna |threatening to |threaten to |threatened to )?)(?:kill|hurt|stab|hit) (?:me|us|her|him|them|my)\\b(?! if (?:i|we) (?:miss|forget|am late|'?m late|lose|spend|break|don'?t (?:get|send|pay|file)))",
      '\\bsmash your (?:\\w+ )?face\\b',
      // the writer's own threat: one pattern, so it is tried once at each "I"
      `\\b${I_WILL} (?:(?:(?:\\w+ )?(?:kill|hurt|stab|shoot|attack|strangle|punch|beat up|batter|smash) (?:you|him|her|them|someone|somebody|people|everyone|that|the|your|my)\\b(?! (?:seagulls?|gulls?|cats?|dogs?|foxes|fox|rats?|pigeons?|printer|computer|website|form|system|machine|bins?|cars?|phone)\\b))|(?:be waiting outside\\b)|(?:be waiting for (?:you|her|him|them|your \\w+|that \\w+)(?: \\w+){0,3} (?:after (?:\\w+ )?(?:shift|work)|outside|one (?:evening|night|day)|in the car park|when (?:she|he|you|they) (?:finish|leave|come out|clock off))\\b)|(?:come (?:in|down|round|over) (?:there|here)\\b)|(?:(?:come and |go and )?find (?:her|him|you|them)(?: myself| one day| one night| outside| and)\\b)|(?:(?:\\w+ ){0,2}(?:slap|thump|deck|headbutt|kick|hit|lamp|glass|knock out|flatten|throttle|break) (?:him|her|you|them|someone|somebody|that \\w+)\\b(?! (?:up|with a (?:letter|complaint|bill))))|(?:be waiting for (?:you|her|him|them)\\b(?! (?:to|call|reply|response|email|letter|answer|decision|report)\\b|')))`,
      "\\bget what'?s coming to (?:you|her|him|them)\\b",
      '\\bi know (?:which|what) (?:car park|car|house|street|school|bus) (?:you|she|he)\\b',
      '\\bassaulted\\b',
      '\\bfind out where (?:you|she|he|they) li?ves?\\b',
      '\\bhurt you\\b',
      "(?<!could |i'd |would )\\bkill (?:the next|whoever|anyone|somebody|someone|everyone|all of you|you all)\\b",
      '\\bmnie zabije\\b',
      '\\bzabije mnie\\b',
      '\\b(?:ca|sa) ma (?:omoara|omori)\\b',
      '\\bte omor\\b',
      '\\bameac\\w* (?:de )?(?:me )?matar\\b',
      '\\bput (?:someone|somebody|you|him|her|them) in (?:hospital|the hospital|a wheelchair|the ground)\\b',
      '\\b(?:going to|gonna|will|wants? to|threatening to) stab\\b',
      '\\bshotgun\\b',
      '\\bnot afraid to use it\\b',
      '\\b(?:tend to|might|may|could) have (?:an )?accidents?\\b',
      '\\bwatch yourself\\b',
      '\\bcome (?:down|in|round|over) (?:there|here)?\\s?(?:\\w+ ){0,3}and someone (?:is going to|will|is gonna) get hurt\\b',
      '\\bmake (?:his|her|my|their) life hell\\b',
      '\\bburn (?:\\w+ ){0,4}down\\b',
      '\\bwith a (?:knife|gun|machete|hammer|baseball bat|blade)\\b',
      '\\b(?:bring|carry|carrying|have|has|got) a (?:knife|gun|weapon|machete)\\b',
      '\\bwatch your back\\b',
      '\\bi know where (?:you|she|he|they) (?:all )?li?ves?\\b',
      // "I'll make you pay", not "make him pay it back" (a deposit)
      '\\bmake (?:you|her|him|them) (?:all )?pay\\b(?= *(?:[.!,;\\n]|$| for (?:this|that|what|it)))',
      "\\bknock (?:[\\w']+ ){0,3}(?:teeth|head|block|lights) (?:out|in|off)\\b",
      '(?<!cost a |costs a |costing a |cost me a )\\bbomb\\b',
      '\\bthreat(?:en|ens|ened|ening)? (?:to )?(?:kill|hurt|harm|me|us|my)\\b',
      '\\bhurt(?:ing)? (?:people|someone|somebody|others)\\b',
      '\\b(?:be )?waiting for (?:you|her|him) outside\\b',
      // Portuguese, Polish, Romanian, French
      '\\bvou (?:te )?matar\\b',
      '\\bzabije (?:cie|was|go|ja)\\b',
      '\\bva omor\\b',
      '\\bje vais (?:te|vous|le|la) tuer\\b',
      // threats the writer reports, and controlling behaviour
      '\\bfinish (?:me|her|him|you|us) off\\b',
      '\\b(?:scared|afraid|frightened|terrified) (?:of )?what (?:he|she|they|my \\w+) (?:will|might|would|could|is going to) do\\b',
      // threats in other words: regret, "I know what she looks like / where she parks", waiting
      "\\b(?:you'?ll|you will|she'?ll|she will|he'?ll|he will|they'?ll|they will) (?:live to )?regret (?:it|this|that|ever|the day|what)\\b",
      "\\b(?:you'?ll|you will|she'?ll|she will|he'?ll|he will|they'?ll|they will) (?:soon )?(?:see what happens|find out what happens)\\b",
      '\\bi know (?:which|what|where|when) (?:\\w+ ){0,3}(?:you|she|he|they) (?:drives?|parks?|li?ves?|works?|finish\\w*|leaves?|looks? like|gets? the bus|walks?|goes|eats?|drinks?)\\b',
      '\\bi know (?:she|he|you|they) (?:lives?|works?|parks?) (?:in|at|on|out|near|up|down|round|by)\\b',
      '\\bi know which (?:ones? )?of you\\b',
      '\\b(?:knock|knocked|deck|decked|lamp|flatten) (?:him|her|you|them|that \\w+) (?:clean |spark |right |straight |stone )?(?:out|cold)\\b',
      "\\b(?:someone|somebody) (?:at|in|from) (?:\\w+ ){1,3}(?:is|are|will|'s) (?:going to |gonna )?(?:get(?:ting)?|be) (?:hurt|hit|stabbed|shot)\\b",
      "\\bone of (?:you|your (?:\\w+ )?(?:staff|lot|officers|workers)) (?:is|are|will|'s) (?:going to |gonna )?(?:get(?:ting)?|be) (?:hurt|hit|stabbed|shot)\\b",
      '\\bsee how (?:funny|clever|smug|brave|tough|hard|big|cocky|smart) (?:she|he|you|they)\\b',
      "\\b(?:she|he|you) (?:wont|won'?t|will not) be so (?:smug|cocky|clever|funny|brave|tough)\\b",
      '\\b(?:showed|shows|show|pulled|pulls|flashed|waved|waving|brandish\\w*|carrying|carries|brought|brings|threatened (?:him|her|me|us|them) with) (?:him |her |me |us |them |out )?(?:a|his|her|their) (?:knife|blade|gun|machete|screwdriver|hammer)\\b',
      "\\b(?:angry|violent|aggressive|nasty) when (?:he|she|they)(?:'?s|s| is| has| are)? (?:been )?(?:drinking|drunk|high|using)\\b",
      "\\b(?:partner|husband|boyfriend|ex|dad|father|stepdad|stepfather|wife|girlfriend)(?:'s)? (?:is |has |has been |was |gets |got |became |has become |become |been )(?:really |very |more |so |increasingly )?(?:violent|aggressive|abusive|threatening)\\b",
      "\\b(?:he|she)(?:'s)? (?:is |gets |has become |became |is getting )?(?:really |very |more |so |increasingly )?(?:violent|abusive)\\b",
      '\\bex(?:[- ](?:partner|husband|boyfriend|wife|girlfriend))? (?:\\w+ ){0,3}(?:knows where (?:i|we) (?:live|are)|(?:was |is |keeps |has been )?(?:outside|turning up at|turned up at|waiting outside) (?:my|our|the) (?:flat|house|home|door|window|work|school))',
      '\\b(?:he|she|they) knows where (?:i|we) (?:live|are|work)\\b',
      '\\bcoming (?:for|after) (?:me|us|my (?:kids|children|family))\\b',
      '\\b(?:man|men|stranger|someone|somebody|guy|bloke|he|ex) (?:\\w+ ){0,3}(?:following|follows|followed|stalking|stalks|stalked) (?:me|her|him|us|my (?:daughter|son|wife|kids|children|girl|boy|child|partner|mum|dad))\\b(?! up\\b| on (?:twitter|instagram|facebook|social media))',
      '\\b(?:a|o|me|nos) (?:persegue|perseguiu|anda a seguir)\\b',
      '\\b(?:o|il|ma|ne) urmares?te pe (?:fiica|fiul|copil\\w*|sotia|mine|noi|strada)\\b',
      '\\b(?:sledzi|chodzi za) (?:nia|nim|mna|nami|moja|moim)\\b',
      '\\b(?:il|elle) (?:la|le|me|nous) harcele\\b',
      "\\b(?:i am|i'?m|we are|we're|im) (?:so |really |too )?(?:scared|afraid|frightened|terrified) to (?:go to sleep|sleep|go out|leave the (?:house|flat)|be (?:at )?home|open the door|answer the door)\\b",
      "\\b(?:we|i|she|he|they|kids|children)(?: are| am|'re|'m| is|'s)? not safe (?:here|at home|in (?:this|our|my|the) (?:flat|house|home))\\b",
      "\\b(?:scared|afraid|frightened|terrified|worried) (?:that )?(?:he|she|my (?:husband|partner|ex|wife|boyfriend)) (?:will|might|'?ll|is going to|could) (?:see|find|read|open|find out)\\b",
      '\\bwithout (?:him|her|my (?:husband|partner|wife|boyfriend|girlfriend|ex|dad|father|stepdad)) (?:knowing|finding out|seeing|noticing)\\b(?![^\\n]{0,30}surprise)',
      "\\b(?:so|such) that (?:he|she) (?:doesn'?t|won'?t|does not|will not|can'?t|cannot) (?:know|find out|see)\\b",
      "\\bplease (?:do ?n'?t|do not|never) (?:phone|call|ring|text|write to|send (?:anything|letters?|post) to|contact) (?:my|me at) (?:house|home|mum|dad|parents|husband|partner|wife)\\b",
      '\\b(?:boss|employer|husband|partner|landlord|owner|agency|manager|agent|wife|boyfriend)(?: \\w+){0,2} (?:took|taken|takes|kept|keeps|keeping|holding|holds|confiscated|has) (?:all )?(?:my|our|their|his|her) (?:passports?|id cards?|work permits?)\\b(?! (?:to|for) (?:the )?(?:post office|passport office|renew|renewal|be renewed|get it renewed))',
      "\\b(?:won'?t|wouldn'?t|didn'?t|doesn'?t|does not|did not|would not|will not|never) let (?:him|her|them|us) (?:go to (?:the |a )?(?:doctor|hospital|gp)|see a doctor|leave the (?:house|flat)|go out)\\b",
      // Portuguese, Polish, Romanian, French: threats, weapons, controlling behaviour, secrecy
      '\\b(?:vai|vais|vao|vas) ver o que (?:te |lhe |vos )?(?:acontece|vai acontecer)\\b',
      '\\b(?:o|a|te|os) (?:apanha|apanhava|apanhar|apanho) (?:a|na) saida\\b',
      '\\bameac\\w* (?:de )?(?:me |nos |o |a |te )?(?:bater|matar|agredir|esfaquear)\\b',
      '\\b(?:mostrou|mostrar|puxou|puxar|tinha|trazia|ameacou|com) (?:-lhe |lhe |me )?(?:uma|a) (?:faca|navalha|pistola)\\b',
      '\\b(?:marido|companheiro|namorado|ex|pai|padrasto|vizinho) (?:\\w+ ){0,3}(?:violento|agressivo)\\b',
      '\\bnao (?:me|o|a|nos|os|as|lhe|te) deix\\w* (?:ir|sair|falar|trabalhar|ver|ter|usar|ligar)\\b',
      '\\bsem (?:que )?(?:ele|ela|o meu marido|o meu companheiro) (?:saiba|saber|descobrir|descubra|veja)\\b',
      '\\b(?:ficou com|guardou|tirou|tirou-nos|tirou-me|retem|retirou) (?:\\w+ ){0,2}passaportes?\\b',
      '\\b(?:pozalujesz|pozaluje|pozaluja|pozalujecie)\\b',
      '\\bzobaczysz,? co (?:sie )?(?:stanie|bedzie)\\b',
      '\\bwiem,? (?:gdzie|jak) (?:mieszka|mieszkasz|mieszkacie|pracuje|pracujesz|wyglada|wygladasz)\\b',
      '\\b(?:pokazal\\w*|wyciagnal\\w*|grozil\\w*) (?:\\w+ )?noz(?:em)?\\b',
      '\\bz nozem\\b',
      '\\bnie pozwala\\w* (?:mi|jej|mu|nam|im) (?:\\w+ )?(?:wychodz\\w*|wyjs\\w*|pracowa\\w*|rozmawia\\w*|dzwoni\\w*|spotyka\\w*|isc|pojsc|jechac)',
      '\\bzeby (?:on|ona|maz|partner) (?:sie )?nie (?:wiedzial\\w*|dowiedzial\\w*)',
      '\\bboje sie,? ze sie dowie\\b',
      '\\bprosze nie dzwonic (?:na ten numer|do domu|wieczorem)\\b',
      '\\b(?:zabral\\w*|zabiera|trzyma|przetrzymuje|odebral\\w*) (?:\\w+ ){0,2}paszport\\w*',
      '\\b(?:o sa|vei|veti|va) (?:regreta|regretati)\\b',
      '\\bo sa (?:vezi|vedeti) (?:tu )?ce (?:se )?(?:intampla|pati|patesti)\\b',
      '\\bstiu (?:unde (?:locuieste|locuiesti|sta|lucreaza)|cum arata)\\b',
      '\\b(?:cu|un|scos|avea) (?:un )?cutit(?:ul)?\\b',
      '\\bnu (?:ma|o|il|ne|te) (?:mai )?las\\w* sa (?:ies|iasa|iesim|plec|plece|vorbesc|vorbeasca|lucrez|lucreze|merg|mearga|vad)\\b',
      '\\bfara (?:ca )?sa (?:stie|afle) (?:el|ea|sotul|partenerul)\\b',
      '\\b(?:luat|ia|tine|retinut|confiscat) (?:\\w+ ){0,2}pasaport\\w*',
      '\\b(?:tu vas|vous allez|il va|elle va|ils vont) (?:le )?regretter\\b',
      '\\bje sais (?:ou (?:tu|vous|il|elle) (?:habite|vi[st]|travaille)|a quoi (?:tu|il|elle) ressembl\\w*)',
      '\\b(?:me|nous|les|te) tuera(?:it|is|ient)?\\b',
      '\\b(?:il|elle|mon (?:mari|compagnon|copain|conjoint|ex|pere|beau-pere)) (?:\\w+ ){0,2}(?:violent|violente|agressif|agressive)\\b',
      '\\b(?:avec|sorti|montre|brandi\\w*) un couteau\\b',
      '\\bne (?:me|la|le|nous|les) laiss\\w* pas (?:sortir|partir|parler|travailler|voir|aller|telephoner)\\b',
      "\\bsans qu'?(?:il|elle) (?:le )?(?:sache|voie|decouvre)\\b",
      "\\bpeur qu'?(?:il|elle) (?:ne )?(?:voie|lise|trouve|decouvre)\\b",
      '\\b(?:pris|garde|confisque|retient) (?:\\w+ ){0,2}passeports?\\b',
      "\\b(?:you'?ll|you will|she'?ll|she will|he'?ll|he will|they'?ll|they will) pay for (?:this|that|what (?:you|she|he|they) (?:did|done|have done|'ve done|has done))\\b",
      '\\b(?:hope|hoping|wish) something (?:bad |terrible |awful |nasty )?happens to (?:you|him|her|them|his|hers|yours|your)\\b',
      '\\bwhen something happens to (?:his|hers|yours|your|his own|her own)\\b',
      '\\bwatch (?:them|his kids|her kids|his children|her children|his family|her family|your kids|your children|your family) (?:carefully|closely)\\b',
      '\\b(?:see|seeing|meet|find|catch|wait for|waiting for) (?:her|him|you|them) (?:\\w+ ){0,2}(?:in|at|outside) (?:the )?(?:\\w+ ){0,3}car ?park\\b',
      '\\b(?:saw|seen|see|seeing) (?:him|her) (?:sitting|parked|waiting|standing|watching|hanging around) (?:\\w+ ){0,3}outside (?:my|our) (?:house|flat|home|door|work|school)\\b',
      "\\b(?:i am|i'?m|im|we are|we're|(?:daughter|son|child|kids|children|she|he) (?:is|are)|she'?s|he'?s|they'?re) (?:so |absolutely |really |genuinely )?(?:terrified|petrified|scared for (?:my|our) (?:life|lives|safety))(?= *(?:[.!,;\\n]|$))",
      "\\b(?:scared|afraid|frightened|terrified) for (?:her|him|them|my|our) (?:\\w+ )?(?:safety|life|lives|children|kids)\\b(?!(?: [\\w']+){0,4} (?:road|crossing|traffic|cars|pavement|junction))",
      '\\btoo (?:scared|afraid|frightened|terrified) to (?:sleep|go to sleep|go (?:back )?home|go out|leave|be alone)\\b',
      '\\b(?:he|she|partner|husband|wife|boyfriend|girlfriend|dad|mum|stepdad) (?:\\w+ )?(?:throws|threw|throwing|chucks|chucked) (?:things|stuff|plates|objects|furniture|cups|glasses)\\b(?! at (?:the |parked )?(?:cars?|windows?|buses))',
      '\\b(?:cut|slashed|hit|struck|glassed|burned|burnt|scalded) (?:my|his|her) (?:\\w+ )?(?:face|head|arm|hand|neck|back|leg) with (?:a|the|her|his) \\w+',
      "\\b(?:you'?re|stop) hurting (?:me|her|him|us)\\b",
      '\\bassault(?:ed)? by (?:her|his|my|their|a) (?:\\w+ )?(?:partner|husband|ex|boyfriend|wife|girlfriend|father|dad|stepdad|son)\\b',
      "\\b(?:she|he|they|client|family|mum|mother|child|children)(?:'s|'re)? (?:is |are )?(?:at )?(?:very |really |such a )?high risk\\b(?! (?:of|for)\\b(?! (?:harm|abuse|violence|suicide|self|being (?:hurt|harmed|killed))))",
      "(?<=\\b(?:they|he|she|men|boys|lads|prisoners|inmates)(?: will|'ll| would|'d| are going to| is going to| said they'?d| said they would) )(?:cut|slash|glass|jump|stab|batter|do) (?:him|her|me|us|them)\\b(?! (?:off|out|short|some slack|loose|a deal|in on|a favour))",
      '\\b(?:ma|ne|te|il|o) ameninta\\w*\\b(?! (?:ca nu|cu (?:evacuarea|concedierea|amenda|politia|tribunalul)))',
      '\\b(?:ameaca-me|ameacou-me|me ameaca|me ameacou|nos ameaca|nos ameacou|ameacou-nos)\\b',
      '\\bgrozi\\w* (?:mi|nam|mnie|jej|mu)\\b',
      "\\b(?:me menace|m'a menacee?|nous menace|nous a menaces)\\b",
      '\\bstie unde (?:locuiesc|lucrez|stau|locuim)\\b',
      '\\bsabe onde (?:moro|vivo|trabalho|moramos|vivemos)\\b',
      '\\bwie,? gdzie (?:mieszkam|pracuje|mieszkamy)\\b',
      "\\bsait ou (?:j'habite|je travaille|nous habitons|je vis)\\b",
      '\\b(?:mi\\-e|ne e|imi este|imi e) frica sa (?:ies|iesim|dorm|ma culc|merg acasa|stau acasa|ma intorc)\\b',
      '\\b(?:tenho|temos) medo de (?:sair de casa|ir para casa|dormir|voltar para casa)\\b',
      '\\b(?:tenho|temos) medo de falar(?= *(?:[.!,;\\n]|$))',
      '\\b(?:tenho|temos) (?:muito )?medo(?= *(?:[.!\\n]|$))',
      '\\bboj\\w* sie (?:wyjsc|wychodzic|wrocic do domu|spac|zasnac)\\b',
      '\\bpeur de (?:sortir|rentrer|dormir)\\b',
    ],
  },
  {
    value: 'abuse_or_neglect',
    patterns: [
      // the abuse itself, not a service or policy about it ("the domestic abuse helpline")
      '\\b(?:sexual(?:ly)?|physical(?:ly)?|domestic|child|elder|financial|emotional) (?:abus\\w*|violence|assault\\w*|exploit\\w*|harass\\w*)\\b(?! (?:strateg\\w*|services?|helplines?|refuges?|charit\\w*|polic\\w*|training|awareness|team|support (?:services?|workers?|group)|workers?|funding|leaflets?|figures|statistics|law|legislation|courts?|unit|campaign|week|month|commissioner|act|bill|professionals?|specialists?|numbers?)\\b)',
      '\\babus(?:e|es|ed|ing) (?:me|him|her|them|my|the (?:child|children|kids|residents|patients|prisoners|inmates))\\b',
      '\\bbeing abused\\b',
      '\\b(?:hits|hit|hitting|beats|beat|beating|punches|punched|kicks|kicked|slapped|slaps|slap|grabbed|grabs|strangled|choked) (?:me|him|her|them|us|my (?:son|daughter|child|kids|children|mum|mother|wife|baby)|a (?:child|kid|pupil|boy|girl|baby|student)|the (?:child|children|kid|kids|pupils?|boys?|girls?|bab(?:y|ies)|students?|prisoners|inmates|residents|patients)|prisoners|inmates|residents|patients|children|kids)\\b(?! (?:out|off)\\b| with (?:a |an |another )?(?:\\w+ )?(?:bill|fine|charge|penalty|fee|letter|invoice|demand|tax|rates?)\\b)',
      '\\bhurts? (?:her|him|them) (?:mum|mom|mother|dad|and)\\b',
      '\\bby the (?:neck|throat|hair)\\b',
      '\\b(?:unexplained|covered in|has|had|with|noticed|found) (?:\\w+ )?bruis(?:es|ing)\\b',
      '\\b(?:this is|signs of|child|elder|wilful|serious) neglect\\b',
      '\\bneglect(?:ing|ed)? (?:him|her|them|the (?:child|children|kids|baby)|my (?:mother|father|mum|dad|son|daughter))\\b',
      '\\bleft alone (?:all night|at night|overnight|for (?:hours|days)|most nights)\\b',
      '\\b(?:children|kids|child|baby|toddler|babies)(?: \\w+){0,3} (?:are |is )?left alone\\b',
      '\\b(?:afraid|scared|frightened|terrified) to go home\\b',
      '\\bgroom(?:ed|ing) (?:her|him|children|kids|my)\\b',
      '\\bsend (?:\\w+ )?(?:pictures|photos|images) of (?:herself|himself)\\b',
      '\\bmeet (?:him|her) alone\\b',
      '(?<!\\b(?:like (?:her|him|them)|want (?:\\w+ ){0,3}|let (?:\\w+ ){0,2}|allow (?:\\w+ ){0,2}|mind (?:\\w+ ){0,2}|anyone|nobody|people|doctor|nurse|physio) )\\btouch(?:es|ed|ing)? me\\b',
      '\\binappropriate(?:ly)? touch',
      '\\bno food (?:for|in) (?:days|the house)\\b',
      '\\bno (?:heating|food) (?:or|and) (?:food|heating)\\b',
      '\\bcrying (?:out )?for (?:water|help|food)\\b',
      '\\bwandering (?:outside|the streets|alone|around)\\b',
      '\\bwandering (?:\\w+ ){0,2}(?:on|along|in|down) the (?:main )?(?:road|street|streets|lanes?)\\b',
      '\\b(?:nobody|no one|noone) (?:\\w+ ){0,3}(?:even )?noticed (?:he|she|they) (?:was|were|had) gone\\b',
      '\\btaking (?:money|cash) from (?:his|her|their|my)\\b',
      '\\bselling drugs to\\b',
      '\\bguards? (?:are |were )?beating\\b',
      '\\b(?:look|looks|are|is) (?:hungry|starving|malnourished)\\b',
      '\\b(?:partner|husband|boyfriend|ex|stepdad|father|dad) (?:\\w+ )?(?:hits|beats|hurts|abuses|attacks|threatens) (?:me|her|him|us|the kids|the children)\\b',
      '\\bflinch',
      '\\b(?:financially |sexually )?exploit(?:ed|ing|ation)\\b',
      '\\b(?:scared|afraid|terrified|frightened) of (?:his|her|their|my) (?:dad|mum|mom|father|mother|stepdad|stepfather|parents|partner|husband|boyfriend|carer)\\b',
      '\\b(?:hit|hits|slapped|punched|kicked|pushed|shoved|grabbed|hurt|abused) my (?:grand\\w+|mother|mum|father|dad|son|daughter|child|baby|wife|husband|sister|brother|nan|gran|aunt|uncle)\\b',
      '\\b(?:foi|fui|foram) agredid[oa]s?\\b',
      '\\bagredid[oa]s? por\\b',
      '\\b(?:zostal|zostala|zostali) (?:uderzon[ya]|pobit[ya]|pobici)\\b',
      '\\ba fost (?:lovit|batut|agresat)\\w*\\b',
      '\\ba ete (?:frappee?|battue?|agressee?)s?\\b',
      '\\bpushed (?:him|her|them|my \\w+|a child|the child) (?:to the (?:ground|floor)|over|down|against)\\b',
      '\\b(?:being|been|was|were|gets?|got|is|are) (?:\\w+ )?(?:beaten|punched|kicked|slapped|abused|assaulted|attacked|raped|molested|groomed|burn(?:ed|t)|tied up|locked (?:in|up)|threatened(?! with (?:eviction|legal|court|a fine|fines|penalt|bailiffs|disconnection|closure|prosecution)))\\b',
      '\\b(?:burns?|bruises?|cuts|marks?|injur(?:y|ies)|welts?|scratch(?:es)?|bite marks?|grip marks?) (?:on|all over|across|down) (?:his|her|their|my) (?:arms?|legs?|face|body|back|neck|hands?|wrists?|chest|thighs?|head|bottom|ribs)\\b',
      '\\btied (?:to (?:a|the|his|her) (?:chair|bed)|up)\\b',
      '\\blocked in (?:a|the|her|his|their) (?:room|bedroom|cupboard)\\b',
      '\\bmessag\\w* (?:\\w+ ){0,2}(?:\\d{1,2}[- ]year[- ]olds?|children|kids|pupils|young girls|young boys|teenagers|minors)\\b',
      '\\bno food (?:and|or) no heating\\b',
      '\\bno heating (?:and|or) no food\\b',
      "\\bcarers? (?:haven'?t|hasn'?t|have not|has not|didn'?t|did not|never) (?:turned up|come|came|arrived|visited|been)\\b",
      '\\bsleeping in (?:a|the|my|our|their) (?:family )?(?:car park|car|van|tent|doorway|park|bus shelter|garage)\\b',
      '\\bfend for themselves\\b',
      '\\bgoing through (?:the )?bins for food\\b',
      '\\bpinned down\\b',
      '\\b(?:slapped|punched|kicked|hit|beaten|assaulted|attacked|restrained) by (?:a|the|his|her|their|my) (?:\\w+ )?(?:member of staff|staff|carer|teacher|nurse|officer|guard|worker|stepdad|dad|father|partner|husband)\\b',
      '\\bbeaten up\\b',
      '\\btouch(?:ing|ed|es)? (?:her|him|them|me|children|kids|pupils) inappropriately\\b',
      '\\binappropriately touch',
      '\\b(?:he|she|partner|husband|wife) is (?:very )?(?:controlling|violent|abusive)\\b',
      '\\btakes all my money\\b',
      "\\bwon'?t let me leave\\b",
      '\\braped?\\b',
      '\\bsexual(?:ly)? assault',
      '\\bmolested\\b',
      "\\bhasn'?t been seen (?:for|in) (?:a week|days|weeks|\\d+ days)\\b",
      '\\bcheck on (?:her|him|them)\\b',
      '\\bkicked (?:him|her|me|us)? ?out (?:by|of (?:the|his|her|my) (?:home|house))\\b',
      "\\bsleeping on (?:friends'?|other people'?s) (?:sofas|floors)\\b",
      '\\bsofa[- ]surfing\\b',
      '\\bburns? (?:him|her|them) with\\b',
      '\\b(?:drag|dragged|dragging|shaking|shook|shoving) (?:an? |the )?(?:little |small |young |elderly |old )?(?:boy|girl|child|kid|pupil|lady|man|woman|resident|patient)\\b',
      '\\b(?:lay|lying|left) on the floor (?:all night|for hours|overnight)\\b',
      '\\bnobody checked on (?:him|her|them)\\b',
      '\\b(?:stealing|stolen|taking|took) (?:from (?:her|him|them)|(?:her|his|their) (?:bank )?(?:card|money|pension|savings))\\b',
      '\\bliving rough\\b',
      "\\b(?:haven'?t|have not|hasn'?t|has not) eaten (?:properly |anything )?(?:in|for) (?:\\d+ |two |three |four |five |six |several |a few |many )?days\\b",
      '\\bwe have no food\\b',
      '\\bno food (?:for|to feed) (?:the|my) (?:kids|children|baby)\\b',
      '\\btried to (?:kiss|touch|grab) me\\b',
      '\\bcom(?:es|ing) into my (?:room|bedroom) (?:at night|without)\\b',
      // Portuguese, Polish, Romanian, French
      '\\bbate-?me\\b',
      '\\bme bate\\b',
      '\\bviolencia domestica\\b',
      '\\babuso sexual\\b',
      '\\bmaus[- ]tratos\\b',
      '\\bmnie bije\\b',
      '\\bbije mnie\\b',
      '\\bprzemoc (?:domowa|w rodzinie)\\b',
      '\\bmolest',
      '\\bma bate\\b',
      '\\bviolenta domestica\\b',
      '\\babuz sexual\\b',
      '\\bme frappe\\b',
      '\\bviolences? (?:conjugales?|domestiques?)\\b',
      '\\bmaltrait',
      '\\babus sexuels?\\b',
      // children or vulnerable adults at risk, said indirectly
      '\\b(?:on (?:his|her|their) own|alone|by (?:him|her|them)sel(?:f|ves)|unsupervised) (?:\\w+ )?(?:every night|at night|all night|overnight|until (?:really |very )?late|for hours|all day|most nights|night after night)\\b',
      "\\b(?:never see|there'?s never|there is never|no|without) an? (?:adult|grown[- ]up|parent)s? (?:there|around|with (?:him|her|them)|at home|in the (?:house|flat))\\b",
      '\\block(?:s|ed|ing)? (?:me|her|him|them|us|the (?:kids|children|residents|patients)|my \\w+) (?:in|up)\\b(?! (?:the car|a safe))',
      '\\blocked in (?:my|our) (?:room|bedroom)\\b',
      "\\b(?:not allowed|isn'?t allowed|aren'?t allowed|not let) (?:any )?(?:food|to eat)\\b(?! with\\b)",
      '\\b(?:always|constantly|often|usually) (?:hungry|starving)\\b',
      '\\b(?:begging|asking|knock\\w* on doors?) (?:\\w+ ){0,2}for food\\b',
      '\\b(?:a|with|had|has|got|gave (?:him|her|them)) (?:a )?black eye\\b',
      "\\b(?:told|tells|telling|asked|made) (?:her|him|them|my \\w+|the (?:child|children|kids|girls?|boys?)) (?:not to tell|to keep (?:it|this|them|things) (?:a )?secret|(?:it was|it'?s|it is) (?:their|our|a) (?:little )?secret)\\b",
      '\\b(?:has been|have been|keeps|kept|was|is|been) touching (?:her|him|me|them|my \\w+)\\b(?! (?:up|base))',
      '\\b(?:buying|bought|buys|giving|gave|gives) (?:her|him|them|my \\w+|the (?:girls|boys|kids|children|pupils)) (?:\\w+ )?(?:presents|gifts|alcohol|vapes|cigarettes|drugs)\\b',
      '\\bmessag\\w* (?:\\w+ ){0,3}(?:girls|boys|students|pupils|teenagers) (?:in|at|from|under|on|late|at night|via|through)\\b',
      '\\bgives? (?:\\w+ ){0,2}(?:girls|boys|pupils|students|children|kids) lifts\\b',
      '\\bwith the blinds down\\b',
      "\\b(?:curtains|blinds) (?:\\w+ ){0,3}(?:haven'?t|have not|hasn'?t|has not|not) (?:been )?(?:opened|drawn|open|moved)\\b",
      "\\b(?:haven'?t|hasn'?t|have not|has not|nobody has|no one has) (?:seen|heard from) (?:him|her|them|my \\w+) (?:for|in) (?:days|a week|weeks|\\d+ days|two days|three days|four days)\\b",
      '\\bcheck on (?:the|an?|my|our) (?:\\w+ ){0,2}(?:man|lady|woman|gentleman|neighbour|neighbor|resident|couple|person|tenant|mother|father|mum|dad|family)\\b',
      '\\bwelfare check\\b',
      '\\bmessag\\w* (?:\\w+ ){0,5}asking for (?:photos|pictures|pics|images|nudes|selfies)\\b',
      '\\b(?:adult|grown|older) (?:man|men|woman|women)\\w* (?:\\w+ ){0,2}(?:messag|contact|talk|chat)\\w* (?:to )?(?:him|her|them|my \\w+|children|kids|girls|boys)\\b',
      '\\b(?:alone|on (?:his|her|their) own) (?:at|in the) (?:home|house|flat) (?:all night|overnight|at night|for hours)\\b',
      '\\b(?:ficou|ficaram|fica|esta|estao) sozinh\\w* (?:\\w+ ){0,3}(?:a noite|noite toda|toda a noite|horas)\\b',
      '\\bsam\\w* w domu (?:\\w+ ){0,2}(?:noc|godzin)\\w*',
      '\\bsingur\\w* acasa (?:\\w+ ){0,2}(?:noaptea|ore)\\b',
      '\\bseule? a la maison (?:\\w+ ){0,2}(?:nuit|heures)\\b',
      '\\bwithout (?:any )?(?:food|water|heat|heating|medication|meds|insulin|care) (?:for|since) (?:\\w+ ){0,2}(?:days|hours|a week|weeks|the weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday)\\b',
      '\\b(?:forgets|forgetting|forgotten) to eat\\b',
      "\\b(?:keeps falling|fell|has fallen|had a fall)(?: \\w+){0,4} (?:and|but) (?:\\w+ ){0,3}(?:alone|on (?:his|her|their) own|couldn'?t get up|can'?t get up|on the floor)\\b",
      '\\bleaves? (?:him|her|them) on the floor\\b',
      // someone who fell and lay there: "was on the ground for hours before anyone found her"
      '\\b(?:lay|lying|laid|left|was|been|stuck) on the (?:(?!ground )\\w+ )?(?:floor|ground) (?:for (?:hours|ages|a long time|\\d+ hours)|all night|overnight|until)\\b',
      '\\b(?:being|been|was|is) taken advantage of\\b',
      '\\b(?:spending|spends|spent|using|uses|taking|takes|took|stealing|steals|stole|stealing from) (?:all )?(?:her|his|their) (?:pension|money|benefits|savings|bank card|allowance)\\b',
      '\\b(?:checks|checking|goes through|reads) my (?:phone|messages|texts|post|mail|letters|emails)\\b',
      '\\btakes? (?:all )?my (?:money|bank card|benefits|wages|pension)\\b',
      "\\b(?:won'?t|doesn'?t|does not|will not) let me (?:see|go out|out|have|talk|speak|leave|work)\\b",
      '\\b(?:shouting|calling|screaming|begging|crying) (?:out )?for (?:help|water|food)\\b',
      '\\b(?:rough|aggressive|violent) with (?:her|him|them|my \\w+|the (?:residents|patients|children|kids|pupils))\\b',
      '\\b(?:deixad|abandonad)\\w* sozinh\\w*',
      '\\bzostawia\\w* (?:\\w+ )?sam\\w*\\b',
      '\\blasat\\w* singur\\w*',
      '\\blaiss\\w* seul\\w*',
      '\\bcaiu (?:\\w+ ){0,3}(?:e )?(?:esta|ficou) sozinh\\w*',
      '\\bupadl\\w* (?:\\w+ ){0,3}(?:i )?(?:jest|lezy|zostal\\w*) sam\\w*',
      '\\ba cazut (?:\\w+ ){0,3}(?:si )?(?:e|este|sta|a ramas) singur\\w*',
      '\\btombee? (?:\\w+ ){0,3}(?:et )?(?:est|reste) seule?\\b',
      // a child or adult hurt: pushed or thrown, hit (in the other languages too), bruised
      '\\b(?:threw|throws|thrown|throwing|shoved|shoves|shoving|pushed|pushes|pushing|slammed|slams|slamming|dragged|drags|dragging|pinned|pins|pinning) (?:me|her|him|them|us|my \\w+|the (?:child|kid|baby|boy|girl)) (?:\\w+ )?(?:against|into|down|across|onto|on|off|to) (?:the |a |his |her |my )?(?:wall|door|floor|ground|stairs|bed|table|car|window|fridge|cupboard|sofa|radiator)\\b',
      '\\b(?:beat|beats|beating|beaten|battered|batters) (?:me|her|him|them|us|my \\w+) up\\b',
      "\\b(?:unexplained|came home with|comes home with|coming home with|covered in|noticed a|found a|she'?s got a|he'?s got a) (?:another |some |big |large |huge )?(?:bruise|split lip|cut lip|fat lip|bloody nose|swollen (?:eye|face|lip))\\b",
      "\\b(?:says?|said|told me|tells me|made me promise) (?:i'?m )?not to tell (?:anyone|anybody|nobody|my|the|you)\\b",
      "\\b(?:don'?t|do not|dont) want to go (?:back )?home\\b(?! (?:without|until|empty))",
      '\\b(?:children|kids|child|baby|toddler|babies|little ones|little boy|little girl)(?: \\w+){0,3} (?:are |is |were |was |being |get |gets |got )?left (?:alone|on (?:their|his|her) own|in (?:the|a) (?:car|house|flat|van)|unattended|home alone|to fend)\\b',
      "\\b(?:haven'?t|have not|hasn'?t|has not|not) seen (?:his|her|their|the (?:child'?s|kids'?|children'?s)) (?:mum|mom|mother|dad|father|parents?) (?:for|since|in)\\b",
      '\\b(?:knocking on doors|knocks on doors|begging|asking) (?:\\w+ ){0,2}for (?:bread|something to eat|money for food)\\b',
      '\\b(?:toddler|child|kid|little (?:boy|girl|one)|baby|small (?:boy|girl|child))(?: \\w+){0,3} (?:wandering|walking|running|playing|crawling|out) (?:\\w+ ){0,4}(?:on (?:the|a) (?:main )?road|in the road|alone|on (?:his|her|their) own|by (?:him|her|them)sel(?:f|ves))\\b',
      '\\b(?:man|men|adult|stranger|older (?:man|men|boy|lad)s?|guy|bloke)(?: \\w+){0,6} (?:trying to|tries to|tried to|keeps trying to|keeps) (?:talk(?:ing)? to|touch(?:ing)?|film(?:ing)?|photograph\\w*|follow(?:ing)?|take (?:photos|pictures) of|give (?:sweets|lifts) to) (?:the |young |little |my |our |some |school )*(?:girls|boys|children|kids|daughter|son|pupils|teenagers|students)\\b',
      '\\b(?:asking|asked|asks|wants|wanted|begging|pressur\\w*) (?:her|him|them|my \\w+) (?:\\w+ ){0,2}(?:for|to send(?: him| her)?) (?:\\w+ )?(?:photos|pictures|pics|images|nudes|selfies|videos)\\b',
      '\\b(?:asking|asked|asks|wants|wanted|arranged|arranging|trying to get) (?:her|him|them|my \\w+) to meet (?:him|her|up|them)\\b',
      '\\b(?:uncle|dad|father|stepdad|stepfather|brother|cousin|grandad|grandfather|man|teacher|coach|boyfriend|neighbour|carer|stepbrother|he)(?: \\w+)? (?:touches|touched|touching|keeps touching|has been touching|tries to touch|tried to touch) (?:her|him|me|them)\\b(?! (?:on the (?:shoulder|arm)|to get))',
      '\\b(?:heard|hear|hearing|can hear) (?:\\w+ ){0,4}(?:things being thrown|someone being (?:hit|hurt|beaten)|(?:a |the )?(?:child|kid|baby|boy|girl)(?: \\w+){0,2} (?:crying|screaming|shouting) [\'"]?(?:stop|help|no|please))',
      '\\b(?:child|kid|baby|boy|girl)(?: \\w+){0,2} (?:crying|screaming|shouting) [\'"]?(?:stop|help me|please stop)\\b',
      // children not fed, homeless tonight
      "\\b(?:kids|children|son|daughter|baby|child|little ones|he|she|they)(?: \\w+)? (?:haven'?t|have not|hasn'?t|has not|had not|hadn'?t|not) (?:eaten|had (?:anything|a (?:proper |hot )?meal|a hot meal|food|any food|anything to eat))(?: \\w+){0,4} (?:since|for (?:\\w+ )?(?:days|a day|hours)|in (?:\\w+ )?days)\\b",
      '\\b(?:copiii|copilul|fetita|baiatul|fiul|fiica)(?: \\w+){0,2} nu (?:au|a) (?:mai )?mancat\\b',
      '\\b(?:filhos|filho|filha|criancas|miudos|bebe)(?: \\w+){0,3} nao (?:comem|comeram|comeu|come) (?:nada|ha|desde)\\b',
      '\\b(?:dzieci|dziecko|syn|corka)(?: \\w+){0,2} nie (?:jadl\\w*|jedza|je) (?:nic|od)\\b',
      "\\b(?:enfants|enfant|fils|fille|bebe)(?: \\w+){0,3} n'?(?:ont|a) (?:rien |pas )?mange\\b",
      // an old or disabled person neglecting themselves, or their money taken
      '\\bstopped (?:looking after|caring for|feeding|washing) (?:him|her|them)sel(?:f|ves)\\b',
      '\\b(?:controlled|emptied|drained|cleared out|taken over) by (?:her|his|their) (?:grand\\w+|son|daughter|nephew|niece|carer|neighbour|partner|boyfriend|girlfriend|husband|wife|friend|lodger|brother|sister|family)\\b',
      '\\b(?:large|unexplained|unauthori[sz]ed|suspicious|regular|big) (?:cash )?withdrawals\\b',
      '\\bsafeguarding (?:referral|alert|concern|issue|matter|risk)\\b',
      "\\b(?:taking|took|takes|withdrawing|withdrew|draining|drained|emptied|emptying) (?:\\w+ ){0,2}(?:out of|from) (?:her|his|their|my (?:mum|mother|dad|father|nan|gran|grandmother|grandfather)'?s?) (?:bank )?(?:account|savings|pension|purse|wallet)\\b",
      // Portuguese, Polish, Romanian, French: hitting, bruises
      '\\b(?:me|o|lhe|nos|os|as|te) (?:bate|batem|bateu|bateram|batia|batiam|agride|agridem|agrediu|agrediram|empurrou|esbofeteou|espancou|espancam)\\b',
      '\\b(?:bate|batem|bateu|bateram|batia|agride|agrediu|espanca|espancou|espancam)\\-(?:me|lhe|lhes|nos|o|a|os|as)\\b',
      '\\b(?:bate|batem|bateu|bateram|batia|agride|agrediu|espanca|espancou|espancam) (?:nele|nela|em mim|nos miudos|nas criancas|na (?:minha|crianca|mulher|filha|mae|menina|miuda)|no (?:meu|filho|miudo|menino))\\b',
      '\\b(?:espancad[oa]s?|espancar|espancamento|nodoas? negras?|hematomas?)\\b',
      '\\bolho (?:negro|roxo)\\b',
      '\\blabio (?:rebentado|partido|cortado|inchado)\\b',
      '\\b(?:mnie|ja|go|nas|je|ich|dziecko|dzieci|syna|corke|zone|mame|matke) (?:\\w+ )?(?:uderzyl\\w*|uderza|uderzaja|pobil\\w*|bije|bija|bil[aoiy]?|kopie|kopal\\w*|kopia|szarpie|szarpal\\w*|popchnal\\w*|dusil\\w*)\\b',
      '\\b(?:uderzyl\\w*|pobil\\w*|bije|bija|bil[aoiy]?|kopie|kopal\\w*|szarpie|szarpal\\w*|popchnal\\w*|dusil\\w*) (?:\\w+ )?(?:mnie|ja|go|nas|je|ich|dziecko|dzieci|syna|corke|zone|mame|matke)\\b',
      '\\b(?:bit[ya]|pobit[ya]|bici|pobici)\\b',
      '\\b(?:rozciet\\w*|rozbit\\w*|spuchniet\\w*) (?:warg\\w*|nos\\w*)\\b',
      '\\b(?:podbit\\w* oko|siniak\\w*)\\b',
      '\\b(?:il|o|ma|ne|va|ii|te|isi) (?:mai )?(?:bat|bate|bateau|batea|lovesc|loveste|loveau|lovea)\\b',
      '\\b(?:m|l|ne|v|i|te)\\-(?:a|au) (?:lovit|batut|impins|palmuit|agresat)\\b',
      '\\b(?:lovit|batut|palmuit|impins)\\-(?:o|l|ma|ne)\\b',
      '\\b(?:vanatai|vanataie|vanataia|vanataile|vinatai|vinataie)\\b',
      '\\bochi(?:ul)? vanat\\b',
      '\\bbuza (?:sparta|umflata)\\b',
      "\\b(?:me|te|le|la|nous|vous|les|l'a|m'a|t'a|l'ont|m'ont) (?:a |ont )?(?:frapp\\w*|battu\\w*|bat|battent|battait|gifl\\w*|etrangl\\w*|cogn\\w*)\\b",
      '\\b(?:des|couvert de|couverte de|plein de|pleine de|avec des) bleus\\b',
      '\\becchymose\\w*',
      '\\boeil au beurre noir\\b',
      // homeless tonight, with nowhere to go
      '\\bwhere (?:can|do|will|are|should|shall) (?:we|i|my (?:kids|children|son|daughter|family)) (?:going to |gonna |supposed to )?(?:sleep|stay|go) tonight\\b',
      '\\b(?:evicted|kicked out|thrown out)(?: \\w+){0,3} (?:today|tonight|this (?:morning|afternoon|evening))\\b',
      '\\bonde (?:e que )?(?:podemos|posso|vamos|vou|iremos) (?:dormir|ficar) (?:esta noite|hoje)\\b',
      '\\b(?:despejad[oa]s?|expuls[oa]s? de casa) (?:\\w+ )?hoje\\b',
      '\\b(?:a dormir|dormir|dormimos|durmo|vivemos|viver|vivo) (?:\\w+ ){0,3}(?:dentro do|no) carro\\b',
      '\\bgdzie (?:mamy|mam|bedziemy|moge|mozemy) (?:dzis |dzisiaj )?(?:spac|przenocowac)\\b',
      '\\bspimy w (?:samochodzie|aucie)\\b',
      '\\bunde (?:sa|vom|o sa|putem sa) (?:dormim|dorm)\\b',
      '\\bdormim in masina\\b',
      '\\bou (?:allons-nous|on va|vais-je|je vais|pouvons-nous|peut-on) dormir\\b',
      '\\bdormons dans (?:la|notre) voiture\\b',
      // someone coming into a bedroom at night
      '\\b(?:gets?|got|getting|climb\\w*|came|comes|coming) in ?to (?:her|his|my|their) bed\\b',
      '\\b(?:com(?:es|ing)|came|keeps coming|lets? (?:him|her)self|letting (?:him|her)self) in ?to (?:my|our|the|her|his) (?:room|bedroom|flat|house|home) (?:\\w+ ){0,2}(?:at night|in the night|while (?:we|i|she|he|they) (?:are|am|is|were|was) (?:asleep|sleeping))\\b',
      "\\b(?:enter\\w*|com(?:es|ing)|came|goes|went) (?:in ?to )?(?:her|his|my|their) (?:bed)?room (?:\\w+ ){0,2}(?:at night|in the night|when (?:she|he|i|mum)(?:'?s| is| was)? (?:asleep|sleeping))\\b",
      '\\bvine in camera (?:mea|ei|lui) (?:noaptea|in timpul noptii)\\b',
      '\\b(?:ma|o|il) (?:atinge|atingea|a atins)\\b',
      '\\bentra no (?:meu|seu) quarto (?:a|de|durante a) noite\\b',
      '\\b(?:me|a|o) (?:toca|tocou|apalpa|apalpou)\\b',
      '\\bprzychodzi do (?:mojego|jej|jego) pokoju w nocy\\b',
      '\\b(?:vient|entre) dans (?:ma|sa) chambre (?:la nuit|le soir)\\b',
      '\\b(?:il|elle) me touche\\b',
      // restraint, children hungry at school, kicked out, allergy
      '\\b(?:held|pinned|restrained|kept) (?:\\w+ ){0,2}face ?down\\b',
      '\\b(?:excessive|inappropriate|unlawful|prone) restraint\\b',
      '\\b(?:arriv\\w*|coming|comes|came|turns up|turning up) (?:at |to |into )?school (?:\\w+ ){0,2}(?:hungry|unwashed|dirty|in dirty clothes|without (?:food|lunch|breakfast))\\b',
      '\\b(?:asking|asked|asks) (?:if|whether) (?:we|i) (?:had|have|could spare) (?:any |some )?(?:food|cereal|bread|milk|something to eat)\\b',
      '\\b(?:kicked|thrown|chucked|threw|kicks) (?:me|us|him|her|them) out(?: \\w+){0,3} (?:today|tonight|this (?:morning|afternoon|evening))\\b',
      '\\bis there anywhere (?:i|we) can (?:go|stay|sleep)(?= *(?:[.?!\\n]|$| tonight| for the night| to sleep))',
      "\\b(?:don'?t|do not|dont) know anyone (?:i|we) can stay with\\b",
      '\\b(?:needed|used|use|had to have|was given|given|administered) (?:\\w+ ){0,2}epi-?pens?\\b',
      '\\banaphyla(?:ctic|xis)\\b(?! (?:training|awareness|policy|plans?|kits?|courses?))',
      '\\beating (?:\\w+ )?(?:cat|dog|pet) food\\b',
      '\\b(?:found|saw|seen) (?:her|him|them|a (?:child|toddler|little (?:boy|girl))) (?:crying |wandering |alone |walking |on (?:her|his|their) own )+(?:on|by|along|near|in) the (?:main )?road\\b',
      '\\bthings being thrown\\b(?! (?:away|out|in the bin))',
      '\\b(?:woman|man|she|mum|mother|child|kid|baby|boy|girl|someone)(?: \\w+){0,2} (?:screaming|shouting|crying|yelling) [\'"]?(?:stop|help|no|please)\\b',
    ],
  },
  {
    value: 'immediate_danger',
    patterns: [
      '\\bgas leak\\b',
      '\\b(?:fuga|cheiro) de gas\\b',
      '\\b(?:wyciek|zapach) gazu\\b',
      '\\bulatnia sie gaz\\b',
      '\\b(?:scurgere de gaz|miroase a gaz)\\b',
      '\\b(?:fuite|odeur) de gaz\\b',
      '\\bgas smell\\b',
      '\\bhomeless (?:tonight|today|tomorrow|now)\\b',
      '\\b(?:looks?|is|are|seems?) (?:ready|about|going) to (?:fall|collapse|come down|give way)\\b',
      '\\bswaying\\b',
      '\\b(?:fallen|down|live|sparking) (?:power|electric|electricity) (?:line|cable)s?\\b',
      '\\bsparking\\b',
      '\\b(?:railings?|barrier|wall|ceiling|roof) (?:\\w+ ){0,6}(?:have |has )?(?:collapsed|coming down|gave way|caving in)\\b',
      '\\bcould fall on\\b',
      '\\bcollapsed? (?:outside|in the street|on the floor)\\b',
      '\\bsmell(?:s|ing)? (?:of )?gas\\b',
      '\\bcarbon monoxide\\b',
      '\\bmanhole (?:cover )?(?:is )?missing\\b',
      '\\bmissing manhole\\b',
      // someone collapsed, a fire, a locked exit, a pregnancy emergency
      '(?<!\\b(?:when|after|since|before) )\\b(?:man|woman|lady|person|someone|somebody|he|she|child|boy|girl|patient|resident|gentleman) (?:\\w+ ){0,2}(?:has |had |just |has just |have just )?collapsed\\b(?!(?: \\w+){0,3} (?:last|ago|yesterday|in (?:19|20)\\d\\d))',
      '\\b(?:not breathing|unresponsive|turning blue|going (?:a )?(?:grey|blue)(?: colou?r)?)\\b',
      '\\bunconscious\\b(?! bias)',
      '\\b(?:burning smell|smell of (?:burning|smoke)|smoke (?:coming|pouring|billowing))\\b(?! (?:\\w+ ){0,3}(?:bins?|recycling|bonfires?|incinerator|la collette|barbecues?|bbq))',
      "\\b(?:flat|house|building|kitchen|car|shed|block|room|hall|bungalow)(?: is| was|'s)? (?:on fire|alight|ablaze)\\b",
      '\\b(?:padlocked|chained|bolted|blocked) (?:\\w+ ){0,2}(?:fire (?:doors?|exits?|escapes?)|(?:back|front|only|other) (?:door|exit))\\b',
      '\\bonly (?:one|1) way out\\b',
      '\\b(?:live|exposed|bare) (?:electrical |electric )?(?:wires?|cables?)\\b',
      '\\belectrical cables? hanging\\b',
      '\\b(?:ceiling|roof|wall|balcony) (?:is )?(?:collapsing|about to collapse|falling in)\\b',
      '\\bnowhere (?:safe )?to (?:go|sleep|stay|live)(?: tonight| tomorrow)?\\b',
      '\\bon the streets? (?:tonight|tomorrow)\\b',
      '\\bbe on the streets?\\b',
      '\\bsleeping (?:in (?:my|the|a|our) car|rough|on the streets?)\\b',
      '\\bflee(?:ing)? (?:domestic|abuse|violence|my|an abusive)\\b',
      '\\b(?:going to|will|gonna) die in (?:this|the) cold\\b',
      '\\bnao tenho onde (?:dormir|ficar)\\b',
      '\\bnie mam gdzie (?:spac|mieszkac)\\b',
      '\\bnu am unde sa (?:dorm|stau)\\b',
      '\\bnulle part ou dormir\\b',
      // danger to anyone passing, said indirectly
      '\\b(?:plaster|bits of (?:the )?ceiling|chunks of (?:\\w+ )?(?:concrete|plaster|masonry|stone)) (?:keeps? |is |are )?(?:falling|coming down|dropping)\\b',
      '\\bceiling (?:is )?(?:bowing|sagging|bulging|cracking)\\b',
      // a physical hazard; "someone will get hurt one day" alone is a warning, not a risk now
      '\\bsomeone (?:is going to|is gonna|will|could) (?:fall (?:in|off|through|down)|go over the (?:edge|side|top)|drown)\\b',
      '\\b(?:children|kids|toddlers?|child)(?: \\w+){0,3} playing (?:on|in|near|by|around) (?:the |a )?(?:building site|construction site|railway|quarry|derelict|road|main road|scaffolding)\\b',
    ],
  },
  // Signals that count only together (see `detectSafeguarding`). Alone, each is a repair, a
  // description or a complaint about the past: "no heating in two classrooms", "my mum is 84",
  // "she had a fall last year", "nobody came to fix the boiler", "her hearing aids went missing".
  {
    value: 'no_heat',
    patterns: [
      "\\b(?:no|without|hasn'?t had|haven'?t had|has had no|have had no|not had) (?:any )?(?:heating|heat)\\b",
      '\\b(?:sem|nao tem) (?:aquecimento|calor)\\b',
      '\\b(?:bez|nie ma) ogrzewania\\b',
      '\\b(?:fara|nu are) (?:caldura|incalzire)\\b',
      '\\b(?:sans|plus de|pas de) chauffage\\b',
    ],
  },
  // cold at home now: a broken boiler, a freezing house, no electricity
  {
    value: 'cold',
    patterns: [
      "\\b(?:heating|boiler)(?: \\w+){0,2} (?:has ?n'?t|has not|have ?n'?t|have not|is ?n'?t|is not|not|has stopped|was ?n'?t) (?:been )?(?:work(?:ed|ing)?|fixed|repaired|on)\\b",
      "\\b(?:heating|boiler)(?: \\w+){0,2} (?:is|has|'s|has been) (?:broken|packed up|failed|died|gone off|off)\\b(?! (?:for the summer|during the day))",
      "\\b(?:house|flat|home|room|bedroom|bungalow|place)(?: is|'s)? (?:absolutely |so |really |bitterly )?(?:freezing|ice cold|like a fridge)\\b",
      "\\b(?:can'?t|cannot|couldn'?t) (?:work|turn on|use|afford) the heating\\b",
      '\\bno (?:electric(?:ity)?|power|gas)\\b(?! (?:bill|meter|supplier|company|board))',
      "\\b(?:electric(?:ity)?|power|gas)(?: \\w+){0,2} (?:has been |was |'s been |got )?(?:cut off|run out|ran out|disconnected)\\b",
      '\\b(?:0|1|2|3|4|5|6|7|8|9|10|11|12|13|14) degrees (?:inside|in (?:the|my|her|his|our|their) (?:flat|house|room|bedroom|lounge|kitchen|home))\\b',
      '\\baquecimento (?:avariado|estragado|nao funciona)\\b',
      '\\bogrzewanie (?:nie dziala|odciet\\w*)\\b',
      '\\b(?:odciel\\w*|odcieto) (?:\\w+ )?(?:ogrzewanie|prad|gaz)\\b',
      '\\b(?:centrala|caldura|incalzirea) nu (?:mai )?(?:merge|functioneaza)\\b',
      "\\bchauffage (?:[\\w']+ ){0,8}(?:est |sont )?en panne\\b",
      '\\bil fait (?:\\d|1[0-4]) degres\\b',
    ],
  },
  {
    value: 'frail',
    patterns: [
      "\\b(?:is|aged|turned|she'?s|he'?s|i am|i'?m|im|she is|he is|who is) (?:7[5-9]|[89]\\d|1[01]\\d)\\b",
      `\\b(?:${AGES})[- ](?:years?|yrs?)[- ]?old\\b`,
      '\\bin (?:her|his|their) (?:late )?(?:eighties|nineties|80s|90s)\\b',
      '\\b(?:elderly|frail|housebound|bedbound|bed-bound|dementia|alzheimer\\w*|pensioner|non-verbal|nonverbal)\\b',
      '\\b(?:severe|profound) (?:\\w+ )?(?:disabilit(?:y|ies)|autism)\\b',
      '\\blearning disabilit(?:y|ies)\\b',
      '\\b(?:lacks?|lacking|no) (?:mental )?capacity\\b',
      '\\b(?:lives|living|live) (?:alone|on (?:his|her|their|my) own)\\b',
      `\\b(?:${AGES}) (?:de )?(?:anos|lat|ani|ans)\\b`,
      '\\b(?:idos[oa]|vive sozinh\\w*|starsz\\w*|mieszka sam\\w*|varstnic\\w*|batran\\w*|locuieste singur\\w*|sta singur\\w*|agee?|vit seule?|demencj\\w*|demencia|dementa|demence|acamad[oa])\\b',
      '\\b(?:sem|nao tem) capacidade\\b',
    ],
  },
  // a baby or toddler: at risk in the cold or unfed
  {
    value: 'young',
    patterns: ['\\b(?:newborn|baby|babies|toddler|bebe|niemowl\\w*|bebelus\\w*)\\b'],
  },
  // a child: at risk when missing
  {
    value: 'child',
    patterns: [
      `\\b(?:son|daughter|child|boy|girl|kid|he|she|he'?s|she'?s|aged) (?:is |who is )?(?:${CHILD_AGES})\\b`,
      `\\b(?:${CHILD_AGES})[- ](?:years?|yrs?)[- ]?old\\b`,
      '\\b(?:toddler|little (?:boy|girl|one)|small (?:boy|girl|child)|autis\\w*)\\b',
    ],
  },
  {
    value: 'missing',
    patterns: [
      "\\b(?:she|he|mum|mom|mother|dad|father|son|daughter|child|boy|girl|nan|gran|grandad|grandma|grandmother|grandfather|husband|wife|brother|sister|resident|patient|man|woman|lady|gentleman)(?:'s| is| has| was| had)? (?:gone |been |went )?missing\\b(?! (?:school|out|lessons|classes|work|a |an |the |her |his |their |some|appointments?)\\b)",
      "\\b(?:staff|they|school|police|we|nurses|i)(?: still)? (?:can'?t|cannot|couldn'?t|could not) find (?:him|her|them)\\b",
      '\\b(?:nobody|no one|noone) (?:can|could) find (?:him|her|them)\\b',
      '(?<!\\b(?:aids?|glasses|keys|dentures|money|purse|wallet|phone|letters?|documents?|forms?|parcels?|items?|clothes|things|belongings|cards?|records?|files?|paperwork|payments?|post|bags?|cases?|suitcases?|coat|jacket|shoes|trainers|jumper|uniform|lunchbox|books?|homework|bike|scooter|laptop|ipad|tablet|charger|medication|tablets|cat|dog) )\\b(?:went|gone|goes|going) missing\\b',
      "\\b(?:hasn'?t|has not|didn'?t|did not|never|not) (?:come|came|got|gotten|arrived|been) (?:back )?home\\b(?! (?:with|from (?:holiday|university|abroad|uni))\\b)",
      '\\bwalked out (?:of )?(?:a |an |the )?(?:\\w+ ){0,2}(?:ward|home|care home|unit|hospital|door|gate)\\b',
      '\\bwander(?:ed|s|ing) (?:off|the streets|on the (?:main )?road)\\b',
      '\\bin (?:his|her|their) (?:pyjamas|nightie|nightdress|nightclothes|dressing gown)\\b',
      '\\b(?:en pyjama|de pijama|em pijama|in pijama|w pizamie)\\b',
      '\\b(?:w nocy wychodzi|wychodzi w nocy)\\b',
      '\\bznalazl\\w* (?:go|ja) (?:\\w+ ){0,4}(?:w nocy|przy (?:glownej )?drodze|na ulicy)',
      '\\b(?:desaparecid[oa]|zagin(?:al|ela|eli)\\w*|disparut\\w*|disparue?)\\b',
    ],
  },
  {
    value: 'fell',
    patterns: [
      // a fall just now, not "she had a fall last winter" (a complaint about the past)
      `\\b(?:fell|fallen|had a (?:bad )?fall|keeps falling|been falling|caiu|upadl\\w*|przewrocil\\w*|cazut|tombee?)\\b(?! (?:asleep|behind|through|apart|ill|short|on deaf|in love|off (?:the|a) (?:list|system|radar)|into (?:arrears|debt)|silent|pregnant|due|between|under|outside|within|foul)\\b)(?: [\\w']+){0,5} (?:${RECENTLY})\\b`,
      `\\b(?:${RECENTLY}) (?:\\w+ ){0,4}(?:fell|had a fall|has fallen|caiu|upadl\\w*|a cazut|est tombee?)\\b`,
      "\\b(?:keeps falling|keeps having falls|i'?ll fall|will fall again|might fall again)\\b",
    ],
  },
  {
    value: 'unfed',
    patterns: [
      "\\b(?:hasn'?t|has not|haven'?t|have not|not|hadn'?t|had not) (?:eaten|had (?:a |any )?(?:\\w+ )?(?:meal|food|dinner|lunch|breakfast)|had anything to eat)\\b",
      '\\bno food\\b',
      '\\bnothing to eat\\b',
      "\\b(?:stopped|not|isn'?t|is not|hasn'?t been|has not been) (?:eating|drinking)\\b",
      '\\blost (?:about |nearly |over |almost )?(?:\\w+ )?(?:stone|kilos?|kg)\\b',
      '\\b(?:nao (?:come|comeu|consegue comer)|perder peso|nie je\\b|nie jadl\\w*|nie mam co jesc|schudl\\w*|nu (?:mai )?mananca|nu a mancat|slabit|ne mange (?:plus|pas|rien)|maigri|perd du poids)',
    ],
  },
  {
    value: 'uncared',
    patterns: [
      '\\b(?:nobody|no one|noone|no\\-one|no carer|no carers) (?:has |have )?(?:came|come|turned up|been (?:in|round|to see (?:her|him|them))|visited|arrived|checked)\\b',
      '\\bno (?:care|carer|carers|care package|support) (?:in place|has been|have been|since|at all|came|turned up)\\b',
      '\\bcarers? (?:have |has )?(?:stopped|cancelled|not turned up|not come)\\b',
      '\\b(?:soaked|soaking|wet) through\\b',
      "\\b(?:can'?t|cannot|unable to|not able to|isn'?t able to) (?:look after|care for|feed|wash|cook for) (?:him|her|them)sel(?:f|ves)\\b",
      '\\b(?:left|sat|sitting|lying|lay) in (?:a )?(?:soiled|dirty|wet|soaking) (?:pad|nappy|bed|sheets|clothes)\\b',
      '\\bin (?:her|his|their) own (?:urine|faeces|excrement|mess|wee|poo)\\b',
      '\\bnobody (?:had )?(?:helped|helping|to help|helps) (?:her|him|them) (?:to )?(?:eat|drink|wash|the toilet)\\b',
      '\\b(?:post|mail|letters|milk) (?:is |are )?(?:piling up|pile up|on the doorstep)\\b',
      '\\b(?:fralda (?:suja|molhada|cheia)|nao se pode defender|nao consegue comer sozinh\\w*|ninguem (?:\\w+ ){0,3}(?:ajud\\w*|dar) (?:a |de )?comer)\\b',
      '\\b(?:brudn\\w*|mokr\\w*) pieluch\\w*',
      '\\bscutec\\w* (?:murdar|ud|plin)\\w*',
      '\\bcouches? (?:sale|souillee|mouillee)s?\\b',
      '\\bnikt (?:jej|mu|im) nie (?:pom\\w*|dal\\w*) (?:\\w+ )?(?:jesc|zjesc|pic|w jedzeniu)\\b',
      '\\bnikt (?:\\w+ ){0,3}nie (?:przyszedl|przyszla|odezwal\\w*|zadzwonil\\w*|oddzwoni\\w*)',
      '\\bnimeni nu (?:a )?(?:mai )?(?:venit|trecut)\\b',
      '\\bninguem (?:veio|apareceu|foi (?:la|ve-l[oa]))\\b',
      "\\bpersonne n'?est (?:venu|passe)\\b",
      '\\bnimeni nu (?:\\w+ ){0,2}ajut\\w* sa manance\\b',
      '\\b(?:bleeding|saigne|sangra|krwawi) (?:from |de |da |z )?(?:his |her |the |la |a )?(?:head|tete|cabeca|glowy)\\b',
    ],
  },
  // left alone or stuck now: with an old or frail person, a risk at once
  {
    value: 'stranded',
    patterns: [
      '\\b(?:alone|on (?:his|her|their) own) (?:right now|at the moment|now|tonight|all day|all night|overnight)\\b',
      '\\b(?:leaving|leave|be left|being left|is left|are left) (?:him|her|them|my \\w+ )?(?:alone|on (?:his|her|their) own)\\b(?! (?:for a (?:minute|moment|second)|to (?:rest|sleep)))',
      "\\b(?:can'?t|cannot|shouldn'?t|should not) be left (?:alone|on (?:his|her|their) own)\\b",
      '\\b(?:stuck|trapped) (?:inside|indoors|in (?:the|her|his|their|my) (?:house|flat|home|bed|chair|bath))\\b',
      "\\b(?:can'?t|cannot|couldn'?t|unable to) get (?:up|out of (?:bed|a chair|the chair|the bath)|to the (?:toilet|door|bathroom|phone))\\b(?! (?:the|to|in the morning|early|stairs))",
      '\\b(?:lying|left|been|is|still) (?:\\w+ )?on the (?:(?!ground )\\w+ )?(?:floor|ground)\\b(?! (?:floor|level))',
      '\\b(?:est|allonge\\w*|toujours) par terre\\b',
      '\\bfound (?:her|him|them|my \\w+) (?:\\w+ ){0,2}on the (?:\\w+ )?(?:floor|ground)\\b',
      '\\b(?:sozinh[oa] em casa|sam\\w* w domu|singur\\w* acasa|seule? (?:a la maison|chez (?:lui|elle)))\\b',
      '\\b(?:renvoye|renvoyee|depose|deposee|laisse|laissee) (?:\\w+ ){0,6}seule?\\b',
    ],
  },
  // someone in distress for a long time, and nobody answering
  {
    value: 'distress',
    patterns: [
      '\\b(?:screaming|crying|shouting|yelling|calling out|banging)(?: \\w+){0,2} (?:for (?:hours|an hour|ages|\\d+ hours|over an hour)|all (?:day|night|evening)|non-?stop)\\b',
      '\\b(?:shouting|screaming|calling|crying) (?:out )?[\'"]?help\\b',
    ],
  },
  {
    value: 'unanswered',
    patterns: [
      '\\b(?:nobody|no one|noone)(?: \\w+)? (?:answers|answered|is answering|comes? to|came to) the (?:door|phone)\\b',
      "\\b(?:isn'?t|is not|not|wasn'?t|aren'?t|are not) answering (?:the door|(?:her|his|their) (?:door|phone|mobile))\\b",
      "\\b(?:she|he|they)(?: is|'s| are|'re)? not answering\\b",
      '\\b(?:her|his|their|the) door is locked\\b',
      '\\bparents (?:\\w+ ){0,2}(?:went out|are out|have gone out|went away|have gone away|left)\\b',
    ],
  },
  // an old person cheated of money: "a man keeps taking her to the bank"
  {
    value: 'exploited',
    patterns: [
      '\\b(?:been|being|was|got|is being) (?:scammed|conned|defrauded)\\b',
      '\\btaking (?:her|him|them) to the bank\\b',
      '\\b(?:keeps|has been|is|kept) (?:coming round|visiting|calling round) (?:and )?(?:asking|taking|borrowing) (?:for )?(?:money|cash)\\b',
    ],
  },
  // missed medication with a seizure or crisis: "hasn't had his epilepsy tablets … had a fit"
  {
    value: 'no_meds',
    patterns: [
      "\\b(?:hasn'?t|has not|haven'?t|have not|not|never|wasn'?t|weren'?t|without|missed|didn'?t get|did not get|not been given|not received|hasn'?t received|hasn'?t had|went without|running out of|ran out of) (?:been )?(?:given |had |received |got )?(?:his|her|their|my|any|the) (?:\\w+ )?(?:medication|meds|insulin|tablets|inhaler)\\b",
      "\\b(?:medication|meds|insulin|tablets) (?:\\w+ ){0,2}(?:not given|was not given|wasn'?t given|missed|withheld)\\b",
      '\\bnao (?:recebeu|recebe|tem tomado|tomou) (?:os |a )?(?:comprimidos|medicamentos|medicacao|remedios)\\b',
      '\\bnie (?:dostal\\w*|dostaje|otrzymal\\w*) (?:\\w+ )?lekow\\b',
      '\\b(?:nie ma|bez|brak) (?:\\w+ )?(?:insuliny|lekow)\\b',
      '\\bnu (?:a primit|primeste) (?:\\w+ )?(?:medicamentele|pastilele|tratamentul)\\b',
      "\\b(?:n'a|n'ont|na|nont) pas (?:recu|eu) (?:ses|son|leurs?) (?:medicaments|traitement)\\b",
    ],
  },
  {
    value: 'med_crisis',
    patterns: [
      '\\b(?:seizures?|fits?|fitting|hypo|collapsed|convuls\\w*|crise|atak\\w*|napad\\w*|criza|crize|dizzy|confused|shaky)\\b',
      '\\b(?:zasłabl\\w*|zaslabl\\w*|straci przytomnosc|kreci (?:mu|jej|mi) sie w glowie)',
    ],
  },
  // not eating and fainting: "lost a frightening amount of weight … fainted in the shower"
  {
    value: 'weight_loss',
    patterns: [
      '\\blost (?:a |an )?(?:\\w+ )?(?:amount of|lot of|load of) weight\\b',
      '\\b(?:losing|lost) (?:so much |a lot of |weight )?(?:weight )?(?:fast|rapidly|quickly|dramatically)\\b',
      '\\beating disorder\\b',
      "\\b(?:won'?t|will not|refuses to|stopped|not) eat(?:ing)?\\b(?! (?:out|with|in|at|the (?:school|hospital)))",
      '\\b(?:perdu (?:enormement|beaucoup) de poids|ne mange (?:presque )?plus|perdeu muito peso|nao come|schudl\\w* bardzo|nie je\\b|a slabit mult|nu mai mananca)',
    ],
  },
  {
    value: 'faint',
    patterns: [
      '\\b(?:fainted|fainting|faints|passed out|blacked out|collapsed|heart rate)\\b',
      '\\b(?:evanoui\\w*|desmai\\w*|zemdlal\\w*|lesinat|lesin\\w*)',
    ],
  },
  // pregnant and bleeding
  {
    value: 'pregnant',
    patterns: ['\\b(?:pregnant|gravida|w ciazy|insarcinata|enceinte|weeks gone)\\b'],
  },
  {
    value: 'bleeding',
    patterns: [
      '\\b(?:bleeding|haemorrhag\\w*|hemorrhag\\w*|sangr\\w*|krwaw\\w*|krwotok\\w*|sangerare|saigne\\w*|saignement\\w*)\\b(?! (?:gums?|nose|heart|from (?:the|my|his|her) (?:gums?|nose)))',
    ],
  },
  // harm in care that counts only while the person is alive
  {
    value: 'care_harm',
    patterns: ['\\bpressure sores?\\b(?: (?:\\w+ ){0,4}(?:bone|infected|neglect))?', '\\bpressure ulcers?\\b'],
  },
  {
    value: 'deceased',
    patterns: [
      '\\b(?:passed away|died|has died|death|deceased|funeral|bereave\\w*)\\b',
      '\\b(?:my |our )?late (?:mum|mother|father|dad|husband|wife|son|daughter|nan|gran|grandmother|grandfather|brother|sister|partner|aunt|uncle)\\b',
    ],
  },
  // a past risk that is over: "two years ago I took an overdose … I'm in a good place now"
  {
    value: 'past',
    patterns: [
      '\\b(?:years?|months?) ago\\b',
      '\\b(?:back )?in (?:the (?:winter|summer|spring|autumn) of )?(?:19|20)\\d\\d\\b',
      '\\b(?:years|months) (?:on|later)\\b',
      '\\blast (?:year|summer|winter|spring|autumn)\\b',
      '\\b(?:january|february|march|april|may|june|july|august|september|october|november|december) (?:19|20)\\d\\d\\b',
    ],
  },
  {
    value: 'recovered',
    patterns: [
      "\\b(?:i'?m|i am|he'?s|she'?s|he is|she is|they'?re|they are|we're|we are) now (?:safe|fine|well|happy|happier|ok|okay|great|better|in a|doing|working|married|settled|back)\\b",
      '\\b(?:safe|happy|happier|well|fine|okay|better|settled|in a (?:really |much |very )?(?:good|better) place|doing (?:really )?(?:fine|well|great|brilliantly)) now\\b',
      '\\bnow (?:doing|working|married|happy|safe|well|in a (?:good|better|much better) place)\\b',
      "\\b(?:he'?s|she'?s|i'?m) doing (?:really )?(?:fine|well|great|brilliantly)\\b",
      '\\b(?:is|am|are) doing (?:really )?(?:fine|well|great|brilliantly)(?= *(?:[.!,;\\n]|$| now))',
      "\\b(?:haven'?t|hasn'?t|have not|has not) needed (?:the service|them|you|help|any help)\\b",
      '\\bgot (?:me|him|her|us) through (?:it|that)\\b',
      "\\b(?:he'?s|she'?s|i'?m|they'?re) (?:\\w+ ){0,2}now,?(?: and)? (?:married|working|doing|happy|safe|well|at (?:university|college|work)|back at (?:school|work|college|home))\\b",
    ],
  },
  // everyday joking: "I'm going to kill my husband 🙄", "she'll kill me lol"
  {
    value: 'joke',
    patterns: ['\\b(?:lol|haha\\w*|lmao|jk|only joking|joking aside|just kidding)\\b'],
  },
];

/** exported for tests and profiling */
export const COMPILED = compileRules(RULES.map((rule) => ({ ...rule, patterns: rule.patterns.map(spellApostrophes) })));

export interface SafeguardingFinding {
  safeguarding: boolean;
  concerns: Concern[];
  words: string[];
  /**
   * The message's risk words are everyday exaggeration ("I could kill for a reply", "this wait
   * is killing me"): the phrases saw them and chose not to alert, so the statistical backup,
   * which sees only the words, should not overrule them on a middling probability.
   */
  exaggeration: boolean;
}

const EXAGGERATION =
  /\b(?:could (?:kill|murder) (?:for|a|an|some)|(?:is|are|was|were|it'?s|its|they'?re) (?:literally |actually |slowly )?killing me|kill me now|shoot me now|dying (?:to|for|of (?:boredom|embarrassment|shame|laughter))|bored to death|(?:scared|frightened) me to death|death trap|over my dead body|(?:the )?death of me|(?:mad|angry|furious) enough to (?:scream|spit)|to die for)\b/;

/** Signals that raise an alert in the company of one of the others listed with them. */
const PAIRS: ReadonlyArray<readonly [Signal, readonly Signal[]]> = [
  ['frail', ['no_heat', 'cold', 'missing', 'stranded', 'exploited', 'unanswered']],
  ['distress', ['unanswered']],
  ['young', ['no_heat', 'cold', 'unfed']],
  ['child', ['missing']],
  ['no_meds', ['med_crisis']],
  ['weight_loss', ['faint']],
  ['pregnant', ['bleeding']],
];
/** An old or frail person with two of these at once (one alone is usually a past complaint). */
const NEEDS: readonly Signal[] = ['cold', 'fell', 'unfed', 'uncared'];
const CONCERNS = new Set<Signal>(['self_harm', 'violence', 'abuse_or_neglect', 'immediate_danger']);
/** laughing, winking and eye-rolling faces: a "threat" made in jest */
const JOKE_FACES = /[\u{1F602}\u{1F605}\u{1F606}\u{1F609}\u{1F60F}\u{1F61C}\u{1F61D}\u{1F923}\u{1F644}]/u;

export function detectSafeguarding(input: RuleInput, prefilter = true): SafeguardingFinding {
  const found = findMatches(COMPILED, input, prefilter);
  const seen = new Set<Signal>();
  for (const m of found) seen.add(m.value);
  // which signals count: both halves of a pair were found
  const counted = new Set<Signal>();
  for (const [one, others] of PAIRS) {
    if (!seen.has(one)) continue;
    const present = others.filter((other) => seen.has(other));
    if (present.length === 0) continue;
    counted.add(one);
    for (const other of present) counted.add(other);
  }
  const needs = NEEDS.filter((need) => seen.has(need));
  if (seen.has('frail') && needs.length >= 2 && !seen.has('deceased')) {
    counted.add('frail');
    for (const need of needs) counted.add(need);
  }
  if (seen.has('care_harm') && !seen.has('deceased')) counted.add('care_harm');
  const over = seen.has('past') && seen.has('recovered');
  const joking = seen.has('joke') || JOKE_FACES.test(input.text);
  const matches = found.filter((m) => {
    if (over && m.value !== 'violence') return false;
    if (CONCERNS.has(m.value)) return !(joking && m.value === 'violence');
    return counted.has(m.value);
  });
  const concerns = [...new Set(matches.map((m): Concern => (isConcern(m.value) ? m.value : concernOf(m.value))))];
  return {
    safeguarding: matches.length > 0,
    concerns,
    words: [...new Set(matches.map((m) => m.words.trim()))],
    exaggeration: EXAGGERATION.test(input.folded),
  };
}

function isConcern(value: Signal): value is Concern {
  return CONCERNS.has(value);
}

/** A medical emergency is an immediate danger; the rest is a vulnerable person left at risk. */
const MEDICAL = new Set<Signal>([
  'distress',
  'unanswered',
  'no_meds',
  'med_crisis',
  'weight_loss',
  'faint',
  'pregnant',
  'bleeding',
]);
const concernOf = (signal: Signal): Concern => (MEDICAL.has(signal) ? 'immediate_danger' : 'abuse_or_neglect');
