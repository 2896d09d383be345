//! Round axis ticks for the charts: steps of 1, 2 or 5 times a power of
//! ten, plain arithmetic with its tests, apart from any drawing.

/// Round axis ticks from 0: `0, step, 2 step, .. top`, the step 1, 2 or 5
/// times a power of ten, so a reader can read values off the axis (not
/// 1174 and 2348).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Ticks {
    pub step: f64,
    /// How many steps from 0 to the top tick (at least 1).
    pub steps: u32,
}

impl Ticks {
    /// The round ticks covering 0..=`max` in at most `max_steps` steps (at
    /// least one): the smallest 1-2-5 step that still covers `max`, so the
    /// top tick wastes as little of the axis as the series allows.
    pub fn covering(max: f64, max_steps: u32) -> Ticks {
        let max_steps = max_steps.max(1);
        if !max.is_finite() || max <= 0.0 {
            return Ticks {
                step: 1.0,
                steps: 1,
            };
        }
        let rough = max / f64::from(max_steps);
        let power = rough.log10().floor() as i32;
        let step = [1.0, 2.0, 5.0, 10.0]
            .into_iter()
            .map(|m| round_step(m, power))
            // A hair of tolerance: 0.3 is not less than 0.1 * 3.
            .find(|step| step * f64::from(max_steps) >= max * (1.0 - 1e-9))
            .unwrap_or_else(|| round_step(10.0, power));
        let steps = ((max / step) - 1e-9).ceil().max(1.0) as u32;
        Ticks { step, steps }
    }

    /// Round ticks ending exactly at `max` (an axis that ends where its data
    /// does: 12 cohorts, 500 learners), with as many steps as allowed; the
    /// covering ticks when no 1-2-5 step divides `max`.
    pub fn ending_at(max: f64, max_steps: u32) -> Ticks {
        (1..=max_steps.max(1))
            .rev()
            .map(|steps| Ticks::covering(max, steps))
            .find(|ticks| (ticks.top() - max).abs() <= 1e-9 * max.abs().max(1.0))
            .unwrap_or_else(|| Ticks::covering(max, max_steps))
    }

    /// The top tick: the axis's upper bound.
    pub fn top(&self) -> f64 {
        self.step * f64::from(self.steps)
    }

    /// Every tick, from 0 to the top.
    pub fn values(&self) -> impl Iterator<Item = f64> + '_ {
        (0..=self.steps).map(|i| self.step * f64::from(i))
    }

    /// A tick as the axis shows it: as many decimals as the step needs.
    pub fn label(&self, value: f64) -> String {
        let decimals = (-self.step.log10().floor()).max(0.0) as usize;
        format!("{value:.decimals$}")
    }
}

/// `m` times 10^`power`, exact for the usual powers (10^-1 as a division,
/// not a multiplication by 0.1).
fn round_step(m: f64, power: i32) -> f64 {
    if power >= 0 {
        m * 10f64.powi(power)
    } else {
        m / 10f64.powi(-power)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_one_two_or_five_times_a_power_of_ten() {
        // The demo's cumulative hours: 1174 and 2348 were its ticks.
        let ticks = Ticks::covering(2134.0, 4);
        assert_eq!((ticks.step, ticks.steps), (1000.0, 3));
        assert_eq!(
            ticks.values().collect::<Vec<_>>(),
            [0.0, 1000.0, 2000.0, 3000.0]
        );
        // (the highest value, the most steps, the step, the steps)
        for (max, max_steps, step, steps) in [
            (553.0, 5, 200.0, 3),
            (553.0, 2, 500.0, 2),
            (500.0, 5, 100.0, 5),
            (12.0, 4, 5.0, 3),
            (12.0, 6, 2.0, 6),
            (0.3, 3, 0.1, 3),
            (1.0, 1, 1.0, 1),
        ] {
            let ticks = Ticks::covering(max, max_steps);
            assert_eq!(ticks, Ticks { step, steps }, "{max} in {max_steps}");
        }
    }

    #[test]
    fn ticks_cover_the_maximum_within_the_steps_allowed() {
        for max in [
            0.7, 1.0, 9.9, 10.0, 10.1, 99.0, 553.0, 972.0, 1001.0, 123_456.0,
        ] {
            for max_steps in 1..=8 {
                let ticks = Ticks::covering(max, max_steps);
                assert!(ticks.top() >= max, "{max} in {max_steps}: {ticks:?}");
                assert!(ticks.steps <= max_steps, "{max} in {max_steps}: {ticks:?}");
                let mantissa = ticks.step / 10f64.powf(ticks.step.log10().floor());
                assert!(
                    [1.0, 2.0, 5.0].iter().any(|m| (mantissa - m).abs() < 1e-9),
                    "{max} in {max_steps}: {ticks:?}"
                );
            }
        }
    }

    #[test]
    fn an_axis_may_end_where_its_data_does() {
        // 250 is no 1-2-5 step: 0 and 500 only for 500 in 4, rather than a top of 600.
        for (max, max_steps, step, steps) in [
            (12.0, 6, 2.0, 6),
            (500.0, 4, 500.0, 1),
            (500.0, 7, 100.0, 5),
        ] {
            let ticks = Ticks::ending_at(max, max_steps);
            assert_eq!(ticks, Ticks { step, steps }, "{max} in {max_steps}");
        }
        // No 1-2-5 step in at most 4 divides 12: the covering ticks.
        assert_eq!(Ticks::ending_at(12.0, 4), Ticks::covering(12.0, 4));
    }

    #[test]
    fn nothing_to_show_still_gives_an_axis() {
        for max in [0.0, -3.0, f64::NAN, f64::INFINITY] {
            assert_eq!(
                Ticks::covering(max, 4),
                Ticks {
                    step: 1.0,
                    steps: 1
                }
            );
        }
        assert_eq!(
            Ticks::covering(5.0, 0),
            Ticks {
                step: 5.0,
                steps: 1
            }
        );
    }

    #[test]
    fn tick_labels_have_the_decimals_the_step_needs() {
        let hours = Ticks::covering(2134.0, 4);
        assert_eq!(hours.label(2000.0), "2000");
        let tenths = Ticks::covering(0.3, 3);
        assert_eq!(
            tenths.values().map(|v| tenths.label(v)).collect::<Vec<_>>(),
            ["0.0", "0.1", "0.2", "0.3"]
        );
    }
}
