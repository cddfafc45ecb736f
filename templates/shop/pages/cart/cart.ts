// The cart, in TypeScript: what globalData holds, shown each time the tab is shown.
import { formatPrice, total } from '../../utils/price';

interface CartLine {
  id: number;
  name: string;
  price: number;
  quantity: number;
}

interface ShopApp {
  globalData: { cart: CartLine[] };
  checkout(): { id: number } | null;
}

Page({
  data: { lines: [] as (CartLine & { amount: string })[], total: formatPrice(0) },
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
    const cart = getApp<ShopApp>().globalData.cart;
    this.setData({ lines: cart.map((line) => ({ ...line, amount: formatPrice(line.price * line.quantity) })), total: formatPrice(total(cart)) });
  },
  checkout() {
    const order = getApp<ShopApp>().checkout();
    if (order === null) return;
    wx.showToast({ title: `Order ${order.id} placed`, icon: 'success' });
    this.refresh();
  },
  orders() {
    wx.navigateTo({ url: '/account/pages/orders/orders' });
  },
});
