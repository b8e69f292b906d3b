import { describe, expect, it } from 'vitest';
import { COMPILED, detectSafeguarding } from '../../../core/classify/rules/safeguarding.js';
import { findMatches } from '../../../core/classify/rules/phrase-rules.js';
import { chat } from './prepare.js';

// POLICY.md §5: any safeguarding concern raises an alert without delay. Issue 3: a missed risk
// is far worse than a false alarm; everyday hyperbole is not a risk.
const RISKS: Array<[string, string]> = [
  ['I have been refused therapy again and I want to kill myself', 'kill myself'],
  ["honestly I don't want to be alive anymore", "don't want to be alive"],
  ["i've been self-harming every night since the crisis team stopped calling", 'self-harm'],
  ['I have saved up all my tablets and I am going to take them', 'saved up all my tablets'],
  ['Everyone would be better off without me', 'better off without me'],
  ['My partner hits me and I need emergency housing tonight', 'partner hits me'],
  ['My ex said he will kill me if I stay in the flat', 'kill me'],
  ['There are two small children next door who are left alone all night', 'left alone all night'],
  ['My mother in the care home had unexplained bruises on her arms', 'unexplained bruises'],
  ['Next time I am refused I will come to your office with a knife', 'with a knife'],
  ['Keep sending these letters and I will burn your office down', 'burn your office down'],
  ['Live electrical cables are hanging out of the lamp post by the school', 'Live electrical cables'],
  ['We have nowhere to sleep tonight with a newborn', 'nowhere to sleep tonight'],
  ['Penso em acabar com a minha vida, ninguém me ajuda', 'acabar com a minha vida'],
  ['Myślę o tym, żeby się zabić', 'się zabić'],
  ['Mă gândesc să mă sinucid în fiecare zi', 'să mă sinucid'],
  ['Je pense à me suicider depuis des semaines', 'me suicider'],
  // Said indirectly (issue 3): hopelessness, a child or vulnerable adult at risk, danger.
  ["I don't see the point in going on since they took the flat.", "don't see the point in going on"],
  ['Everyone would be better off if I just wasn’t here.', 'better off if I just wasn’t here'],
  ["I won't be a burden to anyone for much longer.", "won't be a burden to anyone for much longer"],
  ["You'll find me at the bottom of the cliffs one of these days.", 'find me at the bottom'],
  ['He hits the children when he drinks.', 'hits the children'],
  ["She's been left without food for days since the carers stopped coming.", 'without food for days'],
  ['A little boy in the flat below is out on the balcony on his own every night.', 'on his own every night'],
  ['The club leader buys her presents and told her not to tell me.', 'told her not to tell'],
  ['Please check on the old gentleman at number 14, his curtains have not been opened in days.', 'check on the old gentleman'],
  ['A man has moved in with her and is spending her pension.', 'spending her pension'],
  ['The kids next door are always hungry and one had a black eye.', 'always hungry'],
  ["I'm scared of what he will do when he finds out I called you.", 'scared of what he will do'],
  ['Bits of plaster keep falling from the crack in the ceiling over the cot.', 'plaster keep falling'],
  ['Não aguento mais, às vezes penso em acabar com tudo.', 'acabar com tudo'],
  ['Copiii vecinilor sunt lăsați singuri toată noaptea.', 'lăsați singuri'],
  ['My neighbour is 91, lives alone and has had no heating since Friday.', 'no heating'],
  [
    'My elderly neighbour fell in her garden and was on the ground for hours before anyone found her.',
    'was on the ground for hours',
  ],
  ['Há uma fuga de gás na nossa rua e ninguém veio.', 'fuga de gás'],
  ['Ma voisine âgée n’a plus de chauffage depuis une semaine, elle a 91 ans.', 'plus de chauffage'],
];

const HYPERBOLE = [
  'This waiting list is killing me, 14 months for a knee op.',
  'I could kill whoever designed this tax form.',
  'The traffic is murder every morning since the roadworks.',
  "I'm dying to know why it takes 8 weeks to renew a licence.",
  'The potholes on this road are a death trap for cyclists.',
  'Spent 6 hours in A&E, felt like I was going to die of boredom.',
  'Your online form is literally going to kill me.',
  'Where can I find the suicide bereavement support group?',
  'Esta lista de espera está a matar-me.',
  'The self-harm awareness training you ran for school staff was excellent.',
  'Honestly I could kill for a reply at this point.',
  "I'll go mad if I have to explain this to one more person on your helpline.",
  'The queue at the passport office was so long I thought I would die of old age.',
  'My manager will murder me if I am late again because of this bus.',
  'I nearly died of shock when I opened the rates bill.',
  'There has been no heating in two classrooms since half term.',
];

describe('safeguarding phrases', () => {
  it.each(RISKS)('raises an alert for %j and quotes the words', (text, words) => {
    const finding = detectSafeguarding(chat(text));
    expect(finding.safeguarding).toBe(true);
    expect(finding.words.join(' | ')).toContain(words);
  });

  it.each(HYPERBOLE)('does not alert on hyperbole: %j', (text) => {
    expect(detectSafeguarding(chat(text))).toMatchObject({ safeguarding: false, words: [] });
  });
});

// Pattern families, each said in other words and in the other four languages; the quoted words
// are what staff read.
const FAMILIES: Array<[string, string, string]> = [
  // suicidal intent said indirectly: a plan, pills set aside, goodbyes, a burden
  ['self-harm', "I've put some of my tablets aside, just in case. Honestly nobody would notice.", 'put some of my tablets aside'],
  ['self-harm', 'Everyone at home would have an easier time without me around.', 'easier time without me'],
  ['self-harm', "My brother keeps texting me saying goodbye and that he's sorry for everything.", 'texting me saying goodbye'],
  ['self-harm', "She's been hitting herself since they moved her to the new house.", 'hitting herself'],
  ['self-harm', "My wife was discharged yesterday and she's still hearing voices.", 'hearing voices'],
  ['self-harm', "I've written a letter to my kids and I'm ready.", 'written a letter to my kids'],
  ['self-harm', 'Ela disse que era melhor não estar cá e anda a cortar-se nos braços.', 'era melhor não estar cá'],
  ['self-harm', 'Nie mogę już tak żyć, nie widzę sensu.', 'Nie mogę już tak żyć'],
  ['self-harm', "Ma fille de 14 ans se scarifie et dit qu'elle ne veut plus vivre.", 'se scarifie'],
  // threats the writer makes, to staff too, or reports
  [
    'threat',
    "Tell that receptionist I know what time she finishes and which car she drives. She'll regret it.",
    "She'll regret it",
  ],
  ['threat', "If my benefit isn't paid someone at Social Security will get hurt.", 'someone at Social Security will get hurt'],
  ['threat', "Next time I see that woman from housing I'll slap her.", "I'll slap her"],
  ['threat', 'My ex has been sitting outside my flat every night and he knows where I live.', 'he knows where I live'],
  ['threat', "Mon compagnon est devenu violent, il a dit qu'il me tuerait si je partais.", 'me tuerait'],
  // abuse and control: hitting, marks, passports taken, not let out, secrecy from a partner
  ['abuse', "My stepdad threw me against the wall last night and I've got a mark on my back.", 'threw me against the wall'],
  ['abuse', "My husband took my passport and won't let me leave the house without him.", 'husband took my passport'],
  [
    'abuse',
    "Please don't send letters to my home, my partner reads my post and he gets violent when he's been drinking.",
    'reads my post',
  ],
  ['abuse', 'O meu vizinho bate na mulher todas as noites e ela tem nódoas negras.', 'nódoas negras'],
  ['abuse', 'O patrão ficou com os nossos passaportes e não nos deixa sair.', 'ficou com os nossos passaportes'],
  ['abuse', 'Mój mąż mnie pobił wczoraj, boję się wrócić do domu.', 'mnie pobił'],
  ['abuse', 'Îl bat în fiecare zi la școală și vine acasă cu vânătăi.', 'vânătăi'],
  ['abuse', 'Soțul mi-a luat pașaportul și nu mă lasă să ies din casă.', 'nu mă lasă să ies'],
  ['abuse', "Mon fils rentre de l'école avec des bleus, un surveillant l'a frappé.", "l'a frappé"],
  // children unsafe: approached by adults, left alone and unfed, missing
  [
    'child',
    'A man from the youth club has been messaging my daughter and asking her to send him pictures.',
    'asking her to send him pictures',
  ],
  [
    'child',
    'The kids next door have been left on their own since Friday and came round asking if we had any bread.',
    'asking if we had any bread',
  ],
  ['child', "My son is 9 and he still hasn't come home from school, it's dark.", "hasn't come home"],
  ['child', "Le chauffage est en panne depuis une semaine et j'ai un bébé de deux mois.", 'chauffage est en panne'],
  // an old or frail person: cold, missing, stuck, cheated, or two needs at once
  ['frail', 'My neighbour is 87, her boiler has packed up and the flat is freezing.', 'flat is freezing'],
  ['frail', "I'm 91 and I fell in the bathroom this morning. I can't get up.", "can't get up"],
  ['frail', "Dad has Alzheimer's and went missing from the day centre, nobody can find him.", 'went missing'],
  ['frail', "The carer stopped coming on Friday; my nan is 89, hasn't eaten since and is soaked through.", 'soaked through'],
  ['frail', 'An elderly man on my road has been scammed, someone keeps taking him to the bank.', 'taking him to the bank'],
  ['frail', 'Sąsiadka ma 90 lat, mieszka sama i nie ma ogrzewania od tygodnia.', 'nie ma ogrzewania'],
  ['frail', 'Mama are 85 de ani, stă singură și a căzut aseară, nimeni nu a venit.', 'căzut aseară'],
  // medical danger and danger to anyone
  ['danger', "The woman upstairs has been screaming for an hour and she isn't answering the door.", 'screaming for an hour'],
  ['danger', "She's 31 weeks pregnant and bleeding, the maternity line isn't answering.", 'bleeding'],
  ['danger', "He hasn't had his epilepsy medication in prison for three days and had a seizure last night.", 'seizure'],
  ['danger', 'My daughter has lost a frightening amount of weight and fainted at school.', 'fainted'],
  ['danger', "A man has just collapsed outside the library and he's not breathing.", 'not breathing'],
  ['danger', "There's smoke coming from the flat downstairs and the lady there uses a wheelchair.", 'smoke coming'],
  [
    'danger',
    "There's a girl standing on the wrong side of the railings at the top of the car park.",
    'girl standing on the wrong side',
  ],
];

// Lookalikes: the same words as a joke, about the past, about a service, or about things.
const LOOKALIKES = [
  "I'm going to kill my brother, he borrowed my bus pass again lol",
  "I swear I'm going to strangle the seagulls that rip open our bin bags.",
  'My son says the school dinners are going to kill him 😂',
  "Ce dossier de pension va me tuer, c'est la quatrième fois.",
  'The website kicked me out three times while I was paying my rates.',
  "I feel like I'm banging my head against a brick wall with the benefits team.",
  'My grandmother is 92 and loves the new bus route, thank you.',
  'My father, 88, had a fall last winter and the ambulance came quickly. Could you add a handrail?',
  'Her hearing aids went missing on the ward and nobody has replaced them.',
  'My mum passed away in March. In her last weeks she developed pressure sores and nobody told us.',
  "Two years ago I was suicidal and the crisis team got me through it. I'm in a really good place now.",
  "Last year our son went missing for a night; he's 16 now and back at school. Thank you to the social worker.",
  'We need long-term funding for domestic abuse services and the refuge.',
  'Can you check whether the domestic abuse helpline is open at weekends?',
  'Can the government make him pay the deposit back? The landlord is refusing.',
  "My son was kept in at lunch and wasn't allowed to eat with his friends.",
  'Is there anywhere I can go to get my blue badge renewed?',
  "My daughter is 12 and she hasn't come home with any homework all term.",
  "Can I book the hall for my husband's 60th without him knowing? It's a surprise.",
  'My partner took my passport to the post office to renew it for me.',
  'A group of youths were throwing bottles at parked cars on Pier Road.',
  'Je suis tombée sur un agent très gentil au guichet.',
  'Robin Ward were wonderful when our baby was admitted. We were terrified but they explained everything.',
  'The driver was really aggressive when I asked for a ticket, he was rude to everyone.',
  'The officer followed me up with an email, very helpful.',
  'My dad is 85 and was left on his own in the waiting room for three hours.',
  'Could staff at the nursery get anaphylaxis training?',
  'My son is 8 and his coat went missing at school.',
  'The surgery is not answering the phone and my mum is 90.',
  "Elle me suit depuis deux ans, l'assistante sociale est formidable.",
  'A médica que me segue é excelente.',
  'I asked for a sandwich on the ward and waited two hours.',
  'In the winter of 2020 I was sleeping in a doorway; your housing officer found me a bed and the lad from King Street is doing fine.',
];

describe('safeguarding pattern families', () => {
  it.each(FAMILIES)('raises an alert (%s) for %j and quotes %j', (_family, text, words) => {
    const finding = detectSafeguarding(chat(text));
    expect(finding.safeguarding).toBe(true);
    expect(finding.words.join(' | ')).toContain(words);
  });

  it.each(LOOKALIKES)('does not alert on a lookalike: %j', (text) => {
    expect(detectSafeguarding(chat(text))).toMatchObject({ safeguarding: false, words: [] });
  });

  it.each([
    ['Honestly I could kill for a reply at this point.', true],
    ['This wait is killing me, three weeks and no letter.', true],
    ['That junction is a death trap for cyclists.', true],
    ['He said he will kill me if I tell anyone.', false],
    ['I have been saving my tablets and I do not want to be here any more.', false],
  ])('tells everyday exaggeration (%j → %s), so the model must be surer to overrule the phrases', (text, exaggeration) => {
    expect(detectSafeguarding(chat(text)).exaggeration).toBe(exaggeration);
  });

  it('gives every pattern a first word the index can read (none is scanned over the whole text)', () => {
    expect(COMPILED.anywhere.map((index) => COMPILED.patterns[index]!.regex.source)).toEqual([]);
  });

  it('finds the same matches tried at word starts as scanned whole', () => {
    for (const [, text] of FAMILIES) {
      const input = chat(text);
      expect(findMatches(COMPILED, input, true)).toEqual(findMatches(COMPILED, input, false));
    }
  });
});
