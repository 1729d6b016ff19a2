// The admin speaks Simplified Chinese to the offices that write the reports; English stays available.
export default {
  config: {
    locales: ['zh-Hans'],
    // A government network stays closed: no release check against api.github.com from the browser.
    notifications: { releases: false },
  },
};
