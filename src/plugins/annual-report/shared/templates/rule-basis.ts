import type { Localized } from '../contracts/template';

/**
 * Where each rule comes from, as findings cite it ("依据"). 本系统统计口径 marks our own reading:
 * a warning, or an error only where the arithmetic leaves no doubt. See docs/rules.md.
 */

const basis = (zh: string, en: string): Localized => ({ 'zh-Hans': zh, en });

const FORM_2019_2021 =
  '政府信息公开工作年度报告格式（国办公开办函〔2019〕60号；国办公开办函〔2021〕30号）';
const FORM_EN = 'the annual report format (国办公开办函〔2019〕60号 and 〔2021〕30号)';

export const BASIS = {
  table3: basis(
    `${FORM_2019_2021} 表三及其勾稽关系`,
    `${FORM_EN}, table 三 and its printed identities`,
  ),
  table4: basis(`${FORM_2019_2021} 表四`, `${FORM_EN}, table 四`),
  carryOver: basis(
    '本系统统计口径：上年“结转下年度继续办理”即本年“上年结转”',
    'our reading: last year’s carried forward is this year’s carried over',
  ),
  table2: basis(
    '本系统统计口径：表二各栏之间的关系（修订、失效会打破它，故只作提示）',
    'our reading of table 二 (revisions and expiry break it, so a warning)',
  ),
  prose: basis(
    '《中华人民共和国政府信息公开条例》第五十条；本系统统计口径：只有以表格原有表述写明、紧接数字的才作为错误',
    'Regulations art. 50; our reading: only a figure in the form’s own wording is an error',
  ),
  sections: basis(`${FORM_2019_2021} 的六个部分`, `the six parts of ${FORM_EN}`),
  content: basis(
    '《中华人民共和国政府信息公开条例》第五十条（年度报告应当包括的内容）',
    'Regulations art. 50 (what the annual report contains)',
  ),
  coverage: basis(
    '国办公开办函〔2021〕30号；国办函〔2020〕109号（信息处理费）',
    '国办公开办函〔2021〕30号; 国办函〔2020〕109号 (processing fees)',
  ),
  year: basis(
    '《中华人民共和国政府信息公开条例》第四十九条、第五十条（报告上一年度的工作）',
    'Regulations arts. 49–50 (the report covers the previous year)',
  ),
  deadline: basis(
    '《中华人民共和国政府信息公开条例》第四十九条（部门1月31日前，本级政府3月31日前）',
    'Regulations art. 49 (departments by 31 January, governments by 31 March)',
  ),
  deadlineLegacy: basis(
    '《中华人民共和国政府信息公开条例》（2007年）第三十二条（每年3月31日前公布）',
    'Regulations (2007) art. 32 (by 31 March)',
  ),
  contact: basis(
    '本系统统计口径：示范文本载明联系地址、邮编、电话',
    'our reading: the model reports give address, postcode and phone',
  ),
  similarity: basis('本系统统计口径：与上年报告内容雷同', 'our reading: copied from last year'),
  site: basis('本站规则（站点模板自定义）', 'this site’s own rule (its template)'),
  legacyTables: basis(
    '广州市政府信息公开工作年度报告附表（2019年以前）',
    'the Guangzhou annual report annexes (before 2019)',
  ),
  legacyChannels: basis(
    '本系统统计口径：同一信息可能经多个渠道发布，故只作提示',
    'our reading: one item may go out on several channels, so a warning',
  ),
  values: basis(
    `${FORM_2019_2021} 填报说明：数量为非负整数，金额精确到分，空白不等于 0`,
    `${FORM_EN}, notes: counts are whole numbers, amounts to the fen, blank is not 0`,
  ),
} satisfies Record<string, Localized>;
