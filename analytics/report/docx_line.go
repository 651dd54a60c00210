package report

import (
	"bytes"
	"image/color"
	"strconv"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"

	"otzvuk/analytics/charts"
)

// lineChart draws a chart's monthly series for the DOCX (and so the PDF), as the HTML's ECharts
// draws them: the series named solid drawn solid, the others dashed, months along the axis. ok is
// false when no series has a value (nothing to draw).
func lineChart(c *charts.Chart, months []string, solid string) (png []byte, wIn, hIn float64, ok bool, err error) {
	if c == nil {
		return nil, 0, 0, false, nil
	}
	var order []string
	series := map[string]plotter.XYs{}
	for _, p := range c.Points {
		if p.Value == nil {
			continue
		}
		m := monthOf(p.Period)
		for i, label := range months { // a year overlay's points carry the month's label
			if m == 0 && p.Period == label {
				m = i + 1
			}
		}
		if m == 0 {
			continue
		}
		if _, seen := series[p.Series]; !seen {
			order = append(order, p.Series)
		}
		series[p.Series] = append(series[p.Series], plotter.XY{X: float64(m), Y: *p.Value})
	}
	if len(order) == 0 {
		return nil, 0, 0, false, nil
	}
	p := plot.New()
	for _, f := range []*plot.Axis{&p.X, &p.Y} {
		f.Tick.Label.Font.Variant = "Sans"
		f.Label.TextStyle.Font.Variant = "Sans"
	}
	p.Legend.TextStyle.Font.Variant = "Sans"
	p.Legend.Top = false // bottom right, below the lines (the index rarely falls under 30)
	p.BackgroundColor = color.White
	p.X.Min, p.X.Max = 0.5, 12.5
	p.Y.Min, p.Y.Max = 0, 100 // the index's whole scale, as the HTML draws it: no zoom that makes noise look like a trend
	var ticks []plot.Tick
	for i := 1; i <= 12 && i <= len(months); i++ {
		ticks = append(ticks, plot.Tick{Value: float64(i), Label: months[i-1]})
	}
	p.X.Tick.Marker = plot.ConstantTicks(ticks)
	p.Add(plotter.NewGrid())
	colours := []color.Color{color.RGBA{R: 0x1f, G: 0x4e, B: 0x79, A: 0xff}, color.RGBA{R: 0x80, G: 0x80, B: 0x80, A: 0xff}, color.RGBA{R: 0xb0, G: 0x3a, B: 0x00, A: 0xff}}
	// the solid series last, so it is drawn over the dashed ones
	for i, name := range order {
		if name == solid {
			order = append(append(order[:i:i], order[i+1:]...), name)
			break
		}
	}
	for i, name := range order {
		l, pts, err := plotter.NewLinePoints(series[name])
		if err != nil {
			return nil, 0, 0, false, err
		}
		l.Color, pts.Color = colours[1+i%2], colours[1+i%2]
		l.Width = vg.Points(1.4)
		pts.Shape = draw.CircleGlyph{}
		pts.Radius = vg.Points(1.6)
		l.Dashes = []vg.Length{vg.Points(4), vg.Points(3)}
		if name == solid {
			l.Color, pts.Color, l.Dashes, l.Width = colours[0], colours[0], nil, vg.Points(2)
		}
		p.Add(l, pts)
		p.Legend.Add(name, l)
	}
	wIn, hIn = 6.3, 2.6
	cv := vgimg.NewWith(vgimg.UseWH(vg.Length(wIn)*vg.Inch, vg.Length(hIn)*vg.Inch), vgimg.UseDPI(200))
	p.Draw(draw.New(cv))
	var buf bytes.Buffer
	if _, err := (vgimg.PngCanvas{Canvas: cv}).WriteTo(&buf); err != nil {
		return nil, 0, 0, false, err
	}
	return buf.Bytes(), wIn, hIn, true, nil
}

// monthOf reads the month of "2025-03" (0 for anything else).
func monthOf(period string) int {
	if len(period) != 7 || period[4] != '-' {
		return 0
	}
	m, err := strconv.Atoi(period[5:])
	if err != nil || m < 1 || m > 12 {
		return 0
	}
	return m
}
