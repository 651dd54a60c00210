package main

import (
	"context"
	"fmt"

	"github.com/wailsapp/wails/v2/pkg/menu"
	"github.com/wailsapp/wails/v2/pkg/menu/keys"
	wailsruntime "github.com/wailsapp/wails/v2/pkg/runtime"
)

// menuWords are the native menu's labels in both UI languages.
var menuWords = map[string]map[string]string{
	"bg": {"file": "Файл", "import": "Импорт на данни…", "exportView": "Експорт на изгледа (HTML)…", "exportData": "Данните на изгледа (XLSX)…", "report": "Годишен доклад…", "quit": "Изход", "view": "Изглед", "overview": "Обзор", "trend": "Удовлетвореност",
		"help": "Помощ", "about": "За програмата", "aboutText": "Отзвук %s\nАнализ на обратната връзка от потребителите на административни услуги.\nОбщина Перущица\n\nБаза данни: %s"},
	"en": {"file": "File", "import": "Import data…", "exportView": "Export the view (HTML)…", "exportData": "The view's data (XLSX)…", "report": "Annual report…", "quit": "Quit", "view": "View", "overview": "Overview", "trend": "Satisfaction",
		"help": "Help", "about": "About", "aboutText": "Otzvuk %s\nFeedback analytics for a municipal administration.\nPerushtitsa Municipality\n\nDatabase: %s"},
}

// appMenu builds the native menu: File (import, export the view, annual report, quit), View (the tabs), Help (about with the version).
// Navigation is an event the frontend listens to ("menu:navigate").
func appMenu(ctx func() context.Context, lang, dbPath string, beforeQuit func()) *menu.Menu {
	w, ok := menuWords[lang]
	if !ok {
		w = menuWords["bg"]
	}
	m := menu.NewMenu()
	file := m.AddSubmenu(w["file"])
	file.AddText(w["import"], keys.CmdOrCtrl("o"), func(*menu.CallbackData) { wailsruntime.EventsEmit(ctx(), "menu:navigate", "import") })
	file.AddText(w["exportView"], keys.CmdOrCtrl("e"), func(*menu.CallbackData) { wailsruntime.EventsEmit(ctx(), "menu:export", "html") })
	file.AddText(w["exportData"], nil, func(*menu.CallbackData) { wailsruntime.EventsEmit(ctx(), "menu:export", "xlsx") })
	file.AddText(w["report"], keys.CmdOrCtrl("r"), func(*menu.CallbackData) { wailsruntime.EventsEmit(ctx(), "menu:navigate", "report") })
	file.AddSeparator()
	file.AddText(w["quit"], keys.CmdOrCtrl("q"), func(*menu.CallbackData) {
		beforeQuit()
		wailsruntime.Quit(ctx())
	})
	view := m.AddSubmenu(w["view"])
	view.AddText(w["overview"], keys.CmdOrCtrl("1"), func(*menu.CallbackData) { wailsruntime.EventsEmit(ctx(), "menu:navigate", "overview") })
	view.AddText(w["trend"], keys.CmdOrCtrl("2"), func(*menu.CallbackData) { wailsruntime.EventsEmit(ctx(), "menu:navigate", "trend") })
	view.AddText(w["import"], keys.CmdOrCtrl("3"), func(*menu.CallbackData) { wailsruntime.EventsEmit(ctx(), "menu:navigate", "import") })
	help := m.AddSubmenu(w["help"])
	help.AddText(w["about"], nil, func(*menu.CallbackData) {
		wailsruntime.MessageDialog(ctx(), wailsruntime.MessageDialogOptions{
			Type: wailsruntime.InfoDialog, Title: w["about"], Message: fmt.Sprintf(w["aboutText"], version, dbPath),
		})
	})
	return m
}
