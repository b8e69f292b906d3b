import { describe, expect, it } from 'vitest';
import { detectSafeguarding } from '../../../core/classify/rules/safeguarding.js';
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
