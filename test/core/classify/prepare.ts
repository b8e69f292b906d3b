import { prepareMessage } from '../../../core/classify/text/prepare.js';

/** A chat message made ready for the rules, as the classifier does. */
export const chat = (text: string) => prepareMessage({ channel: 'chat', subject: null, text });
