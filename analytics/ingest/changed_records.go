package ingest

import (
	"context"
	"database/sql/driver"
	"fmt"
	"strings"

	"otzvuk/analytics/ingest/read"
)

// changedRecords refuses an import that would replace stored records with other content under a
// profile that says on_changed_record: refuse (Otzvuk's entry templates). Two clerks who copy one
// template share its instance id, so their card № 1 has one key: the second file must not
// silently replace the first clerk's cards. The refusal names the earlier file(s) and the keys,
// and says the way forward; nothing of this file is imported.
func changedRecords(ctx context.Context, dc driver.Conn, p *Profile, sum *Summary, replaced int) error {
	k := p.kind
	key := k.keySQL("t.")
	var keys []string
	if err := queryRows(ctx, dc, fmt.Sprintf(`SELECT s._key FROM stg s JOIN %s t ON %s = s._key
		WHERE t.row_hash IS DISTINCT FROM s._hash ORDER BY s._key LIMIT 5`, k.Table, key), func(v []driver.Value) {
		keys = append(keys, fmt.Sprint(v[0]))
	}); err != nil {
		return err
	}
	var files []string
	if err := queryRows(ctx, dc, fmt.Sprintf(`SELECT DISTINCT l.file_name FROM stg s JOIN %s t ON %s = s._key
		JOIN import_log l ON l.import_id = t.import_id WHERE t.row_hash IS DISTINCT FROM s._hash ORDER BY 1 LIMIT 3`, k.Table, key), func(v []driver.Value) {
		files = append(files, fmt.Sprint(v[0]))
	}); err != nil {
		return err
	}
	earlier := strings.Join(files, ", ")
	if earlier == "" {
		earlier = "?"
	}
	pr := &read.Problem{File: sum.File, Code: "changed_records"}
	pr.BG, pr.EN = changedRecordsText(replaced, earlier, keys, replaced-len(keys))
	sum.Status, sum.Message = "rejected", pr.Error()
	sum.New, sum.Replaced, sum.Accepted = 0, 0, 0
	return pr
}

func changedRecordsText(n int, earlier string, keys []string, more int) (bg, en string) {
	listBG, listEN := strings.Join(keys, ", "), strings.Join(keys, ", ")
	if more > 0 {
		listBG += fmt.Sprintf(" … и още %d", more)
		listEN += fmt.Sprintf(" … and %d more", more)
	}
	bg = fmt.Sprintf("%d записа с номера, вече внесени от %s, идват с друго съдържание (%s): вероятно това е копие на същия шаблон, попълнено от друг служител. "+
		"Нищо не е импортирано и нищо не е заменено. Внесете файла като отделна партида (otzvuk import --as-new-batch), "+
		"за всеки служител генерирайте собствен шаблон (otzvuk forms), а ако това е поправка на същия файл — otzvuk import --replace", n, earlier, listBG)
	en = fmt.Sprintf("%d records whose numbers were already imported from %s arrive with other content (%s): this is probably a copy of the same template filled in by another clerk. "+
		"Nothing was imported and nothing was replaced. Import the file as a separate batch (otzvuk import --as-new-batch), "+
		"generate a template for each clerk (otzvuk forms), or, if this corrects the same file, use otzvuk import --replace", n, earlier, listEN)
	return bg, en
}
