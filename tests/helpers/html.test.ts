import { describe, expect, it } from 'vitest';
import { parse, randomizeNames } from './html';

describe('randomizeNames', () => {
  it('replaces every class and id and keeps script and clipboard references pointing at the same element', () => {
    const html =
      '<html><body><div class="wx-box main" id="wxNum">xys8775</div><a data-clipboard-target="#wxNum">copy</a>' +
      "<script>document.getElementById('wxNum').innerText</script></body></html>";
    const out = randomizeNames(html, 7);
    const doc = parse(out);
    const div = doc.querySelector('div');
    expect(div?.getAttribute('class')).not.toMatch(/wx-box|main/);
    const id = div?.getAttribute('id') ?? '';
    expect(id).not.toBe('wxNum');
    expect(doc.querySelector('a')?.getAttribute('data-clipboard-target')).toBe(`#${id}`);
    expect(doc.querySelector('script')?.textContent).toContain(`'${id}'`);
    expect(out).not.toContain('wxNum');
  });
});
