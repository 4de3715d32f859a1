import { ARTICLE_ZH, comments, testSignal } from '../../tests/helpers/signal-tester';
import { handleAcrossRegions } from './handle-across-regions';

testSignal(handleAcrossRegions, {
  valid: [
    { name: 'a handle in one place only', html: `${ARTICLE_ZH}<div><p>加老师微信 laoshi8899 免费咨询</p></div>` },
    { name: 'an official number in two places', html: '<p>客服热线95588</p><footer><p>95588</p></footer>' },
  ],
  invalid: [
    {
      name: 'the same WeChat id in the box and in the comments',
      html: `${ARTICLE_ZH}<div><p>免费咨询,加老师微信 laoshi8899</p></div>${comments([
        {
          a: '张三',
          t: '我找老师谈成了',
          replies: [
            { a: '李四', t: '老师微信多少' },
            { a: '张三', t: '加的是这个老师的微信:laoshi8899' },
          ],
        },
      ])}`,
      messages: ['ev_handle_across_regions_repeated'],
    },
  ],
});
