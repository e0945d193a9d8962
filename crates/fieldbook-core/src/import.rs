//! CSV import of clients and contacts as managers keep them in spreadsheets.
//!
//! The bytes are decoded first (UTF-8 with or without a byte-order mark, UTF-16
//! with one, or the GB18030/GBK that Excel writes on Chinese Windows), headers
//! are matched in English, Chinese or Polish, and then every row is checked —
//! each cell and the record as a whole — before anything is written. An import
//! is all or nothing: a single bad row and no record is added, and the error
//! lists every bad row by its physical line in the file, so the manager can fix
//! the spreadsheet in one pass.

use std::borrow::Cow;
use std::collections::BTreeSet;
use std::collections::hash_map::{Entry, HashMap};
use std::fmt;
use std::hash::Hash;

use autosurgeon::Text;
use csv::StringRecord;
use encoding_rs::Encoding;
use thiserror::Error;

use crate::fields::{parse_date, parse_day_window, parse_degrees, parse_money, parse_status, parse_tier, parse_yes_no};
use crate::record::{Record, RecordId};
use crate::{
    Birthday, Client, ClientId, ClientStatus, Contact, ContactId, Date, GeoPoint, Money, Portfolio, PortfolioError,
    Region,
};

/// The text encoding a CSV file was found to be in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SourceEncoding {
    /// UTF-8 without a byte-order mark.
    Utf8,
    /// UTF-8 starting with a byte-order mark (Excel's "CSV UTF-8").
    Utf8WithBom,
    /// UTF-16 little-endian, with a byte-order mark (Excel's "Unicode text").
    Utf16Le,
    /// UTF-16 big-endian, with a byte-order mark.
    Utf16Be,
    /// GB18030, a superset of GBK: what Excel writes as "CSV" on Chinese Windows.
    Gb18030,
}

impl fmt::Display for SourceEncoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            SourceEncoding::Utf8 => "UTF-8",
            SourceEncoding::Utf8WithBom => "UTF-8 with BOM",
            SourceEncoding::Utf16Le => "UTF-16LE",
            SourceEncoding::Utf16Be => "UTF-16BE",
            SourceEncoding::Gb18030 => "GB18030",
        })
    }
}

/// One problem found in a data row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    /// The physical line of the file where the row starts; the header is line 1.
    pub line: usize,
    /// The field at fault (its English column name, `tier`), when one is.
    pub field: Option<String>,
    /// What is wrong.
    pub reason: String,
}

impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.field {
            Some(field) => write!(f, "line {}: {field}: {}", self.line, self.reason),
            None => write!(f, "line {}: {}", self.line, self.reason),
        }
    }
}

impl std::error::Error for RowError {}

/// What is wrong with one header cell, or a column that is missing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HeaderProblem {
    /// A header that names no known column.
    Unknown(String),
    /// Two headers naming the same column (`name` and `客户名称`).
    Repeated {
        /// The column's English name.
        column: &'static str,
        /// The second header naming it, as written.
        header: String,
    },
    /// A required column that no header names.
    Missing(&'static str),
}

impl fmt::Display for HeaderProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HeaderProblem::Unknown(header) => write!(f, "unknown column '{header}'"),
            HeaderProblem::Repeated { column, header } => write!(f, "column '{header}' repeats the {column} column"),
            HeaderProblem::Missing(column) => write!(f, "the required column '{column}' is missing"),
        }
    }
}

/// Why a file could not be imported. Nothing was written.
#[derive(Debug, Error)]
pub enum ImportError {
    /// The bytes are not text in any encoding Fieldbook reads.
    #[error(
        "the file is not UTF-8, UTF-16 or GB18030 text; save it from the spreadsheet as \"CSV UTF-8\" and import it again"
    )]
    Undecodable,
    /// The bytes start with a byte-order mark but do not follow its encoding.
    #[error("the file starts with a {0} byte-order mark but is not valid {0} text")]
    BrokenEncoding(SourceEncoding),
    /// The file has no header line.
    #[error("the file is empty")]
    Empty,
    /// The header line is wrong; every problem is listed.
    #[error("line {line}: {}; the columns are: {}", list(problems, "; "), expected.join(", "))]
    Header {
        /// The line of the header.
        line: usize,
        /// Everything wrong with it.
        problems: Vec<HeaderProblem>,
        /// The English names of the columns this kind of file may have.
        expected: Vec<&'static str>,
    },
    /// The file has a header but no data rows.
    #[error("the file has a header but no data rows")]
    NoRows,
    /// The text is not CSV.
    #[error("line {line}: not readable as CSV: {reason}")]
    Csv {
        /// Where reading stopped.
        line: usize,
        /// What the CSV reader said.
        reason: String,
    },
    /// Some rows are bad; every problem of every row is listed.
    #[error("{} in the file, nothing was imported:\n{}", count(.0.len(), "problem"), list(.0, "\n"))]
    Rows(Vec<RowError>),
    /// The portfolio could not be read.
    #[error(transparent)]
    Portfolio(Box<PortfolioError>),
}

impl From<PortfolioError> for ImportError {
    fn from(error: PortfolioError) -> ImportError {
        ImportError::Portfolio(Box::new(error))
    }
}

fn list<T: fmt::Display>(items: &[T], separator: &str) -> String {
    items.iter().map(ToString::to_string).collect::<Vec<_>>().join(separator)
}

fn count(n: usize, noun: &str) -> String {
    if n == 1 { format!("1 {noun}") } else { format!("{n} {noun}s") }
}

/// Decodes a CSV file's bytes into text and says which encoding they were in.
///
/// A byte-order mark decides (UTF-8, UTF-16LE, UTF-16BE) and is dropped; without
/// one, bytes that are valid UTF-8 are UTF-8, and anything else is read as GB18030.
pub fn decode_csv(bytes: &[u8]) -> Result<(String, SourceEncoding), ImportError> {
    let with_bom = [
        (&b"\xEF\xBB\xBF"[..], encoding_rs::UTF_8, SourceEncoding::Utf8WithBom),
        (&b"\xFF\xFE"[..], encoding_rs::UTF_16LE, SourceEncoding::Utf16Le),
        (&b"\xFE\xFF"[..], encoding_rs::UTF_16BE, SourceEncoding::Utf16Be),
    ];
    for (bom, encoding, source) in with_bom {
        if let Some(rest) = bytes.strip_prefix(bom) {
            let text = decode_strictly(encoding, rest).ok_or(ImportError::BrokenEncoding(source))?;
            return Ok((text, source));
        }
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok((text.to_string(), SourceEncoding::Utf8));
    }
    let text = decode_strictly(encoding_rs::GB18030, bytes).ok_or(ImportError::Undecodable)?;
    Ok((text, SourceEncoding::Gb18030))
}

/// The text, or `None` when any byte sequence is not valid in `encoding`.
fn decode_strictly(encoding: &'static Encoding, bytes: &[u8]) -> Option<String> {
    encoding.decode_without_bom_handling_and_without_replacement(bytes).map(Cow::into_owned)
}

/// A column the importer understands: the field it fills, its English name
/// (used in messages and written by the CSV export) and the other headers that name it.
pub(crate) struct Column<F> {
    pub(crate) field: F,
    pub(crate) name: &'static str,
    aliases: &'static [&'static str],
}

/// The fields of a client file, one per column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ClientField {
    Id,
    Name,
    Industry,
    Tier,
    Status,
    Address,
    Latitude,
    Longitude,
    OfficeHours,
    ContractStart,
    ContractEnd,
    Arrears,
    Currency,
    ArrearsDue,
    Tags,
    CompetitorNotes,
}

/// The columns of a client file, in the order the CSV export writes them.
pub(crate) const CLIENT_COLUMNS: &[Column<ClientField>] = &[
    Column { field: ClientField::Id, name: "id", aliases: &["client id", "客户编号", "编号", "identyfikator"] },
    Column {
        field: ClientField::Name,
        name: "name",
        aliases: &[
            "client",
            "client name",
            "company",
            "客户名称",
            "客户",
            "公司名称",
            "单位名称",
            "nazwa",
            "klient",
            "firma",
        ],
    },
    Column { field: ClientField::Industry, name: "industry", aliases: &["行业", "所属行业", "branża"] },
    Column {
        field: ClientField::Tier, name: "tier", aliases: &["等级", "客户等级", "级别", "客户级别", "kategoria"]
    },
    Column { field: ClientField::Status, name: "status", aliases: &["状态", "客户状态"] },
    Column { field: ClientField::Address, name: "address", aliases: &["地址", "详细地址", "adres"] },
    Column {
        field: ClientField::Latitude,
        name: "latitude",
        aliases: &["lat", "纬度", "szerokość", "szerokość geograficzna"],
    },
    Column {
        field: ClientField::Longitude,
        name: "longitude",
        aliases: &["lon", "lng", "经度", "długość", "długość geograficzna"],
    },
    Column {
        field: ClientField::OfficeHours,
        name: "office_hours",
        aliases: &["office hours", "营业时间", "办公时间", "godziny pracy", "godziny otwarcia"],
    },
    Column {
        field: ClientField::ContractStart,
        name: "contract_start",
        aliases: &["contract start", "合同开始", "合同开始日期", "początek umowy"],
    },
    Column {
        field: ClientField::ContractEnd,
        name: "contract_end",
        aliases: &["contract end", "合同结束", "合同结束日期", "合同到期", "合同到期日", "koniec umowy"],
    },
    Column {
        field: ClientField::Arrears, name: "arrears", aliases: &["欠费", "欠费金额", "zaległości", "zadłużenie"]
    },
    Column { field: ClientField::Currency, name: "currency", aliases: &["币种", "货币", "waluta"] },
    Column {
        field: ClientField::ArrearsDue,
        name: "arrears_due",
        aliases: &["arrears due", "欠费到期", "缴费期限", "termin płatności"],
    },
    Column { field: ClientField::Tags, name: "tags", aliases: &["标签", "tagi"] },
    Column {
        field: ClientField::CompetitorNotes,
        name: "competitor_notes",
        aliases: &["competitor notes", "竞争对手", "竞争对手信息", "konkurencja"],
    },
];

const CLIENT_REQUIRED: &[ClientField] = &[ClientField::Name, ClientField::Tier];

/// The fields of a contact file, one per column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ContactField {
    Id,
    Client,
    Name,
    Title,
    KeyPerson,
    Phones,
    Email,
    Birthday,
    Preferences,
    Notes,
}

/// The columns of a contact file, in the order the CSV export writes them.
pub(crate) const CONTACT_COLUMNS: &[Column<ContactField>] = &[
    Column { field: ContactField::Id, name: "id", aliases: &["contact id", "联系人编号"] },
    Column {
        field: ContactField::Client,
        name: "client",
        aliases: &["client id", "client name", "客户名称", "客户", "客户编号", "公司名称", "klient", "firma"],
    },
    Column {
        field: ContactField::Name,
        name: "name",
        aliases: &["联系人", "姓名", "联系人姓名", "imię i nazwisko", "nazwisko", "osoba"],
    },
    Column { field: ContactField::Title, name: "title", aliases: &["职务", "职位", "stanowisko"] },
    Column {
        field: ContactField::KeyPerson,
        name: "key_person",
        aliases: &["key person", "关键人", "是否关键人", "osoba kluczowa"],
    },
    Column {
        field: ContactField::Phones,
        name: "phones",
        aliases: &["phone", "电话", "手机", "联系电话", "手机号", "telefon"],
    },
    Column {
        field: ContactField::Email, name: "email", aliases: &["e mail", "邮箱", "电子邮箱", "电子邮件"]
    },
    Column {
        field: ContactField::Birthday,
        name: "birthday",
        aliases: &["生日", "出生日期", "urodziny", "data urodzenia"],
    },
    Column { field: ContactField::Preferences, name: "preferences", aliases: &["偏好", "喜好", "preferencje"] },
    Column { field: ContactField::Notes, name: "notes", aliases: &["备注", "uwagi", "notatki"] },
];

const CONTACT_REQUIRED: &[ContactField] = &[ContactField::Client, ContactField::Name];

/// Separators between the items of a list cell (tags, preferences).
const LIST_SEPARATORS: &[char] = &[';', ',', '；', '，', '、'];
/// Separators between phone numbers in one cell.
const PHONE_SEPARATORS: &[char] = &[';', '；', '/', ',', '，', '、'];

/// Reads clients from CSV text (see [`decode_csv`]), checking every row against
/// the others and against `portfolio`'s clients. Ids come from `ids`, except for
/// rows whose `id` cell gives one.
pub fn parse_clients(
    text: &str,
    portfolio: &Portfolio,
    ids: &mut impl FnMut() -> ClientId,
) -> Result<Vec<Client>, ImportError> {
    let all = portfolio.all_records::<Client>()?;
    let used: BTreeSet<ClientId> = all.iter().map(|c| c.id.clone()).collect();
    let live: Vec<&Client> = all.iter().filter(|c| !c.removed).collect();
    let currency = default_currency(portfolio.settings()?.region);
    let mut names_seen: HashMap<String, usize> = HashMap::new();
    let mut ids_seen = HashMap::new();
    parse_rows(text, CLIENT_COLUMNS, CLIENT_REQUIRED, |row| {
        let id = match row.parse(ClientField::Id, record_id) {
            Some(id) => check_new_id(row, ClientField::Id, id, &mut ids_seen, &used),
            None => Some(ids()),
        };
        if let Some(name) = row.cell(ClientField::Name) {
            if let Some(first) = first_line(&mut names_seen, name_key(name), row.line) {
                row.problem(ClientField::Name, format!("'{name}' is already on line {first}"));
            } else if let Some(other) = live.iter().find(|c| name_key(&c.name) == name_key(name)) {
                row.problem(
                    ClientField::Name,
                    format!("a client named '{}' already exists ({})", other.name, other.id),
                );
            }
        }
        let client = client_from_row(row, id, currency)?;
        row.validate(&client)?;
        row.is_clean().then_some(client)
    })
}

/// Reads contacts from CSV text (see [`decode_csv`]). Each row's `client` cell
/// names a live client of `portfolio` by id or by name (ignoring case and
/// surrounding spaces). Ids come from `ids`, except for rows whose `id` cell gives one.
pub fn parse_contacts(
    text: &str,
    portfolio: &Portfolio,
    ids: &mut impl FnMut() -> ContactId,
) -> Result<Vec<Contact>, ImportError> {
    let clients = portfolio.records::<Client>()?;
    let all = portfolio.all_records::<Contact>()?;
    let used: BTreeSet<ContactId> = all.iter().map(|c| c.id.clone()).collect();
    let live: Vec<&Contact> = all.iter().filter(|c| !c.removed).collect();
    let mut people_seen: HashMap<(ClientId, String), usize> = HashMap::new();
    let mut ids_seen = HashMap::new();
    parse_rows(text, CONTACT_COLUMNS, CONTACT_REQUIRED, |row| {
        let id = match row.parse(ContactField::Id, record_id) {
            Some(id) => check_new_id(row, ContactField::Id, id, &mut ids_seen, &used),
            None => Some(ids()),
        };
        let client = row.cell(ContactField::Client).and_then(|cell| find_client(cell, &clients).ok());
        if let (Some(client_id), Some(name)) = (client, row.cell(ContactField::Name)) {
            if let Some(first) = first_line(&mut people_seen, (client_id.clone(), name_key(name)), row.line) {
                row.problem(ContactField::Name, format!("'{name}' of this client is already on line {first}"));
            } else if let Some(other) =
                live.iter().find(|c| c.client_id == client_id && name_key(&c.name) == name_key(name))
            {
                row.problem(
                    ContactField::Name,
                    format!("this client already has a contact named '{}' ({})", other.name, other.id),
                );
            }
        }
        let contact = contact_from_row(row, id, &clients)?;
        row.validate(&contact)?;
        row.is_clean().then_some(contact)
    })
}

/// Adds parsed clients to `portfolio` in one commit ("Import 12 clients from
/// clients.csv"), or none if any is refused. Returns how many were added.
pub fn import_clients(portfolio: &mut Portfolio, clients: &[Client], source: &str) -> Result<usize, PortfolioError> {
    import_records(portfolio, clients, source)
}

/// Adds parsed contacts to `portfolio` in one commit ("Import 30 contacts from
/// contacts.csv"), or none if any is refused. Returns how many were added.
pub fn import_contacts(portfolio: &mut Portfolio, contacts: &[Contact], source: &str) -> Result<usize, PortfolioError> {
    import_records(portfolio, contacts, source)
}

fn import_records<T: Record>(portfolio: &mut Portfolio, records: &[T], source: &str) -> Result<usize, PortfolioError> {
    if records.is_empty() {
        return Ok(0);
    }
    let what = count(records.len(), T::NOUN);
    portfolio.act(format!("Import {what} from {source}"), |action| {
        records.iter().try_for_each(|record| action.insert(record))?;
        Ok(records.len())
    })
}

/// The client a row describes, given the id it gets; `None` when a cell is bad.
fn client_from_row(row: &mut Row<'_, ClientField>, id: Option<ClientId>, currency: &str) -> Option<Client> {
    use ClientField as F;
    let name = row.required(F::Name).unwrap_or_default().to_string();
    let tier = row.required(F::Tier).and_then(|cell| row.check(F::Tier, parse_tier(cell)));
    let status = row.parse(F::Status, parse_status);
    let location = location(row);
    let office_hours = row.parse(F::OfficeHours, parse_day_window);
    let contract_start = row.parse(F::ContractStart, parse_date);
    let contract_end = row.parse(F::ContractEnd, parse_date);
    let (arrears, arrears_due) = arrears(row, currency);
    let (id, tier) = (id?, tier?);
    row.is_clean().then(|| Client {
        industry: row.text(F::Industry),
        status: status.unwrap_or(ClientStatus::Active),
        address: row.text(F::Address),
        location,
        office_hours,
        contract_start,
        contract_end,
        arrears,
        arrears_due,
        tags: row.cell(F::Tags).map(|cell| split_list(cell, LIST_SEPARATORS)).unwrap_or_default(),
        competitor_notes: Text::with_value(row.text(F::CompetitorNotes)),
        ..Client::new(id, name, tier)
    })
}

/// The contact a row describes, given the id it gets; `None` when a cell is bad.
fn contact_from_row(row: &mut Row<'_, ContactField>, id: Option<ContactId>, clients: &[Client]) -> Option<Contact> {
    use ContactField as F;
    let client_id = row.required(F::Client).and_then(|cell| row.check(F::Client, find_client(cell, clients)));
    let name = row.required(F::Name).unwrap_or_default().to_string();
    let key_person = row.parse(F::KeyPerson, parse_yes_no);
    let birthday = row.parse(F::Birthday, |cell| cell.parse::<Birthday>().map_err(|e| e.reason));
    let (id, client_id) = (id?, client_id?);
    row.is_clean().then(|| Contact {
        title: row.text(F::Title),
        key_person: key_person.unwrap_or(false),
        phones: row.cell(F::Phones).map(|cell| split_list(cell, PHONE_SEPARATORS)).unwrap_or_default(),
        email: row.cell(F::Email).map(str::to_string),
        birthday,
        preferences: row.cell(F::Preferences).map(|cell| split_list(cell, LIST_SEPARATORS)).unwrap_or_default(),
        notes: Text::with_value(row.text(F::Notes)),
        ..Contact::new(id, client_id, name)
    })
}

/// The point given by the latitude and longitude cells, both or neither.
fn location(row: &mut Row<'_, ClientField>) -> Option<GeoPoint> {
    let lat = row.parse(ClientField::Latitude, |cell| parse_degrees(cell, 90.0));
    let lon = row.parse(ClientField::Longitude, |cell| parse_degrees(cell, 180.0));
    match (row.cell(ClientField::Latitude), row.cell(ClientField::Longitude)) {
        (Some(_), None) => row.problem(ClientField::Longitude, "must be given with the latitude"),
        (None, Some(_)) => row.problem(ClientField::Latitude, "must be given with the longitude"),
        _ => {}
    }
    let point = GeoPoint::new(lat?, lon?);
    row.check(ClientField::Latitude, point)
}

/// The arrears given by the amount, currency and due-date cells. An empty or zero
/// amount means no arrears; an amount without a currency is in `default_currency`.
fn arrears(row: &mut Row<'_, ClientField>, default_currency: &str) -> (Option<Money>, Option<Date>) {
    let due = row.parse(ClientField::ArrearsDue, parse_date);
    let Some(amount_cell) = row.cell(ClientField::Arrears) else {
        if due.is_some() {
            row.problem(ClientField::ArrearsDue, "is given but there are no arrears");
        }
        return (None, None);
    };
    let currency = row.cell(ClientField::Currency).unwrap_or(default_currency);
    let Some(amount) = row.check(ClientField::Arrears, parse_money(amount_cell, currency)) else {
        return (None, None);
    };
    if amount.minor_units < 0 {
        row.problem(ClientField::Arrears, format!("'{amount_cell}' is negative"));
    }
    ((amount.minor_units != 0).then_some(amount), due)
}

/// The id a row's `id` cell gives, or `None` after recording why it cannot be
/// used: another row gives it too, or a record of `used` (removed ones included) has it.
fn check_new_id<I: RecordId + Hash, F: Copy + PartialEq>(
    row: &mut Row<'_, F>,
    field: F,
    id: I,
    seen: &mut HashMap<I, usize>,
    used: &BTreeSet<I>,
) -> Option<I> {
    if let Some(first) = first_line(seen, id.clone(), row.line) {
        row.problem(field, format!("{id} is already on line {first}"));
        return None;
    }
    if used.contains(&id) {
        row.problem(field, format!("{id} is already used in the portfolio"));
        return None;
    }
    Some(id)
}

/// The data rows of a CSV file, built into records by `build`, or every problem found.
fn parse_rows<F: Copy + PartialEq + 'static, T>(
    text: &str,
    columns: &'static [Column<F>],
    required: &[F],
    mut build: impl FnMut(&mut Row<'_, F>) -> Option<T>,
) -> Result<Vec<T>, ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(sniff_delimiter(text))
        .from_reader(text.as_bytes());
    let mut records = reader.records();
    let header_record = records.next().ok_or(ImportError::Empty)?.map_err(csv_error)?;
    let header = Header::read(&header_record, columns, required)?;
    let (mut built, mut problems, mut rows) = (Vec::new(), Vec::new(), 0);
    for record in records {
        let record = record.map_err(csv_error)?;
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        rows += 1;
        let mut row = Row::new(&record, &header);
        let result = build(&mut row);
        problems.append(&mut row.problems);
        built.extend(result);
    }
    if rows == 0 {
        return Err(ImportError::NoRows);
    }
    if !problems.is_empty() {
        return Err(ImportError::Rows(problems));
    }
    Ok(built)
}

/// The separator of the file: the one of `,`, `;` (Excel where the decimal mark is a
/// comma, as in Poland) and tab that occurs most often on the header line.
fn sniff_delimiter(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or_default();
    let candidates = [b',', b';', b'\t'];
    let occurrences = |d: u8| header.bytes().filter(|b| *b == d).count();
    candidates.into_iter().max_by_key(|d| (occurrences(*d), *d == b',')).unwrap_or(b',')
}

fn csv_error(error: csv::Error) -> ImportError {
    let line = error.position().map_or(0, |p| usize::try_from(p.line()).unwrap_or(usize::MAX));
    ImportError::Csv { line, reason: error.to_string() }
}

fn line_of(record: &StringRecord) -> usize {
    record.position().map_or(0, |p| usize::try_from(p.line()).unwrap_or(usize::MAX))
}

/// The header line, mapped to columns.
struct Header<F: 'static> {
    columns: &'static [Column<F>],
    by_index: Vec<Option<&'static Column<F>>>,
}

impl<F: Copy + PartialEq + 'static> Header<F> {
    fn read(record: &StringRecord, columns: &'static [Column<F>], required: &[F]) -> Result<Header<F>, ImportError> {
        let mut problems = Vec::new();
        let mut by_index: Vec<Option<&'static Column<F>>> = Vec::new();
        for cell in record {
            let key = header_key(cell);
            if key.is_empty() {
                by_index.push(None);
                continue;
            }
            let column = columns
                .iter()
                .find(|c| header_key(c.name) == key || c.aliases.iter().any(|alias| header_key(alias) == key));
            match column {
                None => problems.push(HeaderProblem::Unknown(cell.trim().to_string())),
                Some(c) if by_index.iter().flatten().any(|seen| seen.field == c.field) => {
                    problems.push(HeaderProblem::Repeated { column: c.name, header: cell.trim().to_string() });
                }
                Some(_) => {}
            }
            by_index.push(column);
        }
        for field in required {
            if !by_index.iter().flatten().any(|c| c.field == *field) {
                let name = columns.iter().find(|c| c.field == *field).map_or("?", |c| c.name);
                problems.push(HeaderProblem::Missing(name));
            }
        }
        if problems.is_empty() {
            return Ok(Header { columns, by_index });
        }
        Err(ImportError::Header { line: line_of(record), problems, expected: columns.iter().map(|c| c.name).collect() })
    }

    fn name(&self, field: F) -> &'static str {
        self.columns.iter().find(|c| c.field == field).map_or("?", |c| c.name)
    }
}

/// A header compared loosely: trimmed, lower case, `_` and `-` as spaces, and a
/// trailing `*` (a template's mark of a required column) dropped.
fn header_key(header: &str) -> String {
    let lowered = header.trim().trim_end_matches(['*', '＊']).to_lowercase().replace(['_', '-'], " ");
    lowered.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// One data row being read, collecting its problems.
struct Row<'a, F: 'static> {
    line: usize,
    record: &'a StringRecord,
    header: &'a Header<F>,
    problems: Vec<RowError>,
}

impl<'a, F: Copy + PartialEq + 'static> Row<'a, F> {
    fn new(record: &'a StringRecord, header: &'a Header<F>) -> Row<'a, F> {
        let mut row = Row { line: line_of(record), record, header, problems: Vec::new() };
        row.check_stray_cells();
        row
    }

    /// Fails on values in cells that have no column: past the header's end or under an empty header.
    fn check_stray_cells(&mut self) {
        let stray = self
            .record
            .iter()
            .enumerate()
            .any(|(i, cell)| !cell.trim().is_empty() && self.header.by_index.get(i).is_none_or(Option::is_none));
        if stray {
            self.problems.push(RowError {
                line: self.line,
                field: None,
                reason: format!(
                    "has a value in a column without a header ({} cells, the header has {})",
                    self.record.len(),
                    self.header.by_index.len()
                ),
            });
        }
    }

    /// The trimmed cell of `field`, or `None` when the column is absent or the cell empty.
    fn cell(&self, field: F) -> Option<&'a str> {
        let index = self.header.by_index.iter().position(|c| c.is_some_and(|c| c.field == field))?;
        let record: &'a StringRecord = self.record;
        record.get(index).map(str::trim).filter(|cell| !cell.is_empty())
    }

    /// The cell of `field`, or an empty string.
    fn text(&self, field: F) -> String {
        self.cell(field).unwrap_or_default().to_string()
    }

    /// The cell of a field every row must fill; records a problem when it is empty.
    fn required(&mut self, field: F) -> Option<&'a str> {
        let cell = self.cell(field);
        if cell.is_none() {
            self.problem(field, "must not be empty");
        }
        cell
    }

    /// The cell of `field` parsed by `parse`, `None` when empty or bad (recording the problem).
    fn parse<T, E: ToString>(&mut self, field: F, parse: impl FnOnce(&str) -> Result<T, E>) -> Option<T> {
        let cell = self.cell(field)?;
        self.check(field, parse(cell))
    }

    /// The value, or `None` after recording the problem on `field`.
    fn check<T, E: ToString>(&mut self, field: F, result: Result<T, E>) -> Option<T> {
        result.map_err(|reason| self.problem(field, reason.to_string())).ok()
    }

    fn problem(&mut self, field: F, reason: impl Into<String>) {
        let field = Some(self.header.name(field).to_string());
        self.problems.push(RowError { line: self.line, field, reason: reason.into() });
    }

    /// Runs the record's own validation, recording its complaint.
    fn validate(&mut self, record: &impl Record) -> Option<()> {
        match record.validate() {
            Ok(()) => Some(()),
            Err(error) => {
                self.problems.push(RowError { line: self.line, field: Some(error.field), reason: error.reason });
                None
            }
        }
    }

    fn is_clean(&self) -> bool {
        self.problems.is_empty()
    }
}

/// The line `key` was first seen on, or `None` after noting it is first seen on `line`.
fn first_line<K: Eq + Hash>(seen: &mut HashMap<K, usize>, key: K, line: usize) -> Option<usize> {
    match seen.entry(key) {
        Entry::Occupied(first) => Some(*first.get()),
        Entry::Vacant(entry) => {
            entry.insert(line);
            None
        }
    }
}

/// Names compared as the manager means them: trimmed and ignoring case.
fn name_key(name: &str) -> String {
    name.trim().to_lowercase()
}

/// The items of a list cell, trimmed, without empty ones.
fn split_list(cell: &str, separators: &[char]) -> Vec<String> {
    cell.split(separators).map(str::trim).filter(|item| !item.is_empty()).map(str::to_string).collect()
}

/// An id given in the file, which must have the prefix of its kind.
fn record_id<I: RecordId>(cell: &str) -> Result<I, String> {
    let valid = cell
        .strip_prefix(I::PREFIX)
        .and_then(|rest| rest.strip_prefix('_'))
        .is_some_and(|tail| !tail.is_empty() && tail.chars().all(|c| c.is_ascii_alphanumeric()));
    if !valid {
        return Err(format!("'{cell}' is not an id like {}_k3v9q2m7xa", I::PREFIX));
    }
    Ok(I::from(cell.to_string()))
}

/// The live client whose id is `cell`, or whose name is `cell` ignoring case.
fn find_client(cell: &str, clients: &[Client]) -> Result<ClientId, String> {
    if let Some(client) = clients.iter().find(|c| c.id.as_ref() == cell) {
        return Ok(client.id.clone());
    }
    let named: Vec<&Client> = clients.iter().filter(|c| name_key(&c.name) == name_key(cell)).collect();
    match named.as_slice() {
        [] => Err(format!("no client is named '{cell}' or has that id")),
        [one] => Ok(one.id.clone()),
        several => Err(format!(
            "several clients are named '{cell}' ({}); give the client's id",
            several.iter().map(|c| c.id.as_ref()).collect::<Vec<_>>().join(", ")
        )),
    }
}

/// The currency of arrears written without one.
fn default_currency(region: Region) -> &'static str {
    match region {
        Region::Cn => "CNY",
        Region::Pl => "PLN",
        Region::Az => "AZN",
    }
}
