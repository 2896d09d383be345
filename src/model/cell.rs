//! One cell of the grid: how one event of one module is delivered.

use std::fmt;

use super::event::{GagneEvent, Mode};
use super::kind::ActivityKind;

/// Minutes of learner time, 0 to [`Minutes::MAX`]; 0 means "not planned".
///
/// The bound lives in the type so that no part of coursegrid (editor, loader,
/// analysis) can hold a cell of ten hours by accident.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Minutes(u16);

impl Minutes {
    /// Ten hours: the longest a single event of a single module may run.
    pub const MAX: Minutes = Minutes(600);
    /// Not planned.
    pub const ZERO: Minutes = Minutes(0);
    /// The step the editor uses for minutes up and down.
    pub const STEP: u16 = 5;

    /// `None` when `minutes` is over [`Minutes::MAX`].
    pub fn new(minutes: u16) -> Option<Minutes> {
        (minutes <= Self::MAX.0).then_some(Minutes(minutes))
    }

    pub fn get(self) -> u16 {
        self.0
    }

    /// One step up, stopping at [`Minutes::MAX`].
    pub fn step_up(self) -> Minutes {
        Minutes((self.0 + Self::STEP).min(Self::MAX.0))
    }

    /// One step down, stopping at zero.
    pub fn step_down(self) -> Minutes {
        Minutes(self.0.saturating_sub(Self::STEP))
    }
}

impl fmt::Display for Minutes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// How one event of one module is delivered: what learners do (the kind,
/// which fixes the mode), for how long, and whether it was built already.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Cell {
    pub kind: ActivityKind,
    pub minutes: Minutes,
    /// Built already (a video shared with another course, last run's
    /// recording): the cell costs no build hours.
    pub reuse: bool,
    pub activity: Option<String>,
}

impl Cell {
    /// A cell of `minutes` of `kind`, not reused, with no activity text.
    pub fn new(kind: ActivityKind, minutes: Minutes) -> Cell {
        Cell {
            kind,
            minutes,
            reuse: false,
            activity: None,
        }
    }

    /// A cell of `minutes` in `mode`, of `event`'s default kind for that mode.
    pub fn in_mode(event: GagneEvent, mode: Mode, minutes: Minutes) -> Cell {
        Cell::new(event.default_kind(mode), minutes)
    }

    /// What an event missing from a plan file means: self-paced, not planned.
    pub fn unplanned(event: GagneEvent) -> Cell {
        Cell::in_mode(event, Mode::SelfPaced, Minutes::ZERO)
    }

    /// Live or self-paced, as the kind says.
    pub fn mode(&self) -> Mode {
        self.kind.mode()
    }

    /// A cell with some learner time in it; only planned cells count in the analysis.
    pub fn is_planned(&self) -> bool {
        self.minutes > Minutes::ZERO
    }

    /// The mode, when the cell is planned.
    pub fn planned_mode(&self) -> Option<Mode> {
        self.is_planned().then_some(self.mode())
    }

    /// Puts the cell in `mode`: a change of mode takes `event`'s default kind
    /// for the new mode and clears reuse (what was built for one mode is not
    /// the other's); the same mode changes nothing.
    pub fn set_mode(&mut self, event: GagneEvent, mode: Mode) {
        if mode != self.mode() {
            self.kind = event.default_kind(mode);
            self.reuse = false;
        }
    }

    /// Whether the activity text suits the cell's mode: not when it is one
    /// the reference article suggests for the other mode only, or when it
    /// names what only the other mode does ("video" in a live cell) and
    /// nothing of this one. A toggle keeps the text, so the grid marks it.
    pub fn activity_fits(&self, event: GagneEvent) -> bool {
        let Some(activity) = self.activity.as_deref() else {
            return true;
        };
        let mode = self.mode();
        let suggested = |mode: Mode| event.suggested_activities(mode).contains(&activity);
        if suggested(mode) {
            return true;
        }
        if suggested(mode.toggled()) {
            return false;
        }
        let text = activity.to_lowercase();
        let names = |mode: Mode| {
            mode_words(mode).iter().any(|word| {
                text.split(|c: char| !c.is_alphanumeric())
                    .any(|w| w == *word)
            })
        };
        names(mode) || !names(mode.toggled())
    }

    /// What Space does to the cell of `event`: a planned cell toggles live /
    /// self-paced; an unplanned one is planned in the recommended mode with
    /// the event's default minutes, so it always shows something.
    pub fn space(&mut self, event: GagneEvent) {
        if self.is_planned() {
            self.toggle(event);
        } else {
            self.set_mode(event, event.recommended_mode());
            self.minutes = super::course::default_minutes(event);
        }
    }

    /// Live to self-paced or back, as [`Cell::set_mode`] does.
    pub fn toggle(&mut self, event: GagneEvent) {
        self.set_mode(event, self.mode().toggled());
    }
}

/// Words that say an activity happens in one mode, and only that mode (a
/// "critique" or a "webinar" can be either).
fn mode_words(mode: Mode) -> &'static [&'static str] {
    match mode {
        Mode::Live => &["live", "zoom", "breakout", "meeting", "coaching"],
        Mode::SelfPaced => &[
            "video",
            "recorded",
            "recording",
            "replay",
            "quiz",
            "pdf",
            "forum",
            "flipbook",
            "mp3",
            "journal",
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minutes_refuse_more_than_ten_hours() {
        assert_eq!(Minutes::new(600), Some(Minutes::MAX));
        assert_eq!(Minutes::new(601), None);
    }

    #[test]
    fn minutes_step_in_fives_within_bounds() {
        assert_eq!(Minutes::ZERO.step_down(), Minutes::ZERO);
        assert_eq!(Minutes::ZERO.step_up().get(), 5);
        assert_eq!(Minutes::new(598).unwrap().step_up(), Minutes::MAX);
        assert_eq!(Minutes::new(3).unwrap().step_down(), Minutes::ZERO);
    }

    #[test]
    fn a_cell_is_planned_only_with_minutes() {
        assert!(!Cell::unplanned(GagneEvent::GainAttention).is_planned());
        assert_eq!(
            Cell::new(ActivityKind::Session, Minutes::new(30).unwrap()).planned_mode(),
            Some(Mode::Live)
        );
        assert_eq!(
            Cell::new(ActivityKind::Workshop, Minutes::ZERO).planned_mode(),
            None
        );
    }

    #[test]
    fn toggling_takes_the_events_default_kind_and_clears_reuse() {
        let event = GagneEvent::ProvideFeedback;
        let mut cell = Cell::new(ActivityKind::PeerReview, Minutes::new(20).unwrap());
        cell.reuse = true;
        cell.toggle(event);
        assert_eq!((cell.kind, cell.reuse), (ActivityKind::Critique, false));
        cell.toggle(event);
        assert_eq!(cell.kind, ActivityKind::Assignment);
        // the same mode keeps the kind and reuse
        cell.kind = ActivityKind::PeerReview;
        cell.reuse = true;
        cell.set_mode(event, Mode::SelfPaced);
        assert_eq!((cell.kind, cell.reuse), (ActivityKind::PeerReview, true));
    }

    #[test]
    fn an_activity_written_for_the_other_mode_does_not_fit() {
        let event = GagneEvent::GainAttention;
        let mut cell = Cell::new(ActivityKind::Video, Minutes::new(5).unwrap());
        cell.activity = Some("Short humorous video: the flour aisle".into());
        assert!(cell.activity_fits(event));
        cell.toggle(event);
        assert_eq!(cell.mode(), Mode::Live);
        assert!(!cell.activity_fits(event), "a video in a live cell");
        // The article's own suggestion for the other mode, word for word.
        cell.activity = Some("An mp3 audio file".into());
        assert!(!cell.activity_fits(event));
        // Words of both modes, or of neither: not ours to judge.
        cell.activity = Some("Live demo, then the videos of it".into());
        assert!(cell.activity_fits(event));
        cell.activity = Some("Peer critique of the films".into());
        assert!(cell.activity_fits(event));
        cell.activity = Some("The flour aisle".into());
        assert!(cell.activity_fits(event));
        cell.activity = None;
        assert!(cell.activity_fits(event));
    }
}
