//! Which modules the grid shows, as plain arithmetic: the first visible
//! module, how many fit, and how scrolling and a moving cursor change them.
//! The update keeps the editor's viewport with it; the grid draws its range.

use std::ops::Range;

/// `visible` modules from `first`, out of `count`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Viewport {
    first: usize,
    visible: usize,
    count: usize,
}

impl Viewport {
    /// A viewport that shows as much as it can: at least one module, never
    /// past the last.
    pub fn new(first: usize, visible: usize, count: usize) -> Viewport {
        let visible = visible.max(1);
        Viewport {
            first: first.min(count.saturating_sub(visible)),
            visible,
            count,
        }
    }

    pub fn first(self) -> usize {
        self.first
    }

    /// The modules on screen.
    pub fn range(self) -> Range<usize> {
        self.first..(self.first + self.visible).min(self.count)
    }

    /// Scrolled just enough to show `cursor`.
    pub fn following(self, cursor: usize) -> Viewport {
        let first = if cursor < self.first {
            cursor
        } else if cursor >= self.first + self.visible {
            cursor + 1 - self.visible
        } else {
            self.first
        };
        Viewport::new(first, self.visible, self.count)
    }

    /// Scrolled by `by` modules (negative: left), within the plan.
    pub fn scrolled(self, by: i32) -> Viewport {
        let first = (self.first as i64 + i64::from(by)).max(0) as usize;
        Viewport::new(first, self.visible, self.count)
    }

    /// `cursor` moved onto the screen, if scrolling left it off.
    pub fn clamp(self, cursor: usize) -> usize {
        let range = self.range();
        cursor.clamp(range.start, range.end.saturating_sub(1).max(range.start))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cursor_is_followed_with_the_least_scrolling() {
        let view = Viewport::new(0, 4, 10);
        assert_eq!(view.range(), 0..4);
        assert_eq!(view.following(3).range(), 0..4, "already visible");
        assert_eq!(view.following(4).range(), 1..5, "one step right");
        assert_eq!(view.following(9).range(), 6..10);
        assert_eq!(view.following(9).following(2).range(), 2..6);
    }

    #[test]
    fn scrolling_stays_within_the_plan() {
        let view = Viewport::new(0, 4, 10);
        assert_eq!(view.scrolled(-3).range(), 0..4);
        assert_eq!(view.scrolled(3).range(), 3..7);
        assert_eq!(view.scrolled(100).range(), 6..10);
        // a cursor left behind comes onto the screen
        assert_eq!(view.scrolled(3).clamp(0), 3);
        assert_eq!(view.scrolled(3).clamp(9), 6);
    }

    #[test]
    fn a_plan_narrower_than_the_screen_starts_at_its_first_module() {
        let view = Viewport::new(5, 8, 3);
        assert_eq!(view.range(), 0..3);
        assert_eq!(view.scrolled(1).range(), 0..3);
        assert_eq!(Viewport::new(0, 0, 3).range(), 0..1, "at least one module");
    }
}
