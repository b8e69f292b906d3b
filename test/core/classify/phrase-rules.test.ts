import { describe, expect, it } from 'vitest';
import { compileRules, findMatches, readSecond, startKeys } from '../../../core/classify/rules/phrase-rules.js';
import { COMPILED as SAFEGUARDING } from '../../../core/classify/rules/safeguarding.js';
import { COMPILED as SCOPE } from '../../../core/classify/rules/out-of-scope.js';
import { COMPILED as BEHALF } from '../../../core/classify/rules/on-behalf-of.js';
import { COMPILED as ABUSE } from '../../../core/classify/rules/abusive.js';
import { readTrainingSplit } from '../../../app/classify/read-corpus.js';
import { chat } from './prepare.js';

describe('phrase rule index', () => {
  it('reads the possible first words of a pattern', () => {
    // whole words where the pattern ends the word, else the word's first letters
    expect(startKeys('\\b(?:kill|hurt) (?:my ?self)\\b')).toEqual(['=kill', '=hurt']);
    expect(startKeys('\\bthe gp at\\b')).toEqual(['=the']);
    expect(startKeys('\\bsuicid(?:e|al)\\b')).toEqual(['sui']);
    expect(startKeys('\\bbrib')).toEqual(['bri']);
    expect(startKeys("\\b(?:she|he)(?:'s| has)? asked me\\b")).toEqual(['=she', 'he']);
    expect(startKeys("\\bi'?ll (?:kill|hurt) you\\b")).toEqual(['i', 'ill']);
    expect(startKeys('\\bi know where you live\\b')).toEqual(['i']);
    expect(startKeys('(?:^|[.!?]\\s+)mum\\b')).toBeNull();
  });

  it('reads the second word of a pattern when every match has one', () => {
    expect(readSecond('\\b(?:my|the|our) doctor at\\b')).toEqual(['=doctor']);
    expect(readSecond('\\bthe (?:gp|police) (?:never|refused)\\b')).toEqual(['gp', '=police']);
    expect(readSecond('\\bi (?:want|wish) (?:i was )?dead\\b')).toEqual(['=want', '=wish']);
    expect(readSecond('\\bsuicid(?:e|al)\\b')).toBeNull();
    expect(readSecond('\\bno (?:\\w+ )?food\\b')).toBeNull();
  });

  it('refuses patterns with capturing groups (they would break match reporting)', () => {
    expect(() => compileRules([{ value: 'x', patterns: ['(kill) me'] }])).toThrow(/capturing group/);
  });

  // The word index must never change a result: every rule set, on awkward texts, tried at
  // word starts and scanned whole.
  const TEXTS = [
    "I'm gonna kill myself tonight",
    'im going to end it all',
    "dont want to live anymore, i'll end my life",
    "don't want to be alive",
    'PC Smith who was rude to me',
    'f*** off you muppets',
    'My 14 year old told me she wants to die',
    'Dad asked me to ring you. Mum was left on a trolley.',
    'FOI: how many staff?',
    'We are suing Andium for the damage',
    'Mój tata zmarł; mă gândesc să mă sinucid; je veux mourir',
  ];
  it.each(TEXTS)('gives the same matches tried at word starts as scanned whole: %j', (text) => {
    const input = chat(text);
    for (const rules of [SAFEGUARDING, SCOPE, BEHALF, ABUSE] as const) {
      const fast = findMatches(rules as never, input, true);
      const full = findMatches(rules as never, input, false);
      expect(fast).toEqual(full);
    }
  });

  it('gives the same matches both ways on every message of the training corpus', () => {
    const differing: string[] = [];
    for (const example of readTrainingSplit()) {
      const input = chat(example.text);
      for (const rules of [SAFEGUARDING, SCOPE, BEHALF, ABUSE] as const)
        if (
          JSON.stringify(findMatches(rules as never, input, true)) !== JSON.stringify(findMatches(rules as never, input, false))
        )
          differing.push(example.id);
    }
    expect(differing).toEqual([]);
  });
});
