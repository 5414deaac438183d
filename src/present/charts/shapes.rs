//! Generic chart kinds drawn with plotters primitives on a pixel canvas. The
//! layout is done here (not by plotters' axis builder) so that charts look
//! like part of the page: brand colours, Inter, no chart junk.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::fonts::{self, fit_text, text_width};
use crate::present::charts::Palette;

type Area<'a> = DrawingArea<SVGBackend<'a>, Shift>;
type DrawResult = Result<(), DrawingAreaErrorKind<std::io::Error>>;

/// plotters writes `font-size = size / 1.24` into SVG; this gives `px` exactly.
fn font(px: f64, color: &RGBColor, bold: bool, h: HPos, v: VPos) -> TextStyle<'static> {
    let style = if bold { FontStyle::Bold } else { FontStyle::Normal };
    (fonts::FAMILY, px * 1.24, style).into_font().color(color).pos(Pos::new(h, v))
}

fn canvas(width: u32, height: u32, draw: impl FnOnce(&Area) -> DrawResult) -> String {
    fonts::register_with_plotters();
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
        // A drawing error leaves a partial picture; the text alternative still
        // carries the data, so the page is never blocked by a chart.
        let _ = draw(&root);
        let _ = root.present();
    }
    svg
}

fn px(v: f64) -> i32 {
    if v.is_finite() { v.round().clamp(-1.0e6, 1.0e6) as i32 } else { 0 }
}

/// Flips x for right-to-left charts: a chart is laid out as for left to
/// right and every x is mirrored, bars growing leftwards and time flowing
/// right to left. Text keeps its anchor: the SVG's `direction="rtl"` turns
/// `start` into the right edge (see `finish_svg`).
#[derive(Clone, Copy)]
struct Mirror {
    rtl: bool,
}

impl Mirror {
    fn x(self, x: f64) -> i32 {
        px(if self.rtl { f64::from(WIDTH) - x } else { x })
    }

    /// A rectangle's corners, left before right whichever way it is drawn.
    fn rect(self, (x0, y0): (f64, f64), (x1, y1): (f64, f64)) -> [(i32, i32); 2] {
        let (a, b) = (self.x(x0), self.x(x1));
        [(a.min(b), px(y0)), (a.max(b), px(y1))]
    }
}

pub const WIDTH: u32 = 400;
const LABEL_PX: f64 = 13.0;
const VALUE_PX: f64 = 12.5;

/// One bar of a bar chart: a label, a value and its formatted text.
#[derive(Clone, Debug)]
pub struct Bar {
    pub label: String,
    pub value: f64,
    pub text: String,
}

/// Horizontal bars, label on the left, value at the end of the bar.
pub fn bars(rows: &[Bar], palette: &Palette, color: RGBColor, rtl: bool) -> String {
    let m = Mirror { rtl };
    let row_h = 30.0;
    let height = (rows.len() as f64 * row_h + 12.0).max(40.0);
    let w = f64::from(WIDTH);
    let label_w = rows.iter().map(|r| text_width(&r.label, LABEL_PX, false)).fold(0.0, f64::max).min(w * 0.36) + 10.0;
    let value_w = rows.iter().map(|r| text_width(&r.text, VALUE_PX, true)).fold(0.0, f64::max) + 10.0;
    let max = rows.iter().map(|r| r.value).fold(0.0, f64::max);
    let plot_w = (w - label_w - value_w - 4.0).max(40.0);
    canvas(WIDTH, height as u32, |area| {
        for (i, row) in rows.iter().enumerate() {
            let y = 6.0 + i as f64 * row_h + row_h / 2.0;
            let label = fit_text(&row.label, LABEL_PX, false, label_w - 10.0);
            area.draw(&Text::new(
                label,
                (m.x(0.0), px(y)),
                font(LABEL_PX, &palette.text, false, HPos::Left, VPos::Center),
            ))?;
            let x0 = label_w;
            area.draw(&Rectangle::new(m.rect((x0, y - 9.0), (x0 + plot_w, y + 9.0)), palette.track.filled()))?;
            let len = if max > 0.0 { (row.value / max).clamp(0.0, 1.0) * plot_w } else { 0.0 };
            if len > 0.0 {
                area.draw(&Rectangle::new(m.rect((x0, y - 9.0), (x0 + len.max(2.0), y + 9.0)), color.filled()))?;
            }
            area.draw(&Text::new(
                row.text.clone(),
                (m.x(x0 + plot_w + 8.0), px(y)),
                font(VALUE_PX, &palette.text, true, HPos::Left, VPos::Center),
            ))?;
        }
        Ok(())
    })
}

/// One series of a paired bar chart, with its values already formatted.
pub struct PairedSeries<'a> {
    pub name: &'a str,
    pub color: RGBColor,
    pub values: &'a [Option<f64>],
    pub texts: &'a [String],
}

/// Two series side by side per row (cost vs revenue), with a legend on top.
pub fn paired_bars(labels: &[String], series: [PairedSeries; 2], palette: &Palette, rtl: bool) -> String {
    let m = Mirror { rtl };
    let row_h = 44.0;
    let top = 30.0;
    let height = top + labels.len() as f64 * row_h + 8.0;
    let w = f64::from(WIDTH);
    let label_w = labels.iter().map(|l| text_width(l, LABEL_PX, false)).fold(0.0, f64::max).min(w * 0.32) + 10.0;
    let value_w =
        series.iter().flat_map(|s| s.texts.iter()).map(|t| text_width(t, VALUE_PX, false)).fold(0.0, f64::max) + 10.0;
    let max = series.iter().flat_map(|s| s.values.iter().flatten()).fold(0.0, |a: f64, &b| a.max(b));
    let plot_w = (w - label_w - value_w - 4.0).max(40.0);
    canvas(WIDTH, height as u32, |area| {
        let mut x = 0.0;
        for PairedSeries { name, color, .. } in &series {
            area.draw(&Rectangle::new(m.rect((x, 8.0), (x + 12.0, 20.0)), color.filled()))?;
            area.draw(&Text::new(
                name.to_string(),
                (m.x(x + 18.0), 14),
                font(LABEL_PX, &palette.muted, false, HPos::Left, VPos::Center),
            ))?;
            x += 18.0 + text_width(name, LABEL_PX, false) + 22.0;
        }
        for (i, label) in labels.iter().enumerate() {
            let y = top + i as f64 * row_h;
            let mid = y + row_h / 2.0 - 2.0;
            let label = fit_text(label, LABEL_PX, false, label_w - 10.0);
            area.draw(&Text::new(
                label,
                (m.x(0.0), px(mid)),
                font(LABEL_PX, &palette.text, false, HPos::Left, VPos::Center),
            ))?;
            for (k, PairedSeries { color, values, texts, .. }) in series.iter().enumerate() {
                let by = y + 6.0 + k as f64 * 16.0;
                let value = values.get(i).copied().flatten();
                let len = match value {
                    Some(v) if max > 0.0 => (v / max).clamp(0.0, 1.0) * plot_w,
                    _ => 0.0,
                };
                if len > 0.0 {
                    area.draw(&Rectangle::new(
                        m.rect((label_w, by), (label_w + len.max(2.0), by + 13.0)),
                        color.filled(),
                    ))?;
                }
                let text = texts.get(i).cloned().unwrap_or_default();
                area.draw(&Text::new(
                    text,
                    (m.x(label_w + len + 6.0), px(by + 6.5)),
                    font(VALUE_PX - 0.5, &palette.muted, false, HPos::Left, VPos::Center),
                ))?;
            }
        }
        Ok(())
    })
}

/// Vertical columns with the value above and the category below (age groups).
pub fn columns(rows: &[Bar], palette: &Palette, color: RGBColor, rtl: bool) -> String {
    let m = Mirror { rtl };
    let height = 210.0;
    let w = f64::from(WIDTH);
    let n = rows.len().max(1) as f64;
    let slot = w / n;
    let bar_w = (slot * 0.62).min(64.0);
    let base = height - 30.0;
    let top = 26.0;
    let max = rows.iter().map(|r| r.value).fold(0.0, f64::max);
    canvas(WIDTH, height as u32, |area| {
        area.draw(&PathElement::new(vec![(0, px(base)), (WIDTH as i32, px(base))], palette.grid.stroke_width(1)))?;
        for (i, row) in rows.iter().enumerate() {
            let cx = slot * (i as f64 + 0.5);
            let h = if max > 0.0 { (row.value / max).clamp(0.0, 1.0) * (base - top) } else { 0.0 };
            if h > 0.0 {
                area.draw(&Rectangle::new(
                    m.rect((cx - bar_w / 2.0, base - h), (cx + bar_w / 2.0, base)),
                    color.filled(),
                ))?;
            }
            area.draw(&Text::new(
                row.text.clone(),
                (m.x(cx), px(base - h - 8.0)),
                font(VALUE_PX, &palette.text, true, HPos::Center, VPos::Bottom),
            ))?;
            let label = fit_text(&row.label, LABEL_PX, false, slot - 4.0);
            area.draw(&Text::new(
                label,
                (m.x(cx), px(base + 16.0)),
                font(LABEL_PX, &palette.muted, false, HPos::Center, VPos::Center),
            ))?;
        }
        Ok(())
    })
}

/// Points of a ring segment from angle `a0` to `a1` (radians, clockwise from 12 o'clock).
fn ring_segment(m: Mirror, center: (f64, f64), outer: f64, inner: f64, a0: f64, a1: f64) -> Vec<(i32, i32)> {
    let steps = (((a1 - a0) / (std::f64::consts::PI / 90.0)).ceil() as usize).max(2);
    let at = |r: f64, a: f64| (m.x(center.0 + r * a.sin()), px(center.1 - r * a.cos()));
    let mut pts: Vec<(i32, i32)> = (0..=steps).map(|i| at(outer, a0 + (a1 - a0) * i as f64 / steps as f64)).collect();
    pts.extend((0..=steps).rev().map(|i| at(inner, a0 + (a1 - a0) * i as f64 / steps as f64)));
    pts
}

/// A donut with a legend beside it (gender split).
pub fn donut(rows: &[Bar], palette: &Palette, rtl: bool) -> String {
    let m = Mirror { rtl };
    let height = 200.0;
    let center = (100.0, 100.0);
    let (radius, hole) = (84.0, 54.0);
    let total: f64 = rows.iter().map(|r| r.value.max(0.0)).sum();
    canvas(WIDTH, height as u32, |area| {
        let mut angle = 0.0;
        for (i, row) in rows.iter().enumerate() {
            if total <= 0.0 || row.value <= 0.0 {
                continue;
            }
            let sweep = row.value / total * std::f64::consts::TAU;
            // A hairline gap between segments keeps small slices distinct.
            let gap = if rows.len() > 1 { 0.012 } else { 0.0 };
            area.draw(&Polygon::new(
                ring_segment(m, center, radius, hole, angle + gap, angle + sweep - gap),
                palette.nth(i).filled(),
            ))?;
            angle += sweep;
        }
        if let Some(first) = rows.iter().max_by(|a, b| a.value.total_cmp(&b.value)) {
            area.draw(&Text::new(
                first.text.clone(),
                (m.x(center.0), px(center.1 - 8.0)),
                font(22.0, &palette.text, true, HPos::Center, VPos::Center),
            ))?;
            let label = fit_text(&first.label, 12.0, false, hole * 1.7);
            area.draw(&Text::new(
                label,
                (m.x(center.0), px(center.1 + 15.0)),
                font(12.0, &palette.muted, false, HPos::Center, VPos::Center),
            ))?;
        }
        let legend_x = 230.0;
        let start = height / 2.0 - rows.len() as f64 * 15.0 + 15.0;
        for (i, row) in rows.iter().enumerate() {
            let y = start + i as f64 * 30.0;
            area.draw(&Circle::new((m.x(legend_x), px(y)), 6, palette.nth(i).filled()))?;
            let label = fit_text(&row.label, LABEL_PX + 1.0, false, 170.0);
            area.draw(&Text::new(
                label,
                (m.x(legend_x + 14.0), px(y)),
                font(LABEL_PX + 1.0, &palette.text, false, HPos::Left, VPos::Center),
            ))?;
            area.draw(&Text::new(
                row.text.clone(),
                (m.x(f64::from(WIDTH) - 4.0), px(y)),
                font(LABEL_PX + 1.0, &palette.text, true, HPos::Right, VPos::Center),
            ))?;
        }
        Ok(())
    })
}

/// A series over time: x in days, y in units, with marked points.
#[derive(Clone, Debug)]
pub struct Series {
    pub name: String,
    pub color: RGBColor,
    pub points: Vec<(i64, f64)>,
}

#[derive(Clone, Debug)]
pub struct Marker {
    pub x: i64,
    pub y: f64,
    pub text: String,
}

/// Lines over time with y gridlines, first/last x labels and alert markers.
pub fn lines(
    series: &[Series],
    markers: &[Marker],
    x_label: &dyn Fn(i64) -> String,
    y_label: &dyn Fn(f64) -> String,
    palette: &Palette,
    area_fill: bool,
    rtl: bool,
) -> String {
    let m = Mirror { rtl };
    let height = 240.0;
    let w = f64::from(WIDTH);
    let legend_h = if series.len() > 1 { 24.0 } else { 4.0 };
    let (top, bottom) = (legend_h + 12.0, height - 28.0);
    let all: Vec<(i64, f64)> = series.iter().flat_map(|s| s.points.iter().copied()).collect();
    let (x_min, x_max) = all.iter().fold((i64::MAX, i64::MIN), |(a, b), p| (a.min(p.0), b.max(p.0)));
    let (mut y_min, mut y_max) = all.iter().fold((f64::MAX, f64::MIN), |(a, b), p| (a.min(p.1), b.max(p.1)));
    if all.is_empty() {
        return canvas(WIDTH, height as u32, |_| Ok(()));
    }
    if area_fill {
        y_min = 0.0;
    } else {
        // Leave air below the lowest point; growth is easier to read off a zoomed axis.
        let span = (y_max - y_min).max(y_max.abs() * 0.05).max(1.0);
        y_min = (y_min - span * 0.15).max(0.0);
        y_max += span * 0.1;
    }
    if y_max <= y_min {
        y_max = y_min + 1.0;
    }
    let ticks = nice_ticks(y_min, y_max, 4);
    let (y_lo, y_hi) = (ticks.first().copied().unwrap_or(y_min), ticks.last().copied().unwrap_or(y_max));
    let y_label_w = ticks.iter().map(|t| text_width(&y_label(*t), 12.0, false)).fold(0.0, f64::max) + 10.0;
    let (left, right) = (y_label_w, w - 12.0);
    let sx = |x: i64| {
        if x_max == x_min {
            (left + right) / 2.0
        } else {
            left + (x - x_min) as f64 / (x_max - x_min) as f64 * (right - left)
        }
    };
    let sy = |y: f64| bottom - (y - y_lo) / (y_hi - y_lo).max(f64::MIN_POSITIVE) * (bottom - top);
    canvas(WIDTH, height as u32, |area| {
        for t in &ticks {
            let y = sy(*t);
            area.draw(&PathElement::new(vec![(m.x(left), px(y)), (m.x(right), px(y))], palette.grid.stroke_width(1)))?;
            area.draw(&Text::new(
                y_label(*t),
                (m.x(left - 8.0), px(y)),
                font(12.0, &palette.muted, false, HPos::Right, VPos::Center),
            ))?;
        }
        let mut xs: Vec<i64> = vec![x_min];
        if x_max != x_min {
            let mid = x_min + (x_max - x_min) / 2;
            if sx(mid) - sx(x_min) > 90.0 {
                xs.push(mid);
            }
            xs.push(x_max);
        }
        for (i, x) in xs.iter().enumerate() {
            let h = if xs.len() == 1 {
                HPos::Center
            } else if i == 0 {
                HPos::Left
            } else if i == xs.len() - 1 {
                HPos::Right
            } else {
                HPos::Center
            };
            area.draw(&Text::new(
                x_label(*x),
                (m.x(sx(*x)), px(bottom + 16.0)),
                font(12.0, &palette.muted, false, h, VPos::Center),
            ))?;
        }
        if series.len() > 1 {
            let mut lx = left;
            for s in series {
                area.draw(&Rectangle::new(m.rect((lx, 6.0), (lx + 14.0, 9.0)), s.color.filled()))?;
                area.draw(&Text::new(
                    s.name.clone(),
                    (m.x(lx + 20.0), 8),
                    font(12.5, &palette.muted, false, HPos::Left, VPos::Center),
                ))?;
                lx += 20.0 + text_width(&s.name, 12.5, false) + 18.0;
            }
        }
        for s in series {
            let pts: Vec<(i32, i32)> = s.points.iter().map(|&(x, y)| (m.x(sx(x)), px(sy(y)))).collect();
            if area_fill && pts.len() > 1 {
                let mut poly = pts.clone();
                poly.push((pts[pts.len() - 1].0, px(bottom)));
                poly.push((pts[0].0, px(bottom)));
                area.draw(&Polygon::new(poly, s.color.mix(0.14).filled()))?;
            }
            if pts.len() > 1 {
                area.draw(&PathElement::new(pts.clone(), s.color.stroke_width(3)))?;
            }
            for p in &pts {
                area.draw(&Circle::new(*p, 3, s.color.filled()))?;
            }
        }
        for mark in markers {
            let p = (m.x(sx(mark.x)), px(sy(mark.y)));
            area.draw(&Circle::new(p, 7, palette.alert.stroke_width(2)))?;
            // Near the far edge the label ends at the point (in the reading direction).
            let anchor = if sx(mark.x) > w - 80.0 { HPos::Right } else { HPos::Center };
            area.draw(&Text::new(
                mark.text.clone(),
                (p.0, p.1 - 14),
                font(12.0, &palette.alert, true, anchor, VPos::Bottom),
            ))?;
        }
        Ok(())
    })
}

/// Round tick values covering [lo, hi].
pub fn nice_ticks(lo: f64, hi: f64, count: usize) -> Vec<f64> {
    if !(lo.is_finite() && hi.is_finite()) || hi <= lo || count == 0 {
        return vec![lo];
    }
    let raw = (hi - lo) / count as f64;
    let mag = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0].iter().map(|m| m * mag).find(|s| *s >= raw).unwrap_or(10.0 * mag);
    let start = (lo / step).floor() * step;
    let mut ticks = Vec::new();
    let mut t = start;
    while ticks.len() < 12 {
        ticks.push(t);
        if t >= hi - step * 1e-9 {
            break;
        }
        t += step;
    }
    ticks
}

/// One stage of a funnel.
#[derive(Clone, Debug)]
pub struct Stage {
    pub label: String,
    pub value: f64,
    pub text: String,
    /// Share of the previous stage, already formatted ("3.4% of impressions").
    pub step: Option<String>,
}

/// Centred bars narrowing stage by stage, on a log scale so a million
/// impressions and a hundred conversions both stay visible.
pub fn funnel(stages: &[Stage], palette: &Palette, rtl: bool) -> String {
    let m = Mirror { rtl };
    let row_h = 46.0;
    let height = stages.len() as f64 * row_h + 8.0;
    let w = f64::from(WIDTH);
    let label_w = 150.0;
    let plot_w = w - label_w;
    let max_log = stages.iter().map(|s| (s.value.max(1.0)).log10()).fold(0.0, f64::max).max(1.0);
    canvas(WIDTH, height as u32, |area| {
        for (i, s) in stages.iter().enumerate() {
            let y = 4.0 + i as f64 * row_h;
            let share = ((s.value.max(1.0)).log10() / max_log).clamp(0.08, 1.0);
            let bw = plot_w * share;
            let cx = label_w + plot_w / 2.0;
            let color = palette.primary.mix(1.0 - i as f64 * 0.16);
            area.draw(&Rectangle::new(
                m.rect((cx - bw / 2.0, y + 4.0), (cx + bw / 2.0, y + row_h - 8.0)),
                color.filled(),
            ))?;
            area.draw(&Text::new(
                s.label.clone(),
                (m.x(0.0), px(y + 14.0)),
                font(LABEL_PX, &palette.text, true, HPos::Left, VPos::Center),
            ))?;
            area.draw(&Text::new(
                s.text.clone(),
                (m.x(0.0), px(y + 31.0)),
                font(LABEL_PX, &palette.text, false, HPos::Left, VPos::Center),
            ))?;
        }
        for (i, s) in stages.iter().enumerate() {
            if let Some(step) = &s.step {
                let y = 4.0 + i as f64 * row_h + row_h / 2.0 - 2.0;
                let cx = label_w + plot_w / 2.0;
                let text_w = text_width(step, 12.0, true) + 16.0;
                area.draw(&Rectangle::new(
                    m.rect((cx - text_w / 2.0, y - 10.0), (cx + text_w / 2.0, y + 10.0)),
                    WHITE.mix(0.92).filled(),
                ))?;
                area.draw(&Text::new(
                    step.clone(),
                    (m.x(cx), px(y)),
                    font(12.0, &palette.text, true, HPos::Center, VPos::Center),
                ))?;
            }
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_round_and_cover_the_range() {
        assert_eq!(nice_ticks(0.0, 100.0, 4), vec![0.0, 25.0, 50.0, 75.0, 100.0]);
        let t = nice_ticks(41_000.0, 48_200.0, 4);
        assert!(t[0] <= 41_000.0 && *t.last().unwrap() >= 48_200.0);
        assert_eq!(nice_ticks(5.0, 5.0, 4), vec![5.0]);
    }

    #[test]
    fn bars_escape_labels_and_draw_every_row() {
        let p = Palette::from_brand("#0F766E", "#F59E0B");
        let svg = bars(
            &[
                Bar { label: "<script>x</script>".into(), value: 10.0, text: "10".into() },
                Bar { label: "B & C".into(), value: 0.0, text: "0".into() },
            ],
            &p,
            p.primary,
            false,
        );
        assert!(!svg.contains("<script>"));
        assert!(svg.contains("B &amp; C"));
    }

    #[test]
    fn right_to_left_charts_are_mirrored() {
        let p = Palette::from_brand("#0F766E", "#F59E0B");
        let rows = [Bar { label: "A".into(), value: 10.0, text: "10".into() }];
        let ltr = bars(&rows, &p, p.primary, false);
        let rtl = bars(&rows, &p, p.primary, true);
        // The label sits at the left edge left to right, at the right edge mirrored.
        assert!(ltr.contains(r#"x="0""#), "{ltr}");
        assert!(rtl.contains(r#"x="400""#), "{rtl}");
        // Every rectangle keeps a positive width.
        assert!(!rtl.contains("width=\"-"), "{rtl}");
    }
}
