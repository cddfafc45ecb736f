// The cart, in TypeScript: what globalData holds, shown each time the tab is shown. Checking out
// signs in (wx.login), has the shop's server create the order, and pays it (wx.requestPayment).
import { formatPrice, total } from '../../utils/price';

const server = require('../../utils/server');

interface CartLine {
  id: number;
  name: string;
  price: number;
  quantity: number;
}

interface Place {
  name: string;
  address: string;
}

interface ShopApp {
  globalData: { cart: CartLine[]; deliverTo: Place | null };
  placeOrder(orderId: string): { id: number };
}

Page({
  data: { lines: [] as (CartLine & { amount: string })[], total: formatPrice(0), deliverTo: '', paying: false, status: '' },
  onLoad() {
    console.log('cart onLoad');
  },
  onShow() {
    console.log('cart onShow');
    this.refresh();
  },
  onHide() {
    console.log('cart onHide');
  },
  refresh() {
    const { cart, deliverTo } = getApp<ShopApp>().globalData;
    this.setData({
      lines: cart.map((line) => ({ ...line, amount: formatPrice(line.price * line.quantity) })),
      total: formatPrice(total(cart)),
      deliverTo: deliverTo === null ? '' : deliverTo.name,
    });
  },
  chooseDelivery() {
    wx.chooseLocation({
      success: (place) => {
        getApp<ShopApp>().globalData.deliverTo = { name: place.name, address: place.address };
        this.refresh();
      },
      fail: (error) => {
        if (!error.errMsg.endsWith('cancel')) this.setData({ status: `No place chosen: ${error.errMsg}` });
      },
    });
  },
  async checkout() {
    const app = getApp<ShopApp>();
    const cart = app.globalData.cart;
    if (cart.length === 0 || this.data.paying) return;
    const count = cart.reduce((n, line) => n + line.quantity, 0);
    this.setData({ paying: true, status: '' });
    try {
      const order = await server.call('POST', '/orders', { amount: total(cart), description: `Tea, ${count} item(s)` });
      await wx.requestPayment(order.payment);
      const placed = app.placeOrder(order.orderId);
      wx.showToast({ title: `Order ${placed.id} paid`, icon: 'success' });
    } catch (error) {
      const message = (error as { errMsg?: string }).errMsg ?? String(error);
      if (message.endsWith(':fail cancel')) wx.showToast({ title: 'Payment cancelled', icon: 'none' });
      else this.setData({ status: `Could not pay: ${message}` });
    }
    this.setData({ paying: false });
    this.refresh();
  },
  orders() {
    wx.navigateTo({ url: '/account/pages/orders/orders' });
  },
});
