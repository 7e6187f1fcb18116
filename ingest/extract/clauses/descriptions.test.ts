/** Definite descriptions standing for the entity they describe, through the whole extractor. */
import { describe, expect, it } from 'vitest';
import { has, run } from '../spec-helpers.ts';

describe('definite descriptions', () => {
  it('reads "the deal" and an object "it" after it as the agreement named before', () => {
    const r = run('Chile and Peru signed the Lima Accord on Monday. Bolivia criticised the deal. France called the Quito Pact unfair, and Spain also opposes it.');
    expect(has(r, 'Bolivia', 'CRITICIZED', 'Lima Accord')).toBe(true);
    expect(has(r, 'Spain', 'OPPOSES', 'Quito Pact')).toBe(true);
  });
  it('reads "the bloc" only as a body whose name says it is one, never the subject itself', () => {
    const r = run('Peru asked the World Bank for a loan. Chile joined the bloc.');
    expect(has(r, 'Chile', 'JOINED', 'World Bank')).toBe(false);
    const r2 = run('Ghana praised the African Union. Togo later left the bloc.');
    expect(has(r2, 'Togo', 'WITHDREW_FROM', 'African Union')).toBe(true);
  });
  it('reads "the storm" as the named storm before it, and "the hurricane" only as a hurricane', () => {
    const r = run('Cyclone Ana battered Mozambique. The storm then hit Madagascar.');
    expect(has(r, 'Cyclone Ana', 'LOCATED_IN', 'Madagascar')).toBe(true);
    const r2 = run('Cyclone Ana battered Mozambique. The hurricane then hit Madagascar.');
    expect(has(r2, 'Cyclone Ana', 'LOCATED_IN', 'Madagascar')).toBe(false);
  });
  it('reads "the rebels" as the one armed group the text called so, never a body that is not one', () => {
    const r = run("Peru's army clashed with the Condor rebel group last year. In March the rebels captured the towns of Tacna and Puno.");
    for (const c of ['Tacna', 'Puno']) expect(has(r, 'Condor', 'CAPTURED', c)).toBe(true);
    const r2 = run('Peru signed a truce with the Andean Community. The rebels attacked Tacna.');
    expect(r2.relations.some((x) => x.type === 'ATTACKED')).toBe(false);
  });
  it('reads "the court" as the court or tribunal named before it, never another body', () => {
    const r = run('The Andean Tribunal ruled on Thursday. Peru rejected the jurisdiction of the court.');
    expect(has(r, 'Peru', 'REJECTED', 'Andean Tribunal')).toBe(true);
    const r2 = run('The World Bank ruled on Thursday. Peru rejected the jurisdiction of the court.');
    expect(has(r2, 'Peru', 'REJECTED', 'World Bank')).toBe(false);
  });
  it('reads "the country" as the state named last before it, never the clause\'s own subject', () => {
    const r = run('Bolivia asked the Andean Fund for help in May. In June the Tana Bank gave $90 million to the country.');
    expect(has(r, 'Tana Bank', 'PROVIDED_AID_TO', 'Bolivia')).toBe(true);
    const r2 = run('Chile thanked Peru for its help, and said the country would repay it.');
    expect(r2.relations.some((x) => x.type !== 'THANKED' && x.source === x.target)).toBe(false);
  });
  it('reads "the company" as the last body named before it that is no public one', () => {
    const r = run('Halden Energy opened a plant in Peru. Orla Brenn, the company\'s chief executive, cut the ribbon.');
    expect(has(r, 'Orla Brenn', 'HEAD_OF', 'Halden Energy')).toBe(true);
    const r2 = run('The Andean Council fined Peru on Monday. The company\'s chief executive, Orla Brenn, resigned.');
    expect(has(r2, 'Orla Brenn', 'HEAD_OF', 'Andean Council')).toBe(false);
  });
  it('reads "the regulator" as the last body named before it whose name says it regulates, never a firm', () => {
    const r = run("Peru's Consumer and Competition Board opened an inquiry into Halden Mining. The Andean Miners Union urged the regulator to act.");
    expect(has(r, 'Andean Miners Union', 'CALLED_ON', 'Consumer and Competition Board')).toBe(true);
    expect(has(r, 'Andean Miners Union', 'CALLED_ON', 'Halden Mining')).toBe(false);
  });
  it('does not take an object "it" for the clause\'s own subject or a body before a definite phrase', () => {
    const r = run('The Green Party welcomed the arrest, while the Blue Party denounced it.');
    expect(r.relations.some((x) => x.type === 'CRITICIZED')).toBe(false);
  });
});
