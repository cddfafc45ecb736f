// The shop: the cart, the orders and the delivery place live in globalData, shared by every page.
App({
  globalData: { cart: [], orders: [], deliverTo: null },
  onLaunch() {
    console.log('app onLaunch');
  },
  addToCart(product) {
    const line = this.globalData.cart.find((l) => l.id === product.id);
    if (line) line.quantity += 1;
    else this.globalData.cart.push({ id: product.id, name: product.name, price: product.price, quantity: 1 });
  },
  /** The cart, paid as the server's order `orderId`, becomes an order; the cart is emptied. */
  placeOrder(orderId) {
    const order = { id: this.globalData.orders.length + 1, orderId, lines: this.globalData.cart.slice(), deliverTo: this.globalData.deliverTo };
    this.globalData.orders.push(order);
    this.globalData.cart = [];
    return order;
  },
});
