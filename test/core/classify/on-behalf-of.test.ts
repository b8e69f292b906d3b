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
  ['My neighbour told me the tip closes early on Sundays now. I work weekdays, so when can I go?', null, null],
  ['My GP referred me for a scan in January and I still have no date.', null, null],
  ['My son told me I could renew my licence online but the website says I must come in person.', null, null],
  ["My sister works in the benefits office so I know you're busy, but my claim has waited three weeks.", null, null],
  ['When my mother was in hospital the care was excellent, but this time I was left on a trolley for six hours.', null, null],
  ["My son's school now closes at 1pm on Fridays and I can't get there from work in time.", null, null],
  ['My husband says he will kill me if I miss the tax deadline again, did you get my return?', null, null],
  ['As a constituent of Deputy Renouf I want to complain about my rates bill.', null, null],
  ['The officer asked me to email the form again, which I did twice.', null, null],
  ["I'm writing from my phone so sorry for typos: the bins were missed again.", null, null],
  ['On behalf of my whole family, thank you to the ICU team who saved my life.', null, null],
  ['O meu filho ajudou-me a preencher o formulário, mas o site não funciona.', null, null],
  ['Ma femme et moi avons été très bien reçus à la mairie.', null, null],
  // In the other languages too, a relative mentioned in passing is not represented.
  ['A minha filha disse que o autocarro das 8 mudou de horário. Porque ninguém avisou?', null, null],
  ['Mój syn mówi, że basen będzie zamknięty w sierpniu. Czy to prawda?', null, null],
  ['Fiica mea zice că piscina se închide. Este adevărat?', null, null],
  ["Ma fille dit que la piscine ferme en août. C'est vrai ?", null, null],
  ['Recusaram o lugar na creche ao meu filho sem explicação.', 'parent', 'child_under_16'],
  ['Les ambulanciers ont été formidables avec mon père.', 'child', 'consent_needed'],
  ['Vreau să fac o reclamație despre cum a fost tratată mama mea la spital.', 'child', 'consent_needed'],
  // Being a carer, an advocate or a States member is not acting for someone.
  ["I'm a big advocate of the new bus app, it's brilliant.", null, null],
  ["I'm a paid carer and my mileage allowance hasn't been paid for three months.", null, null],
  ['Deputy here - just to say the new recycling bins in St Helier are working well.', null, null],
  ["I'm a solicitor and my own tax code has been wrong for two years.", null, null],
  ["I work for the ambulance service and my overtime hasn't been paid.", null, null],
  ['The letter your officer sent on behalf of the Minister did not answer my question about my rates.', null, null],
  ['A carta foi enviada em nome do ministro, mas não responde à minha pergunta.', null, null],
  // Representing someone: the message is about what happened to them.
  ['I am writing on behalf of my mother, who is 84, about her discharge at 10pm.', 'child', 'consent_needed'],
  ['My son (14) was excluded for three days without anyone ringing me first.', 'parent', 'child_under_16'],
  ['My wife has been waiting fourteen months for her knee operation.', 'spouse', 'consent_needed'],
  ['Staff at the care home are rough with my mother when they wash her, she has bruises on her arms.', 'child', 'consent_needed'],
  ["Mum's hospital transport was cancelled again and she missed her chemo. She's 76.", 'child', 'consent_needed'],
  ["My daughter's been off school for three weeks waiting for a place and nobody has called back.", 'parent', 'child_under_16'],
  ['A friend of mine was held at customs for hours. He has asked me to raise it.', 'friend', 'consent_needed'],
  ['Mój 12-letni syn jest wyzywany w szkole, a nauczyciele nic nie robią.', 'parent', 'child_under_16'],
  ['I am the daughter of Mrs Le Cornu, who has dementia. Her carers change every day.', 'child', 'lacks_capacity'],
  ["Why has my son's child benefit stopped? He's still at school, he's only 15.", 'parent', 'child_under_16'],
  [
    "I took my son out of school because of the bullying. He's 12 and the school never called me back.",
    'parent',
    'child_under_16',
  ],
  ['My wife was on hold for an hour trying to book my flu jab.', null, null],
  ['My husband was delighted with the new bus timetable, thank you.', null, null],
  ['My son needed the car so I took the bus, which was 40 minutes late.', null, null],
  ["My husband is in Australia so I'm dealing with the tax return on my own.", null, null],
  ['My mum used to work for the States and she says the pension office was always slow.', null, null],
  ['My daughter waited with me for 3 hours in A&E.', null, null],
  ['Our son is in Year 3 and has come home hungry every day this week.', 'parent', 'child_under_16'],
  ['My mum was shocked at how she was spoken to at the counter.', 'child', 'consent_needed'],
  // Roles said in other ways: a court delegate, support workers, lawyers and carers in other languages.
  [
    'I am the delegate appointed by the Royal Court for Mr Le Sueur, who has dementia, and his rent is unpaid.',
    'legal_representative',
    'lacks_capacity',
  ],
  ["I'm one of the support workers for Jamie and he has been waiting a year for a wheelchair.", 'carer', 'consent_needed'],
  ['Im a key worker, one of my clients was sent home from A&E at midnight with no coat. He is 80.', 'carer', 'consent_needed'],
  [
    "I'm a support worker with the Shelter Trust and one of my clients has been refused housing.",
    'organisation',
    'consent_needed',
  ],
  ['Jestem opiekunką pani Haliny, która od tygodnia czeka na pielęgniarkę.', 'carer', 'consent_needed'],
  [
    "Je suis avocat et mon client n'a reçu aucune réponse des douanes depuis trois mois.",
    'legal_representative',
    'consent_needed',
  ],
  ['I have been contacted by an elderly constituent whose heating has not been repaired.', 'states_member', 'consent_needed'],
  ['The parents of a 9-year-old constituent have asked me to raise his school transport.', 'states_member', 'child_under_16'],
  [
    "I write as secretary and on behalf of the St Aubin Bay & Harbour Residents' Association about the lorries.",
    'organisation',
    'consent_needed',
  ],
  ['Escrevemos em nome da direção da Associação dos Residentes de Gorey sobre o parque.', 'organisation', 'consent_needed'],
  ['Escrevo em nome do meu primo, que não fala inglês: a consulta dele foi cancelada.', 'relative', 'consent_needed'],
  // A name after the word, and the person's own request to the writer.
  ['Our son Oliver is 17 and has asked us to chase his student grant, which is now two months late.', 'parent', 'consent_needed'],
  ['Dad, Tom Renouf, died on the ward last week and nobody told us he had deteriorated.', 'child', 'deceased'],
  ['my mate has asked me to complain because the crisis line did not answer him twice.', 'friend', 'consent_needed'],
  // Still the writer's own matter.
  ['Jersey Post left my parcel with a neighbour three streets away and nobody told me.', null, null],
  ["This is not about my son's school place, it is about how I was spoken to on the phone.", null, null],
  ["I had to register my mother's death on Tuesday and the registrar was so kind to me.", null, null],
  ['I look after my dad full time and my allowance has been stopped without warning.', null, null],
];

describe('on behalf of someone else', () => {
  it.each(CASES)('%j → %s / %s', (text, relationship, consent) => {
    const finding = detectOnBehalfOf(chat(text));
    expect(finding.onBehalfOf).toBe(relationship);
    expect(finding.subjectConsentNeededReason).toBe(consent);
    if (relationship) expect(finding.words.length).toBeGreaterThan(0);
  });
});
