/** Tiny argv reader: positionals plus `--name value` and boolean `--flag` options. */
export interface Args {
  command: string | undefined;
  positionals: string[];
  options: Map<string, string | true>;
}

const booleans = new Set(['json', 'help', 'no-front-matter']);

export function parseArgs(argv: string[]): Args {
  const [command, ...rest] = argv;
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      if (inline !== undefined) options.set(name, inline);
      else if (booleans.has(name)) options.set(name, true);
      else {
        const value = rest[++i];
        if (value === undefined) throw new UsageError(`--${name} needs a value`);
        options.set(name, value);
      }
    } else positionals.push(arg);
  }
  return { command, positionals, options };
}

export function stringOption(args: Args, name: string): string | undefined {
  const value = args.options.get(name);
  return typeof value === 'string' ? value : undefined;
}

export class UsageError extends Error {}

export const usage = `Usage:
  lede extract FILE.html|- --url URL [--json] [--now ISO] [--no-front-matter]
  lede coverage FILE.html|- --url URL [--json] [--now ISO]
  lede stories FILE.jsonl [--json]`;
