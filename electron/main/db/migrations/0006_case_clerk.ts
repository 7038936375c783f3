/**
 * The 书记员 assigned to a case (reference §5.1 rows 19, 24, 25, 31: awards, 调解书, 决定书 and the file cover name the
 * clerk). Documents print this person, never whoever generates them; `case.assignClerk` writes it with audit.
 */
export const up = `
ALTER TABLE cases ADD COLUMN clerk_id TEXT REFERENCES staff(id);
CREATE INDEX idx_cases_clerk_id ON cases (clerk_id) WHERE deleted_at IS NULL;
`;
