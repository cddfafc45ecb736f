// The catalogue (CommonJS).
module.exports = [
  { id: 1, name: 'Green tea', price: 1280, stock: 12, hot: true },
  { id: 2, name: 'Oolong', price: 2450, stock: 3, hot: false },
  { id: 3, name: 'Pu-erh', price: 6800, stock: 0, hot: true },
];
