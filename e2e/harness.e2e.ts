import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserName, type Env, startEnv } from './harness';

// The harness itself: a fixture page loads through the recording proxy and the extension's
// background answers in its own realm.
describe.each(['chromium', 'firefox'] as BrowserName[])('harness in %s', (name) => {
  let env: Env;
  beforeAll(async () => {
    env = await startEnv(name);
  });
  afterAll(async () => {
    await env?.close();
  });

  it('serves a fixture page through the proxy and reads badges', async () => {
    const tab = await env.browser.open(env.server.url('/pages/clean-bank.html'));
    expect(await tab.eval<string>('document.title')).toContain('95588');
    expect(env.proxy.requests.some((r) => r.url.startsWith(`${env.server.origin}/pages/clean-bank.html`))).toBe(true);
    const badges = await env.browser.badges();
    expect(badges.length).toBeGreaterThan(0);
    await tab.close();
  });
});
