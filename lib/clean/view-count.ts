// Why: "12,345 views" and "阅读 (12,345)" tell a reader nothing about the story and survive
// Readability as a line of their own under the title.
//
// Removes: <span>12,345 views</span>, <div>Views: 1.2M</div>, <em>阅读 (12,345)</em>,
//          <span>浏览 1234</span>, <p>Visto 1.234 veces</p>, <span class="views">👁 3.4k</span>
// Leaves:  <p>The video drew 12,345 views in its first hour.</p> (a sentence, not a counter),
//          <figcaption>Views from the summit, 2024</figcaption>, <td>1,200 views</td>
import { findBlocks, within } from './blocks';
import { namePattern, names } from './names';
import type { ClutterRule } from './rule';
import { NUMBER } from './text';

const LABEL = String.raw`views?|page ?views|hits|reads|visits|visitas|vistas|visualizaciones|lecturas|vues|lectures|aufrufe|visualizações|visualizacoes|leituras|visualizzazioni|letture|просмотр(?:ов|а|ы)?|阅读(?:量|数|次数)?|閱讀(?:數)?|浏览(?:量|数|次数)?|瀏覽(?:數)?|点击(?:量|数)?|人气|閲覧(?:数|回数)?|조회수?|👁\uFE0F?|👀`;
const COUNT = String.raw`[(（\[]?\s*(?:${NUMBER})\s*[)）\]]?`;
const TIMES = String.raw`(?:\s*(?:times|veces|fois|mal|vezes|volte|次|回))?`;
const VERB = `visto|vista|read|viewed|leído|leido|lu|gelesen|lido|letto|visualizado`;
const VIEWS = new RegExp(
  [
    String.raw`^(?:${LABEL})\s*[:：]?\s*${COUNT}${TIMES}$`,
    String.raw`^${COUNT}\s*(?:人|次)?\s*(?:${LABEL}|${VERB}|people (?:have )?(?:read|viewed) this)$`,
    String.raw`^(?:${VERB})\s*${COUNT}${TIMES}$`,
  ].join('|'),
  'iu',
);
const TRIGGER = new RegExp(`${LABEL}|${VERB}`, 'iu');
/** A bare number in an element named for views: <span class="view-count"><svg/>1,234</span>. */
const NAMED = namePattern(
  /[ -](views?|view-count|viewcount|page-views|pageviews|hits|read-count|readcount|visits|pv)[ -]/,
);
const ONLY_NUMBER = new RegExp(`^${COUNT}$`, 'iu');
const DATA = new Set(['table', 'figcaption', 'pre', 'code']);

export const viewCountRule: ClutterRule = {
  kind: 'view-count',
  steers: false,
  find: (root) =>
    findBlocks(root, {
      seeds: {
        text: (text) => TRIGGER.test(text),
        textChars: 80,
        named: (own) => NAMED.test(own),
        unless: (node) => within(node, DATA),
      },
      accept: (el, m) =>
        m.looseMedia === 0 &&
        (VIEWS.test(m.text) || (ONLY_NUMBER.test(m.text) && NAMED.test(names(el)))),
      maxChars: 80,
      maxLevels: 4,
    }),
};
