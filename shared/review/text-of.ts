/** A JSON value read back from a stored payload as text: anything that is not a string reads as empty. */
export const textOf = (v: unknown): string => (typeof v === 'string' ? v : '');
