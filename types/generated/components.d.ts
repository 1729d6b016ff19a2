import type { Schema, Struct } from '@strapi/strapi';

export interface ReportSection extends Struct.ComponentSchema {
  collectionName: 'components_report_sections';
  info: {
    description: 'A numbered part of the report';
    displayName: 'Section';
    icon: 'layer';
  };
  attributes: {
    body: Schema.Attribute.Blocks;
    heading: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    key: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 64;
      }>;
    number: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 8;
      }>;
  };
}

export interface ReportStatisticTable extends Struct.ComponentSchema {
  collectionName: 'components_report_statistic_tables';
  info: {
    description: "A table of the official form; cells keyed by the template's row and column keys";
    displayName: 'Statistic table';
    icon: 'grid';
  };
  attributes: {
    cells: Schema.Attribute.JSON &
      Schema.Attribute.CustomField<'plugin::annual-report.statistic-grid'>;
    key: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.CustomField<'plugin::annual-report.table-heading'> &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 64;
      }>;
    note: Schema.Attribute.Text;
    title: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    unit: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 16;
      }>;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'report.section': ReportSection;
      'report.statistic-table': ReportStatisticTable;
    }
  }
}
