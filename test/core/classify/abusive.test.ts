import { describe, expect, it } from 'vitest';
import { detectAbusive } from '../../../core/classify/rules/abusive.js';
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
