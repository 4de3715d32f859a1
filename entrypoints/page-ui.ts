import { offerPageUi } from '../src/ext/content/page-ui-main';

// The in-page UI, injected by the background into the top frame when it is first needed: see
// src/ext/content/page-ui.ts.
export default defineUnlistedScript(() => offerPageUi(performance.now()));
