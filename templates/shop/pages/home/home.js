const products = require('../../data/products');
const { formatPrice } = require('../../utils/price');

Page({
  data: { products: [], added: '' },
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
});
