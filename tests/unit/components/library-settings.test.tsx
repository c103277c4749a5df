// @vitest-environment jsdom
// The library's cache-size form: what the reader types must never be overwritten by the stored
// limits arriving (an e2e run once typed "1" into an empty, enabled field and saved 50,001).

import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { LibrarySettings } from '../../../components/LibrarySettings';

const props = {
  usage: { count: 3, bytes: 30_000 },
  originBytes: null,
  onSave: () => {},
  onEnforce: () => {},
};
const limits = { maxArticles: 5000, maxMegabytes: 250 };

describe('LibrarySettings', () => {
  it('takes no typing until the stored limits are in the fields', async () => {
    const root = document.createElement('div');
    const input = () => root.querySelector<HTMLInputElement>('#max-articles') as HTMLInputElement;
    render(<LibrarySettings {...props} limits={null} />, root);
    expect(input().disabled).toBe(true);
    // The render that brings the limits, before its effects: never enabled and empty.
    render(<LibrarySettings {...props} limits={limits} />, root);
    expect(input().disabled || input().value === '5000').toBe(true);
    // Then the effect fills the fields and only then lets the reader type.
    await vi.waitFor(() => expect(input().disabled).toBe(false));
    expect(input().value).toBe('5000');
  });
});
