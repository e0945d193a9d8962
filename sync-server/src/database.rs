//! The server's one SQLite file in its data directory: document chunks,
//! accounts, teams, tokens and document ownership, each in its own table.
//! Every process (the server, an admin command run beside it) opens it the
//! same way: WAL so readers never wait for the writer, `synchronous=FULL` so
//! a committed write survives a power cut.

use std::{path::Path, time::Duration};

use rusqlite::Connection;

/// The name of the SQLite file inside the data directory.
pub const FILE_NAME: &str = "fieldbook-sync.sqlite";

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS chunks (
    key TEXT PRIMARY KEY NOT NULL,
    data BLOB NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS users (
    name TEXT PRIMARY KEY NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('manager', 'lead', 'admin'))
);
CREATE TABLE IF NOT EXISTS teams (
    name TEXT PRIMARY KEY NOT NULL,
    lead TEXT NOT NULL REFERENCES users(name)
);
CREATE TABLE IF NOT EXISTS team_members (
    team TEXT NOT NULL REFERENCES teams(name),
    member TEXT NOT NULL REFERENCES users(name),
    PRIMARY KEY (team, member)
);
CREATE TABLE IF NOT EXISTS tokens (
    id TEXT PRIMARY KEY NOT NULL,
    hash BLOB NOT NULL UNIQUE,
    user TEXT NOT NULL REFERENCES users(name),
    revoked INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY NOT NULL,
    owner TEXT NOT NULL REFERENCES users(name)
);
CREATE TABLE IF NOT EXISTS accounts_version (
    version INTEGER NOT NULL
);
INSERT INTO accounts_version (version) SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM accounts_version);
";

/// The tables whose changes can change who may sync what.
const ACCOUNT_TABLES: [&str; 5] = ["users", "teams", "team_members", "tokens", "documents"];

/// Opens (creating if needed) the server's SQLite file in `data_dir`, which
/// must exist, and makes sure every table is there.
pub fn open(data_dir: &Path) -> Result<Connection, rusqlite::Error> {
    let connection = Connection::open(data_dir.join(FILE_NAME))?;
    // Admin commands and the server write the same file: wait for each other.
    connection.busy_timeout(Duration::from_secs(5))?;
    connection.pragma_update_and_check(None, "journal_mode", "WAL", |row| row.get::<_, String>(0))?;
    connection.pragma_update(None, "synchronous", "FULL")?;
    connection.pragma_update(None, "foreign_keys", "ON")?;
    connection.execute_batch(SCHEMA)?;
    // Every change to an account table bumps `accounts_version`, so a running
    // server notices what an admin command changed by reading one number.
    for table in ACCOUNT_TABLES {
        for event in ["INSERT", "UPDATE", "DELETE"] {
            connection.execute_batch(&format!(
                "CREATE TRIGGER IF NOT EXISTS {table}_{event}_bumps_version AFTER {event} ON {table}
                 BEGIN UPDATE accounts_version SET version = version + 1; END;",
                event = event.to_lowercase()
            ))?;
        }
    }
    Ok(connection)
}

/// The current value of the counter that every account change bumps.
pub fn accounts_version(connection: &Connection) -> Result<i64, rusqlite::Error> {
    connection.query_row("SELECT version FROM accounts_version", [], |row| row.get(0))
}
