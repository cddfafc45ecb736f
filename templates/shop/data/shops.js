// Where the shop's tea houses are (CommonJS).
module.exports = [
  { name: 'Qianmen tea house', latitude: 39.8995, longitude: 116.3980 },
  { name: 'Houhai tea house', latitude: 39.9413, longitude: 116.3809 },
  { name: 'Sanlitun tea house', latitude: 39.9335, longitude: 116.4540 },
];
