import { testSignal } from '../../tests/helpers/signal-tester';
import { copyWidget } from './copy-widget';

testSignal(copyWidget, {
  valid: [
    {
      name: 'a copy button for a code sample',
      html: '<pre>npm install shillguard</pre><button data-clipboard-text="npm install shillguard">复制</button>',
    },
    { name: 'copying an official number', html: '<button data-clipboard-text="95588">复制客服电话</button>' },
    { name: 'the word copy in prose', html: '<p>复制粘贴是常用的操作</p>' },
  ],
  invalid: [
    {
      name: 'clipboard.js holding a WeChat id',
      html: '<p>加老师微信</p><button data-clipboard-text="laoshi8899">点击复制</button>',
      messages: ['ev_copy_widget_handle'],
    },
    {
      name: 'the seed: a fixed bar that copies through a script',
      html: '<p>老师微信<span id="wxNum">xys8775</span></p><div onclick="copyWx()">债务问题免费咨询 点击即可查看微信</div><script>function copyWx(){var t=document.getElementById("wxNum").innerText;navigator.clipboard.writeText(t)}</script>',
      messages: ['ev_copy_widget_handle'],
    },
    {
      name: 'an inline handler with a literal',
      html: `<div onclick="navigator.clipboard.writeText('fawu_zhang1985')">点击复制微信,法务免费帮你评估</div>`,
      messages: ['ev_copy_widget_handle'],
    },
  ],
});
