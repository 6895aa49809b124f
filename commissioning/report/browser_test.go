package report

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// browser returns the path of a Chromium or Chrome to drive: $CHROME_PATH,
// or the first of the usual names on PATH.
func browser() (string, bool) {
	if p := os.Getenv("CHROME_PATH"); p != "" {
		return p, true
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, true
		}
	}
	return "", false
}

// TestBrowserRenders renders the page of the fixture document in headless
// Chromium: no console error or exception, every chart drawn as an SVG
// with a title, no table wider than the page on screen or as printed, and
// full-page screenshots of both written under the test's temporary
// directory (copied to $SCP_SCREENSHOTS when it names a directory).
func TestBrowserRenders(t *testing.T) {
	path, ok := browser()
	if !ok {
		t.Skip("no Chromium or Chrome found (set CHROME_PATH, or install Debian's chromium as .ci/run does): the page was not rendered")
	}
	dir := t.TempDir()
	files, err := testDocument(t).WriteFiles(dir)
	if err != nil {
		t.Fatal(err)
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(path), chromedp.NoSandbox,
		chromedp.Flag("disable-gpu", true), chromedp.WindowSize(1024, 800))
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 60*time.Second)
	defer cancel()

	var mu sync.Mutex
	var problems []string
	err = chromedp.Listen(ctx, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch e := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			if e.Type == runtime.ConsoleAPICalledTypeError || e.Type == runtime.ConsoleAPICalledTypeAssert {
				var args []string
				for _, a := range e.Args {
					args = append(args, fmt.Sprintf("%s%s", a.Value, a.Description))
				}
				problems = append(problems, fmt.Sprintf("console.%s: %s", e.Type, strings.Join(args, " ")))
			}
		case *runtime.EventExceptionThrown:
			problems = append(problems, "exception: "+e.ExceptionDetails.Text)
		case *log.EventEntryAdded:
			if e.Entry.Level == log.EntryLevelError {
				problems = append(problems, fmt.Sprintf("%s: %s %s", e.Entry.Source, e.Entry.Text, e.Entry.URL))
			}
		}
	})
	if err != nil {
		t.Skipf("Chromium at %s would not start: %v", path, err)
	}
	abs, err := filepath.Abs(files.HTML)
	if err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate("file://"+abs), chromedp.WaitReady("body")); err != nil {
		t.Fatal(err)
	}
	titled, err := chromedp.Run(ctx, chromedp.Evaluate[int](
		`[...document.querySelectorAll('figure svg')].filter(s => s.querySelector('title') && s.getBBox().width > 0).length`))
	if err != nil {
		t.Fatal(err)
	}
	if want := len(testDocument(t).Charts()); titled != want {
		t.Errorf("%d charts drawn with a title, want %d", titled, want)
	}
	wide, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](
		`[...document.querySelectorAll('.table-wrap')].filter(w => w.scrollWidth > w.clientWidth + 1).map(w => w.id)`))
	if err != nil {
		t.Fatal(err)
	}
	if len(wide) > 0 {
		t.Errorf("tables wider than the page at 1024 px: %s", strings.Join(wide, ", "))
	}
	shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	png := filepath.Join(dir, "report.png")
	if err := os.WriteFile(png, shot, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("full-page screenshot: %s (%d bytes)", png, len(shot))

	// As printed: the print stylesheet on an A4 page's printable width
	// (210 mm less 2 × 14 mm margins, at 96 px an inch), where no table
	// may be wider than the page either.
	if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(688, 1000)); err != nil {
		t.Fatal(err)
	}
	wide, err = chromedp.Run(ctx, chromedp.Evaluate[[]string](
		`[...document.querySelectorAll('table')].filter(t => t.getBoundingClientRect().right > document.documentElement.clientWidth + 1).map(t => t.querySelector('caption') ? t.querySelector('caption').textContent : 'table')`))
	if err != nil {
		t.Fatal(err)
	}
	if len(wide) > 0 {
		t.Errorf("tables wider than the printed page: %s", strings.Join(wide, "; "))
	}
	if shot, err = chromedp.Run(ctx, chromedp.FullScreenshot(100)); err != nil {
		t.Fatal(err)
	}
	printed := filepath.Join(dir, "report-print.png")
	if err := os.WriteFile(printed, shot, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("printed layout: %s", printed)
	if keep := os.Getenv("SCP_SCREENSHOTS"); keep != "" {
		for _, f := range []string{png, printed} {
			b, err := os.ReadFile(f)
			if err == nil {
				err = os.WriteFile(filepath.Join(keep, filepath.Base(f)), b, 0o644)
			}
			if err != nil {
				t.Error(err)
			}
		}
	}
	mu.Lock()
	defer mu.Unlock()
	for _, p := range problems {
		t.Errorf("browser reported %s", p)
	}
}
