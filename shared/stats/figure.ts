/** One figure of the table: its value and the cases behind it (the drill-down list). For most figures the value
 * is the number of cases; for 劳动者当事人数 it is people and for 涉案金额 fen, so it is kept apart from the ids. */
export type Figure = { readonly value: number; readonly caseIds: readonly string[] };

/** A figure being collected during the single pass over the records. */
export class FigureBuilder {
  value = 0;
  readonly caseIds: string[] = [];
  add(id: string, by = 1): void {
    this.value += by;
    this.caseIds.push(id);
  }
  done(): Figure {
    return { value: this.value, caseIds: this.caseIds };
  }
}
