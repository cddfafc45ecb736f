// The first page. `data` is what the template shows; setData changes it and the page follows.
Page({
  data: {
    greeting: 'Hello, mini-program',
    taps: 0,
  },

  onLoad(query) {
    if (query.name) this.setData({ greeting: `Hello, ${query.name}` });
  },

  onTap() {
    this.setData({ taps: this.data.taps + 1 });
  },
});
