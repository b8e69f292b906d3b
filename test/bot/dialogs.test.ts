import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatHarness, joined, type ChatHarness } from './support/chat-harness.js';

/**
 * The conversation's paths as tables: what the person types, and what must be in the bot's
 * replies to it (every string listed must appear). Each path then checks the case it made.
 */
type Step = [say: string, expect: (string | RegExp)[]];

const MOTHER = "I want to complain that my mother's hospital appointment was cancelled three times. It is unacceptable.";

const paths: Record<string, Step[]> = {
  "a complaint for one's mother, consent to follow": [
    ['hello', ['Hello', 'tell me what happened']],
    [MOTHER, ['complaint about health and care', 'Is that right?']],
    ['yes', ['When did it happen?']],
    ['3 March 2026', ['What would you like us to do']],
    ['A new appointment soon', ['writing for someone else']],
    ['yes', ['What is their name?']],
    ['Maria Silva', ["Maria Silva's agreement", 'we may look at their records', 'Has Maria Silva agreed?']],
    ['Not yet', ['10 working days', 'How should we reply to you?']],
    ['Email', ['What is your name?']],
    ['Ana Silva', ['email address']],
    ['ana@example.org', ['large print']],
    [
      'no',
      [
        'Please check',
        'Type: complaint',
        'For: Maria Silva (you are their son or daughter)',
        'Their consent: Not yet',
        'ana@example.org',
      ],
    ],
    [
      'Send',
      [
        /Your reference is FB-2026-\d{6}/,
        'We start when their consent arrives. It must reach us by Wednesday 24 June 2026',
        'We have sent a copy to ana@example.org',
      ],
    ],
  ],
  'an anonymous compliment asks no complaint questions': [
    ['The nurse on ward 5 was wonderful and so kind to me, thank you so much', ['Hello', 'compliment', 'Is that right?']],
    ['yes', ['Is this about you']],
    ['About me', ['How should we reply', 'cannot reply to you']],
    ['Stay anonymous', ['large print']],
    ['no', ['Type: compliment', 'anonymous (no reply)']],
    ['send', [/Your reference is FB-2026-\d{6}/, 'Please write down your reference']],
  ],
  'a safeguarding concern shows emergency help at once and stops when asked': [
    ['I feel like ending my life', ['999', '116 123', /Your reference is FB-2026-\d{6}/, 'carry on']],
    ['no', ['call 999']],
    ['anything else', ['start again']],
  ],
  'a safeguarding concern, carrying on to leave a phone number': [
    ['I feel like ending my life', ['999', '116 123', 'carry on']],
    ['yes', ['How should we reply']],
    ['Phone', ['What is your name?']],
    ['skip', ['phone number']],
    ['not a number', ['using digits']],
    ['07700 900123', ['Please check', '07700 900123']],
    ['send', ['added this to your case']],
  ],
  'out of scope: explained, referred and recorded': [
    [
      'I want to make a freedom of information request about parking fines please',
      ['not covered', 'Freedom of Information', 'record it'],
    ],
    ['yes', []],
  ],
  'abusive words get a calm, policy-based reply': [
    ['You are useless idiots, the bin men never come to my street', ['respectful', 'record messages with abusive language']],
  ],
  'help, back, talk to a person, language, start again and cancel work at any point': [
    ['The bins were not collected on my street for three weeks, I am not happy', ['complaint']],
    ['help', ['"back"', 'complaint']],
    ['yes', ['When did it happen?']],
    ['back', ['Is that right?']],
    ['yes', ['When did it happen?']],
    ['talk to a person', ['1534 444444', 'feedback@gov.je', 'When did it happen?']],
    ['Português', ['português', 'Quando aconteceu?']],
    ['English', ['English', 'When did it happen?']],
    ['start again', ['start again', 'tell me what happened']],
    ['The bins were not collected on my street for three weeks, I am not happy', ['complaint']],
    ['cancel', ['deleted what you told me']],
    ['hi', ['Hello', 'tell me what happened']],
  ],
  'odd input is handled politely': [
    ['hi', ['tell me what happened']],
    ['   ', ['did not get any words', 'tell me what happened']],
    ['<script>alert(1)</script> the <b>bins</b> 🗑️ were not collected and I am not happy about it', ['complaint']],
    ['maybe', ['did not understand', 'Is that right?']],
    ['yes', ['When did it happen?']],
    ['the day after never', ['like "3 March 2026"']],
    ['1 January 2030', ['in the future']],
    ['not sure', ['What would you like']],
  ],
  'the 12-month limit is explained, not enforced': [
    ['The council lost my housing application and I am very unhappy with the service', ['complaint']],
    ['yes', ['When did it happen?']],
    ['2 February 2024', ['more than 12 months ago', 'You can still send it', 'What would you like']],
  ],
  'change from the summary': [
    ['The nurse on ward 5 was wonderful and so kind to me, thank you so much', ['compliment']],
    ['yes', ['Is this about you']],
    ['About me', ['How should we reply']],
    ['Stay anonymous', ['large print']],
    ['no', ['anonymous (no reply)']],
    ['Change something', ['What do you want to change?']],
    ['How we reply', ['How should we reply']],
    ['Email', ['What is your name?']],
    ['Jo', ['email address']],
    ['not an email', ['does not look like an email address']],
    ['jo@example.org', ['Please check', 'Email, jo@example.org', 'Your name: Jo']],
  ],
};

describe('the intake conversation (real classifier, real case core on SQLite)', () => {
  let harness: ChatHarness;
  beforeAll(async () => {
    harness = await chatHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it.each(Object.entries(paths))('%s', async (_name, steps) => {
    const chat = harness.newChat();
    for (const [said, expected] of steps) {
      const replies = await chat.say(said);
      const text = joined(replies);
      for (const e of expected) {
        if (typeof e === 'string') expect(text, `after "${said.slice(0, 40)}"`).toContain(e);
        else expect(text, `after "${said.slice(0, 40)}"`).toMatch(e);
      }
      // Input is never echoed as live markup: every message is plain text.
      for (const reply of replies) expect(reply.textFormat).toBe('plain');
    }
  });

  it('files the complaint for the mother as the core would from email: consent requested, subject named', async () => {
    const chat = harness.newChat();
    for (const [said] of paths["a complaint for one's mother, consent to follow"]!) await chat.say(said);
    const cases = await harness.services.store.cases.list({});
    const mine = cases.find((c) => c.description.startsWith('I want to complain that my mother'));
    expect(mine).toMatchObject({
      type: 'complaint',
      channel: 'web_chat',
      department: 'health',
      status: 'awaiting_consent',
      consentStatus: 'requested',
      onBehalfOf: 'child',
      eventDate: '2026-03-03',
      remedySought: 'A new appointment soon',
    });
    expect(mine!.parties.find((p) => p.role === 'subject')?.name).toBe('Maria Silva');
    expect(mine!.parties.find((p) => p.role === 'representative')?.email).toBe('ana@example.org');
    const outbox = await harness.db.store.db.outboxMessage.findMany({ where: { caseId: mine!.id } });
    expect(outbox.map((o) => [o.kind, o.toAddress, o.status])).toContainEqual(['acknowledgement', 'ana@example.org', 'pending']);
  });

  it('gives each of many people who send at the same moment their own case, reference and acknowledgement', async () => {
    const path = paths['an anonymous compliment asks no complaint questions']!;
    const people = Array.from({ length: 8 }, (_, i) => ({ chat: harness.newChat(), email: `person${i}@example.org` }));
    const [story, ...rest] = path.slice(0, 3).map(([said]) => said);
    for (const { chat, email } of people) {
      await chat.say(`${story} (${email})`);
      for (const said of rest) await chat.say(said);
      await chat.say('Email');
      await chat.say('Jo');
      await chat.say(email);
      await chat.say('no');
    }
    const sent = await Promise.all(people.map(({ chat }) => chat.say('Send')));
    const references = sent.map((replies) => /Your reference is (FB-2026-\d{6})/.exec(joined(replies))?.[1]);
    expect(new Set(references).size).toBe(people.length);
    for (const [i, reference] of references.entries()) {
      const created = await harness.services.store.cases.findByReference(reference!);
      expect(created!.description).toContain(people[i]!.email);
      const outbox = await harness.db.store.db.outboxMessage.findMany({ where: { caseId: created!.id } });
      expect(outbox.map((o) => [o.kind, o.toAddress])).toEqual([['acknowledgement', people[i]!.email]]);
      expect(joined(sent[i]!)).toContain(`We have sent a copy to ${people[i]!.email}`);
    }
  });

  it('opens an urgent case with a safeguarding alert as soon as the concern is read', async () => {
    const chat = harness.newChat();
    const replies = await chat.say('I feel like ending my life');
    const reference = /FB-2026-\d{6}/.exec(joined(replies))?.[0];
    const created = await harness.services.store.cases.findByReference(reference!);
    expect(created).toMatchObject({ safeguarding: true, urgent: true });
    const outbox = await harness.db.store.db.outboxMessage.findMany({ where: { caseId: created!.id } });
    expect(outbox.map((o) => [o.kind, o.toAddress])).toContainEqual(['safeguarding_alert', 'safeguarding@example.org']);
  });

  it('records out-of-scope feedback with its referral, and abusive words with a flag', async () => {
    for (const [story, flag] of [
      ['I want to make a freedom of information request about parking fines please', { outOfScope: 'foi' }],
      ['You are useless idiots, the bin men never come to my street', { abusive: true }],
    ] as const) {
      const chat = harness.newChat();
      await chat.say(story);
      for (const answer of ['yes', 'Roads, waste and infrastructure', 'not sure', 'not sure', 'About me', 'Stay anonymous', 'no'])
        await chat.say(answer);
      const sent = joined(await chat.say('send'));
      const reference = /FB-2026-\d{6}/.exec(sent)?.[0];
      expect(reference, sent).toBeDefined();
      expect(await harness.services.store.cases.findByReference(reference!)).toMatchObject(flag);
    }
  });

  it('keeps 20,000 characters of a very long story and says so', async () => {
    const chat = harness.newChat();
    await chat.say('hi');
    const replies = await chat.say(`The bins were not collected and I am not happy. ${'x'.repeat(25_000)}`);
    expect(joined(replies)).toContain('I kept the first 20000 characters');
  });

  it('speaks Portuguese and Polish from the first message', async () => {
    const pt = harness.newChat('pt');
    expect(joined(await pt.say('olá'))).toContain('Conte-me o que aconteceu');
    const pl = harness.newChat('pl');
    expect(joined(await pl.say('cześć'))).toContain('Opisz, co się stało');
    expect(joined(await pl.say('Chcę złożyć skargę na opóźnienie wizyty mojej matki w szpitalu'))).toContain('skarga');
  });
});

describe('the JCSC profile asks whether to treat it as a formal complaint', () => {
  let harness: ChatHarness;
  beforeAll(async () => {
    harness = await chatHarness({ POLICY_PROFILE: 'jcsc' });
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('asks, and records the answer', async () => {
    const chat = harness.newChat();
    await chat.say('The phishing advice on your website was wrong and I am not happy about it');
    const steps = ['yes', 'Something else', 'not sure', 'a correction', 'About me'];
    let last = '';
    for (const s of steps) last = joined(await chat.say(s));
    expect(last).toContain('formal complaint');
    await chat.say('yes');
    for (const s of ['Email', 'Kim', 'kim@example.org', 'no']) last = joined(await chat.say(s));
    expect(last).toContain('Formal complaint: Yes');
  });
});
