// The app: created once, before the first page. Data every page shares goes in globalData.
App({
  globalData: {},
  onLaunch(options) {
    console.log('launched at', options.path);
  },
});
