// From an address to the launch of createMiniApp: the page it names, its query (the page's
// onLoad query and the launch options' `query`) and the scene, as a launch from a QR code is in WeChat.
import { AddressError, parseAddress, sameAppId, type MiniAppAddress } from './address.js';

/** WeChat's scene values for a launch from a code or a link (wx.getLaunchOptionsSync().scene). */
export const LaunchScene = {
  /** A QR code scanned with the camera. */
  QrCode: 1011,
  /** A QR code recognised in an image (a long press). */
  QrCodeInImage: 1012,
  /** A QR code in a picture chosen from the album. */
  QrCodeFromAlbum: 1013,
  /** A link to the mini-program opened from outside (WeChat's "URL scheme"). */
  UrlScheme: 1065,
} as const;

/** What createMiniApp's `launch` takes: no `path` opens the entry page. */
export interface AddressLaunch {
  path?: string;
  query: Record<string, string>;
  scene: number;
}

/**
 * The launch an address asks of the app `appId`: its page (the entry page when it names none)
 * and query, with `scene` (a scanned QR code by default). Throws an AddressError when the
 * address is not one or names another app. A page the app does not have is left to the app
 * (App.onPageNotFound), as in WeChat.
 */
export function launchFromAddress(address: string | MiniAppAddress, appId: string, scene: number = LaunchScene.QrCode): AddressLaunch {
  const parsed = typeof address === 'string' ? parseAddress(address) : address;
  if (!sameAppId(parsed.appId, appId)) throw new AddressError(`the address names the app "${parsed.appId}", not this one ("${appId}")`);
  return { ...(parsed.path === '' ? {} : { path: parsed.path }), query: { ...parsed.query }, scene };
}
