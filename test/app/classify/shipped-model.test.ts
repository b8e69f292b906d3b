import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadClassifier, MODEL_FILE, readModel } from '../../../app/classify/load-classifier.js';
import { readHeldOutSplit, readLabelledFile, readTrainingSplit } from '../../../app/classify/read-corpus.js';
import { loadSentimentLexicon } from '../../../app/classify/sentiment-lexicon.js';
import { serialiseModel } from '../../../app/classify/train-model.js';
import { trainClassifier } from '../../../core/classify/learn/train-classifier.js';
import { detectAbusive } from '../../../core/classify/rules/abusive.js';
import { detectSafeguarding } from '../../../core/classify/rules/safeguarding.js';
import { createClassifier } from '../../../core/classify/create-classifier.js';
import { prepareMessage } from '../../../core/classify/text/prepare.js';

describe('the shipped model', () => {
  it('is what `intake train` makes from the shipped corpus (training is reproducible)', async () => {
    const trained = serialiseModel(trainClassifier(readTrainingSplit(), { sentiment: await loadSentimentLexicon() }));
    expect(trained).toBe(readFileSync(MODEL_FILE, 'utf8'));
  });

  it('never saw the held-out split or the blind sets', () => {
    const training = new Set(readTrainingSplit().map((e) => e.text));
    const heldOut = readHeldOutSplit();
    expect(heldOut.length).toBeGreaterThan(100);
    expect(heldOut.filter((e) => training.has(e.text))).toEqual([]);
    for (const name of ['blind-check.jsonl', 'blind-final.jsonl']) {
      const blind = readLabelledFile(`test/core/classify/blind/${name}`);
      expect(blind).toHaveLength(220);
      expect(blind.filter((e) => training.has(e.text))).toEqual([]);
    }
    expect(readModel().trainedOn.examples).toBe(readTrainingSplit().length);
  });

  it('loads fast and classifies a message', () => {
    const started = performance.now();
    const classify = loadClassifier(MODEL_FILE);
    const loadMs = performance.now() - started;
    expect(loadMs).toBeLessThan(1000);
    const result = classify({
      channel: 'email',
      subject: 'Pothole',
      text: 'There is a huge pothole on La Route du Fort. I want my tyre paid for.',
    });
    expect(result).toMatchObject({ type: 'complaint', department: 'infrastructure', lang: 'en', outOfScope: null });
    expect(result.remedySought).toBe('my tyre paid for');
    expect(result.reasons.department!.length).toBeGreaterThan(0);
  });

  it('reads the writer, not the quoted reply', () => {
    const classify = loadClassifier();
    const result = classify({
      channel: 'email',
      subject: 'RE: Your appointment',
      text: 'Thank you so much, the nurses were brilliant.\n\nOn 2 May, Patient Administration wrote:\n> We are sorry your operation was cancelled. If you want to kill yourself waiting...',
    });
    expect(result).toMatchObject({ type: 'compliment', safeguarding: false });
  });

  it('alerts on risks said indirectly, not on everyday exaggeration (phrases and model together)', () => {
    const classify = loadClassifier();
    const chat = (text: string) => classify({ channel: 'chat', subject: null, text });
    for (const text of [
      "I don't see the point in going on. The council have taken everything from me.",
      'He hits the children when he drinks and I do not know who else to tell.',
      "She's been left without food for days, her carers haven't been since Monday.",
    ])
      expect(chat(text).safeguarding, text).toBe(true);
    for (const text of [
      'This waiting list is killing me, eighteen months for a hip replacement is a joke.',
      'Honestly I could kill for a reply at this point. Four emails and nothing.',
      "I'm dying to know when the new swimming pool will finally open.",
    ])
      expect(chat(text).safeguarding, text).toBe(false);
  });

  it('sets on behalf of only when the message is about the other person', () => {
    const classify = loadClassifier();
    const chat = (text: string) => classify({ channel: 'chat', subject: null, text });
    expect(chat('My wife and I were treated really well at the eye clinic, thank you.').onBehalfOf).toBeNull();
    expect(
      chat('My neighbour told me the tip now closes at 4 on Sundays. I work all week, so when can I go?').onBehalfOf,
    ).toBeNull();
    expect(chat('My GP referred me for a scan in January and I still have no date.').onBehalfOf).toBeNull();
    expect(chat('I am writing on behalf of my mother, who is 84, about her discharge at 10pm with no transport.')).toMatchObject({
      onBehalfOf: 'child',
      subjectConsentNeededReason: 'consent_needed',
    });
    expect(chat('My son (14) was excluded for three days without anyone ringing me first.')).toMatchObject({
      onBehalfOf: 'parent',
      subjectConsentNeededReason: 'child_under_16',
    });
    // a question that says what happened to them is about them; a suggestion naming them is the writer's own
    expect(
      chat('My son was bitten by a dog in the park and the warden said it is not their job. Who do I report it to?').onBehalfOf,
    ).toBe('parent');
    expect(
      chat('My elderly neighbour struggles with the steps at the bus station, could you add a handrail?').onBehalfOf,
    ).toBeNull();
  });

  // Harsh criticism of how staff behaved is a complaint, not abuse (issue 3): neither the
  // phrases nor the abuse model behind them may flag it (ABUSIVE_MODEL_THRESHOLD is chosen on these).
  it.each([
    'The man at the counter is a total disgrace, he ignored me for ten minutes.',
    'Your staff are useless and the service is a joke.',
    'The driver is a disgrace to LibertyBus, he shut the doors in my face.',
    'Your call handler is clueless.',
    'Your staff are a disgrace.',
    'The woman on the phone was arrogant and patronising.',
    'She is an absolute nightmare to deal with.',
    'The officer was rude, dismissive and frankly lazy.',
    'The nurse on the night shift clearly could not care less about her patients.',
    'The young man at the tax office was smug and sarcastic when I asked a simple question.',
    'Honestly the most incompetent department I have ever dealt with, nobody knows anything.',
    'The lady at reception treated me like dirt and should be retrained.',
    'Your planning officer is a joke, three months and no decision.',
    'The Portuguese nurse who looked after me was wonderful.',
  ])('does not call criticism abuse: %j', (text) => {
    const result = loadClassifier()({ channel: 'chat', subject: null, text });
    expect(result.abusive).toBe(false);
  });

  it('raises a safeguarding alert, quoting it, for a threat the writer makes against staff', () => {
    const message = {
      channel: 'chat' as const,
      subject: null,
      text: 'The receptionist who refused me: I have found her address and will stick it on Facebook.',
    };
    // the safeguarding phrases alone do not know this threat; the abuse phrases do
    expect(detectSafeguarding(prepareMessage(message)).safeguarding).toBe(false);
    const result = createClassifier(readModel(), { safeguardingThreshold: Infinity })(message);
    expect(result.safeguarding).toBe(true);
    expect(result.reasons.safeguarding).toEqual(['found her address', 'stick it on Facebook']);
  });

  it('lets the abuse model flag contempt the phrases do not know', () => {
    const message = {
      channel: 'chat' as const,
      subject: null,
      text: 'That ignorant fat lump on reception is a waste of a uniform, a knuckle-dragging disgrace who should crawl back under her rock.',
    };
    expect(detectAbusive(prepareMessage(message)).abusive).toBe(false);
    const result = loadClassifier()(message);
    expect(result.abusive).toBe(true);
    expect(result.reasons.abusive!.length).toBeGreaterThan(0);
  });
});
