package demo

import (
	"math/rand/v2"
	"time"
)

// What people write in the demo follows its story: in Местни данъци и такси (MDT), which worsens,
// the complaints turn more and more to waiting and fees; in Устройство на територията (UT), which
// improves, the complaints about delays fade and the praise grows (with its ratings); in the last
// year visitors, the ЦАО's most, complain about the heat in the hall — a topic no shipped theme
// covers, for the "possible new themes" to find. The texts come from their own random stream, so
// that the rest of the demo is the same with or without them.

var negativeTexts = map[string][]string{
	"waiting": {"Чаках повече от час на опашката пред гишето.", "Опашката беше огромна, работеше само едно гише.",
		"Чакахме цяла сутрин, а номерчетата свършиха.", "Пак опашка до вратата, загубих цял ден.",
		"Чаках близо два часа, за да платя."},
	"fees": {"Таксата е висока за такава проста услуга.", "Цените на услугите се вдигнаха, а обслужването е същото.",
		"Не разбирам защо таксата за удостоверението е толкова скъпа.", "Данъкът ми се увеличи, а никой не обясни защо таксата е такава.",
		"Платих за експресна услуга, а таксата пак е висока."},
	"delays": {"Срокът не беше спазен.", "Удостоверението закъсня с две седмици.", "Още чакам отговор от миналия месец.",
		"Забавиха преписката без обяснение.", "Обещаха до три дни, а минаха месеци."},
	"paperwork": {"Искат едни и същи документи по няколко пъти.", "Пратиха ме да нося още една бележка и копие.",
		"Твърде много бумащина за една справка.", "Не ми казаха какви документи трябват."},
	"courtesy": {"Служителката беше груба и ми повиши тон.", "Отношението към гражданите е пренебрежително.",
		"Гледаха ме като натрапник, никаква любезност."},
	"competence": {"Служителят не знаеше какво да прави и ме пращаха от гише на гише.", "Сгрешиха името ми в удостоверението."},
	"information": {"Никой не вдигаше телефона.", "На сайта няма информация как се подава заявлението.",
		"Не ми обясниха нищо, информацията е неясна."},
	"eservices": {"Порталът не работи, не можах да подам онлайн.", "Електронното плащане не мина, пак трябваше да дойда."},
	"hours":     {"Работното време е неудобно, затварят в 17 ч.", "В обедната почивка няма кой да обслужва."},
	"parking":   {"Няма къде да се паркира пред общината."},
	"heat": {"В залата е задушно, климатикът не работи.", "Климатикът пак е развален, задушно е в салона.",
		"Жега в залата, няма климатик, хората припадат.", "Задушно и горещо, климатикът не е пуснат."},
}

var positiveTexts = map[string][]string{
	"all": {"Бързо и любезно обслужване, благодаря!", "Благодаря на служителката на гишето, много отзивчива.",
		"Всичко беше ясно обяснено, браво на екипа.", "Удобно е, че мога да подам онлайн.", "Много съм доволна, обслужиха ме веднага."},
	"UT": {"Скицата беше готова преди срока, браво!", "Архитектът обясни всичко търпеливо, благодаря.",
		"Разрешението излезе навреме, много професионално отношение."},
}

var negativeOrder = []string{"waiting", "fees", "delays", "paperwork", "courtesy", "competence", "information", "eservices", "hours", "parking", "heat"}

// talk draws the demo's comment texts.
type talk struct {
	r          *rand.Rand
	stationary bool // the topics' mix the same in every month (Options.Stationary)
}

func newTalk(seed uint64) *talk { return &talk{r: rand.New(rand.NewPCG(seed^0x5bd1e995, seed+7))} }

// negative is a complaint of the department in month m (0…Months−1).
func (t *talk) negative(dept string, m int, month time.Time) string {
	x := float64(m) / float64(Months-1)
	recent := m >= Months-12
	if t.stationary {
		x, recent = 0.5, false
	}
	w := map[string]float64{"waiting": 1, "fees": 0.3, "delays": 1, "paperwork": 0.8, "courtesy": 0.6, "competence": 0.5,
		"information": 0.6, "eservices": 0.4, "hours": 0.3, "parking": 0.2}
	if recent {
		w["heat"] = 2.5 // since the hall's renovation its air conditioning has not worked
	}
	switch dept {
	case "MDT":
		w["waiting"] += 6 * x
		w["fees"] += 6 * x
	case "UT":
		w["delays"] = 0.3 + 2.5*(1-x)
	case "CAO":
		if recent {
			w["heat"] = 5 // the ЦАО's visitors wait in that hall
		}
	}
	total := 0.0
	for _, k := range negativeOrder {
		total += w[k]
	}
	pick := t.r.Float64() * total
	topic := negativeOrder[len(negativeOrder)-1]
	for _, k := range negativeOrder {
		if pick -= w[k]; pick < 0 {
			topic = k
			break
		}
	}
	if w[topic] == 0 {
		topic = "waiting"
	}
	pool := negativeTexts[topic]
	return pool[t.r.IntN(len(pool))]
}

// positive is praise for the department.
func (t *talk) positive(dept string) string {
	pool := positiveTexts["all"]
	if extra := positiveTexts[dept]; len(extra) > 0 && t.r.Float64() < 0.5 {
		pool = extra
	}
	return pool[t.r.IntN(len(pool))]
}

// proposal is a suggestion.
func (t *talk) proposal() string {
	pool := []string{"Предлагам повече онлайн услуги и електронни плащания.", "Предлагам да има повече работещи гишета сутрин.",
		"Предлагам пейки и вода за посетителите.", "Предлагам известяване по SMS, когато документът е готов."}
	return pool[t.r.IntN(len(pool))]
}
