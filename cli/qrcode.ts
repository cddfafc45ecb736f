// `miniapp qrcode <address> [--png file] [--svg file]`: prints the address's QR code in the
// terminal (black on white whatever the terminal's colours: they are the code, not decoration)
// and writes it as PNG or SVG too when asked.
import { writeFileSync } from 'node:fs';
import { AddressError, parseAddress } from '../launch/address/address.js';
import { qrPng, qrSvg, qrTerminal, type QrOptions } from '../launch/address/qr_code.js';

export interface QrCodeArgs {
  address: string;
  png?: string;
  svg?: string;
  errorCorrection: NonNullable<QrOptions['errorCorrectionLevel']>;
}

export async function qrcode(args: QrCodeArgs): Promise<number> {
  try {
    parseAddress(args.address);
  } catch (error) {
    if (!(error instanceof AddressError)) throw error;
    process.stderr.write(`miniapp: ${error.message}\n`);
    return 1;
  }
  const options: QrOptions = { errorCorrectionLevel: args.errorCorrection };
  process.stdout.write(qrTerminal(args.address, options));
  process.stdout.write(`${args.address}\n`);
  try {
    if (args.png !== undefined) writeFileSync(args.png, await qrPng(args.address, options));
    if (args.svg !== undefined) writeFileSync(args.svg, await qrSvg(args.address, options));
  } catch (error) {
    process.stderr.write(`miniapp: could not write the QR code: ${(error as Error).message}\n`);
    return 1;
  }
  return 0;
}
