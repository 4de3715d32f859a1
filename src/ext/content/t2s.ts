/**
 * The traditional → simplified pairs in the content script. The table is the largest piece of engine
 * data (about a tenth of the bundle gzipped) and, like the in-page UI's strings, is not bundled with the
 * content script: the background sends it (`cs:get-t2s`, checked by `parseT2sAnswer`) and the engine
 * script (engine-main.ts) installs it before the text layer is evaluated. The content build's `src/text/t2s-data.ts` reads it
 * from here (wxt.config.ts), so the engine's modules are the same in every build.
 */
let pairs: string | undefined;

export function installT2sPairs(p: string): void {
  pairs = p;
}

/** The pairs the background sent; the text layer is evaluated only after they arrived. */
export function t2sPairs(): string {
  if (pairs === undefined) throw new Error('the t2s table has not arrived from the background');
  return pairs;
}
