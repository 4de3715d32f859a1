import { comments, testSignal } from '../../tests/helpers/signal-tester';
import { offerAfterWarning } from './offer-after-warning';

const FLAGS = `<h1>5 Red Flags of Debt-Relief Scams</h1>
<h3>1. They want money before they do anything</h3>
<p>Companies that sell debt settlement cannot charge you until they have settled at least one of your debts.</p>
<h3>2. They guarantee results</h3>
<p>No one can promise that your creditors will accept 40 cents on the dollar. A guarantee is a sales line, not a plan.</p>`;

testSignal(offerAfterWarning, {
  valid: [
    {
      name: 'a warning that ends on an agency and a nonprofit counselling line',
      html: `${FLAGS}<p>Not sure about an offer? Call the state attorney general's consumer line at 1-800-555-0100, or a nonprofit credit counselling agency at 1-877-555-0199. It costs nothing.</p>`,
    },
    {
      name: "a warning that ends on the writer's own address",
      html: `${FLAGS}<p>Questions about a letter you got? Email me at corinne.writes@gmail.com and I will answer what I can. A small deposit is never needed.</p>`,
    },
    {
      name: "a third person's private line offered for free",
      html: `${FLAGS}<p>Our volunteer counsellor, Mary, reads collection letters for readers. Reach her at mary.helps.readers@gmail.com; there is no fee.</p>`,
    },
    {
      name: 'a scam line quoted in a paragraph that warns of it',
      html: `${FLAGS}<p>One reader was told to reach her "debt advocate" at marisol.help@gmail.com and pay a deposit. That is a scam: do not write to her.</p>`,
    },
    {
      name: "a commenter's line (the page's own voice offers nothing)",
      html: `${FLAGS}${comments([
        { a: 'Dale', t: 'Reach her directly at marisol.help@gmail.com, the deposit is small.', when: '2 days ago' },
      ])}`,
    },
  ],
  invalid: [
    {
      name: 'red flags, then a line whose privacy a word of warning in another sentence explains ("active fraud rings")',
      html: `${FLAGS}<p>Because her cases involve active fraud rings, Tessa keeps contact off social media. You can reach her on WhatsApp at +1 (941) 555-0137. A small case deposit holds your file.</p>`,
      messages: ['ev_offer_after_warning_private_line'],
    },
    {
      name: 'red flags, then "our debt advocate" at a gmail address who takes a deposit',
      html: `${FLAGS}<p>Our debt advocate, Marisol Tate, reads settlement offers for readers. Reach her directly at marisoltate.help@gmail.com. A small document-processing deposit holds your spot in her schedule.</p>`,
      messages: ['ev_offer_after_warning_private_line'],
    },
    {
      name: "a benefits advocate's WhatsApp after the red flags, her fee told in the comments",
      html: `<h1>The Benefits Scams Going After Seniors</h1><h2>Red flag #1: Someone charges to apply for something free</h2><p>Applying for Medicare Savings Programs costs nothing.</p><h2>So how do you find out what you are owed?</h2><p>For two years I have sent people to Yolanda, our benefits advocate. She can check what you're owed. The easiest way to reach her is WhatsApp at +1 (313) 555-0176.</p>${comments(
        [
          {
            a: 'Marlene',
            t: 'She answered within the hour. She mentioned a filing fee but I did not catch how much.',
            when: '1 day ago',
          },
        ],
      )}`,
      messages: ['ev_offer_after_warning_private_line'],
    },
  ],
});
