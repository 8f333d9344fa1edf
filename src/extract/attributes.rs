//! Attributes of a sentence that its relations keep: a money amount, a count of things, the sectors
//! named, and the event date. Patterns and words come from the language file; a date such as
//! `Senin (12/6)` is resolved against the article's date (the year before when it would fall after
//! it), and `on Monday` to the last Monday on or before the article's date.

use crate::lexicon::Language;
use chrono::{Datelike, NaiveDate};

/// What one sentence says besides who did what.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SentenceAttributes {
    /// First money amount, as written.
    pub amount: Option<String>,
    /// First count of things, as written.
    pub quantity: Option<String>,
    /// Sector words, in the order of the language file.
    pub sectors: Vec<String>,
    /// The event date, ISO 8601.
    pub date: Option<String>,
}

/// The attributes of `sentence` (its lowercase form `lower`), given the article's date.
pub fn attributes(
    sentence: &str,
    lower: &str,
    lang: &Language,
    article_date: Option<&str>,
) -> SentenceAttributes {
    let first = |patterns: &[regex::Regex]| {
        patterns
            .iter()
            .filter_map(|r| r.find(sentence))
            .min_by_key(|m| (m.start(), usize::MAX - m.len()))
            .map(|m| m.as_str().trim().to_string())
    };
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let found: Vec<&String> = lang
        .sectors
        .iter()
        .filter(|s| {
            let parts: Vec<&str> = s.split_whitespace().collect();
            words.windows(parts.len()).any(|w| w == parts.as_slice())
        })
        .collect();
    // `teknologi` inside `teknologi informasi` is not a sector of its own
    let sectors = found
        .iter()
        .filter(|s| {
            !found
                .iter()
                .any(|o| o.len() > s.len() && o.split_whitespace().any(|w| w == s.as_str()))
        })
        .map(|s| s.to_string())
        .collect();
    let article = article_date.and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
    SentenceAttributes {
        amount: first(&lang.money),
        quantity: first(&lang.quantity),
        sectors,
        date: event_date(&words, lang, article)
            .map(|d| d.format("%Y-%m-%d").to_string())
            .or_else(|| article_date.map(String::from)),
    }
}

/// A date the words give: `senin 12 6` (day/month after a day name, as in `Senin (12/6)`), or a day
/// name after `on` / `pada`.
fn event_date(words: &[&str], lang: &Language, article: Option<NaiveDate>) -> Option<NaiveDate> {
    let article = article?;
    for (i, w) in words.iter().enumerate() {
        let Some(weekday) = lang.weekdays.iter().position(|d| d == w) else {
            continue;
        };
        let num = |k: usize| words.get(k).and_then(|x| x.parse::<u32>().ok());
        if let (Some(day), Some(month)) = (num(i + 1), num(i + 2)) {
            let year = article.year();
            let date = NaiveDate::from_ymd_opt(year, month, day)?;
            return Some(if date > article {
                NaiveDate::from_ymd_opt(year - 1, month, day)?
            } else {
                date
            });
        }
        // the last such weekday on or before the article's date
        let back = (article.weekday().num_days_from_monday() + 7 - weekday as u32) % 7;
        return article.checked_sub_days(chrono::Days::new(back as u64));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;

    fn attrs(lang: &str, s: &str, date: Option<&str>) -> SentenceAttributes {
        let lex = Lexicon::builtin().unwrap();
        attributes(s, &s.to_lowercase(), lex.language(lang).unwrap(), date)
    }

    #[test]
    fn money_counts_and_sectors() {
        let a = attrs("id", "Volume perdagangan akan ditingkatkan menjadi 20 miliar dolar di bidang energi dan petrokimia.", None);
        assert_eq!(a.amount.as_deref(), Some("20 miliar dolar"));
        assert_eq!(a.sectors, ["energi", "petrokimia"]);
        let a = attrs(
            "id",
            "Menteri menandatangani 19 perjanjian kerja sama.",
            None,
        );
        assert_eq!(a.quantity.as_deref(), Some("19 perjanjian"));
        let a = attrs(
            "en",
            "The US approved a $1.3 billion arms sale to Egypt for its defence forces.",
            None,
        );
        assert_eq!(a.amount.as_deref(), Some("$1.3 billion"));
        assert_eq!(a.sectors, ["defence"]);
        let a = attrs(
            "id",
            "kerja sama di bidang teknologi informasi dan transportasi laut",
            None,
        );
        assert_eq!(a.sectors, ["teknologi informasi", "transportasi laut"]);
    }

    #[test]
    fn dates_resolve_against_the_article() {
        let a = attrs(
            "id",
            "Presiden tiba pada hari Senin (12/6).",
            Some("2023-06-14"),
        );
        assert_eq!(a.date.as_deref(), Some("2023-06-12"));
        let a = attrs("id", "Mereka bertemu Jumat (30/12).", Some("2024-01-02"));
        assert_eq!(a.date.as_deref(), Some("2023-12-30"));
        // 2025-03-05 is a Wednesday: "on Monday" is 2025-03-03
        let a = attrs("en", "The talks took place on Monday.", Some("2025-03-05"));
        assert_eq!(a.date.as_deref(), Some("2025-03-03"));
        let a = attrs("en", "No day here.", Some("2025-03-05"));
        assert_eq!(a.date.as_deref(), Some("2025-03-05"));
        assert_eq!(attrs("en", "On Monday.", None).date, None);
    }
}
