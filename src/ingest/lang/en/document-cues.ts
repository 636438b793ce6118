import type { DocumentCues } from '../document-cues.ts';

export const ENGLISH_CUES: DocumentCues = {
  stopWords: ['the', 'and', 'of', 'to', 'in', 'is', 'was', 'were', 'for', 'with', 'on', 'by', 'that', 'this', 'which', 'from', 'at', 'be', 'have', 'has', 'are', 'an', 'it', 'its', 'their', 'been', 'will', 'would', 'or', 'not', 'these', 'those'],
  suffixes: ['ing', 'ship', 'ness', 'ened', 'ally'],
  letters: '',
  planTitles: ['work plan', 'workplan', 'plan of work', 'programme of work', 'program of work', 'plan of action', 'planned activities'],
  reportTitles: ['report', 'progress report', 'activity report', 'annual report'],
  toBeDetermined: ['to be determined', 'tbd', 'funding to be identified', 'to be identified', 'subject to funding', 'pending funding'],
  pastWords: ['was', 'were', 'had', 'held', 'took place', 'participated', 'attended', 'trained', 'delivered', 'conducted', 'organized', 'organised', 'completed', 'carried out', 'benefited'],
  futureWords: ['will', 'shall', 'to be held', 'planned', 'foreseen', 'intends'],
  pastEndings: [],
  futureEndings: [],
  chapterWords: ['chapter', 'section', 'area', 'part'],
  objectiveWords: ['objective', 'objectives'],
  fundingWords: ['funding', 'funds', 'financing', 'resources'],
};
