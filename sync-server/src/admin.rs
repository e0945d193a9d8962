//! The admin commands (`user`, `team`, `token`, `doc`): thin wrappers over
//! [`Accounts`] on the data directory, safe to run while the server runs
//! (SQLite serialises the writes; the server notices within ~250 ms).

use std::{io::Write, path::Path};

use anyhow::Context;

use crate::{
    accounts::Accounts,
    cli::{DocCommand, Format, TeamCommand, TokenCommand, UserCommand},
};

/// An admin command.
#[derive(Debug)]
pub enum AdminCommand {
    /// `user …`
    User(UserCommand),
    /// `team …`
    Team(TeamCommand),
    /// `token …`
    Token(TokenCommand),
    /// `doc …`
    Doc(DocCommand),
}

/// Runs `command` on the data directory `data_dir`, printing to `out`.
pub fn run(command: AdminCommand, data_dir: &Path, out: &mut dyn Write) -> anyhow::Result<()> {
    std::fs::create_dir_all(data_dir)
        .with_context(|| format!("cannot create the data directory {}", data_dir.display()))?;
    let accounts =
        Accounts::open(data_dir).with_context(|| format!("cannot open the accounts in {}", data_dir.display()))?;
    match command {
        AdminCommand::User(UserCommand::Add { name, role }) => {
            accounts.add_user(&name, role)?;
            writeln!(out, "added user {name}")?;
        }
        AdminCommand::Team(TeamCommand::Add { team, lead }) => {
            accounts.add_team(&team, &lead)?;
            writeln!(out, "added team {team}, led by {lead}")?;
        }
        AdminCommand::Team(TeamCommand::AddMember { team, name }) => {
            accounts.add_member(&team, &name)?;
            writeln!(out, "{name} is a member of {team}")?;
        }
        AdminCommand::Token(TokenCommand::Issue { name }) => {
            let token = accounts.issue_token(&name)?;
            writeln!(out, "id: {}", token.id)?;
            writeln!(out, "token: {}", token.secret)?;
            eprintln!("The token is shown only this once; revoke it with `fieldbook-sync token revoke {}`.", token.id);
        }
        AdminCommand::Token(TokenCommand::Revoke { token_id }) => {
            accounts.revoke_token(&token_id)?;
            writeln!(out, "revoked token {token_id}")?;
        }
        AdminCommand::Doc(DocCommand::List { format }) => {
            let documents = accounts.documents()?;
            match format {
                Format::Json => writeln!(out, "{}", serde_json::to_string_pretty(&documents)?)?,
                Format::Table => {
                    let mut table = comfy_table::Table::new();
                    table.load_preset(comfy_table::presets::NOTHING).set_header(["ID", "OWNER"]);
                    for document in documents {
                        table.add_row([document.id, document.owner]);
                    }
                    writeln!(out, "{table}")?;
                }
            }
        }
    }
    Ok(())
}
