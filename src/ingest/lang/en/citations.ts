import type { CitationLexicon } from '../citation-lexicon.ts';

// "operative paragraph 5 of resolution …", "paragraph 4(b)", "subparagraph (b) of paragraph 4".
export const ENGLISH_CITATIONS: CitationLexicon = {
  paragraphWords: ['paragraph', 'paragraphs', 'para.', 'paras.', 'op.'],
  subParagraphWords: ['subparagraph', 'subparagraphs', 'sub-paragraph', 'sub-paragraphs', 'item', 'letter'],
  operativeWords: ['operative'],
  linkWords: ['of the', 'of', 'in'],
  listWords: ['and', 'as well as'],
  resolutionWords: ['resolution', 'resolutions'],
  securityCouncilNames: ['united nations security council', 'un security council', 'security council'],
  committeeWords: ['committee'],
};
