//! Views of records: structs that read only some fields of a record, for
//! readers that need only those. autosurgeon reads only the fields a view
//! declares, so on a large portfolio a view costs a fraction of the whole
//! record (notes and addresses are most of its bytes).

use autosurgeon::Hydrate;

use crate::model::{CaseId, ClientId, Contact, ContactId, Portfolio, PortfolioError, Record};
use crate::values::{Birthday, Date};

/// Whose a contact or a visit is.
#[derive(Hydrate)]
pub(crate) struct Owner {
    pub(crate) client_id: ClientId,
}

/// The day of a visit's planned start, without its time and zone.
#[derive(Debug, Hydrate)]
pub(crate) struct PlannedDay {
    pub(crate) date: Date,
}

/// Which case a visit or a task belongs to, if any: one field, the only one read
/// of each record.
#[derive(Hydrate)]
struct CaseLink {
    #[autosurgeon(missing = "Option::default")]
    case_id: Option<CaseId>,
}

/// The live records of a kind (visits, tasks) linked to `case`, read whole; the
/// others are read only as far as their link, which on a large portfolio is a
/// fraction of their notes.
pub(crate) fn records_of_case<T: Record>(portfolio: &Portfolio, case: &CaseId) -> Result<Vec<T>, PortfolioError> {
    let mut records = Vec::new();
    for (id, link) in portfolio.keyed_views::<T, CaseLink>()? {
        if link.case_id.as_ref() == Some(case)
            && let Some(record) = portfolio.get_any::<T>(&T::Id::from(id))?
            && !record.is_removed()
        {
            records.push(record);
        }
    }
    Ok(records)
}

/// What the care features read of a key person. Hydrating it reads only these
/// fields of the record, which on a large portfolio is far cheaper than a whole
/// [`Contact`] with its notes.
#[derive(Debug, Clone, PartialEq, Hydrate)]
pub(crate) struct KeyPerson {
    pub id: ContactId,
    pub client_id: ClientId,
    pub name: String,
    pub title: String,
    pub key_person: bool,
    pub birthday: Option<Birthday>,
    pub removed: bool,
}

/// Every live key person, ordered by id.
pub(crate) fn key_persons(portfolio: &Portfolio) -> Result<Vec<KeyPerson>, PortfolioError> {
    let mut people: Vec<KeyPerson> = portfolio.views::<Contact, KeyPerson>()?;
    people.retain(|person| person.key_person && !person.removed);
    Ok(people)
}
