/**
 * The extension pages' colours (popup, options, welcome, demo). One place, so a unit test can check
 * every text/background pair against WCAG AA (4.5:1 for text, 3:1 for large text and control borders).
 */
export const PALETTE = {
  bg: '#ffffff',
  surface: '#f4f6f8',
  text: '#1a1f24',
  muted: '#4a5560',
  border: '#6b7682',
  link: '#0b5cad',
  focus: '#0b5cad',
  primary: '#0b5cad',
  onPrimary: '#ffffff',
  dangerBg: '#fdecea',
  dangerText: '#8a1c12',
  dangerStrong: '#b3261e',
  onDangerStrong: '#ffffff',
  cautionBg: '#fff4d6',
  cautionText: '#6b4a00',
  safeBg: '#e6f4ea',
  safeText: '#1e5c30',
  noticeBg: '#e8f0fb',
  noticeText: '#123a66',
} as const;

export type PaletteName = keyof typeof PALETTE;

/** Text (foreground) on background pairs the pages use, with the ratio each needs. */
export const CONTRAST_PAIRS: readonly { fg: PaletteName; bg: PaletteName; min: number }[] = [
  { fg: 'text', bg: 'bg', min: 4.5 },
  { fg: 'text', bg: 'surface', min: 4.5 },
  { fg: 'muted', bg: 'bg', min: 4.5 },
  { fg: 'muted', bg: 'surface', min: 4.5 },
  { fg: 'link', bg: 'bg', min: 4.5 },
  { fg: 'link', bg: 'surface', min: 4.5 },
  { fg: 'onPrimary', bg: 'primary', min: 4.5 },
  { fg: 'dangerText', bg: 'dangerBg', min: 4.5 },
  { fg: 'onDangerStrong', bg: 'dangerStrong', min: 4.5 },
  { fg: 'dangerStrong', bg: 'bg', min: 4.5 },
  { fg: 'cautionText', bg: 'cautionBg', min: 4.5 },
  { fg: 'safeText', bg: 'safeBg', min: 4.5 },
  { fg: 'noticeText', bg: 'noticeBg', min: 4.5 },
  { fg: 'text', bg: 'dangerBg', min: 4.5 },
  { fg: 'text', bg: 'cautionBg', min: 4.5 },
  { fg: 'text', bg: 'safeBg', min: 4.5 },
  // non-text: control borders and the focus ring against the page (WCAG 1.4.11)
  { fg: 'border', bg: 'bg', min: 3 },
  { fg: 'border', bg: 'surface', min: 3 },
  { fg: 'focus', bg: 'bg', min: 3 },
  { fg: 'focus', bg: 'surface', min: 3 },
];

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2 relative luminance of `#rrggbb`. */
export function luminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((x) => channel(Number.parseInt(x as string, 16))) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

/** The palette as CSS custom properties (`--sg-bg`, ...), for the pages' stylesheet. */
export function paletteCss(): string {
  const vars = Object.entries(PALETTE)
    .map(([k, v]) => `--sg-${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${v};`)
    .join(' ');
  return `:root { ${vars} }`;
}
