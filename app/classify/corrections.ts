import type { LabelledExample } from '../../core/classify/labelled-example.js';

/**
 * Staff corrections of type or department (issue 3 "Wire it in") as labelled examples. The case
 * store's `listClassificationCorrections()` (prisma/store, written by the lead) gives
 * (caseId, field, from, to, text, correctedBy, at). The latest correction per case and field
 * wins; the other labels are the shipped classifier's guess for that text.
 */
export interface ClassificationCorrection {
  caseId: string;
  field: 'type' | 'department';
  from: string;
  to: string;
  text: string;
  correctedBy: string;
  at: Date;
}

export async function correctionsAsExamples(_existing: readonly LabelledExample[]): Promise<LabelledExample[]> {
  const corrections = await listCorrectionsFromStore();
  const { loadClassifier } = await import('./load-classifier.js');
  const classifier = loadClassifier();
  const latest = new Map<string, ClassificationCorrection>();
  for (const c of [...corrections].sort((a, b) => a.at.getTime() - b.at.getTime())) latest.set(`${c.caseId}:${c.field}`, c);
  const byCase = new Map<string, LabelledExample>();
  for (const correction of [...latest.values()].sort((a, b) => (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0))) {
    let example = byCase.get(correction.caseId);
    if (!example) {
      const guess = classifier({ channel: 'chat', subject: null, text: correction.text });
      example = {
        id: `correction-${correction.caseId}`,
        channel: 'chat',
        subject: null,
        text: correction.text,
        type: guess.type,
        department: guess.department,
        outOfScope: guess.outOfScope,
        safeguarding: guess.safeguarding,
        onBehalfOf: guess.onBehalfOf,
        subjectConsentNeededReason: guess.subjectConsentNeededReason,
        abusive: guess.abusive,
        lang: guess.lang,
      };
      byCase.set(correction.caseId, example);
    }
    if (correction.field === 'type') example.type = correction.to as LabelledExample['type'];
    else example.department = correction.to as LabelledExample['department'];
  }
  return [...byCase.values()];
}

async function listCorrectionsFromStore(): Promise<ClassificationCorrection[]> {
  throw new Error('train --include-corrections: the case store does not expose listClassificationCorrections() yet');
}
