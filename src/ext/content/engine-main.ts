/** The injected engine script's side of `./engine.ts`: what it leaves for the content script. */
import { evaluate, yieldToMain } from './driver';
import { ENGINE_KEY, type Engine, type EngineApi } from './engine';
import { installLexicons } from './lexicons';
import { perf } from './perf';
import { installRegexes } from './regexes';
import { installT2sPairs } from './t2s';

let loaded: Promise<Engine> | undefined;

export function offerEngine(t0: number): void {
  const api: EngineApi = {
    install(t2s, answer) {
      installT2sPairs(t2s);
      installLexicons(answer.lexicons, answer.prefixes, answer.scanners, answer.model);
      installRegexes(answer.regexes ?? []);
    },
    load() {
      // in the order they depend on each other, so each import evaluates one part
      loaded ??= (async () => {
        await evaluate(() => import('./parts/text'));
        await evaluate(() => import('./parts/handles'));
        await evaluate(() => import('./parts/extract'));
        await evaluate(() => import('./parts/model'));
        await evaluate(() => import('./parts/facts'));
        const e = await evaluate(() => import('./parts/engine'));
        await yieldToMain();
        return e;
      })();
      return loaded;
    },
  };
  (globalThis as unknown as Record<string, unknown>)[ENGINE_KEY] = api;
  perf('engine', t0);
}
