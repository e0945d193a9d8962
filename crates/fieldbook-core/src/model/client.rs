//! The client: a business account in the manager's portfolio.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use autosurgeon::{Hydrate, Reconcile, Text};
use serde::{Deserialize, Serialize};

use crate::model::{
    ClientId, Column, Fields, Record, Spec, Split, assign, field_names, optional, record_basics, require_text, text_of,
};
use crate::values::{
    Date, DayWindow, FieldError, GeoPoint, LIST_SEPARATORS, Money, Problem, list, parse_amount_with_currency,
    parse_day_window, parse_degrees, text_serde,
};

/// The tier sets how often a client must be visited and how its key people are cared for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Hydrate, Reconcile)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Tier {
    /// The most valuable accounts.
    A,
    /// Important accounts.
    B,
    /// Ordinary accounts.
    C,
    /// Small or dormant accounts.
    D,
}

impl Tier {
    /// All tiers, most valuable first.
    pub const ALL: [Tier; 4] = [Tier::A, Tier::B, Tier::C, Tier::D];
    /// Their codes.
    pub const CODES: &'static [&'static str] = &["A", "B", "C", "D"];
}

impl fmt::Display for Tier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{self:?}")
    }
}

impl FromStr for Tier {
    type Err = FieldError;
    /// `A`–`D`, also as written in Chinese spreadsheets (`A类`, `A级`).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().trim_end_matches(['类', '類', '级', '級']).to_ascii_uppercase().as_str() {
            "A" => Ok(Tier::A),
            "B" => Ok(Tier::B),
            "C" => Ok(Tier::C),
            "D" => Ok(Tier::D),
            _ => Err(not_one_of("tier", s, "A, B, C, D")),
        }
    }
}

/// Where the relationship stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Hydrate, Reconcile)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum ClientStatus {
    /// Not yet a customer.
    #[autosurgeon(rename = "prospect")]
    Prospect,
    /// A customer in good standing.
    #[autosurgeon(rename = "active")]
    Active,
    /// A customer showing signs of leaving (离网预警).
    #[autosurgeon(rename = "at_risk")]
    AtRisk,
    /// A customer that has left.
    #[autosurgeon(rename = "lost")]
    Lost,
}

impl fmt::Display for ClientStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ClientStatus::Prospect => "prospect",
            ClientStatus::Active => "active",
            ClientStatus::AtRisk => "at_risk",
            ClientStatus::Lost => "lost",
        })
    }
}

impl ClientStatus {
    /// Every status code.
    pub const CODES: &'static [&'static str] = &["prospect", "active", "at_risk", "lost"];
}

impl FromStr for ClientStatus {
    type Err = FieldError;
    /// A status code, or its usual Chinese or Polish word.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_lowercase().replace([' ', '-'], "_").as_str() {
            "prospect" | "潜在" | "意向" | "潜在客户" | "potencjalny" => Ok(ClientStatus::Prospect),
            "active" | "正常" | "在网" | "活跃" | "aktywny" => Ok(ClientStatus::Active),
            "at_risk" | "预警" | "离网预警" | "风险" | "zagrożony" => Ok(ClientStatus::AtRisk),
            "lost" | "流失" | "离网" | "已流失" | "utracony" => Ok(ClientStatus::Lost),
            _ => Err(not_one_of("status", s, "prospect, active, at_risk, lost")),
        }
    }
}

/// A business account.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Hydrate, Reconcile)]
pub struct Client {
    /// Stable id.
    pub id: ClientId,
    /// Company name.
    pub name: String,
    /// Line of business.
    pub industry: String,
    /// Tier A–D.
    pub tier: Tier,
    /// Relationship status.
    pub status: ClientStatus,
    /// Street address of the site visited.
    pub address: String,
    /// Coordinates of the site, when known (for route planning).
    pub location: Option<GeoPoint>,
    /// When the client receives visitors.
    pub office_hours: Option<DayWindow>,
    /// First day of the current contract.
    pub contract_start: Option<Date>,
    /// Last day of the current contract.
    pub contract_end: Option<Date>,
    /// Outstanding debt (催缴欠费), if any.
    pub arrears: Option<Money>,
    /// When the outstanding debt was or is due.
    pub arrears_due: Option<Date>,
    /// Free labels.
    pub tags: Vec<String>,
    /// What the competition offers this client (竞争对手信息); merges character by character.
    #[serde(with = "text_serde")]
    pub competitor_notes: Text,
    /// The company CRM's customer number, which a re-import of its list matches by.
    #[serde(default)]
    #[autosurgeon(missing = "Option::default")]
    pub crm_id: Option<String>,
    /// Each field's text as the last import of the company's list gave it, by field name:
    /// a re-import changes a field only while it still reads so, never one the manager
    /// changed since.
    #[serde(default)]
    #[autosurgeon(missing = "BTreeMap::default")]
    pub imported: BTreeMap<String, String>,
    /// Tombstone: removed clients are hidden but kept.
    pub removed: bool,
}

impl Client {
    /// A new active client with only the required fields set.
    pub fn new(id: ClientId, name: impl Into<String>, tier: Tier) -> Client {
        Client {
            id,
            name: name.into(),
            industry: String::new(),
            tier,
            status: ClientStatus::Active,
            address: String::new(),
            location: None,
            office_hours: None,
            contract_start: None,
            contract_end: None,
            arrears: None,
            arrears_due: None,
            tags: Vec::new(),
            competitor_notes: Text::default(),
            crm_id: None,
            imported: BTreeMap::new(),
            removed: false,
        }
    }
}

impl Record for Client {
    record_basics!(ClientId, "clients", "client");

    fn validate(&self) -> Result<(), FieldError> {
        require_text("name", &self.name)?;
        if let (Some(start), Some(end)) = (self.contract_start, self.contract_end)
            && end < start
        {
            return Err(FieldError::refused(
                "contract_end",
                Problem::ContractEndsBeforeStart { end: end.to_string(), start: start.to_string() },
            ));
        }
        if self.arrears_due.is_some() && self.arrears.is_none() {
            return Err(FieldError::refused("arrears_due", Problem::ArrearsDueWithoutArrears));
        }
        if self.tags.iter().any(|tag| tag.trim().is_empty()) {
            return Err(FieldError::refused("tags", Problem::EmptyTag));
        }
        Ok(())
    }
}

/// `value` refused on `field`: only `allowed` are accepted.
fn not_one_of(field: &str, value: &str, allowed: &str) -> FieldError {
    FieldError::refused(field, Problem::NotOneOf { value: value.to_owned(), allowed: allowed.to_owned() })
}

field_names!(
    /// A client's fields, in the order its page and the CSV files show them.
    ClientField {
        /// Company name.
        Name = "name",
        /// Line of business.
        Industry = "industry",
        /// Tier A–D.
        Tier = "tier",
        /// Relationship status.
        Status = "status",
        /// Street address.
        Address = "address",
        /// Coordinates, `LAT,LON`.
        Location = "location",
        /// Office hours, `HH:MM-HH:MM`.
        OfficeHours = "office_hours",
        /// Contract start.
        ContractStart = "contract_start",
        /// Contract end.
        ContractEnd = "contract_end",
        /// Outstanding debt, `AMOUNT CURRENCY`.
        Arrears = "arrears",
        /// When the debt is due.
        ArrearsDue = "arrears_due",
        /// Tags.
        Tags = "tags",
        /// What competitors offer.
        CompetitorNotes = "competitor_notes",
        /// The company CRM's customer number.
        CrmId = "crm_id",
    }
);

impl Fields for Client {
    type Field = ClientField;

    fn spec(field: ClientField) -> Spec<Client> {
        use ClientField as F;
        match field {
            F::Name => Spec::line(
                &[
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
                |c, v| assign(&mut c.name, v.to_owned()),
                |c| c.name.clone(),
            ),
            F::Industry => Spec::line(
                &["行业", "所属行业", "branża"],
                |c, v| assign(&mut c.industry, v.to_owned()),
                |c| c.industry.clone(),
            ),
            F::Tier => Spec::choice(
                &["等级", "客户等级", "级别", "客户级别", "kategoria"],
                Tier::CODES,
                |c, v| assign(&mut c.tier, v.parse()?),
                |c| c.tier.to_string(),
            ),
            F::Status => Spec::choice(
                &["状态", "客户状态"],
                ClientStatus::CODES,
                |c, v| assign(&mut c.status, v.parse()?),
                |c| c.status.to_string(),
            ),
            F::Address => Spec::line(
                &["地址", "详细地址", "adres"],
                |c, v| assign(&mut c.address, v.to_owned()),
                |c| c.address.clone(),
            ),
            F::Location => Spec::<Client>::line(
                &[],
                |c, v| assign(&mut c.location, optional(v, GeoPoint::from_str)?),
                |c| text_of(&c.location),
            )
            .split(&LOCATION_COLUMNS),
            F::OfficeHours => Spec::line(
                &["office hours", "营业时间", "办公时间", "godziny pracy", "godziny otwarcia"],
                |c, v| assign(&mut c.office_hours, optional(v, parse_day_window)?),
                |c| text_of(&c.office_hours),
            ),
            F::ContractStart => Spec::line(
                &["contract start", "合同开始", "合同开始日期", "początek umowy"],
                |c, v| assign(&mut c.contract_start, optional(v, str::parse)?),
                |c| text_of(&c.contract_start),
            ),
            F::ContractEnd => Spec::line(
                &["contract end", "合同结束", "合同结束日期", "合同到期", "合同到期日", "koniec umowy"],
                |c, v| assign(&mut c.contract_end, optional(v, str::parse)?),
                |c| text_of(&c.contract_end),
            ),
            F::Arrears => {
                Spec::<Client>::line(&["欠费", "欠费金额", "zaległości", "zadłużenie"], read_arrears, |c| {
                    text_of(&c.arrears)
                })
                .split(&ARREARS_COLUMNS)
            }
            F::ArrearsDue => Spec::line(
                &["arrears due", "欠费到期", "缴费期限", "termin płatności"],
                |c, v| assign(&mut c.arrears_due, optional(v, str::parse)?),
                |c| text_of(&c.arrears_due),
            ),
            F::Tags => Spec::line(
                &["标签", "tagi"],
                |c, v| assign(&mut c.tags, list(v, LIST_SEPARATORS)),
                |c| c.tags.join("; "),
            ),
            F::CompetitorNotes => Spec::text(
                &["competitor notes", "竞争对手", "竞争对手信息", "konkurencja"],
                |c, v| {
                    c.competitor_notes.update(v);
                    Ok(())
                },
                |c| c.competitor_notes.as_str().to_owned(),
            ),
            F::CrmId => Spec::line(
                &[
                    "crm id",
                    "crm number",
                    "customer number",
                    "customer no",
                    "客户代码",
                    "crm编号",
                    "numer klienta",
                    "nr klienta",
                    "müştəri nömrəsi",
                ],
                |c, v| assign(&mut c.crm_id, (!v.is_empty()).then(|| v.to_owned())),
                |c| c.crm_id.clone().unwrap_or_default(),
            ),
        }
    }
}

/// Arrears as `AMOUNT CURRENCY` or with a currency sign; zero means none, and a
/// negative amount is refused.
fn read_arrears(client: &mut Client, value: &str) -> Result<(), Problem> {
    let arrears = optional(value, parse_amount_with_currency)?;
    if arrears.as_ref().is_some_and(|money| money.minor_units < 0) {
        return Err(Problem::Negative { value: value.to_owned() });
    }
    client.arrears = arrears.filter(|money| money.minor_units != 0);
    Ok(())
}

/// Spreadsheets keep a location as a latitude and a longitude, each with a decimal point or comma.
static LOCATION_COLUMNS: Split<Client> = Split {
    columns: &[
        Column {
            name: "latitude",
            aliases: &["lat", "纬度", "szerokość", "szerokość geograficzna"],
            show: |c| c.location.map(|p| p.lat.to_string()).unwrap_or_default(),
        },
        Column {
            name: "longitude",
            aliases: &["lon", "lng", "经度", "długość", "długość geograficzna"],
            show: |c| c.location.map(|p| p.lon.to_string()).unwrap_or_default(),
        },
    ],
    join: |cells, _| match cells {
        [None, None] => Ok(String::new()),
        [Some(_), None] => Err(vec![(1, Problem::GivenWithout { other: "latitude".into() })]),
        [None, Some(_)] => Err(vec![(0, Problem::GivenWithout { other: "longitude".into() })]),
        [Some(lat), Some(lon)] => {
            let (lat, lon) = (parse_degrees(lat, 90.0), parse_degrees(lon, 180.0));
            match (lat, lon) {
                (Ok(lat), Ok(lon)) => Ok(format!("{lat},{lon}")),
                (lat, lon) => {
                    Err([lat.err().map(|p| (0, p)), lon.err().map(|p| (1, p))].into_iter().flatten().collect())
                }
            }
        }
        _ => Ok(String::new()),
    },
};

/// Spreadsheets keep arrears as an amount and a currency; an amount without one is
/// in the currency of the manager's region.
static ARREARS_COLUMNS: Split<Client> = Split {
    columns: &[
        Column {
            name: "arrears",
            aliases: &["欠费", "欠费金额", "zaległości", "zadłużenie"],
            show: |c| c.arrears.as_ref().map(Money::amount_text).unwrap_or_default(),
        },
        Column {
            name: "currency",
            aliases: &["币种", "货币", "waluta"],
            show: |c| c.arrears.as_ref().map(|m| m.currency.clone()).unwrap_or_default(),
        },
    ],
    join: |cells, reading| match cells {
        [Some(amount), currency] if !has_currency_code(amount) => {
            Ok(format!("{amount} {}", currency.unwrap_or(reading.default_currency)))
        }
        [amount, _] => Ok(amount.unwrap_or_default().to_owned()),
        _ => Ok(String::new()),
    },
};

/// Whether `amount` ends with a three-letter currency code (`12500 CNY`).
fn has_currency_code(amount: &str) -> bool {
    amount
        .trim()
        .rsplit_once(' ')
        .is_some_and(|(_, code)| code.len() == 3 && code.chars().all(|c| c.is_ascii_alphabetic()))
}
