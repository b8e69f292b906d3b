import { describe, expect, it } from 'vitest';
import { COMPILED, detectAbusive } from '../../../core/classify/rules/abusive.js';
import { findMatches } from '../../../core/classify/rules/phrase-rules.js';
import { chat } from './prepare.js';

// POLICY.md §5: abusive, threatening or discriminatory language aimed at staff is recorded;
// frustration is not abuse (issue 3).
const ABUSIVE = [
  'You lot are a bunch of useless lazy parasites.',
  'The stupid cow on the phone hung up on me.',
  'fucking useless the lot of you, answer the phone you muppets',
  "I'll be waiting for you outside the office after work, watch your back.",
  'Go back to your own country and give the job to a local.',
  'Jesteście bandą pieprzonych nierobów i idiotów.',
  'Vous êtes une bande de connards.',
];
const FRUSTRATED = [
  'This is absolutely ridiculous. I have been on hold for 2 hours. Sort it out.',
  "I am furious. Your department has messed up my payments. It's disgraceful.",
  'Utterly useless service. The bins have not been emptied for a fortnight.',
  'This is a bloody joke. How can a tax refund take a year?',
  'What a shambles. Who on earth plans these roadworks? The pros and cons were never explained.',
  'My future plans depend on this licence.',
];

describe('abusive language', () => {
  it.each(ABUSIVE)('flags %j and quotes it', (text) => {
    const finding = detectAbusive(chat(text));
    expect(finding.abusive).toBe(true);
    expect(finding.words.length).toBeGreaterThan(0);
  });
  it.each(FRUSTRATED)('does not flag frustration: %j', (text) => {
    expect(detectAbusive(chat(text)).abusive).toBe(false);
  });
});

// Aimed at staff: censored words read as the word, insults in the five languages, the writer's
// own threats, remarks about sex, race or religion. The quoted words are what staff read.
const AIMED: Array<[string, string]> = [
  ['that b***h on the phone hung up on me again', 'b***h'],
  ['the foreign c*** at the counter refused my form', 'c***'],
  ["Stuck-up b**** on reception thinks she's a doctor.", 'b****'],
  ["You f***ing muppets can't even answer a phone.", 'f***ing muppets'],
  ['f*** off with your automated messages', 'f*** off'],
  ['Who hired this jobsworth clown? Little man with a clipboard.', 'clown'],
  ['The night nurse was a lazy slag who sat on her phone.', 'slag'],
  ['Your receptionist is a miserable old bag.', 'miserable old bag'],
  ["Tell the girl on desk 2 that if she does that again she'll regret it. I know she finishes at 5.", "she'll regret it"],
  ["I'll knock your manager's teeth out if he cancels my licence again.", "knock your manager's teeth out"],
  ["The officer on the gate opened his mouth again, next time I'll knock him clean out.", 'knock him clean out'],
  ["I hope every one of you gets what's coming, I hope you all get cancer.", 'hope you all get cancer'],
  ['Typical, a woman examiner. Should be at home doing the ironing.', 'Should be at home doing'],
  ["Women aren't built for that sort of work, put a man back on the round.", "Women aren't built"],
  ['Why are half the staff at the counters foreign? Jersey jobs for Jersey people.', 'Jersey jobs for Jersey people'],
  ['Go back where you came from, the lot of you.', 'Go back where you came from'],
  ["I don't want to be served by a Muslim at the counter.", 'be served by a Muslim'],
  ['A funcionária do balcão é uma cabra mal-educada.', 'é uma cabra'],
  ['São uns racistas de merda, todos eles.', 'racistas de merda'],
  ['Ty głupia krowo z call center, nic nie umiesz.', 'głupia krowo'],
  ['Sunteți niște rasiști nenorociți și sper să-și piardă slujba.', 'sper să-și piardă slujba'],
  ['Vous êtes une bande de guignols.', 'bande de guignols'],
];

// Swearing at the situation, the writer's own embarrassment, names and words that look like
// insults, and threats against someone who is not staff (a safeguarding matter, not abuse).
// Said other ways: more insults, contempt for a group of staff, intimidation, wishing harm,
// discrimination by nationality, religion or sexuality, threats in the other languages.
const AIMED_MORE: Array<[string, string]> = [
  ['The woman who assessed me was a miserable old hag and a liar.', 'hag'],
  ['your call handlers r a bunch of useless c**ts', 'c**ts'],
  ['The refuse men are animals, they threw my bin into the road.', 'men are animals'],
  ['The officer at the desk is a complete bellend.', 'bellend'],
  ['The receptionist who refused me: I have found her address and will stick it on Facebook.', 'her address'],
  ['That officer on the gate should be careful. I know his shift pattern.', 'I know his shift pattern'],
  ['Tell the receptionist to learn proper English before she answers the phone.', 'learn proper English'],
  ['Send him back to Poland and hire someone local.', 'Send him back to Poland'],
  ['I hope she drops dead, the heartless cow.', 'hope she drops dead'],
  ['Se a vejo na rua parto-lhe a cara.', 'parto-lhe a cara'],
  ['Să știe că o să-l găsesc.', 'o să-l găsesc'],
];
const NOT_AIMED_MORE = [
  'Absolute clown show, how do you lose a cheque for £4,000?',
  'Sistemul ăsta e o glumă proastă, aștept de trei luni.',
  'São uns incompetentes, quero que cancelem a multa.',
  'There are rats in the bin store again and nobody comes.',
  'I learnt English at Highlands and the course was excellent.',
];

describe('abusive language said other ways', () => {
  it.each(AIMED_MORE)('flags %j and quotes %j', (text, words) => {
    const finding = detectAbusive(chat(text));
    expect(finding.abusive).toBe(true);
    expect(finding.words.join(' | ').toLowerCase()).toContain(words.toLowerCase());
  });
  it.each(NOT_AIMED_MORE)('does not flag %j', (text) => {
    expect(detectAbusive(chat(text)).abusive).toBe(false);
  });
});

const NOT_AIMED = [
  'This is f***ing ridiculous, three weeks and no bins collected.',
  'You have GOT to be f***ing kidding me, they want me to pay again?',
  'Kurwa, znowu nie ma autobusu.',
  'Foda-se, outra vez sem resposta do Income Support.',
  "Putain, ça fait trois semaines que j'attends.",
  'I came out feeling like a bit of an idiot, the chap on the desk was so patient.',
  "Thank you to the crew, they didn't make us feel like idiots at all.",
  'Obrigada pela ajuda, desculpe as minhas perguntas estúpidas.',
  'Sunt într-o stare foarte proastă de trei săptămâni.',
  'Ils sont incapables de répondre au téléphone.',
  'Regards, L. Cabral',
  'Can you make him pay back the deposit? The landlord is refusing.',
  'If that dog goes for my granddaughter again and the owner comes at me, I will put him in hospital.',
  "My ex says I'm unsafe; if she keeps this up I will smash her face in.",
  "I'm scared I'm going to really hurt her one day, I need respite.",
  'My son says the school dinners are going to kill him 😂',
  "A boy in his year told him he's going to stab him after school.",
  'The driver told me to shut up and sit down, which was rude.',
  'The form is not idiot-proof, I filled it in wrong twice.',
  'The seagulls round here are vermin.',
  'The cows on the lane near Trinity keep getting out.',
  'Thieves broke into our shed and nobody came.',
  'The Portuguese nurse who looked after me was wonderful.',
  'My neighbour is an idiot who parks across my drive every night.',
  'The youths on Pier Road are scum, please put up cameras.',
  "You'll be sorry to hear that my mother died last month.",
  'Thank you madam for your help with the form.',
];

describe('abusive language aimed at staff', () => {
  it.each(AIMED)('flags %j and quotes %j', (text, words) => {
    const finding = detectAbusive(chat(text));
    expect(finding.abusive).toBe(true);
    expect(finding.words.join(' | ')).toContain(words);
  });
  it.each(NOT_AIMED)('does not flag %j', (text) => {
    expect(detectAbusive(chat(text))).toMatchObject({ abusive: false, words: [] });
  });
  it('gives every pattern a first word the index can read (none is scanned over the whole text)', () => {
    expect(COMPILED.anywhere.map((index) => COMPILED.patterns[index]!.regex.source)).toEqual([]);
  });
  it('finds the same matches tried at word starts as scanned whole', () => {
    for (const [text] of AIMED) {
      const input = chat(text);
      expect(findMatches(COMPILED, input, true)).toEqual(findMatches(COMPILED, input, false));
    }
  });
});
