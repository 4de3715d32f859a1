import { offerEngine } from '../src/ext/content/engine-main';

// The detection engine, injected by the background into a frame when that frame first has something to
// scan: see src/ext/content/engine.ts.
export default defineUnlistedScript(() => offerEngine(performance.now()));
