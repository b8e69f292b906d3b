import type { BotTexts } from './en.js';

/** Portuguese (European) texts of the website chat. */
export const pt: BotTexts = {
  page: {
    title: 'Dê-nos a sua opinião',
    skipToChat: 'Ir para o chat',
    languageLabel: 'Idioma',
    intro:
      'Fale-nos de uma reclamação, um elogio, uma sugestão ou um comentário. O chat faz algumas perguntas, uma de cada vez. É gratuito.',
    chatHeading: 'Chat de opinião',
    loading: 'O chat está a iniciar…',
    unavailable: 'O chat não está disponível agora. Use uma das outras formas abaixo.',
    noScript: 'O chat precisa de JavaScript. Também pode usar uma das outras formas abaixo.',
    privacyHeading: 'A sua privacidade',
    privacyText:
      'Usamos o que nos diz apenas para tratar a sua opinião. Só o pessoal que precisa pode vê-la. Se parar antes de enviar, apagamos o que escreveu ao fim de uma hora. Não escreva dados bancários ou de cartão.',
    otherWaysHeading: 'Outras formas de dar a sua opinião',
    otherWays: [
      // GoJ Customer Feedback Policy 2025, "Providing feedback" (seeds/001).
      'Telefone: +44 (0)1534 444444 (Health and Care Jersey: +44 (0)1534 443515)',
      'Carta: Government of Jersey, PO Box 55, St Helier, JE4 8PE',
      'Pessoalmente: fale com qualquer funcionário do Governo',
      'Email: feedback@gov.je',
    ],
    botInitials: 'GJ',
    userInitials: 'Eu',
  },
};
