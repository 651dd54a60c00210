package publish

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"html/template"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"otzvuk/analytics/export"
	"otzvuk/analytics/format"
	"otzvuk/analytics/methodology"
	"otzvuk/analytics/text"
)

var siteWords = map[string]map[string]string{
	"bg": {
		"title": "Резултати от обратната връзка на потребителите", "skip": "Към съдържанието", "year": "%d г.",
		"intro":   "Обобщени резултати от анкетите за удовлетвореност и от сроковете на административните услуги. Всички числа са обобщени; клетки с по-малко от %d отговора са скрити, както и клетки, от които скритите биха се изчислили.",
		"overall": "Общината", "depts": "По отдели", "indicator": "Показател", "value": "Стойност", "interval": "95 % интервал", "n": "Брой (n)",
		"target": "Цел", "change": "Промяна спрямо %d г.", "services": "Услуги", "service": "Услуга", "deadline": "Срок (дни)", "onTime": "В срок, %",
		"sat": "Удовлетвореност 0–100", "drivers": "Основни фактори на удовлетвореността", "themes": "Теми в коментарите (брой коментари)",
		"methods": "Използвани методи за обратна връзка", "used": "използван", "notUsed": "не е използван", "mandatory": "задължителен",
		"scrollHint": "Таблицата е по-широка от екрана: плъзнете я настрани →", "suppressed": "скрито", "suppressedNote": "„скрито“: под %d отговора или изчислимо от общия сбор — не се публикува, за да се пази анонимността.",
		"small": "малка извадка", "downloads": "Изтегляне на данните (отворени данни)", "methodology": "Методология", "back": "Към резултатите",
		"noService": "без посочена услуга", "weight": "тежест", "none": "Няма публикувани данни.", "demo": "ДЕМОНСТРАЦИОННИ ДАННИ — не са реални.",
		"above": "над целта", "below": "под целта", "at": "на целта", "nav": "Навигация", "coatAlt": "Герб на %s", "generated": "Публикувано с Отзвук %s.",
		"mTitle": "Методология",
		"m1":     "Индексът на удовлетвореност е средната обща оценка (1–5) от анкетите, преизчислена в скала 0–100: (средно − 1) / 4 × 100. Интервалът е 95 % доверителен интервал.",
		"m2":     "„В срок“ е делът на заявленията за услуги, изпълнени до нормативния срок на услугата (обикновена, бърза или експресна), сред изпълнените през годината.",
		"m3":     "Основните фактори са относителните тегла (Johnson) на шестте фактора — срочност, достъпност, компетентност, любезност, справедливост и резултат — в обяснението на общата оценка; показват се само при поне %d пълни отговора.",
		"m4":     "Темите се откриват автоматично в коментарите; публикува се само броят коментари, не самите коментари.",
		"m5":     "Анонимност: всяка клетка с по-малко от k = %d отговора се скрива; скриват се и допълнителни клетки (най-малките), така че скрита клетка да не може да се изчисли чрез изваждане от общия сбор — поне две скрити клетки, с общо поне k отговора. Няма свободен текст, имена или идентификатори.",
		"m6":     "Данните са по Методологията за оценка на удовлетвореността на потребителите (НАО, чл. 24). Отворените данни са описани по DCAT-AP 3.0.",
	},
	"en": {
		"title": "Results of users' feedback", "skip": "Skip to content", "year": "%d",
		"intro":   "Summary results of the satisfaction surveys and the deadlines of administrative services. Every number is an aggregate; cells of fewer than %d responses are suppressed, and so are cells from which a suppressed one could be computed.",
		"overall": "The municipality", "depts": "By department", "indicator": "Indicator", "value": "Value", "interval": "95 % interval", "n": "Count (n)",
		"target": "Target", "change": "Change against %d", "services": "Services", "service": "Service", "deadline": "Deadline (days)", "onTime": "On time, %",
		"sat": "Satisfaction 0–100", "drivers": "Top drivers of satisfaction", "themes": "Themes in comments (number of comments)",
		"methods": "Feedback methods used", "used": "used", "notUsed": "not used", "mandatory": "mandatory",
		"scrollHint": "The table is wider than the screen: swipe it sideways →", "suppressed": "suppressed", "suppressedNote": "\"suppressed\": fewer than %d responses, or computable from the total — not published, to protect anonymity.",
		"small": "small sample", "downloads": "Download the data (open data)", "methodology": "Methodology", "back": "Back to the results",
		"noService": "no service named", "weight": "weight", "none": "No published data.", "demo": "DEMO DATA — not real.",
		"above": "above target", "below": "below target", "at": "on target", "nav": "Navigation", "coatAlt": "Coat of arms of %s", "generated": "Published with Otzvuk %s.",
		"mTitle": "Methodology",
		"m1":     "The satisfaction index is the mean overall rating (1–5) of the surveys rescaled to 0–100: (mean − 1) / 4 × 100. The interval is a 95 % confidence interval.",
		"m2":     "\"On time\" is the share of service requests completed within the service's deadline standard (ordinary, fast or express) among those completed in the year.",
		"m3":     "The top drivers are the relative weights (Johnson) of the six drivers — timeliness, accessibility, competence, courtesy, fairness and outcome — in explaining the overall rating; shown only with at least %d complete responses.",
		"m4":     "Themes are found automatically in the comments; only the number of comments is published, never the comments.",
		"m5":     "Anonymity: every cell of fewer than k = %d responses is suppressed; further cells (the smallest) are suppressed too, so that no suppressed cell can be computed by subtraction from a total — at least two suppressed cells, together at least k responses. No free text, names or identifiers.",
		"m6":     "The data follow the Methodology for assessing users' satisfaction (НАО, art. 24). The open data are described in DCAT-AP 3.0.",
	},
}

type cellView struct {
	Value, Interval, N string
	NShown             string // N in the page's number format (N stays plain for data-n)
	Suppressed, Small  bool
	Empty              bool // no records of this kind at all: nothing to hide
	Status             string
}

type rowView struct {
	Name, Target, Change string
	Cell                 cellView
}

type svcView struct {
	Name, Deadline string
	OnTime, Sat    cellView
}

type deptView struct {
	Code, Name string
	ID         string
	Rows       []rowView
	Services   []svcView
	Drivers    []Driver
	Themes     []themeView
}

type themeView struct {
	Name  string
	Count cellView
}

type siteView struct {
	Lang, Municipality, Version string
	Year, K                     int
	W                           map[string]string
	Intro, Change, Note, Gen    string
	Overall                     deptView
	Depts                       []deptView
	Methods                     []Method
	Files                       []File
	Demo                        bool
	M3, M5                      string
	Coat                        template.URL // the coat of arms as a data: URI (checked image bytes), or empty
	CoatAlt                     string
}

func (d *Data) fmtCell(c Cell, target *float64) cellView {
	c = c.Shown()
	if c.Suppressed || c.Value == nil {
		return cellView{Suppressed: true}
	}
	v := cellView{Value: format.Number(c.Value, d.Lang, 1), N: strconv.FormatInt(c.N, 10), NShown: format.F(float64(c.N), d.Lang, 0)}
	if c.Low != nil && c.High != nil {
		v.Interval = format.Number(c.Low, d.Lang, 1) + "–" + format.Number(c.High, d.Lang, 1)
	}
	if target != nil {
		switch w := siteWords[d.Lang]; {
		case *c.Value > *target:
			v.Status = w["above"]
		case *c.Value < *target:
			v.Status = w["below"]
		default:
			v.Status = w["at"]
		}
	}
	return v
}

func (d *Data) view(files []File) siteView {
	w := siteWords[d.Lang]
	sv := siteView{Lang: d.Lang, Municipality: d.Municipality, Version: d.Version, Year: d.Year, K: d.K, W: w, Methods: d.Methods, Files: files, Demo: d.Demo,
		Intro: sprintf(w["intro"], d.K), Change: sprintf(w["change"], d.Year-1), Note: sprintf(w["suppressedNote"], d.K), Gen: sprintf(w["generated"], d.Version),
		M3: sprintf(w["m3"], d.K), M5: sprintf(w["m5"], d.K)}
	if d.CoatOfArms != nil {
		sv.Coat, sv.CoatAlt = template.URL(d.CoatOfArms.DataURI()), sprintf(w["coatAlt"], d.Municipality)
	}
	dv := map[string]*deptView{"": {Name: w["overall"], ID: "municipality"}}
	order := []string{""}
	for _, dp := range d.Departments {
		dv[dp.Code] = &deptView{Code: dp.Code, Name: dp.Name, ID: "d-" + safeID(dp.Code)}
		order = append(order, dp.Code)
	}
	svcIndex := map[string]map[string]*svcView{}
	var svcOrder = map[string][]string{}
	for _, r := range d.Rows {
		dep := dv[r.DeptCode]
		if dep == nil {
			continue
		}
		switch r.Level {
		case "municipality", "department":
			rv := rowView{Name: r.Name, Cell: d.fmtCell(r.Cur, r.Target)}
			rv.Cell.Small = r.Small
			if r.Target != nil {
				rv.Target = format.Number(r.Target, d.Lang, 0)
			}
			if r.Change != nil {
				rv.Change = plainChange(*r.Change, r.Unit, r.Direction, r.Significant, d.Lang)
			}
			dep.Rows = append(dep.Rows, rv)
		case "service":
			if svcIndex[r.DeptCode] == nil {
				svcIndex[r.DeptCode] = map[string]*svcView{}
			}
			k := r.ServiceCode
			if k == "" {
				continue // records that name no service are in the department's row, not a service's
			}
			s := svcIndex[r.DeptCode][k]
			if s == nil {
				s = &svcView{Name: r.ServiceName, OnTime: cellView{Empty: true}, Sat: cellView{Empty: true}}
				svcIndex[r.DeptCode][k] = s
				svcOrder[r.DeptCode] = append(svcOrder[r.DeptCode], k)
			}
			if r.DeadlineDays != nil {
				s.Deadline = strconv.Itoa(*r.DeadlineDays)
			}
			if r.Indicator == "SVC_ONTIME" {
				s.OnTime = d.fmtCell(r.Cur, r.Target)
			} else {
				s.Sat = d.fmtCell(r.Cur, r.Target)
			}
		}
	}
	for dk, keys := range svcOrder {
		for _, k := range keys {
			dv[dk].Services = append(dv[dk].Services, *svcIndex[dk][k])
		}
	}
	for _, dr := range d.Drivers {
		if dep := dv[dr.DeptCode]; dep != nil {
			dep.Drivers = append(dep.Drivers, dr)
		}
	}
	for _, t := range d.Themes {
		if dep := dv[t.DeptCode]; dep != nil && !t.Count.Suppressed {
			dep.Themes = append(dep.Themes, themeView{Name: t.Name, Count: cellView{N: strconv.FormatInt(t.Count.N, 10), NShown: format.F(float64(t.Count.N), d.Lang, 0)}})
		}
	}
	sv.Overall = *dv[""]
	for _, k := range order[1:] {
		sv.Depts = append(sv.Depts, *dv[k])
	}
	return sv
}

func sprintf(f string, a ...any) string { return strings.TrimSpace(fmt.Sprintf(f, a...)) }

func safeID(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_' {
			b.WriteRune(r)
		} else {
			b.WriteString("_" + strconv.Itoa(int(r)))
		}
	}
	return b.String()
}

// Files is the whole site: the pages and the open-data package.
func (d *Data) Files() ([]File, error) {
	pkg, err := d.Package()
	if err != nil {
		return nil, err
	}
	v := d.view(pkg)
	var idx, meth bytes.Buffer
	if err := siteTmpl.ExecuteTemplate(&idx, "index", v); err != nil {
		return nil, err
	}
	if err := siteTmpl.ExecuteTemplate(&meth, "methodology", v); err != nil {
		return nil, err
	}
	pages := []File{
		{Name: "index.html", Kind: export.KindHTML, Title: siteWords[d.Lang]["title"], Media: "text/html", Type: "HTML", Body: idx.Bytes()},
		{Name: "methodology.html", Kind: export.KindHTML, Title: siteWords[d.Lang]["mTitle"], Media: "text/html", Type: "HTML", Body: meth.Bytes()},
	}
	return append(pages, pkg...), nil
}

// Write builds the site and the package and writes them into dir (created if missing), each file
// through the guard.
func Write(ctx context.Context, db *sql.DB, cat *methodology.Catalog, themes *text.Themes, o Options, dir string, g export.Guard) (*Data, []string, error) {
	d, err := Build(ctx, db, cat, themes, o)
	if err != nil {
		return nil, nil, err
	}
	files, err := d.Files()
	if err != nil {
		return nil, nil, err
	}
	// the site goes into a new or empty folder, or one it wrote before: never among the user's files
	if err := g.CheckFolder(dir, export.KindHTML); err != nil {
		return nil, nil, err
	}
	g.LedgerDir = dir
	if err := os.MkdirAll(filepath.Join(dir, "data"), 0o755); err != nil {
		return nil, nil, &export.OutputError{Path: dir, Kind: export.KindHTML, Code: export.RefusedNoFolder}
	}
	var written []string
	for _, f := range files {
		p := filepath.Join(dir, filepath.FromSlash(f.Name))
		body := f.Body
		if err := g.Write(p, f.Kind, func(w io.Writer) error { _, err := w.Write(body); return err }); err != nil {
			return nil, written, err
		}
		written = append(written, p)
	}
	return d, written, nil
}

var siteTmpl = template.Must(template.New("site").Funcs(template.FuncMap{
	"short": func(s string) string { return strings.TrimPrefix(s, "data/") },
	"pair":  func(s siteView, d deptView) map[string]any { return map[string]any{"S": s, "D": d} },
	"pct":   func(p float64, lang string) string { return format.F(p, lang, 0) },
}).Parse(`
{{define "head"}}<!DOCTYPE html>
<html lang="{{.Lang}}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>{{.Municipality}} — {{.W.title}} {{.Year}}</title>
<style>
:root { --ink: #1a1a1a; --accent: #0b4f8a; --muted: #4a4a4a; --line: #c8ccd2; --bg: #f5f7fa; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: var(--ink); background: #fff; line-height: 1.5; font-size: 16px; }
a { color: var(--accent); }
a:focus, a:hover { outline: 3px solid #ffbf47; outline-offset: 2px; }
.skip { position: absolute; left: -9999px; top: 0; background: #fff; padding: .5rem 1rem; }
.skip:focus { left: 1rem; }
header { background: var(--accent); color: #fff; padding: 1.2rem 1.5rem; }
header a { color: #fff; }
header p { margin: .2rem 0 0; }
header .coat { float: left; height: 4.2rem; width: auto; max-width: 5rem; margin: 0 1rem .4rem 0; background: #fff; padding: 2px; border-radius: 2px; }
header nav { clear: left; }
nav ul { list-style: none; margin: .6rem 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; }
main { max-width: 1100px; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 1.7rem; margin: 0; }
h2 { font-size: 1.35rem; border-bottom: 2px solid var(--accent); padding-bottom: .2rem; margin-top: 2.2rem; }
h3 { font-size: 1.1rem; margin: 1.4rem 0 .4rem; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; font-size: .95rem; }
caption { text-align: left; font-weight: bold; padding: .3rem 0; }
th, td { border: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: var(--bg); }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.chg { min-width: 9rem; }
.sup { color: var(--muted); font-style: italic; }
.tag { display: inline-block; font-size: .8rem; padding: 0 .35rem; border: 1px solid var(--muted); border-radius: .2rem; margin-left: .3rem; color: var(--muted); }
.demo { background: #fff3cd; border: 2px solid #7a5b00; color: #3d2e00; padding: .6rem 1rem; font-weight: bold; }
.note { color: var(--muted); font-size: .9rem; }
ul.inline { padding-left: 1.2rem; }
footer { border-top: 1px solid var(--line); margin-top: 2rem; padding: 1rem 1.5rem; color: var(--muted); font-size: .9rem; }
/* Reflow (WCAG 1.4.10): the page never scrolls sideways; a table wider than the screen scrolls in
   its own box (a focusable region, so a keyboard can scroll it too), with a hint on narrow screens */
.tablebox { max-width: 100%; overflow-x: auto; margin: .4rem 0 1rem; }
.tablebox:focus { outline: 3px solid #ffbf47; outline-offset: 2px; }
.tablebox table { margin: 0; }
.hint { display: none; color: var(--muted); font-size: .85rem; margin: .2rem 0 0; }
h1, h2, h3, p, li { overflow-wrap: anywhere; }
th[scope="row"] { min-width: 9rem; }
@media (max-width: 700px) {
  header { padding: 1rem; }
  main { padding: .8rem 1rem 2rem; }
  h1 { font-size: 1.4rem; }
  table { font-size: .875rem; }
  th, td { padding: .3rem .35rem; }
  td.chg { min-width: 7rem; }
  .hint { display: block; }
}
/* A phone (≤ 480 px): each row of a table is a card of label: value pairs (the labels from the
   cells' data-label, the column headers); the header row stays for screen readers only */
@media (max-width: 480px) {
  .tablebox { overflow: visible; }
  .tablebox table, .tablebox tbody, .tablebox tr, .tablebox th, .tablebox td { display: block; width: auto; }
  .tablebox thead tr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  .tablebox tr { border: 1px solid var(--line); border-radius: .3rem; margin: 0 0 .6rem; }
  .tablebox th, .tablebox td { border: none; border-top: 1px solid var(--line); }
  .tablebox tbody th[scope="row"] { border-top: none; background: var(--bg); min-width: 0; }
  .tablebox caption { display: block; }
  .tablebox td[data-label] { text-align: right; white-space: normal; min-width: 0; }
  .tablebox td[data-label]::after { content: ""; display: table; clear: both; }
  .tablebox td[data-label]::before { content: attr(data-label); float: left; max-width: 60%; margin-right: .8rem; font-weight: bold; font-style: normal; color: var(--ink); text-align: left; }
  .hint { display: none; }
}
@media print { header { background: none; color: var(--ink); } header a { color: var(--ink); } .skip, nav { display: none; } }
</style></head><body>
<a class="skip" href="#content">{{.W.skip}}</a>
<header>{{if .Coat}}<img class="coat" data-coat-of-arms src="{{.Coat}}" alt="{{.CoatAlt}}">{{end}}<h1>{{.Municipality}}</h1><p>{{.W.title}} · {{.Year}}</p>
<nav aria-label="{{.W.nav}}"><ul><li><a href="index.html">{{.W.title}}</a></li><li><a href="methodology.html">{{.W.methodology}}</a></li><li><a href="index.html#downloads">{{.W.downloads}}</a></li></ul></nav>
</header>
<main id="content">
{{if .Demo}}<p class="demo" role="note">{{.W.demo}}</p>{{end}}
{{end}}

{{define "foot"}}</main><footer><p>{{.Gen}}</p></footer></body></html>{{end}}

{{define "index"}}{{template "head" .}}
<p>{{.Intro}}</p>
<h2 id="municipality">{{.W.overall}}</h2>
{{with .Overall}}{{template "block" (pair $ .)}}{{end}}
<h2>{{.W.depts}}</h2>
<ul class="inline">{{range .Depts}}<li><a href="#{{.ID}}">{{.Name}}</a></li>{{end}}</ul>
{{range .Depts}}<section aria-labelledby="{{.ID}}"><h3 id="{{.ID}}">{{.Name}}</h3>{{template "block" (pair $ .)}}</section>{{end}}
<h2>{{.W.methods}}</h2>
<div class="tablebox" role="region" tabindex="0" aria-label="{{.W.methods}}, {{.Year}}"><table><caption>{{.W.methods}}, {{.Year}}</caption><thead><tr><th scope="col">{{.W.methodology}}</th><th scope="col">{{.W.used}}</th></tr></thead><tbody>
{{range .Methods}}<tr><th scope="row">{{.Name}}{{if .Mandatory}} <span class="tag">{{$.W.mandatory}}</span>{{end}}</th><td>{{if .Used}}✓ {{$.W.used}}{{else}}— {{$.W.notUsed}}{{end}}</td></tr>{{end}}
</tbody></table></div>
<h2 id="downloads">{{.W.downloads}}</h2>
<ul>{{range .Files}}<li><a href="{{.Name}}" download>{{short .Name}}</a> — {{.Title}}</li>{{end}}</ul>
<p class="note">{{.Note}}</p>
{{template "foot" .}}{{end}}

{{define "block"}}{{$s := .S}}{{$d := .D}}
<p class="hint" aria-hidden="true">{{$s.W.scrollHint}}</p>
<div class="tablebox" role="region" tabindex="0" aria-label="{{$d.Name}} — {{$s.Year}}"><table><caption>{{$d.Name}} — {{$s.Year}}</caption>
<thead><tr><th scope="col">{{$s.W.indicator}}</th><th scope="col">{{$s.W.value}}</th><th scope="col">{{$s.W.interval}}</th><th scope="col">{{$s.W.n}}</th><th scope="col">{{$s.W.target}}</th><th scope="col">{{$s.Change}}</th></tr></thead>
<tbody>{{range $d.Rows}}<tr><th scope="row">{{.Name}}</th>
{{if .Cell.Suppressed}}<td class="num sup" colspan="3" data-label="{{$s.W.value}}">{{$s.W.suppressed}}</td>{{else}}<td class="num" data-label="{{$s.W.value}}">{{.Cell.Value}}{{if .Cell.Small}} <span class="tag">{{$s.W.small}}</span>{{end}}</td><td class="num" data-label="{{$s.W.interval}}">{{.Cell.Interval}}</td><td class="num" data-label="{{$s.W.n}}" data-n="{{.Cell.N}}">{{.Cell.NShown}}</td>{{end}}
<td class="num" data-label="{{$s.W.target}}">{{.Target}}{{if .Cell.Status}} <span class="tag">{{.Cell.Status}}</span>{{end}}</td><td class="chg" data-label="{{$s.Change}}">{{if .Change}}{{.Change}}{{else}}—{{end}}</td></tr>{{else}}<tr><td colspan="6">{{$s.W.none}}</td></tr>{{end}}</tbody></table></div>
{{if $d.Services}}<p class="hint" aria-hidden="true">{{$s.W.scrollHint}}</p>
<div class="tablebox" role="region" tabindex="0" aria-label="{{$s.W.services}} — {{$d.Name}}"><table><caption>{{$s.W.services}} — {{$d.Name}}</caption>
<thead><tr><th scope="col">{{$s.W.service}}</th><th scope="col">{{$s.W.deadline}}</th><th scope="col">{{$s.W.onTime}}</th><th scope="col">{{$s.W.n}}</th><th scope="col">{{$s.W.sat}}</th><th scope="col">{{$s.W.n}}</th></tr></thead>
<tbody>{{range $d.Services}}<tr><th scope="row">{{.Name}}</th><td class="num" data-label="{{$s.W.deadline}}">{{if .Deadline}}{{.Deadline}}{{else}}—{{end}}</td>
{{if .OnTime.Empty}}<td class="num" colspan="2" data-label="{{$s.W.onTime}}">—</td>{{else if .OnTime.Suppressed}}<td class="num sup" colspan="2" data-label="{{$s.W.onTime}}">{{$s.W.suppressed}}</td>{{else}}<td class="num" data-label="{{$s.W.onTime}}">{{.OnTime.Value}}{{if .OnTime.Status}} <span class="tag">{{.OnTime.Status}}</span>{{end}}</td><td class="num" data-label="{{$s.W.n}}" data-n="{{.OnTime.N}}">{{.OnTime.NShown}}</td>{{end}}
{{if .Sat.Empty}}<td class="num" colspan="2" data-label="{{$s.W.sat}}">—</td>{{else if .Sat.Suppressed}}<td class="num sup" colspan="2" data-label="{{$s.W.sat}}">{{$s.W.suppressed}}</td>{{else}}<td class="num" data-label="{{$s.W.sat}}">{{.Sat.Value}}</td><td class="num" data-label="{{$s.W.n}}" data-n="{{.Sat.N}}">{{.Sat.NShown}}</td>{{end}}</tr>{{end}}</tbody></table></div>{{end}}
{{if $d.Drivers}}<p><strong>{{$s.W.drivers}}:</strong></p><ol>{{range $d.Drivers}}<li>{{.Name}} ({{$s.W.weight}} {{pct .Percent $s.Lang}} %)</li>{{end}}</ol>{{end}}
{{if $d.Themes}}<p><strong>{{$s.W.themes}}:</strong></p><ul>{{range $d.Themes}}<li>{{.Name}}: <span data-n="{{.Count.N}}">{{.Count.NShown}}</span></li>{{end}}</ul>{{end}}
{{end}}

{{define "methodology"}}{{template "head" .}}
<h2>{{.W.mTitle}}</h2>
<p>{{.W.m1}}</p><p>{{.W.m2}}</p><p>{{.M3}}</p><p>{{.W.m4}}</p><p>{{.M5}}</p><p>{{.W.m6}}</p>
<p><a href="index.html">{{.W.back}}</a></p>
{{template "foot" .}}{{end}}
`))
