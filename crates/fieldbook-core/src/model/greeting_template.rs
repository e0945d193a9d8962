//! Greeting templates, per language and occasion, with placeholders: defaults
//! in the code and the manager's own versions in the settings.
//!
//! A template's occasion is `birthday`, `holiday` (any festival), `generic`, or
//! one festival's key (`cn.mid_autumn`), which beats `holiday`. The manager's
//! template beats the default. Placeholders: `{name}` (the person), `{title}`,
//! `{client}`, `{holiday}` (the festival's name; not in birthday greetings) and
//! `{manager}`.

use crate::model::Settings;
use crate::values::{FieldError, Language, Problem};

/// The placeholders a template may use.
pub const PLACEHOLDERS: [&str; 5] = ["name", "title", "client", "holiday", "manager"];

/// The occasions every language has a default template for.
pub const GREETING_OCCASIONS: [&str; 3] = ["birthday", "holiday", "generic"];

/// Checks that `template` uses only known placeholders, closes every `{`, and
/// uses `{holiday}` only where there is a holiday. `field` names it in the error.
pub fn check_template(field: &str, occasion: &str, template: &str) -> Result<(), FieldError> {
    for placeholder in placeholders(template).map_err(|problem| FieldError::refused(field, problem))? {
        if !PLACEHOLDERS.contains(&placeholder) {
            let known = PLACEHOLDERS.map(|p| format!("{{{p}}}")).join(", ");
            return Err(FieldError::refused(
                field,
                Problem::UnknownPlaceholder { placeholder: placeholder.to_owned(), known },
            ));
        }
        if placeholder == "holiday" && occasion == "birthday" {
            return Err(FieldError::refused(field, Problem::HolidayInBirthdayGreeting));
        }
    }
    Ok(())
}

/// The placeholders of `template`, in order; an error for an unclosed `{` or a stray `}`.
fn placeholders(template: &str) -> Result<Vec<&str>, Problem> {
    let mut found = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find(['{', '}']) {
        if rest[open..].starts_with('}') {
            return Err(Problem::StrayBrace { at: excerpt(&rest[open..]) });
        }
        let after = &rest[open + 1..];
        let close = after.find('}').filter(|close| !after[..*close].contains('{'));
        let Some(close) = close else {
            return Err(Problem::PlaceholderNotClosed { at: excerpt(&rest[open..]) });
        };
        found.push(&after[..close]);
        rest = &after[close + 1..];
    }
    Ok(found)
}

/// The first few characters of `text`, for an error message.
fn excerpt(text: &str) -> String {
    text.chars().take(12).collect()
}

impl Settings {
    /// The template for `occasion` (a festival key, `holiday`, `birthday` or `generic`)
    /// in `language`: the manager's, else a default; a festival falls back to `holiday`.
    pub fn greeting_template(&self, language: Language, occasion: &str) -> String {
        let own = |occasion: &str| self.greetings.get(&template_key(language, occasion)).cloned();
        let default = |occasion: &str| default_template(language, occasion).map(str::to_string);
        own(occasion)
            .or_else(|| default(occasion))
            .or_else(|| own("holiday"))
            .or_else(|| default("holiday"))
            .unwrap_or_default()
    }

    /// Sets the manager's template for `language` and `occasion`; an empty
    /// text puts the default back. `field` names it in errors.
    pub fn set_greeting(&mut self, field: &str, language: &str, occasion: &str, text: &str) -> Result<(), FieldError> {
        let language = language.parse::<Language>().map_err(|e| e.renamed(field))?;
        let occasion = occasion.trim();
        let is_festival = occasion.split_once('.').is_some_and(|(region, name)| {
            ["cn", "pl", "az"].contains(&region) && !name.is_empty() && !name.contains(char::is_whitespace)
        });
        if !GREETING_OCCASIONS.contains(&occasion) && !is_festival {
            return Err(FieldError::refused(field, Problem::NotAGreetingOccasion { value: occasion.to_owned() }));
        }
        let key = template_key(language, occasion);
        if text.trim().is_empty() {
            self.greetings.remove(&key);
            return Ok(());
        }
        check_template(field, occasion, text)?;
        self.greetings.insert(key, text.trim().to_string());
        Ok(())
    }
}

fn template_key(language: Language, occasion: &str) -> String {
    format!("{language}.{occasion}")
}

/// The default template for `occasion` in `language`, if the code has one.
fn default_template(language: Language, occasion: &str) -> Option<&'static str> {
    let template = match (language, occasion) {
        (Language::En, "birthday") => {
            "Dear {name}, happy birthday! Wishing you good health and every success in the year ahead. — {manager}"
        }
        (Language::En, "holiday") => {
            "Dear {name}, warm wishes for {holiday} to you and everyone at {client}. — {manager}"
        }
        (Language::En, "generic") => "Dear {name}, thank you for your trust and support. Best regards, {manager}",
        (Language::ZhCn, "birthday") => "尊敬的{name}：祝您生日快乐，身体健康，万事如意！{manager}敬上",
        (Language::ZhCn, "holiday") => {
            "尊敬的{name}：{holiday}将至，谨向您及{client}全体同仁致以诚挚的问候，祝节日快乐！{manager}敬上"
        }
        (Language::ZhCn, "generic") => "尊敬的{name}：感谢您一直以来对我们工作的信任与支持！{manager}敬上",
        (Language::ZhCn, "cn.new_year") => "尊敬的{name}：元旦快乐！祝您新的一年事业顺利、身体健康。{manager}敬上",
        (Language::ZhCn, "cn.spring_festival") => {
            "尊敬的{name}：新春佳节，恭祝您及家人新年快乐、阖家幸福！感谢{client}一年来的支持。{manager}敬上"
        }
        (Language::ZhCn, "cn.dragon_boat") => "尊敬的{name}：端午安康！感谢您和{client}的一贯支持。{manager}敬上",
        (Language::ZhCn, "cn.mid_autumn") => "尊敬的{name}：月圆中秋，祝您及家人中秋快乐、花好月圆！{manager}敬上",
        (Language::Pl, "birthday") => {
            "{name}, z okazji urodzin serdecznie życzę zdrowia, sukcesów i wszelkiej pomyślności. Z wyrazami szacunku, {manager}"
        }
        (Language::Pl, "holiday") => {
            "{name}, z okazji święta ({holiday}) składam najlepsze życzenia dla Pani/Pana i całego zespołu {client}. Z wyrazami szacunku, {manager}"
        }
        (Language::Pl, "generic") => "{name}, dziękuję za zaufanie i współpracę. Z wyrazami szacunku, {manager}",
        (Language::Pl, "pl.christmas") => {
            "{name}, z okazji Świąt Bożego Narodzenia życzę spokoju, radości i wszelkiej pomyślności. Z wyrazami szacunku, {manager}"
        }
        (Language::Pl, "pl.easter") => {
            "{name}, z okazji Świąt Wielkanocnych życzę zdrowia, radości i wiosennego optymizmu. Z wyrazami szacunku, {manager}"
        }
        (Language::Az, "birthday") => {
            "Hörmətli {name}, ad gününüz mübarək! Sizə cansağlığı və uğurlar arzulayıram. Hörmətlə, {manager}"
        }
        (Language::Az, "holiday") => {
            "Hörmətli {name}, {holiday} münasibətilə Sizi və {client} kollektivini səmimi qəlbdən təbrik edirəm! Hörmətlə, {manager}"
        }
        (Language::Az, "generic") => {
            "Hörmətli {name}, etimadınız və əməkdaşlığınız üçün təşəkkür edirəm. Hörmətlə, {manager}"
        }
        (Language::Az, "az.novruz") => {
            "Hörmətli {name}, Novruz bayramınız mübarək! Süfrənizdən bərəkət əskik olmasın. Hörmətlə, {manager}"
        }
        _ => return None,
    };
    Some(template)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every default template passes the check any manager's template must pass.
    #[test]
    fn the_default_templates_use_only_known_placeholders() {
        let occasions = [
            "birthday",
            "holiday",
            "generic",
            "cn.new_year",
            "cn.spring_festival",
            "cn.dragon_boat",
            "cn.mid_autumn",
            "pl.christmas",
            "pl.easter",
            "az.novruz",
        ];
        for language in [Language::En, Language::ZhCn, Language::Pl, Language::Az] {
            for occasion in occasions {
                if let Some(template) = default_template(language, occasion) {
                    check_template("default", occasion, template).expect(template);
                }
            }
            assert!(GREETING_OCCASIONS.iter().all(|o| default_template(language, o).is_some()), "{language}");
        }
    }
}
