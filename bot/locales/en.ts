/**
 * English texts of the website chat. Plain language (POLICY.md §10): short sentences, one
 * question at a time. pt.ts and pl.ts must have the same shape (the type checker enforces it).
 */
export const en = {
  page: {
    title: 'Give us your feedback',
    skipToChat: 'Skip to the chat',
    languageLabel: 'Language',
    intro:
      'Tell us about a complaint, a compliment, a suggestion or a comment. The chat asks a few questions, one at a time. It is free.',
    chatHeading: 'Feedback chat',
    loading: 'The chat is starting…',
    unavailable: 'The chat is not available right now. Please use one of the other ways below.',
    noScript: 'The chat needs JavaScript. You can also use one of the other ways below.',
    privacyHeading: 'Your privacy',
    privacyText:
      'We use what you tell us only to deal with your feedback. Only staff who need it can see it. If you stop before sending, we delete what you typed after an hour. Please do not type bank or card details.',
    otherWaysHeading: 'Other ways to give feedback',
    otherWays: [
      // GoJ Customer Feedback Policy 2025, "Providing feedback" (seeds/001).
      'Phone: +44 (0)1534 444444 (Health and Care Jersey: +44 (0)1534 443515)',
      'Letter: Government of Jersey, PO Box 55, St Helier, JE4 8PE',
      'In person: speak to any Government employee',
      'Email: feedback@gov.je',
    ],
    botInitials: 'GJ',
    userInitials: 'You',
  },
};
export type BotTexts = typeof en;
