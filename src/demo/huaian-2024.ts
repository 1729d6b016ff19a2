import {
  type AgencyData,
  type Cells,
  type ReportData,
  APPLICATION_COLUMNS,
} from '../plugins/annual-report/shared';
import { paragraphs } from './blocks';

/**
 * 淮安市人民政府 2024 (format cn-2021), from the published PDF (shared/corpus/huaian-city-gov-2024).
 * Prose is re-flowed from the PDF's lines into paragraphs; the spaces pdftotext put around Arabic
 * numbers and inside words are dropped, nothing else is changed. The source gives no publication date.
 */

const agency: AgencyData = {
  name: '淮安市人民政府',
  level: 'prefecture',
  region: '江苏省淮安市',
  address: '淮安市翔宇南道1号',
  postcode: '223001',
  phone: '0517-83605210',
  email: 'hazwgkc@163.com',
  website: null,
};

// Rows below list table 三's figures in its printed column order.

function byApplicant(figures: number[]): Record<string, number> {
  return Object.fromEntries(APPLICATION_COLUMNS.map((column, i) => [column, figures[i]]));
}

const applications: Cells = {
  new: byApplicant([3001, 53, 0, 0, 61, 4, 3119]),
  'carried-over': byApplicant([34, 0, 0, 0, 0, 0, 34]),
  disclosed: byApplicant([1288, 21, 0, 0, 50, 3, 1362]),
  'partially-disclosed': byApplicant([447, 7, 0, 0, 0, 0, 454]),
  'withheld-state-secret': byApplicant([2, 0, 0, 0, 0, 0, 2]),
  'withheld-prohibited': byApplicant([30, 1, 0, 0, 0, 0, 31]),
  'withheld-three-safeties': byApplicant([5, 0, 0, 0, 0, 0, 5]),
  'withheld-third-party': byApplicant([6, 0, 0, 0, 0, 0, 6]),
  'withheld-internal-affairs': byApplicant([7, 1, 0, 0, 0, 0, 8]),
  'withheld-process-info': byApplicant([12, 0, 0, 0, 0, 0, 12]),
  'withheld-enforcement-files': byApplicant([9, 0, 0, 0, 0, 0, 9]),
  'withheld-query-matters': byApplicant([105, 0, 0, 0, 0, 0, 105]),
  'unavailable-not-held': byApplicant([746, 12, 0, 0, 10, 1, 769]),
  'unavailable-needs-creation': byApplicant([11, 0, 0, 0, 0, 0, 11]),
  'unavailable-unclear': byApplicant([1, 0, 0, 0, 0, 0, 1]),
  'not-processed-complaints': byApplicant([56, 6, 0, 0, 0, 0, 62]),
  'not-processed-repeated': byApplicant([25, 0, 0, 0, 0, 0, 25]),
  'not-processed-publications': byApplicant([0, 0, 0, 0, 0, 0, 0]),
  'not-processed-excessive': byApplicant([0, 0, 0, 0, 0, 0, 0]),
  'not-processed-confirmation': byApplicant([1, 0, 0, 0, 0, 0, 1]),
  'other-processing-no-supplement': byApplicant([67, 3, 0, 0, 1, 0, 71]),
  'other-processing-unpaid-fee': byApplicant([6, 0, 0, 0, 0, 0, 6]),
  'other-processing-other': byApplicant([108, 2, 0, 0, 0, 0, 110]),
  total: byApplicant([2932, 53, 0, 0, 61, 4, 3050]),
  'carried-forward': byApplicant([103, 0, 0, 0, 0, 0, 103]),
};

const appeals: Cells = {
  cases: {
    'review-upheld': 72,
    'review-corrected': 64,
    'review-other': 178,
    'review-pending': 37,
    'review-total': 351,
    'direct-suit-upheld': 13,
    'direct-suit-corrected': 4,
    'direct-suit-other': 8,
    'direct-suit-pending': 1,
    'direct-suit-total': 26,
    'after-review-suit-upheld': 12,
    'after-review-suit-corrected': 1,
    'after-review-suit-other': 1,
    'after-review-suit-pending': 6,
    'after-review-suit-total': 20,
  },
};

const report: ReportData = {
  title: '淮安市人民政府2024年政府信息公开工作年度报告',
  year: 2024,
  format: 'cn-2021',
  // The date of the published PDF (its metadata: CreationDate 2025-02-25), before 3月31日.
  issuedOn: '2025-02-25',
  preface: paragraphs([
    '本报告由淮安市人民政府办公室根据《中华人民共和国政府信息公开条例》（国令第711号）（以下简称《条例》）规定编制。报告所列统计期限自2024年1月1日至2024年12月31日。如对本报告有疑问，请与淮安市人民政府办公室联系（地址：淮安市翔宇南道1号，邮编：223001，电话：0517-83605210，电子邮箱：hazwgkc@163.com）。',
  ]),
  sections: [
    {
      key: 'overview',
      number: '一',
      heading: '总体情况',
      body: paragraphs([
        '2024年，我市坚持以习近平新时代中国特色社会主义思想为指导，认真学习宣传贯彻党的二十大和二十届二中、三中全会精神，按照党中央国务院、省委省政府决策部署和市委工作要求，严格落实《中华人民共和国政府信息公开条例》各项规定，圆满完成了各项任务。',
        '（一）主动公开情况。2024年，市政府网站主动公开各类政府信息5500余条，全年新增公开市政府规章1件、市政府及市政府办政策性文件11件，通过文字、图片等形式制作政策解读21个，制作《淮安市人民政府公报》6期。紧紧围绕保障民生、深化改革、科技创新等工作主线，组织召开了“春节前后服务企业用工和促进返乡人员就业创业专项活动”“建设‘四最’一流营商环境高质量推进产业发展”“加快建设长三角北部重要产业科技创新高地的若干政策”等新闻发布会12场，努力传递政府声音、宣传政策法规、回应舆论关切。',
        '（二）依申请公开情况。定期对政府信息公开申请集中的领域和热点问题进行研判，探索从源头上解决实际问题。着力强化与申请人的直接沟通，准确了解申请人诉求，提高答复的及时性和针对性。2024年，全市共受理政府信息公开申请3119件，答复3050件（含上年度结转申请34件，另有103件顺延到下年度答复），均在法定期限内予以答复。政府信息公开行政复议351件，其中结果维持72件，结果纠正64件，其他结果178件，尚未审结37件；政府信息公开行政诉讼46件，其中结果维持25件，结果纠正5件，其他结果9件，尚未审结7件。',
        '（三）政府信息管理情况。在政府网站、政务新媒体、政府公报等公开平台发布信息时，坚持“先审查、后公开”“一事一审”工作原则，规范审查程序，建立健全重要事项公开保密审查协调机制，落实政府信息公开属性源头认定机制，加强政府信息源头管理工作。对政务公开平台已公开信息进行梳理，优化主动公开目录，着力为群众提供看得懂、找得到、用得上的政府信息公开服务。系统性排查全市各地各部门政务服务网办事指南、表格样表、在线申请等与群众密切相关服务事项，并不断修改完善，积极构建权威、便捷、高效的一体化互联网政务服务平台。',
        '（四）政府信息公开平台建设情况。进一步优化政务公开专栏设置，省市联动制作“全力巩固和增强经济回升向好态势”“推动大规模设备更新和消费品以旧换新”等专题专栏。在日常读网巡查的基础上，定期对政府信息公开栏目进行检查，将栏目不更新、政策解读不通俗易懂、互动咨询不回应等问题列入重点检查范围。深入开展防治政务新媒体“指尖上的形式主义”工作，聚焦解决政务新媒体开而少用、更新不及时、不互动不回应、表述不规范等新老问题。截至目前，全市在运维政务新媒体共计95个，在省办2024年四个季度政务新媒体检查抽查中，合格率均为100%。',
        '（五）政府信息公开监督保障情况。根据省政务公开年度和季度监测指标，全年组织4次政府信息公开栏目全覆盖检查，并出具各县区、各部门政务公开评估分报告。在日常巡查的基础上，按季度开展政务新媒体专项检查，针对突出问题和日常共性问题，及时督促整改。针对具体问题，创新开展调研式培训、过堂式培训，不断提高全市政务公开工作人员的工作能力和水平。',
      ]),
    },
    // Sections 二 to 四 print only their tables.
    { key: 'active', number: '二', heading: '主动公开政府信息情况', body: [] },
    { key: 'applications', number: '三', heading: '收到和处理政府信息公开申请情况', body: [] },
    { key: 'appeals', number: '四', heading: '政府信息公开行政复议、行政诉讼情况', body: [] },
    {
      key: 'problems',
      number: '五',
      heading: '存在的主要问题及改进情况',
      body: paragraphs([
        '对照上级新要求和公众新期待，还有一些需要加强和改进的地方。主要表现在：一是政策解读质量仍需提升，个别单位政策解读内容简单、形式单一；二是政务公开队伍建设还需进一步加强，个别单位存在人员配备不足、兼职多、流动性过快的问题。',
        '针对存在问题，下一步，我市将着力加强政策解读质效，重点提升解读的针对性和通俗化，探索建立政社合作、多元参与的政策宣传解读模式，开发更多可读、可视、可感的政策解读产品，积极回应企业和群众的实际需求；建立健全“传帮带”机制，对新上岗人员开展“面对面、手把手”指导，定期组织业务培训，全面提升政务公开工作队伍水平，同时加强先进典型宣传和正面激励，增强队伍凝聚力。',
      ]),
    },
    {
      key: 'other',
      number: '六',
      heading: '其他需要报告的事项',
      body: paragraphs([
        '2024年，市政府严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费3940元。',
      ]),
    },
  ],
  tables: [
    {
      key: 'active-rules',
      title: '第二十条第（一）项',
      cells: {
        regulations: { issued: 1, repealed: 0, 'in-force': 11 },
        'normative-documents': { issued: 8, repealed: 26, 'in-force': 66 },
      },
    },
    {
      key: 'active-licensing',
      title: '第二十条第（五）项',
      cells: { 'administrative-licensing': { decisions: 447228 } },
    },
    {
      key: 'active-enforcement',
      title: '第二十条第（六）项',
      cells: {
        'administrative-penalty': { decisions: 3985758 },
        'administrative-coercion': { decisions: 88283 },
      },
    },
    {
      key: 'active-fees',
      title: '第二十条第（八）项',
      unit: '万元',
      cells: { 'administrative-fees': { amount: 96171.6 } },
    },
    {
      key: 'applications',
      title: '收到和处理政府信息公开申请情况',
      unit: '件',
      cells: applications,
    },
    { key: 'appeals', title: '政府信息公开行政复议、行政诉讼情况', unit: '件', cells: appeals },
  ],
};

export const huaian2024: { agency: AgencyData; report: ReportData } = { agency, report };
