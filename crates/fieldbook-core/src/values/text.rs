//! Free text and lists as the records keep them and as people type them.

use crate::values::problem::Problem;

/// Serde for [`autosurgeon::Text`] as a plain string, used by the interchange format.
pub(crate) mod text_serde {
    use autosurgeon::Text;
    use serde::{Deserialize, Deserializer, Serializer};

    pub(crate) fn serialize<S: Serializer>(text: &Text, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(text.as_str())
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Text, D::Error> {
        String::deserialize(deserializer).map(Text::with_value)
    }
}

/// Yes or no in the languages of Fieldbook's users; spreadsheets also tick with `√` or `✓`.
pub fn parse_yes_no(cell: &str) -> Result<bool, Problem> {
    match cell.trim().to_lowercase().as_str() {
        "yes" | "y" | "true" | "1" | "是" | "√" | "✓" | "x" | "tak" | "t" | "bəli" | "beli" => Ok(true),
        "no" | "n" | "false" | "0" | "否" | "nie" | "xeyr" => Ok(false),
        _ => Err(Problem::NotYesOrNo { value: cell.to_owned() }),
    }
}

/// Separators between the items of a list (tags, preferences) as people write them.
pub const LIST_SEPARATORS: &[char] = &[';', ',', '；', '，', '、'];
/// Separators between phone numbers, which may also be written `138… / 139…`.
pub const PHONE_SEPARATORS: &[char] = &[';', '；', '/', ',', '，', '、'];

/// The items of a list written with `separators`, trimmed, without empty ones.
pub fn list(value: &str, separators: &[char]) -> Vec<String> {
    value.split(separators).map(str::trim).filter(|item| !item.is_empty()).map(str::to_string).collect()
}
