/**
 * Error classes thrown by messaging-api-line.
 *
 * Every error extends {@link LineError}. None of them ever holds the access token, the channel secret
 * or any other credential: not in the message, not in a property, not in `util.inspect` output and not in
 * `JSON.stringify(error)`.
 *
 * @packageDocumentation
 */

/**
 * Base class of every error this library throws.
 */
export class LineError extends Error {
  /**
   * @param message - what happened, in a sentence a user can act on
   * @param options - standard `ErrorOptions` (`cause`)
   */
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    Object.defineProperty(this, 'name', { value: new.target.name, enumerable: false, configurable: true, writable: true });
  }

  /**
   * A plain, credential-free view of the error for `JSON.stringify`.
   *
   * @returns the error's name, message and own enumerable properties
   */
  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message, ...this };
  }
}
