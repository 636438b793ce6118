import type { CitationLexicon } from '../citation-lexicon.ts';

// "párrafo resolutivo 4", "inciso b del párrafo resolutivo 4", "párrafo 4 b)".
export const SPANISH_CITATIONS: CitationLexicon = {
  paragraphWords: ['parrafo', 'parrafos', 'numeral', 'numerales', 'punto resolutivo', 'puntos resolutivos'],
  subParagraphWords: ['inciso', 'incisos', 'literal', 'literales', 'apartado', 'apartados', 'subparrafo', 'subparrafos'],
  operativeWords: ['resolutivo', 'resolutivos', 'dispositivo', 'de la parte resolutiva'],
  linkWords: ['del', 'de la', 'de', 'en'],
  listWords: ['y', 'e', 'asi como'],
  resolutionWords: ['resolucion', 'resoluciones'],
  securityCouncilNames: ['consejo de seguridad de las naciones unidas', 'consejo de seguridad de la onu', 'consejo de seguridad'],
  committeeWords: ['comite'],
};
