const { formatPrice } = require('../../utils/price');

Page({
  data: { product: null, price: '' },
  onLoad(query) {
    console.log(`detail onLoad ${query.id}`);
    this.channel = this.getOpenerEventChannel();
    this.channel.on('product', (product) => {
      this.setData({ product, price: formatPrice(product.price) });
      wx.setNavigationBarTitle({ title: product.name });
    });
  },
  onUnload() {
    console.log('detail onUnload');
  },
  add() {
    getApp().addToCart(this.data.product);
    this.channel.emit('added', this.data.product.name);
    wx.navigateBack();
  },
});
