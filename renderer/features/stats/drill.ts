/** What a click on a figure opens: the figure's name and the cases behind it. */
export type Drill = { title: string; caseIds: readonly string[] };
export type OnDrill = (d: Drill) => void;
