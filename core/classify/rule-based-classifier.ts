import type { Classification, Classifier, MessageToClassify } from './classification.js';

/**
 * A minimal keyword classifier behind the same interface as the trained one, so the channels
 * can run before (or without) a trained model. It only guesses the type; every flag is off.
 */
export const ruleBasedClassifier: Classifier = (message: MessageToClassify): Classification => {
  const text = `${message.subject ?? ''} ${message.text}`.toLowerCase();
  const pick = (words: string[]) => words.filter((w) => text.includes(w));
  const compliment = pick(['thank', 'excellent', 'brilliant', 'well done', 'grateful', 'kind']);
  const suggestion = pick(['suggest', 'idea', 'could you', 'would be better', 'should consider']);
  const complaint = pick([
    'complain',
    'complaint',
    'unacceptable',
    'disappointed',
    'not happy',
    'still waiting',
    'rude',
    'wrong',
  ]);
  let type: Classification['type'] = 'comment';
  let reason = compliment;
  if (complaint.length) [type, reason] = ['complaint', complaint];
  else if (suggestion.length) [type, reason] = ['suggestion', suggestion];
  else if (compliment.length) [type, reason] = ['compliment', compliment];
  return {
    type,
    department: 'other',
    outOfScope: null,
    safeguarding: false,
    onBehalfOf: null,
    subjectConsentNeededReason: null,
    abusive: false,
    remedySought: null,
    lang: 'en',
    reasons: { type: reason },
  };
};
