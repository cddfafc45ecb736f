// The error for a message from the framework that is not one the protocol has.

/** Thrown (into QuickJS) for a message that is not a FrameworkMessage. */
export class MalformedMessage extends TypeError {
  override name = 'TypeError';
}
