//! What changed between two versions of a plan, module by module, with
//! modules matched by identity rather than position: inserting, deleting,
//! moving or renaming one module reads as exactly that, not as a cascade of
//! changes in every module after it.
//!
//! The match: trim the modules equal at both ends; in the middle, match titles
//! by their longest common subsequence; a removed and an added module with
//! equal content anywhere are a move; a removed and an added module left in
//! the same gap between matches are one module changed (a rename, often).

use super::course::{Course, Module};

/// How one module of either plan fares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ModuleChange {
    /// The same module, unchanged.
    Same { old: usize, new: usize },
    /// The same module, changed: its title (a rename), its cells, or both.
    Changed { old: usize, new: usize },
    /// The same module, unchanged, at another place.
    Moved { old: usize, new: usize },
    /// Only in the new plan.
    Added { new: usize },
    /// Only in the old plan.
    Removed { old: usize },
}

impl ModuleChange {
    /// The module's index in the old plan and in the new, where it is there.
    pub fn indices(self) -> (Option<usize>, Option<usize>) {
        match self {
            ModuleChange::Same { old, new }
            | ModuleChange::Changed { old, new }
            | ModuleChange::Moved { old, new } => (Some(old), Some(new)),
            ModuleChange::Removed { old } => (Some(old), None),
            ModuleChange::Added { new } => (None, Some(new)),
        }
    }

    /// The module's index in the old plan, if it is there.
    pub fn old_index(self) -> Option<usize> {
        self.indices().0
    }

    /// The module's index in the new plan, if it is there.
    pub fn new_index(self) -> Option<usize> {
        self.indices().1
    }
}

/// The modules of two plans matched up: every module of either plan appears
/// once, in the new plan's order, removed ones where they stood.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModuleDiff {
    pub changes: Vec<ModuleChange>,
}

impl ModuleDiff {
    pub fn between(old: &Course, new: &Course) -> ModuleDiff {
        ModuleDiff::of(old.modules(), new.modules())
    }

    pub fn of(old: &[Module], new: &[Module]) -> ModuleDiff {
        let (prefix, suffix) = equal_ends(old, new);
        let (old_end, new_end) = (old.len() - suffix, new.len() - suffix);

        let mut changes: Vec<ModuleChange> = (0..prefix)
            .map(|i| ModuleChange::Same { old: i, new: i })
            .collect();
        changes.extend(middle(old, new, prefix, old_end, new_end));
        changes.extend((0..suffix).map(|i| ModuleChange::Same {
            old: old_end + i,
            new: new_end + i,
        }));
        ModuleDiff { changes }
    }

    /// For each module of the new plan, its index in the old one (`None` when added).
    pub fn old_of_new(&self, new_count: usize) -> Vec<Option<usize>> {
        let mut map = vec![None; new_count];
        for change in &self.changes {
            if let (Some(old), Some(new)) = (change.old_index(), change.new_index()) {
                map[new] = Some(old);
            }
        }
        map
    }

    /// True when no module was added, removed, moved or changed.
    pub fn is_empty(&self) -> bool {
        self.changes
            .iter()
            .all(|c| matches!(c, ModuleChange::Same { .. }))
    }
}

/// How many modules are equal at the start and at the end of both lists
/// (never overlapping): what an edit did not touch. Undo keeps only the rest.
pub fn equal_ends(old: &[Module], new: &[Module]) -> (usize, usize) {
    let prefix = old.iter().zip(new).take_while(|(a, b)| a == b).count();
    let room = old.len().min(new.len()) - prefix;
    let suffix = old
        .iter()
        .rev()
        .zip(new.iter().rev())
        .take(room)
        .take_while(|(a, b)| a == b)
        .count();
    (prefix, suffix)
}

/// The changes between `old[start..old_end]` and `new[start..new_end]`,
/// whose ends are already matched.
fn middle(
    old: &[Module],
    new: &[Module],
    start: usize,
    old_end: usize,
    new_end: usize,
) -> Vec<ModuleChange> {
    let pairs = common_titles(&old[start..old_end], &new[start..new_end]);
    // Gaps between matched titles: what was removed and what was added there.
    let mut gaps: Vec<(Vec<usize>, Vec<usize>)> = Vec::new();
    let (mut o, mut n) = (start, start);
    for &(po, pn) in &pairs {
        gaps.push(((o..start + po).collect(), (n..start + pn).collect()));
        (o, n) = (start + po + 1, start + pn + 1);
    }
    gaps.push(((o..old_end).collect(), (n..new_end).collect()));

    // A removed and an added module with equal content, anywhere: a move.
    let mut moved_to: Vec<Option<usize>> = vec![None; new.len()];
    let mut moved_from = vec![false; old.len()];
    for (_, added) in &gaps {
        for &a in added {
            let found = gaps
                .iter()
                .flat_map(|(removed, _)| removed)
                .find(|&&r| !moved_from[r] && old[r] == new[a]);
            if let Some(&r) = found {
                moved_to[a] = Some(r);
                moved_from[r] = true;
            }
        }
    }

    let mut changes = Vec::new();
    for (index, (removed, added)) in gaps.iter().enumerate() {
        let removed: Vec<usize> = removed
            .iter()
            .copied()
            .filter(|&r| !moved_from[r])
            .collect();
        let mut unpaired_removed = removed.iter().copied();
        for &a in added {
            if let Some(r) = moved_to[a] {
                changes.push(ModuleChange::Moved { old: r, new: a });
            } else if let Some(r) = unpaired_removed.next() {
                // Left over in the same gap on both sides: one module, changed.
                changes.push(ModuleChange::Changed { old: r, new: a });
            } else {
                changes.push(ModuleChange::Added { new: a });
            }
        }
        changes.extend(unpaired_removed.map(|old| ModuleChange::Removed { old }));
        if let Some(&(po, pn)) = pairs.get(index) {
            let (po, pn) = (start + po, start + pn);
            changes.push(if old[po] == new[pn] {
                ModuleChange::Same { old: po, new: pn }
            } else {
                ModuleChange::Changed { old: po, new: pn }
            });
        }
    }
    changes
}

/// The longest common subsequence of the two runs' titles, as index pairs.
fn common_titles(old: &[Module], new: &[Module]) -> Vec<(usize, usize)> {
    let (n, m) = (old.len(), new.len());
    // lengths[i][j]: the LCS of old[i..] and new[j..], in one flat table.
    let width = m + 1;
    let mut lengths = vec![0u32; (n + 1) * width];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lengths[i * width + j] = if old[i].title == new[j].title {
                lengths[(i + 1) * width + j + 1] + 1
            } else {
                lengths[(i + 1) * width + j].max(lengths[i * width + j + 1])
            };
        }
    }
    let mut pairs = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < n && j < m {
        if old[i].title == new[j].title {
            pairs.push((i, j));
            i += 1;
            j += 1;
        } else if lengths[(i + 1) * width + j] >= lengths[i * width + j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Assumptions, GagneEvent, Mode};

    fn course(titles: &[&str]) -> Course {
        let modules = titles.iter().map(|t| Module::recommended(*t)).collect();
        Course::new("C", Assumptions::default(), modules).unwrap()
    }

    fn kinds(diff: &ModuleDiff) -> Vec<String> {
        diff.changes
            .iter()
            .map(|c| match c {
                ModuleChange::Same { .. } => "=".to_owned(),
                ModuleChange::Changed { old, new } => format!("~{old}>{new}"),
                ModuleChange::Moved { old, new } => format!("m{old}>{new}"),
                ModuleChange::Added { new } => format!("+{new}"),
                ModuleChange::Removed { old } => format!("-{old}"),
            })
            .collect()
    }

    #[test]
    fn inserting_a_module_in_the_middle_is_one_addition() {
        let diff = ModuleDiff::between(
            &course(&["A", "B", "C", "D", "E"]),
            &course(&["A", "B", "X", "C", "D", "E"]),
        );
        assert_eq!(kinds(&diff), ["=", "=", "+2", "=", "=", "="]);
        assert_eq!(
            diff.old_of_new(6),
            [Some(0), Some(1), None, Some(2), Some(3), Some(4)]
        );
    }

    #[test]
    fn deleting_a_module_is_one_removal() {
        let diff = ModuleDiff::between(
            &course(&["A", "B", "C", "D", "E"]),
            &course(&["A", "B", "D", "E"]),
        );
        assert_eq!(kinds(&diff), ["=", "=", "-2", "=", "="]);
        let first = ModuleDiff::between(&course(&["A", "B", "C"]), &course(&["B", "C"]));
        assert_eq!(kinds(&first), ["-0", "=", "="]);
    }

    #[test]
    fn moving_a_module_is_one_move() {
        let diff = ModuleDiff::between(
            &course(&["A", "B", "C", "D", "E"]),
            &course(&["A", "C", "D", "B", "E"]),
        );
        assert_eq!(kinds(&diff), ["=", "=", "=", "m1>3", "="]);
    }

    #[test]
    fn renaming_a_module_is_one_change_and_a_changed_cell_too() {
        let old = course(&["A", "B", "C", "D", "E"]);
        let mut new = course(&["A", "B", "Bread", "D", "E"]);
        let diff = ModuleDiff::between(&old, &new);
        assert_eq!(kinds(&diff), ["=", "=", "~2>2", "=", "="]);
        new.modules_mut()[3]
            .cell_mut(GagneEvent::ElicitPerformance)
            .set_mode(GagneEvent::ElicitPerformance, Mode::SelfPaced);
        let diff = ModuleDiff::between(&old, &new);
        assert_eq!(kinds(&diff), ["=", "=", "~2>2", "~3>3", "="]);
    }

    #[test]
    fn identical_plans_have_no_changes() {
        let plan = course(&["A", "B"]);
        assert!(ModuleDiff::between(&plan, &plan).is_empty());
    }

    #[test]
    fn every_module_of_either_plan_appears_once() {
        let old = course(&["A", "B", "C", "D"]);
        let new = course(&["D", "X", "A", "Y"]);
        let diff = ModuleDiff::between(&old, &new);
        let mut olds: Vec<usize> = diff.changes.iter().filter_map(|c| c.old_index()).collect();
        let mut news: Vec<usize> = diff.changes.iter().filter_map(|c| c.new_index()).collect();
        olds.sort();
        news.sort();
        assert_eq!(olds, [0, 1, 2, 3]);
        assert_eq!(news, [0, 1, 2, 3]);
    }
}
