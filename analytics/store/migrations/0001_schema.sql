-- Otzvuk schema: one table per record kind of METHODOLOGY.md, plus the import log and quarantine.
-- Codes (channel, respondent_group, kind…) are stable English codes; the UI translates them.
-- channel:          counter | post | email | ssev | portal | phone | other
-- respondent_group: citizen | ngo | business
-- Every record carries import_id: which import (or the demo generator) brought it in.

CREATE SEQUENCE import_id_seq START 1;

CREATE TABLE import_log (
    import_id     BIGINT PRIMARY KEY,
    file_name     VARCHAR NOT NULL,
    sha256        VARCHAR NOT NULL,
    profile       VARCHAR NOT NULL,
    record_kind   VARCHAR NOT NULL,
    rows_read     BIGINT NOT NULL DEFAULT 0,
    rows_accepted BIGINT NOT NULL DEFAULT 0,
    rows_rejected BIGINT NOT NULL DEFAULT 0,
    rows_duplicate BIGINT NOT NULL DEFAULT 0,
    rows_replaced BIGINT NOT NULL DEFAULT 0,
    pii_masked    BIGINT NOT NULL DEFAULT 0,
    is_demo       BOOLEAN NOT NULL DEFAULT false,
    started_at    TIMESTAMPTZ NOT NULL,
    finished_at   TIMESTAMPTZ
);

CREATE TABLE quarantine (
    import_id   BIGINT NOT NULL,
    file_name   VARCHAR NOT NULL,
    row_number  BIGINT NOT NULL,
    column_name VARCHAR,
    value       VARCHAR,
    reason_bg   VARCHAR NOT NULL,
    reason_en   VARCHAR NOT NULL
);

CREATE TABLE departments (
    code        VARCHAR PRIMARY KEY,
    name        VARCHAR NOT NULL,
    parent_code VARCHAR,
    kind        VARCHAR NOT NULL DEFAULT 'specialised', -- general | specialised | mayoralty | front_office
    import_id   BIGINT
);

CREATE TABLE services (
    code                VARCHAR PRIMARY KEY,  -- ИИСДА number where there is one
    name                VARCHAR NOT NULL,
    service_group       VARCHAR,
    department_code     VARCHAR NOT NULL,
    deadline_ordinary_days INTEGER,
    deadline_fast_days     INTEGER,
    deadline_express_days  INTEGER,
    electronic          BOOLEAN NOT NULL DEFAULT false,
    import_id           BIGINT
);

CREATE TABLE service_requests (
    id               VARCHAR PRIMARY KEY,
    service_code     VARCHAR,
    department_code  VARCHAR NOT NULL,
    channel          VARCHAR,
    respondent_group VARCHAR,
    tier             VARCHAR,          -- ordinary | fast | express
    submitted_at     TIMESTAMP NOT NULL,
    due_date         DATE,
    completed_at     TIMESTAMP,
    cancelled_at     TIMESTAMP,
    status           VARCHAR,          -- open | completed | cancelled | refused
    waiting_minutes  DOUBLE,
    import_id        BIGINT NOT NULL
);

CREATE TABLE survey_responses (
    id               VARCHAR PRIMARY KEY,
    survey_id        VARCHAR NOT NULL,
    response_date    DATE NOT NULL,
    department_code  VARCHAR NOT NULL,
    service_code     VARCHAR,
    channel          VARCHAR,
    respondent_group VARCHAR,
    recommend_score  INTEGER,          -- 0–10, NULL when not asked or not answered
    waiting_minutes  DOUBLE,
    comment          VARCHAR,
    import_id        BIGINT NOT NULL
);

-- Item ratings in long form; "don't know" codes never reach this table.
CREATE TABLE survey_ratings (
    response_id VARCHAR NOT NULL,
    item        VARCHAR NOT NULL,      -- overall | timeliness | accessibility | competence | courtesy | fairness | outcome | …
    rating      DOUBLE NOT NULL,
    scale_min   DOUBLE NOT NULL DEFAULT 1,
    scale_max   DOUBLE NOT NULL DEFAULT 5,
    import_id   BIGINT NOT NULL,
    PRIMARY KEY (response_id, item)
);

CREATE TABLE feedback_cards (
    id              VARCHAR PRIMARY KEY,
    card_date       DATE NOT NULL,
    department_code VARCHAR NOT NULL,
    source          VARCHAR,           -- box | tablet | online
    rating          INTEGER,           -- 1–5
    kind            VARCHAR,           -- praise | complaint | proposal | other
    text            VARCHAR,
    import_id       BIGINT NOT NULL
);

CREATE TABLE signals (
    id               VARCHAR PRIMARY KEY,
    received_date    DATE NOT NULL,
    kind             VARCHAR NOT NULL, -- signal | proposal | complaint | praise
    channel          VARCHAR,
    department_code  VARCHAR NOT NULL,
    service_code     VARCHAR,
    respondent_group VARCHAR,
    anonymous        BOOLEAN NOT NULL DEFAULT false,
    deadline_days    INTEGER NOT NULL DEFAULT 60,
    decided_date     DATE,
    notified_date    DATE,
    outcome          VARCHAR,          -- upheld | partly_upheld | rejected | not_processed
    implemented      BOOLEAN,
    action           VARCHAR,
    import_id        BIGINT NOT NULL
);

CREATE TABLE mystery_visits (
    id              VARCHAR PRIMARY KEY,
    visit_date      DATE NOT NULL,
    department_code VARCHAR NOT NULL,
    channel         VARCHAR,
    service_code    VARCHAR,
    import_id       BIGINT NOT NULL
);

CREATE TABLE mystery_items (
    visit_id   VARCHAR NOT NULL,
    criterion  VARCHAR NOT NULL,
    standard   VARCHAR,
    points     DOUBLE NOT NULL,
    max_points DOUBLE NOT NULL,
    passed     BOOLEAN NOT NULL,
    import_id  BIGINT NOT NULL,
    PRIMARY KEY (visit_id, criterion)
);

CREATE TABLE consultations (
    id                     VARCHAR PRIMARY KEY,
    title                  VARCHAR NOT NULL,
    department_code        VARCHAR NOT NULL,
    start_date             DATE NOT NULL,
    end_date               DATE,
    format                 VARCHAR,    -- online | meeting | written | focus_group
    participants           INTEGER NOT NULL DEFAULT 0,
    ngo_participants       INTEGER NOT NULL DEFAULT 0,
    business_participants  INTEGER NOT NULL DEFAULT 0,
    proposals_submitted    INTEGER NOT NULL DEFAULT 0,
    proposals_accepted     INTEGER NOT NULL DEFAULT 0,
    import_id              BIGINT NOT NULL
);

-- Small key/value facts about the database itself (e.g. that it holds the demo municipality).
CREATE TABLE app_meta (
    key   VARCHAR PRIMARY KEY,
    value VARCHAR NOT NULL
);
