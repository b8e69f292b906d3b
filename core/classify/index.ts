export type { Classification, Classifier, MessageToClassify } from './classification.js';
export type { ClassifierModel } from './model.js';
export type { LabelledExample } from './labelled-example.js';
export { LabelledExampleSchema } from './labelled-example.js';
export { createClassifier } from './create-classifier.js';
export { trainClassifier } from './learn/train-classifier.js';
