// Formatting helpers for the `explain` lines (internal).

import { formatFen } from '../format/money';
import { roundHalfUp } from './rounding';
import type { Rational } from './rational';

/** 900000 → '9,000.00 元'. */
export const fenText = (fen: number | bigint): string => `${formatFen(Number(fen))} 元`;

/** An exact fen fraction shown to the fen for display only: '51.72 元' or '约 51.72 元' when rounded. */
export const approxFenText = (fen: Rational): string => {
  const rounded = roundHalfUp(fen.n, fen.d);
  return fen.d === 1n ? fenText(rounded) : `约 ${fenText(rounded)}`;
};

/** '= 51.72 元' when exact, '≈ 51.72 元' when the fen fraction had to be rounded for display. */
export const equalsFen = (fen: Rational): string =>
  `${fen.d === 1n ? '=' : '≈'} ${fenText(roundHalfUp(fen.n, fen.d))}`;
