/** What the Content Manager passes an edit-view panel about the document open in it. */
export interface PanelDocument {
  document?: { status?: string | null; publishedAt?: string | null } | null;
  meta?: { availableStatus?: Array<{ publishedAt?: string | null }> } | null;
}

/**
 * Whether the report has a published version, the only one its public outputs serve: the open
 * version is it, or the draft's status says one exists (modified: published, then changed), or
 * the other versions Strapi lists include one.
 */
export const hasPublishedVersion = ({ document, meta }: PanelDocument): boolean =>
  Boolean(document?.publishedAt) ||
  document?.status === 'published' ||
  document?.status === 'modified' ||
  (meta?.availableStatus ?? []).some((version) => Boolean(version.publishedAt));
