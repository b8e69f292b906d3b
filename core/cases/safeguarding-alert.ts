import type { CaseRecord } from './case-record.js';

/**
 * POLICY.md §5: "Any safeguarding concern: raise an alert without delay". The alert goes to
 * staff who need to know, so it carries the words that raised it and the case reference.
 */
export function renderSafeguardingAlert(caseRecord: CaseRecord): { subject: string; text: string } {
  const reasons = caseRecord.classification?.reasons?.safeguarding ?? [];
  const contact = caseRecord.parties.find((p) => p.role !== 'subject');
  return {
    subject: `URGENT safeguarding concern [${caseRecord.reference}]`,
    text: [
      `A new ${caseRecord.type} received by ${caseRecord.channel} may involve a risk to someone's safety.`,
      `Reference: ${caseRecord.reference}`,
      `Received: ${caseRecord.receivedAt.toISOString()}`,
      reasons.length ? `Words that raised the alert: ${reasons.join(', ')}` : 'Raised by the person or a member of staff.',
      `Contact given: ${contact?.email || contact?.phone ? 'yes' : 'no'}`,
      '',
      'What they wrote:',
      caseRecord.description,
      '',
      'Please review today. For a vulnerable adult or child, inform the Safeguarding Manager.',
    ].join('\n'),
  };
}
