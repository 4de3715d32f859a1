/**
 * The engine's long regexes in the content script: the background sends them with the lexicons
 * (`SENT_REGEXES` in src/ext/regexes.ts, checked and made by `parseLexiconsAnswer`), the engine script installs them (engine-main.ts)
 * before the engine's parts are evaluated, and the content build's engine modules read each of their
 * long top-level regexes (literals, and those made from strings the build reads: string literals,
 * templates of string constants) from here (`regexesFromChannel` in src/ext/build.ts, applied by
 * wxt.config.ts), so the engine's modules are the same in every build.
 */
let table: readonly RegExp[] | undefined;

/** Install the regexes the background sent, in the build's order, as made when they were checked. */
export function installRegexes(t: readonly RegExp[]): void {
  table = t;
}

/** The `i`-th regex the background sent (a module's top level asks for each once, when it loads). */
export function sentRegex(i: number): RegExp {
  const r = table?.[i];
  if (!r) throw new Error(`regex ${i} has not arrived from the background`);
  return r;
}
