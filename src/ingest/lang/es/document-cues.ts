import type { DocumentCues } from '../document-cues.ts';

export const SPANISH_CUES: DocumentCues = {
  stopWords: ['el', 'los', 'las', 'del', 'y', 'con', 'para', 'una', 'su', 'sus', 'al', 'como', 'fue', 'fueron', 'han', 'ha', 'esta', 'este', 'sobre', 'tambien', 'mediante', 'lo', 'pero', 'mas', 'muy', 'hasta', 'desde', 'entre', 'segun', 'cual'],
  suffixes: ['cion', 'ciones', 'idad', 'idades', 'mente'],
  letters: 'ñ¿¡',
  planTitles: ['plan de trabajo', 'programa de trabajo', 'plan de accion', 'actividades previstas', 'actividades planificadas'],
  reportTitles: ['informe', 'informe de actividades', 'informe semestral', 'informe anual'],
  toBeDetermined: ['por determinar', 'a determinar', 'por definir', 'financiamiento por identificar', 'financiacion por identificar', 'sujeto a financiamiento'],
  pastWords: ['fue', 'fueron', 'se llevo a cabo', 'se realizo', 'se celebro', 'participaron', 'asistieron', 'organizo', 'realizo', 'impartio', 'capacito', 'beneficiaron', 'habia', 'habian'],
  futureWords: ['sera', 'seran', 'continuara', 'realizara', 'llevara', 'previsto', 'previstos', 'prevista', 'previstas', 'se llevaran'],
  pastEndings: ['aron', 'ieron'],
  futureEndings: ['ara', 'aran', 'era', 'eran', 'ira', 'iran'],
  chapterWords: ['capitulo', 'seccion', 'area', 'parte', 'titulo'],
  objectiveWords: ['objetivo', 'objetivos'],
  fundingWords: ['financiamiento', 'financiacion', 'fondos', 'recursos'],
};
