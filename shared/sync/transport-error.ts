/** A network or server failure that says nothing about the request's fate: retry later. */
export class TransportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TransportError';
  }
}
