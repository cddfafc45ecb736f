// Prices are kept in fen; shown in yuan. An ES module: the compiler turns it into CommonJS.
export function formatPrice(fen) {
  return `¥${(fen / 100).toFixed(2)}`;
}

export function total(lines) {
  return lines.reduce((sum, line) => sum + line.price * line.quantity, 0);
}
