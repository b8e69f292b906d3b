import { DateTime } from 'luxon';
import type { AckStrings } from '../ack-strings.js';

export const pt: AckStrings = {
  dateLocale: 'pt-PT',
  formatDate: (d) => d.setLocale('pt-PT').toLocaleString(DateTime.DATE_HUGE),
  subject: (ref) => `Recebemos a sua mensagem [${ref}]`,
  greeting: (name) => (name ? `Caro/a ${name},` : 'Olá,'),
  thanks: {
    complaint: 'Obrigado por nos falar da sua reclamação.',
    compliment: 'Obrigado pelas suas palavras simpáticas.',
    suggestion: 'Obrigado pela sua ideia.',
    comment: 'Obrigado pelo seu comentário.',
  },
  reference: (ref) => `A sua referência é ${ref}. Use-a se nos contactar sobre este assunto.`,
  complaintNext: (initial, stage1) =>
    `Vamos contactá-lo até ${initial}. Vamos dizer-lhe como vamos tratar a sua reclamação e o que acontece a seguir. Queremos dar-lhe a nossa resposta até ${stage1}.`,
  otherNext: {
    compliment: 'Vamos passar a sua mensagem às pessoas de quem nos falou.',
    suggestion: 'Vamos analisar a sua ideia e informar a equipa certa.',
    comment: 'Vamos ler o seu comentário e partilhá-lo com a equipa certa.',
  },
  consentNeeded: (name, expiresOn, days) =>
    `Disse-nos que escreve em nome de outra pessoa${name ? ` (${name})` : ''}. Precisamos do consentimento dessa pessoa antes de partilhar qualquer informação consigo ou de começar a analisar o caso. O nosso prazo começa no dia em que recebermos o consentimento.${expiresOn ? ` Envie-o até ${expiresOn} (no prazo de ${days} dias úteis).` : ''} Sem ele, podemos não conseguir analisar o caso.`,
  consentSubjectIsTold: [
    'A pessoa deve saber que:',
    '- podemos consultar os seus registos,',
    '- quem analisa o caso verá os registos necessários,',
    '- informação de saúde pode ser partilhada com os clínicos envolvidos,',
    '- a informação pode ser partilhada dentro da organização,',
    '- nada é acrescentado ao seu registo e os seus serviços não são afetados,',
    '- só começamos quando tivermos o seu consentimento.',
  ],
  consentExempt: {
    deceased: 'Disse-nos que a pessoa faleceu. Não precisamos do seu consentimento. Lamentamos a sua perda.',
    lacks_capacity: 'Disse-nos que a pessoa não pode tomar esta decisão. Não precisamos do seu consentimento.',
    child_under_16:
      'Disse-nos que a pessoa é uma criança com menos de 16 anos que não pode decidir sozinha. Não precisamos do seu consentimento.',
  },
  formalComplaintQuestion:
    'Precisamos do seu consentimento para tratar isto como uma reclamação formal. Responda "sim" se quiser, ou "não" se só quiser que fique registado.',
  outOfScopeIntro: 'Parte do que nos disse não está abrangida pela nossa política de feedback:',
  referral: {
    foi: 'Os pedidos de informação ao abrigo da lei de liberdade de informação (Freedom of Information (Jersey) Law 2011) têm o seu próprio processo. Se a sua reclamação for sobre a forma como tratamos um pedido, diga-nos e vamos analisá-la.',
    subject_access:
      'Os pedidos de acesso aos seus dados pessoais (Data Protection (Jersey) Law 2018) têm o seu próprio processo. Se a sua reclamação for sobre a forma como tratamos um pedido, diga-nos e vamos analisá-la.',
    appeal:
      'Esta decisão tem o seu próprio processo de recurso ou revisão. Passámos o seu caso para esse processo, e vão contactá-lo.',
    police: 'As reclamações sobre a Polícia dos Estados de Jersey são tratadas pela Jersey Police Complaints Authority.',
    gp: 'As reclamações sobre um médico de família (GP) vão primeiro para o consultório desse médico.',
    staff_grievance: 'As queixas de funcionários seguem o procedimento interno. Fale com o seu chefe ou com os Recursos Humanos.',
    whistleblowing: 'Apresente esta questão ao abrigo da política de denúncia (whistleblowing) para funcionários públicos.',
    legal_action: 'Não podemos analisar assuntos que são, ou foram, objeto de processo judicial.',
    other: 'Vamos dizer-lhe a quem se deve dirigir.',
  },
  safeguarding:
    'Se alguém estiver em perigo agora, ligue 999. Pode falar com os Samaritans a qualquer hora, de graça, pelo 116 123. Pedimos à nossa equipa que veja isto hoje.',
  lateComplaint: (months) =>
    `Disse-nos que isto aconteceu há mais de ${months} meses. Normalmente analisamos reclamações até ${months} meses, mas podemos abrir uma exceção se houver uma boa razão.`,
  noCharge: 'Dar feedback ou fazer uma reclamação é gratuito.',
  escalate: (days, review) =>
    `Se não ficar satisfeito com a nossa resposta, pode pedir-nos para analisar de novo. Tem ${days} dias úteis a partir da nossa resposta para o fazer. Depois da última fase, pode recorrer a ${review}.`,
  anonymous: 'Não nos deu os seus contactos, por isso não podemos responder-lhe. Mesmo assim, vamos analisar o que nos disse.',
  contactUs: (phone, email, web) => `Pode ligar-nos para ${phone}, enviar um email para ${email} ou visitar ${web}.`,
  signOff: (org) => `${org} – Feedback de Clientes`,
};
