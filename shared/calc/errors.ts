// Invalid input to a calculator is an error, never silently corrected (reference, Decisions §5 and the
// calc brief): a wrong figure in an award is worse than a refused calculation. `field` is the input's
// property path (e.g. 'endDate', 'months[2].paidFen') so a form can mark the field; the message is
// Chinese and names the field.

/** Thrown by every calculator in shared/calc for an input it cannot use. */
export class CalcInputError extends Error {
  /** Property path of the offending input, e.g. 'startDate' or 'items[0].amountFen'. */
  readonly field: string;

  constructor(field: string, message: string) {
    super(message);
    this.name = 'CalcInputError';
    this.field = field;
  }
}
