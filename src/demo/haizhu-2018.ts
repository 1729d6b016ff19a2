import { type AgencyData, type ReportData } from '../plugins/annual-report/shared';
import { paragraphs } from './blocks';

/**
 * 广州市海珠区人民政府政务管理办公室 2018 (format gz-legacy), from the seed text. The seed is
 * Traditional with tone-marked pinyin after many characters (區(qū)); here it is Simplified with the
 * pinyin removed and the damaged heading `?。ㄈ╅_展` restored to `（三）开展`. Punctuation is the
 * source's own (halfwidth `(` `,` `:` included). The source gives no publication date.
 */

const agency: AgencyData = {
  name: '广州市海珠区人民政府政务管理办公室',
  level: 'government_department',
  region: '广东省广州市海珠区',
  address: '广州市海珠区石榴岗路480号',
  postcode: '510310',
  phone: '020-66662394',
  email: null,
  website: null,
};

const report: ReportData = {
  title: '2018年广州市海珠区人民政府政务管理办公室政府信息公开年度报告',
  year: 2018,
  format: 'gz-legacy',
  issuedOn: null,
  preface: paragraphs([
    '根据《中华人民共和国政府信息公开条例》的规定,现公布广州市海珠区人民政府政务管理办公室信息公开工作年度报告。本报告由概述、主动公开政府信息情况、依申请公开政府信息情况、政府信息公开相关收费情况、申请行政复议和提起行政诉讼情况、存在问题及改进措施组成。本报告的电子版可在海珠区人民政府门户网站下载。对本报告如有疑问,请与广州市海珠区人民政府政务管理办公室联系(地址:广州市海珠区石榴岗路480号;邮政编码:510310;联系电话:020-66662394)。',
  ]),
  sections: [
    {
      key: 'overview',
      number: '一',
      heading: '概述',
      body: paragraphs([
        '2018年,海珠区政务办认真贯彻执行中共中央办公厅、国务院办公厅《关于全面推进政务公开工作的意见》、国务院办公厅《2018年政务公开工作要点》及上级部门相关文件要求,坚持“以公开为常态,不公开为例外”的原则,围绕区委、区政府的重点工作,不断拓展信息公开领域和渠道,完善政府网站建设,创新政府信息公开载体,推进决策公开、执行公开、管理公开、服务公开、结果公开,促进政府权力运行的公开透明,提升政府公信力。',
        '(一)完善政务公开机制。结合海珠区实际情况,出台《广州市海珠区2018年政务公开工作要点分工方案》《2018年广州市海珠区政府门户网站考评方案》《海珠区重大建设项目批准和实施领域政府信息公开实施方案》《海珠区社会公益事业领域政府信息公开实施方案》《海珠区公共资源配置领域政府信息公开实施方案》等相关文件,有效开展政府信息公开工作。',
        '(二)完善区政府门户网站栏目建设。为了给群众提供更好的网站体验,对海珠区政府门户网站进行优化,增设了“走进大湾区—港澳服务专栏”“企业发展政策一点通”“党务公开”“数据发布”“公共资源配置”“社会公益事业建设”等专栏,方便群众集中查阅相关信息。2018年由本单位主办的人大建议和政协提案2件,办理答复结果已通过区政府门户网站向社会公开。',
        '（三）开展政府网站考评。根据上级工作要求,切实做好区政府门户网站的考评工作,指派专人做好部门要闻、街道要闻信息复审工作,巡查区政府门户网站政务公开专栏信息更新情况,及时督促整改,保障区政府门户网站内容更新及时。定期排查区政府门户网站空白链接、错误链接、错字错图、不合规地图等问题,督促各单位落实整改,确保网站健康良好运行。',
        '(四)打造“四通八达”政务公开模式,完成全国基层政务公开标准化规范化试点工作。一是线下政务公开网络“层级通”。率先推出“容缺受理”工作机制,统筹管理全区各部门和18个街道265个社区政务公开工作,搭建贯通区、街、社区三层级线下政务服务网络,打造“15 分钟政务服务圈”。截至目前,652个事项实现提速办理,其中68%的非现场勘查类事项实现“最多跑一次”,整体提速率达50%,20个部门的150项政务服务事项可“容缺受理”。二是线上政务公开渠道“门户通”。搭建全面、权威、便民的政府门户网站政务信息公开平台,推送试点领域政务信息“二维码”,方便办事群众“触屏”即可查询政务信息和申办业务。增设“企业发展政策一点通”政务信息专栏,将惠企政策细分为“科技创新类”“商贸类”“外经贸类”等选项,向企业靶向推送优惠政策。截至目前,全区登记商事主体16.3万户,增长8.7%。三是政务公开操作指南“一本通”。制定《海珠区政务公开标准化规范化试点事项一本通》,涵盖8大领域883项政务公开事项;编制12套公开流程规范、6套试点领域和特色领域的政务公开事项标准目录,完善信息采集和公开流程,推动政务信息公开种类细化、内容规范、责任明确,为基层政务公开工作提供了“度量衡”。四是政务公开可视化平台“e导通”。以“互联网+”为手段,首创集公开、查询、统计、导航于一体的政务公开“e导通”系统,科学分析群众办事高频事项,形成事项办理热力图,主动推送办事指南、事项咨询、预约服务、办理流程等信息,综合涵盖社区居家养老、预防接种、助餐配餐等公开内容,通过清晰直观、实时动态的可视化政务公开形式,为群众提供及时、全面、准确的政务信息服务。',
      ]),
    },
    {
      key: 'active',
      number: '二',
      heading: '主动公开政府信息情况',
      body: paragraphs([
        '本单位主动公开政府信息144条,其中:1.组织机构类信息4条;2.部门文件类信息7条;3.动态类信息48条;4.行政执法类信息8条;5.办事指南类信息1条;6.财政预决算信息3条;7.其他信息73条。通过不同渠道和方式发布政府信息情况:通过政府公报发布信息0条,通过政府网站发布信息75条,通过微博微信发布信息37条,通过新闻媒体发布信息32条。',
        '回应公众关注热点或重大舆情4次(不同方式回应同一热点或舆情计1次)。通过不同渠道和方式回应解读情况:举办新闻发布会0次,组织政府网站在线访谈1次,发布政策解读稿2篇,通过微博微信回应事件3次,通过新闻媒体等其他方式回应事件0次。',
      ]),
    },
    {
      key: 'applications',
      number: '三',
      heading: '依申请公开政府信息情况',
      body: paragraphs(['本单位2018年未受理政府信息公开申请。']),
    },
    {
      key: 'fees',
      number: '四',
      heading: '政府信息公开收费情况',
      body: paragraphs([
        '根据国家部委有关规定,自2017年4月1日起,本单位依申请公开不收取费用,包括检索费、复制费(含案卷材料复制费),邮寄费。',
      ]),
    },
    {
      key: 'appeals',
      number: '五',
      heading: '申请行政复议和提起行政诉讼情况',
      body: paragraphs(['本单位2018年度未发生有关政府信息公开事务的行政复议案件和行政诉讼案件。']),
    },
    {
      key: 'problems',
      number: '六',
      heading: '存在问题及改进措施',
      body: paragraphs([
        '2018年,本单位在基层政务公开标准化规范化试点工作上取得了新的成绩,但基层政务公开标准体系还需要不断完善。2019年,本单位将从便民利民出发,以基层政务公开试点工作取得的经验为基础,加大政务公开力度,进一步细化信息公开种类、规范公开内容、完善信息采集和公开流程,不断完善政务公开标准体系,全面提升政务公开水平。',
      ]),
    },
    // The source prints only the three 附表 here.
    { key: 'annex', number: '七', heading: '说明与附表', body: [] },
  ],
  tables: [
    // 二 states these two breakdowns in its prose only.
    {
      key: 'channels',
      title: '通过不同渠道和方式发布政府信息情况',
      unit: '条',
      cells: {
        gazette: { value: 0 },
        website: { value: 75 },
        'weibo-wechat': { value: 37 },
        media: { value: 32 },
      },
    },
    {
      key: 'responses',
      title: '回应解读情况',
      unit: '次',
      cells: {
        hotspots: { value: 4 },
        'press-conferences': { value: 0 },
        'online-interviews': { value: 1 },
        interpretations: { value: 2 },
        'weibo-wechat': { value: 3 },
        other: { value: 0 },
      },
    },
    {
      key: 'annex-1',
      title: '主动公开情况统计',
      unit: '条',
      cells: {
        total: { value: 144 },
        organization: { value: 4 },
        'department-documents': { value: 7 },
        news: { value: 48 },
        'law-enforcement': { value: 8 },
        'service-guides': { value: 1 },
        budgets: { value: 3 },
        other: { value: 73 },
      },
    },
    {
      key: 'annex-2',
      title: '依申请公开情况统计',
      unit: '条',
      cells: {
        'applications-total': { value: 0 },
        online: { value: 0 },
        letter: { value: 0 },
        'in-person': { value: 0 },
        fax: { value: 0 },
        'other-channel': { value: 0 },
        'replies-total': { value: 0 },
        agreed: { value: 0 },
        'partially-agreed': { value: 0 },
        refused: { value: 0 },
        'out-of-scope': { value: 0 },
        'not-held': { value: 0 },
        unrelated: { value: 0 },
        unclear: { value: 0 },
        'other-reply': { value: 0 },
      },
    },
    {
      key: 'annex-3',
      title: '申诉情况统计表',
      unit: '件',
      cells: {
        reviews: { value: 0 },
        suits: { value: 0 },
      },
    },
  ],
};

export const haizhu2018: { agency: AgencyData; report: ReportData } = { agency, report };
