//! Gagné's nine events of instruction, the rows of every plan.
//!
//! Each event knows its Bloom band and the mode the reference article
//! ("Synchronous vs Asynchronous learning", the Line of Understanding)
//! recommends for it, with the article's reason in one line.

use serde::{Deserialize, Serialize};

use super::kind::ActivityKind;

/// Whether a part of a module happens live (synchronous) or self-paced (asynchronous).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Mode {
    Live,
    SelfPaced,
}

impl Mode {
    /// The other mode: what a toggle turns this one into.
    pub fn toggled(self) -> Mode {
        match self {
            Mode::Live => Mode::SelfPaced,
            Mode::SelfPaced => Mode::Live,
        }
    }

    /// The word a person reads: "live" or "self-paced".
    pub fn label(self) -> &'static str {
        match self {
            Mode::Live => "live",
            Mode::SelfPaced => "self-paced",
        }
    }
}

/// The three bands of Bloom's taxonomy that the Line of Understanding maps onto the events.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum BloomBand {
    /// Events 1-4: learners remember and understand.
    RememberUnderstand,
    /// Events 5-7: learners apply and analyze.
    ApplyAnalyze,
    /// Events 8-9: learners evaluate and create.
    EvaluateCreate,
}

impl BloomBand {
    pub fn label(self) -> &'static str {
        match self {
            BloomBand::RememberUnderstand => "remember/understand",
            BloomBand::ApplyAnalyze => "apply/analyze",
            BloomBand::EvaluateCreate => "evaluate/create",
        }
    }
}

/// One of Gagné's nine events of instruction, in teaching order.
///
/// The derived order is Gagné's order, so maps keyed by event iterate (and
/// save) in the order a reader expects.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum GagneEvent {
    GainAttention,
    InformObjectives,
    StimulateRecall,
    PresentContent,
    ProvideGuidance,
    ElicitPerformance,
    ProvideFeedback,
    AssessPerformance,
    EnhanceRetention,
}

impl GagneEvent {
    /// All nine events in Gagné's order.
    pub const ALL: [GagneEvent; 9] = [
        GagneEvent::GainAttention,
        GagneEvent::InformObjectives,
        GagneEvent::StimulateRecall,
        GagneEvent::PresentContent,
        GagneEvent::ProvideGuidance,
        GagneEvent::ElicitPerformance,
        GagneEvent::ProvideFeedback,
        GagneEvent::AssessPerformance,
        GagneEvent::EnhanceRetention,
    ];

    /// Position in Gagné's order, 0-based (use [`GagneEvent::number`] for what people read).
    pub fn index(self) -> usize {
        self as usize
    }

    /// Gagné's number for the event, 1 to 9.
    pub fn number(self) -> usize {
        self.index() + 1
    }

    /// The identifier used in plan files, e.g. `GainAttention`.
    pub fn identifier(self) -> &'static str {
        match self {
            GagneEvent::GainAttention => "GainAttention",
            GagneEvent::InformObjectives => "InformObjectives",
            GagneEvent::StimulateRecall => "StimulateRecall",
            GagneEvent::PresentContent => "PresentContent",
            GagneEvent::ProvideGuidance => "ProvideGuidance",
            GagneEvent::ElicitPerformance => "ElicitPerformance",
            GagneEvent::ProvideFeedback => "ProvideFeedback",
            GagneEvent::AssessPerformance => "AssessPerformance",
            GagneEvent::EnhanceRetention => "EnhanceRetention",
        }
    }

    /// The full label, e.g. "Stimulate recall of prior learning".
    pub fn label(self) -> &'static str {
        match self {
            GagneEvent::GainAttention => "Gain attention",
            GagneEvent::InformObjectives => "Inform learners of objectives",
            GagneEvent::StimulateRecall => "Stimulate recall of prior learning",
            GagneEvent::PresentContent => "Present the content",
            GagneEvent::ProvideGuidance => "Provide learning guidance",
            GagneEvent::ElicitPerformance => "Elicit performance (practice)",
            GagneEvent::ProvideFeedback => "Provide feedback",
            GagneEvent::AssessPerformance => "Assess performance",
            GagneEvent::EnhanceRetention => "Enhance retention and transfer",
        }
    }

    /// A label short enough for a grid row, e.g. "Recall".
    pub fn short_label(self) -> &'static str {
        match self {
            GagneEvent::GainAttention => "Attention",
            GagneEvent::InformObjectives => "Objectives",
            GagneEvent::StimulateRecall => "Recall",
            GagneEvent::PresentContent => "Content",
            GagneEvent::ProvideGuidance => "Guidance",
            GagneEvent::ElicitPerformance => "Practice",
            GagneEvent::ProvideFeedback => "Feedback",
            GagneEvent::AssessPerformance => "Assessment",
            GagneEvent::EnhanceRetention => "Transfer",
        }
    }

    /// The Bloom band the Line of Understanding puts this event in.
    pub fn bloom_band(self) -> BloomBand {
        match self.number() {
            1..=4 => BloomBand::RememberUnderstand,
            5..=7 => BloomBand::ApplyAnalyze,
            _ => BloomBand::EvaluateCreate,
        }
    }

    /// The mode the Line of Understanding recommends: live for the hands-on
    /// middle (events 5-7), self-paced before and after.
    pub fn recommended_mode(self) -> Mode {
        match self.bloom_band() {
            BloomBand::ApplyAnalyze => Mode::Live,
            BloomBand::RememberUnderstand | BloomBand::EvaluateCreate => Mode::SelfPaced,
        }
    }

    /// The kind a cell of this event takes in `mode` when nothing more is said:
    /// what a plain toggle gives.
    pub fn default_kind(self, mode: Mode) -> ActivityKind {
        use ActivityKind as K;
        use GagneEvent::*;
        match (mode, self) {
            (Mode::Live, GainAttention | InformObjectives | StimulateRecall | PresentContent) => {
                K::Session
            }
            (Mode::Live, ProvideGuidance | ElicitPerformance | EnhanceRetention) => K::Workshop,
            (Mode::Live, ProvideFeedback | AssessPerformance) => K::Critique,
            (Mode::SelfPaced, GainAttention | PresentContent) => K::Video,
            (Mode::SelfPaced, InformObjectives | ProvideGuidance) => K::Reading,
            (Mode::SelfPaced, StimulateRecall | AssessPerformance) => K::Quiz,
            (Mode::SelfPaced, ElicitPerformance) => K::Practice,
            (Mode::SelfPaced, ProvideFeedback) => K::Assignment,
            (Mode::SelfPaced, EnhanceRetention) => K::Forum,
        }
    }

    /// Why the reference article recommends that mode, in one line.
    pub fn recommendation_reason(self) -> &'static str {
        match self {
            GagneEvent::GainAttention => {
                "Self-paced works: a short humorous video gains attention without a meeting."
            }
            GagneEvent::InformObjectives => {
                "Self-paced works: telling learners what they are about to learn needs no live room."
            }
            GagneEvent::StimulateRecall => {
                "Self-paced works: reminding learners of what they know is remember/understand work."
            }
            GagneEvent::PresentContent => {
                "Self-paced works: presenting information through video, PDFs and directories scales."
            }
            GagneEvent::ProvideGuidance => {
                "Live works best: guided practice lets the instructor see who is lost and correct course."
            }
            GagneEvent::ElicitPerformance => {
                "Live works best: a live deadline and peers make learners actually do the practice."
            }
            GagneEvent::ProvideFeedback => {
                "Live works best: learners get immediate feedback from the instructor and peers."
            }
            GagneEvent::AssessPerformance => {
                "Self-paced works: a computer-graded test or a reflective journal assesses well alone."
            }
            GagneEvent::EnhanceRetention => {
                "Self-paced works: learners transfer learning to their own lives on their own time."
            }
        }
    }

    /// Activities from the reference article's lists that suit this event in the given mode.
    pub fn suggested_activities(self, mode: Mode) -> &'static [&'static str] {
        use GagneEvent::*;
        match (mode, self) {
            (Mode::SelfPaced, GainAttention) => {
                &["Short humorous video", "A video", "An mp3 audio file"]
            }
            (Mode::SelfPaced, InformObjectives) => {
                &["A fillable PDF", "A video", "A digital flipbook"]
            }
            (Mode::SelfPaced, StimulateRecall) => &[
                "An online quiz",
                "An interactive drag and drop activity",
                "A threaded discussion forum",
            ],
            (Mode::SelfPaced, PresentContent) => &[
                "A video",
                "A recorded replay of a live class",
                "An automated webinar",
                "A physical book",
                "A digital flipbook",
                "An mp3 audio file",
            ],
            (Mode::SelfPaced, ProvideGuidance) => &[
                "A fillable PDF",
                "An interactive drag and drop activity",
                "A recorded replay of a live class",
            ],
            (Mode::SelfPaced, ElicitPerformance) => &[
                "Film yourself doing the task",
                "An interactive drag and drop activity",
                "A fillable PDF",
            ],
            (Mode::SelfPaced, ProvideFeedback) => &[
                "Peer critique with a checklist",
                "A threaded discussion forum",
                "Automated feedback through a survey or poll",
            ],
            (Mode::SelfPaced, AssessPerformance) => &[
                "A computer graded test",
                "An online quiz",
                "A self-reflective journal",
            ],
            (Mode::SelfPaced, EnhanceRetention) => &[
                "A self-reflective journal",
                "A threaded discussion forum",
                "A self-paced action plan",
            ],
            (Mode::Live, GainAttention | InformObjectives | StimulateRecall) => &[
                "A live Zoom class meeting",
                "A live streaming webinar",
                "A Facebook Live",
            ],
            (Mode::Live, PresentContent) => &[
                "A live Zoom class meeting",
                "A live streaming webinar",
                "A scheduled workshop with live Q and A",
            ],
            (Mode::Live, ProvideGuidance) => &[
                "Live group coaching",
                "Zoom breakout rooms with structured small group activities",
                "A scheduled workshop with live Q and A",
            ],
            (Mode::Live, ElicitPerformance) => &[
                "Zoom breakout rooms with structured small group activities",
                "A live role play",
                "A live co-working session",
            ],
            (Mode::Live, ProvideFeedback) => &[
                "Live discussion of filmed practice",
                "Live one to one coaching",
                "Live group coaching",
            ],
            (Mode::Live, AssessPerformance) => &[
                "Live one to one coaching",
                "A live debate",
                "A scheduled workshop with live Q and A",
            ],
            (Mode::Live, EnhanceRetention) => &[
                "A live co-working session",
                "A scheduled group chat",
                "Live group coaching",
            ],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_are_numbered_one_to_nine_in_gagne_order() {
        let numbers: Vec<usize> = GagneEvent::ALL.iter().map(|e| e.number()).collect();
        assert_eq!(numbers, (1..=9).collect::<Vec<_>>());
        assert!(GagneEvent::ALL.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn line_of_understanding_recommends_live_only_for_events_five_to_seven() {
        for event in GagneEvent::ALL {
            let expected = if (5..=7).contains(&event.number()) {
                Mode::Live
            } else {
                Mode::SelfPaced
            };
            assert_eq!(event.recommended_mode(), expected, "{event:?}");
        }
    }

    #[test]
    fn bloom_bands_follow_the_article() {
        // Events 1-4, 5-7 and 8-9, as the Line of Understanding draws them.
        for event in GagneEvent::ALL {
            let expected = match event.number() {
                1..=4 => BloomBand::RememberUnderstand,
                5..=7 => BloomBand::ApplyAnalyze,
                _ => BloomBand::EvaluateCreate,
            };
            assert_eq!(event.bloom_band(), expected, "{event:?}");
        }
    }

    #[test]
    fn each_default_kind_belongs_to_its_mode() {
        for event in GagneEvent::ALL {
            for mode in [Mode::Live, Mode::SelfPaced] {
                assert_eq!(event.default_kind(mode).mode(), mode, "{event:?}");
            }
        }
        assert_eq!(
            GagneEvent::EnhanceRetention.default_kind(Mode::SelfPaced),
            ActivityKind::Forum
        );
    }

    #[test]
    fn every_event_has_suggestions_in_both_modes() {
        for event in GagneEvent::ALL {
            for mode in [Mode::Live, Mode::SelfPaced] {
                assert!(
                    !event.suggested_activities(mode).is_empty(),
                    "{event:?} {mode:?}"
                );
            }
        }
    }
}
