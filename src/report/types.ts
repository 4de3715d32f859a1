/**
 * The scan report: the contract between the engine and everything that reads it
 * (CLI `--format json`, extension messages, exported reports). Field meanings follow
 * the project's report contract, `shillguard.report/1`.
 *
 * Message keys (`Evidence.message`, `Handle.why`) use only `[a-z0-9_]`, so they double as
 * `_locales` message names: `ev_<signal>_<what>` for evidence, `why_<reason>` for handles.
 */

export const REPORT_SCHEMA = 'shillguard.report/1' as const;

export type Level = 'safe' | 'caution' | 'danger';

export type ScamKind =
  | 'debt-relief'
  | 'investment-group'
  | 'recovery'
  | 'loan'
  | 'gambling-recovery'
  | 'credit-repair'
  | 'insurance-refund'
  | 'other';

export type HandleKind = 'wechat' | 'qq' | 'phone' | 'whatsapp' | 'telegram' | 'line' | 'email' | 'signal';

/**
 * article: the body text; cta: a call-to-action box or bar; widget: a click-to-copy or other
 * interactive element; comment; sidebar; footer; link: an href; script: an inline script; meta: head tags.
 */
export type Region = 'article' | 'cta' | 'widget' | 'comment' | 'sidebar' | 'footer' | 'link' | 'script' | 'meta';

export interface Handle {
  kind: HandleKind;
  /** normalized value (see the contract: lower-cased ids, digits-only numbers, resolved emails) */
  value: string;
  /** true: pushed as a lead-gen contact; false: official number, masked, quoted in a warning, or legitimate */
  suspect: boolean;
  /** message key saying why it is not suspect */
  why?: string;
  /** the forms seen in the page, as written */
  raw: string[];
  regions: Region[];
  count: number;
}

export interface Thread {
  planted: boolean;
  comments: number;
  authors: string[];
  handles: string[];
  selector: string;
}

export interface Evidence {
  signal: string;
  /** message key, `ev_...` */
  message: string;
  weight: number;
  text: string;
  region: Region;
  selector: string;
}

export interface Timings {
  ms: number;
  nodes: number;
  /** a node or character cap was hit */
  capped: boolean;
}

/**
 * Why the score is lower than the points of its evidence: no contact is pushed (wording alone), nothing
 * names a scheme (a contact alone), or nothing on the page is about money (a banner needs money at stake).
 */
export type ScoreCap = 'no_contact' | 'no_scheme' | 'no_money';

export interface PageReport {
  source: string;
  url?: string;
  title: string;
  lang?: string;
  level: Level;
  score: number;
  kind?: ScamKind;
  handles: Handle[];
  threads: Thread[];
  evidence: Evidence[];
  /**
   * present when a cap held the score below the evidence's points (`points`: their sum, rounded), in the
   * reports the command line writes and the popup exports (`withCap`; read from the score and the evidence)
   */
  cap?: { reason: ScoreCap; points: number };
  timings: Timings;
}

export interface ScanError {
  source: string;
  message: string;
}

export interface Report {
  schema: typeof REPORT_SCHEMA;
  pages: PageReport[];
  errors: ScanError[];
}
