// Why: content farms that copy wire stories stamp them with when and from where they were
// copied ("Date:2025-04-14 17:47:42", "来源：新华社"). That is provenance, not story text, and the
// real publication time comes from metadata, never from a repost stamp.
//
// Removes: <div>Date:2025-04-14 17:47:42</div>, <p>Source: Reuters</p>, <span>来源：新华社</span>,
//          <p>Originally published by The Conversation.</p>, <p>转载请注明出处</p>, <p>Fuente: EFE</p>
// Leaves:  <p>Source: a person familiar with the talks said the deal would close in May.</p>,
//          <p>Originally published in 1851, the novel sold poorly.</p>, <p>Author: Jane Doe</p>,
//          <figcaption>Source: World Bank</figcaption> (a chart's credit belongs to the chart)
import { findBlocks, sameText, within } from './blocks';
import type { ClutterRule } from './rule';
import { fold } from './text';

// Fields that state provenance or a copy time; "author"/"editor" only count beside one of them.
const PROVENANCE = `date|time|published|posted|updated|source|sources|from|via|origin|fecha|fuente|publicado|quelle|datum|veröffentlicht|publié le|fonte|data|date de publication|来源|來源|稿源|出处|发布时间|發佈時間|发布日期|发表时间|时间|日期|更新时间|出典|配信日?|日時`;
const PEOPLE = `author|editor|reporter|autor|auteur|redacción|redaktion|作者|编辑|責任編輯|责任编辑|责编|记者|編集`;
const FIELD = new RegExp(String.raw`(?:^|\s)(${PROVENANCE}|${PEOPLE})\s*[:：]\s*`, 'giu');
const DATE_FIELD =
  /^(date|time|published|posted|updated|fecha|publicado|datum|veröffentlicht|publié le|data|date de publication|发布时间|發佈時間|发布日期|发表时间|时间|日期|更新时间|配信日?|日時)$/iu;
/** A date or time as printed: 2025-04-14, 14/04/2025, 17:47, Nov. 18, 2019, 18 novembre 2019, 3 hours ago. */
const DATE_LIKE = new RegExp(
  [
    String.raw`\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}:\d{2}`,
    String.raw`\p{L}{3,}\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\.?\s+(de\s+)?\p{L}{3,}\.?,?\s+(de\s+)?\d{4}`,
    String.raw`\d+\s+(minutes?|hours?|days?|weeks?)\s+ago|hace\s+\d+|il y a\s+\d+|vor\s+\d+|\d+\s*(分钟|小时|天)前`,
  ].join('|'),
  'iu',
);
const PEOPLE_FIELD = new RegExp(`^(${PEOPLE})$`, 'iu');

const PHRASE = new RegExp(
  [
    String.raw`^(?:this (?:article|story|post|piece) (?:was |is )?(?:originally |first )?(?:published|posted|appeared)|(?:originally|first) (?:published|posted|appeared) (?:by|on|in|at)|(?:re)?posted (?:from|with permission)|republished (?:from|with permission)|reprinted (?:with permission )?from)\b`,
    String.raw`^(?:publicado originalmente|publicado (?:originalmente )?en|publié (?:initialement|à l'origine)|ursprünglich (?:veröffentlicht|erschienen)|zuerst erschienen|originalmente publicado|pubblicato (?:originariamente|originalmente))\b`,
    String.raw`^(?:【?(?:本文)?(?:转载|转自|轉載)(?:自|于|於)?(?:[:：\s]|$)|(?:本文)?来自|原标题[:：]|原文链接|原文地址|(?:未经(?:授权|许可)?)?(?:禁止|严禁|谢绝)转载|转载请注明)`,
  ].join('|'),
  'iu',
);
// "Published Monday, November 18, 2019 8:22AM EST": a time stamp line and nothing else.
const TIME_WORDS =
  'published|posted|updated|last updated|first published|publicado|actualizado|publié|mis à jour|veröffentlicht|aktualisiert|atualizado|pubblicato|aggiornato|发布于|发表于|更新于';
const TIME_LINE = new RegExp(
  `^(?:${TIME_WORDS})(?: on| at| le| am| em| il| el)?\\s*[:：]?\\s*(.{4,90})$`,
  'iu',
);

// "Disclaimer: This article is reproduced from other media…": a farm's standing excuse for copying.
const DISCLAIMER =
  /^(?:disclaimer|notice|aviso|avis|hinweis|声明|免责声明|版权声明)\s*[:：].{0,300}\b(?:reproduced|reprinted|republished|reposted|copied|reproducido|reproduit)\b|^(?:声明|免责声明)\s*[:：].{0,200}转载/isu;
/** Credits are often wrapped: "（来源：新华网）", "[Source: AFP]". */
const unwrap = (text: string) => text.replace(/^[（(【[]\s*|\s*[）)】\]]$/gu, '');

// A stamp ends where prose starts: "…, the novel sold poorly" is a sentence, not a credit.
const PROSE = /,\s+(?:the|a|an|it|he|she|they|we|this|his|her|its|which|who|and|but)\s/i;

/** "Date: … Source: …": every part is a known field with a short value, and one is provenance. */
function isFieldStamp(text: string): boolean {
  const fields = [...text.matchAll(FIELD)];
  if (fields.length === 0 || (fields[0]?.index ?? 1) !== 0) return false;
  let provenance = false;
  for (const [i, f] of fields.entries()) {
    const end = fields[i + 1]?.index ?? text.length;
    const value = fold(text.slice((f.index ?? 0) + f[0].length, end));
    const name = (f[1] ?? '').toLowerCase();
    if (
      !value ||
      value.length > 60 ||
      value.split(' ').length > 8 ||
      /[.!?。！？]\s+\S/u.test(value)
    ) {
      return false;
    }
    if (DATE_FIELD.test(name) && !DATE_LIKE.test(value)) return false;
    if (!PEOPLE_FIELD.test(name)) provenance = true;
  }
  return provenance;
}

export function isRepostStamp(raw: string): boolean {
  const text = unwrap(raw);
  if (DISCLAIMER.test(text)) return true;
  if (text.length > 200) return false;
  if (isFieldStamp(text)) return true;
  const line = TIME_LINE.exec(text);
  if (line && DATE_LIKE.test(line[1] ?? '') && (line[1] ?? '').split(' ').length <= 16) return true;
  return PHRASE.test(text) && text.split(/\s+/).length <= 30 && !PROSE.test(text);
}

const TRIGGER = new RegExp(
  `^[（(【[]?\\s*(?:${PROVENANCE})\\s*[:：]|${PHRASE.source}|^(?:${TIME_WORDS})|^(?:disclaimer|声明|免责声明)\\s*[:：]|转载|转自|轉載`,
  'iu',
);
const CREDITS = new Set(['figure', 'figcaption', 'table', 'blockquote', 'pre', 'code']);

export const repostStampRule: ClutterRule = {
  kind: 'repost-stamp',
  find: (root) =>
    findBlocks(root, {
      seeds: {
        text: (text) => TRIGGER.test(text),
        textChars: 400,
        unless: (node) => within(node, CREDITS),
      },
      accept: (_el, m) => m.looseMedia === 0 && isRepostStamp(m.text),
      // Only wrappers: a stamp's parent may hold the story's first short paragraph too.
      grow: sameText,
      maxChars: 400,
      maxLevels: 3,
    }),
};
