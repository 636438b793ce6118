import type { StatusLexicon } from '../status-lexicon.ts';

export const SPANISH_STATUS: StatusLexicon = {
  planned: [
    'proximamente', 'proximo', 'proxima', 'proximos', 'proximas', 'tiene previsto', 'esta previsto', 'esta prevista', 'estan previstos', 'estan previstas',
    'se prevé', 'se preve', 'prevé', 'preve', 'por determinar', 'a determinar', 'planea', 'planifica', 'se tiene previsto',
    'financiamiento por identificar',
  ],
  ongoing: ['continua', 'en curso', 'actualmente', 'sigue en', 'en proceso'],
  futureEndings: ['rá', 'rán'],
  notFuture: [],
};
