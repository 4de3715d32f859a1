import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attachOpenShadow, page, parse, randomizeNames } from '../../tests/helpers/html';
import { modelDocument, type PageModel } from './model';

const fixture = (name: string) => readFileSync(new URL(`../../tests/fixtures/${name}`, import.meta.url), 'utf8');

interface Expect {
  file: string;
  /** author of each comment in page order */
  authors: (string | undefined)[];
  /** index of the comment each one answers (-1: none) */
  replyTo: number[];
  sections: number;
  /** text that must land in these regions */
  regions?: Partial<Record<'article' | 'sidebar' | 'footer' | 'comment', string[]>>;
  extra?: (m: PageModel) => void;
}

const CASES: Expect[] = [
  {
    file: 'seed-page.simplified.html',
    authors: ['及时行乐', '那―抹阳光', '及时行乐', '那―抹阳光'],
    replyTo: [-1, 0, 0, 0],
    sections: 1,
    regions: { article: ['随着互联网金融的快速发展'], comment: ['找老师去帮忙协商'], sidebar: ['…'] },
    extra: (m) => {
      const c = m.comments.comments[0];
      expect(c?.place).toBe('广东');
      expect(c?.time).toBe('4天前');
      expect(c?.likes).toBe(147);
      expect(m.comments.comments[2]?.text).toContain('xys8775');
      // the footer link and the fixed bottom bar both copy it through copyWx()
      const copying = m.widgets.filter((w) => w.payloads.includes('xys8775')).map((w) => w.el.tagName);
      expect(copying).toEqual(expect.arrayContaining(['A', 'DIV']));
    },
  },
  {
    file: 'seed-page.html',
    authors: ['及時行樂', '那―抹陽光', '及時行樂', '那―抹陽光'],
    replyTo: [-1, 0, 0, 0],
    sections: 1,
  },
  {
    // a pin whose comments (each with a feed's age, 2周) are siblings of the pin's own parts: its tags
    // (#2026 is a hashtag, no floor) and its author row, which stand before the comment section's heading
    file: 'model/pin-tags-before-heading.html',
    authors: ['阿杰', '办事指南小王', '橘子汽水'],
    replyTo: [-1, 0, -1],
    sections: 1,
    regions: { article: ['#租房', '线上办理一般三个工作日到账'], comment: ['要不要合同原件', '收藏了'] },
  },
  {
    // the section's heading row ("Comments (4)" over its sort links) is no comment; the writer's name on a
    // line of its own, then "Eastfield Township · Nov 5, 2026 6:02 a.m.": the short
    // name beside the time is the writer's town, and the avatar's initial ("R"), no word; "Hi Ruth, …" answers Ruth
    file: 'model/place-time-line.html',
    authors: ['Ruth Oyelaran', 'Denise Marchetti', 'Kevin Tolliver', 'Gloria Best'],
    replyTo: [-1, 0, -1, -1],
    sections: 1,
    regions: { comment: ['treasurer', 'Legal aid did ours'] },
    extra: (m) => {
      const [ruth, denise] = m.comments.comments;
      expect(ruth?.text).toBe("Thank you for printing my letter. The treasurer's desk filled in the form with me.");
      expect(denise?.text.startsWith('Hi Ruth')).toBe(true);
    },
  },
  {
    // vBulletin sets each post's message in a blockquote: the post's content, not a quotation
    file: 'model/vbulletin-postcontent.html',
    authors: ['Cody_in_Boise', 'GearJammer', 'ShelbyM'],
    replyTo: [-1, -1, -1],
    sections: 1,
    regions: { comment: ['Down about 14%', 'Index funds and patience', 'money market'] },
    extra: (m) => {
      for (const c of m.comments.comments) expect(c.text.length).toBeGreaterThan(40);
    },
  },
  {
    // phpBB (prosilver) posts: the profile's "Joined: Sat Aug 13, 2016" is the writer's join date, no time of
    // the post; each post's subject (<h3>Re: …</h3>) stands over its byline "by name » date", then the words
    file: 'model/phpbb-profile-joined.html',
    authors: ['van_man_dave', 'Sue_in_Skeggy', 'PennyPincherPete'],
    replyTo: [-1, -1, -1],
    sections: 1,
    regions: { comment: ['payment plan with the council', 'Twelve monthly payments'] },
    extra: (m) => {
      for (const c of m.comments.comments) expect(c.time).toMatch(/Nov 2[34], 2026/u);
    },
  },
  {
    // phpBB's full post: the subject links to the post's own anchor (no teaser of another page), the post's
    // buttons (Quote) stand between the subject and the byline, the words sit in a wrapper of their own beside
    // the writer's pane (one post, not a post and a reply in it), and a quotation's cite names its writer and
    // date ("wendy_k wrote: Mon Nov 02, 2026 9:02 pm"): the quoting post answers that writer, and the
    // quotation is neither a comment nor the quoting writer's words
    file: 'model/phpbb-prosilver-quotes.html',
    authors: ['wendy_k', 'Sue_in_Skeggy', 'wendy_k', 'PennyPincherPete'],
    replyTo: [-1, 0, 1, -1],
    sections: 1,
    regions: { comment: ['stop the interest while I sort myself out', 'keep notes of every call'] },
    extra: (m) => {
      const [first, second] = m.comments.comments;
      expect(first?.time).toBe('Mon Nov 02, 2026 9:02 pm');
      expect(second?.text).toContain('hardship plan in writing');
      expect(second?.text).not.toContain('Is there any way');
      // the subject over the byline, the Quote button and the byline's name are no words of the post
      expect(first?.text.startsWith('I am three payments behind')).toBe(true);
      expect(second?.text.startsWith('Write to each lender')).toBe(true);
      expect(second?.quoted.length).toBeGreaterThan(0);
    },
  },
  {
    // Discuz! X3 as it renders: each post a table (the writer's pane beside the words, the hidden user card, a row
    // of buttons with 支持 6 under it); a post with a signature row (<div class="sign">记账第九年，先活下来再谈理财。</div>)
    // is one post as the others are, not its pane and its words apart
    file: 'model/discuz-signature-row.html',
    authors: ['小鱼爱存钱', '理财老王', '青柠不酸', '小鱼爱存钱', '阿杰_2019'],
    replyTo: [-1, -1, 0, 2, -1],
    sections: 1,
    extra: (m) => {
      expect(m.comments.comments[1]?.time).toBe('发表于 2026-11-2 21:40:02');
      expect(m.comments.comments[1]?.text).toContain('先还利率高的那张');
      // the post's controls (发消息, 只看该作者, 反对, 使用道具) are no words of it
      for (const c of m.comments.comments) expect(c.text).not.toMatch(/发消息|只看该作者|倒序浏览|反对|使用道具/u);
    },
  },
  {
    // Disqus's embed: a moderator's badge (Mod) and the "in reply to" link beside a reply's name are its header's
    // chrome, so the reply is one comment under the one it answers, and that one is not lost
    file: 'model/disqus-mod-badge.html',
    authors: ['Maria Lopez', 'Tom Becker', 'Maria Lopez', 'Priya Nair', 'Jen'],
    replyTo: [-1, 0, 1, -1, 3],
    sections: 1,
  },
  {
    // YouTube as it renders: replies sit five levels down in the thread beside the top comment (#replies >
    // ytd-comment-replies-renderer > #expander > #expander-contents > #contents), and they answer it; "1 reply"
    // and "2 replies" are buttons
    file: 'model/youtube-deep-replies.html',
    authors: ['mariabudgets', 'tombecker5512', 'mariabudgets'],
    replyTo: [-1, 0, 1],
    sections: 1,
  },
  {
    // a name drawn as an @handle alone in a badge of its own (a channel creator's: "@JensBudgetKitchen") is the
    // header's name, no words: the comment is the whole entry, its words included
    file: 'model/handle-name-badge.html',
    authors: ['priyanair.money', 'JensBudgetKitchen', 'tombecker5512'],
    replyTo: [-1, -1, -1],
    sections: 1,
    extra: (m) => {
      expect(m.comments.comments[1]?.text).toContain('Love the envelope version');
    },
  },
  {
    // Tieba as it renders: a floor's footer row ("1楼 2026-11-02 21:14", 收起回复) stands over its 楼中楼 replies,
    // after the floor's words; the floor is the whole post, its words and writer included, the replies under it
    file: 'model/tieba-floor-with-lzl.html',
    authors: ['小鱼爱存钱', '理财老王', '小鱼爱存钱', '青柠不酸'],
    replyTo: [-1, 0, 1, -1],
    sections: 1,
    extra: (m) => {
      expect(m.comments.comments[0]?.text).toContain('每个月到手6500');
    },
  },
  {
    // Zhihu's reply line "理财老王 作者 › 小鱼爱存钱": the name before the author's badge writes it, the name after
    // the badge is the one answered (no label before a name), and neither is a word of the reply
    file: 'model/author-badge-then-target.html',
    authors: ['小鱼爱存钱', '理财老王', '阿杰_2019'],
    replyTo: [-1, 0, -1],
    sections: 1,
    extra: (m) => {
      expect(m.comments.comments[1]?.text.startsWith('对，先把18%')).toBe(true);
    },
  },
  {
    // the creator's marks over a comment (已由 X 置頂, "❤ X 已加上愛心", "Pinned by X") name the creator,
    // not the comment's writer
    file: 'model/creator-marks.html',
    authors: ['lawyer_lin_talk', 'user-pc8rn1kd4w', 'yuting.chang412', 'dana_w', 'mama_hsu_1972'],
    replyTo: [-1, 0, 1, -1, -1],
    // (the first thread, with its replies, is read as a list of its own beside the page's list)
    sections: 2,
    regions: { comment: ['先去警局報案', '月繳降到三千多', 'legal aid line'] },
  },
  {
    // forum posts whose date line opens with the post's number ("#3　發表於 2026-11-08 16:42") under the
    // author pane: the number is no writer, the name in the pane is
    file: 'model/forum-floor-date-line.html',
    authors: ['屯門阿Ken', '會計妹Winnie', '勞工權益老鬼'],
    replyTo: [-1, -1, -1],
    sections: 1,
    regions: { comment: ['想讀個證書轉行', '唔好信人哋話'] },
  },
  {
    // a flat list where a reader names a commenter by "@" inside the first sentence ("Totally understand
    // @hollis_k, same here"): the reply answers the conversation that commenter opened (their first
    // comment); an "@name" after the first sentence answers nobody
    file: 'model/flat-mention-lead.html',
    authors: ['hollis_k', 'rita_m', 'hollis_k', 'dan_c10', 'pat_o'],
    replyTo: [-1, 0, -1, 0, -1],
    sections: 1,
    regions: { comment: ['fake escrow site', 'same here'] },
  },
  {
    file: 'model/flat-reply-at.html',
    authors: ['老张头', '小雨点', '老张头', '路人甲', '小雨点'],
    replyTo: [-1, 0, 1, -1, 3],
    sections: 1,
    regions: {
      article: ['近年来，信用卡逾期的持卡人'],
      sidebar: ['央行发布新规', '要闻'],
      footer: ['京ICP备12345678号'],
    },
    extra: (m) => expect(m.comments.comments.map((c) => c.place)).toEqual(['山东', '河南', '山东', '江苏', '河南']),
  },
  {
    file: 'model/floors.html',
    authors: ['不想再熬夜', '熬过冬天', '不想再熬夜', '熬过冬天'],
    replyTo: [-1, -1, 1, 2],
    sections: 1,
    extra: (m) => expect(m.comments.comments.map((c) => c.floor)).toEqual([1, 2, 3, 4]),
  },
  {
    file: 'model/quoted.html',
    authors: ['金融小白', '还款中', '路过'],
    replyTo: [-1, 0, -1],
    sections: 1,
    extra: (m) => {
      const quoting = m.comments.comments[1];
      expect(quoting?.text).toBe('同意，我自己打95588办下来的。');
      expect(quoting?.quoted.length).toBeGreaterThan(0);
    },
  },
  {
    file: 'model/wordpress.html',
    authors: ['Marcus', 'Dana', 'Priya', 'Tom K.'],
    replyTo: [-1, 0, -1, -1],
    sections: 1,
    regions: { footer: ['All rights reserved'], sidebar: ['Budgeting'], article: ['Three years ago I owed'] },
  },
  {
    file: 'model/youtube-like.html',
    authors: [
      '@lindawalker3124',
      '@jameshollis5521',
      '@sandra_price77',
      '@lindawalker3124',
      '@jameshollis5521',
      '@lindawalker3124',
      '@mikeroberts',
    ].map((a) => a.replace(/^@/, '')),
    replyTo: [-1, 0, 0, 0, 0, 0, -1],
    sections: 1,
  },
  {
    // the opening post's actions sit in a row of their own; a quote header names its author and time;
    // a reply opens with 回复 <a>name</a>; an author badge (作者) beside a name
    file: 'model/forum-action-rows.html',
    authors: ['晚风吹过', '数字控', '秋天的柿子', '晚风吹过'],
    replyTo: [-1, -1, 0, 2],
    sections: 1,
    extra: (m) => {
      const cs = m.comments.comments;
      expect(cs.map((c) => c.floor)).toEqual([1, 2, 3, 4]);
      expect(cs[0]?.likes).toBe(7);
      expect(cs[3]?.text).toBe('回复 秋天的柿子 :谢谢,那我明天打客服问问');
    },
  },
  {
    // replies printed under a comment's date and likes, one line each with the name in bold; a bold
    // lead-in inside the comment's own words stays its own; a list of such lines is a reply list
    file: 'model/inline-replies.html',
    authors: ['夜跑的阿峰', '理财小课堂', '夜跑的阿峰', '青柠不酸', '橘子汽水', '小林同学', '橘子汽水'],
    replyTo: [-1, 0, 0, -1, -1, 4, 4],
    sections: 1,
    extra: (m) => {
      const cs = m.comments.comments;
      expect(cs[1]?.text).toBe('是的，能全额还尽量全额还。');
      expect(cs[3]?.text).toContain('我打银行客服问过');
    },
  },
  {
    // header lines of a social thread: a display name with a tagline (commas too), the @handle and a
    // date, each in an element of its own; the post without a likes row keeps its words
    file: 'model/social-thread.html',
    authors: [
      'Rosa Lindqvist',
      'Dana Marsh | Fee-only planner, CFP®',
      'Rosa Lindqvist',
      'Dana Marsh | Fee-only planner, CFP®',
    ],
    replyTo: [-1, 0, 0, 0],
    sections: 1,
    extra: (m) => {
      const cs = m.comments.comments;
      expect(cs[3]?.text).toBe('good plan, and ask them about a rate match on the balance');
      expect(cs[1]?.userName).toBe('danamarsh.skyline.social');
    },
  },
  {
    // a video site's comment: the display name and the @user name printed side by side in one line (no space
    // between the two elements): the @name is the writer's user name, no word of the comment
    file: 'model/video-comments-user-handle.html',
    authors: ['Marguerite Ames', 'Dev Patel', 'Ana Lucía'],
    replyTo: [-1, -1, -1],
    sections: 1,
    extra: (m) => {
      const cs = m.comments.comments;
      expect(cs.map((c) => c.userName)).toEqual(['margames.writes', 'devp_1987', 'analucia.rn']);
      for (const c of cs) expect(c.text).not.toContain('@');
    },
  },
  {
    // a flat table of rows that draws its tree with spacer images (0, 40, 80 px): each row answers the
    // last row before it that is indented less
    file: 'model/indented-rows.html',
    authors: ['amos_t', 'lenore_k', 'amos_t', 'quill88', 'lenore_k'],
    replyTo: [-1, 0, 1, -1, 3],
    sections: 1,
    extra: (m) => expect(m.comments.comments.map((c) => c.depth)).toEqual([0, 1, 2, 0, 1]),
  },
  {
    // a wiki talk page: each reply a one-entry list nested in the one before (dl > dd > dl > dd), each
    // comment signed at its end "<name> (talk) 16:40, 4 May 2026 (UTC)"
    file: 'model/nested-talk.html',
    authors: ['Pell Aster', 'Marrow Lane', 'Pell Aster', 'Orrin Bay', 'Orrin Bay', 'Marrow Lane'],
    replyTo: [-1, 0, 1, 2, -1, 4],
    sections: 1,
    extra: (m) => {
      const cs = m.comments.comments;
      expect(cs[1]?.text).toBe('Agree, and the source is primary but fine for a ratio.');
      expect(cs[4]?.text).toBe(
        'The lead has grown to five paragraphs; could the history part move to its own section?',
      );
    },
  },
  {
    // a talk page signed with a dash: "——<name> 2026年8月2日 (日) 13:40 (UTC)" in one piece, and
    // "——<a>name</a>（留言）<date>" with the talk word as plain text: the signer is the author, not a short
    // first phrase of the words ("新表（" before a link), and the dash is no part of the words
    file: 'model/dash-signatures.html',
    authors: ['月桃', '北投老周', '北投老周', '月桃', '阿布', '北投老周'],
    replyTo: [-1, 0, 1, 2, -1, 4],
    sections: 1,
    extra: (m) => {
      const cs = m.comments.comments;
      expect(cs[2]?.text).toMatch(/^新表（ 來源 ）已附上/u);
      for (const c of cs) expect(c.text).not.toContain('——');
    },
  },
  {
    // answers whose platform names no writer ("匿名用户" on each): each is a writer of its own, numbered,
    // and the asker's own label (匿名用户（楼主）) stays as written
    file: 'model/anonymous-writers.html',
    authors: ['匿名用户 #1', '匿名用户（楼主）', '匿名用户 #2', '周小满'],
    replyTo: [-1, -1, -1, -1],
    sections: 1,
    regions: { comment: ['手里留够一年的生活费', '延期还款的政策'] },
  },
  {
    // Q&A answers under a writer's line ("Kenneth_Lau 回答 · 11-15", "持牌地產代理 Gigi 回答 · 11-16"): the line is
    // the answer's time and names its writer, and a short opening phrase ("補充一下：") stays in the words
    file: 'model/qa-writer-lines.html',
    authors: ['業主', '阿明', 'Kenneth_Lau', '持牌地產代理 Gigi', '業主'],
    replyTo: [-1, -1, -1, -1, -1],
    sections: 1,
    extra: (m) => {
      const cs = m.comments.comments;
      expect(cs.map((c) => c.time)).toEqual([
        '業主 回答 · 11-14',
        '阿明 回答 · 11-14',
        'Kenneth_Lau 回答 · 11-15',
        '持牌地產代理 Gigi 回答 · 11-16',
        '業主 回答 · 11-16',
      ]);
      expect(cs[3]?.text).toMatch(/^補充一下：/u);
    },
  },
  {
    // answers whose header line carries a long tagline beside the name and the time: the header alone
    // is no comment, the whole answer is, and the replies inside it answer it
    file: 'model/header-tagline.html',
    authors: ['Priya_CPA', 'GlenR_Boise', 'Mo_Dansby', 'Lenny_T'],
    replyTo: [-1, 0, 0, -1],
    sections: 1,
    regions: { comment: ['misses any market gains', 'Mine came in $2,400 lower'] },
    extra: (m) => {
      const cs = m.comments.comments;
      expect(cs[0]?.text).toContain('keeps your retirement money working');
      expect(cs[0]?.text).not.toContain('job change rule');
      expect(cs[3]?.text).toContain('second roof quote');
    },
  },
  {
    // a board laid out as a header row (subject, "Author:", date) and then a body row per post: the body
    // is the post's, and the name after the label is its author
    file: 'model/header-rows-then-bodies.html',
    authors: ['okra_and_tomatoes', 'TitleLadyMarcy', 'okra_and_tomatoes', 'DeltaJim'],
    replyTo: [-1, -1, -1, -1],
    sections: 1,
    regions: { comment: ['title company pays them out of the sale', 'Ours was six months in that county'] },
    extra: (m) => {
      const cs = m.comments.comments;
      expect(cs[1]?.text).toContain("the buyer's lender will want the payoff figure");
      expect(cs[3]?.text).toContain('redemption period');
    },
  },
  {
    // a board that prints each post's date and number in a row of its own above the post's row (author
    // cell, then the words): one entry per pair, the user title ("Junior Member") chrome
    file: 'model/date-rows-then-posts.html',
    authors: ['hailalley_dee', 'OldAdjusterRon', 'hailalley_dee'],
    replyTo: [-1, -1, -1],
    sections: 1,
    regions: { comment: ['denied the claim', 'appraisal clause', 'sent the letter this morning'] },
    extra: (m) => {
      const cs = m.comments.comments;
      expect(cs.map((c) => c.time)).toEqual(['03-14-2026, 07:52 PM', '03-14-2026, 09:10 PM', '03-15-2026, 08:31 AM']);
      expect(cs[1]?.text).not.toContain('Senior Member');
    },
  },
  {
    // a guest book whose entries are signed under their words (name · place · date): each entry is one
    // comment, the signer its author
    file: 'model/signed-entries.html',
    authors: ['Paula Kinney', 'Gerald Mott', 'Irene Walsh'],
    replyTo: [-1, -1, -1],
    sections: 1,
    regions: { comment: ['taught me to read in 1979', 'keep her seat at the table'] },
    extra: (m) => expect(m.comments.comments[1]?.time).toContain('Mar 6, 2026'),
  },
  {
    // review cards whose writer's name and counters come after the words: one comment a card, and the
    // verdict label that opens each card (推荐, 不推荐) is no author (three reviewers are not two voices)
    file: 'model/review-cards-author-after.html',
    authors: [undefined, undefined, undefined],
    replyTo: [-1, -1, -1],
    sections: 1,
    regions: { comment: ['房贷、车贷、信用卡都能单独建账本', '她现在每天记买菜的钱'] },
    extra: (m) => expect(m.comments.comments.map((c) => c.likes)).toEqual([52, 17, 9]),
  },
  {
    // a shared document's comments, each opened by the excerpt it is anchored to ("E2 · 孩子学费交了…"):
    // the excerpt is no author
    file: 'model/doc-comments-excerpt.html',
    authors: ['大姐', '阿明', '大姐'],
    replyTo: [-1, -1, -1],
    sections: 1,
    regions: { comment: ['平摊到每月好算一点', '便宜了六百多'] },
  },
  {
    // a board whose author pane sets the name as a heading (<h3>) above the member's counters: the pane is
    // the entry's, and the name its author
    file: 'model/author-pane-heading.html',
    authors: ['PattayaPaul', 'Noi_and_Dave', 'KoratKen'],
    replyTo: [-1, -1, -1],
    sections: 1,
    regions: { comment: ['simpler than keeping the deposit untouched', 'changed twice since I arrived'] },
  },
  {
    // a member's activity feed: "回覆了 <a>thread title</a> · date" names what was answered, not who
    // answered (the member whose page it is)
    file: 'model/profile-activity-feed.html',
    authors: [undefined, undefined, undefined],
    replyTo: [-1, -1, -1],
    sections: 1,
    regions: { comment: ['去保養廠測一下壓力', '不要只看里程'] },
  },
  {
    // a product Q&A: "Question:" and "Answer:" stand where names would, the writer is in the byline
    file: 'model/product-qa-bylines.html',
    authors: [undefined, 'Harriet W.', 'Osvaldo Reyes', undefined, 'Ledgerline Supply SELLER'],
    replyTo: [-1, -1, -1, -1, -1],
    sections: 1,
    regions: { comment: ['the bottom takes bills flat', 'rubber-band the stacks'] },
  },
  {
    // a widget's mark over an answer ("✓ Accepted solution") and the member's rank or title beside the name
    // ("Level 1", "Champion", "Lv.7", "Filing Help Moderator") are neither the author nor the words
    file: 'model/rank-badges.html',
    authors: ['DarnellEA', 'PenelopeK', 'Marta_R', 'Ollie_W'],
    replyTo: [-1, -1, -1, -1],
    sections: 1,
    extra: (m) => {
      const texts = m.comments.comments.map((c) => c.text);
      expect(texts[0]).toMatch(/^File on time anyway/u);
      expect(texts[1]).toMatch(/^Thank you/u);
      expect(texts[2]).toMatch(/^Same situation/u);
      expect(texts[3]).toMatch(/^Reminder that nobody/u);
    },
  },
  {
    // levels beside the name (LV5, 百科6级) are chrome; a short reply on the name's line, beside a level
    // ("写了就好加油哦") or opening with whom it answers ("回复 @x :写了吗"), is words, not a header line
    file: 'model/rank-badges-zh.html',
    authors: ['晚饭吃面条', '老周修车', '晚饭吃面条', '小满爱喝粥', '路过的阿强', '豆包不是包子'],
    replyTo: [-1, 0, 1, 0, 1, -1],
    sections: 1,
    extra: (m) => {
      const texts = m.comments.comments.map((c) => c.text);
      expect(texts[0]).toMatch(/^看了两遍/u);
      expect(texts[3]).toBe('写了就好加油哦');
      expect(texts[5]).toMatch(/^我也是这样/u);
    },
  },
  {
    // a rating, a count, an image's caption or a file's name where a name would be names nobody: the name after
    // it is the author
    file: 'model/not-names.html',
    authors: ['Wendell O.', 'Priya Raman', 'T. Okonjo', 'Marla Voss', 'Joe Pham'],
    replyTo: [-1, -1, -1, -1, -1],
    sections: 1,
  },
  {
    // "Update:", "Counterpoint:", "Edit:" opening a post's words label what follows: no name, so the words stay
    // the post's, not a reply of their own
    file: 'model/discourse-labels.html',
    authors: ['Gus Lindqvist', 'Ada Perrone', 'Gus Lindqvist', 'Ruth Ames'],
    replyTo: [-1, -1, -1, -1],
    sections: 1,
    extra: (m) => {
      expect(m.comments.comments[2]?.text).toContain('Update: we signed a plan');
      expect(m.comments.comments[3]?.text).toContain('Edit: the county');
    },
  },
  {
    // a short reply with a comma under a name and its badge (作者) is words, not the name; a badge before words
    // ("作者 谢谢,…") labels no name
    file: 'model/badge-after-name.html',
    authors: ['周末爱睡懒觉', '理财小课堂', '石榴树下', '阿青在上班'],
    replyTo: [-1, 0, 0, -1],
    sections: 1,
    extra: (m) => expect(m.comments.comments[1]?.text).toContain('恭喜,记得第一期按时还'),
  },
  {
    // the writer named at the head of a metadata line ("退休理賠員老蔡 ｜ 等級 6 ｜ 2025-03-03 08:20") above the words
    file: 'model/name-in-meta-line.html',
    authors: ['退休理賠員老蔡', '小咪的媽'],
    replyTo: [-1, -1],
    sections: 1,
  },
  {
    // a display name with a tagline alone in its cell: the name before the bar is the author
    file: 'model/export-name-tagline.html',
    authors: ['Ms. Okafor', 'Lyle Brandt', 'Ms. Okafor'],
    replyTo: [-1, -1, -1],
    sections: 1,
  },
  {
    // a comment signed at its end by a handle or a Chinese name ("– lena_k88", "– 柜台小林")
    file: 'model/signed-handles.html',
    authors: ['早睡早起的阿木', 'lena_k88', '柜台小林'],
    replyTo: [-1, -1, -1],
    sections: 1,
  },
  {
    // "· replied to <name>" at the end of the metadata line says whom the post answers
    file: 'model/replied-to-line.html',
    authors: ['CarlosB_EA', 'Nell_Q', 'Rhea_Tax', 'CarlosB_EA'],
    replyTo: [-1, 0, -1, 1],
    sections: 1,
  },
  {
    // an entry that opens with its question or title: the name is in the line below it that holds no words and a
    // time ("Asked by Imogen W. · Apr 2, 2026"), read without the byline's lead
    file: 'model/question-over-byline.html',
    authors: ['Imogen W.', 'marco_p', 'Dee Lam'],
    replyTo: [-1, -1, -1],
    sections: 1,
  },
  {
    // "说道:" after the name is the theme's label, not the first line of the words: "@x …" below it answers x
    file: 'model/says-label.html',
    authors: ['早起的老余', '小周不熬夜', '早起的老余'],
    replyTo: [-1, -1, 1],
    sections: 1,
    extra: (m) => expect(m.comments.comments[0]?.text).toMatch(/^列表这一步/u),
  },
  {
    // "作者：<name> · <date>" over each entry's words: the name after the writer's label, without the label
    file: 'model/author-label-line.html',
    authors: ['三栋老李', '物业小郑', '五栋王阿姨'],
    replyTo: [-1, -1, -1],
    sections: 1,
  },
  {
    // a chat room: each row a time, a name and a few words, one line each; rows without a sentence mark
    // ("原來如此謝謝你") are whole messages too, not a name line heading the next row
    file: 'model/chat-room-rows.html',
    authors: ['新竹阿豪', '老股東王', '新竹阿豪', '小芳會計', '老股東王'],
    replyTo: [-1, -1, -1, -1, -1],
    sections: 1,
    regions: { comment: ['原來如此謝謝你', '毛利率回到三成了'] },
    extra: (m) => expect(m.comments.comments[2]?.text).toBe('原來如此謝謝你'),
  },
  {
    // each writer's avatar drawn as an initial ("R") before the name: the initial names nobody
    file: 'model/avatar-initials.html',
    authors: ['Rita Olsen', 'bankwatcher_22', 'Gary P.'],
    replyTo: [-1, -1, -1],
    sections: 1,
  },
  {
    // a message board that lays out each post as a table: a header row (name, place, date) over a row of words
    file: 'model/table-posts.html',
    authors: ['PlainsPete', 'Ridge Runner', 'PlainsPete'],
    replyTo: [-1, -1, -1],
    sections: 1,
    regions: { comment: ['Calf prices are good', 'Cash flow projection'] },
  },
  {
    // a forum post with its writer's pane beside its words (XenForo: name, rank, Joined, Messages): one comment
    file: 'model/xenforo-author-pane.html',
    authors: ['MarcoDrives', 'Old Route'],
    replyTo: [-1, -1],
    sections: 1,
    regions: { comment: ['They took the car last night', 'Ask the lender in writing'] },
    // the pane's labels and their values (Joined Mar 2022, Messages 318, Location Tampa) are no words
    extra: (m) => {
      for (const c of m.comments.comments) expect(c.text).not.toMatch(/Mar 2022|Jun 2015|Tampa|Messages|Location/u);
    },
  },
  {
    // a writer's pane set as one line of short pieces, each its own element (name, a tagline of 40-odd characters,
    // "Joined Apr 2018", "412 posts · 230 votes"), beside the post's column: one comment, not the pane and the words
    // apart, and the pane none of its words (so the words open with whom they thank: "Thanks Omar" answers him)
    file: 'model/inline-author-pane.html',
    authors: ['Dena Farrow', 'Omar Whitcombe', 'Dena Farrow'],
    replyTo: [-1, -1, 1],
    sections: 1,
    regions: { comment: ['My score dropped to 610', 'Most portfolio lenders want 640', 'that is the plan then'] },
    extra: (m) => {
      for (const c of m.comments.comments) expect(c.text).not.toMatch(/Joined|votes|from Dayton/u);
    },
  },
  {
    // XenForo 2 as it renders a thread: the writer's pane sets each field as a row of its own (<dl><dt>Joined</dt>
    // <dd>Mar 14, 2019</dd></dl>, Messages, Reaction score): the pane's chrome, so the user cell and the post's
    // cell are one post, and the join date is no time of the post; a quotation ("Kate_R said:") answers its writer
    file: 'model/xenforo2-thread.html',
    authors: ['DebtFreeDan', 'MoneyMaven', 'Kate_R', 'DebtFreeDan'],
    replyTo: [-1, -1, 0, 2],
    sections: 1,
    regions: { comment: ['Made the last payment', 'Kept the two oldest open'] },
    extra: (m) => {
      expect(m.comments.comments.map((c) => c.time)).toEqual([
        'Nov 2, 2026',
        'Nov 2, 2026',
        'Nov 3, 2026',
        'Nov 3, 2026',
      ]);
      for (const c of m.comments.comments) expect(c.text).not.toMatch(/Messages|Reaction score|said:/u);
    },
  },
  {
    // MyBB as it renders a thread: the writer's statistics (Posts, Threads, Joined, "Reputation: <strong>12</strong>")
    // are the pane's chrome, not words, so the pane and the post are one; a quotation's header opens with the quoted
    // post's date in brackets ("(11-02-2026, 07:41 PM) DebtFreeDan Wrote:") and the quoting post answers its writer
    file: 'model/mybb-thread.html',
    authors: ['DebtFreeDan', 'MoneyMaven', 'Kate_R', 'DebtFreeDan'],
    replyTo: [-1, -1, 0, 2],
    sections: 1,
    regions: { comment: ['Made the last payment', 'Kept the two oldest open'] },
    extra: (m) => {
      for (const c of m.comments.comments) expect(c.text).not.toMatch(/Threads|Reputation|Wrote/u);
    },
  },
  {
    // Flarum as it renders a discussion: a reply opens with a mention link naming the post's writer, without an "@"
    // (Dora_Kent We keep …); who liked or answered a post is printed under it ("Ian_Moss and 2 others like this.",
    // "Dora_Kent replied to this."), no words of the post
    file: 'model/flarum-mentions.html',
    authors: ['Dora_Kent', 'Ian_Moss', 'Pat_Lyle', 'Dora_Kent'],
    replyTo: [-1, 0, -1, 1],
    sections: 1,
    regions: { comment: ['How much cash do people keep', 'premium bonds'] },
    extra: (m) => {
      for (const c of m.comments.comments) expect(c.text).not.toMatch(/like this|replied to this/u);
    },
  },
  {
    // a review site's reactions as buttons under each review ("Helpful 6", "Thanks 0", "Love this 2"; "Useful 3"):
    // counts, not a reply whose writer is "Helpful 6"
    file: 'model/review-reaction-buttons.html',
    authors: ['Dolores K.', 'Rita M.', 'Omar T.'],
    replyTo: [-1, 0, -1],
    sections: 1,
    regions: { comment: ['youth account', 'double charge'] },
    extra: (m) => {
      for (const c of m.comments.comments) expect(c.text).not.toMatch(/Helpful|Love this|Useful|Funny/u);
    },
  },
  {
    // a video page as it renders: the player, the title, the channel and the description are columns, each a div
    // inside the last, not a thread of comments; the section's heading row ("212 Comments" over a "Sort by" button)
    // is no comment; a "▾ 2 replies" toggle over the replies it shows is no comment either: they answer the comment
    // above it
    file: 'model/video-page-columns.html',
    authors: ['patti.ruiz', 'deshawn_k', 'patti.ruiz', 'oldmanwinters'],
    replyTo: [-1, 0, 1, -1],
    sections: 1,
    regions: { comment: ['eleven months early', 'payoff quote', 'kept the cash in a CD'] },
    extra: (m) => {
      for (const c of m.comments.comments) expect(c.text).not.toMatch(/views|Sort by|Comments|replies|Business email/u);
      expect(m.comments.comments[1]?.parent).toBe(0);
    },
  },
  {
    // Discuz! X3 as it renders a thread: each post a table of its own in a div of its own, the floor printed as
    // <em>2</em><sup>#</sup> (two texts that are one floor mark), the writer's group as a <dt>/<dd> pair
    file: 'model/discuz-x3-floor-marks.html',
    authors: ['rickyfung_hk', 'cheungwaiming', 'Yo_Kelvin', '細路哥仔'],
    replyTo: [-1, -1, -1, -1],
    sections: 1,
    regions: { comment: ['跌返九萬尾', '定額買', '用邊個交易所'] },
    extra: (m) => {
      expect(m.comments.comments.map((c) => c.floor)).toEqual([1, 2, 3, 4]);
      for (const c of m.comments.comments) expect(c.text).not.toMatch(/用戶組|會員/u);
    },
  },
  {
    // a quotation box that holds its header and the quoted words ("引用 @x：quoted words……", as Hupu prints it): the
    // words after the box are the reply's own; a header alone ("引用 @x 的回复：") quotes the block after it
    file: 'model/quote-box-with-words.html',
    authors: ['深夜食堂老板', '老范说球', '卡卡西不吃鱼', '深夜食堂老板'],
    replyTo: [-1, 0, 1, 2],
    sections: 1,
    regions: { comment: ['直接打卡背面的客服电话', '隔一周再打就批了', '今天上午就打'] },
    extra: (m) => {
      const cs = m.comments.comments;
      expect(cs[2]?.text).toMatch(/^同意，我也是自己打的/u);
      expect(cs[3]?.text).toMatch(/^谢谢，今天上午就打/u);
    },
  },
  {
    // Vanilla as it renders a discussion: each post's header is two short lines (the name with a one-word rank and
    // the post count; the day and month without a year) over its words, so the header and the words are one post;
    // the rank and the count are no words; a quotation box ("x said:<br>quoted words") holds its header and
    // words, and the reply after the box is the post's own
    file: 'model/vanilla-thread.html',
    authors: ['PennyInLeeds', 'Grantham_Joe', 'PennyInLeeds'],
    replyTo: [-1, -1, 1],
    sections: 1,
    regions: { comment: ['Our boiler was put in', 'Holding letter here too', 'gives me a date'] },
    extra: (m) => {
      const cs = m.comments.comments;
      expect(cs.map((c) => c.time)).toEqual(['14 November', '14 November', '15 November']);
      for (const c of cs) expect(c.text).not.toMatch(/Forumite|Posts|said:/u);
      expect(cs[2]?.text).toMatch(/^Thanks Joe, that at least gives me a date/u);
    },
  },
  {
    // vBulletin 5 as it renders a thread: the post's footer bar (Comment · Quote · Like 3) is the post's own row of
    // actions ("Comment" there is a button, no heading of a comment section), the opening post's title stands over
    // its timestamp as its header, and the pane's "Join Date: Mar 2019" is no words
    file: 'model/vbulletin5-thread.html',
    authors: ['DebtFreeDan', 'MoneyMaven', 'Kate_R', 'DebtFreeDan'],
    replyTo: [-1, -1, 0, 2],
    sections: 1,
    regions: { comment: ['Made the last payment', 'Kept the two oldest open'] },
    extra: (m) => {
      expect(m.comments.comments[0]?.time).toBe('Nov 2, 2026, 07:41 PM');
      for (const c of m.comments.comments) expect(c.text).not.toMatch(/Mar 2019|Jun 2021/u);
    },
  },
  {
    // vBulletin 4 as it renders a thread: each post's words in <blockquote class="postcontent">, the signature in a
    // blockquote after it (both the post's own words, not quotations), a quotation drawn without a blockquote
    // ("Originally Posted by <strong>x</strong>" over the quoted message: the quoting post answers x, no reply by x),
    // and the date and its time of day in two pieces ("11-02-2026," <span>07:41 PM</span>)
    file: 'model/vbulletin4-thread.html',
    authors: ['DebtFreeDan', 'MoneyMaven', 'Kate_R', 'DebtFreeDan'],
    replyTo: [-1, -1, 0, 2],
    sections: 1,
    regions: { comment: ['Made the last payment', 'Kept the two oldest open'] },
    extra: (m) => {
      const cs = m.comments.comments;
      expect(cs[0]?.time).toBe('11-02-2026, 07:41 PM');
      expect(cs[0]?.text).toContain('Made the last payment');
      expect(cs[3]?.text).toContain('Kept the two oldest open');
      expect(cs[3]?.text).not.toMatch(/Originally Posted by|Did you close/u);
      // the writer's menu (View Profile, View Forum Posts, Private Message) and the post's subject ("Re: …") are
      // no words of the post
      for (const c of cs) expect(c.text).not.toMatch(/View Profile|View Forum Posts|Private Message|^Re:/u);
    },
  },
  {
    // a vBulletin-like thread whose post words stand in <blockquote class="postcontent"> and whose signature line
    // ("財務顧問 Kelvin｜卡數重組・清卡數｜WhatsApp …") is a box of its own after it, outside any blockquote: the post's
    // words are its own, not a quotation; a quotation in a blockquote before a short reply stays one
    file: 'model/vbulletin-signature-line.html',
    authors: ['財務Kelvin', '阿晴Ching', '沙田老餅'],
    replyTo: [-1, -1, -1],
    sections: 1,
    regions: { comment: ['WhatsApp 直接搵我', '醒吓啦'] },
    extra: (m) => {
      const cs = m.comments.comments;
      expect(cs[0]?.text).toContain('WhatsApp 直接搵我');
      expect(cs[0]?.quoted).toEqual([]);
      expect(cs[2]?.text).not.toContain('真心多謝');
      expect(cs[2]?.quoted.length).toBe(1);
    },
  },
  {
    // Invision Community (4) as a desktop browser shows a topic (the phone-only author panes and the closed share
    // menus are not displayed): the topic's byline under its title ("By DebtFreeDan, November 2 in Debt & Credit",
    // in a box whose class says "ipsResponsive", a layout word, not "responses") is the page's header, no comment;
    // a quotation's citation "On 11/02/2026 at 7:41 PM, DebtFreeDan said:" names whom the quoting post answers
    file: 'model/invision-thread.html',
    authors: ['DebtFreeDan', 'MoneyMaven', 'Kate_R', 'DebtFreeDan'],
    replyTo: [-1, -1, 0, 2],
    sections: 1,
    regions: { comment: ['Made the last payment', 'Kept the two oldest open'] },
  },
  {
    // SMF 2 as it renders a topic: the writer's pane beside the post and the post's footer under it ("Report to
    // moderator · Logged", the signature) make one post; the subject (<h5>Re: …</h5>) over "« Reply #1 on: November
    // 02, 2026, 08:05:00 PM »" is the post's header, and the opening post's subject links to the post's own anchor;
    // a quotation's header in a box over its blockquote ("Quote from: DebtFreeDan on …") is no time of the post
    file: 'model/smf2-thread.html',
    authors: ['DebtFreeDan', 'MoneyMaven', 'Kate_R', 'DebtFreeDan'],
    replyTo: [-1, -1, 0, 2],
    sections: 1,
    regions: { comment: ['Made the last payment', 'Kept the two oldest open'] },
    extra: (m) => {
      expect(m.comments.comments.map((c) => c.time?.slice(0, 17))).toEqual([
        'November 02, 2026',
        'November 02, 2026',
        'November 03, 2026',
        'November 03, 2026',
      ]);
      for (const c of m.comments.comments)
        expect(c.text).not.toMatch(/Quote from|Report to moderator|Reply #|«|»|^Re:/u);
    },
  },
  {
    // a blog post (its date over its <h2> title, <h3> sections, a dated line among its words: "第一期分期款 11 月 25
    // 日扣款") with the comment list right after it: the post is the article, not a comment that every comment answers
    file: 'model/blog-post-sections-comments.html',
    authors: ['小葵', '阿志', 'Mia'],
    replyTo: [-1, -1, -1],
    sections: 1,
    regions: { article: ['這個月終於把小額的那張卡繳清了'], comment: ['分期的利率是多少'] },
  },
  {
    // forum posts that each carry headings of chrome (the writer's name in an <h3>, a share menu's "Share this post"
    // and "Link to post" headings over a link field) are still posts: a heading counts as a section only over words
    file: 'model/forum-post-share-menu-headings.html',
    authors: ['DebtFreeDan', 'MoneyMaven', 'Kate_R'],
    replyTo: [-1, -1, -1],
    sections: 1,
    regions: { comment: ['Made the last payment', 'Kept the two oldest open'] },
  },
  {
    // a forum post laid out as a table row, the writer's cell beside the post's; the byline's 楼主 and 2楼 are
    // floors, not writers
    file: 'model/discuz-author-cell.html',
    authors: ['王小川', '李晓梅'],
    replyTo: [-1, -1],
    sections: 1,
    regions: { comment: ['毕业十年聚会定在12月20日', '帮忙布置会场'] },
  },
  {
    file: 'model/qa.html',
    authors: ['法律小周', '银行柜员阿杰', '踩过坑的人'],
    replyTo: [-1, -1, -1],
    sections: 1,
    extra: (m) => expect(m.comments.comments.map((c) => c.likes)).toEqual([326, 58, 41]),
  },
];

function regionOf(m: PageModel, text: string): string | undefined {
  const i = m.walk.blocks.findIndex((b) => b.text.includes(text));
  return i >= 0 ? m.regions[i] : undefined;
}

describe('page model across comment markups', () => {
  for (const c of CASES) {
    for (const variant of ['as written', 'with random class and id names'] as const) {
      it(`${c.file} (${variant})`, () => {
        const html = variant === 'as written' ? fixture(c.file) : randomizeNames(fixture(c.file), 42);
        const m = modelDocument(parse(html));
        const comments = m.comments.comments;
        expect(comments.map((x) => x.author)).toEqual(c.authors);
        expect(comments.map((x) => x.replyTo ?? -1)).toEqual(c.replyTo);
        expect(m.comments.sections.length).toBe(c.sections);
        for (const [region, texts] of Object.entries(c.regions ?? {})) {
          for (const t of texts) expect(regionOf(m, t), t).toBe(region);
        }
        c.extra?.(m);
      });
    }
  }
});

describe('text joining and head', () => {
  it('joins inline elements as rendered and keeps blocks apart', () => {
    const m = modelDocument(parse(page('<p>老师微信<span>xys</span><span>8775</span></p><div>下一段</div>')));
    expect(m.walk.blocks.map((b) => b.text)).toEqual(['老师微信xys8775', '下一段']);
  });
  it('keeps numbers in separate elements apart (a nickname phone beside a floor tag)', () => {
    const m = modelDocument(parse(page('<p><span>V同号13800137365</span><span>2楼</span></p>')));
    expect(m.walk.blocks[0]?.text).toBe('V同号13800137365 2楼');
  });
  it('reads custom elements as blocks', () => {
    const m = modelDocument(
      parse(page('<x-comment><a>@ann</a><span>2d</span><x-body>hello there</x-body></x-comment>')),
    );
    expect(m.walk.blocks.map((b) => b.text)).toEqual(['@ann2d', 'hello there']);
  });
  it('collapses whitespace and treats <br> as a space', () => {
    const m = modelDocument(parse(page('<p>  加   微信<br>abc12345 </p>')));
    expect(m.walk.blocks[0]?.text).toBe('加 微信 abc12345');
  });
  it('skips scripts, styles and hidden elements but records inline scripts', () => {
    const m = modelDocument(
      parse(page('<style>.x{}</style><p hidden>secret 123</p><p>shown</p><script>var a = 1;</script>')),
    );
    expect(m.walk.blocks.map((b) => b.text)).toEqual(['shown']);
    expect(m.walk.scripts.map((s) => s.text)).toEqual(['var a = 1;']);
  });
  it('honours a visibility predicate passed in', () => {
    const doc = parse(page('<div class="ad">buy now</div><p>article</p>'));
    const m = modelDocument(doc, { isVisible: (el) => el.getAttribute('class') !== 'ad' });
    expect(m.walk.blocks.map((b) => b.text)).toEqual(['article']);
  });
  it('reads title, lang and canonical url', () => {
    const html =
      '<html lang="en"><head><title>T</title><link rel="canonical" href="https://example.org/a"></head><body><p>x</p></body></html>';
    expect(modelDocument(parse(html)).head).toMatchObject({ title: 'T', lang: 'en', url: 'https://example.org/a' });
  });
  it('finds contact links', () => {
    const m = modelDocument(
      parse(
        page('<a href="https://wa.me/447700900123">chat</a><a href="tel:95588">call</a><a href="/about">about</a>'),
      ),
    );
    expect(m.links.map((l) => l.href)).toEqual(['https://wa.me/447700900123', 'tel:95588']);
  });
  it('reports a node cap', () => {
    const m = modelDocument(parse(page('<p>a</p>'.repeat(50))), { maxNodes: 20 });
    expect(m.walk.capped).toBe(true);
  });
});

describe('a forum of header rows and body rows', () => {
  it('reads each header row (author, time) with the body row after it as one post', () => {
    const post = (who: string, when: string, words: string) =>
      `<tr><td class="h"><a href="/u/${who}">${who}</a>(m): <span>${when}</span></td></tr><tr><td><div>${words}</div><p>3 Likes</p></td></tr>`;
    const m = modelDocument(
      parse(
        page(
          `<table>${post('Tundey', '8:14am On Feb 19', 'My dad retired last year, where should he keep his gratuity?')}${post('BigMoyo', '9:10am On Feb 19', 'Treasury bills, and ignore anyone selling 15% monthly.')}</table>`,
        ),
      ),
    );
    expect(m.comments.comments.map((c) => [c.author, c.time, c.text.slice(0, 12)])).toEqual([
      ['Tundey', '8:14am On Feb 19', 'My dad retir'],
      ['BigMoyo', '9:10am On Feb 19', 'Treasury bil'],
    ]);
  });
});

describe('click-to-copy widgets', () => {
  it('clipboard.js attributes, by text and by target', () => {
    const m = modelDocument(
      parse(
        page(
          '<button data-clipboard-text="abc12345">复制</button><span id="h">tg_helper99</span><button data-clipboard-target="#h">copy</button>',
        ),
      ),
    );
    const payloads = m.widgets.flatMap((w) => w.payloads);
    expect(payloads).toContain('abc12345');
    expect(payloads).toContain('tg_helper99');
  });
  it('an inline script that copies a literal, wired to an onclick control', () => {
    const m = modelDocument(
      parse(
        page(
          '<div onclick="doCopy()">点击添加老师</div><script>function doCopy(){navigator.clipboard.writeText("laoshi668");alert("ok")}</script>',
        ),
      ),
    );
    const w = m.widgets.find((x) => x.payloads.includes('laoshi668'));
    expect(w?.el.tagName).toBe('DIV');
  });
  it('execCommand copy of an element looked up by selector', () => {
    const m = modelDocument(
      parse(
        page(
          '<p>微信：<b class="num">vx778899a</b></p><a onclick="cp()">复制</a><script>function cp(){var t=document.querySelector(".num");var r=document.createRange();r.selectNode(t);document.execCommand("copy")}</script>',
        ),
      ),
    );
    expect(m.widgets.some((w) => w.payloads.includes('vx778899a'))).toBe(true);
  });
  it('a rotating pool of handles in a copy script', () => {
    const m = modelDocument(
      parse(
        page(
          '<a onclick="copyWx()">复制微信</a><script>var pool=["zhang88a1","li99b2c3","wang77c4d"];function copyWx(){var wx=pool[Math.floor(Math.random()*3)];navigator.clipboard.writeText(wx)}</script>',
        ),
      ),
    );
    const payloads = m.widgets.flatMap((w) => w.payloads);
    expect(payloads).toEqual(expect.arrayContaining(['zhang88a1', 'li99b2c3', 'wang77c4d']));
  });
  it.each(["var id = 'mei' + 'li_' + '0627';", 'var id = ["mei", "li_", "0627"].join("");'])(
    'a handle joined from pieces in a copy script: %s',
    (code) => {
      const m = modelDocument(
        parse(
          page(
            `<input id="wx" readonly value=""><button onclick="go()">复制</button><script>${code}function go(){var b=document.getElementById('wx');b.value=id;b.select();document.execCommand('copy')}</script>`,
          ),
        ),
      );
      expect(m.widgets.flatMap((w) => w.payloads)).toContain('meili_0627');
    },
  );
  it('execCommand copy of a read-only text field looked up by id copies its value', () => {
    const m = modelDocument(
      parse(
        page(
          '<div><input id="wxid" readonly value="zxgw_2288"></div><span onclick="cp()">一键复制</span><script>function cp(){var i=document.getElementById("wxid");i.select();document.execCommand("copy")}</script>',
        ),
      ),
    );
    expect(m.widgets.find((w) => w.payloads.includes('zxgw_2288'))?.via).toBe('copy-script');
  });
  it('a copy button beside a text field copies the field, with no script to read', () => {
    const m = modelDocument(
      parse(page('<div><input type="text" value="tg_desk_88" readonly><button>Copy</button></div>')),
    );
    expect(m.widgets.find((w) => w.via === 'copy-control')?.payloads).toEqual(['tg_desk_88']);
  });
  it('a copy-worded control next to a handle carries that block', () => {
    const m = modelDocument(parse(page('<p>老师微信 abc12345 <a href="#">(点击复制)</a></p>')));
    expect(m.widgets.some((w) => w.via === 'copy-control' && w.blocks.includes(0))).toBe(true);
  });
  it('no widget where nothing is copied', () => {
    const m = modelDocument(parse(page('<p>复制粘贴是常用的操作</p><script>console.log("hi")</script>')));
    expect(m.widgets).toEqual([]);
  });
});

describe('a list of posts is no comment section', () => {
  const item = (head: string, body: string) =>
    `<div class="it">${head}<div class="d">Published: Mon, 16 Mar 2026 09:00</div><p>${body}</p></div>`;
  it("a feed's or blog index's items, each headed by a linked title, are the site's posts", () => {
    const m = modelDocument(
      parse(
        page(
          item(
            '<h3><a href="/news/bridge">Bridge Loan now up to $2,500, no credit check</a></h3>',
            'Apply in any branch or text our member line (330) 555-0121.',
          ) +
            item(
              '<h3><a href="/news/whatsapp">We are on WhatsApp now</a></h3>',
              'Message us on WhatsApp at +1 330 555 0121, Monday to Saturday.',
            ) +
            item('<h3><a href="/news/skip">春季跳过一期还款的会员申请说明</a></h3>', '会员可以在网点申请。'),
        ),
      ),
    );
    expect(m.comments.comments).toEqual([]);
  });
  it('a header line of a name link and a time, in a heading, still heads a comment', () => {
    const reply = (who: string, when: string, words: string) =>
      `<li class="r"><h4><a href="/people/${who}">${who}</a> <span>${when}</span></h4><p>${words}</p></li>`;
    const m = modelDocument(
      parse(
        page(
          `<h2>回应</h2><ul>${reply('一只想上岸的小刺猬呀', '2026-03-01 12:33:21', '我也被催收电话打了一个月。')}${reply('南城旧梦的晚风与星辰', '2026-03-01 13:02:45', '去银行柜台问过,可以申请分期。')}</ul>`,
        ),
      ),
    );
    expect(m.comments.comments.map((c) => c.author)).toEqual(['一只想上岸的小刺猬呀', '南城旧梦的晚风与星辰']);
  });
});

describe('comments drawn in a shadow tree', () => {
  const widget = `<div class="stream">${[
    ['Marta_G', '3 days ago', 'Behind on two cards and the collectors call every morning.'],
    ['HelenW', '2 days ago', 'Mrs Adams fixed mine, WhatsApp her on +1 404 555 0188.'],
    ['Marta_G', '2 days ago', 'Thank you, I sent her a message just now!'],
  ]
    .map(([who, when, words]) => `<div class="c"><b>${who}</b> <span>${when}</span><p>${words}</p></div>`)
    .join('')}</div>`;
  const article =
    '<article><h1>How to talk to your card issuer</h1><p>Call the number on the back of the card.</p></article>';
  it("reads an open shadow root's content in its host's place", () => {
    const doc = parse(page(`${article}<div id="talk"></div>`));
    attachOpenShadow(doc.getElementById('talk') as Element, widget);
    const m = modelDocument(doc);
    expect(m.comments.comments.map((c) => c.author)).toEqual(['Marta_G', 'HelenW', 'Marta_G']);
    expect(m.comments.comments[1]?.text).toContain('+1 404 555 0188');
  });
  it('reads a declarative shadow root in saved markup', () => {
    const m = modelDocument(parse(page(`${article}<div><template shadowrootmode="open">${widget}</template></div>`)));
    expect(m.comments.comments.map((c) => c.author)).toEqual(['Marta_G', 'HelenW', 'Marta_G']);
  });
  it('leaves a plain template alone', () => {
    const m = modelDocument(parse(page(`${article}<template>${widget}</template>`)));
    expect(m.comments.comments).toEqual([]);
  });
});

describe("a BBS article's pushes", () => {
  // PTT's web view: the post as bare text under its header rows (作者, 標題, 時間), then each reply a row of its
  // mark (推, →, 噓), the user id, ": words" and the time, after the writer's IP or not
  const push = (mark: string, who: string, words: string, when: string) =>
    `<div class="push"><span class="hl push-tag">${mark} </span><span class="f3 hl push-userid">${who}</span><span class="f3 push-content">: ${words}</span><span class="push-ipdatetime"> ${when}\n</span></div>`;
  const metaline = (tag: string, value: string) =>
    `<div class="article-metaline"><span class="article-meta-tag">${tag}</span><span class="article-meta-value">${value}</span></div>`;
  const article = `<div id="main-container"><div id="main-content" class="bbs-screen bbs-content">${metaline('作者', 'kaohsiung_ray (阿瑞)')}${metaline('標題', '[問題] 車貸還沒繳完想再借一筆周轉可以嗎')}${metaline('時間', 'Tue Nov 24 21:10:05 2026')}
車子還有兩年貸款，最近店裡週轉不過來，
想問有沒有人辦過車貸增貸，銀行會不會直接拒絕？
--
<span class="f2">※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 36.229.1.8 (臺灣)</span>
${push('推', 'tainan_mei', '先問原本貸款的銀行，有些可以原車增貸', '11/24 21:15')}${push('→', 'tainan_mei', '利率會比信貸高一點，記得看總費用年百分率', '11/24 21:16')}${push('推', 'carloan_kevin', '我之前也卡住，後來找林專員幫我辦，三天就撥款', '118.160.2.44 11/24 21:30')}${push('→', 'carloan_kevin', '版規不能留聯絡方式，他的賴前面是 kevin', '118.160.2.44 11/24 21:31')}${push('→', 'carloan_kevin', '後面是 lin0857，加的時候說是版上看到的', '118.160.2.44 11/24 21:31')}${push('噓', 'oldbanker', '要先付代辦費的都不要碰，直接去銀行臨櫃問', '11/24 21:40')}</div></div>`;

  it('reads each push as a comment: the user id its author, its words and its time', () => {
    const m = modelDocument(parse(page(article, { lang: 'zh-Hant-TW' })));
    expect(m.comments.comments.map((c) => [c.author, c.text, c.time])).toEqual([
      ['tainan_mei', '先問原本貸款的銀行，有些可以原車增貸', '11/24 21:15'],
      ['tainan_mei', '利率會比信貸高一點，記得看總費用年百分率', '11/24 21:16'],
      ['carloan_kevin', '我之前也卡住，後來找林專員幫我辦，三天就撥款', '11/24 21:30'],
      ['carloan_kevin', '版規不能留聯絡方式，他的賴前面是 kevin', '11/24 21:31'],
      ['carloan_kevin', '後面是 lin0857，加的時候說是版上看到的', '11/24 21:31'],
      ['oldbanker', '要先付代辦費的都不要碰，直接去銀行臨櫃問', '11/24 21:40'],
    ]);
    // one list, each a row of it; the post and its header rows stay the article
    expect(m.comments.sections).toHaveLength(1);
    expect(m.comments.comments.every((c) => c.row)).toBe(true);
    const regionOf = (s: string) => m.regions[m.walk.blocks.findIndex((b) => b.text.includes(s))];
    expect(regionOf('車子還有兩年貸款')).toBe('article');
    expect(regionOf('[問題] 車貸還沒繳完')).toBe('article');
    expect(regionOf('原車增貸')).toBe('comment');
  });

  it("leaves a board's index of posts alone: rows of a push count, a linked title, an author and a date", () => {
    const entry = (n: string, title: string, who: string, date: string) =>
      `<div class="r-ent"><div class="nrec"><span class="hl f3">${n}</span></div><div class="title"><a href="/bbs/Loan/M.17${n}.A.1F.html">${title}</a></div><div class="meta"><div class="author">${who}</div><div class="article-menu"><div class="trigger">⋯</div></div><div class="date">${date}</div><div class="mark"></div></div></div>`;
    const list = `<div id="main-container"><div class="r-list-container action-bar-margin bbs-screen">${entry('12', '[問題] 信貸整合要找銀行還是代辦？', 'wenhsiang', '11/27')}${entry('3', '[心得] 前置協商一年後的心得分享', 'oldsoldier77', '11/27')}${entry('爆', '[公告] 禁止推文招攬代辦 違者水桶', 'Loan_mod', '11/26')}${entry('8', '[請益] 車貸增貸要準備什麼文件', 'kaohsiung_ray', '11/26')}</div></div>`;
    const m = modelDocument(parse(page(list, { lang: 'zh-Hant-TW' })));
    expect(m.comments.comments).toEqual([]);
  });
});

describe("a reply that opens with a link to the comment it answers (a news site's comment widget)", () => {
  const item = (id: string, initial: string, name: string, ago: string, words: string, replies = '') =>
    `<li class="cmt" id="${id}"><div class="cmt-head"><span class="cmt-avatar">${initial}</span><b class="cmt-name">${name}</b><time class="cmt-time">${ago}</time></div><p class="cmt-body">${words}</p><div class="cmt-actions"><button>▲ 3</button><button>▼ 12</button><button>Reply</button></div>${replies}</li>`;
  const thread = (lead: (name: string) => string) => {
    const replies = `<ul class="cmt-replies">${item('c2', 'G', 'GeoffRedcar', '4 days ago', `${lead('pam.h.stockton')}Same here, Laura's group is the only place I've had straight answers.`)}${item('c3', 'S', 'Sheila_M_Norton', '3 days ago', `${lead('GeoffRedcar')}I was nervous at first, but her assistant walked me through every step.`)}</ul>`;
    const list = `<ul class="cmt-list">${item('c1', 'P', 'pam.h.stockton', '5 days ago', 'I stopped keeping savings in the bank last year and joined a small study group instead.', replies)}${item('c4', 'T', 'TerryOnTees', '2 days ago', 'Premium bonds have paid me more than the bank this year, no group needed.')}</ul>`;
    return `<article><h1>Savers lose out as banks hold rates</h1><p>Easy-access accounts still pay less than inflation, our analysis of the top providers shows this week.</p></article><section><h2>Comments</h2>${list}</section>`;
  };
  it.each([
    ['Replying to <a href="#c1">name</a>: ', (n: string) => `Replying to <a href="#${n}">${n}</a>: `],
    ['In reply to <a>name</a>: ', (n: string) => `In reply to <a href="#${n}">${n}</a>: `],
    ['replying to <a>@name</a> ', (n: string) => `replying to <a href="#${n}">@${n}</a> `],
    ['回复 <a>@name</a>：', (n: string) => `回复 <a href="#${n}">@${n}</a>：`],
    ['回覆 <a>name</a>:', (n: string) => `回覆 <a href="#${n}">${n}</a>:`],
    ['Replying to @name: (plain text)', (n: string) => `Replying to @${n}: `],
  ])('%s: the words are the reply, by its writer, answering the name', (_, lead) => {
    const m = modelDocument(parse(page(thread(lead))));
    const cs = m.comments.comments;
    expect(cs.map((c) => c.author)).toEqual(['pam.h.stockton', 'GeoffRedcar', 'Sheila_M_Norton', 'TerryOnTees']);
    expect(cs.map((c) => c.parent ?? -1)).toEqual([-1, 0, 0, -1]);
    expect(cs.map((c) => c.replyTo ?? -1)).toEqual([-1, 0, 1, -1]);
    expect(cs.map((c) => c.replyName)).toEqual([undefined, 'pam.h.stockton', 'GeoffRedcar', undefined]);
    expect(cs[0]?.text).toMatch(/^I stopped keeping savings/u);
    expect(cs[1]?.text).toMatch(/pam\.h\.stockton ?[:：]? ?Same here, Laura's group is the only place/u);
    expect(cs[1]?.text).not.toMatch(/^G\b/u);
    expect(cs[2]?.text).toMatch(/GeoffRedcar ?[:：]? ?I was nervous at first/u);
    expect(cs[3]?.text).toMatch(/^Premium bonds/u);
  });
  it('a linked name of several words is the one answered', () => {
    const html = thread((n) => `Replying to <a href="#${n}">${n}</a>: `).replace(/GeoffRedcar/gu, 'Geoff Redcar');
    const cs = modelDocument(parse(page(html))).comments.comments;
    expect(cs.map((c) => c.author)).toEqual(['pam.h.stockton', 'Geoff Redcar', 'Sheila_M_Norton', 'TerryOnTees']);
    expect(cs.map((c) => c.replyTo ?? -1)).toEqual([-1, 0, 1, -1]);
  });
  it('a reply button after the words, before another control, names nobody answered', () => {
    const post = (name: string, words: string, n: number) =>
      `<div class="rp"><div class="rp-who"><b>${name}</b><span>2026/11/24 21:0${n}</span></div><div class="rp-body">${words}</div><div class="rp-act"><span>推 ${n}</span><span>回覆</span><span>檢舉</span></div></div>`;
    const body = `<div class="rps">${post('雲林囝仔媽', '我們家的會都是親戚，錢當面交，從來不用轉帳給陌生人。', 3)}${post('竹北雙寶媽', '網路上叫你加LINE跟會的，先問清楚會首是誰再說。', 5)}</div>`;
    const cs = modelDocument(parse(page(body, { lang: 'zh-Hant-TW' }))).comments.comments;
    expect(cs.map((c) => c.author)).toEqual(['雲林囝仔媽', '竹北雙寶媽']);
    expect(cs.map((c) => c.answers)).toEqual([undefined, undefined]);
  });
});
