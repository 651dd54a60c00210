// Package demo generates a deterministic, realistic small Bulgarian municipality
// ("Община Перущица (демо)") so that Otzvuk has something true-to-life to show on first start.
package demo

// Department is one unit of the demo administration.
type Department struct {
	Code, Name, Kind string
	// quality is the latent service quality (0–1) at the first and last demo month;
	// everything users feel (ratings, deadlines, waiting, complaints) follows it.
	qualityStart, qualityEnd float64
}

// Service is one administrative service with its statutory deadlines in days per tier.
type Service struct {
	Code, Name, Group, Department string
	Ordinary, Fast, Express       int // days; 0 = the tier is not offered
	Electronic                    bool
	monthlyVolume                 float64
	taxSeason                     bool // busy in March–April, when local taxes fall due with a discount
}

// Departments: ЦАО, ГРАО, taxes, spatial planning, property, social, finance, records.
// Устройство на територията clearly improves over the three years; Местни данъци и такси clearly worsens.
var Departments = []Department{
	{"CAO", "Център за административно обслужване", "front_office", 0.74, 0.78},
	{"GRAO", "ГРАО и гражданско състояние", "specialised", 0.80, 0.82},
	{"MDT", "Местни данъци и такси", "specialised", 0.82, 0.46},
	{"UT", "Устройство на територията", "specialised", 0.42, 0.84},
	{"OS", "Общинска собственост", "specialised", 0.62, 0.64},
	{"SD", "Социални дейности", "specialised", 0.70, 0.72},
	{"FIN", "Финанси и бюджет", "general", 0.66, 0.68},
	{"DEL", "Деловодство и достъп до информация", "general", 0.72, 0.70},
}

// Services carry ИИСДА numbers; deadlines are in days (express = 1 day for "до 24 часа").
var Services = []Service{
	{"1997", "Издаване на удостоверение за настоящ адрес", "Гражданска регистрация", "GRAO", 3, 1, 1, true, 55, false},
	{"2128", "Издаване на удостоверение за постоянен адрес при вече регистриран постоянен адрес", "Гражданска регистрация", "GRAO", 3, 1, 1, true, 35, false},
	{"2016", "Издаване на удостоверение за наследници", "Гражданска регистрация", "GRAO", 7, 3, 1, true, 24, false},
	{"2036", "Издаване на удостоверение за родствени връзки", "Гражданска регистрация", "GRAO", 7, 3, 1, false, 12, false},
	{"2079", "Издаване на удостоверение за идентичност на лице с различни имена", "Гражданска регистрация", "GRAO", 7, 3, 0, false, 5, false},
	{"1998", "Издаване на удостоверение за наличие или липса на задължения по ЗМДТ", "Местни данъци и такси", "MDT", 7, 3, 1, true, 60, true},
	{"9401", "Приемане на декларация по чл. 14 от ЗМДТ", "Местни данъци и такси", "MDT", 1, 0, 0, true, 30, true},
	{"2089", "Издаване на удостоверение за данъчна оценка на недвижим имот", "Местни данъци и такси", "MDT", 7, 3, 1, true, 40, true},
	{"2110", "Приемане на декларация за облагане с данък върху превозните средства", "Местни данъци и такси", "MDT", 1, 0, 0, true, 25, true},
	{"1986", "Издаване на скица (извадка) от подробен устройствен план", "Устройство на територията", "UT", 7, 3, 1, true, 22, false},
	{"2111", "Справки относно изменения на устройствени планове и схеми", "Устройство на територията", "UT", 7, 0, 0, false, 6, false},
	{"2119", "Удостоверения за факти и обстоятелства по териториалното и селищното устройство", "Устройство на територията", "UT", 7, 0, 0, false, 9, false},
	{"2084", "Издаване на удостоверение за търпимост на строеж", "Устройство на територията", "UT", 7, 0, 0, false, 3, false},
	{"2072", "Издаване на разрешение за строеж", "Устройство на територията", "UT", 7, 0, 0, false, 8, false},
	{"2106", "Издаване на удостоверение, че имот не е общински", "Общинска собственост", "OS", 14, 7, 0, false, 9, false},
	{"2113", "Издаване на препис-извлечение от акт за общинска собственост", "Общинска собственост", "OS", 7, 3, 0, false, 6, false},
	{"2127", "Отдаване под наем на общински имот", "Общинска собственост", "OS", 30, 0, 0, false, 3, false},
	{"2159", "Еднократна помощ за погребение", "Социални дейности", "SD", 14, 0, 0, false, 4, false},
	{"2168", "Насочване към социална услуга „Асистентска подкрепа“", "Социални дейности", "SD", 30, 0, 0, true, 5, false},
	{"2170", "Издаване на карта за паркиране на хора с увреждания", "Социални дейности", "SD", 14, 0, 0, false, 3, false},
	{"2139", "Издаване на удостоверение за платени такси и цени на услуги", "Финанси", "FIN", 7, 3, 0, true, 8, false},
	{"2142", "Възстановяване на надвнесени суми по местни такси", "Финанси", "FIN", 30, 0, 0, false, 3, false},
	{"2", "Достъп до обществена информация", "Достъп до информация", "DEL", 14, 0, 0, true, 4, false},
	{"2135", "Заверка на копия от документи от общинския архив", "Архив", "DEL", 7, 3, 0, false, 7, false},
	{"2008", "Приемане и регистрация на заявления в ЦАО (обща деловодна услуга)", "Обслужване", "CAO", 1, 0, 0, true, 70, false},
}
