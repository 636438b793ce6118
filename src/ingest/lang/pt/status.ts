import type { StatusLexicon } from '../status-lexicon.ts';

export const PORTUGUESE_STATUS: StatusLexicon = {
  planned: [
    'proximamente', 'proximo', 'proxima', 'proximos', 'proximas', 'esta previsto', 'esta prevista', 'estao previstos', 'estao previstas', 'prevê', 'preve',
    'a determinar', 'a ser definido', 'planeja', 'pretende', 'financiamento a identificar',
  ],
  ongoing: ['continua', 'em curso', 'atualmente', 'em andamento', 'em execucao'],
  futureEndings: ['rá', 'rão'],
  notFuture: ['já', 'está', 'irá'],
};
