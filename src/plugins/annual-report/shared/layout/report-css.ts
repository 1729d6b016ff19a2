/**
 * The report's stylesheet, scoped under `.ar-report` so the admin preview can put it in the page
 * without touching the admin. Class names only: the published page's Content-Security-Policy allows
 * this one stylesheet by hash and no style attributes.
 *
 * Fonts follow the 公文 print: 仿宋 body, 小标宋 title, 黑体 headings, Times for Latin and digits.
 * Those fonts are proprietary and often absent, so each stack falls back to the free Noto CJK
 * families (Debian fonts-noto-cjk) and finally the generic family.
 */

export const BODY_FONTS = `'Times New Roman', 'FangSong_GB2312', FangSong, STFangsong, 'Noto Serif CJK SC', 'Source Han Serif SC', 'Songti SC', SimSun, 'Noto Sans CJK SC', 'Source Han Sans SC', serif`;
export const TITLE_FONTS = `'FZXiaoBiaoSong-B05S', 'Noto Serif CJK SC', 'Source Han Serif SC', 'Songti SC', SimSun, 'Noto Sans CJK SC', serif`;
export const HEADING_FONTS = `SimHei, 'Heiti SC', 'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif`;

export const reportCss = `
.ar-report {
  box-sizing: border-box;
  max-width: 832px;
  margin: 0 auto;
  padding: 40px 32px 48px;
  color: #000;
  background: #fff;
  font-family: ${BODY_FONTS};
  font-size: 16px;
  line-height: 1.8;
  -webkit-print-color-adjust: exact;
  print-color-adjust: exact;
}
.ar-report *, .ar-report *::before, .ar-report *::after { box-sizing: inherit; }
.ar-report .ar-title {
  margin: 0.5em 0 1.5em;
  font-family: ${TITLE_FONTS};
  font-size: 1.6em;
  font-weight: bold;
  line-height: 1.5;
  text-align: center;
  text-wrap: balance;
  break-after: avoid;
}
.ar-report .ar-title-line { display: block; }
.ar-report p { margin: 0; text-indent: 2em; text-align: justify; }
.ar-report .ar-section { margin-top: 0.5em; }
.ar-report .ar-section-heading {
  margin: 0.6em 0 0.2em;
  font-family: ${HEADING_FONTS};
  font-size: 1em;
  font-weight: bold;
  text-indent: 2em;
  break-after: avoid;
}
.ar-report .ar-block-heading {
  margin: 0.4em 0 0.1em;
  font-size: 1em;
  font-weight: bold;
  text-indent: 2em;
  break-after: avoid;
}
.ar-report ul, .ar-report ol { margin: 0; padding-left: 4em; }
.ar-report blockquote { margin: 0 2em; }
.ar-report pre { white-space: pre-wrap; font-family: inherit; margin: 0; }
.ar-report .ar-image { display: block; max-width: 100%; height: auto; margin: 0.5em auto; }
.ar-report a { color: inherit; }

.ar-report .ar-table-block { margin: 0.6em 0 1.2em; }
.ar-report .ar-table {
  width: 100%;
  border-collapse: collapse;
  font-size: 14px;
  line-height: 1.5;
}
.ar-report .ar-caption { padding: 0 0 0.3em; font-weight: bold; break-after: avoid; }
.ar-report .ar-caption-line {
  display: grid;
  grid-template-columns: 1fr auto 1fr;
  align-items: end;
  gap: 1em;
}
.ar-report .ar-caption-line::before { content: ''; }
.ar-report .ar-caption-title { text-align: center; }
.ar-report .ar-caption-unit { justify-self: end; font-weight: normal; }
.ar-report .ar-table th, .ar-report .ar-table td {
  padding: 0.35em 0.5em;
  border: 1px solid #000;
  vertical-align: middle;
}
.ar-report .ar-table thead th { font-weight: normal; text-align: center; text-wrap: balance; }
.ar-report .ar-table .ar-col { width: 3.6em; }
.ar-report .ar-labels-1 .ar-corner { width: 35%; }
.ar-report .ar-table thead { display: table-header-group; }
.ar-report .ar-table .ar-row-single { break-inside: avoid; }
.ar-report .ar-table .ar-row-kept { break-before: avoid; }
.ar-report .ar-table .ar-label { font-weight: normal; text-align: left; }
.ar-report .ar-table .ar-label-group { width: 5em; text-align: center; }
.ar-report .ar-table .ar-label-outer { width: 1em; padding: 0.35em 0.3em; }
.ar-report .ar-table .ar-indent-1 { padding-left: 2.5em; }
.ar-report .ar-table .ar-indent-2 { padding-left: 4.5em; }
.ar-report .ar-table .ar-indent-3 { padding-left: 6.5em; }
.ar-report .ar-table .ar-num { text-align: center; white-space: nowrap; }
.ar-report .ar-table .ar-col, .ar-report .ar-table .ar-num { padding-left: 0.25em; padding-right: 0.25em; }
.ar-report .ar-table .ar-mark-error { background: #fde7e7; outline: 2px solid #c81e1e; outline-offset: -2px; }
.ar-report .ar-table .ar-mark-warning { background: #fff3d0; outline: 2px solid #c77c02; outline-offset: -2px; }

.ar-report .ar-table-note { margin-top: 0.3em; font-size: 14px; text-indent: 0; }
.ar-report .ar-contact { margin-top: 1em; }
.ar-report .ar-signature { margin-top: 2.5em; text-align: right; }
.ar-report .ar-signature p { text-indent: 0; text-align: right; }

@media print {
  .ar-report { max-width: none; margin: 0; padding: 0; }
}

/*
 * A phone: a table keeps columns wide enough to read (table 三 has ten) and scrolls sideways inside
 * its frame rather than squeezing them to one character; a one-column list of labels stays in
 * view while its figures scroll.
 */
@media screen and (max-width: 600px) {
  .ar-report { padding: 16px 12px 32px; }
  .ar-report .ar-table-block { overflow-x: auto; overscroll-behavior-x: contain; }
  .ar-report .ar-table .ar-col, .ar-report .ar-table .ar-num { min-width: 3.2em; }
  .ar-report .ar-table .ar-label { min-width: 9em; }
  .ar-report .ar-table .ar-label-group { min-width: 4.5em; }
  .ar-report .ar-table .ar-label-outer { min-width: 3em; }
  .ar-report .ar-table .ar-corner { min-width: 9em; }
  .ar-report .ar-labels-1 tbody th, .ar-report .ar-labels-1 .ar-corner {
    position: sticky;
    left: 0;
    z-index: 1;
    background: #fff;
    box-shadow: inset -1px 0 #000;
  }
}
`;

/**
 * Rules for the standalone page (published HTML and its PDF), never put into the admin: the paper
 * and its margins, the page number in the bottom margin as 公文 print it (- 3 -), the preview banner.
 */
export const pageCss = `
@page {
  size: A4;
  margin: 2.5cm 2cm;
  @bottom-center { content: '- ' counter(page) ' -'; font-family: ${BODY_FONTS}; font-size: 10.5pt; }
}
html, body { margin: 0; background: #fff; }
.ar-preview-banner {
  position: sticky;
  top: 0;
  z-index: 1;
  padding: 0.3em 1em;
  border-bottom: 1px solid #c77c02;
  background: #fff3d0;
  color: #5c3900;
  font: 14px/1.5 ${HEADING_FONTS};
  text-align: center;
}
@media print {
  .ar-preview-banner { position: static; }
}
`;
