// Ed25519 signatures of packages (node:crypto): the signer signs the package's digest with a
// fixed prefix naming this use, and the host checks it with a public key it trusts. Keys are
// read from PEM (a PKCS #8 private key, an SPKI public key), as `openssl genpkey -algorithm
// ed25519` and node:crypto write them.
import { createPrivateKey, createPublicKey, KeyObject, sign, verify } from 'node:crypto';
import { PackageError } from './package_error.js';

const PREFIX = new TextEncoder().encode('miniapp package digest v1\0');

/** What is signed: the prefix, then the digest. */
function message(digest: Uint8Array): Uint8Array {
  const out = new Uint8Array(PREFIX.length + digest.length);
  out.set(PREFIX, 0);
  out.set(digest, PREFIX.length);
  return out;
}

/** A key for signing or checking packages: a KeyObject, or PEM text. */
export type KeyInput = KeyObject | string | Buffer;

function ed25519(key: KeyObject, what: string): KeyObject {
  if (key.asymmetricKeyType !== 'ed25519') throw new PackageError(`the ${what} is a ${key.asymmetricKeyType ?? key.type} key, not an Ed25519 one`);
  return key;
}

/** Reads a private key for signing. */
export function privateKey(input: KeyInput): KeyObject {
  if (input instanceof KeyObject) return ed25519(input, 'signing key');
  try {
    return ed25519(createPrivateKey(input), 'signing key');
  } catch (error) {
    if (error instanceof PackageError) throw error;
    throw new PackageError(`the signing key is not a PEM private key (${(error as Error).message})`);
  }
}

/** Reads a public key the host trusts (a private key gives its public half). */
export function publicKey(input: KeyInput): KeyObject {
  if (input instanceof KeyObject) return ed25519(input.type === 'private' ? createPublicKey(input) : input, 'trusted key');
  try {
    return ed25519(createPublicKey(input), 'trusted key');
  } catch (error) {
    if (error instanceof PackageError) throw error;
    throw new PackageError(`the trusted key is not a PEM public key (${(error as Error).message})`);
  }
}

/** The 32 bytes of an Ed25519 public key. */
export function rawPublicKey(key: KeyObject): Uint8Array {
  const der = key.type === 'private' ? createPublicKey(key).export({ type: 'spki', format: 'der' }) : key.export({ type: 'spki', format: 'der' });
  return new Uint8Array(der.subarray(der.length - 32));
}

export function signDigest(digest: Uint8Array, key: KeyObject): Uint8Array {
  return new Uint8Array(sign(null, message(digest), key));
}

export function verifyDigest(digest: Uint8Array, signature: Uint8Array, key: KeyObject): boolean {
  try {
    return verify(null, message(digest), key, signature);
  } catch {
    // A signature of the wrong length is no signature.
    return false;
  }
}
