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
  return scanDocument(parseHtml(html), opts);
}

/**
 * linkedom keeps no text for markup without `<html>…<body>` (a fragment, a hand-cut page):
 * such markup is read inside a body of its own.
 */
export function parseHtml(html: string): Document {
  const doc = parseHTML(html).document as unknown as Document;
  if (
    doc.body &&
    (doc.body.firstChild || !/<[a-z]/iu.test(html.replace(/<!doctype[^>]*>|<\/?(?:html|head)[^>]*>/giu, '')))
  )
    return joinedText(doc);
  const inner = html.replace(/<!doctype[^>]*>/iu, '').replace(/<\/?html[^>]*>/giu, '');
  return joinedText(
    parseHTML(`<!DOCTYPE html><html><head></head><body>${inner}</body></html>`).document as unknown as Document,
  );
}

/**
 * linkedom cuts a text at each character reference ("Jim &amp; Sandy P." is three text nodes); a browser's
 * parser makes one node of it. Joined here, so a name or a handle reads in Node as it does in the page.
 */
function joinedText(doc: Document): Document {
  doc.documentElement?.normalize();
  return doc;
}
