// In the "account" subpackage: evaluated only when first opened.
Page({
  data: { orders: [] },
  onLoad() {
    console.log('orders onLoad');
    const orders = getApp().globalData.orders;
    this.setData({
      orders: orders.map((o) => ({
        id: o.id,
        count: o.lines.reduce((n, l) => n + l.quantity, 0),
        place: o.deliverTo ? `to ${o.deliverTo.name}` : 'to pick up',
      })),
    });
  },
});
