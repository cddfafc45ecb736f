// The one error a package is refused with: its message says what is wrong, for the user.

/** A package (or a cached copy of one) that is refused; `message` says why. */
export class PackageError extends Error {
  override name = 'PackageError';
}
