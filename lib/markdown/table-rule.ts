import type TurndownService from 'turndown';
import { oneLine } from './escape';

// turndown-plugin-gfm 1.0.2 keeps a table without a heading row as raw HTML and ignores colspan,
// and Readability's tables are usually exactly that (no <thead>, <td> all the way down). This rule
// turns every table into a GFM pipe table: the first row becomes the header, colspan and rowspan
// are padded with empty cells so the columns line up, and one-column (layout) tables are unwrapped.
//
// turndown converts children before parents and hands the parent one string, so cells and rows
// mark their boundaries with private-use characters that the table rule splits on again.
// toMarkdown strips those characters from its input, so text can never contain them.

const cellMark = '\uE000';
const rowMark = '\uE001';
const newlineMark = '\uE002';
const maxSpan = 50;

export function addTableRules(service: TurndownService): void {
  service.addRule('tableCell', {
    filter: ['th', 'td'],
    replacement: (content) => cellMark + content.replace(/\n/g, newlineMark),
  });
  service.addRule('tableRow', { filter: 'tr', replacement: (content) => rowMark + content });
  service.addRule('tableSection', {
    filter: ['thead', 'tbody', 'tfoot'],
    replacement: (content) => content,
  });
  service.addRule('tableCaption', { filter: 'caption', replacement: (content) => content });
  service.addRule('table', { filter: 'table', replacement: tableMarkdown });
}

function tableMarkdown(content: string, table: HTMLElement): string {
  const [before = '', ...rowTexts] = content.split(rowMark);
  const caption = oneLine(before.split(newlineMark).join(' '));
  const cellTexts = rowTexts.map((row) => row.split(cellMark).slice(1));
  const grid = layOut(cellTexts, ownRows(table));
  const width = Math.max(0, ...grid.map((row) => row.length));
  const blocks: string[] = caption ? [caption] : [];
  if (width === 1) {
    // A one-column table is layout, not data: its cells are paragraphs.
    for (const row of grid) {
      const text = (row[0] ?? '').split(newlineMark).join('\n').trim();
      if (text) blocks.push(text);
    }
  } else if (width > 1) {
    const lines = grid.map((row) => pipeRow(row, width));
    const [header = '', ...body] = lines;
    blocks.push([header, pipeRow(Array(width).fill('---'), width), ...body].join('\n'));
  }
  return blocks.length ? `\n\n${blocks.join('\n\n')}\n\n` : '';
}

function pipeRow(cells: string[], width: number): string {
  const padded = Array.from({ length: width }, (_, i) => cellText(cells[i] ?? ''));
  return `| ${padded.join(' | ')} |`;
}

function cellText(raw: string): string {
  // A pipe table cell is one line; an unescaped "|" would start a new cell.
  return oneLine(raw.split(newlineMark).join(' ')).replace(/\|/g, '\\|');
}

/** Places cells on a grid, leaving empty cells where colspan/rowspan cover. */
function layOut(rows: string[][], domRows: HTMLElement[]): string[][] {
  const spans = domRows.length === rows.length ? domRows.map(cellSpans) : [];
  const covered: number[] = []; // rows still covered by a rowspan from above, per column
  return rows.map((cells, r) => {
    const line: string[] = [];
    let col = 0;
    const coveredHere = () => {
      const left = covered[col] ?? 0;
      if (left > 0) covered[col] = left - 1;
      return left > 0;
    };
    const skipCovered = () => {
      while (coveredHere()) line[col++] = '';
    };
    cells.forEach((text, c) => {
      skipCovered();
      const { colspan, rowspan } = spans[r]?.[c] ?? { colspan: 1, rowspan: 1 };
      line[col] = text;
      for (let k = 0; k < colspan; k++) {
        if (k > 0) line[col + k] = '';
        if (rowspan > 1) covered[col + k] = Math.min(rowspan, rows.length - r) - 1;
      }
      col += colspan;
    });
    for (; col < covered.length; col++) if (coveredHere()) line[col] = '';
    return Array.from(line, (cell) => cell ?? '');
  });
}

function cellSpans(tr: HTMLElement): Array<{ colspan: number; rowspan: number }> {
  return Array.from(tr.childNodes)
    .filter((n) => n.nodeName === 'TD' || n.nodeName === 'TH')
    .map((cell) => ({
      colspan: span((cell as HTMLElement).getAttribute('colspan')),
      rowspan: span((cell as HTMLElement).getAttribute('rowspan')),
    }));
}

function span(value: string | null): number {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) && n > 1 ? Math.min(n, maxSpan) : 1;
}

/** This table's rows in document order, without the rows of tables nested in its cells. */
function ownRows(table: HTMLElement): HTMLElement[] {
  return Array.from(table.querySelectorAll('tr')).filter((tr) => {
    let node = tr.parentNode;
    while (node && node.nodeName !== 'TABLE') node = node.parentNode;
    return node === table;
  });
}
