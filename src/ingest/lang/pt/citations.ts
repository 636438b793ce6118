import type { CitationLexicon } from '../citation-lexicon.ts';

// "parágrafo dispositivo 4", "alínea b do parágrafo 4", "parágrafo resolutivo 5".
export const PORTUGUESE_CITATIONS: CitationLexicon = {
  paragraphWords: ['paragrafo', 'paragrafos', 'numeral'],
  subParagraphWords: ['alinea', 'alineas', 'inciso', 'incisos', 'subparagrafo', 'subparagrafos', 'letra'],
  operativeWords: ['dispositivo', 'dispositivos', 'resolutivo', 'resolutivos', 'da parte dispositiva'],
  linkWords: ['do', 'da', 'de', 'no', 'na'],
  listWords: ['e', 'bem como'],
  resolutionWords: ['resolucao', 'resolucoes'],
  securityCouncilNames: ['conselho de seguranca das nacoes unidas', 'conselho de seguranca da onu', 'conselho de seguranca'],
  committeeWords: ['comite'],
};
