import type * as React from 'react';

/** What the Content Manager gives every custom field input it renders. */
export interface CustomFieldProps {
  /** The field's path in the form: `year`, `tables.4.cells`. */
  name: string;
  label: React.ReactNode;
  hint?: React.ReactNode;
  required?: boolean;
  disabled?: boolean;
  labelAction?: React.ReactNode;
}
