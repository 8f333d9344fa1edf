//! Word-form generation: a cue root in a language file becomes the forms news text uses.
//!
//! Indonesian builds words with affixes whose first consonant assimilates to the root (`meN-` + `kecam`
//! = `mengecam`, `peN-` + `beli` + `-an` = `pembelian`); English inflects with `-s`, `-ed`, `-ing`.
//! Each generated form carries the grammatical role it plays, which decides how the extractor finds
//! its source and target.

use super::CueForm;

/// Expands one root entry (`kecam:0,meN,di,-an`) by the named rule set (`indonesian`, `english`).
/// Unknown rule sets and affixes yield nothing beyond the root itself, as a verb.
pub fn expand(rules: &str, entry: &str) -> Vec<(String, CueForm)> {
    let (root, affixes) = match entry.split_once(':') {
        Some((r, a)) => (r.trim(), Some(a)),
        None => (entry.trim(), None),
    };
    let root = root.to_lowercase();
    match rules {
        "indonesian" => {
            let affixes: Vec<&str> = match affixes {
                Some(a) => a.split(',').map(str::trim).collect(),
                None => vec!["meN", "di", "-an", "peN-an"],
            };
            affixes
                .into_iter()
                .flat_map(|a| indonesian(&root, a))
                .collect()
        }
        "english" => match root.split_once(' ') {
            // a phrase inflects its first word: `restore diplomatic ties` gives `restores
            // diplomatic ties`, `restored diplomatic ties`, `restoring diplomatic ties`
            Some((verb, rest)) => english(verb)
                .into_iter()
                .map(|(form, kind)| (format!("{form} {rest}"), kind))
                .collect(),
            None => english(&root),
        },
        _ => vec![(root, CueForm::Verb)],
    }
}

/// `meN-`/`peN-` with assimilation: returns the prefix and the root with a dropped first consonant.
fn nasal(prefix: &str, root: &str) -> String {
    let base = &prefix[..prefix.len() - 1]; // "me" or "pe"
    let first = root.chars().next().unwrap_or('a');
    let rest = &root[first.len_utf8()..];
    match first {
        'a' | 'e' | 'i' | 'o' | 'u' | 'g' | 'h' => format!("{base}ng{root}"),
        'k' => format!("{base}ng{rest}"),
        'b' | 'f' | 'v' => format!("{base}m{root}"),
        'p' => format!("{base}m{rest}"),
        'd' | 'c' | 'j' | 'z' => format!("{base}n{root}"),
        't' => format!("{base}n{rest}"),
        's' => format!("{base}ny{rest}"),
        _ => format!("{base}{root}"),
    }
}

fn indonesian(root: &str, affix: &str) -> Vec<(String, CueForm)> {
    let ber = if root.starts_with('r') { "be" } else { "ber" };
    let per = if root.starts_with('r') { "pe" } else { "per" };
    match affix {
        "0" => vec![(root.to_string(), CueForm::Verb)],
        "meN" => vec![(nasal("meN", root), CueForm::Verb)],
        "meN-i" => vec![
            (format!("{}i", nasal("meN", root)), CueForm::Verb),
            (format!("{root}i"), CueForm::Verb),
        ],
        "meN-kan" => vec![
            (format!("{}kan", nasal("meN", root)), CueForm::Verb),
            (format!("{root}kan"), CueForm::Verb),
        ],
        "di" => vec![(format!("di{root}"), CueForm::Passive)],
        "di-i" => vec![(format!("di{root}i"), CueForm::Passive)],
        "di-kan" => vec![(format!("di{root}kan"), CueForm::Passive)],
        "ber" => vec![(format!("{ber}{root}"), CueForm::Verb)],
        "-an" => vec![(format!("{root}an"), CueForm::Noun)],
        "peN-an" => vec![(format!("{}an", nasal("peN", root)), CueForm::Noun)],
        "per-an" => vec![(format!("{per}{root}an"), CueForm::Noun)],
        "ke-an" => vec![(format!("ke{root}an"), CueForm::Noun)],
        _ => Vec::new(),
    }
}

fn english(root: &str) -> Vec<(String, CueForm)> {
    let vowel = |c: char| "aeiou".contains(c);
    let chars: Vec<char> = root.chars().collect();
    let n = chars.len();
    let mut out = vec![(root.to_string(), CueForm::Either)];
    let (third, past, ing) = if let Some(stem) = root.strip_suffix('e') {
        // (a final `e` after `e`, `o` or `y` stays: `agreeing`, `toeing`)
        let ing = if stem.ends_with(['e', 'o', 'y']) {
            format!("{root}ing")
        } else {
            format!("{stem}ing")
        };
        (format!("{root}s"), format!("{root}d"), ing)
    } else if n >= 2 && chars[n - 1] == 'y' && !vowel(chars[n - 2]) {
        let stem = &root[..root.len() - 1];
        (
            format!("{stem}ies"),
            format!("{stem}ied"),
            format!("{root}ing"),
        )
    } else if root.ends_with('o')
        || root.ends_with("sh")
        || root.ends_with("ch")
        || root.ends_with('x')
    {
        (
            format!("{root}es"),
            format!("{root}ed"),
            format!("{root}ing"),
        )
    } else if (3..=5).contains(&n)
        // (one syllable only: `scrapped`, `banned`, but `opened`)
        && chars.iter().filter(|&&c| vowel(c)).count() == 1
        && !vowel(chars[n - 1])
        && !"wxy".contains(chars[n - 1])
        && vowel(chars[n - 2])
        && !vowel(chars[n - 3])
    {
        let last = chars[n - 1];
        (
            format!("{root}s"),
            format!("{root}{last}ed"),
            format!("{root}{last}ing"),
        )
    } else {
        (
            format!("{root}s"),
            format!("{root}ed"),
            format!("{root}ing"),
        )
    };
    out.push((third, CueForm::Either));
    out.push((past, CueForm::Verb));
    out.push((ing, CueForm::Verb));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(rules: &str, entry: &str) -> Vec<String> {
        expand(rules, entry).into_iter().map(|(f, _)| f).collect()
    }

    #[test]
    fn indonesian_prefixes_assimilate() {
        assert_eq!(
            forms("indonesian", "kecam:meN,di,-an,peN-an"),
            ["mengecam", "dikecam", "kecaman", "pengecaman"]
        );
        assert_eq!(forms("indonesian", "tolak:meN"), ["menolak"]);
        assert_eq!(
            forms("indonesian", "serang:meN,peN-an"),
            ["menyerang", "penyerangan"]
        );
        assert_eq!(
            forms("indonesian", "beli:meN,peN-an"),
            ["membeli", "pembelian"]
        );
        assert_eq!(forms("indonesian", "ancam:meN"), ["mengancam"]);
        assert_eq!(
            forms("indonesian", "tandatangan:meN-i,di-i,peN-an"),
            [
                "menandatangani",
                "tandatangani",
                "ditandatangani",
                "penandatanganan"
            ]
        );
        assert_eq!(
            forms("indonesian", "kunjung:ber,-an"),
            ["berkunjung", "kunjungan"]
        );
        assert_eq!(
            forms("indonesian", "runding:ber,per-an"),
            ["berunding", "perundingan"]
        );
        assert_eq!(forms("indonesian", "sepakat:ke-an"), ["kesepakatan"]);
    }

    #[test]
    fn indonesian_forms_carry_their_voice() {
        let f = expand("indonesian", "kecam:meN,di,-an");
        assert_eq!(f[0].1, CueForm::Verb);
        assert_eq!(f[1].1, CueForm::Passive);
        assert_eq!(f[2].1, CueForm::Noun);
    }

    #[test]
    fn english_inflects() {
        assert_eq!(
            forms("english", "sanction"),
            ["sanction", "sanctions", "sanctioned", "sanctioning"]
        );
        assert_eq!(
            forms("english", "criticise"),
            ["criticise", "criticises", "criticised", "criticising"]
        );
        assert_eq!(
            forms("english", "ban"),
            ["ban", "bans", "banned", "banning"]
        );
        assert_eq!(
            forms("english", "scrap"),
            ["scrap", "scraps", "scrapped", "scrapping"]
        );
        assert_eq!(
            forms("english", "open"),
            ["open", "opens", "opened", "opening"]
        );
        assert_eq!(
            forms("english", "embargo"),
            ["embargo", "embargoes", "embargoed", "embargoing"]
        );
        assert_eq!(
            forms("english", "agree"),
            ["agree", "agrees", "agreed", "agreeing"]
        );
        assert_eq!(
            forms("english", "ally"),
            ["ally", "allies", "allied", "allying"]
        );
        assert_eq!(
            forms("english", "visit"),
            ["visit", "visits", "visited", "visiting"]
        );
        assert_eq!(
            forms("english", "restore ties"),
            [
                "restore ties",
                "restores ties",
                "restored ties",
                "restoring ties"
            ]
        );
    }
}
