// News agencies as they sign their copy: "(AP)", "(Reuters)", "(dpa)", "/TASS/", "(EFE)". One
// canonical name each, so coverage can tell that two outlets ran the same wire story however each
// printed the credit. Canonical names are what readers know the agency by (what its own copy calls
// it), not always the legal name. Matching ignores case: agencies print "(ANTARA)", "(KYODO)",
// "(dpa)" and "(Dpa)" for the same thing.

const aliases: Record<string, readonly string[]> = {
  'Associated Press': ['AP', 'The Associated Press', 'AP News', 'Associated Press'],
  Reuters: [
    'Reuters',
    'Thomson Reuters',
    'Reuters Breakingviews',
    'Breakingviews',
    'Reuters Health',
  ],
  'Agence France-Presse': ['AFP', 'Agence France-Presse', 'Agence France Presse', 'AFP Relaxnews'],
  Xinhua: ['Xinhua', 'Xinhua News Agency', 'Xinhuanet'],
  Bloomberg: ['Bloomberg', 'Bloomberg News'],
  'Deutsche Presse-Agentur': [
    'dpa',
    'Deutsche Presse-Agentur',
    'Deutsche Presse Agentur',
    'dpa-AFX',
  ],
  'Kyodo News': ['Kyodo', 'Kyodo News'],
  Yonhap: ['Yonhap', 'Yonhap News Agency', 'Yonhap News'],
  'United Press International': ['UPI', 'United Press International'],
  ANSA: ['ANSA', 'ANSAmed'],
  EFE: ['EFE', 'Agencia EFE'],
  'Press Trust of India': ['PTI', 'Press Trust of India'],
  IANS: ['IANS', 'Indo-Asian News Service'],
  'Asian News International': ['ANI', 'Asian News International'],
  'United News of India': ['UNI', 'United News of India'],
  TASS: ['TASS', 'ITAR-TASS'],
  Interfax: ['Interfax', 'Interfax-Ukraine'],
  'RIA Novosti': ['RIA', 'RIA Novosti'],
  'Anadolu Agency': ['Anadolu', 'Anadolu Agency', 'AA'],
  // Taiwan's Central News Agency signs "(CNA)"; Singapore's Channel NewsAsia uses the same letters
  // as a brand, so the initials are kept rather than guessing which one is meant.
  CNA: ['CNA', 'Central News Agency'],
  Bernama: ['Bernama'],
  Antara: ['Antara', 'Antara News'],
  'Jiji Press': ['Jiji', 'Jiji Press'],
  'Australian Associated Press': ['AAP', 'Australian Associated Press'],
  'The Canadian Press': ['CP', 'Canadian Press', 'The Canadian Press'],
  'PA Media': ['PA', 'PA Media', 'PA Wire', 'Press Association'],
  'Europa Press': ['Europa Press'],
  'Dow Jones Newswires': ['Dow Jones', 'Dow Jones Newswires'],
  Lusa: ['Lusa'],
  ANP: ['ANP'],
  Belga: ['Belga'],
  'Philippine News Agency': ['PNA', 'Philippine News Agency'],
  'Vietnam News Agency': ['VNA', 'Vietnam News Agency'],
  'Saudi Press Agency': ['SPA', 'Saudi Press Agency'],
  WAM: ['WAM', 'Emirates News Agency'],
  KUNA: ['KUNA', 'Kuwait News Agency'],
  IRNA: ['IRNA'],
  'Associated Press of Pakistan': ['APP', 'Associated Press of Pakistan'],
  Ukrinform: ['Ukrinform'],
  Sputnik: ['Sputnik'],
  'Prensa Latina': ['Prensa Latina'],
  NTB: ['NTB'],
  'Polish Press Agency': ['PAP', 'Polish Press Agency'],
};

/** Canonical agency names, e.g. for coverage to tell wire copy from an outlet's own reporting. */
export const agencyNames: readonly string[] = Object.keys(aliases);

const byKey = new Map<string, string>();
for (const [name, list] of Object.entries(aliases)) {
  byKey.set(keyOf(name), name);
  for (const alias of list) byKey.set(keyOf(alias), name);
}

function keyOf(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[‐-―]/g, '-').replace(/\s+/g, ' ').trim();
}

/**
 * "AP" and "The Associated Press" -> "Associated Press"; "ANTARA" -> "Antara"; null for a name that
 * is not a known agency ("CNN", "KABC"). A joint credit ("AFP-Jiji", "AP/Reuters") gives its first
 * known agency: wire-copy detection needs one source, and the first is the one that filed.
 */
export function normaliseAgency(name: string): string | null {
  const key = keyOf(name);
  if (!key) return null;
  const whole = byKey.get(key) ?? byKey.get(key.replace(/^the /, ''));
  if (whole) return whole;
  for (const part of key.split(/\s*(?:\/|,|&|\band\b|\+|-)\s*/)) {
    const found = byKey.get(part);
    if (found) return found;
  }
  return null;
}
