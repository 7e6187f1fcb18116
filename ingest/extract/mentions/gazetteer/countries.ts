/**
 * Countries and territories: official short name | aliases | demonyms | capital | ISO code.
 * General world knowledge, one line per country, parsed once into Maps (see gazetteer/index.ts).
 * Demonyms resolve "German counterpart" to Germany; capitals used as actors resolve to the country.
 */
export const COUNTRY_DATA = `
Afghanistan||Afghan|Kabul|AF
Albania||Albanian|Tirana|AL
Algeria||Algerian|Algiers|DZ
Andorra||Andorran|Andorra la Vella|AD
Angola||Angolan|Luanda|AO
Antigua and Barbuda|||Saint John's|AG
Argentina||Argentine;Argentinian|Buenos Aires|AR
Armenia||Armenian|Yerevan|AM
Australia||Australian|Canberra|AU
Austria||Austrian|Vienna|AT
Azerbaijan||Azerbaijani;Azeri|Baku|AZ
Bahamas|The Bahamas|Bahamian|Nassau|BS
Bahrain||Bahraini|Manama|BH
Bangladesh||Bangladeshi|Dhaka|BD
Barbados||Barbadian|Bridgetown|BB
Belarus||Belarusian|Minsk|BY
Belgium||Belgian|Brussels|BE
Belize||Belizean|Belmopan|BZ
Benin||Beninese|Porto-Novo;Cotonou|BJ
Bhutan||Bhutanese|Thimphu|BT
Bolivia||Bolivian|La Paz|BO
Bosnia and Herzegovina|Bosnia|Bosnian|Sarajevo|BA
Botswana||Botswanan|Gaborone|BW
Brazil||Brazilian|Brasilia;Brasília|BR
Brunei||Bruneian|Bandar Seri Begawan|BN
Bulgaria||Bulgarian|Sofia|BG
Burkina Faso||Burkinabe|Ouagadougou|BF
Burundi||Burundian|Gitega|BI
Cambodia||Cambodian|Phnom Penh|KH
Cameroon||Cameroonian|Yaounde;Yaoundé|CM
Canada||Canadian|Ottawa|CA
Cape Verde|Cabo Verde|Cape Verdean|Praia|CV
Central African Republic|CAR|Central African|Bangui|CF
Chad||Chadian|N'Djamena|TD
Chile||Chilean|Santiago|CL
China|People's Republic of China;PRC;mainland China|Chinese|Beijing|CN
Colombia||Colombian|Bogota;Bogotá|CO
Comoros||Comoran|Moroni|KM
Republic of the Congo|Congo-Brazzaville||Brazzaville|CG
Democratic Republic of the Congo|Democratic Republic of Congo;DR Congo;DRC;Congo-Kinshasa|Congolese|Kinshasa|CD
Costa Rica||Costa Rican|San Jose|CR
Croatia||Croatian|Zagreb|HR
Cuba||Cuban|Havana|CU
Cyprus||Cypriot|Nicosia|CY
Czech Republic|Czechia|Czech|Prague|CZ
Denmark||Danish;Dane|Copenhagen|DK
Djibouti||Djiboutian|Djibouti City|DJ
Dominica||Dominican|Roseau|DM
Dominican Republic|||Santo Domingo|DO
Ecuador||Ecuadorian;Ecuadorean|Quito|EC
Egypt||Egyptian|Cairo|EG
El Salvador||Salvadoran;Salvadorean|San Salvador|SV
Equatorial Guinea||Equatoguinean|Malabo|GQ
Eritrea||Eritrean|Asmara|ER
Estonia||Estonian|Tallinn|EE
Eswatini|Swaziland|Swazi|Mbabane|SZ
Ethiopia||Ethiopian|Addis Ababa|ET
Fiji||Fijian|Suva|FJ
Finland||Finnish;Finn|Helsinki|FI
France||French|Paris|FR
Gabon||Gabonese|Libreville|GA
Gambia|The Gambia|Gambian|Banjul|GM
Georgia||Georgian|Tbilisi|GE
Germany||German|Berlin|DE
Ghana||Ghanaian|Accra|GH
Greece||Greek|Athens|GR
Grenada||Grenadian|St. George's|GD
Guatemala||Guatemalan|Guatemala City|GT
Guinea||Guinean|Conakry|GN
Guinea-Bissau||Bissau-Guinean|Bissau|GW
Guyana||Guyanese|Georgetown|GY
Haiti||Haitian|Port-au-Prince|HT
Honduras||Honduran|Tegucigalpa|HN
Hungary||Hungarian|Budapest|HU
Iceland||Icelandic;Icelander|Reykjavik|IS
India||Indian|New Delhi|IN
Indonesia||Indonesian|Jakarta|ID
Iran|Islamic Republic of Iran|Iranian|Tehran|IR
Iraq||Iraqi|Baghdad|IQ
Ireland|Republic of Ireland|Irish|Dublin|IE
Israel||Israeli|Jerusalem|IL
Italy||Italian|Rome|IT
Ivory Coast|Cote d'Ivoire;Côte d'Ivoire|Ivorian|Yamoussoukro;Abidjan|CI
Jamaica||Jamaican|Kingston|JM
Japan||Japanese|Tokyo|JP
Jordan||Jordanian|Amman|JO
Kazakhstan||Kazakh;Kazakhstani|Astana|KZ
Kenya||Kenyan|Nairobi|KE
Kiribati|||Tarawa|KI
Kuwait||Kuwaiti|Kuwait City|KW
Kyrgyzstan||Kyrgyz;Kyrgyzstani|Bishkek|KG
Laos||Lao;Laotian|Vientiane|LA
Latvia||Latvian|Riga|LV
Lebanon||Lebanese|Beirut|LB
Lesotho||Basotho|Maseru|LS
Liberia||Liberian|Monrovia|LR
Libya||Libyan|Tripoli|LY
Liechtenstein|||Vaduz|LI
Lithuania||Lithuanian|Vilnius|LT
Luxembourg||Luxembourgish|Luxembourg City|LU
Madagascar||Malagasy|Antananarivo|MG
Malawi||Malawian|Lilongwe|MW
Malaysia||Malaysian|Kuala Lumpur|MY
Maldives||Maldivian|Male|MV
Mali||Malian|Bamako|ML
Malta||Maltese|Valletta|MT
Marshall Islands|||Majuro|MH
Mauritania||Mauritanian|Nouakchott|MR
Mauritius||Mauritian|Port Louis|MU
Mexico||Mexican|Mexico City|MX
Micronesia|||Palikir|FM
Moldova||Moldovan|Chisinau|MD
Monaco||Monegasque||MC
Mongolia||Mongolian|Ulaanbaatar|MN
Montenegro||Montenegrin|Podgorica|ME
Morocco||Moroccan|Rabat|MA
Mozambique||Mozambican|Maputo|MZ
Myanmar|Burma|Burmese|Naypyidaw|MM
Namibia||Namibian|Windhoek|NA
Nauru||Nauruan||NR
Nepal||Nepali;Nepalese|Kathmandu|NP
Netherlands|Holland;The Netherlands|Dutch|Amsterdam;The Hague|NL
New Zealand||New Zealander|Wellington|NZ
Nicaragua||Nicaraguan|Managua|NI
Niger||Nigerien|Niamey|NE
Nigeria||Nigerian|Abuja|NG
North Korea|DPRK;Democratic People's Republic of Korea|North Korean|Pyongyang|KP
North Macedonia|Macedonia|Macedonian|Skopje|MK
Norway||Norwegian|Oslo|NO
Oman||Omani|Muscat|OM
Pakistan||Pakistani|Islamabad|PK
Palau||Palauan|Ngerulmud|PW
Palestine|Palestinian territories;State of Palestine|Palestinian|Ramallah|PS
Panama||Panamanian|Panama City|PA
Papua New Guinea|PNG|Papua New Guinean|Port Moresby|PG
Paraguay||Paraguayan|Asuncion;Asunción|PY
Peru||Peruvian|Lima|PE
Philippines|The Philippines|Filipino;Philippine|Manila|PH
Poland||Polish|Warsaw|PL
Portugal||Portuguese|Lisbon|PT
Qatar||Qatari|Doha|QA
Romania||Romanian|Bucharest|RO
Russia|Russian Federation|Russian|Moscow|RU
Rwanda||Rwandan|Kigali|RW
Saint Kitts and Nevis|||Basseterre|KN
Saint Lucia||Saint Lucian|Castries|LC
Saint Vincent and the Grenadines|||Kingstown|VC
Samoa||Samoan|Apia|WS
San Marino|||San Marino City|SM
Sao Tome and Principe|São Tomé and Príncipe||Sao Tome|ST
Saudi Arabia|Saudi;KSA|Saudi;Saudi Arabian|Riyadh|SA
Senegal||Senegalese|Dakar|SN
Serbia||Serbian;Serb|Belgrade|RS
Seychelles||Seychellois|Victoria|SC
Sierra Leone||Sierra Leonean|Freetown|SL
Singapore||Singaporean||SG
Slovakia||Slovak|Bratislava|SK
Slovenia||Slovenian;Slovene|Ljubljana|SI
Solomon Islands|||Honiara|SB
Somalia||Somali|Mogadishu|SO
South Africa||South African|Pretoria|ZA
South Korea|Republic of Korea;ROK|South Korean|Seoul|KR
South Sudan||South Sudanese|Juba|SS
Spain||Spanish|Madrid|ES
Sri Lanka||Sri Lankan|Colombo|LK
Sudan||Sudanese|Khartoum|SD
Suriname||Surinamese|Paramaribo|SR
Sweden||Swedish;Swede|Stockholm|SE
Switzerland||Swiss|Bern|CH
Syria||Syrian|Damascus|SY
Taiwan|Republic of China;ROC|Taiwanese|Taipei|TW
Tajikistan||Tajik;Tajikistani|Dushanbe|TJ
Tanzania||Tanzanian|Dodoma|TZ
Thailand||Thai|Bangkok|TH
Timor-Leste|East Timor|Timorese|Dili|TL
Togo||Togolese|Lome;Lomé|TG
Tonga||Tongan|Nuku'alofa|TO
Trinidad and Tobago||Trinidadian|Port of Spain|TT
Tunisia||Tunisian|Tunis|TN
Turkey|Turkiye;Türkiye|Turkish|Ankara|TR
Turkmenistan||Turkmen|Ashgabat|TM
Tuvalu||Tuvaluan|Funafuti|TV
Uganda||Ugandan|Kampala|UG
Ukraine||Ukrainian|Kyiv;Kiev|UA
United Arab Emirates|UAE;Emirates|Emirati|Abu Dhabi|AE
United Kingdom|UK;U.K.;Britain;Great Britain|British;Briton|London|GB
United States|US;U.S.;USA;U.S.A.;America;United States of America|American|Washington;Washington, D.C.|US
Uruguay||Uruguayan|Montevideo|UY
Uzbekistan||Uzbek;Uzbekistani|Tashkent|UZ
Vanuatu||Ni-Vanuatu|Port Vila|VU
Vatican City|Holy See;Vatican||Vatican City|VA
Venezuela||Venezuelan|Caracas|VE
Vietnam|Viet Nam|Vietnamese|Hanoi|VN
Yemen||Yemeni|Sanaa;Sana'a|YE
Zambia||Zambian|Lusaka|ZM
Zimbabwe||Zimbabwean|Harare|ZW
Kosovo||Kosovar|Pristina|XK
Soviet Union|USSR|Soviet||SU
Yugoslavia||Yugoslav||YU
Czechoslovakia||Czechoslovak||CS
`;

/**
 * Seats of government and metonyms that stand for a country when used as actors
 * ("the Kremlin said" → Russia). Each is also a Place.
 */
export const SEAT_DATA = `
Kremlin|Russia
White House|United States
Pentagon|United States
Capitol Hill|United States
Downing Street|United Kingdom
Whitehall|United Kingdom
Elysee|France
Élysée|France
Elysee Palace|France
Élysée Palace|France
Zhongnanhai|China
Blue House|South Korea
Quai d'Orsay|France
Berlaymont|European Union
`;

/** Regions, seas and landmarks that are places, not countries. */
export const REGION_NAMES = [
  'Middle East', 'Europe', 'Asia', 'Africa', 'Latin America', 'South America', 'North America',
  'Central Asia', 'Southeast Asia', 'East Asia', 'South Asia', 'Asia-Pacific', 'Indo-Pacific',
  'Balkans', 'Caucasus', 'Sahel', 'Horn of Africa', 'Gulf', 'Persian Gulf', 'Arctic', 'Antarctica',
  'Gaza', 'Gaza Strip', 'West Bank', 'Golan Heights', 'Crimea', 'Donbas', 'Kashmir', 'Tibet', 'Xinjiang',
  'Taiwan Strait', 'South China Sea', 'East China Sea', 'Black Sea', 'Red Sea', 'Baltic Sea',
  'Mediterranean', 'Strait of Hormuz', 'Suez Canal', 'Panama Canal', 'Korean Peninsula', 'Scandinavia',
  'Siberia', 'Far East', 'Darfur', 'Kurdistan', 'Greenland', 'Puerto Rico', 'Macau', 'Northern Ireland', 'Scotland',
  'Wales', 'England', 'Bavaria', 'Catalonia', 'Quebec', 'California', 'Texas', 'New York', 'Silicon Valley',
  'Western Europe', 'Eastern Europe', 'Pacific', 'Atlantic', 'Indian Ocean', 'Pacific Ocean', 'Atlantic Ocean',
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Hawaii', 'Idaho',
  'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan',
  'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico',
  'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina',
  'South Dakota', 'Tennessee', 'Utah', 'Vermont', 'Virginia', 'West Virginia', 'Wisconsin', 'Wyoming',
  'Ontario', 'British Columbia', 'Alberta', 'Punjab', 'Sindh', 'Balochistan', 'Khyber Pakhtunkhwa', 'Kerala', 'Gujarat',
  'Maharashtra', 'Tamil Nadu', 'Uttar Pradesh', 'Guangdong', 'Fujian', 'Hubei', 'Sichuan', 'Yunnan', 'Hokkaido',
  'Okinawa', 'Mindanao', 'Luzon', 'Sumatra', 'Borneo', 'Bali', 'Papua', 'Rakhine', 'Tigray', 'Amhara',
  'Oromia', 'Kordofan', 'Kivu', 'North Kivu', 'South Kivu', 'Ituri', 'Cabo Delgado', 'Zaporizhzhia region', 'Kherson region',
  'Anatolia', 'Sinai', 'Negev', 'Galilee', 'Kurdistan Region', 'Nagorno-Karabakh', 'Abkhazia', 'South Ossetia',
  'Transnistria', 'Chechnya', 'Dagestan', 'Andalusia', 'Lombardy', 'Sicily', 'Sardinia', 'Corsica', 'Brittany',
  'Normandy', 'Saxony', 'Flanders', 'Wallonia', 'Amazon rainforest', 'Amazon basin', 'Andes', 'Alps', 'Himalayas', 'Sahara',
  'Patagonia', 'Yucatan', 'Caribbean', 'Gulf of Mexico', 'Gulf of Aden', 'Gulf of Oman', 'Bay of Bengal', 'Arabian Sea',
  'Sea of Japan', 'Sea of Azov', 'Caspian Sea', 'Aegean Sea', 'North Sea', 'Philippine Sea', 'Sulu Sea', 'Yellow Sea',
  'English Channel', 'Bosporus', 'Dardanelles', 'Bab el-Mandeb', 'Strait of Malacca', 'Malacca Strait', 'Lake Chad',
  'Nile', 'Euphrates', 'Tigris', 'Mekong', 'Danube', 'Dnipro River', 'Rhine', 'Yangtze', 'Jordan Valley',
  // Well-known territories, regions and islands.
  'Western Sahara', 'Central America', 'Maghreb', 'Levant', 'Blue Nile', 'White Nile', 'Ladakh', 'Aksai Chin', 'Arunachal Pradesh',
  'Jammu and Kashmir', 'Line of Control', 'Crete', 'Kalimantan', 'Palawan', 'Kuril Islands', 'Spratly Islands', 'Paracel Islands',
  'Senkaku Islands', 'Falkland Islands', 'Gibraltar', 'Svalbard', 'Faroe Islands', 'Canary Islands', 'Balearic Islands', 'Azores', 'Madeira',
  'Zanzibar', 'Somaliland', 'Puntland', 'Cabinda', 'Casamance', 'Ogaden', 'Essequibo', 'Atacama Desert', 'Gobi Desert', 'Kalahari',
  'Fergana Valley', 'Sakhalin', 'Kaliningrad', 'Karakalpakstan', 'Bougainville', 'New Caledonia', 'French Polynesia', 'Tasmania',
  'Hebron', 'Golan', 'Shebaa Farms', 'Sistan-Baluchestan', 'Khuzestan', 'Azawad',
];

/** Major non-capital cities (world knowledge): typed Place with their country. */
export const CITY_DATA = `
New York|United States
Los Angeles|United States
Chicago|United States
San Francisco|United States
Shanghai|China
Hong Kong|China
Shenzhen|China
St. Petersburg|Russia
Saint Petersburg|Russia
Istanbul|Turkey
Geneva|Switzerland
Davos|Switzerland
Munich|Germany
Frankfurt|Germany
Hamburg|Germany
Milan|Italy
Barcelona|Spain
Osaka|Japan
Mumbai|India
Karachi|Pakistan
Lagos|Nigeria
Johannesburg|South Africa
Sydney|Australia
Melbourne|Australia
Toronto|Canada
Dubai|United Arab Emirates
Jeddah|Saudi Arabia
Alexandria|Egypt
Aleppo|Syria
Mosul|Iraq
Kharkiv|Ukraine
Odesa|Ukraine
Lviv|Ukraine
Rafah|Palestine
Sao Paulo|Brazil
São Paulo|Brazil
Rio de Janeiro|Brazil
Strasbourg|France
Marseille|France
Lyon|France
The Hague|Netherlands
Rotterdam|Netherlands
Kaohsiung|Taiwan
Busan|South Korea
Ho Chi Minh City|Vietnam
Yokohama|Japan
Kyoto|Japan
Nagoya|Japan
Incheon|South Korea
Wuhan|China
Chongqing|China
Chengdu|China
Tianjin|China
Taichung|Taiwan
Bangalore|India
Bengaluru|India
Chennai|India
Kolkata|India
Hyderabad|India
Lahore|Pakistan
Peshawar|Pakistan
Quetta|Pakistan
Kandahar|Afghanistan
Herat|Afghanistan
Chittagong|Bangladesh
Surabaya|Indonesia
Cebu|Philippines
Davao|Philippines
Mandalay|Myanmar
Yangon|Myanmar
Haiphong|Vietnam
Basra|Iraq
Erbil|Iraq
Kirkuk|Iraq
Homs|Syria
Idlib|Syria
Raqqa|Syria
Tel Aviv|Israel
Haifa|Israel
Gaza City|Palestine
Khan Younis|Palestine
Hebron|Palestine
Jenin|Palestine
Nablus|Palestine
Sidon|Lebanon
Aden|Yemen
Hodeidah|Yemen
Marib|Yemen
Mecca|Saudi Arabia
Medina|Saudi Arabia
Abu Dhabi|United Arab Emirates
Isfahan|Iran
Mashhad|Iran
Tabriz|Iran
Ankara|Turkey
Izmir|Turkey
Benghazi|Libya
Misrata|Libya
Omdurman|Sudan
Port Sudan|Sudan
El Fasher|Sudan
Mogadishu|Somalia
Goma|Democratic Republic of the Congo
Kano|Nigeria
Maiduguri|Nigeria
Mombasa|Kenya
Kisumu|Kenya
Cape Town|South Africa
Durban|South Africa
Pretoria|South Africa
Casablanca|Morocco
Tunis|Tunisia
Timbuktu|Mali
Gao|Mali
Donetsk|Ukraine
Luhansk|Ukraine
Mariupol|Ukraine
Zaporizhzhia|Ukraine
Kherson|Ukraine
Dnipro|Ukraine
Bakhmut|Ukraine
Sevastopol|Ukraine
Belgorod|Russia
Kursk|Russia
Novosibirsk|Russia
Vladivostok|Russia
Kaliningrad|Russia
Gdansk|Poland
Krakow|Poland
Rzeszow|Poland
Cologne|Germany
Stuttgart|Germany
Dusseldorf|Germany
Leipzig|Germany
Dresden|Germany
Lille|France
Toulouse|France
Bordeaux|France
Naples|Italy
Turin|Italy
Venice|Italy
Florence|Italy
Madrid|Spain
Seville|Spain
Valencia|Spain
Porto|Portugal
Manchester|United Kingdom
Birmingham|United Kingdom
Glasgow|United Kingdom
Edinburgh|United Kingdom
Liverpool|United Kingdom
Belfast|United Kingdom
Antwerp|Belgium
Zurich|Switzerland
Lausanne|Switzerland
Basel|Switzerland
Salzburg|Austria
Gothenburg|Sweden
Thessaloniki|Greece
Washington, D.C.|United States
Boston|United States
Philadelphia|United States
Houston|United States
Dallas|United States
Miami|United States
Atlanta|United States
Seattle|United States
Detroit|United States
Pittsburgh|United States
Denver|United States
Phoenix|United States
Las Vegas|United States
San Diego|United States
New Orleans|United States
Richmond|United States
Baltimore|United States
Minneapolis|United States
Cleveland|United States
Montreal|Canada
Vancouver|Canada
Calgary|Canada
Guadalajara|Mexico
Monterrey|Mexico
Tijuana|Mexico
Medellin|Colombia
Cali|Colombia
Guayaquil|Ecuador
Cordoba|Argentina
Rosario|Argentina
Valparaiso|Chile
Brisbane|Australia
Perth|Australia
Adelaide|Australia
Auckland|New Zealand
`;
