import type { ClassificationCorrectionRecord } from '../../core/cases/case-record.js';
import type { Classifier } from '../../core/classify/classification.js';
import type { LabelledExample } from '../../core/classify/labelled-example.js';
import { DEPARTMENTS, FEEDBACK_TYPES } from '../../core/domain/vocabulary.js';

/**
 * Staff corrections of type or department (issue 3 "Wire it in") as labelled examples for
 * `intake train --include-corrections`. The latest correction per case and field wins; the
 * labels staff did not correct are the shipped classifier's own reading of the text.
 */
export function correctionsAsExamples(
  corrections: readonly ClassificationCorrectionRecord[],
  classify: Classifier,
): LabelledExample[] {
  const latest = new Map<string, ClassificationCorrectionRecord>();
  for (const c of [...corrections].sort((a, b) => a.at.getTime() - b.at.getTime() || (a.id < b.id ? -1 : 1))) {
    latest.set(`${c.caseId}:${c.field}`, c);
  }
  const byCase = new Map<string, LabelledExample>();
  const ordered = [...latest.values()].sort((a, b) => (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0));
  for (const correction of ordered) {
    let example = byCase.get(correction.caseId);
    if (!example) {
      const guess = classify({ channel: 'chat', subject: null, text: correction.text });
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
    if (correction.field === 'type' && (FEEDBACK_TYPES as readonly string[]).includes(correction.toValue)) {
      example.type = correction.toValue as LabelledExample['type'];
    } else if (correction.field === 'department' && (DEPARTMENTS as readonly string[]).includes(correction.toValue)) {
      example.department = correction.toValue as LabelledExample['department'];
    }
  }
  return [...byCase.values()];
}
