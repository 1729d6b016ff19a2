import type { CheckMessages } from './types';

const VERB = { '=': '应为', '<=': '应不大于', '>=': '应不小于' } as const;
const BLANKS_AS_ZERO = '，空白格按 0 计';
const WHERE = { title: '标题', period: '统计期限', paragraph: '正文段首' } as const;

export const zhHans: CheckMessages = {
  missingTable: (title) => `缺少表格「${title}」`,
  blankCells: (title, count) => `表格「${title}」有 ${count} 个空白格`,
  blankTotal: (label, sumOf) => `「${label}」为空：应填写${sumOf['zh-Hans']}`,
  blank: (label) => `「${label}」为空：应填写数字，没有的填 0`,
  notANumber: (label, shown) => `「${label}」不是数字：${shown}`,
  negative: (label, shown) => `「${label}」不能为负数，实为 ${shown}`,
  notAnInteger: (label, shown) => `「${label}」应为整数，实为 ${shown}`,
  outOfRange: (label, shown, maxCount, maxMoney) =>
    `「${label}」超出可填范围（件数不超过 ${maxCount}，金额不超过 ${maxMoney}），实为 ${shown}`,
  tooManyDecimals: (label, shown, unit, decimals) =>
    `「${label}」金额以${unit}计最多保留 ${decimals} 位小数（精确到分），实为 ${shown}`,
  unknownTable: (key) => `表格「${key}」不属于本报告格式`,
  repeatedTable: (title) => `表格「${title}」重复出现`,
  unknownRow: (title, row) => `表格「${title}」没有「${row}」这一行`,
  unknownColumn: (title, column) => `表格「${title}」没有「${column}」这一列`,
  relationFails: (label, op, expected, title, blanksAsZero, actual) =>
    `「${label}」${VERB[op]} ${expected}（${title['zh-Hans']}${blanksAsZero ? BLANKS_AS_ZERO : ''}），实为 ${actual}`,
  relationBlankTotal: (label, expected, title, blanksAsZero) =>
    `「${label}」为空，应为 ${expected}（${title['zh-Hans']}${blanksAsZero ? BLANKS_AS_ZERO : ''}）`,
  relationNoValue: (label, title, blanksAsZero, actual) =>
    `「${label}」${actual === null ? '为空' : `实为 ${actual}`}，但填什么都不能与同组数字相符（${title['zh-Hans']}）：${
      blanksAsZero ? '同组还有空白格，请先填写空白格' : '请核对同组其他格'
    }`,
  proseDisagrees: (quote, stated, expectation) =>
    `正文“${quote}”中的 ${stated} 与表格不符：${expectation['zh-Hans']}`,
  proseCount: (label, expected) => `${label['zh-Hans']}为 ${expected}`,
  proseShare: (part, whole, expected) => `${part['zh-Hans']}占${whole['zh-Hans']}的 ${expected}%`,
  sectionMissing: (number, name) => `缺少第${number}部分「${name}」`,
  sectionBefore: (heading, before) => `「${heading}」应排在「${before}」之前`,
  sectionAfter: (heading, after) => `「${heading}」应排在「${after}」之后`,
  sectionFoldInto: (heading, target) => `「${heading}」不是本格式的部分：应并入「${target}」`,
  sectionNumber: (position, heading, expected, actual) =>
    `第 ${position} 部分「${heading}」应编号为“${expected}”，实为“${actual}”`,
  emptyPreface: () => '前言为空：应写明报告的编制依据、统计期限和联系方式',
  emptySection: (numberedHeading) =>
    `「${numberedHeading}」没有内容：请填写本部分；没有可报告的事项时写明“本年度无……”`,
  notCovered: (heading, topics) =>
    `「${heading}」未写到：${topics.map((topic) => topic['zh-Hans']).join('、')}`,
  noContact: (items) =>
    `前言或第一部分未写明联系方式：缺少${items.map((item) => item['zh-Hans']).join('、')}`,
  yearMismatch: (where, found, year) => `${WHERE[where]}写的是 ${found} 年，报告年度为 ${year} 年`,
  titleWithoutYear: (year) => `标题未写明年度（应含“${year}年”）`,
  noIssuedOn: () => '已发布的报告未填写公开日期：无法核对是否按时公布，输出也不带日期',
  late: (issued, dueOn, who, month, day) =>
    `发布日期 ${issued} 晚于截止日期 ${dueOn}（${who?.['zh-Hans'] ?? '本机关'}应于次年 ${month} 月 ${day} 日前公布）`,
  copied: (percent, threshold) =>
    `正文与上一年度报告的相似度为 ${percent}%（达到 ${threshold}%），疑似内容雷同`,
};
