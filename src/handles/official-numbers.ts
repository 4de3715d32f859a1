/**
 * Official numbers: found near a phone cue, they are reported with `suspect: false` and
 * `why: 'why_official_number'`. Being on this list means "a public service number", not "trusted":
 * 95xxx caller IDs get spoofed (tiandeloan.com/resources/529861.html), so the list only keeps these
 * numbers from being counted as a scam lead. Each entry: digits (every written form, separators removed),
 * who, and a source. UNCONFIRMED marks entries whose source was not checked.
 */
export interface OfficialNumber {
  digits: string[];
  name: string;
  source: string;
  note?: string;
}

export const OFFICIAL_NUMBERS: readonly OfficialNumber[] = [
  // China: banks (95xxx national short numbers are assigned by MIIT; see also OFFICIAL_PREFIX_95)
  { digits: ['95588'], name: 'ICBC customer service', source: 'DOMAIN.md §2 allow-list (95xxx MIIT-assigned)' },
  { digits: ['95599'], name: 'Agricultural Bank of China', source: 'DOMAIN.md §2 allow-list' },
  { digits: ['95566'], name: 'Bank of China', source: 'DOMAIN.md §2 allow-list' },
  { digits: ['95533'], name: 'China Construction Bank', source: 'DOMAIN.md §2 allow-list' },
  { digits: ['95555'], name: 'China Merchants Bank', source: 'DOMAIN.md §2 allow-list' },
  { digits: ['95508'], name: 'China Guangfa Bank', source: 'DOMAIN.md §2 allow-list' },
  // China: regulators and reporting lines
  { digits: ['12378'], name: 'NFRA consumer hotline', source: 'DOMAIN.md §2, §6 (12378 NFRA)' },
  { digits: ['12363'], name: 'PBoC financial consumer hotline', source: 'DOMAIN.md §2 allow-list' },
  { digits: ['12321'], name: 'Spam and bad-information reporting centre', source: '12321.cn (DOMAIN.md §6)' },
  { digits: ['12377'], name: 'Illegal and harmful content reporting centre', source: '12377.cn (DOMAIN.md §6)' },
  { digits: ['12386'], name: 'CSRC investor hotline', source: 'DOMAIN.md §2', note: 'UNCONFIRMED' },
  {
    digits: ['96110'],
    name: 'Anti-fraud warning and reporting line',
    source: 'news.cnhubei.com/content/2021-03/25/content_13697655.html',
  },
  { digits: ['110'], name: 'Police', source: 'DOMAIN.md §2, §6 (110 / police)' },
  { digits: ['120'], name: 'Ambulance', source: 'PRC emergency number', note: 'UNCONFIRMED: no link checked' },
  { digits: ['119'], name: 'Fire', source: 'PRC emergency number', note: 'UNCONFIRMED: no link checked' },
  { digits: ['122'], name: 'Traffic accidents', source: 'PRC emergency number', note: 'UNCONFIRMED: no link checked' },
  {
    digits: ['165'],
    name: 'Listed as an official short number by the product brief',
    source: 'product brief',
    note: 'UNCONFIRMED',
  },
  {
    digits: ['18222'],
    name: 'Listed as an official number by the product brief',
    source: 'product brief',
    note: 'UNCONFIRMED',
  },
  {
    digits: ['1834633'],
    name: 'The Ping Wo Fund problem-gambling counselling hotline (Hong Kong), 1834 633',
    source: 'https://www.pingwofund.hk/',
  },
  {
    digits: ['4128518', '024128518'],
    name: 'Legal Aid Foundation (Taiwan) service line; from a mobile, 02 first',
    source: 'https://www.laf.org.tw',
  },
  // United States
  {
    digits: ['18005224700', '8005224700'],
    name: 'National Problem Gambling Helpline (NCPG), 1-800-GAMBLER',
    source: 'https://www.ncpgambling.org/help-treatment/',
  },
  {
    digits: ['18773824357', '8773824357'],
    name: 'Federal Trade Commission consumer line, 1-877-FTC-HELP',
    source: 'https://reportfraud.ftc.gov',
  },
  // United Kingdom
  {
    digits: ['03001232040', '443001232040'],
    name: 'Report Fraud (UK), replaced Action Fraud 4 Dec 2025',
    source: 'reportfraud.police.uk; wired-gov.net (DOMAIN.md §6)',
  },
  { digits: ['7726'], name: 'UK spam text reporting (NCSC)', source: 'stopthinkfraud.campaign.gov.uk (DOMAIN.md §6)' },
  {
    digits: ['101'],
    name: 'Police Scotland non-emergency / UK 101',
    source: 'stopthinkfraud.campaign.gov.uk/reporting-fraud/what-to-report',
  },
];

/** 95 + three digits: the national customer-service short numbers (DOMAIN.md §2: "95xxx are MIIT-assigned"). */
export const OFFICIAL_PREFIX_95 = /^95\d{3}$/;

const SET = new Set<string>(OFFICIAL_NUMBERS.flatMap((o) => o.digits));

export function isOfficialNumber(digits: string): boolean {
  return SET.has(digits) || OFFICIAL_PREFIX_95.test(digits);
}
