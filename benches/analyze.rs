//! How long the tradeoff engine and the plan file take on plans of 12, 100 and
//! 1000 modules. Run with `cargo bench`; the README's Performance section lists
//! the budgets.

use std::hint::black_box;

use coursegrid::analysis::analyze;
use coursegrid::model::{Course, GagneEvent, Mode};
use coursegrid::plan_file;
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

/// A plan of `modules` modules in the recommended modes, with every third
/// module's practice made self-paced so that warnings and deviations appear.
fn plan(modules: usize) -> Course {
    let mut course = Course::with_recommended_modules("Benchmark", modules).unwrap();
    for module in course.modules_mut().iter_mut().step_by(3) {
        module.cell_mut(GagneEvent::ElicitPerformance).mode = Mode::SelfPaced;
        module.cell_mut(GagneEvent::GainAttention).activity = Some("Short humorous video".into());
    }
    course
}

const SIZES: [usize; 3] = [12, 100, 1000];

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

fn plan_file_io(c: &mut Criterion) {
    let mut group = c.benchmark_group("plan_file");
    let dir = tempfile::tempdir().unwrap();
    for size in SIZES {
        let course = plan(size);
        let text = plan_file::to_string(&course);
        group.bench_with_input(BenchmarkId::new("parse", size), &text, |b, text| {
            b.iter(|| plan_file::parse(black_box(text)).unwrap())
        });
        let path = dir.path().join(format!("plan-{size}.ron"));
        group.bench_with_input(BenchmarkId::new("save", size), &course, |b, course| {
            b.iter(|| plan_file::save(&path, black_box(course)).unwrap())
        });
    }
    group.finish();
}

criterion_group!(benches, analysis, plan_file_io);
criterion_main!(benches);
