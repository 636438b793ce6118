import type { DocumentCues } from '../document-cues.ts';

export const PORTUGUESE_CUES: DocumentCues = {
  stopWords: ['o', 'os', 'do', 'da', 'dos', 'das', 'e', 'em', 'com', 'uma', 'um', 'seu', 'sua', 'seus', 'suas', 'no', 'na', 'nos', 'nas', 'foi', 'foram', 'pelo', 'pela', 'pelos', 'pelas', 'ao', 'aos', 'nao', 'sao', 'tambem', 'atraves', 'mais', 'ate', 'ou'],
  suffixes: ['cao', 'coes', 'dade', 'dades', 'mente'],
  letters: 'ãõ',
  planTitles: ['plano de trabalho', 'programa de trabalho', 'plano de acao', 'atividades previstas', 'atividades planejadas'],
  reportTitles: ['relatorio', 'relatorio de atividades', 'relatorio semestral', 'relatorio anual'],
  toBeDetermined: ['a determinar', 'a ser determinado', 'a definir', 'financiamento a identificar', 'sujeito a financiamento'],
  pastWords: ['foi', 'foram', 'realizou', 'organizou', 'participaram', 'ministrou', 'capacitou', 'ocorreu', 'beneficiaram', 'havia', 'tinha'],
  futureWords: ['sera', 'serao', 'continuara', 'realizara', 'previsto', 'previstos', 'prevista', 'previstas'],
  pastEndings: ['aram', 'eram', 'iram', 'ou'],
  futureEndings: ['ara', 'arao', 'era', 'erao', 'ira', 'irao'],
  chapterWords: ['capitulo', 'secao', 'area', 'parte', 'titulo'],
  objectiveWords: ['objetivo', 'objetivos'],
  fundingWords: ['financiamento', 'fundos', 'recursos'],
};
