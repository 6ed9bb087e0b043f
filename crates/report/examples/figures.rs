//! Prints the key figures the explorer's headline strip would show for a report.
//! `cargo run -p report --example figures -- FILE [MAX]`
fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: figures FILE [MAX]");
    let max = args.next().and_then(|m| m.parse().ok()).unwrap_or(10);
    let text = std::fs::read_to_string(&path).expect("readable UTF-8 file");
    let report = report::parse(&text).expect("a report");
    let cards = report::view::cards(&report);
    for f in report::view::key_figures(&report, &cards, max) {
        println!(
            "{:<8} {:<28} {:>14} {:<10} card {}",
            f.kind.as_str(),
            f.label,
            f.value_text,
            f.growth_text().unwrap_or_default(),
            f.card_id
        );
    }
}
