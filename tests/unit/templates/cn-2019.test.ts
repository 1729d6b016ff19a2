import { cn2019, cn2021 } from '../../../src/plugins/annual-report/shared/templates';
import type { TemplateTable } from '../../../src/plugins/annual-report/shared/templates';

// Expected labels are those of 国办公开办函〔2019〕60号, the 2019 form as printed.

function table(key: string): TemplateTable {
  const found = cn2019.tables.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`cn-2019 has no table "${key}"`);
  return found;
}

describe('cn-2019 template', () => {
  it('names its basis and the years it applies to', () => {
    expect(cn2019.key).toBe('cn-2019');
    expect(cn2019.basis).toBe('国办公开办函〔2019〕60号');
    expect(cn2019.years).toEqual({ from: 2019, to: 2020 });
  });

  it('has the six national sections', () => {
    expect(cn2019.sections.map((section) => `${section.number}、${section.heading}`)).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]);
  });

  it('prints table 二 as the 2019 blocks, with no 第（七）项 block', () => {
    const blocks = cn2019.tables
      .filter((candidate) => candidate.section === 'active')
      .map((block) => ({
        title: block.title,
        corner: block.corner,
        columns: block.columns.map((column) => column.label),
        rows: block.rows.map((row) => row.label),
      }));
    expect(blocks).toEqual([
      {
        title: '第二十条第（一）项',
        corner: '信息内容',
        columns: ['本年新制作数量', '本年新公开数量', '对外公开总数量'],
        rows: ['规章', '规范性文件'],
      },
      {
        title: '第二十条第（五）项',
        corner: '信息内容',
        columns: ['上一年项目数量', '本年增/减', '处理决定数量'],
        rows: ['行政许可', '其他对外管理服务事项'],
      },
      {
        title: '第二十条第（六）项',
        corner: '信息内容',
        columns: ['上一年项目数量', '本年增/减', '处理决定数量'],
        rows: ['行政处罚', '行政强制'],
      },
      {
        title: '第二十条第（八）项',
        corner: '信息内容',
        columns: ['上一年项目数量', '本年增/减'],
        rows: ['行政事业性收费'],
      },
      {
        title: '第二十条第（九）项',
        corner: '信息内容',
        columns: ['采购项目数量', '采购总金额'],
        rows: ['政府集中采购'],
      },
    ]);
  });

  it('lets the three 本年增/减 columns go negative and no other', () => {
    const columns = cn2019.tables.flatMap((candidate) => candidate.columns);
    const deltas = columns
      .filter((column) => column.kind === 'delta')
      .map((column) => column.label);
    expect(deltas).toEqual(['本年增/减', '本年增/减', '本年增/减']);
  });

  it('holds the procurement amount as money in 元', () => {
    const amount = table('active-procurement').columns.find((column) => column.key === 'amount');
    expect(amount).toMatchObject({ kind: 'money', unit: '元' });
    expect(
      table('active-procurement').columns.filter((column) => column.kind === 'money'),
    ).toHaveLength(1);
  });

  it('prints （六）其他处理 as one data row, the rest of table 三 as in 2021', () => {
    const rows2019 = table('applications').rows;
    const otherProcessing = rows2019.find((row) => row.key === 'other-processing');
    expect(otherProcessing).toEqual({ key: 'other-processing', label: '（六）其他处理', level: 1 });
    expect(rows2019.filter((row) => row.key.startsWith('other-processing'))).toHaveLength(1);

    const rows2021 =
      cn2021.tables.find((candidate) => candidate.key === 'applications')?.rows ?? [];
    const outside = (row: { key: string }) => !row.key.startsWith('other-processing');
    expect(rows2019.filter(outside)).toEqual(rows2021.filter(outside));
  });

  it('keeps table 四 as in 2021', () => {
    const appeals2021 = cn2021.tables.find((candidate) => candidate.key === 'appeals');
    expect(table('appeals')).toEqual(appeals2021);
  });
});
