/** A subject's reply to a consent request is read as consent, refusal, or unclear (staff decide). */
import { describe, expect, it } from 'vitest';
import { readConsentAnswer } from '../../../core/cases/read-consent-answer.js';

describe('readConsentAnswer', () => {
  const rows: Array<[string, 'given' | 'refused' | null]> = [
    ['Yes, I consent to my daughter making this complaint.', 'given'],
    ['I give my consent.', 'given'],
    ['You have my permission to look at my records.', 'given'],
    ['I do not consent to this.', 'refused'],
    ["I don't agree to my records being shared.", 'refused'],
    ['I withdraw my consent.', 'refused'],
    ['Sim, dou o meu consentimento.', 'given'],
    ['Não autorizo.', 'refused'],
    ['Tak, wyrażam zgodę.', 'given'],
    ['Nie wyrażam zgody.', 'refused'],
    ['Who is this? Please call me.', null],
  ];
  it.each(rows)('%s → %s', (text, answer) => {
    expect(readConsentAnswer(text)).toBe(answer);
  });
});
