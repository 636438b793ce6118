import type { DocumentCues } from '../document-cues.ts';

export const FRENCH_CUES: DocumentCues = {
  stopWords: ['le', 'les', 'des', 'du', 'et', 'est', 'une', 'dans', 'pour', 'par', 'sur', 'avec', 'au', 'aux', 'ce', 'cette', 'qui', 'ont', 'ete', 'sont', 'il', 'elle', 'pas', 'leur', 'leurs', 'ses', 'ainsi', 'lors', 'etre', 'mais', 'aupres', 'afin', 'selon'],
  suffixes: ['ement', 'eaux', 'ites', 'iere', 'ieres'],
  letters: 'èùœîûïëæ',
  planTitles: ['plan de travail', 'programme de travail', 'plan d\'action', 'activites prevues'],
  reportTitles: ['rapport', 'compte rendu', 'bilan des activites', 'faire rapport'],
  toBeDetermined: ['a determiner', 'financement a identifier', 'a identifier', 'a definir', 'non defini'],
  pastWords: ['a ete', 'ont ete', 'a eu lieu', 'ont eu lieu', 's\'est tenu', 's\'est tenue', 'se sont tenus', 'ont participe', 'a participe', 'a organise', 'ont organise', 'a realise', 'a dispense', 'ont beneficie', 'a beneficie', 'etait', 'etaient', 'avait'],
  futureWords: ['sera', 'seront', 'aura', 'auront', 'continuera', 'poursuivra', 'prevu', 'prevus', 'prevue', 'prevues', 'envisage'],
  pastEndings: [],
  futureEndings: ['era', 'eront', 'ira', 'iront'],
  chapterWords: ['chapitre', 'section', 'domaine', 'partie', 'titre'],
  objectiveWords: ['objectif', 'objectifs'],
  fundingWords: ['financement', 'financements', 'fonds', 'ressources'],
};
