/** What a report blames: shared by the banner and the popup. Pure. */
import type { PageReport } from '../../report/types';

/**
 * Everything that raised the score sits in the comments: the page's own text, boxes and widgets are
 * clean, so the warning names the comments, not the site (hijacked comments on an honest page).
 */
export function commentsOnly(r: Pick<PageReport, 'evidence'>): boolean {
  const raised = r.evidence.filter((e) => e.weight > 0);
  return raised.length > 0 && raised.every((e) => e.region === 'comment');
}
