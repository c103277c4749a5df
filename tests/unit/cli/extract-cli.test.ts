import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readGolden } from '../fixtures/golden';

// The command line as a user runs it: a real process, real files, real exit codes.
const root = resolve(import.meta.dirname, '../../..');
const fixture = (name: string) => resolve(root, 'tests/fixtures', `${name}.html`);

function lede(args: string[], input?: string) {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', resolve(root, 'cli/main.ts'), ...args],
    {
      cwd: root,
      input,
      encoding: 'utf8',
    },
  );
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

// Each case starts a Node process with tsx: seconds, not milliseconds, on a busy machine.
describe('lede extract', { timeout: 60_000 }, () => {
  const golden = readGolden('farm-ap-blinken');
  const now = '2026-01-02T03:04:05.000Z';

  it('prints the seed content-farm story as Markdown: whole, without the clutter', () => {
    const { code, stdout } = lede([
      'extract',
      fixture('farm-ap-blinken'),
      '--url',
      golden.url,
      '--now',
      now,
    ]);
    expect(code).toBe(0);
    const markdown = stdout.replace(/\\/g, '').replace(/\s+/g, ' ');
    for (const paragraph of golden.keep) expect(markdown).toContain(paragraph);
    for (const clutter of [
      'veryGood!',
      'Related',
      'Ranking',
      'Recommendation',
      'Current:',
      'Home > Finance',
    ]) {
      expect(stdout).not.toContain(clutter);
    }
    const front = stdout.split('---\n')[1] ?? '';
    expect(parseYaml(front)).toMatchObject({
      title: golden.title,
      outlet: golden.siteName,
      saved: now,
    });
  });

  it('prints JSON with the fields scripts rely on', () => {
    const { code, stdout } = lede([
      'extract',
      fixture('farm-ap-blinken'),
      '--url',
      golden.url,
      '--json',
      '--now',
      now,
    ]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual(
      expect.arrayContaining([
        'title',
        'byline',
        'siteName',
        'url',
        'publishedAt',
        'dateline',
        'text',
        'html',
        'markdown',
        'removed',
      ]),
    );
    expect(out.dateline).toEqual(golden.dateline);
    expect(out.removed.map((r: { kind: string }) => r.kind)).toContain('reactions');
    expect(out.text.split('\n')[0]).toMatch(/^NEW YORK \(AP\) — /);
  });

  it('reads standard input with -', () => {
    const html = readFileSync(fixture('farm-ap-blinken'), 'utf8');
    const { code, stdout } = lede(['extract', '-', '--url', golden.url, '--json'], html);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).title).toBe(golden.title);
  });

  it.each([
    [
      ['extract', 'missing.html', '--url', 'https://a.example/'],
      /cannot read missing\.html: no such file/,
    ],
    [['extract', resolve(root, 'package.json'), '--url', 'https://a.example/'], /is not HTML/],
    [['extract', fixture('page-login'), '--url', 'https://a.example/login'], /No article found/],
    [['extract', fixture('farm-ap-blinken')], /--url is required/],
    [['extract', fixture('farm-ap-blinken'), '--url', 'not a url'], /not a valid URL/],
    [['nonsense'], /unknown command/],
  ])('fails clearly on bad input: %j', (args, message) => {
    const { code, stdout, stderr } = lede(args);
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  });
});

describe('lede coverage and stories', { timeout: 60_000 }, () => {
  it('reads the outlets of an aggregator page', () => {
    const expected = JSON.parse(
      readFileSync(resolve(root, 'tests/fixtures/expected/aggregator-seed-ground.json'), 'utf8'),
    );
    const { code, stdout } = lede([
      'coverage',
      fixture('aggregator-seed-ground'),
      '--url',
      expected.url,
      '--now',
      expected.now,
      '--json',
    ]);
    expect(code).toBe(0);
    const reading = JSON.parse(stdout);
    expect(reading.outlets.map((o: { outlet: string }) => o.outlet)).toEqual(
      expected.outlets.map((o: { outlet: string }) => o.outlet),
    );
  });

  it('groups a JSON-lines file of headlines into stories', () => {
    const rows = [
      { id: 1, title: 'Fed official says weak data caused by weather, should not slow taper' },
      { id: 2, title: "Fed's Plosser: weather behind weak data, taper should continue" },
      { id: 3, title: 'Apple unveils new iPhone with larger screen' },
      { id: 4, title: 'New larger-screen iPhone unveiled by Apple' },
    ];
    const { code, stdout } = lede(
      ['stories', '-', '--json'],
      rows.map((r) => JSON.stringify(r)).join('\n'),
    );
    expect(code).toBe(0);
    const out: Array<{ id: string; story: string }> = JSON.parse(stdout);
    const story = Object.fromEntries(out.map((r) => [r.id, r.story]));
    expect(story['1']).toBe(story['2']);
    expect(story['3']).toBe(story['4']);
    expect(story['1']).not.toBe(story['3']);
  });
});
