import { describe, expect, it } from 'vitest';
import { detectOnBehalfOf } from '../../../core/classify/rules/on-behalf-of.js';
import { chat } from './prepare.js';

// POLICY.md §2: who can give feedback, and when the subject's consent is not needed.
const CASES: Array<[string, string | null, string | null]> = [
  ["I am writing on behalf of my mother, who has Alzheimer's, about her care on the ward.", 'child', 'lacks_capacity'],
  ['My father passed away on the ward in March and I want to know why nobody called us.', 'child', 'deceased'],
  ['My son (9) has had no teaching assistant support since September.', 'parent', 'child_under_16'],
  ['My daughter is 19 and at college, she asked me to complain about her grant.', 'parent', 'consent_needed'],
  ['My husband has asked me to write about his income support claim.', 'spouse', 'consent_needed'],
  ["I'm writing for my grandmother, who cannot use email. Her bins were not collected.", 'relative', 'consent_needed'],
  ['My neighbour, who is 87, asked me to write because the trench outside her door is still open.', 'friend', 'consent_needed'],
  ['I am the full-time carer for Mrs D and she has asked me to complain.', 'carer', 'consent_needed'],
  ['We act for Mr Pinto in relation to the withdrawal of his income support.', 'legal_representative', 'consent_needed'],
  [
    'As Deputy for St Helier Central I have been contacted by a constituent about street lighting.',
    'states_member',
    'consent_needed',
  ],
  ["On behalf of the Le Squez Residents' Association I want to complain about the play area.", 'organisation', 'consent_needed'],
  ["I'm an advocate with Citizens Advice acting for a client whose funding was withdrawn.", 'advocate', 'consent_needed'],
  ['Escrevo em nome do meu marido, que não fala inglês, sobre o subsídio dele.', 'spouse', 'consent_needed'],
  ['Mój tata zmarł w szpitalu w marcu.', 'child', 'deceased'],
  // Mentioning people is not representing them (issue 3).
  ['My wife and I were treated really well at the eye clinic today.', null, null],
  ['Me and my kids waited 50 minutes for the bus in the rain.', null, null],
  ['My husband drove me to my appointment and they refused to see me.', null, null],
  ['My partner hits me and I need emergency housing.', null, null],
  ["The damp in our flat is on my children's bedroom wall and nobody fixes it.", null, null],
];

describe('on behalf of someone else', () => {
  it.each(CASES)('%j → %s / %s', (text, relationship, consent) => {
    const finding = detectOnBehalfOf(chat(text));
    expect(finding.onBehalfOf).toBe(relationship);
    expect(finding.subjectConsentNeededReason).toBe(consent);
    if (relationship) expect(finding.words.length).toBeGreaterThan(0);
  });
});
