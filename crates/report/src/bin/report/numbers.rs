//! `report eval numbers`: the number extractor against the number gold.

use crate::{exit_after_output, fail, usage_error};
use report::eval::{score, GoldFile, Score};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// `report eval numbers [--misses] [--corpus DIR] [--against OTHER_DIR] GOLD_DIR`: with
/// `--against`, the gold files that `OTHER_DIR` has too are scored against its annotations
/// instead of the parser's (two annotators' agreement).
pub fn eval(args: &[String]) -> ExitCode {
    let (against, args) = match against_arg(args) {
        Ok(a) => a,
        Err(code) => return code,
    };
    let (misses, corpus, dir) = match eval_args(&args) {
        Ok(a) => a,
        Err(code) => return code,
    };
    let corpus = corpus.unwrap_or_else(|| dir.join("../data/corpus"));
    let mut files = match gold_files(&dir) {
        Ok(f) => f,
        Err(code) => return code,
    };
    if let Some(other) = &against {
        files.retain(|f| f.file_name().is_some_and(|n| other.join(n).is_file()));
    }
    let mut out = String::new();
    out.push_str(&format!(
        "{:<28} {:>5} {:>6} {:>7} {:>5} {:>5} {:>5} {:>5} {:>6} {:>5} {:>6} {:>5}\n",
        "report",
        "ind.",
        "right",
        "share",
        "kind",
        "value",
        "unit",
        "label",
        "missed",
        "non",
        "marked",
        "extra"
    ));
    let (mut all, mut tuning, mut held) = (Score::default(), Score::default(), Score::default());
    let mut details = String::new();
    for f in &files {
        let (gold, s) = match score_file(f, &corpus, against.as_deref()) {
            Ok(x) => x,
            Err(code) => return code,
        };
        // The gold file's own name: a report may have more than one (`…_b.json`, paragraphs
        // annotated in a later round).
        let stem = f.file_stem().and_then(|s| s.to_str()).unwrap_or(&gold.file);
        let name = format!("{}{}", stem, if gold.held_out { " (held out)" } else { "" });
        out.push_str(&row(&name, &s));
        if misses {
            details.push_str(&misses_text(&name, &s));
        }
        all.add(&s);
        if gold.held_out {
            held.add(&s)
        } else {
            tuning.add(&s)
        }
    }
    out.push_str(&row("tuning reports", &tuning));
    out.push_str(&row("held-out reports", &held));
    out.push_str(&row("all", &all));
    out.push_str(&format!(
        "fully right: {:.1}% of {} indicators; non-indicators marked: {:.1}% ({} of {} gold non-indicators, {} extra marks)\n",
        100.0 * all.right_share(),
        all.indicators,
        100.0 * all.marked_share(),
        all.marked,
        all.non_indicators,
        all.extra
    ));
    out.push_str(&details);
    let mut stdout = io::stdout().lock();
    exit_after_output(
        stdout
            .write_all(out.as_bytes())
            .and_then(|_| stdout.flush()),
    )
}

/// `numbers [--misses] [--corpus DIR] GOLD_DIR`: whether to list misses, the corpus folder if
/// given, and the gold folder.
fn eval_args(args: &[String]) -> Result<(bool, Option<PathBuf>, PathBuf), ExitCode> {
    if args.first().map(String::as_str) != Some("numbers") {
        return Err(usage_error("eval takes 'numbers' or 'track'"));
    }
    gold_args(&args[1..])
}

/// `[--misses] [--corpus DIR] GOLD_DIR`, as both evals take them.
pub fn gold_args(args: &[String]) -> Result<(bool, Option<PathBuf>, PathBuf), ExitCode> {
    let mut misses = false;
    let mut corpus: Option<PathBuf> = None;
    let mut dir: Option<PathBuf> = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--misses" => misses = true,
            "--corpus" => match it.next() {
                Some(d) => corpus = Some(d.into()),
                None => return Err(usage_error("--corpus takes a folder")),
            },
            a if a.starts_with('-') => return Err(usage_error(&format!("unknown option '{a}'"))),
            _ if dir.is_some() => return Err(usage_error("more than one GOLD_DIR given")),
            _ => dir = Some(a.into()),
        }
    }
    let Some(dir) = dir else {
        return Err(usage_error("missing GOLD_DIR"));
    };
    Ok((misses, corpus, dir))
}

/// The `*.json` files of `dir`, sorted; at least one.
pub fn gold_files(dir: &Path) -> Result<Vec<PathBuf>, ExitCode> {
    let mut files: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(d) => d
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect(),
        Err(e) => return Err(fail(&format!("cannot read {}: {e}", dir.display()))),
    };
    files.sort();
    if files.is_empty() {
        return Err(fail(&format!("no *.json gold in {}", dir.display())));
    }
    Ok(files)
}

/// `--against OTHER_DIR`, taken out of `args`.
fn against_arg(args: &[String]) -> Result<(Option<PathBuf>, Vec<String>), ExitCode> {
    let Some(i) = args.iter().position(|a| a == "--against") else {
        return Ok((None, args.to_vec()));
    };
    let Some(dir) = args.get(i + 1) else {
        return Err(usage_error("--against takes a folder"));
    };
    let rest = [&args[..i], &args[i + 2..]].concat();
    Ok((Some(dir.into()), rest))
}

fn read_gold(f: &Path) -> Result<GoldFile, ExitCode> {
    std::fs::read_to_string(f)
        .map_err(|e| e.to_string())
        .and_then(|t| serde_json::from_str(&t).map_err(|e| e.to_string()))
        .map_err(|e| fail(&format!("cannot read gold {}: {e}", f.display())))
}

/// The gold of file `f` and the score of the parse of its text (in `corpus`), or of the other
/// annotator's file of the same name (in `against`).
fn score_file(
    f: &Path,
    corpus: &Path,
    against: Option<&Path>,
) -> Result<(GoldFile, Score), ExitCode> {
    let gold = read_gold(f)?;
    if let (Some(other), Some(name)) = (against, f.file_name()) {
        let other = read_gold(&other.join(name))?;
        let s = score(&gold, &other.as_mentions());
        return Ok((gold, s));
    }
    let path = corpus.join(&gold.file);
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => return Err(fail(&format!("cannot read {}: {e}", path.display()))),
    };
    // As the app reads a text: a text without part headings is read as one part.
    let parsed = match report::input::parse_lenient(&text) {
        Ok((r, problems)) => {
            if problems.contains(&report::input::Problem::NoStructure) {
                // Read with a heading put before it: offsets back into the text as given.
                let shift = report::input::FALLBACK_HEADING.chars().count();
                let mut r = r;
                for n in &mut r.numbers {
                    n.offset = n.offset.saturating_sub(shift);
                }
                r
            } else {
                r
            }
        }
        Err(e) => {
            let why = e.message();
            return Err(fail(&format!("cannot parse {}: {why}", path.display())));
        }
    };
    let s = score(&gold, &parsed.numbers);
    Ok((gold, s))
}

/// One line of the score table.
fn row(name: &str, s: &Score) -> String {
    format!(
        "{name:<28} {:>5} {:>6} {:>6.1}% {:>5} {:>5} {:>5} {:>5} {:>6} {:>5} {:>6} {:>5}\n",
        s.indicators,
        s.right,
        100.0 * s.right_share(),
        s.wrong_kind,
        s.wrong_value,
        s.wrong_unit,
        s.wrong_label,
        s.missed,
        s.non_indicators,
        s.marked,
        s.extra
    )
}

/// A report's misses, as `--misses` lists them.
fn misses_text(name: &str, s: &Score) -> String {
    let mut details = format!("\n== {name}\n");
    for m in &s.misses {
        details.push_str(&format!(
            "{:>6} {:<10} [{}]\n       got  {}\n       want {}\n",
            m.offset,
            m.raw,
            m.fields.join(","),
            m.got,
            m.want
        ));
    }
    details
}
