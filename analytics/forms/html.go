package forms

import (
	"html/template"
	"io"
	"strconv"
)

type printPage struct {
	Lang, Title, Municipality, Form, Version string
	FormName                                 string // the footer's name of the form, in words
	T                                        map[string]string
	Channels, Groups, Sources, Kinds         []string
	Drivers                                  []string
	Departments                              []Choice
	Scale, NPS                               []int
	DontKnow                                 string
}

var words = map[string]map[string]string{
	"bg": {
		"intro":     "Благодарим Ви, че отделяте две минути. Анкетата е анонимна; отговорите се обобщават и се публикуват само като общи резултати. Отбележете с ✗ едно квадратче на ред.",
		"introCard": "Кажете ни какво мислите за обслужването. Картата може да е анонимна.",
		"dept":      "Отдел / звено",
		"service":   "Услуга, за която идвате",
		"channel":   "Как подадохте заявлението?",
		"group":     "Вие сте:",
		"overall":   "Като цяло колко сте доволни от обслужването?",
		"scale":     "1 = много недоволен · 5 = много доволен",
		"agree":     "1 = напълно несъгласен · 5 = напълно съгласен",
		"drivers":   "Доколко сте съгласни с всяко твърдение за обслужването?",
		"stmt":      "Твърдение",
		"dk":        "Не мога да преценя",
		"nps":       "Бихте ли препоръчали услугите на общината на близък или познат? (0 = в никакъв случай · 10 = със сигурност)",
		"wait":      "Колко минути чакахте на гишето (ако сте идвали лично)?",
		"min":       "мин.",
		"comment":   "Какво да подобрим? (по желание)",
		"date":      "Дата",
		"no":        "№",
		"office":    "Попълва се от общината",
		"rating":    "Колко сте доволни от обслужването?",
		"kind":      "Това е",
		"source":    "Източник",
		"text":      "Вашето мнение",
		"contact":   "Данни за контакт (по желание — само ако искате да Ви отговорим)",
		"name":      "Име",
		"phoneMail": "Телефон или имейл",
		"consent":   "Съгласен/съгласна съм общината да използва данните ми за контакт само за да ми отговори по тази карта. Данните не се въвеждат в системата за анализ и не се публикуват.",
		"thanks":    "Благодарим Ви! Пуснете формуляра в кутията за мнения или го предайте на гишето.",
		"form":      "Формуляр",
		"version":   "версия",
		"fSurvey":   "анкета за удовлетвореност",
		"fCard":     "карта за обратна връзка",
		"deptHint":  "изберете или напишете",
		"foot":      "Резултатите се публикуват обобщено на сайта на общината; групи с по-малко от 10 отговора не се показват.",
	},
	"en": {
		"intro":     "Thank you for taking two minutes. The questionnaire is anonymous; answers are summarised and published only as overall results. Mark one box per line with ✗.",
		"introCard": "Tell us what you think of the service. The card may be anonymous.",
		"dept":      "Department / unit",
		"service":   "The service you came for",
		"channel":   "How did you apply?",
		"group":     "You are:",
		"overall":   "Overall, how satisfied are you with the service?",
		"scale":     "1 = very dissatisfied · 5 = very satisfied",
		"agree":     "1 = strongly disagree · 5 = strongly agree",
		"drivers":   "How far do you agree with each statement about the service?",
		"stmt":      "Statement",
		"dk":        "Can't say",
		"nps":       "Would you recommend the municipality's services to a friend? (0 = not at all · 10 = certainly)",
		"wait":      "How many minutes did you wait at the counter (if you came in person)?",
		"min":       "min",
		"comment":   "What should we improve? (optional)",
		"date":      "Date",
		"no":        "No.",
		"office":    "For the municipality",
		"rating":    "How satisfied are you with the service?",
		"kind":      "This is",
		"source":    "Source",
		"text":      "Your opinion",
		"contact":   "Contact (optional — only if you want a reply)",
		"name":      "Name",
		"phoneMail": "Phone or e-mail",
		"consent":   "I agree that the municipality uses my contact details only to reply to this card. They are not entered into the analysis system and never published.",
		"thanks":    "Thank you! Drop the form into the feedback box or hand it in at the counter.",
		"form":      "Form",
		"version":   "version",
		"fSurvey":   "satisfaction questionnaire",
		"fCard":     "feedback card",
		"deptHint":  "choose or write",
		"foot":      "Results are published in summary on the municipality's website; groups of fewer than 10 answers are not shown.",
	},
}

// WriteHTML writes a form as a printable A4 page: no scripts, no external resources.
func WriteHTML(w io.Writer, form string, o Options) error {
	o.norm()
	lang := o.Lang
	p := printPage{Lang: lang, Title: title(form, lang), Municipality: o.Municipality, Form: form, Version: strconv.Itoa(Current[form]), FormName: words[lang][map[string]string{Survey: "fSurvey", Card: "fCard"}[form]],
		T: words[lang], Channels: paperList("channel", lang), Groups: paperList("group", lang), Sources: fixedList("source", lang),
		Kinds: fixedList("kind", lang), Departments: o.Departments, Scale: []int{1, 2, 3, 4, 5}, DontKnow: words[lang]["dk"]}
	for i := 0; i <= 10; i++ {
		p.NPS = append(p.NPS, i)
	}
	for _, d := range DriverItems {
		if lang == "en" {
			p.Drivers = append(p.Drivers, d.EN)
		} else {
			p.Drivers = append(p.Drivers, d.BG)
		}
	}
	name := "survey"
	if form == Card {
		name = "card"
	}
	return pageTmpl.ExecuteTemplate(w, name, p)
}

var pageTmpl = template.Must(template.New("forms").Parse(`
{{define "head"}}<!DOCTYPE html>
<html lang="{{.Lang}}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Municipality}} — {{.Title}}</title>
<style>
@page { size: A4; margin: 11mm 13mm 10mm 13mm; }
* { box-sizing: border-box; }
html { background: #e9ecef; }
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 9.5pt; color: #111; line-height: 1.25;
  width: 210mm; min-height: 297mm; margin: 8mm auto; padding: 14mm; background: #fff; }
@media print { html { background: none; } body { margin: 0; padding: 0; width: auto; min-height: 0; } }
header { display: flex; justify-content: space-between; align-items: flex-start; border-bottom: 2px solid #1f4e79; padding-bottom: 2mm; margin-bottom: 3mm; }
header .mun { font-weight: bold; font-size: 12pt; color: #1f4e79; }
header .office { border: 1px solid #555; padding: 1.5mm 3mm; font-size: 8.5pt; min-width: 55mm; }
h1 { font-size: 13.5pt; margin: 0 0 1.5mm; }
p.intro { margin: 0 0 2.5mm; }
fieldset { border: 1px solid #999; border-radius: 2mm; margin: 0 0 2mm; padding: 1mm 3mm 1.5mm; break-inside: avoid; }
legend { font-weight: bold; padding: 0 1.5mm; }
.opts { display: flex; flex-wrap: wrap; gap: 1.5mm 6mm; }
.box { display: inline-block; width: 4.2mm; height: 4.2mm; border: 1.2px solid #222; vertical-align: -0.8mm; margin-right: 1.5mm; }
.line { display: inline-block; border-bottom: 1px solid #333; min-width: 70mm; height: 5mm; }
.hint { color: #444; font-size: 8.5pt; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #999; padding: 0.7mm 1.5mm; }
th { background: #eef2f7; font-size: 9pt; }
td.c, th.c { text-align: center; width: 10mm; }
td.c.dk, th.c.dk { width: 20mm; }
.nps td { text-align: center; }
.comment { border: 1px solid #333; height: 15mm; }
.comment.tall { height: 55mm; }
footer { margin-top: 3mm; font-size: 7.5pt; color: #333; display: flex; justify-content: space-between; gap: 6mm; }
.deps { columns: 2; font-size: 9pt; margin-top: 1mm; }
</style></head><body>
<header><div><div class="mun">{{.Municipality}}</div></div>
<div class="office">{{.T.office}}<br>{{.T.no}} ________ &nbsp; {{.T.date}} ___.___.______</div></header>
{{end}}

{{define "foot"}}<footer><span>{{.T.thanks}} {{.T.foot}}</span><span style="white-space:nowrap">{{.T.form}}: {{.FormName}}, {{.T.version}} {{.Version}}</span></footer>
</body></html>{{end}}

{{define "survey"}}{{template "head" .}}
<main>
<h1>{{.Title}}</h1>
<p class="intro">{{.T.intro}}</p>
<fieldset><legend>{{.T.dept}}</legend>
{{if .Departments}}<div class="opts">{{range .Departments}}<span><span class="box"></span>{{.Name}}</span>{{end}}</div>
{{else}}<span class="line"></span>{{end}}</fieldset>
<fieldset><legend>{{.T.service}}</legend><span class="line" style="min-width:170mm"></span></fieldset>
<fieldset><legend>{{.T.channel}}</legend><div class="opts">{{range .Channels}}<span><span class="box"></span>{{.}}</span>{{end}}</div></fieldset>
<fieldset><legend>{{.T.group}}</legend><div class="opts">{{range .Groups}}<span><span class="box"></span>{{.}}</span>{{end}}</div></fieldset>
<fieldset><legend>{{.T.overall}}</legend>
<div class="opts">{{range .Scale}}<span><span class="box"></span>{{.}}</span>{{end}}<span><span class="box"></span>{{.DontKnow}}</span></div>
<div class="hint">{{.T.scale}}</div></fieldset>
<fieldset><legend>{{.T.drivers}}</legend>
<table><thead><tr><th scope="col">{{.T.stmt}}</th>{{range .Scale}}<th scope="col" class="c">{{.}}</th>{{end}}<th scope="col" class="c dk">{{.DontKnow}}</th></tr></thead>
<tbody>{{range .Drivers}}<tr><td>{{.}}</td>{{range $.Scale}}<td class="c"><span class="box"></span></td>{{end}}<td class="c dk"><span class="box"></span></td></tr>{{end}}</tbody></table>
<div class="hint">{{.T.agree}}</div></fieldset>
<fieldset><legend>{{.T.nps}}</legend>
<table class="nps"><tr>{{range .NPS}}<td>{{.}}<br><span class="box"></span></td>{{end}}</tr></table></fieldset>
<fieldset><legend>{{.T.wait}}</legend><span class="line" style="min-width:30mm"></span> {{.T.min}}</fieldset>
<fieldset><legend>{{.T.comment}}</legend><div class="comment"></div></fieldset>
</main>
{{template "foot" .}}{{end}}

{{define "card"}}{{template "head" .}}
<main>
<h1>{{.Title}}</h1>
<p class="intro">{{.T.introCard}}</p>
<fieldset><legend>{{.T.rating}}</legend>
<div class="opts">{{range .Scale}}<span><span class="box"></span>{{.}}</span>{{end}}</div><div class="hint">{{.T.scale}}</div></fieldset>
<fieldset><legend>{{.T.kind}}</legend><div class="opts">{{range .Kinds}}<span><span class="box"></span>{{.}}</span>{{end}}</div></fieldset>
<fieldset><legend>{{.T.service}}</legend><span class="line" style="min-width:170mm"></span></fieldset>
<fieldset><legend>{{.T.dept}}</legend>
{{if .Departments}}<div class="opts">{{range .Departments}}<span><span class="box"></span>{{.Name}}</span>{{end}}</div>
{{else}}<span class="line" style="min-width:170mm"></span>{{end}}</fieldset>
<fieldset><legend>{{.T.text}}</legend><div class="comment tall"></div></fieldset>
<fieldset><legend>{{.T.contact}}</legend>
<p>{{.T.name}}: <span class="line"></span></p>
<p>{{.T.phoneMail}}: <span class="line"></span></p>
<p><span class="box"></span>{{.T.consent}}</p></fieldset>
</main>
{{template "foot" .}}{{end}}
`))
