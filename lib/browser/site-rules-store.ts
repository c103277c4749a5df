import { browser } from 'wxt/browser';
import { parseCosmeticFilters, type SiteRule } from '../clean/site-rules';

const key = 'userSiteRules';

/** The user's own cosmetic filters ("example.com##.promo"), kept as text in storage.sync. */
export async function loadUserSiteRulesText(): Promise<string> {
  const stored = await browser.storage.sync.get(key);
  const text = stored[key];
  return typeof text === 'string' ? text : '';
}

export async function loadUserSiteRules(): Promise<SiteRule[]> {
  return parseCosmeticFilters(await loadUserSiteRulesText());
}

export async function saveUserSiteRules(text: string): Promise<void> {
  await browser.storage.sync.set({ [key]: text });
}
