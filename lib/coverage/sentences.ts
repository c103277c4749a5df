// Sentence splitting good enough for news copy: "U.S.", "Sept." and "Mr." do not end a sentence.

const abbreviation =
  /(?:\b(?:[A-Z]\.){1,3}|\b(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Inc|Corp|Ltd|Co|Jr|Sr|vs)\.)$/;

export function splitSentences(text: string): string[] {
  const parts = text.split(/(?<=[.!?…]["”’)]?)\s+(?=["“‘(]?[\p{Lu}\d])/u);
  const out: string[] = [];
  for (const part of parts) {
    const last = out.at(-1);
    if (last !== undefined && abbreviation.test(last)) out[out.length - 1] = `${last} ${part}`;
    else out.push(part);
  }
  return out.map((s) => s.trim()).filter(Boolean);
}
