//! One test per class of text that reports of the genre write and the bundled report does not
//! (issue "Numbers on reports it has never seen"). Each sentence is made up in the shape the
//! corpus shows; none is copied from a gold report.

use report::numbers::{scan_block, BlockContext};
use report::{NumberKind, NumberMention, PartKind};

fn in_part(part: PartKind, text: &str) -> Vec<NumberMention> {
    scan_block(
        text,
        &BlockContext {
            part,
            part_index: 1,
            ..Default::default()
        },
    )
}

fn summary(text: &str) -> Vec<NumberMention> {
    in_part(PartKind::Summary, text)
}

fn plan(text: &str) -> Vec<NumberMention> {
    in_part(PartKind::Plan, text)
}

fn find<'a>(ms: &'a [NumberMention], raw: &str) -> &'a NumberMention {
    ms.iter()
        .find(|m| m.raw == raw)
        .unwrap_or_else(|| panic!("no mention {raw} in {ms:#?}"))
}

fn label<'a>(ms: &'a [NumberMention], raw: &str) -> &'a str {
    find(ms, raw).label.as_deref().unwrap_or("")
}

#[test]
fn a_plan_part_makes_growths_rates_and_ranks_targets() {
    let ms = plan("地区生产总值增长5.5%左右，城镇调查失业率控制在5.5%以内，力争全区排名靠前。");
    for m in &ms {
        assert_eq!(m.kind, Some(NumberKind::Target), "{}", m.raw);
    }
    // The label still reads the shape: a growth keeps its subject and verb.
    assert_eq!(label(&ms, "5.5%"), "地区生产总值增长");
    let ms = summary("地区生产总值增长5.5%。");
    assert_eq!(find(&ms, "5.5%").kind, Some(NumberKind::Growth));
}
