package main

import (
	"context"
	"embed"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/wailsapp/wails/v2"
	"github.com/wailsapp/wails/v2/pkg/options"
	"github.com/wailsapp/wails/v2/pkg/options/assetserver"
	wailsruntime "github.com/wailsapp/wails/v2/pkg/runtime"

	"otzvuk/analytics/workspace"
	"otzvuk/app"
)

//go:embed all:frontend/dist
var assets embed.FS

// windowFlags reads the window's own flags and skips those Wails' dev build reads itself.
func windowFlags(args []string, stderr io.Writer, h help) (db string, ok bool) {
	fs := flag.NewFlagSet("otzvuk", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&db, "db", "", "database file")
	for _, wailsFlag := range []string{"assetdir", "devserver", "frontenddevserverurl", "loglevel"} {
		fs.String(wailsFlag, "", "(Wails dev build)")
	}
	fs.Usage = func() { h.print(stderr) }
	if err := fs.Parse(args); err != nil {
		return "", false
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "otzvuk: unknown command %q\n\n", fs.Arg(0))
		h.print(stderr)
		return "", false
	}
	return db, true
}

func hasDisplay() bool {
	if runtime.GOOS != "linux" {
		return true
	}
	return os.Getenv("DISPLAY") != "" || os.Getenv("WAYLAND_DISPLAY") != ""
}

func runWindow(args []string, stderr io.Writer, h help) int {
	dbPath, ok := windowFlags(args, stderr, h)
	if !ok {
		return 2
	}
	if generatingBindings {
		return runApp(&app.State{}, stderr)
	}
	if !hasDisplay() {
		fmt.Fprintln(stderr, "otzvuk: няма графичен дисплей (DISPLAY не е зададен), прозорецът не може да се отвори.")
		fmt.Fprintln(stderr, "otzvuk: no graphical display (DISPLAY is not set), so the window cannot open.")
		fmt.Fprintln(stderr, "Headless subcommands work without one:")
		for _, u := range h.usages {
			fmt.Fprintf(stderr, "  %s\n", u)
		}
		return 3
	}
	ctx := context.Background()
	s, err := workspace.Open(ctx, dbPath, workspace.MayCreate)
	if err != nil {
		fmt.Fprintln(stderr, "otzvuk:", err)
		return 1
	}
	defer s.Close()
	app.Step("database open")
	cat, problems := workspace.Catalog(s.Path) // shipped indicators plus the municipality's own YAML files
	for _, p := range problems {
		fmt.Fprintln(stderr, "otzvuk: каталог / catalogue:", p)
	}
	if cat == nil {
		return 1
	}
	app.Step("catalogue read")
	return runApp(app.NewState(s, cat, version), stderr)
}

func runApp(st *app.State, stderr io.Writer) int {
	emit := func(ctx context.Context, name string, data ...any) { wailsruntime.EventsEmit(ctx, name, data...) }
	pickFile := func() (string, error) {
		return wailsruntime.OpenFileDialog(st.Context(), wailsruntime.OpenDialogOptions{
			Title: "Изберете файл за импорт / Choose a file to import",
			Filters: []wailsruntime.FileFilter{
				{DisplayName: "Експорти (CSV, XLSX, JSON)", Pattern: "*.csv;*.txt;*.tsv;*.xlsx;*.json;*.ndjson"},
				{DisplayName: "Всички файлове", Pattern: "*"},
			},
		})
	}
	saveFile := func(name string) (string, error) {
		if p, ok := testSavePath(name); ok {
			return p, nil
		}
		ext := strings.TrimPrefix(filepath.Ext(name), ".")
		return wailsruntime.SaveFileDialog(st.Context(), wailsruntime.SaveDialogOptions{
			Title: "Запис / Save", DefaultFilename: name,
			Filters: []wailsruntime.FileFilter{{DisplayName: strings.ToUpper(ext), Pattern: "*." + ext}},
		})
	}
	prefs := app.DefaultWindow
	if st.Store != nil {
		prefs = app.LoadWindowPrefs(st.Store.Path)
	}
	err := wails.Run(&options.App{
		Title:     "Отзвук — обратна връзка от потребителите",
		Width:     prefs.Width,
		Height:    prefs.Height,
		MinWidth:  900,
		MinHeight: 600,
		AssetServer: &assetserver.Options{
			Assets: assets,
		},
		BackgroundColour: &options.RGBA{R: 250, G: 250, B: 252, A: 255},
		Menu:             appMenu(st.Context, "bg", dbPathOf(st), func() { saveWindow(st.Context(), st, prefs) }),
		OnStartup: func(ctx context.Context) {
			app.Step("window created")
			app.Start(ctx, st, emit)
		},
		OnDomReady: func(ctx context.Context) {
			app.Step("page loaded (DOM ready)")
			st.FirstOverviewPageLoaded()
			// Fit the remembered window to this screen: maximised on a small one (the menu bar
			// stays on screen), centred when its old place is off this screen.
			// Only what differs from how the window opened is changed (each call repaints it).
			w, h := currentScreen(ctx)
			pl := app.Place(prefs, w, h)
			if pl.Width != prefs.Width || pl.Height != prefs.Height {
				wailsruntime.WindowSetSize(ctx, pl.Width, pl.Height)
			}
			switch {
			case pl.Move:
				wailsruntime.WindowSetPosition(ctx, pl.X, pl.Y)
			case pl.Center && prefs.Placed:
				wailsruntime.WindowCenter(ctx) // its old place is off this screen
			}
			if pl.Maximise {
				wailsruntime.WindowMaximise(ctx)
			}
		},
		OnBeforeClose: func(ctx context.Context) bool {
			saveWindow(ctx, st, prefs)
			return false // never keep the user from closing
		},
		Bind: []interface{}{app.NewStatusServiceHearing(st, func(lang string) {
			wailsruntime.MenuSetApplicationMenu(st.Context(), appMenu(st.Context, lang, dbPathOf(st), func() { saveWindow(st.Context(), st, prefs) }))
			wailsruntime.MenuUpdateApplicationMenu(st.Context())
		}), app.NewIndicatorService(st), app.NewOverviewService(st), app.NewCompareService(st), app.NewDepartmentService(st), app.NewRecordsService(st), app.NewPrefsService(st), app.NewImportService(st, emit, pickFile, saveFile),
			app.NewExportService(st, saveFile), app.NewReportService(st, emit, saveFile), app.NewThemeService(st, emit)},
	})
	if err != nil {
		fmt.Fprintln(stderr, "otzvuk:", err)
		return 1
	}
	return 0
}

// saveWindow remembers the window's size and place for the next start.
func saveWindow(ctx context.Context, st *app.State, prefs app.WindowPrefs) {
	if st.Store == nil {
		return
	}
	p := app.WindowPrefs{Maximised: wailsruntime.WindowIsMaximised(ctx), Placed: true}
	p.Width, p.Height = wailsruntime.WindowGetSize(ctx)
	p.X, p.Y = wailsruntime.WindowGetPosition(ctx)
	if p.Maximised { // keep the size to return to
		p.Width, p.Height, p.X, p.Y = prefs.Width, prefs.Height, prefs.X, prefs.Y
	}
	app.SaveWindowPrefs(st.Store.Path, p)
}

func dbPathOf(st *app.State) string {
	if st.Store == nil {
		return ""
	}
	return st.Store.Path
}

// currentScreen is the size of the screen the window is on (0, 0 when unknown).
func currentScreen(ctx context.Context) (int, int) {
	screens, err := wailsruntime.ScreenGetAll(ctx)
	if err != nil {
		return 0, 0
	}
	for _, sc := range screens {
		if sc.IsCurrent {
			return sc.Size.Width, sc.Size.Height
		}
	}
	for _, sc := range screens {
		if sc.IsPrimary {
			return sc.Size.Width, sc.Size.Height
		}
	}
	return 0, 0
}
