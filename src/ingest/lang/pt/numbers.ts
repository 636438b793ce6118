import type { NumberLexicon } from '../number-lexicon.ts';

export const PORTUGUESE_NUMBERS: NumberLexicon = {
  words: {
    um: 1, uma: 1, dois: 2, duas: 2, tres: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8,
    nove: 9, dez: 10, onze: 11, doze: 12, treze: 13, catorze: 14, quatorze: 14, quinze: 15,
    dezesseis: 16, dezasseis: 16, dezessete: 17, dezassete: 17, dezoito: 18, dezenove: 19,
    dezanove: 19, vinte: 20, trinta: 30, quarenta: 40, cinquenta: 50, sessenta: 60, setenta: 70,
    oitenta: 80, noventa: 90, cem: 100, cento: 100, duzentos: 200, duzentas: 200, trezentos: 300,
    trezentas: 300, quatrocentos: 400, quatrocentas: 400, quinhentos: 500, quinhentas: 500,
    seiscentos: 600, setecentos: 700, oitocentos: 800, novecentos: 900,
  },
  hundreds: [],
  thousands: ['mil'],
  joiners: ['e'],
  qualifiers: [
    { phrase: 'mais de', qualifier: 'at_least' },
    { phrase: 'pelo menos', qualifier: 'at_least' },
    { phrase: 'no minimo', qualifier: 'at_least' },
    { phrase: 'cerca de', qualifier: 'about' },
    { phrase: 'aproximadamente', qualifier: 'about' },
    { phrase: 'quase', qualifier: 'about' },
    { phrase: 'perto de', qualifier: 'about' },
    { phrase: 'por volta de', qualifier: 'about' },
  ],
  participantNouns: [
    'participante', 'participantes', 'funcionario', 'funcionarios', 'funcionaria', 'funcionarias',
    'representante', 'representantes', 'pessoa', 'pessoas', 'oficial', 'oficiais', 'agente',
    'agentes', 'perito', 'peritos', 'especialista', 'especialistas', 'delegado', 'delegados', 'juiz',
    'juizes', 'promotor', 'promotores', 'policial', 'policiais', 'alunos', 'estudantes', 'membros',
    'pontos', 'profissionais', 'mulheres', 'homens', 'jovens', 'inspetores', 'investigadores',
    'servidores', 'operadores', 'empregados', 'instrutores', 'capacitados',
  ],
};
