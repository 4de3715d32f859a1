import { parseHTML } from 'linkedom';
import { extractHandles } from '../handles/extract';
import type { Handle, PageReport } from '../report/types';

export interface ScanOptions {
  /** the path or URL as given, copied to the report */
  source?: string;
}

// Placeholder: text-only pass; the page model, signals and score replace it.
export function scanDocument(doc: Document, opts: ScanOptions = {}): PageReport {
  const t0 = performance.now();
  const text = doc.body?.textContent ?? '';
  const handles = new Map<string, Handle>();
  for (const hit of extractHandles(text)) {
    const key = `${hit.kind}:${hit.value}`;
    const h = handles.get(key) ?? {
      kind: hit.kind,
      value: hit.value,
      suspect: hit.suspect,
      raw: [],
      regions: ['article'],
      count: 0,
    };
    if (!h.raw.includes(hit.raw)) h.raw.push(hit.raw);
    h.count++;
    handles.set(key, h);
  }
  return {
    source: opts.source ?? '',
    title: doc.title ?? '',
    level: 'safe',
    score: 0,
    handles: [...handles.values()],
    threads: [],
    evidence: [],
    timings: { ms: performance.now() - t0, nodes: 0, capped: false },
  };
}

export function scanHtml(html: string, opts: ScanOptions = {}): PageReport {
  const { document } = parseHTML(html);
  return scanDocument(document as unknown as Document, opts);
}
