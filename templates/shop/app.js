// The shop: the cart lives in globalData, shared by every page.
App({
  globalData: { cart: [], orders: [] },
  onLaunch() {
    console.log('app onLaunch');
  },
  addToCart(product) {
    const line = this.globalData.cart.find((l) => l.id === product.id);
    if (line) line.quantity += 1;
    else this.globalData.cart.push({ id: product.id, name: product.name, price: product.price, quantity: 1 });
  },
  checkout() {
    const cart = this.globalData.cart;
    if (cart.length === 0) return null;
    const order = { id: this.globalData.orders.length + 1, lines: cart.slice() };
    this.globalData.orders.push(order);
    this.globalData.cart = [];
    return order;
  },
});
