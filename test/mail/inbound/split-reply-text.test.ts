/** The new words of a reply are kept apart from the quoted history and the signature. */
import { describe, expect, it } from 'vitest';
import { splitReplyText } from '../../../mail/inbound/split-reply-text.js';

describe('splitReplyText', () => {
  const rows: Array<[string, string, string, string]> = [
    [
      'English "On … wrote:" with signature',
      'I still have no answer.\n\n-- \nAnna Smith\n07700 900123\n\nOn Mon, 2 Mar 2026 at 10:00, Feedback <feedback@gov.je> wrote:\n> Thank you. Your reference is FB-2026-000001.\n',
      'I still have no answer.',
      'Thank you. Your reference is FB-2026-000001.',
    ],
    [
      'Portuguese "Em … escreveu:"',
      'Ainda não tenho resposta.\n\nEm seg., 2 de mar. de 2026 às 10:00, Feedback <feedback@gov.je> escreveu:\n> Obrigado.\n',
      'Ainda não tenho resposta.',
      'Obrigado.',
    ],
    [
      'Polish "W dniu … napisał:"',
      'Nadal brak odpowiedzi.\n\nW dniu 2.03.2026 o 10:00, Feedback <feedback@gov.je> napisał:\n> Dziękujemy.\n',
      'Nadal brak odpowiedzi.',
      'Dziękujemy.',
    ],
    ['no quote at all', 'The road outside my house has a pothole.', 'The road outside my house has a pothole.', ''],
  ];
  it.each(rows)('%s', (_name, text, newText, quoted) => {
    const result = splitReplyText(text);
    expect(result.newText).toBe(newText);
    if (quoted) expect(result.quotedText).toContain(quoted);
    else expect(result.quotedText).toBe('');
  });

  it('keeps the signature apart', () => {
    expect(splitReplyText('Please call me.\n\n-- \nAnna Smith\n').signature).toContain('Anna Smith');
  });

  it('a message that is only a quote keeps its text rather than becoming empty', () => {
    expect(splitReplyText('> forwarded complaint text\n> second line').newText).toContain('forwarded complaint text');
  });

  it('mail that is not a reply keeps its text and loses only a "-- " signature', () => {
    expect(
      splitReplyText('The bins were not collected.\n\nKind regards,\nAnna\n-- \nAnna Smith\n07700 900123', { isReply: false }),
    ).toEqual({
      newText: 'The bins were not collected.\n\nKind regards,\nAnna',
      quotedText: '',
      signature: 'Anna Smith\n07700 900123',
    });
  });

  it('mail that is not a reply but quotes something is still split', () => {
    const result = splitReplyText('See below.\n\n> earlier text\n> more', { isReply: false });
    expect(result.newText).toBe('See below.');
  });
});
