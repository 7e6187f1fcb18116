import { createRequire } from 'node:module';

/**
 * Given names that say whether "he" or "she" can stand for a person: general knowledge, used only to
 * rule out an antecedent ("She later met the king" is not the last man named). A name in neither
 * list, or used for both, says nothing.
 */
export const FEMALE_NAMES: ReadonlySet<string> = new Set(
  `Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Margaret Sandra Ashley Kimberly
  Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Angela Shirley
  Anna Ana Brenda Pamela Emma Nicole Helen Samantha Katherine Christine Debra Rachel Carolyn Janet Catherine Maria Heather Diane
  Ruth Julie Olivia Joyce Virginia Victoria Lauren Christina Joan Evelyn Judith Megan Cheryl Hannah Jacqueline
  Martha Gloria Teresa Ann Sara Madison Frances Kathryn Janice Abigail Alice Judy Sophia Grace Denise Amber Doris Marilyn
  Danielle Beverly Isabella Theresa Diana Natalie Brittany Charlotte Marie Kayla Lori Kamala Ursula Giorgia Marine Liz
  Cristina Mette Sanna Annalena Kristalina Jill Melania Ivanka Condoleezza Madeleine Kristi Tulsi Hillary Yulia Olena 
  Dilma Benazir Indira Sonia Priyanka Nirmala Sushma Julia Golda Tzipi Ayelet Sanae Yuriko 
  Winnie Graca Amina Samia Nkosazana Zuzana Ingrida Viktorija Roberta Magdalena Erna  
   Eva Lucia Sofia Elena Irina Natalia Natalya Svetlana Tatiana Tatyana Valentina Ekaterina Yekaterina Marina Olga Oksana
  Iryna Fatima Aisha Ayesha Zainab Maryam Leila Layla Nadia Yasmin Rania Hanan Sheikha Mona Huda Noura
  Esther Miriam Tamar Noa Shira Yuko Akiko Hiroko Mei Ying Xiaoling Hua Lan Jing Yan Greta Astrid 
  Birgit Ulla Margrethe Helle Kirsten Frederikke Petra Sabine Ursula Angelika Heike Katarina Katharina Simone Chiara Francesca
  Giulia Paola Elisabetta Beatriz Carmen Dolores Pilar Rosa Isabel Ines Luisa Adriana Veronica Claudine Sylvie Nathalie
  Segolene Christiane Ségolène Rachida Najat Aurore Valerie Valérie Anne Laurence Penelope Mia Zoe Chloe Lily Ruby
   Theresa Priti Kemi Liz Nadine Yvette Harriet Harriett Jacqui Shabana Mhairi Arlene Michelle`
    .split(/\s+/)
    .filter(Boolean),
);

export const MALE_NAMES: ReadonlySet<string> = new Set(
  `John James Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark Donald Steven
  Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan
  Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander Frank Patrick Raymond Jack Dennis Jerry Tyler Aaron Jose
  Adam Nathan Henry Douglas Zachary Peter Kyle Ethan Walter Noah Jeremy Christian Keith Roger Terry Gerald Harold Sean Austin
  Carl Arthur Lawrence Dylan Jesse Bryan Billy Joe Bruce Gabriel Logan Albert Willie Alan Juan Wayne Elijah Randy Roy
  Vincent Ralph Eugene Russell Bobby Mason Philip Louis Olaf Friedrich Emmanuel Francois Pierre Jacques Nicolas Boris Keir Rishi
  Barack Vladimir Sergei Sergey Dmitry Dmitri Alexei Alexey Mikhail Ivan Igor Yuri Oleg Andrei Nikolai Viktor Volodymyr Petro
  Oleksandr Andriy Narendra Rahul Shehbaz Imran Recep Mohammed Muhammad Mohammad Ahmed Ahmad Ali Hassan Hussein Abdullah Abdel
  Abdul Omar Khalid Mahmoud Ebrahim Hossein Javad Abbas Yair Naftali Isaac Yitzhak Moshe Ehud Shinzo Fumio Shigeru Yoshihide
  Ferdinand Rodrigo Jair Luiz Inacio Javier Alberto Andres Gustavo Hugo Fidel Raul Carlos Luis Miguel Jorge Pedro Antonio Manuel
  Francisco Pablo Mario Sergio Giuseppe Giovanni Matteo Silvio Jens Stefan Klaus Hans Wolfgang Frank-Walter Felipe Francis Abiy
  Cyril Uhuru Bola Muhammadu Nelson Kofi Tedros Rafael Jerome Elon Jeff Tim Sundar Satya Bill Warren Jensen Masayoshi Marco
  Mike Pete Lloyd Antony Jake Chuck Mitch Ron Gavin Kash Steve Rex Colin Dick Al Bernie Hunter Jared Ismail Mahmud  
  Benyamin Hafez Osama Saad Hosni      
     Milorad Edi Viktor Andrzej Donald Mateusz Robert Mark Alexis Pedro Emmanuel Gabriel Michel
  Charles Micheal Enda Rishi Boris Tony Gordon David Nick Ed Jeremy Keir Justin Stephen Brian Jean-Luc Jean-Noel
          Joko Prabowo Sitiveni Frank
  Anthony Scott Kevin Malcolm Alassane Mahamadou Assimi Paul Faustin Denis 
  Yoweri Paul Hage William Robert Jacob Kgalema Umaru George `
    .split(/\s+/)
    .filter((w) => w && !FEMALE_NAMES.has(w)),
);

/**
 * Given names of six languages' registers (the gender-detection-from-name package, MIT, offline in its npm
 * package), for names the lists above do not hold ("Anneli", "Mamadou"): a name the registers give both
 * genders ("Nino" is a man's name in Italian, a woman's in Georgian and French) says nothing. Loaded on first use.
 */
let registers: Map<string, 'f' | 'm' | '-'> | undefined;
function registerGender(first: string): 'f' | 'm' | undefined {
  if (!registers) {
    registers = new Map();
    const require = createRequire(import.meta.url);
    for (const lang of ['en', 'de', 'es', 'fr', 'it', 'tr']) {
      const names = require(`gender-detection-from-name/names/${lang}.js`) as Map<string, string>;
      for (const [n, g] of names) {
        const k = g === 'female' ? 'f' : g === 'male' ? 'm' : '-';
        const had = registers.get(n);
        registers.set(n, had === undefined || had === k ? k : '-');
      }
    }
  }
  const g = registers.get(first.toLowerCase());
  return g === '-' ? undefined : g;
}

/** Common Chinese, Korean and Vietnamese surnames, written before the given name. */
const SURNAME_FIRST = new Set(
  `Li Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang Xie Song Tang Han Feng Deng Cao
  Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Fu Zhong Cui Tan Fan Jin Shi Liao Xi Qin
  Kim Lee Park Choi Jung Jeong Kang Cho Yoon Yun Jang Lim Oh Seo Shin Kwon Hwang Ahn Ryu Hong Jeon Moon Bae Baek Nam Noh Roh Ha Yoo
  Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Wong Ng Lam Chan Chua Teo Goh Ong`.split(/\s+/),
);
/** Given names used for men and women alike, which the registers give one gender. */
const BOTH_GENDERS = new Set(
  `Ariel Dominique Mika Rana Nur Noor Misha Sasha Andrea Nicola Jean Robin Jordan Alexis Claude Camille Kai Yuri Toni Jo Chris Sam
  Alex Morgan Taylor Jamie Leslie Lesley Dana Shannon Kelly Tracy Rene Renee Eli Noa Sacha Gabriele Simone Michele Maxime Ashley
  Kiran Hilal Deniz Umut Evren Ilkay Nikita Valery Zhenya Akira Hikaru Makoto Kaoru
  Izumi Hiromi Rei Jun Min Hyun Ji Su Yeon Sung Young Quinn Avery Riley Casey Drew Sydney Lou Lupe Guadalupe Reyes Cruz Rosario`.split(/\s+/),
);

const HONORIFIC_FIRSTS = /^(?:Sheikh|Sayyid|Syed|Haji|Hajji|Mullah|Imam|Ayatollah|Maulana|Mufti|Pir|Chief|Datuk|Dato|Tan|Tun|Sri)$/;

/** "f" or "m" when the first given name says so, else undefined. */
export function genderOfName(name: string): 'f' | 'm' | undefined {
  const first = name.split(/\s+/)[0] ?? '';
  if (FEMALE_NAMES.has(first)) return 'f';
  if (MALE_NAMES.has(first)) return 'm';
  // (A one-word name is a surname as often as not: only a first of two or more words is a given name;
  // an honorific a name keeps, "Sheikh Amina", says nothing of whose it is; nor does a surname written
  // first, as Chinese, Korean and Vietnamese names are ("Li Wei", "Kim Min-jun"), nor a name the
  // registers give one gender that is given to both ("Ariel", "Dominique", "Nur").)
  if (HONORIFIC_FIRSTS.test(first) || SURNAME_FIRST.has(first) || BOTH_GENDERS.has(first)) return undefined;
  return /^\p{Lu}\p{Ll}+$/u.test(first) && name.includes(' ') ? registerGender(first) : undefined;
}

/** Pronouns of a woman, and of a man. */
export const SHE_WORDS: ReadonlySet<string> = new Set(['she', 'her', 'hers', 'herself']);
const HE_WORDS: ReadonlySet<string> = new Set(['he', 'him', 'his', 'himself']);

/** Whether the pronoun (lower-case) may stand for a person of that name. */
export function pronounFits(pronoun: string, name: string): boolean {
  const g = genderOfName(name);
  if (g === undefined) return true;
  if (SHE_WORDS.has(pronoun)) return g === 'f';
  if (HE_WORDS.has(pronoun)) return g === 'm';
  return true;
}

/** Given names of either list that are not also common words or place names: a cue that a name is a person's. */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  [...FEMALE_NAMES, ...MALE_NAMES].filter((n) => n.length > 3 && !/^(?:Grace|Hope|Amber|Ruby|Lily|Victoria|Madison|Penny|Georgia|Sheikha|Marine|Pope|Francis)$/.test(n)),
);
