// Counts visits in storage (kept by the host between runs) and asks for the user's location.
Page({
  data: { visits: 0, place: '' },
  onLoad() {
    const visits = (wx.getStorageSync('visits') || 0) + 1;
    wx.setStorageSync('visits', visits);
    this.setData({ visits });
  },
  locate() {
    wx.getLocation({
      type: 'gcj02',
      success: ({ latitude, longitude }) => this.setData({ place: `${latitude.toFixed(4)}, ${longitude.toFixed(4)}` }),
      fail: ({ errMsg }) => this.setData({ place: errMsg }),
    });
  },
});
