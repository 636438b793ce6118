import type { NumberLexicon } from '../number-lexicon.ts';

export const FRENCH_NUMBERS: NumberLexicon = {
  words: {
    un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9,
    dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16,
    vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60,
  },
  hundreds: ['cent', 'cents'],
  thousands: ['mille'],
  joiners: ['et'],
  qualifiers: [
    { phrase: 'plus de', qualifier: 'at_least' },
    { phrase: 'au moins', qualifier: 'at_least' },
    { phrase: 'pres de', qualifier: 'about' },
    { phrase: 'environ', qualifier: 'about' },
    { phrase: 'quelque', qualifier: 'about' },
    { phrase: 'quelques', qualifier: 'about' },
    { phrase: 'approximativement', qualifier: 'about' },
    { phrase: 'une centaine de', qualifier: 'about' },
  ],
  participantNouns: [
    'participant', 'participants', 'participante', 'participantes', 'fonctionnaire', 'fonctionnaires',
    'representant', 'representants', 'representante', 'representantes', 'personne', 'personnes',
    'agent', 'agents', 'officier', 'officiers', 'policier', 'policiers', 'expert', 'experts',
    'delegue', 'delegues', 'juge', 'juges', 'procureur', 'procureurs', 'magistrat', 'magistrats',
    'douanier', 'douaniers', 'stagiaire', 'stagiaires', 'formateur', 'formateurs', 'membre', 'membres',
    'specialiste', 'specialistes', 'points', 'point', 'professionnel', 'professionnels', 'etudiant',
    'etudiants', 'responsable', 'responsables', 'inspecteur', 'inspecteurs', 'enqueteur', 'enqueteurs',
    'femme', 'femmes', 'homme', 'hommes', 'jeune', 'jeunes', 'cadre', 'cadres', 'employe', 'employes',
  ],
};
