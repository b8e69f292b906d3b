import { describe, expect, it } from 'vitest';
import { renderAcknowledgement } from '../../../core/ack/render-acknowledgement.js';
import type { CaseRecord } from '../../../core/cases/case-record.js';
import { resolveProfile } from '../../../core/policy/profiles/index.js';

const goj = resolveProfile('goj');

function caseWith(overrides: Partial<CaseRecord>): CaseRecord {
  return {
    id: 'c1',
    reference: 'FB-2026-000042',
    profile: 'goj',
    type: 'complaint',
    channel: 'email',
    status: 'open',
    stage: 1,
    department: 'health',
    service: null,
    description: 'x',
    remedySought: null,
    eventDate: null,
    anonymous: false,
    language: 'en',
    preferredContact: null,
    accessibilityNeeds: null,
    parish: null,
    onBehalfOf: null,
    subjectConsentNeededReason: null,
    consentStatus: 'not_needed',
    formalComplaintConsent: null,
    outOfScope: null,
    safeguarding: false,
    abusive: false,
    urgent: false,
    classification: null,
    receivedAt: new Date('2026-12-24T10:00:00Z'),
    clockStartsOn: '2026-12-24',
    initialResponseDueOn: '2026-12-29',
    stage1DueOn: '2027-01-04',
    stage2DueOn: '2027-01-11',
    stage3DueOn: '2027-01-11',
    stageStartedOn: '2026-12-24',
    respondedOn: null,
    closedAt: null,
    closureReason: null,
    closedAtStage: null,
    sourceMessageId: null,
    recordedBy: null,
    createdAt: new Date('2026-12-24T10:00:00Z'),
    updatedAt: new Date('2026-12-24T10:00:00Z'),
    version: 0,
    parties: [
      { id: 'p1', role: 'customer', name: 'Ann', email: 'ann@example.org', phone: null, address: null, relationship: null },
    ],
    consents: [],
    ...overrides,
  };
}

describe('the acknowledgement', () => {
  it('gives the reference, the dates, no charge and how to escalate, in plain English', () => {
    const ack = renderAcknowledgement(caseWith({}), goj);
    expect(ack.subject).toBe('We have your feedback [FB-2026-000042]');
    expect(ack.text).toContain('Dear Ann,');
    expect(ack.text).toContain('We will contact you by Tuesday 29 December 2026.');
    expect(ack.text).toContain('We aim to give you our answer by Monday 4 January 2027.');
    expect(ack.text).toContain('It is free to give feedback or make a complaint.');
    expect(ack.text).toContain('You have 20 working days from our answer to do this.');
    expect(ack.text).toContain('the States of Jersey Complaints Panel');
    // Plain language: no sentence longer than 30 words.
    const sentences = ack.text.split(/[.!?]\s/).map((s) => s.trim().split(/\s+/).length);
    expect(Math.max(...sentences)).toBeLessThanOrEqual(30);
  });

  it('is written in Portuguese and Polish, dates included', () => {
    expect(renderAcknowledgement(caseWith({ language: 'pt' }), goj).text).toContain('terça-feira, 29 de dezembro de 2026');
    const pl = renderAcknowledgement(caseWith({ language: 'pl' }), goj);
    expect(pl.subject).toBe('Otrzymaliśmy Twoją opinię [FB-2026-000042]');
    expect(pl.text).toContain('wtorek, 29 grudnia 2026');
  });

  it('falls back to English for a language it has no text for', () => {
    const ack = renderAcknowledgement(caseWith({ language: 'ro' }), goj);
    expect(ack.language).toBe('en');
    expect(ack.text).toContain('Thank you for telling us about your complaint.');
  });

  it('explains consent and what the subject must be told, without dates the clock does not have yet', () => {
    const ack = renderAcknowledgement(
      caseWith({
        consentStatus: 'requested',
        onBehalfOf: 'child',
        clockStartsOn: null,
        stage1DueOn: null,
        parties: [
          {
            id: 'p1',
            role: 'representative',
            name: 'Ann',
            email: 'ann@example.org',
            phone: null,
            address: null,
            relationship: 'child',
          },
          { id: 'p2', role: 'subject', name: 'Marie', email: null, phone: null, address: null, relationship: null },
        ],
        consents: [
          {
            id: 'k',
            kind: 'subject_consent',
            status: 'requested',
            exemption: null,
            requestedAt: new Date(),
            expiresOn: '2027-01-12',
            receivedAt: null,
            note: null,
          },
        ],
      }),
      goj,
    );
    expect(ack.text).toContain('You told us you are writing for someone else (Marie).');
    expect(ack.text).toContain('Please send it by Tuesday 12 January 2027 (within 10 working days).');
    expect(ack.text).toContain('nothing is added to their record');
    expect(ack.text).not.toContain('We aim to give you our answer by');
  });

  it('says where to go for what the policy does not cover, and how to get help at once', () => {
    const ack = renderAcknowledgement(caseWith({ outOfScope: 'appeal', safeguarding: true }), goj);
    expect(ack.text).toContain('This decision has its own appeal or review process. We have passed your case to that process');
    expect(ack.text.indexOf('call 999')).toBeLessThan(ack.text.indexOf('Thank you'));
    expect(ack.text).toContain('116 123');
  });

  it('explains the 12-month limit without refusing the complaint', () => {
    const ack = renderAcknowledgement(caseWith({ eventDate: '2025-11-01' }), goj);
    expect(ack.text).toContain('more than 12 months ago');
    expect(renderAcknowledgement(caseWith({ eventDate: '2026-01-01' }), goj).text).not.toContain('12 months ago');
  });

  it('asks JCSC complainants whether to treat it as a formal complaint', () => {
    const ack = renderAcknowledgement(caseWith({ formalComplaintConsent: 'requested' }), resolveProfile('jcsc'));
    expect(ack.text).toContain('consent to treat this as a formal complaint');
    expect(ack.text).toContain('hello@jcsc.je');
  });
});
