import { terms } from './text';

/** An article as the story index sees it. */
export interface StoryDoc {
  id: string;
  title: string;
  text?: string;
  outlet?: string;
  published?: string | null;
}

export interface DocWords {
  title: string[];
  lead: string[];
}

const leadWords = 60;

/** Only the lead of the text: further down, articles turn to background many stories share. */
export function docWords(doc: StoryDoc): DocWords {
  const lead = doc.text ? terms(doc.text.split(/\s+/).slice(0, leadWords).join(' ')) : [];
  return { title: terms(doc.title), lead };
}

/** Title words count double when there is a text: a headline names the story. */
export function weighted(words: DocWords): { terms: string[]; weights: number[] } {
  const titleWeight = words.lead.length ? 2 : 1;
  return {
    terms: [...words.title, ...words.lead],
    weights: [...words.title.map(() => titleWeight), ...words.lead.map(() => 1)],
  };
}
