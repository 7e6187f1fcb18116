/**
 * How a sentence tells each act (clauses/modality.ts), on written examples: who claims or denies it,
 * the clause as the scope of a negation or denial, and the two tellings of a disputed act.
 */
import { describe, expect, it } from 'vitest';
import { idsOf, run, statusesOf, told } from '../spec-helpers.ts';

const claimants = (r: ReturnType<typeof run>, s: string, type: string, t: string, status: string): string[] => {
  const names = new Map(r.entities.map((e) => [e.id, e.name]));
  return (told(r, s, type, t).find((x) => (x.status ?? 'asserted') === status)?.claimedBy ?? []).map((id) => names.get(id)!).sort();
};

describe('modality and attribution', () => {
  it('names who alleges an act and who denies it, as two facts', () => {
    const r = run('Chile and Peru have accused Bolivia of supplying weapons to Paraguay, which Bolivia and Paraguay have denied.');
    expect(statusesOf(r, 'Bolivia', 'SUPPLIED', 'Paraguay')).toEqual(['alleged', 'denied']);
    expect(claimants(r, 'Bolivia', 'SUPPLIED', 'Paraguay', 'alleged')).toEqual(['Chile', 'Peru']);
    expect(claimants(r, 'Bolivia', 'SUPPLIED', 'Paraguay', 'denied')).toEqual(['Bolivia', 'Paraguay']);
    // The accusation itself happened.
    expect(statusesOf(r, 'Chile', 'ACCUSED', 'Bolivia')).toEqual(['asserted']);
  });

  it('keys an act told in two ways apart and keeps each sentence as the evidence of its own telling', () => {
    const r = run('Kenya signed the Nairobi Accord. Uganda said Kenya had not signed the Nairobi Accord.');
    const facts = told(r, 'Kenya', 'SIGNED', 'Nairobi Accord');
    expect(facts.map((x) => x.status ?? 'asserted').sort()).toEqual(['asserted', 'negated']);
    const negated = facts.find((x) => x.status === 'negated')!;
    expect(negated.id.endsWith('|negated')).toBe(true);
    expect(negated.evidence).toHaveLength(1);
    expect(negated.evidence[0]).toMatchObject({ status: 'negated', claimedBy: idsOf(r, 'Uganda') });
    expect(facts.find((x) => !x.status)!.evidence[0]!.status).toBeUndefined();
  });

  it('reads "no plans to" or "no intention to" as a denied act, and "plans to" as planned', () => {
    const r = run('Chilean President Ana Ruiz said she had no intention to meet Marco Diaz. Peru has plans to sign the Lima Accord.');
    expect(statusesOf(r, 'Ana Ruiz', 'MET_WITH', 'Marco Diaz')).toEqual(['negated']);
    expect(statusesOf(r, 'Peru', 'SIGNED', 'Lima Accord')).toEqual(['planned']);
  });

  it('limits a negation to its clause', () => {
    const r = run('Chile did not sign the Lima Accord, but Peru signed the Lima Accord in May.');
    expect(statusesOf(r, 'Chile', 'SIGNED', 'Lima Accord')).toEqual(['negated']);
    expect(statusesOf(r, 'Peru', 'SIGNED', 'Lima Accord')).toEqual(['asserted']);
  });

  it('limits a trailing denial to the clause it answers, not an aside before it', () => {
    const r = run('Peru, which invaded Bolivia in 1990, accused Chile of attacking Ecuador, a charge Chile rejected.');
    expect(statusesOf(r, 'Peru', 'INVADED', 'Bolivia')).toEqual(['asserted']);
    expect(statusesOf(r, 'Chile', 'ATTACKED', 'Ecuador')).toEqual(['alleged', 'denied']);
  });

  it('carries a trailing denial back over gerunds to the accused act', () => {
    const r = run('Chile accused Bolivia of providing Paraguay with hundreds of exploding drones for use against Peru, which Bolivia has denied.');
    expect(statusesOf(r, 'Bolivia', 'SUPPLIED', 'Paraguay')).toEqual(['alleged', 'denied']);
  });

  it('reads a treaty "to be signed" as planned, and a leader\'s act reported by the country he leads as its own', () => {
    const r = run('Chile said that the Treaty of Lima to be signed by Chilean President Ana Ruiz would open trade.');
    expect(statusesOf(r, 'Ana Ruiz', 'SIGNED', 'Treaty of Lima')).toEqual(['planned']);
    expect(told(r, 'Ana Ruiz', 'SIGNED', 'Treaty of Lima')[0]!.claimedBy).toBeUndefined();
  });

  it('reads "that" after a reporting verb\'s object as opening what is reported, not as a relative', () => {
    const r = run('Chile told reporters in Lima that Peru had expelled Bolivian diplomats.');
    expect(statusesOf(r, 'Peru', 'EXPELLED', 'Bolivia')).toEqual(['alleged']);
  });

  it('does not assert an act whose denial is negated', () => {
    const r = run('Bolivia did not deny supplying weapons to Paraguay.');
    expect(statusesOf(r, 'Bolivia', 'SUPPLIED', 'Paraguay')).toEqual(['alleged']);
  });

  it('reads negation in contractions and "never"', () => {
    const r = run("Chile didn't attack Peru. Bolivia never met Paraguay.");
    expect(statusesOf(r, 'Chile', 'ATTACKED', 'Peru')).toEqual(['negated']);
    expect(statusesOf(r, 'Bolivia', 'MET_WITH', 'Paraguay')).toEqual(['negated']);
  });

  it('attributes a reported act to the speaker, but a party reporting its own act asserts it', () => {
    const r = run('Chile said Peru had expelled Bolivian diplomats. Ecuador said it had expelled Bolivian diplomats.');
    expect(statusesOf(r, 'Peru', 'EXPELLED', 'Bolivia')).toEqual(['alleged']);
    expect(claimants(r, 'Peru', 'EXPELLED', 'Bolivia', 'alleged')).toEqual(['Chile']);
    expect(statusesOf(r, 'Ecuador', 'EXPELLED', 'Bolivia')).toEqual(['asserted']);
  });

  it('keeps "claimed" as alleged even of the speaker\'s own act', () => {
    const r = run('Chile claimed it had captured Arica.');
    expect(statusesOf(r, 'Chile', 'CAPTURED', 'Arica')).toEqual(['alleged']);
  });

  it('reads intent, schedules and conditions as planned, wishes and requests as no act', () => {
    const r = run('Chile is due to sign the Lima Accord. Peru hopes to join NATO. France asked Bolivia to leave the Lima Accord. If Ecuador signs the Lima Accord, Chile will follow.');
    expect(statusesOf(r, 'Chile', 'SIGNED', 'Lima Accord')).toEqual(['planned']);
    expect(statusesOf(r, 'Peru', 'JOINED', 'NATO')).toEqual([]);
    expect(statusesOf(r, 'Bolivia', 'WITHDREW_FROM', 'Lima Accord')).toEqual([]);
    expect(statusesOf(r, 'Ecuador', 'SIGNED', 'Lima Accord')).toEqual(['planned']);
  });

  it('tells a noun event by its support verb, and leaves an event named as given when another verb governs it', () => {
    const r = run('Chile did not impose sanctions on Peru. France ordered Bolivia to halt its offensive against Paraguay.');
    expect(statusesOf(r, 'Chile', 'SANCTIONED', 'Peru')).toEqual(['negated']);
    expect(statusesOf(r, 'Bolivia', 'ATTACKED', 'Paraguay')).toEqual(['asserted']);
  });

  it('reads "the threat of sanctions" as no act', () => {
    const r = run('Peru negotiated with Chile under the threat of Chilean sanctions on Peru.');
    expect(statusesOf(r, 'Chile', 'SANCTIONED', 'Peru')).toEqual([]);
  });
});
