/**
 * Titles and roles: the words that introduce a person and say how they relate to a body or country.
 * Each maps to the relation type emitted from the person to what they serve.
 */
import type { RelationType } from '../../../../core/index.ts';

/** Title phrase (lower-case) → relation type. Longest phrases are matched first. */
export const ROLE_TITLES: ReadonlyArray<readonly [string, RelationType]> = [
  ['president-elect', 'PRESIDENT_OF'], ['president', 'PRESIDENT_OF'], ['vice president', 'OFFICIAL_OF'],
  ['vice-president', 'OFFICIAL_OF'], ['prime minister', 'PRIME_MINISTER_OF'], ['premier', 'PRIME_MINISTER_OF'],
  ['deputy prime minister', 'OFFICIAL_OF'], ['chancellor', 'LEADER_OF'], ['king', 'LEADER_OF'], ['queen', 'LEADER_OF'],
  ['emperor', 'LEADER_OF'], ['supreme leader', 'LEADER_OF'], ['crown prince', 'LEADER_OF'], ['emir', 'LEADER_OF'],
  ['sultan', 'LEADER_OF'], ['leader', 'LEADER_OF'], ['dictator', 'LEADER_OF'],
  ['foreign minister', 'MINISTER_OF'], ['defense minister', 'MINISTER_OF'], ['defence minister', 'MINISTER_OF'],
  ['finance minister', 'MINISTER_OF'], ['interior minister', 'MINISTER_OF'], ['trade minister', 'MINISTER_OF'],
  ['economy minister', 'MINISTER_OF'], ['energy minister', 'MINISTER_OF'], ['health minister', 'MINISTER_OF'],
  ['education minister', 'MINISTER_OF'], ['justice minister', 'MINISTER_OF'], ['agriculture minister', 'MINISTER_OF'],
  ['culture minister', 'MINISTER_OF'], ['labor minister', 'MINISTER_OF'], ['labour minister', 'MINISTER_OF'],
  ['environment minister', 'MINISTER_OF'], ['transport minister', 'MINISTER_OF'], ['industry minister', 'MINISTER_OF'],
  ['mining minister', 'MINISTER_OF'], ['oil minister', 'MINISTER_OF'], ['petroleum minister', 'MINISTER_OF'], ['communications minister', 'MINISTER_OF'], ['information minister', 'MINISTER_OF'], ['tourism minister', 'MINISTER_OF'], ['fisheries minister', 'MINISTER_OF'], ['water minister', 'MINISTER_OF'], ['housing minister', 'MINISTER_OF'], ['science minister', 'MINISTER_OF'], ['technology minister', 'MINISTER_OF'], ['digital minister', 'MINISTER_OF'], ['planning minister', 'MINISTER_OF'], ['commerce minister', 'MINISTER_OF'], ['investment minister', 'MINISTER_OF'], ['infrastructure minister', 'MINISTER_OF'], ['climate minister', 'MINISTER_OF'], ['security minister', 'MINISTER_OF'], ['immigration minister', 'MINISTER_OF'], ['welfare minister', 'MINISTER_OF'], ['budget minister', 'MINISTER_OF'], ['sports minister', 'MINISTER_OF'], ['youth minister', 'MINISTER_OF'],
  ['minister', 'MINISTER_OF'], ['deputy minister', 'OFFICIAL_OF'], ['vice minister', 'OFFICIAL_OF'],
  ['secretary of state', 'MINISTER_OF'], ['foreign secretary', 'MINISTER_OF'], ['home secretary', 'MINISTER_OF'],
  ['defense secretary', 'MINISTER_OF'], ['defence secretary', 'MINISTER_OF'], ['treasury secretary', 'MINISTER_OF'],
  ['secretary', 'MINISTER_OF'], ['under secretary', 'OFFICIAL_OF'], ['under-secretary', 'OFFICIAL_OF'], ['undersecretary', 'OFFICIAL_OF'],
  ['deputy secretary', 'OFFICIAL_OF'], ['assistant secretary', 'OFFICIAL_OF'], ['permanent secretary', 'OFFICIAL_OF'], ['secretary-general', 'HEAD_OF'], ['secretary general', 'HEAD_OF'], ['general secretary', 'HEAD_OF'],
  ['spokesman', 'SPOKESPERSON_OF'], ['spokeswoman', 'SPOKESPERSON_OF'], ['spokesperson', 'SPOKESPERSON_OF'], ['press secretary', 'SPOKESPERSON_OF'],
  ['chairman', 'HEAD_OF'], ['chairwoman', 'HEAD_OF'], ['chairperson', 'HEAD_OF'], ['chair', 'HEAD_OF'],
  ['chief executive', 'HEAD_OF'], ['chief executive officer', 'HEAD_OF'], ['ceo', 'HEAD_OF'], ['director', 'HEAD_OF'],
  ['director-general', 'HEAD_OF'], ['director general', 'HEAD_OF'], ['head', 'HEAD_OF'], ['chief', 'HEAD_OF'],
  ['governor', 'HEAD_OF'], ['mayor', 'HEAD_OF'], ['chief minister', 'HEAD_OF'], ['first minister', 'HEAD_OF'], ['commander', 'HEAD_OF'], ['commissioner', 'OFFICIAL_OF'],
  ['founder', 'HEAD_OF'], ['rector', 'HEAD_OF'], ['dean', 'HEAD_OF'], ['managing director', 'HEAD_OF'],
  ['ambassador', 'OFFICIAL_OF'], ['ambassador-at-large', 'OFFICIAL_OF'], ['high commissioner', 'OFFICIAL_OF'], ['envoy', 'OFFICIAL_OF'], ['special envoy', 'OFFICIAL_OF'], ['general', 'OFFICIAL_OF'],
  ['lt. gen.', 'OFFICIAL_OF'], ['gen.', 'OFFICIAL_OF'], ['admiral', 'OFFICIAL_OF'], ['colonel', 'OFFICIAL_OF'],
  ['senator', 'OFFICIAL_OF'], ['sen.', 'OFFICIAL_OF'], ['lawmaker', 'OFFICIAL_OF'], ['legislator', 'OFFICIAL_OF'],
  ['official', 'OFFICIAL_OF'], ['adviser', 'OFFICIAL_OF'], ['advisor', 'OFFICIAL_OF'], ['national security adviser', 'OFFICIAL_OF'], ['national security advisor', 'OFFICIAL_OF'], ['security adviser', 'OFFICIAL_OF'], ['negotiator', 'OFFICIAL_OF'],
  ['chief negotiator', 'OFFICIAL_OF'], ['diplomat', 'OFFICIAL_OF'], ['top diplomat', 'MINISTER_OF'],
  ['representative', 'OFFICIAL_OF'], ['executive', 'OFFICIAL_OF'], ['coordinator', 'OFFICIAL_OF'], ['mp', 'OFFICIAL_OF'], ['member of parliament', 'OFFICIAL_OF'],
  ['speaker', 'HEAD_OF'], ['prosecutor', 'OFFICIAL_OF'], ['judge', 'OFFICIAL_OF'], ['counterpart', 'OFFICIAL_OF'],
  ['professor', 'OFFICIAL_OF'], ['researcher', 'OFFICIAL_OF'], ['analyst', 'OFFICIAL_OF'], ['fellow', 'OFFICIAL_OF'], ['senior fellow', 'OFFICIAL_OF'],
  ['vice chairman', 'OFFICIAL_OF'], ['vice-chairman', 'OFFICIAL_OF'], ['deputy chairman', 'OFFICIAL_OF'],
  ['vice chair', 'OFFICIAL_OF'], ['chief operating officer', 'OFFICIAL_OF'], ['chief financial officer', 'OFFICIAL_OF'],
  ['executive director', 'HEAD_OF'], ['president and chief executive', 'HEAD_OF'], ['chief executive officer', 'HEAD_OF'],
  ['commodore', 'OFFICIAL_OF'], ['major general', 'OFFICIAL_OF'], ['brigadier general', 'OFFICIAL_OF'],
  ['lieutenant general', 'OFFICIAL_OF'], ['rear admiral', 'OFFICIAL_OF'], ['vice admiral', 'OFFICIAL_OF'],
  ['field marshal', 'OFFICIAL_OF'], ['lieutenant colonel', 'OFFICIAL_OF'], ['captain', 'OFFICIAL_OF'], ['major', 'OFFICIAL_OF'],
  ['member', 'MEMBER_OF'], ['attorney general', 'OFFICIAL_OF'], ['attorney-general', 'OFFICIAL_OF'], ['prosecutor general', 'OFFICIAL_OF'], ['prosecutor-general', 'OFFICIAL_OF'], ['justice', 'OFFICIAL_OF'], ['chief justice', 'HEAD_OF'],
  ['party leader', 'LEADER_OF'], ['opposition leader', 'LEADER_OF'], ['deputy leader', 'OFFICIAL_OF'], ['deputy head', 'OFFICIAL_OF'], ['deputy chief', 'OFFICIAL_OF'], ['commander-in-chief', 'HEAD_OF'],
  ['army chief', 'HEAD_OF'], ['military chief', 'HEAD_OF'], ['intelligence chief', 'HEAD_OF'], ['police chief', 'HEAD_OF'],
  // Heads of faiths and their bodies ("the Grand Mufti of Y"). (Not "patriarch": "Patriarch X of Cusco" names a see, a family has one too.)
  ['grand imam', 'HEAD_OF'], ['grand mufti', 'HEAD_OF'], ['chief rabbi', 'HEAD_OF'],
];

/** Honorifics dropped from names (never a role). */
export const HONORIFICS = new Set(['Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Dr', 'Dr.', 'Sir', 'Dame', 'Lord', 'Lady', 'Madam', 'Prof', 'Prof.', 'Rev.', 'Sheikh', 'Marine', 'Sergeant', 'Sgt.', 'Corporal', 'Cpl.', 'Captain', 'Capt.', 'Lieutenant', 'Lt.', 'Colonel', 'Col.', 'Archbishop', 'Cardinal', 'Patriarch', 'Imam', 'Rabbi', 'Pastor', 'Reverend']);

/** Common given names from many languages: a cue that a capitalised span is a person. */
export const FIRST_NAMES = new Set(
  `John James Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark
  Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary
  Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander Frank Patrick Raymond
  Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Douglas Zachary Peter Kyle Ethan Walter Noah Jeremy Christian
  Keith Roger Terry Gerald Harold Sean Austin Carl Arthur Lawrence Dylan Jesse Jordan Bryan Billy Joe Bruce Gabriel
  Logan Albert Willie Alan Juan Wayne Elijah Randy Roy Vincent Ralph Eugene Russell Bobby Mason Philip Louis Joe Hillary
  Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Margaret Sandra Ashley
  Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia Kathleen
  Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen Samantha Katherine Christine Debra Rachel Carolyn Janet
  Catherine Maria Heather Diane Ruth Julie Olivia Joyce Virginia Victoria Kelly Lauren Christina Joan Evelyn Judith
  Megan Andrea Cheryl Hannah Jacqueline Martha Gloria Teresa Ann Sara Madison Frances Kathryn Janice Jean Abigail
  Alice Judy Sophia Grace Denise Amber Doris Marilyn Danielle Beverly Isabella Theresa Diana Natalie Brittany
  Charlotte Marie Kayla Alexis Lori Kamala Ursula Angela Giorgia Olaf Friedrich Emmanuel Jean-Luc Jean-Noel Francois
  Pierre Jacques Nicolas Marine Boris Keir Rishi Theresa Liz Justin Joe Barack Vladimir Sergei Sergey Dmitry Dmitri
  Alexei Alexey Mikhail Ivan Igor Yuri Oleg Andrei Nikolai Viktor Volodymyr Petro Oleksandr Olena Yulia Andriy
  Xi Li Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Narendra Rahul Shehbaz Imran Recep Mohammed Muhammad Mohammad
  Ahmed Ahmad Ali Hassan Hussein Abdullah Abdel Abdul Omar Khalid Mahmoud Ebrahim Hossein Javad Abbas Ayatollah
  Benjamin Yair Naftali Isaac Yitzhak Moshe Ehud Shinzo Fumio Shigeru Yoshihide Kim Moon Yoon Lee Park Ferdinand
  Rodrigo Jair Luiz Inacio Lula Javier Cristina Alberto Andres Gustavo Nicolas Hugo Fidel Raul Carlos Luis Miguel
  Jorge Pedro Antonio Manuel Francisco Pablo Mario Sergio Giuseppe Giovanni Matteo Mario Silvio Angela Olaf Robert
  Mette Sanna Jens Mark Stefan Klaus Hans Wolfgang Annalena Frank-Walter Ursula Charles Felipe Pope Francis Abiy
  Cyril Jacob Paul William Uhuru Bola Muhammadu Nelson Kofi Ban Antonio Tedros Rafael Kristalina Christine Janet
  Jerome Elon Jeff Tim Sundar Satya Mark Bill Warren Sam Jensen Masayoshi Jack Ma Marco Mike Pete Tulsi Kristi
  Lloyd Antony Jake Kevin Nancy Chuck Mitch Ron Gavin Kash Steve Rex Condoleezza Madeleine Colin Dick Al Bernie
  Elizabeth Jill Melania Ivanka Jared Hunter`.split(/\s+/).filter(Boolean),
);
