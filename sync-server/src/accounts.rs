//! Who may sync what: users and their roles, teams, bearer tokens and the
//! ownership of portfolio documents, kept in the server's SQLite file.
//!
//! A token is 256 random bits, shown once when issued and stored only as its
//! SHA-256 hash; its public id (the first 8 hex digits of that hash) is what
//! operators list and revoke. Access follows the roles: a manager reads and
//! writes the documents they own, a lead reads (never writes) the documents
//! of their teams' members, an admin manages accounts and reads nothing.

use std::{path::Path, str::FromStr, sync::Mutex};

use rand::RngCore;
use rusqlite::{Connection, OptionalExtension, params};
use samod::DocumentId;
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::database;

/// What a user is allowed to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Owns portfolio documents and reads and writes them.
    Manager,
    /// Reads the documents of their teams' members.
    Lead,
    /// Manages accounts; no access to portfolios.
    Admin,
}

impl Role {
    fn as_str(self) -> &'static str {
        match self {
            Role::Manager => "manager",
            Role::Lead => "lead",
            Role::Admin => "admin",
        }
    }
}

impl FromStr for Role {
    type Err = AccountsError;

    fn from_str(text: &str) -> Result<Role, AccountsError> {
        match text {
            "manager" => Ok(Role::Manager),
            "lead" => Ok(Role::Lead),
            "admin" => Ok(Role::Admin),
            other => Err(AccountsError::Corrupt(format!("unknown role {other:?} in the users table"))),
        }
    }
}

/// How a user may sync one document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Access {
    /// The owner: their changes are accepted.
    ReadWrite,
    /// A lead of the owner's team: they receive changes, theirs are ignored.
    ReadOnly,
}

/// The user behind a valid token.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Account {
    /// The user's name.
    pub user: String,
    /// The user's role.
    pub role: Role,
    /// The public id of the token they presented.
    pub token_id: String,
}

/// A document a user may sync, as `/api/me` lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DocumentGrant {
    /// The automerge-repo document id.
    pub id: String,
    /// The manager who owns it.
    pub owner: String,
    /// How this user may sync it.
    pub access: Access,
}

/// A registered document and its owner.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DocumentRecord {
    /// The automerge-repo document id.
    pub id: String,
    /// The manager who owns it.
    pub owner: String,
}

/// A freshly issued token: the secret is shown once and never stored.
#[derive(Debug)]
pub struct IssuedToken {
    /// The public id, for listing and revoking.
    pub id: String,
    /// The bearer secret the client sends.
    pub secret: String,
}

/// Why an accounts operation failed.
#[derive(Debug, thiserror::Error)]
pub enum AccountsError {
    /// Something the caller supplied is wrong; `argument` names it.
    #[error("{argument}: {message}")]
    Invalid {
        /// The argument or field at fault, as the caller knows it.
        argument: &'static str,
        /// What is wrong with it.
        message: String,
    },
    /// The document id is already registered (to this user or another).
    #[error("document {0} is already registered")]
    DocumentTaken(String),
    /// Only managers own portfolio documents.
    #[error("{user} is a {role}, and only a manager owns portfolio documents", role = role.as_str())]
    NotAManager {
        /// The user who tried.
        user: String,
        /// Their role.
        role: Role,
    },
    /// The database holds something this server never writes.
    #[error("the accounts database is inconsistent: {0}")]
    Corrupt(String),
    /// SQLite failed.
    #[error("the accounts database failed: {0}")]
    Database(#[from] rusqlite::Error),
}

impl AccountsError {
    /// Whether the caller's input is at fault (exit code 2, HTTP 4xx).
    pub fn is_bad_input(&self) -> bool {
        matches!(
            self,
            AccountsError::Invalid { .. } | AccountsError::DocumentTaken(_) | AccountsError::NotAManager { .. }
        )
    }

    fn invalid(argument: &'static str, message: impl Into<String>) -> AccountsError {
        AccountsError::Invalid { argument, message: message.into() }
    }
}

/// The accounts tables of one data directory.
pub struct Accounts {
    connection: Mutex<Connection>,
}

impl std::fmt::Debug for Accounts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Accounts").finish_non_exhaustive()
    }
}

impl Accounts {
    /// Opens the accounts of the data directory `data_dir` (which must exist).
    pub fn open(data_dir: &Path) -> Result<Accounts, AccountsError> {
        Ok(Accounts { connection: Mutex::new(database::open(data_dir)?) })
    }

    fn with<T>(&self, f: impl FnOnce(&mut Connection) -> Result<T, AccountsError>) -> Result<T, AccountsError> {
        // A panic while holding the lock cannot leave a half-done transaction behind.
        let mut connection = self.connection.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        f(&mut connection)
    }

    /// Adds the user `name` with `role`.
    pub fn add_user(&self, name: &str, role: Role) -> Result<(), AccountsError> {
        check_name("NAME", name)?;
        self.with(|db| {
            let added =
                db.execute("INSERT OR IGNORE INTO users (name, role) VALUES (?1, ?2)", params![name, role.as_str()])?;
            if added == 0 {
                return Err(AccountsError::invalid("NAME", format!("a user named {name} already exists")));
            }
            Ok(())
        })
    }

    /// Adds the team `team` led by the lead `lead`.
    pub fn add_team(&self, team: &str, lead: &str) -> Result<(), AccountsError> {
        check_name("TEAM", team)?;
        self.with(|db| {
            expect_role(db, "--lead", lead, Role::Lead)?;
            let added = db.execute("INSERT OR IGNORE INTO teams (name, lead) VALUES (?1, ?2)", params![team, lead])?;
            if added == 0 {
                return Err(AccountsError::invalid("TEAM", format!("a team named {team} already exists")));
            }
            Ok(())
        })
    }

    /// Adds the manager `member` to `team`; adding them twice changes nothing.
    pub fn add_member(&self, team: &str, member: &str) -> Result<(), AccountsError> {
        self.with(|db| {
            let known: Option<String> =
                db.query_row("SELECT name FROM teams WHERE name = ?1", [team], |row| row.get(0)).optional()?;
            if known.is_none() {
                return Err(AccountsError::invalid("TEAM", format!("there is no team named {team}")));
            }
            expect_role(db, "NAME", member, Role::Manager)?;
            db.execute("INSERT OR IGNORE INTO team_members (team, member) VALUES (?1, ?2)", params![team, member])?;
            Ok(())
        })
    }

    /// Issues a new token for `user`.
    pub fn issue_token(&self, user: &str) -> Result<IssuedToken, AccountsError> {
        self.with(|db| {
            if user_role(db, user)?.is_none() {
                return Err(AccountsError::invalid("NAME", format!("there is no user named {user}")));
            }
            loop {
                let mut secret = [0_u8; 32];
                rand::rng().fill_bytes(&mut secret);
                let secret = hex(&secret);
                let hash = Sha256::digest(secret.as_bytes());
                let id = hex(&hash[..4]);
                let added = db.execute(
                    "INSERT OR IGNORE INTO tokens (id, hash, user) VALUES (?1, ?2, ?3)",
                    params![id, hash.as_slice(), user],
                )?;
                // Two tokens whose hashes share 32 bits: draw again.
                if added == 1 {
                    return Ok(IssuedToken { id, secret });
                }
            }
        })
    }

    /// Revokes the token with the public id `id`.
    pub fn revoke_token(&self, id: &str) -> Result<(), AccountsError> {
        self.with(|db| {
            let found = db.execute("UPDATE tokens SET revoked = 1 WHERE id = ?1", [id])?;
            if found == 0 {
                return Err(AccountsError::invalid("TOKEN_ID", format!("there is no token with id {id}")));
            }
            Ok(())
        })
    }

    /// The account behind `secret`, if it is a token that was issued and not revoked.
    pub fn authenticate(&self, secret: &str) -> Result<Option<Account>, AccountsError> {
        let hash = Sha256::digest(secret.as_bytes());
        self.with(|db| {
            let found = db
                .query_row(
                    "SELECT tokens.id, users.name, users.role FROM tokens JOIN users ON users.name = tokens.user
                     WHERE tokens.hash = ?1 AND tokens.revoked = 0",
                    [hash.as_slice()],
                    |row| Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?, row.get::<_, String>(2)?)),
                )
                .optional()?;
            found.map(|(token_id, user, role)| Ok(Account { user, role: role.parse()?, token_id })).transpose()
        })
    }

    /// Whether the token with the public id `id` may still be used.
    pub fn token_is_live(&self, id: &str) -> Result<bool, AccountsError> {
        self.with(|db| {
            let live = db
                .query_row("SELECT revoked = 0 FROM tokens WHERE id = ?1", [id], |row| row.get::<_, bool>(0))
                .optional()?;
            Ok(live.unwrap_or(false))
        })
    }

    /// The documents `user` may sync: their own as a manager, their team
    /// members' as a lead, none as an admin.
    pub fn documents_for(&self, user: &str) -> Result<Vec<DocumentGrant>, AccountsError> {
        self.with(|db| {
            let mut statement = db.prepare(
                "SELECT id, owner, 'read_write' FROM documents WHERE owner = ?1
                   AND EXISTS (SELECT 1 FROM users WHERE name = ?1 AND role = 'manager')
                 UNION
                 SELECT documents.id, documents.owner, 'read_only' FROM documents
                   JOIN team_members ON team_members.member = documents.owner
                   JOIN teams ON teams.name = team_members.team
                   JOIN users ON users.name = teams.lead
                 WHERE teams.lead = ?1 AND users.role = 'lead'
                 ORDER BY 2, 1",
            )?;
            let rows = statement.query_map([user], |row| {
                Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?, row.get::<_, String>(2)?))
            })?;
            rows.map(|row| {
                let (id, owner, access) = row?;
                let access = if access == "read_write" { Access::ReadWrite } else { Access::ReadOnly };
                Ok(DocumentGrant { id, owner, access })
            })
            .collect()
        })
    }

    /// How `user` may sync the document `id`, or `None` when they may not
    /// (including when nobody registered it).
    pub fn access(&self, user: &str, id: &DocumentId) -> Result<Option<Access>, AccountsError> {
        let id = id.to_string();
        Ok(self.documents_for(user)?.into_iter().find(|grant| grant.id == id).map(|grant| grant.access))
    }

    /// The manager who owns the document `id`, or `None` when nobody registered it.
    pub fn owner_of(&self, id: &DocumentId) -> Result<Option<String>, AccountsError> {
        self.with(|db| {
            Ok(db
                .query_row("SELECT owner FROM documents WHERE id = ?1", [id.to_string()], |row| row.get(0))
                .optional()?)
        })
    }

    /// Registers the document `id` (the text a client sent, checked here) as
    /// owned by the manager `user`; returns its canonical id.
    pub fn register_document(&self, user: &str, id: &str) -> Result<String, AccountsError> {
        let id = DocumentId::from_str(id)
            .map_err(|err| AccountsError::invalid("id", format!("not an automerge-repo document id ({err})")))?
            .to_string();
        self.with(|db| {
            match user_role(db, user)? {
                Some(Role::Manager) => {}
                Some(role) => return Err(AccountsError::NotAManager { user: user.to_owned(), role }),
                None => return Err(AccountsError::invalid("user", format!("there is no user named {user}"))),
            }
            let added = db.execute("INSERT OR IGNORE INTO documents (id, owner) VALUES (?1, ?2)", params![id, user])?;
            if added == 0 {
                return Err(AccountsError::DocumentTaken(id));
            }
            Ok(id)
        })
    }

    /// Every registered document, by owner then id.
    pub fn documents(&self) -> Result<Vec<DocumentRecord>, AccountsError> {
        self.with(|db| {
            let mut statement = db.prepare("SELECT id, owner FROM documents ORDER BY owner, id")?;
            let rows = statement.query_map([], |row| Ok(DocumentRecord { id: row.get(0)?, owner: row.get(1)? }))?;
            Ok(rows.collect::<Result<_, _>>()?)
        })
    }
}

fn user_role(db: &Connection, name: &str) -> Result<Option<Role>, AccountsError> {
    let role: Option<String> =
        db.query_row("SELECT role FROM users WHERE name = ?1", [name], |row| row.get(0)).optional()?;
    role.map(|role| role.parse()).transpose()
}

fn expect_role(db: &Connection, argument: &'static str, name: &str, expected: Role) -> Result<(), AccountsError> {
    match user_role(db, name)? {
        Some(role) if role == expected => Ok(()),
        Some(role) => Err(AccountsError::invalid(
            argument,
            format!("{name} is a {}, expected a {}", role.as_str(), expected.as_str()),
        )),
        None => Err(AccountsError::invalid(argument, format!("there is no user named {name}"))),
    }
}

/// User and team names: 1 to 64 ASCII letters, digits, `.`, `_` or `-`,
/// starting with a letter or digit (they appear in peer ids and logs).
fn check_name(argument: &'static str, name: &str) -> Result<(), AccountsError> {
    let well_formed = (1..=64).contains(&name.len())
        && name.starts_with(|c: char| c.is_ascii_alphanumeric())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'));
    if well_formed {
        Ok(())
    } else {
        Err(AccountsError::invalid(
            argument,
            format!(
                "{name:?} is not a valid name (1-64 letters, digits, '.', '_' or '-', starting with a letter or digit)"
            ),
        ))
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}
