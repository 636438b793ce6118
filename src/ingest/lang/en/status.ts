import type { StatusLexicon } from '../status-lexicon.ts';

export const ENGLISH_STATUS: StatusLexicon = {
  planned: [
    'will', 'shall', 'is scheduled', 'are scheduled', 'is planned', 'are planned', 'plans to', 'planned', 'upcoming',
    'forthcoming', 'next', 'to be determined', 'to be held', 'intends to', 'expects to', 'is expected', 'are expected',
    'funding to be identified', 'in the coming months',
  ],
  ongoing: ['is ongoing', 'are ongoing', 'ongoing', 'continues', 'currently', 'under way', 'underway', 'in progress'],
  futureEndings: [],
  notFuture: [],
};
