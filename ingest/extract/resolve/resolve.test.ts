/** Resolution on text it was never written for: names the text defines, equates or leaves bare. */
import { describe, expect, it } from 'vitest';
import { has, run, typeOf } from '../spec-helpers.ts';
import { lookup } from '../mentions/gazetteer/index.ts';

describe('resolution', () => {
  it('types a name by the apposition that defines it and merges the two', () => {
    const r = run('ZEPA, a regional security pact, was signed by Kenya. Halvor Agro, a Norwegian seed company, was sold.');
    expect(typeOf(r, 'ZEPA')).toBe('Treaty');
    expect(r.entities.filter((e) => e.type === 'Treaty')).toHaveLength(1);
    expect(typeOf(r, 'Halvor Agro')).toBe('Organization');
    expect(has(r, 'Kenya', 'SIGNED', 'ZEPA')).toBe(true);
  });
  it('types a bare name as a person by an apposition whose title is qualified by names', () => {
    const r = run('Orla Brenn, the Nordic Council Arctic adviser, flew to Oslo. Teodor Vask, the Kremlin\'s chief negotiator, stayed home.');
    expect(typeOf(r, 'Orla Brenn')).toBe('Person');
    expect(typeOf(r, 'Teodor Vask')).toBe('Person');
  });
  it('does not type a body as a person because the next sentence opens with a pronoun for someone named before it', () => {
    const r = run('Lena Marsh met Oskar Dahl, who leads Vinter Samling. She will be sworn in on Monday.');
    expect(typeOf(r, 'Vinter Samling')).not.toBe('Person');
  });
  it('reads a bare name written with letters beyond Latin-1 as a person, as it reads one without them', () => {
    const r = run('Dovilė Šimkutė, 41, grew up in Kaunas. She later sued Lithuania over a land deal.');
    expect(typeOf(r, 'Dovilė Šimkutė')).toBe('Person');
    expect(has(r, 'Dovilė Šimkutė', 'SUED', 'Lithuania')).toBe(true);
  });
  it('types bodies named in the language of their country as bodies ("Partido …", "Jaish …", "… Air")', () => {
    const r = run('Police raided the offices of Partido Verde Andino in Quito. Jaish al-Nasr claimed the attack. Blue Lagoon Air bought two jets.');
    expect(typeOf(r, 'Partido Verde Andino')).toBe('Organization');
    expect(typeOf(r, 'Jaish al-Nasr')).toBe('Organization');
    expect(typeOf(r, 'Blue Lagoon Air')).toBe('Organization');
    // (Not a person's given name that is also such a word, nor a title's field: "US Trade Representative".)
    expect(typeOf(run('Ansar Burney, a Pakistani lawyer, visited India.'), 'Ansar Burney')).toBe('Person');
    expect(typeOf(run('Tarvo Metals said on Friday it would close a smelter.'), 'Tarvo Metals')).toBe('Organization');
  });
  it('keeps a compass word that opens a region named before its kind ("Sudan\'s North Kordofan state")', () => {
    const r = run("Shelling hit Sudan's North Kordofan state and Chad's West Ouaddai region.");
    expect(typeOf(r, 'North Kordofan')).toBe('Place');
    expect(has(r, 'North Kordofan', 'LOCATED_IN', 'Sudan')).toBe(true);
    expect(typeOf(r, 'West Ouaddai')).toBe('Place');
    expect(r.entities.some((e) => e.name === 'Kordofan')).toBe(false);
  });
  it('reads a plural event or disaster noun opening a sentence before its verb as a common noun', () => {
    const r = run('Sanctions hit Peru hard last year. Floods hit Nepal in July. Levy accused Chile.');
    expect(r.entities.some((e) => e.name === 'Sanctions' || e.name === 'Floods')).toBe(false);
    expect(r.relations.some((x) => x.type === 'ATTACKED')).toBe(false);
    expect(typeOf(r, 'Levy')).toBeDefined();
  });
  it('splits two firms of two words or more joined by "and", and places each "based" firm in its own city', () => {
    const r = run('Peru fined Tarvo Lumen and Nordvik Grain Trading.');
    expect(typeOf(r, 'Tarvo Lumen')).toBe('Organization');
    expect(typeOf(r, 'Nordvik Grain Trading')).toBe('Organization');
    // ("Panama-registered" is a ship's flag as often as a seat: no place from it.)
    expect(has(run('Iran seized the Panama-registered tanker Niovi.'), 'Niovi', 'LOCATED_IN', 'Panama')).toBe(false);
    expect(typeOf(run('The Peace and Progress Party won.'), 'Peace and Progress Party')).toBe('Organization');
    const both = run('Oslo-based Halden Mining and Lima-based Vask Shipping bid for the port.');
    expect(has(both, 'Halden Mining', 'LOCATED_IN', 'Oslo')).toBe(true);
    expect(has(both, 'Vask Shipping', 'LOCATED_IN', 'Lima')).toBe(true);
    expect(has(both, 'Vask Shipping', 'LOCATED_IN', 'Oslo')).toBe(false);
  });
  it('keeps a title inside the name of the office that serves it', () => {
    const r = run('The Office of the Prime Minister in Suva said on Monday that the Office of the Director of Public Prosecutions had opened a case. Chile\'s Joint Headquarters denied it.');
    expect(typeOf(r, 'Office of the Prime Minister')).toBe('Organization');
    expect(typeOf(r, 'Office of the Director of Public Prosecutions')).toBe('Organization');
    expect(typeOf(r, 'Joint Headquarters')).toBe('Organization');
    expect(r.entities.some((e) => e.type === 'Person')).toBe(false);
  });
  it('keeps names joined by an ampersand as one firm', () => {
    const r = run('Brenner & Vask opened an office in Oslo, and Castell & Ruiz sued Peru.');
    expect(typeOf(r, 'Brenner & Vask')).toBe('Organization');
    expect(has(r, 'Castell & Ruiz', 'SUED', 'Peru')).toBe(true);
    expect(r.entities.some((e) => e.name === 'Brenner' || e.name === 'Vask')).toBe(false);
    // (Places joined so are the places, or the state named so.)
    const places = run('Trinidad & Tobago signed a gas deal with Guyana. Police in Jammu & Kashmir arrested three men.');
    expect(typeOf(places, 'Trinidad and Tobago')).toBe('Country');
    expect(places.entities.some((e) => e.type === 'Organization' && /&/.test(e.name))).toBe(false);
  });
  it('types names listed after a plural noun for people as people', () => {
    const r = run('Police in Lima questioned three students, Orla Brenn, Kade Lusk and Tiva Morn, after the march.');
    for (const n of ['Orla Brenn', 'Kade Lusk', 'Tiva Morn']) expect(typeOf(r, n)).toBe('Person');
  });
  it('reads a place that is also a given name, before a surname, as a person, not the place', () => {
    const r = run('Defence Minister Israel Varga visited Lima. Jordan Okoye criticised Peru.');
    expect(typeOf(r, 'Israel Varga')).toBe('Person');
    expect(typeOf(r, 'Jordan Okoye')).toBe('Person');
    expect(has(r, 'Jordan Okoye', 'CRITICIZED', 'Peru')).toBe(true);
    expect(r.entities.some((e) => e.name === 'Israel' || e.name === 'Jordan')).toBe(false);
    const places = run('The Israel Defense Forces struck Gaza. Water in the Jordan River fell.');
    expect(typeOf(places, 'Israel Defense Forces')).toBe('Organization');
    expect(typeOf(places, 'Jordan River')).toBe('Place');
  });
  it('types a name after "opposition" as a body, not a person', () => {
    const r = run('The opposition Tana Forward boycotted the vote, and Peru criticised Tana Forward.');
    expect(typeOf(r, 'Tana Forward')).toBe('Organization');
  });
  it("reads a day's or month's name after a title as a given name, and a capitalised modifier opening the sentence as none", () => {
    const r = run('Palace aides said envoy Friday Adeyemi had met Tourism Minister June Okafor.');
    expect(typeOf(r, 'June Okafor')).toBe('Person');
    expect(has(r, 'Friday Adeyemi', 'MET_WITH', 'June Okafor')).toBe(true);
    expect(r.entities.some((e) => e.name === 'Palace')).toBe(false);
  });
  it('reads an occupation opening the sentence as what the name after it is, not as part of the name', () => {
    const r = run('Blogger Tarik Osei was detained in Accra on Monday.');
    expect(typeOf(r, 'Tarik Osei')).toBe('Person');
    expect(r.entities.some((e) => e.name.startsWith('Blogger'))).toBe(false);
  });
  it("types a bare name as a person when set off after a title of a state, or when it owns a government", () => {
    const r = run('The chief negotiator of Peru, Tiva Morn, left the room. Chile backed Kade Lusk\'s government in May.');
    expect(typeOf(r, 'Tiva Morn')).toBe('Person');
    expect(typeOf(r, 'Kade Lusk')).toBe('Person');
  });
  it('types the subject of a passive only people undergo as a person', () => {
    expect(typeOf(run('Tiva Morn was abducted near Tacna last year.'), 'Tiva Morn')).toBe('Person');
    expect(typeOf(run('Halden Agro was fined by Peru last year.'), 'Halden Agro')).not.toBe('Person');
  });
  it('keeps two abstract nouns joined after "for" in one body\'s name, a title word among them', () => {
    const r = run('The Front for Justice and Dignity attacked Tacna. The Union for Unity and Progress signed a truce with Chile.');
    expect(has(r, 'Front for Justice and Dignity', 'ATTACKED', 'Tacna')).toBe(true);
    expect(typeOf(r, 'Union for Unity and Progress')).toBe('Organization');
    expect(r.entities.some((e) => e.name === 'Renewal' || e.name === 'Dignity')).toBe(false);
  });
  it('keeps a region that opens a longer name in that name, not as the region', () => {
    const r = run('Patagonia Lumen, a wind developer, signed a supply deal with Chile. Siberia Vostok Timber sued Russia.');
    expect(r.entities.some((e) => e.name === 'Patagonia Lumen')).toBe(true);
    expect(has(r, 'Siberia Vostok Timber', 'SUED', 'Russia')).toBe(true);
    expect(r.entities.some((e) => e.name === 'Patagonia' || e.name === 'Siberia')).toBe(false);
    // A title word before the body's kind is part of the name.
    expect(typeOf(run('The Andes Justice Initiative sued Peru in 2019.'), 'Andes Justice Initiative')).toBe('Organization');
    // A region after a preposition, or before a group of states, stays the region.
    const places = run('The Gulf Arab states met in Doha.');
    expect(places.entities.some((e) => e.name === 'Gulf Arab')).toBe(false);
  });
  it("gives a counterpart the office of the one named with a title in the sentences before", () => {
    const r = run("Bolivia's finance minister, Ana Quispe, opened the talks. Her Peruvian counterpart, Tomas Vidal, spoke second.");
    expect(has(r, 'Tomas Vidal', 'MINISTER_OF', 'Peru')).toBe(true);
  });
  it("makes the chief of a state's police or army an official of the state, not its head", () => {
    const r = run("Peru's army chief, Tomas Vidal, retired on Monday.");
    expect(has(r, 'Tomas Vidal', 'OFFICIAL_OF', 'Peru')).toBe(true);
    expect(has(r, 'Tomas Vidal', 'HEAD_OF', 'Peru')).toBe(false);
  });
  it('reads "its" before a minister\'s title as the state named before, not a body of states', () => {
    const r = run('Chile said on Monday it would leave the World Trade Organization, and its trade minister, Ana Ruiz, called the body unfair.');
    expect(has(r, 'Ana Ruiz', 'MINISTER_OF', 'Chile')).toBe(true);
    expect(has(r, 'Ana Ruiz', 'MINISTER_OF', 'World Trade Organization')).toBe(false);
  });
  it('reads "Communication" before a minister\'s title as a portfolio, not a body', () => {
    const r = run('Communication Minister Tiva Morn denied the report on Friday.');
    expect(typeOf(r, 'Tiva Morn')).toBe('Person');
    expect(r.entities.some((e) => e.name === 'Communication')).toBe(false);
  });
  it('keeps a regulator named by two joined nouns and its kind in one name', () => {
    const r = run("Peru's Consumer and Competition Board fined Halden Mining. The Securities and Exchange Commission sued Acme Corp.");
    expect(has(r, 'Consumer and Competition Board', 'CHARGED', 'Halden Mining')).toBe(true);
    expect(typeOf(r, 'Securities and Exchange Commission')).toBe('Organization');
    expect(r.entities.some((e) => e.name === 'Consumer' || e.name === 'Securities')).toBe(false);
  });
  it("reads a body's name without its kind word as the body named in full before", () => {
    const r = run('The Ruby Dawn Party won four seats in March. Peru later banned Ruby Dawn from the next vote.');
    expect(has(r, 'Peru', 'BLACKLISTED', 'Ruby Dawn Party')).toBe(true);
    expect(r.entities.some((e) => e.name === 'Ruby Dawn')).toBe(false);
  });
  it('never takes the agency a dateline credits for the body "its" refers to', () => {
    const r = run('QUITO, June 4 (AP) - Troops of the Condor Front left Tacna on Sunday. Its spokesman, Tomas Vidal, blamed Peru.');
    expect(has(r, 'Tomas Vidal', 'SPOKESPERSON_OF', 'Condor Front')).toBe(true);
    expect(has(r, 'Tomas Vidal', 'SPOKESPERSON_OF', 'Associated Press')).toBe(false);
    // The first word after a dateline opens the sentence: "Troops" is no name.
    expect(r.entities.some((e) => e.name.startsWith('Troops'))).toBe(false);
  });
  it("makes a state's regulator, directorate or tribunal part of it, not a body located there", () => {
    const r = run("Peru's Fisheries Authority fined Halden Mining. Chile's Customs Directorate seized the cargo.");
    expect(has(r, 'Fisheries Authority', 'PART_OF', 'Peru')).toBe(true);
    expect(has(r, 'Customs Directorate', 'PART_OF', 'Chile')).toBe(true);
    expect(has(r, 'Fisheries Authority', 'LOCATED_IN', 'Peru')).toBe(false);
  });
  it('makes "a senior commander" of a body one of its officials, not its head; "a former mayor" still headed the place', () => {
    const r = run('Senior Condor Front commander Tomas Vidal surrendered in May. Ana Ruiz, a former mayor of Arica, spoke.');
    expect(has(r, 'Tomas Vidal', 'OFFICIAL_OF', 'Condor Front')).toBe(true);
    expect(has(r, 'Tomas Vidal', 'HEAD_OF', 'Condor Front')).toBe(false);
    expect(has(r, 'Ana Ruiz', 'HEAD_OF', 'Arica')).toBe(true);
  });
  it('keeps bodies whole: "Confederation of <demonym> X", a hyphenated keyword; a business noun before a name makes no person', () => {
    const r = run('Lena Marsh chairs the Confederation of Peruvian Exporters. The Andean Movement-in-Exile attacked Tacna. Halden Mining bought the Chilean steelmaker Vask Alloys in May.');
    expect(typeOf(r, 'Confederation of Peruvian Exporters')).toBe('Organization');
    expect(has(r, 'Andean Movement-in-Exile', 'ATTACKED', 'Tacna')).toBe(true);
    expect(typeOf(r, 'Vask Alloys')).toBe('Organization');
  });
  it('keeps firms, dates and foundations apart from the people the new name rules find', () => {
    expect(typeOf(run('Halden Advisory was appointed to run the sale of the mine.'), 'Halden Advisory')).not.toBe('Person');
    expect(run('Singer Holdings bought Halden Energy in May.').entities.some((e) => e.name === 'Singer Holdings')).toBe(true);
    expect(run('A Pentagon spokesman Friday Tomas Vidal said so.').entities.some((e) => e.name.startsWith('Friday'))).toBe(false);
    const r = run('The Ebo Quansah Foundation gave Ghana $2 million. Ebo Quansah said the money would build clinics.');
    expect(typeOf(r, 'Ebo Quansah')).toBe('Person');
  });
  it('gives a counterpart the office of the one "her" or "his" stands for', () => {
    const r = run("Peru's president, Ana Ruiz, met Chile's foreign minister, Tomas Vidal, in Lima. Her Chilean counterpart, Jose Luna, arrived later.");
    expect(has(r, 'Jose Luna', 'PRESIDENT_OF', 'Chile')).toBe(true);
  });
  it('reads "May" after a word of time as the month, not a name joined to the state after it', () => {
    const r = run('In May Chile signed a water accord with Peru. Since May Bolivia has criticised it.');
    expect(has(r, 'Chile', 'SIGNED', 'water accord')).toBe(true);
    expect(r.entities.some((e) => e.name.startsWith('May'))).toBe(false);
  });
  it('types a bare name that opens with a common given name as a person, but not a firm named after someone', () => {
    const r = run('Camila Ostrowski landed in Quito on Monday. Clyde Alloys, a steel firm, bought a mill in Peru.');
    expect(typeOf(r, 'Camila Ostrowski')).toBe('Person');
    expect(typeOf(r, 'Clyde Alloys')).toBe('Organization');
  });
  it('reads a capital before "-based" as the place a body is based in, not its state', () => {
    const r = run('Lima-based Vask Alloys sued Bolivia over the tariffs.');
    expect(has(r, 'Vask Alloys', 'LOCATED_IN', 'Lima')).toBe(true);
    expect(typeOf(r, 'Lima')).toBe('Place');
  });
  it('makes no union or trade body part of a state, whatever its keyword', () => {
    const r = run('The Peru Congress of Trade Unions called a strike, and Peru\'s National Congress met.');
    expect(has(r, 'Peru Congress of Trade Unions', 'PART_OF', 'Peru')).toBe(false);
  });
  it('makes "a state\'s head of state" its leader', () => {
    const r = run("Ana Ruiz, Peru's head of state, visited Chile.");
    expect(has(r, 'Ana Ruiz', 'LEADER_OF', 'Peru')).toBe(true);
    expect(has(r, 'Ana Ruiz', 'OFFICIAL_OF', 'Peru')).toBe(false);
  });
  it('makes one treaty of two names the text equates', () => {
    const r = run('The Arusha accord, formally the Treaty of Arusha, ended the war.');
    const treaties = r.entities.filter((e) => e.type === 'Treaty');
    expect(treaties).toHaveLength(1);
    expect([treaties[0]!.name, ...treaties[0]!.aliases]).toContain('Treaty of Arusha');
  });
  it('keeps initials, particles and patronymic chains in a name', () => {
    const r = run('He met F. W. de Klerk in Pretoria. The ministers, Abdullah bin Zayed Al Nahyan and Khalid bin Mohammed Al Attiyah, signed.');
    expect(typeOf(r, 'F. W. de Klerk')).toBe('Person');
    expect(typeOf(r, 'Abdullah bin Zayed Al Nahyan')).toBe('Person');
    expect(typeOf(r, 'Khalid bin Mohammed Al Attiyah')).toBe('Person');
  });
  it('types a one-word name as a person when it is a subject a personal pronoun takes up, and a body by "it"', () => {
    for (const text of ['Okafor told reporters that he would resign.', 'Mbatha, who took office in May, said Kenya would back her plan.', 'Tamsin spoke in Lusaka on Monday. She left on Tuesday.']) {
      const n = text.split(/[ ,]/)[0]!;
      expect(typeOf(run(text), n), n).toBe('Person');
    }
    // Not when a person was named just before: "he" is that person.
    expect(typeOf(run('President Ana Ruiz was arrested on Monday. Norvex said he had resigned.'), 'Norvex')).not.toBe('Person');
    const body = run('Norvex said it would cut 300 jobs. Sellers told reporters he had left.');
    expect(typeOf(body, 'Norvex')).not.toBe('Person');
    expect(typeOf(body, 'Sellers')).toBeUndefined();
  });
  it('does not make a clause subject after an opening place phrase one more place of a list', () => {
    const r = run('Speaking in Lusaka, Mbatha said he would resign. Floods hit towns in Chipata, Ndola and Kitwe.');
    expect(typeOf(r, 'Mbatha')).toBe('Person');
    for (const n of ['Ndola', 'Kitwe']) expect(typeOf(r, n), n).toBe('Place');
  });
  it('knows a region written with its kind by that name too ("the Tacna region")', () => {
    const r = run("Chile's forces entered the Tacna region of Peru on Monday.");
    const tacna = r.entities.find((e) => e.name === 'Tacna');
    expect(tacna?.type).toBe('Place');
    expect(tacna?.aliases).toContain('Tacna region');
  });
  it('reads "Central American" or "Latin American" as a region\'s people, not the United States', () => {
    const r = run('Chile sent doctors to a Central American state. Peru met Latin American leaders in Lima.');
    expect(r.entities.some((e) => e.name === 'United States' || e.name === 'American' || e.name === 'Latin American')).toBe(false);
  });
  it('makes no event of a treaty or event noun that modifies a noun after it ("a ceasefire proposal")', () => {
    const r = run("The Andean Front rejected Chile's latest ceasefire proposal. Peru's treaty obligations were debated.");
    expect(r.entities.filter((e) => e.type === 'Event' || e.type === 'Treaty')).toHaveLength(0);
  });
  it('finds a town written without its accents in the country the article names ("Besancon", France)', () => {
    const r = run('Protesters marched in Besancon on Saturday. France said the reform would go ahead.');
    expect(has(r, 'Besancon', 'LOCATED_IN', 'France')).toBe(true);
  });
  it('reads a capitalised common noun opening a sentence before the people who act as no name ("Relief crews", "Border guards")', () => {
    const r = run('Relief crews reached Lusaka on Monday. Border guards detained Ana Ruiz. Opposition lawmakers criticised Zambia.');
    expect(r.entities.some((e) => /^(?:Relief|Border|Opposition)$/.test(e.name))).toBe(false);
  });
  it('knows a body named with its country first by its own name too, and "U.N." as "UN"', () => {
    const r = run('The U.N. Security Council met on Monday. The U.S. Central Intelligence Agency helped Chile.');
    const council = r.entities.find((e) => e.name === 'U.N. Security Council' || e.aliases.includes('U.N. Security Council'));
    expect([council?.name, ...(council?.aliases ?? [])]).toContain('UN Security Council');
    expect(typeOf(r, 'Central Intelligence Agency')).toBe('Organization');
  });
  it('names a unit by its number whole ("the 5th Battalion", "the 12th Mountain Division")', () => {
    const r = run('Chile brokered a truce between the Andean Guard and the 5th Battalion. The 12th Mountain Division withdrew from Arica.');
    expect(typeOf(r, '5th Battalion')).toBe('Organization');
    expect(has(r, 'Chile', 'MEDIATED', '5th Battalion')).toBe(true);
    expect(r.entities.some((e) => e.name === 'Battalion' || e.name === 'Mountain Division')).toBe(false);
  });
  it('leaves an amount out of an agreement\'s name ("a $1.1 billion investment agreement")', () => {
    const r = run('Chile agreed a $40 million investment agreement with Peru. Bolivia and Paraguay reached a 200 million euro trade deal.');
    expect(typeOf(r, 'investment agreement')).toBe('Treaty');
    expect(typeOf(r, 'trade deal')).toBe('Treaty');
    expect(r.entities.some((e) => /\d|million|billion/.test(e.name))).toBe(false);
  });
  it('keeps a capital someone visited a place, in its country, while a capital that acts stands for its state', () => {
    const r = run('The Chilean envoy, who visited Lima in March, praised Peru. Lima rejected the claim.');
    expect(r.entities.some((e) => e.name === 'Lima' && e.type === 'Place')).toBe(true);
    expect(r.relations.some((x) => x.type === 'LOCATED_IN' && r.entities.find((e) => e.id === x.source)?.type === 'Place')).toBe(true);
  });
  it('types a bare name as a person only with evidence in the text', () => {
    const withEvidence = run('Ana Ruiz won the vote. Ruiz thanked her supporters.');
    expect(typeOf(withEvidence, 'Ana Ruiz')).toBe('Person');
    const without = run('Ardent Harvest bought Kestrel Seeds.');
    expect(typeOf(without, 'Ardent Harvest')).not.toBe('Person');
  });
  it('makes a seat of power that speaks for its country an organisation of that country', () => {
    const r = run('The Kremlin criticized the International Olympic Committee.');
    expect(has(r, 'Russia', 'CRITICIZED', 'International Olympic Committee')).toBe(true);
    expect(has(r, 'Kremlin', 'PART_OF', 'Russia')).toBe(true);
  });
  it('types a bare patronymic chain and a delegate signing "on behalf of" a body as people', () => {
    const r = run('The pact was signed by Khalid bin Saeed Al Marri and by Tomas Ekwueme Obi on behalf of the Coastal Union.');
    expect(typeOf(r, 'Khalid bin Saeed Al Marri')).toBe('Person');
    expect(typeOf(r, 'Tomas Ekwueme Obi')).toBe('Person');
  });
  it('names a definite event by the state or place "in" gives it, and leaves an indefinite one unnamed', () => {
    const r = run('Peru blamed Chile for the war in Bolivia. Ghana sent observers to a war in the region.');
    expect(typeOf(r, 'war in Bolivia')).toBe('Event');
    expect(has(r, 'war in Bolivia', 'LOCATED_IN', 'Bolivia')).toBe(true);
    expect(r.entities.filter((e) => e.type === 'Event')).toHaveLength(1);
  });
  it('knows well-known companies by name, and places one named for its state there', () => {
    const r = run('Peru bought chips from Nvidia and jets from Qatar Airways.');
    expect(typeOf(r, 'Nvidia')).toBe('Organization');
    expect(has(r, 'Qatar Airways', 'LOCATED_IN', 'Qatar')).toBe(true);
  });
  it('keeps a state named only by a demonym only when it is in a fact', () => {
    const r = run('Protesters waved Russian flags in Niamey. Chilean troops attacked Bolivia.');
    expect(r.entities.some((e) => e.name === 'Russia')).toBe(false);
    expect(r.entities.some((e) => e.name === 'Chile')).toBe(true);
    expect(has(r, 'Chile', 'ATTACKED', 'Bolivia')).toBe(true);
  });
  it('ties a bare title to a country only on its own sentence', () => {
    const r = run('SEOUL — President Lee Jae-myung met Japanese Prime Minister Shigeru Ishiba in Tokyo. President Lee said South Korea would help.');
    expect(has(r, 'Lee Jae-myung', 'PRESIDENT_OF', 'Japan')).toBe(false);
    expect(has(r, 'Lee Jae-myung', 'PRESIDENT_OF', 'South Korea')).toBe(true);
  });
  it('ties a bare title served "under" to the state whose office the sentence names', () => {
    const r = run("Chile's ambassador in Bogota under President Marco Diaz, Ana Ruiz, resigned on Monday.", 'German Chancellor Olaf Scholz thanked President Joe Biden.', 'The envoy to Peru under President Jose Luna was recalled.');
    expect(has(r, 'Marco Diaz', 'PRESIDENT_OF', 'Chile')).toBe(true);
    expect(has(r, 'Joe Biden', 'PRESIDENT_OF', 'Germany')).toBe(false);
    // (A preposition between a state and a title makes the title no office of that state.)
    expect(has(r, 'Jose Luna', 'OFFICIAL_OF', 'Peru')).toBe(false);
  });
  it('types names by their neighbours: a plural agent noun opening a sentence is none, a descriptor makes a body, a coordinated person a person', () => {
    const r = run('Investigators detained Jose Luna in Lima, Peru. Ana Quispe and Marco Diaz met at the Carmelite Monastery. Luna joined the centre-left Somos Andes party.');
    expect(r.entities.some((e) => e.name === 'Investigators')).toBe(false);
    expect(typeOf(r, 'Ana Quispe')).toBe('Person');
    expect(typeOf(r, 'Carmelite Monastery')).toBe('Place');
    expect(typeOf(r, 'Somos Andes')).toBe('Organization');
  });
  it('reads a plural agent noun opening a sentence before a place as a common noun, and keeps a surname or firm there', () => {
    const r = run('Critics in Quelimane say the port is idle. Analysts at Banco Sul expect losses. Residents of Nampula fled. Siemens in Munich reported profits.');
    for (const word of ['Critics', 'Analysts', 'Residents']) expect(r.entities.some((e) => e.name === word)).toBe(false);
    expect(r.entities.some((e) => e.name === 'Siemens')).toBe(true);
  });
  it('names a body after its holder whole, so two such offices stay two', () => {
    const r = run("The Regional Prosecutor's Office in Tarija charged 13 people. The President's Office in Sucre denied it.");
    const offices = r.entities.filter((e) => e.type === 'Organization').map((e) => e.name).sort();
    expect(offices).toEqual(["President's Office", "Regional Prosecutor's Office"]);
  });
  it('places a province the gazetteer knows without a country in the country the document names', () => {
    const r = run('Fighting spread across Tigray on Monday. Ethiopia called for calm.');
    expect(has(r, 'Tigray', 'LOCATED_IN', 'Ethiopia')).toBe(true);
  });
  it('places a town typed by "mayor of" in the country the document names, without its municipal suffix', () => {
    const r = run('Kim Min-ho was elected mayor of Seongnam in 2010, South Korea said.');
    expect(has(r, 'Seongnam', 'LOCATED_IN', 'South Korea')).toBe(true);
  });
  it('places a region of a country the document names, from the world regions list', () => {
    const r = run('Gunmen attacked a village in Borno State, Nigeria said. Officials in Kerala, India, closed schools.');
    expect(has(r, 'Borno State', 'LOCATED_IN', 'Nigeria')).toBe(true);
    expect(has(r, 'Kerala', 'LOCATED_IN', 'India')).toBe(true);
  });
  it('knows a person by the first word of the full name, and keeps a royal style as a name', () => {
    const r = run('Prime Minister Abiy Ahmed met Emir Sheikh Hamad bin Khalifa in Doha. Abiy said the talks went well.');
    expect(r.entities.some((e) => e.name === 'Abiy')).toBe(false);
    expect(r.entities.find((e) => e.name === 'Hamad bin Khalifa')?.aliases).toContain('Sheikh Hamad bin Khalifa');
  });
  it('reads well-known treaty acronyms as treaties, a common noun opening a sentence as no name, and Hong Kong as a place', () => {
    const r = run('Police said Mexico and Canada signed the USMCA in Hong Kong. Riot police stood by.');
    expect(typeOf(r, 'USMCA')).toBe('Treaty');
    expect(typeOf(r, 'Hong Kong')).toBe('Place');
    expect(r.entities.some((e) => e.name === 'Police')).toBe(false);
  });
  it('names an owned event by the owner as written too ("G20 summit")', () => {
    const r = run('Leaders met at the G20 summit in Osaka, Japan.');
    expect(r.entities.find((e) => e.type === 'Event')?.aliases).toContain('G20 summit');
  });
  it("reads a country's government body written in lower case as that body", () => {
    const r = run("Chile's foreign ministry condemned the sanctions.");
    const ministry = r.entities.find((e) => e.type === 'Organization');
    expect(ministry?.aliases.map((a) => a.toLowerCase())).toContain('foreign ministry');
    expect(has(r, ministry!.name, 'PART_OF', 'Chile')).toBe(true);
  });
  it('reads regional adjectives as no names and the body of "Its chief executive" from the sentence before', () => {
    const r = run('West African leaders met. European officials and the Gulf states agreed. Norvik Energy sued Chile. Its chief executive, Ana Ruiz, said so.');
    expect(r.entities.map((e) => e.name).filter((n) => /African|European|Gulf/.test(n))).toEqual([]);
    expect(has(r, 'Ana Ruiz', 'HEAD_OF', 'Norvik Energy')).toBe(true);
  });
  it('reads the first word of a company named in full as its short form ("Korvant" for "Korvant Minerals")', () => {
    const r = run('Canadian miner Korvant Minerals agreed to buy Salar Andino. Korvant, which is based in Toronto, said so.');
    expect(r.entities.find((e) => e.name === 'Korvant Minerals')?.aliases).toContain('Korvant');
    expect(r.entities.some((e) => e.name === 'Korvant')).toBe(false);
  });
  it('types a bare name as a person from a possessive apposition or a kin word, and as a body after "the pension fund"', () => {
    const r = run("Ana Quispe, Chile's foreign minister and chief negotiator, said so. Rosa Lema, Quispe's fiancee, who had waited outside, left. The pension fund Previsora Austral agreed to sell.");
    expect(typeOf(r, 'Ana Quispe')).toBe('Person');
    expect(typeOf(r, 'Rosa Lema')).toBe('Person');
    expect(typeOf(r, 'Previsora Austral')).toBe('Organization');
  });
  it('keeps a second seat of government its own city, and a capital a place when a flight is bound for it', () => {
    const r = run('He was put on a chartered jet bound for The Hague, the Netherlands said.');
    expect(has(r, 'The Hague', 'LOCATED_IN', 'Netherlands')).toBe(true);
    expect(r.entities.some((e) => e.name === 'Amsterdam')).toBe(false);
  });
  it('keeps capitals places along a list that opens with a locative ("in Yaounde, Malabo and Sao Tome")', () => {
    const r = run('She met governments in Yaounde, Malabo and Sao Tome, and Cameroon, Equatorial Guinea and Sao Tome and Principe signed the accord.');
    expect(has(r, 'Sao Tome', 'LOCATED_IN', 'Sao Tome and Principe')).toBe(true);
    expect(has(r, 'Malabo', 'LOCATED_IN', 'Equatorial Guinea')).toBe(true);
  });
  it('places well-known national bodies in their country when the article names it ("Bundestag" in Germany)', () => {
    const r = run('The Bundestag approved the budget, Germany said.');
    expect(has(r, 'Bundestag', 'PART_OF', 'Germany')).toBe(true);
  });
  it('reads a demonym and a name as the whole name the document gave before ("the ruling Chilean Renewal party" … "Chilean Renewal")', () => {
    const r = run('The ruling Chilean Renewal party won. Ana Ruiz, a critic of Chilean Renewal, resigned.');
    expect(has(r, 'Ana Ruiz', 'CRITICIZED', 'Chilean Renewal')).toBe(true);
    expect(r.entities.filter((e) => e.type === 'Organization').map((e) => e.name)).toEqual(['Chilean Renewal']);
  });
  it('finds no organisations in query keywords or capitalised headings', () => {
    const r = run('ANALYSIS\nWHAT HAPPENS NEXT\nAnalysts ran MATCH and RETURN queries while NATO met.');
    expect(r.entities.map((e) => e.name)).toEqual(['North Atlantic Treaty Organization']);
  });
  it('reads a bare name as a person when it does what only people do, or is joined to a person over an adjective', () => {
    const r = run('Tomas Ekwueme Ilori was born in Porto-Novo in 1961. By noon Nadia Soglo had conceded. Benin\'s courts later freed Farida Adjovi and jailed Lionel Akpaki.');
    expect(typeOf(r, 'Tomas Ekwueme Ilori')).toBe('Person');
    expect(typeOf(r, 'Nadia Soglo')).toBe('Person');
    expect(typeOf(run('Police detained Farida Adjovi and incumbent Lionel Akpaki.'), 'Lionel Akpaki')).toBe('Person');
    // Parties win elections and firms plead guilty too; a rival is no person's adjective.
    expect(typeOf(run('Lumen Harbor won the general election.'), 'Lumen Harbor')).not.toBe('Person');
    expect(typeOf(run('Lumen Harbor pleaded guilty to fraud.'), 'Lumen Harbor')).not.toBe('Person');
  });
  it('takes the head of an apposition, not its possessor, as what a name is ("the party\'s candidate")', () => {
    const r = run("The seat went to Mahlaba Tsoene, the governing party's candidate in Maseru. Corvex Mining, the party's biggest donor, declined to comment.");
    expect(typeOf(r, 'Mahlaba Tsoene')).toBe('Person');
    expect(typeOf(r, 'Corvex Mining')).toBe('Organization');
  });
  it('keeps names joined by "and" whole when abstract nouns are joined ("Peace and Progress Party")', () => {
    const r = run("The Peace and Progress Party held its congress in Hue. Japan's Trade and Growth Initiative funds ports in Laos. Toyota and Hino Motors merged.");
    const names = r.entities.map((e) => e.name);
    expect(names).toContain('Peace and Progress Party');
    expect(names).toContain('Trade and Growth Initiative');
    expect(names).not.toContain('Peace');
    expect(names).toContain('Hino Motors');
    // Two bodies joined by "and" stay two when no body's kind closes the pair.
    expect(run('Support for Labour and Reform UK rose.').entities.map((e) => e.name)).not.toContain('Labour and Reform UK');
  });
  it('ends a name at a portfolio title but keeps a title that closes a body named "of" it', () => {
    const r = run('A paper from the Office of the Fiji Trade Representative was welcomed by Malawian Energy Minister Ruth Banda. Business Secretary Owen Pryce and Socialist Party of Chile General Secretary Ana Rojas were not consulted.');
    const names = r.entities.map((e) => e.name);
    expect(names).toContain('Office of the Fiji Trade Representative');
    expect(names).not.toContain('Malawian Energy');
    expect(names).not.toContain('Business');
    expect(has(r, 'Ruth Banda', 'MINISTER_OF', 'Malawi')).toBe(true);
    expect(has(r, 'Ana Rojas', 'HEAD_OF', 'Socialist Party of Chile')).toBe(true);
  });
  it('reads an event noun or a contrasting adjective opening a sentence as no name ("Talks in X", "Rival groups")', () => {
    const r = run('Negotiations in Nairobi resumed late on Sunday. Rival clan elders met in Kismayo.');
    const names = r.entities.map((e) => e.name);
    expect(names).not.toContain('Negotiations');
    expect(names).not.toContain('Rival');
  });
  it('types a name by an apposition naming a residence or venue as a place, not a person', () => {
    const r = run("Vellmar, the president's summer residence outside the capital, is closed to visitors.");
    expect(typeOf(r, 'Vellmar')).toBe('Place');
  });
  it('reads a double surname used alone as the person named in full before', () => {
    const r = run('Trade Minister Rocio Valdes Arancibia of Chile arrived. Valdes Arancibia said an office in Shanghai would open on Friday.');
    expect(r.entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(['Rocio Valdes Arancibia']);
  });
  it('names broadcasters and roads with their number, missions with the country they serve, and a body before "-linked"', () => {
    const r = run("Traffic on Route 12 was filmed by Turkey's Channel 7. The UN Verification Mission in Colombia counted al Shabaab-linked recruits.");
    const names = r.entities.map((e) => e.name);
    expect(names).toContain('Channel 7');
    expect(names).toContain('Route 12');
    expect(names).toContain('UN Verification Mission in Colombia');
    expect(names).not.toContain('Channel');
  });
  it('knows spelling variants of demonyms ("Ecuadorean", "Kazakhstani")', () => {
    expect(lookup('Ecuadorean')?.country ?? lookup('Ecuadorean')?.canonical).toBe('Ecuador');
    expect(lookup('Kazakhstani')?.country ?? lookup('Kazakhstani')?.canonical).toBe('Kazakhstan');
  });
  it('types a name opened by a city and closed by a business word as a company ("Osaka Valve Components")', () => {
    const r = run('Osaka Valve Components signed a supply deal with Lyon Agro Trading.');
    expect(typeOf(r, 'Osaka Valve Components')).toBe('Organization');
    expect(typeOf(r, 'Lyon Agro Trading')).toBe('Organization');
  });
  it('keeps a compass word that opens a body\'s name mid-sentence ("member of the West African Union")', () => {
    const r = run('Togo is a member of the West African Monetary Union.');
    expect(r.entities.map((e) => e.name)).toContain('West African Monetary Union');
  });
  it('knows a body by its name with its kind after it too ("the Tana militia")', () => {
    const r = run('A truce was signed by the Tana militia last year. The Tana Brigade joined it later.');
    const body = r.entities.find((e) => e.aliases.includes('Tana militia'));
    expect(body?.type).toBe('Organization');
  });
  it('splits two companies joined by "and" and a company from the place "of" it', () => {
    const r = run('Bluefin Avionics and Harrow Dynamics will merge next year. Meridian Holdings of Oslo took over Tessaly Mobile in 2020.');
    const names = r.entities.map((e) => e.name);
    expect(names).toContain('Bluefin Avionics');
    expect(names).toContain('Harrow Dynamics');
    expect(names).toContain('Meridian Holdings');
    expect(has(r, 'Meridian Holdings', 'ACQUIRED', 'Tessaly Mobile')).toBe(true);
    // ("Corporation of India" names a state's company whole.)
    expect(run('Life Insurance Corporation of India bought shares.').entities.map((e) => e.name)).toContain('Life Insurance Corporation of India');
  });
  it('reads a place named with a possessive before its kind, and a place after "the village of" over a given name', () => {
    const r = run("Gorkha's Gate district lies in Nepal's west. A clinic opened in the village of Ban Khao Lak.");
    expect(typeOf(r, "Gorkha's Gate")).toBe('Place');
    expect(typeOf(r, 'Ban Khao Lak')).toBe('Place');
    // A known place after a possessive is not glued to it.
    expect(run("Modi's Gujarat state drew investors.").entities.map((e) => e.name)).not.toContain("Modi's Gujarat");
  });
  it('names a treaty "on" its matter with where it holds, and a phrase by the city written before it', () => {
    const r = run('Malawi and Zambia signed the Maputo security agreement last year, and Belarus quit the Treaty on Open Borders in Europe.');
    const treaties = r.entities.filter((e) => e.type === 'Treaty').map((e) => e.name);
    expect(treaties).toContain('Treaty on Open Borders in Europe');
    expect(treaties).toContain('Maputo security agreement');
    expect(has(r, 'Malawi', 'SIGNED', 'Maputo security agreement')).toBe(true);
    expect(r.relations.some((x) => x.type === 'PARTY_TO' && r.entities.find((e) => e.id === x.source)?.name === 'Mozambique')).toBe(false);
  });
  it('reads "Minister for X" as a minister of the state the sentence names, with no ministry of that name', () => {
    const r = run('Fiji will reopen its borders in May, says Senior Minister for Home Affairs Josaia Vosa.');
    expect(has(r, 'Josaia Vosa', 'MINISTER_OF', 'Fiji')).toBe(true);
    expect(r.entities.map((e) => e.name)).toEqual(expect.not.arrayContaining(['Coordinating', 'Ministry of Home Affairs (Fiji)', 'Home Affairs Josaia Vosa']));
  });
  it('reads bare names someone met, hosted or thanked as people', () => {
    const r = run('The president hosted Tomasz Wrobel and Lukas Brenner in Warsaw. He thanked Ilse Varga.');
    for (const n of ['Tomasz Wrobel', 'Lukas Brenner', 'Ilse Varga']) expect(typeOf(r, n), n).toBe('Person');
  });
  it('reads "the government" in a story filed from a capital as that country\'s, even when another is named as often', () => {
    const r = run('LUSAKA (AFP) - Malawi has refused to hand over Banda, a former Zambian minister. The interim government called on Malawi to reconsider.');
    expect(has(r, 'Zambia', 'CALLED_ON', 'Malawi')).toBe(true);
    expect(has(r, 'Malawi', 'CALLED_ON', 'Malawi')).toBe(false);
  });
  it('reads a company executive and a title "for" its field as titles before a name', () => {
    const r = run('Airbus executive Torvald Haugen will retire in June. Peru named Special Envoy for Humanitarian Aid Rosa Quispe.');
    expect(has(r, 'Torvald Haugen', 'OFFICIAL_OF', 'Airbus')).toBe(true);
    expect(typeOf(r, 'Rosa Quispe')).toBe('Person');
    expect(r.entities.map((e) => e.name)).not.toContain('Humanitarian Aid Rosa Quispe');
  });
  it('names an event someone hosts or attends by its words, while a bare one or an indefinite one does not', () => {
    const r = run('For two years Norway has hosted reconciliation talks for the factions. Chile convened the founding session in Santiago.');
    expect(has(r, 'Norway', 'HOSTED', 'reconciliation talks')).toBe(true);
    expect(has(r, 'Chile', 'HOSTED', 'founding session')).toBe(true);
    expect(run('Chile convened an emergency meeting of the cabinet.').entities.some((e) => e.type === 'Event')).toBe(false);
    const back = run('Leaders met at the Lome summit on Monday. Chile attended the summit.');
    expect(back.entities.filter((e) => e.type === 'Event').map((e) => e.name)).toEqual(['Lome summit']);
  });
  it('reads a portfolio in lower case before "minister", and a counterpart named with a national office of its own', () => {
    const r = run("Kenya's fisheries minister, Ann Wanjiru, toured the port of Mombasa. A letter went to a Nigerian counterpart, Foreign Minister Bola Ajayi, on Friday.");
    expect(has(r, 'Ann Wanjiru', 'MINISTER_OF', 'Kenya')).toBe(true);
    expect(has(r, 'Bola Ajayi', 'MINISTER_OF', 'Nigeria')).toBe(true);
    // A party's or union's secretary is no minister, nor a regional one a state's.
    expect(has(run("The union's international secretary, Owen Tudor, spoke."), 'Owen Tudor', 'MINISTER_OF', 'union')).toBe(false);
  });
});
