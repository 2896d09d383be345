//! What learners do in a cell, and so what it costs: the activity kinds.
//!
//! Costs follow UCL's Course Resource Appraisal Modeller (CRAM): each
//! teaching-learning activity costs preparation once (per hour of learner
//! time, or per activity), then support for every run, either per learner
//! (personal marking), per tutor group (a forum) or not at all (the same for
//! everyone: a video). The README's "The model" section sources every number.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::event::Mode;

/// One kind of activity. A kind belongs to one mode, so a cell's kind says
/// whether it is live or self-paced.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ActivityKind {
    Session,
    Workshop,
    Critique,
    Video,
    Reading,
    Replay,
    Research,
    Practice,
    Quiz,
    Assignment,
    PeerReview,
    Forum,
    GroupProject,
}

/// Who an activity's support time is spent on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum SupportPer {
    /// Every learner's work is looked at: support grows with the cohort.
    Learner,
    /// One tutor looks after each group: support grows with the groups.
    Group,
}

/// Laurillard's six learning types (the ABC learning design's cards).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LearningType {
    Acquisition,
    Inquiry,
    Discussion,
    Practice,
    Collaboration,
    Production,
}

impl LearningType {
    pub const ALL: [LearningType; 6] = [
        LearningType::Acquisition,
        LearningType::Inquiry,
        LearningType::Discussion,
        LearningType::Practice,
        LearningType::Collaboration,
        LearningType::Production,
    ];

    pub fn index(self) -> usize {
        self as usize
    }

    /// The key in `summary --json` and the word in reports.
    pub fn key(self) -> &'static str {
        match self {
            LearningType::Acquisition => "acquisition",
            LearningType::Inquiry => "inquiry",
            LearningType::Discussion => "discussion",
            LearningType::Practice => "practice",
            LearningType::Collaboration => "collaboration",
            LearningType::Production => "production",
        }
    }
}

/// The three numbers that price a kind. Build hours are the designer's or
/// instructor's preparation, once; support minutes are instructor time for
/// each hour of the activity, for each learner or tutor group it serves.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct KindCosts {
    pub build_hours_per_hour: f64,
    pub build_hours_per_activity: f64,
    pub support_minutes: f64,
}

impl ActivityKind {
    pub const ALL: [ActivityKind; 13] = [
        ActivityKind::Session,
        ActivityKind::Workshop,
        ActivityKind::Critique,
        ActivityKind::Video,
        ActivityKind::Reading,
        ActivityKind::Replay,
        ActivityKind::Research,
        ActivityKind::Practice,
        ActivityKind::Quiz,
        ActivityKind::Assignment,
        ActivityKind::PeerReview,
        ActivityKind::Forum,
        ActivityKind::GroupProject,
    ];

    pub fn index(self) -> usize {
        self as usize
    }

    /// The kinds of one mode, in table order.
    pub fn of_mode(mode: Mode) -> impl Iterator<Item = ActivityKind> {
        Self::ALL
            .into_iter()
            .filter(move |kind| kind.mode() == mode)
    }

    pub fn mode(self) -> Mode {
        match self {
            ActivityKind::Session | ActivityKind::Workshop | ActivityKind::Critique => Mode::Live,
            _ => Mode::SelfPaced,
        }
    }

    /// The identifier in plan files, e.g. `PeerReview`.
    pub fn identifier(self) -> &'static str {
        match self {
            ActivityKind::Session => "Session",
            ActivityKind::Workshop => "Workshop",
            ActivityKind::Critique => "Critique",
            ActivityKind::Video => "Video",
            ActivityKind::Reading => "Reading",
            ActivityKind::Replay => "Replay",
            ActivityKind::Research => "Research",
            ActivityKind::Practice => "Practice",
            ActivityKind::Quiz => "Quiz",
            ActivityKind::Assignment => "Assignment",
            ActivityKind::PeerReview => "PeerReview",
            ActivityKind::Forum => "Forum",
            ActivityKind::GroupProject => "GroupProject",
        }
    }

    /// The name a person reads, e.g. "peer review".
    pub fn label(self) -> &'static str {
        match self {
            ActivityKind::Session => "session",
            ActivityKind::Workshop => "workshop",
            ActivityKind::Critique => "critique",
            ActivityKind::Video => "video",
            ActivityKind::Reading => "reading",
            ActivityKind::Replay => "replay",
            ActivityKind::Research => "research",
            ActivityKind::Practice => "practice",
            ActivityKind::Quiz => "quiz",
            ActivityKind::Assignment => "assignment",
            ActivityKind::PeerReview => "peer review",
            ActivityKind::Forum => "forum",
            ActivityKind::GroupProject => "group project",
        }
    }

    /// What the kind covers, in a few words.
    pub fn description(self) -> &'static str {
        match self {
            ActivityKind::Session => "live class: presentation, demo, Q and A",
            ActivityKind::Workshop => "live practice: breakouts, role play, co-working",
            ActivityKind::Critique => "live feedback on learners' work",
            ActivityKind::Video => "produced video",
            ActivityKind::Reading => "notes, PDF, flipbook",
            ActivityKind::Replay => "a recording of a live session, edited",
            ActivityKind::Research => "find and handle information",
            ActivityKind::Practice => "do it yourself with a checklist, unmarked",
            ActivityKind::Quiz => "auto-graded quiz or interactive exercise",
            ActivityKind::Assignment => "tutor-marked work",
            ActivityKind::PeerReview => "peer-assessed work",
            ActivityKind::Forum => "threaded discussion",
            ActivityKind::GroupProject => "learners build something together",
        }
    }

    /// Two letters for a grid cell; no two kinds share one.
    pub fn code(self) -> &'static str {
        match self {
            ActivityKind::Session => "Se",
            ActivityKind::Workshop => "Wk",
            ActivityKind::Critique => "Cr",
            ActivityKind::Video => "Vi",
            ActivityKind::Reading => "Rd",
            ActivityKind::Replay => "Rp",
            ActivityKind::Research => "Rs",
            ActivityKind::Practice => "Pr",
            ActivityKind::Quiz => "Qz",
            ActivityKind::Assignment => "As",
            ActivityKind::PeerReview => "Pe",
            ActivityKind::Forum => "Fo",
            ActivityKind::GroupProject => "GP",
        }
    }

    pub fn learning_type(self) -> LearningType {
        match self {
            ActivityKind::Session
            | ActivityKind::Video
            | ActivityKind::Reading
            | ActivityKind::Replay => LearningType::Acquisition,
            ActivityKind::Research => LearningType::Inquiry,
            ActivityKind::Critique | ActivityKind::Forum => LearningType::Discussion,
            ActivityKind::Workshop | ActivityKind::Practice | ActivityKind::Quiz => {
                LearningType::Practice
            }
            ActivityKind::GroupProject => LearningType::Collaboration,
            ActivityKind::Assignment | ActivityKind::PeerReview => LearningType::Production,
        }
    }

    /// Who the support time is spent on; `None` for kinds with no support.
    pub fn support_per(self) -> Option<SupportPer> {
        match self {
            ActivityKind::Critique | ActivityKind::Assignment | ActivityKind::PeerReview => {
                Some(SupportPer::Learner)
            }
            ActivityKind::Forum | ActivityKind::GroupProject => Some(SupportPer::Group),
            _ => None,
        }
    }

    /// Whether learners doing this get feedback on their performance: an
    /// instructor or peers in the room, a marker, or an automatic grader.
    pub fn gives_feedback(self) -> bool {
        matches!(
            self,
            ActivityKind::Session
                | ActivityKind::Workshop
                | ActivityKind::Critique
                | ActivityKind::Quiz
                | ActivityKind::Assignment
                | ActivityKind::PeerReview
        )
    }

    /// Where the table's numbers come from, in one line; "estimate" where no
    /// study gives them, so that planners know what to tune.
    pub fn source(self) -> &'static str {
        match self {
            ActivityKind::Session => {
                "academics report 8-10 h to plan an hour of lecture; corporate instructor-led training runs 43:1 (Chapman 2010)"
            }
            ActivityKind::Workshop => {
                "estimate: an activity plan and materials take less than a presentation"
            }
            ActivityKind::Critique => {
                "estimate: 1 h to prepare, 5 min per learner-hour to look at work before or during"
            }
            ActivityKind::Video => {
                "Boise State: 1-3 h per informal 3-5 minute video, 20-40 h per finished hour; basic e-learning 79:1 (Chapman 2010)"
            }
            ActivityKind::Reading => "estimate: writing notes or a PDF",
            ActivityKind::Replay => {
                "estimate: a session's 10 h of preparation plus about 1 h of editing"
            }
            ActivityKind::Research => "estimate: 2 h to set a task and find its sources",
            ActivityKind::Practice => "estimate: 1 h to write a checklist or model answer",
            ActivityKind::Quiz => {
                "item writing takes 30-60 minutes a question: about 30 h per hour of quiz"
            }
            ActivityKind::Assignment => {
                "grading is about 40% of 12.7 h a week for 22 online students, ~14 min per learner a week (Mandernach et al.); 10 min per learner-hour is an estimate"
            }
            ActivityKind::PeerReview => {
                "estimate: 3 h to write a rubric, 2 min per learner-hour to moderate"
            }
            ActivityKind::Forum => {
                "discussion is about 30% of 12.7 h a week for a group of 22, ~230 min a week (Mandernach et al.); 120 min per learner-hour is an estimate"
            }
            ActivityKind::GroupProject => {
                "estimate: 2 h to set a project, 60 min per group per learner-hour to guide"
            }
        }
    }

    /// The table's numbers (the academic preset), before a plan overrides them.
    pub fn default_costs(self) -> KindCosts {
        let (build_hours_per_hour, build_hours_per_activity, support_minutes) = match self {
            ActivityKind::Session => (10.0, 0.0, 0.0),
            ActivityKind::Workshop => (3.0, 0.0, 0.0),
            ActivityKind::Critique => (1.0, 0.0, 5.0),
            ActivityKind::Video => (40.0, 0.0, 0.0),
            ActivityKind::Reading => (8.0, 0.0, 0.0),
            ActivityKind::Replay => (11.0, 0.0, 0.0),
            ActivityKind::Research => (0.0, 2.0, 0.0),
            ActivityKind::Practice => (0.0, 1.0, 0.0),
            ActivityKind::Quiz => (30.0, 0.0, 0.0),
            ActivityKind::Assignment => (0.0, 2.0, 10.0),
            ActivityKind::PeerReview => (0.0, 3.0, 2.0),
            ActivityKind::Forum => (0.0, 1.0, 120.0),
            ActivityKind::GroupProject => (0.0, 2.0, 60.0),
        };
        KindCosts {
            build_hours_per_hour,
            build_hours_per_activity,
            support_minutes,
        }
    }
}

impl fmt::Display for ActivityKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.identifier())
    }
}

/// One of the three numbers of a kind that a plan may change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KindField {
    BuildHoursPerHour,
    BuildHoursPerActivity,
    SupportMinutes,
}

impl KindField {
    pub const ALL: [KindField; 3] = [
        KindField::BuildHoursPerHour,
        KindField::BuildHoursPerActivity,
        KindField::SupportMinutes,
    ];

    /// The field name in the plan file's `kinds` map.
    pub fn key(self) -> &'static str {
        match self {
            KindField::BuildHoursPerHour => "build_hours_per_hour",
            KindField::BuildHoursPerActivity => "build_hours_per_activity",
            KindField::SupportMinutes => "support_minutes",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            KindField::BuildHoursPerHour => "build h/hour",
            KindField::BuildHoursPerActivity => "build h each",
            KindField::SupportMinutes => "support min/learner-h",
        }
    }

    pub fn range(self) -> (f64, f64) {
        match self {
            KindField::BuildHoursPerHour | KindField::BuildHoursPerActivity => (0.0, 10_000.0),
            KindField::SupportMinutes => (0.0, 600.0),
        }
    }

    /// Support minutes exist only where someone supports the activity.
    pub fn applies_to(self, kind: ActivityKind) -> bool {
        self != KindField::SupportMinutes || kind.support_per().is_some()
    }

    pub fn get(self, costs: &KindCosts) -> f64 {
        match self {
            KindField::BuildHoursPerHour => costs.build_hours_per_hour,
            KindField::BuildHoursPerActivity => costs.build_hours_per_activity,
            KindField::SupportMinutes => costs.support_minutes,
        }
    }

    pub(super) fn slot(self, costs: &mut KindCosts) -> &mut f64 {
        match self {
            KindField::BuildHoursPerHour => &mut costs.build_hours_per_hour,
            KindField::BuildHoursPerActivity => &mut costs.build_hours_per_activity,
            KindField::SupportMinutes => &mut costs.support_minutes,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_kind_has_its_own_code_and_identifier() {
        let codes: HashSet<_> = ActivityKind::ALL.iter().map(|k| k.code()).collect();
        let ids: HashSet<_> = ActivityKind::ALL.iter().map(|k| k.identifier()).collect();
        assert_eq!(codes.len(), 13);
        assert_eq!(ids.len(), 13);
        assert!(codes.iter().all(|c| c.chars().count() == 2));
        // Codes differ by more than case: a projector or a tired eye reads Pr as PR.
        let folded: HashSet<_> = codes.iter().map(|c| c.to_lowercase()).collect();
        assert_eq!(folded.len(), 13);
        for (i, kind) in ActivityKind::ALL.into_iter().enumerate() {
            assert_eq!(kind.index(), i);
        }
    }

    #[test]
    fn three_kinds_are_live_and_ten_self_paced() {
        assert_eq!(ActivityKind::of_mode(Mode::Live).count(), 3);
        assert_eq!(ActivityKind::of_mode(Mode::SelfPaced).count(), 10);
    }

    #[test]
    fn only_supported_kinds_have_support_minutes() {
        for kind in ActivityKind::ALL {
            let has_support = kind.default_costs().support_minutes > 0.0;
            assert_eq!(has_support, kind.support_per().is_some(), "{kind}");
            assert_eq!(
                KindField::SupportMinutes.applies_to(kind),
                kind.support_per().is_some()
            );
        }
    }
}
