import type { NumberLexicon } from '../number-lexicon.ts';

export const SPANISH_NUMBERS: NumberLexicon = {
  words: {
    uno: 1, una: 1, un: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8,
    nueve: 9, diez: 10, once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, dieciseis: 16,
    diecisiete: 17, dieciocho: 18, diecinueve: 19, veinte: 20, veintiuno: 21, veintiun: 21,
    veintidos: 22, veintitres: 23, veinticuatro: 24, veinticinco: 25, veintiseis: 26,
    veintisiete: 27, veintiocho: 28, veintinueve: 29, treinta: 30, cuarenta: 40, cincuenta: 50,
    sesenta: 60, setenta: 70, ochenta: 80, noventa: 90, cien: 100, ciento: 100, doscientos: 200,
    doscientas: 200, trescientos: 300, trescientas: 300, cuatrocientos: 400, cuatrocientas: 400,
    quinientos: 500, quinientas: 500, seiscientos: 600, seiscientas: 600, setecientos: 700,
    setecientas: 700, ochocientos: 800, ochocientas: 800, novecientos: 900, novecientas: 900,
  },
  hundreds: [],
  thousands: ['mil'],
  joiners: ['y'],
  qualifiers: [
    { phrase: 'mas de', qualifier: 'at_least' },
    { phrase: 'al menos', qualifier: 'at_least' },
    { phrase: 'por lo menos', qualifier: 'at_least' },
    { phrase: 'cerca de', qualifier: 'about' },
    { phrase: 'alrededor de', qualifier: 'about' },
    { phrase: 'aproximadamente', qualifier: 'about' },
    { phrase: 'casi', qualifier: 'about' },
    { phrase: 'unos', qualifier: 'about' },
    { phrase: 'unas', qualifier: 'about' },
  ],
  participantNouns: [
    'participante', 'participantes', 'funcionario', 'funcionarios', 'funcionaria', 'funcionarias',
    'representante', 'representantes', 'persona', 'personas', 'oficial', 'oficiales', 'agente',
    'agentes', 'experto', 'expertos', 'expertas', 'delegado', 'delegados', 'juez', 'jueces', 'fiscal',
    'fiscales', 'policia', 'policias', 'capacitados', 'alumnos', 'estudiantes', 'miembros',
    'especialistas', 'puntos', 'profesionales', 'mujeres', 'hombres', 'jovenes', 'inspectores',
    'investigadores', 'servidores', 'operadores', 'asistentes', 'empleados', 'instructores',
  ],
};
