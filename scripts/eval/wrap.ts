/**
 * Wraps one real comment or text as an ordinary article page with a one-comment list, so that datasets of
 * bare texts can be scanned the way pages are. Every dataset goes through the same markup; only the
 * language of the page chrome follows the text.
 */
export interface WrappedComment {
  author: string;
  time: string;
  text: string;
  lang: 'en' | 'zh-CN';
}

const CHROME = {
  en: {
    site: 'The Daily Notebook',
    title: 'Weekend reading: notes from around the web',
    stub: 'A short round-up of what we read this week. Thanks for reading, and leave a comment below.',
    comments: '1 comment',
    reply: 'Reply',
    footer: '© 2026 The Daily Notebook. All rights reserved.',
  },
  'zh-CN': {
    site: '生活随笔',
    title: '周末杂谈：本周见闻',
    stub: '本周的一些见闻和随笔，欢迎在下方留言交流。',
    comments: '1 条评论',
    reply: '回复',
    footer: '© 2026 生活随笔 版权所有',
  },
} as const;

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function wrapComment(c: WrappedComment): string {
  const t = CHROME[c.lang];
  const text = escapeHtml(c.text).replace(/\r?\n/g, '<br>');
  return `<!doctype html>
<html lang="${c.lang}">
<head>
<meta charset="utf-8">
<title>${t.title} - ${t.site}</title>
</head>
<body>
<header class="site-header"><a href="/">${t.site}</a></header>
<main>
<article class="post">
<h1>${t.title}</h1>
<p>${t.stub}</p>
</article>
<section id="comments" class="comments-area">
<h2>${t.comments}</h2>
<ul class="comments">
<li class="comment">
<div class="comment-meta"><span class="author">${escapeHtml(c.author)}</span> <time>${escapeHtml(c.time)}</time></div>
<div class="comment-body"><p>${text}</p></div>
<a class="reply" href="#">${t.reply}</a>
</li>
</ul>
</section>
</main>
<footer>${t.footer}</footer>
</body>
</html>
`;
}
