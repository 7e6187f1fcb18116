/**
 * Lexical cues that type a capitalised span or a noun phrase: organization keywords, event and
 * treaty head nouns, plural forms used in coordinations ("Harvard and Yale universities"), and
 * capitalised words that are never names on their own.
 */

/** Plurals a party is named by, its members' creed ("the Greens", "Peru Democrats", "Christian Democrats"). */
export const CREED_PLURALS: ReadonlySet<string> = new Set('Democrats Republicans Socialists Liberals Conservatives Greens Nationalists Progressives Patriots'.split(' '));

/** Last (or any) word of a capitalised span that makes it an organization (words for a party, front, movement, soldiers or people of a cause in the languages whose names news keeps untranslated too). */
export const ORG_KEYWORDS = new Set(
  `University Universities College Institute Institution Ministry Council Department Party Bank Agency Agencies Front Army Platform
  Times Group Inc Inc. Corp Corp. Corporation Company Co Co. Ltd Ltd. LLC PLC AG SA GmbH Holdings Association Commission
  Committee Community Court Parliament Congress Senate Assembly Office Bureau Authority Administration Service Services Forces Force
  Guard Guards Brigade Brigades Movement Collective Headquarters Organization Organisation Union Federation Confederation Foundation Fund Alliance League
  Network Post News Journal Herald Tribune Daily Press Broadcasting Radio Television Airlines Airways Motors Energy Oil Petroleum
  Technologies Technology Systems Pharmaceuticals Industries Bloc Coalition Cabinet Government Treasury Police Navy Corps Command
  Hospital School Academy Center Centre Exchange Reserve Club Church Society Trust Board Tribunal Institute Laboratory
  Labs Studios Media Telegraph Guardian Observer Gazette Chronicle Review Magazine Airlines Railways Bank Foundation
  Regiment Battalion Militia Cartel Council Secretariat Directorate Inspectorate Conglomerate Consortium Group Partners
  Capital Ventures Insurance Bancorp Brands Electric Electronics Semiconductor Semiconductors Pharma Mining Steel Foods
  Agencies Embassy Consulate Mission Legislature Yuan Dynamics Mills Atomics Aerospace Instruments Robotics Automotive
  Chemicals Chemical Logistics Shipping Telecom Telecommunications Communications Airlines Refining Petrochemical Therapeutics
  Biotech Biosciences Software Microsystems Networks Solutions Entertainment Pictures Records Publishing Motor Holding
  Investments Securities Markets Exchange Financial Bancorp Partners Cooperative Syndicate Institution Tribunal Fleet
  Components Trading Machinery Equipment Manufacturing Enterprises Supplies Agribusiness Optics Plastics Fertilisers Fertilizers
  Avionics Aviation Analytics Armaments Shipyards Shipbuilding
  Squadron Division Flotilla Representatives Commons Lords Deputies Councillors Diet Duma Knesset Majlis Sejm Storting Riksdag Bundestag Bundesrat
  Air Metals Alloys Headquarters Chamber Chambers Mines Goldfields Resources Biologics Arms
  Movimiento Movimento Mouvement Partido Partito Parti Partij Partei Frente Fronte Alianza Aliança Unión União Unione
  Congrès Convergencia Bloque Coalición Lega Liga Hizb Harakat Jamaat Jabhat Jaish Kataib Liwa
  Jund Junud Ahl Saraya Asaib Katibat Tanzim Ittihad Jamiat Tahrir Jama'at Jama’at Hay'at Hay’at Tehreek Tehrik Lashkar Sipah
  Banco Banque Instituto Institut Istituto Cour Consejo Conseil Consiglio Ministerio Ministère Ministero Ministério
  Comisión Comissão Commissione Asamblea Assemblée Assemblea Congreso Congresso Senado Sénat Senato Agencia Agência Agence
  Agenzia Fundación Fundação Fondation Fondazione Universidad Universidade Université Università Ejército Exército Armée
  Policía Polícia Fuerzas Forças Sindicato Syndicat Confederación Confederação Federación Federação Fédération Rassemblement
  Empresa Grupo Groupe Gruppo Corporación Sociedad Société Società Chambre Fiscalía Procuraduría Contraloría
  Defensoría Registraduría Superintendencia Servicio Servizio Tribunale Tribunal`.split(/\s+/).filter(Boolean).concat([...CREED_PLURALS]),
);

/** Last words of geographic feature and landmark names ("Sabina Shoal", "Bab el-Mandeb Strait"). */
/** Street words that end a place's name only when an honorific opens it ("Sheikh X Road"); alone they name firms too ("State Street"). */
export const STREET_HEADS: ReadonlySet<string> = new Set(['Road', 'Street']);
export const GEO_HEADS = new Set(
  `Sea Seas Ocean Gulf Bay Strait Straits Channel Canal Shoal Shoals Reef Reefs Island Islands Isles Atoll Archipelago
  Peninsula Mountains Mountain Hills Range River Lake Valley Desert Plateau Basin Delta Coast Highlands Plains Glacier
  Falls Square Airport Airbase Stadium Palace Cathedral Monastery Mosque Temple Bridge Dam Pass Corridor Heights Oblast Province Penitentiary Prison
  Prefecture County District Governorate Region Territory Territories Oasis Forest Rainforest Avenue Highway Boulevard`.split(/\s+/).filter(Boolean),
);
/** First words of "X of Y" geographic and landmark names ("Gulf of Aden", "Museum of Modern Art"). */
export const GEO_OF_LEADS = new Set('Gulf Strait Straits Sea Bay Isle Cape Lake Museum Port Islands Valley Sea'.split(' '));
/** First words that make a place name on their own ("Mount Everest", "Lake Victoria", "Port Sudan"). */
export const GEO_PREFIXES = new Set(['Mount', 'Mt.', 'Lake', 'Cape', 'Port', 'Fort']);
/** Lower-case words after a name that make it a place ("Zirok district", "Donetsk region"). */
export const PLACE_NOUN_AFTER = new Set(
  'district province region county state city town village island river valley oblast prefecture governorate municipality township area border crossing port airport airbase palace peninsula lake mountains desert coast bridge dam reservoir prison steelworks'.split(' '),
);
/** Lower-case group nouns after a name that make it an armed or political group ("Houthi rebels"). */
export const GROUP_NOUNS = new Set(
  'rebels rebel militants militant fighters insurgents insurgent militia militias militiamen separatists guerrillas jihadists mercenaries gunmen extremists group movement faction paramilitaries hackers gang cartel'.split(' '),
);

/** Lower-case singular org nouns resolvable as definite descriptions ("the ministry", "the university"). */
export const ORG_DESCRIPTORS: ReadonlyMap<string, string> = objectMap({
  ministry: 'Ministry', council: 'Council', university: 'University', department: 'Department', party: 'Party',
  bank: 'Bank', agency: 'Agency', company: 'Company', firm: 'Company', group: 'Group', commission: 'Commission',
  committee: 'Committee', court: 'Court', parliament: 'Parliament', alliance: 'Alliance', bloc: 'Bloc',
  organization: 'Organization', organisation: 'Organisation', army: 'Army', government: 'Government', institute: 'Institute',
  college: 'College', union: 'Union', office: 'Office', bureau: 'Bureau', militia: 'Militia', board: 'Board',
  administration: 'Administration', legislature: 'Legislature', fund: 'Fund', newspaper: 'Times', paper: 'Times', carrier: 'Airlines', lender: 'Bank', insurer: 'Insurance',
});

/** Plural org nouns that distribute over a coordination: "Harvard and Yale universities". */
export const ORG_PLURALS: ReadonlyMap<string, string> = objectMap({
  universities: 'University', ministries: 'Ministry', councils: 'Council', banks: 'Bank', parties: 'Party',
  companies: 'Company', agencies: 'Agency', colleges: 'College', departments: 'Department',
  groups: 'Group', institutes: 'Institute', institutions: 'Institution', schools: 'School', airlines: 'Airlines', courts: 'Court', armies: 'Army',
});

/** Head nouns of events (lower-case). */
export const EVENT_HEADS = new Set(
  `talks summit summits inauguration war wars invasion election elections run-off runoff by-election pause offensive offensives conference meeting
  visit ceasefire truce referendum protest protests crisis forum olympics games cup coup uprising revolution
  negotiations vote funeral ceremony parade exercise exercises drills operation campaign massacre earthquake blockade
  siege attack attacks bombing strike strikes airstrike airstrikes airstrike raid raids assault shooting hearing trial
  festival expo congress session dialogue meetings convention collapse downfall withdrawal signing assassination
  crackdown genocide famine flood floods hurricane cyclone pandemic outbreak rally rallies march visit visits contest`.split(/\s+/).filter(Boolean),
);

/** Capitalised event heads that end a named event ("Munich Security Conference", "World Cup"). */
export const NAMED_EVENT_HEADS = new Set(
  `Summit Conference Forum Olympics Games Cup War Election Elections Referendum Revolution Uprising Congress Dialogue
  Expo Festival Assembly Meeting Talks Crisis Invasion Offensive Operation Massacre Championship Championships Week Day`.split(/\s+/).filter(Boolean),
);

/** Capitalised words that open a named event ("Cyclone Remal", "Operation Sindoor"). */
export const EVENT_PREFIXES = new Set(['Cyclone', 'Hurricane', 'Typhoon', 'Storm', 'Operation']);

/** Head nouns of treaties (lower-case). */
export const TREATY_HEADS = new Set(
  `treaty treaties agreement agreements deal deals pact pacts accord accords memorandum memorandums memoranda mou convention protocol charter
  compact framework declaration covenant armistice communique communiqué`.split(/\s+/).filter(Boolean),
);

/** Capitalised words that end a named treaty ("Paris Agreement", "Treaty of Rome"). */
export const NAMED_TREATY_HEADS = new Set(
  'Treaty Agreement Agreements Accord Accords Pact Deal Convention Protocol Charter Memorandum Compact Framework Declaration Covenant Statute Armistice Communique Communiqué'.split(' '),
);

/** Lookups in Maps, never in plain objects ("constructor" is not an organization noun). */
function objectMap<V>(o: Record<string, V>): ReadonlyMap<string, V> {
  return new Map(Object.entries(o));
}

/** Capitalised words that are not names on their own (sentence starters, months, days, pronouns…). */
export const NON_NAME_WORDS = new Set(
  `The A An In On At After Before For When While As But It He She They We I You This That These Those Under Since With
  From By According Officials Some Many Last Earlier Meanwhile However Also And Or If Then There Here Its Their His Her
  Our Your My Mr Ms Mrs Dr Yesterday Interim Outgoing Incoming Opposition Presiding Coordinating Senior Acting Caretaker Today Tomorrow Beginning Barring Although Though Despite During Between Among
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September
  October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Jan. Feb. Mar. Apr. Aug. Sept. Oct. Nov. Dec.
  Photo Photos Source Sources File Update Updated Read More Editorial Opinion Analysis Asked Speaking Welcoming Following
  Under Over Both Each Every All Any No Not Now Once Only Other Such What Which Who Whom Whose Why How Where Two Three
  Four Five Six Seven Eight Nine Ten One First Second Third Several Most Much Still Yet So Thus Instead Why Even Just
  Meanwhile Separately Similarly Previously Currently Recently Later Next Another Its To Of Is Was Were Are Be Been
  Will Would Could Should May Might Must Can Do Does Did Has Have Had Let Please Prior Amid Against Without Within Including
  Like Unlike Upon Toward Towards Via Per Whether Because Unless Until Than Once Just Very Further Nearly About Around
  Minister President Prime Secretary Spokesman Spokeswoman Spokesperson Chairman General Leader Chief Director Head Ambassador
  Foreign Defense Defence Interior Finance State National International Western Eastern Northern Southern Federal
  Republic Supreme Deputy Vice Senior Former Acting Top New Old Central Government Holy West East North South Relations Ties Tensions Fellow`.split(/\s+/).filter(Boolean),
);

/** Months (for dates kept as properties). */
export const MONTHS: ReadonlyMap<string, number> = objectMap({
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
});
