//! A backend wrapper that sends fewer bytes to the terminal. ratatui sends
//! only the cells that changed, but moves the cursor (`ESC [ row ; col H`,
//! up to 9 bytes) over every run of unchanged cells between two changes.
//! When text shifts (a warning added or removed reflows the panel), the old
//! and new rows share many letters and spaces at the same places, and half
//! the bytes of a frame went on those moves. Here a short gap is printed
//! again instead, from a copy of what the terminal shows, when that is no
//! longer than the move and needs no change of style.

use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::{Buffer, Cell};
use ratatui::layout::{Position, Rect, Size};
use unicode_width::UnicodeWidthStr;

pub struct GapFilling<B> {
    inner: B,
    /// What the terminal shows, as far as this backend has drawn it.
    screen: Buffer,
}

impl<B: Backend> GapFilling<B> {
    /// Wraps `inner`, whose screen of `area` is blank (as after entering the
    /// alternate screen), as ratatui assumes before its first frame.
    pub fn new(inner: B, area: Rect) -> GapFilling<B> {
        GapFilling {
            inner,
            screen: Buffer::empty(area),
        }
    }

    /// The cells of `screen` between `from` and `to` on row `y`, if printing
    /// them costs no more than moving the cursor over them and they share
    /// `style_of`'s style; `None` otherwise.
    fn gap(&self, from: u16, to: u16, y: u16, style_of: &Cell) -> Option<Vec<(u16, Cell)>> {
        let move_bytes = 4 + digits(y + 1) + digits(to + 1);
        let mut bytes = 0;
        let mut cells = Vec::new();
        for x in from..to {
            let cell = self.screen.cell((x, y))?;
            let same_style = cell.fg == style_of.fg
                && cell.bg == style_of.bg
                && cell.modifier == style_of.modifier;
            if !same_style || cell.symbol().width() != 1 {
                return None;
            }
            bytes += cell.symbol().len();
            if bytes > move_bytes {
                return None;
            }
            cells.push((x, cell.clone()));
        }
        Some(cells)
    }
}

fn digits(n: u16) -> usize {
    n.checked_ilog10().map_or(1, |log| log as usize + 1)
}

impl<B: Backend> Backend for GapFilling<B> {
    type Error = B::Error;

    fn draw<'a, I>(&mut self, content: I) -> Result<(), Self::Error>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        let mut out: Vec<(u16, u16, Cell)> = Vec::new();
        for (x, y, cell) in content {
            if let Some((last_x, last_y, last)) = out.last() {
                let next = last_x + (last.symbol().width().max(1) as u16);
                if *last_y == y
                    && x > next
                    && let Some(gap) = self.gap(next, x, y, last)
                {
                    out.extend(gap.into_iter().map(|(gx, c)| (gx, y, c)));
                }
            }
            out.push((x, y, cell.clone()));
        }
        for (x, y, cell) in &out {
            if let Some(shown) = self.screen.cell_mut((*x, *y)) {
                *shown = cell.clone();
            }
        }
        self.inner
            .draw(out.iter().map(|(x, y, cell)| (*x, *y, cell)))
    }

    fn hide_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.hide_cursor()
    }

    fn show_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.show_cursor()
    }

    fn get_cursor_position(&mut self) -> Result<Position, Self::Error> {
        self.inner.get_cursor_position()
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> Result<(), Self::Error> {
        self.inner.set_cursor_position(position)
    }

    /// The screen is blank afterwards: so is the copy, at the terminal's size.
    fn clear(&mut self) -> Result<(), Self::Error> {
        self.inner.clear()?;
        let size = self.inner.size()?;
        self.screen = Buffer::empty(Rect::new(0, 0, size.width, size.height));
        Ok(())
    }

    /// All of the screen cleared (ratatui's resize and clear do this) is a
    /// blank copy, as in `clear`; for part of it, rather than track which,
    /// forget the copy (no gap is filled until the next full clear).
    fn clear_region(&mut self, clear_type: ClearType) -> Result<(), Self::Error> {
        self.inner.clear_region(clear_type)?;
        self.screen = match clear_type {
            ClearType::All => {
                let size = self.inner.size()?;
                Buffer::empty(Rect::new(0, 0, size.width, size.height))
            }
            _ => Buffer::empty(Rect::ZERO),
        };
        Ok(())
    }

    fn size(&self) -> Result<Size, Self::Error> {
        self.inner.size()
    }

    fn window_size(&mut self) -> Result<WindowSize, Self::Error> {
        self.inner.window_size()
    }

    fn flush(&mut self) -> Result<(), Self::Error> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use ratatui::backend::{Backend, ClearType, TestBackend};
    use ratatui::buffer::Cell;

    use super::GapFilling;

    /// ratatui clears the whole screen on every resize (and on the redraw
    /// after Ctrl-Z): gaps must be filled after it as after the first frame.
    #[test]
    fn gaps_are_filled_again_after_the_whole_screen_is_cleared() {
        let mut backend = GapFilling::new(TestBackend::new(20, 2), ratatui::layout::Rect::ZERO);
        let blank = Cell::default();
        backend.clear_region(ClearType::All).unwrap();
        assert!(backend.gap(1, 3, 0, &blank).is_some(), "after a full clear");
        backend.clear_region(ClearType::CurrentLine).unwrap();
        assert!(
            backend.gap(1, 3, 0, &blank).is_none(),
            "after a partial one"
        );
        backend.clear().unwrap();
        assert!(backend.gap(1, 3, 0, &blank).is_some(), "after clear");
    }
}
