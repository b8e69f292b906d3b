import { describe, expect, it } from 'vitest';
import { detectOutOfScope } from '../../../core/classify/rules/out-of-scope.js';
import { chat } from './prepare.js';

// POLICY.md §4: refer, explain, record. Complaints about the HANDLING of an FOI or subject
// access request stay in scope.
const CASES: Array<[string, string | null]> = [
  ['Under the Freedom of Information law, please tell me how much was spent on consultants.', 'foi'],
  ['FOI request: how many potholes were reported last year?', 'foi'],
  ['I submitted a Freedom of Information request 40 working days ago and have had no response.', null],
  ['Please treat this as a subject access request for all data you hold about me.', 'subject_access'],
  ['My subject access request was only half answered and pages were blacked out.', null],
  ['I want to appeal the parking fine I got on Hill Street.', 'appeal'],
  ["I'm not appealing the decision, I just want to complain that it took 4 months.", null],
  ['A police officer was extremely rude to me during a traffic stop.', 'police'],
  ['My GP refuses to give me an appointment for 3 weeks.', 'gp'],
  ['My GP referred me to the hospital 10 weeks ago and the hospital has not booked anything.', null],
  ['I work in the Infrastructure department and my line manager has been bullying me.', 'staff_grievance'],
  ['I want to blow the whistle on fraud in my department.', 'whistleblowing'],
  ['My solicitor has started legal proceedings against the hospital.', 'legal_action'],
  ["I want to complain about the Viscount's handling of my late father's estate.", 'other'],
  ['The bins on my road have not been collected for two weeks.', null],
];

describe('out-of-scope matters', () => {
  it.each(CASES)('%j → %s', (text, expected) => {
    const finding = detectOutOfScope(chat(text));
    expect(finding.outOfScope).toBe(expected);
    if (expected) expect(finding.words.length).toBeGreaterThan(0);
  });
});

// Kinds of situation, each with lookalikes that must stay in scope: a member of the public
// complaining about staff, the hospital (not a GP), prison, customs, fire or ambulance; a threat
// to see a lawyer without proceedings; a complaint about delay in an appeal or an FOI request.
const SITUATIONS: Array<[string, string | null]> = [
  // staff grievance: an employee about their own pay, hours or treatment
  [
    "I'm a staff nurse on Corbière Ward and I still haven't been paid my night enhancements from March. Payroll keep blaming HR.",
    'staff_grievance',
  ],
  [
    'I have worked in the Social Security contact centre for six years and my regrade application was turned down with no reasons.',
    'staff_grievance',
  ],
  [
    "I'm a porter at the General and my manager keeps putting me on the worst shifts because I complained last year.",
    'staff_grievance',
  ],
  ['Trabalho no hospital há cinco anos e o meu supervisor recusou as minhas férias outra vez.', 'staff_grievance'],
  ['Pracuję jako opiekunka w szpitalu i od dwóch miesięcy nie zapłacono mi za nadgodziny.', 'staff_grievance'],
  ['Lucrez ca asistentă la spital și nu am primit salariul pentru orele suplimentare din mai.', 'staff_grievance'],
  ['Je travaille au service des impôts et mon responsable refuse ma demande de congés depuis trois mois.', 'staff_grievance'],
  // lookalikes: the public about staff, or a job mentioned in passing
  ['The nurse on Corbière Ward was rude to my mother and the ward manager did nothing.', null],
  ['My employer has sent you my salary figures twice, so why is my ITIS rate still wrong?', null],
  ['Thanks to the watch manager and his crew for the fire safety talk at our office, my colleagues loved it.', null],
  // whistleblowing: staff reporting wrongdoing, fearing for their job
  [
    "I work in the housing department and a senior officer is moving his friends up the waiting list. I'm scared of losing my job if I say anything openly.",
    'whistleblowing',
  ],
  [
    "I'm a care assistant at one of the States care homes. Charts are filled in afterwards for turns that never happened and I don't want my name used.",
    'whistleblowing',
  ],
  [
    'Pracuję w szpitalu jako salowa. Proszę o zachowanie poufności, boję się stracić pracę: każą nam podpisywać karty sprzątania, których nikt nie zrobił.',
    'whistleblowing',
  ],
  // police: a crime and where to report it, the police not acting, a traffic stop
  ['Someone stole my bike from outside the library last night. Who do I report this to?', 'police'],
  ['Our car was broken into on the Esplanade and the radio taken. Do I report it to you?', 'police'],
  ["There's a man dealing drugs outside the skate park every afternoon, not sure who to tell.", 'police'],
  ['I rang the police three times about the fighting outside my flat but they never turned up.', 'police'],
  ['I was pulled over on the Avenue and the officer was rude and sarcastic the whole time.', 'police'],
  ['Ukradli mi rower spod sklepu. Gdzie to zgłosić?', 'police'],
  ['Roubaram-me a carteira no autocarro. A quem devo comunicar isto?', 'police'],
  // lookalikes: crime words in an in-scope complaint, the police praised next to another service
  ['The police and fire crews were brilliant at the crash, but the ambulance took 50 minutes.', null],
  ['My wallet was stolen and now I need a new driving licence. Why does the licence office want £40 for a replacement?', null],
  ['The police told me to contact housing about moving, and housing have done nothing for a month.', null],
  // legal action: proceedings issued or threatened formally, a court hearing, a lawyer's letter of claim
  [
    'We act for Mr Le Brun, who fractured his wrist on an unlit step at the bus station. Please pass this letter of claim to your insurers.',
    'legal_action',
  ],
  ['I have filed a claim in the Petty Debts Court for the damage your bin lorry did to my car.', 'legal_action'],
  ['My ex and I are due in the Family Court next month and the social worker’s report is full of mistakes.', 'legal_action'],
  [
    'Please note that proceedings will be issued against the department if the repairs are not paid for within 14 days.',
    'legal_action',
  ],
  ['Mon avocat a déposé une assignation contre le département la semaine dernière.', 'legal_action'],
  // lookalikes: threats to see a lawyer, a court-appointed delegate, a tribunal that hears an appeal
  ["If this isn't sorted I'll be speaking to my lawyer, I'm sick of being fobbed off.", null],
  ['I am the delegate appointed by the Royal Court for my aunt and her pension has been stopped without warning.', null],
  ['I did jury service in the Royal Court and the staff were lovely.', null],
  // appeal: a decision with its own appeal route
  [
    'The planning committee approved the extension next door. I understand neighbours can appeal, what is the deadline?',
    'appeal',
  ],
  ['Please accept this letter as notice of our intention to appeal the refusal of planning permission.', 'appeal'],
  ['I disagree with the decision to stop my Income Support and would like it reconsidered.', 'appeal'],
  ['Recebi a decisão sobre o subsídio e quero fazer recurso.', 'appeal'],
  ['Nu sunt de acord cu decizia privind alocația și vreau să fac contestație.', 'appeal'],
  // lookalikes: a care decision without an appeal route, an appeal already lodged and stalled
  ['They have cut my father’s respite to one night a month and we are asking for this decision to be reviewed.', null],
  ['I lodged my appeal in March and have still not had a hearing date. Nobody answers the phone.', null],
  ["I'm not appealing, I just want to know why the letter took six weeks to arrive.", null],
  // subject access: the writer's own records
  ['Please send me a copy of everything the Tax office holds on me, including notes of phone calls.', 'subject_access'],
  ['Je souhaite obtenir une copie de toutes les données me concernant détenues par le service du logement.', 'subject_access'],
  // lookalike: a subject access request that is late
  ['I made a subject access request in January and it is now May. Still nothing.', null],
  // FOI
  ['FOI please: how much did the government spend on taxis for staff in 2023?', 'foi'],
  ['My FOI request will now take another 30 days, apparently. That is not acceptable.', null],
  // GP practices are private
  ['My surgery just put their prices up again, £60 for ten minutes.', 'gp'],
  ['Mon médecin généraliste m’a fait payer 70 livres pour un renouvellement d’ordonnance.', 'gp'],
  ['Cum mă înregistrez la un medic de familie? Nimeni nu mai ia pacienți noi.', 'gp'],
  // lookalikes: the hospital, an operation, a GP only mentioned
  ['My surgery was cancelled on the day after I had fasted since midnight.', null],
  ['O médico de família disse que era urgente mas a saúde mental ainda não me ligou.', null],
  ['My GP referred me to dermatology in March and the hospital has lost the referral.', null],
  // other: bodies that are not the government
  ['Jersey Post lost my parcel and nobody at their depot answers the phone.', 'other'],
  ['Is Jersey Water part of the government? Our bill has tripled and they won’t explain it.', 'other'],
  ['The power has been off in Trinity for five hours, is anyone doing anything?', 'other'],
  ['My private landlord is refusing to give back my deposit even though the flat was spotless.', 'other'],
  ['Our parish rates bill has doubled and the parish hall said to ask you.', 'other'],
  ['I got a parking fine in Guernsey while on holiday, can you cancel it?', 'other'],
  ['I want to complain about my Deputy, who has ignored five emails.', 'other'],
  ['A Jersey Post não entregou a minha encomenda e ninguém atende o telefone.', 'other'],
  // lookalikes: Andium (a government landlord), GST on a parcel, the States Assembly website
  ['My Andium landlord still has not fixed the damp in the bathroom.', null],
  ['I had to pay GST and a handling fee from Jersey Post on a £20 birthday present.', null],
  ['The States Assembly website should show how each member voted.', null],
];

describe('out-of-scope situations, with their lookalikes', () => {
  it.each(SITUATIONS)('%j → %s', (text, expected) => {
    const finding = detectOutOfScope(chat(text));
    expect(finding.outOfScope).toBe(expected);
    if (expected) expect(finding.words.length).toBeGreaterThan(0);
  });
});

describe('staff grievance and whistleblowing (more wordings)', () => {
  it.each<[string, string | null]>([
    [
      'As a teaching assistant at Grands Vaux I was promised a permanent contract after a year. It has been three.',
      'staff_grievance',
    ],
    ["I'm employed by Health as a domestic and they stopped my sick pay two weeks early.", 'staff_grievance'],
    [
      'I work for the States in the IT team and have been refused a pay rise three years running while others got one.',
      'staff_grievance',
    ],
    ['I want to report my supervisor for falsifying timesheets. I work at the Jersey Library.', 'whistleblowing'],
    [
      "I'm a social worker and my team leader has told us to close cases without visiting so the numbers look better.",
      'whistleblowing',
    ],
    [
      'Is there a way for staff to raise concerns without it being traced back to them? Something is very wrong in our unit.',
      'whistleblowing',
    ],
    ['I am a nurse and I was shocked by how my father was treated in A&E last week.', null],
    ['My daughter is a teacher at Le Rocquier and she says the class sizes are too big.', null],
    [
      'Quero fazer queixa contra o meu chefe no hospital, trabalho na cozinha do hospital há 3 anos e ele grita comigo.',
      'staff_grievance',
    ],
    ['Lucrez la spital ca infirmieră și șeful meu mă umilește în fața colegilor.', 'staff_grievance'],
    [
      "Je travaille comme aide-soignante à l'hôpital et je n'ai pas été payée pour mes heures supplémentaires.",
      'staff_grievance',
    ],
    ["I'm a nurse and my dad's medication was not being given on time on Rozel ward.", null],
    ["I'm a teacher and nobody from my son's school will get back to me about his reading support.", null],
    ['My daughter works at the hospital and says the canteen food is awful.', null],
    ['I work in finance and my manager will not let me leave early to get to La Motte Street before it shuts.', null],
  ])('%j → %s', (text, expected) => {
    expect(detectOutOfScope(chat(text)).outOfScope).toBe(expected);
  });
});

describe('police (more wordings)', () => {
  it.each<[string, string | null]>([
    ['Our shed was burgled on Sunday night, tools worth £2k gone. Do I go to the police or is this you?', 'police'],
    ['My car was stolen from Sand Street car park. Where do I report it?', 'police'],
    ['Our green bin was stolen again, who do I report this to? We need a new one.', null],
    ['The officer who came when my house was burgled never even took fingerprints and the police never rang back.', 'police'],
    ['O meu carro foi riscado e roubaram-me a bicicleta. Não sei a quem devo comunicar.', 'police'],
    ['Mi-au furat bicicleta din fața casei. Unde trebuie să raportez?', 'police'],
    ["On m'a volé mon portefeuille dans le bus. À qui dois-je m'adresser ?", 'police'],
    ['She was released after two weeks on the ward with no care package.', null],
    ['I rang the police and the ambulance; the ambulance never came and the police had to drive him in.', null],
    ['The bus driver pulled over and shouted at a schoolboy for no reason.', null],
    ["Someone stole the flowers from my husband's grave at the parish cemetery.", null],
    ['My phone was stolen at the hospital and the security staff were useless.', null],
  ])('%j → %s', (text, expected) => {
    expect(detectOutOfScope(chat(text)).outOfScope).toBe(expected);
  });
});

describe('legal action, appeal, subject access and FOI (more wordings)', () => {
  it.each<[string, string | null]>([
    ['My solicitor has written to you about the compensation claim for my fall.', 'legal_action'],
    ["We're taking this to the Petty Debts Court if the repair bill isn't paid.", 'legal_action'],
    ['How do I appeal my tax assessment? The figures are wrong.', 'appeal'],
    ['How can I challenge the fine? The sign was hidden.', 'appeal'],
    ['We were refused a place at Springfield and want to know how the appeals panel works.', 'appeal'],
    ['Can I see what information you hold on me? I think my file has errors.', 'subject_access'],
    ['I want to see my medical records from my stay on Plémont Ward.', 'subject_access'],
    ['Please update my records, I have moved house.', null],
    ["I'm going to get a lawyer involved if this isn't resolved.", null],
    ['My appeal against the parking fine was sent in January and I have heard nothing since. This is ridiculous.', null],
    ['My FOI request is three weeks overdue.', null],
    ['Under the Data Protection law I would like all the information Social Security holds about me.', 'subject_access'],
    ['Wniosek o dostęp do moich danych osobowych przechowywanych przez Social Security.', 'subject_access'],
    ['Nie zgadzam się z decyzją o zasiłku i chcę złożyć odwołanie.', 'appeal'],
    ['Je veux contester la décision sur mon allocation logement.', 'appeal'],
    ['The doctor on the ward did not even view my notes before discharging me.', null],
    ['His hearing is in decline and the audiology waiting list is 9 months.', null],
    ['I made a claim with Social Security for my pension in May and have heard nothing.', null],
    ['There is no tribunal for this kind of decision, so I am writing to you.', null],
    ['I have a copy of my tenancy agreement and the letter you sent, which contradict each other.', null],
    ['Thank you to the Royal Court usher who helped my mother find the right room.', null],
    ['The parking warden gave me a ticket while I was unloading my shopping. Totally unfair.', null],
    ['I disagree with the decision to close the library on Saturdays.', null],
    ['Our appeal for more bins on the seafront has been ignored.', null],
    ['Please could I have a copy of the letter you sent me in March, I have lost it.', null],
  ])('%j → %s', (text, expected) => {
    expect(detectOutOfScope(chat(text)).outOfScope).toBe(expected);
  });
});

describe('GP practices and bodies that are not the government (more wordings)', () => {
  it.each<[string, string | null]>([
    ["The receptionist at my doctor's surgery hung up on me twice this morning.", 'gp'],
    ['Why do GPs charge so much in Jersey? £55 is ridiculous.', 'gp'],
    ['JT have cut off my broadband by mistake and I work from home.', 'other'],
    ["Could someone tell me who regulates Jersey Electricity? They've cut us off while we're on a payment plan.", 'other'],
    ['My neighbour keeps parking across my drive. Can you do anything?', null],
    ['The hospital lost my X-ray results and I had to have them done again.', null],
    ['The housing officer was rude to me and I want to complain about her.', null],
    ['The prison officers at La Moye were very helpful when I visited my son.', null],
    ['Customs held me at the harbour for two hours and the officer was aggressive.', null],
    ['I phoned 999 for an ambulance and waited 70 minutes.', null],
    ["Mon propriétaire refuse de me rendre ma caution alors que l'appartement était propre.", 'other'],
    ['Jersey Post a perdu mon colis.', 'other'],
    ['Lekarz rodzinny kazał mi zapłacić 60 funtów za receptę.', 'gp'],
    ['O meu médico de família cobrou-me 60 libras por uma consulta de 5 minutos.', 'gp'],
    ['I am recovering from my surgery and the district nurse has not come for three days.', null],
    ["My landlord wants a deposit and Income Support won't help me with it.", null],
    ["Isn't the government supposed to help people like me? I have waited a year for housing.", null],
    ['Can the government do something about the potholes on Rue des Prés? I keep reporting them.', null],
    ['Enviei o formulário pelos correios há um mês e vocês dizem que não receberam.', null],
    ['The high hedges on the lane block the view at the junction, please cut them back.', null],
    [
      'My hospital appointment in Southampton was missed because the ferry was delayed, and now I have to wait 4 months for another.',
      null,
    ],
    ['Do I need a licence to run a car boot sale in the parish hall car park?', null],
    ['Who do I contact about a streetlight that is out on my road?', null],
  ])('%j → %s', (text, expected) => {
    expect(detectOutOfScope(chat(text)).outOfScope).toBe(expected);
  });
});

describe("the words given for a flag are the writer's own, from each signal combined", () => {
  it('quotes the crime and the question about where to report it', () => {
    const finding = detectOutOfScope(chat('Someone nicked my bike outside the library. Who do I report this to?'));
    expect(finding.outOfScope).toBe('police');
    expect(finding.words).toEqual(['nicked', 'Who do I report this']);
  });
  it('quotes the job and the pay matter', () => {
    const finding = detectOutOfScope(chat("I'm a staff nurse on Rozel Ward and my enhanced pay is three months late."));
    expect(finding.outOfScope).toBe('staff_grievance');
    expect(finding.words).toContain('enhanced pay');
  });
});
