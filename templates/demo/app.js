App({
  globalData: {
    launchedAt: 0,
  },
  onLaunch(options) {
    this.globalData.launchedAt = Date.now();
    console.log('demo launched at', options.path);
  },
});
