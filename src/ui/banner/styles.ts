/**
 * The banner's CSS, injected into its closed shadow root only (the host gets `all: initial` from WXT),
 * so the page cannot restyle the banner and the banner cannot touch the page. Colours meet WCAG AA
 * (text ≥ 4.5:1 on its background). Motion only when the reader has not asked for less.
 */
export const BANNER_CSS = `
.sg-banner {
  position: fixed; top: 0; left: 0; right: 0; z-index: 2147483647;
  box-sizing: border-box; max-height: 75vh; overflow: auto;
  margin: 0; padding: 12px 16px 10px; border-bottom: 4px solid #B71C1C;
  background: #FFF5F5; color: #1A1A1A; box-shadow: 0 2px 10px rgba(0,0,0,.25);
  font: 16px/1.55 system-ui, "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei",
    "Noto Sans CJK TC", "PingFang TC", "Microsoft JhengHei", sans-serif;
  text-align: left; direction: ltr; letter-spacing: normal; word-break: normal; overflow-wrap: anywhere;
}
.sg-banner.sg-caution { border-bottom-color: #8A5A00; background: #FFF8E1; }
.sg-banner *, .sg-banner *::before, .sg-banner *::after { box-sizing: border-box; }
@media (prefers-reduced-motion: no-preference) {
  .sg-banner { animation: sg-in .18s ease-out; }
  @keyframes sg-in { from { transform: translateY(-100%); } to { transform: none; } }
}
.sg-main { display: flex; gap: 12px; align-items: flex-start; max-width: 1100px; margin: 0 auto; }
.sg-icon {
  flex: none; width: 32px; height: 32px; border-radius: 50%; background: #B71C1C; color: #FFFFFF;
  font-weight: 700; font-size: 20px; line-height: 32px; text-align: center;
}
.sg-caution .sg-icon { background: #8A5A00; }
.sg-text { flex: 1; min-width: 0; }
.sg-text p { margin: 0 0 4px; }
.sg-title { font-size: 17px; }
.sg-title strong { color: #8B0000; }
.sg-caution .sg-title strong { color: #6B4400; }
.sg-advice { font-weight: 600; }
.sg-close {
  flex: none; width: 36px; height: 36px; padding: 0; border: 1px solid transparent; border-radius: 6px;
  background: transparent; color: #333333; font-size: 24px; line-height: 1; cursor: pointer;
}
.sg-actions { display: flex; flex-wrap: wrap; gap: 8px; max-width: 1100px; margin: 8px auto 0; padding-left: 44px; }
.sg-spacer { flex: 1; }
.sg-btn {
  font: inherit; font-size: 15px; line-height: 1.3; padding: 7px 14px; border-radius: 6px; cursor: pointer;
  border: 1px solid #8B0000; background: #FFFFFF; color: #8B0000;
}
.sg-btn.sg-primary { background: #B71C1C; border-color: #B71C1C; color: #FFFFFF; }
.sg-btn.sg-quiet { border-color: #767676; color: #333333; background: #FFFFFF; }
.sg-caution .sg-btn { border-color: #6B4400; color: #6B4400; }
.sg-caution .sg-btn.sg-primary { background: #6B4400; color: #FFFFFF; }
.sg-btn:hover { filter: brightness(0.95); }
.sg-btn:focus-visible, .sg-close:focus-visible { outline: 3px solid #1A56DB; outline-offset: 2px; }
.sg-why { max-width: 1100px; margin: 10px auto 0; padding: 8px 12px 8px 44px; border-top: 1px solid #E0B4B4; }
.sg-why h2 { font-size: 15px; margin: 0 0 6px; font-weight: 700; }
.sg-why ul { margin: 0; padding: 0 0 0 18px; }
.sg-why li { margin: 0 0 4px; }
.sg-w { display: inline-block; min-width: 3.5em; font-weight: 700; color: #8B0000; }
.sg-why q { color: #444444; }
.sg-more { color: #444444; }
`;
