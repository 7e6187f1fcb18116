/**
 * Well-known companies, as general world knowledge: the largest and most-reported firms in technology,
 * semiconductors, energy, mining, cars, aerospace and defence, finance, pharmaceuticals, shipping,
 * media and retail. One line per company: canonical name|aliases (";"-separated). Names that are also
 * common words or places ("Amazon", "Shell", "Orange", "Visa", "Target") are left out: the text's own
 * cues type them.
 */
export const COMPANY_DATA = `
Apple|Apple Inc
Microsoft|
Alphabet|
Google|
Meta Platforms|Meta;Facebook
Nvidia|NVIDIA
Intel|
Advanced Micro Devices|AMD
Qualcomm|
Broadcom|
Texas Instruments|
Micron Technology|Micron
Taiwan Semiconductor Manufacturing Co|TSMC;Taiwan Semiconductor Manufacturing Company;Taiwan Semiconductor
Samsung Electronics|Samsung
SK Hynix|
ASML|
Tokyo Electron|
Infineon|
STMicroelectronics|
Semiconductor Manufacturing International Corp|SMIC
Huawei|Huawei Technologies
ZTE|
Xiaomi|
Lenovo|
Tencent|
Alibaba|Alibaba Group
ByteDance|
TikTok|
Baidu|
IBM|
Oracle|
Cisco|Cisco Systems
Dell|Dell Technologies
HP|Hewlett-Packard
Sony|
Panasonic|
Hitachi|
Toshiba|
Foxconn|Hon Hai
Siemens|
SAP|
Ericsson|
Nokia|
OpenAI|
Anthropic|
SpaceX|
Starlink|
Netflix|
Uber|
Tesla|
Toyota|Toyota Motor
Volkswagen|VW;Volkswagen Group
General Motors|GM
Ford Motor|Ford Motor Company
Stellantis|
BMW|
Mercedes-Benz|Daimler
Hyundai|Hyundai Motor
Kia|
Honda|
Nissan|
BYD|
Renault|
Boeing|
Airbus|
Lockheed Martin|
Raytheon|RTX
Northrop Grumman|
General Dynamics|
BAE Systems|
Rheinmetall|
Thales|
Dassault Aviation|Dassault
Saab|
Hanwha Aerospace|Hanwha
Elbit Systems|Elbit
Rafael Advanced Defense Systems|
Embraer|
Rolls-Royce|
General Electric|GE
ExxonMobil|Exxon Mobil;Exxon
Chevron|
ConocoPhillips|
BP|
TotalEnergies|
Equinor|
Eni|
Saudi Aramco|Aramco
Gazprom|
Rosneft|
Lukoil|
Novatek|
Petrobras|
Pemex|
PetroChina|
Sinopec|
CNOOC|
QatarEnergy|
ADNOC|
Glencore|
BHP|
Rio Tinto|
Vale|
Anglo American|
Freeport-McMoRan|
Albemarle|
SQM|
Codelco|
ArcelorMittal|
Nippon Steel|
United States Steel|U.S. Steel;US Steel
POSCO|
Tata Steel|
Tata Group|Tata
Reliance Industries|Reliance
Adani Group|Adani
Infosys|
Wipro|
JPMorgan Chase|JPMorgan;J.P. Morgan
Goldman Sachs|
Morgan Stanley|
Bank of America|
Citigroup|Citibank;Citi
Wells Fargo|
BlackRock|
HSBC|
Barclays|
Deutsche Bank|
UBS|
Credit Suisse|
BNP Paribas|
Santander|
Mitsubishi UFJ Financial Group|MUFG
Industrial and Commercial Bank of China|ICBC
Bank of China|
SWIFT|
Visa Inc|
Mastercard|
Berkshire Hathaway|
Pfizer|
Moderna|
BioNTech|
AstraZeneca|
Johnson & Johnson|
Novartis|
Roche|
Sanofi|
GSK|GlaxoSmithKline
Merck|
Eli Lilly|
Novo Nordisk|
Bayer|
Sinovac|
Maersk|A.P. Moller-Maersk
MSC|Mediterranean Shipping Company
CMA CGM|
Cosco|COSCO Shipping
Hapag-Lloyd|
Qatar Airways|
Lufthansa|
Air France-KLM|
Aeroflot|
Walmart|
Nestle|Nestlé
Unilever|
Coca-Cola|
PepsiCo|
McDonald's|
Starbucks|
Nike|
Adidas|
IKEA|
Carrefour|
Disney|Walt Disney
Warner Bros. Discovery|
Comcast|
News Corp|
Vodafone|
Deutsche Telekom|
Telefonica|Telefónica
China Mobile|
Palantir|
Cargill|
Bunge|
Archer-Daniels-Midland|ADM
Yara|
Nutrien|
Danone|
Heineken|
Carlsberg|
Sberbank|
VTB|
Rosatom|
Gazprombank|
Alrosa|
Norilsk Nickel|Nornickel
Rusal|
CATL|Contemporary Amperex Technology
Evergrande|China Evergrande
Country Garden|
Hikvision|
DJI|
Temu|
Shein|
Binance|
Coinbase|
FTX|
`;
