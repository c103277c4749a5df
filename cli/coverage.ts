import { readAggregator } from '../lib/coverage/aggregator';
import { groupStories } from '../lib/coverage/group-stories';
import { type Args, stringOption } from './args';
import { parseHtml } from './dom';
import { CliError, nowOption, readHtml, readInput, requireUrl } from './io';

/** `lede coverage`: the outlets an aggregator page lists for its story. */
export function coverage(args: Args): string {
  const file = args.positionals[0];
  if (!file) throw new CliError('coverage needs a FILE (or - for standard input)');
  const url = requireUrl(stringOption(args, 'url'));
  const now = nowOption(stringOption(args, 'now'));
  const reading = readAggregator(parseHtml(readHtml(file), url), { url, now });
  if (args.options.has('json')) return JSON.stringify(reading, null, 2);
  const lines = [`${reading.story.title} (${reading.outlets.length} outlets)`];
  for (const item of reading.outlets) {
    const place = item.dateline?.place ? ` [${item.dateline.place}]` : '';
    const agency = item.dateline?.agency ? ` (${item.dateline.agency})` : '';
    lines.push(`- ${item.outlet}: ${item.headline}${place}${agency}`);
  }
  return lines.join('\n');
}

interface StoryRow {
  id: string;
  title: string;
  text?: string;
  publisher?: string;
  published?: string;
}

function parseRows(text: string, file: string): StoryRow[] {
  return text
    .split('\n')
    .map((line, i) => [line.trim(), i + 1] as const)
    .filter(([line]) => line.length > 0)
    .map(([line, n]) => {
      let row: Record<string, unknown>;
      try {
        row = JSON.parse(line);
      } catch {
        throw new CliError(`${file} line ${n} is not JSON`);
      }
      if (
        typeof row.title !== 'string' ||
        (typeof row.id !== 'string' && typeof row.id !== 'number')
      ) {
        throw new CliError(`${file} line ${n} needs an id and a title`);
      }
      return {
        id: String(row.id),
        title: row.title,
        text: typeof row.text === 'string' ? row.text : undefined,
        publisher: typeof row.publisher === 'string' ? row.publisher : undefined,
        published: typeof row.published === 'string' ? row.published : undefined,
      };
    });
}

/** `lede stories`: groups lines of `{ id, title, text?, publisher?, published? }` into stories. */
export function stories(args: Args): string {
  const file = args.positionals[0];
  if (!file) throw new CliError('stories needs a FILE.jsonl (or - for standard input)');
  const grouped = groupStories(parseRows(readInput(file), file));
  if (args.options.has('json')) return JSON.stringify(grouped);
  return grouped.map(({ id, story }) => `${id}\t${story}`).join('\n');
}
