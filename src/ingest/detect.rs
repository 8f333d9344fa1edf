//! Language detection by word counts: each language file lists its function words, cues, markers and
//! role words, and the language whose words occur most often in the text wins. Adding a language file
//! adds it here too.

use crate::lexicon::Lexicon;

/// How many words of a text are read to tell its language: a few sentences are plenty.
const WORDS: usize = 400;

/// The code of the language whose typical words are most frequent in `text` (its first 400 words, or
/// fewer once one language clearly leads).
/// Ties and texts without any stop-word go to the first language in code order (`en`).
pub fn detect_language(text: &str, lexicon: &Lexicon) -> String {
    let mut hits = vec![0usize; lexicon.languages.len()];
    let mut word = String::new();
    for w in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(WORDS)
    {
        word.clear();
        if w.is_ascii() {
            word.push_str(w);
            word.make_ascii_lowercase();
        } else {
            word.extend(w.chars().flat_map(char::to_lowercase));
        }
        for (n, lang) in hits.iter_mut().zip(&lexicon.languages) {
            if lang.signature.contains(&word) {
                *n += 1;
            }
        }
        if decided(&hits) {
            break;
        }
    }
    let mut best: Option<(usize, &str)> = None;
    for (n, lang) in hits.iter().zip(&lexicon.languages) {
        if best.is_none_or(|(b, _)| *n > b) {
            best = Some((*n, &lang.code));
        }
    }
    best.map(|(_, c)| c.to_string())
        .unwrap_or_else(|| "en".to_string())
}

/// True once one language leads so far that the rest of the text cannot change the answer in
/// practice: at least 30 typical words, three times as many as any other language.
fn decided(hits: &[usize]) -> bool {
    const LEAD: usize = 30;
    let mut sorted: Vec<usize> = hits.to_vec();
    sorted.sort_unstable_by(|a, b| b.cmp(a));
    match sorted.as_slice() {
        [first, rest @ ..] => {
            *first >= LEAD && rest.first().is_none_or(|&second| *first >= 3 * second)
        }
        [] => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_indonesian_from_english() {
        let lex = Lexicon::builtin().unwrap();
        assert_eq!(detect_language("Presiden Iran tiba di Caracas pada Senin pagi, untuk memimpin delegasi yang besar.", &lex), "id");
        assert_eq!(
            detect_language(
                "The president of Iran arrived in Caracas on Monday to lead the delegation.",
                &lex
            ),
            "en"
        );
        assert_eq!(detect_language("Malaysia mengecam Myanmar", &lex), "id");
        assert_eq!(detect_language("Chile condemned Peru", &lex), "en");
    }
}
