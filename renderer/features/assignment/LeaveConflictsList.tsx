import { conflictText, type LeaveConflict } from './leave-form';

type Props = { conflicts: readonly LeaveConflict[]; staffName: (id: string) => string };

/** Each case whose deadline falls while A角 and B角 are both away, with the proposed temporary cover. */
export function LeaveConflictsList({ conflicts, staffName }: Props) {
  return (
    <ul className="leave-conflicts-list">
      {conflicts.map((c) => (
        <li
          key={`${c.caseId}:${c.date}:${c.deadlineLabel}`}
          data-testid="leave-conflict"
          data-case-id={c.caseId}
        >
          {conflictText(c, staffName)}
        </li>
      ))}
    </ul>
  );
}
