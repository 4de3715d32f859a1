import { W } from '../engine/weights';
import type { Evidence } from '../report/types';
import type { Signal, SignalMeta } from './types';

/** What `copy-widget` reports (docs and the message catalogue; not needed to score, so not in the content script). */
export const copyWidgetMeta: SignalMeta = {
  description: 'A click-to-copy widget that copies a contact handle.',
  messages: { ev_copy_widget_handle: 'A click-to-copy button copies a contact handle' },
};

/** A click-to-copy widget (点击复制微信号, clipboard.js, a copy script) that holds a handle. */
export const copyWidget: Signal = {
  id: 'copy-widget',
  detect(ctx) {
    const listed = new Set(ctx.handles.filter((h) => h.listed && !h.warned).map((h) => h.key));
    const w = ctx.facts.widgets.find((x) => x.handles.some((k) => listed.has(k)));
    if (!w) return [];
    const ev: Evidence = {
      signal: 'copy-widget',
      message: 'ev_copy_widget_handle',
      weight: W.copyWidget,
      // what the control copies, as a reader would paste it (not the report's `kind:value` keys)
      text: w.handles
        .filter((k) => listed.has(k))
        .map((k) => k.slice(k.indexOf(':') + 1))
        .join(', '),
      region: 'widget',
      selector: w.selector,
    };
    return [ev];
  },
};
