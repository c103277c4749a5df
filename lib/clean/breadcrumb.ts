// Why: "Home > Finance" trails repeat the site's navigation above the story; Readability often
// glues them to the title ("Current:Home > FinanceBlinken meets…").
//
// Removes: <nav aria-label="Breadcrumb">…</nav>, <ol class="breadcrumbs">…</ol>, schema.org
//          BreadcrumbList microdata, <div>Current: <a>Home</a> > <a>Finance</a></div>,
//          <p><a>首页</a> > <a>国际</a></p>, <div><a>Inicio</a> » <a>Mundo</a></div>
// Leaves:  <p>NEW YORK/SHANGHAI (Reuters) - …</p>, <h2>Apple > Microsoft? Not quite</h2>,
//          <p>Revenue rose 24/7 …</p>, <ul class="pagination">1 | 2 | 3</ul>
import { findBlocks, sameText } from './blocks';
import type { Measure } from './measure';
import { namePattern, names } from './names';
import type { ClutterRule } from './rule';
import { fold } from './text';

const PREFIX =
  /^(?:current(?: location| page)?|you are here|location|path|当前位置|您的位置|你的位置|所在位置|现在位置|位置|estás en|usted está en|vous êtes ici|sie sind hier|você está em|ti trovi in|現在地|현재 위치)\s*[:：]?\s*/iu;
const HOME =
  /^(home|homepage|start|startseite|inicio|portada|accueil|início|página inicial|главная|首页|首頁|主页|网站首页|ホーム|トップ|홈|главная страница)$/iu;
const SEPARATOR = /\s*(?:>|›|»|→|＞|〉|\/|\||::|·)\s*/u;
const SEP_CHARS = /[>›»→＞〉/|·]/u;
const NAMED = namePattern(/[ -](breadcrumbs?|crumbs?|crumb-?trail|bread-?crumbs?)[ -]/);
const ARIA_LABEL = /breadcrumb/i;
const MICRODATA = /BreadcrumbList/;

/** Marked as a trail for screen readers or search engines. */
function isMarked(el: Element): boolean {
  return (
    ARIA_LABEL.test(el.getAttribute('aria-label') ?? '') ||
    MICRODATA.test(el.getAttribute('itemtype') ?? '')
  );
}

function isTrail(m: Measure): boolean {
  if (m.chars > 160 || m.looseMedia > 0) return false;
  const prefixed = PREFIX.exec(m.text);
  const rest = prefixed ? m.text.slice(prefixed[0].length) : m.text;
  const parts = rest.split(SEPARATOR).map(fold).filter(Boolean);
  if (parts.length < 2 || parts.length > 8) return false;
  if (parts.some((p) => p.length > 60) || parts.filter((p) => /^\d+$/.test(p)).length > 1)
    return false;
  // Slashes and bars also join prose ("NEW YORK/SHANGHAI", "and/or"): ask for more evidence.
  const linked = m.links >= parts.length - 1 && m.linkChars >= 0.5 * m.chars;
  return Boolean(prefixed) || HOME.test(parts[0] ?? '') || (linked && !/^[^>›»→＞〉]*$/.test(rest));
}

export const breadcrumbRule: ClutterRule = {
  kind: 'breadcrumb',
  steers: false,
  find: (root) =>
    findBlocks(root, {
      seeds: {
        text: (text) => SEP_CHARS.test(text),
        textChars: 160,
        named: (own) => NAMED.test(own),
        element: isMarked,
      },
      accept: (el, m) =>
        m.looseMedia === 0 &&
        (isTrail(m) || (m.chars <= 300 && (NAMED.test(names(el)) || isMarked(el)))),
      grow: sameText,
      maxChars: 300,
      maxLevels: 4,
    }),
};
