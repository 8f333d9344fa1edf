//! Sentences and tokens.
//!
//! Sentences end at `.`, `!` or `?` followed by a capital, a digit or a quote, except after an
//! abbreviation of the language or a single-letter initial (`U.S.`, `J. Smith`); a line break always
//! ends one. Tokens are runs of letters and digits, or single punctuation characters, with byte offsets
//! into the sentence, so that phrase matches can be mapped onto them.

use crate::lexicon::Language;
use std::collections::HashMap;

/// A word or punctuation mark of a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset after the last character.
    pub end: usize,
    /// Lowercased text.
    pub lower: compact_str::CompactString,
    /// True for a word (letters or digits), false for punctuation.
    pub word: bool,
    /// True when the word starts with an upper-case letter.
    pub capital: bool,
}

/// How many words a title must have before its lack of capitals says it was case-folded.
const MIN_FOLDED_WORDS: usize = 3;

/// A case-folded title (`Tak bisa temui wni yang ditahan ri protes mesir`: no capital after its
/// first letter) with each word written as the body writes it where the body mostly capitalises
/// it past a sentence's first word (`RI`, `Mesir`, `WNI`); any other title is returned as it is.
/// Names in it can then be found as in the body.
pub fn recase_title(title: &str, body: &str) -> String {
    let words = tokenize(title);
    let folded = words.iter().filter(|t| t.word).count() >= MIN_FOLDED_WORDS
        && !title.chars().skip(1).any(char::is_uppercase);
    if !folded {
        return title.to_string();
    }
    // per lowercase word of the title: the body's capitalised forms of it inside sentences, and
    // how often the body writes it in lowercase
    let mut forms: HashMap<&str, (HashMap<&str, usize>, usize)> = words
        .iter()
        .filter(|t| t.word)
        .map(|t| (&title[t.start..t.end], (HashMap::new(), 0)))
        .collect();
    for line in body.lines() {
        let tokens = tokenize(line);
        for (i, t) in tokens.iter().enumerate() {
            let Some((cased, lower)) = forms.get_mut(t.lower.as_str()) else {
                continue;
            };
            let opening = i == 0
                || matches!(
                    tokens[i - 1].lower.as_str(),
                    "." | "!" | "?" | "\"" | "“" | "-" | ":"
                );
            if !t.capital {
                *lower += 1;
            } else if !opening {
                *cased.entry(&line[t.start..t.end]).or_default() += 1;
            }
        }
    }
    let mut out = String::with_capacity(title.len());
    let mut at = 0;
    for t in words.iter().filter(|t| t.word && !t.capital) {
        let Some((cased, lower)) = forms.get(&title[t.start..t.end]) else {
            continue;
        };
        let total: usize = cased.values().sum();
        // (the most frequent form; on a tie the alphabetically first)
        let best = cased
            .iter()
            .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
            .map(|(form, _)| *form);
        if let Some(form) = best.filter(|_| total > *lower) {
            out.push_str(&title[at..t.start]);
            out.push_str(form);
            at = t.end;
        }
    }
    out.push_str(&title[at..]);
    out
}

/// Lowercases character by character, keeping every byte offset valid: a character whose lowercase
/// form has another length in UTF-8 is kept as it is.
pub fn lower_same_len(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        let mut l = c.to_lowercase();
        out.push(match (l.next(), l.next()) {
            (Some(x), None) if x.len_utf8() == c.len_utf8() => x,
            _ => c,
        });
    }
    out
}

/// [`lower_same_len`] into a string that keeps short words inline (no allocation per token).
fn lower_same_len_compact(s: &str) -> compact_str::CompactString {
    if s.is_ascii() {
        let mut out = compact_str::CompactString::new(s);
        out.make_ascii_lowercase();
        return out;
    }
    compact_str::CompactString::from(lower_same_len(s))
}

/// A fingerprint of a sentence's letters and digits, lowercased: two sentences that differ only in
/// case, spacing or punctuation have the same key.
pub fn content_key(s: &str) -> u64 {
    use std::hash::Hasher;
    let mut h = rustc_hash::FxHasher::default();
    for c in s.chars() {
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                h.write_u32(c.to_ascii_lowercase() as u32);
            }
        } else if c.is_alphanumeric() {
            for l in c.to_lowercase() {
                h.write_u32(l as u32);
            }
        }
    }
    h.finish()
}

/// Splits a sentence into tokens.
pub fn tokenize(sentence: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut chars = sentence.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_alphanumeric() {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                if d.is_alphanumeric() {
                    end = j + d.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            let text = &sentence[i..end];
            tokens.push(Token {
                start: i,
                end,
                lower: lower_same_len_compact(text),
                word: true,
                capital: c.is_uppercase(),
            });
        } else if !c.is_whitespace() {
            let end = i + c.len_utf8();
            tokens.push(Token {
                start: i,
                end,
                lower: compact_str::CompactString::new(&sentence[i..end]),
                word: false,
                capital: false,
            });
        }
    }
    tokens
}

/// Splits a text into sentences (trimmed, non-empty).
pub fn sentences(text: &str, lang: &Language) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let chars: Vec<(usize, char)> = line.char_indices().collect();
        let mut begin = 0usize;
        let mut k = 0usize;
        while k < chars.len() {
            let (i, c) = chars[k];
            if matches!(c, '.' | '!' | '?' | '…') {
                // include closing quotes and brackets
                let mut e = k + 1;
                while e < chars.len()
                    && matches!(
                        chars[e].1,
                        '"' | '\'' | '”' | '’' | ')' | ']' | '.' | '!' | '?'
                    )
                {
                    e += 1;
                }
                let mut n = e;
                while n < chars.len() && chars[n].1.is_whitespace() {
                    n += 1;
                }
                let followed_by_space = n > e;
                let starts_new = n >= chars.len()
                    || (followed_by_space
                        && (chars[n].1.is_uppercase()
                            || chars[n].1.is_numeric()
                            || matches!(chars[n].1, '"' | '“' | '\'' | '‘' | '(' | '[')));
                if starts_new && !(c == '.' && is_abbreviation(line, i, lang)) {
                    let end = if e < chars.len() {
                        chars[e].0
                    } else {
                        line.len()
                    };
                    push(&mut out, &line[begin..end]);
                    begin = end;
                }
                k = e;
                continue;
            }
            let _ = i;
            k += 1;
        }
        push(&mut out, &line[begin..]);
    }
    out
}

fn push(out: &mut Vec<String>, s: &str) {
    let s = s.trim();
    if !s.is_empty() {
        out.push(s.to_string());
    }
}

/// Whether the full stop at byte `dot` of `line` ends an abbreviation or an initial.
fn is_abbreviation(line: &str, dot: usize, lang: &Language) -> bool {
    let before = &line[..dot];
    let word: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric() || *c == '.')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let word = word.trim_start_matches('.');
    if word.is_empty() {
        return false;
    }
    let last = word.rsplit('.').next().unwrap_or(word);
    if last.chars().count() == 1 && last.chars().all(|c| c.is_uppercase()) {
        return true;
    }
    lang.abbreviations.contains(&word.to_lowercase())
        || lang.abbreviations.contains(&last.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;

    #[test]
    fn a_case_folded_title_is_written_as_its_body_writes_its_words() {
        let body =
            "Menteri Luar Negeri RI Retno Marsudi belum bertemu dua WNI yang ditahan di Mesir.\n\
                    Mesir tidak memberi akses. Retno akan menghubungi Kairo, kata dia.";
        assert_eq!(
            recase_title("Tak bisa temui wni yang ditahan ri protes mesir", body),
            "Tak bisa temui WNI yang ditahan RI protes Mesir"
        );
        // (a word the body writes in lowercase as often stays: `akan`; a title with a capital
        // past its first letter was not folded and is kept)
        assert_eq!(
            recase_title("Retno akan ke mesir", body),
            "Retno akan ke Mesir"
        );
        assert_eq!(
            recase_title("RI protes mesir soal wni", body),
            "RI protes mesir soal wni"
        );
        // (a word capitalised only where a sentence opens is no name: `Mesir` above counts once)
        assert_eq!(
            recase_title("tidak ada akses", "Tidak ada. Tidak jelas."),
            "tidak ada akses"
        );
    }

    #[test]
    fn content_key_ignores_case_and_punctuation_only() {
        assert_eq!(
            content_key("Iran, Venezuela sign 19 deals."),
            content_key("IRAN Venezuela sign 19 deals")
        );
        assert_eq!(content_key("Éire signs"), content_key("éire SIGNS!"));
        assert_ne!(
            content_key("Iran signs 19 deals"),
            content_key("Iran signs 18 deals")
        );
    }

    #[test]
    fn splits_sentences_but_not_abbreviations() {
        let lex = Lexicon::builtin().unwrap();
        let en = lex.language("en").unwrap();
        let s = sentences(
            "The U.S. President met Mr. Putin. He said \"yes.\" Then he left!\nNew line",
            en,
        );
        assert_eq!(
            s,
            [
                "The U.S. President met Mr. Putin.",
                "He said \"yes.\"",
                "Then he left!",
                "New line"
            ]
        );
    }

    #[test]
    fn tokens_keep_offsets() {
        let t = tokenize("Iran's AS-Iran, Hà Nội.");
        let words: Vec<&str> = t.iter().map(|t| t.lower.as_str()).collect();
        assert_eq!(
            words,
            ["iran", "'", "s", "as", "-", "iran", ",", "hà", "nội", "."]
        );
        assert!(t[0].capital && !t[2].capital);
        assert_eq!(&"Iran's AS-Iran, Hà Nội."[t[7].start..t[8].end], "Hà Nội");
    }

    #[test]
    fn lowercasing_keeps_lengths() {
        let s = "İstanbul ÅS";
        assert_eq!(lower_same_len(s).len(), s.len());
    }
}
