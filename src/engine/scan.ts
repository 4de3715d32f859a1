/**
 * The all-at-once scan: a Document (or HTML text, through linkedom) to a PageReport. The content
 * script drives the same steps in slices through `createScanSession`.
 */
import { parseHTML } from 'linkedom';
import type { PageReport } from '../report/types';
import { createScanSession, type SessionOptions } from './session';

export interface ScanOptions {
  /** the path or URL as given, copied to the report */
  source?: string;
}

export function scanDocument(doc: Document, opts: SessionOptions = {}): PageReport {
  const session = createScanSession(doc, opts);
  session.step(Number.POSITIVE_INFINITY);
  return session.report();
}

export function scanHtml(html: string, opts: SessionOptions = {}): PageReport {
  const { document } = parseHTML(html);
  return scanDocument(document as unknown as Document, opts);
}
