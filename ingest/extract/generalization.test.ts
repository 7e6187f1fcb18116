/**
 * Failure classes seen on unseen news, each on invented sentences: company names with title words,
 * initials and name particles, geographic features, armed groups and "X-backed", locations that are
 * not targets, other currencies, visits for talks, treaty obligations, people listed after a group,
 * dates inside names, ministries of different countries, pronouns and wire datelines.
 */
import { describe, expect, it } from 'vitest';
import { hash64, type DocumentRecord, type ExtractionResult } from '../../core/index.ts';
import { extract } from './index.ts';

const doc = (id: string, text: string): DocumentRecord => ({ id, title: id, text, contentHash: hash64(text) });
const run = (...texts: string[]): ExtractionResult => extract(texts.map((t, i) => doc(`d${i}`, t)));
const entity = (r: ExtractionResult, name: string) => r.entities.find((e) => e.name === name);
const rel = (r: ExtractionResult, src: string, type: string, tgt: string) => {
  const s = entity(r, src);
  const t = entity(r, tgt);
  return s && t ? r.relations.find((x) => x.source === s.id && x.type === type && x.target === t.id) : undefined;
};
const has = (r: ExtractionResult, src: string, type: string, tgt: string): boolean => rel(r, src, type, tgt) !== undefined;

describe('names', () => {
  it('keeps a company whose name opens with a title word, and strips legal suffixes', () => {
    const r = run('General Mills Chief Executive Jeff Harmening said General Mills Inc would cut prices.');
    expect(entity(r, 'General Mills')?.type).toBe('Organization');
    expect(entity(r, 'General Mills')?.aliases).toContain('General Mills Inc');
    expect(has(r, 'Jeff Harmening', 'HEAD_OF', 'General Mills')).toBe(true);
    expect(r.entities.some((e) => e.name === 'Mills' || e.name === 'General')).toBe(false);
  });

  it('takes a short form in parentheses as an alias of an organization without a keyword', () => {
    const r = run('Hindustan Aeronautics (HAL) will build the engines. HAL said deliveries start in 2027.');
    expect(entity(r, 'Hindustan Aeronautics')?.type).toBe('Organization');
    expect(entity(r, 'Hindustan Aeronautics')?.aliases).toContain('HAL');
    expect(entity(r, 'Hindustan Aeronautics')?.mentions?.d0).toBe(2);
  });

  it('keeps initials and particles inside person names and links the short forms', () => {
    const r = run('Indian Chief Justice D. Y. Chandrachud met Portuguese President Marcelo Rebelo de Sousa in Lisbon. Later, de Sousa thanked Chandrachud.');
    expect(entity(r, 'D. Y. Chandrachud')?.type).toBe('Person');
    expect(entity(r, 'Marcelo Rebelo de Sousa')?.aliases).toContain('de Sousa');
    expect(has(r, 'Marcelo Rebelo de Sousa', 'PRESIDENT_OF', 'Portugal')).toBe(true);
    expect(has(r, 'Marcelo Rebelo de Sousa', 'THANKED', 'D. Y. Chandrachud')).toBe(true);
  });

  it('reads legislative chambers as one organization each', () => {
    const r = run('The House of Representatives passed the bill, the House of Lords delayed it, and the Chamber of Deputies and the Bundestag debated it.');
    for (const o of ['House of Representatives', 'House of Lords', 'Chamber of Deputies', 'Bundestag']) expect(entity(r, o)?.type, o).toBe('Organization');
    expect(entity(r, 'Representatives')).toBeUndefined();
  });

  it('never qualifies a body general knowledge places (the State Department) with the country a text is about', () => {
    const r = run('Peru expelled two diplomats on Monday. The State Department criticised Peru, and Peru rejected the charge. Peru said the claims were false.');
    expect(entity(r, 'Department of State (Peru)')).toBeUndefined();
    expect(has(r, 'Department of State', 'CRITICIZED', 'Peru')).toBe(true);
  });

  it('makes a body named after a well-known body part of it ("UN Peacebuilding Fund")', () => {
    const r = run('The UN Peacebuilding Fund gave 5 million dollars to Chad. The NATO Parliamentary Assembly met in Oslo.');
    expect(has(r, 'UN Peacebuilding Fund', 'PART_OF', 'United Nations')).toBe(true);
    expect(has(r, 'NATO Parliamentary Assembly', 'PART_OF', 'North Atlantic Treaty Organization')).toBe(true);
    // The same company with its legal form is not a part of it.
    const company = run('Goldman Sachs Group lent money to Chile.');
    expect(company.relations.some((x) => x.type === 'PART_OF')).toBe(false);
  });
  it('reads a name after "the" or an owner and before a body descriptor as the body ("the Voice of Chile party")', () => {
    const r = run('The Voice of Chile party won the vote. Her Dawn of Peru movement protested.');
    expect(entity(r, 'Voice of Chile')?.type).toBe('Organization');
    expect(entity(r, 'Dawn of Peru')?.type).toBe('Organization');
  });
  it('keeps a coordination inside "of" that a plural keyword closes in one name', () => {
    const r = run('The Federation of Farmers and Fishermen Unions protested in Lima. Bank of America and Goldman Sachs Group lent money to Chile.');
    expect(entity(r, 'Federation of Farmers and Fishermen Unions')?.type).toBe('Organization');
    expect(entity(r, 'Bank of America')?.type).toBe('Organization');
  });
  it('reads a body that deals with places ("Affairs Office") as one name, not part of the places it deals with', () => {
    const r = run('Luis Mora heads the Tibet and Xinjiang Affairs Office in Beijing. Ana Ruiz heads the Kosovo Affairs Office.');
    expect(entity(r, 'Tibet and Xinjiang Affairs Office')?.type).toBe('Organization');
    expect(has(r, 'Luis Mora', 'HEAD_OF', 'Tibet and Xinjiang Affairs Office')).toBe(true);
    expect(has(r, 'Kosovo Affairs Office', 'PART_OF', 'Kosovo')).toBe(false);
  });
  it('reads a place before an office after a possessive as the office\'s brief, not a place of the owner', () => {
    const r = run("Luis Mora, Peru's Amazon minister, toured Iquitos. Chile's Atacama region is dry.");
    expect(has(r, 'Amazon', 'LOCATED_IN', 'Peru')).toBe(false);
    expect(has(r, 'Atacama', 'LOCATED_IN', 'Chile')).toBe(true);
  });
  it('types geographic features and landmarks as places', () => {
    const r = run('Fishermen were detained near the Natuna Islands and in the Gulf of Guinea, far from Mount Kilimanjaro.');
    for (const p of ['Natuna Islands', 'Gulf of Guinea', 'Mount Kilimanjaro']) expect(entity(r, p)?.type, p).toBe('Place');
  });

  it('reads wire datelines as places, not actors', () => {
    const r = run('ABUJA, Nigeria (Reuters) - Nigerian troops arrived in the north on Monday.');
    expect(entity(r, 'Abuja')?.type).toBe('Place');
    expect(has(r, 'Abuja', 'LOCATED_IN', 'Nigeria')).toBe(true);
    expect(entity(r, 'Reuters')?.type).toBe('Organization');
    expect(r.entities.some((e) => e.name === 'ABUJA')).toBe(false);
  });
  it('places a dateline town in the region or country the dateline names after it', () => {
    const r = run('KIRKWALL, Scotland, May 3 (Reuters) - Protesters marched on Monday.', 'TROMSO, Norway — Farmers blocked roads.');
    expect(has(r, 'Kirkwall', 'LOCATED_IN', 'Scotland')).toBe(true);
    expect(has(r, 'Tromso', 'LOCATED_IN', 'Norway')).toBe(true);
  });
  it('reads a dateline written with accented capitals', () => {
    const r = run("BOGOTÁ, June 2 (AP) — Colombia's central bank cut its main interest rate.", 'GDAŃSK, Poland — Dockers went on strike.');
    expect(has(r, 'Bogota', 'LOCATED_IN', 'Colombia')).toBe(true);
    expect(has(r, 'Gdańsk', 'LOCATED_IN', 'Poland')).toBe(true);
    expect(r.entities.some((e) => e.name === 'BOGOTÁ' || e.type !== 'Place' && /Bogot/.test(e.name))).toBe(false);
  });
});

describe('groups and attacks', () => {
  it('reads "X-backed" groups as support and group nouns as organizations', () => {
    const r = run('The Turkish-backed Syrian National Army clashed with Kurdish militants near the border.');
    expect(has(r, 'Turkey', 'SUPPORTED', 'Syrian National Army')).toBe(true);
    expect(entity(r, 'Kurdish militants')?.type).toBe('Organization');
  });

  it('takes demonym-led subjects and objects of attacks, never the place where it happened', () => {
    const r = run('Russian drones struck a Ukrainian power plant overnight.', 'Militants in Mali attacked a convoy in the Menaka region.');
    expect(has(r, 'Russia', 'ATTACKED', 'Ukraine')).toBe(true);
    expect(r.relations.filter((x) => x.type === 'ATTACKED' && x.target !== entity(r, 'Ukraine')?.id)).toEqual([]);
  });

  it('ties people listed after a group to it and to the sanction', () => {
    const r = run('Washington blacklisted three commanders of Hezbollah, including military chief Ibrahim Aqil and spokesman Ali Fayad.');
    expect(has(r, 'Ibrahim Aqil', 'OFFICIAL_OF', 'Hezbollah')).toBe(true);
    expect(has(r, 'Ali Fayad', 'SPOKESPERSON_OF', 'Hezbollah')).toBe(true);
    expect(has(r, 'United States', 'BLACKLISTED', 'Ibrahim Aqil')).toBe(true);
  });
  it('ends the list of people named after a sanctioned group where the names end', () => {
    const r = run('Canada imposed sanctions on four Peruvian judges, including Chief Justice Ana Ruiz, over rulings against reporters who had written about the Andean Community.');
    expect(has(r, 'Canada', 'SANCTIONED', 'Ana Ruiz')).toBe(true);
    expect(has(r, 'Canada', 'SANCTIONED', 'Andean Community')).toBe(false);
    // A member's apposition does not end the list.
    const apposed = run('The European Union imposed sanctions on five Russian officials, including Ana Ruiz, the army chief, and Marco Diaz.');
    for (const p of ['Ana Ruiz', 'Marco Diaz']) expect(has(apposed, 'European Union', 'SANCTIONED', p)).toBe(true);
  });
});

describe('aid, meetings and treaties', () => {
  it('keeps amounts in other currencies for capitals acting as donors, and weapons pledged to a named recipient', () => {
    const r = run('Tokyo will give 5 billion yen in reconstruction aid to Ukraine.', 'The Netherlands pledged 24 F-16 fighter jets to Ukraine.');
    expect(rel(r, 'Japan', 'PROVIDED_AID_TO', 'Ukraine')?.properties?.amount).toBe('5 billion yen');
    expect(has(r, 'Netherlands', 'SUPPLIED', 'Ukraine')).toBe(true);
  });

  it('reads visits for talks, hosting by a person and criticism of an agreement', () => {
    const r = run(
      'Indian Prime Minister Narendra Modi will travel to Moscow next month for talks with Russian President Vladimir Putin.',
      'Kenyan President William Ruto hosted the Africa Climate Summit in Nairobi. Hungarian Prime Minister Viktor Orban criticized the migration pact.',
    );
    expect(has(r, 'Narendra Modi', 'MET_WITH', 'Vladimir Putin')).toBe(true);
    expect(has(r, 'William Ruto', 'HOSTED', 'Africa Climate Summit')).toBe(true);
    expect(has(r, 'Viktor Orban', 'CRITICIZED', 'migration pact')).toBe(true);
  });

  it('reads treaty obligations as party to it, and a year inside a treaty name is not a date of other facts', () => {
    const r = run('Australia said it would honour its commitments under the ANZUS Treaty.', 'Turkey backed Azerbaijan under the 1921 Treaty of Kars.');
    expect(has(r, 'Australia', 'PARTY_TO', 'ANZUS Treaty')).toBe(true);
    expect(rel(r, 'Turkey', 'SUPPORTED', 'Azerbaijan')?.date).toBeUndefined();
  });
});

describe('ministries and pronouns', () => {
  it('keeps ministries of different countries apart, qualified by their country', () => {
    const r = run(
      "Kenya's Ministry of Health confirmed two cases. Kenya and Kenyan officials said the Ministry of Health would test contacts.",
      "Uganda's Health Ministry said it was ready.",
    );
    expect(entity(r, 'Ministry of Health (Kenya)')?.mentions?.d0).toBe(2);
    expect(entity(r, 'Ministry of Health (Uganda)')?.aliases).toEqual(expect.arrayContaining(['Health Ministry', 'Ministry of Health']));
    expect(entity(r, 'Ministry of Health')).toBeUndefined();
  });

  it('leaves departments with a proper name as they are, and political support is not aid', () => {
    const r = run("Vietnam's Central Propaganda Department praised the plan. France offered political support to Morocco.");
    expect(entity(r, 'Central Propaganda Department')?.type).toBe('Organization');
    expect(has(r, 'France', 'SUPPORTED', 'Morocco')).toBe(true);
    expect(has(r, 'France', 'PROVIDED_AID_TO', 'Morocco')).toBe(false);
  });

  it('resolves a sentence-initial He/She to the one person of the previous sentence, with evidence naming both', () => {
    const text = 'Chilean President Gabriel Boric arrived in Lima on Monday. He thanked Peru for its help.';
    const r = run(text);
    const thanked = rel(r, 'Gabriel Boric', 'THANKED', 'Peru');
    expect(thanked).toBeDefined();
    expect(thanked!.evidence[0]!.text).toBe(text);
  });
});

describe('a state named as the owner of an international body', () => {
  it('does not place the body in the state, as it does a company', () => {
    const r = run("Norway's NATO delegation met on Monday. Chile's Codelco raised output.");
    expect(has(r, 'NATO', 'LOCATED_IN', 'Norway')).toBe(false);
    expect(has(r, 'North Atlantic Treaty Organization', 'LOCATED_IN', 'Norway')).toBe(false);
    expect(has(r, 'Codelco', 'LOCATED_IN', 'Chile')).toBe(true);
  });
});

describe('a place the gazetteer does not know', () => {
  it('lies in the one state the text names, not in a sea, a river or a region that spans states', () => {
    const r = run('Chad said on Monday that floodwater had cut off the village of Tamboura. The Mediterranean and the Danube stayed calm.');
    expect(has(r, 'Tamboura', 'LOCATED_IN', 'Chad')).toBe(true);
    expect(has(r, 'Mediterranean', 'LOCATED_IN', 'Chad')).toBe(false);
    const two = run('Troops from Chad and Sudan patrolled near the village of Tamboura.');
    expect(has(two, 'Tamboura', 'LOCATED_IN', 'Chad')).toBe(false);
    expect(has(two, 'Tamboura', 'LOCATED_IN', 'Sudan')).toBe(false);
  });
});

describe('a state office with no state written', () => {
  it('is of the one state the text names, and not of a visitor, a body\'s officer, or one set apart from the state\'s own office-holders', () => {
    const r = run('Parliament in Uruguay reopened on Friday. Deputies loyal to former President Nicolas Ferro walked out, and Berreta, a former minister, joined them.');
    expect(has(r, 'Nicolas Ferro', 'PRESIDENT_OF', 'Uruguay')).toBe(true);
    expect(has(r, 'Berreta', 'MINISTER_OF', 'Uruguay')).toBe(true);
    const people = run('Uruguayans marched in Montevideo on Sunday; President Nicolas Ferro promised reforms.');
    expect(has(people, 'Nicolas Ferro', 'PRESIDENT_OF', 'Uruguay')).toBe(true);
    // Not a visitor, however the visit is told.
    for (const text of ['President Tomas Varga visited Uruguay on Friday and praised its ranchers.',
      'President Tomas Varga arrived in Montevideo on Friday for talks on trade. Uruguay signed two deals.',
      'Floods hit Uruguay. Foreign Minister Tomas Varga, in Montevideo for talks, pledged aid.',
      'Thousands marched in Montevideo against Uruguay\'s budget. President Tomas Varga, speaking in Washington, urged calm.']) {
      expect(has(run(text), 'Tomas Varga', 'PRESIDENT_OF', 'Uruguay') || has(run(text), 'Tomas Varga', 'MINISTER_OF', 'Uruguay')).toBe(false);
    }
    // A leader touring their own country, or meeting a visitor, is no visitor.
    for (const text of ['Floods hit Uruguay on Monday. President Nicolas Ferro visited flood-hit towns on Tuesday.',
      'Uruguay\'s economy grew in May. President Nicolas Ferro met the IMF chief, Karl Weber, on Friday.']) {
      expect(has(run(text), 'Nicolas Ferro', 'PRESIDENT_OF', 'Uruguay')).toBe(true);
    }
    // Not an officer of a body, nor one the "of" phrase after the holder places.
    const company = run("Uruguay's exports rose in May. The company's president, Laura Ibarra, said the firm would hire.");
    expect(has(company, 'Laura Ibarra', 'PRESIDENT_OF', 'Uruguay')).toBe(false);
    const union = run('Teachers struck across Uruguay on Monday. Union president Laura Ibarra said the strike would go on.');
    expect(has(union, 'Laura Ibarra', 'PRESIDENT_OF', 'Uruguay')).toBe(false);
    const lender = run('Uruguay and the IMF agreed a loan. Vice President Tomas Varga of the lender praised the reforms.');
    expect(has(lender, 'Tomas Varga', 'OFFICIAL_OF', 'Uruguay')).toBe(false);
    const across = run("Uruguay's foreign minister, Laura Ibarra, thanked President Tomas Varga for the loan.");
    expect(has(across, 'Laura Ibarra', 'MINISTER_OF', 'Uruguay')).toBe(true);
    expect(has(across, 'Tomas Varga', 'PRESIDENT_OF', 'Uruguay')).toBe(false);
    const two = run('Uruguay and Paraguay held talks. President Tomas Varga praised the ranchers.');
    expect(has(two, 'Tomas Varga', 'PRESIDENT_OF', 'Uruguay')).toBe(false);
    expect(has(two, 'Tomas Varga', 'PRESIDENT_OF', 'Paraguay')).toBe(false);
    const goods = run('The report praised Uruguayan beef exports. Prime Minister Tomas Varga welcomed it.');
    expect(has(goods, 'Tomas Varga', 'PRIME_MINISTER_OF', 'Uruguay')).toBe(false);
    // A state named only by a demonym before a title is named; a holder who hosts its minister faces it.
    const titled = run('Chilean Foreign Minister Ana Ruiz spoke on Monday. Later, Prime Minister Tomas Vidal praised the budget.');
    expect(has(titled, 'Tomas Vidal', 'PRIME_MINISTER_OF', 'Chile')).toBe(true);
    const hosted = run('Chilean Foreign Minister Ana Ruiz arrived on Monday. President Tom Hale hosted her at the palace.');
    expect(has(hosted, 'Tom Hale', 'PRESIDENT_OF', 'Chile')).toBe(false);
    // One holder once; a namesake with an office is another person.
    const held = run("Uruguay's opposition leader Laura Ibarra spoke on Monday. Ibarra, a former minister, said she would run.");
    expect(has(held, 'Laura Ibarra', 'LEADER_OF', 'Uruguay')).toBe(true);
    expect(has(held, 'Laura Ibarra', 'MINISTER_OF', 'Uruguay')).toBe(false);
    const namesake = run("Uruguay's defence minister, Jorge Ibarra, resigned on Monday. President Laura Ibarra accepted.");
    expect(has(namesake, 'Laura Ibarra', 'PRESIDENT_OF', 'Uruguay')).toBe(true);
  });
});

describe('a person named as serving another', () => {
  it('is an official of the state whose office the one served holds, wherever the text tells it', () => {
    const r = run("The court fined Ivo Kask, an aide to President Mart Tamm, on Monday. Estonia's president, Mart Tamm, said nothing.");
    expect(has(r, 'Ivo Kask', 'OFFICIAL_OF', 'Estonia')).toBe(true);
    const owned = run("Ivo Kask, Mart Tamm's deputy chief of staff, opened a school in Tartu. Tamm is Estonia's prime minister.");
    expect(has(owned, 'Ivo Kask', 'OFFICIAL_OF', 'Estonia')).toBe(true);
    // Not one who serves an opposition leader, nor one described from someone else's side.
    const opposition = run("Ivo Kask, an adviser to opposition leader Mart Tamm, was arrested on Monday. Estonia's opposition leader, Mart Tamm, condemned the arrest.");
    expect(has(opposition, 'Ivo Kask', 'OFFICIAL_OF', 'Estonia')).toBe(false);
    const rival = run("Ivo Kask, an adviser to President Mart Tamm's main rival, Liis Saar, was arrested. Estonia's president, Mart Tamm, denied involvement.");
    expect(has(rival, 'Ivo Kask', 'OFFICIAL_OF', 'Estonia')).toBe(false);
    const biographer = run('Ivo Kask, a biographer of President Mart Tamm of Estonia, spoke.');
    expect(has(biographer, 'Ivo Kask', 'OFFICIAL_OF', 'Estonia')).toBe(false);
  });
});

describe("a state's own bodies", () => {
  it('are part of the state, not merely in it: chambers, staffs, military headquarters, well-known agencies and central banks', () => {
    const r = run("Chile's Chamber of Deputies met on Monday. Peru's General Staff and Bolivia's State Committee for Statistics published figures.");
    expect(has(r, 'Chamber of Deputies', 'PART_OF', 'Chile')).toBe(true);
    expect(has(r, 'Chamber of Deputies', 'LOCATED_IN', 'Chile')).toBe(false);
    expect(has(r, 'General Staff', 'PART_OF', 'Peru')).toBe(true);
    expect(has(r, 'State Committee for Statistics', 'PART_OF', 'Bolivia')).toBe(true);
    const known = run('The Bank of Canada held rates, and the MI6 chief spoke in London. The United Kingdom agreed.');
    expect(has(known, 'Bank of Canada', 'PART_OF', 'Canada')).toBe(true);
    expect(has(known, 'Bank of Canada', 'LOCATED_IN', 'Canada')).toBe(false);
    expect(has(known, 'Secret Intelligence Service', 'PART_OF', 'United Kingdom')).toBe(true);
    // A firm's or a museum's headquarters is no body of the state.
    const firm = run("Kenya's Safaricom Headquarters in Nairobi was evacuated on Monday.");
    expect(has(firm, 'Safaricom Headquarters', 'PART_OF', 'Kenya')).toBe(false);
  });
});

describe('people of a party', () => {
  it('are members when described as its people or named as a pair before "of" the party, not otherwise', () => {
    const r = run('Farmers cheered Marta Solis, a councillor from the Coastal Farmers Party, on Friday. Ivan Rojas and Lucia Paz of the League for Clean Water spoke after her.');
    expect(has(r, 'Marta Solis', 'MEMBER_OF', 'Coastal Farmers Party')).toBe(true);
    expect(has(r, 'Ivan Rojas', 'MEMBER_OF', 'League for Clean Water')).toBe(true);
    expect(has(r, 'Lucia Paz', 'MEMBER_OF', 'League for Clean Water')).toBe(true);
    const bloc = run('Ivan Rojas of the Union of Coastal States spoke.');
    expect(has(bloc, 'Ivan Rojas', 'MEMBER_OF', 'Union of Coastal States')).toBe(false);
    const talks = run('Talks between Prime Minister Ana Ruiz and Tomas Vidal of the Movement for Change ended without a deal.');
    expect(has(talks, 'Ana Ruiz', 'MEMBER_OF', 'Movement for Change')).toBe(false);
    const both = run('Lucia Paz and Ivan Rojas, both of the League for Clean Water, won seats on the council.');
    expect(has(both, 'Lucia Paz', 'MEMBER_OF', 'League for Clean Water')).toBe(true);
    expect(has(both, 'Ivan Rojas', 'MEMBER_OF', 'League for Clean Water')).toBe(true);
    const former = run('Marta Solis, a former councillor from the Coastal Farmers Party, won the seat.');
    expect(has(former, 'Marta Solis', 'MEMBER_OF', 'Coastal Farmers Party')).toBe(false);
  });
});

describe('a participle set off by commas with an adverbial before its agent', () => {
  it('is a passive describing the phrase before it, but a verb with an object before "by" is not', () => {
    const r = run('A truce between Ghana and Togo, brokered at times by Nigeria and Senegal, held for a year.');
    for (const side of ['Ghana', 'Togo']) {
      expect(has(r, 'Nigeria', 'MEDIATED', side)).toBe(true);
      expect(has(r, 'Senegal', 'MEDIATED', side)).toBe(true);
    }
    for (const text of ["Togo's president, Kofi Mensah, rejected proposals by Ghana to merge the customs agencies.",
      "Togo's president, Kofi Mensah, rejected outright proposals by Ghana to merge the customs agencies.",
      "Togo's president, Kofi Mensah, rejected as unworkable proposals by Ghana to merge the customs agencies."]) {
      const object = run(text);
      expect(has(object, 'Ghana', 'DENIED', 'Kofi Mensah')).toBe(false);
      expect(has(object, 'Ghana', 'REJECTED', 'Kofi Mensah')).toBe(false);
    }
  });
});

describe('a description whose only name leads what it describes', () => {
  it('stands for the one bloc or alliance in reach, not for the state that leads it, and for none when two fit', () => {
    const r = run('The Eurasian Economic Union raised its tariffs in May, and Kazakhstan condemned the Russian-dominated bloc on Monday.');
    expect(has(r, 'Kazakhstan', 'CRITICIZED', 'Eurasian Economic Union')).toBe(true);
    expect(has(r, 'Kazakhstan', 'CRITICIZED', 'Russia')).toBe(false);
    const two = run('The European Union and NATO met in Brussels. Moscow condemned the US-led bloc.');
    expect(has(two, 'Russia', 'CRITICIZED', 'United States')).toBe(false);
    const company = run("Kenya's regulator fined Safaricom on Monday. Kenya also sued the Chinese-owned company that built the railway.");
    expect(has(company, 'Kenya', 'SUED', 'Safaricom')).toBe(false);
  });
});

describe('a title-holder set off before "said"', () => {
  it('reports the sentence rather than extending the list before it, and "the group\'s" title is of the body named before', () => {
    const r = run("The Coastal Liberation Army has kidnapped two engineers, Luis Soto and Ana Paz, the group's commander, Major Ivan Rojas, wrote in a letter.");
    expect(has(r, 'Coastal Liberation Army', 'ARRESTED', 'Ivan Rojas')).toBe(false);
    expect(has(r, 'Ivan Rojas', 'HEAD_OF', 'Coastal Liberation Army')).toBe(true);
    const next = run("The Coastal Liberation Army shelled a port on Friday. The group's commander, Ivan Rojas, said the siege would go on.");
    expect(has(next, 'Ivan Rojas', 'HEAD_OF', 'Coastal Liberation Army')).toBe(true);
    const junta = run("Idriss Kaba, Chad's junta leader, opened a dam on Monday.");
    expect(has(junta, 'Idriss Kaba', 'LEADER_OF', 'Chad')).toBe(true);
  });
});

describe('a demand that someone act', () => {
  it('reads the bare verb after the "that" subject as an act asked for, and "the junta" as the body that holds power', () => {
    const r = run('The National Recovery Committee has ruled Niamey since a coup in May. Benin demanded that the junta reopen the border.');
    expect(has(r, 'Benin', 'DEMANDED', 'National Recovery Committee')).toBe(true);
    const plain = run('Peru demanded that Chile withdraw its troops from the border.');
    expect(has(plain, 'Peru', 'DEMANDED', 'Chile')).toBe(true);
    // (An act asked for is not told as done nor as decided: as with "urged Chile to release", no fact.)
    const act = run('Peru demanded that Chile release Ana Ruiz.');
    expect(act.relations.find((x) => x.type === 'RELEASED')).toBeUndefined();
  });
});

describe('an accusation in a relative clause', () => {
  it('has the main subject accuse the antecedent, and the antecedent do the alleged act', () => {
    const r = run('Estonia froze the accounts of Baltic Metals, which it accuses of selling rifles to Belarus.');
    expect(has(r, 'Estonia', 'ACCUSED', 'Baltic Metals')).toBe(true);
    expect(has(r, 'Baltic Metals', 'SUPPLIED', 'Belarus')).toBe(true);
    expect(has(r, 'Estonia', 'SUPPLIED', 'Belarus')).toBe(false);
    const zero = run('Estonia fined Baltic Metals, a trader it suspected of selling rifles to Belarus.');
    expect(has(zero, 'Baltic Metals', 'SUPPLIED', 'Belarus')).toBe(true);
    expect(has(zero, 'Estonia', 'SUPPLIED', 'Belarus')).toBe(false);
    const suspected = run('Peru fined Andes Cargo, which Chile suspects of arming the Coastal Front.');
    const armed = suspected.relations.find((x) => x.type === 'SUPPLIED' && suspected.entities.find((e) => e.id === x.source)?.name === 'Andes Cargo');
    expect(armed?.status).toBe('alleged');
  });
});

describe('members named after a group that names no one', () => {
  it('are the subject: "Lawmakers, among them X, condemned…", "Several states, including A and B, condemned…"', () => {
    const r = run('Governor Luis Soto vetoed the budget in March. Lawmakers, among them senator Marta Solis, condemned him on Tuesday.');
    expect(has(r, 'Marta Solis', 'CRITICIZED', 'Luis Soto')).toBe(true);
    const states = run('Several states, including Ghana and Togo, condemned Burkina Faso on Monday.');
    expect(has(states, 'Ghana', 'CRITICIZED', 'Burkina Faso')).toBe(true);
    expect(has(states, 'Togo', 'CRITICIZED', 'Burkina Faso')).toBe(true);
  });
});

describe('a government spokesperson with no state written', () => {
  it('speaks for the one state the text names, not for a regional government, and for none when two states are named', () => {
    const r = run('Uruguay closed two border crossings on Thursday. Government spokeswoman Laura Ibarra said they would reopen next week.');
    expect(has(r, 'Laura Ibarra', 'SPOKESPERSON_OF', 'Uruguay')).toBe(true);
    const apposed = run('Uruguay closed two border crossings on Thursday. Laura Ibarra, a government spokeswoman, said they would reopen.');
    expect(has(apposed, 'Laura Ibarra', 'SPOKESPERSON_OF', 'Uruguay')).toBe(true);
    const regional = run('Uruguay closed two border crossings on Thursday. The regional government spokeswoman Laura Ibarra said they would reopen.');
    expect(has(regional, 'Laura Ibarra', 'SPOKESPERSON_OF', 'Uruguay')).toBe(false);
    const two = run('Uruguay and Paraguay closed two border crossings on Thursday. Government spokeswoman Laura Ibarra said they would reopen.');
    expect(has(two, 'Laura Ibarra', 'SPOKESPERSON_OF', 'Uruguay')).toBe(false);
  });
});

describe('where a firm is based', () => {
  it('reads "X of <city>" after a firm\'s corporate word, "the <city> carmaker X", "<city>-based X", and one place in an apposition', () => {
    const r = run('Orion Holdings of Lisbon opened a plant in Porto on Monday. Parts come from the Turin carmaker Veloce Motori. Regulators fined Milan-based Ferro Componenti.');
    expect(has(r, 'Orion Holdings', 'LOCATED_IN', 'Lisbon')).toBe(true);
    expect(has(r, 'Veloce Motori', 'LOCATED_IN', 'Turin')).toBe(true);
    expect(has(r, 'Ferro Componenti', 'LOCATED_IN', 'Milan')).toBe(true);
    const pair = run('Veloce Motori and Orion Logistics, two family businesses based in Turin, reported losses on Monday.');
    expect(has(pair, 'Veloce Motori', 'LOCATED_IN', 'Turin')).toBe(true);
    expect(has(pair, 'Orion Logistics', 'LOCATED_IN', 'Turin')).toBe(true);
    const moved = run('Orion Logistics, a freight firm formerly based in Turin, moved to Milan.');
    expect(has(moved, 'Orion Logistics', 'LOCATED_IN', 'Turin')).toBe(false);
    const person = run('Kyiv-based Anna Maria Kovalenko, a lawyer, said the court erred.');
    expect(person.entities.find((e) => e.name === 'Anna Maria Kovalenko')?.type).toBe('Person');
  });
});

describe('a described possessor', () => {
  it('stands for what it describes ("the country\'s credit from X"), and "his rival\'s" is not "his"', () => {
    const r = run('Laos is short of cash. Parliament approved the country\'s $3 billion credit from the Asian Development Bank on Monday.');
    expect(has(r, 'Asian Development Bank', 'PROVIDED_AID_TO', 'Laos')).toBe(true);
    const pred = run("President Vong Keo defended his rival's loan from the Asian Development Bank.");
    expect(has(pred, 'Asian Development Bank', 'PROVIDED_AID_TO', 'Vong Keo')).toBe(false);
  });
});

describe('a verb of stance after a name', () => {
  it('heads the name\'s clause, so a verb joined to it by "and" shares its subject', () => {
    const r = run('Peru fears a drought this year and has asked the World Bank to speed up its loan.');
    expect(has(r, 'Peru', 'CALLED_ON', 'World Bank')).toBe(true);
  });
});

describe('bodies named by their kind, and common words that open a sentence', () => {
  it('types an "al-" name as a body when a group noun precedes or defines it, not a person with a post in one', () => {
    const r = run('Police blamed the bombing on the militant group Fursan al-Jabal. Saraf al-Din, an armed movement active near the border, denied any role.');
    expect(entity(r, 'Fursan al-Jabal')?.type).toBe('Organization');
    expect(entity(r, 'Saraf al-Din')?.type).toBe('Organization');
    const title = run("Omar al-Tahir, the group's commander, denied any role. Salim al-Khouri, a spokesman for the militia, said the same.");
    expect(entity(title, 'Omar al-Tahir')?.type).toBe('Person');
    expect(entity(title, 'Salim al-Khouri')?.type).toBe('Person');
    const founded = run('Voters backed the movement Idris al-Nour founded in 2003. The militia Ahmed al-Faris founded has disbanded. Omar al-Faruq, a lawyer representing the militia, resigned.');
    expect(entity(founded, 'Idris al-Nour')?.type).toBe('Person');
    expect(entity(founded, 'Ahmed al-Faris')?.type).toBe('Person');
    expect(entity(founded, 'Omar al-Faruq')?.type).toBe('Person');
  });

  it('names a "Government of …" that no state\'s name follows, after "-based" too, but no place before "-based" and a common noun', () => {
    const r = run('Fighters loyal to the Kindu-based Government of Eastern Renewal shelled an airport.');
    expect(entity(r, 'Government of Eastern Renewal')?.type).toBe('Organization');
    expect(has(r, 'Government of Eastern Renewal', 'LOCATED_IN', 'Kindu')).toBe(true);
    const state = run('Talks between the Government of Uruguay and the union resumed.');
    expect(state.entities.some((e) => e.name.startsWith('Government of'))).toBe(false);
    const channel = run('A Telegram-based news channel said the talks had failed.');
    expect(channel.entities.some((e) => e.name === 'Telegram' && e.type === 'Place')).toBe(false);
  });

  it('reads "Members of", "Rights group" and a portfolio before "Commissioner" as common words, after a dateline too', () => {
    const r = run('RIGA, May 2 (Reuters) - Members of the Baltic Assembly voted on the budget. Rights group Fjord Watch filed a lawsuit. Fisheries Commissioner Ola Brekke toured the harbour.');
    expect(entity(r, 'Baltic Assembly')?.type).toBe('Organization');
    expect(r.entities.some((e) => /^(?:Members|Rights|Fisheries)\b/.test(e.name))).toBe(false);
    expect(entity(r, 'Ola Brekke')?.type).toBe('Person');
  });
});

describe('titles of several words before "of" a portfolio, and pairs of bodies', () => {
  it('reads "Assistant Secretary of Labor" as an official of that department, not a minister, and the name after it whole', () => {
    const r = run('Assistant Secretary of Labor Dana Pruitt toured a factory in Ohio.');
    expect(entity(r, 'Dana Pruitt')?.type).toBe('Person');
    expect(r.relations.some((x) => x.type === 'MINISTER_OF')).toBe(false);
    expect(r.relations.some((x) => x.type === 'OFFICIAL_OF' && x.source === entity(r, 'Dana Pruitt')?.id)).toBe(true);
  });

  it('takes "both institutions" to the two bodies named before', () => {
    const r = run('The Andean Court and the Andean Parliament condemned the coup. Bolivia later sued both institutions.');
    expect(has(r, 'Bolivia', 'SUED', 'Andean Court')).toBe(true);
    expect(has(r, 'Bolivia', 'SUED', 'Andean Parliament')).toBe(true);
  });
});

describe('clauses around an appointment, an opening gerund and a second object', () => {
  it('reads "named X of the Y Party as prime minister" as X\'s office and membership, but keeps a branch of a body whole', () => {
    const r = run('Malta named Karl Borg of the Island Unity Party as premier.');
    expect(entity(r, 'Karl Borg')?.type).toBe('Person');
    expect(has(r, 'Karl Borg', 'PRIME_MINISTER_OF', 'Malta')).toBe(true);
    expect(has(r, 'Karl Borg', 'MEMBER_OF', 'Island Unity Party')).toBe(true);
    // (A body's own word before "of", a branch or a plural keeps the name whole.)
    const chamber = run('The Criminal Chamber of the Porto High Court jailed two bankers. The Youth Wing of the Island Unity Party marched.');
    expect(entity(chamber, 'Criminal Chamber of the Porto High Court')?.type).toBe('Organization');
    expect(chamber.entities.some((e) => e.name === 'Youth Wing' && e.type === 'Person')).toBe(false);
    expect(entity(chamber, 'Youth Wing of the Island Unity Party')?.type).toBe('Organization');
  });

  it('gives a gerund clause opening the sentence the subject of the clause after its comma', () => {
    const r = run('After defeating Tomas Berg in a runoff, Ilze Ozola signed the Baltic Energy Pact.');
    expect(has(r, 'Ilze Ozola', 'SIGNED', 'Baltic Energy Pact')).toBe(true);
  });

  it('ends the first object before a determiner ("offered Peru a deal"), and "the three" is the list of three named before', () => {
    const r = run('Uruguay offered Bolivia a gas deal.');
    expect(has(r, 'Uruguay', 'OFFERED', 'Bolivia')).toBe(true);
    expect(has(r, 'Bolivia', 'PARTY_TO', 'gas deal')).toBe(false);
    const three = run('Chile, Peru and Bolivia signed the Andean Water Charter. Brazil later sanctioned the three.');
    for (const s of ['Chile', 'Peru', 'Bolivia']) expect(has(three, 'Brazil', 'SANCTIONED', s)).toBe(true);
    // (Not a list that runs on into a clause, nor the places three people come from.)
    const clause = run('Chile sold copper to Laos and Nepal, and Peru bought tea from Bhutan. Brazil later sanctioned the three.');
    expect(has(clause, 'Brazil', 'SANCTIONED', 'Peru')).toBe(false);
    const whence = run('Three sailors from Chile, Peru and Bolivia were detained in Oman. Muscat later released the three.');
    expect(whence.relations.some((x) => x.type === 'RELEASED' && entity(whence, 'Chile')?.id === x.target)).toBe(false);
  });

  it('reads an apposition with its own participle (", a carmaker owned by Y,") as an aside before the verb', () => {
    const r = run("Ferro Motors, a carmaker owned by Italy's state fund, has sued Chile.");
    expect(has(r, 'Ferro Motors', 'SUED', 'Chile')).toBe(true);
  });
});

describe('the office of the one succeeded, and events described rather than named', () => {
  it('gives the one succeeded or replaced the office the clause gives, not an office told in an apposition', () => {
    const r = run('Ines Paz took over as head of the Baltic Rail Authority in 2025, succeeding Tomas Lenz, who retired.');
    expect(has(r, 'Tomas Lenz', 'HEAD_OF', 'Baltic Rail Authority')).toBe(true);
    const named = run('The cabinet appointed Liis Berzina governor of the Bank of Latvia, replacing Ivars Ozols.');
    expect(has(named, 'Ivars Ozols', 'HEAD_OF', 'Bank of Latvia')).toBe(true);
    const aside = run("Berg, Estonia's foreign minister, succeeded Liis Tamm as party leader.");
    expect(has(aside, 'Liis Tamm', 'MINISTER_OF', 'Estonia')).toBe(false);
  });

  it('leaves an adverb before a participle and an irregular participle out of an event\'s name, not "early"', () => {
    const r = run('Voters in Chile backed the plan in a narrowly won referendum.');
    expect(r.entities.some((e) => /won|narrowly/.test(e.name))).toBe(false);
    const early = run('Estonia will hold an early parliamentary election in March.');
    expect(entity(early, 'early parliamentary election')?.type).toBe('Event');
  });
});

describe('facilities named with their noun', () => {
  it('names a mine, dam, reservoir or crossing with its noun and kind as a place, but not a firm\'s plant', () => {
    const r = run('Troops guarded the Tamba copper mine, the Rufi dam and the Kaya border crossing in Zambia.');
    for (const n of ['Tamba copper mine', 'Rufi dam', 'Kaya border crossing']) expect(entity(r, n)?.type).toBe('Place');
    // ("plant" and "field" only after a kind.)
    const plain = run('Uruguay opened the Salto plant of Ferro Motors.');
    expect(plain.entities.some((e) => e.name === 'Salto plant')).toBe(false);
    const firm = run('A fire broke out at a Halden Energy power plant in Norway.');
    expect(entity(firm, 'Halden Energy')?.type).toBe('Organization');
  });
});

describe('forums and posts held "at" a body', () => {
  it('reads a forum named so as a standing body, a dated, annual or opened one as a meeting', () => {
    const r = run('The Baltic Sea Forum issued a report on shipping. Ministers attended the 2024 Lima Trade Forum. The annual Tallinn Digital Forum opened on Monday.');
    expect(entity(r, 'Baltic Sea Forum')?.type).toBe('Organization');
    expect(r.entities.find((e) => /Lima Trade Forum/.test(e.name))?.type).toBe('Event');
    expect(r.entities.find((e) => /Tallinn Digital Forum/.test(e.name))?.type).toBe('Event');
  });

  it('types a name by an apposition naming a body\'s treasurer or chair, with a capitalised possessor', () => {
    const r = run("Joran Veld, the Pirate Union's treasurer, resigned on Monday.");
    expect(entity(r, 'Joran Veld')?.type).toBe('Person');
  });

  it('gives "X, a fellow at Y" a post at Y, "a director at Y" one of its officials, and "fellow Republican" no title', () => {
    const r = run('Ines Paz, a senior fellow at the Baltic Policy Institute, said the plan would fail. Tomas Lenz, a director at the Nordic Trade Institute, agreed.');
    expect(has(r, 'Ines Paz', 'OFFICIAL_OF', 'Baltic Policy Institute')).toBe(true);
    expect(has(r, 'Tomas Lenz', 'OFFICIAL_OF', 'Nordic Trade Institute')).toBe(true);
    expect(has(r, 'Tomas Lenz', 'HEAD_OF', 'Nordic Trade Institute')).toBe(false);
    const fellow = run('Fellow Republican Ana Ruiz voted against the bill. Lenz was joined by fellow Democrat Tom Hale in Ohio.');
    expect(entity(fellow, 'Ana Ruiz')?.type).toBe('Person');
    expect(entity(fellow, 'Tom Hale')?.type).toBe('Person');
  });
});

describe('a suspension by a bloc', () => {
  it('reads a state suspended as its membership suspended, a body suspended as banned, and nothing for what a state owns', () => {
    const r = run('After the coup, the Andean Council suspended Bolivia until elections are held. The Chess Union suspended the Bolivian Chess Federation over unpaid fees.');
    expect(has(r, 'Andean Council', 'SUSPENDED', 'Bolivia')).toBe(true);
    expect(has(r, 'Andean Council', 'BLACKLISTED', 'Bolivia')).toBe(false);
    expect(has(r, 'Chess Union', 'BLACKLISTED', 'Bolivian Chess Federation')).toBe(true);
    const owned = run("Peru suspended Chile's consul. The Andean Council suspended Ecuador's voting rights.");
    expect(has(owned, 'Peru', 'SUSPENDED', 'Chile')).toBe(false);
    expect(has(owned, 'Andean Council', 'SUSPENDED', 'Ecuador')).toBe(true);
  });
});

describe('membership told with an adverb, "her country", and a secretary after a state', () => {
  it('reads "is now a member of" and "became the third member of" as membership', () => {
    const r = run('Laos is now a member of the Mekong Council. After a vote in Thimphu, Bhutan became the third member of the Himalayan Union.');
    expect(has(r, 'Laos', 'MEMBER_OF', 'Mekong Council')).toBe(true);
    expect(has(r, 'Bhutan', 'MEMBER_OF', 'Himalayan Union')).toBe(true);
  });

  it('reads "her country" as the state of the title set off after the speaker\'s name', () => {
    const r = run('Jonas Lind, Sweden\'s defence minister, said his country had sued Brazil.');
    expect(has(r, 'Sweden', 'SUED', 'Brazil')).toBe(true);
    const of = run('Jonas Lind, the defence minister of Sweden, said his country had sued Brazil.');
    expect(has(of, 'Sweden', 'SUED', 'Brazil')).toBe(true);
  });

  it('reads a lower-case portfolio before "secretary" after a state\'s possessive as a minister, not after a union\'s', () => {
    const r = run("Peru's energy secretary, Mirta Salas, opened a dam.");
    expect(has(r, 'Mirta Salas', 'MINISTER_OF', 'Peru')).toBe(true);
    const union = run("The union's finance secretary, Mirta Salas, said the strike would go on.");
    expect(union.relations.some((x) => x.type === 'MINISTER_OF')).toBe(false);
  });
});

describe('a government placed in its capital, and a legislature that swears someone in', () => {
  it('reads "the government in Santiago" as the state whose capital it names, not the state named last', () => {
    const r = run('Chile and Peru held talks. The government in Santiago later thanked Lima for its help.');
    expect(has(r, 'Chile', 'THANKED', 'Peru')).toBe(true);
  });

  it('reads "the legislature" as the chamber named before and "swore in X as president" as that state\'s office, not a chamber\'s own president', () => {
    const r = run("Ecuador's National Assembly swore in Luis Vera as president on Monday. Chile praised the legislature.");
    expect(has(r, 'Luis Vera', 'PRESIDENT_OF', 'Ecuador')).toBe(true);
    expect(has(r, 'Chile', 'PRAISED', 'National Assembly')).toBe(true);
    const own = run("Peru's Senate elected Mirta Salas as its president. Chile's Senate elected Ana Ruiz as president on Monday.");
    expect(has(own, 'Mirta Salas', 'PRESIDENT_OF', 'Peru')).toBe(false);
    expect(has(own, 'Ana Ruiz', 'PRESIDENT_OF', 'Chile')).toBe(false);
  });
});

describe('"the fund" and a bare place besieged', () => {
  it('reads "the fund" as the well-known fund named before, not a bank across another body', () => {
    const r = run('The Asian Development Bank held its annual meeting in Manila. Laos later praised the bank.');
    expect(has(r, 'Laos', 'PRAISED', 'Asian Development Bank')).toBe(true);
    const other = run('The World Bank opened an office in Lagos. Halden Energy said the bank would lend $2 billion to Nigeria.');
    expect(has(other, 'World Bank', 'PROVIDED_AID_TO', 'Nigeria')).toBe(false);
  });

  it('types one bare word besieged or shelled as a place, not a person seized or a firm\'s site', () => {
    const r = run('The Kivu Front besieged Bukama for a month.');
    expect(entity(r, 'Bukama')?.type).toBe('Place');
    const seized = run('Gunmen seized Okafor, a local councillor, on the road.');
    expect(entity(seized, 'Okafor')?.type).not.toBe('Place');
  });
});

describe('an office taken over from someone, communiques and prisons', () => {
  it('gives the one sworn in "succeeding Y" the office the text makes Y hold', () => {
    const r = run("Malta's prime minister, Karl Borg, died in office on Friday. The next day Rita Camilleri was sworn in as prime minister, succeeding Borg.");
    expect(has(r, 'Rita Camilleri', 'PRIME_MINISTER_OF', 'Malta')).toBe(true);
    // (Not when the one succeeded held other offices: which one was handed on?)
    const other = run("Mirta Salas, Peru's president, also chairs the Baltic Rail Authority. Ana Ruiz was named president on Monday, replacing Salas.");
    expect(has(other, 'Ana Ruiz', 'PRESIDENT_OF', 'Peru')).toBe(false);
    const federation = run("Chile's president, Luis Vera, quit. The football federation elected Ana Ruiz as president, replacing Vera.");
    expect(has(federation, 'Ana Ruiz', 'PRESIDENT_OF', 'Chile')).toBe(false);
  });

  it('reads a joint communique as an agreement, and a penitentiary as a place', () => {
    const r = run('Chile and Peru issued a joint communique on fishing quotas. The warden of the Cerro Alto Penitentiary resigned.');
    expect(entity(r, 'joint communique')?.type).toBe('Treaty');
    expect(entity(r, 'Cerro Alto Penitentiary')?.type).toBe('Place');
  });
});

describe('a participle with its agent before the verb, not set off by commas', () => {
  it('describes the phrase before it: "militias funded by Y shelled X" is no attack by Y, but one who heads a mission or coalition acts for it', () => {
    const funded = run('Militias funded by Uruguay shelled Paraguay.');
    expect(has(funded, 'Uruguay', 'ATTACKED', 'Paraguay')).toBe(false);
    const led = run('A coalition led by Uruguay struck Paraguay.');
    expect(has(led, 'Uruguay', 'ATTACKED', 'Paraguay')).toBe(true);
    const mission = run('A trade mission headed by Ines Paz toured Hanoi.');
    expect(mission.relations.some((x) => x.type === 'VISITED' && x.source === entity(mission, 'Ines Paz')?.id)).toBe(true);
    const fired = run('Mortars fired by the Andean Front hit Peru.');
    expect(has(fired, 'Andean Front', 'ATTACKED', 'Peru')).toBe(true);
    const supplied = run('Missiles supplied by Norway struck Russia.');
    expect(has(supplied, 'Norway', 'ATTACKED', 'Russia')).toBe(false);
  });
});

describe('founders, members who became so, and acts named by their actor', () => {
  it('reads "became a member of" as joining and membership, "has been a member" as membership only', () => {
    const r = run('Bhutan became a member of the Himalayan Union in March. Nepal has been a member of the Himalayan Union since 2001.');
    expect(has(r, 'Bhutan', 'MEMBER_OF', 'Himalayan Union')).toBe(true);
    expect(has(r, 'Bhutan', 'JOINED', 'Himalayan Union')).toBe(true);
    expect(has(r, 'Nepal', 'MEMBER_OF', 'Himalayan Union')).toBe(true);
    expect(has(r, 'Nepal', 'JOINED', 'Himalayan Union')).toBe(false);
  });

  it('keeps a lead word of a body a descriptor calls one, a code name an apposition defines, and a group opener out of a name', () => {
    const r = run('Ines Paz founded the National Andean Voice party in 2019. Investigators traced the breach to KV7731, a hacking group. Helicopters of the Peruvian Navy searched the coast.');
    expect(entity(r, 'National Andean Voice')?.type).toBe('Organization');
    expect(entity(r, 'KV7731')?.type).toBe('Organization');
    expect(entity(r, 'Peruvian Navy')?.type).toBe('Organization');
    expect(r.entities.some((e) => e.name.startsWith('Helicopters'))).toBe(false);
  });

  it('reads an actor written before an act noun as the one who made it ("condemned the Peruvian decision")', () => {
    const r = run('Chile condemned the Peruvian decision.');
    expect(has(r, 'Chile', 'CRITICIZED', 'Peru')).toBe(true);
  });
});

describe('the one praised for an act, a body visited, a bid endorsed', () => {
  it('gives a "for" gerund after a verb of praise the object as its subject', () => {
    const r = run('Norway commended Peru for recognising Kosovo.');
    expect(has(r, 'Peru', 'RECOGNIZED', 'Kosovo')).toBe(true);
    expect(has(r, 'Norway', 'RECOGNIZED', 'Kosovo')).toBe(false);
    // (Not an act the "for" phrase belongs to.)
    const call = run("Chile applauded Peru's call for imposing sanctions on Bolivia.");
    expect(has(call, 'Peru', 'SANCTIONED', 'Bolivia')).toBe(false);
  });

  it('reads a tour of a body\'s offices in a city as a visit to both, and a candidacy endorsed as support for its owner', () => {
    const r = run("Ines Paz toured the Ferro Motors headquarters in Turin. Peru endorsed Bolivia's candidacy.");
    expect(has(r, 'Ines Paz', 'VISITED', 'Ferro Motors')).toBe(true);
    expect(has(r, 'Ines Paz', 'VISITED', 'Turin')).toBe(true);
    expect(has(r, 'Peru', 'SUPPORTED', 'Bolivia')).toBe(true);
    const rebels = run("Russia supported Ukraine's separatists in the east. Ana Ruiz visited Chile days after an earthquake in Peru.");
    expect(has(rebels, 'Russia', 'SUPPORTED', 'Ukraine')).toBe(false);
    expect(has(rebels, 'Ana Ruiz', 'VISITED', 'Peru')).toBe(false);
  });
});

describe('names and membership guarded against common phrasings', () => {
  it('keeps a group defined by a modified noun a body, and a party name before a plural a modifier', () => {
    const r = run('Saraf al-Din, a drug trafficking network, bribed judges. Labour unions staged a strike in Quito.');
    expect(entity(r, 'Saraf al-Din')?.type).toBe('Organization');
    expect(r.entities.some((e) => e.name === 'Labour')).toBe(false);
  });

  it('reads a forum joined as a body, a state\'s membership suspended, and a body named after a party word whole', () => {
    const r = run('Nauru joined the Coral Sea Forum in 2019. The Andean Council suspended Bolivian membership. Liberal Friends of Chile criticised Ana Ruiz.');
    expect(entity(r, 'Coral Sea Forum')?.type).toBe('Organization');
    expect(has(r, 'Andean Council', 'SUSPENDED', 'Bolivia')).toBe(true);
    expect(r.entities.some((e) => e.name === 'Friends of Chile' && e.type === 'Person')).toBe(false);
  });

  it('gives an interim president a state names that state\'s presidency, not one a chamber names', () => {
    const r = run('After the vote, Ecuador named Rafael Ortiz as interim president.');
    expect(has(r, 'Rafael Ortiz', 'PRESIDENT_OF', 'Ecuador')).toBe(true);
    const chamber = run("Chile's Senate named Ana Ruiz as interim president after its president resigned.");
    expect(has(chamber, 'Ana Ruiz', 'PRESIDENT_OF', 'Chile')).toBe(false);
  });

  it('keeps surnames ending in "s" after a party word, and the party before its own people', () => {
    const r = run('Republican Susan Collins criticised the plan. Labour lawmakers criticised Ana Ruiz.');
    expect(entity(r, 'Susan Collins')?.type).toBe('Person');
    expect(r.relations.some((x) => x.type === 'CRITICIZED' && x.target === entity(r, 'Ana Ruiz')?.id)).toBe(true);
  });
});

describe('ties told as close, restored or souring', () => {
  it('reads restored relations as ties, not cooperation, and close ties as cooperation', () => {
    const r = run('Uruguay and Paraguay restored diplomatic relations in May. Estonia has kept close ties with Finland.');
    expect(has(r, 'Uruguay', 'ESTABLISHED_TIES_WITH', 'Paraguay')).toBe(true);
    expect(has(r, 'Uruguay', 'COOPERATES_WITH', 'Paraguay')).toBe(false);
    expect(has(r, 'Estonia', 'COOPERATES_WITH', 'Finland')).toBe(true);
  });

  it('gives no cooperation for bare relations, ties denied or ties sought', () => {
    const r = run("Chile's relations with Bolivia frayed after the vote. Latvia has no close ties with Cuba. Malta wants strong ties with Tunisia.");
    expect(has(r, 'Chile', 'COOPERATES_WITH', 'Bolivia')).toBe(false);
    expect(has(r, 'Latvia', 'COOPERATES_WITH', 'Cuba')).toBe(false);
    expect(has(r, 'Malta', 'COOPERATES_WITH', 'Tunisia')).toBe(false);
  });
});

describe('firms named by their kind', () => {
  it('types a name after a firm\'s kind or defined by one as an organisation, even when it speaks', () => {
    const r = run('Danish shipping firm Brenner Holt said it would cut 900 jobs. Oriel Kade, a Turkish carmaker, opened a plant in Izmir.');
    expect(entity(r, 'Brenner Holt')?.type).toBe('Organization');
    expect(entity(r, 'Oriel Kade')?.type).toBe('Organization');
  });

  it('keeps a person described by a post at a firm, or who founded one, a person', () => {
    const r = run('Karl Borg, a Reuters reporter, said the talks failed. The firm Ivo Kask founded went bankrupt in May.');
    expect(entity(r, 'Karl Borg')?.type).toBe('Person');
    expect(entity(r, 'Ivo Kask')?.type).toBe('Person');
  });
});

describe('brokers joined by a hyphen, and accusations traded', () => {
  it('reads a state before "-brokered" or "-mediated" as the mediator of the deal\'s sides, not its owner', () => {
    const r = run('Estonia and Latvia agreed on a Norway-brokered plan. A Qatar-mediated truce between Chad and Niger held. Peru rejected a Chile-brokered plan.');
    expect(has(r, 'Norway', 'MEDIATED', 'Estonia')).toBe(true);
    expect(has(r, 'Norway', 'MEDIATED', 'Latvia')).toBe(true);
    expect(has(r, 'Qatar', 'MEDIATED', 'Chad')).toBe(true);
    expect(has(r, 'Peru', 'REJECTED', 'Chile')).toBe(false);
  });

  it('reads accusations traded as each side accusing the other, and a protest to a state as a protest', () => {
    const r = run('Malta and Tunisia traded accusations over the rescue. Vietnam protested to China over the boarding.');
    expect(has(r, 'Malta', 'ACCUSED', 'Tunisia')).toBe(true);
    expect(has(r, 'Tunisia', 'ACCUSED', 'Malta')).toBe(true);
    expect(has(r, 'Vietnam', 'PROTESTED', 'China')).toBe(true);
  });
});

describe('a bare title\'s state from its own sentence, not a host\'s or a speaker\'s', () => {
  it('gives no state to a visitor named after "a visit by", nor to a holder inside a relative clause about the speaker', () => {
    const r = run('Chile announced two loans on a trip by President Ivo Kask. Karl Borg, who had dinner with Prime Minister Ines Paz, later said Uruguay would sign.');
    expect(has(r, 'Ivo Kask', 'PRESIDENT_OF', 'Chile')).toBe(false);
    expect(has(r, 'Ines Paz', 'PRIME_MINISTER_OF', 'Uruguay')).toBe(false);
  });
});

describe('names written in other languages, with particles, or after an honorific', () => {
  it('keeps a Spanish or Portuguese body\'s name whole over its particles', () => {
    const r = run('Bonds issued by the Instituto de Credito Rural sold out. Ines Paz, a deputy for the Frente para la Victoria, objected.');
    expect(entity(r, 'Instituto de Credito Rural')?.type).toBe('Organization');
    expect(entity(r, 'Frente para la Victoria')?.type).toBe('Organization');
    expect(r.entities.some((e) => e.name === 'la Victoria')).toBe(false);
  });

  it('keeps a state whose name has "and" whole inside a body\'s name', () => {
    const r = run('Karl Borg applied for a visa at the Embassy of Sao Tome and Principe.');
    expect(entity(r, 'Embassy of Sao Tome and Principe')?.type).toBe('Organization');
  });

  it('reads a name after a cleric\'s honorific as a person, and keeps an honorific inside a name', () => {
    const r = run('A sermon by Imam Yusuf Darende drew crowds. Ahmed Sheikh Nur, a businessman, bought the port.');
    expect(entity(r, 'Yusuf Darende')?.type).toBe('Person');
    expect(entity(r, 'Ahmed Sheikh Nur')?.type).toBe('Person');
  });
});

describe('acts coordinated after an infinitive or a reported clause', () => {
  it('gives an act after "to <verb> …, and" to the one who governs the infinitive, whatever the base form\'s spelling', () => {
    const r = run('Ivo Kask pleaded with unions to honour the deal and accused the Andean Front of sabotage.');
    expect(has(r, 'Ivo Kask', 'ACCUSED', 'Andean Front')).toBe(true);
  });

  it('gives an act of speaking after a reported clause about things to the reporter, not to the clause', () => {
    const r = run('Ines Paz said the new quotas clearly hurt farmers and urged Peru to drop them.');
    expect(has(r, 'Ines Paz', 'CALLED_ON', 'Peru')).toBe(true);
  });
});

describe('an act summed up after a time clause', () => {
  it('finds who did the act over a clause of time closing it ("…after the talks failed, a step praised by Y")', () => {
    const r = run('Malta cut fuel subsidies after the talks collapsed, a step welcomed by the IMF. Ivo Kask quit the race before the count ended, a decision hailed by Karl Borg.');
    expect(has(r, 'International Monetary Fund', 'PRAISED', 'Malta')).toBe(true);
    expect(has(r, 'Karl Borg', 'PRAISED', 'Ivo Kask')).toBe(true);
  });
});

describe('money to help someone, a body\'s people met, and names by their office', () => {
  it('reads money pledged "to help X" as aid to X, but not money to build something there', () => {
    const r = run("Malta gave 5 million euros to help Tunisia's Ministry of Health buy ambulances. Japan pledged $5 million to repave the highway to the port of Mombasa.");
    const ministry = r.entities.find((e) => e.name.startsWith('Ministry of Health'));
    expect(r.relations.some((x) => x.type === 'PROVIDED_AID_TO' && x.source === entity(r, 'Malta')?.id && x.target === ministry?.id)).toBe(true);
    expect(r.relations.some((x) => x.type === 'PROVIDED_AID_TO' && x.target === entity(r, 'Mombasa')?.id)).toBe(false);
  });

  it('reads meeting officials from a body as meeting the body, but not officials from a state', () => {
    const r = run('Ines Paz met officials from the Andean Council on Monday. Peru sanctioned five officials from Chile.');
    expect(has(r, 'Ines Paz', 'MET_WITH', 'Andean Council')).toBe(true);
    expect(has(r, 'Peru', 'SANCTIONED', 'Chile')).toBe(false);
  });

  it('reads a high commissioner as a state\'s official, and a name sworn in or opening with a legislature\'s name as a person', () => {
    const r = run('Kenya expelled Tanzanian High Commissioner Omari Dede. Duma Seko will be sworn in as governor of Lagos.');
    expect(has(r, 'Omari Dede', 'OFFICIAL_OF', 'Tanzania')).toBe(true);
    expect(entity(r, 'Duma Seko')?.type).toBe('Person');
  });
});

describe('places the world\'s data puts in another state', () => {
  it('gives a bare title not the text\'s one state when its sentence is set in a place of another state', () => {
    const r = run('Prime Minister Karl Borg toured flooded towns in Ontario. Peru later sent aid.');
    expect(has(r, 'Karl Borg', 'PRIME_MINISTER_OF', 'Peru')).toBe(false);
    expect(has(r, 'Ontario', 'LOCATED_IN', 'Peru')).toBe(false);
  });

  it('still places an unknown village in the one state a text names', () => {
    const r = run('Fighting near the village of Zorko killed five soldiers in Chad.');
    expect(has(r, 'Zorko', 'LOCATED_IN', 'Chad')).toBe(true);
  });
});

describe('a bare-titled holder announcing what a state will do', () => {
  it('gives the holder the office of the state whose decision they report after the clause', () => {
    const r = run('Estonia will lend Latvia 90 million euros, Prime Minister Karl Borg told parliament.');
    expect(has(r, 'Karl Borg', 'PRIME_MINISTER_OF', 'Estonia')).toBe(true);
    const told = run('Estonia shelled the border near Latvia overnight, President Ivo Kask said.');
    expect(has(told, 'Ivo Kask', 'PRESIDENT_OF', 'Latvia')).toBe(false);
  });

  it('does not take the speaker after ", … said" for the apposition of an object naming no one', () => {
    const r = run('Estonia will shut the Latvian trade office and deport its employees, Foreign Minister Ivo Kask said.');
    expect(has(r, 'Estonia', 'EXPELLED', 'Ivo Kask')).toBe(false);
  });
});

describe('party names after a demonym, and what "it" and "its" stand for after a "which" clause', () => {
  it('reads a demonym and one word parties are named by as a party\'s name', () => {
    const r = run('Lithuanian Choice won four seats, and Finnish Alternative came second.');
    expect(entity(r, 'Lithuanian Choice')?.type).toBe('Organization');
    expect(entity(r, 'Finnish Alternative')?.type).toBe('Organization');
  });

  it('does not take a name inside a closed "which" clause for "its" or a subject "it"', () => {
    const r = run('Ivo Kask met the Andean Front, which Serbia funds, and its leader Omar Dede spoke first.');
    expect(has(r, 'Omar Dede', 'LEADER_OF', 'Andean Front')).toBe(true);
    expect(has(r, 'Omar Dede', 'LEADER_OF', 'Serbia')).toBe(false);
    const firm = run("Veloce Motori, which Italy's state fund controls, said it had sued Chile.");
    expect(has(firm, 'Veloce Motori', 'SUED', 'Chile')).toBe(true);
    expect(has(firm, 'Italy', 'SUED', 'Chile')).toBe(false);
  });
});

describe('quoted naming frames, "pro-" and "anti-" sides, and plural possessives', () => {
  it('reads "condemned what it called X\'s acts" as condemning X, with no phone call', () => {
    const r = run("Uruguay criticised what it called Brazil's protectionism. Chile denounced what it described as Bolivia's meddling.");
    expect(has(r, 'Uruguay', 'CRITICIZED', 'Brazil')).toBe(true);
    expect(has(r, 'Uruguay', 'MET_WITH', 'Brazil')).toBe(false);
    expect(has(r, 'Chile', 'CRITICIZED', 'Bolivia')).toBe(true);
  });

  it('reads a body a "pro-" name qualifies as backing that side, and not as lying in it', () => {
    const r = run('Protesters clashed with the pro-Kremlin youth movement Zarnet in Riga.');
    expect(has(r, 'Zarnet', 'SUPPORTED', 'Russia')).toBe(true);
    expect(has(r, 'Zarnet', 'LOCATED_IN', 'Russia')).toBe(false);
  });

  it('reads an apostrophe after a plural name as its possessive, so an apposition after the subject stays one', () => {
    const r = run("Ivo Kask blamed Chile for the raid, and Peru, the Bahamas' closest partner, criticised Chile's conduct. Latvia summoned the Bahamas' envoy on Friday.");
    expect(has(r, 'Peru', 'CRITICIZED', 'Chile')).toBe(true);
    expect(has(r, 'Ivo Kask', 'CRITICIZED', 'Chile')).toBe(false);
    expect(has(r, 'Latvia', 'PROTESTED', 'Bahamas')).toBe(true);
  });
});

describe('"them" for states named together, pronouns after prepositions, and a body\'s members listed', () => {
  it('reads an object "them" as the states named together before, unless people in the plural come between', () => {
    const r = run('Peru, Bolivia and Ecuador quit the forum in May. The Andean Council later imposed sanctions on them.');
    for (const s of ['Peru', 'Bolivia', 'Ecuador']) expect(has(r, 'Andean Council', 'SANCTIONED', s)).toBe(true);
    const rebels = run('Chile and Peru condemned the rebels, accusing them of attacks. Kenya and Uganda signed a deal. The protesters criticised them.');
    expect(rebels.relations.some((x) => x.type === 'ACCUSED')).toBe(false);
    expect(rebels.relations.some((x) => x.type === 'CRITICIZED')).toBe(false);
  });

  it('lists a named body\'s members set off after it, but not those of a described one', () => {
    const r = run("The Andean Council's member states, Peru, Bolivia and Ecuador, objected to the levy.");
    expect(has(r, 'Peru', 'MEMBER_OF', 'Andean Council')).toBe(true);
    expect(has(r, 'Ecuador', 'MEMBER_OF', 'Andean Council')).toBe(true);
  });
});

describe('a known company\'s first word used alone', () => {
  it('reads the first word of a known company named before as that company', () => {
    const r = run('Lockheed Martin won the radar contract. On Monday, Lockheed\'s chief executive, Ivo Kask, said it would hire 500 workers.');
    expect(has(r, 'Ivo Kask', 'HEAD_OF', 'Lockheed Martin')).toBe(true);
  });
});

describe('guards on ties, brokers, bare titles, honorifics, sides and "them"', () => {
  it('gives no cooperation for ties cut or warned against, or relations that are had or restored', () => {
    const r = run('Moldova cut its close ties with Belarus in 2021. Chile warned against close ties with Cuba. Egypt and Sudan have restored diplomatic relations. Rwanda and Burundi have tense relations.');
    expect(r.relations.some((x) => x.type === 'COOPERATES_WITH')).toBe(false);
    const grown = run("Armenia's ties with India have grown closer since 2020.");
    expect(has(grown, 'Armenia', 'COOPERATES_WITH', 'India')).toBe(true);
    const opening = run('Relations between Ghana and Togo have improved since the border deal.');
    expect(has(opening, 'Ghana', 'COOPERATES_WITH', 'Togo')).toBe(true);
  });

  it('reads no mediation when the host is a side, or when states only back a plan another brokered', () => {
    const r = run('Ghana hosted talks between Ghanaian and Togolese officials. Chile and Peru backed a Brazil-brokered plan.');
    expect(r.relations.some((x) => x.type === 'MEDIATED')).toBe(false);
  });

  it('gives a holder no office of a state foretold to attack, and keeps the office of a visitor going abroad', () => {
    const r = run('Belarus will attack Latvia within a decade, Prime Minister Ivo Kask said.');
    expect(has(r, 'Ivo Kask', 'PRIME_MINISTER_OF', 'Belarus')).toBe(false);
    const trip = run('Chile announced two loans on a trip by President Karl Borg to Tokyo.');
    expect(has(trip, 'Karl Borg', 'PRESIDENT_OF', 'Chile')).toBe(true);
  });

  it('keeps an honorific inside a place\'s name, and a "pro-" side out of titles and event names', () => {
    const r = run('Flights resumed at Imam Tahir International Airport. Chile\'s pro-Russia President Ivo Kask met Karl Borg. An anti-Peru rally in Quito drew thousands.');
    expect(entity(r, 'Imam Tahir International Airport')?.type).toBe('Place');
    expect(has(r, 'Ivo Kask', 'PRESIDENT_OF', 'Russia')).toBe(false);
    expect(r.entities.some((e) => e.type === 'Event' && e.name.includes('Peru'))).toBe(false);
  });

  it('gives money "to help X fight Y" to X, and reads "them" past other plurals as no states', () => {
    const r = run('Norway committed $2 billion to help Estonia fight Belarus.');
    expect(has(r, 'Norway', 'PROVIDED_AID_TO', 'Estonia')).toBe(true);
    expect(has(r, 'Norway', 'PROVIDED_AID_TO', 'Belarus')).toBe(false);
    const plural = run('Chile and Peru proposed two amendments. Bolivia vetoed them. Ghana and Togo agreed a truce. Nigeria and Benin mediated between them.');
    expect(has(plural, 'Bolivia', 'REJECTED', 'Chile')).toBe(false);
    expect(has(plural, 'Nigeria', 'MEDIATED', 'Ghana')).toBe(true);
  });
});

describe('shared objects, "who" after a titled apposition, and places of a firm set off', () => {
  it('gives a verb before "and" and another verb the object they share', () => {
    const r = run('Ecuador shelled and captured two Peruvian outposts. Ecuador signed and ratified the Quito Accord.');
    expect(has(r, 'Ecuador', 'ATTACKED', 'Peru')).toBe(true);
    expect(has(r, 'Ecuador', 'SIGNED', 'Quito Accord')).toBe(true);
    const blocked = run('Chilean trucks blocked and damaged a Peruvian convoy.');
    expect(has(blocked, 'Chile', 'REJECTED', 'Peru')).toBe(false);
  });

  it('reads "who" after "X, a leader of Y" as X, and a firm set off after "-based" as lying there', () => {
    const r = run('Karl Borg welcomed Ivo Kask, a leader of the Andean Front who was sanctioned by Chile last year. Investors sued the mine\'s Quito-based operator, Andes Gold Corp.');
    expect(has(r, 'Chile', 'SANCTIONED', 'Ivo Kask')).toBe(true);
    expect(has(r, 'Chile', 'SANCTIONED', 'Andean Front')).toBe(false);
    expect(r.relations.some((x) => x.type === 'LOCATED_IN' && r.entities.find((e) => e.id === x.source)?.name.startsWith('Andes Gold') && x.target === entity(r, 'Quito')?.id)).toBe(true);
  });
});

describe('a past form modifying a name after "the"', () => {
  it('reads a past form between "the" and a name inside an aside as part of a noun phrase, so a verb coordinated after the aside keeps its subject', () => {
    const r = run('Ines Paz toured Arica, a port near the annexed Tacna district, and asked the Andean Council for aid.');
    expect(has(r, 'Ines Paz', 'CALLED_ON', 'Andean Council')).toBe(true);
  });
});

describe('"the neighbours" for a pair of states', () => {
  it('reads "between the neighbours" as the two states named together before', () => {
    const r = run('Chile and Peru quarrelled over fishing rights for years. In 2021 Brazil hosted talks between the neighbours.');
    expect(has(r, 'Brazil', 'MEDIATED', 'Chile')).toBe(true);
    expect(has(r, 'Brazil', 'MEDIATED', 'Peru')).toBe(true);
  });
});

describe('sides of a swap or exchange someone brokered', () => {
  it('reads states that swapped or freed prisoners "in an exchange brokered by Z" as the sides Z mediated between', () => {
    const r = run('Chile and Peru swapped 12 detainees in an exchange brokered by Norway.');
    expect(has(r, 'Norway', 'MEDIATED', 'Chile')).toBe(true);
    expect(has(r, 'Norway', 'MEDIATED', 'Peru')).toBe(true);
  });
});

describe('a party after "whose"', () => {
  it('makes the person before "whose" a member of the party named after it', () => {
    const r = run('Ines Paz, whose Green Dawn party lost ground in May, resigned.');
    expect(has(r, 'Ines Paz', 'MEMBER_OF', 'Green Dawn')).toBe(true);
  });
});

describe('support won from someone, and travel bans', () => {
  it('reads "X won the backing of Y" as Y supporting X, and a travel ban on someone as a sanction', () => {
    const r = run('Ines Paz won the backing of the Green Dawn party. Latvia imposed a travel ban on Karl Borg.');
    expect(has(r, 'Green Dawn', 'SUPPORTED', 'Ines Paz')).toBe(true);
    expect(has(r, 'Ines Paz', 'SUPPORTED', 'Green Dawn')).toBe(false);
    expect(has(r, 'Latvia', 'SANCTIONED', 'Karl Borg')).toBe(true);
  });
});

describe('"the country\'s" before a title', () => {
  it('gives the holder the office of the one state named before, and none when two are', () => {
    const r = run('Latvia held a snap election on Sunday. The country\'s prime minister, Karl Borg, conceded defeat.');
    expect(has(r, 'Karl Borg', 'PRIME_MINISTER_OF', 'Latvia')).toBe(true);
    const two = run('Chile\'s exports to Peru rose. The country\'s president, Ivo Kask, said trade would grow.');
    expect(two.relations.some((x) => x.type === 'PRESIDENT_OF')).toBe(false);
  });
});

describe('guards from a second reading', () => {
  it('reads no cooperation in a deepening rift, but a pair that has close relations', () => {
    const r = run('The rift in relations between Chile and Peru deepened on Monday. Egypt and Sudan have close relations.');
    expect(has(r, 'Chile', 'COOPERATES_WITH', 'Peru')).toBe(false);
    expect(has(r, 'Egypt', 'COOPERATES_WITH', 'Sudan')).toBe(true);
  });

  it('keeps the office of a holder announcing sanctions, and gives none to a visitor to a state its own firms are from', () => {
    const r = run('Chile will sanction Peru over the dam, Foreign Minister Ivo Kask said.');
    expect(has(r, 'Ivo Kask', 'MINISTER_OF', 'Chile')).toBe(true);
    const visit = run('Chilean firms signed three deals during a visit by President Karl Borg to Santiago.');
    expect(has(visit, 'Karl Borg', 'PRESIDENT_OF', 'Chile')).toBe(false);
  });

  it('helps each state named before the verb, shares no object with "left", and reads no talks in "its planned talks"', () => {
    const r = run('Japan pledged $20 million to help Chile and Peru fight wildfires. Ivo Kask left and joined the Andean Front in 2019.');
    expect(has(r, 'Japan', 'PROVIDED_AID_TO', 'Peru')).toBe(true);
    expect(has(r, 'Ivo Kask', 'WITHDREW_FROM', 'Andean Front')).toBe(false);
    expect(has(run('Chile said its planned talks with Peru were cancelled.'), 'Chile', 'NEGOTIATED_WITH', 'Peru')).toBe(false);
  });

  it('reads no rejection of a body whose resolution is blocked, and no presidency of a state an "anti-" word names', () => {
    const r = run('Russia blocked a UN resolution drafted by France. The anti-Russian President Ivo Kask met Karl Borg.');
    expect(r.relations.some((x) => x.type === 'REJECTED')).toBe(false);
    expect(has(r, 'Ivo Kask', 'PRESIDENT_OF', 'Russia')).toBe(false);
  });
});

describe('a body allied or aligned by a hyphen', () => {
  it('reads "the X-aligned group Y" as Y cooperating with X, and "X-backed" still as X backing Y', () => {
    const r = run('The Peru-aligned militia Sendero Rojo shelled Arica. The Chile-backed militia Frente Sur withdrew.');
    expect(has(r, 'Sendero Rojo', 'COOPERATES_WITH', 'Peru')).toBe(true);
    expect(has(r, 'Chile', 'SUPPORTED', 'Frente Sur')).toBe(true);
  });
});

describe('a prince\'s style before a long name', () => {
  it('drops "Prince" before a name of four words or more, but keeps a short royal name whole', () => {
    const r = run('Oil Minister Prince Khalid bin Nasser al-Rashid met Karl Borg in Lima.');
    expect(entity(r, 'Khalid bin Nasser al-Rashid')?.type).toBe('Person');
  });
});

describe('a speaker named after a clause that ends on a place', () => {
  it('keeps "talks in X, the group said" a place, while an apposition still types its name', () => {
    const r = run('Chile and Peru agreed a truce after talks in Tacuarembo, the group said. Fighting resumed near Rivera, a rebel spokesman said.');
    expect(entity(r, 'Tacuarembo')?.type).toBe('Place');
    expect(entity(r, 'Rivera')?.type).toBe('Place');
    const a = run('Chile and Peru agreed a truce after talks with Sendero Azul, an armed group based in the hills.');
    expect(entity(a, 'Sendero Azul')?.type).toBe('Organization');
  });
});

describe('capitals written as places', () => {
  it('title-cases a dateline city with its particles and apostrophe as the gazetteer writes it', () => {
    const r = run("AIX-EN-PROVENCE, May 2 (Reuters) - Chile thanked France on Friday.\nTAMA'ULA, May 3 (Reuters) - Samoa thanked Chile on Saturday.");
    expect(has(r, 'Aix-en-Provence', 'LOCATED_IN', 'France')).toBe(true);
    expect(entity(r, "Tama'ula")?.type).toBe('Place');
  });

  it('keeps a capital in a list that goes on to a city a place, and reads "the capital, X" as its capital', () => {
    const r = run('Ines Paz toured Rosario, Quito and Guayaquil last year, and Argentina and Ecuador praised her.');
    expect(entity(r, 'Quito')?.type).toBe('Place');
    expect(has(r, 'Rosario', 'LOCATED_IN', 'Ecuador')).toBe(false);
    const c = run('Chile sent engineers to Peru. Floods cut power to much of the capital, Lima.');
    expect(has(c, 'Lima', 'CAPITAL_OF', 'Peru')).toBe(true);
    expect(has(run('Tehran and Moscow signed a pact, officials said.'), 'Tehran', 'CAPITAL_OF', 'Iran')).toBe(false);
  });
});

describe('bodies of a state named by their form', () => {
  it('gives a crown\'s force its state, keeps "Air and Space" in one force\'s name, and puts a central bank in its state', () => {
    const r = run('The Royal Estonian Navy and the Peruvian Air and Space Force held drills. The National Bank of Uruguay raised rates.');
    expect(has(r, 'Royal Estonian Navy', 'PART_OF', 'Estonia')).toBe(true);
    expect(has(r, 'Peruvian Air and Space Force', 'PART_OF', 'Peru')).toBe(true);
    expect(has(r, 'National Bank of Uruguay', 'PART_OF', 'Uruguay')).toBe(true);
    expect(entity(run('Chilean Air and Naval forces struck.'), 'Chilean Air and Naval')).toBeUndefined();
  });
});

describe('groups of states named by their number', () => {
  it('reads "thanked both governments" as the two others, not the thanker\'s own state', () => {
    const r = run('Chile and Peru reopened their border on Monday. Ivo Kask, the Uruguayan trade minister, thanked both governments.');
    expect(has(r, 'Ivo Kask', 'THANKED', 'Chile')).toBe(true);
    expect(has(r, 'Ivo Kask', 'THANKED', 'Uruguay')).toBe(false);
  });

  it('reads "talks between the three countries" as talks among each pair of the three named before', () => {
    const r = run('Bolivia opened the pipeline without a deal with Chile and Peru. Talks between the three countries broke down in May.');
    expect(has(r, 'Bolivia', 'NEGOTIATED_WITH', 'Peru')).toBe(true);
    expect(has(r, 'Chile', 'NEGOTIATED_WITH', 'Peru')).toBe(true);
  });

  it('splits a facilitator joined by a hyphen off its name ("EU-facilitated talks")', () => {
    const r = run('EU-facilitated talks between Chile and Peru ended without a deal.');
    expect(has(r, 'European Union', 'MEDIATED', 'Chile')).toBe(true);
  });
});

describe('an agreement described after it is named', () => {
  it('reads "the document was signed by X and Y" as their signing of the agreement just named', () => {
    const r = run('Chile and Peru signed a memorandum of understanding on gas on Monday. The document was signed by Ivo Kask and Ines Paz.');
    expect(has(r, 'Ivo Kask', 'SIGNED', 'memorandum of understanding')).toBe(true);
  });

  it('finds the signers of ", signed in 2020 by X and Y," over the date before the agent', () => {
    const r = run('The Andean Water Accord, signed in May 2020 by Ivo Kask and Ines Paz, expired on Monday.');
    expect(has(r, 'Ines Paz', 'SIGNED', 'Andean Water Accord')).toBe(true);
    expect(has(run('Chile, hit in 2020 by floods, asked Peru for aid.'), 'Chile', 'SIGNED', 'floods')).toBe(false);
  });

  it('gives a mediator of "the talks" the states that signed, not a signer who stands for none', () => {
    const r = run('Chile and the Andean Front signed a peace framework on Monday. The deal was signed by Ivo Kask for the government. Uruguay, which mediated the talks, welcomed it.');
    expect(has(r, 'Uruguay', 'MEDIATED', 'Ivo Kask')).toBe(false);
    expect(has(r, 'Uruguay', 'MEDIATED', 'Andean Front')).toBe(true);
  });
});

describe('names opened by words that are also titles or agencies', () => {
  it('keeps "General" opening a body\'s name, and strips it before a person', () => {
    const r = run("Ivo Kask once headed Uruguay's General Directorate of Water Resources. General Karl Borg retired.");
    expect(entity(r, 'General Directorate of Water Resources')?.type).toBe('Organization');
    expect(entity(r, 'Karl Borg')?.type).toBe('Person');
  });

  it('reads a dateline whose agency is written in lower case', () => {
    const r = run('MONTEVIDEO, May 4 (dpa) — Uruguay sent aid to Chile on Friday.');
    expect(entity(r, 'MONTEVIDEO')).toBeUndefined();
    expect(entity(r, 'Montevideo')?.type).toBe('Place');
  });
});

describe('a bare title and the states of other people\'s acts', () => {
  it('gives no state from what another speaker says after the holder, nor from the giver of a gift to them', () => {
    const r = run('For President Ines Paz, the census shows Chile can grow; Karl Borg says Bolivia is watching.');
    expect(has(r, 'Ines Paz', 'PRESIDENT_OF', 'Bolivia')).toBe(false);
    const f = run('Peru held a vote in May. Chile extended a grant, which critics called a gift to President Ivo Kask.');
    expect(has(f, 'Ivo Kask', 'PRESIDENT_OF', 'Chile')).toBe(false);
    expect(has(run('President Ivo Kask said Chile would join.'), 'Ivo Kask', 'PRESIDENT_OF', 'Chile')).toBe(true);
  });
});

describe('a speaker after an object of things', () => {
  it('takes no speaker for the object ("praised the jets, Defence Minister X said"), and reads "Armed Forces Minister" as a portfolio', () => {
    const r = run('Uruguay praised the jets, Defence Minister Ivo Kask said.');
    expect(has(r, 'Uruguay', 'PRAISED', 'Ivo Kask')).toBe(false);
    const m = run("Chile's Armed Forces Minister Ines Paz met Karl Borg.");
    expect(has(m, 'Ines Paz', 'MINISTER_OF', 'Chile')).toBe(true);
    expect(entity(m, 'Armed Forces')).toBeUndefined();
  });
});

describe('a body run by another', () => {
  it('reads "X, a shell company run by Y" as X controlled by Y, with "run" a participle before its agent', () => {
    const r = run('Uruguay blamed Blue Heron Trading, a shell company run by the Andean Front, for the fraud.');
    expect(has(r, 'Blue Heron Trading', 'CONTROLLED_BY', 'Andean Front')).toBe(true);
    const m = run('Peru backed the plan for Tacna, a move criticised by the Andean Front.');
    expect(has(m, 'Andean Front', 'CRITICIZED', 'Tacna')).toBe(false);
  });
});

describe('acts done by way of a gerund', () => {
  it('reads "responded by expelling X" as the subject\'s act, and "him"/"her" after it as a person', () => {
    const r = run('Chile responded by expelling Peru\'s ambassador. Ines Paz warned Bolivia. Bolivia retaliated by lodging a protest with Chile and accusing her of meddling.');
    expect(has(r, 'Chile', 'EXPELLED', 'Peru')).toBe(true);
    expect(has(r, 'Bolivia', 'PROTESTED', 'Chile')).toBe(true);
    expect(has(r, 'Bolivia', 'ACCUSED', 'Ines Paz')).toBe(true);
    expect(has(r, 'Bolivia', 'ACCUSED', 'Chile')).toBe(false);
  });
});

describe('demands and go-betweens', () => {
  it('reads "X\'s demand that Y …" as a demand on Y, still made when Y rejects it', () => {
    const r = run("Peru rejected Chile's demand that it withdraw its troops.");
    const d = rel(r, 'Chile', 'DEMANDED', 'Peru');
    expect(d).toBeDefined();
    expect(d?.status ?? 'asserted').toBe('asserted');
  });

  it('reads one shuttling between two delegations as mediating between their states, not the go-between\'s own', () => {
    const r = run("Chile and Peru held talks on water rights, with Uruguay's water minister, Ivo Kask, shuttling between the two delegations.");
    expect(has(r, 'Ivo Kask', 'MEDIATED', 'Chile')).toBe(true);
    expect(has(r, 'Ivo Kask', 'MEDIATED', 'Uruguay')).toBe(false);
  });
});

describe('heads of faiths and offices given by a participle', () => {
  it('reads a patriarch\'s name without his title, a grand mufti as head of his body, and "X, elected president of Y in June," as Y\'s president', () => {
    const r = run('Patriarch Ivo Kask, head of the Andean Orthodox Church, met Karl Borg. The Grand Mufti of the Andean Mosque Council, Omar Sadi, spoke.');
    expect(entity(r, 'Ivo Kask')?.type).toBe('Person');
    expect(has(r, 'Omar Sadi', 'HEAD_OF', 'Andean Mosque Council')).toBe(true);
    const e = run('Ines Paz, elected president of the Andean Council in June, met Karl Borg.');
    expect(has(e, 'Ines Paz', 'PRESIDENT_OF', 'Andean Council')).toBe(true);
  });
});

describe('craft seized and firms registered by apposition', () => {
  it('reads the owner named after a seized craft as what was seized, and a firm "registered" in a place as lying there', () => {
    const r = run('Uruguay seized a cargo plane owned by Lumen Trading, a Cyprus-registered company, on Monday.');
    expect(has(r, 'Uruguay', 'SEIZED', 'Lumen Trading')).toBe(true);
    expect(has(r, 'Lumen Trading', 'LOCATED_IN', 'Cyprus')).toBe(true);
    expect(has(run('Chile seized a Peruvian trawler.'), 'Chile', 'SEIZED', 'Peru')).toBe(false);
  });
});

describe('guards the first review of this round found', () => {
  it('keeps the sides of a host-joined summit meeting each other, and "the document" an agreement only where it is signed', () => {
    const r = run('The Uruguay-hosted summit between Chile and Peru was held in Montevideo.');
    expect(has(r, 'Chile', 'MET_WITH', 'Peru')).toBe(true);
    expect(has(r, 'Uruguay', 'MET_WITH', 'Chile')).toBe(false);
    const d = run('Chile and Peru signed a gas deal on Monday. Bolivia released an intelligence report on Chile. Chile rejected the document as fabricated.');
    expect(has(d, 'Chile', 'REJECTED', 'gas deal')).toBe(false);
  });

  it('leaves commercial banks and British regiments out of a state, and a firm that is "said to be" worth something a firm', () => {
    expect(has(run('Bank of Ireland cut 500 jobs.'), 'Bank of Ireland', 'PART_OF', 'Ireland')).toBe(false);
    expect(entity(run('A band of the Royal Irish Regiment played in Lima.'), 'Ireland')).toBeUndefined();
    expect(entity(run('Ines Paz invested in Veloce Motori, a carmaker said to be worth $2 billion.'), 'Veloce Motori')?.type).toBe('Organization');
    expect(entity(run('Alpen Capital invested $50 million in Veloce Motori, the company said.'), 'Veloce Motori')?.type).toBe('Organization');
  });

  it('keeps capitals that act in a list their states, names a capital only of a state the text names, and types every firm a stake is held in', () => {
    const r = run('Santiago, Lima and Cusco criticised Bolivia over the report.');
    expect(has(r, 'Chile', 'CRITICIZED', 'Bolivia')).toBe(true);
    expect(has(run('Floods cut roads around the capital, Quito, on Tuesday.'), 'Quito', 'CAPITAL_OF', 'Ecuador')).toBe(false);
    expect(entity(run('Alpen Capital holds shares in Veloce Motori and Lumen Wire.'), 'Lumen Wire')?.type).toBe('Organization');
  });
});

describe('calls, belittling, "both", detentions and a state\'s agents', () => {
  it('reads no call between two states that "called for" something, and "dismissed the bloc as …" as criticism', () => {
    expect(has(run('Chile and Peru called for calm on the border.'), 'Chile', 'MET_WITH', 'Peru')).toBe(false);
    const r = run('Peru left the Andean Council in May. Ivo Kask dismissed the council as a relic.');
    expect(has(r, 'Ivo Kask', 'CRITICIZED', 'Andean Council')).toBe(true);
    expect(has(r, 'Ivo Kask', 'DENIED', 'Andean Council')).toBe(false);
  });

  it('reads "thanked both" as the pair named before, "X\'s detention of Y" as an arrest, and "its prosecutors" as the reporting state', () => {
    const r = run('Uruguay and Bolivia had urged Chile to free Ines Paz, and she thanked both for their help.');
    expect(has(r, 'Ines Paz', 'THANKED', 'Uruguay')).toBe(true);
    expect(has(r, 'Ines Paz', 'THANKED', 'Bolivia')).toBe(true);
    expect(has(run("The Andean Council condemned Chile's detention of Ines Paz."), 'Chile', 'ARRESTED', 'Ines Paz')).toBe(true);
    expect(has(run('Peru said its prosecutors had charged Karl Borg with fraud.'), 'Peru', 'CHARGED', 'Karl Borg')).toBe(true);
  });
});

describe('"the group" and gerunds after saying', () => {
  it('reads "the group" as the body the text called a group, not a state\'s armed forces', () => {
    const r = run('Chile and the Sendero Front rebel group exchanged prisoners in Lima. The group, which is armed by Peru, runs a radio station in the hills.');
    expect(has(r, 'Peru', 'SUPPLIED', 'Sendero Front')).toBe(true);
    const a = run('The Chilean Armed Forces will patrol the south. Peru warned that it would strike the group again.');
    expect(has(a, 'Peru', 'ATTACKED', 'Chilean Armed Forces')).toBe(false);
  });

  it('gives a gerund after "said" no subject of its own', () => {
    const r = run('Uruguay has become a member of the Andean Council group. Foreign Minister Ivo Kask said joining the group would help trade.');
    expect(has(r, 'Ivo Kask', 'JOINED', 'Andean Council')).toBe(false);
  });
});

describe('relative clauses with no relative word after a named agreement or event', () => {
  it('reads "a protocol the two countries signed" and "the summit Peru hosted" as their objects', () => {
    const r = run('Chile and Bolivia opened two border posts under a transit protocol the two countries signed in 2021.');
    expect(has(r, 'Chile', 'SIGNED', 'transit protocol')).toBe(true);
    expect(has(r, 'Bolivia', 'SIGNED', 'transit protocol')).toBe(true);
    const h = run('Chile skipped the Lima summit Peru hosted in May.');
    expect(has(h, 'Peru', 'HOSTED', 'Lima summit')).toBe(true);
  });
});

describe('agreements that are no entity, and deals denounced', () => {
  it('finds no treaty in "its treaty ally" or in bare plural "energy deals", and reads "denounced the deal as …" as criticism only', () => {
    expect(run('Peru protested to Chile, and Uruguay sent two frigates to help its treaty ally.').entities.some((e) => e.type === 'Treaty')).toBe(false);
    expect(run('Chile and Bolivia signed energy deals with Peru last year.').entities.some((e) => e.type === 'Treaty')).toBe(false);
    const r = run('Chile and Peru signed the Andean Water Accord. The Andean Front denounced the accord as a betrayal.');
    expect(has(r, 'Andean Front', 'CRITICIZED', 'Andean Water Accord')).toBe(true);
    expect(has(r, 'Andean Front', 'WITHDREW_FROM', 'Andean Water Accord')).toBe(false);
    expect(entity(run('Ines Paz leads the National Renewal Platform.'), 'National Renewal Platform')?.type).toBe('Organization');
  });
});

describe('a description named by the apposition after it, in a list', () => {
  it('reads "Chile\'s army, the Andean Guard, and the Sendero Front" as two sides, not Chile too', () => {
    const r = run("Chile's army, the Andean Guard, and the rebel Sendero Front agreed to a truce on Monday.");
    expect(has(r, 'Andean Guard', 'AGREED_CEASEFIRE_WITH', 'Sendero Front')).toBe(true);
    expect(has(r, 'Chile', 'AGREED_CEASEFIRE_WITH', 'Sendero Front')).toBe(false);
  });
});

describe('asides that name, and events counted', () => {
  it('reads past "X, widely known by the alias Y," to the copula, and "The deal, known as Z," as Z', () => {
    const r = run('Ines Paz, widely known by the alias Comandante Rosa, is a Chilean politician who has led Chile since 2024.');
    expect(has(r, 'Ines Paz', 'LEADER_OF', 'Chile')).toBe(true);
    const a = run('Chile and the Sendero Front agreed a truce on Monday. The deal, known as the Quito Declaration of Principles, was signed by Ivo Kask.');
    expect(has(a, 'Ivo Kask', 'SIGNED', 'Quito Declaration of Principles')).toBe(true);
  });

  it('leaves an ordinal out of an event\'s name, and lists a description set off after a name as no other side', () => {
    const r = run("The Andean Front won Peru's third general election in five years.");
    expect(r.entities.some((e) => e.type === 'Event' && /third/.test(e.name))).toBe(false);
    const f = run("Fighting between the Sendero Front, Peru's largest militia, and the Andean Guard intensified.");
    expect(has(f, 'Peru', 'ATTACKED', 'Sendero Front')).toBe(false);
  });
});

describe('guards the second review of this round found', () => {
  it('keeps a participle before "by" and an -ing modifier ("backed by neighbouring X"), and gives "by Ving" the nearest act\'s subject', () => {
    const r = run('Chile, backed by neighbouring Uruguay, imposed sanctions on Peru.');
    expect(has(r, 'Uruguay', 'SUPPORTED', 'Chile')).toBe(true);
    expect(has(r, 'Chile', 'SANCTIONED', 'Peru')).toBe(true);
    expect(has(run('Chile accused Peru of escalating the conflict by sending troops to Bolivia.'), 'Chile', 'DEPLOYED_TO', 'Bolivia')).toBe(false);
  });

  it('reads "with" + name + gerund only as an absolute, and shuttling only between sides written by their number', () => {
    expect(has(run('Peru cut ties with its neighbour, Chile, accusing it of backing the rebels.'), 'Peru', 'ACCUSED', 'Chile')).toBe(true);
    expect(has(run('Ines Paz, a fashion designer, has shuttled between Lima and Santiago since her marriage.'), 'Ines Paz', 'MEDIATED', 'Chile')).toBe(false);
  });

  it('reads no head of a see or a family, and a craft\'s owner only for seizures and attacks, named', () => {
    expect(run('Patriarch Ivo Kask of Cusco praised Peruvian troops.').relations.some((x) => x.type === 'HEAD_OF')).toBe(false);
    expect(run('Karl Borg, patriarch of the Veloce Motori dynasty, died on Monday.').relations.some((x) => x.type === 'HEAD_OF')).toBe(false);
    expect(has(run('Alpen Capital bought a tanker owned by Lumen Trading.'), 'Alpen Capital', 'ACQUIRED', 'Lumen Trading')).toBe(false);
    expect(has(run('Peru seized a trawler owned by a Maltese company.'), 'Peru', 'SEIZED', 'Malta')).toBe(false);
  });

  it('keeps a city a place before a firm speaking, a passive list of cities places, and a central bank of the state', () => {
    expect(entity(run('Lumen Wire will build a factory near Arequipa, the firm said on Monday.'), 'Arequipa')?.type).toBe('Place');
    expect(entity(run('Santiago and Valparaiso were flooded on Monday.'), 'Santiago')?.type).toBe('Place');
    expect(has(run('The State Bank of Pakistan raised its policy rate.'), 'State Bank of Pakistan', 'PART_OF', 'Pakistan')).toBe(true);
    expect(has(run('Chile and Peru signed a water pact in May. Bolivia welcomed the document.'), 'Bolivia', 'PRAISED', 'water pact')).toBe(true);
  });

  it('reads "its police" only after a verb of saying, a denial of a clause about a party as a denial, and "the group" as the nearer group no name owns', () => {
    expect(has(run('Peru criticised Chile, saying its police had detained Ines Paz.'), 'Peru', 'ARRESTED', 'Ines Paz')).toBe(false);
    expect(has(run('Chile denied the party had received funds from Peru.'), 'Chile', 'DENIED', 'Peru')).toBe(true);
    expect(has(run('The Sendero Front rebel group kidnapped a group of Chilean tourists near Putre. The group was freed by Peru on Monday.'), 'Peru', 'RELEASED', 'Sendero Front')).toBe(false);
  });
});

describe('guards the third review of this round found', () => {
  it('keeps "by attacking X" a gerund, a list with "have" acting, and a capital list of states no apposition', () => {
    expect(has(run('Peru responded by attacking Sendero Front camps near Putre.'), 'Peru', 'ATTACKED', 'Sendero Front')).toBe(true);
    expect(entity(run('Santiago, Lima and Arequipa have condemned the arrests.'), 'Santiago')).toBeUndefined();
    expect(has(run("Chile held joint drills with Argentina, Peru's navy, and Bolivia's army."), 'Chile', 'COOPERATES_WITH', 'Peru')).toBe(true);
    expect(has(run("Peru's army, the Sendero Front, and the Andean Guard agreed to a truce on Monday."), 'Peru', 'AGREED_CEASEFIRE_WITH', 'Sendero Front')).toBe(true);
  });

  it('reads no aside "named by X" as a name, no treaty left by denouncing it, no war of words as attacks, and a greeting during a clause as a meeting', () => {
    expect(has(run('The envoy, named by Chile, met Karl Borg in Lima on Monday.'), 'Chile', 'MET_WITH', 'Karl Borg')).toBe(false);
    expect(run('Bolivia denounced the Andean Water Treaty, calling it unfair.').relations.some((x) => x.type === 'WITHDREW_FROM')).toBe(false);
    expect(has(run('Chile and Peru have fought a war of words over the border since May.'), 'Chile', 'ATTACKED', 'Peru')).toBe(false);
    const g = run('Ines Paz greeted Karl Borg as the band played the anthem.');
    expect(has(g, 'Ines Paz', 'MET_WITH', 'Karl Borg')).toBe(true);
    expect(has(g, 'Ines Paz', 'PRAISED', 'Karl Borg')).toBe(false);
  });

  it('reads "its police" over a time phrase, shuttling between two states named as such, and "the document" not past a nearer report', () => {
    expect(has(run('Peru said on Monday that its police had arrested Karl Borg.'), 'Peru', 'ARRESTED', 'Karl Borg')).toBe(true);
    expect(has(run("Uruguay's foreign minister, Ana Ruiz, has shuttled between Chile and Peru for weeks."), 'Ana Ruiz', 'MEDIATED', 'Chile')).toBe(true);
    expect(has(run('Chile and Peru signed a water pact in May. On Monday, Peru published a report on mining, and Chile rejected the document.'), 'Chile', 'REJECTED', 'water pact')).toBe(false);
    expect(has(run('The Bank of Greece cut its growth forecast.'), 'Bank of Greece', 'PART_OF', 'Greece')).toBe(true);
  });
});

describe('an accused act with a bare noun object', () => {
  it('reads "accused X on Monday of firing rockets at Y" as X\'s alleged attack on Y', () => {
    const r = run("Peru accused Chile's coast guard on Monday of firing rockets at a Peruvian trawler.");
    const a = r.relations.find((x) => x.type === 'ATTACKED');
    expect(a?.status).toBe('alleged');
    expect(has(run('Chile accused Peru of arms smuggling.'), 'Peru', 'ATTACKED', 'Chile')).toBe(false);
  });
});

describe('treaties a state is party to through its parliament, and a dated one a clause does not negate', () => {
  it("makes a state party to the treaty its parliament ratifies, not to another state's accession protocol", () => {
    const r = run("Uruguay's parliament, the General Assembly, on Monday approved a fisheries agreement with Chile.");
    expect(has(r, 'Uruguay', 'PARTY_TO', 'fisheries agreement')).toBe(true);
    expect(has(r, 'Chile', 'PARTY_TO', 'fisheries agreement')).toBe(true);
    expect(has(run("Peru's Congress ratified Bolivia's accession protocol on Monday."), 'Peru', 'PARTY_TO', 'accession protocol')).toBe(false);
  });

  it('keeps a dated agreement in force under a negated verb, and still negates an undated one', () => {
    const r = run('The minister said the accord did not affect a 2019 border pact with Bolivia.');
    expect(r.relations.find((x) => x.type === 'PARTY_TO')?.status ?? 'asserted').toBe('asserted');
    expect(has(run('Peru did not sign a pact with Bolivia.'), 'Bolivia', 'PARTY_TO', 'pact')).toBe(false);
  });

  it('reads "the pact the country signed with Y" as signed by the state the sentence names', () => {
    const r = run("Uruguay's Senate this week approved the water pact the country signed with Chile in 2019.");
    expect(has(r, 'Uruguay', 'SIGNED', 'water pact')).toBe(true);
    expect(has(r, 'Chile', 'SIGNED', 'water pact')).toBe(true);
  });
});

describe('capitals written as cities', () => {
  it('reads a capital owning a place in it, and "X, its capital", as the city', () => {
    expect(has(run("Fighters of the Andean Front reached Lima's northern suburbs on Sunday, Peru said."), 'Lima', 'LOCATED_IN', 'Peru')).toBe(true);
    const t = run('Bolivia received funds for a new ring road around La Paz, its capital city.');
    expect(has(t, 'La Paz', 'CAPITAL_OF', 'Bolivia')).toBe(true);
    expect(entity(t, 'La Paz')?.type).toBe('Place');
    // (A capital that acts still stands for its state.)
    expect(has(run('Lima accused Santiago of spying.'), 'Peru', 'ACCUSED', 'Chile')).toBe(true);
  });
});

describe('a participle clause opening the sentence', () => {
  it("shares the main clause's subject: speaking at an event, visiting a place, meeting someone", () => {
    expect(has(run('Speaking at the Lima summit, Ivo Kask said Peru would raise tariffs.'), 'Ivo Kask', 'ATTENDED', 'Lima summit')).toBe(true);
    const v = run('Visiting Quito on Monday, Ivo Kask praised Ecuador.');
    expect(has(v, 'Ivo Kask', 'VISITED', 'Quito')).toBe(true);
    expect(entity(v, 'Quito')?.type).toBe('Place');
    expect(has(run('Meeting Karl Borg in Quito, Ivo Kask praised Ecuador.'), 'Ivo Kask', 'MET_WITH', 'Karl Borg')).toBe(true);
  });

  it('gives whoever sat beside the subject at an event that event too, and keeps an opening event noun a noun', () => {
    const r = run('Sitting beside Karl Borg at the Lima summit in June, Ivo Kask said Peru would act.');
    expect(has(r, 'Karl Borg', 'ATTENDED', 'Lima summit')).toBe(true);
    expect(has(r, 'Ivo Kask', 'ATTENDED', 'Lima summit')).toBe(true);
    expect(has(run('Fighting between Peru and Chile, which began in May, has killed 40 people.'), 'Peru', 'ATTACKED', 'Chile')).toBe(true);
  });
});

describe('a slur on a thing or its owner', () => {
  it('reads "called X a sham" and "which he calls \'illegal\'" as criticism, not praise in the same shape', () => {
    expect(has(run("Peru called Chile's new tariffs 'economic blackmail'."), 'Peru', 'CRITICIZED', 'Chile')).toBe(true);
    expect(has(run('Peru held the 2026 general election, which Ivo Kask calls a sham.'), 'Ivo Kask', 'CRITICIZED', '2026 general election')).toBe(true);
    expect(has(run('Ines Paz called the Andean Water Treaty a milestone.'), 'Ines Paz', 'CRITICIZED', 'Andean Water Treaty')).toBe(false);
  });

  it("never makes a minister criticise their own state's act when a move is called unjust", () => {
    const r = run("Chile will impose tariffs on Peruvian copper, in response to Peru's duties on Chilean wine. Peru's trade minister, Ines Paz, called the move 'unjust'.");
    expect(has(r, 'Ines Paz', 'CRITICIZED', 'Peru')).toBe(false);
  });
});

describe('names of bodies with abstract nouns, or "Collective"', () => {
  it('keeps "X and Y Commission" with abstract nouns, "Citizens for Progress" and a collective whole', () => {
    expect(entity(run("Peru's Ethics and Audit Commission has opened a case against Karl Borg."), 'Ethics and Audit Commission')?.type).toBe('Organization');
    expect(has(run('Farmers for Renewal, led by Ivo Kask, won six seats.'), 'Ivo Kask', 'LEADER_OF', 'Farmers for Renewal')).toBe(true);
    expect(entity(run('The National Collective of Coffee Growers criticised the deal.'), 'National Collective of Coffee Growers')?.type).toBe('Organization');
    // (A one-word name before "and" is still its own: two bodies.)
    expect(entity(run('UNICEF and Andean Aid Foundation signed the deal.'), 'UNICEF')).toBeDefined();
  });
});

describe('pronouns and the gender of given names the short lists do not hold', () => {
  it('never resolves "him" to a woman named in the registers, and reads no gender into an honorific', () => {
    expect(has(run('Eero Lund praised Sigrid Holm on Monday. The Andean Miners Federation accused him of cutting wages.'), 'Andean Miners Federation', 'ACCUSED', 'Sigrid Holm')).toBe(false);
    const r = run('Sheikh Amina Rahim arrived in Chile on Monday, and she met Ivo Kask.');
    expect(r.relations.some((x) => x.type === 'VISITED' || x.type === 'MET_WITH' || x.type === 'HOSTED')).toBe(true);
  });
});

describe('fixes from the twelfth and thirteenth read sets', () => {
  it('reads "London-listed" as a modifier, and "named X to replace him" as X succeeding the one who left', () => {
    const r = run('Andes Steel agreed on Tuesday to buy Toronto-listed Lumen Wire Corp for $300 million.');
    expect(r.relations.some((x) => x.type === 'BLACKLISTED')).toBe(false);
    expect(has(r, 'Andes Steel', 'ACQUIRED', 'Lumen Wire')).toBe(true);
    const s = run('Karl Borg quit as interior minister last week. On Friday Prime Minister Ivo Kask named Ana Ruiz to replace him.');
    expect(has(s, 'Ana Ruiz', 'SUCCEEDED', 'Karl Borg')).toBe(true);
    expect(has(s, 'Ivo Kask', 'SUCCEEDED', 'Karl Borg')).toBe(false);
  });

  it('reads a second giver after a bare sum, a company description that skips ministries, and no blame on the place of the act blamed', () => {
    expect(has(run('The Andean Fund pledged $40 million and Chile $25 million.'), 'Andean Fund', 'PROVIDED_AID_TO', 'Chile')).toBe(false);
    expect(has(run('Chile gave Peru $2 billion and Bolivia $1 billion.'), 'Chile', 'PROVIDED_AID_TO', 'Bolivia')).toBe(true);
    const c = run("Peru fined the freight firm Andean Aero on Tuesday. Peru's Interior Ministry accused the company of selling rifles to the Sendero Front.");
    expect(has(c, 'Andean Aero', 'SUPPLIED', 'Sendero Front')).toBe(true);
    expect(has(c, 'Ministry of Commerce', 'SUPPLIED', 'Sendero Front')).toBe(false);
    const b = run("Chile's Border Intelligence Service blamed Peruvian guards for shooting at a Chilean patrol.");
    expect(has(b, 'Border Intelligence Service', 'ACCUSED', 'Peru')).toBe(true);
    expect(has(b, 'Border Intelligence Service', 'ACCUSED', 'Chile')).toBe(false);
  });

  it("drops a denial aimed at the denier's own state", () => {
    const r = run("Chile's interior ministry spokeswoman, Ines Paz, denied that Santiago had trained any fighters of the Andean Front.");
    expect(r.relations.some((x) => x.type === 'DENIED' && x.target === r.entities.find((e) => e.name === 'Chile')?.id)).toBe(false);
  });
});

describe('more fixes from the twelfth and thirteenth read sets', () => {
  it('names an agreement by its matter after "on", not by a day or a moment', () => {
    expect(has(run('Peru and Chile signed a memorandum on river fishing.'), 'Peru', 'SIGNED', 'memorandum on river fishing')).toBe(true);
    expect(run('Peru and Chile signed an agreement on Monday.').entities.some((e) => e.type === 'Treaty')).toBe(false);
    expect(run('Bolivia ratified the pact on accession in 2019.').entities.some((e) => e.name === 'pact on accession')).toBe(false);
  });

  it('reads a membership a join states, a body\'s supporters acting for it, a march\'s purpose, and a dateline whose state has "of" in its name', () => {
    expect(has(run('Bolivia joined the Andean Council as its sixth member on Monday.'), 'Bolivia', 'MEMBER_OF', 'Andean Council')).toBe(true);
    expect(has(run('Supporters of the Andean Front protested against the Andean Water Authority on Friday.'), 'Andean Front', 'PROTESTED', 'Andean Water Authority')).toBe(true);
    expect(has(run("Chilean protesters attacked Peru's embassy."), 'Chile', 'ATTACKED', 'Peru')).toBe(false);
    expect(has(run('Hundreds of supporters of the Andean Front marched through Cusco on Sunday to protest against the Andean Water Authority.'), 'Andean Front', 'PROTESTED', 'Andean Water Authority')).toBe(true);
    const d = run('LUVEMBA, Democratic Republic of the Congo, Feb. 18 (Newsgraph) — The Sendero Front raided a police post near Putre.');
    expect(entity(d, 'Luvemba')?.type).toBe('Place');
  });

  it('gives an attorney general an office of the state, not a ministry', () => {
    const r = run("Peru's attorney general, Ines Paz, opened an inquiry into Andean Aero.");
    expect(has(r, 'Ines Paz', 'OFFICIAL_OF', 'Peru')).toBe(true);
    expect(has(r, 'Ines Paz', 'MINISTER_OF', 'Peru')).toBe(false);
  });
});

describe('guards the first review of this round found', () => {
  it('reads no gender into a surname written first or a name given to both', () => {
    expect(has(run('Chinese Foreign Minister Li Wei arrived in Lima on Monday. He later met Peruvian President Tito Wafula.'), 'Li Wei', 'MET_WITH', 'Tito Wafula')).toBe(true);
    expect(has(run('Ariel Mizrahi arrived in Lima on Monday. He later met Tom Reid.'), 'Ariel Mizrahi', 'MET_WITH', 'Tom Reid')).toBe(true);
  });

  it('reads blame "on" past a first phrase naming no one, and stops at a gerund after "for"', () => {
    expect(has(run('Chile blamed the missile strike on a hospital in Arica on Peru.'), 'Chile', 'ACCUSED', 'Peru')).toBe(true);
    expect(has(run('Peru blamed the killing of two police officers on the Andean Front.'), 'Peru', 'ACCUSED', 'Andean Front')).toBe(true);
  });

  it('keeps a firm whose name opens with an -ing word, and reads an -ing preposition as none', () => {
    expect(entity(run('Leading Edge Capital, a fund, said it had bought a stake in Andean Aero.'), 'Leading Edge Capital')).toBeDefined();
    expect(run('Barring Bolivia, all members of the Andean Council agreed to cut tariffs.').relations.some((x) => x.type === 'BLACKLISTED')).toBe(false);
  });

  it('reads no slur past a preposition, in a phone call, or in praise of a deal', () => {
    expect(has(run('Ines Paz called Karl Borg a trusted partner in the fight against terrorism.'), 'Ines Paz', 'CRITICIZED', 'Karl Borg')).toBe(false);
    const c = run('Ines Paz called Karl Borg on Monday about the border violation.');
    expect(has(c, 'Ines Paz', 'CRITICIZED', 'Karl Borg')).toBe(false);
    expect(has(c, 'Ines Paz', 'MET_WITH', 'Karl Borg')).toBe(true);
    expect(has(run('Ines Paz called the trade agreement with Chile a victory over protectionism.'), 'Ines Paz', 'MET_WITH', 'Chile')).toBe(false);
  });

  it('lets opposition and former office-holders criticise and deny their own state', () => {
    expect(has(run('Chile imposed tariffs on Peruvian copper. Chilean opposition senator Ivo Kask condemned the move.'), 'Ivo Kask', 'CRITICIZED', 'Chile')).toBe(true);
    expect(has(run("Former Peruvian president Ines Paz denied Peru's accusation that she had taken bribes."), 'Ines Paz', 'DENIED', 'Peru')).toBe(true);
  });

  it('tells a task given as still to be done, and makes only a legislature ratify for its state', () => {
    const r = run('The African Union picked Kenya to host the 2027 summit.');
    expect(r.relations.find((x) => x.type === 'HOSTED')?.status).toBe('planned');
    expect(has(run("Peru's Constitutional Court approved the extradition treaty with Chile."), 'Peru', 'PARTY_TO', 'extradition treaty')).toBe(false);
    expect(has(run('Peru signed a deal with Alliance Motors. The company will supply trucks to Bolivia.'), 'Alliance Motors', 'SUPPLIED', 'Bolivia')).toBe(true);
  });
});

describe('offices and bodies from the twelfth and thirteenth read sets', () => {
  it("reads a state's minister of any portfolio as its minister, and a body's headquarters named for a war as a body", () => {
    expect(has(run("Bolivia's humanitarian affairs minister, Ines Paz, said the floods had displaced 20,000 people."), 'Ines Paz', 'MINISTER_OF', 'Bolivia')).toBe(true);
    const r = run("Peru's Coordination Office for Victims of the Border War thanked Chile.");
    expect(entity(r, 'Coordination Office for Victims of the Border War')?.type).toBe('Organization');
    expect(has(r, 'Coordination Office for Victims of the Border War', 'PART_OF', 'Peru')).toBe(true);
    expect(has(run("Chile's shadow finance minister, Ana Ruiz, criticised the plan."), 'Ana Ruiz', 'MINISTER_OF', 'Chile')).toBe(false);
  });
});

describe('a "that" clause asked for', () => {
  it('tells no act in the base form after a demand, unless the text says it was done, and coordinates a later verb with the one who asks', () => {
    expect(has(run('Peru demanded that Chile free Karl Borg immediately.'), 'Chile', 'RELEASED', 'Karl Borg')).toBe(false);
    const r = run('The Andean Council insisted that the Sendero Front release Karl Borg and warned it of sanctions.');
    expect(has(r, 'Andean Council', 'WARNED', 'Sendero Front')).toBe(true);
    expect(has(r, 'Sendero Front', 'WARNED', 'Karl Borg')).toBe(false);
    expect(has(run('Bolivia demanded that Peru expel Chilean diplomats, which it did on Monday.'), 'Peru', 'EXPELLED', 'Chile')).toBe(true);
  });
});

describe('code names', () => {
  it('reads a name after "code-named" as an operation or exercise, not as a person\'s cover name', () => {
    expect(entity(run('Chile and Peru launched joint naval drills on Monday. The drills, code-named Condor Shield, are the largest to date.'), 'Condor Shield')?.type).toBe('Event');
    expect(entity(run('Karl Borg, code-named Condor by Chilean intelligence, fled to Lima.'), 'Condor')?.type).not.toBe('Event');
    expect(entity(run('The exercise, codenamed Iron Dawn, began on Monday.'), 'Iron Dawn')?.type).toBe('Event');
  });
});

describe('acts referred back to, restored ties and claimed attacks', () => {
  it('reads "restored full diplomatic relations", praise of a step both sides took as praise of both, and "the arrest" as the arrest', () => {
    const r = run('Paraguay and Bolivia restored full diplomatic relations in May. Uruguay praised the decision.');
    expect(has(r, 'Paraguay', 'ESTABLISHED_TIES_WITH', 'Bolivia')).toBe(true);
    expect(has(r, 'Uruguay', 'PRAISED', 'Paraguay')).toBe(true);
    expect(has(r, 'Uruguay', 'PRAISED', 'Bolivia')).toBe(true);
    const a = run("Chilean police detained Karl Borg in Arica. Chile's Border Intelligence Service later charged him with fraud. Ines Paz, the EU's envoy, called the arrest alarming.");
    expect(has(a, 'Ines Paz', 'CRITICIZED', 'Chile')).toBe(true);
    expect(has(run('Peru quit the Andean Council in March. Chile branded the withdrawal a grave mistake.'), 'Chile', 'CRITICIZED', 'Peru')).toBe(true);
  });
});

describe('a pair named together', () => {
  it('reads "both countries" as two states named together before, not one here and one before', () => {
    const r = run('Peru and Chile signed a pact. Bolivia, a close ally of both countries, praised them.');
    expect(has(r, 'Bolivia', 'COOPERATES_WITH', 'Peru')).toBe(true);
    expect(has(r, 'Bolivia', 'COOPERATES_WITH', 'Chile')).toBe(true);
  });
});

describe('guards the second review of this round found', () => {
  it('reads a slur past a phrase the object goes on with, and in "an act of" a deed', () => {
    expect(has(run('Ines Paz called the election in Peru a farce.'), 'Ines Paz', 'CRITICIZED', 'election in Peru')).toBe(true);
    expect(has(run("Chile called Peru's decision an act of aggression."), 'Chile', 'CRITICIZED', 'Peru')).toBe(true);
    expect(has(run("Peru called Chile's victory over the Andean Front the end of terrorism."), 'Peru', 'CRITICIZED', 'Chile')).toBe(false);
  });

  it('names no agreement by an idiom after "on", and keeps a matter of two nouns whole', () => {
    expect(run('Peru and Chile signed a pact on board a navy frigate.').entities.some((e) => e.type === 'Treaty')).toBe(false);
    expect(has(run('Peru and Chile signed an agreement on migration and security.'), 'Peru', 'SIGNED', 'agreement on migration and security')).toBe(true);
  });

  it("lets only a body's supporters act for it, keeps a dateline's state with two particles, and reads no state led by leading its forces", () => {
    expect(has(run('Supporters of Peru clashed with Chilean fans after the match.'), 'Peru', 'ATTACKED', 'Chile')).toBe(false);
    expect(entity(run('LUVEMBA, Republic of the Congo, Feb. 18 (Newsgraph) — Chile sent aid to Peru.'), 'Luvemba')?.type).toBe('Place');
    expect(has(run("Ivo Kask led Peru's armed forces for a decade."), 'Ivo Kask', 'LEADER_OF', 'Peru')).toBe(false);
    expect(has(run("Peru's attorney-general Ines Paz opened an inquiry."), 'Ines Paz', 'OFFICIAL_OF', 'Peru')).toBe(true);
  });
});

describe('donated doses, deputies and offices of places', () => {
  it('reads donated vaccine doses as aid, a deputy governor as an official, and no spokesperson of a place', () => {
    const d = run('Uruguay donated 300,000 doses of polio vaccine to Bolivia.');
    expect(has(d, 'Uruguay', 'PROVIDED_AID_TO', 'Bolivia')).toBe(true);
    expect(has(d, 'Uruguay', 'SUPPLIED', 'Bolivia')).toBe(false);
    const g = run('Ana Ruiz, a deputy governor of the Andean Reserve Bank, said rates would rise.');
    expect(has(g, 'Ana Ruiz', 'HEAD_OF', 'Andean Reserve Bank')).toBe(false);
    expect(has(g, 'Ana Ruiz', 'OFFICIAL_OF', 'Andean Reserve Bank')).toBe(true);
    expect(run('Ines Paz, a spokeswoman for the Arica-based administration, said the road would reopen.').relations.some((x) => x.type === 'SPOKESPERSON_OF')).toBe(false);
  });
});

describe('calls by phone and portfolios handed over', () => {
  it('reads "spoke by phone with X" as a meeting, and handing a portfolio to someone as appointing them', () => {
    expect(has(run("Ivo Kask spoke by phone on Tuesday with Chile's foreign minister, Ines Paz."), 'Ivo Kask', 'MET_WITH', 'Ines Paz')).toBe(true);
    expect(has(run('Ivo Kask talked over the phone to Ines Paz on Monday.'), 'Ivo Kask', 'MET_WITH', 'Ines Paz')).toBe(true);
    expect(has(run('President Ivo Kask gave the defence ministry to Ana Ruiz in May.'), 'Ivo Kask', 'APPOINTED', 'Ana Ruiz')).toBe(true);
  });
});

describe('founders, denials of a charge and exchanges brokered', () => {
  it('reads founding states of a council as members, a charge denied as aimed at whoever made it, and an exchange brokered as mediation', () => {
    const f = run('The Andean Council was founded in 2001 by Chile, Peru and Bolivia.');
    expect(has(f, 'Chile', 'MEMBER_OF', 'Andean Council')).toBe(true);
    expect(has(run('Ines Paz accused the miner of polluting the river, an accusation Karl Borg rejects.'), 'Karl Borg', 'DENIED', 'Ines Paz')).toBe(true);
    const x = run('Chile and Peru released jailed fishermen on Tuesday in a swap brokered by Uruguay.');
    expect(has(x, 'Uruguay', 'MEDIATED', 'Chile')).toBe(true);
    expect(has(x, 'Uruguay', 'MEDIATED', 'Peru')).toBe(true);
  });
});

describe('guards the third review of this round found', () => {
  it("reads no slur on one an act befell, none denied, and a mutual act's step as both sides'", () => {
    expect(run("Ana Ruiz called Ivo Kask's death shocking.").relations.some((x) => x.type === 'CRITICIZED')).toBe(false);
    expect(has(run("Peru called Chile's offer of aid no mistake."), 'Peru', 'CRITICIZED', 'Chile')).toBe(false);
    const s = run('Peru and Chile agreed a ceasefire. Bolivia welcomed the step.');
    expect(has(s, 'Bolivia', 'PRAISED', 'Peru')).toBe(true);
    expect(has(s, 'Bolivia', 'PRAISED', 'Chile')).toBe(true);
    expect(has(run('Chile sanctioned Bolivia on Monday, while Peru refused to sanction Bolivia. Uruguay condemned the move.'), 'Uruguay', 'CRITICIZED', 'Peru')).toBe(false);
    expect(run('Peru expelled two Chilean diplomats. Bolivia condemned the arrest.').relations.some((x) => x.type === 'CRITICIZED')).toBe(false);
  });

  it('keeps a pair of one name and one pronoun, no firm founded by states a body of them, and no release of a report in an exchange', () => {
    const p = run('Ana Ruiz arrived in Lima on Monday. Ivo Kask welcomed her at the airport, and the two leaders signed a fisheries pact.');
    expect(has(p, 'Ana Ruiz', 'SIGNED', 'fisheries pact')).toBe(true);
    expect(has(run('Chile and Peru founded Pacifica, a state-owned airline, in 1990.'), 'Chile', 'MEMBER_OF', 'Pacifica')).toBe(false);
    expect(has(run('Peru released a report criticising the truce brokered by Uruguay.'), 'Uruguay', 'MEDIATED', 'Peru')).toBe(false);
    expect(has(run('Ana Ruiz blamed bad weather for the crash, while Karl Borg denied any wrongdoing.'), 'Karl Borg', 'DENIED', 'Ana Ruiz')).toBe(false);
  });

  it('reads a code name after a place, a call over a day and a phone, and no supporters of a titled person as acting', () => {
    expect(entity(run('Peru launched a military offensive in the north, code-named Sierra Fire.'), 'Sierra Fire')?.type).toBe('Event');
    expect(has(run('Ivo Kask spoke on Monday by phone with Ines Paz.'), 'Ivo Kask', 'MET_WITH', 'Ines Paz')).toBe(true);
    expect(has(run("Supporters of the former president, Ivo Kask, attacked Chile's embassy."), 'Ivo Kask', 'ATTACKED', 'Chile')).toBe(false);
    expect(has(run('Ana Ruiz offered the job to Ivo Kask, who turned it down.'), 'Ana Ruiz', 'APPOINTED', 'Ivo Kask')).toBe(false);
  });
});

describe("a person named after a state's possessive", () => {
  it("reads two words after a state's possessive as a person when the first is a given name the registers know, not a firm's name", () => {
    const r = run("In a joint statement, Chile's Jaana Lind and Peru's Eero Salas urged Bolivia to return to talks.");
    expect(entity(r, 'Jaana Lind')?.type).toBe('Person');
    expect(entity(r, 'Eero Salas')?.type).toBe('Person');
    expect(entity(run("Peru's Unity Savings agreed to buy Chile's Andes Trust."), 'Unity Savings')?.type).toBe('Organization');
  });
});

describe('more slurs', () => {
  it('reads "called the move politicized" as criticism of whoever made the move', () => {
    expect(has(run('The Andean Council suspended Peru on Thursday. Lima called the move politicized.'), 'Peru', 'CRITICIZED', 'Andean Council')).toBe(true);
  });
});

describe('arms that act for their owner', () => {
  it('reads "X, whose drones struck Y" as X attacking Y', () => {
    expect(has(run('Chile, whose drones struck Arica in July, warned Peru.'), 'Chile', 'ATTACKED', 'Arica')).toBe(true);
  });
});

describe('participants of talks at an event', () => {
  it('reads whoever talks were held with or mediated between at an event as attending it', () => {
    const r = run('Ana Ruiz held talks with Ivo Kask at the Andean Council summit in Lima.');
    expect(has(r, 'Ivo Kask', 'ATTENDED', 'Andean Council summit')).toBe(true);
    expect(has(r, 'Ana Ruiz', 'ATTENDED', 'Andean Council summit')).toBe(true);
    const m = run('Ana Ruiz mediated talks between Ivo Kask and Ines Paz at the Andean Council summit.');
    expect(has(m, 'Ines Paz', 'ATTENDED', 'Andean Council summit')).toBe(true);
  });

  it('reads talks with someone after a phrase of where as the subject meeting them', () => {
    expect(has(run('Ana Ruiz signed the accord during talks in Lima with Ivo Kask.'), 'Ana Ruiz', 'MET_WITH', 'Ivo Kask')).toBe(true);
  });

  it('reads no phone call in "called for talks with X" nor in a passive naming', () => {
    expect(has(run('Ana Ruiz called for talks with Ivo Kask on the border.'), 'Ana Ruiz', 'MET_WITH', 'Ivo Kask')).toBe(false);
    expect(has(run('Peru was called a bully by Chile.'), 'Chile', 'MET_WITH', 'Peru')).toBe(false);
  });
});

describe('an act named, then a relative clause with no relative word', () => {
  it('reads "a step Peru condemned" after a clause as criticism of whoever took the step', () => {
    expect(has(run('Chile expelled two Peruvian diplomats, a step Peru condemned.'), 'Peru', 'CRITICIZED', 'Chile')).toBe(true);
    expect(has(run('The Andean Council fined Peru on Thursday, a decision Lima called arbitrary.'), 'Peru', 'CRITICIZED', 'Andean Council')).toBe(true);
    expect(has(run('Peru condemned the step Chile took.'), 'Peru', 'CRITICIZED', 'Chile')).toBe(true);
    expect(has(run('Chile suspended Peru for recognising the Sendero Front, a move Bolivia condemned.'), 'Bolivia', 'CRITICIZED', 'Sendero Front')).toBe(false);
    expect(has(run('Chile imposed new tariffs on Peru. Bolivia criticised the tariffs Chile imposed.'), 'Bolivia', 'CRITICIZED', 'Chile')).toBe(true);
  });

  it('reads "an accusation Lima rejected" as a denial of the accuser', () => {
    expect(has(run('Chile accused Peru of hiding the fugitives, an allegation Lima dismissed.'), 'Peru', 'DENIED', 'Chile')).toBe(true);
  });

  it('passes over a relative clause before the comma for the clause it hangs on', () => {
    const r = run('The Andean Council suspended Peru over the vote that Chile held, a move Bolivia condemned.');
    expect(has(r, 'Bolivia', 'CRITICIZED', 'Andean Council')).toBe(true);
    expect(has(r, 'Bolivia', 'CRITICIZED', 'Chile')).toBe(false);
  });

  it('keeps a title and a name after it one phrase', () => {
    expect(has(run('The rebel group Sendero Front said it attacked Putre.'), 'Sendero Front', 'ATTACKED', 'Putre')).toBe(true);
  });
});

describe('slurs of judgement', () => {
  it('reads "called X misguided" as criticism', () => {
    expect(has(run("Peru called Chile's decision misguided."), 'Peru', 'CRITICIZED', 'Chile')).toBe(true);
  });
});

describe('objects joined to a pronoun, goods ordered, and alignments ruled out', () => {
  it('reads "urged him and Y to…" as a call on both', () => {
    const r = run('Ivo Kask landed in Lima on Monday. Ana Ruiz asked him and Karl Borg to settle the dispute.');
    expect(has(r, 'Ana Ruiz', 'CALLED_ON', 'Karl Borg')).toBe(true);
    expect(has(r, 'Ana Ruiz', 'CALLED_ON', 'Ivo Kask')).toBe(true);
  });

  it('reads goods delivered that a buyer ordered as supplied to the buyer', () => {
    expect(has(run('Chile handed over the last three of ten frigates ordered by Ecuador.'), 'Chile', 'SUPPLIED', 'Ecuador')).toBe(true);
    expect(has(run('Chile delivered six jets ordered by Peru to Bolivia.'), 'Chile', 'SUPPLIED', 'Peru')).toBe(false);
    expect(has(run('Chile delivered six of the jets to Peru.'), 'Chile', 'SUPPLIED', 'Peru')).toBe(true);
  });

  it('reads opposing or ruling out a coalition with a party as opposing or rejecting it', () => {
    expect(has(run('The Sendero Front has opposed a power-sharing arrangement with the Andean Front.'), 'Sendero Front', 'OPPOSES', 'Andean Front')).toBe(true);
    expect(has(run('Ivo Kask has spurned an alliance with the Andean Front ahead of the runoff.'), 'Ivo Kask', 'REJECTED', 'Andean Front')).toBe(true);
    expect(has(run("The Sendero Front opposed Peru's alliance with Chile."), 'Sendero Front', 'OPPOSES', 'Chile')).toBe(false);
    expect(has(run('Ana Ruiz supports a coalition with the Andean Front.'), 'Ana Ruiz', 'OPPOSES', 'Andean Front')).toBe(false);
  });
});

describe('courts and charges', () => {
  it('reads "criticised the ruling" as criticism of the court that ruled, not of one asked to review it', () => {
    expect(has(run("Chile's Water Tribunal struck down the mining permit on Friday. Andean Aero, which had lobbied for the permit, criticised the ruling."), 'Andean Aero', 'CRITICIZED', 'Water Tribunal')).toBe(true);
    expect(has(run('Chile imposed tariffs on Peruvian copper. Andean Aero sued over the tariffs. Peru welcomed the ruling.'), 'Peru', 'PRAISED', 'Chile')).toBe(false);
    const r = run('The Andean Tribunal upheld the fine on Andean Aero. Ana Ruiz said the firm planned an appeal to the Supreme Court. The Andean Council welcomed the ruling.');
    expect(has(run('Ana Ruiz asked the Supreme Court to block the law. Chile criticised the ruling.'), 'Chile', 'CRITICIZED', 'Supreme Court')).toBe(false);
    expect(has(run('A Lima court sentenced Ivo Kask to 10 years. Ana Ruiz welcomed the verdict.'), 'Ana Ruiz', 'PRAISED', 'Peru')).toBe(true);
    expect(has(r, 'Andean Council', 'PRAISED', 'Supreme Court')).toBe(false);
  });

  it('reads someone wanted in a state on charges as charged by it', () => {
    expect(has(run('Ivo Kask, a former minister wanted in Peru on charges of fraud, fled to Chile.'), 'Peru', 'CHARGED', 'Ivo Kask')).toBe(true);
    expect(has(run('Ivo Kask, who is wanted in Lima for murder, fled to Chile.'), 'Peru', 'CHARGED', 'Ivo Kask')).toBe(true);
    expect(has(run('Peru wanted Ivo Kask for the job.'), 'Peru', 'CHARGED', 'Ivo Kask')).toBe(false);
  });
});

describe('agreements told apart', () => {
  it('keeps an agreement named by another matter apart, and reads "the treaty" as the treaty', () => {
    const r = run("Chile and Peru signed a trade treaty in 2019. Bolivia's 2021 fishing agreement with Peru is a separate accord. Ecuador backed the treaty.");
    expect(has(r, 'Ecuador', 'SUPPORTED', 'trade treaty')).toBe(true);
    expect(has(r, 'Chile', 'SIGNED', 'Bolivia 2021 fishing agreement')).toBe(false);
    expect(has(r, 'Bolivia', 'PARTY_TO', 'trade treaty')).toBe(false);
    expect(has(r, 'Bolivia', 'PARTY_TO', 'Bolivia 2021 fishing agreement')).toBe(true);
  });

  it('reads a describing adjective before a state opening the sentence as no part of its name', () => {
    const r = run('Landlocked Bolivia signed the Lima Accord in 2004.');
    expect(entity(r, 'Bolivia')?.type).toBe('Country');
    expect(has(r, 'Bolivia', 'SIGNED', 'Lima Accord')).toBe(true);
  });

  it('reads a definite description after a denied gerund as what it describes', () => {
    expect(has(run('The Sendero Front rebel group seized Putre in May. Bolivia has denied funding the group.'), 'Bolivia', 'DENIED', 'Sendero Front')).toBe(true);
  });
});

describe('requests rejected, filings thrown out, sites struck, meetings chaired and talks ended', () => {
  it('reads "rejected the request" as rejecting whoever made it', () => {
    expect(has(run('Ecuador urged Peru to reopen the border crossing. Lima rebuffed the request.'), 'Peru', 'REJECTED', 'Ecuador')).toBe(true);
    expect(has(run('Chile imposed duties on Peruvian wine. Bolivia spurned the levies.'), 'Bolivia', 'REJECTED', 'Chile')).toBe(false);
  });

  it('reads a court throwing out a petition as rejecting whoever filed it, not as a denial', () => {
    const r = run('The Andean Tribunal quashed a challenge brought by Ivo Kask against the tariff.');
    expect(has(r, 'Andean Tribunal', 'REJECTED', 'Ivo Kask')).toBe(true);
    expect(has(r, 'Andean Tribunal', 'DENIED', 'Ivo Kask')).toBe(false);
  });

  it("reads a group's or a state's sites struck as the group or state attacked", () => {
    expect(has(run('Peru struck Sendero Front arms depots near Putre.'), 'Peru', 'ATTACKED', 'Sendero Front')).toBe(true);
    expect(has(run("Peru struck Chile's border post."), 'Peru', 'ATTACKED', 'Chile')).toBe(true);
  });

  it('reads chairing a summit as hosting and attending it, and ending talks as holding them', () => {
    const r = run('Ines Paz, who co-chaired the Lima trade conference, thanked Peru.');
    expect(has(r, 'Ines Paz', 'HOSTED', 'Lima trade conference')).toBe(true);
    expect(has(r, 'Ines Paz', 'ATTENDED', 'Lima trade conference')).toBe(true);
    expect(has(run('Bolivia and Paraguay closed six days of talks on Friday without a deal.'), 'Bolivia', 'NEGOTIATED_WITH', 'Paraguay')).toBe(true);
  });

  it('reads calling a demand a humiliation as criticism', () => {
    expect(has(run("Ines Paz spurned Bolivia's offer, calling it a humiliation."), 'Ines Paz', 'CRITICIZED', 'Bolivia')).toBe(true);
  });
});

describe('subjects over asides, coordination and pronoun chains', () => {
  it('reads an apposition or a phrase inside a "who" aside as part of it', () => {
    const r = run('Ivo Kask, who runs Andean Aero, a firm that owns two mines, rejected the charge and accused Peru of harassment.');
    expect(has(r, 'Ivo Kask', 'ACCUSED', 'Peru')).toBe(true);
    expect(has(r, 'Andean Aero', 'ACCUSED', 'Peru')).toBe(false);
    expect(has(run("After meeting Ivo Kask, who leads the Andean Front, Ana Ruiz, the Chilean envoy, criticised Peru."), 'Ana Ruiz', 'CRITICIZED', 'Peru')).toBe(true);
    expect(has(run("When Ivo Kask, who leads the Andean Front, visited Lima, Ana Ruiz, Chile's envoy, met him."), 'Ana Ruiz', 'MET_WITH', 'Ivo Kask')).toBe(true);
    expect(has(run('Ivo Kask, who met Ana Ruiz, the Chilean envoy, in Lima, praised Peru.'), 'Chile', 'PRAISED', 'Peru')).toBe(false);
    expect(has(run('The strike was organised by the Andean Front, whose leader, Ivo Kask, demanded that Peru free the prisoners.'), 'Ivo Kask', 'DEMANDED', 'Peru')).toBe(true);
  });

  it('reads a verb after ", and" past an object relative with its own subject as the main clause\'s', () => {
    const r = run('Ana Ruiz praised the bridge that Chile built for Peru, and toured Lima and Quito.');
    expect(has(r, 'Ana Ruiz', 'VISITED', 'Peru')).toBe(true);
    expect(r.relations.some((x) => x.type === 'VISITED' && x.source !== r.relations.find((y) => y.type === 'VISITED')?.source)).toBe(false);
    expect(has(r, 'Chile', 'VISITED', 'Peru')).toBe(false);
  });

  it('goes on with a "she" that opened the clause before after a phrase of place, not with the person she met', () => {
    const r = run("Ana Ruiz became Chile's foreign minister in March. In Lima last week, she toured a port with Peruvian President Ines Paz. She then flew to Bolivia, where she met President Eva Mora.");
    expect(has(r, 'Ana Ruiz', 'VISITED', 'Bolivia')).toBe(true);
    expect(has(r, 'Ines Paz', 'VISITED', 'Bolivia')).toBe(false);
  });
});

describe('members, treaties had, retaken places and bodies of known bodies', () => {
  it('reads those the members of a body include as its members', () => {
    expect(has(run('Peru applied to join the Andean Council, a body whose members include Chile and Bolivia.'), 'Chile', 'MEMBER_OF', 'Andean Council')).toBe(true);
    expect(has(run("The Andean Council's members include Chile and Bolivia."), 'Bolivia', 'MEMBER_OF', 'Andean Council')).toBe(true);
  });

  it('reads a state that has a treaty as party to it, and no treaty had as none', () => {
    expect(has(run('Ecuador has maintained a fisheries treaty with Peru since 1998.'), 'Ecuador', 'PARTY_TO', 'fisheries treaty')).toBe(true);
    const r = run('Chile has no extradition treaty with Peru.');
    expect(r.relations.some((x) => x.type === 'PARTY_TO')).toBe(false);
  });

  it('reads a prefixed irregular past ("retook") as its verb', () => {
    expect(has(run('Peru retook the town of Putre from the rebels last week.'), 'Peru', 'CAPTURED', 'Putre')).toBe(true);
  });

  it('reads a named body "of the" a known body as a part of it, and a forum named for a city as not located there', () => {
    const r = run('The Lima Contact Group of the African Union mediated between Chad and Niger.');
    expect(has(r, 'Lima Contact Group', 'PART_OF', 'African Union')).toBe(true);
    expect(has(r, 'Lima Contact Group', 'MEDIATED', 'Chad')).toBe(true);
    expect(r.relations.some((x) => x.type === 'LOCATED_IN')).toBe(false);
    expect(entity(run('The Council of the European Union met.'), 'Council of the European Union')?.type).toBe('Organization');
  });

  it('keeps an agreement called "year-old" unnamed by its age, and offices handed over no goods', () => {
    expect(entity(run('Peru left the year-old pact brokered by Chile.'), 'year-old pact')).toBeUndefined();
    expect(has(run('The Andean Council handed over its premises in Putre to Peruvian officials.'), 'Andean Council', 'SUPPLIED', 'Peru')).toBe(false);
  });
});

describe('one-word names and rounds of talks', () => {
  it('reads a person named by one word as the one full name it opens, whichever was typed first', () => {
    const r = run('Tavita Aumua said on Monday that Samoa would sign the fisheries pact. Tavita, a former sea captain, wants closer ties with Japan.');
    expect(entity(r, 'Tavita')).toBeUndefined();
    expect(entity(r, 'Tavita Aumua')?.type).toBe('Person');
    const two = run('Peru arrested Karl, the son of Ivo Kask, in May. Karl Borg, the interior minister, defended the arrest.');
    expect(has(two, 'Peru', 'ARRESTED', 'Karl Borg')).toBe(false);
    expect(r.entities.filter((e) => e.type === 'Person').length).toBe(1);
  });

  it('reads "a phase of negotiations with X" as negotiating with X', () => {
    expect(has(run('Bolivia began a new phase of trade negotiations with the Andean Council in March.'), 'Bolivia', 'NEGOTIATED_WITH', 'Andean Council')).toBe(true);
  });
});

describe('asides opened by a bare participle, another meeting, and passive attendance', () => {
  it('reads ", based in X, Y\'s capital," as an aside before the verb', () => {
    const r = run("The Andean Trade Secretariat, housed in Quito, Ecuador's capital, is run by Ivo Kask, a retired banker.");
    expect(has(r, 'Ivo Kask', 'HEAD_OF', 'Andean Trade Secretariat')).toBe(true);
    expect(has(r, 'Ivo Kask', 'LEADER_OF', 'Ecuador')).toBe(false);
  });

  it('reads "another summit" as no summit named before', () => {
    const r = run('Peru signed the pact at an Andean Council summit in Lima. Chile signed it at another summit in Quito.');
    expect(has(r, 'Chile', 'ATTENDED', 'Andean Council summit')).toBe(false);
    expect(has(r, 'Andean Council summit', 'LOCATED_IN', 'Quito')).toBe(false);
  });

  it('reads no body launched at a summit as attending it, but a person welcomed there as attending', () => {
    expect(has(run('The Andean Trade Area was launched at an Andean Council summit in Lima.'), 'Andean Trade Area', 'ATTENDED', 'Andean Council summit')).toBe(false);
    expect(has(run('Ivo Kask was welcomed at the Andean Council summit by Ana Ruiz.'), 'Ivo Kask', 'ATTENDED', 'Andean Council summit')).toBe(true);
  });
});

describe('months, clauses after ", and", bodies one runs, members, inquiries and goods by origin', () => {
  it('reads a month before a year as no march', () => {
    expect(run("Ana Ruiz won Paraguay's March 2031 runoff easily.").entities.some((e) => /\bmarch$/i.test(e.name))).toBe(false);
  });

  it('reads ", and X he chairs is…" as a new clause, and the body one chairs as headed by one', () => {
    const r = run('Ivo Kask sued the regulator, and the Andean Group he chairs is investing in Peru.');
    expect(has(r, 'Ivo Kask', 'SUED', 'Andean Group')).toBe(false);
    expect(has(r, 'Ivo Kask', 'HEAD_OF', 'Andean Group')).toBe(true);
  });

  it('reads states that "are members of" a body, after a count of others too, as its members', () => {
    const r = run('Chile, Peru and five other states have since become members of the Andean Council.');
    expect(has(r, 'Peru', 'MEMBER_OF', 'Andean Council')).toBe(true);
    expect(has(run('The Andean Council, whose founding members are Chile, Peru and Bolivia, met in Lima.'), 'Bolivia', 'MEMBER_OF', 'Andean Council')).toBe(true);
  });

  it('reads investigating how someone acted as investigating them, and goods bought by origin as supplied', () => {
    expect(has(run('The Andean Council is examining how Andean Aero won the contract.'), 'Andean Council', 'INVESTIGATED', 'Andean Aero')).toBe(true);
    expect(has(run('Chile bought Swedish-made jets in 2020.'), 'Sweden', 'SUPPLIED', 'Chile')).toBe(true);
  });
});

describe('participles over phrases of place and time, and leaders of a pair', () => {
  it('reads ", signed in Lima in March by X and Y," as a passive participle with its agents', () => {
    const r = run('Bolivia ratified a water treaty with Chile. The treaty, signed in Sucre in June by Ana Ruiz and Ivo Kask, takes effect next year.');
    expect(has(r, 'Ana Ruiz', 'SIGNED', 'water treaty')).toBe(true);
    expect(has(r, 'Ivo Kask', 'SIGNED', 'water treaty')).toBe(true);
  });

  it('reads "their prime ministers" after two states named together as those states acting', () => {
    const r = run('Chile and Peru quarrelled for a decade. Last spring their foreign ministers finally initialled and signed the Lima Accord.');
    expect(has(r, 'Chile', 'SIGNED', 'Lima Accord')).toBe(true);
    expect(has(r, 'Peru', 'SIGNED', 'Lima Accord')).toBe(true);
    expect(has(run('Ana Ruiz and Ivo Kask met. Their aides signed the Lima Accord.'), 'Ana Ruiz', 'SIGNED', 'Lima Accord')).toBe(false);
  });
});

describe('sites named by their place', () => {
  it('reads a name before a site noun as a place, also known with the site word', () => {
    const r = run("Ivo Kask was held for a month in Lima's Sorata prison.");
    expect(entity(r, 'Sorata')?.type).toBe('Place');
    const b = run('On Sunday Peru shelled the Putre bridge from across the river.');
    expect(has(b, 'Peru', 'ATTACKED', 'Putre')).toBe(true);
    expect(entity(b, 'Putre')?.aliases ?? []).toContain('Putre bridge');
  });

  it('reads "Fellow" opening a sentence as no name', () => {
    expect(run('Fellow signatories Chile and Peru also objected.').entities.some((e) => e.name === 'Fellow')).toBe(false);
  });
});

describe('schemes defined as agreements', () => {
  it('reads a scheme the text defines as a deal as an agreement', () => {
    const r = run('Chile on Friday quit the Pacific Salmon Initiative, a deal that set fishing quotas. The deal, brokered by Peru, had calmed the dispute.');
    expect(entity(r, 'Pacific Salmon Initiative')?.type).toBe('Treaty');
    expect(has(r, 'Peru', 'MEDIATED', 'Pacific Salmon Initiative')).toBe(true);
    expect(entity(run('The Andean Peace Initiative, a body set up in 2020, met in Lima.'), 'Andean Peace Initiative')?.type).toBe('Organization');
  });
});

describe('second review guards', () => {
  it('keeps a "who" aside after an opening phrase, and a series of acts after an object', () => {
    expect(has(run('On Monday, Ana Ruiz, who heads the Andean Council, a regional bloc, criticised Peru.'), 'Ana Ruiz', 'CRITICIZED', 'Peru')).toBe(true);
    const r = run('Ivo Kask thanked Ana Ruiz, returned to Lima, praised Chile and criticised Bolivia.');
    expect(has(r, 'Ivo Kask', 'PRAISED', 'Chile')).toBe(true);
    expect(has(r, 'Ana Ruiz', 'PRAISED', 'Chile')).toBe(false);
  });

  it('keeps "is believed to have been killed" and "what X said was" whole', () => {
    expect(has(run('Ivo Kask is believed to have been killed by Peru.'), 'Peru', 'KILLED', 'Ivo Kask')).toBe(true);
    const r = run('What Ana Ruiz said was that Chile had attacked Peru.');
    expect(r.relations.find((x) => x.type === 'ATTACKED')?.status).toBe('alleged');
  });

  it('reads the subject of a relative clause as the doer only for verbs of doing', () => {
    expect(has(run('Bolivia condemned the attack Chile suffered in Arica.'), 'Bolivia', 'CRITICIZED', 'Chile')).toBe(false);
    expect(has(run('Peru rejected the proposal Chile received from Bolivia.'), 'Peru', 'REJECTED', 'Chile')).toBe(false);
  });

  it('reads no inquiry into one something befell, no former members, and no owner taken for a body run', () => {
    expect(has(run('Peru is investigating how Ivo Kask was killed.'), 'Peru', 'INVESTIGATED', 'Ivo Kask')).toBe(false);
    expect(has(run('Chile and Peru are former members of the Andean Council.'), 'Chile', 'MEMBER_OF', 'Andean Council')).toBe(false);
    expect(has(run('Ana Ruiz sold the stake in Andean Aero she owned.'), 'Andean Aero', 'CONTROLLED_BY', 'Ana Ruiz')).toBe(false);
  });

  it('keeps a march named with a month, a state represented at a summit, and "wanted for his role"', () => {
    expect(has(run('Ana Ruiz attended the Great March in Lima.'), 'Ana Ruiz', 'ATTENDED', 'Great march')).toBe(true);
    expect(has(run('Peru was represented at the Andean Council summit by Ana Ruiz.'), 'Peru', 'ATTENDED', 'Andean Council summit')).toBe(true);
    expect(has(run('Ivo Kask, who is wanted in Peru for his role in a bribery scheme, fled to Chile.'), 'Peru', 'CHARGED', 'Ivo Kask')).toBe(true);
  });
});

describe('a style and one name', () => {
  it('reads "Sheikh Faris" after "Sheikh Faris bin Tamer" as that person', () => {
    const r = run('Sheikh Faris bin Tamer arrived in Rome. Sheikh Faris later met Ana Ruiz.');
    expect(has(r, 'Faris bin Tamer', 'MET_WITH', 'Ana Ruiz')).toBe(true);
    expect(entity(r, 'Sheikh Faris')).toBeUndefined();
  });
});

describe('ruling a state, counted forces and shares held', () => {
  it('reads ruling or leading a state as leading it, not leading its delegation', () => {
    expect(has(run('Ines Paz governed Uruguay for two terms.'), 'Ines Paz', 'LEADER_OF', 'Uruguay')).toBe(true);
    expect(has(run("Ana Ruiz led Peru's delegation to the talks."), 'Ana Ruiz', 'LEADER_OF', 'Peru')).toBe(false);
  });

  it('reads "fewer than 300 troops" as the troops deployed', () => {
    expect(has(run('Chile has sent fewer than 300 troops to Arica.'), 'Chile', 'DEPLOYED_TO', 'Arica')).toBe(true);
  });

  it('reads holding a percentage of a firm as investing in it', () => {
    expect(has(run('Halden Energy, which owns 7 percent of Andean Aero, backed the merger.'), 'Halden Energy', 'INVESTED_IN', 'Andean Aero')).toBe(true);
  });
});

describe('third review guards', () => {
  it('reads "their leaders" after states only when the states opened the sentence before', () => {
    expect(has(run('Opposition parties in Chile and Peru boycotted the vote. Their leaders criticised Ana Ruiz.'), 'Chile', 'CRITICIZED', 'Ana Ruiz')).toBe(false);
  });

  it('splits a named subject after a noun from the auxiliary of the main clause, and keeps "named X its envoy"', () => {
    expect(has(run('The militia Karl Borg founded was attacked by Chile.'), 'Chile', 'ATTACKED', 'Karl Borg')).toBe(false);
    expect(has(run('Peru appointed Ana Ruiz its envoy.'), 'Ana Ruiz', 'OFFICIAL_OF', 'Peru')).toBe(true);
  });

  it('reads "by plane" as a means, not an agent, and no attendance for one criticised at a summit', () => {
    expect(has(run('Ana Ruiz left Chile on Sunday, arrived in Lima on Monday by plane and met Ivo Kask.'), 'Ana Ruiz', 'VISITED', 'Lima')).toBe(true);
    expect(has(run('Bolivia was criticised at the Andean Council summit in Lima.'), 'Bolivia', 'ATTENDED', 'Andean Council summit')).toBe(false);
  });

  it('reads raids a state conducted as its act, and US-made goods as supplied by the United States', () => {
    expect(has(run('Peru condemned the raids Chile conducted in Putre.'), 'Peru', 'CRITICIZED', 'Chile')).toBe(true);
    expect(has(run('Chile bought US-made fighter jets in 2020.'), 'United States', 'SUPPLIED', 'Chile')).toBe(true);
  });

  it('reads no leadership of a state from its navy, no charge from an interrogation, and no father merged into his son', () => {
    expect(has(run("Ivo Kask, who led Chile's navy, retired."), 'Ivo Kask', 'LEADER_OF', 'Chile')).toBe(false);
    expect(has(run('Ivo Kask is wanted in Peru for interrogation.'), 'Peru', 'CHARGED', 'Ivo Kask')).toBe(false);
    expect(has(run('Sheikh Omar bin Saif met Ana Ruiz. His father, Sheikh Saif, criticised Chile.'), 'Omar bin Saif', 'CRITICIZED', 'Chile')).toBe(false);
    expect(has(run('Chile and Peru are once again members of the Andean Council.'), 'Peru', 'MEMBER_OF', 'Andean Council')).toBe(true);
  });
});

describe('particle verbs whose particles hold the object', () => {
  it('reads "agreed to resume ties and reopen consulates" as resuming ties, not as sharing an object', () => {
    const r = run('Chile and Bolivia agreed to resume diplomatic ties and reopen consulates.');
    expect(has(r, 'Chile', 'ESTABLISHED_TIES_WITH', 'Bolivia')).toBe(true);
  });
});

describe('a deal that sums up its sentence', () => {
  it('reads ", in a deal brokered by Z" after two states restored ties as Z mediating between them', () => {
    const r = run('Chile and Bolivia restored ties on Monday, in a deal brokered by Uruguay.');
    expect(has(r, 'Uruguay', 'MEDIATED', 'Chile')).toBe(true);
    expect(has(r, 'Uruguay', 'MEDIATED', 'Bolivia')).toBe(true);
  });
});

describe('agreements named by two matters, and dated ones', () => {
  it('names "a border and policing agreement" by both matters, apart from an older dated pact', () => {
    const r = run('Peru and Chile signed a border and policing agreement on Friday. Ana Ruiz said the accord left a 2019 policing pact with Bolivia in force.');
    expect(has(r, 'Peru', 'SIGNED', 'border and policing agreement')).toBe(true);
    expect(has(r, 'Chile', 'SIGNED', '2019 policing pact')).toBe(false);
  });
  it('names "a power-sharing deal" by its hyphenated matter, not "a far-reaching deal"', () => {
    const r = run('The two rival factions signed a power-sharing deal in Putre. Chile and Peru signed a far-reaching deal.');
    expect(r.entities.some((e) => e.type === 'Treaty' && e.name === 'power-sharing deal')).toBe(true);
    expect(r.entities.some((e) => e.type === 'Treaty' && /far-reaching/.test(e.name))).toBe(false);
  });
  it('reads "seek X\'s agreement" as consent and "any deal" as no one deal', () => {
    const r = run("Under the accord, Bolivia must win Chile's agreement before it signs any defence deal with a third state.");
    expect(r.entities.some((e) => e.type === 'Treaty' && /agreement|defence deal/.test(e.name))).toBe(false);
  });
});

describe('signers and absolute "with" clauses', () => {
  it('keeps the next signer after an apposition dated by "then"', () => {
    const r = run('Chile and Bolivia are bound by the Andean Water Treaty. The treaty was signed in 2011 by Ines Paz, then Bolivia\'s foreign minister, and her Chilean counterpart, Ivo Kask.');
    expect(has(r, 'Ivo Kask', 'SIGNED', 'Andean Water Treaty')).toBe(true);
    expect(has(r, 'Ines Paz', 'SIGNED', 'Andean Water Treaty')).toBe(true);
  });
  it('gives ", with X and Y also signing" the signing of what the clause signed', () => {
    const r = run('Chile and Bolivia signed a water-sharing accord in Arica, with Peru and Ecuador also signing as guarantors.');
    expect(has(r, 'Peru', 'SIGNED', 'water-sharing accord')).toBe(true);
    expect(has(r, 'Ecuador', 'SIGNED', 'water-sharing accord')).toBe(true);
  });
  it('gives a verb repeated with no object the first one\'s object, told as the clause tells it', () => {
    const r = run('Bolivia ratified the Arica Convention in May and Peru ratified in June, but Chile refused to ratify.');
    expect(has(r, 'Peru', 'RATIFIED', 'Arica Convention')).toBe(true);
    const chile = rel(r, 'Chile', 'RATIFIED', 'Arica Convention');
    expect(chile === undefined || (chile.status ?? 'asserted') !== 'asserted').toBe(true);
  });
});

describe('mediators of deals and talks told around them', () => {
  it('reads a deal a year names, after "in", or one after "under", as the sentence\'s own act brokered', () => {
    const r = run('Ecuador re-established relations with Bolivia in a 2016 deal brokered by Brazil.');
    expect(has(r, 'Brazil', 'MEDIATED', 'Ecuador')).toBe(true);
    expect(has(r, 'Brazil', 'MEDIATED', 'Bolivia')).toBe(true);
    const r2 = run('A truce between Ecuador and the Sendero Front came into force at dawn under an accord mediated by Brazil.');
    expect(has(r2, 'Brazil', 'MEDIATED', 'Sendero Front')).toBe(true);
    const r3 = run('Ines Paz said Ecuador would sell gas to Bolivia under an accord facilitated by the Andean Council.');
    expect(has(r3, 'Andean Council', 'MEDIATED', 'Bolivia')).toBe(true);
  });
  it('gives talks that negotiated a text their sides, and a truce talks are about the talks\' sides', () => {
    const r = run('Ecuador and Bolivia drafted the text of a river accord in Putre in talks mediated by Brazil.');
    expect(has(r, 'Brazil', 'MEDIATED', 'Ecuador')).toBe(true);
    const r2 = run('Negotiations between Ecuador and the Sendero Front over a truce, which are being facilitated by Norway, resumed.');
    expect(has(r2, 'Norway', 'MEDIATED', 'Sendero Front')).toBe(true);
  });
  it('reads "the two sides" after a fight told each way, over a hyphenated participle before the noun', () => {
    const r = run('Ecuador and the Sendero Front fought a long war. Brazil arbitrated a hard-won truce in 2019 between the two parties.');
    expect(has(r, 'Brazil', 'MEDIATED', 'Ecuador')).toBe(true);
    expect(has(r, 'Brazil', 'MEDIATED', 'Sendero Front')).toBe(true);
  });
  it('joins a second participle to an aside\'s first ("brokered by Z and signed by X and Y")', () => {
    const r = run('The Putre Accord, brokered by Norway and signed by Ecuador and Bolivia, reopened the border.');
    expect(has(r, 'Ecuador', 'SIGNED', 'Putre Accord')).toBe(true);
    expect(has(r, 'Norway', 'MEDIATED', 'Bolivia')).toBe(true);
    const r2 = run('Ecuador, armed by Brazil and advised by Norway, attacked the Sendero Front.');
    expect(has(r2, 'Ecuador', 'ATTACKED', 'Sendero Front')).toBe(true);
  });
});

describe('speakers, bare titles and treaty names with two matters', () => {
  it('goes on past a ", saying …" clause to the verb before it, asserted', () => {
    const r = run('Ines Paz dismissed the complaint, saying Quito\'s levies were "entirely legal", and accused Bolivia of flooding the market.');
    const a = rel(r, 'Ines Paz', 'ACCUSED', 'Bolivia');
    expect(a).toBeDefined();
    expect(a?.status ?? 'asserted').toBe('asserted');
  });
  it('gives no bare title the one state its holder accuses', () => {
    const r = run('Commerce Minister Ines Paz accused Bolivia of flooding the market with cheap cement.');
    expect(has(r, 'Ines Paz', 'MINISTER_OF', 'Bolivia')).toBe(false);
  });
  it('keeps "General" and both matters in a treaty\'s name, and no party for one who speaks of it', () => {
    const r = run('Ecuador argued on Monday that the levies break Bolivia\'s duties under the General Convention on Shipping and Ports.');
    expect(has(r, 'Bolivia', 'PARTY_TO', 'General Convention on Shipping and Ports')).toBe(true);
    expect(has(r, 'Ecuador', 'PARTY_TO', 'General Convention on Shipping and Ports')).toBe(false);
  });
  it('names the holder of a title with a "for" portfolio set off after it', () => {
    const r = run("Ecuador's special envoy for African affairs, Ivo Kask, arrived in Putre.");
    expect(has(r, 'Ivo Kask', 'OFFICIAL_OF', 'Ecuador')).toBe(true);
  });
});

describe('guards on elided objects, mediators and agreement names', () => {
  it('gives no elided object to a verb of another sense, nor over a "with" side', () => {
    expect(has(run('Ines Paz chairs the Andean Front, and Ivo Kask chairs in the spring.'), 'Ivo Kask', 'LEADER_OF', 'Andean Front')).toBe(false);
    const r = run('Bolivia met Ines Paz in Arica, and Ecuador met in Putre with Ivo Kask.');
    expect(has(r, 'Ecuador', 'MET_WITH', 'Ines Paz')).toBe(false);
  });
  it('gives no mediation of the last deal to one who mediated a dispute the phrase names', () => {
    const r = run('Bolivia and Ecuador agreed a truce. Ines Paz, who served as a mediator in a 2001 water dispute, doubted it would hold.');
    expect(has(r, 'Ines Paz', 'MEDIATED', 'Bolivia')).toBe(false);
  });
  it('keeps "the two re-established ties" a verb, and the side "with" names among talks\' sides', () => {
    const r = run('Bolivia and Ecuador froze relations in 2004. The two re-established ties in 2015.');
    expect(has(r, 'Bolivia', 'ESTABLISHED_TIES_WITH', 'Ecuador')).toBe(true);
    const r2 = run('Bolivia negotiated with Ecuador in talks facilitated by Norway.');
    expect(has(r2, 'Norway', 'MEDIATED', 'Ecuador')).toBe(true);
    expect(has(r2, 'Norway', 'MEDIATED', 'Bolivia')).toBe(true);
  });
  it('lets a dated deal stand for a later "free" one, and names no evaluative compound', () => {
    const r = run('Bolivia and Ecuador signed a 2017 trade deal. Peru said it would accede to the bilateral trade pact.');
    expect(r.entities.filter((e) => e.type === 'Treaty').length).toBe(1);
    const r2 = run('Bolivia signed a face-saving deal with Ecuador in March.');
    expect(r2.entities.some((e) => e.type === 'Treaty' && /face-saving/.test(e.name))).toBe(false);
  });
  it('names "an arms and training agreement" by both matters, and skips a longer dated office in a "by" list', () => {
    expect(has(run('Bolivia and Ecuador signed an arms and training agreement.'), 'Bolivia', 'SIGNED', 'arms and training agreement')).toBe(true);
    const r = run('Bolivia and Ecuador are bound by the Putre Accord. The accord was signed by Ivo Kask, then Bolivia\'s envoy to Ecuador, and Ines Paz.');
    expect(has(r, 'Ines Paz', 'SIGNED', 'Putre Accord')).toBe(true);
  });
  it('gives a deal brokered by a third state the clause\'s two sides when no act between them is told', () => {
    const r = run('Bolivia handed Ivo Kask over to Ecuador in a deal brokered by Norway.');
    expect(has(r, 'Norway', 'MEDIATED', 'Bolivia')).toBe(true);
    expect(has(r, 'Norway', 'MEDIATED', 'Ecuador')).toBe(true);
  });
});

describe('titles owned by another state, and a list that ends before a new clause', () => {
  it('gives a bare title no state that owns another title in the sentence, nor one credentials are presented to', () => {
    const r = run("Ecuador's new envoy to Bolivia, Ines Paz, handed her credentials to President Ivo Kask in La Paz on Friday.");
    expect(has(r, 'Ivo Kask', 'PRESIDENT_OF', 'Ecuador')).toBe(false);
  });
  it('ends an object list before ", and X\'s president, Y, urged …"', () => {
    const r = run("Peru voted against the levies, and Ecuador's president, Ines Paz, asked the Andean Council to drop them.");
    expect(has(r, 'Peru', 'OPPOSES', 'Ines Paz')).toBe(false);
    expect(has(r, 'Ines Paz', 'CALLED_ON', 'Andean Council')).toBe(true);
  });
});

describe('signers set off by titles, agreements told again, members by copula', () => {
  it('reads "President A and her counterpart, B, signed" in a relative clause as both signing the antecedent', () => {
    const r = run('The talks led to the Putre Treaty, which Bolivian President Ines Paz and her Ecuadorian counterpart, Ivo Kask, signed in Quito.');
    expect(has(r, 'Ines Paz', 'SIGNED', 'Putre Treaty')).toBe(true);
    expect(has(r, 'Ivo Kask', 'SIGNED', 'Putre Treaty')).toBe(true);
  });
  it('reads "the border pact" after "a border demarcation agreement" as that agreement, not "the peace accord" after "a peace deal"', () => {
    const r = run('Bolivia and Ecuador concluded a border demarcation agreement in May. The border pact was signed by Ines Paz and Ivo Kask.');
    expect(has(r, 'Ines Paz', 'SIGNED', 'border demarcation agreement')).toBe(true);
  });
  it('reads a copula and "the only X member" as membership, and no side for a body after "pro-" and "and"', () => {
    expect(has(run('Ecuador remains the only Andean Council member that has not ratified the accord.'), 'Ecuador', 'MEMBER_OF', 'Andean Council')).toBe(true);
    const r = run('The pro-Andean Vega Party and the Dawn Party voted against.');
    expect(has(r, 'Dawn Party', 'SUPPORTED', 'Vega Party')).toBe(false);
    expect(r.entities.some((e) => e.name === 'Vega Party')).toBe(true);
  });
});

describe('guards from the second review', () => {
  it('keeps a new indefinite deal after a dated one apart, and names a "border-crossing agreement"', () => {
    const r = run('Bolivia and Ecuador signed a 2016 river deal in Putre. On Friday Bolivia signed a hydropower river deal with Peru.');
    expect(has(r, 'Peru', 'SIGNED', '2016 river deal')).toBe(false);
    expect(has(run('Bolivia and Ecuador signed a border-crossing agreement in Putre.'), 'Ecuador', 'SIGNED', 'border-crossing agreement')).toBe(true);
  });
  it('keeps a bare title of one who accuses the state\'s own people or bodies', () => {
    expect(has(run("Justice Minister Ines Paz accused Ecuador's prosecutors of leaking files."), 'Ines Paz', 'MINISTER_OF', 'Ecuador')).toBe(true);
  });
  it('reads "acting as mediator in <place>" and "a broker between X and Y" as mediation', () => {
    const r = run('Bolivia and Ecuador held talks on Friday, with Norway acting as mediator in Putre.');
    expect(has(r, 'Norway', 'MEDIATED', 'Ecuador')).toBe(true);
    expect(has(run('Norway acted as a broker between Bolivia and the Sendero Front.'), 'Norway', 'MEDIATED', 'Sendero Front')).toBe(true);
  });
  it('keeps a state reporting its own acts under a treaty a party, and reads no consent agreement as a treaty', () => {
    expect(has(run('Ecuador reported its tariff schedules under the Putre Convention.'), 'Ecuador', 'PARTY_TO', 'Putre Convention')).toBe(true);
    expect(run("Bolivia cannot build the dam without the Andean Council's agreement.").entities.some((e) => e.type === 'Treaty')).toBe(false);
  });
  it('gives no office to a name after "for his support," and keeps a treaty name before "and <state> <verb>"', () => {
    expect(has(run('Ecuador thanked the president for his help, Ines Paz said.'), 'Ines Paz', 'PRESIDENT_OF', 'Ecuador')).toBe(false);
    const r = run('Bolivia ratified the Convention on Rivers and Peru followed in June.');
    expect(r.entities.some((e) => e.name === 'Convention on Rivers')).toBe(true);
  });
  it('keeps a host\'s list before an inverted speech tag, and no office of the state another title is to', () => {
    const r = run("Ecuador will host Bolivia's president, Ines Paz, and Peru's president, Ivo Kask, said a spokesman on Friday.");
    expect(has(r, 'Ecuador', 'HOSTED', 'Ivo Kask')).toBe(true);
    expect(has(run("Bolivia's new envoy to Peru, Ines Paz, handed over a letter from President Ivo Kask."), 'Ivo Kask', 'PRESIDENT_OF', 'Peru')).toBe(false);
  });
});

describe('accusations denied and winners declared', () => {
  it('reads "X denied Y\'s accusations of …" as Y accusing X, not when a "that" clause names the accused', () => {
    const r = run("The Sendero Front dismissed Ines Paz's allegations of extortion.");
    expect(has(r, 'Ines Paz', 'ACCUSED', 'Sendero Front')).toBe(true);
    const r2 = run("Ivo Kask rejected Ines Paz's charge that the Sendero Front had armed rebels.");
    expect(has(r2, 'Ines Paz', 'ACCUSED', 'Ivo Kask')).toBe(false);
  });
  it('gives the object of "declared X (of Y) the winner of Z" its part in Z', () => {
    const r = run("Ecuador's electoral court declared Ines Paz of the Vega Party the winner of the runoff presidential election.");
    expect(r.relations.some((x) => x.type === 'INVOLVED_IN' && r.entities.find((e) => e.id === x.source)?.name === 'Ines Paz')).toBe(true);
  });
});

describe('denials that go on, and names with plural apostrophes or divisions', () => {
  it('aims no denial at a court one will appeal to, but at the side a reported clause names', () => {
    const r = run('Ines Paz denied every charge and said she would appeal to the Andean Court.');
    expect(r.relations.some((x) => x.type === 'DENIED')).toBe(false);
    expect(has(run('Ecuador rejected the allegation and said Bolivian troops had fired first.'), 'Ecuador', 'DENIED', 'Bolivia')).toBe(true);
  });
  it('keeps a plural\'s apostrophe inside a body\'s name, and a known firm\'s division whole', () => {
    const r = run("The Putre Magistrates' Court acquitted Ivo Kask on Friday.");
    expect(r.entities.some((e) => e.type === 'Organization' && e.name === "Putre Magistrates' Court")).toBe(true);
    const r2 = run('Ines Paz, head of Boeing Defense Systems, toured the plant.');
    expect(has(r2, 'Ines Paz', 'HEAD_OF', 'Boeing Defense Systems')).toBe(true);
  });
  it('names no event by a word that only judges or sizes an act', () => {
    const r = run("Bolivia's full-scale invasion of Ecuador began in May.");
    expect(r.entities.some((e) => e.type === 'Event')).toBe(false);
    expect(has(r, 'Bolivia', 'INVADED', 'Ecuador')).toBe(true);
  });
});

describe('acts a response is made with', () => {
  it('gives "hit back with strikes on X" and "retaliated with sanctions on Y" the responder as the actor', () => {
    expect(has(run('Hours later Ecuador hit back with drone strikes on the Sendero Front.'), 'Ecuador', 'ATTACKED', 'Sendero Front')).toBe(true);
    expect(has(run('Ecuador retaliated with sanctions on Bolivia.'), 'Ecuador', 'SANCTIONED', 'Bolivia')).toBe(true);
  });
});

describe('guards from the third review', () => {
  it('keeps a treaty name whole as a subject, and no name after "and" that starts the next clause', () => {
    expect(run('The Treaty on Commerce and Navigation was signed in Arica in 1904.').entities.some((e) => e.name === 'Treaty on Commerce and Navigation')).toBe(true);
    const r = run('Ecuador signed the Convention on Rivers and Ines Paz, its chief negotiator, praised the text.');
    expect(r.entities.some((e) => e.type === 'Person' && e.name === 'Ines Paz')).toBe(true);
  });
  it('gives no accusation by the one whose charges "against" a third are dismissed', () => {
    expect(has(run("The Andean Council rejected Bolivia's accusations against Ecuador."), 'Bolivia', 'ACCUSED', 'Andean Council')).toBe(false);
  });
  it('ends no object list at ", and its leader, X, told …", and names no member by a hope', () => {
    expect(has(run('Ecuador struck the Sendero Front, and its leader, Ivo Kask, told fighters to hold out.'), 'Ecuador', 'ATTACKED', 'Ivo Kask')).toBe(false);
    expect(has(run('Officials hope that once Ecuador becomes an Andean Council member trade will grow.'), 'Ecuador', 'MEMBER_OF', 'Andean Council')).toBe(false);
  });
  it('reads "back" between a subject and an object as the verb, over "in its current form"', () => {
    const r = run('Bolivia signed the Putre Accord with Peru. Chile opposes the accord in its present shape; Ecuador and Norway back it.');
    expect(has(r, 'Norway', 'SUPPORTED', 'Putre Accord')).toBe(true);
  });
  it('gives no sides of a truce to one who mediated elsewhere, and keeps denials over a gerund list', () => {
    const r = run('Bolivia and Ecuador agreed a truce on Friday. Ines Paz, who served as a mediator in Chad, called it fragile.');
    expect(has(r, 'Ines Paz', 'MEDIATED', 'Bolivia')).toBe(false);
    expect(has(run('Bolivia denied arming the Sendero Front and sending drones to Peru.'), 'Bolivia', 'DENIED', 'Peru')).toBe(true);
  });
});

describe('bodies a pronoun\'s holder heads, "back" after a modal, support on a condition', () => {
  it('reads "his company" after "Vega Oil chief X" as Vega Oil', () => {
    const r = run('Andean Gas chief Ivo Kask said his company and Norte Power had signed the Putre Memorandum.');
    expect(has(r, 'Andean Gas', 'SIGNED', 'Putre Memorandum')).toBe(true);
  });
  it('reads "would back X" as support, and tells no support set on "only if"', () => {
    const r = run('Ines Paz, who leads the Vega Party, said her party would back Ecuador.');
    expect(has(r, 'Vega Party', 'SUPPORTED', 'Ecuador')).toBe(true);
    const r2 = run('Bolivia said it would back the Putre Accord only if its miners were protected.');
    expect(r2.relations.some((x) => x.type === 'SUPPORTED')).toBe(false);
  });
});

describe('firms named by what they mine', () => {
  it('types "Y Copper Mines" and "Z Resources" as bodies, not people, and no bare commodity as a body', () => {
    const r = run('Norte Copper Mines cut output. Kask Resources said prices fell. Coal exports rose.');
    expect(r.entities.filter((e) => e.type === 'Organization').map((e) => e.name).sort()).toEqual(['Kask Resources', 'Norte Copper Mines']);
  });
});

describe('well-known regions', () => {
  it('types a known territory or island as a place, not a body', () => {
    const r = run('Algeria backs independence for Western Sahara, and ferries to the Canary Islands were halted.');
    expect(r.entities.find((e) => e.name === 'Western Sahara')?.type).toBe('Place');
    expect(r.entities.find((e) => e.name === 'Canary Islands')?.type).toBe('Place');
  });
});

describe('facilities and guards from the fourth review', () => {
  it('names a facility with its kind ("the Vega military base", "the Putre refugee camp")', () => {
    const r = run("Drones struck Ecuador's Vega military base, and shells fell on the Putre refugee camp.");
    expect(r.entities.filter((e) => e.type === 'Place').map((e) => e.name).sort()).toEqual(['Putre refugee camp', 'Vega military base']);
  });
  it('keeps bodies named for plural trades, matters ending a treaty\'s name, and divisions before "and"', () => {
    expect(run("The Engineers' Union sued the Andean Council.").entities.some((e) => e.name === "Engineers' Union")).toBe(true);
    expect(run('Ecuador joined the Convention on Wetlands and Waterfowl.').entities.some((e) => e.name === 'Convention on Wetlands and Waterfowl')).toBe(true);
    expect(has(run('Boeing Commercial Airplanes and Embraer announced a venture.'), 'Boeing Commercial Airplanes', 'PART_OF', 'Boeing')).toBe(true);
  });
  it('keeps membership after "when", none for any state of an "if … or …" list', () => {
    expect(has(run('When Ecuador became an Andean Council member in 1969, it cut tariffs.'), 'Ecuador', 'MEMBER_OF', 'Andean Council')).toBe(true);
    expect(has(run('If Bolivia or Ecuador becomes an Andean Council member, trade will grow.'), 'Ecuador', 'MEMBER_OF', 'Andean Council')).toBe(false);
  });
  it('pairs no "pro-" side with a body named after "and"; a company head\'s "his party" is no company', () => {
    expect(has(run('The pro-Chile camp and Vega Party leaders met.'), 'Vega Party', 'SUPPORTED', 'Chile')).toBe(false);
    expect(has(run('Vega Oil chief Ivo Kask said his party would back Ines Paz.'), 'Vega Oil', 'SUPPORTED', 'Ines Paz')).toBe(false);
  });
  it('gives no sanction to a state a later clause hits, and reads a time phrase after "back"', () => {
    expect(has(run('Chile hit Bolivia with sanctions and Peru hit Ecuador.'), 'Chile', 'SANCTIONED', 'Ecuador')).toBe(false);
    expect(has(run('Ecuador sent troops back the next day to Bolivia.'), 'Ecuador', 'DEPLOYED_TO', 'Bolivia')).toBe(true);
  });
});

describe('"the group"', () => {
  it('stands for the last armed or political body named before, not a state\'s own forces', () => {
    const r = run('The Vega Front, an armed movement, seized Putre. Army spokesman Ivo Kask accused the group of shelling a clinic.');
    expect(has(r, 'Ivo Kask', 'ACCUSED', 'Vega Front')).toBe(true);
    const r2 = run('The Sendero Front attacked the Peruvian Army near Putre. Ines Paz said Peru would hit the group hard.');
    expect(has(r2, 'Peru', 'ATTACKED', 'Peruvian Army')).toBe(false);
  });
});

describe('guards from the fifth review', () => {
  it('keeps "struck X with a wave of missiles" an attack, a faction\'s "camp" no place, and "the group of donors" no body named before', () => {
    expect(has(run('Bolivia struck Ecuador with a wave of missiles overnight.'), 'Bolivia', 'ATTACKED', 'Ecuador')).toBe(true);
    expect(run('Aides in the Kask camp dismissed the poll.').entities.some((e) => e.type === 'Place')).toBe(false);
    const r = run('The Vega Front seized Putre. Ines Paz said the group of donors would fund Ecuador.');
    expect(r.relations.some((x) => x.type === 'PROVIDED_AID_TO')).toBe(false);
  });
});

describe('parties and their states', () => {
  it('places no party in the state its name or a possessive gives, but still a firm or an armed movement', () => {
    expect(has(run("Peru's ruling Vega party won the vote."), 'Vega', 'LOCATED_IN', 'Peru')).toBe(false);
    expect(has(run('The Peruvian Workers\' Party boycotted the vote.'), "Peruvian Workers' Party", 'LOCATED_IN', 'Peru')).toBe(false);
    expect(has(run('The Chile Renewal Party marched in Santiago.'), 'Chile Renewal Party', 'LOCATED_IN', 'Chile')).toBe(false);
    // (A firm's "alliance" and a credit union stay firms.)
    expect(has(run("Peru's Vega Oil alliance with Andes Gas collapsed in May."), 'Vega Oil', 'LOCATED_IN', 'Peru')).toBe(true);
    expect(has(run("Peru's Vega Oil signed a deal with Ecuador."), 'Vega Oil', 'LOCATED_IN', 'Peru')).toBe(true);
  });
});

describe('event nouns that modify another noun', () => {
  it('names no event in "X\'s war economy" or "the war effort"', () => {
    const r = run("Critics say Ines Paz kept Peru's war economy afloat. Chile backed Peru's war effort.");
    expect(r.entities.some((e) => e.type === 'Event')).toBe(false);
    expect(run("Peru's war in the north drained its budget.").entities.some((e) => e.type === 'Event')).toBe(true);
  });
});

describe('people listed with the states they come from', () => {
  it('reads "ministers A of Chile and B of Bolivia" as two people holding the title of each state', () => {
    const r = run('In June foreign ministers Ana Ruiz of Chile and Ivo Kask of Bolivia inked a border accord in Lima, brokered by Peru.');
    expect(has(r, 'Ana Ruiz', 'SIGNED', 'border accord')).toBe(true);
    expect(has(r, 'Chile', 'SIGNED', 'border accord')).toBe(false);
    expect(has(r, 'Ana Ruiz', 'MINISTER_OF', 'Chile')).toBe(true);
    expect(has(r, 'Ivo Kask', 'MINISTER_OF', 'Bolivia')).toBe(true);
    expect(has(r, 'Peru', 'MEDIATED', 'Chile')).toBe(true);
    expect(has(r, 'Peru', 'MEDIATED', 'Ana Ruiz')).toBe(false);
    const r2 = run('Presidents Ana Ruiz of Chile, Ivo Kask of Bolivia and Karl Borg of Peru met in Lima.');
    expect(has(r2, 'Karl Borg', 'PRESIDENT_OF', 'Peru')).toBe(true);
    expect(has(r2, 'Ivo Kask', 'PRESIDENT_OF', 'Chile')).toBe(false);
  });
  it('reads a "by" list over "then" before the titles', () => {
    const r = run('The 2013 Lima Agreement, signed by then prime ministers Ana Ruiz of Peru and Ivo Kask of Chile, set up a commission.');
    expect(has(r, 'Ivo Kask', 'SIGNED', 'Lima Agreement')).toBe(true);
    expect(has(r, 'Chile', 'SIGNED', 'Lima Agreement')).toBe(false);
  });
  it('keeps a person mediator between the people, and a lone "X of Y" as it was', () => {
    const r = run('Bolivian President Ivo Kask and Chilean President Ana Ruiz signed a truce mediated by Peruvian President Karl Borg.');
    expect(has(r, 'Karl Borg', 'MEDIATED', 'Ivo Kask')).toBe(true);
    expect(has(run('Prime Minister Ana Ruiz of Peru met Karl Borg.'), 'Ana Ruiz', 'PRIME_MINISTER_OF', 'Peru')).toBe(true);
  });
});

describe('a broker set off after a place', () => {
  it('reads ", brokered by Z" after "a deal in <city>" as the deal\'s broker, not the city\'s', () => {
    const r = run('Peru and Chile inked a border accord in Lima, brokered by Bolivia.');
    expect(has(r, 'Bolivia', 'MEDIATED', 'Chile')).toBe(true);
  });
});

describe('contests and their rounds', () => {
  it('puts both rivals in the election a runoff is of, and names a leadership contest', () => {
    const r = run('Ana Ruiz beat Ivo Kask in the runoff of the presidential election.');
    expect(has(r, 'Ivo Kask', 'INVOLVED_IN', 'presidential election')).toBe(true);
    const r2 = run('Ana Ruiz was elected leader of the Vega Party late on Sunday, defeating Ivo Kask in the leadership contest.');
    expect(has(r2, 'Ivo Kask', 'INVOLVED_IN', 'leadership contest')).toBe(true);
    expect(run('The contest between Peru and Chile for influence grew.').entities.some((e) => e.type === 'Event')).toBe(false);
    expect(run('Peru won the beauty contest in Lima.').entities.some((e) => e.type === 'Event')).toBe(false);
  });
});

describe("a body's body", () => {
  it('makes a body named after another body\'s possessive part of it, not a deal between firms', () => {
    expect(has(run("The Andean Council's Appellate Body has not functioned since 2019."), 'Appellate Body', 'PART_OF', 'Andean Council')).toBe(true);
    expect(has(run("The Sendero Front's Vega Brigade attacked Putre."), 'Vega Brigade', 'PART_OF', 'Sendero Front')).toBe(true);
    expect(has(run("Vega Oil's Andes Mining deal collapsed."), 'Andes Mining', 'PART_OF', 'Vega Oil')).toBe(false);
    expect(has(run("Vega Oil's Andes Mining takeover collapsed."), 'Andes Mining', 'PART_OF', 'Vega Oil')).toBe(false);
  });
});

describe('guards from the first review', () => {
  it('reads no expulsion in a recall of its own people, a firm sending staff out, or a body pulling forces back', () => {
    for (const t of ['Peru ordered its diplomats from Chile to return home.', 'Peru ordered its troops from Chile to withdraw.', 'Vega Oil ordered staff from Chile to leave the building.', 'The Andean Council ordered Chilean peacekeepers to withdraw from Putre.']) {
      expect(run(t).relations.some((x) => x.type === 'EXPELLED')).toBe(false);
    }
  });
  it('gives plural vice, deputy and opposition titles no plain office, and former ones as former', () => {
    expect(has(run('Vice presidents Ana Ruiz of Peru and Ivo Kask of Chile toured the border.'), 'Ana Ruiz', 'PRESIDENT_OF', 'Peru')).toBe(false);
    expect(has(run('Deputy prime ministers Ana Ruiz of Peru and Ivo Kask of Chile met in Quito.'), 'Ana Ruiz', 'PRIME_MINISTER_OF', 'Peru')).toBe(false);
    expect(rel(run('Former presidents Ana Ruiz of Peru and Ivo Kask of Chile met in Quito.'), 'Ivo Kask', 'PRESIDENT_OF', 'Chile')?.properties?.standing).toBe('former');
    expect(has(run('Opposition leaders Ana Ruiz of Peru and Ivo Kask of Chile met in Quito.'), 'Ivo Kask', 'LEADER_OF', 'Chile')).toBe(false);
  });
  it('keeps a membership told by "of" a party, and a mediation between two people of one state', () => {
    expect(has(run('Ana Ruiz of the Vega Party and Ivo Kask of Vega Oil met in Lima.'), 'Ana Ruiz', 'MEMBER_OF', 'Vega Party')).toBe(true);
    const r = run('Qatar brokered a power-sharing deal between Peruvian President Ana Ruiz and opposition leader Ivo Kask.');
    expect(has(r, 'Qatar', 'MEDIATED', 'Ivo Kask')).toBe(true);
  });
  it('keeps the event in "during the Lima talks leaders of…" and no rival in a round of proposals', () => {
    expect(run('During the Lima talks leaders of Peru and Chile agreed on a truce.').entities.some((e) => e.name === 'Lima talks')).toBe(true);
    expect(has(run("Chile rejected the latest round of Peru's proposals."), 'Chile', 'REJECTED', 'Peru')).toBe(false);
  });
});

describe('a broker of a deal the subjects sealed', () => {
  it('reads ", mediated by Z" after "X and Y signed a ceasefire" as mediation between X and Y', () => {
    const r = run('Peru and the Sendero Front signed a ceasefire in Havana, mediated by Cuba and Norway.');
    expect(has(r, 'Norway', 'MEDIATED', 'Sendero Front')).toBe(true);
    expect(has(run('Peru and Chile reached a deal, brokered by Brazil.'), 'Brazil', 'MEDIATED', 'Peru')).toBe(true);
    // (One subject alone names no sides.)
    expect(run('Peru signed a contract, brokered by Vega Oil.').relations.some((x) => x.type === 'MEDIATED')).toBe(false);
  });
});

describe('"the vote" as an act', () => {
  it('aims a welcome or criticism of "the vote" at the body that voted', () => {
    const r = run("Peru's Congress ratified the Lima Accord. The vote was welcomed by Chile's President Ana Ruiz.");
    expect(has(r, 'Ana Ruiz', 'PRAISED', 'Congress')).toBe(true);
    // (With no vote told, none.)
    expect(run("Chile's President Ana Ruiz welcomed the vote.").relations.some((x) => x.type === 'PRAISED')).toBe(false);
  });
});

describe('"whose government" and successions', () => {
  it('reads "X, whose government hosted Y" as X\'s state hosting Y, and "make way for Y" as Y succeeding', () => {
    const r = run("The vote was welcomed by Peru's Prime Minister Ana Ruiz, whose administration hosted the Lima summit.");
    expect(has(r, 'Peru', 'HOSTED', 'Lima summit')).toBe(true);
    const r2 = run("Chile's Foreign Minister Ivo Kask, whose cabinet inked a defence pact with Peru in 2021, spoke.");
    expect(has(r2, 'Chile', 'SIGNED', 'defence pact')).toBe(true);
    expect(has(run('Ana Ruiz, who made way for Ivo Kask in April, retired.'), 'Ivo Kask', 'SUCCEEDED', 'Ana Ruiz')).toBe(true);
  });
});

describe('bodies electing their heads', () => {
  it('gives a party or body that elected its leader the election', () => {
    expect(has(run("Ana Ruiz was elected leader of Peru's opposition Vega Party on Saturday."), 'Vega Party', 'ELECTED', 'Ana Ruiz')).toBe(true);
    expect(has(run('Ana Ruiz was not elected leader of the Vega Party.'), 'Vega Party', 'ELECTED', 'Ana Ruiz')).toBe(false);
  });
});

describe('where a vote was held', () => {
  it('places a vote with no place told in the one state its candidates hold offices of', () => {
    const r = run('Chilean President Ana Ruiz has courted China. She easily won an early presidential election two years ago.');
    expect(has(r, 'early presidential election', 'LOCATED_IN', 'Chile')).toBe(true);
    const r2 = run('Chilean President Ana Ruiz met Peruvian President Ivo Kask. Both won a presidential election last year.');
    expect(r2.relations.some((x) => x.type === 'LOCATED_IN' && r2.entities.find((e) => e.id === x.source)?.type === 'Event')).toBe(false);
  });
});

describe('acts named by their nouns', () => {
  it('aims criticism of "the detention", "the abduction", "the seizure" or "the veto" at the one who did it', () => {
    expect(has(run('Peruvian police detained Ana Ruiz, a Chilean lawmaker. Chile branded the detention a severe setback.'), 'Chile', 'CRITICIZED', 'Peru')).toBe(true);
    expect(has(run('The Sendero Front abducted Ivo Kask, a Peruvian senator. Ana Ruiz called the abduction a flagrant violation.'), 'Ana Ruiz', 'CRITICIZED', 'Sendero Front')).toBe(true);
    const r = run("Peru's navy seized Vega Oil's tanker. Chile condemned the seizure.");
    expect(has(r, 'Peru', 'SEIZED', 'Vega Oil')).toBe(true);
    expect(has(r, 'Chile', 'CRITICIZED', 'Peru')).toBe(true);
    expect(has(run('Peru vetoed the Lima Declaration. Chilean Foreign Minister Ana Ruiz called the veto a disgrace.'), 'Ana Ruiz', 'CRITICIZED', 'Peru')).toBe(true);
    // (A state's tanker may be its flag's: no seizure from the state.)
    expect(has(run("Peru seized Chile's tanker."), 'Peru', 'SEIZED', 'Chile')).toBe(false);
  });
});

describe('attending by proxy or in the passive', () => {
  it('gives the person sent to an event, the state that sent its people, and the "by" agents of a passive act there the attendance', () => {
    const r = run('Chile, which has not signed the pact, sent its mining minister, Ana Ruiz, to the Lima summit as an observer.');
    expect(has(r, 'Ana Ruiz', 'ATTENDED', 'Lima summit')).toBe(true);
    expect(has(run('Peru and Chile sent ministers to the Lima summit.'), 'Chile', 'ATTENDED', 'Lima summit')).toBe(true);
    expect(has(run('The pact was signed by Ana Ruiz and Ivo Kask on the sidelines of the Lima summit.'), 'Ivo Kask', 'ATTENDED', 'Lima summit')).toBe(true);
    expect(has(run('Peru sent troops to the Lima summit area.'), 'Peru', 'ATTENDED', 'Lima summit')).toBe(false);
  });
});

describe('guards from the second review', () => {
  it('makes no part of a body from a rival, a rating or a person after a possessive', () => {
    expect(run("Vega Oil's rival Andes Mining reported a loss.").relations.some((x) => x.type === 'PART_OF')).toBe(false);
    expect(has(run("The EU's Kaja Varga visited Kyiv."), 'Kaja Varga', 'PART_OF', 'European Union')).toBe(false);
  });
  it('keeps "A of the X Party and B of the Y Party" two people who met, each a member of their party', () => {
    const r = run('Ana Ruiz of the Vega Party and Ivo Kask of the Andean Party met on Monday.');
    expect(has(r, 'Ana Ruiz', 'MET_WITH', 'Ivo Kask')).toBe(true);
    expect(has(r, 'Vega Party', 'MET_WITH', 'Ivo Kask')).toBe(false);
    expect(has(r, 'Ivo Kask', 'MEMBER_OF', 'Andean Party')).toBe(true);
  });
  it('aims "the vote" only at a legislature that ratified just before, and a named claim at its maker', () => {
    expect(run('Ana Ruiz, elected president of Peru in 2019, faces a confidence vote on Friday. The Vega Party criticised the vote.').relations.some((x) => x.type === 'CRITICIZED')).toBe(false);
    expect(has(run('Chile accused Peru of spying. Peru denied the claim of Argentina that it had closed the border.'), 'Peru', 'DENIED', 'Argentina')).toBe(true);
  });
  it('reads no cooperation in "patrols along its border with Chile", no succession in stepping aside to speak, no election to come', () => {
    expect(has(run('Peru stepped up patrols along its border with Chile.'), 'Peru', 'COOPERATES_WITH', 'Chile')).toBe(false);
    expect(run('Ana Ruiz stepped aside for Ivo Kask to address the rally.').relations.some((x) => x.type === 'SUCCEEDED')).toBe(false);
    expect(run('If Ana Ruiz is elected leader of the Vega Party, she will resign.').relations.some((x) => x.type === 'ELECTED')).toBe(false);
  });
  it('names no event in "Chile\'s war zone" but keeps a dated war, and reads a ruling or opposition alliance as a party', () => {
    expect(run("Peru sent aid to Chile's war zone.").entities.some((e) => e.type === 'Event')).toBe(false);
    expect(run("Peru's 1995 war veterans marched in Lima.").entities.some((e) => e.type === 'Event')).toBe(true);
    expect(run("Peru's ruling Andean Alliance won the vote.").relations.some((x) => x.type === 'LOCATED_IN')).toBe(false);
  });
});

describe('"them" after "X and the Y"', () => {
  it('stands for a pair joined by "and the"', () => {
    const r = run('Peru and the Sendero Front agreed a truce in May. Chile urged them to honour it.');
    expect(has(r, 'Chile', 'CALLED_ON', 'Sendero Front')).toBe(true);
    expect(has(r, 'Chile', 'CALLED_ON', 'Peru')).toBe(true);
  });
});

describe('the office of the one succeeded', () => {
  it('gives the predecessor the successor\'s one office of a state, marked former', () => {
    const r = run('Peruvian President Ana Ruiz visited Chile. She succeeded Ivo Kask in 2021.');
    expect(rel(r, 'Ivo Kask', 'PRESIDENT_OF', 'Peru')?.properties?.standing).toBe('former');
    // (Not when the successor also leads a party, whose leadership may be what was handed on.)
    const r2 = run('Ana Ruiz, who succeeded Ivo Kask as leader of the Vega Party, is Peru\'s president.');
    expect(has(r2, 'Ivo Kask', 'PRESIDENT_OF', 'Peru')).toBe(false);
  });
});

describe('an appointer\'s state told before', () => {
  it('gives the one appointed the office of the state the appointer heads, told in an earlier sentence', () => {
    expect(has(run('Peruvian President Ana Ruiz won the vote. On Tuesday Ruiz appointed Ivo Kask, a lecturer, as prime minister.'), 'Ivo Kask', 'PRIME_MINISTER_OF', 'Peru')).toBe(true);
    // (Not through a former office.)
    expect(has(run('Former Peruvian President Ana Ruiz now runs Vega Oil. On Tuesday Ruiz named Ivo Kask foreign minister.'), 'Ivo Kask', 'MINISTER_OF', 'Peru')).toBe(false);
  });
});

describe('"her defence minister"', () => {
  it('gives the minister the state of the head the possessive stands for, and none for a pronoun that fits no head', () => {
    expect(has(run('Peruvian President Ana Ruiz and her defence minister, Ivo Kask, met troops.'), 'Ivo Kask', 'MINISTER_OF', 'Peru')).toBe(true);
    expect(rel(run('A Lima judge ordered the arrest of Peruvian President Ana Ruiz and her former defence minister, Ivo Kask.'), 'Ivo Kask', 'MINISTER_OF', 'Peru')?.properties?.standing).toBe('former');
    expect(has(run('Peruvian President Ana Ruiz met Karl Borg and his defence minister, Ivo Kask.'), 'Ivo Kask', 'MINISTER_OF', 'Peru')).toBe(false);
  });
});

describe('more acts named by nouns', () => {
  it('aims criticism of "the sale" or "the incident" at who did it, not a sale of something named or an incident two sentences on', () => {
    expect(has(run('Chile sold 12 jets to Peru. The Vega Party denounced the sale.'), 'Vega Party', 'CRITICIZED', 'Chile')).toBe(true);
    expect(has(run("Chile's coast guard rammed a Peruvian patrol boat. Bolivia deplored the incident."), 'Bolivia', 'CRITICIZED', 'Chile')).toBe(true);
    expect(run('Chile sold 12 jets to Peru in March. Ana Ruiz opposed the sale of Vega Oil to Sendero Holdings.').relations.some((x) => x.type === 'OPPOSES')).toBe(false);
    expect(run('Peruvian troops attacked a Bolivian outpost in May. A ferry sank off Lima on Tuesday. Chile condemned the incident.').relations.some((x) => x.type === 'CRITICIZED')).toBe(false);
  });
  it('reads no support of the other side in "stood by the decision"', () => {
    expect(has(run('Peru expelled two Chilean diplomats. Chile recalled its ambassador from Lima. Peru stood by the decision.'), 'Peru', 'SUPPORTED', 'Chile')).toBe(false);
  });
});

describe('guards from the third review', () => {
  it('gives the one succeeded no head office when the succession names its own office or the successor had another', () => {
    expect(has(run('Peruvian President Ana Ruiz addressed Congress. She succeeded Ivo Kask as mayor of Lima in 2014.'), 'Ivo Kask', 'PRESIDENT_OF', 'Peru')).toBe(false);
    expect(has(run('Ana Ruiz, the head of Vega Oil, is Peru\'s president. She succeeded Ivo Kask in 2020.'), 'Ivo Kask', 'PRESIDENT_OF', 'Peru')).toBe(false);
  });
  it('reads "them" over an apposition as the pair before it, and "her minister" only of the person named just before', () => {
    const r = run("Peru and Bolivia signed a deal with Vega Oil, the Andean Council's biggest contractor. Chile criticised them.");
    expect(has(r, 'Chile', 'CRITICIZED', 'Andean Council')).toBe(false);
    expect(has(run('Peruvian President Ana Ruiz met Ines Paz, the leader of the Vega Party, and her finance minister, Ivo Kask.'), 'Ivo Kask', 'MINISTER_OF', 'Peru')).toBe(false);
  });
  it('takes no appointer\'s state from a past office told without a title', () => {
    const r = run('Ana Ruiz was Peru\'s president until 2016. She now runs Vega Oil. On Tuesday Ruiz named Ivo Kask as chief financial officer.');
    expect(has(r, 'Ivo Kask', 'OFFICIAL_OF', 'Peru')).toBe(false);
  });
});

describe('guards from the fourth review', () => {
  it('ties a bare "took part" to no event when another kind of event is told', () => {
    expect(run('The Andean Council held naval exercises off Chile after the Lima summit. Peru and Bolivia took part.').relations.some((x) => x.type === 'ATTENDED')).toBe(false);
  });
  it('keeps "them" for a list with a serial comma and "the", and a succession over a conjunction "as"', () => {
    expect(has(run('Peru, Chile, and the Andean Council signed a fisheries deal. Bolivia criticised them.'), 'Bolivia', 'CRITICIZED', 'Andean Council')).toBe(true);
    expect(has(run('Peruvian President Ana Ruiz took office in July. She succeeded Ivo Kask, who stepped down as the economy slumped.'), 'Ivo Kask', 'PRESIDENT_OF', 'Peru')).toBe(true);
  });
});

describe('a denial of an act someone alleged', () => {
  it('aims the denial at whoever alleged the act in the same sentence', () => {
    expect(has(run('Chile says the Sendero Front is armed by Bolivia, which denies the charge.'), 'Bolivia', 'DENIED', 'Chile')).toBe(true);
    expect(has(run('Observers from the Andean Council have said the Sendero Front is backed by Bolivia, which denies backing it.'), 'Bolivia', 'DENIED', 'Andean Council')).toBe(true);
  });
});

describe('names told by their place in a list or after a title', () => {
  it('reads each name of "A of Peru and B of Chile" after a plural title as a person with that title', () => {
    const r = run('Foreign ministers Zorvan Vetic of Peru and Halim Qoro of Chile met in Lima on Monday.');
    expect(entity(r, 'Halim Qoro')?.type).toBe('Person');
    expect(has(r, 'Halim Qoro', 'MINISTER_OF', 'Chile')).toBe(true);
    expect(has(r, 'Zorvan Vetic', 'MET_WITH', 'Halim Qoro')).toBe(true);
  });
  it('keeps a capitalised function word after a title as the start of a name, not in a headline', () => {
    const r = run('Peru hosted talks with General Secretary To Huy, who accepted an invitation.');
    expect(entity(r, 'To Huy')?.type).toBe('Person');
    expect(run('Prime Minister To Visit Lima').entities.some((e) => e.name.startsWith('To '))).toBe(false);
  });
  it('knows a well-known body whose Arabic article is written another way', () => {
    const r = run('Al Shabab fighters attacked a Somali base. The attack was claimed by al Qaida, the network said.');
    expect(r.entities.filter((e) => e.type === 'Organization').map((e) => e.name).sort()).toEqual(['al-Qaeda', 'al-Shabab']);
  });
  it('does not take the father\'s name in "X bin Y" for the man himself', () => {
    const r = run('Defence Minister Khalid bin Tamer met the envoy and handed over a letter from King Tamer.');
    expect(r.entities.filter((e) => e.type === 'Person').map((e) => e.name).sort()).toEqual(['Khalid bin Tamer', 'Tamer']);
  });
});

describe('aid by measure, places by their kind, and bodies acting on members', () => {
  it('reads aid shipped or counted by a measure as aid', () => {
    expect(has(run('Chile delivered 20 tonnes of food aid to Bolivia.'), 'Chile', 'PROVIDED_AID_TO', 'Bolivia')).toBe(true);
    expect(has(run('Chile shipped humanitarian aid to Bolivia on Monday.'), 'Chile', 'PROVIDED_AID_TO', 'Bolivia')).toBe(true);
  });
  it('takes "the town of X" as the subject X', () => {
    expect(has(run('The town of Putre fell to the Sendero Front on Monday.'), 'Sendero Front', 'CAPTURED', 'Putre')).toBe(true);
    expect(has(run('The city of Arica was shelled by Chile overnight.'), 'Chile', 'ATTACKED', 'Arica')).toBe(true);
  });
  it('gives a body the suspension or expulsion of a member told in the passive', () => {
    expect(has(run('Bolivia was suspended from the Andean Council after the coup.'), 'Andean Council', 'SUSPENDED', 'Bolivia')).toBe(true);
    expect(has(run('Ana Ruiz was expelled from the Vega Party in March.'), 'Vega Party', 'EXPELLED', 'Ana Ruiz')).toBe(true);
  });
});

describe('lists of members set off or introduced', () => {
  it('takes a whole list of names set off after a phrase naming no one as the subject', () => {
    const r = run('Its other members, Peru, Chile and Bolivia, suspended cooperation with Ecuador.');
    for (const s of ['Peru', 'Chile', 'Bolivia']) expect(has(r, s, 'SUSPENDED', 'Ecuador')).toBe(true);
  });
  it('reads members a body\'s name introduces with "including" or "such as"', () => {
    const r = run('Five Andean Council members, including Peru and Chile, objected to the plan.');
    expect(has(r, 'Chile', 'MEMBER_OF', 'Andean Council')).toBe(true);
    expect(has(run('Andean Council members such as Peru and Chile objected.'), 'Peru', 'MEMBER_OF', 'Andean Council')).toBe(true);
  });
});

describe('joint acts, advisers sent and agreements named by a compound matter', () => {
  it('reads a joint offensive as cooperation between its sides and still an attack', () => {
    const r = run('Peru and Chile launched a joint offensive on the Sendero Front.');
    expect(has(r, 'Peru', 'COOPERATES_WITH', 'Chile')).toBe(true);
    expect(has(r, 'Chile', 'ATTACKED', 'Sendero Front')).toBe(true);
  });
  it('reads military advisers sent as a deployment, not a supply', () => {
    const r = run('Chile sent military advisers to Bolivia in May.');
    expect(has(r, 'Chile', 'DEPLOYED_TO', 'Bolivia')).toBe(true);
    expect(has(r, 'Chile', 'SUPPLIED', 'Bolivia')).toBe(false);
  });
  it('reads "a police training deal" as an agreement', () => {
    expect(has(run('Peru signed a police training deal in 2011 with Chile.'), 'Peru', 'SIGNED', 'police training deal')).toBe(true);
  });
});

describe('successors set off, backers, solidarity and fire exchanged overnight', () => {
  it('reads "Y\'s successor, X," as X succeeding Y', () => {
    expect(has(run("Ana Ruiz's successor, Ivo Kask, dropped the plan."), 'Ivo Kask', 'SUCCEEDED', 'Ana Ruiz')).toBe(true);
  });
  it('reads a backer of a state as support for it', () => {
    expect(has(run("Peru has been one of Chile's staunchest backers since 2019."), 'Peru', 'SUPPORTED', 'Chile')).toBe(true);
    expect(has(run("Chile's main backer, Peru, objected to the vote."), 'Peru', 'SUPPORTED', 'Chile')).toBe(true);
  });
  it('reads an act done "in solidarity with" a state as support for it', () => {
    const r = run('Bolivia broke off its ties with Peru in solidarity with Chile.');
    expect(has(r, 'Bolivia', 'SUPPORTED', 'Chile')).toBe(true);
    expect(has(r, 'Bolivia', 'CUT_TIES_WITH', 'Peru')).toBe(true);
  });
  it('takes no time word after the verb for an object', () => {
    expect(has(run('Peruvian troops and Bolivian soldiers exchanged fire overnight.'), 'Bolivia', 'ATTACKED', 'Peru')).toBe(true);
  });
});

describe('present-tense verbs after a name, and a named region "of" a place', () => {
  it('reads a plural-looking verb right after a name as its verb', () => {
    expect(has(run('Chile orders its troops to Bolivia.'), 'Chile', 'DEPLOYED_TO', 'Bolivia')).toBe(true);
    expect(rel(run('President Ana Ruiz plans to visit Lima next week.'), 'Ana Ruiz', 'VISITED', 'Lima')?.status).toBe('planned');
    expect(run('The Peru claims commission met on Monday.').relations.length).toBe(0);
  });
  it('locates a place set off with a share of a state ("two-thirds of Bolivia\'s land") in it', () => {
    expect(has(run("Bolivia claims the Putre region, two-thirds of Peru's land."), 'Putre', 'LOCATED_IN', 'Peru')).toBe(true);
    expect(has(run("Ana Ruiz, part of Peru's delegation, spoke in Lima."), 'Ana Ruiz', 'LOCATED_IN', 'Peru')).toBe(false);
  });
  it('locates "the X region of Y" in Y', () => {
    expect(has(run('Fighting spread to the Vilca region of Tacna.'), 'Vilca', 'LOCATED_IN', 'Tacna')).toBe(true);
  });
});

describe('guards from the first review of this round', () => {
  it('takes a set-off list as the subject only when the phrase before it opens the clause', () => {
    const r = run('Chile, after talks with its neighbours, Peru and Bolivia, signed a trade deal with Brazil.');
    expect(has(r, 'Chile', 'SIGNED', 'trade deal')).toBe(true);
    expect(has(r, 'Peru', 'SIGNED', 'trade deal')).toBe(false);
    expect(has(run('Within a week the other members, Peru, Chile and Bolivia, suspended cooperation with Ecuador.'), 'Chile', 'SUSPENDED', 'Ecuador')).toBe(true);
  });
  it('reads no nationals after "members, including" as member states', () => {
    const r = run('Sendero Front members, including Chileans and Bolivians, were arrested by Peru in March.');
    expect(r.relations.some((x) => x.type === 'MEMBER_OF')).toBe(false);
    expect(run('Islamic State members such as Chechen fighters joined the battle.').relations.some((x) => x.type === 'MEMBER_OF')).toBe(false);
  });
  it('reads no seizure of a town or a rank taken "from" someone', () => {
    expect(run('Peru took control of the town of Putre from the Sendero Front on Sunday.').relations.some((x) => x.type === 'SEIZED')).toBe(false);
    expect(run('Vega Oil seized the top spot from Andes Mining as the largest exporter.').relations.some((x) => x.type === 'SEIZED')).toBe(false);
  });
  it('takes a named region "of" a state as the region, and "the largest city of X" not as X', () => {
    expect(has(run('The Putre region of Bolivia agreed a port deal with Chile on Monday.'), 'Bolivia', 'SIGNED', 'port deal')).toBe(false);
    expect(has(run('The Donetsk region of Ukraine was shelled by Russia overnight.'), 'Russia', 'ATTACKED', 'Donetsk')).toBe(true);
    expect(has(run('The largest city of Bolivia hosted the Andean Council summit in May.'), 'Bolivia', 'HOSTED', 'Andean Council summit')).toBe(false);
  });
  it('reads no capture in a takeover of a firm\'s asset, and suspensions "from" a body only in the passive', () => {
    expect(run('The Putre copper mine fell to Vega Oil in the 1990s privatisation.').relations.some((x) => x.type === 'CAPTURED')).toBe(false);
    expect(run('Vega Oil took over the Putre copper mine in 2015.').relations.some((x) => x.type === 'CAPTURED')).toBe(false);
    expect(has(run('Peru suspended Vega Oil from the Andean Mining Association after the spill.'), 'Andean Mining Association', 'SUSPENDED', 'Vega Oil')).toBe(false);
    expect(run('Ana Ruiz was ousted from Vega Oil as chief executive.').relations.some((x) => x.type === 'EXPELLED')).toBe(false);
  });
  it('reads "A of X and B of Y" as people only after a plural title', () => {
    const r = run('Ana Ruiz of Vega Oil and Minera Sur of Chile signed a mining pact.');
    expect(entity(r, 'Minera Sur')?.type).toBe('Organization');
    expect(has(r, 'Vega Oil', 'SIGNED', 'mining pact')).toBe(true);
  });
  it('gives aid to the one it comes from, and no name to "Minister At Large"', () => {
    expect(has(run('Peru delivered 500 tonnes of aid from the Andean Council to Bolivia.'), 'Andean Council', 'PROVIDED_AID_TO', 'Bolivia')).toBe(true);
    expect(run("Chile's new ambassador, a former Minister At Large, arrived in Lima.").entities.some((e) => e.name === 'At Large')).toBe(false);
    expect(run('Chile sent financial advisers to Bolivia to help restructure its debt.').relations.some((x) => x.type === 'DEPLOYED_TO')).toBe(false);
  });
});

describe('a call for something, and food given by measure', () => {
  it('reads no phone call in "a call for talks"', () => {
    expect(run("Peru's call for talks with Chile was rejected.").relations.some((x) => x.type === 'MET_WITH')).toBe(false);
  });
});

describe('meetings abroad, blocked aid, radio stations and power seized', () => {
  it('gives a bare title no state where a meeting named before took place, unless the holder hosts it', () => {
    const r = run('Talks nearly succeeded at a conference in Chile in 2017, at which President Ana Ruiz and Ivo Kask negotiated in the presence of Peru and Bolivia.');
    expect(has(r, 'Ana Ruiz', 'PRESIDENT_OF', 'Chile')).toBe(false);
    expect(has(run('Leaders opened their summit in Peru on Tuesday, with host President Ana Ruiz urging Chile to act.'), 'Ana Ruiz', 'PRESIDENT_OF', 'Peru')).toBe(true);
  });
  it('gives a bare title no state another title holds', () => {
    expect(has(run('Chile appointed Ines Paz, a onetime trade minister of Peru, as its envoy, and she has since hosted meetings between President Ana Ruiz and Ivo Kask.'), 'Ana Ruiz', 'PRESIDENT_OF', 'Peru')).toBe(false);
  });
  it('reads no aid from a state that blocked its release', () => {
    expect(run('Hungary blocked the release of 50 million euros in aid for Ukraine.').relations.some((x) => x.type === 'PROVIDED_AID_TO')).toBe(false);
  });
  it('reads a radio station as a body, and power seized in a state as its leadership', () => {
    const r = run('Peru halted programmes by Radio Andina. He turned to Russia.');
    expect(entity(r, 'Radio Andina')?.type).toBe('Organization');
    expect(has(run('Captain Ana Ruiz seized power in Peru in 2022.'), 'Ana Ruiz', 'LEADER_OF', 'Peru')).toBe(true);
    expect(has(run("Tonga's Minister for Policing Ana Ruiz signed the accord."), 'Ana Ruiz', 'MINISTER_OF', 'Tonga')).toBe(true);
  });
});

describe('acts named by a closure or a deportation', () => {
  it('aims a slur at whoever made the closure told before', () => {
    const r = run('Peru closed its border with Chile on Monday. Chilean President Ivo Kask called the closure "a cheap swindle".');
    expect(has(r, 'Ivo Kask', 'CRITICIZED', 'Peru')).toBe(true);
  });
  it('aims a condemnation of the deportation at the state that expelled', () => {
    expect(has(run('Peru expelled three Chilean diplomats. Chile condemned the deportation.'), 'Chile', 'CRITICIZED', 'Peru')).toBe(true);
  });
});

describe('speakers and a title with its own "of"', () => {
  it('reads the speaker of a body as its head', () => {
    expect(has(run("Ana Ruiz, the speaker of Peru's Congress, said the vote was fair."), 'Ana Ruiz', 'HEAD_OF', 'Congress')).toBe(true);
  });
  it('keeps the person named before a title whose "of" complement names no one', () => {
    expect(has(run('President Ivo Kask named Karl Borg his chief of staff.'), 'Ivo Kask', 'APPOINTED', 'Karl Borg')).toBe(true);
  });
});

describe('"his successor, X" and a person who fought with a group', () => {
  it('reads "his successor, X" as X succeeding the one "his" stands for', () => {
    expect(has(run('After leaving office, Karl Borg became a fierce critic of his successor, Ines Paz.'), 'Ines Paz', 'SUCCEEDED', 'Karl Borg')).toBe(true);
  });
  it('reads no attack in a person who fought with a group', () => {
    expect(run('A former guerrilla, Karl Borg fought with the Sendero Front in the 1980s.').relations.some((x) => x.type === 'ATTACKED')).toBe(false);
  });
});

describe('a body head\'s state of origin', () => {
  it('gives "Secretary-General X of Ecuador" no office of Ecuador', () => {
    expect(run('Secretary-General Ivo Kask of Ecuador took office in January.').relations.some((x) => x.target.startsWith('country:'))).toBe(false);
    expect(has(run('Governor Ivo Kask of Arica resigned on Monday.'), 'Ivo Kask', 'HEAD_OF', 'Arica')).toBe(true);
  });
});

describe('guards from the second review of this round', () => {
  it('keeps a noun compound after a name before a preposition ("US sanctions on Iran")', () => {
    expect(has(run('US sanctions on Iran took effect on Monday.'), 'United States', 'SANCTIONED', 'Iran')).toBe(true);
    expect(has(run('Israel strikes on Gaza killed 30 people, officials said.'), 'Israel', 'ATTACKED', 'Gaza')).toBe(true);
  });
  it('reads no described one in a fronted phrase or before a speaker', () => {
    expect(run("Responding to Ana Ruiz's critics, Ivo Kask said the reforms were working.").relations.some((x) => x.type === 'CRITICIZED')).toBe(false);
    expect(run("To Ana Ruiz's critics, Ivo Kask is a hero.").relations.some((x) => x.type === 'CRITICIZED')).toBe(false);
    expect(run("Ana Ruiz met Peru's main backers, Chile said on Monday.").relations.some((x) => x.type === 'SUPPORTED')).toBe(false);
  });
  it('reads no support of the subject in a march "in solidarity with" someone', () => {
    expect(run('Peru banned a march in solidarity with the Sendero Front.').relations.some((x) => x.type === 'SUPPORTED')).toBe(false);
  });
  it('reads each name of "A of Peru and B of Chile" as a person', () => {
    const r = run('Ana Ruiz of Peru and Ollanta Kask of Chile met in Arica on Monday.');
    expect(has(r, 'Ana Ruiz', 'MET_WITH', 'Ollanta Kask')).toBe(true);
  });
  it('reads no location from a share of a place in a list', () => {
    expect(run('Russia controls Crimea, most of Luhansk and about half of Donetsk.').relations.some((x) => x.type === 'LOCATED_IN')).toBe(false);
  });
  it('reads no aid in a team of negotiators, no tie that was, no body in "Television footage"', () => {
    expect(run('Chile sent Peru a team of negotiators to Lima.').relations.some((x) => x.type === 'PROVIDED_AID_TO')).toBe(false);
    expect(run('Ivo Kask, a former supporter of Ana Ruiz, was arrested.').relations.some((x) => x.type === 'SUPPORTED')).toBe(false);
    expect(run('Vega Oil, the main sponsor of the Peru football team, cut its budget.').relations.some((x) => x.type === 'SUPPORTED')).toBe(false);
    expect(run('Television footage showed Chilean troops in Putre.').entities.some((e) => e.name === 'Television')).toBe(false);
  });
  it('reads a plot to seize power as no leadership yet, and advisers deployed as a deployment', () => {
    expect(rel(run('Ana Ruiz plotted to seize power in Peru.'), 'Ana Ruiz', 'LEADER_OF', 'Peru')?.status).not.toBe('asserted');
    expect(has(run('Russia deployed advisers to Mali.'), 'Russia', 'DEPLOYED_TO', 'Mali')).toBe(true);
    expect(has(run('Ivo Kask runs the Lima district of the Sendero Front.'), 'Ivo Kask', 'HEAD_OF', 'Sendero Front')).toBe(true);
  });
});

describe('a person hosting or receiving a person', () => {
  it('reads a meeting between them', () => {
    expect(has(run('Ana Ruiz received Chilean President Ivo Kask in Lima on Monday.'), 'Ana Ruiz', 'MET_WITH', 'Ivo Kask')).toBe(true);
    expect(run('Ana Ruiz received a letter from Ivo Kask.').relations.some((x) => x.type === 'MET_WITH')).toBe(false);
  });
});

describe('guards from the third review of this round', () => {
  it('keeps a plan for new acts a plan, and "cuts off aid" a suspension', () => {
    expect(rel(run('Peru plans new sanctions against Chile, officials said.'), 'Peru', 'SANCTIONED', 'Chile')?.status ?? 'none').not.toBe('asserted');
    expect(has(run('Bolivia cuts off aid to Peru.'), 'Bolivia', 'SUSPENDED', 'Peru')).toBe(true);
  });
  it('refers no closure or deportation with its own complement back to an act told before', () => {
    expect(run("Peru suspended talks with Chile on Monday. Ana Ruiz condemned the closure of the town's only hospital.").relations.some((x) => x.type === 'CRITICIZED')).toBe(false);
    expect(has(run('Peru expelled three Chilean diplomats on Monday. Bolivia condemned the deportation of Haitian migrants by Chile.'), 'Bolivia', 'CRITICIZED', 'Peru')).toBe(false);
  });
  it('reads no office or citizenship in a language\'s speaker', () => {
    expect(run('Ana Ruiz, a native Russian speaker, joined Vega Oil.').relations.some((x) => x.target === 'country:russia')).toBe(false);
  });
  it('keeps the subject\'s own gesture "in solidarity with", a former office of the possessor, and a closed apposition after a fronted phrase', () => {
    expect(has(run('Chile recalled its ambassador in solidarity with Peru.'), 'Chile', 'SUPPORTED', 'Peru')).toBe(true);
    expect(has(run("Ivo Kask, former president Ana Ruiz's closest ally, was arrested."), 'Ivo Kask', 'COOPERATES_WITH', 'Ana Ruiz')).toBe(true);
    expect(has(run("Unlike Peru's main backer, Chile, Bolivia abstained."), 'Chile', 'SUPPORTED', 'Peru')).toBe(true);
  });
  it('reads a team of rescuers sent as aid, and a state\'s own body after a director-general\'s name as the office', () => {
    expect(has(run('Chile sent Peru a team of rescuers after the earthquake.'), 'Chile', 'PROVIDED_AID_TO', 'Peru')).toBe(true);
    expect(has(run("Director-General Ana Ruiz of Peru's customs agency resigned."), 'Ana Ruiz', 'OFFICIAL_OF', 'Peru')).toBe(true);
  });
});

describe('the runners-up of a vote', () => {
  it('reads those who came second or conceded as taking part in the vote just named', () => {
    const r = run('Ana Ruiz won the presidential election on Sunday. Ivo Kask came second, and Karl Borg, who finished third, conceded.');
    expect(has(r, 'Ivo Kask', 'INVOLVED_IN', 'presidential election')).toBe(true);
    expect(has(r, 'Karl Borg', 'INVOLVED_IN', 'presidential election')).toBe(true);
    expect(has(run('Ana Ruiz won the presidential election. Ivo Kask conceded that the economy was weak.'), 'Ivo Kask', 'INVOLVED_IN', 'presidential election')).toBe(false);
  });
});

describe('subjects described in a set-off phrase, and the one met in a capital', () => {
  it('reads the subject over a participle or adjective phrase set off by commas', () => {
    expect(has(run('The Andean Council, scrambling to replace gas supplies, signed a gas accord with Bolivia in 2022.'), 'Andean Council', 'SIGNED', 'gas accord')).toBe(true);
    expect(has(run('Peru, keen to attract investors, signed a gas accord with Bolivia.'), 'Peru', 'SIGNED', 'gas accord')).toBe(true);
    expect(has(run('Peru, facing a deficit, signed a gas accord with Bolivia.'), 'Peru', 'SIGNED', 'gas accord')).toBe(true);
    // (Not an object's: the one thanked is no signer.)
    expect(has(run('Chile thanked Peru, facing a deficit, and signed a gas accord with Bolivia.'), 'Peru', 'SIGNED', 'gas accord')).toBe(false);
  });
  it('gives a president met in a capital by one of no such title the capital\'s state', () => {
    expect(has(run("Peru expelled Chile's diplomats. Foreign Minister Ines Paz, who met President Ivo Kask in Lima days before, said the step was wrong."), 'Ivo Kask', 'PRESIDENT_OF', 'Peru')).toBe(true);
    expect(has(run('Ecuador and Chile won loans. Bank chief Ana Ruiz said after meeting President Ivo Kask in Quito that more would follow.'), 'Ivo Kask', 'PRESIDENT_OF', 'Ecuador')).toBe(true);
    expect(has(run('Peru and Chile argued. President Ana Ruiz met President Ivo Kask in Lima.'), 'Ivo Kask', 'PRESIDENT_OF', 'Peru')).toBe(false);
  });
});

describe('wars between sides', () => {
  it('reads a war between, with, or at war with another as an attack each way, not a war of words', () => {
    const r = run('The war between Chile and the Sendero Front has killed thousands.');
    expect(has(r, 'Chile', 'ATTACKED', 'Sendero Front') && has(r, 'Sendero Front', 'ATTACKED', 'Chile')).toBe(true);
    expect(has(run("Chile's war with Peru ended in 1883."), 'Peru', 'ATTACKED', 'Chile')).toBe(true);
    expect(has(run('The Sendero Front, which has been at war with the Chilean army since 2023, denied the attack.'), 'Sendero Front', 'ATTACKED', 'Chile')).toBe(true);
    expect(has(run('Since 2011 the Sendero Front has waged an armed insurgency against the Peruvian state.'), 'Sendero Front', 'ATTACKED', 'Peru')).toBe(true);
    expect(run("A war of words between Chile and Peru has flared. Chile's war of words with Peru went on.").relations.some((x) => x.type === 'ATTACKED')).toBe(false);
  });
});

describe('requests met, and a speaker\'s act after what they reported', () => {
  it('reads an act done at someone\'s request as their call on the one acting', () => {
    expect(has(run("At Peru's request, Chile deployed police to the border."), 'Peru', 'CALLED_ON', 'Chile')).toBe(true);
    expect(has(run('Chile sent troops to the border at the request of Peru.'), 'Peru', 'CALLED_ON', 'Chile')).toBe(true);
    expect(run('At the request of reporters, Chile published the list.').relations.some((x) => x.type === 'CALLED_ON')).toBe(false);
  });
  it('gives a verb after "said X would …, and" to the one who said it', () => {
    const r = run("Chile's trade minister Ana Ruiz said Chile would defend its measures at the WTO and urged Peru to remove its tariffs.");
    expect(has(r, 'Ana Ruiz', 'CALLED_ON', 'Peru')).toBe(true);
    expect(has(r, 'Chile', 'CALLED_ON', 'Peru')).toBe(false);
  });
});

describe('sides named by "pro-" and a demonym, and a deployment referred back to', () => {
  it('reads "the pro-Russian party X" and "the anti-Russian candidate, X," as support and opposition of the state', () => {
    expect(has(run('Russia is angry. The pro-Russian Vega Party won.'), 'Vega Party', 'SUPPORTED', 'Russia')).toBe(true);
    expect(has(run('Russia is angry. Ana Ruiz defeated the pro-Russian incumbent, Ivo Kask.'), 'Ivo Kask', 'SUPPORTED', 'Russia')).toBe(true);
    expect(has(run('Russia is angry. The anti-Russian candidate, Ivo Kask, won.'), 'Ivo Kask', 'OPPOSES', 'Russia')).toBe(true);
    expect(has(run('Russia is angry. Pro-Russian protesters marched, Ana Ruiz said.'), 'Ana Ruiz', 'SUPPORTED', 'Russia')).toBe(false);
  });
  it('refers a condemned deployment back to the deployment told before, not to another act', () => {
    expect(has(run('Peru sent troops to Chile. Bolivia condemned the deployment as a grave escalation.'), 'Bolivia', 'CRITICIZED', 'Peru')).toBe(true);
    expect(has(run('Peru sent troops to Chile. Bolivia condemned the deployment of Chilean police to the border.'), 'Bolivia', 'CRITICIZED', 'Peru')).toBe(false);
    expect(has(run('Peru accused Chile of spying. Bolivia condemned the deployment.'), 'Bolivia', 'CRITICIZED', 'Peru')).toBe(false);
  });
});

describe('attacks claimed, treaties suspended, and a time phrase after "and"', () => {
  it('gives the targets of an attack told with no attacker to the group that claims it', () => {
    expect(has(run('Drones struck the port of Arica on Monday. The Vega Front claimed responsibility.'), 'Vega Front', 'ATTACKED', 'Arica')).toBe(true);
    expect(has(run('Gunmen attacked a police post in Putre on Monday. The Vega Front claimed the attack in a statement.'), 'Vega Front', 'ATTACKED', 'Putre')).toBe(true);
    expect(has(run('Masked gunmen overran the village of Putre overnight. The Vega Front, one of three rebel groups fighting for a separate homeland, claimed the raid in a video.'), 'Vega Front', 'ATTACKED', 'Putre')).toBe(true);
    expect(has(run('Drones struck the port of Arica on Monday. Peru said the Vega Front had not claimed responsibility.'), 'Vega Front', 'ATTACKED', 'Arica')).toBe(false);
    expect(has(run('Chile struck the port of Arica on Monday. The Vega Front claimed responsibility for a bombing in Lima.'), 'Vega Front', 'ATTACKED', 'Arica')).toBe(false);
  });
  it('makes a state that suspends or invokes a treaty a party to it', () => {
    expect(has(run('Peru suspended the 1960 Lima Treaty on Wednesday.'), 'Peru', 'PARTY_TO', 'Lima Treaty')).toBe(true);
    expect(has(run('Peru suspended talks on the Lima Treaty.'), 'Peru', 'PARTY_TO', 'Lima Treaty')).toBe(false);
  });
  it('keeps the subject of a verb coordinated over a time phrase ("and on Wednesday suspended")', () => {
    expect(has(run('Peru blamed Chile for the Arica attack, which the Vega Front claimed, and on Wednesday suspended the Lima Treaty.'), 'Peru', 'PARTY_TO', 'Lima Treaty')).toBe(true);
  });
});

describe('names of peoples before "-led", and the Far East', () => {
  it('makes no body of a people\'s adjective before "-led" and keeps the Far East a place', () => {
    const r = run('Ana Ruiz, commander of the Kurdish-led Vega Democratic Forces, agreed the plan.');
    expect(r.entities.some((e) => e.name === 'Kurdish')).toBe(false);
    expect(has(r, 'Ana Ruiz', 'HEAD_OF', 'Vega Democratic Forces')).toBe(true);
    expect(entity(run("Two brigades were moved to the Far East of Russia on Monday."), 'Far East')?.type).toBe('Place');
  });
});

describe('shared acts with "co-", and acts referred back to when their target named no one', () => {
  it('reads "co-hosted" as hosting', () => {
    const r = run('Chile and Bolivia co-hosted talks between Peru and the Sendero Front.');
    expect(has(r, 'Chile', 'MEDIATED', 'Peru') && has(r, 'Bolivia', 'MEDIATED', 'Sendero Front')).toBe(true);
  });
  it('refers "the seizure" back to the state that seized an unnamed ship', () => {
    expect(has(run('Iran seized a Greek tanker on Thursday. Chile condemned the seizure.'), 'Chile', 'CRITICIZED', 'Iran')).toBe(true);
    expect(has(run('Iran seized a Greek tanker on Thursday. Peru expelled two diplomats. Bolivia held talks. Ecuador voted. Chile condemned the seizure.'), 'Chile', 'CRITICIZED', 'Iran')).toBe(false);
    expect(has(run('Iran seized a Greek tanker on Thursday. Chile condemned the expulsion.'), 'Chile', 'CRITICIZED', 'Iran')).toBe(false);
  });
});

describe('an act summed up by a noun with a "that" relative', () => {
  it('gives "X recognised Z, a move that Y denounced" to X, not to Z', () => {
    const r = run('Peru, Chile and Bolivia said on Wednesday they would formally recognise Kosovo, a coordinated move that Serbia denounced as a betrayal.');
    expect(has(r, 'Serbia', 'CRITICIZED', 'Peru') && has(r, 'Serbia', 'CRITICIZED', 'Bolivia')).toBe(true);
    expect(has(r, 'Serbia', 'CRITICIZED', 'Kosovo')).toBe(false);
    expect(has(run('Peru annexed Zirok, the province that Chile claims.'), 'Peru', 'OCCUPIED', 'Zirok')).toBe(true);
  });
});

describe('ties restored in a gerund after a clause done with another', () => {
  it('ties the subjects to the one the clause was done with, not to each other', () => {
    const r = run('Chile and Bolivia signed the accords with Peru, normalising relations, at a ceremony in Lima.');
    expect(has(r, 'Chile', 'ESTABLISHED_TIES_WITH', 'Peru') && has(r, 'Bolivia', 'ESTABLISHED_TIES_WITH', 'Peru')).toBe(true);
    expect(has(r, 'Chile', 'ESTABLISHED_TIES_WITH', 'Bolivia')).toBe(false);
    expect(has(run('Chile and Bolivia cut ties with Peru.'), 'Chile', 'CUT_TIES_WITH', 'Bolivia')).toBe(false);
    expect(has(run('Chile and Peru restored diplomatic relations on Monday.'), 'Chile', 'ESTABLISHED_TIES_WITH', 'Peru')).toBe(true);
  });
});

describe('a place described by its kind, set off after its name', () => {
  it('locates "Putre, a mining town in Peru\'s Vilca region" and "the main city of Vilca"', () => {
    expect(has(run("Chile said protests spread to Putre, a mining town in Peru's Vilca region."), 'Putre', 'LOCATED_IN', 'Vilca')).toBe(true);
    expect(has(run('Protests spread to Putre, a town in southern Peru, Chile said.'), 'Putre', 'LOCATED_IN', 'Peru')).toBe(true);
    expect(has(run('Peru closed its consulates in Arica and in Putre, the main city of Vilca, a region Chile claims.'), 'Putre', 'LOCATED_IN', 'Vilca')).toBe(true);
    expect(has(run('Tacna Shoal, a sunken reef in the Vilca Islands, is disputed.'), 'Tacna Shoal', 'LOCATED_IN', 'Vilca Islands')).toBe(true);
    expect(has(run('Chile sent envoys to Putre, the town of Peru President Ana Ruiz visited, and to Arica, Bolivia said.'), 'Putre', 'LOCATED_IN', 'Peru')).toBe(false);
  });
});

describe('a kind of place a state qualifies, "of" a named place', () => {
  it('reads "the Chilean island of Putre" as Putre, in Chile', () => {
    const r = run('Peru sent troops to the Bolivian border town of Putre.');
    expect(has(r, 'Peru', 'DEPLOYED_TO', 'Putre') && has(r, 'Putre', 'LOCATED_IN', 'Bolivia')).toBe(true);
    expect(has(r, 'Peru', 'DEPLOYED_TO', 'Bolivia')).toBe(false);
    expect(has(run('Peru shelled the Chilean port of Arica.'), 'Arica', 'LOCATED_IN', 'Chile')).toBe(true);
    expect(has(run('Peru accused the Chilean government of lying.'), 'Peru', 'ACCUSED', 'Chile')).toBe(true);
  });
});

describe('guards from the first review of this round', () => {
  it('gives a "pro-"/"anti-" side only to a side-taker named after it, not over a verb or to a side once taken', () => {
    expect(has(run('Russia is angry. The pro-Russian rebels kidnapped Ana Ruiz.'), 'Ana Ruiz', 'SUPPORTED', 'Russia')).toBe(false);
    expect(has(run('The pro-Kremlin rebels kidnapped Ana Ruiz.'), 'Ana Ruiz', 'SUPPORTED', 'Russia')).toBe(false);
    expect(has(run('Russia is angry. The anti-Russian sanctions hurt the Vega Bank.'), 'Vega Bank', 'OPPOSES', 'Russia')).toBe(false);
    expect(has(run('China is wary. The formerly pro-Chinese Vega Party turned to Peru.'), 'Vega Party', 'SUPPORTED', 'China')).toBe(false);
  });
  it('reads no trade war, feared war or averted war as fighting, but a war waged is', () => {
    expect(run('The trade war between Chile and Peru has rattled markets.').relations.some((x) => x.type === 'ATTACKED')).toBe(false);
    expect(run('Analysts fear a war between China and Taiwan by 2027.').relations.some((x) => x.type === 'ATTACKED')).toBe(false);
    expect(has(run('Bolivia waged a war on Paraguay.'), 'Bolivia', 'ATTACKED', 'Paraguay')).toBe(true);
  });
  it('gives a president met in a capital no state of it when the host, a visit or a monarchy says otherwise', () => {
    expect(has(run('Chinese Premier Ana Ruiz met President Ivo Kask in Beijing. Brazil and China signed 15 agreements.'), 'Ivo Kask', 'PRESIDENT_OF', 'China')).toBe(false);
    expect(has(run('Ukraine sought aid from the United States. Speaker Ana Ruiz met President Ivo Kask in Washington on Thursday.'), 'Ivo Kask', 'PRESIDENT_OF', 'United States')).toBe(false);
    expect(has(run('Japan and Brazil met. Ana Ruiz met President Ivo Kask in Tokyo at the summit.'), 'Ivo Kask', 'PRESIDENT_OF', 'Japan')).toBe(false);
    expect(has(run('Ghana sought loans from France. Ana Ruiz met President Ivo Kask in Paris during his state visit to France.'), 'Ivo Kask', 'PRESIDENT_OF', 'France')).toBe(false);
  });
  it('ties a claim only to the attack just told, not to a killing, a past bombing or a clause', () => {
    const lead = 'Drones struck the port of Arica on Monday. ';
    expect(has(run(`${lead}The Vega Front claimed responsibility for the assassination of Ivo Kask.`), 'Vega Front', 'ATTACKED', 'Arica')).toBe(false);
    expect(has(run(`${lead}The Vega Front has claimed responsibility for dozens of attacks since 2010.`), 'Vega Front', 'ATTACKED', 'Arica')).toBe(false);
    expect(has(run(`${lead}The Vega Front, which claimed responsibility for a 2019 bombing, is suspected.`), 'Vega Front', 'ATTACKED', 'Arica')).toBe(false);
    expect(has(run('A missile hit a hospital in Putre. Chile claimed the strike was carried out by Peruvian air defences.'), 'Chile', 'ATTACKED', 'Putre')).toBe(false);
  });
  it('refers an act noun with its own complement to no act whose target named no one', () => {
    expect(has(run('Iran seized a tanker in the Gulf. Britain condemned the seizure of British assets by Russia.'), 'United Kingdom', 'CRITICIZED', 'Iran')).toBe(false);
    expect(has(run('Peru arrested three journalists on Monday. Chile condemned the arrest of Ivo Kask in Bolivia.'), 'Chile', 'CRITICIZED', 'Peru')).toBe(false);
  });
  it('keeps a named plan the antecedent of "a proposal that Y rejected"', () => {
    expect(has(run('Peru endorsed the Vega Plan, a proposal that Chile rejected.'), 'Chile', 'REJECTED', 'Vega Plan')).toBe(true);
    expect(entity(run('Bolivia welcomed the Marshall Plan, a policy that Russia denounced.'), 'Marshall Plan')?.type).not.toBe('Person');
  });
  it('credits a request only to the clause\'s own act', () => {
    expect(has(run('Chile condemned the arrest of Ivo Kask in Spain at the request of Peru.'), 'Peru', 'CALLED_ON', 'Chile')).toBe(false);
    expect(has(run("Spain arrested Ivo Kask on a warrant issued at Peru's request."), 'Peru', 'CALLED_ON', 'Ivo Kask')).toBe(false);
    expect(has(run('Peru insisted on its request for an apology from Chile.'), 'Chile', 'CALLED_ON', 'Peru')).toBe(false);
  });
  it('leaves a threat after "said X had …" to X, and gives "they" no single speaker', () => {
    expect(has(run('Officials said the Vega Front had seized Putre and threatened Chile with more attacks.'), 'Vega Front', 'THREATENED', 'Chile')).toBe(true);
    expect(has(run('Ana Ruiz said they would sanction Chile, a move that Bolivia denounced.'), 'Bolivia', 'CRITICIZED', 'Ana Ruiz')).toBe(false);
  });
  it('tells no treaty party from a negated or refused suspension', () => {
    expect(rel(run('Peru did not suspend the Lima Treaty.'), 'Peru', 'PARTY_TO', 'Lima Treaty')?.status ?? 'none').not.toBe('negated');
  });
});

describe('invitations and reinforcements', () => {
  it('reads an invitation to join or take part as an offer, not a call', () => {
    const r = run('The Andean Council invited Peru, Chile and Bolivia to join as full members in March.');
    expect(has(r, 'Andean Council', 'OFFERED', 'Peru')).toBe(true);
    expect(has(r, 'Andean Council', 'CALLED_ON', 'Peru')).toBe(false);
  });
  it('reads troops reinforced somewhere as deployed there', () => {
    expect(has(run('Chile said it had reinforced its troops in the Tacna region, which lies on the border.'), 'Chile', 'DEPLOYED_TO', 'Tacna')).toBe(true);
  });
});

describe('bare presidents and administrations', () => {
  it('reads "the Ruiz administration" as the state its president leads', () => {
    expect(has(run("Peru's President Ana Ruiz spoke. Chile signed a deal brokered by the Ruiz administration."), 'Peru', 'MEDIATED', 'Chile')).toBe(true);
  });
  it('gives a bare president no state that no president rules, nor one another state acted on', () => {
    expect(has(run('Australia cancelled an order from a French shipyard, and President Ivo Kask accused Canberra of deceit.'), 'Ivo Kask', 'PRESIDENT_OF', 'Australia')).toBe(false);
    expect(has(run("Ana Ruiz denied that Lima had pushed Mexico, days after President Ivo Kask's administration listed the cartel."), 'Ivo Kask', 'PRESIDENT_OF', 'Mexico')).toBe(false);
    expect(has(run("Chile's economy grew, President Ivo Kask said."), 'Ivo Kask', 'PRESIDENT_OF', 'Chile')).toBe(true);
  });
});

describe('events that are no gatherings, and owners an "its" cannot be', () => {
  it('attends no crisis, and names no event after a person\'s election as president', () => {
    expect(run("India lent money to Nepal during the 2019 Andean banking crisis.").relations.some((x) => x.type === 'ATTENDED')).toBe(false);
    expect(run("A court upheld Ana Ruiz's election as president in May.").entities.some((e) => e.type === 'Event')).toBe(false);
    expect(entity(run('She won the 2031 presidential election as the candidate of the Vega Party.'), '2031 presidential election')?.type).toBe('Event');
    expect(has(run('Ana Ruiz met Ivo Kask at the Lima summit.'), 'Ana Ruiz', 'ATTENDED', 'Lima summit')).toBe(true);
  });
  it('names no event after the agency a dateline credits, nor after a body when a state is nearer', () => {
    const r = run('COLOMBO, June 8 (Reuters) - Chile severed relations with Israel over its military offensive in the Palestinian enclave.');
    expect(r.entities.some((e) => e.name.startsWith('Reuters '))).toBe(false);
  });
});

describe('a bare title and the state another person went to', () => {
  it('gives the speaker no office of the state another fled or flew to, unless they received them there', () => {
    expect(has(run('Venezuelan opposition candidate Ivo Kask has flown to Spain, days after judges in Caracas ordered his arrest, Vice-President Ana Ruiz said on Sunday.'), 'Ana Ruiz', 'OFFICIAL_OF', 'Spain')).toBe(false);
    expect(has(run('Ivo Kask fled to Peru, where he was received at a military airfield by Foreign Minister Ana Ruiz.'), 'Ana Ruiz', 'MINISTER_OF', 'Peru')).toBe(true);
  });
});

describe('a body described as part of another body', () => {
  it('reads "an X body", "X\'s agency, Y,", "X\'s Y unit" and "the X mission Y" as parts', () => {
    expect(has(run('Vega Oil filed for arbitration at the Andean Investment Court, an Andean Council body.'), 'Andean Investment Court', 'PART_OF', 'Andean Council')).toBe(true);
    expect(has(run("The Andean Council's border agency, Vega Watch, said it would act."), 'Vega Watch', 'PART_OF', 'Andean Council')).toBe(true);
    expect(has(run("Much of the copper came from mines operated by Vega Oil's Putre Mining unit."), 'Putre Mining', 'PART_OF', 'Vega Oil')).toBe(true);
    expect(has(run('A referendum, which the UN mission MINURCA was created to organise, has never been held.'), 'MINURCA', 'PART_OF', 'United Nations')).toBe(true);
    expect(has(run('Vega Oil, a rival of the Andean Council body, sued.'), 'Vega Oil', 'PART_OF', 'Andean Council')).toBe(false);
  });
  it('sends no goods when officers are sent', () => {
    expect(run("The Andean Council's border agency, Vega Watch, said it would send officers to Peru.").relations.some((x) => x.type === 'SUPPLIED')).toBe(false);
  });
});

describe('places in a named region, and the place a state hosts a gathering in', () => {
  it('locates "the city of Putre in Peru\'s Vilca region" in Vilca, and a hosted summit\'s place in the host', () => {
    expect(has(run("The Vega Front seized the city of Putre in Peru's Vilca region on Sunday."), 'Putre', 'LOCATED_IN', 'Vilca')).toBe(true);
    expect(has(run("Peru will host the group's yearly summit in Putre in May."), 'Putre', 'LOCATED_IN', 'Peru')).toBe(true);
    expect(has(run('Chile hosted a meeting in Quito on the crisis.'), 'Quito', 'LOCATED_IN', 'Chile')).toBe(false);
    expect(has(run('The Vilca dam, close to the Chilean border, will give Peru power.'), 'Vilca', 'LOCATED_IN', 'Chile')).toBe(false);
    expect(has(run('Chile hosted Peru\'s president at a summit in Quito, Ecuador.'), 'Quito', 'LOCATED_IN', 'Chile')).toBe(false);
  });
});

describe('guards from the second review of this round', () => {
  it('refers an act noun with a complement naming no one back to the act', () => {
    expect(has(run('Iran seized a tanker in the Gulf on Monday. Britain condemned the seizure of the tanker.'), 'United Kingdom', 'CRITICIZED', 'Iran')).toBe(true);
  });
  it('sums up the clause with "a decision that Y criticised" after a body, but lets a proposal describe a plan', () => {
    expect(has(run('Peru banned the Vega Front, a decision that Chile criticised.'), 'Chile', 'CRITICIZED', 'Peru')).toBe(true);
    expect(has(run('Peru endorsed the Vega Plan, a proposal that Chile rejected.'), 'Chile', 'REJECTED', 'Vega Plan')).toBe(true);
  });
  it('ties claims of "the drone attack" and "Monday\'s attack" to the attack just told', () => {
    expect(has(run('Drones struck the port of Arica on Monday. The Vega Front claimed responsibility for the drone attack.'), 'Vega Front', 'ATTACKED', 'Arica')).toBe(true);
    expect(has(run('Drones struck the port of Arica on Monday. The Vega Front claimed responsibility in a statement on Telegram.'), 'Vega Front', 'ATTACKED', 'Arica')).toBe(true);
  });
  it('credits requests met by a subject with its own phrase, by a gerund going on, and "on a request from"', () => {
    expect(has(run("Authorities in Spain arrested Ivo Kask at Peru's request."), 'Peru', 'CALLED_ON', 'Spain')).toBe(true);
    expect(has(run('Chile arrested Ivo Kask in Arica, acting at the request of Peru.'), 'Peru', 'CALLED_ON', 'Chile')).toBe(true);
    expect(has(run('Chile acted on a request from Peru.'), 'Peru', 'CALLED_ON', 'Chile')).toBe(true);
    expect(has(run('Peru insisted on its request for an apology from Chile.'), 'Chile', 'CALLED_ON', 'Peru')).toBe(false);
  });
  it('keeps a president met in a capital on a visit there, or by a foreign home title', () => {
    expect(has(run('Chile and Peru signed a trade pact. Foreign Minister Ana Ruiz met President Ivo Kask in Lima on Monday during a two-day visit.'), 'Ivo Kask', 'PRESIDENT_OF', 'Peru')).toBe(true);
    expect(has(run('Ukraine sought arms. US Senator Ana Ruiz met President Ivo Kask in Kyiv.'), 'Ivo Kask', 'PRESIDENT_OF', 'Ukraine')).toBe(true);
    expect(has(run('Peru and Chile argued. The Chilean ambassador to Peru met President Ivo Kask in Lima.'), 'Ivo Kask', 'PRESIDENT_OF', 'Peru')).toBe(true);
  });
  it('borrows "with" only for ties mended in the gerund', () => {
    expect(has(run('Chile signed a trade deal with Peru, suspending tariffs on copper.'), 'Chile', 'SUSPENDED', 'Peru')).toBe(false);
  });
  it('offers only a part in something by invitation, and keeps real wars and side-takers', () => {
    expect(run('Chile invited Peru to withdraw its troops from the border.').relations.some((x) => x.type === 'OFFERED')).toBe(false);
    expect(has(run('Chile invited Peru to the summit in Arica.'), 'Chile', 'OFFERED', 'Peru')).toBe(true);
    expect(has(run('A war between Chile and Peru broke out in 1879.'), 'Chile', 'ATTACKED', 'Peru')).toBe(true);
    expect(run('A new war between Chile and the Vega Front would ruin Putre.').relations.some((x) => x.type === 'ATTACKED')).toBe(false);
    expect(has(run('Russia is angry. Former pro-Russian president Ivo Kask was arrested in Kyiv.'), 'Ivo Kask', 'SUPPORTED', 'Russia')).toBe(true);
  });
  it('names a body\'s own summit after it, and locates no place by a possessive that names no place', () => {
    expect(entity(run('NATO invited Ukraine to its summit in Vilnius.'), 'North Atlantic Treaty Organization summit')?.type).toBe('Event');
    expect(has(run("Chile said Arica, the main port of Bolivia's foreign trade, lies in Chile."), 'Arica', 'LOCATED_IN', 'Bolivia')).toBe(false);
    expect(has(run('Peru seized the Chinese-built port of Arica in northern Chile.'), 'Arica', 'LOCATED_IN', 'China')).toBe(false);
    expect(has(run('Ana Ruiz spoke at the Conference on the Vilca Crisis.'), 'Ana Ruiz', 'ATTENDED', 'Conference on the Vilca Crisis')).toBe(true);
  });
  it('leaves a warning after "said X had …" to the speaker', () => {
    expect(has(run('Peru said the Vega Front had kidnapped Ivo Kask and warned Chile against paying a ransom.'), 'Peru', 'WARNED', 'Chile')).toBe(true);
  });
});

describe('guards from the third review of this round', () => {
  it('names a state\'s act after the state named nearer, not the body that urged it', () => {
    expect(run('The UN urged Israel to halt its offensive in Gaza.').entities.some((e) => e.name === 'United Nations offensive')).toBe(false);
  });
  it('reads no part of a body from a relative clause, a funder, a former owner or one addressed', () => {
    expect(has(run('The UN body Amnesty International criticised last year was reformed.'), 'Amnesty International', 'PART_OF', 'United Nations')).toBe(false);
    expect(has(run('Vega Watch, a European Union-funded body, said prices would rise.'), 'Vega Watch', 'PART_OF', 'European Union')).toBe(false);
    expect(has(run('Vega Oil, a former Sendero Group subsidiary, won the tender.'), 'Vega Oil', 'PART_OF', 'Sendero Group')).toBe(false);
    expect(has(run("Speaking to the Andean Council's trade body, Vega Oil, the largest exporter, said prices would fall."), 'Vega Oil', 'PART_OF', 'Andean Council')).toBe(false);
  });
  it('tells no war judged unlikely, and keeps chemical agents goods', () => {
    expect(run('Analysts say a war between Chile and Peru remains unlikely.').relations.some((x) => x.type === 'ATTACKED')).toBe(false);
    expect(has(run('Russia supplied chemical agents to Syria, the report said.'), 'Russia', 'SUPPLIED', 'Syria')).toBe(true);
  });
  it('ties no past claim to the attack just told', () => {
    expect(has(run('Drones struck the port of Arica on Monday. The Vega Front has claimed responsibility in the past for attacks on Chilean troops.'), 'Vega Front', 'ATTACKED', 'Arica')).toBe(false);
  });
  it('offers a part by invitations to speak or sign, and makes no host of a president on a state visit', () => {
    expect(has(run('Chile invited Ana Ruiz to speak at the summit in Arica.'), 'Chile', 'OFFERED', 'Ana Ruiz')).toBe(true);
    expect(has(run('Chile and Peru signed a pact. Foreign Minister Ana Ruiz met President Ivo Kask in Lima on his state visit.'), 'Ivo Kask', 'PRESIDENT_OF', 'Peru')).toBe(false);
  });
  it('refers no act noun with a "by" phrase back, attends no vote, and reads "on" a request only when acting on it', () => {
    expect(has(run('Iran seized a tanker in the Gulf on Monday. Britain has long condemned the seizure of foreign vessels by pirates off Somalia.'), 'United Kingdom', 'CRITICIZED', 'Iran')).toBe(false);
    expect(run('Ana Ruiz was in Lima during the Andean Council election.').relations.some((x) => x.type === 'ATTENDED')).toBe(false);
    expect(has(run('Chile commented on the request of Peru for more water.'), 'Peru', 'CALLED_ON', 'Chile')).toBe(false);
    expect(has(run("Chile acted on Peru's request."), 'Peru', 'CALLED_ON', 'Chile')).toBe(true);
  });
});

describe('a body named by its leader\'s possessive', () => {
  it('reads "Kask\'s alliance" as the body Kask is told to lead', () => {
    expect(has(run('Ivo Kask, leader of the Vega Alliance, was elected speaker. The Andean Party accused Kask\'s alliance of pulling Peru closer to Chile.'), 'Andean Party', 'ACCUSED', 'Vega Alliance')).toBe(true);
    expect(has(run("Ana Ruiz visited Chile. Peru criticised Ruiz's party."), 'Peru', 'CRITICIZED', 'Ana Ruiz')).toBe(true);
  });
});

describe('names kept whole and typed by what the words around them say', () => {
  const type = (r: ExtractionResult, name: string) => entity(r, name)?.type;
  it('reads an adjective made with a hyphen as no person ("a Great Depression-era statute")', () => {
    expect(run('Chile cited a Great Depression-era statute to seize the mill.').entities.some((e) => e.type === 'Person')).toBe(false);
    expect(type(run('Kim Jong-un met Ana Ruiz.'), 'Kim Jong-un')).toBe('Person');
  });
  it('keeps two portfolios joined by "and" in a title', () => {
    const r = run('"Nothing changes," Mining and Petroleum Minister Ivo Kask told reporters.');
    expect(r.entities.map((e) => e.name)).toEqual(['Ivo Kask']);
  });
  it('keeps a body named by its aim whole ("the Committee to Defend Reporters")', () => {
    expect(type(run('The Committee to Defend Reporters urged Peru to free Ana Ruiz.'), 'Committee to Defend Reporters')).toBe('Organization');
    expect(entity(run('Peru Asks the Council to Approve Chile Plan.'), 'Council to Approve Chile')).toBeUndefined();
  });
  it('keeps an Arabic name chain with "wal-" whole and types it by its group word', () => {
    const r = run("Jama'at Nasr al-Haqq wal-Adl (JNHA), an al Qaeda branch in the Sahel, said it carried out the raid.");
    expect(type(r, "Jama'at Nasr al-Haqq wal-Adl")).toBe('Organization');
  });
  it('types a name a person by an apposition whose body word only qualifies the person', () => {
    expect(type(run('Olo Venn, a onetime magazine editor who rose to power in 2019, has bet his premiership on a deal with Chile.'), 'Olo Venn')).toBe('Person');
    expect(type(run('Vega Daily, a newspaper owned by Ivo Kask, was shut.'), 'Vega Daily')).toBe('Organization');
  });
  it('makes no body of a people before a group noun, nor of a person\'s loyalists', () => {
    expect(entity(run('Burundi says Hutu militias threaten its border.'), 'Hutu')).toBeUndefined();
    expect(run('Fulani herders clashed with farmers in Benue.').entities.some((e) => e.type === 'Organization')).toBe(false);
    const r = run('Ivo Kask served under Karl Borg. Borg loyalists blocked highways.');
    expect(r.entities.some((e) => e.type === 'Organization')).toBe(false);
  });
  it('names a leaders\' meeting whole, a front with two ideals whole, and a Spanish plural group as a body', () => {
    expect(type(run('Leaders endorsed a plan at the Andean Council Leaders Meeting in Lima.'), 'Andean Council Leaders Meeting')).toBe('Event');
    expect(type(run('The Front for Change and Concord killed him.'), 'Front for Change and Concord')).toBe('Organization');
    expect(type(run('The gangs listed included Los Halcones and Los Toros.'), 'Los Toros')).toBe('Organization');
  });
});

describe('bodies named by trades and portfolios, and a verb coordinated past a subject relative', () => {
  it('keeps a firm closed by two trades joined by "and" whole', () => {
    expect(entity(run('Chile sanctioned Wuhan Vega Science and Technology on Monday.'), 'Wuhan Vega Science and Technology')?.type).toBe('Organization');
    expect(entity(run('Tacna Oil and Gas signed a deal with Peru.'), 'Tacna Oil and Gas')?.type).toBe('Organization');
  });
  it('names a ministry by two portfolios joined by "and", in capitals or not', () => {
    for (const t of ["Peru's Energy and Mines ministry said prices would rise.", "Peru's energy and mines ministry said prices would rise.", "Peru's Energy and Mines Ministry said prices would rise."]) {
      expect(entity(run(t), 'Ministry of Energy and Mines (Peru)')?.type).toBe('Organization');
    }
    expect(entity(run("Peru's Energy ministry said prices would rise."), 'Ministry of Energy (Peru)')?.type).toBe('Organization');
  });
  it('gives a verb after ", and" the main subject past a subject relative', () => {
    expect(has(run('Peru blamed Bolivia for a campaign that smeared judges, and imposed sanctions on Vega Oil.'), 'Peru', 'SANCTIONED', 'Vega Oil')).toBe(true);
    expect(has(run('The Vega Front claimed the attack that killed three soldiers, and threatened Peru.'), 'Vega Front', 'THREATENED', 'Peru')).toBe(true);
  });
});

describe('joint ventures and firms named after a place or a people', () => {
  it('makes the partners of a joint venture cooperate', () => {
    expect(has(run('Vega Oil sold a stake to the joint venture between Andes Fund and Sendero Group.'), 'Andes Fund', 'COOPERATES_WITH', 'Sendero Group')).toBe(true);
    expect(has(run('Vega Mining formed a joint venture with Andes Lithium.'), 'Vega Mining', 'COOPERATES_WITH', 'Andes Lithium')).toBe(true);
    expect(has(run('Vega Oil and Borg Mining sealed their joint venture agreement last week.'), 'Vega Oil', 'COOPERATES_WITH', 'Borg Mining')).toBe(true);
  });
  it('keeps a firm named by a demonym and a firm\'s word whole', () => {
    expect(entity(run("Vega Oil and Chile's state-run Chilean Aero Industry signed a deal."), 'Chilean Aero Industry')?.type).toBe('Organization');
    expect(entity(run('Ana Ruiz took over as head of Sahel Cobalt Holdings in June. She sold part of Sahel Cobalt to Vega Oil.'), 'Sahel Cobalt')).toBeUndefined();
  });
});

describe('a truce brokered to end a war', () => {
  it('makes who brokered the truce mediate between the sides the sentence makes fight', () => {
    const r = run('The war between Chile and Bolivia ended in a truce brokered by Peru and Brazil.');
    for (const [m, s] of [['Peru', 'Chile'], ['Peru', 'Bolivia'], ['Brazil', 'Chile'], ['Brazil', 'Bolivia']]) expect(has(r, m!, 'MEDIATED', s!)).toBe(true);
    expect(has(run('Chile and Bolivia fought a war that ended in a ceasefire brokered by Peruvian President Ana Ruiz.'), 'Peru', 'MEDIATED', 'Chile')).toBe(false);
  });
});

describe('signers past a date, a set-off participle and "the three"', () => {
  it('finds the passive agent after a date written with commas', () => {
    const r = run('The Lima Accords were signed on March 3, 1999, by Ana Ruiz and Ivo Kask.');
    expect(has(r, 'Ana Ruiz', 'SIGNED', 'Lima Accords') && has(r, 'Ivo Kask', 'SIGNED', 'Lima Accords')).toBe(true);
  });
  it('reads a past form set off after the first phrase as a participle', () => {
    const r = run('The Lima Framework, concluded between Peru and Chile in February 2023 by Ana Ruiz and Ivo Kask, was meant to settle the dispute.');
    expect(has(r, 'Ana Ruiz', 'SIGNED', 'Lima Framework')).toBe(true);
    expect(run('The line from Lima to Quito, opened in 2021, is run by Vega Rail.').relations.some((x) => x.type === 'CONTROLLED_BY')).toBe(false);
  });
  it('reads "the three" as the three who just met', () => {
    const r = run('Ana Ruiz received Ivo Kask and Karl Borg in Lima, and the three then signed a border protocol.');
    for (const p of ['Ana Ruiz', 'Ivo Kask', 'Karl Borg']) expect(has(r, p, 'SIGNED', 'border protocol')).toBe(true);
  });
  it('ties no description to a treaty named paragraphs later', () => {
    const r = run('Bolivia walked out of the grain scheme in July. The deal, brokered by Peru and Brazil, let grain leave Arica. Farmers protested. Prices rose. Ships waited. Ports closed. Chile kept the strait closed under the Lima Convention.');
    expect(r.relations.some((x) => x.type === 'MEDIATED')).toBe(false);
  });
});

describe('a second name the text equates, used again', () => {
  it('keeps a name the text equates with another the same entity when used again', () => {
    const r = run('Peru appealed to the Vilca Force, known as VIFOR, to protect them. VIFOR said it was monitoring the situation.');
    expect(entity(r, 'VIFOR')).toBeUndefined();
    expect(entity(r, 'Vilca Force')?.type).toBe('Organization');
  });
});

describe('guards found by the review of this session\'s rules', () => {
  it('joins two portfolios into a title only where the title opens', () => {
    expect(has(run('Talks between Vega Oil and Finance Minister Karl Borg collapsed.'), 'Vega Oil', 'NEGOTIATED_WITH', 'Karl Borg')).toBe(true);
    expect(entity(run('The Ministry of Defence and Interior Minister Ana Ruiz issued a statement.'), 'Ministry of Defence')?.type).toBe('Organization');
  });
  it('reads no person from a person\'s word that qualifies a body, nor past a relative word', () => {
    expect(entity(run('Orun Tasse, a student newspaper, was shut down by Peru.'), 'Orun Tasse')?.type).not.toBe('Person');
    expect(entity(run('Orun Tasse, a medical supplier whose doctor was arrested, closed.'), 'Orun Tasse')?.type).not.toBe('Person');
  });
  it('makes no group of a place named with "Los" or "Las", nor a ministry of a firm\'s department', () => {
    expect(has(run('Police in Las Tunas, Cuba, arrested Ana Ruiz.'), 'Las Tunas', 'LOCATED_IN', 'Cuba')).toBe(true);
    expect(run("Vega Oil's Legal department sued Andes Mining.").entities.some((e) => /Department/.test(e.name))).toBe(false);
  });
  it('joins no ideal to a firm as a trade', () => {
    expect(entity(run('Karl Borg thanked Vega Mining and Unity, the ruling party of Peru.'), 'Vega Mining')?.type).toBe('Organization');
  });
  it('keeps ", and VERB" with agents a subject relative describes', () => {
    expect(has(run('Peru identified the hackers who targeted Vega Oil, and attacked Andes Mining.'), 'Peru', 'ATTACKED', 'Andes Mining')).toBe(false);
    expect(has(run('Peru arrested the rebels who attacked Putre last week, and killed Karl Borg.'), 'Peru', 'KILLED', 'Karl Borg')).toBe(false);
  });
  it('keeps "from … to" subjects for routes only', () => {
    expect(has(run('A letter from Peru to the UN accused Chile of aggression.'), 'Peru', 'ACCUSED', 'Chile')).toBe(true);
  });
  it('reads "the three" as who met only when no other three are named', () => {
    expect(run('Ana Ruiz met Karl Borg and Ivo Kask as three suspects fled. Peru arrested the three on Friday.').relations.some((x) => x.type === 'ARRESTED')).toBe(false);
  });
  it('takes as truce brokers only the names after "by", and as sides only those fighting before it', () => {
    const r = run('The war between Peru and Chile ended in a ceasefire brokered by Brazil, and Bolivia attacked Peru a week later.');
    expect(r.relations.some((x) => x.type === 'MEDIATED' && x.source === entity(r, 'Bolivia')?.id)).toBe(false);
    const r2 = run('Bolivia attacked Argentina in March; the war between Peru and Chile ended in a ceasefire brokered by Brazil.');
    expect(has(r2, 'Brazil', 'MEDIATED', 'Argentina')).toBe(false);
    expect(has(r2, 'Brazil', 'MEDIATED', 'Peru')).toBe(true);
  });
  it('reads no meeting set for later as held', () => {
    expect(run('Bolivia set a meeting with the IMF for Thursday.').relations.some((x) => x.type === 'MET_WITH' && !x.status)).toBe(false);
  });
  it('names an armed group by a people before "rebels", and no group of "fighters"', () => {
    expect(has(run('Tuareg rebels seized Kidal.'), 'Tuareg rebels', 'SEIZED', 'Kidal')).toBe(true);
    expect(run('Islamic State members such as Chechen fighters joined the battle.').relations.some((x) => x.type === 'MEMBER_OF')).toBe(false);
  });
});

describe('events named by their date, and who took power or won in them', () => {
  it('names an event by a month before its year or day', () => {
    expect(entity(run('Colonel Ana Ruiz took power in the June 2031 coup.'), 'June 2031 coup')?.type).toBe('Event');
    expect(has(run('Ana Ruiz won the November 3 election.'), 'Ana Ruiz', 'INVOLVED_IN', 'November 3 election')).toBe(true);
  });
  it('makes who seized power in an event, or won a term in it, take part in it', () => {
    expect(has(run('Colonel Ana Ruiz took power in the June 2031 coup.'), 'Ana Ruiz', 'INVOLVED_IN', 'June 2031 coup')).toBe(true);
    expect(has(run("Ana Ruiz won another term with 61 percent of the vote in Friday's presidential election."), 'Ana Ruiz', 'INVOLVED_IN', 'presidential election')).toBe(true);
  });
});

describe('barrages, and phrases of time after a verb', () => {
  it('reads a missile barrage against a state as an attack', () => {
    expect(has(run("Peru accused Chile of failing to condemn Bolivia's missile barrage against Peru."), 'Bolivia', 'ATTACKED', 'Peru')).toBe(true);
  });
  it('ends a verb\'s own phrases at a phrase of time', () => {
    expect(has(run('Uganda deployed forces to Juba after clashes in Nasir.'), 'Uganda', 'DEPLOYED_TO', 'Nasir')).toBe(false);
    expect(has(run('Uganda deployed forces to Juba after clashes in Nasir.'), 'Uganda', 'DEPLOYED_TO', 'Juba')).toBe(true);
  });
});

describe('a plural title over states listed, then their holders', () => {
  it('pairs "the presidents of Peru, Chile and Bolivia, A, B and C" in order', () => {
    const r = run('The deal was initialled in 1995 by the presidents of Peru, Chile and Bolivia, Ana Ruiz, Ivo Kask and Karl Borg.');
    expect(has(r, 'Ana Ruiz', 'PRESIDENT_OF', 'Peru') && has(r, 'Ivo Kask', 'PRESIDENT_OF', 'Chile') && has(r, 'Karl Borg', 'PRESIDENT_OF', 'Bolivia')).toBe(true);
    expect(has(r, 'Ana Ruiz', 'PRESIDENT_OF', 'Chile')).toBe(false);
    expect(has(run('Presidents Ana Ruiz of Peru and Ivo Kask of Chile met in Lima.'), 'Ivo Kask', 'PRESIDENT_OF', 'Chile')).toBe(true);
  });
});

describe('names set off after a plural title over states', () => {
  it('reads bare names listed after "the presidents of X, Y and Z," as people', () => {
    const r = run('The deal was initialled by the presidents of Peru, Chile and Bolivia, Tarek Olumba, Ferko Vandal and Semir Oguz, and signed in Lima.');
    for (const n of ['Tarek Olumba', 'Ferko Vandal', 'Semir Oguz']) expect(entity(r, n)?.type).toBe('Person');
    expect(has(r, 'Ferko Vandal', 'PRESIDENT_OF', 'Chile')).toBe(true);
  });
});

describe('guards found by the second review of this session\'s rules', () => {
  it('merges a second name everywhere only after "known as" or "also called"', () => {
    const r = run('Sendero Group bought a stake in Andes Mining last year. Chile said it would fine Vega Oil, or Andes Mining, for the spill.');
    expect(has(r, 'Sendero Group', 'INVESTED_IN', 'Andes Mining')).toBe(true);
  });
  it('reads "about" after a verb that takes it as a preposition as no approximation', () => {
    expect(run('Peru warned about 300 Chilean troops massing on the border.').relations.some((x) => x.type === 'WARNED')).toBe(false);
  });
  it('deploys soldiers shipped, not jets or doctors sent', () => {
    expect(run('Chile shipped 12 fighter jets to Peru under a 2019 sales contract.').relations.some((x) => x.type === 'DEPLOYED_TO')).toBe(false);
    expect(run('Peru sent a detachment of doctors to Bolivia.').relations.some((x) => x.type === 'DEPLOYED_TO')).toBe(false);
  });
  it('tells no membership from a suspension of participation denied', () => {
    expect(run('Bolivia did not suspend its participation in the Andean Council.').relations.some((x) => x.type === 'MEMBER_OF')).toBe(false);
  });
  it('keeps "The May 2020 talks" at a sentence\'s start', () => {
    expect(has(run('The May 2020 talks between Peru and Chile failed.'), 'Peru', 'NEGOTIATED_WITH', 'Chile')).toBe(true);
  });
  it('keeps a gang named with "Los" after "by", and a ministry "of" a state', () => {
    expect(entity(run('The raid was claimed by Los Halcones.'), 'Los Halcones')?.type).toBe('Organization');
    expect(has(run('The Energy ministry of Peru fined Vega Oil.'), 'Ministry of Energy', 'CHARGED', 'Vega Oil')).toBe(true);
  });
});

describe('a named treaty and a definite description set off after it', () => {
  it('makes one treaty of "the Lima Accord, the trade agreement that Peru concluded with Chile"', () => {
    const r = run('The Lima Accord, the trade agreement that Peru concluded in Quito in 2015 with Chile and Bolivia, cut tariffs.');
    expect(r.entities.filter((e) => e.type === 'Treaty')).toHaveLength(1);
    expect(has(r, 'Chile', 'SIGNED', 'Lima Accord')).toBe(true);
  });
});

describe('a body named after a state that another body owns', () => {
  it('makes "the UN\'s Haiti Force" part of the UN, not of Haiti', () => {
    const r = run("Chile asked the UN's Haiti Force to protect them.");
    expect(has(r, 'Haiti Force', 'PART_OF', 'Haiti')).toBe(false);
    expect(has(run('The Peru Army attacked Putre.'), 'Peru Army', 'PART_OF', 'Peru')).toBe(true);
  });
});

describe('people named like places, and ", whom"', () => {
  it('reads a given name that is also a city as a person\'s after a title', () => {
    expect(entity(run('Ana Ruiz met Vice President Rosario Ibarra.'), 'Rosario Ibarra')?.type).toBe('Person');
    expect(entity(run('Police in Rosario arrested Ana Ruiz.'), 'Rosario')?.type).toBe('Place');
  });
  it('reads a bare name taken up by ", whom" as a person\'s', () => {
    expect(entity(run('Peru sanctioned Tamas Velchenko, whom Chile had already fined.'), 'Tamas Velchenko')?.type).toBe('Person');
  });
});

describe('an act judged by a participle or a word of dishonour, and "the poll"', () => {
  it('reads "called the arrest politically motivated" as criticism of who arrested', () => {
    expect(has(run('Bolivia jailed Olo Venn in April. The Vega Front called the arrest politically motivated.'), 'Vega Front', 'CRITICIZED', 'Bolivia')).toBe(true);
    expect(has(run('Bolivia jailed Olo Venn in April. Chile called the detention deeply dishonourable.'), 'Chile', 'CRITICIZED', 'Bolivia')).toBe(true);
  });
  it('takes "the poll" for the election named before it', () => {
    expect(has(run('Peru held a general election in June. The Vega Front called the poll a farce.'), 'Vega Front', 'CRITICIZED', 'general election')).toBe(true);
  });
  it('finds no slur in a participle that is none', () => {
    expect(run('Bolivia jailed Olo Venn in April. Chile called the detention expected.').relations.some((x) => x.type === 'CRITICIZED')).toBe(false);
  });
});

describe('"each other", and a gerund after an object\'s complement', () => {
  it('reads "X and Y accused each other" as an accusation each way', () => {
    const r = run('Bolivia and Chile accused each other of breaking the ceasefire.');
    expect(has(r, 'Bolivia', 'ACCUSED', 'Chile') && has(r, 'Chile', 'ACCUSED', 'Bolivia')).toBe(true);
    const q = run('Bolivia and Chile criticised one another on Monday.');
    expect(has(q, 'Bolivia', 'CRITICIZED', 'Chile') && has(q, 'Chile', 'CRITICIZED', 'Bolivia')).toBe(true);
  });
  it('gives ", accusing" the subject of "kept the crossing closed"', () => {
    expect(has(run('Chile kept its crossings shut for a month, accusing Bolivia of smuggling arms.'), 'Chile', 'ACCUSED', 'Bolivia')).toBe(true);
  });
});

describe('a participle after a noun with its agent after a phrase of where or when', () => {
  it('reads "the memorandum signed in January by A and B" as their signing', () => {
    const r = run('Under the Andean Memorandum signed in Quito in 2019 by Ana Ruiz and Ivo Kask, Peru would lease a port to Bolivia.');
    expect(has(r, 'Ana Ruiz', 'SIGNED', 'Andean Memorandum') && has(r, 'Ivo Kask', 'SIGNED', 'Andean Memorandum')).toBe(true);
    expect(has(run('The Putre Charter approved in May by Chile and Bolivia took effect in June.'), 'Chile', 'SIGNED', 'Putre Charter') || has(run('The Putre Charter approved in May by Chile and Bolivia took effect in June.'), 'Chile', 'RATIFIED', 'Putre Charter')).toBe(true);
  });
  it('keeps a means after "by" active', () => {
    expect(has(run('Bolivia retaliated in June by sanctioning Chile.'), 'Bolivia', 'SANCTIONED', 'Chile')).toBe(true);
  });
});

describe('memberships told by admission, a legislator\'s party, an age set off, and lists of a body\'s states', () => {
  it('reads "admitted X as its ninth member" as membership', () => {
    expect(has(run('The Andean Council admitted Ecuador as its ninth member on Friday.'), 'Ecuador', 'MEMBER_OF', 'Andean Council')).toBe(true);
  });
  it('makes a party\'s senator or lawmaker its member, not its official', () => {
    const r = run('Karl Borg, a Vega Party senator, opposed the budget.');
    expect(has(r, 'Karl Borg', 'MEMBER_OF', 'Vega Party')).toBe(true);
    expect(has(r, 'Karl Borg', 'OFFICIAL_OF', 'Vega Party')).toBe(false);
    expect(has(run('Vega Party lawmaker Karl Borg opposed the budget.'), 'Karl Borg', 'OFFICIAL_OF', 'Vega Party')).toBe(false);
  });
  it('reads "X, 71, of the Vega Front" as membership', () => {
    expect(has(run('Ines Paz, 71, of the Vega Front, won the seat.'), 'Ines Paz', 'MEMBER_OF', 'Vega Front')).toBe(true);
  });
  it('reads "X, Y and other members of Z" and "Z states, including X" as membership', () => {
    const r = run('Ecuador, Bolivia and other members of the Andean Council protested.');
    expect(has(r, 'Ecuador', 'MEMBER_OF', 'Andean Council') && has(r, 'Bolivia', 'MEMBER_OF', 'Andean Council')).toBe(true);
    expect(has(run('Several NATO states, including Norway and Latvia, objected.'), 'Latvia', 'MEMBER_OF', 'North Atlantic Treaty Organization')).toBe(true);
  });
});

describe('"the country\'s first woman president", and offices one is made', () => {
  it('gives "elected X as the country\'s first woman president" the state named before', () => {
    expect(has(run("Bolivia's parliament on Monday elected Ines Paz as the nation's first female president."), 'Ines Paz', 'PRESIDENT_OF', 'Bolivia')).toBe(true);
  });
  it('reads "made X Peru\'s president" and ", making her Peru\'s president" as the office', () => {
    expect(has(run("The runoff made Ines Paz Bolivia's first woman president."), 'Ines Paz', 'PRESIDENT_OF', 'Bolivia')).toBe(true);
    expect(has(run("Ines Paz won the runoff, making her Bolivia's first woman president."), 'Ines Paz', 'PRESIDENT_OF', 'Bolivia')).toBe(true);
  });
  it('gives no office for being made a target', () => {
    expect(run('Bolivia made Ines Paz a target of its sanctions.').relations.some((x) => /_OF$/.test(x.type) && x.type !== 'CITIZEN_OF')).toBe(false);
  });
});

describe('"the text" signed, a deal struck with a state, and "the recall"', () => {
  it('takes "signed the text" for the agreement just signed, not an older one named by its year', () => {
    const r = run('Peru and Chile signed the Putre Accord on Monday, which replaces their 2004 trade pact. Peruvian Trade Minister Ines Paz signed the text with Chilean envoy Olo Venn.');
    expect(has(r, 'Ines Paz', 'SIGNED', 'Putre Accord')).toBe(true);
    expect(has(r, 'Ines Paz', 'SIGNED', '2004 trade pact')).toBe(false);
    expect(has(run('Peru and Chile signed the Putre Accord on Monday. Ines Paz read the text aloud.'), 'Ines Paz', 'SIGNED', 'Putre Accord')).toBe(false);
  });
  it('makes the state a deal was struck with its signatory', () => {
    expect(has(run('Bolivia held the migrants under a transfer agreement struck with Chile in May.'), 'Chile', 'SIGNED', 'transfer agreement')).toBe(true);
  });
  it('reads criticism of "the recall" as criticism of who recalled an envoy', () => {
    expect(has(run('Bolivia recalled its ambassador to Chile on Friday. Chile condemned the recall.'), 'Chile', 'CRITICIZED', 'Bolivia')).toBe(true);
  });
});

describe('hanging, regional demonyms, "X-recognised", acts summed up after a doing, and party names opened by a rank', () => {
  it('reads "hanged X" as a killing and "the execution" after "hanged a man" as the hanging state\'s', () => {
    expect(has(run('Bolivia hanged Ivo Kask on Friday.'), 'Bolivia', 'KILLED', 'Ivo Kask')).toBe(true);
    expect(has(run('Bolivia hanged a man on Friday. Chile condemned the execution.'), 'Chile', 'CRITICIZED', 'Bolivia')).toBe(true);
  });
  it('makes no body of "Eastern Bolivian commander X"', () => {
    const r = run('Eastern Bolivian commander Olo Venn met Ines Paz in Putre.');
    expect(r.entities.some((e) => /Eastern/.test(e.name))).toBe(false);
  });
  it('reads "the UN-recognised Council of Unity" as recognised by the UN, and keeps the name clean', () => {
    const r = run('The UN-recognised Council of National Concord holds Putre.');
    expect(entity(r, 'Council of National Concord')?.type).toBe('Organization');
    expect(has(r, 'United Nations', 'RECOGNIZED', 'Council of National Concord')).toBe(true);
  });
  it('gives "welcomed the order" to whoever signed it in the sentence before', () => {
    expect(has(run('Ines Paz signed a decree on Friday to free the prisoners. Chile welcomed the move.'), 'Chile', 'PRAISED', 'Ines Paz')).toBe(true);
    expect(run('Bolivia said prices rose. Chile welcomed the move.').relations.some((x) => x.type === 'PRAISED')).toBe(false);
  });
  it('keeps a party named "Justice and …" or "General … and … Party" whole', () => {
    expect(entity(run('Olo Venn joined the Justice and Renewal Party in 2010.'), 'Justice and Renewal Party')?.type).toBe('Organization');
  });
  it('reads ", of which Peru is a member" as membership', () => {
    expect(has(run('The Andean Council, of which Bolivia is a founding member, urged calm.'), 'Bolivia', 'MEMBER_OF', 'Andean Council')).toBe(true);
  });
  it('gives a coup to who ousted, not to who was ousted', () => {
    const r = run('Olo Venn took power after ousting President Ines Paz in a 2021 coup.');
    expect(has(r, 'Olo Venn', 'INVOLVED_IN', '2021 coup')).toBe(true);
    expect(has(r, 'Ines Paz', 'INVOLVED_IN', '2021 coup')).toBe(false);
  });
  it('reads an ambassador-at-large as an official of the state before the title', () => {
    expect(has(run('Chilean ambassador-at-large Ines Paz visited Putre.'), 'Ines Paz', 'OFFICIAL_OF', 'Chile')).toBe(true);
  });
});

describe('an office of state one leads, a portfolio word alone, "along with", and a pact\'s members', () => {
  it('makes the one who leads an office of state its head, and keeps "the Public Ministry" its own name', () => {
    const r = run("Bolivia's Public Ministry, which Prosecutor General Ines Paz has led since May, raided the offices.");
    expect(entity(r, 'Public Ministry (Bolivia)')?.type).toBe('Organization');
    expect(has(r, 'Ines Paz', 'HEAD_OF', 'Public Ministry (Bolivia)')).toBe(true);
    expect(has(run('The Vega Party, led by Ines Paz, won the vote.'), 'Ines Paz', 'LEADER_OF', 'Vega Party')).toBe(true);
  });
  it('gives the act to those "along with" the subject', () => {
    const r = run('Bolivia quit the Andean Council in March along with its neighbours Ecuador and Chile.');
    expect(has(r, 'Ecuador', 'WITHDREW_FROM', 'Andean Council') && has(r, 'Chile', 'WITHDREW_FROM', 'Andean Council')).toBe(true);
    expect(has(run('Bolivia, together with Ecuador, signed the Putre Accord.'), 'Ecuador', 'SIGNED', 'Putre Accord')).toBe(true);
  });
  it('makes those a pact\'s members include its parties', () => {
    expect(has(run('Bolivia applied to join the Putre Pact, a customs pact whose members are Chile and Ecuador.'), 'Chile', 'PARTY_TO', 'Putre Pact')).toBe(true);
  });
});

describe('guards from a review of this round', () => {
  it('keeps a vote\'s margin or means after "by" active', () => {
    expect(has(run('The Andean Parliament voted in Lima on Friday by 300 votes to 120, condemning Chile.'), 'Andean Parliament', 'CRITICIZED', 'Chile')).toBe(true);
  });
  it('gives "Bolivia\'s UN-recognised government" to Bolivia, not the UN', () => {
    const r = run("Bolivia's UN-recognised government accused the Vega Front of shelling Putre.");
    expect(has(r, 'Bolivia', 'ACCUSED', 'Vega Front')).toBe(true);
    expect(has(r, 'United Nations', 'ACCUSED', 'Vega Front')).toBe(false);
  });
  it('keeps two titles joined by "and" apart', () => {
    const r = run('President and Vega Party leader Ines Paz met Chilean officials.');
    expect(has(r, 'Ines Paz', 'LEADER_OF', 'Vega Party')).toBe(true);
    expect(r.entities.some((e) => /^President and/.test(e.name))).toBe(false);
  });
  it('gives "the country\'s first woman president" no state from a relative or after it, nor for a bank\'s president', () => {
    const r = run("Ines Paz, who once lived in Chile, was elected as the nation's first female president by Bolivia's Congress.");
    expect(has(r, 'Ines Paz', 'PRESIDENT_OF', 'Chile')).toBe(false);
    expect(has(run("Bolivia's Congress elected Ines Paz as the nation's first female central bank president."), 'Ines Paz', 'PRESIDENT_OF', 'Bolivia')).toBe(false);
  });
  it('sums up "the move" as the act before only after a text enacted, and not past another act', () => {
    expect(run('Ines Paz made a speech in Putre. Olo Venn criticised the decision.').relations.some((x) => x.type === 'CRITICIZED')).toBe(false);
    expect(has(run('Ines Paz signed a decree on Monday. The central bank raised rates, and Chile welcomed the move.'), 'Chile', 'PRAISED', 'Ines Paz')).toBe(false);
  });
  it('gives no membership to former or aspiring members, "non-" bodies, or those added "as well as"', () => {
    expect(run('Bolivia, Ecuador and other former members of the Andean Council met.').relations.some((x) => x.type === 'MEMBER_OF')).toBe(false);
    expect(has(run('Chile criticised the Andean Council, of which Ecuador is an aspiring member.'), 'Ecuador', 'MEMBER_OF', 'Andean Council')).toBe(false);
    expect(has(run('NATO states such as Norway and Latvia, as well as Serbia, opposed the plan.'), 'Serbia', 'MEMBER_OF', 'North Atlantic Treaty Organization')).toBe(false);
  });
  it('reads no slur in "highly motivated" or "neither biased nor rigged"', () => {
    expect(run("Chile called Bolivia's team highly motivated.").relations.some((x) => x.type === 'CRITICIZED')).toBe(false);
    expect(run('Bolivia jailed Olo Venn in April. Chile called the arrest neither biased nor rigged.').relations.some((x) => x.type === 'CRITICIZED')).toBe(false);
  });
  it('reads "each other" only of named subjects, and not in a question', () => {
    expect(run('Residents of Quito and Lima blamed each other.').relations.some((x) => x.type === 'ACCUSED')).toBe(false);
    expect(run('Why did Bolivia and Chile accuse each other of spying?').relations.some((x) => x.type === 'ACCUSED')).toBe(false);
  });
  it('keeps the border closed over the object\'s own phrases', () => {
    expect(has(run('Bolivia kept its border with Chile fully closed, accusing Chile of smuggling arms.'), 'Bolivia', 'ACCUSED', 'Chile')).toBe(true);
  });
  it('takes no "text of" another paper, nor an opinion poll, for the election or treaty', () => {
    expect(has(run('Bolivia and Chile signed the Putre Accord. Ecuador signed the text of a separate protocol.'), 'Ecuador', 'SIGNED', 'Putre Accord')).toBe(false);
    expect(run("Chile's presidential election is in May. Olo Venn won 24 percent in the poll, published by a local daily.").relations.some((x) => x.type === 'INVOLVED_IN')).toBe(false);
  });
  it('makes a lawmaker of any body that is no office of state its member', () => {
    expect(has(run('Concordia lawmaker Ines Paz opposed the bill.'), 'Ines Paz', 'OFFICIAL_OF', 'Concordia')).toBe(false);
  });
});

describe('an envoy "to" a state before the name, and a pact described after a time phrase', () => {
  it('makes "Chile\'s ambassador to Bolivia, X" Chile\'s official and no citizen of Bolivia', () => {
    const r = run("Chile's ambassador to Bolivia, Olo Venn, said the talks would go on.");
    expect(has(r, 'Olo Venn', 'OFFICIAL_OF', 'Chile')).toBe(true);
    const q = run('Chilean ambassador to Bolivia Olo Venn said the talks would go on.');
    expect(has(q, 'Olo Venn', 'OFFICIAL_OF', 'Chile')).toBe(true);
    expect(has(q, 'Olo Venn', 'CITIZEN_OF', 'Bolivia')).toBe(false);
  });
  it('makes "signed the X Accord on Monday, a $40 million security pact" one treaty', () => {
    const r = run('Bolivia and Chile signed the Putre Accord on Monday, a $40 million security pact under which Chile will train police.');
    expect(r.entities.filter((e) => e.type === 'Treaty')).toHaveLength(1);
  });
});

describe('bare names typed as people by a person\'s noun before them or a head "of" after them', () => {
  it('reads "Her closest rival, X," and "X, leader of the Y," as people', () => {
    expect(entity(run('Her closest rival, Olo Venn, took 26 percent.'), 'Olo Venn')?.type).toBe('Person');
    const r = run('Olo Venn, leader of the Vega Front, took 26 percent.');
    expect(entity(r, 'Olo Venn')?.type).toBe('Person');
    expect(has(r, 'Olo Venn', 'LEADER_OF', 'Vega Front')).toBe(true);
  });
  it('keeps a firm set off before "head of" a body a firm', () => {
    expect(entity(run('Vega Oil, head of the consortium, won the tender.'), 'Vega Oil')?.type).toBe('Organization');
  });
});

describe('"its prime minister" after a state and a bloc, and "under President X" after a state aimed at', () => {
  it('gives "Its prime minister" of the sentence before to the state, not the bloc it is a member of', () => {
    const r = run('Bolivia, an Andean Council member, objected. Its prime minister, Ines Paz, accused Chile of meddling.');
    expect(has(r, 'Ines Paz', 'PRIME_MINISTER_OF', 'Bolivia')).toBe(true);
    expect(has(r, 'Ines Paz', 'PRIME_MINISTER_OF', 'Andean Council')).toBe(false);
  });
  it('makes no leader of a state an act under someone was aimed at', () => {
    expect(has(run('Chile cut its aid to Bolivia under President Ines Paz.'), 'Ines Paz', 'LEADER_OF', 'Bolivia')).toBe(false);
    expect(has(run('Chile under President Ines Paz quit the pact.'), 'Ines Paz', 'LEADER_OF', 'Chile')).toBe(true);
  });
});

describe('a state that only places a named spot', () => {
  it('gives a bare title no state named only as where a place lies', () => {
    const r = run("Bolivia's army seized Putre on Monday. The militia commander, whose gunmen took Vilca in Chile in May, denounced Defence Minister Ivo Kask.");
    expect(has(r, 'Ivo Kask', 'MINISTER_OF', 'Chile')).toBe(false);
  });
});

describe('a rival beaten "in" an election over an apposition, and an election "won by" someone', () => {
  it('reads "beat X, leader of the Y, in the 2022 election" as both in it', () => {
    const r = run('Ines Paz narrowly beat Ivo Kask, leader of the opposition Vega Front, in the 2022 election.');
    expect(has(r, 'Ivo Kask', 'INVOLVED_IN', '2022 election') && has(r, 'Ines Paz', 'INVOLVED_IN', '2022 election')).toBe(true);
  });
  it('reads "the election, won by X with 60 percent" as X in it', () => {
    expect(has(run('The 2031 presidential election, which Ines Paz won with 60 percent of the vote, ended the crisis.'), 'Ines Paz', 'INVOLVED_IN', '2031 presidential election')).toBe(true);
  });
  it('keeps a rival fought "for control of lanes near the frontier with" a state no enemy of that state', () => {
    expect(has(run('The Vega Front has been fighting the Andes Front, an armed rival, for control of smuggling lanes near the frontier with Chile.'), 'Vega Front', 'ATTACKED', 'Chile')).toBe(false);
  });
});

describe('guards from a second review', () => {
  it('gives "along with" after an object to the subject only when its names are of the subject\'s kind and not the object\'s', () => {
    expect(has(run('Chile sanctioned Bolivia along with its ally Ecuador.'), 'Ecuador', 'SANCTIONED', 'Bolivia')).toBe(false);
    expect(has(run('Together with Ecuador, Chile called on Bolivia to withdraw.'), 'Ecuador', 'CALLED_ON', 'Bolivia')).toBe(true);
  });
  it('keeps who imposed an embargo its actor', () => {
    expect(has(run('The Chile-imposed embargo on Bolivia has lasted a decade.'), 'Chile', 'SANCTIONED', 'Bolivia')).toBe(true);
  });
  it('reads no office from leading an office\'s delegation', () => {
    expect(run('Ines Paz led the Foreign Ministry delegation to the talks.').relations.some((x) => x.type === 'HEAD_OF')).toBe(false);
  });
  it('takes no speaker after an envoy\'s title for the envoy', () => {
    expect(has(run('Chile will recall its ambassador to Bolivia, Ines Paz said.'), 'Ines Paz', 'OFFICIAL_OF', 'Chile')).toBe(false);
  });
  it('reads "each other" after an opening phrase, and of a state\'s armies', () => {
    expect(has(run('On Monday, Chile and Bolivia accused each other of spying.'), 'Bolivia', 'ACCUSED', 'Chile')).toBe(true);
    expect(has(run('The armies of Chile and Bolivia shelled each other.'), 'Chile', 'ATTACKED', 'Bolivia')).toBe(true);
  });
  it('gives no membership to a former or would-be member set off', () => {
    expect(has(run('Chile, a former member of the Andean Council, objected.'), 'Chile', 'MEMBER_OF', 'Andean Council')).toBe(false);
    expect(has(run('Ines Paz, Ivo Kask and other former members of the Vega Party resigned.'), 'Ivo Kask', 'MEMBER_OF', 'Vega Party')).toBe(false);
  });
  it('keeps "sanctions against X under President Y" as Y leading X', () => {
    expect(has(run('Sanctions against Bolivia under Ines Paz were tightened.'), 'Ines Paz', 'LEADER_OF', 'Bolivia')).toBe(true);
  });
  it('reads "the country\'s first woman president" with the one state named, but not inside a relative clause', () => {
    expect(has(run("Voters in Bolivia elected Ines Paz as the nation's first female president."), 'Ines Paz', 'PRESIDENT_OF', 'Bolivia')).toBe(true);
    expect(has(run("Chile congratulated Ines Paz, who was sworn in as the nation's first female president."), 'Ines Paz', 'PRESIDENT_OF', 'Chile')).toBe(false);
  });
  it('sums up "the move" over a relative clause in the reacting subject, a time phrase, and joined doers', () => {
    expect(has(run('Ines Paz signed a decree on Monday. Amnesty International, which had accused Chile of abuses, condemned the move.'), 'Amnesty International', 'CRITICIZED', 'Ines Paz')).toBe(true);
    expect(has(run('Ines Paz on Monday signed a decree to free prisoners. Chile welcomed the move.'), 'Chile', 'PRAISED', 'Ines Paz')).toBe(true);
  });
  it('takes "the text of the accord" for the accord', () => {
    expect(has(run('Chile and Bolivia agreed the Putre Accord in May. Ines Paz signed the text of the accord on Friday.'), 'Ines Paz', 'SIGNED', 'Putre Accord')).toBe(true);
  });
  it('keeps two states\' Public Ministries apart', () => {
    const r = run("Chile's Public Ministry charged Ines Paz. Bolivia's Public Ministry said it would investigate Ivo Kask.");
    expect(r.entities.filter((e) => /Public Ministry/.test(e.name))).toHaveLength(2);
  });
  it('gives "Its president" of the sentence before to a state opening it, and to no one after two states', () => {
    expect(has(run('Bolivia, a member of the Andean Council, rejected the plan. Its president, Ines Paz, said so.'), 'Ines Paz', 'PRESIDENT_OF', 'Bolivia')).toBe(true);
    expect(run('Chile and Bolivia signed the accord. Its prime minister, Ines Paz, said so.').relations.some((x) => x.type === 'PRIME_MINISTER_OF')).toBe(false);
  });
  it('types no firm a person by "its main rival" or "leader of the market"', () => {
    expect(entity(run('Vega Energy lost the tender. Its main rival, Andes Power, won it.'), 'Andes Power')?.type === 'Person').toBe(false);
    expect(entity(run('Andes Power, leader of the Peruvian solar market, won the tender.'), 'Andes Power')?.type === 'Person').toBe(false);
  });
});

describe('blasts, "the worst" of a disaster, and "among the first to"', () => {
  it('reads condemnation of "the blasts" after "blew up" as criticism of who blew them up, and no accident as an attack', () => {
    expect(has(run('Bolivia shelled Putre on Monday. Separately, a gas explosion at a plant in Vilca killed three workers. Chile condemned the explosion.'), 'Chile', 'CRITICIZED', 'Bolivia')).toBe(false);
    expect(has(run('Bolivia blew up two bridges on Tuesday. Chile condemned the blasts.'), 'Chile', 'CRITICIZED', 'Bolivia')).toBe(true);
  });
  it('reads no criticism in calling a disaster "the worst"', () => {
    expect(run('The United Nations called the war in Bolivia the worst crisis on the continent.').relations.some((x) => x.type === 'CRITICIZED')).toBe(false);
  });
  it('gives "was among the first to congratulate Y" to the subject', () => {
    expect(has(run('Chilean President Ines Paz was among the first to congratulate Ivo Kask.'), 'Ines Paz', 'PRAISED', 'Ivo Kask')).toBe(true);
  });
});

describe('allies named together, an apposition opposed to a pact, and a bloc\'s partner countries', () => {
  it('reads "X and its ally Y" as cooperation', () => {
    expect(has(run('The Vega Front and its ally the Andes Party backed the budget.'), 'Vega Front', 'COOPERATES_WITH', 'Andes Party')).toBe(true);
  });
  it('reads "X, an extremist opposed to the accord" as opposition', () => {
    expect(has(run('Chile and Bolivia signed the Putre Accord. Olo Venn, a lawmaker opposed to the Putre Accord, resigned.'), 'Olo Venn', 'OPPOSES', 'Putre Accord')).toBe(true);
  });
  it('reads partner countries of a bloc as cooperating with it, no members', () => {
    const r = run('Chile and Ecuador became partner states of the Andean Council on Monday.');
    expect(has(r, 'Chile', 'COOPERATES_WITH', 'Andean Council')).toBe(true);
    expect(has(r, 'Chile', 'MEMBER_OF', 'Andean Council')).toBe(false);
  });
});

describe('borrowing from a lender, and a successor set off', () => {
  it('reads "borrowed $8 billion from the IMF" as the lender\'s aid', () => {
    expect(has(run('Bolivia borrowed $3 billion from the World Bank.'), 'World Bank', 'PROVIDED_AID_TO', 'Bolivia')).toBe(true);
  });
  it('reads "X, successor to the Y" as succession', () => {
    expect(has(run('The Andes Corps, successor to the Vega Brigade, trains the army.'), 'Andes Corps', 'SUCCEEDED', 'Vega Brigade')).toBe(true);
  });
});

describe('a deal named only by a judgement', () => {
  it('makes no treaty of "the worst bargain in history"', () => {
    expect(run('Ines Paz, who called the pact "the worst bargain in history", quit the talks.').entities.some((e) => e.type === 'Treaty')).toBe(false);
  });
});

describe('guards from a third review', () => {
  it('reads "opposed to" only of the name ending the phrase', () => {
    expect(has(run("Ines Paz, the only senator opposed to Bolivia's membership in the Andean Council, resigned."), 'Ines Paz', 'OPPOSES', 'Bolivia')).toBe(false);
  });
  it('reads no cooperation of a former ally, or of an object and the ally after it', () => {
    expect(run('Bolivia and its former ally Chile have drifted apart.').relations.some((x) => x.type === 'COOPERATES_WITH')).toBe(false);
    expect(has(run('Chile struck Bolivia and its ally Ecuador condemned the strikes.'), 'Bolivia', 'COOPERATES_WITH', 'Ecuador')).toBe(false);
  });
  it('reads no succession of a possible successor, and no partnership of firms', () => {
    expect(has(run('Ivo Kask, a possible successor to Ines Paz, visited Putre.'), 'Ivo Kask', 'SUCCEEDED', 'Ines Paz')).toBe(false);
    expect(run('Vega Oil and Andes Mining are partners of the Sendero Group on the project.').relations.some((x) => x.type === 'COOPERATES_WITH' && x.target.includes('sendero'))).toBe(false);
  });
});

describe('signers named around a time phrase, a list, a date and an apposition', () => {
  it('ends a name before "last November"', () => {
    expect(has(run('Ana Ruiz met Ivo Kask last November.'), 'Ana Ruiz', 'MET_WITH', 'Ivo Kask')).toBe(true);
    const r = run('The migrants were held under the Lima Protocol, which Ana Ruiz signed with Ivo Kask last November.');
    expect(has(r, 'Ivo Kask', 'SIGNED', 'Lima Protocol')).toBe(true);
  });
  it('reads "signed T alongside Y" as both signing, not "fought alongside Y"', () => {
    expect(has(run('Ivo Kask signed the Andes Gas Accord alongside Chilean Oil Minister Karl Borg in Lima.'), 'Karl Borg', 'SIGNED', 'Andes Gas Accord')).toBe(true);
    expect(has(run('Peru sanctioned Chile alongside the Vega Front.'), 'Vega Front', 'SANCTIONED', 'Chile')).toBe(false);
    expect(has(run('Peruvian troops fought alongside Bolivian forces against the Vega Front.'), 'Peru', 'COOPERATES_WITH', 'Bolivia')).toBe(true);
  });
  it('reads a list of names after "the pact" as the subject of a relative with no relative word', () => {
    const r = run('Britain joined the Andes Security Accord, the pact Peru and Ecuador concluded in Quito in 2019.');
    expect(has(r, 'Peru', 'SIGNED', 'Andes Security Accord')).toBe(true);
    expect(has(r, 'Ecuador', 'SIGNED', 'Andes Security Accord')).toBe(true);
  });
  it('reads "T, signed on May 3, 2011, by X and Y" over the commas of the date', () => {
    const r = run('The Putre Accord, signed on May 3, 2011, by Peru and Chile, closed a long quarrel.');
    expect(has(r, 'Peru', 'SIGNED', 'Putre Accord')).toBe(true);
    expect(has(r, 'Chile', 'SIGNED', 'Putre Accord')).toBe(true);
  });
  it('reads a "by" list over an office set off after a name, and no signer of a trailing description\'s possessor', () => {
    const r = run('The Lima Accord was signed by Ana Ruiz, secretary of the Andean Council, and Ivo Kask.');
    expect(has(r, 'Ivo Kask', 'SIGNED', 'Lima Accord')).toBe(true);
    const s = run("The Lima Accord was signed by Ivo Kask and Karl Borg, Bolivia's top diplomat.");
    expect(has(s, 'Karl Borg', 'SIGNED', 'Lima Accord')).toBe(true);
    expect(has(s, 'Bolivia', 'SIGNED', 'Lima Accord')).toBe(false);
    expect(has(run("Peru sanctioned Ivo Kask and Karl Borg, Bolivia's mining chief."), 'Peru', 'SANCTIONED', 'Bolivia')).toBe(false);
  });
  it('keeps the state of an envoy summoned to hear a protest', () => {
    expect(has(run("Peru summoned Karl Borg, Chile's ambassador in Lima, to protest against the raid."), 'Peru', 'PROTESTED', 'Chile')).toBe(true);
  });
});

describe('talks hosted by a third side', () => {
  it('reads "agreed … after talks hosted by Z" as Z mediating between the subject\'s sides', () => {
    const r = run('Peru and Bolivia agreed to resume normal diplomatic ties after negotiations hosted by Chile in Arica.');
    expect(has(r, 'Chile', 'MEDIATED', 'Peru')).toBe(true);
    expect(has(r, 'Chile', 'MEDIATED', 'Bolivia')).toBe(true);
    expect(has(run('The Vega Front has agreed a ceasefire with Peru after talks hosted by Chile.'), 'Chile', 'MEDIATED', 'Vega Front')).toBe(true);
  });
  it('reads no mediation of talks hosted for one side, or between one state\'s own factions', () => {
    expect(run('Peru attended talks hosted by Chile in Arica.').relations.some((x) => x.type === 'MEDIATED')).toBe(false);
    expect(run("Talks between Peru's rival factions hosted by Chilean envoy Ana Ruiz broke down.").relations.some((x) => x.type === 'MEDIATED')).toBe(false);
  });
});

describe('names of bodies, meetings and states', () => {
  it('keeps "All" opening a party\'s name, and a treaty named by what it is for', () => {
    const r = run("Karl Borg, leader of the All Andean Congress, signed the Agreement for National Concord on Monday.");
    expect(entity(r, 'All Andean Congress')?.type).toBe('Organization');
    expect(entity(r, 'Agreement for National Concord')?.type).toBe('Treaty');
    expect(has(r, 'Karl Borg', 'SIGNED', 'Agreement for National Concord')).toBe(true);
    expect(entity(run('All European Union members agreed.'), 'European Union')).toBeDefined();
  });
  it('reads "Conference on X for Y" as one meeting', () => {
    const r = run('Ana Ruiz spoke at the Third International Conference on Water for Peace in Lima.');
    expect(entity(r, 'Third International Conference on Water for Peace')?.type).toBe('Event');
    expect(r.entities.some((e) => e.name === 'Peace' || e.name === 'Water')).toBe(false);
  });
  it('types the Soviet Union as a state, and its demonym as it', () => {
    const r = run('Soviet troops entered Hungary in 1956, and the Soviet Union stayed until 1991.');
    expect(entity(r, 'Soviet Union')?.type).toBe('Country');
    expect(has(r, 'Soviet Union', 'DEPLOYED_TO', 'Hungary')).toBe(true);
  });
  it('keeps a rank closing a given name as a surname', () => {
    const r = run('Ivo Kask signed alongside Ana Ruiz, Karl Major and Olo Venn.');
    expect(entity(r, 'Karl Major')?.type).toBe('Person');
    expect(r.entities.some((e) => e.name === 'Karl')).toBe(false);
  });
});

describe('surnames that are other words, and names that are no entity', () => {
  it('keeps a month or weekday closing a given name as a surname', () => {
    expect(entity(run('The deal was struck by Ines May in 2018.'), 'Ines May')?.type).toBe('Person');
    expect(entity(run('Karl Friday, the opposition leader, was sworn in on Friday.'), 'Karl Friday')?.type).toBe('Person');
    expect(run('Peru voted in May and Chile in June.').entities.some((e) => e.type === 'Person')).toBe(false);
  });
  it('types a given name and surnames after a title as a person, whatever word ends them', () => {
    expect(entity(run('Former president Ana Kofi Mills died in 2012.'), 'Ana Kofi Mills')?.type).toBe('Person');
  });
  it('types a party "of" a place ending in a place word as a body', () => {
    expect(entity(run('The Popular Party of the Vilca Coast boycotted the ballot.'), 'Popular Party of the Vilca Coast')?.type).toBe('Organization');
  });
  it('makes no entity of a law', () => {
    const r = run('Washington suspended the Vilca Act sanctions on Peru.');
    expect(r.entities.some((e) => e.name.includes('Act'))).toBe(false);
  });
});

describe('a setting that names the state, and a guest hosted in a place', () => {
  it('ties a bare title to the state an opening "In X," sets the sentence in', () => {
    const r = run('In neighbouring Chile, President Ivo Kask accused Lima of stoking a military build-up.');
    expect(has(r, 'Ivo Kask', 'PRESIDENT_OF', 'Chile')).toBe(true);
    expect(has(r, 'Ivo Kask', 'PRESIDENT_OF', 'Peru')).toBe(false);
    expect(has(run('Germany pledged aid to Ukraine, Defence Minister Karl Borg announced in Berlin.'), 'Karl Borg', 'MINISTER_OF', 'Germany')).toBe(true);
  });
  it('reads "hosted X in <place>" as X visiting it, not an award received there', () => {
    expect(has(run('Peruvian President Ana Ruiz hosted Chilean President Ivo Kask in Cusco on Monday.'), 'Ivo Kask', 'VISITED', 'Cusco')).toBe(true);
    expect(run('Ana Ruiz received an award in Arica.').relations.some((x) => x.type === 'VISITED')).toBe(false);
  });
});

describe('clashes, and a verb after a plural subject', () => {
  it('reads a clash as an attack each way, between coordinated forces too, but not a clash "over" a matter', () => {
    const r = run('Chilean troops and Bolivian forces clashed on Friday outside Putre.');
    expect(has(r, 'Chile', 'ATTACKED', 'Bolivia')).toBe(true);
    expect(has(r, 'Bolivia', 'ATTACKED', 'Chile')).toBe(true);
    expect(has(run('Chilean troops clashed with Bolivian forces on Tuesday.'), 'Bolivia', 'ATTACKED', 'Chile')).toBe(true);
    expect(run('Chile clashed with Bolivia over water rights at the talks.').relations.some((x) => x.type === 'ATTACKED')).toBe(false);
    expect(run('Peru and Chile clashed over fishing rights.').relations.some((x) => x.type === 'ATTACKED')).toBe(false);
  });
  it('reads "troops fight X" as a verb after the plural, not "arms supply"', () => {
    expect(has(run('Kenyan troops fight the Vega Front in Putre.'), 'Kenya', 'ATTACKED', 'Vega Front')).toBe(true);
    expect(has(run('Bolivia, whose soldiers fight Vega Front gunmen in Putre, urged calm.'), 'Bolivia', 'ATTACKED', 'Vega Front')).toBe(true);
    expect(run('The arms supply the Vega Front received was large.').relations.some((x) => x.type === 'SUPPLIED')).toBe(false);
  });
});

describe('guards from a review of this round', () => {
  it('keeps the state of a named envoy expelled or summoned, and drops a firm\'s owner described after it', () => {
    expect(has(run("Peru summoned Karl Borg, Chile's ambassador in Lima, over the raid."), 'Peru', 'PROTESTED', 'Chile')).toBe(true);
    expect(has(run("Peru expelled Ivo Kask and Karl Borg, Chile's consul in Arica."), 'Peru', 'EXPELLED', 'Chile')).toBe(true);
    expect(has(run("Britain has sanctioned Vega Shipping, Peru's state-run shipper, but sales grew."), 'United Kingdom', 'SANCTIONED', 'Peru')).toBe(false);
  });
  it('makes no co-agent of weapons, local forces or a colleague "alongside"', () => {
    expect(has(run('Chile attacked Putre with missiles alongside Peruvian drones.'), 'Peru', 'ATTACKED', 'Putre')).toBe(false);
    expect(has(run('Chile deployed troops to Putre alongside Peruvian forces.'), 'Peru', 'DEPLOYED_TO', 'Putre')).toBe(false);
    expect(has(run("Ivo Kask served as Peru's defence minister alongside President Ana Ruiz."), 'Ana Ruiz', 'MINISTER_OF', 'Peru')).toBe(false);
  });
  it('makes no mediator of a host of allies\' talks, or of talks refused or to come', () => {
    expect(run('Britain and France joined talks hosted by the United States on Peru.').relations.some((x) => x.type === 'MEDIATED')).toBe(false);
    expect(run('Peru and Bolivia did not attend talks hosted by Chile.').relations.some((x) => x.type === 'MEDIATED')).toBe(false);
    expect(run('Peru and Bolivia will hold talks hosted by Chile next month.').relations.some((x) => x.type === 'MEDIATED')).toBe(false);
    expect(run('Peru restored power to Arica after a deal brokered by Chile.').relations.some((x) => x.type === 'MEDIATED')).toBe(false);
  });
  it('reads "All" at a sentence start, and a weekday after a royal name, as no part of a name', () => {
    expect(entity(run('All National Assembly members voted for the bill.'), 'National Assembly')).toBeDefined();
    expect(entity(run('King Karl Friday hosted Chilean President Ana Ruiz.'), 'Karl Friday')).toBeUndefined();
  });
  it('keeps standing conferences out of the meeting rule, and a body after a title and a name a body', () => {
    expect(run('Kazakhstan chairs the Conference on Interaction and Confidence-Building Measures in Asia.').entities.some((e) => e.type === 'Event')).toBe(false);
    expect(entity(run('President Ana Ruiz Garcia Foundation was launched.'), 'Ana Ruiz Garcia Foundation')?.type).toBe('Organization');
  });
  it('keeps a phrase "the last March talks" whole, and reads "Yugoslav" as a demonym', () => {
    expect(has(run('Peru and Chile held the last March talks in Lima.'), 'Peru', 'NEGOTIATED_WITH', 'Chile')).toBe(true);
    expect(has(run('Yugoslav troops entered Kosovo in 1999.'), 'Yugoslavia', 'DEPLOYED_TO', 'Kosovo')).toBe(true);
  });
});

describe('a text just enacted, and its enacter', () => {
  it('reads "the bill", "the law" and "the vote" after a legislature passed a bill as the legislature\'s act', () => {
    expect(has(run("Peru's Congress passed the bill on Monday. Ivo Kask condemned the vote."), 'Ivo Kask', 'CRITICIZED', 'Congress')).toBe(true);
    expect(has(run("Peru's Congress passed the bill on Monday. Chile welcomed the law."), 'Chile', 'PRAISED', 'Congress')).toBe(true);
  });
  it('reads "X\'s cabinet approved …" as X enacting it, one sentence apart too', () => {
    expect(has(run("Peru's cabinet approved a law banning imports from Chile. Chile condemned the measure."), 'Chile', 'CRITICIZED', 'Peru')).toBe(true);
    const r = run("Peru's cabinet on Friday approved a draft law barring Chilean fruit. Ana Ruiz said the text would go to a committee. Chile condemned the measure.");
    expect(has(r, 'Chile', 'CRITICIZED', 'Peru')).toBe(true);
    expect(run('Peru and Chile held talks on Monday. Ivo Kask condemned the law.').relations.some((x) => x.type === 'CRITICIZED')).toBe(false);
  });
});

describe('a judgment welcomed, and an election lost to the winner', () => {
  it('reads "welcomed the judgment" as praise of the court that gave it', () => {
    expect(has(run("The Lima High Court threw out the widow's petition on Monday. Karl Borg welcomed the judgment."), 'Karl Borg', 'PRAISED', 'Lima High Court')).toBe(true);
  });
  it('reads "lost the election in X to Y" as X electing Y, and nothing of a loss to no one', () => {
    expect(has(run('Ivo Kask lost the presidential election in Chile to Ana Ruiz.'), 'Chile', 'ELECTED', 'Ana Ruiz')).toBe(true);
    expect(run('Ivo Kask lost the presidential election in Chile.').relations.some((x) => x.type === 'ELECTED')).toBe(false);
  });
});

describe('a state electing the holder of its elected office', () => {
  it('reads a president "sworn in after an election", one who "won the election" and one "who was elected" as elected by the state', () => {
    expect(has(run("Ana Ruiz was sworn in as Peru's president on Monday after an election fought over prices."), 'Peru', 'ELECTED', 'Ana Ruiz')).toBe(true);
    expect(has(run("President Ivo Kask of Chile spoke on Monday. Kask, who was elected in 2021, is a former banker."), 'Chile', 'ELECTED', 'Ivo Kask')).toBe(true);
    expect(has(run("Ivo Kask is Chile's president. Kask won the 2019 presidential election by a wide margin."), 'Chile', 'ELECTED', 'Ivo Kask')).toBe(true);
  });
  it('reads no election by the state of one a legislature elected, one sworn in as prime minister, or one near a party that won', () => {
    expect(has(run("Peru's Congress elected Ana Ruiz as prime minister late on Wednesday after a general vote."), 'Peru', 'ELECTED', 'Ana Ruiz')).toBe(false);
    expect(has(run("Ana Ruiz was sworn in as Peru's prime minister in March, long after the federal vote."), 'Peru', 'ELECTED', 'Ana Ruiz')).toBe(false);
    expect(has(run("Ana Ruiz, Peru's president, leads the Vega Party, which won a majority of seats in the April general vote."), 'Peru', 'ELECTED', 'Ana Ruiz')).toBe(false);
  });
});

describe('a bare name typed by a pronoun further on', () => {
  it('types a name as a person by a "him" later in its sentence, with no other name between', () => {
    expect(entity(run('Olo Venn Tamsa sat in a crowded jail for many long weeks until the ballot that made him president of Peru.'), 'Olo Venn Tamsa')?.type).toBe('Person');
  });
});

describe('guards from a second review of this round', () => {
  it('keeps an act before "last Sunday morning" or "last Friday afternoon"', () => {
    expect(has(run('Peru attacked Arica last Sunday morning.'), 'Peru', 'ATTACKED', 'Arica')).toBe(true);
    expect(has(run('Ana Ruiz met Ivo Kask last Friday afternoon in Lima.'), 'Ana Ruiz', 'MET_WITH', 'Ivo Kask')).toBe(true);
  });
  it('elects no one by a vote for another post, a legislature, another person or a speech after an election', () => {
    expect(has(run("Ivo Kask, Chile's president, was elected to parliament in 2015."), 'Chile', 'ELECTED', 'Ivo Kask')).toBe(false);
    expect(has(run("Ivo Kask is Chile's president. Kask was elected president of the Andean Council in 2014."), 'Chile', 'ELECTED', 'Ivo Kask')).toBe(false);
    expect(has(run("Ivo Kask, Chile's president, was elected by parliament in June."), 'Chile', 'ELECTED', 'Ivo Kask')).toBe(false);
    expect(has(run('President Ivo Kask of Chile congratulated Ana Ruiz, who was elected on Thursday.'), 'Chile', 'ELECTED', 'Ivo Kask')).toBe(false);
    expect(has(run("Ivo Kask is Chile's president. Kask won the Santiago mayoral election in 2018."), 'Chile', 'ELECTED', 'Ivo Kask')).toBe(false);
    expect(has(run("Ivo Kask, Chile's president, made a speech after the election."), 'Chile', 'ELECTED', 'Ivo Kask')).toBe(false);
    expect(has(run("Chile's newly elected President Ivo Kask hosted Ana Ruiz in Santiago."), 'Chile', 'ELECTED', 'Ivo Kask')).toBe(true);
  });
  it('reads no attack into a clash at a summit, between people or between fans', () => {
    expect(run('Peru and Chile clashed at the Andean Council summit on Thursday.').relations.some((x) => x.type === 'ATTACKED')).toBe(false);
    expect(run('Peru and Chile clashed publicly over the killing of a fisherman.').relations.some((x) => x.type === 'ATTACKED')).toBe(false);
    expect(run('Fans of Vega United and Andes City clashed in Lima.').relations.some((x) => x.type === 'ATTACKED')).toBe(false);
    expect(has(run('Peru and Chile clashed on their border in May, killing a Chilean soldier.'), 'Chile', 'ATTACKED', 'Peru')).toBe(true);
  });
  it('ties no visitor to the state an opening "In X," names', () => {
    expect(has(run('In Chile, President Ivo Kask visited Santiago.'), 'Ivo Kask', 'PRESIDENT_OF', 'Chile')).toBe(false);
    expect(has(run('In China, President Ivo Kask urged Ana Ruiz to press Russia.'), 'Ivo Kask', 'PRESIDENT_OF', 'China')).toBe(false);
  });
  it('makes no visitor of a guest at home or held', () => {
    expect(run('Ana Ruiz received opposition leader Ivo Kask in Lima on Tuesday.').relations.some((x) => x.type === 'VISITED')).toBe(false);
    expect(run('A penal colony received Ivo Kask in Putre in December.').relations.some((x) => x.type === 'VISITED')).toBe(false);
  });
  it('reads "the law of …" as no text just enacted, and a legislature\'s law as its state\'s act', () => {
    expect(run("Peru's Congress passed a fishing bill. Chile defended the law of the sea.").relations.some((x) => x.type === 'SUPPORTED')).toBe(false);
    expect(has(run("Peru's parliament passed a law on Monday. The Andean Council criticised the law."), 'Andean Council', 'CRITICIZED', 'Peru')).toBe(true);
  });
});

describe('succession in place of another, and a relative after a participle\'s agent', () => {
  it('reads "swore in X as president in place of Y" and "was sworn in … in place of Y" as succession', () => {
    expect(has(run("Ana Ruiz swore in General Ivo Kask as head of the navy in place of Karl Borg."), 'Ivo Kask', 'SUCCEEDED', 'Karl Borg')).toBe(true);
    expect(has(run('General Ivo Kask was sworn in on Sunday as interim leader in place of Karl Borg.'), 'Ivo Kask', 'SUCCEEDED', 'Karl Borg')).toBe(true);
    expect(run('The legislature swore in Ivo Kask as president in Lima.').relations.some((x) => x.type === 'SUCCEEDED')).toBe(false);
  });
  it('reads a restrictive "that" after a participle\'s agent as what the participle describes when that names an actor, else as the agent', () => {
    expect(has(run("The Vega Corps, a unit run by Peru's interior ministry that attacked the Andes Group, trains police."), 'Vega Corps', 'ATTACKED', 'Andes Group')).toBe(true);
    expect(has(run('Chile dismissed a statement issued by Peru that accused Santiago of spying.'), 'Peru', 'ACCUSED', 'Chile')).toBe(true);
    expect(has(run("Peru backed Chile's plan, a move criticised by Bolivia, which supports the Vega Front."), 'Bolivia', 'SUPPORTED', 'Vega Front')).toBe(true);
  });
});

describe('guards from a third review of this round', () => {
  it('reads re-election to a term, election as president or by a landslide, and winning a majority as the state electing', () => {
    expect(has(run("Ivo Kask is Chile's president. Kask was re-elected to a second term in 2022."), 'Chile', 'ELECTED', 'Ivo Kask')).toBe(true);
    expect(has(run("Ivo Kask is Chile's president. Kask was elected by a landslide in 2022."), 'Chile', 'ELECTED', 'Ivo Kask')).toBe(true);
    expect(has(run("Ivo Kask is Chile's president. Kask won a majority in the election."), 'Chile', 'ELECTED', 'Ivo Kask')).toBe(true);
  });
  it('reads no election by the state from a vote for the senate, a budget, a party post or a chamber', () => {
    expect(has(run("Ivo Kask, Chile's president, won the Senate election in 2014."), 'Chile', 'ELECTED', 'Ivo Kask')).toBe(false);
    expect(has(run("Ivo Kask, Chile's prime minister, won the vote on the budget in parliament."), 'Chile', 'ELECTED', 'Ivo Kask')).toBe(false);
    expect(has(run("Ivo Kask, Chile's president, won re-election as leader of the Vega Party."), 'Chile', 'ELECTED', 'Ivo Kask')).toBe(false);
    expect(has(run("Ivo Kask, Chile's president, was elected in 2014 to the Chamber of Deputies."), 'Chile', 'ELECTED', 'Ivo Kask')).toBe(false);
  });
  it('reads a clash of two states as an attack each way with no other cue, but not one at a council', () => {
    expect(has(run('Peru and Chile clashed in the Lauca valley in 2020.'), 'Chile', 'ATTACKED', 'Peru')).toBe(true);
    expect(run('Peru and Chile clashed at the Andean Council.').relations.some((x) => x.type === 'ATTACKED')).toBe(false);
    expect(has(run('Peruvian troops and the Vega Front clashed in Putre, where thousands of students were trapped.'), 'Vega Front', 'ATTACKED', 'Peru')).toBe(true);
  });
  it('credits no appointer with a succession, nor the one who swears in with the place given', () => {
    expect(run('Ana Ruiz appointed Ivo Kask foreign minister in place of Karl Borg.').relations.some((x) => x.type === 'SUCCEEDED' && x.source === run('Ana Ruiz appointed Ivo Kask foreign minister in place of Karl Borg.').entities.find((e) => e.name === 'Ana Ruiz')?.id)).toBe(false);
    expect(run('King Karl Olsen swore in Ivo Kask in his place.').relations.some((x) => x.type === 'SUCCEEDED')).toBe(false);
  });
  it('keeps a law condemned "on Wednesday" the act of whoever adopted it, and merges a particle surname into its full name', () => {
    expect(has(run("Peru's government adopted the media bill. The Andean Council condemned the bill on Wednesday."), 'Andean Council', 'CRITICIZED', 'Peru')).toBe(true);
    const r = run('Chilean President Karl Van der Berg met Ana Ruiz. Van der Berg said the talks were good.');
    expect(r.entities.filter((e) => e.type === 'Person' && e.name.includes('Van der Berg'))).toHaveLength(1);
  });
  it('types no name as a person by a pronoun far off when a person is named before it', () => {
    expect(entity(run('Ana Ruiz said Vega Water would not be sold despite its debts of many billions of dollars, a position that his ministers defended.'), 'Vega Water')?.type).not.toBe('Person');
  });
});

describe('truces, own sides, dismissals and heads of state (stop 41)', () => {
  it('reads no ceasefire from a truce in a trade war, a tariff truce or one over tariffs, but one in a border war', () => {
    expect(run('Karl Borg and Ivo Kask agreed on Thursday to a one-year truce in their trade war.').relations.some((x) => x.type === 'AGREED_CEASEFIRE_WITH')).toBe(false);
    expect(run('Chile and Peru agreed to a tariff truce on Monday.').relations.some((x) => x.type === 'AGREED_CEASEFIRE_WITH')).toBe(false);
    expect(run('Chile and Peru agreed a truce over tariffs.').relations.some((x) => x.type === 'AGREED_CEASEFIRE_WITH')).toBe(false);
    expect(has(run('Chile and Peru agreed to a truce in the border war on Monday.'), 'Chile', 'AGREED_CEASEFIRE_WITH', 'Peru')).toBe(true);
  });
  it('gives a truce two named subjects agreed to them, not to the sides of the war a later "between" names', () => {
    const r = run("Chile's President Karl Borg and Peru's President Ivo Kask agreed on Thursday to a truce in the war between Chile and Peru.");
    expect(has(r, 'Karl Borg', 'AGREED_CEASEFIRE_WITH', 'Ivo Kask')).toBe(true);
    expect(has(r, 'Karl Borg', 'AGREED_CEASEFIRE_WITH', 'Peru')).toBe(false);
    expect(has(r, 'Ivo Kask', 'AGREED_CEASEFIRE_WITH', 'Chile')).toBe(false);
    expect(has(run('Chile agreed to a truce in the war between Chile and the Vega Front.'), 'Chile', 'AGREED_CEASEFIRE_WITH', 'Vega Front')).toBe(true);
  });
  it('has no one mediate for, meet or agree a truce with the state they hold office in', () => {
    const r = run("Chile's President Karl Borg brokered an accord between Chile and the Vega Front.");
    expect(has(r, 'Karl Borg', 'MEDIATED', 'Chile')).toBe(false);
    expect(has(r, 'Karl Borg', 'MEDIATED', 'Vega Front')).toBe(true);
  });
  it('reads "President X replaced Finance Minister Y" as no succession, but "replaced Y as …" and "succeeded" as one', () => {
    const r = run("Chile's President Karl Borg replaced Finance Minister Ana Ruiz on Monday, a month after strikes.");
    expect(r.relations.some((x) => x.type === 'SUCCEEDED')).toBe(false);
    expect(has(r, 'Ana Ruiz', 'PRESIDENT_OF', 'Chile')).toBe(false);
    expect(has(run('Vega Party leader Ivo Kask, who replaced Prime Minister Ana Ruiz as party head in May, spoke.'), 'Ivo Kask', 'SUCCEEDED', 'Ana Ruiz')).toBe(true);
    expect(has(run('Vega Party leader Ivo Kask, who succeeded interim Prime Minister Ana Ruiz as party chief in May, spoke.'), 'Ivo Kask', 'SUCCEEDED', 'Ana Ruiz')).toBe(true);
    expect(has(run('Foreign Minister Ivo Kask replaced Foreign Minister Ana Ruiz in May.'), 'Ivo Kask', 'SUCCEEDED', 'Ana Ruiz')).toBe(true);
  });
  it('ties no bare king to a state whose president the sentence names', () => {
    const r = run('The report mentioned Peru only once, and its President Ivo Kask went to a banquet given by King Karl Olsen instead of the plenary.');
    expect(has(r, 'Ivo Kask', 'PRESIDENT_OF', 'Peru')).toBe(true);
    expect(has(r, 'Karl Olsen', 'LEADER_OF', 'Peru')).toBe(false);
  });
  it('makes no event of a visit or a crackdown someone made, and keeps the visit', () => {
    const r = run("Chile's President Karl Borg met Ana Ruiz. The agreement, signed during Borg's maiden official visit to Lima after his inauguration in May, is the first such treaty.");
    expect(r.entities.some((e) => e.type === 'Event')).toBe(false);
    expect(has(r, 'Karl Borg', 'VISITED', 'Lima')).toBe(true);
    expect(run("Chile's President Karl Borg defended his immigration crackdown on Monday.").entities.some((e) => e.type === 'Event')).toBe(false);
  });
});

describe('city offices, institutions and subject pronouns (stop 41)', () => {
  it('reads a capital before "mayor" as the city its mayor heads, not the state', () => {
    const r = run('Bucharest Mayor Karl Borg won the vote.');
    expect(has(r, 'Karl Borg', 'HEAD_OF', 'Bucharest')).toBe(true);
    expect(r.relations.some((x) => x.type === 'OFFICIAL_OF')).toBe(false);
    expect(has(run("Karl Borg, Lima's mayor, spoke."), 'Karl Borg', 'HEAD_OF', 'Lima')).toBe(true);
    expect(entity(run('Lima said on Monday it would expel the envoy.'), 'Peru')?.type).toBe('Country');
  });
  it('keeps a mayor\'s party his own, not a body he heads, and the name before it no body', () => {
    const r = run('Lima Mayor Karl Borg of the Vega Party lost the run-off to Ivo Kask.');
    expect(entity(r, 'Karl Borg')?.type).toBe('Person');
    expect(has(r, 'Karl Borg', 'MEMBER_OF', 'Vega Party')).toBe(true);
    expect(has(r, 'Karl Borg', 'HEAD_OF', 'Vega Party')).toBe(false);
    expect(has(run('Mayor Karl Borg of the Vega Coalition spoke.'), 'Karl Borg', 'HEAD_OF', 'Vega Coalition')).toBe(false);
    expect(has(run('Governor Karl Borg of the Central Bank spoke.'), 'Karl Borg', 'HEAD_OF', 'Central Bank')).toBe(true);
  });
  it('reads a place joined by "and" to words an institution closes as one name', () => {
    const r = run('Ana Ruiz visited the Lima and Callao Museum on Monday.');
    expect(entity(r, 'Lima and Callao Museum')?.type).toBe('Place');
    expect(entity(r, 'Peru')).toBeUndefined();
  });
  it('takes a subject "he" for the subject of the sentence before, past an opening clause and a "by" phrase', () => {
    expect(has(run('Ivo Kask beat Karl Borg in the run-off. He will replace Ana Ruiz in August.'), 'Ivo Kask', 'SUCCEEDED', 'Ana Ruiz')).toBe(true);
    expect(has(run('When Karl Borg declared martial law, Ivo Kask was among the lawmakers who voted it down. Months later he signed the Vilca Accord.'), 'Ivo Kask', 'SIGNED', 'Vilca Accord')).toBe(true);
    expect(has(run('The two prisoners were released under a pardon signed by departing President Karl Borg, whom Ivo Kask succeeded in April. He named Ana Ruiz prime minister in his first week.'), 'Ivo Kask', 'APPOINTED', 'Ana Ruiz')).toBe(true);
  });
  it('reads a name after "the party" that a verb follows as the subject of a relative clause, not the party', () => {
    const r = run('President Ivo Kask spoke on Monday. The party Kask created and heads won the vote.');
    expect(entity(r, 'Kask')).toBeUndefined();
    expect(entity(r, 'Ivo Kask')?.type).toBe('Person');
    expect(entity(run("Chile's ruling party Vega won the vote."), 'Vega')?.type).toBe('Organization');
  });
  it('makes a sentence-opening "He" a mention of the subject of the sentence before when it names several people', () => {
    const r = run("When Karl Borg declared martial law, Ivo Kask was among the lawmakers who voted it down. He later won a ballot, which made him Chile's president.");
    expect(has(r, 'Ivo Kask', 'PRESIDENT_OF', 'Chile')).toBe(true);
    expect(has(r, 'Karl Borg', 'PRESIDENT_OF', 'Chile')).toBe(false);
  });
});

describe('guards from the first review of stop 41', () => {
  it('takes no one inside a quote, a possessor or the "of" of a title for the subject a later "he" goes on from', () => {
    expect(has(run('"Karl Borg betrayed us," Ivo Kask said on Monday. He later met Omar Vidal in Lima.'), 'Ivo Kask', 'MET_WITH', 'Omar Vidal')).toBe(true);
    expect(has(run("Ivo Kask's ally Karl Borg won the seat in Lima. He will meet Omar Vidal on Friday."), 'Karl Borg', 'MET_WITH', 'Omar Vidal')).toBe(true);
    expect(has(run('Minister of Finance Karl Borg criticised Ivo Kask on Monday. He later met Omar Vidal.'), 'Karl Borg', 'MET_WITH', 'Omar Vidal')).toBe(true);
    expect(has(run('"Ivo Kask must go," said Karl Borg, the opposition leader. He is a member of the Vega Party.'), 'Karl Borg', 'MEMBER_OF', 'Vega Party')).toBe(true);
  });
  it('reads no opening phrase into a sentence whose first comma follows its verb', () => {
    expect(has(run('On Monday Karl Borg met Ivo Kask, who heads the Vega Party. He then visited Quito.'), 'Karl Borg', 'VISITED', 'Quito')).toBe(true);
  });
  it('joins a place and an institution into one name only after "the", with its "of" phrase', () => {
    const r = run('Karl Borg will visit Tokyo and Kyoto University next week.');
    expect(entity(r, 'Kyoto University')?.type).toBe('Organization');
    expect(r.entities.some((e) => e.name.startsWith('Tokyo and'))).toBe(false);
    expect(entity(run('The Lima and Callao Institute of Tropical Medicine hired Ana Ruiz.'), 'Lima and Callao Institute of Tropical Medicine')?.type).toBe('Organization');
  });
  it('keeps negotiations and a crackdown named by their place as events', () => {
    expect(entity(run('Iran and the United States resumed the Vienna negotiations on Monday.'), 'Vienna negotiations')?.type).toBe('Event');
    expect(has(run('Karl Borg condemned the Hong Kong crackdown.'), 'Karl Borg', 'CRITICIZED', 'Hong Kong crackdown')).toBe(true);
  });
  it('gives no mayor the headship of a party named before a lower-case "party"', () => {
    expect(has(run("Buenos Aires Mayor Karl Borg of the PRO party met Argentina's President Ivo Kask."), 'Karl Borg', 'HEAD_OF', 'PRO')).toBe(false);
  });
  it('keeps a succession between other offices when the one who replaced appoints no one', () => {
    expect(has(run('Army chief General Karl Borg replaced Defence Minister Ivo Kask, who resigned on Monday.'), 'Karl Borg', 'SUCCEEDED', 'Ivo Kask')).toBe(true);
    expect(has(run('Prime Minister Karl Borg replaced Defence Minister Ana Ruiz in a reshuffle.'), 'Karl Borg', 'SUCCEEDED', 'Ana Ruiz')).toBe(false);
  });
  it('has a gerund after a comma go on from the finite verb, past an infinitive whose subject is a noun before it', () => {
    expect(has(run('Karl Borg was among the first envoys to greet the outcome, commending Ivo Kask on social media.'), 'Karl Borg', 'PRAISED', 'Ivo Kask')).toBe(true);
    expect(has(run('Karl Borg urged Peru to sign the deal, accusing Ivo Kask of delays.'), 'Karl Borg', 'ACCUSED', 'Ivo Kask')).toBe(true);
  });
  it('reads a name after "the party" with a verb of leading or founding and no object as the verb\'s subject', () => {
    const r = run('Prime Minister Ivo Kask spoke on Monday. Ana Ruiz won 49% against Karl Borg of the Vega Coalition, the party Kask leads.');
    expect(entity(r, 'Kask')).toBeUndefined();
    expect(entity(r, 'Ivo Kask')?.type).toBe('Person');
  });
  it('keeps a state\'s treasury one body with the state written before it', () => {
    const r = run("The Australian Treasury and Chile's central bank signed a swap agreement.");
    expect(has(r, 'Australian Treasury', 'PART_OF', 'Australia')).toBe(true);
    expect(entity(r, 'Treasury')).toBeUndefined();
  });
  it('reads a people\'s noun that is no adjective ("Icelanders", "Danes", "Britons") as its state', () => {
    expect(has(run('Icelanders elected Ana Ruiz in 1980.'), 'Iceland', 'ELECTED', 'Ana Ruiz')).toBe(true);
    expect(has(run('Danes elected Karl Borg in 2019.'), 'Denmark', 'ELECTED', 'Karl Borg')).toBe(true);
  });
  it('reads a monastery after its place as one place', () => {
    const r = run('Ana Ruiz visited Montserrat Monastery near Barcelona.');
    expect(has(r, 'Ana Ruiz', 'VISITED', 'Montserrat Monastery')).toBe(true);
  });
  it('drops an act on one\'s own state only for an office its own sentence tells', () => {
    expect(has(run("Karl Borg served as Chile's foreign minister under Ivo Kask. Now a UN envoy, Borg met Chile's President Ana Ruiz and negotiated with Chile over refugees."), 'Karl Borg', 'NEGOTIATED_WITH', 'Chile')).toBe(true);
  });
});

describe('guards from the second review of stop 41', () => {
  it('keeps "Castle" a surname after a given name or a title', () => {
    const r = run('Ana Ruiz met Ivo Castle, Peru\'s foreign minister, in Lima.');
    expect(entity(r, 'Ivo Castle')?.type).toBe('Person');
    expect(has(r, 'Ana Ruiz', 'MET_WITH', 'Ivo Castle')).toBe(true);
  });
  it('keeps a body named after "the party" that opens its clause, whatever verb follows', () => {
    expect(entity(run('The party Vega leads, polls show. Its leader Ana Ruiz is expected to become prime minister.'), 'Vega')?.type).toBe('Organization');
    expect(entity(run('The party Vega joined, giving Karl Borg a majority in parliament.'), 'Vega')?.type).toBe('Organization');
  });
  it('gives a succession after "hired X to run …" to the one hired', () => {
    const r = run('Karl Borg hired Ana Ruiz to run Andes Mining, replacing Ivo Kask.');
    expect(has(r, 'Ana Ruiz', 'SUCCEEDED', 'Ivo Kask')).toBe(true);
    expect(has(r, 'Karl Borg', 'SUCCEEDED', 'Ivo Kask')).toBe(false);
  });
  it('reads "Treasury bonds" as paper, not a body', () => {
    expect(run('Yields on Treasury bonds rose after the Fed meeting.').entities.some((e) => /Treasury/.test(e.name))).toBe(false);
    expect(run('Investors sold U.S. Treasury bonds as Ana Ruiz spoke.').entities.some((e) => /Treasury/.test(e.name))).toBe(false);
  });
  it('reads "calling it too low" as a judgement, no phone call', () => {
    expect(run('Ana Ruiz rejected a bid by Karl Borg to buy Andes Mining, calling it too low.').relations.some((x) => x.type === 'MET_WITH')).toBe(false);
  });
});

describe('claims and demands (stop 41)', () => {
  it('reads "insisted that X had done" as a claim, not a demand; the base form, "should" or "be" still asks', () => {
    expect(run('Chile insisted that Peru had attacked its border posts.').relations.some((x) => x.type === 'DEMANDED')).toBe(false);
    expect(run('Chile insisted that Peru attacked first.').relations.some((x) => x.type === 'DEMANDED')).toBe(false);
    expect(has(run('Chile insisted that Peru withdraw its troops.'), 'Chile', 'DEMANDED', 'Peru')).toBe(true);
    expect(has(run('Chile demanded that Peru be punished.'), 'Chile', 'DEMANDED', 'Peru')).toBe(true);
    expect(has(run('Chile demanded that Peru should pay.'), 'Chile', 'DEMANDED', 'Peru')).toBe(true);
  });
});

describe('possessives opening a sentence (stop 41)', () => {
  it('reads a sentence-opening "His"/"Her" as the subject of the sentence before, as "He"/"She"', () => {
    const r = run('Ivo Kask beat Karl Borg in the run-off. His Vega Party won 40 seats.');
    expect(has(r, 'Ivo Kask', 'MEMBER_OF', 'Vega Party')).toBe(true);
    expect(has(r, 'Karl Borg', 'MEMBER_OF', 'Vega Party')).toBe(false);
  });
});

describe('bodies named by the words around them (stop 42)', () => {
  it('types a name as a body before a party\'s candidate or lawmakers, and gives the candidate its membership', () => {
    const r = run('The tribunal confirmed the win of Tamarit candidate Ana Ruiz last week.');
    expect(entity(r, 'Tamarit')?.type).toBe('Organization');
    expect(has(r, 'Ana Ruiz', 'MEMBER_OF', 'Tamarit')).toBe(true);
    expect(entity(run('Tamarit lawmakers left the assembly hall in protest.'), 'Tamarit')?.type).toBe('Organization');
  });
  it('leaves an adjective\'s capital before "candidate" alone ("Independent candidate X")', () => {
    const r = run('Independent candidate Ana Ruiz, who finished second, called the count a sham.');
    expect(r.entities.some((e) => e.name === 'Independent')).toBe(false);
    expect(r.relations.some((x) => x.type === 'MEMBER_OF')).toBe(false);
  });
  it('types a name as a body after "state-owned", after "a coalition with", and in a "-bank" compound', () => {
    expect(entity(run('The state-run Ondara plans to contest the fine.'), 'Ondara')?.type).toBe('Organization');
    expect(entity(run('The Vega Party ended its coalition with Tamarit after a bitter row.'), 'Tamarit')?.type).toBe('Organization');
    expect(entity(run('Kavbank financed most of the smelter, Ivo Kask said.'), 'Kavbank')?.type).toBe('Organization');
  });
  it('types a name in apposition to a firm\'s noun on either side, or to a state\'s parliament', () => {
    expect(entity(run('The ruling was appealed by the miner\'s parent company, Ondara.'), 'Ondara')?.type).toBe('Organization');
    expect(entity(run('The state owns the rest of the smelter through Ondara, its state holding company.'), 'Ondara')?.type).toBe('Organization');
    expect(entity(run('In the Sejmik, Peru\'s parliament, lawmaker Ivo Kask has criticised her.'), 'Sejmik')?.type).toBe('Organization');
  });
  it('leaves a person apposed to "a commander of the group" a person', () => {
    const r = run('Troops captured a senior commander of the militia, Oran Vilca.');
    expect(entity(r, 'Oran Vilca')?.type).not.toBe('Organization');
  });
  it('keeps a firm\'s name joined by "&" whole before "of" and "and" ("Vilca Wind & Solar Power of Peru")', () => {
    const r = run('The dam, which state-owned Vilca Wind & Solar Power of Peru and Ondara of Chile both wanted to build, opens soon.');
    expect(entity(r, 'Vilca Wind & Solar Power')?.type).toBe('Organization');
  });
  it('reads a coalition with a party as cooperation', () => {
    expect(has(run("The Vega Party's coalition with the Andes Front collapsed in May."), 'Vega Party', 'COOPERATES_WITH', 'Andes Front')).toBe(true);
    expect(has(run('Ana Ruiz entered a coalition with the Andes Front after the vote.'), 'Ana Ruiz', 'COOPERATES_WITH', 'Andes Front')).toBe(true);
  });
});

describe('hosts of talks and clauses after an adverbial one (stop 42)', () => {
  it('reads co-hosting, coordinating or chairing talks between two sides as mediation', () => {
    const r = run('Chile and Norway co-hosted talks between Peru and the Vega Front in Lima.');
    for (const m of ['Chile', 'Norway']) for (const side of ['Peru', 'Vega Front']) expect(has(r, m, 'MEDIATED', side)).toBe(true);
    expect(has(run('Norway coordinated the talks between Peru and Chile.'), 'Norway', 'MEDIATED', 'Peru')).toBe(true);
    expect(has(run('Norway chaired talks between Peru and Chile on Monday.'), 'Norway', 'MEDIATED', 'Chile')).toBe(true);
  });
  it('gives the host of talks two sides held a mediation of each side, not of a match or a talk never held', () => {
    const r = run('Peru and the Vega Front held talks in Quito co-hosted by Chile and Norway.');
    expect(has(r, 'Chile', 'MEDIATED', 'Peru')).toBe(true);
    expect(has(r, 'Norway', 'MEDIATED', 'Vega Front')).toBe(true);
    expect(run('Peru and Bolivia held a match hosted by Chile.').relations.some((x) => x.type === 'MEDIATED')).toBe(false);
    expect(run('Peru and Bolivia will not hold talks hosted by Chile.').relations.some((x) => x.type === 'MEDIATED' && x.status !== 'negated')).toBe(false);
  });
  it('gives a finite verb after ", and" the subject of the clause an adverbial clause hangs on', () => {
    expect(has(run('The Andean Commission said nine marchers died when soldiers fired on them, and accused the Civil Guard of brutality.'), 'Andean Commission', 'ACCUSED', 'Civil Guard')).toBe(true);
    expect(has(run('The Andean Commission said nine marchers died after the army fired tear gas in Cusco, and accused the Civil Guard of abuses.'), 'Andean Commission', 'ACCUSED', 'Civil Guard')).toBe(true);
  });
  it('keeps a gerund after an adverbial clause, and a list of verbs in it, on the adverbial clause\'s subject', () => {
    const r = run('Talks in Quito collapsed when the Vega Front left the room, accusing the Andes Front of sabotage.');
    expect(has(r, 'Vega Front', 'ACCUSED', 'Andes Front')).toBe(true);
    const q = run('The row came weeks after Ana Ruiz visited Lima, met Ivo Kask and warned him.');
    expect(has(q, 'Ana Ruiz', 'MET_WITH', 'Ivo Kask')).toBe(true);
  });
});

describe('nested relatives, joined field names, heads of regions (stop 42)', () => {
  it('reads a relative inside a relative aside on the subject as part of the aside', () => {
    const r = run('Ana Ruiz, who flew in with envoys from Chile, which had brokered earlier rounds, held talks with Ivo Kask.');
    expect(has(r, 'Ana Ruiz', 'MET_WITH', 'Ivo Kask')).toBe(true);
    expect(has(r, 'Chile', 'MET_WITH', 'Ivo Kask')).toBe(false);
    expect(has(run('Ana Ruiz, who leads the Vega Party, which won the vote, met Ivo Kask.'), 'Ana Ruiz', 'MET_WITH', 'Ivo Kask')).toBe(true);
  });
  it('keeps a body named by an adjective joined to its field whole ("the Fiscal and Customs Fraud Commission")', () => {
    const r = run('The Fiscal and Customs Fraud Commission accused Vega Oil of laundering $35 million.');
    expect(entity(r, 'Fiscal and Customs Fraud Commission')?.type).toBe('Organization');
    expect(r.entities.some((e) => e.name === 'Fiscal')).toBe(false);
    expect(entity(run('Peru and Chile Mining Company signed the deal.'), 'Peru')?.type).toBe('Country');
  });
  it('gives the president of a separatist region its leadership, not the presidency of the sentence\'s state', () => {
    const r = run('Chile recalled its envoy once Karl Borg, president of the separatist region of Vilcaland, signed the deal.');
    expect(has(r, 'Karl Borg', 'LEADER_OF', 'Vilcaland')).toBe(true);
    expect(has(r, 'Karl Borg', 'PRESIDENT_OF', 'Chile')).toBe(false);
    expect(has(run('Chile recalled its envoy once President Karl Borg signed the deal.'), 'Karl Borg', 'PRESIDENT_OF', 'Chile')).toBe(true);
  });
});

describe('members of a body, short names, parties named by creed (stop 42)', () => {
  it('does not read "its NATO ally" or "a fellow EU member" as the body, but "its NATO allies" as the alliance', () => {
    expect(run('Canada backed its NATO ally in the dispute.').relations.some((x) => x.type === 'SUPPORTED')).toBe(false);
    expect(run('Chile criticised a fellow EU member.').relations.some((x) => x.type === 'CRITICIZED')).toBe(false);
    expect(has(run('Chile criticised the EU plan.'), 'Chile', 'CRITICIZED', 'European Union')).toBe(true);
    const asked = run('Latvia asked its NATO allies for help in tracing the hackers.');
    expect(asked.relations.some((x) => x.type === 'CALLED_ON' && /North Atlantic/.test(asked.entities.find((e) => e.id === x.target)?.name ?? ''))).toBe(true);
  });
  it('takes a two-letter name used alone as the one full name it opens ("Wu" for "Wu Tamar")', () => {
    const r = run('Chinese President Wu Tamar met Ana Ruiz in Lima. Ivo Kask later asked Wu to visit Quito.');
    expect(r.entities.some((e) => e.name === 'Wu')).toBe(false);
    expect(entity(r, 'Wu Tamar')?.type).toBe('Person');
  });
  it('keeps a party named for its members by creed whole, after a state\'s name too', () => {
    const r = run('The nationalist Chile Democrats won a fifth of the seats. Chile Democrats leader Ivo Kask welcomed the result.');
    expect(entity(r, 'Chile Democrats')?.type).toBe('Organization');
    expect(has(r, 'Ivo Kask', 'LEADER_OF', 'Chile Democrats')).toBe(true);
    expect(has(r, 'Chile Democrats', 'LOCATED_IN', 'Chile')).toBe(false);
    expect(entity(run('He governs with the Patriots of Vilca, a small party.'), 'Patriots')?.type).toBe('Organization');
  });
});

describe('pronouns past prepositional phrases, and ", but" (stop 42)', () => {
  it('reads "his" after a prepositional phrase as the sentence\'s own "He", and ", but" as no list of subjects', () => {
    const r = run('Ivo Kask won the vote. He quit as premier in 2018 after rallies over the jailing of Oran Vilca, a poet, but his Vega Party won the 2023 election.');
    expect(has(r, 'Ivo Kask', 'MEMBER_OF', 'Vega Party')).toBe(true);
    expect(r.relations.some((x) => r.entities.find((e) => e.id === x.source)?.name.includes('Vilca'))).toBe(false);
  });
  it('keeps "his" on a person named as a subject in the sentence', () => {
    const r = run('Ivo Kask won the vote. He said Karl Borg had resigned, but his Vega Party won the 2023 election.');
    expect(has(r, 'Ivo Kask', 'MEMBER_OF', 'Vega Party')).toBe(false);
  });
});

describe('wars between sides named before (stop 42)', () => {
  it('reads "a war between them" as the sides named together before', () => {
    const r = run('Peru and the Vega Front agreed to a truce, closing the long war between them.');
    expect(has(r, 'Peru', 'ATTACKED', 'Vega Front')).toBe(true);
    expect(has(r, 'Vega Front', 'ATTACKED', 'Peru')).toBe(true);
    expect(has(run('Peru and Chile signed a deal to boost trade between them.'), 'Peru', 'TRADES_WITH', 'Chile')).toBe(true);
  });
});

describe('lists of people set off by their offices (stop 42)', () => {
  it('reads "by A, adviser to X, and B, the Front\'s spokesman" as two agents', () => {
    const r = run('The Lima Accord was signed in Cusco by Ivo Kask, chief negotiator for President Ana Ruiz, and Karl Borg, the Vega Front\'s envoy, after months of haggling.');
    expect(has(r, 'Ivo Kask', 'SIGNED', 'Lima Accord')).toBe(true);
    expect(has(r, 'Karl Borg', 'SIGNED', 'Lima Accord')).toBe(true);
    expect(has(r, 'Ana Ruiz', 'SIGNED', 'Lima Accord')).toBe(false);
    const q = run('The Lima Accord was signed by Ivo Kask, the Vega Front\'s spokesman, and Karl Borg.');
    expect(has(q, 'Vega Front', 'SIGNED', 'Lima Accord')).toBe(false);
    expect(has(q, 'Karl Borg', 'SIGNED', 'Lima Accord')).toBe(true);
  });
});

describe('sides of brokered talks after a pledge (stop 42)', () => {
  it('gives the broker of talks a mediation of the sides that pledged something in or after them', () => {
    const r = run('Chile and Peru vowed on Thursday to settle their dispute peacefully, in talks brokered by Norway.');
    expect(has(r, 'Norway', 'MEDIATED', 'Chile')).toBe(true);
    expect(has(r, 'Norway', 'MEDIATED', 'Peru')).toBe(true);
    expect(has(run('Chile and Peru vowed to cooperate after talks brokered by Norway.'), 'Norway', 'MEDIATED', 'Peru')).toBe(true);
    expect(run('Peru decided to boycott the talks brokered by Norway.').relations.some((x) => x.type === 'MEDIATED')).toBe(false);
    expect(run('Peru pledged $10 million to Chile after talks brokered by Norway.').relations.some((x) => x.type === 'MEDIATED')).toBe(false);
  });
});

describe('phrases of time between a verb and what hangs on it (stop 42)', () => {
  it('goes on from the verb reporting a "that" clause over "on Sunday"', () => {
    expect(has(run('Ana Ruiz said on Friday that the drone had been downed by Chile, by mistake, and accused Chile of a cover-up.'), 'Ana Ruiz', 'ACCUSED', 'Chile')).toBe(true);
  });
  it('gives a purpose infinitive after the object and a phrase of time the subject of the verb before', () => {
    expect(has(run('Peru signed a deal on Monday to buy 40 helicopters from Vega Arms.'), 'Vega Arms', 'SUPPLIED', 'Peru')).toBe(true);
  });
});

describe('"the two leaders" (stop 42)', () => {
  it('reads "the two leaders" as the pair named together, over one named alone since', () => {
    const r = run('Ana Ruiz and Ivo Kask promised to reopen the border. The talks were chaired by President Karl Borg. The two presidents then signed the Lima Declaration.');
    expect(has(r, 'Ana Ruiz', 'SIGNED', 'Lima Declaration')).toBe(true);
    expect(has(r, 'Karl Borg', 'SIGNED', 'Lima Declaration')).toBe(false);
    const q = run('Ana Ruiz met Ivo Kask. The two presidents then signed the Lima Declaration.');
    expect(has(q, 'Ivo Kask', 'SIGNED', 'Lima Declaration')).toBe(true);
  });
});

describe('dismissals, raised ties and firms bought (stop 42)', () => {
  it('reads dismissing a person as no denial, and raising ties as cooperation, not a meeting', () => {
    expect(run('Karl Borg accused Chile of spying. Ana Ruiz abruptly dismissed Karl Borg in February.').relations.some((x) => x.type === 'DENIED')).toBe(false);
    expect(has(run("Moscow dismissed Kyiv's accusations."), 'Russia', 'DENIED', 'Ukraine')).toBe(true);
    const r = run('Chile raised ties with Peru to a new level.');
    expect(has(r, 'Chile', 'COOPERATES_WITH', 'Peru')).toBe(true);
    expect(has(r, 'Chile', 'MET_WITH', 'Peru')).toBe(false);
  });
  it('reads buying a named firm as no goods supplied by its state', () => {
    expect(run('Vega Oil later bought the American carrier Andes Telecom.').relations.some((x) => x.type === 'SUPPLIED')).toBe(false);
    expect(has(run('Peru bought American jets.'), 'United States', 'SUPPLIED', 'Peru')).toBe(true);
  });
});

describe('attacks told as possible (stop 42)', () => {
  it('tells no attack or invasion that "could" happen or is feared, but one launched or that killed', () => {
    expect(run('Her warning that a Chilean attack on Peru could follow alarmed Bolivia.').relations.some((x) => x.type === 'ATTACKED')).toBe(false);
    expect(run('Analysts fear an invasion of Bolivia by Chile.').relations.some((x) => x.type === 'INVADED')).toBe(false);
    expect(has(run('A Chilean attack on Peru killed ten people.'), 'Chile', 'ATTACKED', 'Peru')).toBe(true);
    expect(has(run('Chile launched a large invasion of Peru in 1880.'), 'Chile', 'INVADED', 'Peru')).toBe(true);
  });
});

describe('states described as a kingdom or a state (stop 42)', () => {
  it('reads "the Nordic kingdom" as the state named before, and no "state of emergency" as one', () => {
    expect(has(run('Norway sent aid to Peru on Monday. Peru thanked the Nordic kingdom for its help.'), 'Peru', 'THANKED', 'Norway')).toBe(true);
    const r = run('Chile moved troops north. Peru declared the state of emergency on Monday.');
    expect(r.relations.some((x) => x.type === 'RECOGNIZED' || x.target === r.entities.find((e) => e.name === 'Chile')?.id && x.source === r.entities.find((e) => e.name === 'Peru')?.id)).toBe(false);
  });
});

describe('states described, over their own side (stop 42)', () => {
  it('reads "accusing the country of arming" as the state named before, never the accuser\'s own', () => {
    expect(has(run('Peru broke off relations with Oman, accusing the country of arming the Vega Front.'), 'Peru', 'ACCUSED', 'Oman')).toBe(true);
    const r = run('Estonia let Kosovo open a mission in Tallinn. Serbia\'s foreign ministry accused the country of breaching its sovereignty.');
    expect(r.relations.some((x) => x.type === 'ACCUSED' && r.entities.find((e) => e.id === x.target)?.name === 'Serbia')).toBe(false);
  });
  it('reads "the kingdom" only as a state with a monarch', () => {
    const r = run('Morocco cut ties with Algeria after a mob attacked its consulate in Oran. The kingdom blamed Algeria for the violence.');
    expect(has(r, 'Morocco', 'ACCUSED', 'Algeria')).toBe(true);
    expect(has(r, 'Algeria', 'ACCUSED', 'Algeria')).toBe(false);
  });
});

describe('guards from a review of this stop (stop 42)', () => {
  it('keeps ", and" on the adverbial clause\'s subject when the main clause names no one, and goes on from one that does', () => {
    expect(has(run('Ana Ruiz resigned on Monday after Chile sanctioned her, and criticised Peru.'), 'Ana Ruiz', 'CRITICIZED', 'Peru')).toBe(true);
    expect(has(run('The crisis began when Chile expelled Peru\'s ambassador, and imposed sanctions on Peru.'), 'Chile', 'SANCTIONED', 'Peru')).toBe(true);
  });
  it('keeps a person set off by a state\'s army or police chief a person with the office', () => {
    const r = run('Olo Venn, Peru\'s army chief, visited Chile.');
    expect(entity(r, 'Olo Venn')?.type).toBe('Person');
    expect(has(r, 'Olo Venn', 'OFFICIAL_OF', 'Peru')).toBe(true);
  });
  it('does not type a surname named in full elsewhere, or a people, as a party before "lawmakers"', () => {
    const r = run('Ines Paz leads the opposition in Peru. Paz lawmakers blocked the budget on Tuesday, and Paz accused Chile of meddling.');
    expect(has(r, 'Ines Paz', 'ACCUSED', 'Chile')).toBe(true);
    expect(r.entities.some((e) => e.name === 'Paz' && e.type === 'Organization')).toBe(false);
    expect(entity(run('The Vega Party formed an alliance with Olo Venn, a popular mayor.'), 'Olo Venn')?.type).toBe('Person');
  });
  it('keeps attacks told with a perfect modal or a date, and no war only nearly fought', () => {
    expect(has(run('A Chilean missile attack on Putre on Sunday may have killed 30 civilians.'), 'Chile', 'ATTACKED', 'Putre')).toBe(true);
    expect(has(run('A Chilean invasion of Peru in 1880 would shape the region for decades.'), 'Chile', 'INVADED', 'Peru')).toBe(true);
    expect(run('Chile and Peru nearly went to war in 1978.').relations.some((x) => x.type === 'ATTACKED' && x.status !== 'negated')).toBe(false);
  });
  it('gives no expulsion to one who expels party members, and keeps the state of envoys listed with their offices', () => {
    expect(run('Ana Ruiz expelled three lawmakers from the Vega Party last year.').relations.some((x) => x.type === 'EXPELLED')).toBe(false);
    expect(has(run('Latvia expelled Oleg Dvorak, Belarus\'s charge d\'affaires, and Ines Paz, Belarus\'s consul.'), 'Latvia', 'EXPELLED', 'Belarus')).toBe(true);
  });
  it('lets a party accuse its own state, and reads no "the republic" as the state named last', () => {
    expect(has(run('Peru closed its border with Chile in May. Chile\'s Vega Party accused the country of abandoning miners.'), 'Vega Party', 'ACCUSED', 'Chile')).toBe(true);
    expect(run('The Czech Republic criticised Chile. Peru thanked the republic.').relations.some((x) => x.type === 'THANKED')).toBe(false);
  });
});

describe('commanders and disputed results (stop 42)', () => {
  it('gives a commander the acts of "his troops"', () => {
    expect(has(run('Ivo Kask commanded the Vega Guard. His troops attacked Chile.'), 'Ivo Kask', 'ATTACKED', 'Chile')).toBe(true);
    expect(run('Ivo Kask met Ana Ruiz. His troops then withdrew.').relations.some((x) => x.type === 'ATTACKED')).toBe(false);
  });
  it('reads disputing the outcome of a vote as a criticism of the vote', () => {
    expect(has(run('The opposition Vega Party disputed the outcome of the 2024 election.'), 'Vega Party', 'CRITICIZED', '2024 election')).toBe(true);
  });
});

describe('guards from a second review of this stop (stop 42)', () => {
  it('keeps a person deported with another description, and gives no mediation to sides that refuse or only want talks', () => {
    expect(has(run("Peru deported Ines Paz, Chile's most famous singer."), 'Peru', 'EXPELLED', 'Ines Paz')).toBe(true);
    expect(run('Peru and Chile refused to hold talks hosted by Norway.').relations.some((x) => x.type === 'MEDIATED')).toBe(false);
    expect(run('Peru wants to sign a deal after talks brokered by Norway.').relations.some((x) => x.type === 'MEDIATED')).toBe(false);
  });
  it('reads no figure of speech as a war, and no common compound as a bank', () => {
    expect(run('Vega Oil and Andes Mining went to war over the contract.').relations.some((x) => x.type === 'ATTACKED')).toBe(false);
    expect(run('Riverbank farmers protested on Monday.').entities.some((e) => e.name === 'Riverbank')).toBe(false);
    expect(run('Moderate candidates backed the bill.').entities.some((e) => e.name === 'Moderate')).toBe(false);
  });
  it('types a name set off as "its parent company since …" a body', () => {
    expect(entity(run('Tamarit, its parent company since 2019, said it would appeal.'), 'Tamarit')?.type).toBe('Organization');
  });
});

describe('causing verbs, reports in relatives and replacements (stop 43)', () => {
  it('gives the act of an infinitive to the object a verb of causing made act', () => {
    expect(has(run('Karl Borg convinced Peru to sign the Tamarit Accord.'), 'Peru', 'SIGNED', 'Tamarit Accord')).toBe(true);
    expect(has(run('Ana Ruiz persuaded the heads of the Andean Forum to back the Tamarit Declaration.'), 'Andean Forum', 'SUPPORTED', 'Tamarit Declaration')).toBe(true);
    expect(has(run('Ana Ruiz persuaded Andean Forum delegates to back the Tamarit Declaration.'), 'Ana Ruiz', 'SUPPORTED', 'Tamarit Declaration')).toBe(false);
    // (An attempt, or a wish, to make them act tells no act.)
    expect(has(run('Karl Borg tried to persuade Peru to sign the Tamarit Accord.'), 'Peru', 'SIGNED', 'Tamarit Accord')).toBe(false);
    expect(has(run('Chile wants to persuade Peru to join the Andean Forum.'), 'Peru', 'JOINED', 'Andean Forum')).toBe(false);
  });
  it('gives a relative clause told through a report the relative\'s antecedent as subject', () => {
    const r = run('The Vega Front, which Chilean prosecutors say is funded by Peru, took control of Putre.');
    expect(has(r, 'Peru', 'PROVIDED_AID_TO', 'Vega Front')).toBe(true);
    expect(has(r, 'Peru', 'PROVIDED_AID_TO', 'Chile')).toBe(false);
    expect(has(run('The Vega Front, which Chile says is funded by Peru, seized the town.'), 'Peru', 'PROVIDED_AID_TO', 'Vega Front')).toBe(true);
    const m = run('Karl Borg, who Chile says met Ana Ruiz in Lima, denied the claim.');
    expect(has(m, 'Karl Borg', 'MET_WITH', 'Ana Ruiz')).toBe(true);
    expect(has(m, 'Chile', 'MET_WITH', 'Ana Ruiz')).toBe(false);
  });
  it('reads past an apposition inside a "whose" clause to the subject it describes', () => {
    const r = run('Chile, whose foreign minister, Karl Borg, shuttled between Lima and La Paz, eventually sided with Peru.');
    expect(has(r, 'Chile', 'SUPPORTED', 'Peru')).toBe(true);
    expect(has(r, 'Karl Borg', 'SUPPORTED', 'Peru')).toBe(false);
  });
  it('reads "replaced X with Y" as Y succeeding X, appointed by the subject', () => {
    const r = run("Ana Ruiz replaced the fund's chief, Karl Borg, with Ivo Kask.");
    expect(has(r, 'Ivo Kask', 'SUCCEEDED', 'Karl Borg')).toBe(true);
    expect(has(r, 'Ana Ruiz', 'APPOINTED', 'Ivo Kask')).toBe(true);
    expect(has(r, 'Ana Ruiz', 'SUCCEEDED', 'Karl Borg')).toBe(false);
    expect(has(run('Ivo Kask replaced Ana Ruiz, with support from Chile.'), 'Ivo Kask', 'SUCCEEDED', 'Ana Ruiz')).toBe(true);
  });
  it('reads one back from a place as having gone there', () => {
    expect(has(run('President Ana Ruiz returned from Lima empty-handed on Tuesday.'), 'Ana Ruiz', 'VISITED', 'Lima')).toBe(true);
  });
});

describe('subjects, guests and claims (stop 43)', () => {
  it('gives a minister a state hosts no office of that state', () => {
    expect(has(run('Bolivia hosted Foreign Minister Ivo Kask in La Paz and signed two accords.'), 'Ivo Kask', 'MINISTER_OF', 'Bolivia')).toBe(false);
  });
  it('reads a goods word opening a sentence about its trade as no name', () => {
    expect(run('Arms sales to Lima have grown.').entities.some((e) => e.name === 'Arms')).toBe(false);
    expect(run('Weapons deliveries to Chile resumed in May.').entities.some((e) => e.name === 'Weapons')).toBe(false);
    expect(entity(run('Vega Arms sold rifles to Peru.'), 'Vega Arms')?.type).toBe('Organization');
  });
  it('goes on from the subject of the clause before with a subject pronoun after ", but"', () => {
    const r = run('Ecuador gets most of its wheat from Chile, but last year it purchased six frigates from Bolivia.');
    expect(has(r, 'Bolivia', 'SUPPLIED', 'Ecuador')).toBe(true);
    expect(has(r, 'Bolivia', 'SUPPLIED', 'Chile')).toBe(false);
    // (Not "he"/"she" past another person who fits: the one appointed.)
    const a = run('Olo Venn named Putre Ondara as envoy, and she later toured Lima.');
    expect(has(a, 'Olo Venn', 'VISITED', 'Lima')).toBe(false);
  });
  it('reads "insisted that X can …" as a claim, and "insisted that X withdraw" as a demand', () => {
    expect(has(run('Karl Borg insisted that Peru can remain neutral.'), 'Karl Borg', 'DEMANDED', 'Peru')).toBe(false);
    expect(has(run('Chile insisted that Peru withdraw its troops.'), 'Chile', 'DEMANDED', 'Peru')).toBe(true);
  });
});

describe('guards from a review of this stop (stop 43)', () => {
  it('keeps a pronoun after ", but" for the object that the clause before names', () => {
    expect(has(run('Chile accused Peru of spying, but it denied the charge.'), 'Peru', 'DENIED', 'Chile')).toBe(true);
    expect(has(run('China lent Ecuador $5 billion, and it used the money to buy jets from India.'), 'India', 'SUPPLIED', 'China')).toBe(false);
  });
  it('steps over only the heads of a body to the body a verb of causing made act', () => {
    expect(has(run('Ivo Kask persuaded opponents of Karl Borg to back Ana Ruiz.'), 'Karl Borg', 'SUPPORTED', 'Ana Ruiz')).toBe(false);
    expect(has(run('Brazil prompted several members of Mercosur to criticise Argentina.'), 'Mercosur', 'CRITICIZED', 'Argentina')).toBe(false);
  });
  it('keeps a succession after "with" and a phrase that names no one, and a forbidding "may not" a demand', () => {
    expect(has(run('Ivo Kask replaced Ana Ruiz with ease in the party vote.'), 'Ivo Kask', 'SUCCEEDED', 'Ana Ruiz')).toBe(true);
    expect(has(run('Ecuador insisted that Peru may not fish in its waters.'), 'Ecuador', 'DEMANDED', 'Peru')).toBe(true);
  });
});

describe('censure, rule and fronted participles (stop 44)', () => {
  it('gives the one censured or praised "for" a gerund its act, over a phrase of time', () => {
    expect(has(run('Bolivia criticised Chile for attacking Peru.'), 'Chile', 'ATTACKED', 'Peru')).toBe(true);
    expect(has(run('Bolivia condemned Peru last week for arming the Vega Front.'), 'Peru', 'SUPPLIED', 'Vega Front')).toBe(true);
    expect(has(run('Bolivia praised Chile on Monday for signing the Tamarit Accord.'), 'Chile', 'SIGNED', 'Tamarit Accord')).toBe(true);
    expect(has(run('Bolivia did not criticise Chile for attacking Peru.'), 'Chile', 'ATTACKED', 'Peru')).toBe(false);
  });
  it('goes on from the censuring verb, not the one censured, after a "for" gerund and "and"', () => {
    const r = run("Bolivia's cabinet rebuked the Andean Forum for refusing to fund the mission and accused Chile of stalling aid to Peru.");
    expect(has(r, 'Andean Forum', 'ACCUSED', 'Chile')).toBe(false);
    expect(has(r, 'Bolivia', 'ACCUSED', 'Chile')).toBe(true);
  });
  it('reads "the government of X" as the state X leads', () => {
    const r = run("Peru's President Ana Ruiz flew to Quito. The government of Ana Ruiz expelled Chile's ambassador. Bolivia criticised the government of Ana Ruiz.");
    expect(has(r, 'Peru', 'EXPELLED', 'Chile')).toBe(true);
    expect(has(r, 'Ana Ruiz', 'EXPELLED', 'Chile')).toBe(false);
    expect(has(r, 'Bolivia', 'CRITICIZED', 'Peru')).toBe(true);
  });
  it('gives no bare office of the state whose envoy the holder expels or summons', () => {
    expect(has(run("Prime Minister Ana Ruiz expelled Chile's ambassador."), 'Ana Ruiz', 'PRIME_MINISTER_OF', 'Chile')).toBe(false);
    expect(has(run("Prime Minister Ana Ruiz summoned Chile's ambassador."), 'Ana Ruiz', 'PRIME_MINISTER_OF', 'Chile')).toBe(false);
  });
  it('reads a participle opening the sentence as describing the subject after its comma', () => {
    const r = run('Signed in Lima in May by Chile, Peru and Bolivia, the Tamarit Accord commits each member to defend the others.');
    for (const s of ['Chile', 'Peru', 'Bolivia']) expect(has(r, s, 'SIGNED', 'Tamarit Accord')).toBe(true);
    expect(has(run('Backed by Chile, the Vega Front attacked Peru.'), 'Chile', 'SUPPORTED', 'Vega Front')).toBe(true);
  });
  it('reads a long participle set off after the subject as describing it', () => {
    const r = run('The Tamarit Accord, concluded between Chile and Peru in the Bolivian city of Sucre in March 2021 by Chilean President Ana Ruiz and Peruvian Deputy Foreign Minister Ivo Kask, was meant to end the dispute.');
    expect(has(r, 'Ana Ruiz', 'SIGNED', 'Tamarit Accord')).toBe(true);
    expect(has(r, 'Ivo Kask', 'SIGNED', 'Tamarit Accord')).toBe(true);
  });
});

describe('agents, owners and names before titles (stop 44)', () => {
  it('reads a participle right after a "by" agent as describing that agent', () => {
    const r = run('Talks stalled after a visit to Quito by a Chilean team led by Deputy Trade Minister Ana Ruiz.');
    expect(has(r, 'Ana Ruiz', 'LEADER_OF', 'Ecuador')).toBe(false);
  });
  it('gives no owner to a possessive pronoun before another possessor', () => {
    const r = run('Ana Ruiz won the vote. The Andean Tribunal upheld the result, dismissing her closest rival\'s claims of fraud.');
    expect(has(r, 'Andean Tribunal', 'DENIED', 'Ana Ruiz')).toBe(false);
  });
  it('reads a name right before a title and its holder as the body of the title, after a verb people undergo', () => {
    const r = run('Lawmakers in Lima elected Andes Unida leader Ana Ruiz as speaker on Thursday.');
    expect(entity(r, 'Andes Unida')?.type).toBe('Organization');
    expect(has(r, 'Ana Ruiz', 'LEADER_OF', 'Andes Unida')).toBe(true);
  });
  it('reads a press secretary as a spokesperson and a deputy leader as an official', () => {
    const r = run("Peru's press secretary, Ana Ruiz, said the levy would stay.");
    expect(has(r, 'Ana Ruiz', 'SPOKESPERSON_OF', 'Peru')).toBe(true);
    expect(has(r, 'Ana Ruiz', 'MINISTER_OF', 'Peru')).toBe(false);
    expect(has(run('Ivo Kask, the deputy leader of the Vega Front, was detained in Lima.'), 'Ivo Kask', 'OFFICIAL_OF', 'Vega Front')).toBe(true);
  });
  it('reads "the X" after "the X Valley" as the same place', () => {
    const r = run('Troops entered the Putre Valley on Monday. Chile has shelled the Putre for weeks.');
    expect(r.entities.filter((e) => e.name === 'Putre').length).toBe(0);
    expect(has(r, 'Chile', 'ATTACKED', 'Putre Valley')).toBe(true);
  });
});

describe('titles of bodies, self-named bodies and extraditions (stop 44)', () => {
  it('reads "The head of X, Y," as Y heading X and acting', () => {
    const r = run('The head of the Andean Forum, Ana Ruiz, accused Peru of stalling.');
    expect(has(r, 'Ana Ruiz', 'HEAD_OF', 'Andean Forum')).toBe(true);
    expect(has(r, 'Ana Ruiz', 'ACCUSED', 'Peru')).toBe(true);
    const l = run('The leader of the Vega Front, Ana Ruiz, criticised Peru.');
    expect(has(l, 'Ana Ruiz', 'CRITICIZED', 'Peru')).toBe(true);
    expect(has(l, 'Vega Front', 'CRITICIZED', 'Peru')).toBe(false);
  });
  it('gives one of a body\'s leaders the leadership, not one of its founders', () => {
    expect(has(run('Karl Borg, one of the three leaders of the Vega Front, was detained in Lima.'), 'Karl Borg', 'LEADER_OF', 'Vega Front')).toBe(true);
    expect(has(run('Karl Borg, one of the founders of the Vega Party, was detained in Lima.'), 'Karl Borg', 'HEAD_OF', 'Vega Party')).toBe(false);
  });
  it('reads the name a body calls itself in a relative as the subject', () => {
    expect(has(run('The new regime, which calls itself the Andean Salvation Council, detained Ana Ruiz in May.'), 'Andean Salvation Council', 'ARRESTED', 'Ana Ruiz')).toBe(true);
  });
  it('reads an extradition as an expulsion by the state that sends', () => {
    expect(has(run('Peru extradited Ivo Kask to Chile on Friday.'), 'Peru', 'EXPELLED', 'Ivo Kask')).toBe(true);
  });
});

describe('co-agents after the verb and pronoun chains (stop 44)', () => {
  it('reads a co-agent set off between the verb and its object as acting too', () => {
    const r = run('Brazil brokered, alongside Norway and Mexico, a truce between Chile and Peru.');
    for (const m of ['Brazil', 'Norway', 'Mexico']) expect(has(r, m, 'MEDIATED', 'Chile')).toBe(true);
  });
  it('goes on with "she" from the one a sentence before named as "her", not the one replaced', () => {
    const r = run("Ana Ruiz is Lima's most trusted negotiator. In 2021 the president named her envoy, replacing Karla Borg. In 2023 she mediated between Chile and Bolivia.");
    expect(has(r, 'Ana Ruiz', 'MEDIATED', 'Chile')).toBe(true);
    expect(has(r, 'Karla Borg', 'MEDIATED', 'Chile')).toBe(false);
  });
});

describe('past forms after a subject pronoun (stop 44)', () => {
  it('reads an -ed word the tagger calls an adjective right after "she" as her verb', () => {
    expect(has(run('Ana Ruiz won the vote. In 2023 she mediated between Chile and Bolivia.'), 'Ana Ruiz', 'MEDIATED', 'Chile')).toBe(true);
  });
});

describe('reactions a clause draws (stop 44)', () => {
  it('goes on from the main clause with a gerund of reaction, over relatives and gerunds inside it', () => {
    const r = run("Peru's Congress approved a law that would fine unions for organising strikes, drawing criticism from the Andean Forum.");
    expect(has(r, 'Andean Forum', 'CRITICIZED', 'Congress')).toBe(true);
  });
  it('reads regret of another\'s act as criticism of its doer', () => {
    expect(has(run("The Andean Forum regretted Peru's decision."), 'Andean Forum', 'CRITICIZED', 'Peru')).toBe(true);
  });
});

describe('acts laid at someone\'s door (stop 44)', () => {
  it('reads "blamed X for the attack on Y" as an alleged attack by X, and no blame of Y', () => {
    const r = run('Chile blamed Peru for the attack on Putre.');
    expect(rel(r, 'Peru', 'ATTACKED', 'Putre')?.status).toBe('alleged');
    expect(has(r, 'Chile', 'ACCUSED', 'Putre')).toBe(false);
    expect(has(run('Chile blamed the bombing of the Putre bridge on the Vega Front.'), 'Chile', 'ACCUSED', 'Vega Front')).toBe(true);
  });
});

describe('guards from a review of this stop (stop 44)', () => {
  it('keeps leaving a body to do something else a withdrawal', () => {
    expect(has(run('Ana Ruiz left the Vega Party in May to found her own.'), 'Ana Ruiz', 'WITHDREW_FROM', 'Vega Party')).toBe(true);
  });
  it('reads lamenting a resignation as no criticism', () => {
    expect(has(run("Ana Ruiz lamented Ivo Kask's decision to resign."), 'Ana Ruiz', 'CRITICIZED', 'Ivo Kask')).toBe(false);
  });
  it('gives one of the leaders of a body\'s wing no leadership of the body', () => {
    expect(has(run("Karl Borg, one of the leaders of the Andean Forum's youth wing, criticised Peru."), 'Karl Borg', 'LEADER_OF', 'Andean Forum')).toBe(false);
  });
  it('reads a co-agent set off after the verb only up to its closing comma', () => {
    const r = run('Peru attacked, alongside Chile, the Vega Front.');
    expect(has(r, 'Chile', 'ATTACKED', 'Vega Front')).toBe(true);
    expect(has(r, 'Peru', 'ATTACKED', 'Vega Front')).toBe(true);
  });
  it('reads an -ed word after a subject pronoun and an adverb as its verb', () => {
    expect(has(run('Ana Ruiz met Karl Borg in Lima. She later mediated between Chile and Peru.'), 'Ana Ruiz', 'MEDIATED', 'Chile')).toBe(true);
  });
});

describe('goods bought and relied on (stop 44)', () => {
  it('reads buying a state\'s goods, or a share of them, as that state\'s supply', () => {
    expect(has(run("India buys Peru's copper."), 'Peru', 'SUPPLIED', 'India')).toBe(true);
    expect(has(run("India bought about 85% of Peru's copper last year."), 'Peru', 'SUPPLIED', 'India')).toBe(true);
  });
  it('reads relying on a state\'s goods as its supply', () => {
    expect(has(run('Bolivia has long relied on shipments of wheat from Chile.'), 'Chile', 'SUPPLIED', 'Bolivia')).toBe(true);
  });
});

describe('offices taken and states named by things (stop 44)', () => {
  it('reads "sworn in for a second term as Peru\'s president" as the presidency', () => {
    expect(has(run("Ana Ruiz was sworn in for a second term as Peru's president."), 'Ana Ruiz', 'PRESIDENT_OF', 'Peru')).toBe(true);
  });
  it('counts no state by a demonym before an agent noun that only modifies a thing', () => {
    const r = run('Peru will take over the remaining Chilean military airfields by May, a step demanded by President Ana Ruiz.');
    expect(has(r, 'Ana Ruiz', 'PRESIDENT_OF', 'Peru')).toBe(true);
  });
});

describe('members named (stop 44)', () => {
  it('reads "X and Y are both Z members" and "Z\'s other members, X and Y," as membership', () => {
    const r = run('Peru and Chile are both Andean Forum members.');
    expect(has(r, 'Peru', 'MEMBER_OF', 'Andean Forum')).toBe(true);
    expect(has(run('Peru and Chile are former Andean Forum members.'), 'Peru', 'MEMBER_OF', 'Andean Forum')).toBe(false);
    const s = run("The Andean Forum's other members, Peru and Bolivia, objected.");
    expect(has(s, 'Bolivia', 'MEMBER_OF', 'Andean Forum')).toBe(true);
  });
});

describe('results of a vote (stop 44)', () => {
  it('reads coming first and sweeping to victory in a vote as taking part, and the one beaten after it too', () => {
    expect(has(run("The Vega Party finished first in Sunday's municipal elections."), 'Vega Party', 'INVOLVED_IN', 'municipal elections')).toBe(true);
    const r = run("The Vega Party cruised to victory in Bolivia's presidential election, defeating the Andes Front.");
    expect(has(r, 'Andes Front', 'INVOLVED_IN', 'Bolivia presidential election')).toBe(true);
    const s = run("The Vega Party took most of the seats in Bolivia's legislative elections, narrowly beating the Andes Front.");
    expect(has(s, 'Andes Front', 'INVOLVED_IN', 'Bolivia legislative elections')).toBe(true);
  });
  it('gives no recent vote to one who came first in another year', () => {
    const r = run("The Vega Party won Bolivia's presidential election. Turnout was low. The Andes Front, which finished first in 2016, stayed away.");
    expect(has(r, 'Andes Front', 'INVOLVED_IN', 'Bolivia presidential election')).toBe(false);
  });
});

describe('military exercises (stop 44)', () => {
  it('reads holding or beginning exercises as taking part in them', () => {
    const r = run('Troops from Peru and Chile began their annual Vega Shield exercises on Monday.');
    expect(has(r, 'Peru', 'INVOLVED_IN', 'Vega Shield exercises')).toBe(true);
    expect(has(r, 'Chile', 'INVOLVED_IN', 'Vega Shield exercises')).toBe(true);
  });
});

describe('filings and denials of a part (stop 44)', () => {
  it('reads the words of a filed case or a sent letter as those of its sender', () => {
    const r = run('Chile lodged a complaint with the Andean Tribunal accusing Peru of shelling Putre.');
    expect(has(r, 'Chile', 'ACCUSED', 'Peru')).toBe(true);
    expect(has(r, 'Andean Tribunal', 'ACCUSED', 'Peru')).toBe(false);
    expect(has(run('Chile sent a letter to the Andean Forum urging Peru to withdraw its troops.'), 'Chile', 'CALLED_ON', 'Peru')).toBe(true);
  });
  it('aims a denial of "any Peruvian involvement" at the accuser, not at Peru', () => {
    const r = run('Defence Minister Ana Ruiz blamed Peru for the attacks, while Peruvian spokesman Ivo Kask denied any Peruvian involvement.');
    expect(has(r, 'Ivo Kask', 'DENIED', 'Ana Ruiz')).toBe(true);
    expect(has(r, 'Ivo Kask', 'DENIED', 'Peru')).toBe(false);
  });
});

describe('taking over an office (stop 44)', () => {
  it('reads "was installed by the assembly to replace him" as a succession', () => {
    const r = run("Lawmakers in Lima ousted President Ivo Kask on Friday. Vice President Ana Ruiz was installed by the assembly to replace him.");
    expect(has(r, 'Ana Ruiz', 'SUCCEEDED', 'Ivo Kask')).toBe(true);
  });
  it('reads "becoming the country\'s youngest president" as the office of the one state the sentence before names', () => {
    const r = run("Peru's Congress met in Lima on Monday. Ana Ruiz was sworn in, becoming the country's youngest president.");
    expect(has(r, 'Ana Ruiz', 'PRESIDENT_OF', 'Peru')).toBe(true);
  });
});

describe('the pair that denies (stop 44)', () => {
  it('reads "which both states deny" after an accusation as the accused pair\'s denial', () => {
    const r = run('Chile and Bolivia have accused Peru of selling rifles to Ecuador, which both states deny.');
    expect(has(r, 'Peru', 'DENIED', 'Chile')).toBe(true);
    expect(has(r, 'Chile', 'DENIED', 'Ecuador')).toBe(false);
  });
});

describe('more openings and grounds (stop 44)', () => {
  it('reads an opening past form the tagger calls an adjective, and one over "since", as a participle', () => {
    expect(has(run('Armed by Bolivia, the Puna Brigade attacked Putre.'), 'Bolivia', 'SUPPLIED', 'Puna Brigade')).toBe(true);
    expect(has(run('Mediated by Brazil, the talks between Chile and Peru ended on Friday.'), 'Brazil', 'MEDIATED', 'Chile')).toBe(true);
    expect(has(run('Led by Ana Ruiz since 2019, Peru has recognised the Vega Front.'), 'Ana Ruiz', 'LEADER_OF', 'Peru')).toBe(true);
  });
  it('reads the ground of a censure over a phrase of manner after the object', () => {
    expect(has(run('Peru condemned Chile in a statement for shelling Tacna.'), 'Chile', 'ATTACKED', 'Tacna')).toBe(true);
  });
});

describe('the government of a person (stop 44)', () => {
  it('reads "The government of X" as X\'s state even where the noun alone would be read as another state\'s', () => {
    const r = run("Peruvian President Ana Ruiz met Chilean President Ivo Kask. The government of Ana Ruiz expelled Chile's envoy.");
    expect(has(r, 'Peru', 'EXPELLED', 'Chile')).toBe(true);
  });
});

describe('acts only pressed for (stop 44)', () => {
  it('reads an act after "pressure to" or "an appeal to" as not done', () => {
    expect(has(run('Chile praised Peru for resisting pressure to attack Bolivia.'), 'Peru', 'ATTACKED', 'Bolivia')).toBe(false);
    expect(has(run('Chile rejected appeals to sanction Peru.'), 'Chile', 'SANCTIONED', 'Peru')).toBe(false);
  });
});

describe('a past form before a co-agent (stop 44)', () => {
  it('reads "X mediated, along with Y, talks between …" with both mediating', () => {
    const r = run('Brazil mediated, along with Norway, talks between Chile and Peru.');
    expect(has(r, 'Brazil', 'MEDIATED', 'Chile')).toBe(true);
    expect(has(r, 'Norway', 'MEDIATED', 'Peru')).toBe(true);
  });
});

describe('what a state calls a body (stop 44)', () => {
  it('reads "which Peru calls the Vega Junta" as naming the body, not as a call to it', () => {
    const r = run('The council, which Peru calls the Vega Junta, detained Marta Solis.');
    expect(has(r, 'Peru', 'MET_WITH', 'Vega Junta')).toBe(false);
    expect(has(r, 'Vega Junta', 'ARRESTED', 'Marta Solis')).toBe(true);
  });
});
