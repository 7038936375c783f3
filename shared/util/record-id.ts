import { COMPACT_ID_RE } from './compact-id';
import { UUID_RE } from './uuid';

/**
 * Whether text is a record id in one of the two forms the app stores: a UUID (every id made before schema 19,
 * kept as it is) or a compact id (made since). No other text names a record, so a typo or a stray value is
 * refused at the boundary whichever form it imitates.
 */
export const isRecordId = (text: string): boolean => COMPACT_ID_RE.test(text) || UUID_RE.test(text);
