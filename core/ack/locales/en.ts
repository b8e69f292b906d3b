import type { AckStrings } from '../ack-strings.js';

export const en: AckStrings = {
  dateLocale: 'en-GB',
  formatDate: (d) => d.setLocale('en-GB').toFormat('cccc d LLLL yyyy'),
  subject: (ref) => `We have your feedback [${ref}]`,
  greeting: (name) => (name ? `Dear ${name},` : 'Hello,'),
  thanks: {
    complaint: 'Thank you for telling us about your complaint.',
    compliment: 'Thank you for your kind words.',
    suggestion: 'Thank you for your idea.',
    comment: 'Thank you for your comment.',
  },
  reference: (ref) => `Your reference is ${ref}. Please use it if you contact us about this.`,
  complaintNext: (initial, stage1) =>
    `We will contact you by ${initial}. We will tell you how we will deal with your complaint and what will happen next. We aim to give you our answer by ${stage1}.`,
  otherNext: {
    compliment: 'We will pass your message to the people you told us about.',
    suggestion: 'We will look at your idea and tell the right team.',
    comment: 'We will read your comment and share it with the right team.',
  },
  consentNeeded: (name, expiresOn, days) =>
    `You told us you are writing for someone else${name ? ` (${name})` : ''}. We need their consent before we can share anything with you or start to look into this. Our timescale starts on the day we get their consent.${expiresOn ? ` Please send it by ${expiresOn} (within ${days} working days).` : ''} If we do not get it, we may not be able to look into this.`,
  consentSubjectIsTold: [
    'The person must know that:',
    '- we may look at their records,',
    '- the people looking into this will see the records they need,',
    '- health information may be shared with the clinicians involved,',
    '- information may be shared across the organisation,',
    '- nothing is added to their record and their services are not affected,',
    '- we only start when we have their consent.',
  ],
  consentExempt: {
    deceased: 'You told us the person has died. We do not need their consent. We are sorry for your loss.',
    lacks_capacity: 'You told us the person cannot make this decision. We do not need their consent.',
    child_under_16: 'You told us the person is a child under 16 who cannot decide for themselves. We do not need their consent.',
  },
  formalComplaintQuestion:
    'We need your consent to treat this as a formal complaint. Please reply "yes" if you want that, or "no" if you only want us to note it.',
  outOfScopeIntro: 'Some of what you told us is not covered by our feedback policy:',
  referral: {
    foi: 'Requests for information under the Freedom of Information (Jersey) Law 2011 follow their own process. If your complaint is about how we are handling a request, tell us and we will look into it.',
    subject_access:
      'Requests for your personal data under the Data Protection (Jersey) Law 2018 follow their own process. If your complaint is about how we are handling a request, tell us and we will look into it.',
    appeal:
      'This decision has its own appeal or review process. We have passed your case to that process, and they will contact you.',
    police: 'Complaints about the States of Jersey Police go to the Jersey Police Complaints Authority.',
    gp: 'Complaints about a GP go to the GP practice first.',
    staff_grievance: 'Staff grievances follow the staff grievance procedure. Please speak to your manager or HR.',
    whistleblowing: 'Please raise this under the whistleblowing policy for public servants.',
    legal_action: 'We cannot look into matters that are, or were, part of legal action.',
    other: 'We will tell you where to take this.',
  },
  safeguarding:
    'If anyone is in danger now, call 999. You can talk to Samaritans at any time, free, on 116 123. We have asked our team to look at this today.',
  lateComplaint: (months) =>
    `You told us this happened more than ${months} months ago. We usually look at complaints within ${months} months, but we can make an exception if there is a good reason.`,
  noCharge: 'It is free to give feedback or make a complaint.',
  escalate: (days, review) =>
    `If you are not happy with our answer, you can ask us to look again. You have ${days} working days from our answer to do this. After our last stage, you can go to ${review}.`,
  anonymous: 'You did not give us your contact details, so we cannot reply to you. We will still look into what you told us.',
  contactUs: (phone, email, web) => `You can call us on ${phone}, email ${email}, or visit ${web}.`,
  signOff: (org) => `${org} – Customer Feedback`,
};
