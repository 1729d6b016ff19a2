/**
 * Strapi 5.54 announces its new media library in a banner over every page, with links to its
 * documentation and blog, and has no flag for it: it shows until a user closes it, remembered in
 * local storage under a key per media-library mode and per installation (the uuid /admin/init
 * answers; `undefined` while that answer is on its way). Marking it closed in advance keeps a
 * government office's admin free of outside announcements without touching Strapi's code.
 */
export const bannerKeys = (uuid: string | false | undefined) =>
  [true, false].flatMap((legacy) =>
    [uuid, undefined].map(
      (scope) => `STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_${legacy}:${scope}`,
    ),
  );

export const dismissBanner = (
  storage: Pick<Storage, 'setItem'>,
  uuid: string | false | undefined,
) => {
  for (const key of bannerKeys(uuid)) storage.setItem(key, 'true');
};

/** Reads the installation's uuid (public, as the login page needs it) and marks the banner closed. */
export const dismissMediaLibraryBanner = async (backendURL: string, storage: Storage) => {
  try {
    const response = await fetch(`${backendURL}/admin/init`);
    const { data } = (await response.json()) as { data?: { uuid?: string | false } };
    dismissBanner(storage, data?.uuid);
  } catch {
    // Without the uuid the banner shows until closed, as Strapi has it.
    dismissBanner(storage, undefined);
  }
};
