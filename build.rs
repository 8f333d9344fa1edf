//! Embeds every language file in `data/lang/` so that a new language is a new data file, not code.
use std::{env, fs, path::Path};

fn main() {
    let root = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let dir = Path::new(&root).join("data").join("lang");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut langs: Vec<_> = fs::read_dir(&dir)
        .expect("data/lang exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    langs.sort();
    let mut out = String::from("/// Language files embedded from `data/lang/` (file stem, contents).\npub(crate) const LANGUAGES: &[(&str, &str)] = &[\n");
    for p in &langs {
        println!("cargo:rerun-if-changed={}", p.display());
        let stem = p.file_stem().unwrap().to_string_lossy();
        out.push_str(&format!(
            "    ({stem:?}, include_str!({:?})),\n",
            p.display().to_string()
        ));
    }
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").unwrap()).join("embedded_langs.rs");
    fs::write(dest, out).expect("write embedded_langs.rs");
}
