import type { CitationLexicon } from '../citation-lexicon.ts';

// "paragraphe 4b du dispositif de la résolution", "alinéa b) du paragraphe 4", "paragraphe 5.d".
export const FRENCH_CITATIONS: CitationLexicon = {
  paragraphWords: ['paragraphe', 'paragraphes', 'par.', 'para.'],
  subParagraphWords: ['alinea', 'alineas', 'sous-paragraphe', 'sous-paragraphes', 'lettre'],
  operativeWords: ['du dispositif', 'dispositif', 'de son dispositif'],
  linkWords: ['du', 'de la', 'de l\'', 'de', 'des'],
  listWords: ['et', 'ainsi que'],
  resolutionWords: ['resolution', 'resolutions'],
  securityCouncilNames: ['conseil de securite des nations unies', 'conseil de securite de l\'onu', 'conseil de securite'],
  committeeWords: ['comite'],
};
