// Location: the user's place, choosing and showing places, the delivery address. WeChat requires
// these to be listed in app.json's requiredPrivateInfos, and scope.userLocation's purpose in
// app.json's permission.
import { api, type ApiEntry } from './entry.js';

const latitude = { schema: { type: 'number', min: -90, max: 90 } } as const;
const longitude = { schema: { type: 'number', min: -180, max: 180 } } as const;

export const locationApis: ApiEntry[] = [
  api({
    name: 'getLocation',
    sync: false,
    params: {
      type: { schema: { type: 'string', enum: ['wgs84', 'gcj02'] }, default: 'wgs84' },
      altitude: { schema: { type: 'boolean' }, default: false },
      isHighAccuracy: { schema: { type: 'boolean' }, default: false },
      highAccuracyExpireTime: { schema: { type: 'number', min: 0 } },
    },
    scope: 'scope.userLocation',
    privacy: 'location',
    requiredPrivateInfo: true,
    doc: '`latitude`, `longitude`, `speed`, `accuracy`, … from the host\'s location provider',
  }),
  api({
    name: 'chooseLocation',
    sync: false,
    params: { latitude, longitude },
    privacy: 'location',
    requiredPrivateInfo: true,
    doc: 'the user picks a place on the host\'s map: `name`, `address`, `latitude`, `longitude`',
  }),
  api({
    name: 'openLocation',
    sync: false,
    params: {
      latitude: { ...latitude, required: true },
      longitude: { ...longitude, required: true },
      scale: { schema: { type: 'number', min: 5, max: 18 }, default: 18 },
      name: { schema: { type: 'string' } },
      address: { schema: { type: 'string' } },
    },
    doc: 'the host shows a place on its map',
  }),
  api({
    name: 'chooseAddress',
    sync: false,
    params: {},
    privacy: 'address',
    requiredPrivateInfo: true,
    doc: 'the user picks a delivery address: `userName`, `telNumber`, `provinceName`, …',
  }),
];
