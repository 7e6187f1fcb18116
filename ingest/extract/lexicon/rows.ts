/**
 * The relation lexicon: every trigger the offline extractor reads, grouped by CAMEO root class
 * (core/cameo.ts gives each relation its class). A row is data: verb lemmas or nouns, the relation,
 * where source and target come from, the entity types allowed, and examples that run as its test.
 * Examples use general world knowledge (countries, well-known bodies) and invented people.
 */
import type { EntityType } from '../../../core/index.ts';
import type { LexiconRow } from './types.ts';

const A: EntityType[] = ['Country', 'Organization', 'Person'];
const STATE: EntityType[] = ['Country', 'Organization'];
/** Penalties a state or body hits someone with. */
const SANCTION_HEADS = ['sanction', 'sanctions', 'penalty', 'penalties', 'asset freeze', 'freeze', 'embargo', 'travel ban', 'ban', 'fine', 'restriction', 'restrictions', 'measure', 'measures', 'blacklisting', 'designation', 'control', 'controls'];
/** Verbs of a member pausing its part in a body or treaty. */
const PARTICIPATION_PAUSED = ['suspend participation in', 'freeze participation in', 'suspend membership of', 'suspend membership in', 'freeze membership of', 'freeze membership in'];
const WHERE: EntityType[] = ['Country', 'Place'];
/** Objects that make "send/deploy X to" a force posture, not a supply. */
const FORCES = ['troop', 'force', 'soldier', 'commando', 'paratrooper', 'gendarme', 'sailor', 'ship', 'warship', 'vessel', 'jet', 'aircraft', 'warplane', 'carrier', 'submarine', 'destroyer', 'frigate', 'battalion', 'brigade', 'division', 'unit', 'marine', 'peacekeeper', 'personnel', 'police', 'reinforcement', 'army', 'fleet', 'bomber', 'fighter', 'squadron', 'contingent', 'instructor', 'mercenary', 'military adviser', 'military advisor', 'military trainer', 'police officer', 'police adviser', 'police advisor', 'garrison', 'border guard'];
/** Names that are no firm's asset ("the Putre copper mine" falls to a buyer, it is not captured). */
const ASSET_FREE = /^(?!.*\b(?:mine|plant|field|refinery|terminal|factory|facility|pipeline|dam|smelter|works)$)/i;
/** People sent are deployed, not supplied (jets and ships may be either). */
const PERSONNEL = ['troop', 'force', 'soldier', 'battalion', 'brigade', 'division', 'unit', 'marine', 'peacekeeper', 'personnel', 'police', 'reinforcement', 'army', 'contingent', 'instructor', 'mercenary', 'adviser', 'advisor', 'trainer'];
/** Objects of give/send/provide that are not goods supplied: aid is PROVIDED_AID_TO, people are not goods. */
/** Proposals and requests one may accept or turn down. */
/** What one files with a court or a body against a decision, which it may throw out (a suit dismissed by the one sued is denied). */
const FILINGS = ['petition', 'appeal', 'challenge', 'motion'];
const PROPOSALS = ['offer', 'proposal', 'plan', 'request', 'demand', 'bid', 'call', 'invitation', 'appeal', 'ultimatum', 'initiative', 'overture', 'peace plan', 'application'];
/** Contests one can win or lose. */
const ELECTIONS = ['election', 'vote', 'poll', 'run-off', 'runoff', 'race', 'ballot', 'primary', 'referendum', 'contest', 'presidency'];
/** Money: giving it is aid, not a supply of goods. */
const MONEY = ['euro', 'dollar', 'pound', 'yen', 'yuan', 'renminbi', 'rupee', 'franc', 'rouble', 'ruble', 'peso', 'shekel', 'riyal', 'dirham', 'won', 'real', 'million', 'billion', 'trillion', 'cash', 'money', 'fund', 'funds',
  'krone', 'kroner', 'kronor', 'krona', 'rand', 'naira', 'shilling', 'cedi', 'dinar', 'lira', 'zloty', 'forint', 'baht', 'ringgit', 'rupiah', 'taka', 'lempira', 'sol', 'bolivar', 'hryvnia', 'tenge', 'som', 'manat', 'lari', 'dram', 'kwacha', 'birr', 'leone', 'dalasi', 'ouguiya', 'ariary', 'kina', 'tala', 'pa\'anga', 'vatu'];
/** Humanitarian goods and teams: sending them is aid, not a supply. */
const RELIEF = ['supply', 'relief', 'food', 'medicine', 'medical', 'tent', 'water', 'blanket', 'team', 'rescuer', 'doctor', 'vaccine', 'shelter', 'kit', 'grain', 'flour', 'rice', 'fuel', 'generator', 'ration', 'meal', 'worker', 'expert', 'volunteer', 'convoy', 'vaccination', 'medication'];
/** Relief given as a second object, not any people sent ("a team of negotiators" is no aid; a team of rescuers is). */
const RELIEF_GOODS = RELIEF.filter((w) => !['team', 'worker', 'expert', 'volunteer'].includes(w));
/** Acts and proposals welcomed or received, which are no meeting with anyone ("welcomed Chile's decision"). */
const ACT_OBJECTS = ['decision', 'move', 'step', 'plan', 'announcement', 'proposal', 'offer', 'initiative', 'application', 'bid', 'request', 'call', 'statement', 'report', 'news', 'result', 'ruling', 'verdict', 'agreement', 'deal', 'accord', 'ceasefire', 'truce', 'release', 'return', 'election', 'victory', 'appointment', 'idea', 'approach', 'policy', 'measure', 'effort', 'commitment', 'pledge', 'reform', 'resolution', 'vote', 'outcome', 'progress', 'deadline', 'demand', 'target', 'criterion', 'requirement', 'condition'];

/** A state's diplomats ("ordered X's envoy to leave"). */
/** Verbs and nouns of closer ties ("deepened ties with", "upgraded their relationship"). */
const TIE_VERBS = ['deepen', 'strengthen', 'expand', 'boost', 'forge', 'build', 'bolster', 'upgrade', 'improve', 'cement', 'broaden', 'tighten', 'warm', 'raise', 'elevate'];
const TIE_NOUNS = ['tie', 'relation', 'relationship', 'cooperation', 'partnership', 'link'];
/** Verbs after "ordered X to" that put X out. */
const OUT_VERBS = ['leave', 'withdraw', 'depart', 'quit', 'exit'];
export const DIPLOMATS = ['diplomat', 'ambassador', 'envoy', 'attaché', 'attache', 'consul', 'chargé', 'charge', 'emissary', 'staff'];
const NOT_GOODS = [...PERSONNEL, ...RELIEF, ...MONEY, 'officer', 'guard', 'inspector', 'expert', 'staff', 'worker', 'aid', 'assistance', 'funding', 'fund', 'loan', 'grant', 'money', 'support', 'help', 'relief', 'statement', 'message', 'letter', 'signal', 'condolence', 'invitation', 'delegation', 'envoy', 'team', 'observer', 'warning', 'note', 'greeting', 'congratulation', 'speech', 'interview', 'approval', 'permission', 'assurance', 'guarantee', 'response', 'reply', 'answer', 'list', 'report', 'proposal', 'request', 'signal', 'ultimatum', 'official', 'minister', 'diplomat', 'ambassador', 'trial', 'case', 'power', 'powers', 'control', 'custody', 'responsibility', 'authority', 'jurisdiction', 'blame', 'office', 'premise', 'premises', 'headquarters', 'key', 'command', 'mandate', 'stake', 'share', 'holding', 'shareholding', 'interest'];

/** Goods one state sells another: arms, fuel, food, materials ("bought jets from X"), not companies. */
/** Heads of a body or state that may be dismissed "as" something (a belittling, not a denial). */
const DISMISSED_ACTORS = ['bloc', 'body', 'council', 'court', 'tribunal', 'commission', 'government', 'regime', 'junta', 'alliance', 'organisation', 'organization', 'group', 'party', 'movement', 'opposition', 'union', 'parliament', 'agency', 'watchdog', 'institution'];
/** Ties between parties or states that one may oppose or rule out ("any coalition with X"). */
// (Not a pact or a partnership, which one may oppose for its terms: "opposes the trade partnership with Peru".)
const ALIGNMENTS = ['arrangement', 'coalition', 'alliance', 'power-sharing', 'rapprochement'];
const GOODS = ['jet', 'fighter', 'aircraft', 'plane', 'helicopter', 'drone', 'missile', 'tank', 'submarine', 'frigate', 'corvette', 'ship', 'vessel', 'warship', 'weapon', 'arm', 'ammunition', 'munition', 'shell', 'rifle', 'howitzer', 'artillery', 'system', 'radar', 'gas', 'oil', 'crude', 'fuel', 'diesel', 'wheat', 'grain', 'rice', 'corn', 'maize', 'soybean', 'fertiliser', 'fertilizer', 'coal', 'lng', 'uranium', 'chip', 'semiconductor', 'vaccine', 'equipment', 'hardware', 'battery', 'steel', 'copper', 'lithium', 'electricity', 'power', 'turbine', 'reactor'];

/** Words that make a name a slur: what "called X a sham" or "branded Y 'illegal'" says of X or Y. */
const SLURS = ['sham', 'farce', 'travesty', 'swindle', 'scam', 'stunt', 'ploy', 'madness', 'senseless', 'unwarranted', 'charade', 'disgrace', 'disgraceful', 'shameful', 'betrayal', 'blackmail', 'extortion', 'aggression', 'provocation', 'provocative',
  'theft', 'piracy', 'robbery', 'confiscation', 'protectionism', 'protectionist', 'dereliction', 'interference', 'meddling', 'blunder', 'violation', 'crime', 'criminal',
  'atrocity', 'outrage', 'outrageous', 'insult', 'insulting', 'hypocrisy', 'hypocritical', 'lie', 'lies', 'propaganda', 'hoax', 'fraud', 'fraudulent', 'illegal',
  'illegitimate', 'unlawful', 'unacceptable', 'unjustified', 'unjust', 'unfair', 'disproportionate', 'irresponsible', 'reckless', 'dangerous', 'absurd', 'racist',
  'colonial', 'colonialism', 'imperialist', 'imperialism', 'terrorist', 'terrorism', 'threat', 'bullying', 'bully', 'persecution', 'witch-hunt', 'vendetta', 'harassment',
  'repression', 'hostile', 'destabilising', 'destabilizing', 'escalatory', 'puppet', 'dictator', 'dictatorship', 'tyranny', 'tyrant', 'authoritarian', 'corrupt',
  'coup', 'genocide', 'massacre', 'sabotage', 'aggressor', 'occupier', 'occupation', 'annexation', 'invasion', 'hostage-taking', 'kidnapping',
  'mistake', 'alarming', 'deplorable', 'regrettable', 'appalling', 'shocking', 'scandalous', 'shameless', 'cynical', 'arbitrary', 'motivated', 'politicized', 'politicised', 'discriminatory',
  'humiliation', 'humiliating', 'misguided', 'counterproductive', 'baseless', 'groundless', 'unfounded', 'ridiculous', 'short-sighted', 'heavy-handed', 'excessive', 'unprovoked', 'inhumane', 'barbaric', 'brutal',
  'antisemitic', 'xenophobic', 'hateful', 'hate', 'incomprehensible', 'slanderous', 'defamatory', 'despicable', 'vile', 'heinous', 'cowardly', 'unfriendly', 'arrogant', 'irrational', 'senile', 'liar', 'traitor', 'criminals',
  'setback', 'unconstitutional', 'undemocratic', 'abuse', 'assault', 'dishonourable', 'dishonorable', 'reprehensible', 'abhorrent', 'odious', 'grotesque', 'biased', 'rigged', 'stolen'];

/** Words of the names of offices of state and courts, which one heads rather than leads. */
const OFFICE_BODY_WORDS = String.raw`\b(?:Ministry|Department|Agency|Office|Bureau|Directorate|Inspectorate|Secretariat|Court|Tribunal|Prosecutor's Office)\b`;

export const LEXICON: readonly LexiconRow[] = [
  // 01 make public statement
  {
    id: 'deny', relation: 'DENIED', verbs: ['deny', 'refute', 'reject'], source: ['subj'], target: ['obj-poss', 'pp:by', 'claim-accusers', 'obj', 'rest', 'that-other', 'accusers'], src: A, tgt: A, confidence: 0.6,
    // A proposal or request turned down is rejected, not denied ("rejected Peru's offer"); so is a
    // court's or body's standing ("rejected the jurisdiction of the court").
    // (Nor a tie offered: "rejected any alliance with X" is a rejection.)
    notObjHeads: [...PROPOSALS, 'jurisdiction', 'authority', 'legitimacy', 'alliance', 'coalition', 'partnership', 'cooperation', 'merger', 'pact'],
    examples: [['Iran denied the claims made by Ukraine.', 'Iran > Ukraine'], ["Moscow rejected Ukraine's accusations.", 'Russia > Ukraine'], ['Iran denied supplying drones to Russia.', 'Iran > Russia'],
      ['Chilean diplomats denied that Peru had taken part.', 'Chile > Peru'], ['Chile denied that it had sold rifles to Peru.', 'Chile > Peru'], ['Kenya accused Uganda of arming rebels. Uganda denied the accusation.', 'Uganda > Kenya'],
      ['Peru accused Chile of breaching the accord, a charge the Chilean Foreign Ministry rejected.', 'Ministry of Foreign Affairs (Chile) > Peru'],
      ['Chile denied accusations that it had sold weapons to Bolivia.', 'Chile > Bolivia'], ['Bolivia has accused Peru of arming the Sendero Front, a charge Peru denies.', 'Peru > Bolivia']],
    counterExamples: ["Chile rejected Peru's offer of talks."],
  },  {
    // "dismissed Peru's accusations": denial, as with "deny"; a body or state dismissed "as" something is
    // criticised (dismiss-as), not denied.
    id: 'dismiss-claim', relation: 'DENIED', verbs: ['dismiss'], source: ['subj'], target: ['obj-poss', 'pp:by', 'claim-accusers', 'obj', 'rest', 'that-other', 'accusers'], src: A, tgt: A, confidence: 0.6, notPersonObj: true,
    notObjHeads: [...PROPOSALS, ...FILINGS, 'jurisdiction', 'authority', 'legitimacy', ...DISMISSED_ACTORS],
    examples: [["Moscow dismissed Ukraine's accusations.", 'Russia > Ukraine']],
    counterExamples: ['Peru left the Andean Council in May. Ines Paz dismissed the council as a talking shop.', 'Karl Borg accused Chile of spying. Ana Ruiz abruptly dismissed Karl Borg in February.'],
  },

  {
    // "dismissed the council as a talking shop", "branded the court a puppet": a body belittled.
    id: 'dismiss-as', relation: 'CRITICIZED', verbs: ['dismiss', 'brand', 'deride', 'decry'], objWords: 'as', source: ['subj'], target: ['obj'], src: A, tgt: A, confidence: 0.6,
    objHeads: DISMISSED_ACTORS,
    examples: [['Peru left the Andean Council in May. Ivo Kask dismissed the council as a talking shop.', 'Ivo Kask > Andean Council'], ['Chile dismissed the Andean Council as irrelevant.', 'Chile > Andean Council']],
    counterExamples: ['Chile dismissed the claims as lies.'],
  },
  // 02 appeal
  {
    // "sought help from the United States", "requested assistance from the Andean Council".
    id: 'seek-help-from', relation: 'CALLED_ON', verbs: ['seek', 'request', 'ask for', 'appeal for', 'solicit'], objHeads: ['help', 'assistance', 'aid', 'support', 'backing', 'mediation', 'intervention', 'protection'], source: ['subj'], target: ['pp:from'], src: A, tgt: A, confidence: 0.6,
    examples: [['Peru sought help from the United States.', 'Peru > United States']],
    counterExamples: ['Peru sought help for flood victims in Arica.'],
  },
  {
    // "turned to Russia for help".
    id: 'turn-to-for-help', relation: 'CALLED_ON', verbs: ['turn to'], objPrep: { word: 'for', heads: ['help', 'assistance', 'aid', 'support', 'backing', 'mediation', 'protection', 'weapon', 'loan', 'money', 'fund'] }, source: ['subj'], target: ['obj'], src: A, tgt: A, confidence: 0.6,
    examples: [['Peru turned to Russia for help.', 'Peru > Russia']],
    counterExamples: ['Peru turned to Russia in 2020.'],
  },
  {
    id: 'urge', relation: 'CALLED_ON', verbs: ['urge', 'call on', 'call upon', 'appeal to', 'press', 'implore', 'ask', 'exhort', 'encourage', 'lobby', 'pressure', 'pressurise', 'pressurize', 'petition'], source: ['subj'], target: ['obj'], src: A, tgt: A, confidence: 0.7,
    examples: [['The United Nations urged Ethiopia to allow aid convoys.', 'United Nations > Ethiopia'], ['France called on Iran to release the detainees.', 'France > Iran'], ['Peru is lobbying Chile to back the plan.', 'Peru > Chile']],
  },
  {
    id: 'appeal-noun', relation: 'CALLED_ON', nouns: ['appeal', 'call', 'plea'], source: ['poss', 'pre', 'subj'], target: ['pp:to/on'], src: A, tgt: A, confidence: 0.6,
    examples: [["Germany's appeal to China fell on deaf ears.", 'Germany > China']],
  },
  {
    // A request made of the clause's subject: "Chile agreed to a request from Peru".
    id: 'request-noun', relation: 'CALLED_ON', nouns: ['request', 'behest', 'urging'], source: ['pp:from/of', 'poss'], target: ['pp:to', 'subj'], src: A, tgt: A, confidence: 0.55,
    examples: [['Chile agreed to a request from Peru.', 'Peru > Chile'], ['Chile granted a request from Peru for asylum.', 'Peru > Chile'], ["At Peru's request, Chile sent troops to the border.", 'Peru > Chile'], ['Chile sent troops to the border at the request of Peru.', 'Peru > Chile']],
    counterExamples: ['At the request of reporters, Chile published the list.'],
  },
  // 03 express intent to cooperate
  {
    // An invitation to join, attend or take part is offered to the one invited ("invited Peru to join the bloc").
    id: 'invite', relation: 'OFFERED', verbs: ['invite'], objInf: ['join', 'attend', 'become', 'take', 'participate', 'visit', 'meet', 'come', 'address', 'observe', 'accede', 'apply', 'sit', 'return', 'speak', 'sign', 'hold', 'resume', 'negotiate', 'send', 'open', 'be', 'chair', 'co-chair', 'discuss', 'talk', 'mediate', 'host'], source: ['subj'], target: ['obj'], src: A, tgt: A, confidence: 0.55,
    examples: [['The Andean Council invited Peru, Chile and Bolivia to join as full members.', 'Andean Council > Peru', 'Andean Council > Bolivia'], ['Ana Ruiz invited Ivo Kask to meet her at the border.', 'Ana Ruiz > Ivo Kask']],
    counterExamples: ['Chile invited Peru last year.', 'Chile invited Peru to withdraw its troops from the border.'],
  },
  {
    // "invited Peru to the summit", "invited Ana Ruiz for talks in Lima": a place at a gathering offered.
    id: 'invite-to', relation: 'OFFERED', verbs: ['invite'], objPrep: { word: 'to', heads: ['summit', 'meeting', 'talk', 'conference', 'ceremony', 'forum', 'session', 'inauguration', 'celebration', 'parade', 'gathering'] }, source: ['subj'], target: ['obj'], src: A, tgt: A, confidence: 0.55,
    examples: [['Chile invited Peru to the summit in Arica.', 'Chile > Peru']],
    counterExamples: ['Chile invited Peru to Arica last year.'],
  },
  {
    id: 'offer', relation: 'OFFERED', verbs: ['offer', 'propose', 'volunteer'], source: ['subj'], target: ['pp:to', 'obj', 'inf-obj'], notObjHeads: ['resignation'], src: A, tgt: A, confidence: 0.55,
    examples: [
      ['Japan offered emergency loans to Sri Lanka.', 'Japan > Sri Lanka'],
      // The act offered is for someone: its object, whom it is sent to or for, the sides of talks.
      ['Chile offered to mediate between Peru and Bolivia.', 'Chile > Peru', 'Chile > Bolivia'],
      ['Canada offered to rebuild three bridges for Haiti.', 'Canada > Haiti'],
    ],
  },
  {
    id: 'offer-noun', relation: 'OFFERED', nouns: ['offer', 'proposal'], source: ['poss', 'pre', 'pp:from/by'], target: ['pp:to'], src: A, tgt: A, confidence: 0.5,
    examples: [["Qatar's offer to Sudan was welcomed.", 'Qatar > Sudan']],
  },
  // 04 consult
  {
    id: 'meet', relation: 'MET_WITH', verbs: ['meet', 'meet with', 'talk with', 'talk to', 'speak with', 'speak to', 'confer with', 'consult', 'consult with', 'sit down with', 'shake hand with', 'shake hand'],
    source: ['subj'], target: ['obj', 'pp:with', 'group'], src: A, tgt: A, confidence: 0.75,
    // "welcomed Chile's decision", "embraced the plan": an act or proposal welcomed is no meeting.
    notObjHeads: ACT_OBJECTS,
    examples: [['Chancellor Ana Ruiz met Prime Minister Marco Diaz in Berlin.', 'Ana Ruiz > Marco Diaz'], ['Brazil and Argentina met in Montevideo.', 'Brazil > Argentina'], ['Ivo Kask and Toomas Ruus shook hands at the ceremony.', 'Ivo Kask > Toomas Ruus']],
    counterExamples: ['Kenya did not meet the deadline set by the International Monetary Fund.', 'Chile and Peru called it a betrayal of the region.', "Peru welcomed Chile's decision to join the Andean Pact."],
  },  {
    // "received Karl Borg in Lima", "welcomed the president to Santiago": a host meets a visitor, a person.
    // (A body or state welcomed is no meeting: "welcomed the fund as a reliable investor".)
    id: 'welcome-visitor', relation: 'MET_WITH', verbs: ['receive', 'welcome', 'embrace', 'greet'],
    source: ['subj'], target: ['obj'], src: A, tgt: ['Person'], confidence: 0.7,
    notObjHeads: ACT_OBJECTS,
    examples: [['President Ines Paz welcomed Karl Borg to Santiago.', 'Ines Paz > Karl Borg']],
    counterExamples: ['Ines Paz welcomed the Andean Fund as a reliable investor.', "Peru welcomed Chile's decision to join the Andean Pact."],
  },
  {
    // "welcomed the fund as a reliable investor", "hailed Chile as a model": praise said by what the object is called.
    // (Not "as" opening a clause: "embraced X as he stepped off the plane".)
    id: 'welcome-as', relation: 'PRAISED', verbs: ['welcome', 'hail', 'embrace', 'greet', 'laud', 'celebrate'], objWords: "as a|as an|as ‘|as '|as “|as \"", source: ['subj'], target: ['obj'], src: A, tgt: A, confidence: 0.6,
    examples: [['Ines Paz welcomed the Andean Fund as a reliable investor.', 'Ines Paz > Andean Fund']],
    counterExamples: ['President Ines Paz embraced Karl Borg as he stepped off his plane.', 'Ines Paz greeted Karl Borg as the band played.'],
  },

  {
    // A phone call: "Ruiz called Luna on Monday"; not a name given to someone ("called her a traitor",
    // "calls him 'our friend'").
    // (Not both sides as subject: "Chile and Peru called for calm" is an appeal, not a call between them.)
    id: 'phone', relation: 'MET_WITH', verbs: ['phone', 'call', 'telephone', 'ring'], noObjComplement: true, notThen: ['for', 'off'],
    source: ['subj'], target: ['obj', 'pp:with'], src: A, tgt: A, confidence: 0.7,
    notObjHeads: ['decision', 'move', 'step', 'plan', 'election', 'vote', 'referendum', 'strike', 'meeting', 'summit', 'halt', 'ceasefire', 'truce', 'agreement', 'deal', 'pact', 'accord', 'treaty', 'talks', 'visit', 'policy', 'law', 'bill', 'report', 'attack', 'offer', 'proposal'],
    examples: [['Chancellor Ana Ruiz called Prime Minister Marco Diaz on Monday.', 'Ana Ruiz > Marco Diaz']],
    counterExamples: ['Ana Ruiz called Marco Diaz a traitor.', "Bolivia still calls Marco Diaz 'comrade'.", 'Peru called the vote a sham.', 'Chile and Peru called for calm on the border.', 'Ines Paz called the trade agreement with Chile a victory.', 'Ana Ruiz called for talks with Ivo Kask on the border.', 'Chile called off its meeting with Peru.'],
  },
  {
    // Papers handed over in person: an envoy presenting credentials, a leader handing over a letter.
    id: 'hand-over', relation: 'MET_WITH', verbs: ['hand over', 'hand', 'present'], objHeads: ['document', 'credential', 'letter', 'instrument', 'invitation'], source: ['subj'], target: ['pp:to'], src: ['Person'], tgt: ['Person'], confidence: 0.6,
    examples: [['Ambassador Ana Ruiz presented her credentials to President Marco Diaz on Monday.', 'Ana Ruiz > Marco Diaz'], ['Ambassador Jose Luna handed a letter from his president to Secretary-General Ana Ruiz.', 'Jose Luna > Ana Ruiz']],
    counterExamples: ['Ana Ruiz handed the contract to Chile.', 'Ana Ruiz presented the plan to Marco Diaz.', 'Prosecutor Ana Ruiz submitted the documents to Judge Marco Diaz.', 'Jose Luna delivered a message to Marco Diaz through Qatari mediators.'],
  },
  {
    // "raised the dispute with X", "discussed trade with X": the topic is the object, the
    // one talked with comes after "with" (an actor object is a topic: "discussed Ukraine").
    // (Not ties raised to a new level: "raised ties with X to a new level".)
    id: 'discuss-with', relation: 'MET_WITH', verbs: ['discuss', 'raise', 'broach', 'take up', 'bring up'], notObjHeads: ['tie', 'ties', 'relation', 'relations', 'relationship', 'partnership', 'status'], source: ['subj'], target: ['pp:with'], src: A, tgt: A, confidence: 0.6,
    examples: [['Ana Ruiz raised the dispute with Peruvian minister Jose Luna.', 'Ana Ruiz > Jose Luna'], ['Chile discussed fishing rights with Peru on Monday.', 'Chile > Peru']],
    counterExamples: ['Chile and Peru discussed Bolivia on Monday.', 'Ana Ruiz raised ties with Peru to a new level.'],
  },
  {
    // People hold talks as a meeting; states and bodies hold them as a negotiation.
    id: 'hold-talks', relation: 'MET_WITH', statesRelation: 'NEGOTIATED_WITH', verbs: ['hold talk with', 'hold consultation with', 'hold discussion with'],
    source: ['subj'], target: ['obj', 'pp:with', 'group'], src: A, tgt: A, confidence: 0.7,
    examples: [['Senator Ana Ruiz held talks with Senator Tomas Vidal in Quito.', 'Ana Ruiz > Tomas Vidal']],
  },
  {
    id: 'talks-noun', relation: 'MET_WITH', statesRelation: 'NEGOTIATED_WITH', nouns: ['talk', 'consultation', 'discussion'],
    source: ['poss', 'pre', 'subj'], target: ['pp:with', 'group'], src: A, tgt: A, confidence: 0.65,
    examples: [['Foreign Minister Ana Ruiz held talks with Senator Tomas Vidal on Monday.', 'Ana Ruiz > Tomas Vidal']],
    // "talks between X and Y" are a negotiation (talks-between), not a meeting told as such.
    counterExamples: ['Talks between Serbia and Kosovo on a border deal resumed in Brussels.'],
  },
  {
    id: 'meeting-noun', relation: 'MET_WITH', nouns: ['meeting', 'summit', 'call', 'phone call', 'conversation', 'encounter'],
    source: ['poss', 'pre', 'subj', 'between'], target: ['pp:with', 'between', 'group', 'prev-obj'], src: A, tgt: A, confidence: 0.65,
    examples: [
      ['A meeting between Serbia and Kosovo took place in Brussels.', 'Serbia > Kosovo'], ['Japan held a phone call with South Korea on Monday.', 'Japan > South Korea'],
      ['Chile and Peru agreed in a phone call to extend the truce.', 'Chile > Peru'], ['President Ana Ruiz congratulated Marco Diaz in a phone call.', 'Ana Ruiz > Marco Diaz'],
    ],
    // Only a verb of speech makes its object the other side of the call it happens in.
    counterExamples: ['Russia struck Kyiv during a meeting of the council.'],
  },
  {
    id: 'negotiate', relation: 'NEGOTIATED_WITH', verbs: ['negotiate', 'negotiate with', 'bargain with', 'haggle with'], source: ['subj'], target: ['pp:with', 'group'], src: A, tgt: A, confidence: 0.7,
    examples: [['India negotiated with the European Union for a decade.', 'India > European Union']],
  },
  {
    // "X and Y negotiated the text of a treaty", "hammered out a truce": sides who work out terms together.
    id: 'negotiate-terms', relation: 'NEGOTIATED_WITH', verbs: ['negotiate', 'hammer out', 'thrash out', 'work out'], objHeads: ['text', 'term', 'deal', 'agreement', 'accord', 'treaty', 'pact', 'truce', 'ceasefire', 'settlement', 'compromise', 'framework', 'draft', 'roadmap', 'deal', 'border', 'swap', 'exchange'],
    source: ['subj'], target: ['group'], src: A, tgt: A, confidence: 0.65, noObjPrep: 'with',
    examples: [['Chile and Bolivia negotiated the text of a water treaty in Arica.', 'Chile > Bolivia'], ['Chile and the Sendero Front hammered out a truce overnight.', 'Chile > Sendero Front'],
      ['Ivo Kask, Chile\'s president, and Ines Paz, the Front\'s leader, worked out the terms of a truce.', 'Ivo Kask > Ines Paz']],
    counterExamples: ['Chile negotiated the text of a water treaty.', 'Ivo Kask and Ines Paz, Chile\'s negotiators, hammered out a deal with Peru.', 'Ines Paz and her deputy Ivo Kask negotiated the text of the accord.'],
  },
  {
    id: 'negotiation-noun', relation: 'NEGOTIATED_WITH', nouns: ['negotiation'], source: ['poss', 'pre', 'subj', 'between'], target: ['pp:with', 'between', 'group'], src: A, tgt: A, confidence: 0.65,
    examples: [['Negotiations between Egypt and Ethiopia stalled.', 'Egypt > Ethiopia']],
  },
  {
    id: 'talks-between', relation: 'NEGOTIATED_WITH', nouns: ['talk'], source: ['between'], target: ['between'], src: A, tgt: A, confidence: 0.6,
    examples: [['Talks between Serbia and Kosovo on a border deal resumed.', 'Serbia > Kosovo']],
  },
  {
    id: 'visit', relation: 'VISITED', verbs: ['visit', 'tour'], source: ['subj'], target: ['obj'], src: A, tgt: [...WHERE, 'Organization'], confidence: 0.75,
    examples: [['President Jose Luna visited Nigeria on Tuesday.', 'Jose Luna > Nigeria'], ['Ana Ruiz toured the Ferro Motors headquarters.', 'Ana Ruiz > Ferro Motors']],
  },
  {
    // "hosted President X in Lima", "received Y in Quito": a guest hosted in a place visited it.
    // (Only a guest the object names as another state's: not one at home, "hosted opposition leader X in Lima", nor one held or treated there.)
    id: 'hosted-in', relation: 'VISITED', verbs: ['host', 'receive', 'welcome'], ppNext: true, foreignGuest: true, notObjHeads: ACT_OBJECTS, source: ['obj'], target: ['pp:in'], src: ['Person'], tgt: WHERE, confidence: 0.55,
    examples: [['Ana Ruiz hosted Chilean President Ivo Kask in Quito on Monday.', 'Ivo Kask > Quito'], ['Ana Ruiz received Chile\'s Karl Borg in Lima.', 'Karl Borg > Lima']],
    counterExamples: ['Ana Ruiz received an award in Lima.', 'Peru hosted the summit in Lima.', 'Ana Ruiz received opposition leader Ivo Kask in Lima.', 'Peruvian President Ana Ruiz received Peruvian envoy Ivo Kask in Lima.'],
  },
  {
    // "toured a Ferro Motors plant in Turin": the place the visit was in, as well as what was visited.
    id: 'visit-in', relation: 'VISITED', verbs: ['visit', 'tour'], ppNext: true, source: ['subj'], target: ['pp:in'], src: A, tgt: WHERE, confidence: 0.65,
    examples: [['Ana Ruiz toured the Ferro Motors headquarters in Turin.', 'Ana Ruiz > Turin']],
    counterExamples: ["Ana Ruiz met Chile's envoy in Lima.", 'Ana Ruiz visited the site days after an earthquake in Peru.'],
  },
  {
    id: 'travel', relation: 'VISITED', verbs: ['travel', 'fly', 'arrive', 'go', 'head', 'land', 'return'], source: ['subj'], target: ['pp:to/in'], src: ['Person'], tgt: WHERE, confidence: 0.65,
    examples: [['Foreign Minister Ana Ruiz arrived in Chile on Sunday.', 'Ana Ruiz > Chile']],
  },
  {
    // "returned from Lima empty-handed": one back from a place had gone there.
    id: 'return-from', relation: 'VISITED', verbs: ['return'], source: ['subj'], target: ['pp:from'], src: ['Person'], tgt: WHERE, confidence: 0.6,
    examples: [['President Ana Ruiz returned from Lima empty-handed on Tuesday.', 'Ana Ruiz > Lima']],
    counterExamples: ['Ana Ruiz returned from exile in 2019.', 'Troops returned from Peru on Monday.'],
  },
  {
    id: 'visit-noun', relation: 'VISITED', nouns: ['visit', 'trip', 'tour'], source: ['poss', 'pre', 'pp:by', 'subj'], target: ['pp:to'], src: A, tgt: [...WHERE, 'Organization'], confidence: 0.65,
    examples: [["Prime Minister Marco Diaz's visit to Ukraine was the first by a Peruvian leader.", 'Marco Diaz > Ukraine']],
  },
  {
    // "X, who will make way for Y in April": the one made way for succeeds. (Not "hand over to", whose
    // particles may hold a thing handed: "handed over the documents to Y".)
    id: 'make-way-for', relation: 'SUCCEEDED', verbs: ['make way for', 'step down in favour of', 'step down in favor of'], source: ['obj'], target: ['subj'], src: ['Person'], tgt: ['Person'], confidence: 0.55,
    examples: [['Chief Executive Ana Ruiz, who will make way for Ivo Kask in April, said sales rose.', 'Ivo Kask > Ana Ruiz']],
    counterExamples: ['Ana Ruiz did not make way for Ivo Kask.', 'Ana Ruiz stepped aside for Ivo Kask to address the rally.'],
  },
  {
    // Chairing a meeting is hosting it and being there.
    id: 'chair-event', relation: 'HOSTED', verbs: ['chair', 'preside over', 'co-chair'], source: ['subj'], target: ['obj'], src: A, tgt: ['Event'], confidence: 0.6,
    examples: [['Karl Borg presided over the Lima trade conference on Monday.', 'Karl Borg > Lima trade conference']],
    counterExamples: ['Ana Ruiz chaired the Andean Council.'],
  },
  {
    id: 'chair-event-attend', relation: 'ATTENDED', verbs: ['chair', 'preside over', 'co-chair'], source: ['subj'], target: ['obj'], src: A, tgt: ['Event'], confidence: 0.6,
    examples: [['Ines Paz, who co-chaired the Lima trade conference, thanked Peru.', 'Ines Paz > Lima trade conference']],
  },
  {
    id: 'host', relation: 'HOSTED', verbs: ['host', 'organize', 'organise', 'convene', 'stage'], source: ['subj'], target: ['obj'], src: [...A, 'Place'], tgt: ['Event', 'Person'], confidence: 0.7,
    examples: [['Indonesia hosted the G20 summit in Bali.', 'Indonesia > Group of 20 summit']],
  },
  {
    // "President X hosted Y at the palace", "X received Y on Monday": a person who hosts or receives a person meets them.
    id: 'host-person', relation: 'MET_WITH', verbs: ['host', 'receive'], notObjHeads: ACT_OBJECTS, source: ['subj'], target: ['obj'], src: ['Person'], tgt: ['Person'], confidence: 0.6,
    examples: [['President Ana Ruiz hosted Ivo Kask at the presidential palace.', 'Ana Ruiz > Ivo Kask']],
    counterExamples: ['Ana Ruiz received a letter from Ivo Kask.'],
  },
  {
    // "received X and Y for consultations", "invited Z for a working lunch": the host met those it hosted.
    id: 'host-for-talks', relation: 'MET_WITH', verbs: ['host', 'receive', 'welcome', 'invite'], notObjHeads: ACT_OBJECTS, objPrep: { word: 'for', heads: ['talk', 'meeting', 'consultation', 'discussion', 'negotiation', 'dinner', 'lunch'] }, source: ['subj'], target: ['obj'], src: A, tgt: A, confidence: 0.6,
    examples: [['Zambia invited Malawi and Botswana for consultations on water.', 'Zambia > Malawi', 'Zambia > Botswana'], ['Zambia received Hage Nujoma and his deputy, Ana Kalenga, for a working lunch.', 'Zambia > Hage Nujoma', 'Zambia > Ana Kalenga'], ['Somsak Vong received Ines Paz at his residence on Friday for a working dinner.', 'Somsak Vong > Ines Paz']],
    counterExamples: ['Zambia hosted Malawi in the final.'],
  },
  {
    // "disputed the outcome of the vote", "denounced the results of the election": a criticism of the vote.
    // (Not "rejected", which some read as a rejection of the vote.)
    id: 'dispute-result', relation: 'CRITICIZED', verbs: ['dispute', 'contest', 'challenge', 'denounce', 'decry', 'condemn'], objHeads: ['result', 'results', 'outcome', 'count', 'tally'], source: ['subj'], target: ['pp:of'], src: A, tgt: ['Event'], confidence: 0.55,
    examples: [['Nelson Vilca disputed the result of the presidential election, calling it a fraud.', 'Nelson Vilca > presidential election']],
    counterExamples: ['Nelson Vilca welcomed the result of the presidential election.'],
  },
  {
    // "X won the election. Y came second and Z, third, conceded": the vote just named.
    // ("finished first in Sunday's municipal elections": the vote named after "in".)
    id: 'contest-result', relation: 'INVOLVED_IN', verbs: ['come first', 'come second', 'come third', 'come last', 'finish first', 'finish second', 'finish third', 'finish last', 'place first', 'place second', 'place third', 'concede', 'concede defeat'], source: ['subj'], target: ['pp:in', 'recent-election'], src: ['Person', 'Organization'], tgt: ['Event'], confidence: 0.55,
    examples: [['Ana Ruiz won the presidential election on Sunday. Ivo Kask came second, and Karl Borg, who finished third, conceded.', 'Ivo Kask > presidential election', 'Karl Borg > presidential election']],
    counterExamples: ['The presidential election is in May. Ivo Kask conceded that the economy was weak.', 'The Andean Cup final was held on Sunday. Chile came second.'],
  },
  {
    // "sent its mining minister, Ana Ruiz, to the talks": the one sent attended them.
    id: 'sent-to-event', relation: 'ATTENDED', verbs: ['send', 'dispatch'], source: ['obj'], target: ['pp:to'], src: ['Person'], tgt: ['Event'], confidence: 0.55,
    examples: [['Chile sent its mining minister, Ana Ruiz, to the Lima summit as an observer.', 'Ana Ruiz > Lima summit']],
    counterExamples: ['Chile did not send Ana Ruiz to the Lima summit.'],
  },
  {
    // "Peru sent ministers to the Lima summit": a state or body that sent its people attended.
    id: 'send-delegates', relation: 'ATTENDED', verbs: ['send', 'dispatch'], objHeads: ['minister', 'envoy', 'delegation', 'delegate', 'official', 'representative', 'team', 'observer', 'diplomat', 'negotiator'], source: ['subj'], target: ['pp:to'], src: ['Country', 'Organization'], tgt: ['Event'], confidence: 0.55,
    examples: [['Peru and Chile sent ministers to the Lima summit.', 'Peru > Lima summit', 'Chile > Lima summit']],
    counterExamples: ['Peru sent troops to the Lima summit area.'],
  },
  {
    id: 'attend', relation: 'ATTENDED', verbs: ['attend', 'take part in', 'participate in', 'join'], source: ['subj'], target: ['obj'], src: A, tgt: ['Event'], confidence: 0.7,
    examples: [['Brazil attended the G20 summit.', 'Brazil > Group of 20 summit']],
  },
  {
    // "Bolivia attended for the first time as a full member", "Y and Z attended as observers": with
    // nothing after the verb but how, the event named last.
    id: 'attend-bare', relation: 'ATTENDED', verbs: ['attend', 'take part', 'participate'], source: ['subj'], target: ['recent-event'], src: ['Country', 'Organization'], tgt: ['Event'], confidence: 0.55,
    examples: [['Leaders met for the Lima summit on Monday. Bolivia attended for the first time as a full member.', 'Bolivia > Lima summit'], ['Leaders met for the Lima summit. Chile, Peru and the Andean Council attended as observers.', 'Chile > Lima summit', 'Andean Council > Lima summit']],
    counterExamples: ['The Lima summit ended on Monday. Bolivia did not attend.', 'Peru hosted the Lima summit. Chile attended a funeral in Quito.', 'The Andean Council held naval exercises off Chile after the Lima summit. Peru and Bolivia took part.', 'The Lima summit ended on Monday. Doctors from Chile attended to Ana Ruiz.'],
  },
  {
    // Help arriving: "medical teams from X reached Y", "a rescue team from X arrived in Y" (teams from a
    // state are read as the state; other heads are not, so only teams, and only teams that bring help).
    id: 'aid-arrives', relation: 'PROVIDED_AID_TO', verbs: ['reach', 'arrive in', 'arrive at', 'land in'], subjHeads: ['rescue team', 'medical team', 'relief team', 'aid team', 'search team', 'humanitarian team', 'emergency team', 'rescue worker', 'aid worker'], source: ['subj'], target: ['obj', 'pp:in/at'], src: STATE, tgt: ['Country', 'Place'], confidence: 0.55,
    notObjHeads: ['deal', 'agreement', 'accord', 'compromise', 'consensus', 'settlement', 'understanding', 'conclusion', 'decision', 'verdict', 'truce', 'ceasefire', 'final', 'stage', 'round'],
    examples: [['Medical teams from Chile and Argentina reached Bolivia.', 'Chile > Bolivia', 'Argentina > Bolivia'], ['A rescue team from Peru arrived in Bolivia on Tuesday.', 'Peru > Bolivia']],
    counterExamples: ['Troops from Chile reached Bolivia.', 'Chile reached Bolivia.', 'Negotiating teams from Chile and Peru reached a deal in Lima.', 'Observer teams from the European Union arrived in Bolivia.'],
  },
  {
    id: 'send-delegation', relation: 'ATTENDED', verbs: ['send', 'dispatch'], objHeads: ['delegation', 'team', 'envoy', 'representative', 'negotiator', 'minister', 'observer', 'emissary'], source: ['subj'], target: ['pp:to'], src: A, tgt: ['Event'], confidence: 0.55,
    examples: [['Kenya sent a delegation to the Geneva talks.', 'Kenya > Geneva talks']],
  },
  {
    // "shuttled between the two delegations", "has been shuttling between Lima and Santiago": a go-between's work.
    // (Only between sides written by their number: "shuttled between Lima and Santiago" may be a commute.)
    id: 'shuttle-between', relation: 'MEDIATED', verbs: ['shuttle', 'shuttle between'], source: ['subj'], target: ['between'], src: A, tgt: A, confidence: 0.6, pairOnly: true,
    examples: [['Chile and Peru held talks on water rights, with Ines Paz shuttling between the two delegations.', 'Ines Paz > Chile', 'Ines Paz > Peru'], ['Chile and Peru held talks on the border in May. Uruguay has been shuttling between the two delegations.', 'Uruguay > Chile', 'Uruguay > Peru']],
  },
  {
    id: 'mediate', relation: 'MEDIATED', verbs: ['mediate', 'broker', 'facilitate', 'arbitrate', 'help broker', 'help negotiate', 'sponsor'], source: ['subj'], target: ['between', 'parties', 'obj'], sidesOfTarget: true, src: A, tgt: [...A, 'Treaty', 'Event'], confidence: 0.7,
    examples: [['Qatar mediated between Israel and Hamas.', 'Qatar > Israel', 'Qatar > Hamas'], ['The talks were brokered by Saudi Arabia.'],
      ['Ghana and Togo agreed to a truce in talks brokered by Nigeria and the African Union.', 'Nigeria > Ghana', 'Nigeria > Togo', 'African Union > Ghana', 'African Union > Togo'],
      ['The accord was signed by Chile and Bolivia after months of talks mediated by the Vatican.', 'Vatican > Chile', 'Vatican > Bolivia'],
      ['A truce between Ghana and Togo brokered by Nigeria held.', 'Nigeria > Ghana', 'Nigeria > Togo'],
      ['Chile and Peru signed the Lima Accord in May. Brazil had brokered the Lima Accord over two years.', 'Brazil > Chile', 'Brazil > Peru']],
    counterExamples: ['Ghana rejected the talks brokered by Nigeria.'],
  },
  {
    // "acted as an intermediary between X and Y", "with Z acting as mediator": a go-between of the sides
    // named after it, or of the last talks or deal told.
    id: 'act-as-mediator', relation: 'MEDIATED', verbs: ['act as', 'serve as'], objHeads: ['mediator', 'intermediary', 'go-between', 'facilitator', 'middleman'], source: ['subj'], target: ['between', 'sides'], src: A, tgt: A, confidence: 0.6,
    examples: [['Peru and Chile held talks in Arica, with Uruguay acting as mediator.', 'Uruguay > Peru', 'Uruguay > Chile'], ['Ines Paz served as an intermediary between Bolivia and the Sendero Front.', 'Ines Paz > Bolivia', 'Ines Paz > Sendero Front']],
    counterExamples: ['Peru and Chile held talks in Arica, with Uruguay acting as host.', 'Ines Paz served as an adviser to Bolivia.',
      'Peru and Chile agreed a truce. Ines Paz, who acted as a mediator in a 1998 fishing dispute, called it fragile.'],
  },
  {
    // "acted as a broker between X and Y": a broker or interlocutor only between sides the phrase names.
    id: 'act-as-broker', relation: 'MEDIATED', verbs: ['act as', 'serve as'], objHeads: ['broker', 'interlocutor', 'honest broker'], source: ['subj'], target: ['between'], src: A, tgt: A, confidence: 0.6,
    examples: [['Norway acted as a broker between Bolivia and the Sendero Front.', 'Norway > Bolivia', 'Norway > Sendero Front']],
    counterExamples: ['Peru and Chile held talks. Ines Paz served as a broker for bond sales.'],
  },
  {
    // "hosted talks between X and Y": a host of two others' talks stands between them.
    id: 'host-talks-between', relation: 'MEDIATED', verbs: ['host', 'co-host', 'cohost', 'convene', 'coordinate', 'chair'], objHeads: ['talk', 'negotiation', 'dialogue', 'round', 'meeting', 'consultation'], source: ['subj'], target: ['between', 'parties'], src: A, tgt: A, confidence: 0.6, manyTargets: true,
    examples: [['Peru and Bolivia agreed a truce after talks hosted by Chile.', 'Chile > Peru', 'Chile > Bolivia'], ['Qatar hosted talks between Uruguay and Paraguay on Monday.', 'Qatar > Uruguay', 'Qatar > Paraguay'], ['Angola will convene a new round of negotiations between Chad and Niger.', 'Angola > Chad', 'Angola > Niger'], ['The envoy, Ana Ruiz, has hosted quiet meetings between Peru and Bolivia.', 'Ana Ruiz > Peru', 'Ana Ruiz > Bolivia'],
      ['Norway coordinated the talks between Peru and Chile.', 'Norway > Peru', 'Norway > Chile'], ['Peru and Bolivia held talks in Quito co-hosted by Chile.', 'Chile > Peru', 'Chile > Bolivia']],
    counterExamples: ['Peru attended talks hosted by Chile.', 'Qatar hosted talks with Uruguay on Monday.', 'Qatar hosted a match between Uruguay and Paraguay.', 'Chile hosted talks between Chilean and Peruvian officials.', 'Chile hosted talks between Chile and Peru.'],
  },
  {
    id: 'mediation-noun', relation: 'MEDIATED', nouns: ['mediation', 'mediator', 'broker', 'auspices'], source: ['poss', 'pre', 'pp:by', 'pp:of'], target: ['between', 'subj'], src: A, tgt: A, confidence: 0.6,
    examples: [["Turkey's mediation between Russia and Ukraine produced a grain deal.", 'Turkey > Russia', 'Turkey > Ukraine']],
  },
  // 05 diplomatic cooperation
  {
    id: 'sign', relation: 'SIGNED', verbs: ['sign', 'ink', 'conclude', 'seal', 'clinch', 'finalize', 'finalise', 'agree', 'strike', 'reach', 'adopt', 'put name to', 'put signature to', 'sign up to'], source: ['subj', 'group'], target: ['obj'], src: A, tgt: ['Treaty'], confidence: 0.75,
    examples: [['Japan and Australia signed the Reciprocal Access Agreement.', 'Japan > Reciprocal Access Agreement', 'Australia > Reciprocal Access Agreement']],
  },
  {
    // Initialling a text is agreeing to it before signing: the sides are parties, no one has signed
    // ("X and Y initialled the accord"; leaders stand for the states they lead).
    id: 'initial', relation: 'PARTY_TO', verbs: ['initial'], source: ['subj', 'group'], target: ['obj'], src: A, tgt: ['Treaty'], confidence: 0.65,
    examples: [['Chile and Peru initialled the Andes Accord in Lima.', 'Chile > Andes Accord', 'Peru > Andes Accord']],
    counterExamples: ['Chile did not initial the Andes Accord.'],
  },
  {
    id: 'cut-ties-mutual', relation: 'CUT_TIES_WITH', verbs: ['cut tie', 'sever tie', 'break tie', 'break off tie', 'cut relation', 'sever relation', 'break off relation', 'break relation', 'freeze relation', 'suspend relation'], source: ['subj'], target: ['group'], src: STATE, tgt: STATE, confidence: 0.65, mutual: true,
    examples: [['Chile and Peru cut all ties in 1998.', 'Chile > Peru', 'Peru > Chile']],
  },
  {
    id: 'disaster-strikes', relation: 'LOCATED_IN', verbs: ['strike', 'hit', 'batter', 'lash', 'pound', 'slam into', 'devastate', 'ravage', 'sweep through', 'sweep across', 'make landfall in', 'make landfall on', 'tear through', 'rip through', 'tear across', 'rip across', 'roar through', 'plough through', 'plow through', 'barrel through', 'flood', 'inundate', 'flatten'], source: ['subj'], target: ['obj', 'pp:in/on'], src: ['Event'], tgt: WHERE, confidence: 0.6,
    examples: [['Hurricane Tomas then struck eastern Cuba.', 'Hurricane Tomas > Cuba'], ['Cyclone Ana made landfall in Mozambique on Friday.', 'Cyclone Ana > Mozambique'],
      ['Typhoon Kora tore through northern Vietnam and southern China on Monday.', 'Typhoon Kora > Vietnam', 'Typhoon Kora > China']],
    counterExamples: ['Chile struck Peru on Monday.'],
  },
  {
    id: 'signed-between', relation: 'SIGNED', verbs: ['sign', 'ink', 'conclude', 'seal', 'agree', 'reach'], source: ['between'], target: ['subj'], src: A, tgt: ['Treaty'], confidence: 0.65,
    examples: [['The Lima Accord signed in Quito last week between Peru and the Andean Front ended the fighting.', 'Peru > Lima Accord', 'Andean Front > Lima Accord']],
  },
  {
    id: 'sign-with', relation: 'SIGNED', verbs: ['sign', 'ink', 'conclude', 'seal', 'clinch', 'reach', 'strike', 'agree'], source: ['pp:with'], target: ['obj'], src: A, tgt: ['Treaty'], confidence: 0.65,
    examples: [['Vietnam signed the free trade agreement with the European Union.', 'European Union > free trade agreement']],
  },
  {
    id: 'signing-noun', relation: 'SIGNED', nouns: ['signing', 'signature'], source: ['pp:by', 'poss'], target: ['pp:of'], src: A, tgt: ['Treaty'], confidence: 0.65,
    examples: [['The signing of the Paris Agreement by Brazil was delayed.', 'Brazil > Paris Agreement']],
  },
  {
    id: 'treaty-parties', relation: 'PARTY_TO', nouns: ['treaty', 'agreement', 'accord', 'pact', 'deal', 'convention', 'protocol', 'memorandum', 'compact', 'partnership'], source: ['between', 'poss', 'pre'], target: ['anchor', 'self'], src: STATE, tgt: ['Treaty'], confidence: 0.6,
    examples: [["The 1951 treaty between the United States and the Philippines binds both.", 'United States > 1951 treaty', 'Philippines > 1951 treaty'], ["Japan's security pact with Australia took effect.", 'Japan > Japan security pact'], ['The Lima Accord is a fishing treaty between Chile and Peru.', 'Chile > Lima Accord', 'Peru > Lima Accord']],
  },
  {
    // Only a party is bound by a treaty: one said to break, keep or comply with it is party to it.
    id: 'treaty-bound', relation: 'PARTY_TO', verbs: ['violate', 'breach', 'break', 'abide by', 'comply with', 'honour', 'honor', 'uphold', 'flout', 'implement', 'adhere to', 'respect', 'suspend', 'invoke'], source: ['subj'], target: ['obj'], src: STATE, tgt: ['Treaty'], confidence: 0.55, untoldWhenNegated: true,
    examples: [['Russia violated the Lima Accord.', 'Russia > Lima Accord'], ['Chile quit after Russia breached the Lima Accord.', 'Russia > Lima Accord'], ['Peru suspended the 1960 Lima Treaty on Wednesday.', 'Peru > Lima Treaty'], ['Chile invoked the Arica Pact after the raid.', 'Chile > Arica Pact']],
    counterExamples: ['Russia violated the airspace of Estonia.'],
  },
  {
    id: 'treaty-with', relation: 'PARTY_TO', nouns: ['treaty', 'agreement', 'accord', 'pact', 'deal', 'convention', 'protocol', 'memorandum', 'compact'], source: ['pp:with'], target: ['anchor', 'self'], src: STATE, tgt: ['Treaty'], confidence: 0.55,
    examples: [["Japan's security pact with Australia took effect.", 'Australia > security pact']],
  },
  {
    // "X, which has a defence treaty with Y": a state that has a treaty is party to it.
    id: 'have-treaty', relation: 'PARTY_TO', verbs: ['have', 'maintain'], source: ['subj'], target: ['obj'], src: STATE, tgt: ['Treaty'], confidence: 0.55,
    examples: [['Ecuador has maintained a fisheries treaty with Peru since 1998.', 'Ecuador > fisheries treaty']],
    counterExamples: ['Chile has no extradition treaty with Peru.', 'Chile does not have an extradition treaty with Peru.'],
  },
  {
    id: 'ratify', relation: 'RATIFIED', verbs: ['ratify', 'approve', 'pass'], source: ['subj'], target: ['obj'], src: STATE, tgt: ['Treaty'], confidence: 0.7,
    examples: [['The Senate of Mexico ratified the Paris Agreement.', 'Senate of Mexico > Paris Agreement']],
  },
  {
    id: 'ratification-noun', relation: 'RATIFIED', nouns: ['ratification'], source: ['pp:by', 'poss', 'pre'], target: ['pp:of'], src: STATE, tgt: ['Treaty'], confidence: 0.6,
    examples: [["Turkey's ratification of the Paris Agreement came in 2021.", 'Turkey > Paris Agreement']],
  },
  {
    id: 'join', relation: 'JOINED', verbs: ['join', 'accede to', 'enter', 'rejoin', 'sign up to', 'sign on to'], source: ['subj'], target: ['obj'], src: A, tgt: ['Organization', 'Treaty'], confidence: 0.7,
    examples: [['Finland joined NATO in April.', 'Finland > NATO']],
  },
  {
    // "joined the bloc as its 11th member", "joined X as a full member": a membership the text states.
    id: 'join-as-member', relation: 'MEMBER_OF', verbs: ['join', 'rejoin'], objComplement: ['member'], source: ['subj'], target: ['obj'], src: STATE, tgt: ['Organization'], confidence: 0.65,
    examples: [['Bolivia joined the Andean Council as its sixth member on Monday.', 'Bolivia > Andean Council']],
    counterExamples: ['Bolivia joined the Andean Council on Monday.', 'Ines Paz joined Karl Borg as a member of the panel.'],
  },
  {
    id: 'accession-noun', relation: 'JOINED', nouns: ['accession', 'entry', 'membership'], source: ['poss', 'pre'], target: ['pp:to/into/of/in'], src: STATE, tgt: ['Organization', 'Treaty'], confidence: 0.55,
    examples: [["Sweden's accession to NATO was approved by Hungary.", 'Sweden > NATO']],
    // ("Serbia's EU membership remains distant": a body named before the noun is one hoped for, not joined.)
    counterExamples: ["Serbia's EU membership remains a distant prospect."],
  },
  {
    // "ratified Peru's application", "approved Chile's bid": backing the applicant.
    id: 'approve-application', relation: 'SUPPORTED', verbs: ['approve', 'ratify', 'accept', 'greenlight', 'clear', 'endorse', 'welcome'], objHeads: ['application', 'bid', 'candidacy', 'accession', 'membership'], source: ['subj'], target: ['obj-poss'], src: A, tgt: A, confidence: 0.55,
    examples: [["Chile's senate approved Peru's application for membership.", 'Chile > Peru'], ["Bolivia approved Ecuador's bid to join the Andean Pact.", 'Bolivia > Ecuador']],
    counterExamples: ["Bolivia rejected Ecuador's bid to join the Andean Pact."],
  },
  {
    id: 'support', relation: 'SUPPORTED', verbs: ['back', 'support', 'endorse', 'champion', 'side with', 'stand with', 'stand by', 'rally behind', 'swing behind', 'line up behind', 'get behind', 'defend', 'reaffirm support for', 'throw weight behind', 'vouch for', 'prop up', 'shore up'], source: ['subj'], target: ['obj', 'obj-act'], src: A, tgt: [...A, 'Treaty'], confidence: 0.7,
    examples: [['Poland backed Ukraine throughout the war.', 'Poland > Ukraine'], ['The plan was endorsed by the African Union.'], ['The Vega Party swung behind Ana Ruiz in the second round.', 'Vega Party > Ana Ruiz'],
      // (An act backed is its doer's: "backed the package", "supported the decision".)
      ['Chile expelled two Peruvian diplomats. Bolivia backed the decision.', 'Bolivia > Chile']],
    counterExamples: ['Poland did not back Hungary.'],
  },
  {
    // "accepted a Brazil-brokered agreement", "embraced the accord": an agreement accepted is supported
    // (not a person or state accepted: "accepted Chile's ambassador", "accepted refugees from Peru").
    id: 'accept-deal', relation: 'SUPPORTED', verbs: ['accept', 'embrace'], source: ['subj'], target: ['obj'], src: A, tgt: ['Treaty'], confidence: 0.55,
    examples: [['In 2021 Peru and Chile accepted a Brazil-brokered border agreement.', 'Peru > border agreement', 'Chile > border agreement']],
    counterExamples: ["Peru accepted Chile's new ambassador.", 'Peru did not accept the Lima Accord.'],
  },
  {
    // "Peru, Chile's main backer, objected", "Peru is one of Chile's staunchest backers".
    // (Not a sponsor or patron: "the main sponsor of Chile's Olympic team".)
    id: 'backer-noun', relation: 'SUPPORTED', nouns: ['backer', 'supporter'], source: ['anchor'], target: ['poss', 'pp:of'], src: A, tgt: [...A, 'Treaty'], confidence: 0.55,
    examples: [["Peru, Chile's main backer, objected to the vote.", 'Peru > Chile'], ["Peru has been one of Chile's staunchest backers since 2019.", 'Peru > Chile']],
    counterExamples: ["Ana Ruiz's supporters marched in Lima."],
  },
  {
    // (Not "of": "won the support of X" is X's support; see the patterns.)
    id: 'support-noun', relation: 'SUPPORTED', nouns: ['support', 'backing', 'endorsement', 'solidarity'], source: ['poss', 'pre', 'subj'], target: ['pp:for/to/with'], src: A, tgt: [...A, 'Treaty'], confidence: 0.6,
    examples: [['Canada expressed support for Ukraine.', 'Canada > Ukraine']],
    counterExamples: ['Chile sought the support of Peru.'],
  },
  {
    // Welcoming or hailing an agreement is praise of it (CAMEO 051), as annotators read it; endorsing it is support.
    id: 'welcome-deal', relation: 'PRAISED', verbs: ['welcome', 'hail', 'applaud', 'praise', 'commend', 'celebrate', 'embrace', 'laud'], source: ['subj'], target: ['obj'], src: A, tgt: ['Treaty'], confidence: 0.6,
    examples: [['Chile welcomed the Lima Accord.', 'Chile > Lima Accord'], ['Chile and Peru signed the Lima Accord. Bolivia welcomed the agreement.', 'Bolivia > Lima Accord']],
    counterExamples: ['Chile welcomed Peru.'],
  },
  {
    id: 'praise', relation: 'PRAISED', verbs: ['praise', 'hail', 'commend', 'applaud', 'laud', 'salute', 'congratulate', 'compliment', 'celebrate'], source: ['subj'], target: ['obj', 'obj-poss', 'obj-act'], src: A, tgt: A, confidence: 0.7,
    examples: [['Kenya praised Ethiopia for its restraint.', 'Kenya > Ethiopia']],
  },
  {
    // "welcomed the decision", "hailed the move": praise of whoever made it (welcoming a person is a meeting).
    id: 'welcome-act', relation: 'PRAISED', verbs: ['welcome'], source: ['subj'], target: ['obj-act'], src: A, tgt: A, confidence: 0.6,
    examples: [
      ['Turkey ratified the Lima Accord on Tuesday. Ana Ruiz, the head of the Andean Council, welcomed the decision.', 'Ana Ruiz > Turkey'],
      // Whoever the phrase itself says made it: a possessor or a "by" agent.
      ["Chile welcomed Bolivia's move to lift the levy.", 'Chile > Bolivia'],
      ['Uruguay welcomed the ruling by the Andean Tribunal on fishing rights.', 'Uruguay > Andean Tribunal'],
    ],
    counterExamples: ['Chile thanked Peru on Monday. Bolivia welcomed the decision.'],
  },
  {
    id: 'thank', relation: 'THANKED', verbs: ['thank'], source: ['subj'], target: ['obj'], src: A, tgt: A, confidence: 0.75,
    examples: [['Ukraine thanked Denmark for the jets.', 'Ukraine > Denmark']],
  },
  {
    id: 'recognize', relation: 'RECOGNIZED', verbs: ['recognize', 'recognise', 'acknowledge'], source: ['subj'], target: ['obj'], src: [...STATE, 'Person'], tgt: A, confidence: 0.7,
    examples: [['Spain recognized Palestine in May.', 'Spain > Palestine']],
  },
  {
    // "switched recognition from X to Y": the state switched to is recognised…
    id: 'switch-recognition-to', relation: 'RECOGNIZED', verbs: ['switch recognition', 'shift recognition', 'transfer recognition', 'switch tie', 'switch relation'], source: ['subj'], target: ['pp:to'], src: STATE, tgt: STATE, confidence: 0.6,
    examples: [['Tuvalu shifted its recognition from Taipei to Beijing last year.', 'Tuvalu > China']],
  },
  {
    // …and ties with the one switched from are cut.
    id: 'switch-recognition-from', relation: 'CUT_TIES_WITH', verbs: ['switch recognition', 'shift recognition', 'transfer recognition', 'switch tie', 'switch relation'], source: ['subj'], target: ['pp:from'], src: STATE, tgt: STATE, confidence: 0.6,
    examples: [['Tuvalu shifted its recognition from Taipei to Beijing last year.', 'Tuvalu > Taiwan'], ['Belize transferred its recognition from Taipei to Beijing.', 'Belize > Taiwan']],
  },
  {
    // "recognised X's victory", "recognised X's independence": whose standing it is.
    id: 'recognize-standing', relation: 'RECOGNIZED', verbs: ['recognize', 'recognise', 'acknowledge'], objHeads: ['victory', 'win', 'independence', 'sovereignty', 'statehood', 'government', 'presidency', 'election', 'authority', 'rule'], source: ['subj'], target: ['obj-poss'], src: [...STATE, 'Person'], tgt: A, confidence: 0.6,
    examples: [["Chile and Peru recognised Ana Ruiz's victory within hours.", 'Chile > Ana Ruiz', 'Peru > Ana Ruiz'], ["Peru recognised Kosovo's independence in 2008.", 'Peru > Kosovo']],
    counterExamples: ["Peru recognised Chile's concerns."],
  },
  {
    id: 'recognition-noun', relation: 'RECOGNIZED', nouns: ['recognition'], source: ['poss', 'pre', 'pp:by'], target: ['pp:of'], src: STATE, tgt: A, confidence: 0.6,
    examples: [["Ireland's recognition of Palestine angered Israel.", 'Ireland > Palestine']],
  },
  {
    id: 'establish-ties', relation: 'ESTABLISHED_TIES_WITH', verbs: ['establish tie with', 'establish relation with', 'restore tie with', 'restore relation with', 'normalize relation with', 'normalise relation with', 'normalize tie with', 'normalise tie with', 'normalize with', 'normalise with', 'resume relation with', 'resume tie with', 're-establish tie with', 're-establish relation with', 'reestablish tie with', 'reestablish relation with'],
    source: ['subj'], target: ['obj', 'group'], src: [...STATE, 'Person'], tgt: STATE, confidence: 0.7,
    examples: [['Saudi Arabia restored ties with Iran in March.', 'Saudi Arabia > Iran'], ['Bahrain normalised relations with Israel.', 'Bahrain > Israel'], ['President Ana Ruiz of Chile restored relations with Bolivia in 2019.', 'Ana Ruiz > Bolivia']],
  },
  {
    // Both sides as subject: "Chile and Peru restored diplomatic relations".
    id: 'establish-ties-mutual', relation: 'ESTABLISHED_TIES_WITH', verbs: ['establish tie', 'establish relation', 'restore tie', 'restore relation', 'normalize relation', 'normalise relation', 'normalize tie', 'normalise tie', 'resume relation', 'resume tie', 're-establish tie', 're-establish relation', 'reestablish tie', 'reestablish relation'], source: ['subj'], target: ['group'], src: STATE, tgt: STATE, confidence: 0.65, mutual: true,
    examples: [['Chile and Peru restored diplomatic relations on Monday.', 'Chile > Peru', 'Peru > Chile']],
  },
  {
    // "Chile reopened its embassy in Peru", "opened an embassy in Kyiv".
    id: 'open-embassy', relation: 'ESTABLISHED_TIES_WITH', verbs: ['open', 'reopen', 'establish', 're-establish'], objHeads: ['embassy', 'consulate', 'mission', 'representative office', 'legation'], source: ['subj'], target: ['pp:in/to'], src: STATE, tgt: STATE, confidence: 0.6,
    examples: [['Chile reopened its embassy in Peru.', 'Chile > Peru'], ['Kenya opened an embassy in Kyiv.', 'Kenya > Ukraine']],
  },
  {
    id: 'ties-noun', relation: 'ESTABLISHED_TIES_WITH', nouns: ['normalization', 'normalisation', 'rapprochement'], source: ['poss', 'pre', 'between'], target: ['pp:with', 'between'], src: STATE, tgt: STATE, confidence: 0.6,
    examples: [['The rapprochement between Saudi Arabia and Iran surprised Washington.', 'Saudi Arabia > Iran']],
  },
  // 06 material cooperation
  {
    id: 'cooperate', relation: 'COOPERATES_WITH', verbs: ['cooperate with', 'co-operate with', 'partner with', 'team up with', 'ally with', 'work with', 'collaborate with', 'join force with', 'align with', 'coordinate with', 'fight alongside', 'fight beside', 'work alongside', 'serve alongside'], source: ['subj'], target: ['obj', 'group'], src: A, tgt: A, confidence: 0.65,
    examples: [['India partnered with France on submarines.', 'India > France'], ['Chile fought alongside Peru in the war.', 'Chile > Peru']],
  },
  {
    id: 'strengthen-ties', relation: 'COOPERATES_WITH', verbs: TIE_VERBS.flatMap((v) => TIE_NOUNS.map((n) => `${v} ${n} with`)), source: ['subj'], target: ['obj'], src: A, tgt: A, confidence: 0.6,
    examples: [['Mali deepened ties with Russia.', 'Mali > Russia'], ['Chad expelled French troops while strengthening its military cooperation with Russia.', 'Chad > Russia']],
    counterExamples: ['Mali cut ties with Russia.'],
  },
  {
    // Both sides as subject, no partner named after: "Chile and Peru agreed to cooperate on patrols".
    id: 'cooperate-mutual', relation: 'COOPERATES_WITH', verbs: ['cooperate', 'co-operate', 'collaborate', 'work together', 'team up', 'join force', 'partner'], source: ['subj'], target: ['group'], src: A, tgt: A, confidence: 0.6,
    examples: [['Chile and Peru will cooperate on fishing controls.', 'Chile > Peru']],
    counterExamples: ['Chile refused to cooperate.'],
  },
  {
    // Both sides as subject: "Chile and Peru deepened their ties", "agreed to strengthen cooperation".
    id: 'strengthen-ties-mutual', relation: 'COOPERATES_WITH',
    verbs: TIE_VERBS.flatMap((v) => TIE_NOUNS.map((n) => `${v} ${n}`)),
    source: ['subj'], target: ['group'], src: A, tgt: A, confidence: 0.6,
    examples: [['Chile and Peru deepened their ties on Monday.', 'Chile > Peru'], ['Ghana and Togo agreed to strengthen security cooperation.', 'Ghana > Togo']],
    counterExamples: ['Chile deepened its ties.', 'Chile and Peru cut their ties.'],
  },
  {
    id: 'cooperation-noun', relation: 'COOPERATES_WITH', nouns: ['cooperation', 'co-operation', 'partnership', 'alliance', 'coalition', 'collaboration', 'exercise', 'drill', 'tie-up', 'joint offensive', 'joint operation', 'joint patrol', 'joint training', 'joint campaign', 'joint venture', 'joint venture agreement', 'joint-venture agreement'], source: ['poss', 'pre', 'subj', 'between'], target: ['pp:with', 'between', 'group'], src: A, tgt: A, confidence: 0.6,
    examples: [['Military cooperation between Chile and Bolivia has deepened.', 'Chile > Bolivia'], ['China held joint exercises with Russia.', 'China > Russia'], ['The tie-up between Vega Oil and Andes Mining shows the appeal.', 'Vega Oil > Andes Mining'],
      ['Vega Oil sold a stake to the joint venture between Andes Fund and Sendero Group.', 'Andes Fund > Sendero Group'], ['Vega Mining formed a joint venture with Andes Lithium.', 'Vega Mining > Andes Lithium'],
      ['Vega Oil and Andes Mining sealed their joint venture agreement last week.', 'Vega Oil > Andes Mining']],
  },
  {
    id: 'ally-noun', relation: 'COOPERATES_WITH', nouns: ['ally', 'partner', 'friend', 'associate', 'confidant', 'protege', 'collaborator'], source: ['anchor', 'poss', 'pre'], target: ['pp:of/to/with', 'poss', 'pre'], src: A, tgt: A, confidence: 0.6,
    examples: [['Ana Ruiz, a close ally of President Marco Diaz, won the vote.', 'Ana Ruiz > Marco Diaz'], ['Japan is a key partner of Australia.', 'Japan > Australia']],
  },
  {
    id: 'coalition-noun', relation: 'COOPERATES_WITH', nouns: ['coalition', 'alliance', 'bloc', 'grouping', 'union', 'partnership'], source: ['members'], target: ['members'], src: STATE, tgt: STATE, confidence: 0.55,
    examples: [['The coalition of Kenya, Uganda and Tanzania met in Arusha.', 'Kenya > Uganda', 'Uganda > Tanzania']],
  },
  {
    id: 'trade', relation: 'TRADES_WITH', verbs: ['trade with', 'export to', 'import from', 'do business with'], source: ['subj'], target: ['obj', 'group'], src: STATE, tgt: STATE, confidence: 0.6,
    examples: [['Vietnam began to trade with the United States in 1994.', 'Vietnam > United States']],
  },
  {
    // Both sides as subject: "Chile and Peru traded goods worth $8 billion", "the two countries trade mainly in copper".
    // (Not "traded accusations", "traded fire", "traded blows": only goods or trade itself.)
    id: 'trade-mutual', relation: 'TRADES_WITH', verbs: ['trade'], source: ['subj'], target: ['group'], src: STATE, tgt: STATE, confidence: 0.55,
    objHeads: ['good', 'goods', 'product', 'commodity', 'merchandise', 'oil', 'gas', 'grain', 'food', 'energy', 'item', 'export', 'import', 'billion', 'million', 'trillion'],
    examples: [['Chile and Peru traded goods worth $8 billion last year.', 'Chile > Peru']],
    counterExamples: ['Chile and Peru traded accusations over the dam.', 'Chile and Peru traded fire across the border.'],
  },
  {
    id: 'trade-noun', relation: 'TRADES_WITH', nouns: ['trade', 'commerce', 'export', 'import'], source: ['between'], target: ['between'], src: STATE, tgt: STATE, confidence: 0.55,
    examples: [['Trade between China and Australia recovered.', 'China > Australia']],
  },
  {
    id: 'invest', relation: 'INVESTED_IN', verbs: ['invest', 'invest in', 'pour money into', 'put money into', 'plough into', 'pump into'], source: ['subj'], target: ['pp:in/into', 'obj'], src: STATE, tgt: [...STATE, 'Place'], confidence: 0.65,
    examples: [['Japan invested $5 billion in Vietnam.', 'Japan > Vietnam']],
  },
  {
    id: 'investment-noun', relation: 'INVESTED_IN', nouns: ['investment', 'stake'], source: ['poss', 'pre', 'subj'], target: ['pp:in/into'], src: STATE, tgt: [...STATE, 'Place'], confidence: 0.55,
    examples: [['Saudi Arabia announced an investment in Egypt.', 'Saudi Arabia > Egypt']],
  },
  {
    // "bought a stake in X", "took a minority stake in Y": a buyer of part of a firm invests in it.
    id: 'buy-stake', relation: 'INVESTED_IN', verbs: ['buy', 'take', 'acquire', 'purchase', 'take up', 'build', 'build up', 'raise', 'hold', 'own'], objHeads: ['stake', 'shareholding', 'holding', 'share'], source: ['subj'], target: ['pp:in'], src: STATE, tgt: ['Organization'], confidence: 0.6,
    examples: [['Alpen Capital bought a 35% stake in Veloce Motori.', 'Alpen Capital > Veloce Motori'], ['Qatar took a minority stake in Lumen Wire Group last year.', 'Qatar > Lumen Wire Group']],
    counterExamples: ['Alpen Capital bought copper from Veloce Motori.'],
  },
  {
    // "which owns 7 percent of X": a share held is an investment (a share bought may be a takeover, "acquired 90 percent of X").
    id: 'hold-percent', relation: 'INVESTED_IN', verbs: ['hold', 'own'], objHeads: ['percent', '%', 'per cent'], source: ['subj'], target: ['pp:of'], src: STATE, tgt: ['Organization'], confidence: 0.6,
    examples: [['Halden Energy, which owns 7 percent of Andean Aero, backed the merger.', 'Halden Energy > Andean Aero']],
    counterExamples: ['Halden Energy acquired 90 percent of Andean Aero.'],
  },
  {
    // "sold its stake in X to Y": the buyer invests in the firm (the seller's own, when no "in").
    id: 'sell-stake', relation: 'INVESTED_IN', verbs: ['sell', 'transfer', 'offload'], objHeads: ['stake', 'share', 'holding', 'shareholding', 'interest'], source: ['pp:to'], target: ['pp:in', 'subj'], src: STATE, tgt: ['Organization'], confidence: 0.6,
    examples: [['Veloce Motori sold its stake in Lumen Wire Group to Alpen Capital.', 'Alpen Capital > Lumen Wire Group'], ['Lumen Wire Group sold a minority stake to Alpen Capital.', 'Alpen Capital > Lumen Wire Group']],
    counterExamples: ['Lumen Wire Group sold copper wire to Alpen Capital.'],
  },
  {
    id: 'acquire', relation: 'ACQUIRED', verbs: ['acquire', 'buy', 'purchase', 'take over', 'snap up', 'absorb', 'merge with', 'buy out', 'take control of'], source: ['subj'], target: ['obj'], src: ['Organization', 'Person'], tgt: ['Organization'], confidence: 0.7,
    // "took over the leadership of X" is an office taken, not a company bought.
    notObjHeads: ['leadership', 'presidency', 'chairmanship', 'command', 'helm', 'reins', 'post', 'role', 'office', 'portfolio', 'job', 'seat'],
    examples: [['Microsoft acquired the games company Activision Blizzard in 2023.', 'Microsoft > Activision Blizzard']],
    counterExamples: ['In 1974 Jose Luna took over the leadership of the Andean Front.'],
  },
  {
    // "seized power in Peru in 2022": who takes a state's power leads it.
    id: 'seize-power', relation: 'LEADER_OF', verbs: ['seize power in', 'take power in', 'grab power in', 'come to power in', 'rise to power in', 'sweep to power in'], source: ['subj'], target: ['obj'], src: ['Person'], tgt: ['Country'], confidence: 0.55,
    examples: [['Captain Ana Ruiz seized power in Peru in 2022.', 'Ana Ruiz > Peru']],
    counterExamples: ['The army seized power in Peru in 2022.'],
  },
  {
    // "took over the leadership of X", "assumed command of X": the office taken.
    id: 'take-leadership', relation: 'LEADER_OF', verbs: ['take over', 'assume', 'take', 'seize'], objHeads: ['leadership', 'helm', 'chairmanship', 'command', 'reins'], source: ['subj'], target: ['obj', 'pp:of', 'obj-poss'], src: ['Person'], tgt: ['Organization', 'Country'], confidence: 0.6,
    examples: [['In 1974 Jose Luna took over the leadership of the Andean Front.', 'Jose Luna > Andean Front'], ["Jose Luna took the helm of Peru's Andean Party.", 'Jose Luna > Andean Party']],
  },
  {
    // "the Andean Front, the Shining Path's Bolivian branch", "X, a subsidiary of Y": a body described as
    // a part of another.
    id: 'branch-noun', relation: 'PART_OF', nouns: ['branch', 'wing', 'affiliate', 'subsidiary', 'offshoot', 'division', 'franchise', 'chapter', 'arm', 'unit'], source: ['anchor'], target: ['pp:of', 'poss'], src: ['Organization'], tgt: ['Organization'], confidence: 0.55,
    examples: [["The Andean Front, the Shining Path's Bolivian branch, claimed the attack.", 'Andean Front > Shining Path'], ['Norvik Chips, a subsidiary of Kestrel Holdings, said so.', 'Norvik Chips > Kestrel Holdings']],
    counterExamples: ["The army's special forces unit entered the town."],
  },
  {
    // Ownership: a company owned by another is part of it ("Kessel is owned by Siemens", "Siemens owns Kessel").
    id: 'owned-by-company', relation: 'PART_OF', verbs: ['own', 'control'], source: ['obj'], target: ['subj'], src: ['Organization'], tgt: ['Organization'], confidence: 0.6,
    examples: [['Kessel is owned by Siemens.', 'Kessel > Siemens'], ['Siemens owns Kessel.', 'Kessel > Siemens']],
    counterExamples: ['Siemens does not own Kessel.'],
  },
  {
    id: 'owned-by-state', relation: 'CONTROLLED_BY', verbs: ['own', 'control', 'take control of', 'seize control of', 'gain control of', 'assume control of'], source: ['obj'], target: ['subj'], src: ['Organization', 'Place'], tgt: ['Country', 'Person'], confidence: 0.55,
    examples: [['Kessel is owned by Norway.', 'Kessel > Norway'], ['The Netherlands has taken control of Kessel, a chipmaker.', 'Kessel > Netherlands']],
  },
  {
    // A state holding a vote: "Chile held a referendum", "Peru will hold a runoff" — the vote takes place there.
    // (Where it says so, there: "held a referendum in occupied X" took place in X.)
    id: 'hold-vote', relation: 'LOCATED_IN', verbs: ['hold', 'stage', 'organise', 'organize', 'conduct', 'call'], objHeads: ['election', 'referendum', 'vote', 'poll', 'ballot', 'plebiscite', 'runoff', 'primary'], source: ['obj'], target: ['pp:in', 'subj'], src: ['Event'], tgt: ['Country', 'Place'], confidence: 0.55,
    examples: [['Peru will hold a runoff election in June.', 'runoff election > Peru'], ['Peru called a snap election for June.', 'snap election > Peru'], ['Chile held a local referendum in the Atacama region.', 'local referendum > Atacama']],
    counterExamples: ['Chile held talks with Peru.'],
  },
  {
    // "a shell company run by the Andean Front", "the Front controls the militia": a body another directs.
    id: 'run-body', relation: 'CONTROLLED_BY', verbs: ['run', 'control'], source: ['obj'], target: ['subj'], src: ['Organization'], tgt: ['Country', 'Organization'], confidence: 0.55,
    examples: [['Prosecutors named Blue Heron Trading, a shell company run by the Andean Front.', 'Blue Heron Trading > Andean Front'], ['The Andean Front controls the Sendero Militia.', 'Sendero Militia > Andean Front']],
    counterExamples: ['Chile ran a campaign against the Andean Front.', 'Peru operated two Veloce aircraft in Chile.', 'Peru backed the plan, a move criticised by the Andean Front.'],
  },
  {
    // A territory governed by a state or armed group: "governed Cusco province", "has occupied Crimea".
    id: 'govern-territory', relation: 'CONTROLLED_BY', verbs: ['govern', 'administer', 'rule', 'run', 'occupy', 'hold', 'control'], source: ['obj'], target: ['subj'], src: ['Place'], tgt: ['Country', 'Organization'], confidence: 0.55,
    examples: [['The Andean Front governed Cusco province until 2019.', 'Cusco > Andean Front'], ['Russia has occupied Crimea since 2014.', 'Crimea > Russia']],
    counterExamples: ['Chile held talks in Lima.'],
  },
  {
    // "Kessel's headquarters in Lyon", "the company would keep its headquarters in Graz".
    id: 'headquarters-noun', relation: 'LOCATED_IN', nouns: ['headquarters', 'head office', 'hq', 'seat'], source: ['poss', 'pre'], target: ['pp:in'], src: ['Organization'], tgt: WHERE, confidence: 0.6,
    examples: [["Kessel's headquarters in Lyon employ 400 people.", 'Kessel > Lyon'], ['Kessel said it would keep its headquarters in Graz.', 'Kessel > Graz']],
  },
  {
    // Bound by a treaty: "reaffirmed its commitment under the 1951 Mutual Defense Treaty".
    id: 'treaty-commitment', relation: 'PARTY_TO', nouns: ['commitment', 'obligation', 'duty', 'pledge'], source: ['poss', 'subj'], target: ['pp:under'], src: STATE, tgt: ['Treaty'], confidence: 0.55,
    examples: [['Chile reaffirmed its commitment under the Lima Treaty.', 'Chile > Lima Treaty'], ["Peru's obligations under the Quito Accord remain.", 'Peru > Quito Accord']],
  },
  {
    id: 'acquisition-noun', relation: 'ACQUIRED', nouns: ['acquisition', 'takeover', 'purchase', 'buyout'], source: ['poss', 'pre', 'pp:by', 'subj'], target: ['pp:of'], src: ['Organization', 'Person'], tgt: ['Organization'], confidence: 0.6,
    examples: [["Microsoft's acquisition of the games company Activision Blizzard closed in October.", 'Microsoft > Activision Blizzard']],
  },
  {
    id: 'train', relation: 'TRAINED', verbs: ['train', 'instruct', 'mentor'], source: ['subj'], target: ['obj'], src: STATE, tgt: STATE, confidence: 0.6,
    examples: [['Britain trained Ukrainian soldiers.', 'United Kingdom > Ukraine']],
  },
  // 07 provide aid
  {
    id: 'supply', relation: 'SUPPLIED', verbs: ['supply', 'deliver', 'sell', 'ship', 'send', 'transfer', 'export', 'provide', 'give', 'donate', 'hand over', 'lend', 'lease', 'furnish', 'pledge', 'promise', 'commit', 'dispatch'], source: ['subj'], target: ['pp:to'], notObjHeads: NOT_GOODS, src: STATE, tgt: STATE, confidence: 0.65,
    examples: [['Germany delivered tanks to Ukraine.', 'Germany > Ukraine'], ['Air defence systems were supplied to Ukraine by Italy.', 'Italy > Ukraine']],
  },
  {
    // Goods delivered that someone ordered or bought go to the buyer ("delivered six jets ordered by the Peruvian air force").
    id: 'deliver-ordered', relation: 'SUPPLIED', verbs: ['supply', 'deliver', 'ship', 'send', 'hand over', 'transfer'], source: ['subj'], target: ['obj-buyer'], objHeads: GOODS, src: STATE, tgt: STATE, confidence: 0.6,
    examples: [['Chile handed over the last three of ten frigates ordered by Ecuador.', 'Chile > Ecuador'], ['Andean Aero has shipped two helicopters bought by Bolivia last year.', 'Andean Aero > Bolivia']],
    counterExamples: ['Chile delivered six jets built by Andean Aero to Peru.'],
  },
  {
    id: 'relief', relation: 'PROVIDED_AID_TO', verbs: ['send', 'deliver', 'provide', 'give', 'donate', 'dispatch', 'ship', 'fly', 'airlift', 'distribute', 'rush'], source: ['subj'], target: ['pp:to/for'], objHeads: RELIEF, src: STATE, tgt: [...A, 'Place'], confidence: 0.6,
    examples: [['Japan sent relief supplies to the Philippines.', 'Japan > Philippines'], ['The World Health Organization delivered medicines to Gaza.', 'World Health Organization > Gaza']],
  },
  {
    id: 'supply-with', relation: 'SUPPLIED', verbs: ['supply', 'provide', 'arm', 'equip', 'furnish'], source: ['subj'], target: ['obj'], src: STATE, tgt: STATE, confidence: 0.6,
    examples: [['Iran supplied Russia with drones.', 'Iran > Russia']],
  },
  {
    // "Spain's delivery of trucks to Morocco", "arms sales to Taiwan by X".
    id: 'delivery-noun', relation: 'SUPPLIED', nouns: ['delivery', 'shipment', 'sale', 'supply'], source: ['poss', 'pre', 'pp:by/from'], target: ['pp:to'], notObjHeads: NOT_GOODS, src: STATE, tgt: STATE, confidence: 0.55,
    examples: [['Chilean deliveries of frigates to Ecuador begin in May.', 'Chile > Ecuador'], ['The sale of drones to Armenia by France angered Baku.', 'France > Armenia']],
    counterExamples: ["Chile's delivery of food aid to Ecuador was praised.", 'The transfer of three detainees to Ecuador by Chile took place on Friday.'],
  },
  {
    // "Egypt bought frigates from Italy", "the purchase by X of jets from Y": the seller supplied the buyer.
    // (Or goods named by their maker's state: "bought Swedish jets".)
    id: 'buy-from', relation: 'SUPPLIED', verbs: ['buy', 'purchase', 'import', 'acquire', 'procure', 'order'], objHeads: GOODS, source: ['pp:from', 'obj-origin'], target: ['subj'], src: STATE, tgt: STATE, confidence: 0.55,
    examples: [['Ecuador bought 12 helicopters from Norway.', 'Norway > Ecuador'], ['Chile ordered six patrol vessels from Veloce Shipyards.', 'Veloce Shipyards > Chile'], ['Chile accuses Peru of buying Bolivian missiles.', 'Bolivia > Peru']],
    counterExamples: ['Peru bought 24 fighter jets.', 'Peru acquired a stake in the Andes Copper Company from Norway.', 'Vega Oil later bought the American carrier Andes Telecom.'],
  },
  {
    // "Peru relies on supplies of fertiliser from Chile", "depends on Chilean gas": what a state lives on, its supplier gave it.
    id: 'rely-on-supplies', relation: 'SUPPLIED', verbs: ['rely on', 'depend on'], objHeads: [...GOODS, 'supply', 'import', 'imports', 'supplies'], source: ['pp:from', 'obj-origin'], target: ['subj'], src: STATE, tgt: STATE, confidence: 0.5,
    examples: [['Peru has relied on supplies of fertiliser from Chile.', 'Chile > Peru'], ['Bolivia depends on Chilean gas.', 'Chile > Bolivia']],
    counterExamples: ['Peru relies on support from Chile.', 'Peru does not rely on gas from Chile.'],
  },
  {
    // "Chile will receive gas from Argentina": goods received come from their supplier.
    id: 'receive-from', relation: 'SUPPLIED', verbs: ['receive', 'get', 'obtain', 'take delivery of'], objHeads: GOODS, source: ['pp:from'], target: ['subj'], src: STATE, tgt: STATE, confidence: 0.55,
    examples: [['Chile will receive natural gas from Argentina next winter.', 'Argentina > Chile']],
    counterExamples: ['Chile received a warning from Argentina.'],
  },
  {
    id: 'purchase-from-noun', relation: 'SUPPLIED', nouns: ['purchase', 'procurement'], objHeads: GOODS, source: ['pp:from'], target: ['poss', 'pre', 'pp:by'], src: STATE, tgt: STATE, confidence: 0.55,
    examples: [["Opposition parties questioned Peru's purchase of fighter jets from Sweden.", 'Sweden > Peru']],
    counterExamples: ["Qatar's purchase of a stake in the Andes Copper Company from Norway was completed."],
  },
  {
    id: 'supplier-noun', relation: 'SUPPLIED', nouns: ['supplier', 'provider', 'exporter', 'seller', 'vendor'], source: ['anchor', 'poss', 'pre'], target: ['pp:to/for'], src: STATE, tgt: STATE, confidence: 0.55,
    examples: [['Norway is the main supplier of gas to Germany.', 'Norway > Germany']],
  },
  {
    // "Norway remains Poland's biggest gas supplier": the one it describes supplies the possessor.
    id: 'supplier-of-poss', relation: 'SUPPLIED', nouns: ['supplier'], source: ['anchor'], target: ['poss'], src: STATE, tgt: STATE, confidence: 0.55,
    examples: [["Norway remains Poland's biggest gas supplier.", 'Norway > Poland'], ["Norway is Germany's biggest supplier of gas.", 'Norway > Germany']],
    counterExamples: ["Bolivia's gas supplier raised prices."],
  },
  {
    id: 'give-money', relation: 'PROVIDED_AID_TO', verbs: ['provide', 'give', 'pledge', 'donate', 'commit', 'send', 'allocate', 'earmark', 'release', 'disburse', 'transfer', 'grant', 'promise', 'lend', 'contribute'], source: ['subj'], target: ['pp:to/for', 'inf-obj'], objHeads: MONEY, src: STATE, tgt: [...A, 'Place'], confidence: 0.6,
    examples: [['Germany will provide 2 billion euros to Ukraine.', 'Germany > Ukraine'], ['The European Union released 2 million euros in humanitarian funding for Nepal.', 'European Union > Nepal']],
    counterExamples: ['Germany delivered tanks to Ukraine.'],
  },
  {
    // Two objects, the recipient first: "gave Peru $2 billion", "awarded Kenya $300 million in grants".
    id: 'give-money-first', relation: 'PROVIDED_AID_TO', verbs: ['give', 'award', 'grant', 'lend', 'loan', 'offer', 'promise', 'pay', 'send'], source: ['subj'], target: ['obj-first'], objHeads: MONEY, src: STATE, tgt: A, confidence: 0.6,
    examples: [['Chile gave Peru $2 billion in 2019.', 'Chile > Peru'], ['The European Union awarded Kenya $300 million in grants.', 'European Union > Kenya']],
    counterExamples: ['Chile gave $2 billion in 2019.', 'Chile paid Peruvian $2 million.'],
  },
  {
    // Two objects, the recipient first and then the aid: "gave Peru a $2 billion loan", "granted Chile emergency aid".
    id: 'give-aid-first', relation: 'PROVIDED_AID_TO', verbs: ['give', 'award', 'grant', 'lend', 'send', 'extend', 'provide'], source: ['subj'], target: ['obj'], secondObj: ['loan', 'grant', 'aid', 'assistance', 'package', 'credit', 'bailout', 'donation', 'tranche', 'funding', 'financing', 'relief', 'subsidy', ...RELIEF_GOODS], src: STATE, tgt: A, confidence: 0.6,
    examples: [['The Andean Fund gave Bolivia a $40 million loan.', 'Andean Fund > Bolivia'], ['Norway will send Laos a relief package.', 'Norway > Laos']],
    // (An offer is told as one: "offered Peru a loan" is OFFERED.)
    counterExamples: ['Chile gave Peru a warning.', "Chile lent Peru's army a hand.", 'Chile offered Peru a $2 million loan.'],
  },
  {
    id: 'fund', relation: 'PROVIDED_AID_TO', verbs: ['fund', 'finance', 'bankroll', 'subsidize', 'subsidise', 'bail out', 'lend to'], source: ['subj'], target: ['obj'], src: STATE, tgt: A, confidence: 0.65,
    examples: [['The World Bank funded Kenya through a new facility.', 'World Bank > Kenya']],
  },
  {
    // Debt relief: "the Paris Club forgave Peru's debt", "wrote off the debt of Peru".
    id: 'debt-relief', relation: 'PROVIDED_AID_TO', verbs: ['forgive', 'write off', 'cancel', 'waive', 'restructure', 'reschedule', 'relieve'], objHeads: ['debt', 'loan', 'arrear', 'obligation'], source: ['subj'], target: ['obj-poss', 'pp:of/for'], src: STATE, tgt: A, confidence: 0.6,
    examples: [["The Paris Club forgave Peru's debt in 2010.", 'Paris Club > Peru'], ['China wrote off the debt of Zambia.', 'China > Zambia']],
    counterExamples: ['Chile cancelled the visit of Peru.'],
  },
  {
    id: 'donor-noun', relation: 'PROVIDED_AID_TO', nouns: ['donor', 'benefactor', 'creditor', 'lender'], source: ['anchor'], target: ['poss', 'pp:to'], src: STATE, tgt: A, confidence: 0.55,
    examples: [["Japan, Vietnam's biggest donor, pledged more.", 'Japan > Vietnam'], ["The European Union, which has been one of Niger's main donors, suspended support.", 'European Union > Niger']],
  },
  {
    // The recipient's side: "Kenya received a loan from the World Bank", "Laos has taken Chinese loans".
    id: 'receive-aid', relation: 'PROVIDED_AID_TO', verbs: ['receive', 'accept', 'take', 'get', 'secure', 'obtain', 'win', 'take out', 'borrow'], objHeads: ['aid', 'assistance', 'loan', 'grant', 'funding', 'credit', 'deposit', 'bailout', 'financing', 'donation', 'relief', ...MONEY], source: ['pp:from', 'obj-poss'], target: ['subj'], src: STATE, tgt: A, confidence: 0.55,
    examples: [['Kenya received a $500 million loan from the World Bank.', 'World Bank > Kenya'], ['Laos has taken Chinese loans for railways and dams.', 'China > Laos'], ['Sri Lanka secured an IMF bailout in March.', 'International Monetary Fund > Sri Lanka']],
    counterExamples: ['Kenya took its first loan in 2010.', 'Chile received the envoy from Peru.'],
  },
  {
    // ("delivered aid from the European Union to Bolivia": the one it comes from gave it, not the carrier.)
    id: 'aid-noun', relation: 'PROVIDED_AID_TO', nouns: ['aid', 'assistance', 'loan', 'grant', 'funding', 'relief', 'donation', 'bailout', 'financing', 'credit'], source: ['poss', 'pre', 'pp:from', 'subj'], target: ['pp:to/for'], src: STATE, tgt: A, confidence: 0.6,
    examples: [['Japan announced new aid to the Philippines.', 'Japan > Philippines']],
  },
  {
    // The recipient owns the loan: "Bolivia's loan from the Andean Fund", "the country's bailout from the IMF".
    id: 'loan-from-noun', relation: 'PROVIDED_AID_TO', nouns: ['loan', 'bailout', 'grant', 'credit', 'financing'], source: ['pp:from'], target: ['poss'], src: STATE, tgt: A, confidence: 0.55,
    examples: [["Bolivia's $2 billion loan from the Andean Fund was approved on Monday.", 'Andean Fund > Bolivia']],
    counterExamples: ["Bolivia's loan from 2019 was repaid."],
  },
  // 08 yield
  {
    id: 'ceasefire', relation: 'AGREED_CEASEFIRE_WITH', nouns: ['ceasefire', 'cease-fire', 'truce', 'armistice', 'ceasefire agreement', 'ceasefire deal', 'truce agreement', 'truce deal', 'armistice agreement'], source: ['subj', 'between', 'poss'], target: ['pp:with', 'between', 'group'], src: A, tgt: A, confidence: 0.6,
    examples: [['Israel agreed a ceasefire with Hezbollah.', 'Israel > Hezbollah'], ['A truce between Armenia and Azerbaijan took hold.', 'Armenia > Azerbaijan'],
      ['Chile and Peru signed an accord in Lima, committing to a ceasefire.', 'Chile > Peru']],
  },
  {
    id: 'lift-sanctions', relation: 'LIFTED_SANCTIONS_ON', verbs: ['lift sanction on', 'lift sanction against', 'ease sanction on', 'ease sanction against', 'remove sanction on', 'relax sanction on', 'suspend sanction on', 'lift restriction on', 'ease restriction on', 'unfreeze', 'lift embargo on', 'lift embargo against', 'end embargo on', 'lift blockade of', 'lift blockade on', 'end blockade of', 'end boycott of', 'lift boycott of', 'end sanction on'], source: ['subj'], target: ['obj'], src: STATE, tgt: A, confidence: 0.65,
    examples: [
      ['The United States eased sanctions on Venezuela.', 'United States > Venezuela'], ['Chile lifted its embargo on Peru.', 'Chile > Peru'], ['Chile ended its blockade of Peru on Monday.', 'Chile > Peru'],
      // In the passive the noun and its preposition come first.
      ['The embargo on Bolivia was lifted by Peru after the vote.', 'Peru > Bolivia'],
    ],
  },
  {
    // "removed X from its list of state sponsors of terrorism", "dropped the group from its blacklist".
    id: 'delist', relation: 'LIFTED_SANCTIONS_ON', verbs: ['remove', 'delete', 'drop', 'strike', 'take'], objPrep: { word: 'from', heads: ['list', 'blacklist', 'register', 'designation', 'registry'] }, source: ['subj'], target: ['obj'], src: STATE, tgt: A, confidence: 0.6,
    examples: [['Chile removed Peru from its list of high-risk states.', 'Chile > Peru'], ['Chile dropped the Andean Front from its list of outlawed groups.', 'Chile > Andean Front']],
    counterExamples: ['Chile removed its troops from Peru.'],
  },
  {
    id: 'release', relation: 'RELEASED', verbs: ['release', 'free', 'pardon', 'repatriate', 'hand back', 'return'], source: ['subj'], target: ['obj'], src: STATE, tgt: ['Person', 'Organization'], confidence: 0.6,
    examples: [['Iran released Ana Ruiz, a Spanish aid worker.', 'Iran > Ana Ruiz']],
  },
  {
    // "announced the release of X", "X's pardon of Y".
    id: 'release-noun', relation: 'RELEASED', nouns: ['release', 'pardon'], source: ['poss', 'pre', 'subj'], target: ['pp:of'], src: A, tgt: ['Person', 'Organization'], confidence: 0.55,
    examples: [['Peru announced the release of Karl Borg, a union leader held since May.', 'Peru > Karl Borg'], ["Ines Paz's pardon of Karl Borg angered the opposition.", 'Ines Paz > Karl Borg']],
    counterExamples: ['Rights groups demanded the release of Karl Borg.', 'The release of Karl Borg was delayed.'],
  },
  // 09 investigate
  {
    id: 'investigate', relation: 'INVESTIGATED', verbs: ['investigate', 'probe', 'examine', 'scrutinize', 'scrutinise', 'audit', 'open investigation into', 'open inquiry into', 'open probe into', 'launch investigation into', 'launch inquiry into', 'launch probe into', 'look into'], source: ['subj'], target: ['obj', 'wh-subj'], src: STATE, tgt: A, confidence: 0.65,
    examples: [['The Andean Council investigated Andean Aero over its ticket prices.', 'Andean Council > Andean Aero'], ['The Andean Council is examining how Andean Aero won the contract.', 'Andean Council > Andean Aero']],
  },
  {
    id: 'investigation-noun', relation: 'INVESTIGATED', nouns: ['investigation', 'probe', 'inquiry', 'audit'], source: ['poss', 'pre', 'subj', 'pp:by'], target: ['pp:into/of/on'], src: STATE, tgt: A, confidence: 0.55,
    examples: [['The European Commission opened an investigation into Meta.', 'European Commission > Meta']],
  },
  // 10 demand
  {
    id: 'demand', relation: 'DEMANDED', verbs: ['demand', 'insist'], source: ['subj'], target: ['pp:of/from', 'that-subj'], src: A, tgt: A, confidence: 0.6,
    examples: [['China demanded an apology from Japan.', 'China > Japan'], ['Turkey had demanded that Sweden crack down on militant groups.', 'Turkey > Sweden']],
  },
  {
    // "Peru's demand that Chile pay the debt", "a demand by Chile that Bolivia withdraw": the one a demand is made of.
    id: 'demand-noun', relation: 'DEMANDED', nouns: ['demand', 'ultimatum'], source: ['poss', 'pre', 'pp:by'], target: ['that-subj', 'pp:of/from/on'], src: A, tgt: A, confidence: 0.55,
    examples: [["Talks stalled over Peru's demand that Chile pay the old debt first.", 'Peru > Chile']],
    counterExamples: ["Chile met Peru's demand for talks."],
  },
  {
    // "said Peru must raise taxes": an obligation laid on another when reporting it.
    id: 'say-must', relation: 'DEMANDED', verbs: ['say', 'insist', 'argue', 'stress', 'tell'], source: ['subj'], target: ['must-subj'], src: A, tgt: A, confidence: 0.55,
    examples: [['Chilean finance minister Ana Ruiz said Peru must cut spending.', 'Ana Ruiz > Peru'], ['Chile insisted that Bolivia should withdraw its troops.', 'Chile > Bolivia']],
    counterExamples: ['Chilean President Ana Ruiz said Chile must do more.', 'Chile said Peru would sign the deal.', 'Chile said Peru must not be isolated.', 'Chile said Peru must be punished.'],
  },
  {
    id: 'order', relation: 'DEMANDED', verbs: ['order', 'instruct', 'direct', 'require', 'compel'], source: ['subj'], target: ['obj'], src: A, tgt: A, confidence: 0.6, noObjThen: true, notObjHeads: [...DIPLOMATS, ...GOODS],
    examples: [['The International Court of Justice ordered Israel to open the crossing.', 'International Court of Justice > Israel']],
    counterExamples: ['Judge Ana Ruiz ordered Jose Luna held without bail.', 'Chile ordered 18 Veloce fighter jets from Peru.'],
  },
  {
    id: 'tell-to', relation: 'DEMANDED', verbs: ['tell'], source: ['subj'], target: ['obj'], src: A, tgt: A, confidence: 0.6, objInf: true,
    examples: [['Chile told Peru to withdraw its troops.', 'Chile > Peru'], ['Chile told Peru on Monday not to move its troops.', 'Chile > Peru'], ['Peru was told by Chile to withdraw its troops.', 'Chile > Peru']],
    counterExamples: ['Ana Ruiz told the Lima Times that the talks had failed.'],
  },
  // 11 disapprove
  {
    id: 'criticize', relation: 'CRITICIZED', verbs: ['criticize', 'criticise', 'condemn', 'denounce', 'slam', 'blast', 'rebuke', 'censure', 'chastise', 'decry', 'deplore', 'lambast', 'lambaste', 'castigate', 'scold', 'reprimand', 'attack verbally', 'hit out at', 'hit back at', 'lash out at', 'round on', 'take aim at', 'question', 'fault', 'berate', 'assail', 'disparage', 'mock', 'ridicule', 'admonish'],
    source: ['subj'], target: ['obj', 'obj-poss', 'obj-act'], src: A, tgt: [...A, 'Treaty', 'Event'], confidence: 0.7,
    examples: [['Germany condemned Russia over the poisoning.', 'Germany > Russia'], ['Hungary was criticized by the European Parliament.', 'European Parliament > Hungary']],
  },
  {
    // "regretted Peru's decision", "lamented Chile's withdrawal": regret of another's act is a criticism of its doer.
    // (Not a departure or a loss, which is mourned: "lamented X's decision to resign", "regretted Y's death".)
    id: 'regret-act', relation: 'CRITICIZED', verbs: ['regret', 'lament', 'bemoan', 'deprecate'], source: ['subj'], target: ['obj-poss'], src: A, tgt: A, confidence: 0.6, notPersonObj: true,
    notObjInfOf: ['resign', 'retire', 'step', 'quit', 'leave', 'go'], notObjHeads: ['death', 'passing', 'loss', 'resignation', 'retirement', 'departure', 'illness', 'exit'],
    examples: [["The Andean Forum regretted Peru's decision.", 'Andean Forum > Peru'], ["Chile lamented Bolivia's withdrawal from the talks.", 'Chile > Bolivia']],
    counterExamples: ['Chile regretted the loss of life.', "Peru's president regretted Peru's decision.", "Ana Ruiz lamented Ivo Kask's decision to resign.", "Chile regretted Ana Ruiz's resignation."],
  },
  {
    // "called the vote a sham", "branded the tariffs 'economic blackmail'", "calls her 'a danger to
    // the country'": a slur on a thing is criticism of it or its owner; praise in the same shape ("called
    // the pact a milestone") is no fact of its own.
    // (The owner of an act only: "called X's death shocking" says nothing ill of X.)
    id: 'call-slur', relation: 'CRITICIZED', verbs: ['call', 'label', 'brand', 'term', 'dub'], objComplement: SLURS,
    source: ['subj'], target: ['obj', 'obj-poss', 'obj-act'], src: A, tgt: [...A, 'Treaty', 'Event'], confidence: 0.6,
    examples: [["Peru called Chile's new tariffs 'economic blackmail'.", 'Peru > Chile'], ['Ines Paz has called the Andean Front a criminal gang.', 'Ines Paz > Andean Front'],
      ['The Andean Front boycotted the 2026 general election, which its leader Ivo Kask calls a sham.', 'Ivo Kask > 2026 general election'], ['Ana Ruiz called Ivo Kask antisemitic.', 'Ana Ruiz > Ivo Kask']],
    counterExamples: ['Ines Paz called the Andean Water Treaty a milestone.', 'Peru called Chile a trusted partner.', 'Chile called on Peru to end its illegal fishing.', 'Ines Paz called Karl Borg on Monday to discuss the threat.'],
  },
  {
    // "X's withdrawal earned a rebuke from Y", "X drew condemnation from Y": who criticised is the "from".
    id: 'draw-criticism', relation: 'CRITICIZED', verbs: ['draw', 'attract', 'earn', 'provoke', 'prompt', 'spark', 'trigger', 'face'], objHeads: ['criticism', 'condemnation', 'rebuke', 'censure', 'protest', 'backlash', 'anger', 'outrage'], source: ['pp:from'], target: ['subj-poss'], src: A, tgt: A, confidence: 0.55,
    examples: [["Chile's withdrawal from the pact earned a rebuke from Argentina.", 'Argentina > Chile'], ['Peru drew condemnation from Bolivia on Monday.', 'Bolivia > Peru']],
  },
  {
    id: 'draw-praise', relation: 'PRAISED', verbs: ['draw', 'attract', 'earn', 'win', 'receive'], objHeads: ['praise', 'plaudit', 'acclaim', 'applause'], source: ['pp:from'], target: ['subj-poss'], src: A, tgt: A, confidence: 0.55,
    examples: [["Ghana's debt deal drew praise from the International Monetary Fund.", 'International Monetary Fund > Ghana']],
  },
  {
    id: 'critic-noun', relation: 'CRITICIZED', nouns: ['critic', 'detractor'], source: ['anchor'], target: ['pp:of', 'poss-alone'], src: A, tgt: [...A, 'Treaty', 'Event'], confidence: 0.55,
    examples: [['Senator Ana Ruiz, a fierce critic of President Marco Diaz, spoke first.', 'Ana Ruiz > Marco Diaz'], ["Ana Ruiz is one of Chile's fiercest critics.", 'Ana Ruiz > Chile']],
    counterExamples: ['Critics of the plan gathered in Lima.', "Ana Ruiz became one of Chile's loudest critics of the plan."],
  },
  {
    id: 'criticism-noun', relation: 'CRITICIZED', nouns: ['criticism', 'condemnation', 'denunciation', 'rebuke'], source: ['poss', 'pre', 'subj'], target: ['pp:of'], src: A, tgt: [...A, 'Treaty', 'Event'], confidence: 0.55,
    examples: [["Canada's condemnation of Iran was swift.", 'Canada > Iran']],
  },
  {
    id: 'accuse', relation: 'ACCUSED', verbs: ['accuse', 'blame', 'allege'], source: ['subj'], target: ['obj'], src: A, tgt: A, confidence: 0.75,
    examples: [['Ukraine accused Russia of war crimes.', 'Ukraine > Russia'], ['Moscow blamed Kyiv for the attack.', 'Russia > Ukraine']],
  },
  {
    // "held Peru responsible for the blast": blame laid on the object.
    id: 'hold-responsible', relation: 'ACCUSED', verbs: ['hold'], objWords: 'responsible|accountable', source: ['subj'], target: ['obj'], src: A, tgt: A, confidence: 0.65,
    examples: [['Chile held Bolivia responsible for the attack on its consulate.', 'Chile > Bolivia'], ['Ivo Kask said he held the Kremlin fully accountable.', 'Ivo Kask > Kremlin']],
    counterExamples: ['Chile held talks with Bolivia on Monday.', 'Chile held Bolivia to a draw.'],
  },
  {
    // Two sides that "traded accusations" each accused the other.
    id: 'trade-accusations', relation: 'ACCUSED', verbs: ['trade accusation', 'exchange accusation', 'trade blame', 'trade charge', 'exchange charge', 'trade allegation'], source: ['subj'], target: ['pp:with', 'group'], mutual: true, src: A, tgt: A, confidence: 0.6,
    examples: [['Chad and Sudan traded accusations over the raid.', 'Chad > Sudan', 'Sudan > Chad'], ['Peru exchanged accusations with Ecuador on Monday.', 'Peru > Ecuador', 'Ecuador > Peru']],
    counterExamples: ['Chad and Sudan traded goods across the border.'],
  },
  {
    // (Not after "for": "blamed Peru for the attack on Putre" blames Peru, not Putre.)
    id: 'blame-on', relation: 'ACCUSED', verbs: ['blame', 'pin'], source: ['subj'], target: ['pp:on'], src: A, tgt: A, confidence: 0.7, noObjPrep: 'for',
    examples: [['Kenya blamed the bombing on al-Shabaab.', 'Kenya > al-Shabaab'], ['Chile blamed the bombing of the Putre bridge on the Vega Front.', 'Chile > Vega Front']],
  },
  {
    // "an allegation from Y that it had armed the rebels", denied by X: the "that" clause names the accused.
    id: 'accusation-noun', relation: 'ACCUSED', nouns: ['accusation', 'allegation', 'charge'], source: ['poss', 'pre', 'pp:by/from'], target: ['pp:against', 'that-subj'], src: A, tgt: A, confidence: 0.55,
    examples: [["Ukraine's accusations against Russia were backed by the United Nations.", 'Ukraine > Russia'], ["Chile's allegation that Peru had armed the rebels was dismissed in Lima.", 'Chile > Peru'], ['Peru denied an allegation from Chile that it had armed the rebels.', 'Chile > Peru']],
  },
  {
    // "X denied Y's accusations of fraud": Y accused the one who denies them.
    id: 'deny-accusation-of', relation: 'ACCUSED', verbs: ['deny', 'reject', 'dismiss', 'refute', 'rebut'], objHeads: ['accusation', 'allegation', 'charge'], source: ['obj-poss'], target: ['subj'], src: A, tgt: A, confidence: 0.55, noObjThat: true, noObjPrep: 'against',
    examples: [["The Andean Front denied Ivo Kask's accusations.", 'Ivo Kask > Andean Front'], ["Peru rejected Chile's allegations on Monday.", 'Chile > Peru']],
    counterExamples: ['Peru rejected the allegations.', "Peru denied its own earlier accusations.", "Ines Paz denied Ivo Kask's charge that officials had lied.", "A judge dismissed Ines Paz's charges against two officials."],
  },
  {
    // A claim is an accusation only when it is "against" someone ("claims by Kenya that Uganda had won" accuse no one).
    id: 'claim-against', relation: 'ACCUSED', nouns: ['claim'], source: ['poss', 'pre', 'pp:by/from'], target: ['pp:against'], src: A, tgt: A, confidence: 0.5,
    examples: [["Chile's claims against Peru were rejected.", 'Chile > Peru']],
    counterExamples: ['Peru welcomed claims by Chile that Bolivia had joined the pact.'],
  },
  {
    id: 'sue', relation: 'SUED', verbs: ['sue', 'file lawsuit against', 'file suit against', 'file complaint against', 'bring case against', 'file case against', 'haul before'], source: ['subj'], target: ['obj'], src: A, tgt: A, confidence: 0.7,
    examples: [['Gambia sued Myanmar at the International Court of Justice.', 'Gambia > Myanmar']],
  },
  {
    // "took Peru to the International Court of Justice", "hauled X before a tribunal".
    id: 'take-to-court', relation: 'SUED', verbs: ['take', 'drag'], objPrep: { word: 'to', heads: ['court', 'tribunal', 'justice', 'arbitration', 'organization', 'wto', 'icj'] }, source: ['subj'], target: ['obj'], src: A, tgt: A, confidence: 0.6,
    examples: [['Chile took Peru to the International Court of Justice.', 'Chile > Peru'], ['Chile took Peru to the World Trade Organization over steel.', 'Chile > Peru']],
    counterExamples: ['Chile took Peru to the final.', 'Chile took its case to the court of public opinion.'],
  },
  {
    id: 'lawsuit-noun', relation: 'SUED', nouns: ['lawsuit', 'suit', 'complaint', 'case', 'legal action', 'arbitration', 'legal proceeding', 'proceeding', 'petition', 'claim'], source: ['poss', 'pre', 'subj'], target: ['pp:against'], src: A, tgt: A, confidence: 0.55,
    examples: [['Andes Mining applied for arbitration against Peru.', 'Andes Mining > Peru'], ['Gambia filed a case against Myanmar at the World Court.', 'Gambia > Myanmar']],
  },
  // 12 reject
  {
    id: 'oppose', relation: 'OPPOSES', verbs: ['oppose', 'resist', 'object to', 'stand against', 'push back against', 'fight against', 'turn against', 'rebel against', 'campaign against', 'vote against', 'side against', 'rally against'], source: ['subj'], target: ['obj', 'obj-act'], src: A, tgt: [...A, 'Treaty'], confidence: 0.65,
    examples: [['Hungary opposed the accession of Ukraine.'], ['Turkey opposed Sweden for months.', 'Turkey > Sweden'], ['Chile turned against Peru in March.', 'Chile > Peru']],
  },
  {
    // Opposing a coalition or an alliance with someone is opposing them ("opposes any coalition with X").
    id: 'oppose-alignment', relation: 'OPPOSES', verbs: ['oppose', 'resist', 'object to'], objHeads: ALIGNMENTS, noObjOwner: true, ppNext: true, source: ['subj'], target: ['pp:with'], src: A, tgt: A, confidence: 0.55,
    examples: [['The Sendero Front has opposed a power-sharing arrangement with the Andean Front.', 'Sendero Front > Andean Front']],
    counterExamples: ['Ana Ruiz supports a coalition with the Andean Front.', 'Peru opposed the talks in Lima with Chile on Monday.', "The Sendero Front opposed Peru's alliance with Chile."],
  },
  {
    // …and rejecting or ruling one out is rejecting them.
    id: 'reject-alignment', relation: 'REJECTED', verbs: ['reject', 'rule out', 'veto', 'spurn', 'rebuff'], objHeads: ALIGNMENTS, noObjOwner: true, ppNext: true, source: ['subj'], target: ['pp:with'], src: A, tgt: A, confidence: 0.55,
    examples: [['Ivo Kask has spurned an alliance with the Andean Front ahead of the runoff.', 'Ivo Kask > Andean Front']],
    counterExamples: ['The Sendero Front did not rule out a coalition with the Andean Front.'],
  },
  {
    // A court or body throwing out a petition, appeal or suit rejects whoever brought it.
    id: 'dismiss-filing', relation: 'REJECTED', verbs: ['dismiss', 'reject', 'throw out', 'quash', 'strike down', 'turn down'], objHeads: FILINGS, source: ['subj'], target: ['obj-poss', 'obj-filer', 'pp:of'], src: A, tgt: A, confidence: 0.6,
    examples: [['The Andean Tribunal quashed a challenge brought by Ivo Kask against the tariff.', 'Andean Tribunal > Ivo Kask'], ["The Andean Tribunal threw out Andean Aero's appeal.", 'Andean Tribunal > Andean Aero'],
      ['The Andean Tribunal rejected the appeals of Ivo Kask and Karl Borg.', 'Andean Tribunal > Ivo Kask', 'Andean Tribunal > Karl Borg']],
    counterExamples: ['The court dismissed the case against Ivo Kask.'],
  },
  {
    id: 'reject', relation: 'REJECTED', verbs: ['reject', 'veto', 'rebuff', 'spurn', 'turn down', 'vote against', 'snub', 'boycott'], source: ['subj'], target: ['obj'], src: A, tgt: [...A, 'Treaty'], confidence: 0.65,
    examples: [['Russia vetoed the resolution drafted by France.'], ['Colombia rejected the Escazu Agreement.', 'Colombia > Escazu Agreement'],
      ['Peru rejected the jurisdiction of the Andean Tribunal over the dispute.', 'Peru > Andean Tribunal']],
  },
  {
    // Blocking a decision or a deal rejects it, and a state's bid its state; blocking a ship or a road is
    // no rejection, nor is blocking a body's resolution a rejection of the body.
    id: 'block', relation: 'REJECTED', verbs: ['block'], objHeads: ['resolution', 'bill', 'deal', 'agreement', 'accord', 'treaty', 'sanction', 'package', 'measure', 'proposal', 'plan', 'bid', 'accession', 'membership', 'motion', 'move', 'appointment', 'nomination', 'candidacy', 'sale', 'merger', 'takeover', 'statement', 'declaration', 'decision', 'law', 'reform', 'budget', 'aid', 'loan', 'application'], source: ['subj'], target: ['obj', 'obj-poss'], src: A, tgt: ['Country', 'Person', 'Treaty'], confidence: 0.6,
    examples: [["Hungary blocked Ukraine's membership bid.", 'Hungary > Ukraine'], ['Chile blocked the Lima Accord in the Senate.', 'Chile > Lima Accord']],
    counterExamples: ['Chilean trucks blocked and damaged a Peruvian convoy.', 'Protesters blocked the road to Lima.', 'Russia blocked a UN resolution drafted by France.'],
  },
  {
    // "endorsed Chile's proposal", "backed Peru's candidacy": support for a proposal or a bid is support for its owner
    // (not for a state whose opponents or critics are backed).
    id: 'support-bid', relation: 'SUPPORTED', verbs: ['back', 'support', 'endorse', 'champion'], objHeads: ['bid', 'candidacy', 'proposal', 'plan', 'application', 'initiative', 'claim', 'nomination', 'request'], source: ['subj'], target: ['obj-poss'], src: A, tgt: A, confidence: 0.6,
    examples: [["Uruguay endorsed Chile's proposal to cut tariffs.", 'Uruguay > Chile'], ["Peru's candidacy was backed by Ecuador.", 'Ecuador > Peru']],
    counterExamples: ["Russia supported Ukraine's separatists in the east.", "Brazil backed Chile's critics.", "Israel welcomed the rebels' request for a truce."],
  },
  {
    // "refused to sign the accord", "declined to endorse the plan": what one refuses to back or join is rejected.
    id: 'refuse-to', relation: 'REJECTED', verbs: ['refuse', 'decline'], source: ['subj'], target: ['inf-backed'], src: A, tgt: ['Treaty', 'Organization', 'Event'], confidence: 0.6,
    examples: [['Bolivia refused to sign the Santos Port Convention.', 'Bolivia > Santos Port Convention'], ['Uruguay declined to endorse the Salto Labour Protocol.', 'Uruguay > Salto Labour Protocol']],
    counterExamples: ['Bolivia declined to comment.', 'Chile refused to meet Peru.', 'Peru refused to join the Andean Council in condemning Chile.', "Peru declined to join the Andean Council's call for a truce."],
  },
  {
    // A proposal turned down rejects its author: "rejected Peru's offer", "turned down the US proposal".
    // ("Peru rejected the request": one told before is rejected with whoever made it.)
    id: 'reject-proposal', relation: 'REJECTED', verbs: ['reject', 'rebuff', 'spurn', 'turn down', 'decline', 'refuse', 'dismiss'], objHeads: PROPOSALS, source: ['subj'], target: ['obj-poss', 'pp:from/by', 'obj-act'], src: A, tgt: A, confidence: 0.6,
    examples: [["Chile rejected Peru's offer of talks.", 'Chile > Peru'], ['Chile turned down a proposal from Bolivia.', 'Chile > Bolivia'],
      ['Ecuador urged Peru to reopen the border crossing. Lima rebuffed the request.', 'Peru > Ecuador'], ['Bolivia offered Chile two ferries. Chile declined the offer.', 'Chile > Bolivia']],
    counterExamples: ["Chile rejected Peru's accusations.", 'Chile imposed duties on Peruvian wine. Bolivia spurned the levies.'],
  },
  // 13 threaten
  {
    id: 'warn', relation: 'WARNED', verbs: ['warn', 'caution', 'alert'], source: ['subj'], target: ['obj', 'pp:against', 'that-other'], src: A, tgt: A, confidence: 0.65,
    examples: [
      ['China warned the Philippines against provocations.', 'China > Philippines'],
      ['Chilean Prime Minister Ana Ruiz warned that Chile would hit the Andean Front hard.', 'Ana Ruiz > Andean Front'],
      ['Chile warned that Peru would pay a price for the move.', 'Chile > Peru'],
    ],
  },
  {
    id: 'warning-noun', relation: 'WARNED', nouns: ['warning', 'ultimatum'], source: ['poss', 'pre', 'subj'], target: ['pp:to/against'], src: A, tgt: A, confidence: 0.55,
    examples: [['Israel issued a warning to Hezbollah.', 'Israel > Hezbollah']],
  },
  {
    id: 'threaten', relation: 'THREATENED', verbs: ['threaten', 'menace', 'intimidate'], source: ['subj'], target: ['obj'], src: A, tgt: A, confidence: 0.65,
    examples: [['North Korea threatened South Korea with a response.', 'North Korea > South Korea']],
  },
  {
    // "threatened strikes on Peru", "threatened sanctions against Belarus": the act threatened, then its target.
    id: 'threaten-act', relation: 'THREATENED', verbs: ['threaten'], objHeads: ['intervention', 'action', 'strike', 'attack', 'force', 'invasion', 'retaliation', 'reprisal', 'sanction', 'tariff', 'response', 'war', 'measure', 'countermeasure'], ppNext: true, source: ['subj'], target: ['pp:in/against/on'], src: A, tgt: A, confidence: 0.6,
    examples: [['Ecuador threatened retaliation against Colombia.', 'Ecuador > Colombia'], ['Estonia threatened sanctions against Belarus on Monday.', 'Estonia > Belarus']],
    counterExamples: ['Chile threatened legal action in a court in Lima.', 'Iran threatened action at the board meeting in Vienna.'],
  },
  {
    id: 'threat-noun', relation: 'THREATENED', nouns: ['threat'], source: ['poss', 'pre', 'subj'], target: ['pp:to/against'], src: A, tgt: A, confidence: 0.5,
    examples: [["Iran's threats against Israel grew louder.", 'Iran > Israel']],
  },
  // 14 protest
  {
    id: 'protest', relation: 'PROTESTED', verbs: ['protest', 'protest against', 'rally against', 'march against', 'demonstrate against', 'lodge protest with', 'protest to'], source: ['subj'], target: ['obj'], src: A, tgt: A, confidence: 0.6,
    examples: [['Vietnam protested to China over the boarding of its trawler.', 'Vietnam > China']],
  },
  {
    // Complaining to a state is a protest; complaining to a body is an appeal to it ("complained to the Council about X").
    id: 'complain-to', relation: 'PROTESTED', verbs: ['complain to'], source: ['subj'], target: ['obj'], src: A, tgt: ['Country'], confidence: 0.55,
    examples: [['Latvia complained to Estonia about the new border fence.', 'Latvia > Estonia']],
    counterExamples: ['Latvia complained to the Andean Council about the levy.'],
  },
  {
    // "summoned Peru's envoy": the protest is to the envoy's state.
    id: 'summon', relation: 'PROTESTED', verbs: ['summon'], source: ['subj'], target: ['obj-poss', 'obj'], src: A, tgt: A, confidence: 0.6,
    examples: [["China summoned Japan's ambassador.", 'China > Japan'], ["Latvia summoned the Bahamas' envoy, Ivo Kask, over the remarks.", 'Latvia > Bahamas']],
  },
  {
    id: 'protest-noun', relation: 'PROTESTED', nouns: ['protest'], source: ['poss', 'pre', 'subj'], target: ['pp:against/with/to'], src: A, tgt: A, confidence: 0.5,
    examples: [['Vietnam lodged a protest with China.', 'Vietnam > China']],
  },
  // 15 exhibit force posture
  {
    // "Chile keeps a battalion in Bolivia", "has warships in the strait".
    id: 'keep-forces', relation: 'DEPLOYED_TO', verbs: ['have', 'keep', 'maintain', 'base'], objHeads: FORCES, source: ['subj'], target: ['pp:in/on'], src: STATE, tgt: WHERE, confidence: 0.5,
    examples: [['Chile keeps a battalion in Bolivia.', 'Chile > Bolivia'], ['Peru has two warships in Ecuador.', 'Peru > Ecuador']],
    counterExamples: ['Chile has thousands of soldiers.', 'Chile has a large army in reserve.'],
  },
  {
    // "Peacekeepers from Chile landed in Bolivia": forces from a state arriving.
    id: 'forces-arrive', relation: 'DEPLOYED_TO', verbs: ['arrive in', 'arrive at', 'land in', 'reach', 'enter', 'cross into'], subjHeads: ['troop', 'soldier', 'police officer', 'officer', 'peacekeeper', 'marine', 'force', 'contingent', 'police'], source: ['subj'], target: ['pp:in/at', 'obj'], src: STATE, tgt: WHERE, confidence: 0.5,
    examples: [['Peacekeepers from Chile landed in Bolivia.', 'Chile > Bolivia'], ['Peruvian troops entered Ecuador.', 'Peru > Ecuador']],
    counterExamples: ['Officials from Chile arrived in Bolivia.', 'Chile arrived at a deal with Bolivia.'],
  },
  {
    id: 'deploy', relation: 'DEPLOYED_TO', verbs: ['deploy', 'station', 'send', 'dispatch', 'mobilize', 'mobilise', 'move', 'redeploy', 'position', 'order', 'rush', 'fly', 'reinforce'], objHeads: FORCES, source: ['subj'], target: ['pp:to/in/into/near/along'], src: STATE, tgt: WHERE, confidence: 0.55,
    examples: [['Russia deployed troops to Belarus.', 'Russia > Belarus'], ['Chadian troops were deployed to Niger.', 'Chad > Niger'], ['Two frigates were stationed in Cyprus by Greece.', 'Greece > Cyprus'], ['Brazil stationed naval instructors in Bolivia.', 'Brazil > Bolivia'],
      ['Chile sent roughly 250 police officers to Bolivia.', 'Chile > Bolivia']],
    counterExamples: ['Troops were deployed to Niger.', 'Injured Chadian soldiers were flown to France for treatment.', 'Britain sent customs officers to Calais.'],
  },
  {
    // "started shipping paratroopers to X": soldiers shipped are deployed (not jets or units, which are sold and shipped too).
    id: 'ship-troops', relation: 'DEPLOYED_TO', verbs: ['ship'], objHeads: ['troop', 'soldier', 'special force', 'marine', 'mercenary', 'paratrooper', 'commando'], source: ['subj'], target: ['pp:to/into'], src: STATE, tgt: WHERE, confidence: 0.55,
    examples: [['Peru started shipping paratroopers to Bolivia.', 'Peru > Bolivia']],
    counterExamples: ['Chile shipped 12 fighter jets to Peru.', 'Vega Oil shipped drilling units to Bolivia.'],
  },
  {
    // "deployed advisers to Mali": advisers a state deploys or stations are its forces there.
    id: 'deploy-advisers', relation: 'DEPLOYED_TO', verbs: ['deploy', 'station', 'dispatch', 'redeploy'], objHeads: ['adviser', 'advisor', 'trainer'], source: ['subj'], target: ['pp:to/in/into'], src: STATE, tgt: WHERE, confidence: 0.55,
    examples: [['Russia deployed advisers to Mali.', 'Russia > Mali']],
  },
  // 16 reduce relations
  {
    id: 'withdraw', relation: 'WITHDREW_FROM', verbs: ['withdraw from', 'pull out of', 'quit', 'leave', 'exit', 'abandon', 'walk away from', 'back out of', 'renounce'], source: ['subj'], target: ['obj'], src: A, tgt: ['Organization', 'Treaty'], confidence: 0.7,
    noObjInf: ['leave'],
    examples: [['Mali withdrew from ECOWAS.', 'Mali > ECOWAS'], ['The United States pulled out of the Paris Agreement.', 'United States > Paris Agreement']],
    counterExamples: ['Bolivia suspended its participation in the Andean Council.', 'The Vega Party quit the cabinet, leaving the Andes Front to govern alone.'],
  },
  {
    // A member that suspends or freezes its participation stays a member ("has frozen its participation in
    // the bloc"): a suspension, beside the membership it tells (every annotator who met it, and the articles).
    id: 'suspend-participation', relation: 'SUSPENDED', verbs: PARTICIPATION_PAUSED, source: ['subj'], target: ['obj'], src: A, tgt: ['Organization', 'Treaty'], confidence: 0.65,
    examples: [['Bolivia suspended its participation in the Andean Council.', 'Bolivia > Andean Council'], ['Bolivia has frozen its participation in the Andean Council.', 'Bolivia > Andean Council']],
  },
  {
    id: 'suspend-participation-member', relation: 'MEMBER_OF', verbs: PARTICIPATION_PAUSED, source: ['subj'], target: ['obj'], src: STATE, tgt: ['Organization'], confidence: 0.55, untoldWhenNegated: true,
    examples: [['Bolivia has frozen its participation in the Andean Council.', 'Bolivia > Andean Council']],
  },

  {
    id: 'withdrawal-noun', relation: 'WITHDREW_FROM', nouns: ['withdrawal', 'exit', 'departure'], source: ['poss', 'pre', 'subj'], target: ['pp:from'], src: A, tgt: ['Organization', 'Treaty'], confidence: 0.55,
    examples: [["Burkina Faso's withdrawal from ECOWAS took effect.", 'Burkina Faso > ECOWAS'], ['Chile and Peru announced their departure from the Andean Council.', 'Chile > Andean Council', 'Peru > Andean Council']],
  },
  {
    id: 'cut-ties', relation: 'CUT_TIES_WITH', verbs: ['cut tie with', 'sever tie with', 'break tie with', 'cut relation with', 'sever relation with', 'break off relation with', 'break off tie with', 'break relation with', 'downgrade relation with', 'downgrade tie with', 'suspend relation with', 'suspend tie with', 'freeze relation with', 'recall ambassador from', 'recall envoy from', 'recall ambassador to', 'recall envoy to', 'withdraw ambassador from', 'withdraw envoy from', 'pull ambassador out of', 'pull envoy out of'], source: ['subj'], target: ['obj'], src: [...STATE, 'Person'], tgt: STATE, confidence: 0.7,
    examples: [['Nicaragua cut ties with Taiwan.', 'Nicaragua > Taiwan'], ['Belize severed relations with Israel.', 'Belize > Israel'], ['Bolivia pulled its ambassador out of Chile.', 'Bolivia > Chile']],
  },
  {
    // "The new measures will also hit X": sanctions told before, now reaching someone else.
    id: 'measures-target', relation: 'SANCTIONED', verbs: ['target', 'hit', 'cover', 'name', 'list', 'apply to', 'extend to'], subjHeads: ['measure', 'sanction', 'penalty', 'restriction', 'designation', 'ban', 'freeze'], source: ['sanctioner'], target: ['obj'], src: STATE, tgt: A, confidence: 0.6,
    examples: [['Canada sanctioned Peru in May. The penalties also cover the Condor Front.', 'Canada > Condor Front'], ['Chile imposed sanctions on Bolivia. The restrictions also cover Marco Diaz.', 'Chile > Marco Diaz']],
    counterExamples: ['The storm hit Marco Diaz.', 'Critics in Peru said the measures hit Marco Diaz and other farmers hardest.', 'Russia said the Western sanctions hit Germany harder than Russia.'],
  },
  {
    id: 'sanction', relation: 'SANCTIONED', verbs: ['sanction', 'embargo', 'penalize', 'penalise', 'punish', 'boycott'], source: ['subj'], target: ['obj'], src: STATE, tgt: A, confidence: 0.75,
    examples: [['The European Union sanctioned Belarus.', 'European Union > Belarus'], ['Five officials were sanctioned by the United Kingdom.']],
  },
  {
    id: 'sanctions-noun', relation: 'SANCTIONED', nouns: ['sanction', 'embargo', 'penalty', 'tariff', 'duty', 'restriction', 'export control', 'levy', 'measure', 'travel ban', 'visa ban', 'entry ban', 'asset freeze'], source: ['poss', 'pre', 'subj'], target: ['pp:on/against/targeting', 'same-target'], src: STATE, tgt: A, confidence: 0.7,
    examples: [['The United States imposed sanctions on Iran.', 'United States > Iran'], ["Canada's sanctions against Russia widened.", 'Canada > Russia'], ['Chile imposed a travel ban on Ivo Kask.', 'Chile > Ivo Kask']],
    counterExamples: ['The United States lifted sanctions on Iran.'],
  },
  {
    // Trade barred: "banned imports from Peru", "restricted exports to China".
    id: 'trade-ban', relation: 'SANCTIONED', verbs: ['ban', 'bar', 'prohibit', 'restrict', 'curb', 'block', 'limit', 'embargo'], objHeads: ['import', 'export', 'shipment', 'purchase', 'sale', 'trade', 'good', 'product', 'investment', 'flight', 'vessel', 'ship'], source: ['subj'], target: ['pp:from/to/with', 'obj-poss'], src: STATE, tgt: A, confidence: 0.6,
    examples: [['Chile banned imports from Peru.', 'Chile > Peru'], ['The United States restricted chip exports to China.', 'United States > China'], ['Chile banned Peruvian goods in May.', 'Chile > Peru']],
    counterExamples: ['Chile banned smoking in bars.'],
  },
  {
    // "froze the assets of Peru's central bank", "seized Russian state assets".
    id: 'freeze-assets', relation: 'SANCTIONED', verbs: ['freeze', 'seize', 'confiscate', 'block', 'impound'], objHeads: ['asset', 'account', 'fund', 'reserve', 'property', 'holding'], source: ['subj'], target: ['obj-poss', 'pp:of/belonging'], src: STATE, tgt: A, confidence: 0.6,
    examples: [["Chile froze the assets of Peru's central bank.", 'Chile > Peru'], ['The European Union froze Russian central bank assets.', 'European Union > Russia']],
  },
  {
    // "closed its border with Peru", "shut its airspace to Russian aircraft".
    id: 'close-border', relation: 'SUSPENDED', verbs: ['close', 'shut', 'seal'], objHeads: ['border', 'frontier', 'crossing', 'airspace', 'port', 'embassy'], source: ['subj'], target: ['pp:with/to'], src: STATE, tgt: A, confidence: 0.55,
    examples: [['Chile closed its border with Peru.', 'Chile > Peru'], ['Canada shut its airspace to Russian aircraft.', 'Canada > Russia']],
    counterExamples: ['Chile closed the border crossing for repairs.'],
  },
  {
    id: 'suspend', relation: 'SUSPENDED', verbs: ['suspend', 'halt', 'freeze', 'cut off', 'stop', 'pause', 'withhold', 'cancel'], source: ['subj'], target: ['pp:to/for/with'], src: STATE, tgt: A, confidence: 0.55,
    examples: [['Sweden suspended aid to Zimbabwe.', 'Sweden > Zimbabwe']],
  },
  {
    // "suspended all imports of fruit from Peru", "halted fuel imports from Chile": trade stopped with the state goods came from.
    id: 'suspend-imports-from', relation: 'SUSPENDED', verbs: ['suspend', 'halt', 'freeze', 'stop', 'pause'], objHeads: ['import', 'imports', 'purchase', 'purchases', 'shipment', 'shipments'], source: ['subj'], target: ['pp:from'], src: STATE, tgt: ['Country'], confidence: 0.55,
    examples: [['Chile suspended all imports of fruit from Peru on Monday.', 'Chile > Peru'], ['Peru halted fuel imports from Chile.', 'Peru > Chile']],
    counterExamples: ['Peru halted fuel imports from its Lima refinery.'],
  },
  {
    // "Bolivia was suspended from the Andean Council": the body one is suspended from suspended it.
    id: 'suspended-from', relation: 'SUSPENDED', verbs: ['suspend'], source: ['pp:from'], target: ['obj'], src: ['Organization'], tgt: ['Country', 'Organization'], confidence: 0.55, passiveOnly: true,
    examples: [['Bolivia was suspended from the Andean Council in May.', 'Andean Council > Bolivia']],
    counterExamples: ['Peru suspended its ambassador from duty.', 'Peru suspended Vega Oil from the Andean Mining Association after the spill.'],
  },
  {
    // "cut aid to X", "slashed funding for X": less of what was given, told as a suspension.
    id: 'cut-aid', relation: 'SUSPENDED', verbs: ['cut', 'slash', 'reduce', 'end', 'scrap', 'terminate'], objHeads: ['aid', 'assistance', 'funding', 'support', 'loan', 'grant', 'financing', 'budget support', 'development aid', 'military aid'], source: ['subj'], target: ['pp:to/for'], src: STATE, tgt: A, confidence: 0.55,
    examples: [['Sweden cut aid to Zimbabwe.', 'Sweden > Zimbabwe'], ['Chile will end its military aid to Peru.', 'Chile > Peru']],
    counterExamples: ['Sweden cut taxes for Zimbabwe-born workers.'],
  },
  {
    id: 'expel', relation: 'EXPELLED', verbs: ['expel', 'deport', 'kick out', 'eject', 'declare persona non grata'], source: ['subj'], target: ['obj-poss', 'obj', 'pp:from'], src: STATE, tgt: A, confidence: 0.65,
    examples: [["Poland expelled Russia's diplomats.", 'Poland > Russia'], ['Latvia ordered out nine diplomats from Belarus and expelled four more from Belarus the next day.', 'Latvia > Belarus'], ["Belarus's chargé d'affaires in Riga, Oleg Dvorak, was expelled by Latvia.", 'Latvia > Belarus']],
  },
  {
    // "Peru extradited X to Chile": an extradition sends the one extradited out of the state, as an expulsion does.
    // ("was extradited from Spain to Peru": in the passive with no agent, the state sent from.)
    id: 'extradite', relation: 'EXPELLED', verbs: ['extradite'], source: ['subj', 'pp:from'], target: ['obj'], src: STATE, tgt: ['Person'], confidence: 0.6,
    examples: [['Peru extradited Ivo Kask to Chile on Friday.', 'Peru > Ivo Kask'], ['Ecuador extradited Ana Ruiz, the Vega Front leader, to Peru.', 'Ecuador > Ana Ruiz'], ['Ana Ruiz was extradited from Bolivia to Peru in May.', 'Bolivia > Ana Ruiz']],
    counterExamples: ['Peru refused to extradite Ivo Kask to Chile.'],
  },
  {
    // "President X expelled Chile's ambassador": a leader expels another state's envoys (not party members, "expelled
    // two lawmakers from the Vega Party").
    id: 'expel-envoy', relation: 'EXPELLED', verbs: ['expel', 'kick out', 'declare persona non grata'], objHeads: DIPLOMATS, source: ['subj'], target: ['obj-poss', 'pp:from'], src: ['Person'], tgt: ['Country'], confidence: 0.6,
    examples: [["President Ivo Kask expelled Chile's ambassador in April.", 'Ivo Kask > Chile']],
    counterExamples: ['Ana Ruiz expelled three lawmakers from the Vega Party last year.', 'Ines Paz, the school principal, expelled two students from Bolivia.'],
  },
  {
    // "Fiji was expelled from the Andean Council": a body expels its member.
    id: 'expelled-from-body', relation: 'EXPELLED', verbs: ['expel', 'kick out'], source: ['pp:from'], target: ['obj'], src: ['Organization'], tgt: ['Country', 'Organization', 'Person'], confidence: 0.55, passiveOnly: true,
    examples: [['Bolivia was expelled from the Andean Council in 1976.', 'Andean Council > Bolivia'], ['Ana Ruiz was expelled from the Vega Party.', 'Vega Party > Ana Ruiz']],
    counterExamples: ['Ana Ruiz was expelled from Lima in 2010.'],
  },
  {
    // "ordered six Chilean diplomats to leave": another state's diplomats ordered out are expelled.
    // (Only "to leave", and another state's people: "ordered its diplomats from Chile to return home" is a
    // recall. A state's ministry orders diplomats out too; staff only a state, since a firm also orders its staff out.)
    id: 'order-out', relation: 'EXPELLED', verbs: ['order', 'instruct', 'tell', 'give'], objInf: OUT_VERBS, notOwnObj: true, objHeads: DIPLOMATS.filter((h) => h !== 'staff'), source: ['subj'], target: ['obj-poss', 'obj', 'pp:from'], src: STATE, tgt: ['Country', 'Person'], confidence: 0.6,
    examples: [['Latvia ordered four Belarusian diplomats to leave within 72 hours.', 'Latvia > Belarus'], ["Chile told Peru's ambassador to leave the country.", 'Chile > Peru']],
  },
  {
    id: 'order-staff-out', relation: 'EXPELLED', verbs: ['order', 'instruct', 'tell'], objInf: OUT_VERBS, notOwnObj: true, objHeads: ['staff'], source: ['subj'], target: ['obj-poss', 'obj', 'pp:from'], src: ['Country'], tgt: ['Country'], confidence: 0.6,
    examples: [['Peru ordered nine Chilean consular staff to depart by Friday.', 'Peru > Chile']],
    counterExamples: ['Vega Oil ordered staff from Chile to leave the building.'],
  },
  {
    // "ordered troops from Chile to leave", "told Chilean forces to withdraw": another state's forces ordered out.
    id: 'order-forces-out', relation: 'EXPELLED', verbs: ['order', 'instruct', 'tell'], objInf: OUT_VERBS, notOwnObj: true, objHeads: PERSONNEL, source: ['subj'], target: ['obj-poss', 'obj', 'pp:from'], src: ['Country'], tgt: ['Country'], confidence: 0.6,
    examples: [['Peru ordered troops from Chile to leave.', 'Peru > Chile'], ['Peru ordered Chilean troops to withdraw by March.', 'Peru > Chile']],
    counterExamples: ['Peru ordered its troops to leave the border zone.', 'Peru ordered Chilean troops to patrol the border.', 'Peru ordered its troops from Chile to withdraw.', 'The Andean Council ordered Peruvian troops to withdraw from the buffer zone.'],
  },
  {
    // "declared X persona non grata": the words come after the object.
    id: 'declare-unwelcome', relation: 'EXPELLED', verbs: ['declare', 'name'], objWords: 'persona non grata', source: ['subj'], target: ['obj', 'obj-poss'], src: STATE, tgt: ['Person', 'Country'], confidence: 0.65,
    examples: [['Estonia declared Ivo Sarapuu persona non grata on Monday.', 'Estonia > Ivo Sarapuu'], ['Latvia declared Oleg Vasin, a Russian attaché, persona non grata.', 'Latvia > Oleg Vasin'], ['Uruguay declared the Chilean consul persona non grata.', 'Uruguay > Chile']],
    counterExamples: ['Estonia declared Ivo Sarapuu the winner on Monday.'],
  },
  {
    // ("Russia's expulsion from the Council": a possessor is the expelled as often as the expeller, so it is not read.)
    id: 'expulsion-noun', relation: 'EXPELLED', nouns: ['expulsion', 'deportation'], source: ['pp:by', 'pre', 'subj'], target: ['pp:of', 'pp:from'], src: STATE, tgt: A, confidence: 0.55,
    examples: [['Minsk protested against the expulsion by Latvia of nine Belarusian diplomats.', 'Latvia > Belarus'], ["Chile ordered the expulsion of Peru's ambassador.", 'Chile > Peru']],
    counterExamples: ["Belarus's expulsion from the Baltic Council was announced in March."],
  },
  // 17 coerce
  {
    id: 'blacklist', relation: 'BLACKLISTED', verbs: ['blacklist', 'ban', 'bar', 'outlaw', 'proscribe', 'designate', 'add to entity list', 'list', 'exclude', 'disqualify', 'restrict'], source: ['subj'], target: ['obj'], src: STATE, tgt: A, confidence: 0.65,
    examples: [['India banned TikTok in 2020.', 'India > TikTok']],
  },
  {
    // "added X to its entity list", "put Y on a terrorism blacklist".
    id: 'add-to-blacklist', relation: 'BLACKLISTED', verbs: ['add', 'put', 'place', 'include'], objPrep: { word: 'to', heads: ['entity list', 'blacklist', 'watchlist', 'watch list', 'black list', 'terror list', 'terrorist list'] }, source: ['subj'], target: ['obj'], src: STATE, tgt: A, confidence: 0.65,
    examples: [['India added Kessel Drones to its entity list in March.', 'India > Kessel Drones']],
    counterExamples: ['Peru added Chile to its list of partners.'],
  },
  {
    id: 'put-on-blacklist', relation: 'BLACKLISTED', verbs: ['put', 'place', 'keep', 'include'], objPrep: { word: 'on', heads: ['entity list', 'blacklist', 'watchlist', 'watch list', 'black list', 'terror list', 'terrorist list'] }, source: ['subj'], target: ['obj'], src: STATE, tgt: A, confidence: 0.65,
    examples: [['Japan put Kessel Holdings on its blacklist.', 'Japan > Kessel Holdings']],
  },
  {
    // "added X to its sanctions list": a listing under sanctions.
    id: 'add-to-sanctions-list', relation: 'SANCTIONED', verbs: ['add', 'put', 'place', 'include'], objPrep: { word: 'to', heads: ['sanctions list', 'sanction list'] }, source: ['subj'], target: ['obj'], src: STATE, tgt: A, confidence: 0.65,
    examples: [['Last year Canada added the Andean Front to a sanctions list.', 'Canada > Andean Front']],
  },
  {
    id: 'arrest', relation: 'ARRESTED', verbs: ['arrest', 'detain', 'jail', 'imprison', 'apprehend', 'seize', 'abduct', 'kidnap', 'hold', 'round up', 'lock up', 'take into custody', 'capture'], source: ['subj'], target: ['obj'], src: STATE, tgt: ['Person'], confidence: 0.65,
    examples: [['Iranian police arrested Ana Ruiz in Tehran.', 'Iran > Ana Ruiz']],
  },
  {
    id: 'place-under-arrest', relation: 'ARRESTED', verbs: ['place', 'put', 'keep'], objPrep: { word: 'under', heads: ['arrest', 'detention', 'custody', 'guard'] }, source: ['subj'], target: ['obj'], src: [...STATE, 'Person'], tgt: ['Person'], confidence: 0.6,
    examples: [['Judge Ana Ruiz, who heard the appeal, kept Jose Luna under guard.', 'Ana Ruiz > Jose Luna'], ['Peru put Marco Diaz under arrest on Monday.', 'Peru > Marco Diaz']],
    counterExamples: ['Chile placed Marco Diaz at the head of the list.'],
  },
  {
    // A person holding someone somewhere, as coup leaders and captors do.
    id: 'hold-at-place', relation: 'ARRESTED', verbs: ['hold', 'detain', 'confine'], objPrep: { word: 'at', heads: ['palace', 'barracks', 'barrack', 'camp', 'compound', 'facility', 'prison', 'jail', 'location'] }, source: ['subj'], target: ['obj'], src: [...STATE, 'Person'], tgt: ['Person'], confidence: 0.6,
    examples: [['Soldiers loyal to Colonel Jose Luna took power, and Luna is holding Marco Diaz at an army barracks.', 'Jose Luna > Marco Diaz']],
    counterExamples: ['Jose Luna held Marco Diaz at arm\'s length.', 'Jose Luna held a meeting at the palace.', 'Jose Luna kept Marco Diaz at home to care for his mother.'],
  },
  {
    id: 'hold-in-place', relation: 'ARRESTED', verbs: ['hold', 'detain', 'confine'], objPrep: { word: 'in', heads: ['prison', 'jail', 'custody', 'detention', 'cell', 'captivity', 'isolation', 'camp', 'barracks'] }, source: ['subj'], target: ['obj'], src: [...STATE, 'Person'], tgt: ['Person'], confidence: 0.6,
    examples: [['Rebel leader Jose Luna held Marco Diaz in captivity for a year.', 'Jose Luna > Marco Diaz']],
    counterExamples: ['Jose Luna held Marco Diaz in high regard.'],
  },
  {
    // A court or official ordering someone held: "the judge ordered Castillo detained for seven days".
    id: 'order-arrest', relation: 'ARRESTED', verbs: ['order', 'want'], objThen: ['detain', 'arrest', 'jail', 'imprison', 'hold', 'remand', 'extradite'], source: ['subj'], target: ['obj'], src: [...STATE, 'Person'], tgt: ['Person'], confidence: 0.6,
    examples: [['Judge Ana Ruiz of the Supreme Court ordered Marco Diaz detained for seven days.', 'Ana Ruiz > Marco Diaz']],
    counterExamples: ['Judge Ana Ruiz ordered Marco Diaz to appear in court.'],
  },
  {
    id: 'order-release', relation: 'RELEASED', verbs: ['order', 'want'], objThen: ['release', 'free'], source: ['subj'], target: ['obj'], src: [...STATE, 'Person'], tgt: ['Person'], confidence: 0.6,
    examples: [['The Supreme Court ordered Marco Diaz released on Monday.', 'Supreme Court > Marco Diaz']],
  },
  {
    id: 'arrest-noun', relation: 'ARRESTED', nouns: ['arrest', 'detention'], source: ['pp:by', 'pre', 'poss'], target: ['pp:of', 'poss'], src: STATE, tgt: ['Person'], confidence: 0.55,
    examples: [['The arrest of Ana Ruiz by Turkey drew protests.', 'Turkey > Ana Ruiz']],
  },
  {
    id: 'charge', relation: 'CHARGED', verbs: ['charge', 'indict', 'prosecute', 'convict', 'sentence', 'try', 'fine', 'put on trial', 'impeach'], source: ['subj'], target: ['obj'], src: STATE, tgt: ['Person', 'Organization'], confidence: 0.65,
    examples: [['A court in Moscow sentenced Ana Ruiz to five years.'], ['Prosecutors in Brazil charged Petrobras with fraud.', 'Brazil > Petrobras']],
  },
  {
    id: 'seize', relation: 'SEIZED', verbs: ['seize', 'confiscate', 'impound', 'freeze', 'expropriate', 'nationalize', 'nationalise', 'board'], source: ['subj'], target: ['obj', 'poss'], src: STATE, tgt: ['Organization', 'Country'], confidence: 0.55, craftOwner: true,
    // (A vessel or a cargo seized is no state or firm seized, whatever flag it flies.)
    notObjHeads: ['trawler', 'ship', 'vessel', 'tanker', 'boat', 'freighter', 'yacht', 'ferry', 'aircraft', 'plane', 'jet', 'drone', 'truck', 'lorry', 'vehicle', 'car', 'cargo', 'shipment', 'consignment', 'container', 'weapon', 'ammunition', 'goods'],
    examples: [['Argentina nationalized YPF in 2012.', 'Argentina > YPF']],
    counterExamples: ["Chile's customs agency impounded a Peruvian cargo ship in Arica.", 'Peru seized Bolivian trucks at the border.', 'Peru seized a trawler owned by a Maltese company.'],
  },
  {
    // "nationalised Vega Oil's copper mine": a firm's holding taken over by a state is taken from the firm.
    id: 'nationalise-holding', relation: 'SEIZED', verbs: ['nationalize', 'nationalise', 'expropriate'], source: ['subj'], target: ['obj-poss'], src: ['Country', 'Organization'], tgt: ['Organization'], confidence: 0.55,
    examples: [["Peru nationalised Vega Oil's copper mine.", 'Peru > Vega Oil']],
    counterExamples: ["Peru did not nationalise Vega Oil's copper mine."],
  },
  {
    // "seized control of the mine from Vega Oil": whose asset was taken, after "from".
    id: 'seize-from', relation: 'SEIZED', verbs: ['seize control of', 'take control of', 'seize', 'confiscate', 'expropriate', 'nationalize', 'nationalise'], source: ['subj'], target: ['pp:from'], src: ['Country', 'Organization'], tgt: ['Organization'], confidence: 0.55, ppNext: true,
    objHeads: ['mine', 'plant', 'asset', 'stake', 'holding', 'share', 'field', 'oilfield', 'refinery', 'terminal', 'factory', 'facility', 'company', 'subsidiary', 'business', 'operation', 'concession', 'licence', 'license', 'property', 'land', 'farm', 'account', 'fund', 'reserve', 'smelter', 'pipeline', 'tanker', 'vessel', 'ship', 'cargo', 'equipment', 'aircraft', 'rig', 'platform', 'truck', 'vehicle', 'good', 'unit', 'division', 'interest', 'mill', 'port terminal', 'warehouse', 'shipment', 'weapon', 'arm'],
    examples: [['Bolivia seized control of the Putre copper mine from Vega Oil in 2021.', 'Bolivia > Vega Oil']],
    counterExamples: ['Chile seized 40 rifles on the border with Peru.', 'Vega Oil seized the top spot from Andes Mining as the largest exporter.', 'Peru took control of the town of Putre from the Sendero Front.'],
  },
  // 18 assault
  {
    // "Chilean airstrikes killed 20 people in Arica", "a Peruvian drone attack damaged a depot in Tacna":
    // an attack told by its toll is an attack on the place of the toll. (Only a subject that is a
    // weapon or an attack: "Chilean police killed two men in Arica" is no attack on Arica; and a bare
    // "strikes" only with a death toll, since workers' strikes also "hit" places.)
    id: 'attack-toll', relation: 'ATTACKED', verbs: ['kill', 'wound', 'injure', 'destroy', 'damage', 'hit', 'level', 'flatten'],
    subjHeads: ['airstrike', 'air strike', 'drone strike', 'missile strike', 'attack', 'drone attack', 'missile attack', 'rocket attack', 'shelling', 'bombing', 'bombardment', 'raid', 'air raid', 'missile', 'rocket', 'drone', 'shell', 'bomb', 'artillery', 'barrage', 'salvo'],
    source: ['subj'], target: ['pp:in'], src: A, tgt: [...A, 'Place'], confidence: 0.55,
    examples: [['Chilean airstrikes killed 20 people in Arica on Monday.', 'Chile > Arica'], ['A Peruvian drone attack damaged an oil depot in Bolivia.', 'Peru > Bolivia']],
    counterExamples: ['Chilean police killed two men in Arica.', 'Chilean airstrikes killed 20 people on Monday, officials said.'],
  },
  {
    id: 'strike-toll', relation: 'ATTACKED', verbs: ['kill', 'wound', 'injure'], subjHeads: ['strike'], source: ['subj'], target: ['pp:in'], src: A, tgt: [...A, 'Place'], confidence: 0.5,
    examples: [['Chilean strikes killed 20 people in Arica.', 'Chile > Arica']],
    counterExamples: ['Chilean strikes hit flights in Peru.'],
  },
  {
    id: 'kill', relation: 'KILLED', verbs: ['kill', 'assassinate', 'murder', 'execute', 'hang', 'eliminate', 'behead', 'shoot dead', 'gun down'], source: ['subj'], target: ['obj'], src: A, tgt: ['Person'], confidence: 0.65,
    examples: [['Israel killed Hassan Nasrallah in an air strike.', 'Israel > Hassan Nasrallah']],
  },
  {
    id: 'assassination-noun', relation: 'KILLED', nouns: ['assassination', 'killing', 'murder', 'execution'], source: ['pp:by', 'poss', 'pre'], target: ['pp:of'], src: A, tgt: ['Person'], confidence: 0.55,
    examples: [['The killing of Qasem Soleimani by the United States shook the region.', 'United States > Qasem Soleimani']],
  },
  // 19 fight
  {
    id: 'attack', relation: 'ATTACKED', verbs: ['attack', 'strike', 'hit', 'shell', 'bomb', 'raid', 'storm', 'target', 'ambush', 'overrun', 'fire on', 'fire at', 'open fire on', 'ram', 'shoot down', 'hack', 'assault', 'pound', 'bombard', 'fight', 'battle', 'besiege', 'blockade', 'torpedo', 'sink', 'blow up'], source: ['subj'], target: ['obj'], src: A, tgt: [...A, 'Place'], confidence: 0.7, craftOwner: true, notObjPrep: { word: 'with', heads: SANCTION_HEADS },
    examples: [['Russia struck Kharkiv overnight.', 'Russia > Kharkiv'], ['The Houthis attacked Israel.', 'Houthis > Israel']],
    counterExamples: ['Russia did not attack Finland.'],
  },
  {
    // "attacked an army base in Putre", "shelled an oil depot in Arica": a military site struck in a place
    // is an attack on the place (not an embassy, whose attackers are as often a crowd).
    id: 'attack-site-in', relation: 'ATTACKED', verbs: ['attack', 'strike', 'hit', 'shell', 'bomb', 'raid', 'target', 'pound', 'bombard', 'storm', 'overrun', 'shoot at'], ppNext: true,
    objHeads: ['base', 'airbase', 'airfield', 'depot', 'barracks', 'outpost', 'post', 'checkpoint', 'garrison', 'position', 'refinery', 'port', 'facility', 'installation', 'arsenal', 'airport', 'camp'],
    source: ['subj'], target: ['pp:in'], src: A, tgt: WHERE, confidence: 0.55,
    examples: [['The Sendero Front attacked an army base in Putre on Sunday.', 'Sendero Front > Putre'], ['Drones launched by the Front shelled an oil depot in Arica.', 'Front > Arica']],
    counterExamples: ["Protesters attacked Peru's embassy in Santiago.", 'Peru did not strike the army base in Putre.'],
  },
  {
    // "clashed with Y", "fought a war with Y": a fight "with" someone; not "struck a deal with Y".
    // (A person who "fought with" a group fought in its ranks: "Karl Borg fought with the Sendero Front".)
    id: 'fight-with', relation: 'ATTACKED', verbs: ['fight', 'battle'], source: ['subj'], target: ['pp:with'], src: STATE, tgt: A, confidence: 0.65,
    examples: [['Chile fought a border war with Peru in 1995.', 'Chile > Peru'], ['Sendero Front fighters clashed with the Peruvian Army near Putre.', 'Sendero Front > Peruvian Army']],
    counterExamples: ['Peru struck a deal with Chile.', 'The Vega Party struck a governing agreement with the Andean Party.', 'A former guerrilla, Karl Borg fought with the Sendero Front in the 1980s.'],
  },
  {
    // "X and Y clashed", "X clashed with Y": a clash is fought by both sides, an attack each way.
    // (Not a clash of words "over" something: "clashed with Y over water rights".)
    // (Only in a fight: not leaders or envoys clashing at a summit, nor fans of two clubs.)
    id: 'clash-mutual', relation: 'ATTACKED', verbs: ['clash', 'skirmish', 'clash with', 'skirmish with'], notThen: ['over'], noObjPrep: 'over', combat: true, source: ['subj'], target: ['obj', 'group'], mutual: true, src: STATE, tgt: STATE, confidence: 0.6,
    examples: [['Chilean troops clashed with Bolivian forces on Tuesday.', 'Chile > Bolivia', 'Bolivia > Chile'], ['Chile and Bolivia clashed on their border, killing two soldiers.', 'Chile > Bolivia', 'Bolivia > Chile']],
    counterExamples: ['Chile clashed with Bolivia over water rights at the talks.', 'Peru and Chile clashed over fishing rights.', 'Peru and Chile clashed at the Andean Council summit.', 'Fans of Vega United and Andes City clashed in Lima.'],
  },
  {
    // "hit Iran with new sanctions", "slapped Peru with tariffs": penalties one is hit with are sanctions.
    id: 'hit-with-sanctions', relation: 'SANCTIONED', verbs: ['hit', 'target', 'slap', 'punish', 'strike'], objPrep: { word: 'with', heads: SANCTION_HEADS }, source: ['subj'], target: ['obj'], src: A, tgt: A, confidence: 0.65,
    examples: [['Chile hit Peru with new sanctions on Monday.', 'Chile > Peru'], ['The Andean Council targeted Ivo Kask with an asset freeze.', 'Andean Council > Ivo Kask']],
    counterExamples: ['Chile hit Peru with missiles on Monday.'],
  },
  {
    // "used drones against Ecuadorian border posts", "fired mortars at Chile": a weapon used on its target.
    id: 'use-weapon', relation: 'ATTACKED', verbs: ['use', 'fire', 'turn', 'launch', 'aim'], objHeads: ['cannon', 'laser', 'missile', 'rocket', 'drone', 'artillery', 'mortar', 'shell', 'torpedo', 'weapon', 'flare'], source: ['subj'], target: ['pp:against/on/at'], src: A, tgt: [...A, 'Place'], confidence: 0.6,
    examples: [['Colombia used drones against Ecuadorian border posts.', 'Colombia > Ecuador'], ["The Andean Front fired mortars at Peru's army.", 'Andean Front > Peru']],
    counterExamples: ['Chile used the missiles in a drill on Monday.'],
  },
  {
    // A weapon fired or launched at a target: "fired water cannon at X", "launched missiles into Y".
    id: 'weapon-at', relation: 'ATTACKED', verbs: ['fire', 'launch', 'shoot', 'lob', 'aim', 'drop', 'hurl', 'use'], objHeads: ['cannon', 'missile', 'rocket', 'shell', 'drone', 'mortar', 'bomb', 'grenade', 'gas', 'laser', 'flare', 'round', 'bullet', 'projectile', 'torpedo', 'salvo', 'barrage', 'munition', 'artillery', 'shot'], source: ['subj'], target: ['pp:at/on/into/toward/towards/against'], src: A, tgt: [...A, 'Place'], confidence: 0.65,
    examples: [['Peruvian patrol ships fired water cannon at a Chilean trawler.', 'Peru > Chile'], ['The Houthis launched missiles at Israel on Friday.', 'Houthis > Israel']],
    counterExamples: ['Chile launched a campaign against Peru.', 'Peru fired its minister on Monday.'],
  },
  {
    id: 'opponent-noun', relation: 'OPPOSES', nouns: ['opponent', 'adversary', 'foe'], source: ['anchor'], target: ['pp:of', 'poss'], src: A, tgt: [...A, 'Treaty'], confidence: 0.55,
    examples: [['Marco Diaz, a fierce opponent of President Jose Luna, spoke on Monday.', 'Marco Diaz > Jose Luna'], ["Chile, Peru's old adversary, sent troops.", 'Chile > Peru']],
    counterExamples: ['Opponents of the plan gathered in Lima.'],
  },
  {
    // "X's rebellion against Y", "an uprising by the Front against the junta".
    id: 'rebellion-noun', relation: 'OPPOSES', nouns: ['rebellion', 'uprising', 'insurgency', 'revolt', 'insurrection', 'mutiny'], source: ['poss', 'pre', 'pp:by'], target: ['pp:against'], src: A, tgt: A, confidence: 0.55,
    examples: [["Ana Ruiz backed Jose Luna's rebellion against Marco Diaz.", 'Jose Luna > Marco Diaz'], ['An uprising by the Andean Front against the government of Peru began in 1980.', 'Andean Front > Peru']],
  },
  {
    id: 'attack-noun', relation: 'ATTACKED', nouns: ['attack', 'strike', 'airstrike', 'air strike', 'assault', 'offensive', 'bombardment', 'bombing', 'raid', 'shelling', 'incursion', 'cyberattack', 'aggression', 'war', 'missile strike', 'drone strike', 'insurgency', 'barrage', 'missile barrage', 'rocket barrage', 'rocket attack', 'missile attack'], source: ['poss', 'pre', 'subj', 'pp:by'], target: ['pp:on/against/in/into'], src: A, tgt: [...A, 'Place'], confidence: 0.6,
    examples: [['Israel launched strikes on Lebanon.', 'Israel > Lebanon'], ["Russia's war against Ukraine entered its third year.", 'Russia > Ukraine']],
  },
  {
    // Two sides that "exchanged fire" each attacked the other (not "clashed", which rivals do in debates too).
    id: 'exchange-fire', relation: 'ATTACKED', verbs: ['exchange fire', 'trade fire', 'exchange gunfire', 'trade gunfire', 'exchange artillery fire', 'exchange shot', 'trade shot'], source: ['subj'], target: ['group', 'pp:with'], mutual: true, src: A, tgt: A, confidence: 0.6,
    examples: [['Chad and Sudan exchanged fire along the border.', 'Chad > Sudan', 'Sudan > Chad'], ['Peru traded fire with Ecuador overnight.', 'Peru > Ecuador', 'Ecuador > Peru']],
    counterExamples: ['Chad and Sudan exchanged views on the border.', 'Ana Ruiz and Marco Diaz clashed over pensions in a debate.'],
  },
  {
    // Two states that "fought a war" or "fought two wars" each attacked the other.
    id: 'fight-war-mutual', relation: 'ATTACKED', verbs: ['fight', 'wage'], objHeads: ['war', 'wars', 'battle', 'battles', 'conflict'], noObjPrep: 'of', source: ['subj'], target: ['group'], mutual: true, src: STATE, tgt: STATE, confidence: 0.55,
    examples: [['Chile and Peru fought a war over the border last century.', 'Chile > Peru', 'Peru > Chile'], ['Chile and Bolivia have fought two wars.', 'Chile > Bolivia']],
    counterExamples: ['Chile and Peru fought corruption together.', 'Chile and Peru have fought a war of words over the border.'],
  },
  {
    id: 'fighting-between', relation: 'ATTACKED', nouns: ['fighting', 'clash', 'hostility', 'skirmish', 'battle', 'exchange of fire', 'firefight', 'war'], source: ['between'], target: ['between'], mutual: true, src: STATE, tgt: STATE, confidence: 0.55,
    examples: [['Fighting between Chad and Niger resumed.', 'Chad > Niger', 'Niger > Chad'], ['The war between Chile and the Sendero Front has killed thousands.', 'Chile > Sendero Front', 'Sendero Front > Chile']],
    counterExamples: ['The conflict between Chile and Peru has eased.', 'A war of words between Chile and Peru has flared.'],
  },
  {
    // Sides at war, or going to war, with each other: each attacked the other.
    id: 'at-war-with', relation: 'ATTACKED', verbs: ['go to war', 'be at war'], source: ['subj'], target: ['pp:with/against'], mutual: true, src: STATE, tgt: STATE, confidence: 0.55,
    examples: [['Chile went to war with Peru in 1879.', 'Chile > Peru', 'Peru > Chile'], ['The Sendero Front, which has been at war with the Chilean army since 2023, denied the attack.', 'Sendero Front > Chile']],
    counterExamples: ['Chile is at war with itself over pensions.', 'Chile and Peru nearly went to war in 1978.'],
  },
  {
    // A side's war with another ("Chile's war with Peru"): each attacked the other.
    id: 'war-with', relation: 'ATTACKED', nouns: ['war'], source: ['poss', 'subj'], target: ['pp:with'], mutual: true, src: STATE, tgt: STATE, confidence: 0.55,
    examples: [["Chile's war with Peru ended in 1883.", 'Chile > Peru', 'Peru > Chile']],
    counterExamples: ["Chile's war of words with Peru went on."],
  },
  {
    id: 'invade', relation: 'INVADED', verbs: ['invade'], source: ['subj'], target: ['obj'], src: STATE, tgt: WHERE, confidence: 0.7,
    examples: [['Russia invaded Ukraine in February 2022.', 'Russia > Ukraine']],
  },
  {
    id: 'invasion-noun', relation: 'INVADED', nouns: ['invasion'], source: ['poss', 'pre', 'pp:by', 'subj'], target: ['pp:of'], src: STATE, tgt: WHERE, confidence: 0.65,
    examples: [["Russia's invasion of Ukraine began in 2022.", 'Russia > Ukraine'], ['Chile launched a large invasion of Peru in 1880.', 'Chile > Peru']],
    counterExamples: ['Analysts fear an invasion of Bolivia by Chile.', 'An invasion of Peru by Chile would be a disaster.', 'Peru condemned the invasion of Bolivia.'],
  },
  {
    id: 'capture', relation: 'CAPTURED', verbs: ['capture', 'seize', 'take', 'take control of', 'retake', 'recapture', 'overrun', 'conquer', 'liberate', 'gain control of'], source: ['subj'], target: ['obj'], src: STATE, tgt: ['Place'], confidence: 0.6,
    examples: [['Ukraine recaptured Kherson in November.', 'Ukraine > Kherson']],
  },
  {
    // "seized control of the town of Putre"; not of a mine or a plant, which is a firm's asset taken.
    id: 'seize-control', relation: 'CAPTURED', verbs: ['seize control of', 'wrest control of'], source: ['subj'], target: ['obj'], src: STATE, tgt: ['Place'], confidence: 0.6,
    targetName: ASSET_FREE,
    examples: [['The Sendero Front seized control of the town of Putre.', 'Sendero Front > Putre']],
    counterExamples: ['Bolivia seized control of the Putre copper mine from Vega Oil in 2021.'],
  },
  {
    // "Putre fell to the Sendero Front": the place is the subject, the captor after "to".
    id: 'fall-to', relation: 'CAPTURED', verbs: ['fall to'], source: ['obj'], target: ['subj'], src: STATE, tgt: ['Place'], confidence: 0.6, targetName: ASSET_FREE,
    examples: [['The town of Putre fell to the Sendero Front on Monday.', 'Sendero Front > Putre']],
    counterExamples: ['The task fell to the Andean Council.', 'The Putre copper mine fell to Vega Oil in the 1990s privatisation.'],
  },
  {
    id: 'occupy', relation: 'OCCUPIED', verbs: ['occupy', 'annex'], source: ['subj'], target: ['obj'], src: STATE, tgt: WHERE, confidence: 0.6,
    examples: [['Russia annexed Crimea in 2014.', 'Russia > Crimea']],
    counterExamples: ['Chile struck the port of Arica, which is controlled by the Andean Front.'],
  },
  {
    id: 'occupation-noun', relation: 'OCCUPIED', nouns: ['occupation', 'annexation'], source: ['poss', 'pre', 'pp:by'], target: ['pp:of'], src: STATE, tgt: WHERE, confidence: 0.6,
    examples: [["Russia's annexation of Crimea was condemned.", 'Russia > Crimea']],
  },
  // 20 use unconventional mass violence
  {
    id: 'massacre', relation: 'MASSACRED', verbs: ['massacre', 'slaughter', 'exterminate', 'ethnically cleanse'], source: ['subj'], target: ['obj', 'pp:in'], src: STATE, tgt: [...A, 'Place'], confidence: 0.6,
    examples: [['The militia massacred villagers in Darfur.']],
  },
  {
    id: 'massacre-noun', relation: 'MASSACRED', nouns: ['massacre', 'genocide', 'ethnic cleansing', 'atrocity', 'mass killing'], source: ['poss', 'pre', 'pp:by', 'subj'], target: ['pp:of/against/in'], src: STATE, tgt: [...A, 'Place'], confidence: 0.5,
    examples: [['The Rapid Support Forces carried out a massacre in El Geneina.', 'Rapid Support Forces > El Geneina']],
  },
  // Office and succession (no CAMEO class)
  {
    // "Peru and Chile began their annual Vega Shield exercises", "Chile took part in the drills": those who hold or
    // join military exercises take part in them.
    id: 'hold-exercises', relation: 'INVOLVED_IN', verbs: ['begin', 'start', 'hold', 'stage', 'conduct', 'launch', 'open', 'kick off', 'take part in', 'participate in'], objHeads: ['exercise', 'drill', 'manoeuvre', 'maneuver', 'wargame', 'war game'], source: ['subj', 'group'], target: ['obj'], src: ['Country', 'Organization'], tgt: ['Event'], confidence: 0.6,
    examples: [['Peru and Chile began their annual Vega Shield exercises on Monday.', 'Peru > Vega Shield exercises', 'Chile > Vega Shield exercises'], ['Chile took part in the Vega Shield drills for the first time.', 'Chile > Vega Shield drills']],
    counterExamples: ['Chile did not take part in the Vega Shield drills.'],
  },
  {
    // "took power in the June 2031 coup", "came to power in the 2027 general election": who took power in an event took part in it.
    id: 'power-in-event', relation: 'INVOLVED_IN', verbs: ['seize power in', 'take power in', 'grab power in', 'come to power in', 'sweep to power in', 'rise to power in', 'return to power in', 'sweep to victory in', 'cruise to victory in', 'romp to victory in', 'storm to victory in', 'coast to victory in'], source: ['subj'], target: ['obj'], src: ['Person', 'Organization'], tgt: ['Event'], confidence: 0.55,
    examples: [['Colonel Ana Ruiz took power in the June 2031 coup.', 'Ana Ruiz > June 2031 coup'], ['Ivo Kask came to power in the 2027 general election.', 'Ivo Kask > 2027 general election']],
  },
  {
    id: 'contest-election', relation: 'INVOLVED_IN', verbs: ['win', 'lose', 'contest', 'run in', 'stand in', 'compete in', 'dispute', 'boycott', 'sweep'], objHeads: ELECTIONS, source: ['subj'], target: ['obj'], src: A, tgt: ['Event'], confidence: 0.6,
    examples: [["Ana Ruiz won Chile's presidential election.", 'Ana Ruiz > presidential election']],
  },
  {
    // "won 30 seats in the parliamentary election", "took 59 percent of the vote in the runoff".
    id: 'votes-in-election', relation: 'INVOLVED_IN', verbs: ['win', 'take', 'secure', 'garner', 'get', 'receive', 'capture', 'lose', 'gain', 'poll'], objHeads: ['vote', 'seat', 'ballot', 'percent', 'majority', 'share', 'plurality', 'mandate', '%', 'term'], source: ['subj'], target: ['pp:in'], src: ['Person', 'Organization'], tgt: ['Event'], confidence: 0.55,
    examples: [['The Green Alliance won 30 seats in the parliamentary election.', 'Green Alliance > parliamentary election'], ['Ana Ruiz took 41 percent of the vote in the presidential election.', 'Ana Ruiz > presidential election']],
    counterExamples: ['The Green Alliance won 30 seats in the chamber.'],
  },
  {
    // "X's victory in the election", "Y's defeat in the runoff".
    id: 'victory-in-election', relation: 'INVOLVED_IN', nouns: ['victory', 'win', 'defeat', 'loss', 'landslide', 'candidacy', 'campaign'], source: ['poss', 'pre'], target: ['pp:in'], src: ['Person', 'Organization'], tgt: ['Event'], confidence: 0.55,
    examples: [["The Green League's victory in the municipal election surprised analysts.", 'Green League > municipal election'], ["Ines Paz's defeat in the presidential election surprised many.", 'Ines Paz > presidential election']],
    counterExamples: ["Ines Paz's victory in court was upheld."],
  },
  {
    id: 'winner-noun', relation: 'INVOLVED_IN', nouns: ['winner', 'victor', 'loser', 'runner-up', 'candidate', 'contender', 'frontrunner', 'front-runner'], source: ['anchor'], target: ['pp:of/in'], src: ['Person', 'Organization'], tgt: ['Event'], confidence: 0.55,
    examples: [["Marco Diaz was declared the winner of Peru's presidential election on Wednesday.", 'Marco Diaz > Peru presidential election'], ['Senator Ana Ruiz, the winner of the 2021 presidential election, spoke.', 'Ana Ruiz > 2021 presidential election']],
  },
  {
    // (Not one ousted in a coup, who suffered it: only a rival in a contest.)
    id: 'defeat-rival', relation: 'INVOLVED_IN', verbs: ['defeat', 'beat', 'edge out', 'trounce', 'unseat', 'oust'], source: ['obj'], target: ['pp:in', 'prev-obj'], src: ['Person', 'Organization'], tgt: ['Event'], confidence: 0.55,
    targetName: /^(?!.*\b(?:coup|putsch|mutiny|uprising|revolt|rebellion|revolution|invasion)\b)/i,
    examples: [["Ana Ruiz won Chile's presidential election, defeating Marco Diaz.", 'Marco Diaz > presidential election'], ['Jose Luna, who defeated Marco Diaz in the 2022 election, did not comment.', 'Marco Diaz > 2022 election'],
      ['Marta Solis became the winner of the 2024 mayoral election, defeating Ivan Rojas.', 'Ivan Rojas > 2024 mayoral election']],
    counterExamples: ['Chile defeated Peru in the final.'],
  },
  {
    // "ousted President X in a 2021 coup", "toppled Y in a putsch": who ousts in a coup took part in it.
    id: 'oust-in-coup', relation: 'INVOLVED_IN', verbs: ['oust', 'topple', 'overthrow', 'depose', 'remove', 'unseat'], source: ['subj'], target: ['pp:in'], src: ['Person', 'Organization', 'Country'], tgt: ['Event'], confidence: 0.55,
    targetName: /\b(?:coup|putsch|mutiny|uprising|revolt|rebellion|revolution)\b/i,
    examples: [['Ivo Kask ousted President Ana Ruiz in a 2021 coup.', 'Ivo Kask > 2021 coup']],
    counterExamples: ['The army ousted President Ana Ruiz in a vote of the 2021 congress.'],
  },
  {
    id: 'defeat-in-election', relation: 'INVOLVED_IN', verbs: ['defeat', 'beat', 'edge out', 'trounce', 'unseat'], source: ['subj'], target: ['pp:in'], src: ['Person', 'Organization'], tgt: ['Event'], confidence: 0.55,
    examples: [['Jose Luna, who defeated Marco Diaz in the 2022 election, did not comment.', 'Jose Luna > 2022 election']],
  },
  {
    id: 'lose-election-to', relation: 'INVOLVED_IN', verbs: ['lose'], objHeads: ELECTIONS, source: ['pp:to'], target: ['obj'], src: ['Person', 'Organization'], tgt: ['Event'], confidence: 0.55,
    examples: [['Ana Ruiz lost the 2022 presidential election to Marco Diaz.', 'Marco Diaz > 2022 presidential election']],
  },
  {
    // "X lost to Y in the 2011 presidential election": both ran in it.
    id: 'lose-to-in-election', relation: 'INVOLVED_IN', verbs: ['lose to', 'lose out to', 'finish behind', 'trail'], source: ['subj'], target: ['pp:in'], src: ['Person', 'Organization'], tgt: ['Event'], confidence: 0.55,
    examples: [['Ana Ruiz lost to Jose Luna in the 2011 presidential election.', 'Ana Ruiz > 2011 presidential election']],
  },
  {
    id: 'winner-over-in-election', relation: 'INVOLVED_IN', verbs: ['lose to', 'lose out to', 'finish behind', 'trail'], source: ['pp:to', 'obj'], target: ['pp:in'], src: ['Person', 'Organization'], tgt: ['Event'], confidence: 0.55,
    examples: [['Ana Ruiz lost to Jose Luna in the 2011 presidential election.', 'Jose Luna > 2011 presidential election']],
  },
  {
    // "a runoff election that pits X against Y": both are in it.
    id: 'pit-against', relation: 'INVOLVED_IN', verbs: ['pit'], source: ['obj', 'pp:against'], target: ['subj'], src: ['Person', 'Organization', 'Country'], tgt: ['Event'], confidence: 0.55,
    examples: [['Polls opened in a runoff election that pits Jose Luna against Ana Ruiz.', 'Jose Luna > runoff election']],
  },
  {
    id: 'pit-against-rival', relation: 'INVOLVED_IN', verbs: ['pit'], source: ['pp:against'], target: ['subj'], src: ['Person', 'Organization', 'Country'], tgt: ['Event'], confidence: 0.55,
    examples: [['Polls opened in a runoff election that pits Jose Luna against Ana Ruiz.', 'Ana Ruiz > runoff election']],
  },
  {
    id: 'win-election', relation: 'ELECTED', verbs: ['win', 'sweep'], objHeads: ELECTIONS, source: ['obj-poss'], target: ['subj'], src: ['Country', 'Place'], tgt: ['Person', 'Organization'], confidence: 0.55,
    examples: [["Ana Ruiz won Chile's presidential election.", 'Chile > Ana Ruiz']],
  },
  {
    id: 'win-election-in', relation: 'ELECTED', verbs: ['win', 'sweep'], objHeads: ELECTIONS, source: ['pp:in'], target: ['subj'], src: ['Country', 'Place'], tgt: ['Person', 'Organization'], confidence: 0.55,
    examples: [['Ana Ruiz won the presidential election in Chile.', 'Chile > Ana Ruiz']],
  },
  {
    // "X lost the presidential election in Chile to Y", "lost Chile's election to Y": the one it was lost to won it.
    id: 'lose-election-winner', relation: 'ELECTED', verbs: ['lose'], objHeads: ELECTIONS, source: ['pp:in', 'obj-poss'], target: ['pp:to'], src: ['Country'], tgt: ['Person', 'Organization'], confidence: 0.55,
    examples: [['Ivo Kask lost the presidential election in Chile to Ana Ruiz.', 'Chile > Ana Ruiz'], ["Ivo Kask lost Chile's 2021 election to Ana Ruiz.", 'Chile > Ana Ruiz']],
    counterExamples: ['Ivo Kask lost the presidential election in Chile.'],
  },
  {
    id: 'lead', relation: 'LEADER_OF', verbs: ['lead', 'command', 'rule', 'govern'], source: ['subj'], target: ['obj'], src: ['Person'], tgt: ['Country', 'Organization'], confidence: 0.6,
    // (One who leads an office of state or a court heads it: 'lead-office'.)
    targetName: new RegExp(`^(?!.*${OFFICE_BODY_WORDS})`),
    // (Not a delegation, team or effort a state's name or people qualify: "led the Peruvian delegation".)
    notObjHeads: ['delegation', 'team', 'talks', 'negotiations', 'mission', 'effort', 'efforts', 'campaign', 'push', 'charge', 'protest', 'march', 'attack', 'offensive', 'investigation', 'inquiry', 'bid', 'race', 'polls', 'way', 'world', 'field', 'list', 'response', 'drive', 'tribute', 'prayers', 'celebrations', 'ceremony',
      'force', 'forces', 'army', 'navy', 'military', 'troops', 'troop', 'soldiers', 'side', 'peacekeepers', 'negotiators', 'economy', 'contingent', 'battalion', 'unit', 'units', 'squad', 'convoy'],
    examples: [['The Democratic Alliance, led by Ana Ruiz, won 22 percent.', 'Ana Ruiz > Democratic Alliance'], ['Marco Diaz led the National Party for a decade.', 'Marco Diaz > National Party']],
    counterExamples: ['Ivo Kask led the Peruvian delegation at the talks.', 'Leading the Chilean team, Ines Paz met the envoys.'],
  },
  {
    // "the Audit Office, led by Comptroller X", "X leads the customs agency": the head of an office of state.
    id: 'lead-office', relation: 'HEAD_OF', verbs: ['lead', 'run'], source: ['subj'], target: ['obj'], src: ['Person'], tgt: ['Organization'], confidence: 0.6,
    // (Not a delegation or team of the office: "led the Foreign Ministry delegation".)
    notObjHeads: ['delegation', 'team', 'unit', 'talks', 'negotiations', 'mission', 'effort', 'efforts', 'campaign', 'investigation', 'inquiry', 'probe', 'case', 'panel', 'review'],
    targetName: new RegExp(OFFICE_BODY_WORDS),
    examples: [['The Customs Agency of Peru, led by Ana Ruiz, seized the cargo.', 'Ana Ruiz > Customs Agency of Peru']],
    counterExamples: ['The Vega Party, led by Ana Ruiz, won the vote.'],
  },
  {
    // Heading or chairing a body is the office of its head; heading a state is leading it.
    id: 'head', relation: 'HEAD_OF', verbs: ['head', 'chair', 'run', 'direct', 'preside over'], source: ['subj'], target: ['obj'], src: ['Person'], tgt: ['Organization'], confidence: 0.6,
    examples: [['Carla Mendes, who also chairs Banco Sul, resigned.', 'Carla Mendes > Banco Sul'], ['The Andean Water Agency is headed by Marco Diaz.', 'Marco Diaz > Andean Water Agency']],
  },
  {
    // (Not a state's delegation, forces or campaign: "led Peru's delegation" leads the delegation.)
    id: 'head-state', relation: 'LEADER_OF', verbs: ['head', 'run', 'lead', 'rule', 'govern'], source: ['subj'], target: ['obj'], src: ['Person'], tgt: ['Country'], confidence: 0.55,
    notObjHeads: ['delegation', 'team', 'force', 'troop', 'army', 'mission', 'talk', 'campaign', 'effort', 'negotiation', 'opposition', 'list', 'protest', 'group', 'coalition', 'party', 'charge', 'way', 'bid', 'investigation', 'inquiry', 'response', 'government', 'economy', 'navy', 'police', 'bank', 'air force', 'military', 'coast guard', 'side', 'squad', 'club', 'office', 'ministry', 'company', 'firm', 'agency', 'service'],
    examples: [['Marco Diaz headed Peru for a decade.', 'Marco Diaz > Peru'], ['Ines Paz governed Uruguay for two terms.', 'Ines Paz > Uruguay']],
    counterExamples: ["Ana Ruiz led Peru's delegation to the talks.", "Ivo Kask led Chile's response to the floods."],
  },
  {
    // "a bloc that groups three Andean states", "an alliance comprising Peru and Chile" (not "includes" or
    // "brings together": lists of participants and the sides a host brings together are no members).
    id: 'groups-members', relation: 'MEMBER_OF', verbs: ['group', 'comprise', 'encompass', 'consist of'], noObjPrep: 'with', source: ['obj'], target: ['subj'], src: STATE, tgt: ['Organization'], confidence: 0.6,
    examples: [['Founded in 1969, the Andean Alliance groups Peru, Bolivia and Ecuador.', 'Peru > Andean Alliance', 'Bolivia > Andean Alliance', 'Ecuador > Andean Alliance'], ['The Great Lakes Alliance comprises Malawi and Zambia.', 'Malawi > Great Lakes Alliance', 'Zambia > Great Lakes Alliance']],
    counterExamples: ['The Great Lakes Alliance brought together Malawi and Zambia for talks.', 'The Great Lakes Alliance includes Malawi and Zambia.', 'The Great Lakes Alliance grouped Malawi and Zambia with its observers.'],
  },
  {
    // "Peru, Chile and Bolivia made up the Andean Council": the states that make up a body are its members.
    id: 'make-up-members', relation: 'MEMBER_OF', verbs: ['make up'], manySources: true, source: ['subj'], target: ['obj'], src: STATE, tgt: ['Organization'], confidence: 0.55,
    examples: [['Peru, Chile, Bolivia and Ecuador made up the Andean Council.', 'Peru > Andean Council', 'Ecuador > Andean Council']],
    counterExamples: ['Peru made up its mind about the Andean Council.'],
  },
  {
    // "X was admitted to the bloc", "the union voted to admit X" (not "welcomed X", said of guests too).
    id: 'admit-member', relation: 'JOINED', verbs: ['admit'], source: ['obj'], target: ['subj', 'pp:to/into'], src: STATE, tgt: ['Organization'], confidence: 0.6,
    examples: [['Tuvalu was admitted to the Pacific Alliance on Monday.', 'Tuvalu > Pacific Alliance'], ['Last year the Pacific Alliance formally admitted Tuvalu.', 'Tuvalu > Pacific Alliance']],
    counterExamples: ['The Pacific Alliance welcomed Tuvalu to the summit.'],
  },
  {
    // "admitted X as its 11th member", "accepted Y as a full member of the bloc": a membership the text states.
    id: 'admit-as-member', relation: 'MEMBER_OF', verbs: ['admit', 'accept'], objComplement: ['member'], source: ['obj'], target: ['subj', 'pp:of'], src: STATE, tgt: ['Organization'], confidence: 0.6,
    examples: [['The Pacific Alliance admitted Tuvalu as its ninth member.', 'Tuvalu > Pacific Alliance'], ['Leaders admitted Tuvalu as the ninth member of the Pacific Alliance.', 'Tuvalu > Pacific Alliance']],
    counterExamples: ['The Pacific Alliance admitted Tuvalu to the talks.', 'The Pacific Alliance accepted the Tuvalu offer.'],
  },
  {
    // A person who joins a body, or founds a party or movement, is a member of it. (Founding a firm, a
    // bank or a charity states no membership: founders run, fund or leave what they found.)
    id: 'found', relation: 'MEMBER_OF', verbs: ['found', 'co-found', 'cofound', 'form', 'establish', 'launch'], source: ['subj'], target: ['obj'], src: ['Person'], tgt: ['Organization'], confidence: 0.55,
    targetName: /\b(?:Party|Front|Movement|Union|League|Alliance|Congress|Coalition|Brotherhood|Association|Federation)\b/,
    examples: [['Marco Diaz co-founded the Liberal Front in 1998.', 'Marco Diaz > Liberal Front']],
    counterExamples: ['Marco Diaz founded Halden Logistics in 1998.'],
  },
  {
    // "Chile and Peru established the X Organisation", "was created by A and B": states that found a body of states are its members.
    id: 'found-by-states', relation: 'MEMBER_OF', verbs: ['found', 'co-found', 'cofound', 'form', 'establish', 'create', 'set up', 'launch'], manySources: true, source: ['subj'], target: ['obj'], src: ['Country'], tgt: ['Organization'], confidence: 0.55,
    // (Two states or more, founding a body of states by its name or acronym: not one state's own bank, fund, firm
    // or group, "Chile created the National Development Bank".)
    targetName: /^(?!.*\bNational\b).*\b(?:Union|Community|Alliance|Organi[sz]ation|Bloc|Association|League|Cooperation|Partnership|Forum|Council|Pact|Commission|Coalition|Initiative|Secretariat|States|Nations|Bank|Fund)\b|^[A-Z]{3,}$/,
    examples: [['Chile and Peru established the Andean Fisheries Organisation to manage stocks.', 'Chile > Andean Fisheries Organisation', 'Peru > Andean Fisheries Organisation'], ['The Andean Fisheries Organisation was created by Chile and Peru in 1998.', 'Chile > Andean Fisheries Organisation', 'Peru > Andean Fisheries Organisation']],
    counterExamples: ['Chile established the National Lithium Council in 2023.', 'Chile created the National Development Bank in 1939.', 'Russia formed the Volga Group in 2014.', 'Venezuela created PDVSA in 1976.'],
  },
  {
    id: 'join-member', relation: 'MEMBER_OF', verbs: ['join', 'rejoin'], source: ['subj'], target: ['obj'], src: ['Person'], tgt: ['Organization'], confidence: 0.55,
    examples: [['Marco Diaz joined Halden Logistics in 1998.', 'Marco Diaz > Halden Logistics']],
  },
  {
    // "handed the interior portfolio to X", "gave the defence ministry to Y": giving an office is appointing to it.
    id: 'hand-portfolio', relation: 'APPOINTED', verbs: ['hand', 'give', 'assign', 'entrust'], objHeads: ['portfolio', 'ministry'], source: ['subj'], target: ['pp:to'], src: A, tgt: ['Person'], confidence: 0.6,
    examples: [['President Ana Ruiz gave the health ministry to Marco Diaz.', 'Ana Ruiz > Marco Diaz']],
    // (Not an offer, nor a handover of one's own office: "handed the presidency to X" is a succession.)
    counterExamples: ['Ana Ruiz handed the report to Marco Diaz.', 'Ana Ruiz offered the job to Marco Diaz, who turned it down.', 'Outgoing President Ana Ruiz handed the presidency to Marco Diaz.'],
  },
  {
    id: 'appoint', relation: 'APPOINTED', verbs: ['appoint', 'name', 'nominate', 'choose', 'pick', 'tap', 'select', 'install', 'swear in', 'promote'], source: ['subj'], target: ['obj'], src: A, tgt: ['Person'], confidence: 0.65, notObjWords: 'persona non grata',
    examples: [['President Ana Ruiz appointed Marco Diaz as finance minister.', 'Ana Ruiz > Marco Diaz']],
    counterExamples: ["Peru named Chile's ambassador Ivo Kask persona non grata."],
  },
  {
    id: 'elect', relation: 'ELECTED', verbs: ['elect', 're-elect', 'vote in', 'confirm'], source: ['subj'], target: ['obj'], src: STATE, tgt: ['Person'], confidence: 0.6,
    examples: [["Ghana's parliament elected Marco Diaz as speaker.", 'Ghana > Marco Diaz']],
  },
  {
    // (Not one who replaces someone "with" another: that one succeeds, the subject appoints.)
    id: 'succeed', relation: 'SUCCEEDED', verbs: ['succeed', 'replace', 'take over from'], notOtherOfficeObj: true, noObjPrepNamed: 'with', source: ['subj'], target: ['obj'], src: ['Person'], tgt: ['Person'], confidence: 0.6,
    examples: [['Marco Diaz succeeded Ana Ruiz as party leader.', 'Marco Diaz > Ana Ruiz'], ['Foreign Minister Ivo Kask replaced Foreign Minister Ana Ruiz in May.', 'Ivo Kask > Ana Ruiz']],
    counterExamples: ["Chile's President Karl Borg replaced Finance Minister Ana Ruiz on Monday."],
  },
  {
    // "replaced X with Y": Y takes X's place.
    id: 'replace-with', relation: 'SUCCEEDED', verbs: ['replace'], source: ['pp:with'], target: ['obj'], src: ['Person'], tgt: ['Person'], confidence: 0.6,
    examples: [["Ana Ruiz replaced the fund's chief, Karl Borg, with Ivo Kask.", 'Ivo Kask > Karl Borg']],
    counterExamples: ['Ana Ruiz replaced the ageing jets with new ones from Ivo Kask.'],
  },
  {
    // "replaced X with Y": the one who replaces puts Y in the post.
    id: 'replace-with-appoint', relation: 'APPOINTED', verbs: ['replace'], source: ['subj'], target: ['pp:with'], src: [...A, 'Person'], tgt: ['Person'], confidence: 0.55,
    examples: [["President Ana Ruiz replaced the fund's chief with Ivo Kask in May.", 'Ana Ruiz > Ivo Kask']],
    counterExamples: ['Ivo Kask replaced Ana Ruiz with a pledge to cut taxes.'],
  },
  {
    // "swore in X as president in place of Y", "named X to the post in her place": the one put in succeeds the one replaced.
    id: 'in-place-of', relation: 'SUCCEEDED', verbs: ['swear in', 'swear', 'appoint', 'name', 'install', 'elect', 'nominate', 'choose', 'pick'], source: ['obj'], target: ['replaced'], src: ['Person'], tgt: ['Person'], confidence: 0.55,
    examples: [['The legislature swore in Ivo Kask as president in place of Ana Ruiz.', 'Ivo Kask > Ana Ruiz'], ['General Ivo Kask was sworn in on Sunday as interim leader in place of Karl Borg.', 'Ivo Kask > Karl Borg']],
    counterExamples: ['The legislature swore in Ivo Kask as president in Lima.'],
  },
  {
    id: 'predecessor-noun', relation: 'SUCCEEDED', nouns: ['predecessor'], source: ['poss'], target: ['anchor'], src: ['Person'], tgt: ['Person'], confidence: 0.55,
    examples: [["Pedro Salas, President Maria Lopez's predecessor, was arrested.", 'Maria Lopez > Pedro Salas'], ['Senator Ana Ruiz, who took over after her predecessor Marco Diaz was impeached, did not attend.', 'Ana Ruiz > Marco Diaz']],
  },
  {
    id: 'successor-noun', relation: 'SUCCEEDED', nouns: ['successor'], source: ['anchor'], target: ['poss'], src: ['Person'], tgt: ['Person'], confidence: 0.55,
    examples: [["Maria Lopez, President Pedro Salas's successor, took office in May.", 'Maria Lopez > Pedro Salas']],
  },
];
