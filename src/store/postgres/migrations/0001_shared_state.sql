-- Slack state and feedback, shared by every server on this database.
-- Times are epoch milliseconds from the server's clock (as in the SQLite state file).

CREATE TABLE IF NOT EXISTS slack_deliveries (
  key text PRIMARY KEY,
  at bigint NOT NULL
);
CREATE INDEX IF NOT EXISTS slack_deliveries_at ON slack_deliveries (at);

CREATE TABLE IF NOT EXISTS slack_threads (
  channel text NOT NULL,
  thread_ts text NOT NULL,
  at bigint NOT NULL,
  PRIMARY KEY (channel, thread_ts)
);
CREATE INDEX IF NOT EXISTS slack_threads_at ON slack_threads (at);

CREATE TABLE IF NOT EXISTS slack_answers (
  id text PRIMARY KEY,
  at bigint NOT NULL,
  record jsonb NOT NULL
);
CREATE INDEX IF NOT EXISTS slack_answers_at ON slack_answers (at);

-- One verdict per person per answer: a second click replaces the first.
CREATE TABLE IF NOT EXISTS feedback (
  id bigserial PRIMARY KEY,
  answer_key text NOT NULL,
  user_id text NOT NULL,
  at timestamptz NOT NULL,
  verdict text NOT NULL CHECK (verdict IN ('up', 'down')),
  channel text,
  message_ts text,
  answer_id text,
  question text,
  answer text,
  citations jsonb NOT NULL,
  UNIQUE (answer_key, user_id)
);
CREATE INDEX IF NOT EXISTS feedback_at ON feedback (at);
