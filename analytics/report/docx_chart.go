package report

import (
	"bytes"
	"image/color"

	"otzvuk/analytics/format"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
)

// The DOCX's charts are PNG images drawn by gonum/plot: no browser (the CLI has none), a real
// font (Liberation, embedded in gonum/plot, with Cyrillic), and print quality at 200 dpi.

// barChart draws one indicator per department as horizontal bars, with the target as a line.
type barItem struct {
	Label string
	Value float64
}

func barChart(items []barItem, target *float64, axis, lang string) ([]byte, float64, float64, error) {
	p := plot.New()
	// the sans face of the embedded Liberation fonts, as the text of the document
	for _, f := range []*font.Font{&p.X.Label.TextStyle.Font, &p.X.Tick.Label.Font, &p.Y.Tick.Label.Font} {
		f.Variant = "Sans"
	}
	p.X.Label.Text = axis
	p.X.Min, p.X.Max = 0, 108 // room for the value labels
	p.BackgroundColor = color.White
	vals := make(plotter.Values, len(items))
	names := make([]string, len(items))
	// gonum/plot counts nominal rows from the bottom: the first department goes on top
	for i, it := range items {
		vals[len(items)-1-i] = it.Value
		names[len(items)-1-i] = it.Label
	}
	bars, err := plotter.NewBarChart(vals, vg.Points(11))
	if err != nil {
		return nil, 0, 0, err
	}
	bars.Horizontal = true
	bars.Color = color.RGBA{R: 0x1f, G: 0x4e, B: 0x79, A: 0xff}
	bars.LineStyle.Width = 0
	p.Add(bars)
	// each bar's value at its end, as the tables print it
	var pts plotter.XYLabels
	for i, v := range vals {
		pts.XYs = append(pts.XYs, plotter.XY{X: v, Y: float64(i)})
		pts.Labels = append(pts.Labels, format.F(v, lang, 1))
	}
	labels, err := plotter.NewLabels(pts)
	if err != nil {
		return nil, 0, 0, err
	}
	for i := range labels.TextStyle {
		labels.TextStyle[i].Font.Variant = "Sans"
		labels.TextStyle[i].Font.Size = vg.Points(8)
		labels.TextStyle[i].YAlign = draw.YCenter
	}
	labels.Offset = vg.Point{X: vg.Points(3)}
	p.Add(labels)
	p.NominalY(names...)
	p.Add(plotter.NewGrid())
	if target != nil {
		t := *target
		line, err := plotter.NewLine(plotter.XYs{{X: t, Y: -0.6}, {X: t, Y: float64(len(items)) - 0.4}})
		if err != nil {
			return nil, 0, 0, err
		}
		line.Color = color.RGBA{R: 0xb0, G: 0x3a, B: 0x00, A: 0xff}
		line.Width = vg.Points(1.5)
		line.Dashes = []vg.Length{vg.Points(4), vg.Points(3)}
		p.Add(line)
	}
	wIn := 6.3
	hIn := 0.9 + 0.32*float64(len(items))
	c := vgimg.NewWith(vgimg.UseWH(vg.Length(wIn)*vg.Inch, vg.Length(hIn)*vg.Inch), vgimg.UseDPI(200))
	p.Draw(draw.New(c))
	var buf bytes.Buffer
	if _, err := (vgimg.PngCanvas{Canvas: c}).WriteTo(&buf); err != nil {
		return nil, 0, 0, err
	}
	return buf.Bytes(), wIn, hIn, nil
}
