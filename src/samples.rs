//! The sample courses, built into the binary so the demo works from any folder:
//! the culinary academy of the reference article.

use crate::model::Course;
use crate::plan_file;

/// A sample course shipped in `assets/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Sample {
    /// The Master Baker bundle: sourcing, bulk sourcing, artisanal baking, assessment.
    #[default]
    MasterBaker,
    /// The Master Chef bundle: sourcing, bulk sourcing, top tier cooking, assessment.
    MasterChef,
}

impl Sample {
    /// The plan file's text, as in `assets/`.
    pub fn text(self) -> &'static str {
        match self {
            Sample::MasterBaker => include_str!("../assets/master-baker.ron"),
            Sample::MasterChef => include_str!("../assets/master-chef.ron"),
        }
    }

    /// The file name it is saved under by default.
    pub fn file_name(self) -> &'static str {
        match self {
            Sample::MasterBaker => "master-baker.ron",
            Sample::MasterChef => "master-chef.ron",
        }
    }

    pub fn course(self) -> Course {
        plan_file::parse(self.text())
            .expect("the samples are checked by the tests: they always parse")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_samples_parse() {
        assert_eq!(Sample::MasterBaker.course().title, "Master Baker");
        assert_eq!(Sample::MasterChef.course().title, "Master Chef");
    }
}
