// Test-page helper: bring parts of a fixture page into this page, now or later.
// inject(fixturePath, selectors, delayMs) appends the fixture body's elements matching `selectors`.
// `into` (optional) is where they go: an open shadow root, as a comment widget's web component draws them.
window.inject = async (path, selectors, delayMs, into) => {
  const html = await (await fetch(path)).text();
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const parts = selectors.flatMap((s) => [...doc.querySelectorAll(s)]);
  await new Promise((ok) => setTimeout(ok, delayMs || 0));
  for (const el of parts) (into || document.body).append(document.importNode(el, true));
  window.injected = (window.injected || 0) + parts.length;
};
