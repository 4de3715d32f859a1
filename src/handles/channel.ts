/**
 * Private lines: a channel that reaches one person directly (a WeChat or WhatsApp account, a mobile
 * number, a Telegram or Signal username, a free-mail address), as opposed to an organisation's line
 * (a toll-free or short service number, an office landline, an address at the organisation's own
 * domain). Scam leads are passed on as private lines; firms, charities and officials publish lines of
 * the second kind. This is about the shape of the handle only: a private line is not proof of anything.
 */
import type { HandleKind } from '../report/types';

/**
 * Service number shapes, on normalized digits (a country code only when the page wrote one). Each
 * alternative: toll-free or shared-cost prefixes of one numbering plan.
 * - mainland China 400/800 (MIIT numbering plan);
 * - US/Canada 800, 888, 877, 866, 855, 844, 833 (NANP toll-free codes);
 * - UK 0800/0808 (Ofcom numbering plan);
 * - Australia 1800/1300; Hong Kong 800; Taiwan 0800.
 */
const SERVICE_NUMBER =
  /^(?:(?:86)?[48]00\d{7}|1?8(?:00|88|77|66|55|44|33)\d{7}|(?:44)?0?80[08]\d{6,7}|(?:61)?1[38]00\d{6}|(?:852)?800\d{6}|(?:886)?0?800\d{6})$/;

/**
 * A mainland landline with its area code: 010/02x or a 4-digit area code, then 8 digits (a 7-digit local
 * number after a 4-digit code is left out: it has the length of a UK mobile, 07xxx xxxxxx).
 */
const LANDLINE = /^(?:86)?0(?:10|2\d|[3-9]\d{2})\d{8}$/;

/** A Hong Kong fixed line: 8 digits starting 2 or 3 (OFCA numbering plan; mobiles start 5, 6 or 9). */
const HK_LANDLINE = /^(?:852)?[23]\d{7}$/;

/**
 * A Taiwan or Australian fixed line: with its country code, an area code 2, 3, 5–8 and 7 or 8 digits (Taiwan)
 * or exactly 8 (Australia: 61 2 9876 5432; a ten-digit 612… is a North American number, area code 612); without
 * it, only Taipei's and Sydney's 02 with a local number starting 2, 8 or 9 ((02) 2311-0475): a ten-digit 07… or
 * 08… is as often an East African or Nigerian mobile, and Taiwan's mobiles start 09, Australia's 04
 */
const TW_AU_LANDLINE = /^(?:8860?[235678]\d{7,8}|610?[235678]\d{8}|02[289]\d{7})$/;

/** Numbers this short are service or emergency numbers (95588, 12378, 333), not a person's line. */
const SHORT_NUMBER_MAX = 6;

/**
 * Free-mail providers: anyone can open an address there in a minute, so a "firm" that gives one is a
 * person. Source: the providers' own sign-up pages; FTC consumer advice notes scammers' use of free-mail
 * addresses (consumer.ftc.gov/articles/how-recognize-and-avoid-phishing-scams).
 */
const FREE_MAIL = new Set([
  'gmail.com',
  'googlemail.com',
  'yahoo.com',
  'ymail.com',
  'hotmail.com',
  'outlook.com',
  'live.com',
  'msn.com',
  'aol.com',
  'icloud.com',
  'me.com',
  'proton.me',
  'protonmail.com',
  // Proton's short domain, given to every account (https://proton.me/support/pm-me-addresses)
  'pm.me',
  // Tuta's domains, any of them at sign-up (https://tuta.com/support)
  'tuta.com',
  'tuta.io',
  'tutanota.com',
  'tutanota.de',
  'tutamail.com',
  'keemail.me',
  'gmx.com',
  'gmx.net',
  'mail.com',
  // mail.com's other domains, any of them at sign-up (https://www.mail.com/email/): a "consultant" or a "lawyer"
  // by name only
  'email.com',
  'usa.com',
  'post.com',
  'consultant.com',
  'accountant.com',
  'engineer.com',
  'lawyer.com',
  'dr.com',
  'writeme.com',
  'techie.com',
  'myself.com',
  'europe.com',
  'asia.com',
  'iname.com',
  'cheerful.com',
  'hushmail.com',
  'fastmail.com',
  'zohomail.com',
  'rocketmail.com',
  'aim.com',
  'mail.ru',
  'inbox.ru',
  'rediffmail.com',
  'naver.com',
  'web.de',
  'yandex.com',
  'zoho.com',
  'qq.com',
  'foxmail.com',
  '163.com',
  '126.com',
  'sina.com',
  'sina.cn',
  'sohu.com',
  'yeah.net',
  '139.com',
  '188.com',
  'aliyun.com',
]);

/** International providers' country domains: yahoo.co.uk, hotmail.fr, mail.yahoo.com.hk. */
const FREE_MAIL_COUNTRY = /^(?:[a-z]{2,8}\.)?(?:yahoo|hotmail|outlook|live|gmx|yandex|aol)\.(?:com?\.)?[a-z]{2,3}$/;

function freeMail(domain: string): boolean {
  return FREE_MAIL.has(domain) || FREE_MAIL_COUNTRY.test(domain);
}

/** `value` is the handle's normalized value (REPORT-CONTRACT): digits for numbers, lower case for ids. */
export function privateLine(kind: HandleKind, value: string): boolean {
  if (kind === 'phone') {
    return (
      value.length > SHORT_NUMBER_MAX &&
      !SERVICE_NUMBER.test(value) &&
      !LANDLINE.test(value) &&
      !HK_LANDLINE.test(value) &&
      !TW_AU_LANDLINE.test(value)
    );
  }
  if (kind === 'email') return freeMail(value.slice(value.lastIndexOf('@') + 1));
  // WeChat, QQ, WhatsApp, Telegram, Signal, LINE: accounts of one person (an official account is reported as
  // institutional where the page says so, which the caller checks)
  return true;
}

/**
 * A mailbox a site keeps for complaints and legal notices (report@, abuse@, jubao@, dmca@): the site's
 * complaint desk, never the contact a scheme sells through, even on a site that sells one.
 */
const COMPLAINT_MAILBOX =
  /^(?:report|reports|abuse|jubao|tousu|complaints?|legal|privacy|dmca|copyright|security|webmaster|postmaster|no-?reply)(?:[._-][a-z0-9]+)?@/;

export function complaintMailbox(kind: HandleKind, value: string): boolean {
  return kind === 'email' && COMPLAINT_MAILBOX.test(value);
}
