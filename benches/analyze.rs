//! How long the tradeoff engine takes on plans of 12, 100 and 1000 modules:
//! it runs after every edit in the editor; and the module diff the baseline
//! runs after every edit while one is pinned. Run with `cargo bench --bench
//! analyze`; the README's Performance section lists the budgets.

mod common;

use std::hint::black_box;

use coursegrid::analysis::analyze;
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

use common::{SIZES, plan};

fn analysis(c: &mut Criterion) {
    let mut group = c.benchmark_group("analyze");
    for size in SIZES {
        let course = plan(size);
        group.bench_with_input(BenchmarkId::from_parameter(size), &course, |b, course| {
            b.iter(|| analyze(black_box(course)))
        });
    }
    group.finish();
}

/// Matching modules by identity, as the baseline does after every edit: a
/// 1000-module plan against itself with one module inserted in the middle,
/// and against itself reversed (the worst case: nothing at either end matches).
fn module_diff(c: &mut Criterion) {
    use coursegrid::model::{Module, ModuleDiff};
    let mut group = c.benchmark_group("module_diff");
    for size in SIZES {
        let mut course = plan(size);
        course.modules_mut()[size / 2] = Module::recommended("Inserted");
        // The plan before the insertion: the same without its middle module.
        let mut before = course.clone();
        before.remove_module(size / 2).unwrap();
        group.bench_with_input(
            BenchmarkId::new("insert", size),
            &(before, course.clone()),
            |b, (old, new)| b.iter(|| ModuleDiff::between(black_box(old), black_box(new))),
        );
        let mut reversed = course.clone();
        reversed.modules_mut().reverse();
        group.bench_with_input(
            BenchmarkId::new("reversed", size),
            &(course, reversed),
            |b, (old, new)| b.iter(|| ModuleDiff::between(black_box(old), black_box(new))),
        );
    }
    group.finish();
}

criterion_group!(benches, analysis, module_diff);
criterion_main!(benches);
