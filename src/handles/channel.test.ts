import { describe, expect, it } from 'vitest';
import type { HandleKind } from '../report/types';
import { complaintMailbox, privateLine } from './channel';

const PRIVATE: [HandleKind, string, string][] = [
  ['wechat', 'xys8775', 'a WeChat id'],
  ['whatsapp', '447700900386', 'a UK mobile on WhatsApp'],
  ['phone', '13800138127', 'a mainland mobile'],
  ['phone', '0745318602', 'a Kenyan mobile'],
  ['phone', '07700900123', 'a UK mobile written without the country code'],
  ['phone', '17255550162', 'a US number that is not toll-free'],
  ['telegram', 'chargebackknox', 'a Telegram username'],
  ['email', 'talbridge.lending@yahoo.com', 'a Yahoo address'],
  ['email', 'helpdesk.recover@proton.me', 'a Proton address'],
  ['email', 'clear.ledger@pm.me', 'a Proton address at its short domain'],
  ['email', 'pledge.back@tuta.io', 'a Tuta address'],
  ['email', 'someone@yahoo.co.uk', "a provider's country domain"],
  ['email', 'abc123@qq.com', 'a QQ mail address'],
  ['email', 'fenwickassets@consultant.com', "one of mail.com's other domains, a 'consultant' by name only"],
  ['email', 'shen.gl@aliyun.com', 'an Aliyun mail address'],
  ['qq', '2837465510', 'a QQ number'],
  ['whatsapp', '85291736240', 'a Hong Kong mobile on WhatsApp'],
  ['phone', '0912345678', 'a Taiwan mobile'],
  ['phone', '0491570123', 'an Australian mobile'],
  ['phone', '0244123456', 'a Ghanaian mobile'],
  ['phone', '6125550147', 'a North American number in area code 612 (not Sydney without its 0)'],
];

const ORGANISATION: [HandleKind, string, string][] = [
  ['phone', '95588', 'a bank short number'],
  ['phone', '333', 'a short reporting number'],
  ['phone', '4008123123', 'a mainland 400 line'],
  ['phone', '18003882227', 'a US toll-free number with its country code'],
  ['phone', '8885550182', 'a US toll-free number without it'],
  ['phone', '08001381111', 'a UK freephone number'],
  ['phone', '1800123456', 'an Australian freecall number'],
  ['phone', '073184571100', 'a mainland landline with a 4-digit area code'],
  ['phone', '02154321987', 'a Shanghai landline'],
  ['phone', '23886120', 'a Hong Kong fixed line'],
  ['phone', '85228123306', 'a Hong Kong fixed line with its country code'],
  ['phone', '0223110475', "a Taipei office's line, (02) 2311-0475"],
  ['phone', '886223110475', 'the same with its country code'],
  ['phone', '61298765432', 'a Sydney fixed line with its country code'],
  ['email', 'care@harakapesa.co.ke', "an address at a firm's own domain"],
  ['email', 'tips@mail.example.org', 'a subdomain called mail at an ordinary domain'],
];

describe('privateLine', () => {
  it.each(PRIVATE)('%s %s is a private line (%s)', (kind, value) => {
    expect(privateLine(kind, value)).toBe(true);
  });
  it.each(ORGANISATION)("%s %s is an organisation's line (%s)", (kind, value) => {
    expect(privateLine(kind, value)).toBe(false);
  });
});

describe('complaintMailbox', () => {
  it.each(['report@xiaozhoufm.com', 'jubao@caiwensudi.com', 'abuse@example.org', 'dmca@telegram.org'])(
    '%s is a complaint desk',
    (v) => expect(complaintMailbox('email', v)).toBe(true),
  );
  it.each(['reporter.li@news.example.cn', 'hello@crumbandco.co.uk', 'casework.fortis@outlook.com'])('%s is not', (v) =>
    expect(complaintMailbox('email', v)).toBe(false),
  );
});
