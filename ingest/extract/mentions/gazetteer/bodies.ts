/**
 * Well-known international bodies, blocs and news agencies: canonical name | aliases.
 * General world knowledge only.
 */
export const BODY_DATA = `
United Nations|UN;U.N.
UN Security Council|United Nations Security Council;Security Council;UNSC
UN General Assembly|United Nations General Assembly;General Assembly;UNGA
North Atlantic Treaty Organization|NATO;Nato
European Union|EU;E.U.
European Commission|Brussels Commission
European Parliament|
European Central Bank|ECB
Council of the European Union|
BRICS|
Belt and Road Initiative|
World Health Organization|WHO
International Atomic Energy Agency|IAEA
Organization of the Petroleum Exporting Countries|OPEC;OPEC+
Group of Seven|G7;G-7
Group of 20|G20;G-20
Association of Southeast Asian Nations|ASEAN
African Union|AU
Arab League|League of Arab States
International Monetary Fund|IMF
World Bank|
World Trade Organization|WTO
Organization for Security and Co-operation in Europe|OSCE
Council of Europe|
Interpol|
International Criminal Court|ICC
International Court of Justice|ICJ;World Court
UNICEF|United Nations Children's Fund
UN Refugee Agency|UNHCR;United Nations High Commissioner for Refugees
World Food Programme|WFP;World Food Program
International Committee of the Red Cross|ICRC;Red Cross
Shanghai Cooperation Organisation|SCO;Shanghai Cooperation Organization
Gulf Cooperation Council|GCC
Organization of American States|OAS
Mercosur|
Asia-Pacific Economic Cooperation|APEC
Organisation for Economic Co-operation and Development|OECD
Commonwealth|Commonwealth of Nations
Collective Security Treaty Organization|CSTO
Eurasian Economic Union|EAEU
Economic Community of West African States|ECOWAS
International Energy Agency|IEA
Amnesty International|
Human Rights Watch|HRW
Doctors Without Borders|MSF;Medecins Sans Frontieres
Federal Reserve|Fed
Central Intelligence Agency|CIA
Federal Bureau of Investigation|FBI
GRU|
Foreign Intelligence Service of Russia|SVR
Secret Intelligence Service|MI6
MI5|
Government Communications Headquarters|GCHQ
Inter-Services Intelligence|ISI
Inter-Services Public Relations|ISPR
Research and Analysis Wing|R&AW
Directorate-General for External Security|DGSE
Bundesnachrichtendienst|BND
Bank of England|
Bank of Japan|BOJ
Bank of Russia|Central Bank of Russia
Bank of Korea|
Bank of Canada|
People's Bank of China|PBOC
Reserve Bank of India|RBI
Reserve Bank of Australia|RBA
Swiss National Bank|SNB
Deutsche Bundesbank|Bundesbank
`;

/**
 * Bodies that belong to another body or a country (general world knowledge): a PART_OF fact when
 * both are in the same document.
 */
export const BODY_PARENTS: Readonly<Record<string, string>> = {
  'UN Security Council': 'United Nations',
  'UN General Assembly': 'United Nations',
  'International Court of Justice': 'United Nations',
  UNICEF: 'United Nations',
  'UN Refugee Agency': 'United Nations',
  'World Food Programme': 'United Nations',
  'World Health Organization': 'United Nations',
  'International Atomic Energy Agency': 'United Nations',
  'European Commission': 'European Union',
  'European Parliament': 'European Union',
  'European Central Bank': 'European Union',
  'Council of the European Union': 'European Union',
  'Federal Reserve': 'United States',
  'Central Intelligence Agency': 'United States',
  'Federal Bureau of Investigation': 'United States',
  // National bodies known by a name that does not say their country.
  'State Department': 'United States',
  'Department of State': 'United States',
  'Treasury Department': 'United States',
  'Department of the Treasury': 'United States',
  'Commerce Department': 'United States',
  'Department of Commerce': 'United States',
  'Justice Department': 'United States',
  'Department of Justice': 'United States',
  'Defense Department': 'United States',
  'Department of Defense': 'United States',
  'Department of Homeland Security': 'United States',
  Pentagon: 'United States',
  'National Security Council': 'United States',
  'Secret Service': 'United States',
  'Home Office': 'United Kingdom',
  'Foreign, Commonwealth and Development Office': 'United Kingdom',
  Bundestag: 'Germany',
  Bundeswehr: 'Germany',
  Knesset: 'Israel',
  'Israel Defense Forces': 'Israel',
  Mossad: 'Israel',
  'Shin Bet': 'Israel',
  'State Duma': 'Russia',
  Duma: 'Russia',
  'Federal Security Service': 'Russia',
  "People's Liberation Army": 'China',
  'Central Military Commission': 'China',
  'Lok Sabha': 'India',
  'Rajya Sabha': 'India',
  'Islamic Revolutionary Guard Corps': 'Iran',
  'Revolutionary Guards': 'Iran',
  'Self-Defense Forces': 'Japan',
  'Verkhovna Rada': 'Ukraine',
  GRU: 'Russia',
  'Foreign Intelligence Service of Russia': 'Russia',
  'Secret Intelligence Service': 'United Kingdom',
  MI5: 'United Kingdom',
  'Government Communications Headquarters': 'United Kingdom',
  'Inter-Services Intelligence': 'Pakistan',
  'Inter-Services Public Relations': 'Pakistan',
  'Research and Analysis Wing': 'India',
  'Directorate-General for External Security': 'France',
  Bundesnachrichtendienst: 'Germany',
  'Bank of England': 'United Kingdom',
  'Bank of Japan': 'Japan',
  'Bank of Russia': 'Russia',
  'Bank of Korea': 'South Korea',
  'Bank of Canada': 'Canada',
  "People's Bank of China": 'China',
  'Reserve Bank of India': 'India',
  'Reserve Bank of Australia': 'Australia',
  'Swiss National Bank': 'Switzerland',
  'Deutsche Bundesbank': 'Germany',
};

/** News agencies and wire services (Organization). */
export const AGENCY_DATA = `
Reuters|
Agence France-Presse|AFP
Associated Press|AP
Xinhua|Xinhua News Agency
TASS|Tass
RIA Novosti|RIA
Kyodo|Kyodo News
Yonhap|Yonhap News Agency
Bloomberg|Bloomberg News
Anadolu|Anadolu Agency
Interfax|
Central News Agency|CNA
dpa|Deutsche Presse-Agentur
ANSA|
EFE|
BBC|
CNN|
Al Jazeera|
IRNA|Islamic Republic News Agency
KCNA|Korean Central News Agency
`;

/** Well-known armed, militant and political movements (Organization): canonical | aliases. */
export const GROUP_DATA = `
Islamic State|ISIS;ISIL;Daesh
Islamic State West Africa Province|ISWAP
Islamic State Khorasan Province|ISIS-K;ISKP
al-Qaeda|Al-Qaeda;al Qaeda;Al Qaeda;al-Qaida;Al-Qaida
al-Qaeda in the Arabian Peninsula|AQAP
Hezbollah|Hizbollah;Hizballah
Hamas|
Taliban|
Houthis|Houthi;Ansar Allah
Boko Haram|
al-Shabab|Al-Shabaab;al-Shabaab;Al-Shabab;al Shabab
Wagner Group|Wagner
Kurdistan Workers' Party|PKK
Palestinian Islamic Jihad|Islamic Jihad
Hayat Tahrir al-Sham|HTS
Tehreek-e-Taliban Pakistan|TTP;Pakistani Taliban
Lashkar-e-Taiba|LeT
Jaish-e-Mohammed|
Muslim Brotherhood|
M23|March 23 Movement
Islamic Revolutionary Guard Corps|IRGC;Revolutionary Guards;Revolutionary Guard
Syrian Democratic Forces|SDF
People's Liberation Army|People’s Liberation Army;PLA
Popular Mobilization Forces|PMF
Kataib Hezbollah|
Fatah|
Palestinian Authority|
Irish Republican Army|IRA
Shining Path|
FARC|Revolutionary Armed Forces of Colombia
ELN|National Liberation Army
Tatmadaw|
Arakan Army|
`;

/** Well-known treaties and agreements, often written by acronym (Treaty): canonical | aliases. */
export const TREATY_DATA = `
North American Free Trade Agreement|NAFTA
United States-Mexico-Canada Agreement|USMCA;CUSMA;T-MEC
Comprehensive and Progressive Agreement for Trans-Pacific Partnership|CPTPP
Trans-Pacific Partnership|TPP
Regional Comprehensive Economic Partnership|RCEP
Joint Comprehensive Plan of Action|JCPOA
Treaty on the Non-Proliferation of Nuclear Weapons|Non-Proliferation Treaty;Nuclear Non-Proliferation Treaty;NPT
Comprehensive Nuclear-Test-Ban Treaty|CTBT
Intermediate-Range Nuclear Forces Treaty|INF Treaty
New START|New Strategic Arms Reduction Treaty
General Agreement on Tariffs and Trade|GATT
Comprehensive Economic and Trade Agreement|CETA
AUKUS|
ANZUS Treaty|ANZUS
Kyoto Protocol|
Rome Statute|
United Nations Convention on the Law of the Sea|UNCLOS;UN Convention on the Law of the Sea;Convention on the Law of the Sea
Open Skies Treaty|
Chemical Weapons Convention|CWC
Biological Weapons Convention|BWC
Schengen Agreement|
Dayton Agreement|Dayton Accords;Dayton peace accords
Good Friday Agreement|Belfast Agreement
Oslo Accords|
Camp David Accords|
Treaty of Lisbon|Lisbon Treaty
Maastricht Treaty|Treaty of Maastricht
Treaty of Rome|
Paris Agreement|Paris climate agreement;Paris climate accord
African Continental Free Trade Area|AfCFTA
`;
