import { DateTime } from 'luxon';
import type { AckStrings } from '../ack-strings.js';

export const pl: AckStrings = {
  dateLocale: 'pl-PL',
  formatDate: (d) => d.setLocale('pl-PL').toLocaleString(DateTime.DATE_HUGE),
  subject: (ref) => `Otrzymaliśmy Twoją opinię [${ref}]`,
  greeting: (name) => (name ? `Szanowna/y ${name},` : 'Dzień dobry,'),
  thanks: {
    complaint: 'Dziękujemy, że powiedziałeś nam o swojej skardze.',
    compliment: 'Dziękujemy za miłe słowa.',
    suggestion: 'Dziękujemy za Twój pomysł.',
    comment: 'Dziękujemy za Twój komentarz.',
  },
  reference: (ref) => `Twój numer sprawy to ${ref}. Podaj go, gdy będziesz się z nami kontaktować.`,
  complaintNext: (initial, stage1) =>
    `Skontaktujemy się z Tobą do ${initial}. Powiemy Ci, jak zajmiemy się skargą i co będzie dalej. Chcemy odpowiedzieć do ${stage1}.`,
  otherNext: {
    compliment: 'Przekażemy Twoją wiadomość osobom, o których piszesz.',
    suggestion: 'Przyjrzymy się Twojemu pomysłowi i przekażemy go właściwemu zespołowi.',
    comment: 'Przeczytamy Twój komentarz i przekażemy go właściwemu zespołowi.',
  },
  consentNeeded: (name, expiresOn, days) =>
    `Napisałeś, że piszesz w imieniu innej osoby${name ? ` (${name})` : ''}. Potrzebujemy jej zgody, zanim cokolwiek Ci przekażemy lub zaczniemy sprawdzać sprawę. Nasz termin liczy się od dnia, w którym dostaniemy zgodę.${expiresOn ? ` Prześlij ją do ${expiresOn} (w ciągu ${days} dni roboczych).` : ''} Bez zgody możemy nie móc zająć się sprawą.`,
  consentSubjectIsTold: [
    'Ta osoba musi wiedzieć, że:',
    '- możemy sprawdzić jej dokumentację,',
    '- osoby badające sprawę zobaczą potrzebne dokumenty,',
    '- informacje o zdrowiu mogą trafić do lekarzy prowadzących,',
    '- informacje mogą być przekazywane w ramach organizacji,',
    '- nic nie zostanie dodane do jej dokumentacji, a jej usługi się nie zmienią,',
    '- zaczniemy dopiero, gdy dostaniemy jej zgodę.',
  ],
  consentExempt: {
    deceased: 'Napisałeś, że ta osoba zmarła. Nie potrzebujemy jej zgody. Bardzo nam przykro.',
    lacks_capacity: 'Napisałeś, że ta osoba nie może sama podjąć tej decyzji. Nie potrzebujemy jej zgody.',
    child_under_16: 'Napisałeś, że to dziecko poniżej 16 lat, które nie może samo decydować. Nie potrzebujemy jego zgody.',
  },
  formalComplaintQuestion:
    'Potrzebujemy Twojej zgody, aby potraktować to jako formalną skargę. Odpisz „tak”, jeśli tego chcesz, albo „nie”, jeśli chcesz tylko, żebyśmy to odnotowali.',
  outOfScopeIntro: 'Część tego, co napisałeś, nie jest objęta naszą polityką opinii:',
  referral: {
    foi: 'Wnioski o informację na podstawie Freedom of Information (Jersey) Law 2011 mają własną procedurę. Jeśli skarga dotyczy tego, jak prowadzimy wniosek, napisz nam, a sprawdzimy to.',
    subject_access:
      'Wnioski o dostęp do danych osobowych (Data Protection (Jersey) Law 2018) mają własną procedurę. Jeśli skarga dotyczy tego, jak prowadzimy wniosek, napisz nam, a sprawdzimy to.',
    appeal:
      'Od tej decyzji przysługuje odwołanie w osobnej procedurze. Przekazaliśmy tam Twoją sprawę i ktoś się z Tobą skontaktuje.',
    police: 'Skargi na policję (States of Jersey Police) rozpatruje Jersey Police Complaints Authority.',
    gp: 'Skargi na lekarza rodzinnego (GP) należy najpierw skierować do jego przychodni.',
    staff_grievance: 'Skargi pracowników mają własną procedurę. Porozmawiaj z przełożonym lub działem kadr.',
    whistleblowing: 'Zgłoś to w ramach polityki sygnalistów (whistleblowing) dla pracowników publicznych.',
    legal_action: 'Nie możemy zajmować się sprawami, które są lub były przedmiotem postępowania sądowego.',
    other: 'Powiemy Ci, gdzie się z tym zwrócić.',
  },
  safeguarding:
    'Jeśli ktoś jest teraz w niebezpieczeństwie, zadzwoń pod 999. Możesz bezpłatnie porozmawiać z Samaritans o każdej porze pod numerem 116 123. Poprosiliśmy nasz zespół, aby zajął się tym dzisiaj.',
  lateComplaint: (months) =>
    `Napisałeś, że to zdarzyło się ponad ${months} miesięcy temu. Zwykle rozpatrujemy skargi w ciągu ${months} miesięcy, ale możemy zrobić wyjątek, jeśli jest ważny powód.`,
  noCharge: 'Przekazanie opinii lub złożenie skargi jest bezpłatne.',
  escalate: (days, review) =>
    `Jeśli nie jesteś zadowolony z odpowiedzi, możesz poprosić o ponowne rozpatrzenie. Masz na to ${days} dni roboczych od naszej odpowiedzi. Po ostatnim etapie możesz zwrócić się do ${review}.`,
  anonymous: 'Nie podałeś danych kontaktowych, więc nie możemy Ci odpowiedzieć. Mimo to sprawdzimy, o czym piszesz.',
  contactUs: (phone, email, web) => `Możesz zadzwonić pod ${phone}, napisać na ${email} lub wejść na ${web}.`,
  signOff: (org) => `${org} – Opinie klientów`,
};
