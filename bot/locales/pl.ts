import type { BotTexts } from './en.js';

/** Polish texts of the website chat. */
export const pl: BotTexts = {
  page: {
    title: 'Podziel się swoją opinią',
    skipToChat: 'Przejdź do czatu',
    languageLabel: 'Język',
    intro:
      'Napisz nam o skardze, pochwale, sugestii lub uwadze. Czat zada kilka pytań, po jednym naraz. To nic nie kosztuje.',
    chatHeading: 'Czat opinii',
    loading: 'Czat się uruchamia…',
    unavailable: 'Czat jest teraz niedostępny. Skorzystaj z innych sposobów poniżej.',
    noScript: 'Czat wymaga JavaScriptu. Możesz też skorzystać z innych sposobów poniżej.',
    privacyHeading: 'Twoja prywatność',
    privacyText:
      'Używamy tego, co nam piszesz, tylko do rozpatrzenia Twojej opinii. Widzą to tylko pracownicy, którzy muszą. Jeśli przerwiesz przed wysłaniem, po godzinie usuniemy to, co napisałeś. Nie podawaj danych bankowych ani karty.',
    otherWaysHeading: 'Inne sposoby przekazania opinii',
    otherWays: [
      // GoJ Customer Feedback Policy 2025, "Providing feedback" (seeds/001).
      'Telefon: +44 (0)1534 444444 (Health and Care Jersey: +44 (0)1534 443515)',
      'List: Government of Jersey, PO Box 55, St Helier, JE4 8PE',
      'Osobiście: porozmawiaj z dowolnym pracownikiem rządu',
      'E-mail: feedback@gov.je',
    ],
    botInitials: 'GJ',
    userInitials: 'Ja',
  },
};
