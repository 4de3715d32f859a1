import {
  broadcastState,
  createState,
  forgetTab,
  handleContentMessage,
  handleUiMessage,
} from '../src/ext/background/handlers';
import { watchDecisions, watchSettings } from '../src/ext/storage';
import { onInstalled } from '../src/ext/welcome';

export default defineBackground(() => {
  const state = createState();
  browser.runtime.onInstalled.addListener((details) => void onInstalled(details));
  browser.runtime.onMessage.addListener((msg: unknown, sender) => {
    const type = (msg as { type?: unknown } | null)?.type;
    if (typeof type !== 'string') return undefined;
    if (type.startsWith('cs:')) return handleContentMessage(state, msg, sender);
    if (type.startsWith('ui:')) return handleUiMessage(state, msg, sender);
    return undefined;
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url) void forgetTab(state, tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTab(state, tabId, true);
  });
  // the content scripts read the reader's state from here: tell them of every change
  watchSettings(() => void broadcastState());
  watchDecisions(() => void broadcastState());
});
