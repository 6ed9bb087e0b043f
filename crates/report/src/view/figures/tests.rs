//! The key figures' tests: headline indicators, change starts, decreases, formatting, rules.

use super::*;
use crate::view::cards::{cards, tests::sample};

fn figures_of(text: &str) -> Vec<KeyFigure> {
    let r = crate::parse(text).unwrap();
    key_figures(&r, &cards(&r), 8)
}

#[test]
fn headline_indicators_lead_with_their_own_growth() {
    let f = figures_of(
        "一、2023年工作回顾\n（一）经济\n产业发展。接待游客120万人次，增长180%。\
         地区生产总值完成235.2亿元，同比增长6.5%；城乡居民人均可支配收入分别达到41000元、23000元，分别增长5.8%、8.1%。\n\
         二、2024年主要目标任务\n（一）目标\n地区生产总值增长5.5%左右。\n",
    );
    let shown: Vec<(String, String, Option<String>)> = f
        .iter()
        .map(|f| (f.label.clone(), f.value_text.clone(), f.growth_text()))
        .collect();
    assert_eq!(shown[0].0, "地区生产总值");
    assert_eq!(shown[0].2.as_deref(), Some("▲6.5%"));
    // A 城乡 pair gives two figures, each amount with its own growth.
    assert!(
        shown.contains(&(
            "城镇居民人均可支配收入".into(),
            "41000元".into(),
            Some("▲5.8%".into())
        )),
        "{shown:?}"
    );
    assert!(
        shown.contains(&(
            "农村居民人均可支配收入".into(),
            "23000元".into(),
            Some("▲8.1%".into())
        )),
        "{shown:?}"
    );
    // One figure per indicator: the plan's GDP target does not repeat it.
    assert_eq!(
        shown.iter().filter(|s| s.0.contains("生产总值")).count(),
        1,
        "{shown:?}"
    );
}

#[test]
fn the_level_a_change_starts_from_is_no_key_figure() {
    let f = figures_of(
        "一、工作回顾\n（一）经济\n综合实力增强。地区生产总值由2010年的162.4亿元增加到2015年的287.9亿元，\
         年均增长12.1%；公共预算支出从11.66亿元提高到29.33亿元。\n",
    );
    let values: Vec<&str> = f.iter().map(|f| f.value_text.as_str()).collect();
    assert!(values.contains(&"287.9亿元"), "{values:?}");
    assert!(values.contains(&"29.33亿元"), "{values:?}");
    assert!(!values.contains(&"162.4亿元"), "{values:?}");
    assert!(!values.contains(&"11.66亿元"), "{values:?}");
}

#[test]
fn decreases_are_named_as_such() {
    let f = figures_of("一、2023年工作回顾\n（一）信访\n信访稳定。投诉量同比下降42.5%。\n");
    let fig = f.iter().find(|f| f.value_text == "42.5%").unwrap();
    assert!(fig.down);
    assert_eq!(fig.kind_word(), "下降");
}

#[test]
fn formats_base_values() {
    assert_eq!(
        format_base_value(32_973_000_000.0, Some("元")),
        "329.73亿元"
    );
    assert_eq!(format_base_value(16_700.0, Some("宗")), "1.67万宗");
    assert_eq!(format_base_value(2509.0, None), "2509");
    assert_eq!(format_base_value(0.5, Some("%")), "0.5%");
    assert_eq!(format_base_value(99_999_999.0, None), "1亿");
    assert_eq!(format_base_value(9_999.999, None), "1万");
    assert_eq!(format_base_value(100_000_000.0, Some("元")), "1亿元");
    assert_eq!(format_base_value(-16_700.0, None), "-1.67万");
    assert_eq!(format_base_value(0.0, None), "0");
}

#[test]
fn rules_on_a_sample() {
    let mut r = sample();
    let set = |n: &mut NumberMention, value: f64, unit: &str, base: f64, label: &str| {
        n.value = Some(value);
        n.unit = Some(unit.into());
        n.base_value = Some(base);
        n.label = Some(label.into());
    };
    set(&mut r.numbers[1], 329.73, "亿元", 32_973_000_000.0, "产值");
    r.numbers[2].relates_to = Some(1);
    r.numbers[2].label = Some("产值同比增长".into());
    set(&mut r.numbers[3], 2509.0, "家次", 2509.0, "走访企业");
    set(&mut r.numbers[4], 24.0, "家", 24.0, "建成养老驿站");
    r.numbers[5].value = Some(2.0);
    r.numbers[5].label = Some("全区排名".into());
    for n in &mut r.numbers[1..6] {
        n.section = Some(if n.block == 7 { 2 } else { 1 });
    }
    let plan = &mut r.numbers[6];
    plan.part = PartKind::Plan;
    plan.part_index = 2;
    plan.section = Some(1);
    plan.label = Some("新增企业".into());
    let cs = cards(&r);
    let figs = key_figures(&r, &cs, 8);
    let got: Vec<(&str, &str, Option<String>, &str)> = figs
        .iter()
        .map(|f| {
            (
                f.label.as_str(),
                f.value_text.as_str(),
                f.growth_text(),
                f.card_id.as_str(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("产值", "329.73亿元", Some("▲4.1%".to_string()), "1-1-1"),
            ("全区排名", "第二", None, "1-2-1"),
            // Amounts: one per section, biggest first (2509 in section 1; 24 in section 2).
            ("走访企业", "2509家次", None, "1-1-2"),
            ("建成养老驿站", "24家", None, "1-2-1"),
            ("新增企业", "100家", None, "2-1-1"),
        ]
    );
    assert_eq!(figs[0].number, 1);
    assert_eq!(figs[0].growth_number, Some(2));
    assert_eq!(key_figures(&r, &cs, 2).len(), 2);
    assert!(key_figures(&r, &cs, 0).is_empty());
}
