import { browser } from 'wxt/browser';

// Chrome has a side panel (MV3 sidePanel API); Firefox a sidebar (sidebarAction). Both must be
// opened from a user gesture, so callers invoke this straight from a click handler.
type SidePanelApi = { open(options: { tabId?: number; windowId?: number }): Promise<void> };
type SidebarApi = { open(): Promise<void> };

export async function openReader(tabId: number | null): Promise<void> {
  const api = browser as unknown as { sidePanel?: SidePanelApi; sidebarAction?: SidebarApi };
  if (api.sidePanel) {
    const win = await browser.windows.getCurrent();
    await api.sidePanel.open(tabId ? { tabId } : { windowId: win.id ?? 0 });
  } else if (api.sidebarAction) {
    await api.sidebarAction.open();
  }
}
