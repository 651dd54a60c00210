-- The text of a signal, proposal, complaint or praise as the register holds it (its description),
-- beside the action taken: what people say is read from it.
ALTER TABLE signals ADD COLUMN text VARCHAR;
