/**
 * Detection-quality gates on the labelled corpus, each split on its own: page recall (scam at `danger`),
 * false-positive rate (clean at `caution` or `danger`), and suspect-handle recall and precision.
 * The targets are GATES in ./metrics.ts; until the engine meets them this enforces FLOORS, the figures
 * reached so far (a ratchet), and `SHILLGUARD_GATES=target` enforces the targets. The failure message
 * names every miss.
 */
import { describe, expect, it } from 'vitest';
import { scanHtml } from '../../src/engine/scan';
import { loadCorpus, scanCorpus } from './load';
import { computeMetrics, fmtRatio, gatesFor } from './metrics';

const scanned = scanCorpus(loadCorpus(), scanHtml);

for (const split of ['training', 'validation'] as const) {
  describe(`${split} split`, () => {
    const m = computeMetrics(scanned.filter((s) => s.page.split === split).map((s) => s.result));
    const GATES = gatesFor(split);
    const list = (xs: string[]) => (xs.length ? `\n  ${xs.join('\n  ')}` : ' none');

    it(`catches >= ${GATES.recall} of scam pages at danger`, () => {
      expect(
        m.recall,
        `recall ${fmtRatio(m.recall)} (${m.caught}/${m.scam}); missed:${list(m.missedPages)}`,
      ).toBeGreaterThanOrEqual(GATES.recall);
    });

    it(`raises <= ${GATES.falsePositiveRate} false alarms on clean pages`, () => {
      expect(
        m.falsePositiveRate,
        `false-positive rate ${fmtRatio(m.falsePositiveRate)} (${m.falseAlarms}/${m.clean}); false alarms:${list(m.falseAlarmPages)}`,
      ).toBeLessThanOrEqual(GATES.falsePositiveRate);
    });

    it(`reports >= ${GATES.handleRecall} of labelled scam handles as suspect`, () => {
      expect(
        m.handleRecall,
        `handle recall ${fmtRatio(m.handleRecall)} (${m.foundHandles}/${m.labelledHandles}); missed:${list(m.missedHandles)}`,
      ).toBeGreaterThanOrEqual(GATES.handleRecall);
    });

    it(`keeps suspect-handle precision >= ${GATES.handlePrecision}`, () => {
      expect(
        m.handlePrecision,
        `handle precision ${fmtRatio(m.handlePrecision)} (${m.foundHandles}/${m.suspectHandles}); wrongly suspect:${list(m.extraHandles)}`,
      ).toBeGreaterThanOrEqual(GATES.handlePrecision);
    });
  });
}
