//! Who may sync which document, answered from memory: an index of document
//! owners, users' roles and team leads, built from the accounts tables and
//! rebuilt whenever they change, so the share policy decides a (document,
//! peer) pair with hash lookups instead of a query.

use std::collections::{HashMap, HashSet};

use crate::accounts::{Access, Role};

/// The accounts as the share policy needs them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AccessIndex {
    roles: HashMap<String, Role>,
    owners: HashMap<String, String>,
    leads: HashMap<String, HashSet<String>>,
}

/// An access decision and whether a later change of the accounts could alter it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Decision {
    /// How the user may sync the document, or `None` when they may not.
    pub access: Option<Access>,
    /// Whether no admin command can change the decision (see [`AccessIndex::decide`]).
    pub is_final: bool,
}

impl AccessIndex {
    /// Builds the index from the users with their roles, the documents with
    /// their owners, and the (lead, member) pairs of every team.
    pub fn new(
        users: impl IntoIterator<Item = (String, Role)>,
        documents: impl IntoIterator<Item = (String, String)>,
        team_leads: impl IntoIterator<Item = (String, String)>,
    ) -> AccessIndex {
        let mut leads: HashMap<String, HashSet<String>> = HashMap::new();
        for (lead, member) in team_leads {
            leads.entry(member).or_default().insert(lead);
        }
        AccessIndex { roles: users.into_iter().collect(), owners: documents.into_iter().collect(), leads }
    }

    /// Records that `owner` registered the document `document`.
    pub fn register(&mut self, document: &str, owner: &str) {
        self.owners.insert(document.to_owned(), owner.to_owned());
    }

    /// How `user` may sync the document `document`: its owner (a manager)
    /// reads and writes, a lead of a team the owner belongs to reads, anyone
    /// else may not. The decision is final unless the document is not
    /// registered yet (its owner may still register it) or `user` is a lead
    /// (the owner may join their team): nothing else the accounts record is
    /// ever changed or removed.
    pub fn decide(&self, user: &str, document: &str) -> Decision {
        let role = self.roles.get(user);
        let Some(owner) = self.owners.get(document) else {
            return Decision { access: None, is_final: role.is_none() || role == Some(&Role::Admin) };
        };
        let access = match role {
            Some(Role::Manager) if owner == user => Some(Access::ReadWrite),
            Some(Role::Lead) if self.leads.get(owner).is_some_and(|leads| leads.contains(user)) => {
                Some(Access::ReadOnly)
            }
            _ => None,
        };
        Decision { access, is_final: role != Some(&Role::Lead) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index() -> AccessIndex {
        AccessIndex::new(
            [
                ("ann".to_owned(), Role::Manager),
                ("bob".to_owned(), Role::Manager),
                ("lee".to_owned(), Role::Lead),
                ("ola".to_owned(), Role::Lead),
                ("root".to_owned(), Role::Admin),
            ],
            [("doc-ann".to_owned(), "ann".to_owned()), ("doc-bob".to_owned(), "bob".to_owned())],
            [("lee".to_owned(), "ann".to_owned())],
        )
    }

    #[test]
    fn the_owner_writes_and_their_lead_reads() {
        let index = index();
        assert_eq!(index.decide("ann", "doc-ann"), Decision { access: Some(Access::ReadWrite), is_final: true });
        assert_eq!(index.decide("lee", "doc-ann"), Decision { access: Some(Access::ReadOnly), is_final: false });
    }

    #[test]
    fn everyone_else_is_denied() {
        let index = index();
        assert_eq!(index.decide("bob", "doc-ann"), Decision { access: None, is_final: true });
        assert_eq!(index.decide("ola", "doc-ann"), Decision { access: None, is_final: false });
        assert_eq!(index.decide("lee", "doc-bob"), Decision { access: None, is_final: false });
        assert_eq!(index.decide("root", "doc-ann"), Decision { access: None, is_final: true });
        assert_eq!(index.decide("nobody", "doc-ann"), Decision { access: None, is_final: true });
    }

    #[test]
    fn an_unregistered_document_may_still_be_registered() {
        let index = index();
        assert_eq!(index.decide("ann", "doc-new"), Decision { access: None, is_final: false });
        assert_eq!(index.decide("root", "doc-new"), Decision { access: None, is_final: true });
    }
}
