import * as React from 'react';
import { Box, Field, Typography } from '@strapi/design-system';

/** A field the editor reads but does not type: a label and a line of text in the field's place. */
export const ReadOnlyField = ({
  name,
  label,
  children,
}: {
  name: string;
  label: React.ReactNode;
  children: React.ReactNode;
}) => (
  <Field.Root name={name}>
    <Field.Label>{label}</Field.Label>
    <Box paddingTop={1} paddingBottom={1}>
      <Typography variant="omega" textColor="neutral800">
        {children}
      </Typography>
    </Box>
  </Field.Root>
);
