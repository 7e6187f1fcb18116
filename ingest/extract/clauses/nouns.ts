/** Word lists the chunker and argument finding share. */

/** Verbs that link a subject to what it is or becomes ("X is a …", "X became …"). */
export const COPULAS: ReadonlySet<string> = new Set(['be', 'become', 'remain']);

/** Sites named after the place they stand at ("the Putre bridge", "the Arica port"). */
export const SITE_NOUNS: readonly string[] = ['bridge', 'dam', 'port', 'airport', 'reservoir', 'prison', 'refinery', 'terminal', 'crossing'];

/** Possessive determiners ("his", "its", "their"…). */
export const POSSESSIVE_PRON: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** Nouns that name an act told before ("condemned the decision", "welcomed the move"). */
export const ACT_NOUNS: ReadonlySet<string> = new Set(
  'decision move step measure action announcement ruling verdict plan policy ban order withdrawal suspension attack strike raid bombing blast killing assault invasion offensive crackdown arrest detention expulsion sanction tariff duty levy embargo restriction ratification recognition seizure abduction kidnapping takeover veto execution sale incident accession closure recall deportation deployment package request demand proposal offer appeal plea ultimatum'.split(' '),
);

/** Common nouns that stand for the actor that modifies them ("Russian forces", "Iran's government"). */
export const AGENT_NOUNS = new Set(
  `troop force official government authority military army navy police diplomat leader lawmaker ministry coast guard ship vessel warship jet
  aircraft warplane drone soldier hacker missile rebel militant fighter regulator prosecutor envoy delegation negotiator administration media
  security gunboat boat artillery unit commander ambassador consul embassy parliament legislature assembly senate congress electorate voter prosecution spokesman spokeswoman spokesperson cabinet investigator court judge legislator
  parliamentarian representative agent agency intelligence state firm company bank expert monitor inspector observer team ally member
  regime junta ruler leadership officer peacekeeper trooper gunman gunmen insurgent militiaman militiamen attacker assailant
  strike airstrike attack bombing shelling bombardment raid rocket shell bomb barrage salvo`.split(/\s+/),
);
