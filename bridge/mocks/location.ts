// A mock location and map service: a fixed position, a place the "user" picks on the map and a
// delivery address. It stands in for the device's location and a map service, which are not on
// this machine; a real provider serves the same handlers.
import type { ApiHandler } from '../handler.js';
import type { JsonObject } from '../protocol.js';

export interface MockLocationOptions {
  latitude?: number;
  longitude?: number;
  /** What chooseLocation answers. */
  place?: { name: string; address: string; latitude: number; longitude: number };
  /** What chooseAddress answers. */
  address?: JsonObject;
  /** Receives what openLocation was asked to show. */
  onOpen?: (place: JsonObject) => void;
}

export class MockLocationProvider {
  constructor(private readonly options: MockLocationOptions = {}) {}

  /** Handlers for getLocation, chooseLocation, openLocation and chooseAddress. */
  handlers(): Record<string, ApiHandler> {
    const latitude = this.options.latitude ?? 39.9087;
    const longitude = this.options.longitude ?? 116.3975;
    return {
      getLocation: (args) => ({
        latitude,
        longitude,
        speed: -1,
        accuracy: 65,
        altitude: args.altitude ? 44 : 0,
        verticalAccuracy: args.altitude ? 10 : 0,
        horizontalAccuracy: 65,
      }),
      chooseLocation: () => this.options.place ?? { name: 'Tiananmen Square', address: 'Dongcheng, Beijing', latitude, longitude },
      openLocation: (args) => {
        this.options.onOpen?.(args);
      },
      chooseAddress: () =>
        this.options.address ?? {
          userName: 'Zhang San',
          postalCode: '100000',
          provinceName: '北京市',
          cityName: '北京市',
          countyName: '东城区',
          streetName: '',
          detailInfo: '东长安街 1 号',
          nationalCode: '110101',
          telNumber: '13800000000',
        },
    };
  }
}
