//! `ParseJob` and `LenientJob`: run in steps of any budget, they return exactly what `parse` and
//! `parse_lenient` return, with monotonic progress that never passes the total.

use proptest::prelude::*;
use report::input::{parse_lenient, LenientJob};
use report::job::RECOMMENDED_BUDGET;
use report::{parse, ParseError, ParseJob, Report, Step};

const SEED: &str = include_str!("../../../public/reports/xinqiao-2024h1.txt");
const CORPUS: &[&str] = &[
    include_str!("data/corpus/baoding_city_2022.txt"),
    include_str!("data/corpus/gaoyang_county_2017.txt"),
    include_str!("data/corpus/hailar_district_2016.txt"),
    include_str!("data/corpus/hebei_province_2022.txt"),
];

/// Budgets from one unit (a line or a paragraph per step) to everything at once.
const BUDGETS: &[usize] = &[1, 37, 4096, RECOMMENDED_BUDGET, usize::MAX];

/// Runs `step` until it is done, checking the progress; returns the result and the steps.
fn drive<T>(mut step: impl FnMut() -> Step<T>) -> (T, usize) {
    let mut last = 0;
    let mut total = None;
    let mut steps = 0;
    loop {
        steps += 1;
        match step() {
            Step::Progress { done, total: t } => {
                assert!(done <= t, "done {done} > total {t}");
                assert!(done >= last, "progress went back: {last} → {done}");
                assert_eq!(*total.get_or_insert(t), t, "the total changed");
                last = done;
            }
            Step::Done(result) => return (result, steps),
        }
    }
}

fn stepped(text: &str, budget: usize) -> Result<Report, ParseError> {
    let mut job = ParseJob::new(text);
    let (result, _) = drive(|| job.step(budget));
    // Once done, the job only reports full progress.
    let total = job.total();
    assert_eq!(job.step(budget), Step::Progress { done: total, total });
    assert!(job.is_finished());
    result
}

fn check(text: &str, budgets: &[usize]) {
    let whole = parse(text);
    for &budget in budgets {
        assert!(stepped(text, budget) == whole, "budget {budget}");
    }
}

fn gen_report(times: usize) -> String {
    let seed = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../public/reports/xinqiao-2024h1.txt"
    );
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_gen_report"))
        .args(["--times", &times.to_string(), seed])
        .output()
        .expect("gen_report runs");
    assert!(out.status.success());
    String::from_utf8(out.stdout).expect("UTF-8")
}

#[test]
fn seed_and_corpus_in_steps_of_any_budget() {
    check(SEED, BUDGETS);
    for text in CORPUS {
        check(text, BUDGETS);
    }
}

#[test]
fn ten_times_the_seed_in_steps() {
    let text = gen_report(10);
    assert!(text.len() > 200_000);
    check(&text, &[1, 4096, RECOMMENDED_BUDGET]);
}

#[test]
fn errors_in_steps() {
    for text in [
        "",
        " \r\n\u{3000}\u{feff}",
        "只有一句话。\n没有结构",
        "二、不从一开始\n",
    ] {
        check(text, BUDGETS);
    }
    assert_eq!(stepped("", 1), Err(ParseError::Empty));
    assert_eq!(stepped("没有结构", 1), Err(ParseError::NoStructure));
}

#[test]
fn small_budgets_take_many_steps_and_large_ones_few() {
    let (_, few) = drive({
        let mut job = ParseJob::new(SEED);
        move || job.step(usize::MAX)
    });
    assert_eq!(few, 1);
    let (_, many) = drive({
        let mut job = ParseJob::new(SEED);
        move || job.step(4096)
    });
    // 4096 units are less than one paragraph of numbers: one paragraph (of 47) per step.
    assert!(many > 47, "{many} steps");
}

#[test]
fn owned_and_shared_texts() {
    let whole = parse(SEED);
    let mut job = ParseJob::new(SEED.to_string());
    let (result, _) = drive(|| job.step(RECOMMENDED_BUDGET));
    assert!(result == whole);
    assert_eq!(job.into_text(), SEED);
    let shared: std::sync::Arc<str> = SEED.into();
    let mut job = ParseJob::new(shared.clone());
    let (result, _) = drive(|| job.step(RECOMMENDED_BUDGET));
    assert!(result == whole);
    assert_eq!(job.text(), &*shared);
}

fn check_lenient(text: &str) {
    let whole = parse_lenient(text);
    for &budget in BUDGETS {
        let mut job = LenientJob::new(text);
        let (result, _) = drive(|| job.step(budget));
        assert!(result == whole, "budget {budget}");
        let total = job.total();
        assert_eq!(job.step(budget), Step::Progress { done: total, total });
    }
}

#[test]
fn lenient_in_steps() {
    check_lenient(SEED);
    for text in CORPUS {
        check_lenient(text);
    }
    for text in [
        "",
        "  \n",
        "\u{1}\u{2}\u{3}",
        "a\0b",
        "今年的一些情况\n全年完成产值329.73亿元，同比增长4.1%。\n新增托位340个。\n",
        "只有一句话。\n没有结构",
        "一、总结\n（一）只有标题\n",
        "二、不从一开始\n内容。\n",
    ] {
        check_lenient(text);
    }
}

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("一、".to_string()),
        Just("二、".to_string()),
        Just("（一）".to_string()),
        Just("(二)".to_string()),
        Just("。".to_string()),
        Just("，".to_string()),
        Just("：".to_string()),
        Just("\n".to_string()),
        Just("\r".to_string()),
        Just("\r\n".to_string()),
        Just("\u{3000}".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("工作总结".to_string()),
        Just("计划".to_string()),
        Just("各位代表！".to_string()),
        Just("标题：".to_string()),
        Just("经济指标持续向好".to_string()),
        Just("同比增长".to_string()),
        Just("亿元".to_string()),
        Just("%".to_string()),
        Just("全区第二".to_string()),
        Just("©".to_string()),
        "[0-9]{1,4}",
        any::<char>().prop_map(String::from),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_text_in_steps_is_parse(pieces in proptest::collection::vec(piece(), 0..120)) {
        let text: String = pieces.concat();
        let whole = parse(&text);
        for budget in [1, 7, 300, RECOMMENDED_BUDGET] {
            prop_assert!(stepped(&text, budget) == whole, "budget {}", budget);
        }
        let lenient = parse_lenient(&text);
        let mut job = LenientJob::new(text.as_str());
        let (result, _) = drive(|| job.step(5));
        prop_assert!(result == lenient);
    }

    #[test]
    fn any_string_in_steps_is_parse(text in "\\PC*") {
        let whole = parse(&text);
        prop_assert!(stepped(&text, 1) == whole);
        prop_assert!(stepped(&text, 64) == whole);
    }
}
