//! Boilerplate removal: page furniture is dropped line by line before extraction sees the text.

use crate::lexicon::Lexicon;

/// Drops every line that a language's `drop_line` pattern matches, and everything from the first line
/// that a `cut_rest` pattern matches (comment forms); a `strip_prefix` match opening a line (a
/// dateline) is cut from it. Patterns of all languages apply, since page
/// furniture does not follow the article's language (`Leave a Reply` under Indonesian news).
pub fn clean_text(text: &str, lexicon: &Lexicon) -> String {
    let b = &lexicon.boilerplate;
    let matches =
        |r: &Option<regex::Regex>, line: &str| r.as_ref().is_some_and(|r| r.is_match(line));
    let mut kept: Vec<&str> = Vec::new();
    for line in text.lines() {
        if matches(&b.cut_rest, line) {
            break;
        }
        if !matches(&b.drop_line, line) {
            // (a dateline opens the lead: `Jakarta, CNN Indonesia - - Seorang tersangka ...`)
            let line = match b.strip_prefix.as_ref().and_then(|r| r.find(line)) {
                Some(m) if m.start() == 0 => &line[m.end()..],
                _ => line,
            };
            kept.push(line.trim_end());
        }
    }
    while kept.last().is_some_and(|l| l.trim().is_empty()) {
        kept.pop();
    }
    kept.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_read_also_lines_and_comment_forms() {
        let lex = Lexicon::builtin().unwrap();
        let text = "Satu.\nBaca Juga : Moskow Tolak Klaim Kiev\nDua.\nbaca juga: x\nRead more: Football\n\
                    Tiga.\nLeave a Reply\nYour email address will not be published.\nKomentar palsu.";
        assert_eq!(clean_text(text, &lex), "Satu.\nDua.\nTiga.");
    }

    #[test]
    fn cuts_datelines_from_the_lead() {
        let lex = Lexicon::builtin().unwrap();
        let text = "Jakarta, CNN Indonesia - - Korea Utara mengancam AS.\n\
                    Jakarta (ANTARA News) - Iran mengecam AS.\n\
                    WASHINGTON (Reuters) - Iran condemned Israel.\n\
                    Jakarta, ibu kota Indonesia, ramai.";
        assert_eq!(
            clean_text(text, &lex),
            "Korea Utara mengancam AS.\nIran mengecam AS.\nIran condemned Israel.\n\
             Jakarta, ibu kota Indonesia, ramai."
        );
    }

    #[test]
    fn keeps_ordinary_sentences_that_mention_the_words() {
        let lex = Lexicon::builtin().unwrap();
        let text = "Dia membaca juga buku itu.\nThe related issue was raised.";
        assert_eq!(clean_text(text, &lex), text);
    }
}
