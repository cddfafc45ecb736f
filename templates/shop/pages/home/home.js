const products = require('../../data/products');
const { formatPrice } = require('../../utils/price');
const shops = require('../../data/shops');
const { distance, formatDistance } = require('../../utils/distance');

Page({
  data: { products: [], added: '', nearest: '' },
  onLoad() {
    console.log('home onLoad');
    this.setData({ products: products.map((p) => ({ ...p, price: formatPrice(p.price) })) });
  },
  onShow() {
    console.log('home onShow');
  },
  onHide() {
    console.log('home onHide');
  },
  open(event) {
    const product = products.find((p) => p.id === event.currentTarget.dataset.id);
    wx.navigateTo({
      url: `/pages/detail/detail?id=${product.id}`,
      events: {
        // The detail page tells what was added to the cart.
        added: (name) => this.setData({ added: `Added ${name}` }),
      },
      success: (res) => res.eventChannel.emit('product', product),
    });
  },
  findNearest() {
    wx.getLocation({
      type: 'gcj02',
      success: (here) => {
        const nearest = shops.map((shop) => ({ shop, metres: distance(here, shop) })).sort((a, b) => a.metres - b.metres)[0];
        this.setData({ nearest: `${nearest.shop.name}, ${formatDistance(nearest.metres)} away` });
      },
      fail: (error) => {
        this.setData({ nearest: error.errMsg.includes('auth deny') ? 'Allow location in the settings to find a tea house' : `No location: ${error.errMsg}` });
      },
    });
  },
});
