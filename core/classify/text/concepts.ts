/**
 * Cross-language concepts. Each entry lists word beginnings (folded: lower case, no accents) in
 * English, Portuguese, Polish, Romanian and French that express one idea; "=word" matches the
 * whole word only. The classifier sees "g:<concept>" features for all languages alike, so what it
 * learns from the (much larger) English corpus carries over to the other four (issue 3 target:
 * type macro-F1 ≥ 0.7 on non-English messages).
 */
export const CONCEPTS: Record<string, string[]> = {
  // intent cues (POLICY.md §1)
  thanks: ['thank', '=thanks', '=thx', '=ty', 'grateful', 'gratitude', 'cheers', 'obrigad', 'agradec', 'dziek', 'podziek', '=dzieki', 'multumes', '=multumim', '=mersi', 'merci', 'remerci', '=gracias', 'appreciat'],
  praise: ['excellent', 'excelent', 'brilliant', 'fantast', 'wonderful', 'amazing', 'superb', 'great', 'lovely', 'outstanding', 'impress', 'kind', 'helpful', 'patient', 'professional', 'hero', 'bravo', 'parabens', 'maravilh', 'otim', 'simpatic', 'carinho', 'swietn', 'wspanial', 'uprzejm', 'brawo', 'minunat', 'grozav', 'amabil', 'politicos', 'formidabl', 'genial', 'gentil', 'aimabl', 'heros', 'bohater', 'eroi', 'well done', 'compliment', 'praise', 'efficient', 'eficient', 'sprawn', 'efficac', 'rapid'],
  complain: ['complain', 'complaint', 'reclam', 'queix', 'skarg', 'reklamac', 'plangere', 'plaint', 'unacceptable', 'inaceit', 'inacceptab', 'inaccept', 'disgrace', 'appalling', 'shocking', 'ridiculous', 'ridicul', 'furious', 'angry', 'disappoint', 'dececion', 'rozczarow', 'dezamagi', 'decu', 'terrible', 'horrible', 'horrivel', 'okropn', 'ingrozit', 'awful', 'rude', 'mal educad', 'niemil', 'niegrzecz', 'nepolitic', 'impoli', 'useless', 'pathetic', 'shambles'],
  suggest: ['suggest', 'sugest', 'suger', 'sugeru', 'suggere', 'suggest', 'propon', 'propun', 'propos', 'idea', 'ideia', 'pomysl', 'idee', 'consider', '=could', '=would', '=should', 'maybe', 'perhaps', '=seria', '=poderiam', '=przydalby', '=przydalaby', '=byloby', '=powinna', '=powinno', '=powinny', '=serait', '=pourriez', '=pourrait', '=devrait', '=ati', '=util', '=utile', '=useful', 'improve', 'melhor', 'poprawi', 'imbunatat', 'ameliore'],
  waiting: ['wait', 'delay', 'late', 'still', 'chase', 'esper', 'atras', 'demor', 'ainda', 'czek', 'spozni', 'opozn', 'nadal', 'wciaz', 'astept', 'intarzi', 'dureaz', '=inca', 'attend', 'retard', 'toujours', 'months', 'weeks', 'meses', 'semanas', 'miesiac', 'miesiec', 'tygodni', '=luni', 'saptaman', '=mois', 'semaine'],
  nobody: ['nobody', '=noone', '=nothing', '=never', '=ninguem', '=nada', '=nunca', '=nikt', '=nikogo', '=nic', '=nigdy', '=nimeni', '=nimic', '=niciodata', '=personne', '=rien', '=jamais'],
  cancelled: ['cancel', 'cancelad', 'anulad', 'odwolan', 'anulat', 'annul', 'stopped', 'cut off', 'cortad', 'suspens', 'wstrzyman', 'oprit', 'supprim', 'refus', 'recus', 'odmow', 'refuz'],
  why: ['=why', '=dlaczego', '=czemu', '=pourquoi', '=porque'],
  enquiry: ['=when', '=what', '=which', '=how', '=qual', '=quando', '=quanto', '=kiedy', '=ktory', '=ktorej', '=jak', '=cand', '=cat', '=quel', '=quelle', '=quand', '=combien', '=opening', 'horas', 'godzin', '=ora', 'heure'],
  opinion: ['=think', '=opinion', '=personally', '=acho', '=penso', '=mysle', '=uwazam', '=cred', '=pense', '=noticed', '=interesting', 'observ', 'mixed feelings', 'reasonable', 'razoave', 'rozsadn', 'rezonabil', 'raisonnabl'],
  refund: ['refund', 'reimburs', 'reembols', 'zwrot', 'ramburs', 'rembours', 'compensat', 'indemniz', 'odszkod', 'despagub', 'dedommag'],
  // departments (issue 3 list)
  health: ['hospital', 'nurse', 'doctor', 'ward', 'clinic', 'consultant', 'surgery', 'operation', 'patient', 'appointment', 'medic', 'mental', 'therap', 'physio', 'pharmac', 'maternity', 'midwi', 'scan', 'urgenc', 'enferm', 'consult', 'saude', 'maternid', 'psicolog', 'cirurg', 'operac', 'parteir', 'szpital', 'lekar', 'pielegn', 'wizyt', 'psycholog', 'porod', 'polozn', 'zdrow', 'spital', 'urgent', 'asistent', 'programar', 'psiholog', 'maternit', 'operat', 'moas', 'hopital', 'urgence', 'medecin', 'infirm', 'rendez', 'sante', 'sages', 'psychiatr', 'dentist', 'dentyst', 'dentar', 'dentair', 'care home'],
  education: ['school', 'teacher', 'pupil', 'class', 'nursery', 'college', 'student', 'head teacher', 'headteacher', 'exam', 'homework', 'escol', 'profess', 'aluno', 'creche', 'turma', '=aula', 'szkol', 'nauczyc', 'uczni', 'uczen', 'klas', 'zlobek', 'zlobk', 'przedszk', 'scoal', 'invatat', 'elev', 'clasa', 'cresa', 'gradinit', 'ecole', 'institutri', 'maitress', 'eleve', 'classe', 'lycee', 'bullying', 'bullied', 'harcel', 'hartuit', 'przesladow'],
  infrastructure: ['road', 'pothole', 'bus', '=buses', 'bin', 'rubbish', 'waste', 'recycl', 'park', 'planning', 'street', 'pavement', 'traffic', 'drain', 'sewage', 'autocarr', 'estrada', '=rua', '=ruas', 'buraco', 'lixo', 'reciclag', 'parque', 'caixot', 'motorist', 'estacion', 'autobus', 'droga', 'drodze', '=drogi', 'ulic', 'dziur', 'smiec', 'odpad', 'recykl', 'kierowc', 'parkow', 'autobuz', '=drum', 'drumuri', 'strad', 'groap', 'gunoi', 'deseu', 'recicl', '=parc', 'sofer', 'parcar', '=route', '=routes', '=rue', 'nid-de', 'poubel', 'dechet', 'chauffeur', 'stationn', 'eboueur', 'tip', 'playground'],
  social_security_housing: ['benefit', 'pension', 'income support', 'allowance', 'housing', 'andium', 'tenant', '=rent', 'landlord', 'flat', 'damp', 'mould', 'heating', 'social security', 'subsidi', 'pensao', 'reforma', 'habitac', 'renda', 'apartament', 'seguranca social', 'aquecim', 'humidad', 'bolor', 'zasil', 'emeryt', 'mieszk', 'czynsz', 'ubezpiecz', 'ogrzew', 'wilgo', 'grzyb', 'ajutor', 'pensi', 'locuint', 'chiri', 'asigurar', 'incalz', 'igrasi', 'mucegai', 'allocat', 'retraite', 'logement', 'loyer', 'appartement', 'securite sociale', 'chauffag', 'humidit', 'moisiss'],
  revenue: ['tax', '=itis', 'revenue', 'impost', 'fiscal', 'podat', 'skarbow', 'zeznan', 'impozit', 'impot', 'declarac', 'declarat'],
  customer_services: ['customer service', 'phone', 'call', 'website', 'online', 'form', 'licen', 'counter', '=desk', 'hold', 'atendiment', 'balcao', 'telefon', '=site', 'formulari', 'obslug', 'okien', 'strona', 'stronie', 'formularz', 'licencj', 'ghiseu', 'clienti', 'formular', 'guichet', 'client', 'telephon', 'formulair'],
  justice_home_affairs: ['ambulance', 'paramedic', 'fire', 'prison', 'customs', 'immigration', 'passport', 'probation', 'alfandeg', 'bombeir', 'ambulanc', 'prisao', 'passaport', 'celn', 'straz', 'karetk', 'wiezien', 'paszport', '=vama', 'pompier', 'ambulant', 'inchisoar', 'pasaport', 'douane', 'passeport'],
};

export interface ConceptIndex {
  prefixes: Map<string, string[]>;
  exact: Map<string, string[]>;
  /** two-word phrases by first word: the second word matches by its beginning */
  phrases: Map<string, Array<{ next: string; concept: string }>>;
  maxPrefix: number;
}

export function buildConceptIndex(concepts: Record<string, string[]> = CONCEPTS): ConceptIndex {
  const index: ConceptIndex = { prefixes: new Map(), exact: new Map(), phrases: new Map(), maxPrefix: 0 };
  const add = (map: Map<string, string[]>, key: string, concept: string) => {
    const list = map.get(key) ?? [];
    if (!list.includes(concept)) list.push(concept);
    map.set(key, list);
  };
  for (const [concept, words] of Object.entries(concepts)) {
    for (const word of words) {
      if (word.includes(' ') || word.includes('-')) {
        const [first = '', next = ''] = word.replace(/^=/, '').split(/[ -]/);
        const list = index.phrases.get(first) ?? [];
        list.push({ next, concept });
        index.phrases.set(first, list);
      }
      else if (word.startsWith('=')) add(index.exact, word.slice(1), concept);
      else {
        add(index.prefixes, word, concept);
        index.maxPrefix = Math.max(index.maxPrefix, word.length);
      }
    }
  }
  return index;
}

/** Concepts expressed by folded tokens (single words by prefix, two-word phrases exactly). */
export function conceptsOf(tokens: readonly string[], index: ConceptIndex): string[] {
  const found: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const exact = index.exact.get(token);
    if (exact) found.push(...exact);
    const limit = Math.min(token.length, index.maxPrefix);
    for (let length = 3; length <= limit; length++) {
      const hit = index.prefixes.get(token.slice(0, length));
      if (hit) found.push(...hit);
    }
    const pairs = index.phrases.get(token);
    const next = tokens[i + 1];
    if (pairs && next !== undefined) {
      for (const pair of pairs) if (next.startsWith(pair.next)) found.push(pair.concept);
    }
  }
  return found;
}
