import type { StatusLexicon } from '../status-lexicon.ts';

export const FRENCH_STATUS: StatusLexicon = {
  planned: [
    'prochainement', 'prochains', 'prochaines', 'prochain', 'prochaine', 'a prevu', 'prevoit', 'est prevu', 'sont prevus',
    'est prevue', 'sont prevues', 'envisage', 'a determiner', 'restant a determiner', 'a venir', 'a l avenir',
    'en preparation', 'compte organiser', 'projette', 'financement a identifier',
  ],
  ongoing: ['se poursuit', 'se poursuivent', 'en cours', 'actuellement', 'toujours en'],
  futureEndings: ['ront', 'ra'],
  notFuture: ['front', 'affront', 'extra', 'ultra', 'contra', 'opera', 'camera', 'sierra', 'tiara', 'mantra', 'para', 'cara', 'dura', 'entra', 'montra', 'declara', 'demontra', 'considera', 'intra', 'infra', 'supra'],
};
