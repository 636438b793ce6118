// Partner bodies and the secretariat's own units under one canonical acronym each (SCHEMA.md's
// list, English where one exists), with the names and acronyms used in the four languages
// (GAZETTEERS.md §3).
import type { Organisation, OrganisationType } from '../organisations/organisation.ts';
import type { LocalizedText } from '../shared/localized-text.ts';
import { foldNameKey } from './fold-text.ts';

export interface ReferenceOrganisation extends Organisation {
  /** Acronyms other than the canonical one, in any language: OACI, ONUDC, OIPC-INTERPOL. */
  readonly acronyms: readonly string[];
  /** Other long names and variants seen in texts. */
  readonly aliases: readonly string[];
}

interface Seed {
  readonly acronym: string;
  readonly type: OrganisationType;
  readonly parent?: string;
  readonly names: LocalizedText;
  readonly acronyms?: readonly string[];
  readonly aliases?: readonly string[];
}

const SEEDS: readonly Seed[] = [
  // The organisation and its security secretariat.
  { acronym: 'OAS', type: 'intergovernmental', names: { en: 'Organization of American States', es: 'Organización de los Estados Americanos', fr: 'Organisation des États Américains', pt: 'Organização dos Estados Americanos' }, acronyms: ['OEA'], aliases: ['General Secretariat of the OAS', 'OAS General Secretariat', 'Secrétariat général de l’OEA', 'Secretaría General de la OEA', 'Secretaria-Geral da OEA'] },
  { acronym: 'SMS', type: 'secretariat', parent: 'OAS', names: { en: 'Secretariat for Multidimensional Security', es: 'Secretaría de Seguridad Multidimensional', fr: 'Secrétariat à la sécurité multidimensionnelle', pt: 'Secretaria de Segurança Multidimensional' }, acronyms: ['SSM'], aliases: ['Sous-secrétariat à la sécurité multidimensionnelle', 'Subsecretaría de Seguridad Multidimensional', 'Subsecretaria de Segurança Multidimensional', 'Secretariat of Multidimensional Security'] },
  { acronym: 'CICTE', type: 'unit', parent: 'SMS', names: { en: 'Inter-American Committee against Terrorism', es: 'Comité Interamericano contra el Terrorismo', fr: 'Comité interaméricain contre le terrorisme', pt: 'Comitê Interamericano contra o Terrorismo' }, aliases: ['CICTE Secretariat', 'Secretariat of CICTE', 'Secrétariat du CICTE', 'Secretaría del CICTE', 'Secretaria do CICTE', 'Secretaría Ejecutiva del CICTE'] },
  { acronym: 'CICAD', type: 'unit', parent: 'SMS', names: { en: 'Inter-American Drug Abuse Control Commission', es: 'Comisión Interamericana para el Control del Abuso de Drogas', fr: 'Commission interaméricaine de lutte contre l’abus des drogues', pt: 'Comissão Interamericana para o Controle do Abuso de Drogas' }, acronyms: ['S/CICAD'], aliases: ['CICAD Executive Secretariat', 'Executive Secretariat of CICAD', 'Secrétariat exécutif de la CICAD', 'Secretaría Ejecutiva de la CICAD', 'Secretaria Executiva da CICAD'] },
  { acronym: 'DPS', type: 'unit', parent: 'SMS', names: { en: 'Department of Public Security', es: 'Departamento de Seguridad Pública', fr: 'Département de la sécurité publique', pt: 'Departamento de Segurança Pública' }, acronyms: ['DSP'] },
  { acronym: 'CIM', type: 'unit', parent: 'OAS', names: { en: 'Inter-American Commission of Women', es: 'Comisión Interamericana de Mujeres', fr: 'Commission interaméricaine des femmes', pt: 'Comissão Interamericana de Mulheres' } },
  { acronym: 'CIP', type: 'unit', parent: 'OAS', names: { en: 'Inter-American Committee on Ports', es: 'Comisión Interamericana de Puertos', fr: 'Commission interaméricaine des ports', pt: 'Comissão Interamericana de Portos' } },
  { acronym: 'CITEL', type: 'unit', parent: 'OAS', names: { en: 'Inter-American Telecommunication Commission', es: 'Comisión Interamericana de Telecomunicaciones', fr: 'Commission interaméricaine des télécommunications', pt: 'Comissão Interamericana de Telecomunicações' } },
  { acronym: 'CIDH', type: 'unit', parent: 'OAS', names: { en: 'Inter-American Commission on Human Rights', es: 'Comisión Interamericana de Derechos Humanos', fr: 'Commission interaméricaine des droits de l’homme', pt: 'Comissão Interamericana de Direitos Humanos' }, acronyms: ['IACHR'] },
  { acronym: 'CSH', type: 'unit', parent: 'OAS', names: { en: 'Committee on Hemispheric Security', es: 'Comisión de Seguridad Hemisférica', fr: 'Commission sur la sécurité continentale', pt: 'Comissão de Segurança Hemisférica' } },
  { acronym: 'IADB', type: 'intergovernmental', names: { en: 'Inter-American Defense Board', es: 'Junta Interamericana de Defensa', fr: 'Conseil interaméricain de défense', pt: 'Junta Interamericana de Defesa' }, acronyms: ['JID'], aliases: ['Organisation interaméricaine de défense'] },
  { acronym: 'MISPA', type: 'other', parent: 'OAS', names: { en: 'Meeting of Ministers Responsible for Public Security in the Americas', es: 'Reunión de Ministros en Materia de Seguridad Pública de las Américas', fr: 'Réunion des ministres responsables de la sécurité publique des Amériques' } },
  { acronym: 'REMJA', type: 'other', parent: 'OAS', names: { en: 'Meeting of Ministers of Justice or Other Ministers or Attorneys General of the Americas' } },
  // United Nations system.
  { acronym: 'UN', type: 'un', names: { en: 'United Nations Organization', es: 'Organización de las Naciones Unidas', fr: 'Organisation des Nations Unies', pt: 'Organização das Nações Unidas' }, acronyms: ['ONU'] },
  { acronym: 'UNODC', type: 'un', parent: 'UN', names: { en: 'United Nations Office on Drugs and Crime', es: 'Oficina de las Naciones Unidas contra la Droga y el Delito', fr: 'Office des Nations Unies contre la drogue et le crime', pt: 'Escritório das Nações Unidas sobre Drogas e Crime' }, acronyms: ['ONUDC', 'UNDOC'], aliases: ['UN Office on Drugs and Crime'] },
  { acronym: 'UNICRI', type: 'un', parent: 'UN', names: { en: 'United Nations Interregional Crime and Justice Research Institute', es: 'Instituto Interregional de las Naciones Unidas para Investigaciones sobre la Delincuencia y la Justicia', fr: 'Institut interrégional de recherche des Nations Unies sur la criminalité et la justice', pt: 'Instituto Inter-regional de Pesquisa das Nações Unidas sobre Crime e Justiça' } },
  { acronym: 'ICAO', type: 'un', parent: 'UN', names: { en: 'International Civil Aviation Organization', es: 'Organización de Aviación Civil Internacional', fr: 'Organisation de l’aviation civile internationale', pt: 'Organização da Aviação Civil Internacional' }, acronyms: ['OACI'] },
  { acronym: 'IMO', type: 'un', parent: 'UN', names: { en: 'International Maritime Organization', es: 'Organización Marítima Internacional', fr: 'Organisation maritime internationale', pt: 'Organização Marítima Internacional' }, acronyms: ['OMI'] },
  { acronym: 'UNWTO', type: 'un', parent: 'UN', names: { en: 'World Tourism Organization', es: 'Organización Mundial del Turismo', fr: 'Organisation mondiale du tourisme', pt: 'Organização Mundial do Turismo' }, acronyms: ['OMT'] },
  { acronym: 'ILO', type: 'un', parent: 'UN', names: { en: 'International Labour Organization', es: 'Organización Internacional del Trabajo', fr: 'Organisation internationale du Travail', pt: 'Organização Internacional do Trabalho' }, acronyms: ['OIT'], aliases: ['International Labor Organization'] },
  { acronym: 'OHCHR', type: 'un', parent: 'UN', names: { en: 'Office of the United Nations High Commissioner for Human Rights', es: 'Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos', fr: 'Haut-Commissariat des Nations Unies aux droits de l’homme', pt: 'Escritório do Alto Comissariado das Nações Unidas para os Direitos Humanos' }, acronyms: ['HCDH', 'ACNUDH'] },
  { acronym: 'CTED', type: 'un', parent: 'UN', names: { en: 'Counter-Terrorism Committee Executive Directorate', es: 'Dirección Ejecutiva del Comité contra el Terrorismo', fr: 'Direction exécutive du Comité contre le terrorisme' }, acronyms: ['UN/CTED', 'DECT'] },
  { acronym: 'UNLIREC', type: 'un', parent: 'UN', names: { en: 'United Nations Regional Centre for Peace, Disarmament and Development in Latin America and the Caribbean' } },
  { acronym: 'UNDP', type: 'un', parent: 'UN', names: { en: 'United Nations Development Programme', es: 'Programa de las Naciones Unidas para el Desarrollo', fr: 'Programme des Nations Unies pour le développement', pt: 'Programa das Nações Unidas para o Desenvolvimento' }, acronyms: ['PNUD'] },
  { acronym: 'UNICEF', type: 'un', parent: 'UN', names: { en: 'United Nations Children’s Fund', es: 'Fondo de las Naciones Unidas para la Infancia', fr: 'Fonds des Nations Unies pour l’enfance', pt: 'Fundo das Nações Unidas para a Infância' } },
  { acronym: 'IOM', type: 'intergovernmental', names: { en: 'International Organization for Migration', es: 'Organización Internacional para las Migraciones', fr: 'Organisation internationale pour les migrations', pt: 'Organização Internacional para as Migrações' }, acronyms: ['OIM'] },
  // Other intergovernmental and regional bodies.
  { acronym: 'INTERPOL', type: 'intergovernmental', names: { en: 'International Criminal Police Organization', es: 'Organización Internacional de Policía Criminal', fr: 'Organisation internationale de police criminelle', pt: 'Organização Internacional de Polícia Criminal' }, acronyms: ['OIPC-INTERPOL', 'ICPO-INTERPOL', 'Interpol'] },
  { acronym: 'WCO', type: 'intergovernmental', names: { en: 'World Customs Organization', es: 'Organización Mundial de Aduanas', fr: 'Organisation mondiale des douanes', pt: 'Organização Mundial das Alfândegas' }, acronyms: ['OMD', 'OMA'] },
  { acronym: 'FATF', type: 'intergovernmental', names: { en: 'Financial Action Task Force', es: 'Grupo de Acción Financiera Internacional', fr: 'Groupe d’action financière', pt: 'Grupo de Ação Financeira' }, acronyms: ['GAFI'] },
  { acronym: 'CFATF', type: 'regional', names: { en: 'Caribbean Financial Action Task Force', es: 'Grupo de Acción Financiera del Caribe', fr: 'Groupe d’action financière des Caraïbes', pt: 'Força-Tarefa de Ação Financeira do Caribe' }, acronyms: ['GAFIC'] },
  { acronym: 'GAFILAT', type: 'regional', names: { en: 'Financial Action Task Force of Latin America', es: 'Grupo de Acción Financiera de Latinoamérica', fr: 'Groupe d’action financière d’Amérique latine' }, acronyms: ['GAFISUD'] },
  { acronym: 'CARICOM', type: 'regional', names: { en: 'Caribbean Community', es: 'Comunidad del Caribe', fr: 'Communauté des Caraïbes', pt: 'Comunidade do Caribe' }, aliases: ['Communauté caribéenne', 'Comunidade das Caraíbas'] },
  { acronym: 'IMPACS', type: 'regional', parent: 'CARICOM', names: { en: 'CARICOM Implementation Agency for Crime and Security', es: 'Agencia de Implementación para la Delincuencia y la Seguridad de la CARICOM', fr: 'Agence d’exécution en matière de sécurité' }, acronyms: ['CARICOM IMPACS', 'CARICOM-IMPACS'], aliases: ['Implementation Agency for Crime and Security'] },
  { acronym: 'RSS', type: 'regional', names: { en: 'Regional Security System', es: 'Sistema de Seguridad Regional', fr: 'Système de sécurité régional', pt: 'Sistema de Segurança Regional' }, acronyms: ['SSR'], aliases: ['Système de sécurité régionale'] },
  { acronym: 'OECS', type: 'regional', names: { en: 'Organisation of Eastern Caribbean States', es: 'Organización de Estados del Caribe Oriental', fr: 'Organisation des États de la Caraïbe orientale', pt: 'Organização dos Estados do Caribe Oriental' }, acronyms: ['OECO'], aliases: ['Organization of Eastern Caribbean States'] },
  { acronym: 'SICA', type: 'regional', names: { en: 'Central American Integration System', es: 'Sistema de la Integración Centroamericana', fr: 'Système d’intégration de l’Amérique centrale', pt: 'Sistema da Integração Centro-Americana' } },
  { acronym: 'AMERIPOL', type: 'regional', names: { en: 'Police Community of the Americas', es: 'Comunidad de Policías de América', fr: 'Communauté des polices des Amériques' } },
  { acronym: 'CTU', type: 'regional', names: { en: 'Caribbean Telecommunications Union', es: 'Unión de Telecomunicaciones del Caribe', fr: 'Union des télécommunications des Caraïbes' }, aliases: ['Caribbean Telecommunication Union'] },
  { acronym: 'CIFAD', type: 'regional', names: { en: 'Regional Counter-Drug Intelligence Training School' }, aliases: ['Caribbean Institute for Field Drug Analysts'] },
  { acronym: 'IDB', type: 'intergovernmental', names: { en: 'Inter-American Development Bank', es: 'Banco Interamericano de Desarrollo', fr: 'Banque interaméricaine de développement', pt: 'Banco Interamericano de Desenvolvimento' }, acronyms: ['BID'] },
  { acronym: 'EU', type: 'intergovernmental', names: { en: 'European Union', es: 'Unión Europea', fr: 'Union européenne', pt: 'União Europeia' }, acronyms: ['UE'] },
  { acronym: 'EC', type: 'intergovernmental', parent: 'EU', names: { en: 'European Commission', es: 'Comisión Europea', fr: 'Commission européenne', pt: 'Comissão Europeia' } },
  { acronym: 'APEC', type: 'intergovernmental', names: { en: 'Asia-Pacific Economic Cooperation' } },
  { acronym: 'CERT-CC', type: 'academic', names: { en: 'CERT Coordination Center' }, acronyms: ['CERT/CC'] },
  // Universities.
  { acronym: 'UWI', type: 'academic', names: { en: 'University of the West Indies', es: 'Universidad de las Indias Occidentales', fr: 'Université des Antilles', pt: 'Universidade das Índias Ocidentais' }, aliases: ['University of West Indies', 'Université des Indes occidentales'] },
  // National agencies that reports name as partners or trainers.
  { acronym: 'TSA', type: 'government_agency', parent: 'DHS', names: { en: 'Transportation Security Administration', es: 'Administración de Seguridad en el Transporte', fr: 'Agence de sécurité des transports', pt: 'Administração de Segurança dos Transportes' } },
  { acronym: 'DHS', type: 'government_agency', names: { en: 'Department of Homeland Security', es: 'Departamento de Seguridad Nacional', fr: 'Département de la sécurité intérieure', pt: 'Departamento de Segurança Interna' }, aliases: ['Departamento de Seguridad Interna', 'Department of Homeland Security of the United States'] },
  { acronym: 'CBP', type: 'government_agency', parent: 'DHS', names: { en: 'U.S. Customs and Border Protection', es: 'Oficina de Aduanas y Protección Fronteriza', fr: 'Service des douanes et de la protection des frontières' }, aliases: ['Customs and Border Protection'] },
  { acronym: 'ICE', type: 'government_agency', parent: 'DHS', names: { en: 'U.S. Immigration and Customs Enforcement', es: 'Servicio de Inmigración y Control de Aduanas' }, aliases: ['Immigration and Customs Enforcement'] },
  { acronym: 'FDL', type: 'government_agency', parent: 'ICE', names: { en: 'Forensic Document Laboratory', es: 'Laboratorio Forense de Documentos', fr: 'Laboratoire de criminalistique pour les documents', pt: 'Laboratório Forense de Documentos' }, acronyms: ['HSI-FDL'] },
  { acronym: 'CBSA', type: 'government_agency', names: { en: 'Canada Border Services Agency', es: 'Agencia de Servicios Fronterizos de Canadá', fr: 'Agence des services frontaliers du Canada', pt: 'Agência de Serviços de Fronteira do Canadá' }, acronyms: ['ASFC'] },
  { acronym: 'RCMP', type: 'government_agency', names: { en: 'Royal Canadian Mounted Police', es: 'Real Policía Montada de Canadá', fr: 'Gendarmerie royale du Canada', pt: 'Real Polícia Montada do Canadá' }, acronyms: ['GRC'] },
  { acronym: 'ISA', type: 'government_agency', names: { en: 'Israel Security Agency', es: 'Agencia de Seguridad de Israel', fr: 'Agence de sécurité d’Israël', pt: 'Agência de Segurança de Israel' } },
  { acronym: 'POLICE:COL', type: 'government_agency', names: { en: 'Colombian National Police', es: 'Policía Nacional de Colombia', fr: 'Police nationale de la Colombie', pt: 'Polícia Nacional da Colômbia' }, aliases: ['National Police of Colombia', 'Police nationale colombienne', 'Police nationale de Colombie'] },
  { acronym: 'POLICE:MEX', type: 'government_agency', names: { en: 'Federal Police of Mexico', es: 'Policía Federal de México', fr: 'Police fédérale du Mexique', pt: 'Polícia Federal do México' }, aliases: ['Mexican Federal Police', 'Policía Federal Mexicana', 'Police fédérale mexicaine'] },
  { acronym: 'POLICE:JAM', type: 'government_agency', names: { en: 'Jamaica Constabulary Force' }, acronyms: ['JCF'] },
  { acronym: 'POLICE:BHS', type: 'government_agency', names: { en: 'Royal Bahamas Police Force' }, acronyms: ['RBPF'] },
  { acronym: 'POLICE:TTO', type: 'government_agency', names: { en: 'Trinidad and Tobago Police Service' }, acronyms: ['TTPS'] },
  { acronym: 'POLICE:BRB', type: 'government_agency', names: { en: 'Royal Barbados Police Force' } },
];

function buildOrganisation(seed: Seed): ReferenceOrganisation {
  return Object.freeze({
    acronym: seed.acronym,
    names: Object.freeze({ ...seed.names }),
    type: seed.type,
    parent: seed.parent ?? null,
    acronyms: Object.freeze([...new Set(seed.acronyms ?? [])]),
    aliases: Object.freeze([...(seed.aliases ?? [])]),
  });
}

export const ORGANISATIONS: readonly ReferenceOrganisation[] = Object.freeze(SEEDS.map(buildOrganisation));

/** The units of the Secretariat for Multidimensional Security (CICTE, CICAD, DPS): the owners of work plans and activities. */
export const SMS_UNITS: ReadonlySet<string> = new Set(ORGANISATIONS.filter((o) => o.parent === 'SMS').map((o) => o.acronym));

const byAcronym = new Map<string, ReferenceOrganisation>();
const byName = new Map<string, ReferenceOrganisation>();
for (const organisation of ORGANISATIONS) {
  for (const acronym of [organisation.acronym, ...organisation.acronyms]) byAcronym.set(acronym, organisation);
  for (const name of [...Object.values(organisation.names), ...organisation.aliases]) {
    if (name !== undefined) byName.set(organisationKey(name), organisation);
  }
}

function organisationKey(name: string): string {
  return foldNameKey(name).replace(/^(?:the|la|le|les|l|el|los|las|o|a|os|as) (?=\S)/, '');
}

/** The organisation a canonical or local acronym, or a name in any of the four languages, stands for. */
export function findOrganisation(text: string): ReferenceOrganisation | undefined {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > 200) return undefined;
  // Acronyms only as written: "ice", "un" or "isa" in running text are words.
  return byAcronym.get(trimmed) ?? byName.get(organisationKey(trimmed));
}

/** The organisation with this canonical acronym. */
export function getOrganisation(acronym: string): ReferenceOrganisation | undefined {
  const found = byAcronym.get(acronym);
  return found?.acronym === acronym ? found : undefined;
}

/** Canonical acronym of a country's own agency, e.g. the national police of Colombia → POLICE:COL. */
export function formatNationalAgencyAcronym(agency: 'POLICE', iso3: string): string {
  return `${agency}:${iso3}`;
}
