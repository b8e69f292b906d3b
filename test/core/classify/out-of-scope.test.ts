import { describe, expect, it } from 'vitest';
import { detectOutOfScope } from '../../../core/classify/rules/out-of-scope.js';
import { chat } from './prepare.js';

// POLICY.md §4: refer, explain, record. Complaints about the HANDLING of an FOI or subject
// access request stay in scope.
const CASES: Array<[string, string | null]> = [
  ['Under the Freedom of Information law, please tell me how much was spent on consultants.', 'foi'],
  ['FOI request: how many potholes were reported last year?', 'foi'],
  ['I submitted a Freedom of Information request 40 working days ago and have had no response.', null],
  ['Please treat this as a subject access request for all data you hold about me.', 'subject_access'],
  ['My subject access request was only half answered and pages were blacked out.', null],
  ['I want to appeal the parking fine I got on Hill Street.', 'appeal'],
  ["I'm not appealing the decision, I just want to complain that it took 4 months.", null],
  ['A police officer was extremely rude to me during a traffic stop.', 'police'],
  ['My GP refuses to give me an appointment for 3 weeks.', 'gp'],
  ['My GP referred me to the hospital 10 weeks ago and the hospital has not booked anything.', null],
  ['I work in the Infrastructure department and my line manager has been bullying me.', 'staff_grievance'],
  ['I want to blow the whistle on fraud in my department.', 'whistleblowing'],
  ['My solicitor has started legal proceedings against the hospital.', 'legal_action'],
  ["I want to complain about the Viscount's handling of my late father's estate.", 'other'],
  ['The bins on my road have not been collected for two weeks.', null],
];

describe('out-of-scope matters', () => {
  it.each(CASES)('%j → %s', (text, expected) => {
    const finding = detectOutOfScope(chat(text));
    expect(finding.outOfScope).toBe(expected);
    if (expected) expect(finding.words.length).toBeGreaterThan(0);
  });
});
