/** Runs of whitespace (no-break spaces too) to one space, ends trimmed. */
export function fold(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}
