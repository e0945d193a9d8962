//! Cells a spreadsheet would run as a formula (`=HYPERLINK(…)`, a phone number
//! `+48 600 100 200`, a birthday `--05-17`). The CSV export writes such a cell
//! behind one apostrophe, as OWASP advises against CSV injection, so that opening
//! an export never runs a formula; the import takes that apostrophe off again, so
//! an export reads back as it was. A plain number (`-33.8688`) is no formula and is
//! written as it is, for spreadsheets to read as a number.

use std::borrow::Cow;

/// The characters a spreadsheet starts a formula with.
const FORMULA_STARTS: [char; 4] = ['=', '+', '-', '@'];

/// The cell as the export writes it: behind one more apostrophe when it would be a formula.
pub(crate) fn guarded(cell: &str) -> Cow<'_, str> {
    if is_guarded(cell) { Cow::Owned(format!("'{cell}")) } else { Cow::Borrowed(cell) }
}

/// The cell as it was before [`guarded`]: one apostrophe fewer when it guards a formula.
pub(crate) fn unguarded(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(value) if is_guarded(value) => value,
        _ => cell,
    }
}

/// Whether the export guards `value`: past any apostrophes it already has, it starts
/// like a formula and is not a plain number. Counting those apostrophes keeps a value
/// such as `'=x` apart from a guarded `=x`, so every value reads back unchanged.
fn is_guarded(value: &str) -> bool {
    let value = value.trim_start_matches('\'');
    value.starts_with(FORMULA_STARTS) && !is_plain_number(value)
}

/// A decimal number with a sign (`-12.5`, `+3`), which a spreadsheet reads as a number.
fn is_plain_number(value: &str) -> bool {
    let digits = value.trim_start_matches(['+', '-']);
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    digits.len() + 1 == value.len()
        && !whole.is_empty()
        && whole.bytes().chain(fraction.bytes()).all(|byte| byte.is_ascii_digit())
}
