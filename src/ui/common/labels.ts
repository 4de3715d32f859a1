/** Message keys for the report's enumerations (every value has a key; the i18n test checks them). */
import type { HandleKind, Level, Region, ScamKind } from '../../report/types';
import type { RegionSetting } from '../../settings/schema';

export const LEVEL_KEYS: Readonly<Record<Level, string>> = {
  safe: 'level_safe',
  caution: 'level_caution',
  danger: 'level_danger',
};

export const LEVEL_DESC_KEYS: Readonly<Record<Level, string>> = {
  safe: 'level_safe_desc',
  caution: 'level_caution_desc',
  danger: 'level_danger_desc',
};

export const KIND_KEYS: Readonly<Record<ScamKind, string>> = {
  'debt-relief': 'kind_debt_relief',
  'investment-group': 'kind_investment_group',
  recovery: 'kind_recovery',
  loan: 'kind_loan',
  'gambling-recovery': 'kind_gambling_recovery',
  'credit-repair': 'kind_credit_repair',
  'insurance-refund': 'kind_insurance_refund',
  other: 'kind_other',
};

export const HANDLE_KIND_KEYS: Readonly<Record<HandleKind, string>> = {
  wechat: 'handle_kind_wechat',
  qq: 'handle_kind_qq',
  phone: 'handle_kind_phone',
  whatsapp: 'handle_kind_whatsapp',
  telegram: 'handle_kind_telegram',
  line: 'handle_kind_line',
  email: 'handle_kind_email',
  signal: 'handle_kind_signal',
};

export const WHERE_KEYS: Readonly<Record<Region, string>> = {
  article: 'where_article',
  cta: 'where_cta',
  widget: 'where_widget',
  comment: 'where_comment',
  sidebar: 'where_sidebar',
  footer: 'where_footer',
  link: 'where_link',
  script: 'where_script',
  meta: 'where_meta',
};

export const REGION_NAME_KEYS: Readonly<Record<Exclude<RegionSetting, 'auto'>, string>> = {
  CN: 'region_name_cn',
  TW: 'region_name_tw',
  HK: 'region_name_hk',
  US: 'region_name_us',
  UK: 'region_name_uk',
  other: 'region_name_other',
};

/** Every key above, for the i18n coverage test. */
export const LABEL_KEYS: readonly string[] = [
  ...Object.values(LEVEL_KEYS),
  ...Object.values(LEVEL_DESC_KEYS),
  ...Object.values(KIND_KEYS),
  ...Object.values(HANDLE_KIND_KEYS),
  ...Object.values(WHERE_KEYS),
  ...Object.values(REGION_NAME_KEYS),
];

/** Points as the evidence lists show them: "+20", or "−40" for points taken off (the text model's honest wording). */
export function signedPoints(weight: number): string {
  const w = Math.round(weight);
  return w > 0 ? `+${w}` : w < 0 ? `−${-w}` : '0';
}
