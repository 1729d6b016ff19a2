import { contentTypeByDisplayName, contentTypeLabelId } from '../translations/content-types';

interface Filter {
  name: string;
  label: string | { id: string; defaultMessage: string };
}

export interface ListFilters {
  displayedFilters: Filter[];
  layout: { settings?: { displayName?: string } };
}

/**
 * The list view's filter menu prints the label stored in the view configuration, but formats a
 * label given as a message (Filters.mjs `resolveLabel`). This hook
 * (Admin/CM/pages/ListView/inject-in-filters) names the report's and the agency's fields by the
 * same ids as their column headers and edit-view labels.
 */
export const filterLabels = ({ displayedFilters, layout }: ListFilters): ListFilters => {
  const contentType = contentTypeByDisplayName(layout.settings?.displayName);
  if (!contentType) return { displayedFilters, layout };
  return {
    displayedFilters: displayedFilters.map((filter) =>
      typeof filter.label === 'string' && contentType.fields[filter.name]
        ? {
            ...filter,
            label: {
              id: contentTypeLabelId(contentType.uid, filter.name),
              defaultMessage: filter.label || contentType.fields[filter.name].label.en,
            },
          }
        : filter,
    ),
    layout,
  };
};
