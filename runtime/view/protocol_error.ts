// The error the render layer throws for an operation it refuses (spec/protocol.md, "DOM operations").

/** Thrown when a batch holds an operation the render layer refuses. */
export class ProtocolError extends Error {
  override name = 'ProtocolError';
}
