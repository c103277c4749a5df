import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';

// The permissions the README explains, and nothing else: a new permission must be explained there.
const explained = ['activeTab', 'scripting', 'storage', 'sidePanel', 'contextMenus', 'downloads'];
const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');

function manifest(dir: string) {
  return JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../../.output', dir, 'manifest.json'), 'utf8'),
  );
}

test('the shipped Chrome manifest asks for no host permissions and only explained ones', () => {
  const m = manifest('chrome-mv3');
  expect(m.manifest_version).toBe(3);
  expect(m.host_permissions ?? []).toEqual([]);
  expect(m.optional_host_permissions ?? []).toEqual([]);
  expect(m.content_scripts ?? []).toEqual([]);
  for (const permission of m.permissions) {
    expect(explained).toContain(permission);
    expect(readme).toContain(`\`${permission}\``);
  }
  expect(m.side_panel?.default_path).toBe('sidepanel.html');
});

test('the Firefox manifest has a sidebar, a gecko id and no host or side panel permissions', () => {
  const m = manifest('firefox-mv2');
  expect(m.sidebar_action?.default_panel).toBe('sidepanel.html');
  expect(m.browser_specific_settings?.gecko?.id).toBeTruthy();
  expect(m.permissions).not.toContain('sidePanel');
  expect(m.permissions.filter((p: string) => p.includes('://') || p === '<all_urls>')).toEqual([]);
});

test('extension pages run under a CSP with no inline script, eval or remote code', () => {
  const chrome: string = manifest('chrome-mv3').content_security_policy?.extension_pages ?? '';
  const firefox: string = manifest('firefox-mv2').content_security_policy ?? '';
  for (const csp of [chrome, firefox]) {
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  }
});
