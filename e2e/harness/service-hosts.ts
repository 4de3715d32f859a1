/**
 * The browsers' own service endpoints, which the recording proxy refuses: Chromium's sign-in, GCM and
 * update checks (made even with background networking and component updates off, once the browser has
 * run a while), its autofill service (asked for field predictions when a page has a form, such as a blog's
 * comment form; a second `--disable-features` would replace Playwright's own list, which turns off others), Firefox's remote settings, update service and media-plugin updates (which also ask
 * Google's update service). One list for both browsers: a proxy may also be given the port another
 * browser's proxy just freed while that browser's process is still closing, and receive its calls.
 * Nothing here can come from an extension context; those are checked apart, per request.
 */
export const BROWSER_SERVICE_HOSTS: readonly string[] = [
  'accounts.google.com:443',
  'android.clients.google.com:443',
  'clients2.google.com',
  'content-autofill.googleapis.com:443',
  'update.googleapis.com',
  'update.googleapis.com:443',
  'firefox.settings.services.mozilla.com:443',
  'aus5.mozilla.org:443',
];
