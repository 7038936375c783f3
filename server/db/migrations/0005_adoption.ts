/**
 * Adoption of refused mutations (sync §2.10): a mutation refused as not_authorized is kept in
 * mutation_outcomes with its args and author; a director of the office may adopt it, which links it to the
 * new mutation that carries it. `version` records the args' version (rows before this migration are all
 * version 1, the only version there was), so the args can be upcast when adopted. Additive only.
 */
export const up = `
ALTER TABLE mutation_outcomes ADD COLUMN version int;
ALTER TABLE mutation_outcomes ADD COLUMN adopted_by text;
ALTER TABLE mutation_outcomes ADD COLUMN adopted_at timestamptz;
ALTER TABLE mutation_outcomes ADD COLUMN adopt_reason text;
ALTER TABLE mutation_outcomes ADD COLUMN adopted_client_id text;
ALTER TABLE mutation_outcomes ADD COLUMN adopted_mutation_id bigint;
CREATE INDEX mutation_outcomes_not_authorized ON mutation_outcomes (client_id, at)
  WHERE outcome = 'rejected' AND code = 'not_authorized';
`;
