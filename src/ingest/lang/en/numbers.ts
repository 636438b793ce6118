import type { NumberLexicon } from '../number-lexicon.ts';

export const ENGLISH_NUMBERS: NumberLexicon = {
  words: {
    one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
    eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
    seventy: 70, eighty: 80, ninety: 90,
  },
  hundreds: ['hundred'],
  thousands: ['thousand'],
  joiners: ['and'],
  qualifiers: [
    { phrase: 'more than', qualifier: 'at_least' },
    { phrase: 'over', qualifier: 'at_least' },
    { phrase: 'at least', qualifier: 'at_least' },
    { phrase: 'in excess of', qualifier: 'at_least' },
    { phrase: 'about', qualifier: 'about' },
    { phrase: 'around', qualifier: 'about' },
    { phrase: 'approximately', qualifier: 'about' },
    { phrase: 'nearly', qualifier: 'about' },
    { phrase: 'almost', qualifier: 'about' },
    { phrase: 'some', qualifier: 'about' },
    { phrase: 'roughly', qualifier: 'about' },
  ],
  participantNouns: [
    'participant', 'participants', 'official', 'officials', 'representative', 'representatives',
    'person', 'persons', 'people', 'officer', 'officers', 'agent', 'agents', 'expert', 'experts',
    'delegate', 'delegates', 'judge', 'judges', 'prosecutor', 'prosecutors', 'trainee', 'trainees',
    'trainer', 'trainers', 'member', 'members', 'specialist', 'specialists', 'points', 'point',
    'professional', 'professionals', 'student', 'students', 'staff', 'personnel', 'inspector',
    'inspectors', 'investigator', 'investigators', 'women', 'men', 'youth', 'attendees', 'employees',
    'police', 'policemen', 'analysts', 'analyst', 'practitioners', 'managers', 'stakeholders',
  ],
};
