// Why: lone page controls ("View", "Print", "A+ A-", "Listen") are buttons for the original page;
// as text in a reader they are noise between the title and the story.
//
// Removes: <a>View</a>, <span><a>A+</a> <a>A-</a></span>, <div>【打印】【关闭】</div>,
//          <button>Listen to this article</button>, <button aria-label="Print"></button>
// Leaves:  <p>Print editions will end in May.</p>, <h2>Save the date</h2>,
//          <figure><img><button aria-label="Zoom"></button></figure> (the picture stays)
import { findBlocks } from './blocks';
import { namePattern, names } from './names';
import type { ClutterRule } from './rule';

const WORDS = [
  // English
  `view( (more|all|full (article|story)|original|comments|gallery))?|print( (this )?(article|page|story))?`,
  String.raw`listen( now| to (this )?(article|story))?|read aloud|a(\s*[+\-−])+|a( ?a){1,2}|(font|text) ?size|zoom|fullscreen|full screen`,
  `save( (article|for later|this article|to read later))?|saved|bookmark|copy( link| url)?|link copied|copied|download( pdf)?|pdf`,
  `translate|report( (an error|a problem|error|typo))?|feedback|close|back to top|top|load more|show more|see more|show less|gift( this)? article`,
  `skip to (main )?(content|navigation|main|article|the article)|skip navigation|enlarge( (this )?(image|photo|picture))?|(view|see) (all )?(photos|images|the gallery)|open gallery`,
  `sign in|log in|login|sign out|log out|my account|(view )?author archive|e-?mail the author|follow on (twitter|facebook|instagram)`,
  // A slideshow's position: "Image 2 of 5", "1of4", "Foto 3 de 10"
  String.raw`(image|photo|picture|slide|foto|imagen|imagem|bild)\s*\d+\s*(of|de|di|von)?\s*/?\s*\d+|\d+\s*(of|de|di|von)\s*\d+`,
  `caption|captions|hide caption|show caption|expand|collapse|(order )?reprints`,
  // Spanish, French, German, Portuguese, Italian
  `imprimir|guardar|escuchar|tamaño( de (letra|texto|fuente))?|copiar enlace|cerrar|descargar|ver más`,
  `imprimer|écouter|ecouter|enregistrer|sauvegarder|taille (du texte|de police)|copier le lien|fermer|voir plus`,
  `drucken|merken|vorlesen|anhören|schriftgröße|link kopieren|schließen|speichern|mehr anzeigen`,
  `ouvir|salvar|baixar|copiar link|fechar|tamanho da fonte|stampa|ascolta|salva|copia link|chiudi|dimensione (del )?testo`,
  // Chinese, Japanese
  String.raw`打印|打印本页|收藏|字号|字體|字体|大\s*中\s*小|查看(原文)?|复制链接|关闭(窗口|本页)?|返回顶部|纠错|举报|朗读|听新闻|默认|印刷|保存|閉じる|文字サイズ`,
].join('|');
const SEP = String.raw`[\s|·•/,\[\]【】()（）:：]`;
const CONTROLS = new RegExp(`^${SEP}*(?:(?:${WORDS})(?=${SEP}|$)${SEP}*)+$`, 'iu');
const TRIGGER = new RegExp(`^${SEP}*(?:${WORDS})`, 'iu');
const BUTTONS = /^(a|button)$/;

/** A picture counter named as one: <span class="gallery-count">6</span>. */
const COUNTER_NAMED = namePattern(
  /[ -](gallery|slide|slideshow|image|photo|media)s?-{1,2}(count|counter|number|index)[ -]/,
);
const COUNT = /^\d{1,3}(\s*(\/|of|de|di|von)\s*\d{1,3})?$/;

/** An icon button with no text, named by its label: <button aria-label="Print">. */
function isIconControl(el: Element): boolean {
  if (!BUTTONS.test(el.localName) && el.getAttribute('role') !== 'button') return false;
  const name = el.getAttribute('aria-label') ?? el.getAttribute('title');
  return name !== null && CONTROLS.test(name);
}

export const controlsRule: ClutterRule = {
  kind: 'controls',
  find: (root) =>
    findBlocks(root, {
      seeds: {
        text: (text) => TRIGGER.test(text),
        textChars: 60,
        named: (own) => COUNTER_NAMED.test(own),
        element: isIconControl,
      },
      // No pictures: an empty box around a control may be a figure.
      accept: (el, m) =>
        m.media === 0 &&
        m.fields <= 4 &&
        (CONTROLS.test(m.text) ||
          (m.chars === 0 && isIconControl(el)) ||
          (COUNT.test(m.text) && COUNTER_NAMED.test(names(el)))),
      grow: (_el, m) => m.media === 0 && m.fields <= 6 && (m.chars === 0 || CONTROLS.test(m.text)),
      maxChars: 80,
      maxLevels: 3,
    }),
};
