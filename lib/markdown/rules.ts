import type TurndownService from 'turndown';
import { codeBlock } from './code-block';
import { escapeMarkdown, oneLine } from './escape';
import { imageUrl, linkUrl } from './urls';

export type RefStyle = 'inline' | 'referenced';

/** Numbered reference definitions shared by links and images; one number per distinct URL. */
export class References {
  private readonly ids = new Map<string, number>();
  id(url: string): number {
    let id = this.ids.get(url);
    if (id === undefined) {
      id = this.ids.size + 1;
      this.ids.set(url, id);
    }
    return id;
  }
  definitions(): string {
    return Array.from(this.ids, ([url, id]) => `[${id}]: ${url}`).join('\n');
  }
}

interface RuleContext {
  baseUrl: string;
  linkStyle: RefStyle;
  imageStyle: RefStyle;
  refs: References;
}

export function addContentRules(service: TurndownService, ctx: RuleContext): void {
  const target = (url: string, style: RefStyle) =>
    style === 'referenced' ? `[${ctx.refs.id(url)}]` : `(${url})`;

  service.addRule('link', {
    filter: 'a',
    replacement: (content, node) => {
      // A link wrapping blocks (a teaser card) cannot hold blank lines: keep its words only.
      const text = content.includes('\n')
        ? escapeMarkdown(oneLine(node.textContent ?? ''))
        : content;
      const href = node.getAttribute('href');
      // href="#" is a script-driven button, not a place.
      const url = href?.trim() === '#' ? null : linkUrl(href, ctx.baseUrl);
      if (!url || !text.trim()) return text;
      return `[${text}]${target(url, ctx.linkStyle)}`;
    },
  });

  service.addRule('image', {
    filter: 'img',
    replacement: (_content, node) => {
      const url = imageUrl(imageSource(node), ctx.baseUrl);
      if (!url) return '';
      const alt = escapeMarkdown(oneLine(node.getAttribute('alt') ?? ''));
      return `![${alt}]${target(url, ctx.imageStyle)}`;
    },
  });

  service.addRule('media', {
    filter: ['video', 'audio', 'iframe'],
    replacement: (_content, node) => {
      const source = node.getAttribute('src') ?? node.querySelector('source')?.getAttribute('src');
      const url = linkUrl(source, ctx.baseUrl);
      const label =
        node.nodeName === 'AUDIO'
          ? 'Audio'
          : node.nodeName === 'VIDEO'
            ? 'Video'
            : 'Embedded content';
      return url?.startsWith('http') ? `\n\n[${label}]${target(url, ctx.linkStyle)}\n\n` : '';
    },
  });

  service.addRule('heading', {
    filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
    replacement: (content, node) => {
      const text = oneLine(content);
      return text ? `\n\n${'#'.repeat(Number(node.nodeName.charAt(1)))} ${text}\n\n` : '';
    },
  });

  service.addRule('listItem', { filter: 'li', replacement: listItem });

  service.addRule('strikethrough', {
    filter: (node) => ['DEL', 'S', 'STRIKE'].includes(node.nodeName),
    replacement: (content) => (content.trim() ? `~~${content}~~` : ''),
  });

  service.addRule('codeBlock', { filter: 'pre', replacement: (_content, node) => codeBlock(node) });

  service.addRule('figureCaption', {
    filter: 'figcaption',
    replacement: (content) => {
      const text = oneLine(content);
      if (!text) return '';
      // Italic marks the line as a caption. Text underscores are always escaped, so "_" is the
      // safe wrapper when the caption has emphasis of its own ("*" nested in "*" would break).
      const mark = /(^|[^\\])\*/.test(text) ? '_' : '*';
      return `\n\n${mark}${text}${mark}\n\n`;
    },
  });

  // None of these is article text: scripts, styles, form controls, vector drawings.
  service.remove((node) => dropped.has(node.nodeName.toLowerCase()));
}

const dropped = new Set(
  'script style noscript template button input select textarea svg canvas object embed head title meta link'.split(
    ' ',
  ),
);

function imageSource(img: HTMLElement): string | null {
  const src = img.getAttribute('src') ?? img.getAttribute('data-src');
  if (src) return src;
  // The first srcset candidate ("url 640w, ...") when the page left src empty.
  return img.getAttribute('srcset')?.trim().split(/\s+/)[0] ?? null;
}

function listItem(content: string, node: HTMLElement): string {
  const parent = node.parentNode as HTMLElement | null;
  let prefix = '- ';
  if (parent?.nodeName === 'OL') {
    const start = Number.parseInt(parent.getAttribute('start') ?? '1', 10);
    const index = Array.prototype.indexOf.call(parent.children, node);
    prefix = `${(Number.isFinite(start) ? start : 1) + index}. `;
  }
  const isParagraph = /\n$/.test(content);
  const body = content.replace(/^\n+|\n+$/g, '') + (isParagraph ? '\n' : '');
  // Continuation lines (nested lists, later paragraphs) are indented under the marker.
  const indented = body.replace(/\n/g, `\n${' '.repeat(prefix.length)}`);
  return prefix + indented + (node.nextSibling ? '\n' : '');
}
