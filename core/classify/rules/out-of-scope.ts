import type { OutOfScopeReason } from '../../domain/vocabulary.js';
import { compileRules, findMatches, type PhraseRule, type RuleInput, type RuleMatch } from './phrase-rules.js';

/**
 * Matters the feedback policy does not cover (POLICY.md §4: "refer, explain, record"). One
 * reason per message; when several match, the earlier in PRIORITY wins because it decides where
 * the person is sent (a matter in court goes to the court process even if it is also about a GP).
 * POLICY.md §4: "complaints about the HANDLING of an ongoing [FOI or subject access] request are
 * in scope", so an FOI or SAR match next to words about delay or mishandling is not out of scope;
 * the same holds for an appeal already lodged whose progress is complained about.
 *
 * Besides phrases that settle a reason alone, some reasons are read from two signals that must
 * both be present, so that neither alone raises a flag:
 * - staff matters: the writer says they work for the government (`employee`) and raises their
 *   own employment (`employment_matter` → staff_grievance) or wrongdoing they fear to report
 *   under their name (`wrongdoing` → whistleblowing);
 * - police: a crime or a missing person (`crime`) and the writer asking where to report it
 *   (`report_where`): "someone nicked my bike … who do I report this to";
 * - legal action: a lawyer's letter (`lawyer`: "we act for", "our client") that makes a claim
 *   (`claim`: negligence, damages, liability);
 * - appeal: a request to have a decision looked at again (`appeal_weak`: "I want this decision
 *   reviewed") about a decision that has an appeal route (`appeal_domain`: benefits, tax,
 *   planning, parking, school places), not a care or service decision.
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

type Signal =
  | OutOfScopeReason
  | 'employee'
  | 'employment_matter'
  | 'wrongdoing'
  | 'handling'
  | 'crime'
  | 'report_where'
  | 'lawyer'
  | 'claim'
  | 'appeal_weak'
  | 'appeal_domain'
  | 'appeal_pending'
  | 'not_appealing'
  | 'gp_blamed';

const RULES: PhraseRule<Signal>[] = [
  {
    value: 'foi',
    patterns: [
      '\\bfreedom of info(?:rmation)?\\b',
      '\\bfoi (?:request|law|act|team|please)\\b',
      '\\bunder (?:the )?foi\\b',
      '\\ban foi\\b',
      '\\bfoi:',
      '^foi\\b',
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
      '\\bwniosek o informacje publiczna\\b',
    ],
  },
  {
    value: 'subject_access',
    patterns: [
      '\\bsubject access\\b',
      '\\bsar\\b',
      '\\b(?:a |full )?cop(?:y|ies) of (?:all )?(?:the )?(?:my |his |her |our )?(?:full |personal |\\w+ )?(?:data|information|medical records|health records?|records|file|notes)\\b(?! (?:you sent|attached))',
      // "a copy of everything Social Security holds on me", "… has on me"
      '\\b(?:a |full |complete )?cop(?:y|ies) of (?:everything|all|anything|whatever) (?:that )?(?:\\w+ ){0,4}(?:holds?|has|have|keeps?|kept|held|recorded) (?:on|about) (?:me|him|her|my)\\b',
      // a solicitor or key worker asking for a client's records
      "\\b(?:request|requesting|provide|send|like|want|ask for|asking for) (?:us |me )?(?:with )?(?:a |the )?(?:full |complete )?cop(?:y|ies) of (?:\\w+ )?(?:\\w+'s|his|her|their|our client'?s?) (?:\\w+ ){0,3}(?:records|notes|file|care plans?|assessments)\\b",
      '\\b(?:request|requesting|like|want) (?:a )?cop(?:y|ies) of (?:the |my )?(?:999 )?(?:call|phone) recordings?\\b',
      '\\baccess to my (?:\\w+ )?(?:records|data|file|notes)\\b',
      '\\b(?:like|want|wish|need|ask|asking|request|requesting|can i|could i|may i) (?:to )?(?:see|view|obtain|have|get) (?:a copy of )?(?:all )?my (?:\\w+ )?(?:records|file|notes)\\b(?! (?:updated|corrected|changed|amended|fixed))',
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
      '\\bcopia (?:de |dos |das )?(?:todos |todas )?(?:os |as )?(?:meus |minhas )?(?:registos|registros|dados pessoais|informacoes|processo clinico)\\b',
      '\\bdados pessoais que (?:\\w+ ){0,4}(?:tem|tenham|guarda|detem) sobre mim\\b',
      '\\bkopi\\w* (?:wszystkich )?(?:moich )?danych\\b',
      '\\bkopi\\w* (?:mojej |moich )?(?:dokumentacji|akt)\\b',
      '\\bdostep do (?:moich )?danych (?:osobowych)?\\b',
      '\\bcopie a (?:tuturor )?(?:datelor|date)\\b',
      '\\bdatele (?:mele )?personale\\b',
      '\\bcopie de (?:toutes )?(?:mes )?donnees\\b',
      '\\bcopie de (?:toutes )?(?:les |mes )?(?:informations|donnees|dossiers?) (?:personnelles )?(?:me concernant|a mon sujet)\\b',
      '\\bacces a mes donnees\\b',
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
      "(?<!(?:not|n't) (?:\\w+ ){0,3})\\b(?:contest|contesting|challenge|challenging|dispute|disputing|object to|overturn) (?:the|this|my|a|our|that) (?:\\w+ ){0,3}(?:fine|decision|notice|pcn|assessment|penalty|charge|refusal|ticket)\\b",
      "(?<!(?:not|n't) (?:\\w+ ){0,3})\\bdecision (?:to be )?(?:reconsidered|overturned)\\b",
      '\\bcancel (?:the|this|my) (?:parking )?(?:fine|penalty|ticket|pcn)\\b',
      '\\bparking charge notice\\b',
      '\\b(?:parking )?fine appeal\\b',
      '\\bappeal(?:ing)? (?:against )?(?:a|the|my|this) (?:parking )?(?:fine|ticket|penalty|pcn)\\b',
      // the appeal route itself: "intention to appeal", "neighbours can appeal", "deadline to appeal"
      '\\b(?:intention|notice|grounds|deadline|time limit) (?:to|of|for) (?:an? )?appeal\\b',
      '\\b(?:can|could|may) (?:i|we) (?:still )?appeal\\b(?! (?:to you|here))',
      '\\b(?:understand|told|heard|read) (?:that )?(?:\\w+ ){0,2}(?:can|could|may) (?:still )?appeal\\b',
      '\\b(?:appeals?|social security|medical appeal|planning) tribunal\\b',
      '\\bplanning inspector\\b',
      '\\bappeals? (?:panel|form)\\b',
      '\\brefer(?:red)? (?:this |it |my case )?to (?:a|the) (?:\\w+ ){0,2}tribunal\\b',
      '\\brecorrer d[aoe]\\b',
      '\\b(?:fazer|apresentar|interpor) (?:um )?recurso\\b',
      '\\bquero recorrer\\b',
      '\\bodwola(?:c|nie) (?:sie )?od\\b',
      '\\bodwolac sie\\b',
      '\\bzlozyc odwolanie\\b',
      '\\bsa contest\\b',
      '\\bcontest (?:amenda|decizia)\\b',
      '\\b(?:sa |dorim sa |vreau sa )?contestam\\b',
      '\\bcontestatie\\b',
      '\\bcontester (?:l|la|le|cette)\\b',
      '\\bfaire appel\\b',
      '\\b(?:un |former un |deposer un )?recours (?:contre|gracieux)\\b',
    ],
  },
  {
    // a request to look at a decision again: an appeal only about a decision with an appeal route
    value: 'appeal_weak',
    patterns: [
      "(?<!(?:not|n't) (?:\\w+ ){0,3})\\b(?:want|like) (?:it|the decision|this decision|this) (?:reviewed|reconsidered|overturned)\\b",
      "(?<!(?:not|n't) (?:\\w+ ){0,3})\\bdecision (?:to be )?reviewed\\b",
      '\\bdisagree with (?:the|this|your|their) (?:\\w+ ){0,2}decision\\b',
      '\\bdisagree with (?:it|that)\\b',
      '\\b(?:request|ask|asking) (?:for )?a (?:formal )?reconsideration\\b',
      '\\bdecizia (?:este |e )?gresita\\b',
      '\\ba decisao (?:esta )?errada\\b',
      '\\bdecyzja jest (?:bledna|niesprawiedliwa)\\b',
      '\\bla decision est (?:injuste|erronee)\\b',
    ],
  },
  {
    // decisions that have a formal appeal route (POLICY.md §4)
    value: 'appeal_domain',
    patterns: [
      '\\bparking (?:fine|ticket|charge)\\b',
      '\\bplanning (?:permission|application|decision|refusal)\\b',
      '\\bbuilding (?:control|permission)\\b',
      '\\bschool (?:place|allocation|admission)s?\\b',
      '\\bincome support\\b',
      '\\blong[- ]term (?:care|incapacity)\\b',
      '\\b(?:tax|ltc|care needs|medical) assessment\\b',
      '\\bassessment (?:decision|outcome)\\b',
      '\\b(?:benefit|allowance|pension|award)\\b',
      '\\bsocial security\\b',
      '\\bgcse\\b',
      '\\b(?:penalty (?:charge )?notice|pcn|fine|fined|ticket)\\b',
      '\\b(?:pensao|subsidio|pensja|zasilek|pensie|ajutor|allocation)\\b',
    ],
  },
  {
    // an appeal already lodged: complaints about its progress are in scope
    value: 'appeal_pending',
    patterns: [
      '\\b(?:lodged|submitted|sent|made|put in|filed) (?:my|an|the|our|his|her) appeal\\b',
      '\\bmy appeal (?:against (?:\\w+ ){1,4})?(?:was|has been|is|went) (?:in|lodged|submitted|sent|received|acknowledged|still|with)\\b',
      "\\b(?:not|n't) asking (?:you )?to (?:change|overturn|reverse) the decision\\b",
      '\\bthank you for your appeal\\b',
      '\\b(?:requested|asked for|applied for|submitted|lodged) a (?:formal )?reconsideration\\b',
      '\\b(?:depus|trimis) (?:o )?contestatie\\b',
      '\\b(?:apresentei|fiz|enviei|meti) (?:o |um )?recurso\\b',
      '\\b(?:zlozyl\\w*|wyslal\\w*) odwolanie\\b',
      '\\b(?:fait|depose|envoye) (?:un |mon )?(?:appel|recours)\\b',
    ],
  },
  {
    // the writer says they are not appealing: "Not appealing or anything but the letter…"
    value: 'not_appealing',
    patterns: [
      "\\b(?:i'?m |we'?re |i am |we are )?not (?:appealing|challenging|disputing|contesting)\\b",
      "\\b(?:not|n't) (?:asking|wanting) (?:you )?to (?:change|overturn|reverse|review) the decision\\b",
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
      "\\bpolice (?:\\w+ ){0,4}(?:did nothing|never came|never investigated|didn'?t come|laughed|never (?:seem to |seems to )?(?:come|turn up|turned up|respond))\\b",
      '\\bpolice officers?\\b',
      '\\bi was arrested\\b',
      '\\b(?:searched|stopped|arrested|detained|handcuffed|questioned|stopped and searched) by (?:the )?police\\b',
      // the police were told and did not act: "phoned the police several times but they never come out"
      "\\b(?:called|phoned|rang|contacted|told|informed|reported (?:it|this|him|her|them|that) to) the police\\b(?:(?!ambulance|paramedic|fire|housing|hospital|council|andium)[^.!?;]){0,100}?\\b(?:never (?:seem to |seems to )?(?:come|came|turn up|turned up|respond|responded|rang|called|got back)|(?:didn'?t|did not) (?:come|turn up|do anything|respond|bother)|(?:was|were|been) released|released (?:him|her|them)|did nothing|(?:have|has) done nothing|civil matter|nothing (?:was|has been) done)",
      '\\b(?:he|she|they) (?:was|were) released (?:on bail|without charge|the same (?:night|day))\\b',
      '\\bwhy was (?:he|she) released\\b',
      // stopped by a traffic officer
      '\\b(?:was|got|been|were|being) pulled over\\b',
      '\\bbreathalys',
      // threatened with a weapon
      '\\b(?:threatened|came at|attacked|went for) (?:me|us|him|her|my \\w+) with a (?:knife|machete|bat|hammer|weapon)\\b',
      '\\b(?:came|come|turned up) to (?:my|our|the) door (?:\\w+ ){0,3}with a knife\\b',
      '\\b(?:um|o) policia\\b',
      '\\bpolicjant',
      '\\bpolitist',
      '\\bun policier\\b',
      '\\bcontre (?:un|le) policier\\b',
      // "I reported it to the police and nobody rang me" in the other languages
      '\\b(?:queixa|denuncia) (?:a|na) policia\\b[^.!?]{0,160}?\\b(?:ninguem|nada|nunca|nem)\\b',
      '\\bnem a policia\\b',
      '\\bam sunat la politie\\b',
      '\\b(?:zglosil\\w*|dzwonil\\w*) (?:to )?na policj\\w*\\b[^.!?]{0,100}?\\b(?:nic|nikt|nie)\\b',
      '\\b(?:appele|prevenu) la police\\b[^.!?]{0,100}?\\b(?:rien|personne|jamais|pas)\\b',
    ],
  },
  {
    // a crime against the writer, or a missing child: the police's matter when the writer asks
    // where to report it (a risk told without that question is a safeguarding matter, not this)
    value: 'crime',
    patterns: [
      '\\b(?:stole|stolen|nicked|pinched|robbed|mugged|pickpocketed|shoplifting|burgled|burglary)\\b',
      '\\b(?:broke|broken|breaking) into\\b',
      '\\bbreak-?in\\b',
      '\\b(?:hit and run|drove off|driven off|sped off)\\b',
      '\\bdealing (?:drugs|weed|coke)?\\b',
      '\\bdrug dealing\\b',
      '\\bselling drugs\\b',
      '\\bidentity (?:fraud|theft)\\b',
      '\\bloans? in my name\\b',
      '\\b(?:keyed|scratched|smashed|vandalised|vandalized) (?:my|our) (?:car|van|window)',
      "\\b(?:hasn'?t|has not|didn'?t|did not|never) come home\\b",
      '\\b(?:roubaram|roubado|roubada|roubo|furtaram|assaltaram|assalto)\\b',
      '\\briscou o (?:meu )?carro\\b',
      '\\bameac\\w*',
      '\\b(?:ukradl\\w*|ukradzion\\w*|kradziez\\w*|wlamal\\w*|wlamanie)\\b',
      '\\b(?:grozil\\w*|uderzyl)\\b',
      '\\bzabral\\w* (?:im |mi )?paszport',
      '\\b(?:furat|furtul)\\b',
      "\\b(?:on m'a vole|vol de|cambriol\\w*)\\b",
    ],
  },
  {
    value: 'report_where',
    patterns: [
      '\\b(?:who|where|how) (?:do|should|can|would|could) (?:i|we) (?:report|tell|call|ring|contact|go to|speak to|talk to)\\b',
      '\\bwho (?:do|should) i report\\b',
      '\\bdo (?:i|we) report (?:this|that|it)\\b',
      '\\b(?:report|reporting) (?:this|that|it) (?:to you|through you|here)\\b',
      "\\b(?:not sure|don'?t know|dont know|no idea) (?:who|where) (?:else )?(?:to|i should) (?:tell|report|call|contact|go|turn)\\b",
      '\\bis (?:this|that) (?:you|for you|your department)\\b',
      '\\b(?:go|report it|report this) to the police\\b',
      '\\bsomeone needs to know\\b',
      '\\bnao sei se (?:isto|isso) e com voces\\b',
      '\\b(?:a quem|onde) (?:devo |posso )?(?:comunicar|denunciar|reclamar|queixar)',
      '\\b(?:nie wiem )?gdzie (?:to )?zglosic\\b',
      '\\bczy (?:moge|mozna) to zglosic\\b',
      '\\bmusze isc na policje\\b',
      '\\bunde (?:pot|trebuie sa) (?:sa )?(?:raportez|anunt|reclam)\\b',
      "\\ba qui (?:dois-je|puis-je|je dois) (?:m'adresser|signaler)\\b",
    ],
  },
  {
    value: 'gp',
    patterns: [
      '\\bgp (?:surgery|practice|receptionist|practise)\\b',
      "\\bdoctor'?s'? (?:surgery|practice)\\b",
      '\\b(?:my|the|our) doctor at (?:the |my |our )?(?:\\w+ )?(?:health centre|medical centre|surgery|practice)\\b',
      '\\bdoctor at (?:my|the|our) (?:gp |local )?surgery\\b',
      '\\bthe gp (?:i saw|who)\\b',
      '\\bmedical centre\\b',
      "\\b(?:my|our|the|his|her) (?:gp|family doctor|family gp)\\b (?:\\w+ ){0,2}(?:refus\\w*|misdiagnos\\w*|won'?t|wouldn'?t|didn'?t|did not|was rude|is rude|charged|prescribed|never|barely|ignored|struck|removed)",
      '\\b(?:complain|complaint) about (?:the |my |our )?(?:gp|family doctor)\\b',
      '\\bthe gp at\\b',
      '\\bour family doctor\\b',
      // access to a GP is the GP's matter (POLICY.md §4: complaints about GPs)
      '\\b(?:get|getting|book|booking) (?:a |an )?gp appointment\\b',
      // "my surgery just put the price up", "Dr Sharma at my surgery in Gorey"
      "\\bmy surgery (?:just |has |have |keeps |now )?(?:put|puts|charged|charges|charging|raised|refused|refuses|won'?t|wouldn'?t|receptionist|receptionists)\\b",
      "\\b(?:at|rang|called|phoned) (?:my|our|the|his|her) (?:gp'?s |doctors? )?surgery\\b(?! (?:team|unit|ward|waiting list))",
      '\\bbest gp\\b',
      "\\b(?:doctor|gp)'?s receptionist\\b",
      '\\b(?:gp|gps) (?:fees|charges|prices)\\b',
      '\\b(?:gp|gps) (?:charge|charging)\\b',
      '\\b(?:register|registered|registering) (?:with|at) (?:a |an |my )?(?:gp|doctor|surgery|practice)\\b',
      '\\b(?:queixa|reclamacao) (?:contra|sobre|do|de) (?:o )?(?:meu )?medico de familia\\b',
      '\\b(?:o )?(?:meu )?medico de familia (?:recusou|nao quer|nao me|cobrou|cobra|foi)\\b',
      '\\bskarg\\w* na (?:mojego )?lekarza rodzinnego\\b',
      '\\blekarz rodzinny (?:odmowil|nie chce|nie chcial|zazadal|kazal mi zaplacic)\\b',
      '\\b(?:przychodnia|przychodni) (?:lekarz\\w* )?rodzinn\\w*\\b',
      '\\b(?:inregistrez|inscriu) la un medic de familie\\b',
      '\\bmedicul (?:meu )?de familie (?:a refuzat|nu vrea|mi-a cerut|m-a taxat)\\b',
      '\\bcabinet(?:e|ul)? (?:medical|medicale)\\b',
      '\\bmedecin traitant\\b',
      '\\bmon medecin generaliste\\b',
    ],
  },
  {
    // "my complaint is about the GP practice": kept even when the hospital is also mentioned
    value: 'gp_blamed',
    patterns: [
      "\\b(?:complaint|complain) is (?:about|against|with) (?:the|my|his|her|our) (?:gp|doctor'?s|surgery|practice)\\b",
      '\\b(?:rang|called|phoned) the surgery and (?:they|she|he) said\\b',
      '\\b(?:failure|failed) to refer\\b',
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
      '\\bconfidential (?:route|way|channel|line) for (?:staff|employees)\\b',
      '\\b(?:way|route|process|policy) for (?:staff|employees) to (?:raise|report) (?:concerns|wrongdoing)\\b',
    ],
  },
  {
    value: 'staff_grievance',
    patterns: ['\\bgrievance\\b', '\\braise a grievance\\b'],
  },
  {
    value: 'employee',
    patterns: [
      "\\bi (?:work|am employed|have worked|worked|am working) (?:nights |days |shifts |part[- ]time |full[- ]time )?(?:in|for|at|on) (?:the |one of the )?(?:\\w+[ -]){0,4}(?:department|hospital|general|school|government|states|planning|procurement|infrastructure|health|social security|tax office|revenue jersey|prison|team|ward|unit|contact centre|call centre|dvs|customer and local services|homes?|la moye|orchard house|overdale|camhs|highlands college|library|fire station|ambulance service|fire (?:and rescue )?service|prison service|probation service|children'?s services|customs|immigration|highways|recycling centre|depot|kitchens?)\\b",
      // "I work as a care assistant at a residential home", "I have worked in X for four years"
      '\\bi (?:work|have worked) as an? (?:\\w+ ){1,3}(?:at|in|for|on)\\b',
      "\\b(?:i have|i'?ve) worked (?:in|for|at) (?:the )?(?:\\w+ ){1,5}for (?:\\w+|\\d+) (?:years|months)\\b",
      "\\b(?:as an?|i am an?|i'?m an?) (?:\\w+ ){0,2}(?:employee|member of staff|staff member|civil servant)\\b",
      "\\b(?:as an?|i am an?|i'?m an?) (?:staff |registered |senior |charge |night |agency |ward |deputy )?(?:nurse|teacher|doctor|porter|cleaner|officer|social worker|midwife|paramedic|firefighter|prison officer|bus driver|healthcare assistant|care assistant|support worker) (?:at|in|for|with|and|on)\\b",
      "\\b(?:as an?|i am an?|i'?m an?) (?:staff |registered |senior |charge |night |agency |ward |deputy )?(?:nurse|teacher|doctor|porter|cleaner|social worker|midwife|paramedic|firefighter|prison officer|bus driver|healthcare assistant|teaching assistant|civil servant|tax officer|housing officer)\\b",
      '\\bmy (?:line manager|watch manager|head of department|ward manager|team leader)\\b',
      '\\bemployed by (?:the )?(?:government|states|health|hcs|\\w+ department)\\b',
      "\\bi'?ve worked (?:for|at|in) the\\b",
      '\\bmy contract with the states\\b',
      '\\bas a government employee\\b',
      '\\byears of service\\b',
      '\\bin my department\\b',
      // the other languages: "trabalho no hospital", "pracuję jako pielęgniarka", "lucrez ca", "je travaille à"
      '\\btrabalho [^.!?]{0,50}?(?:hospital|escola|departamento|governo|prisao)\\b',
      '\\bsou (?:\\w+ ){1,3}(?:no|na) (?:hospital|escola|departamento|servico|general)\\b',
      '\\bpracuje [^.!?]{0,50}?(?:szpital\\w*|szkol\\w*|departament\\w*|rzad\\w*|wiezieni\\w*|urzed\\w*)\\b',
      '\\b(?:zatrudnion\\w*|pracownik\\w*) (?:w szpitalu|przez rzad|w departamencie)\\b',
      '\\blucrez [^.!?]{0,50}?(?:spital\\w*|scoal\\w*|guvern\\w*|departament\\w*|inchisoare)\\b',
      '\\bangajat\\w* (?:direct )?(?:de guvern|la spital|la scoala|a guvernului)\\b',
      '\\bje travaille [^.!?]{0,50}?(?:hopital|ecole|departement|gouvernement|service des|prison)\\b',
      "\\ben tant qu'(?:infirmier\\w*|employe\\w*|agent)\\b",
    ],
  },
  {
    value: 'employment_matter',
    patterns: [
      '\\bdenied (?:annual )?leave\\b',
      '\\bflexible working\\b',
      '\\bovertime\\b',
      '\\bbeing bullied\\b',
      '\\b(?:my )?(?:line |watch |ward )?manager\\b',
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
      // pay, grade and hours
      '\\benhanced (?:rate|pay)\\b',
      '\\b(?:regrade|regrading|re\\-grade|pay grade|pay band|job description|holiday pay|sick pay|annual leave|shift pattern|appraisal)\\b',
      '\\b(?:not|never) (?:been |being )?paid (?:for|the)\\b',
      '\\bworst shifts\\b',
      '\\b(?:pay rise|pay increase|increment|permanent contract|temporary contract|zero hours)\\b',
      '\\b(?:chefe|supervisor\\w*|recursos humanos|turnos|ferias|horas extra\\w*|salario|ordenado|assedio no trabalho)\\b',
      '\\b(?:grafik\\w*|nadgodzin\\w*|wynagrodzeni\\w*|pensj\\w*|urlop\\w*|kierownik\\w*|kierowniczk\\w*|dyzur\\w*)\\b',
      '\\b(?:ore suplimentare|salari\\w*|fluturas\\w*|supervizor\\w*|concediu\\w*|treapta|directoare|sef\\w*)\\b',
      '\\b(?:heures supplementaires|salaire|conges|mon responsable|ma responsable|harcelement|ma cheffe|mon chef)\\b',
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
      // the writer fears for their job or keeps their name out
      '\\b(?:scared|afraid|frightened|worried|fear) (?:of|about|for) (?:losing )?my job\\b',
      "\\b(?:i'?m )?not putting my name\\b",
      "\\b(?:don'?t|do not|dont) want (?:to give )?my name\\b",
      '\\bmy name (?:is )?(?:kept out|not used|left out|withheld)\\b',
      '\\bpeople who speak up\\b',
      '\\b(?:not|never) (?:being|been) (?:reported|written up|recorded)\\b',
      "\\bisn'?t being (?:reported|written up|recorded)\\b",
      '\\bmoney (?:is )?changing hands\\b',
      '\\bwithout (?:actually )?testing\\b',
      '\\bwithout the usual checks\\b',
      '\\bsafe way to report\\b',
      '\\btold (?:us|me|staff|the team) to (?:sign|backdate|alter|change|delete|close|tick|fill in|shred|destroy)\\b',
      '\\b(?:so|to make) the (?:numbers|figures|stats|statistics|targets) look better\\b',
      "\\b(?:traced back to|it'?ll get back to|it will get back to) (?:me|him|her|them)\\b",
      '\\breport this somewhere outside\\b',
      '\\blooking up (?:the )?(?:\\w+ )?records\\b',
      '\\bfilled in afterwards\\b',
      '\\bmedication that was not given\\b',
      '\\b(?:poufnosc\\w*|poufn\\w*|boje sie stracic prace|podpisywac)\\b',
      '\\b(?:confidencial|medo de perder o (?:meu )?(?:emprego|trabalho))\\b',
      '\\b(?:confidential|teama sa nu-mi pierd)\\b',
      '\\b(?:peur de perdre mon (?:emploi|travail|poste))\\b',
    ],
  },
  {
    value: 'legal_action',
    patterns: [
      '\\blegal (?:proceedings|action|claim|case)\\b',
      '\\b(?:taking|take|took|taken) (?:you|the states|the government|them|it|\\w+) to court\\b',
      '\\b(?:sue|suing) (?:you|the|them|andium|\\w+ for)\\b',
      // the Royal Court as a court, not as the body that appoints a delegate
      '(?<!(?:appointed by|applying to|application to|approved by|authorised by|service in|sworn in at|sworn in before|registered with|by order of) (?:the )?)\\broyal court\\b(?![ -](?:appointed|usher|staff|building))',
      '\\b(?:employment(?: and discrimination)?|discrimination) tribunal\\b',
      '\\btribunal claim\\b',
      '\\bcourt (?:case|ruled|hearing|proceedings|claim|date|summons)\\b',
      "\\b(?:family|petty debts|magistrate'?s?|youth|small claims|civil) court\\b",
      '\\b(?:summons|summonsed) (?:to|for|from)\\b',
      '\\b(?:due|back|appear|appearing|appears) (?:in|at|before) (?:the )?(?:\\w+ ){0,2}court\\b',
      '\\b(?:the|court|tribunal) hearing is (?:on|listed|next|set|scheduled)\\b',
      '\\bwith my (?:solicitor|lawyer)\\b',
      '\\bmy (?:solicitor|lawyer) (?:has|is|have)\\b',
      '\\b(?:issued|filed|brought) a claim (?:in|at|against)\\b',
      '\\blodged a claim (?:in|at|with) the (?:\\w+ ){0,3}(?:court|tribunal)\\b',
      '\\bissued a claim\\b',
      '\\b(?:issue|issuing|issued|serve|serving|served|start|started|commence|commenced) (?:legal )?proceedings\\b',
      '\\bproceedings (?:are|have been|were|will be) (?:being )?(?:prepared|issued|served|started|commenced)\\b',
      '\\bgrounds for a claim\\b',
      '\\b(?:letter|notice) (?:of|before) (?:intended )?(?:claim|action)\\b',
      '\\bpre-?action (?:protocol|letter|disclosure)\\b',
      '\\bjudicial review\\b',
      '\\bgoing to court\\b',
      '\\bsee you in court\\b',
      '\\binstructed (?:a |an |our |my )?(?:lawyers?|solicitors?|advocates?)\\b',
      '\\bprocesso (?:judicial|em tribunal)\\b',
      '\\b(?:processo|caso|audiencia|queixa) (?:\\w+ ){0,3}(?:no|em|ao) tribunal\\b',
      '\\b(?:ir|vou|vamos|levar|levo|levamos) (?:isto |isso |o caso )?(?:ao|a|para o) tribunal\\b',
      '\\b(?:meu )?advogado (?:\\w+ ){0,3}(?:processo|tribunal)\\b',
      '\\bw sadzie\\b',
      '\\b(?:rozprawa|rozprawe|pozew|pozwac)\\b',
      '\\bproces in instanta\\b',
      '\\b(?:in instanta|la instanta|dau in judecata|actionez in judecata)\\b',
      '\\bau tribunal\\b',
      '\\b(?:assignation|action en justice|procedure judiciaire)\\b',
    ],
  },
  {
    // a lawyer writing for a client (a request for the client's records is subject access, not this)
    value: 'lawyer',
    patterns: [
      '\\bwe (?:act|are acting) (?:for|on behalf of)\\b',
      '\\bwe are instructed by\\b',
      "\\bour client(?:'s|s'?)?\\b",
      '\\bmy advocate\\b',
    ],
  },
  {
    value: 'claim',
    patterns: [
      '\\b(?:clinical |medical |professional )?negligence\\b',
      '\\bpersonal injury\\b',
      '\\bdamages\\b',
      '\\b(?:admit\\w*|accept\\w*|den(?:y|ies|ied)) liability\\b',
      '\\b(?:insurers|legal department)\\b',
      "\\bnotice of (?:his|her|their|our client'?s|the) claim\\b",
    ],
  },
  {
    value: 'other',
    patterns: [
      '\\b(?:complain|complaint) (?:to )?(?:about|against) (?:deputy|senator|constable|a states member|the states member|a minister|minister)\\b',
      "\\b(?:complain|complaint) (?:to )?(?:about|against) (?:my |our |the |a )?(?:deputy|senator|constable|states member|minister)(?:'s)?\\b",
      '\\bconduct of (?:a |the )?(?:states member|deputy|senator|minister|constable)\\b',
      "\\b(?:a |my |our )?states member'?s (?:behaviour|conduct)\\b",
      "\\bmy deputy (?:ignores|has ignored|ignored|never replies|has not replied|won'?t reply)\\b",
      '\\bcode of conduct\\b',
      '\\b(?:unhappy|disgusted|angry|appalled|annoyed) (?:with|about|at|by) (?:the way|how) (?:my |our |the )?(?:local )?(?:deputy|senator|constable|minister) (?:\\w+ )?vot(?:ed|es)\\b',
      '\\bthe way (?:my |our )?(?:local )?deputy (?:\\w+ )?vot(?:ed|es)\\b',
      "(?<!jury )\\bviscount'?s? (?:department|office|handling|decision|has|sold|seized|took|refused|won'?t|wrote)",
      '\\bdeputy viscount\\b',
      '\\bjudicial greffier\\b',
      "(?<!dear )\\bgreffier'?s? (?:office|department|refused|won'?t|has|rejected)",
      '\\bdeputy greffier\\b',
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
      "(?<!dear )\\bminister for [a-z]+'?s? (?:comments|remarks|behaviour|conduct|decision|statement)",
      '\\bformally investigated (?:last|and closed|already)\\b',
      // bodies that are not the government: utilities, post, ports, transport, private firms
      '(?<!(?:fee|charge|charges|handling fee) (?:from|by|of) |asking |ask )\\bjersey post\\b(?! (?:fee|charge|handling))',
      '\\bjersey (?:electricity|water|gas|telecom)\\b',
      '\\bjt (?:have|has|are|is|cut|broadband|bill|engineer)\\b',
      '\\b(?:island energy|ferry company|car hire|letting agen(?:t|ts|cy))\\b',
      '\\b(?:is|are) (?:\\w+ ){0,3}a government (?:body|department|company)\\?',
      '\\b(?:power cut|power outage|power failure)s?\\b',
      "\\b(?:the )?power(?:'s| has| is)? (?:been |gone )?(?:off|out) (?:in|for|since|again|all)\\b",
      '\\belectricity bill (?:has |have )?(?:gone up|doubled|tripled|increased|shot up)\\b',
      '\\bover-?charged on (?:my|our|the) electricity bill\\b',
      "\\bmy (?:insurer|insurance company) (?:is|are|has|have|refus\\w*|won'?t|says|said)\\b",
      '\\bombudsman for\\b',
      '\\bprivate landlord\\b',
      '\\bnot (?:an )?andium\\b',
      '\\b(?:landlord|letting agent|agency)\\b[^.!?]{0,30}?\\b(?:keep\\w*|kept|return\\w*|refund\\w*|give back|giving back|withh\\w*) [^.!?]{0,30}?\\bdeposit\\b',
      '\\bdeposit scheme\\b',
      '\\b(?:leylandii|hedge height)\\b',
      '\\bparish rates? (?:bill|have|has|went|gone|doubled|assessment)\\b',
      '\\bparish hall (?:said|told|says|say)\\b',
      '\\b(?:the government|the states|you) or the parish\\b',
      '\\b(?:ticket|fine|fined|court|police|parking)\\b[^.!?]{0,40}\\bin guernsey\\b',
      '\\bguernsey (?:police|court|states|authorities)\\b',
      '\\bairport security\\b',
      // the writer doubting the body is the government's: "is Jersey Post part of the government?"
      '\\bis (?:\\w+ ){1,3}(?:part of|owned by|run by) the (?:government|states)\\b',
      "\\baren'?t you the owners\\b",
      '\\b(?:as|since) the (?:government|states) owns?\\b',
      "\\b(?:know|realise|realize|aware|understand|appreciate) (?:that )?(?:\\w+ ){1,4}(?:isn'?t|is not|aren'?t|are not|'re not|re not) (?:strictly |really |actually |exactly |directly )?(?:a |the |part of the )?(?:government|states|you)\\b",
      '\\bnot really your department\\b',
      '\\bcan the government (?:make|force|tell) (?:him|her|them|my landlord|the landlord)\\b',
      '\\b(?:do something|anything) about (?:these|this|that) (?:company|firm|cowboys)\\b',
      '(?<!(?:pelos|pelo|por) )\\b(?:correios|posto dos correios|nalezy do rzadu|facteur)\\b',
      '\\bqui controle cette compagnie\\b',
      '\\b(?:bateau|ferry|vol) (?:\\w+ ){0,5}(?:est |a ete )?annule\\b',
      '\\blot (?:\\w+ ){0,5}(?:byl |zostal )?(?:opozniony|odwolany)\\b',
      '\\be do governo\\?',
      '\\b(?:apartine|apartin) (?:de )?guvernului\\b',
      "\\b(?:controle de securite a l'aeroport|appartient (?:a l'etat|au gouvernement))\\b",
      '\\b(?:senhorio|proprietario) (?:\\w+ ){0,6}(?:caucao|deposito)\\b',
      '\\b(?:wlasciciel\\w*) (?:\\w+ ){0,6}kaucj\\w*\\b',
      '\\b(?:proprietarul|proprietara) (?:\\w+ ){0,6}garantia\\b',
      '\\bproprietaire (?:\\w+ ){0,6}(?:caution|depot de garantie)\\b',
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
      '\\btake (?:another|a further|over|more than) \\d+ (?:working )?(?:days|weeks|months)\\b',
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
      '\\bstill nothing\\b',
      '\\b(?:heard|had) nothing (?:since|back|from)\\b',
      '\\bsince then,? (?:silence|nothing)\\b',
      '\\bclosed (?:it )?without\\b',
      '\\bwrong (?:year|figures|data|documents|person)\\b',
      "\\bwon'?t (?:answer|reply|respond|tell)\\b",
      '\\brefused to (?:answer|respond)\\b',
      '\\bhandl(?:ed|ing)\\b',
      '\\b(?:only|half) (?:got|received|sent|the|answers|answered)\\b',
      '\\b(?:partly|partially) answered\\b',
      '\\bremaining questions\\b',
      '\\bwhich exemption\\b',
      '\\bwho is dealing with\\b',
      '\\bthe process has stalled\\b',
      '\\bno decision (?:has been|was|had been) (?:issued|made)\\b',
      '\\bportal\\b',
      "\\bcan'?t (?:log|download|access|open)\\b",
      "\\bwon'?t let me\\b",
      "\\bhaven'?t (?:had|received|heard)\\b",
      '\\bhas not been answered\\b',
      '\\bnot (?:been )?answered\\b',
      '\\berror (?:page|message)\\b',
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
  const byValue = new Map<Signal, Array<RuleMatch<Signal>>>();
  for (const match of matches) {
    const found = byValue.get(match.value);
    if (found) found.push(match);
    else byValue.set(match.value, [match]);
  }
  const has = (signal: Signal) => byValue.has(signal);
  const words = (...signals: Signal[]) => signals.flatMap((signal) => byValue.get(signal) ?? []);

  const candidates = new Map<OutOfScopeReason, Array<RuleMatch<Signal>>>();
  for (const reason of PRIORITY) if (has(reason)) candidates.set(reason, byValue.get(reason)!);
  // Staff matters (POLICY.md §4 "staff grievances; whistleblowing") are recognised from the
  // writer saying they are an employee plus what they raise.
  if (has('employee') && has('wrongdoing')) candidates.set('whistleblowing', words('employee', 'wrongdoing'));
  else if (has('employee') && has('employment_matter')) candidates.set('staff_grievance', words('employee', 'employment_matter'));
  // A crime or a missing child, and the writer asking where to report it: the police's matter.
  if (
    !candidates.has('police') &&
    has('crime') &&
    has('report_where') &&
    !/\b(?:bins?|bin lid|recycling box)\b/.test(input.folded)
  )
    candidates.set('police', words('crime', 'report_where'));
  // A lawyer's letter making a claim is heading to court.
  if (!candidates.has('legal_action') && has('lawyer') && has('claim')) candidates.set('legal_action', words('lawyer', 'claim'));
  // "I want this decision reviewed" is an appeal only for a decision with an appeal route.
  if (!candidates.has('appeal') && has('appeal_weak') && has('appeal_domain')) candidates.set('appeal', words('appeal_weak'));
  // "My GP referred me and the hospital lost it" is about the hospital, not the GP.
  if (
    candidates.has('gp') &&
    !has('gp_blamed') &&
    /\b(?:referral|referred)\b/.test(input.folded) &&
    /\bhospital\b/.test(input.folded)
  )
    candidates.delete('gp');
  // A complaint about how an FOI or subject access request was handled is in scope, and so is
  // one about the progress of an appeal already lodged.
  if (has('handling')) {
    candidates.delete('foi');
    candidates.delete('subject_access');
    if (has('appeal_pending')) candidates.delete('appeal');
  }
  if (has('not_appealing')) candidates.delete('appeal');
  for (const reason of PRIORITY) {
    const found = candidates.get(reason);
    if (found) return { outOfScope: reason, words: quote(found, input.text) };
  }
  return { outOfScope: null, words: [] };
}

/**
 * The writer's words for staff to read: matches in text order, overlapping ones merged into one
 * quotation ("Who do I report" and "do I report this" → "Who do I report this"), repeats dropped.
 */
function quote(matches: ReadonlyArray<RuleMatch<unknown>>, text: string): string[] {
  const spans = matches
    .map((match) => [match.index, match.index + match.words.length] as [number, number])
    .sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Array<[number, number]> = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span[0] < last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([span[0], span[1]]);
  }
  return [...new Set(merged.map(([start, end]) => text.slice(start, end).trim()))];
}
