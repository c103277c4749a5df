import { describe, expect, it } from 'vitest';
import { agencyNames, normaliseAgency } from '../../../lib/dateline/agencies';

describe('normaliseAgency', () => {
  it.each([
    ['AP', 'Associated Press'],
    ['Associated Press', 'Associated Press'],
    ['The Associated Press', 'Associated Press'],
    ['Reuters', 'Reuters'],
    ['REUTERS', 'Reuters'],
    ['Thomson Reuters', 'Reuters'],
    ['AFP', 'Agence France-Presse'],
    ['Agence France-Presse', 'Agence France-Presse'],
    ['Agence France Presse', 'Agence France-Presse'],
    ['Agence France–Presse', 'Agence France-Presse'],
    ['Xinhua', 'Xinhua'],
    ['Bloomberg', 'Bloomberg'],
    ['dpa', 'Deutsche Presse-Agentur'],
    ['DPA', 'Deutsche Presse-Agentur'],
    ['Deutsche Presse-Agentur', 'Deutsche Presse-Agentur'],
    ['Kyodo', 'Kyodo News'],
    ['KYODO', 'Kyodo News'],
    ['Yonhap', 'Yonhap'],
    ['UPI', 'United Press International'],
    ['ANSA', 'ANSA'],
    ['EFE', 'EFE'],
    ['PTI', 'Press Trust of India'],
    ['IANS', 'IANS'],
    ['ANI', 'Asian News International'],
    ['TASS', 'TASS'],
    ['ITAR-TASS', 'TASS'],
    ['Anadolu', 'Anadolu Agency'],
    ['CNA', 'CNA'],
    ['Bernama', 'Bernama'],
    ['ANTARA', 'Antara'],
    ['Jiji', 'Jiji Press'],
    ['AAP', 'Australian Associated Press'],
    ['CP', 'The Canadian Press'],
    ['The Canadian Press', 'The Canadian Press'],
    ['PA', 'PA Media'],
    ['PA Media', 'PA Media'],
    ['Europa Press', 'Europa Press'],
    ['  Reuters  ', 'Reuters'],
    ['AFP-Jiji', 'Agence France-Presse'],
    ['AP/Reuters', 'Associated Press'],
    ['Reuters Breakingviews', 'Reuters'],
  ])('%s -> %s', (name, canonical) => {
    expect(normaliseAgency(name)).toBe(canonical);
  });

  it.each(['CNN', 'KABC', 'The New York Times', 'pictured', '', 'Staff'])(
    'knows %j is not an agency',
    (name) => {
      expect(normaliseAgency(name)).toBeNull();
    },
  );

  it('maps every alias to a name listed in agencyNames, and every name to itself', () => {
    for (const name of agencyNames) expect(normaliseAgency(name)).toBe(name);
    expect(agencyNames).toContain('Associated Press');
    expect(new Set(agencyNames).size).toBe(agencyNames.length);
  });
});
