// The admin speaks Simplified Chinese to the offices that write the reports; English stays available.
export default {
  config: {
    locales: ['zh-Hans'],
  },
};
