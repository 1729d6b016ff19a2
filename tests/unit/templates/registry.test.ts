import {
  builtInTemplates,
  cn2019,
  cn2021,
  createTemplateRegistry,
  gzLegacy,
  templateSchema,
} from '../../../src/plugins/annual-report/shared/templates';

/** A pre-2019 template of another region, as a site would put it in config/plugins.ts. */
function customTemplate() {
  return {
    key: 'my-region-2018',
    name: { 'zh-Hans': '某区2019年前格式', en: 'Some district, pre-2019' },
    years: { to: 2018 },
    sections: [
      { key: 'overview', number: '一', heading: '概述' },
      { key: 'annex', number: '二', heading: '需要说明的事项与附表' },
    ],
    tables: [
      {
        key: 'annex-1',
        section: 'annex',
        title: '主动公开情况统计',
        unit: '条',
        columns: [{ key: 'value', label: '数量' }],
        rows: [
          { key: 'total', label: '主动公开信息数', level: 0 },
          { key: 'documents', label: '其中:1.文件', level: 1 },
        ],
      },
      {
        key: 'annex-2',
        section: 'annex',
        title: '依申请公开情况统计',
        columns: [
          { key: 'this-year', label: '本年' },
          { key: 'last-year', label: '上年' },
        ],
        rows: [
          { key: 'total', label: '申请总数', level: 0 },
          { key: 'breakdown', label: '其中', level: 0, heading: true },
          { key: 'online', label: '1.网上申请', level: 1 },
          { key: 'in-person', label: '2.当面申请', level: 1 },
          { key: 'letter', label: '3.信函申请', level: 1 },
        ],
      },
    ],
    rules: [
      {
        id: 'R1',
        severity: 'error',
        title: {
          'zh-Hans': '申请总数等于各渠道之和',
          en: 'Applications equal the sum of channels',
        },
        kind: 'relation',
        left: [{ table: 'annex-2', row: 'total', column: '$col' }],
        op: '=',
        right: [
          { table: 'annex-2', row: 'online', column: '$col' },
          { table: 'annex-2', row: 'letter', column: '$col' },
        ],
        each: { columns: ['this-year', 'last-year'] },
      },
    ],
  };
}

type Custom = ReturnType<typeof customTemplate>;

/** The message createTemplateRegistry throws for a custom template changed by `spoil`. */
function rejection(spoil: (template: Custom) => unknown): string {
  const template = customTemplate();
  const spoilt = spoil(template) ?? template;
  try {
    createTemplateRegistry([spoilt]);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the spoilt template was accepted');
}

const entry = 'annual-report config: templates[0] (key "my-region-2018")';

const title = { 'zh-Hans': '检查', en: 'Check' };

function proseRule() {
  return {
    id: 'N1',
    severity: 'error',
    title,
    kind: 'prose',
    phrases: [
      {
        pattern: '主动公开政府信息{n}条',
        sections: ['overview'],
        values: [
          { sum: [{ table: 'annex-1', row: 'total', column: 'value' }] },
          {
            percent: {
              part: [{ table: 'annex-2', row: 'online', column: 'this-year' }],
              whole: [{ table: 'annex-2', row: 'total', column: 'this-year' }],
            },
          },
        ],
      },
    ],
  };
}

/** One rule of every kind other than relation, each pointing at something the template has. */
function otherRules() {
  return [
    proseRule(),
    { id: 'S1', severity: 'error', title, kind: 'sections' },
    { id: 'Y1', severity: 'error', title, kind: 'year', openers: ['overview'] },
    {
      id: 'D1',
      severity: 'warning',
      title,
      kind: 'deadline',
      due: { month: 3, day: 31 },
      dueByLevel: { county: { month: 1, day: 31 } },
    },
    { id: 'C1', severity: 'warning', title, kind: 'similarity', threshold: 0.9 },
    {
      id: 'contact',
      severity: 'warning',
      title,
      kind: 'contact',
      items: [{ label: { 'zh-Hans': '邮政编码', en: 'Postcode' }, pattern: '邮政编码:?\\d{6}' }],
    },
  ];
}

/** The custom template with `rule` added after its relation rule, as rules[1]. */
function withRule(rule: object) {
  return (template: Custom) => ({ ...template, rules: [...template.rules, rule] });
}

describe('template registry', () => {
  it('looks up the built-in templates by key', () => {
    const registry = createTemplateRegistry();
    expect(registry.get('cn-2021')).toBe(cn2021);
    expect(registry.get('cn-2019')).toBe(cn2019);
    expect(registry.require('gz-legacy')).toBe(gzLegacy);
    expect(registry.get('cn-2020')).toBeUndefined();
    expect(registry.keys()).toEqual(['gz-legacy', 'cn-2019', 'cn-2021']);
    expect(registry.list()).toEqual([gzLegacy, cn2019, cn2021]);
  });

  it('names the unknown key and the known ones when a required template is missing', () => {
    const registry = createTemplateRegistry([customTemplate()]);
    expect(() => registry.require('cn-2020')).toThrow(
      'unknown template "cn-2020"; known templates: gz-legacy, cn-2019, cn-2021, my-region-2018',
    );
  });

  it('accepts a custom template and lists it after the built-in ones', () => {
    const registry = createTemplateRegistry([customTemplate()]);
    expect(registry.keys()).toEqual(['gz-legacy', 'cn-2019', 'cn-2021', 'my-region-2018']);
    expect(registry.require('my-region-2018')).toEqual(customTemplate());
  });

  it('accepts a custom template with a rule of every kind', () => {
    const template = { ...customTemplate(), rules: [...customTemplate().rules, ...otherRules()] };
    expect(createTemplateRegistry([template]).require('my-region-2018').rules).toEqual(
      template.rules,
    );
  });

  it('gives a custom template without rules an empty rule list', () => {
    const { rules: _omitted, ...withoutRules } = customTemplate();
    expect(createTemplateRegistry([withoutRules]).require('my-region-2018').rules).toEqual([]);
  });

  it("does not let one registry see another's custom templates", () => {
    createTemplateRegistry([customTemplate()]);
    expect(createTemplateRegistry().get('my-region-2018')).toBeUndefined();
  });

  it.each(builtInTemplates.map((template) => [template.key, template] as const))(
    'accepts the built-in %s under the custom-template schema',
    (_key, template) => {
      const result = templateSchema.safeParse(template);
      expect(result.success ? [] : result.error.issues).toEqual([]);
    },
  );
});

describe('custom templates that are rejected, naming the entry', () => {
  it('a missing required field', () => {
    expect(
      rejection((template) => {
        const { name: _omitted, ...rest } = template;
        return rest;
      }),
    ).toContain(`${entry}: name: `);
  });

  it('an entry that is not an object', () => {
    expect(rejection(() => 'cn-2021')).toMatch(/^annual-report config: templates\[0\]: /);
  });

  it('a misspelt field', () => {
    expect(
      rejection((template) => {
        const { columns, ...table } = template.tables[0];
        return { ...template, tables: [{ ...table, colums: columns }, template.tables[1]] };
      }),
    ).toContain(`${entry}: tables[0]`);
  });

  it('a key that is not a slug', () => {
    expect(
      rejection((template) => {
        template.tables[0].columns[0].key = 'Value';
      }),
    ).toContain(`${entry}: tables[0].columns[0].key: "Value" is not a slug`);
  });

  it('a duplicate row key', () => {
    expect(
      rejection((template) => {
        template.tables[1].rows[3].key = 'total';
      }),
    ).toBe(`${entry}: tables[1].rows[3].key: duplicate key "total"`);
  });

  it('duplicate section, table and column keys', () => {
    expect(
      rejection((template) => {
        template.sections[1].key = 'overview';
      }),
    ).toContain(`${entry}: sections[1].key: duplicate key "overview"`);
    expect(
      rejection((template) => {
        template.tables[1].key = 'annex-1';
      }),
    ).toContain(`${entry}: tables[1].key: duplicate key "annex-1"`);
    expect(
      rejection((template) => {
        template.tables[1].columns[1].key = 'this-year';
      }),
    ).toContain(`${entry}: tables[1].columns[1].key: duplicate key "this-year"`);
  });

  it('a table in a section the template does not have', () => {
    expect(
      rejection((template) => {
        template.tables[0].section = 'active';
      }),
    ).toContain(`${entry}: tables[0].section: unknown section "active"`);
  });

  it('a rule naming an unknown table, row or column', () => {
    expect(
      rejection((template) => {
        template.rules[0].left[0].table = 'annex-9';
      }),
    ).toContain(`${entry}: rules[0].left[0].table: unknown table "annex-9"`);
    expect(
      rejection((template) => {
        template.rules[0].right[1].row = 'fax';
      }),
    ).toContain(`${entry}: rules[0].right[1].row: unknown row "fax" in table "annex-2"`);
    expect(
      rejection((template) => {
        template.rules[0].right[0].column = 'value';
      }),
    ).toContain(`${entry}: rules[0].right[0].column: unknown column "value" in table "annex-2"`);
  });

  it('a rule reading a heading row, which has no cells', () => {
    expect(
      rejection((template) => {
        template.rules[0].right[0].row = 'breakdown';
      }),
    ).toContain(
      `${entry}: rules[0].right[0].row: row "breakdown" of table "annex-2" is a heading and has no cells`,
    );
  });

  it('a placeholder without the list it stands for, or a list naming unknown columns', () => {
    expect(
      rejection((template) => {
        template.rules[0].left[0].row = '$row';
      }),
    ).toContain(
      `${entry}: rules[0].left[0].row: "$row" is only allowed in a relation rule with each.rows`,
    );
    expect(
      rejection((template) => {
        template.rules[0].each.columns = ['this-year', 'next-year'];
      }),
    ).toContain(
      `${entry}: rules[0].each.columns[1]: unknown column "next-year" in table "annex-2"`,
    );
  });

  it('a key already taken by a built-in template', () => {
    expect(
      rejection((template) => {
        template.key = 'cn-2021';
      }),
    ).toBe(
      'annual-report config: templates[0] (key "cn-2021"): key: "cn-2021" is a built-in template',
    );
  });

  it('two custom templates with the same key, naming the second', () => {
    expect(() => createTemplateRegistry([customTemplate(), customTemplate()])).toThrow(
      'annual-report config: templates[1] (key "my-region-2018"): key: "my-region-2018" is already used by templates[0]',
    );
  });

  it('a year range that ends before it starts', () => {
    expect(rejection((template) => ({ ...template, years: { from: 2018, to: 2016 } }))).toContain(
      `${entry}: years: from (2018) is after to (2016)`,
    );
  });

  it('a rule of a kind the engine does not know', () => {
    expect(rejection(withRule({ id: 'X1', severity: 'error', title, kind: 'magic' }))).toContain(
      `${entry}: rules[1]`,
    );
  });

  it('a prose rule naming an unknown section, or a placeholder it has no each for', () => {
    const prose = proseRule();
    expect(
      rejection(withRule({ ...prose, phrases: [{ ...prose.phrases[0], sections: ['summary'] }] })),
    ).toContain(`${entry}: rules[1].phrases[0].sections[0]: unknown section "summary"`);
    expect(
      rejection(
        withRule({
          ...prose,
          phrases: [
            {
              pattern: '{n}条',
              values: [{ sum: [{ table: 'annex-1', row: '$row', column: 'value' }] }],
            },
          ],
        }),
      ),
    ).toContain(
      `${entry}: rules[1].phrases[0].values[0].sum[0].row: "$row" is only allowed in a relation rule with each.rows`,
    );
  });

  it('a vocabulary reading an unknown cell, or sharing out of a concept it does not have', () => {
    const vocabulary = {
      concepts: [
        {
          id: 'active-total',
          names: ['主动公开政府信息'],
          readings: [[{ table: 'annex-9', row: 'total', column: 'value' }]],
          shareOf: 'everything',
        },
      ],
      groups: ['appeals'],
      units: { 条: 1 },
      gap: 12,
    };
    const message = rejection(
      withRule({ id: 'N1', severity: 'error', title, kind: 'prose', vocabulary }),
    );
    expect(message).toContain(
      `${entry}: rules[1].vocabulary.concepts[0].readings[0][0].table: unknown table "annex-9"`,
    );
    expect(message).toContain(
      `${entry}: rules[1].vocabulary.concepts[0].shareOf: unknown concept "everything"`,
    );
    expect(message).toContain(`${entry}: rules[1].vocabulary.groups[0]: unknown concept "appeals"`);
    expect(rejection(withRule({ id: 'N1', severity: 'error', title, kind: 'prose' }))).toContain(
      'a prose rule needs a vocabulary or phrases',
    );
  });

  it('a pattern that is not a regular expression', () => {
    const prose = proseRule();
    expect(
      rejection(withRule({ ...prose, phrases: [{ ...prose.phrases[0], pattern: '共计({n}条' }] })),
    ).toContain(`${entry}: rules[1].phrases[0].pattern: invalid regular expression`);
  });

  it('a year rule opening a section the template does not have', () => {
    expect(
      rejection(
        withRule({ id: 'Y1', severity: 'error', title, kind: 'year', openers: ['preface'] }),
      ),
    ).toContain(`${entry}: rules[1].openers[0]: unknown section "preface"`);
  });

  it('a deadline on a day that does not exist, or for an unknown agency level', () => {
    const deadline = { id: 'D1', severity: 'warning', title, kind: 'deadline' };
    expect(rejection(withRule({ ...deadline, due: { month: 2, day: 30 } }))).toContain(
      `${entry}: rules[1].due: 2月30日 is not a date`,
    );
    expect(
      rejection(
        withRule({
          ...deadline,
          due: { month: 3, day: 31 },
          dueByLevel: { 市级: { month: 1, day: 31 } },
        }),
      ),
    ).toContain(`${entry}: rules[1].dueByLevel.市级: unknown agency level "市级"`);
  });
});
